package io.tributary.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tributary.processor.Compilations.compile;
import static io.tributary.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per message id (docs/errors.md): each compiles an erroneous record and asserts the id,
 * the file and the line the diagnostic lands on.
 */
class ConnectorProcessorErrorsTest {
  private static final String HEADER =
      """
      package bad;

      import io.tributary.*;
      import jakarta.validation.constraints.*;
      import java.time.Duration;
      import java.util.*;

      """;

  private static final String DOC = "/** A connector.\n *\n * @param a an option\n */\n";

  /** Compiles one erroneous file and asserts an error with the id on the given line. */
  private static Compilation assertError(
      String id, String line, String name, String body, JavaFileObject... more) {
    JavaFileObject file = source("bad." + name, HEADER + body);
    Compilation compilation = compile(with(file, more));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + id + "]").inFile(file).onLineContaining(line);
    return compilation;
  }

  /** Compiles one file that must compile, with a warning with the id on the given line. */
  private static void assertWarning(String id, String line, String name, String body) {
    JavaFileObject file = source("bad." + name, HEADER + body);
    Compilation compilation = compile(file, impl(name));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[" + id + "]")
        .inFile(file)
        .onLineContaining(line);
  }

  /** A public Source for the record, in its own file. */
  private static JavaFileObject impl(String record) {
    String simple = record.replace(".", "");
    return source(
        "bad." + simple + "Source",
        HEADER
            + "public class "
            + simple
            + "Source implements Source<"
            + record
            + "> {\n"
            + "  public void run("
            + record
            + " o, TopicProducer p) {}\n}\n");
  }

  private static JavaFileObject[] with(JavaFileObject first, JavaFileObject... more) {
    JavaFileObject[] all = new JavaFileObject[more.length + 1];
    all[0] = first;
    System.arraycopy(more, 0, all, 1, more.length);
    return all;
  }

  @Test
  void notRecord() {
    assertError(
        "TRIB-NOT-RECORD",
        "class NotARecord",
        "NotARecord",
        """
        @Connector(name = "x", direction = Direction.SOURCE) public final class NotARecord {}
        """);
  }

  @Test
  void recordShape() {
    assertError(
        "TRIB-RECORD-SHAPE",
        "@Connector",
        "Generic",
        DOC
            + """
        @Connector(name = "generic", direction = Direction.SOURCE)
        public record Generic<T>(String a) {}
        """);
  }

  @Test
  void badConnectorName() {
    assertError(
        "TRIB-NAME",
        "Bad_Name",
        "BadName",
        DOC
            + """
        @Connector(name = "Bad_Name", direction = Direction.SOURCE)
        public record BadName(String a) {}
        """);
  }

  @Test
  void missingVersion() {
    JavaFileObject file =
        source(
            "bad.NoVersion",
            HEADER
                + DOC
                + """
        @Connector(name = "no-version", direction = Direction.SOURCE)
        public record NoVersion(String a) {}
        """);
    Compilation compilation = compile(List.of(), file, impl("NoVersion"));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[TRIB-VERSION]")
        .inFile(file)
        .onLineContaining("@Connector(name = \"no-version\"");
  }

  @Test
  void versionFromAnnotationNeedsNoOption() {
    JavaFileObject file =
        source(
            "bad.OwnVersion",
            HEADER
                + DOC
                + """
        @Connector(name = "own-version", direction = Direction.SOURCE, version = "9.9")
        public record OwnVersion(String a) {}
        """);
    assertThat(compile(List.of(), file, impl("OwnVersion"))).succeededWithoutWarnings();
  }

  @Test
  void duplicateConnector() {
    JavaFileObject first =
        source(
            "bad.First",
            HEADER
                + DOC
                + """
        @Connector(name = "twin", direction = Direction.SOURCE)
        public record First(String a) {}
        """);
    JavaFileObject second =
        source(
            "bad.Second",
            HEADER
                + DOC
                + """
        @Connector(name = "twin", direction = Direction.SOURCE) public record Second(String a) {}
        """);
    Compilation compilation = compile(first, second, impl("First"), impl("Second"));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[TRIB-DUPLICATE-CONNECTOR]")
        .inFile(second)
        .onLineContaining("name = \"twin\"");
  }

  @Test
  void badOptionName() {
    assertError(
        "TRIB-OPTION-NAME",
        "Bad Name",
        "BadOption",
        DOC
            + """
        @Connector(name = "bad-option", direction = Direction.SOURCE)
        public record BadOption(
            @Option(name = "Bad Name") String a) {}
        """);
  }

  @Test
  void badOptionNameAfterKebabCasing() {
    assertError(
        "TRIB-OPTION-NAME",
        "String _a",
        "Underscore",
        DOC
            + """
        @Connector(name = "underscore", direction = Direction.SOURCE)
        public record Underscore(
            String _a) {}
        """);
  }

  @Test
  void duplicateOption() {
    assertError(
        "TRIB-DUPLICATE-OPTION",
        "String other",
        "Dup",
        DOC
            + """
        @Connector(name = "dup", direction = Direction.SOURCE)
        public record Dup(
            String maxRetries,
            @Option(name = "max-retries") String other) {}
        """);
  }

  @Test
  void reservedOption() {
    assertError(
        "TRIB-RESERVED",
        "String fluvioTopic",
        "Reserved",
        DOC
            + """
        @Connector(name = "reserved", direction = Direction.SOURCE)
        public record Reserved(
            String fluvioTopic) {}
        """);
  }

  @Test
  void badAlias() {
    assertError(
        "TRIB-OPTION-NAME",
        "\"Bad_Alias\"",
        "BadAlias",
        DOC
            + """
        @Connector(name = "bad-alias", direction = Direction.SOURCE)
        public record BadAlias(
            @Option(aliases = {"ok-alias",
                "Bad_Alias"}) String a) {}
        """);
  }

  @Test
  void aliasOfACommonOption() {
    assertError(
        "TRIB-RESERVED",
        "\"topic\", \"fluvio-topic\"",
        "ReservedAlias",
        DOC
            + """
        @Connector(name = "reserved-alias", direction = Direction.SOURCE)
        public record ReservedAlias(
            @Option(aliases = {"topic", "fluvio-topic"}) String a) {}
        """);
  }

  @Test
  void aliasThatIsAnotherOptionsName() {
    assertError(
        "TRIB-DUPLICATE-OPTION",
        "aliases = \"first\"",
        "AliasClash",
        "/** A connector.\n *\n * @param first an option\n * @param b another\n */\n"
            + """
        @Connector(name = "alias-clash", direction = Direction.SOURCE)
        public record AliasClash(
            String first,
            @Option(aliases = "first") String b) {}
        """);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Object",
        "int[]",
        "List<List<String>>",
        "Map<Integer, String>",
        "Optional<List<String>>",
        "List",
        "char",
        "List<? extends Number>",
        "Nested"
      })
  void unsupportedType(String type) {
    Compilation compilation =
        assertError(
            "TRIB-TYPE",
            type + " a",
            "Unsupported",
            DOC
                + """
        @Connector(name = "unsupported", direction = Direction.SOURCE)
        public record Unsupported(
            %s a) {
          record Nested(int x) {}
        }
        """
                    .formatted(type));
    // The list is derived from the OptionType entries, so a new entry shows here.
    assertThat(compilation)
        .hadErrorContaining(
            "use one of: String, int/Integer, long/Long,"
                + " short/Short, byte/Byte, double/Double, float/Float, BigDecimal, boolean/Boolean,"
                + " an enum, Duration, URI, URL, Path, InetSocketAddress, Instant; Optional<T> of one of"
                + " those, OptionalInt, OptionalLong, OptionalDouble; List<T> or Set<T> of one of those;"
                + " Map<String, T> of one of those");
  }

  @Test
  void privateEnum() {
    assertError(
        "TRIB-TYPE",
        "Hidden a",
        "PrivateEnum",
        DOC
            + """
        @Connector(name = "private-enum", direction = Direction.SOURCE)
        public record PrivateEnum(
            Hidden a) {
          private enum Hidden { X }
        }
        """);
  }

  @Test
  void defaultOfWrongType() {
    assertError(
        "TRIB-DEFAULT-TYPE",
        "\"ten\"",
        "DefaultType",
        DOC
            + """
        @Connector(name = "default-type", direction = Direction.SOURCE)
        public record DefaultType(
            @Option(defaultValue = "ten") int a) {}
        """);
  }

  @Test
  void booleanDefaultMustBeTrueOrFalse() {
    assertError(
        "TRIB-DEFAULT-TYPE",
        "\"yes\"",
        "DefaultBool",
        DOC
            + """
        @Connector(name = "default-bool", direction = Direction.SOURCE)
        public record DefaultBool(
            @Option(defaultValue = "yes") boolean a) {}
        """);
  }

  @Test
  void instantDefaultMustBeIso8601WithAnOffset() {
    Compilation compilation =
        assertError(
            "TRIB-DEFAULT-TYPE",
            "\"2024-05-01 12:00\"",
            "DefaultInstant",
            DOC
                + """
        @Connector(name = "default-instant", direction = Direction.SOURCE)
        public record DefaultInstant(
            @Option(defaultValue = "2024-05-01 12:00") java.time.Instant a) {}
        """);
    assertThat(compilation)
        .hadErrorContaining(
            "default value \"2024-05-01 12:00\" of option 'a'"
                + " is not valid: expected an ISO-8601 instant like 2024-05-01T12:00:00Z");
  }

  @Test
  void defaultNotAnEnumConstant() {
    assertError(
        "TRIB-DEFAULT-ENUM",
        "\"PUT\"",
        "DefaultEnum",
        DOC
            + """
        @Connector(name = "default-enum", direction = Direction.SOURCE)
        public record DefaultEnum(
            @Option(defaultValue = "PUT") Method a) {
          public enum Method { GET, POST }
        }
        """);
  }

  @Test
  void defaultBreaksConstraint() {
    assertError(
        "TRIB-DEFAULT-CONSTRAINT",
        "\"250\"",
        "DefaultConstraint",
        DOC
            + """
        @Connector(name = "default-constraint", direction = Direction.SOURCE)
        public record DefaultConstraint(
            @Option(defaultValue = "250") @Max(100) int a) {}
        """);
  }

  @Test
  void badExample() {
    assertError(
        "TRIB-EXAMPLE",
        "\"soon\"",
        "BadExample",
        DOC
            + """
        @Connector(name = "bad-example", direction = Direction.SOURCE)
        public record BadExample(
            @Option(examples = {"1s",
                "soon"}) Duration a) {}
        """);
  }

  @Test
  void emptyRange() {
    Compilation c =
        assertError(
            "TRIB-RANGE",
            "@Min(10) @Max(5)",
            "EmptyRange",
            DOC
                + """
        @Connector(name = "empty-range", direction = Direction.SOURCE)
        public record EmptyRange(
            @Min(10) @Max(5) int a) {}
        """);
    assertThat(c)
        .hadErrorContaining("@Min(10) is above @Max(5): it must be at least 10 and at " + "most 5");
  }

  @Test
  void positiveWithNonPositiveMax() {
    Compilation c =
        assertError(
            "TRIB-RANGE",
            "@Positive @Max(0)",
            "PositiveMax",
            DOC
                + """
        @Connector(name = "positive-max", direction = Direction.SOURCE)
        public record PositiveMax(
            @Positive @Max(0) long a) {}
        """);
    assertThat(c).hadErrorContaining("@Positive leaves no value below @Max(0)");
  }

  @Test
  void boundOutsideTheType() {
    Compilation c =
        assertError(
            "TRIB-RANGE",
            "@Min(300)",
            "ByteRange",
            DOC
                + """
        @Connector(name = "byte-range", direction = Direction.SOURCE)
        public record ByteRange(
            @Min(300) byte a) {}
        """);
    assertThat(c).hadErrorContaining("@Min(300) allows no value: it must be at least 300");
  }

  @Test
  void lengthBoundsThatNoStringMeets() {
    Compilation c =
        assertError(
            "TRIB-RANGE",
            "@NotBlank @Size(max = 0)",
            "NoLength",
            DOC
                + """
        @Connector(name = "no-length", direction = Direction.SOURCE)
        public record NoLength(
            @NotBlank @Size(max = 0) String a) {}
        """);
    assertThat(c)
        .hadErrorContaining(
            "@NotBlank with @Size(max = 0) allow no value: its length "
                + "must be at least 1 and at most 0");
  }

  @Test
  void itemCountBoundsThatNoListMeets() {
    Compilation c =
        assertError(
            "TRIB-RANGE",
            "@NotEmpty @Size(max = 0)",
            "NoItems",
            DOC
                + """
        @Connector(name = "no-items", direction = Direction.SOURCE)
        public record NoItems(
            @NotEmpty @Size(max = 0) java.util.List<String> a) {}
        """);
    assertThat(c)
        .hadErrorContaining(
            "@NotEmpty with @Size(max = 0) allow no value: its number "
                + "of items must be at least 1 and at most 0");
  }

  @Test
  void badSize() {
    assertError(
        "TRIB-SIZE",
        "@Size(min = 5, max = 2)",
        "BadSize",
        DOC
            + """
        @Connector(name = "bad-size", direction = Direction.SOURCE)
        public record BadSize(
            @Size(min = 5, max = 2) String a) {}
        """);
  }

  @Test
  void badPattern() {
    assertError(
        "TRIB-PATTERN",
        "[a-z",
        "BadPattern",
        DOC
            + """
        @Connector(name = "bad-pattern", direction = Direction.SOURCE)
        public record BadPattern(
            @Pattern(regexp = "[a-z") String a) {}
        """);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@Min(1) String",
        "@Pattern(regexp = \"x\") Duration",
        "@Size(max = 3) int",
        "@Min(1) List<Integer>",
        "@Email Integer"
      })
  void constraintOnWrongType(String declaration) {
    assertError(
        "TRIB-CONSTRAINT-TYPE",
        declaration + " a",
        "WrongConstraint",
        DOC
            + """
        @Connector(name = "wrong-constraint", direction = Direction.SOURCE)
        public record WrongConstraint(
            %s a) {}
        """
                .formatted(declaration));
  }

  @Test
  void numericBoundOnAStringNamesTheNumericTypes() {
    Compilation compilation =
        assertError(
            "TRIB-CONSTRAINT-TYPE",
            "@Min(1) String a",
            "MinOnString",
            DOC
                + """
        @Connector(name = "min-on-string", direction = Direction.SOURCE)
        public record MinOnString(
            @Min(1) String a) {}
        """);
    // The list comes from the numeric OptionType entries.
    assertThat(compilation)
        .hadErrorContaining(
            "@Min on option 'a' cannot apply to type String;"
                + " numeric bounds apply to int, long, short, byte, double, float and BigDecimal options");
  }

  @Test
  void noImplementation() {
    assertError(
        "TRIB-NO-IMPL",
        "record Lonely(",
        "Lonely",
        DOC
            + """
        @Connector(name = "lonely", direction = Direction.SOURCE)
        public record Lonely(String a) {}
        """);
  }

  @Test
  void manyImplementations() {
    assertError(
        "TRIB-MANY-IMPL",
        "record Crowded(",
        "Crowded",
        DOC
            + """
        @Connector(name = "crowded", direction = Direction.SOURCE)
        public record Crowded(String a) {}

        class CrowdedToo implements Source<Crowded> {
          public void run(Crowded o, TopicProducer p) {}
        }
        """,
        impl("Crowded"));
  }

  @Test
  void wrongDirection() {
    assertError(
        "TRIB-WRONG-DIRECTION",
        "class Backwards",
        "Backwards",
        DOC
            + """
        @Connector(name = "backwards", direction = Direction.SOURCE)
        public record Backwards(String a) {}

        class BackwardsSink implements Sink<Backwards> {
          public void run(Backwards o, RecordStream r) {}
        }
        """);
  }

  @Test
  void implementationNotInstantiable() {
    assertError(
        "TRIB-IMPL-ACCESS",
        "class HiddenSource",
        "Hidden",
        DOC
            + """
        @Connector(name = "hidden", direction = Direction.SOURCE)
        public record Hidden(String a) {}

        class HiddenSource implements Source<Hidden> {
          private HiddenSource() {}
          public void run(Hidden o, TopicProducer p) {}
        }
        """);
  }

  @Test
  void internalFailureIsReportedNotThrown() {
    // Outer_Inner and Outer.Inner both map to Tributary_Outer_Inner: the Filer refuses the second.
    JavaFileObject flat =
        source(
            "bad.Outer_Inner",
            HEADER
                + DOC
                + """
        @Connector(name = "flat", direction = Direction.SOURCE)
        public record Outer_Inner(String a) {}
        """);
    JavaFileObject nested =
        source(
            "bad.Outer",
            HEADER
                + """
        public class Outer {
        """
                + DOC
                + """
          @Connector(name = "nested", direction = Direction.SOURCE)
          public record Inner(String a) {}
        }
        """);
    Compilation compilation = compile(flat, nested, impl("Outer_Inner"), impl("Outer.Inner"));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[TRIB-INTERNAL]")
        .inFile(nested)
        .onLineContaining("public record Inner(");
  }

  @Test
  void missingDescriptions() {
    assertWarning(
        "TRIB-NO-DESCRIPTION",
        "String undocumented",
        "Undocumented",
        """
        @Connector(name = "undocumented", direction = Direction.SOURCE)
        public record Undocumented(
            String undocumented) {}
        """);
  }

  @Test
  void secretLookingName() {
    assertWarning(
        "TRIB-SECRET-NAME",
        "String a",
        "LooksSecret",
        DOC
            + """
        @Connector(name = "looks-secret", direction = Direction.SOURCE)
        public record LooksSecret(
            @Option(name = "api-key") String a) {}
        """);
  }

  @Test
  void secretLookingNameWithTheWordsOfTheMavenPluginsLint() {
    assertWarning(
        "TRIB-SECRET-NAME",
        "String a",
        "LooksPasswd",
        DOC
            + """
        @Connector(name = "looks-passwd", direction = Direction.SOURCE)
        public record LooksPasswd(
            @Option(name = "db-passwd") String a) {}
        """);
  }

  @Test
  void secretInRecordToString() {
    assertWarning(
        "TRIB-SECRET-TOSTRING",
        "record LeakySecret(",
        "LeakySecret",
        DOC
            + """
        @Connector(name = "leaky", direction = Direction.SOURCE)
        public record LeakySecret(
            @Secret String a) {}
        """);
  }
}
