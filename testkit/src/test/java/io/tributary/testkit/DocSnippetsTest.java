package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ```java block of README.md, docs/*.md and the examples' READMEs compiles — with the
 * annotation processor, against the runtime and the testkit — so a snippet that calls something
 * that does not exist fails the build. The blocks of one Markdown file are compiled together (a
 * later block may use a class an earlier one declares); a block without {@code package} joins the
 * package of the file's first block that has one.
 *
 * <p>docs/errors.md is checked the other way: each block under a {@code ## TRIB-…} heading, marked
 * {@code // error} or {@code // warning}, must make the processor report that id. Its records may
 * leave out {@code @Connector} (one is added) and {@code public}.
 *
 * <p>A block right after a line {@code <!-- snippet: fragment -->} is deliberately partial and not
 * compiled; the test keeps their number small.
 */
class DocSnippetsTest {
  private static final String FRAGMENT = "<!-- snippet: fragment -->";
  private static final int MOST_FRAGMENTS = 8;

  /** Imports given to a block that has none (the docs leave them out). */
  private static final String IMPORTS =
      String.join(
          "\n",
          "import io.tributary.*;",
          "import io.tributary.fluvio.*;",
          "import io.tributary.smartmodule.*;",
          "import io.tributary.testkit.*;",
          "import jakarta.validation.constraints.*;",
          "import java.net.URI;",
          "import java.net.http.*;",
          "import java.nio.file.*;",
          "import java.time.*;",
          "import java.util.*;",
          "import java.util.concurrent.*;",
          "");

  private static final Pattern ANY_TYPE =
      Pattern.compile(
          "(?m)^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*(?:public\\s+)?(?:(?:final|abstract|sealed|static)\\s+)*"
              + "(?:class|record|interface|enum)\\s+\\w+");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");

  private static final Path ROOT =
      Path.of(System.getProperty("tributary.repo.root", "..")).toAbsolutePath().normalize();

  /** A ```java block: where it is, what it says, and whether it is marked as a fragment. */
  record Block(Path file, int line, String code, boolean fragment, String section) {
    String where() {
      return ROOT.relativize(file) + ":" + line;
    }
  }

  static List<Block> blocks(Path markdown) throws IOException {
    List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    List<Block> out = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ")) {
        section = line.substring(3).trim();
      }
      if (!line.trim().equals("```java")) {
        continue;
      }
      boolean fragment = i > 0 && lines.get(i - 1).trim().equals(FRAGMENT);
      StringBuilder code = new StringBuilder();
      int start = i + 1;
      for (i = start; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
        code.append(lines.get(i)).append('\n');
      }
      out.add(new Block(markdown, start, code.toString(), fragment, section));
    }
    return out;
  }

  static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(ROOT.resolve("README.md"));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
      files.map(p -> p.resolve("README.md")).filter(Files::exists).sorted().forEach(docs::add);
    }
    return docs;
  }

  @Test
  void fewBlocksAreMarkedAsFragments() throws IOException {
    List<String> fragments = new ArrayList<>();
    for (Path doc : documents()) {
      blocks(doc).stream().filter(Block::fragment).forEach(b -> fragments.add(b.where()));
    }
    assertThat(fragments).as("blocks marked %s", FRAGMENT).hasSizeLessThanOrEqualTo(MOST_FRAGMENTS);
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompiles(@TempDir Path tmp) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : documents()) {
      if (doc.getFileName().toString().equals("errors.md")) {
        continue;
      }
      List<Block> blocks = blocks(doc).stream().filter(b -> !b.fragment()).toList();
      if (blocks.isEmpty()) {
        continue;
      }
      String name = ROOT.relativize(doc).toString();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                Path dir = Files.createTempDirectory(tmp, "doc");
                List<Diagnostic<? extends JavaFileObject>> errors =
                    compile(dir, sources(blocks), true).stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .toList();
                assertThat(errors).as("compiling the java blocks of %s", name).isEmpty();
              }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> errorsMdBlocksReportTheirId(@TempDir Path tmp) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Block block : blocks(ROOT.resolve("docs/errors.md"))) {
      if (block.fragment()) {
        continue;
      }
      String id = block.section();
      tests.add(
          DynamicTest.dynamicTest(
              block.where() + " " + id,
              () -> {
                assertThat(id).as("the heading above %s", block.where()).startsWith("TRIB-");
                Path dir = Files.createTempDirectory(tmp, "err");
                List<String> reported =
                    compile(dir, madeWhole(block.code(), id), !id.equals("TRIB-VERSION")).stream()
                        .map(d -> d.getMessage(Locale.ROOT))
                        .toList();
                assertThat(reported)
                    .as("diagnostics of %s", block.where())
                    .anyMatch(m -> m.contains("[" + id + "]"));
              }));
    }
    return tests.stream();
  }

  /**
   * The errors.md shorthand made whole: each top-level type in a file of its own,
   * {@code @Connector} on records that have none, and a source for each record that no class of the
   * block implements {@code Source} or {@code Sink} for (except under TRIB-NO-IMPL).
   */
  static Map<String, String> madeWhole(String code, String id) {
    Map<String, String> files = new LinkedHashMap<>();
    String header = "package snippets.errors;\n" + IMPORTS;
    for (String type : topLevelTypes(code)) {
      Matcher name = DECLARED.matcher(type);
      if (!name.find()) {
        continue;
      }
      String declared = name.group(2);
      String text = type;
      if (name.group(1).equals("record") && !type.contains("@Connector")) {
        text =
            "@Connector(name = \"" + kebab(declared) + "\", direction = Direction.SOURCE)\n" + type;
      }
      files.put("snippets/errors/" + declared + ".java", header + text);
      if (name.group(1).equals("record")
          && !id.equals("TRIB-NO-IMPL")
          && !code.contains("Source<" + declared + ">")
          && !code.contains("Sink<" + declared + ">")) {
        boolean sink = text.contains("Direction.SINK");
        files.put(
            "snippets/errors/" + declared + "Impl.java",
            header
                + "public final class "
                + declared
                + "Impl implements "
                + (sink ? "Sink<" : "Source<")
                + declared
                + "> {\n"
                + "  @Override public void run("
                + declared
                + " o, "
                + (sink ? "RecordStream r" : "TopicProducer p")
                + ") {}\n}\n");
      }
    }
    return files;
  }

  private static final Pattern DECLARED =
      Pattern.compile("\\b(record|class|interface|enum)\\s+(\\w+)");

  /** The block cut before each line that starts a top-level declaration or its annotations. */
  static List<String> topLevelTypes(String code) {
    List<String> types = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : code.split("\n")) {
      boolean starts =
          line.startsWith("@")
              || line.startsWith("/**")
              || line.matches(
                  "^(public\\s+)?(final\\s+|abstract\\s+)*(record|class|interface|enum)\\b.*");
      String text = current.toString();
      if (starts
          && DECLARED.matcher(text).find()
          && text.chars().filter(c -> c == '{').count()
              == text.chars().filter(c -> c == '}').count()) {
        types.add(text);
        current.setLength(0);
      }
      current.append(line).append('\n');
    }
    types.add(current.toString());
    return types;
  }

  private static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /**
   * One source file per top-level type of each block (statements become the body of a method of a
   * class of their own), with the block's imports, or the usual ones when it has none.
   */
  static Map<String, String> sources(List<Block> blocks) {
    String shared =
        blocks.stream()
            .map(b -> PACKAGE.matcher(b.code()))
            .filter(Matcher::find)
            .map(m -> m.group(1))
            .findFirst()
            .orElse("snippets");
    Map<String, String> files = new LinkedHashMap<>();
    int n = 0;
    for (Block b : blocks) {
      n++;
      String code = b.code();
      String pkg = shared;
      Matcher p = PACKAGE.matcher(code);
      if (p.find()) {
        pkg = p.group(1);
        code = code.substring(0, p.start()) + code.substring(p.end());
      }
      StringBuilder imports = new StringBuilder();
      StringBuilder rest = new StringBuilder();
      for (String line : code.split("\n")) {
        (line.startsWith("import ") ? imports : rest).append(line).append('\n');
      }
      String header =
          "package "
              + pkg
              + ";\n"
              + (imports.length() == 0 ? IMPORTS : imports.toString())
              + "// "
              + b.where()
              + "\n";
      String dir = pkg.replace('.', '/') + "/";
      if (ANY_TYPE.matcher(rest).find()) {
        for (String type : topLevelTypes(rest.toString())) {
          Matcher name = DECLARED.matcher(type);
          files.put(dir + (name.find() ? name.group(2) : "Snippet" + n) + ".java", header + type);
        }
      } else {
        String name = "Snippet" + n;
        files.put(
            dir + name + ".java",
            header + "class " + name + " {\n  void run() throws Exception {\n" + rest + "  }\n}\n");
      }
    }
    return files;
  }

  /** Compiles the files with the test class path, the annotation processor included. */
  static List<Diagnostic<? extends JavaFileObject>> compile(
      Path dir, Map<String, String> files, boolean version) throws IOException {
    List<File> sources = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path path = dir.resolve("src").resolve(f.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, f.getValue());
      sources.add(path.toFile());
    }
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("java.class.path");
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          new ArrayList<>(
              List.of(
                  "-d",
                  classes.toString(),
                  "-classpath",
                  classPath,
                  "-processorpath",
                  classPath,
                  "--release",
                  "17",
                  "-implicit:none"));
      if (version) {
        options.add("-Atributary.version=1.0.0");
      }
      javac
          .getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(sources))
          .call();
    }
    return diagnostics.getDiagnostics();
  }
}
