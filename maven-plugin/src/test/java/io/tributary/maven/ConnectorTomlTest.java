package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

/** {@code Connector.toml}, read back with a TOML parser and Fluvio's rules for it. */
class ConnectorTomlTest {
  private static final ConnectorToml.Package PACKAGE =
      new ConnectorToml.Package(
          "infinyon", "0.11.6", "0.2.0", "Apache-2.0", "public", "http-source", null);

  private static JsonNode parse(String toml) throws Exception {
    return new TomlMapper().readTree(toml);
  }

  @Test
  void describesThePackageAndItsOptionsByFluviosRules() throws Exception {
    String toml = ConnectorToml.write(Fixtures.document(Fixtures.valid()), PACKAGE);
    JsonNode doc = parse(toml);
    assertThat(CdkPackageRules.problems(doc)).isEmpty();
    assertThat(doc.at("/package/name").asText()).isEqualTo("http-source");
    assertThat(doc.at("/package/group").asText()).isEqualTo("infinyon");
    assertThat(doc.at("/package/version").asText()).isEqualTo("0.1.0");
    assertThat(doc.at("/package/apiVersion").asText()).isEqualTo("0.2.0");
    assertThat(doc.at("/package/fluvio").asText()).isEqualTo("0.11.6");
    assertThat(doc.at("/package/license").asText()).isEqualTo("Apache-2.0");
    assertThat(doc.at("/package/visibility").asText()).isEqualTo("public");
    assertThat(doc.at("/package/description").asText())
        .isEqualTo("Polls an HTTP endpoint and produces each response as a record.");
    assertThat(doc.at("/direction/source").asBoolean()).isTrue();
    assertThat(doc.at("/direction").has("dest")).isFalse();
    assertThat(doc.at("/deployment/binary").asText()).isEqualTo("http-source");
    assertThat(doc.at("/custom/name").asText()).isEqualTo("http");
    assertThat(doc.at("/custom/required").toString()).isEqualTo("[\"endpoint\"]");
    JsonNode props = doc.at("/custom/properties");
    assertThat(props.fieldNames())
        .toIterable()
        .containsExactly("endpoint", "interval", "method", "retries", "header", "token");
    assertThat(props.at("/endpoint/type").asText()).isEqualTo("string");
    assertThat(props.at("/endpoint/format").asText()).isEqualTo("uri");
    assertThat(props.at("/endpoint/title").asText()).isEqualTo("endpoint");
    assertThat(props.at("/endpoint/description").asText()).isEqualTo("URL to poll");
    assertThat(props.at("/interval/default").asText()).isEqualTo("10s");
    assertThat(props.at("/method/enum").toString()).isEqualTo("[\"GET\",\"POST\"]");
    assertThat(props.at("/retries/type").asText()).isEqualTo("integer");
    assertThat(props.at("/retries/default").isInt()).isTrue();
    assertThat(props.at("/retries/maximum").asInt()).isEqualTo(10);
    assertThat(props.at("/header/type").asText()).isEqualTo("array");
    assertThat(props.at("/header/items/type").asText()).isEqualTo("string");
    assertThat(props.at("/token/type").asText()).as("Optional: nullable").isEqualTo("string");
    assertThat(props.at("/token/nullable").asBoolean()).isTrue();
    assertThat(props.at("/token/writeOnly").asBoolean()).isTrue();
  }

  @Test
  void aSinkIsDestAndCustomNameAndLicenseCanBeLeftOrSet() throws Exception {
    JsonNode doc =
        parse(
            ConnectorToml.write(
                Fixtures.document(
                    Fixtures.edited(d -> d.put("name", "postgres-sink").put("direction", "sink"))),
                new ConnectorToml.Package("g", "0.11.6", "0.1.0", null, "private", "pg", "sql")));
    assertThat(CdkPackageRules.problems(doc)).isEmpty();
    assertThat(doc.at("/direction/dest").asBoolean()).isTrue();
    assertThat(doc.at("/direction").has("source")).isFalse();
    assertThat(doc.at("/custom/name").asText()).isEqualTo("sql");
    assertThat(doc.at("/package").has("license")).isFalse();
  }

  @Test
  void textIsEscapedAsTomlStrings() throws Exception {
    String tricky = "quotes \" and \\ backslash,\nnew line, tab\t and \u0001 control";
    JsonNode doc =
        parse(
            ConnectorToml.write(
                Fixtures.document(
                    Fixtures.edited(
                        d -> {
                          d.put("description", tricky);
                          Fixtures.option(d, "endpoint").put("description", tricky);
                        })),
                PACKAGE));
    assertThat(doc.at("/package/description").asText()).isEqualTo(tricky);
    assertThat(doc.at("/custom/properties/endpoint/description").asText()).isEqualTo(tricky);
  }

  @Test
  void fluviosConfigValidationAcceptsAConfigWithTheRequiredOptionsOnly() throws Exception {
    JsonNode toml = parse(ConnectorToml.write(Fixtures.document(Fixtures.valid()), PACKAGE));
    ObjectMapper yaml = new YAMLMapper();
    JsonNode good =
        yaml.readTree(
            """
        apiVersion: 0.1.0
        meta: {version: 0.1.0, name: cat-facts, type: http-source, topic: cat-facts}
        http:
          endpoint: "https://catfact.ninja/fact"
          interval: 10s
        """);
    assertThat(CdkPackageRules.validateConfig(toml, good)).isEmpty();
    JsonNode missing =
        yaml.readTree(
            """
        meta: {version: 0.1.0, name: cat-facts, type: http-source, topic: cat-facts}
        http:
          interval: 10s
        """);
    assertThat(CdkPackageRules.validateConfig(toml, missing))
        .containsExactly("required property 'endpoint' is not found in the config");
  }

  @Test
  void theRulesCatchABrokenDescriptor() throws Exception {
    JsonNode broken =
        parse(
            """
        [package]
        name = "x"
        group = "g"
        version = "1.0"
        fluvio = "0.11.6"
        apiVersion = "0.1.0"
        visibility = "secret"
        [direction]
        source = true
        dest = true
        [deployment]
        [custom]
        required = ["a"]
        [custom.properties.b]
        type = "bool"
        """);
    assertThat(CdkPackageRules.problems(broken))
        .containsExactlyInAnyOrder(
            "package.version must be a semver version",
            "package.visibility must be private or public",
            "direction needs exactly one of source = true or dest = true",
            "deployment needs exactly one of image and binary",
            "required property 'a' is missing in the schema",
            "custom.properties.b.type must be one of "
                + java.util.Set.of("string", "number", "integer", "boolean", "object", "array")
                + ", got 'bool'");
  }
}
