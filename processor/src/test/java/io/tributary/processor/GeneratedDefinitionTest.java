package io.tributary.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.tributary.schema.MetadataWriter;
import io.tributary.schema.OptionModel;
import io.tributary.schema.ValueChecker;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Loads what the processor generated for the good sources and drives it the way the runtime does:
 * picocli parses the generated options, the runtime's {@link ValueChecker} converts and checks
 * them, and the generated binder builds the record.
 */
class GeneratedDefinitionTest {
  @TempDir static Path classes;
  private static URLClassLoader loader;
  private static Compilation compilation;

  @BeforeAll
  static void compileAndLoad() throws IOException {
    compilation = Compilations.compile(Compilations.resourceTree("good"));
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.startsWith("/CLASS_OUTPUT/")) {
        Path target = classes.resolve(path.substring("/CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        Files.write(target, Compilations.bytes(file));
      }
    }
    loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, GeneratedDefinitionTest.class.getClassLoader());
  }

  private static ConnectorDefinition<Record> definition(String name) throws Exception {
    @SuppressWarnings("unchecked")
    ConnectorDefinition<Record> definition =
        (ConnectorDefinition<Record>) loader.loadClass(name).getConstructor().newInstance();
    return definition;
  }

  /** Parses the arguments with the generated options, checks them and binds the record. */
  private static Record bind(ConnectorDefinition<Record> definition, String... args) {
    CommandSpec spec = CommandSpec.create();
    definition.addOptions(spec);
    ParseResult parsed = new CommandLine(spec).parseArgs(args);
    Map<String, Object> values = new LinkedHashMap<>();
    for (OptionModel option : definition.model().options()) {
      OptionSpec matched = parsed.matchedOption(option.flag());
      List<String> raw = null;
      if (matched != null) {
        Object value = matched.getValue();
        raw = value instanceof List<?> list ? strings(list) : List.of((String) value);
      }
      ValueChecker.Result result = ValueChecker.check(option, raw);
      assertTrue(result.ok(), option.name() + ": " + result.problems());
      values.put(option.name(), result.value());
    }
    return definition.bind(new BoundOptions(values));
  }

  private static List<String> strings(List<?> list) {
    List<String> out = new ArrayList<>();
    list.forEach(item -> out.add((String) item));
    return out;
  }

  private static Object get(Record record, String accessor) throws Exception {
    return record.getClass().getMethod(accessor).invoke(record);
  }

  private static Object constant(String enumClass, String name) throws Exception {
    return loader.loadClass(enumClass).getMethod("valueOf", String.class).invoke(null, name);
  }

  @Test
  void bindsEveryTypeThroughTheCanonicalConstructor() throws Exception {
    Record r =
        bind(
            definition("io.example.Tributary_AllTypesOptions"),
            "--text",
            "hello",
            "--primitive-int",
            "42",
            "--boxed-int",
            "-7",
            "--primitive-long",
            "9000000000",
            "--boxed-long",
            "1",
            "--primitive-short",
            "300",
            "--boxed-short",
            "2",
            "--primitive-byte",
            "127",
            "--boxed-byte",
            "-128",
            "--primitive-double",
            "1.5",
            "--boxed-double",
            "2.5",
            "--primitive-float",
            "0.25",
            "--boxed-float",
            "3",
            "--decimal",
            "12.345",
            "--flag",
            "--boxed-flag=false",
            "--interval",
            "1m30s",
            "--endpoint",
            "https://example.com/x",
            "--url",
            "http://example.com",
            "--file",
            "/tmp/x",
            "--address",
            "localhost:9003",
            "--since",
            "2024-05-01T14:00:00+02:00",
            "--maybe-number",
            "5",
            "--maybe-mode",
            "SLOW",
            "--maybe-int",
            "3",
            "--maybe-long",
            "4",
            "--maybe-double",
            "0.5",
            "--tags",
            "a",
            "--tags",
            "b",
            "--modes",
            "FAST",
            "--modes",
            "SLOW",
            "--ports",
            "80",
            "--ports",
            "443",
            "--mode-set",
            "SLOW",
            "--labels",
            "k=v",
            "--labels",
            "x=y",
            "--mode-map",
            "a=FAST",
            "--timeouts",
            "t=10s",
            "--url-path",
            "/p");
    String mode = "io.example.AllTypesOptions$Mode";
    assertEquals("hello", get(r, "text"));
    assertEquals(42, get(r, "primitiveInt"));
    assertEquals(-7, get(r, "boxedInt"));
    assertEquals(9_000_000_000L, get(r, "primitiveLong"));
    assertEquals((short) 300, get(r, "primitiveShort"));
    assertEquals((byte) 127, get(r, "primitiveByte"));
    assertEquals((byte) -128, get(r, "boxedByte"));
    assertEquals(1.5, get(r, "primitiveDouble"));
    assertEquals(0.25f, get(r, "primitiveFloat"));
    assertEquals(3f, get(r, "boxedFloat"));
    assertEquals(new BigDecimal("12.345"), get(r, "decimal"));
    assertEquals(true, get(r, "flag"));
    assertEquals(false, get(r, "boxedFlag"));
    assertEquals(constant(mode, "FAST"), get(r, "mode"), "the default applies");
    assertEquals(Duration.ofSeconds(90), get(r, "interval"));
    assertEquals(URI.create("https://example.com/x"), get(r, "endpoint"));
    assertEquals("http://example.com", get(r, "url").toString());
    assertEquals(Path.of("/tmp/x"), get(r, "file"));
    assertEquals(InetSocketAddress.createUnresolved("localhost", 9003), get(r, "address"));
    assertEquals(Instant.parse("2024-05-01T12:00:00Z"), get(r, "since"));
    assertEquals(Optional.empty(), get(r, "maybeText"));
    assertEquals(Optional.of(5), get(r, "maybeNumber"));
    assertEquals(Optional.of(constant(mode, "SLOW")), get(r, "maybeMode"));
    assertEquals(OptionalInt.of(3), get(r, "maybeInt"));
    assertEquals(OptionalDouble.of(0.5), get(r, "maybeDouble"));
    assertEquals(List.of("a", "b"), get(r, "tags"));
    assertEquals(List.of(constant(mode, "FAST"), constant(mode, "SLOW")), get(r, "modes"));
    assertEquals(Set.of(80, 443), get(r, "ports"));
    assertEquals(Set.of(constant(mode, "SLOW")), get(r, "modeSet"));
    assertEquals(Map.of("k", "v", "x", "y"), get(r, "labels"));
    assertEquals(Map.of("a", constant(mode, "FAST")), get(r, "modeMap"));
    assertEquals(Map.of("t", Duration.ofSeconds(10)), get(r, "timeouts"));
    assertEquals(Optional.of("/p"), get(r, "URLPath"));
  }

  @Test
  void defaultsAreCheckedAndAppliedByTheRuntimeChecker() throws Exception {
    ConnectorDefinition<Record> definition = definition("io.example.Tributary_ConstrainedOptions");
    for (OptionModel option : definition.model().options()) {
      if (option.defaultValue() != null) {
        assertTrue(ValueChecker.check(option, null).ok(), option.name());
      }
    }
    Record r =
        bind(
            definition,
            "--renamed",
            "5",
            "--below",
            "-1",
            "--at-most",
            "0",
            "--ratio",
            "1",
            "--word",
            "abc",
            "--sentence",
            "a b",
            "--non-empty",
            "x",
            "--password",
            "hunter2",
            "--api-key",
            "k3y");
    assertEquals(3, get(r, "retries"));
    assertEquals(Map.of("a", 1, "b", 2), get(r, "weights"));
    assertEquals(Duration.ofSeconds(10), get(r, "oldTimeout"));
    assertEquals(true, get(r, "enabled"));
    String described = definition.describe(r);
    assertTrue(described.contains("password=****"), described);
    assertTrue(described.contains("apiKey=****"), described);
    assertFalse(described.contains("hunter2") || described.contains("k3y"), described);
    assertTrue(described.startsWith("ConstrainedOptions[retries=3, ignored=5, "), described);
  }

  @Test
  void constraintsInTheModelAreEnforcedByTheRuntimeChecker() throws Exception {
    Map<String, OptionModel> options = new TreeMap<>();
    definition("io.example.Tributary_ConstrainedOptions")
        .model()
        .options()
        .forEach(o -> options.put(o.name(), o));
    assertFalse(ValueChecker.check(options.get("retries"), List.of("11")).ok());
    assertFalse(ValueChecker.check(options.get("ratio"), List.of("0.5")).ok());
    assertTrue(ValueChecker.check(options.get("ratio"), List.of("99.5")).ok());
    assertFalse(ValueChecker.check(options.get("word"), List.of("abc1")).ok());
    assertFalse(ValueChecker.check(options.get("sentence"), List.of("   ")).ok());
    assertTrue(ValueChecker.check(options.get("sentence"), List.of("a b")).ok());
    assertFalse(ValueChecker.check(options.get("ports"), List.of("0")).ok());
    assertFalse(ValueChecker.check(options.get("ports"), List.of("1", "2", "3", "4")).ok());
    assertFalse(ValueChecker.check(options.get("weights"), List.of("a=0")).ok());
    assertFalse(ValueChecker.check(options.get("contact"), List.of("not-an-email")).ok());
    assertTrue(ValueChecker.check(options.get("contact"), List.of("me@example.com")).ok());
  }

  @Test
  void modelIsTheMetadataResource() throws Exception {
    for (String name : List.of("all-types", "constrained", "nested")) {
      String resource = "META-INF/tributary/connectors/" + name + ".json";
      String expected = Files.readString(classes.resolve(resource));
      ConnectorDefinition<Record> definition =
          ServiceLoader.load(ConnectorDefinition.class, loader).stream()
              .map(
                  p -> {
                    @SuppressWarnings("unchecked")
                    ConnectorDefinition<Record> d = p.get();
                    return d;
                  })
              .filter(d -> d.model().name().equals(name))
              .findFirst()
              .orElseThrow();
      assertEquals(expected, MetadataWriter.write(definition.model()), name);
    }
  }

  @Test
  void createsTheImplementation() throws Exception {
    assertEquals(
        "io.example.AllTypesSource",
        definition("io.example.Tributary_AllTypesOptions").newSource().getClass().getName());
    assertEquals(
        "io.example.ConstrainedSink",
        definition("io.example.Tributary_ConstrainedOptions").newSink().getClass().getName());
    assertEquals(
        "io.example.other.NestedSource",
        definition("io.example.Tributary_Outer_Inner").newSource().getClass().getName());
  }

  @Test
  void helpShowsDefaultsButNotSecretsAndHidesDeprecatedOptions() throws Exception {
    CommandSpec spec = CommandSpec.create();
    definition("io.example.Tributary_ConstrainedOptions").addOptions(spec);
    String help = new CommandLine(spec).getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertTrue(help.contains("how often to retry (default: 3)"), help);
    assertFalse(help.contains("old-timeout"), help);
    assertTrue(spec.options().stream().noneMatch(OptionSpec::required));
    CommandSpec all = CommandSpec.create();
    definition("io.example.Tributary_AllTypesOptions").addOptions(all);
    String allHelp = new CommandLine(all).getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertTrue(allHelp.contains("a string, 100% text"), allHelp);
  }

  /** Each kind of option the default {@code addOptions} builds from the model. */
  @Test
  void optionKindsBecomeTheMatchingPicocliOptions() throws Exception {
    CommandSpec spec = CommandSpec.create();
    definition("io.example.Tributary_ConstrainedOptions").addOptions(spec);
    OptionSpec single = spec.findOption("--retries");
    assertEquals("<integer>", single.paramLabel());
    assertEquals(String.class, single.type());
    assertFalse(single.isMultiValue());
    assertFalse(single.hidden());
    assertEquals(List.of("how often to retry (default: 3)"), List.of(single.description()));
    OptionSpec repeatable = spec.findOption("--weights");
    assertEquals("<key=value>", repeatable.paramLabel());
    assertEquals(List.class, repeatable.type());
    assertEquals(List.of(String.class), List.of(repeatable.auxiliaryTypes()));
    assertTrue(repeatable.isMultiValue());
    OptionSpec flag = spec.findOption("--enabled");
    assertEquals("0..1", flag.arity().toString());
    assertEquals("true", flag.fallbackValue());
    assertFalse(flag.hidden());
    OptionSpec aliased = spec.findOption("--attempts");
    assertEquals(single, aliased, "an alias is a further name of the same option");
    assertEquals(List.of("--retries", "--attempts", "--max-attempts"), List.of(single.names()));
    assertEquals(
        List.of("attempts", "max-attempts"),
        definition("io.example.Tributary_ConstrainedOptions").model().options().get(0).aliases());
    OptionSpec deprecated = spec.findOption("--old-timeout");
    assertTrue(deprecated.hidden());
    assertEquals(String.class, deprecated.type());
    assertEquals("<duration>", deprecated.paramLabel());
  }
}
