import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The Tributary processor side by side with the annotation processors people already run, on
 * similar inputs: N properties of six kinds in turn (an int with bounds and a default, a String
 * with a size, a Duration with a default, a list of strings, an optional integer, an enum with a
 * default), each with its Javadoc.
 *
 * <ul>
 *   <li>tributary: a {@code @Connector} record with N components and its {@code Source};
 *   <li>spring: Spring Boot's configuration metadata processor on a
 *       {@code @ConfigurationProperties} class with N Javadoc'd fields and their getters and
 *       setters (the annotation is declared in the sources: the processor finds it by name);
 *   <li>picocli: picocli-codegen's processor on a {@code @Command} class with N {@code @Option}
 *       fields;
 *   <li>autovalue: AutoValue on an {@code @AutoValue} class with N abstract properties.
 * </ul>
 *
 * <p>Everything runs in this one JVM through {@code javax.tools}, as maven-compiler-plugin runs
 * javac, each processor loaded from {@code -processorpath} afresh for every compilation. After the
 * warm-ups, each round compiles every tool's sources with its processor and with {@code
 * -proc:none}, tools and modes interleaved so all see the same machine load. A tool's overhead in a
 * round is (with processor − without), in wall time and in CPU time of the thread running javac
 * (the processors run in it too; not counted: GC and JIT threads), which a loaded machine disturbs
 * less. The table shows medians and the interquartile range of the rounds, and the last line the
 * ratio of Tributary's median overhead to Spring's.
 *
 * <p>Usage: {@code java PeersBench.java WORKDIR ROUNDS WARMUPS OPTIONS}, with system properties
 * {@code <tool>.cp} and {@code <tool>.pp} (class path and processor path) for each tool; a tool
 * without {@code .pp} is left out, as is one missing from {@code -Dtools=a,b} when that is given.
 * {@code -Dextra=a,b} adds processors compiled on Tributary's input ({@code a.pp}, {@code a.cp},
 * {@code a.options}), each with its ratio to Spring's overhead before the last line. {@code
 * bench/processor/peers.sh} sets them all.
 */
