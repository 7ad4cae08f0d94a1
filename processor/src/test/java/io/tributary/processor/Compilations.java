package io.tributary.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Runs javac with the processor, the way the connector parent POM does. */
final class Compilations {
  static final String VERSION = "1.2.3";

  private Compilations() {}

  /** Compiles with {@code -Atributary.version=1.2.3}. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of("-Atributary.version=" + VERSION), sources);
  }

  /** Compiles with the given javac options. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new ConnectorProcessor()).withOptions(options).compile(sources);
  }

  /** A source given as text, named by its class. */
  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** Every {@code .java} file under a test resource folder, e.g. {@code good}, sorted. */
  static JavaFileObject[] resourceTree(String folder) {
    URL url = Compilations.class.getClassLoader().getResource(folder);
    try (Stream<Path> files = Files.walk(Paths.get(url.toURI()))) {
      List<JavaFileObject> out = new ArrayList<>();
      files
          .filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .forEach(
              p -> {
                try {
                  out.add(JavaFileObjects.forResource(p.toUri().toURL()));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      return out.toArray(JavaFileObject[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a generated file. */
  static String text(JavaFileObject file) {
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a generated file. */
  static byte[] bytes(JavaFileObject file) {
    try (var in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
