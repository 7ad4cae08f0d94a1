package floor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The floor under the Tributary processor's compile-time cost (bench/processor/peers.sh with
 * FLOORS=1): a processor for {@code @Connector} that does none of Tributary's work, in one of three
 * modes ({@code -Afloor.mode}):
 *
 * <ul>
 *   <li>{@code noop}: claims nothing and writes nothing (the cost of having a processor at all);
 *   <li>{@code write}: writes the files Tributary's processor writes for the same input, copied
 *       from a reference compilation ({@code -Afloor.dir}: the generated sources under {@code
 *       gen/}, the resources under {@code out/}), in the first round (javac then compiles the
 *       generated class in a second round);
 *   <li>{@code load}: as {@code write}, after loading and initialising the classes a Tributary
 *       compilation loads from its processor path ({@code -Afloor.classes}, one name a line), from
 *       this processor's own class loader.
 * </ul>
 */
public final class FloorProcessor extends AbstractProcessor {
  private boolean done;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.tributary.Connector");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("floor.mode", "floor.dir", "floor.classes", "tributary.version");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String mode = processingEnv.getOptions().getOrDefault("floor.mode", "noop");
    if (mode.equals("noop") || done || annotations.isEmpty()) {
      return false;
    }
    done = true;
    Element origin =
        round.getElementsAnnotatedWith(annotations.iterator().next()).iterator().next();
    try {
      if (mode.equals("load")) {
        for (String name :
            Files.readAllLines(Path.of(processingEnv.getOptions().get("floor.classes")))) {
          if (!name.isBlank()) {
            Class.forName(name.strip(), true, FloorProcessor.class.getClassLoader());
          }
        }
      }
      Path dir = Path.of(processingEnv.getOptions().get("floor.dir"));
      for (Path file : files(dir.resolve("gen"))) {
        String relative = dir.resolve("gen").relativize(file).toString();
        String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        try (Writer w = processingEnv.getFiler().createSourceFile(name, origin).openWriter()) {
          w.write(Files.readString(file));
        }
      }
      for (Path file : files(dir.resolve("out"))) {
        String relative = dir.resolve("out").relativize(file).toString();
        try (OutputStream out =
            processingEnv
                .getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", relative, origin)
                .openOutputStream()) {
          out.write(Files.readAllBytes(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return false;
  }

  /** The files under a directory but class files, sorted; plain loops (no lambda to spin). */
  private static List<Path> files(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry)) {
          out.addAll(files(entry));
        } else if (!entry.toString().endsWith(".class")) {
          out.add(entry);
        }
      }
    }
    Collections.sort(out);
    return out;
  }
}