public final class PeersBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private record Tool(String name, String cp, List<String> processorOptions, List<File> sources) {}

  public static void main(String[] args) throws IOException {
    Path work = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    int warmups = Integer.parseInt(args[2]);
    int n = Integer.parseInt(args[3]);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<Tool> tools = new ArrayList<>();
    add(tools, work, "tributary", n, List.of("-Atributary.version=0.0.0"), PeersBench::tributary);
    add(tools, work, "spring", n, List.of(), PeersBench::spring);
    add(tools, work, "picocli", n, List.of(), PeersBench::picocli);
    add(tools, work, "autovalue", n, List.of(), PeersBench::autoValue);
    // -Dextra=a,b: more processors on Tributary's input (peers.sh FLOORS=1: the floor processors),
    // each with a.pp, a.cp and a.options (javac options separated by spaces)
    for (String name : System.getProperty("extra", "").split(",")) {
      if (!name.isEmpty()) {
        List<String> options = new ArrayList<>();
        for (String option : System.getProperty(name + ".options", "").split(" ")) {
          if (!option.isEmpty()) {
            options.add(option);
          }
        }
        add(tools, work, name, n, options, PeersBench::tributary);
      }
    }
    if (tools.stream().noneMatch(t -> t.name().equals("tributary"))) {
      throw new IllegalArgumentException("-Dtributary.pp is required");
    }
    Path out = work.resolve("out");
    Path gen = work.resolve("gen");
    for (int i = 0; i < warmups; i++) {
      for (Tool tool : tools) {
        compile(javac, tool, true, out, gen);
        compile(javac, tool, false, out, gen);
      }
    }
    long[][] with = new long[tools.size()][rounds];
    long[][] without = new long[tools.size()][rounds];
    long[][] overhead = new long[tools.size()][rounds];
    long[][] cpuOverhead = new long[tools.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int t = 0; t < tools.size(); t++) {
        // alternate which mode goes first, so neither always follows the other tool's run
        long[] a;
        long[] b;
        if (r % 2 == 0) {
          a = compile(javac, tools.get(t), true, out, gen);
          b = compile(javac, tools.get(t), false, out, gen);
        } else {
          b = compile(javac, tools.get(t), false, out, gen);
          a = compile(javac, tools.get(t), true, out, gen);
        }
        with[t][r] = a[0];
        without[t][r] = b[0];
        overhead[t][r] = a[0] - b[0];
        cpuOverhead[t][r] = a[1] - b[1];
      }
    }
    System.out.printf(
        "%d properties, %d rounds after %d warm-ups; ms, median [p25-p75]%n", n, rounds, warmups);
    System.out.printf(
        "%-10s %-18s %-18s %-18s %-8s %-18s %s%n",
        "tool",
        "with processor",
        "-proc:none",
        "overhead",
        "overhead",
        "CPU overhead",
        "generated (sources + resources)");
    for (int t = 0; t < tools.size(); t++) {
      compile(javac, tools.get(t), true, out, gen);
      System.out.printf(
          "%-10s %-18s %-18s %-18s %-8s %-18s %s%n",
          tools.get(t).name(),
          spread(with[t]),
          spread(without[t]),
          spread(overhead[t]),
          String.format("%+.0f%%", median(overhead[t]) * 100.0 / median(without[t])),
          spread(cpuOverhead[t]),
          generated(out, gen));
    }
    int trib = index(tools, "tributary");
    int spring = index(tools, "spring");
    if (spring >= 0) {
      for (int t = 0; t < tools.size(); t++) {
        if (t != trib && t != spring) {
          System.out.printf(
              "%s overhead / Spring overhead, main-thread CPU: %s%n",
              tools.get(t).name(), ratio(cpuOverhead[t], cpuOverhead[spring]));
        }
      }
      System.out.printf(
          "Tributary overhead / Spring overhead: %s; main-thread CPU: %s%n",
          ratio(overhead[trib], overhead[spring]), ratio(cpuOverhead[trib], cpuOverhead[spring]));
    }
  }

  /** The ratio of the medians, with the interquartile range of the per-round ratios. */
  private static String ratio(long[] a, long[] b) {
    double[] ratios = new double[a.length];
    for (int r = 0; r < a.length; r++) {
      ratios[r] = a[r] / (double) Math.max(1, b[r]);
    }
    Arrays.sort(ratios);
    return String.format(
        "%.2fx (per-round ratios p25-p75: %.2f-%.2f)",
        median(a) / (double) Math.max(1, median(b)),
        ratios[a.length / 4],
        ratios[(3 * a.length) / 4]);
  }

  private static void add(
      List<Tool> tools, Path work, String name, int n, List<String> extra, Generator generator)
      throws IOException {
    String pp = System.getProperty(name + ".pp");
    List<String> only = List.of(System.getProperty("tools", name).split(","));
    boolean added = List.of(System.getProperty("extra", "").split(",")).contains(name);
    if (pp == null || pp.isEmpty() || !(only.contains(name) || added)) {
      return;
    }
    Path src = work.resolve("src-" + name);
    List<File> files = new ArrayList<>();
    for (String[] unit : generator.sources(n)) {
      Path file = src.resolve(unit[0] + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, unit[1]);
      files.add(file.toFile());
    }
    List<String> options = new ArrayList<>(List.of("-processorpath", pp));
    options.addAll(extra);
    tools.add(new Tool(name, System.getProperty(name + ".cp", ""), options, files));
  }

  /** Writes a tool's input: {path under the source folder without .java, content} per unit. */
  private interface Generator {
    List<String[]> sources(int n);
  }

  // ---- inputs: the same N properties for every tool -------------------------------------

  private static final String IMPORTS =
      "import jakarta.validation.constraints.*;\n"
          + "import java.time.Duration;\nimport java.util.*;\n";

  /** Annotations (before the type) and the type of property i. */
  private static String[] property(int i) {
    return switch (i % 6) {
      case 0 -> new String[] {"@Min(1) @Max(1000)", "int"};
      case 1 -> new String[] {"@Size(max = 64)", "String"};
      case 2 -> new String[] {"", "Duration"};
      case 3 -> new String[] {"", "List<@NotBlank String>"};
      case 4 -> new String[] {"", "Optional<Integer>"};
      default -> new String[] {"", "Mode"};
    };
  }

  /** The default of property i as text, or null. */
  private static String defaultText(int i) {
    return switch (i % 6) {
      case 0 -> "10";
      case 2 -> "10s";
      case 5 -> "A";
      default -> null;
    };
  }

  private static String doc(int i) {
    return "Property " + i + " of the benchmark: how the connector behaves for " + i + ".";
  }

  private static List<String[]> tributary(int n) {
    StringBuilder s = new StringBuilder("package bench;\nimport io.tributary.*;\n" + IMPORTS);
    s.append("/**\n * Benchmark connector with ").append(n).append(" options.\n");
    for (int i = 0; i < n; i++) {
      s.append(" * @param opt").append(i).append(' ').append(doc(i)).append('\n');
    }
    s.append(" */\n@Connector(name = \"bench\", direction = Direction.SOURCE)\n");
    s.append("public record BenchOptions(\n");
    for (int i = 0; i < n; i++) {
      String[] p = property(i);
      String def = defaultText(i);
      s.append("    ").append(p[0]).append(p[0].isEmpty() ? "" : " ");
      if (def != null) {
        s.append("@Option(defaultValue = \"")
            .append(def)
            .append("\"")
            .append(i % 6 == 2 ? ", examples = {\"1s\"}" : "")
            .append(") ");
      }
      s.append(p[1]).append(" opt").append(i).append(i == n - 1 ? "\n" : ",\n");
    }
    s.append(") { public enum Mode { A, B } }\n");
    String source =
        "package bench;\npublic final class BenchSource"
            + " implements io.tributary.Source<BenchOptions> {\n"
            + "  public void run(BenchOptions o, io.tributary.TopicProducer p) {}\n}\n";
    return List.of(
        new String[] {"bench/BenchOptions", s.toString()},
        new String[] {"bench/BenchSource", source});
  }

  private static List<String[]> spring(int n) {
    StringBuilder s = new StringBuilder("package bench;\n" + IMPORTS);
    s.append("/** Benchmark properties with ").append(n).append(" entries. */\n");
    s.append(
        "@org.springframework.boot.context.properties.ConfigurationProperties("
            + "prefix = \"bench\")\npublic class BenchProperties {\n");
    s.append("  public enum Mode { A, B }\n");
    for (int i = 0; i < n; i++) {
      String[] p = property(i);
      s.append("  /** ")
          .append(doc(i))
          .append(" */\n  ")
          .append(p[0])
          .append(p[0].isEmpty() ? "" : " ")
          .append("private ")
          .append(p[1])
          .append(" opt")
          .append(i)
          .append(initializer(i))
          .append(";\n");
    }
    for (int i = 0; i < n; i++) {
      String type = property(i)[1];
      String cap = "Opt" + i;
      s.append("  public ")
          .append(type)
          .append(" get")
          .append(cap)
          .append("() { return opt")
          .append(i)
          .append("; }\n");
      s.append("  public void set")
          .append(cap)
          .append('(')
          .append(type)
          .append(" value) { this.opt")
          .append(i)
          .append(" = value; }\n");
    }
    s.append("}\n");
    String annotation =
        "package org.springframework.boot.context.properties;\n"
            + "import java.lang.annotation.*;\n"
            + "/** Declared here: the processor recognises the annotation by its name. */\n"
            + "@Target({ElementType.TYPE, ElementType.METHOD}) @Retention(RetentionPolicy.RUNTIME)\n"
            + "public @interface ConfigurationProperties {\n"
            + "  String value() default \"\";\n  String prefix() default \"\";\n}\n";
    return List.of(
        new String[] {"bench/BenchProperties", s.toString()},
        new String[] {
          "org/springframework/boot/context/properties/ConfigurationProperties", annotation
        });
  }

  private static String initializer(int i) {
    return switch (i % 6) {
      case 0 -> " = 10";
      case 2 -> " = Duration.ofSeconds(10)";
      case 5 -> " = Mode.A";
      default -> "";
    };
  }

  private static List<String[]> picocli(int n) {
    StringBuilder s =
        new StringBuilder("package bench;\nimport picocli.CommandLine.*;\n" + IMPORTS);
    s.append("/** Benchmark command with ").append(n).append(" options. */\n");
    s.append("@Command(name = \"bench\", mixinStandardHelpOptions = true)\n");
    s.append("public class BenchCommand {\n  public enum Mode { A, B }\n");
    for (int i = 0; i < n; i++) {
      String[] p = property(i);
      String def = defaultText(i);
      s.append("  /** ")
          .append(doc(i))
          .append(" */\n  ")
          .append(p[0])
          .append(p[0].isEmpty() ? "" : " ")
          .append("@Option(names = \"--opt")
          .append(i)
          .append("\", description = \"")
          .append(doc(i))
          .append('"')
          .append(def == null ? "" : ", defaultValue = \"" + (i % 6 == 2 ? "PT10S" : def) + '"')
          .append(") ")
          .append(p[1])
          .append(" opt")
          .append(i)
          .append(";\n");
    }
    s.append("}\n");
    return List.<String[]>of(new String[] {"bench/BenchCommand", s.toString()});
  }

  private static List<String[]> autoValue(int n) {
    StringBuilder s =
        new StringBuilder("package bench;\nimport com.google.auto.value.AutoValue;\n" + IMPORTS);
    s.append("/** Benchmark value with ").append(n).append(" properties. */\n");
    s.append("@AutoValue\npublic abstract class BenchValue {\n  public enum Mode { A, B }\n");
    for (int i = 0; i < n; i++) {
      String[] p = property(i);
      s.append("  /** ")
          .append(doc(i))
          .append(" */\n  ")
          .append(p[0])
          .append(p[0].isEmpty() ? "" : " ")
          .append("public abstract ")
          .append(p[1])
          .append(" opt")
          .append(i)
          .append("();\n");
    }
    s.append("}\n");
    return List.<String[]>of(new String[] {"bench/BenchValue", s.toString()});
  }

  // ---- measuring ------------------------------------------------------------------------

  /** Compiles once: {wall ms, CPU ms of this thread, where javac and the processors run}. */
  private static long[] compile(
      JavaCompiler javac, Tool tool, boolean withProcessor, Path out, Path gen) throws IOException {
    clean(out);
    clean(gen);
    List<String> options =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-nowarn",
                "-cp",
                tool.cp(),
                "-d",
                out.toString(),
                "-s",
                gen.toString()));
    options.addAll(withProcessor ? tool.processorOptions() : List.of("-proc:none"));
    long start = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromFiles(tool.sources());
      StringWriter log = new StringWriter();
      if (!javac.getTask(log, fm, null, options, null, units).call()) {
        throw new IllegalStateException(tool.name() + ": compilation failed:\n" + log);
      }
    }
    return new long[] {
      (System.nanoTime() - start) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000
    };
  }

  private static void clean(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    Files.createDirectories(dir);
  }

  /** What the last compilation generated: source bytes and resource bytes. */
  private static String generated(Path out, Path gen) throws IOException {
    long sources = bytes(gen, p -> true);
    long resources = bytes(out, p -> !p.toString().endsWith(".class"));
    return String.format("%.1f KB + %.1f KB", sources / 1024.0, resources / 1024.0);
  }

  private static long bytes(Path dir, java.util.function.Predicate<Path> which) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(which)
          .mapToLong(p -> p.toFile().length())
          .sum();
    }
  }

  private static int index(List<Tool> tools, String name) {
    for (int i = 0; i < tools.size(); i++) {
      if (tools.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String spread(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return String.format("%d [%d-%d]", median(values), sorted[n / 4], sorted[(3 * n) / 4]);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
