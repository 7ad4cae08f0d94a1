package io.tributary.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tributary.processor.Compilations.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests: the good sources under {@code src/test/resources/good} compile, and every generated
 * artifact matches its golden under {@code src/test/resources/expected}.
 */
class ConnectorProcessorTest {
  private static final List<String> DEFINITIONS =
      List.of(
          "io.example.Tributary_AllTypesOptions",
          "io.example.Tributary_ConstrainedOptions",
          "io.example.Tributary_Outer_Inner");

  private static Compilation good;

  /** The good sources, compiled once for the golden tests. */
  private static synchronized Compilation compileGood() {
    if (good == null) {
      good = compileGoodAgain();
    }
    return good;
  }

  private static Compilation compileGoodAgain() {
    Compilation compilation = Compilations.compile(Compilations.resourceTree("good"));
    assertThat(compilation).succeeded();
    return compilation;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "io.example.Tributary_AllTypesOptions",
        "io.example.Tributary_ConstrainedOptions",
        "io.example.Tributary_Outer_Inner"
      })
  void generatesDefinition(String name) {
    JavaFileObject file = compileGood().generatedSourceFile(name).orElseThrow();
    Goldens.assertGolden(name.replace('.', '/') + ".java", bytes(file));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "META-INF/tributary/connectors/all-types.json",
        "META-INF/tributary/connectors/constrained.json",
        "META-INF/tributary/connectors/nested.json",
        "META-INF/tributary/options/io.example.Tributary_AllTypesOptions.table",
        "META-INF/tributary/options/io.example.Tributary_ConstrainedOptions.table",
        "META-INF/tributary/options/io.example.Tributary_Outer_Inner.table",
        "META-INF/tributary/connectors.list",
        "META-INF/services/io.tributary.spi.ConnectorDefinition"
      })
  void generatesResource(String path) {
    JavaFileObject file =
        compileGood().generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow();
    Goldens.assertGolden(path, bytes(file));
  }

  @Test
  void serviceFileAndListAreSorted() {
    Compilation compilation = compileGood();
    String services =
        Compilations.text(
            compilation
                .generatedFile(
                    StandardLocation.CLASS_OUTPUT,
                    "META-INF/services/io.tributary.spi.ConnectorDefinition")
                .orElseThrow());
    assertEquals(String.join("\n", DEFINITIONS) + "\n", services);
    String list =
        Compilations.text(
            compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/tributary/connectors.list")
                .orElseThrow());
    assertEquals("all-types\nconstrained\nnested\n", list);
  }

  @Test
  void sameSourcesGiveSameBytes() {
    Map<String, byte[]> first = outputs(compileGoodAgain());
    Map<String, byte[]> second = outputs(compileGoodAgain());
    assertEquals(first.keySet(), second.keySet());
    for (String name : first.keySet()) {
      assertArrayEquals(first.get(name), second.get(name), name);
    }
  }

  @Test
  void sourceOrderDoesNotChangeResources() {
    JavaFileObject[] sources = Compilations.resourceTree("good");
    List<JavaFileObject> reversed = new java.util.ArrayList<>(List.of(sources));
    java.util.Collections.reverse(reversed);
    Compilation backwards = Compilations.compile(reversed.toArray(JavaFileObject[]::new));
    assertThat(backwards).succeeded();
    Map<String, byte[]> forward = resources(outputs(compileGood()));
    Map<String, byte[]> reverse = resources(outputs(backwards));
    assertEquals(forward.keySet(), reverse.keySet());
    forward.forEach((name, bytes) -> assertArrayEquals(bytes, reverse.get(name), name));
  }

  /** The lead's hand-written definition for examples/test-connector is what we generate. */
  @Test
  void matchesHandWrittenTestConnectorDefinition() throws IOException {
    URL options = getClass().getResource("/reference/TestConnectorOptions.java");
    URL source = getClass().getResource("/reference/TestConnector.java");
    URL expected = getClass().getResource("/reference/Tributary_TestConnectorOptions.java");
    Compilation compilation =
        Compilations.compile(
            List.of("-Atributary.version=0.1.0"),
            JavaFileObjects.forResource(options),
            JavaFileObjects.forResource(source));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("io.tributary.examples.testconnector.Tributary_TestConnectorOptions")
        .hasSourceEquivalentTo(JavaFileObjects.forResource(expected));
    assertEquals(
        Compilations.text(JavaFileObjects.forResource(expected)),
        Compilations.text(
            compilation
                .generatedSourceFile(
                    "io.tributary.examples.testconnector.Tributary_TestConnectorOptions")
                .orElseThrow()));
  }

  @Test
  void versionComesFromTheProcessorOption() {
    String json =
        Compilations.text(
            compileGood()
                .generatedFile(
                    StandardLocation.CLASS_OUTPUT, "META-INF/tributary/connectors/all-types.json")
                .orElseThrow());
    assertEquals(true, json.contains("\"version\":\"1.2.3\""), json);
  }

  private static Map<String, byte[]> outputs(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .collect(
            Collectors.toMap(
                JavaFileObject::getName, Compilations::bytes, (a, b) -> a, TreeMap::new));
  }

  private static Map<String, byte[]> resources(Map<String, byte[]> outputs) {
    return outputs.entrySet().stream()
        .filter(e -> e.getKey().contains("META-INF") || e.getKey().endsWith(".java"))
        .collect(
            Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }
}
