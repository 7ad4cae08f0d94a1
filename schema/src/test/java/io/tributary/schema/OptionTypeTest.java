package io.tributary.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each {@link OptionType} entry is complete and consistent: its example parses to its own Java type
 * and satisfies its own schema (as networknt judges it), its Java names find it again, and text
 * that is no value names the expected form. A new entry is checked here without a new test.
 */
class OptionTypeTest {
  @ParameterizedTest
  @EnumSource(value = OptionType.class, mode = EnumSource.Mode.EXCLUDE, names = "ENUM")
  void exampleParsesToTheJavaTypeAndTheSchemaAcceptsIt(OptionType type) {
    assertThat(type.example()).as("every value type has an example").isNotNull();
    assertThat(type.parse(type.example(), List.of())).isInstanceOf(type.javaType());
    OptionModel option = OptionModel.builder("x", type).build();
    assertThat(ValueChecker.check(option, List.of(type.example())).ok()).isTrue();
    ObjectNode instance =
        JsonNodeFactory.instance
            .objectNode()
            .set("x", SchemaAgreementTest.jsonValue(type, type.example()));
    assertThat(SchemaAgreementTest.schema(List.of(option), true).validate(instance)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = OptionType.class, mode = EnumSource.Mode.EXCLUDE, names = "ENUM")
  void javaNamesFindTheEntry(OptionType type) {
    assertThat(OptionType.forJavaType(type.javaType().getCanonicalName())).contains(type);
    if (type.primitiveType() != null) {
      assertThat(OptionType.forPrimitive(type.primitiveType().getName())).contains(type);
      assertThat(type.javaName())
          .isEqualTo(type.primitiveType().getName() + "/" + type.javaType().getSimpleName());
    } else {
      assertThat(type.javaName()).isEqualTo(type.javaType().getSimpleName());
    }
  }

  @ParameterizedTest
  @EnumSource(value = OptionType.class, mode = EnumSource.Mode.EXCLUDE, names = "STRING")
  void textThatIsNoValueNamesTheExpectedForm(OptionType type) {
    assertThat(type.jsonType()).isIn("string", "integer", "number", "boolean");
    assertThat(type.label()).isNotBlank();
    assertThatThrownBy(() -> type.parse("no\u0000value", List.of("A", "B")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected " + type.expectedForm(List.of("A", "B")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-05-01T12:00:00Z",
        "2024-05-01T14:00:00+02:00",
        "2024-05-01T07:30:00.000-04:30",
        "2024-05-01T12:00:00+00:00"
      })
  void instantsAreIso8601WithAnOffset(String text) {
    assertThat(OptionType.INSTANT.parse(text, List.of()))
        .isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-05-01T12:00:00",
        "2024-05-01 12:00:00Z",
        "2024-02-30T00:00:00Z",
        "2024-05-01T12:00Z",
        "2024-05-01t12:00:00z",
        "2024-05-01T23:59:60Z",
        "1714564800",
        "2024-05-01T12:00:00-00:00",
        "+10000-01-01T00:00:00Z"
      })
  void otherTimesAreNotInstants(String text) {
    OptionModel option = OptionModel.builder("since", OptionType.INSTANT).build();
    ValueChecker.Result result = ValueChecker.check(option, List.of(text));
    assertThat(result.ok()).isFalse();
    assertThat(result.problems().get(0).message())
        .isEqualTo("expected an ISO-8601 instant like 2024-05-01T12:00:00Z");
  }

  @Test
  void instantsAreDateTimesInTheSchema() {
    String metadata =
        MetadataWriter.write(
            new ConnectorModel(
                "c",
                io.tributary.Direction.SOURCE,
                "1.0.0",
                "d",
                "Options",
                List.of(
                    OptionModel.builder("since", OptionType.INSTANT)
                        .defaultValue("2024-05-01T12:00:00Z")
                        .build())));
    assertThat(metadata)
        .contains("\"format\":\"date-time\"")
        .contains("\"default\":\"2024-05-01T12:00:00Z\"");
  }
}
