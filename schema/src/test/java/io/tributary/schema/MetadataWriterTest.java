package io.tributary.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.tributary.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String write(List<OptionModel> options) {
    return MetadataWriter.write(
        new ConnectorModel(
            "x-source", Direction.SOURCE, "1.0.0", "Describes.", "XOptions", options));
  }

  @Test
  void oneLineWithKeysInContractOrderAndTrailingNewline() throws Exception {
    String json = write(SchemaAgreementTest.OPTIONS);
    assertThat(json).endsWith("}\n").doesNotContain("\n{").hasLineCount(1);
    JsonNode node = MAPPER.readTree(json);
    assertThat(node.fieldNames())
        .toIterable()
        .containsExactly("name", "direction", "schema", "version", "description");
    assertThat(node.get("schema").fieldNames())
        .toIterable()
        .containsExactly(
            "$schema",
            "title",
            "description",
            "type",
            "properties",
            "required",
            "additionalProperties");
    assertThat(write(SchemaAgreementTest.OPTIONS)).isEqualTo(json);
  }

  @Test
  void schemaIsValidDraft07() throws Exception {
    JsonNode schema = MAPPER.readTree(write(SchemaAgreementTest.OPTIONS)).get("schema");
    JsonNode metaSchema = MAPPER.readTree("{\"$ref\":\"http://json-schema.org/draft-07/schema#\"}");
    assertThat(
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(metaSchema)
                .validate(schema))
        .isEmpty();
  }

  @Test
  void typedDefaultsAndExamples() throws Exception {
    JsonNode props =
        MAPPER
            .readTree(
                write(
                    List.of(
                        OptionModel.builder("retries", OptionType.INT)
                            .defaultValue("3")
                            .examples("5")
                            .build(),
                        OptionModel.builder("ratio", OptionType.DECIMAL)
                            .defaultValue("0.25")
                            .build(),
                        OptionModel.builder("tags", OptionType.STRING)
                            .container(Container.LIST)
                            .defaultValue("a,b")
                            .build(),
                        OptionModel.builder("weights", OptionType.INT)
                            .container(Container.MAP)
                            .defaultValue("x=1")
                            .build(),
                        OptionModel.builder("on", OptionType.BOOLEAN).build())))
            .get("schema")
            .get("properties");
    assertThat(props.get("retries").get("default").isInt()).isTrue();
    assertThat(props.get("retries").get("examples").toString()).isEqualTo("[5]");
    assertThat(props.get("ratio").get("default").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(props.get("tags").get("default").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(props.get("weights").get("default").toString()).isEqualTo("{\"x\":1}");
    assertThat(props.get("on").get("default").asBoolean()).isFalse();
  }

  @Test
  void secretValuesNeverReachTheMetadata() throws Exception {
    String json =
        write(
            List.of(
                OptionModel.builder("password", OptionType.STRING)
                    .defaultValue("hunter2-default")
                    .examples("hunter2-example")
                    .secret()
                    .build()));
    assertThat(json).doesNotContain("hunter2");
    JsonNode p = MAPPER.readTree(json).get("schema").get("properties").get("password");
    assertThat(p.get("writeOnly").asBoolean()).isTrue();
  }
}
