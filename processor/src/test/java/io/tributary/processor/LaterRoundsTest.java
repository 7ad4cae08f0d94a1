package io.tributary.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A connector whose implementation another processor generates is read again in the round that sees
 * it: each round reads the record afresh (nothing is cached between rounds or records), so the
 * model is complete and each diagnostic is printed once.
 */
class LaterRoundsTest {
  private static final JavaFileObject RECORD =
      Compilations.source(
          "late.LateOptions",
          """
      package late;

      import io.tributary.*;
      import jakarta.validation.constraints.*;

      /**
       * A connector whose source is generated.
       *
       * @param retries how often to retry
       */
      @Connector(name = "late", direction = Direction.SOURCE)
      public record LateOptions(
          @Option(defaultValue = "3") @Min(1) @Max(9) int retries,
          String undocumented) {}
      """);

  /** Generates {@code late.LateSource} in the first round, as a code generator would. */
  @javax.annotation.processing.SupportedAnnotationTypes("*")
  static final class SourceGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("late.LateSource").openWriter()) {
        out.write(
            "package late;\npublic class LateSource implements io.tributary.Source<"
                + "LateOptions> {\n  public void run(LateOptions o, io.tributary.TopicProducer p)"
                + " {}\n}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  @Test
  void implementationFromALaterRoundCompletesTheConnector() throws IOException {
    Compilation compilation =
        javac()
            .withProcessors(new ConnectorProcessor(), new SourceGenerator())
            .withOptions(List.of("-Atributary.version=" + Compilations.VERSION))
            .compile(RECORD);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("late.Tributary_LateOptions");
    String metadata =
        Compilations.text(
            compilation
                .generatedFile(
                    StandardLocation.CLASS_OUTPUT, "META-INF/tributary/connectors/late.json")
                .orElseThrow());
    assertTrue(
        metadata.contains(
            "\"retries\":{\"description\":\"how often to retry\","
                + "\"type\":\"integer\",\"format\":\"int32\",\"minimum\":1,\"maximum\":9,\"default\":3}"),
        metadata);
    long warnings =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
            .filter(
                d -> d.getMessage(null).startsWith("[TRIB-NO-DESCRIPTION] option 'undocumented'"))
            .count();
    assertEquals(1, warnings, "the warning is printed once, not once per round");
  }
}
