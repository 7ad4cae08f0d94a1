package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LintRulesTest {
  private final LintRules lint = new LintRules(Fixtures.SCHEMAS);

  private List<Problem> lint(ObjectNode doc) {
    return lint.check(Fixtures.document(doc), name -> true);
  }

  @Test
  void validDocumentPassesEveryRule() {
    assertThat(lint(Fixtures.valid())).isEmpty();
  }

  @Test
  void missingOrBlankDescription() {
    ObjectNode doc =
        Fixtures.edited(
            d -> {
              Fixtures.option(d, "endpoint").remove("description");
              Fixtures.option(d, "header").put("description", "  ");
            });
    assertThat(lint(doc))
        .extracting(Problem::rule, Problem::pointer)
        .containsExactly(
            tuple(Rule.LINT_DESCRIPTION, "/schema/properties/endpoint"),
            tuple(Rule.LINT_DESCRIPTION, "/schema/properties/header"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "db-password",
        "access-token",
        "client-secret",
        "api-key",
        "apikey",
        "credentials",
        "aws_secret"
      })
  void secretLookingNames(String name) {
    assertThat(LintRules.looksSecret(name)).isTrue();
    ObjectNode doc =
        Fixtures.edited(
            d ->
                Fixtures.properties(d)
                    .putObject(name)
                    .put("type", "string")
                    .put("description", "x"));
    assertThat(lint(doc))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.LINT_SECRET);
              assertThat(p.pointer()).isEqualTo("/schema/properties/" + name);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"max-tokens", "tokenizer", "keyspace", "api", "secretary-name"})
  void ordinaryNamesAreNotSecret(String name) {
    assertThat(LintRules.looksSecret(name)).isFalse();
  }

  @Test
  void writeOnlySecretPasses() {
    ObjectNode doc =
        Fixtures.edited(
            d ->
                Fixtures.properties(d)
                    .putObject("password")
                    .put("type", "string")
                    .put("writeOnly", true)
                    .put("description", "x"));
    assertThat(lint(doc)).isEmpty();
  }

  @Test
  void defaultMustSatisfyOwnSchema() {
    ObjectNode doc =
        Fixtures.edited(
            d -> {
              Fixtures.option(d, "retries").put("default", 20);
              Fixtures.option(d, "method").put("default", "PUT");
              Fixtures.option(d, "interval").put("default", 10);
            });
    List<Problem> problems = lint(doc);
    assertThat(problems).extracting(Problem::rule).containsOnly(Rule.LINT_DEFAULT);
    assertThat(problems)
        .extracting(Problem::pointer)
        .containsExactlyInAnyOrder(
            "/schema/properties/interval/default",
            "/schema/properties/method/default",
            "/schema/properties/retries/default");
    assertThat(problems)
        .filteredOn(p -> p.pointer().contains("retries"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("default 20", "10"));
  }

  @Test
  void formatIsAsserted() {
    ObjectNode doc =
        Fixtures.edited(
            d ->
                Fixtures.option(d, "endpoint")
                    .putArray("examples")
                    .add("https://ok.example/x")
                    .add("not a uri"));
    assertThat(lint(doc))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.LINT_EXAMPLE);
              assertThat(p.pointer()).isEqualTo("/schema/properties/endpoint/examples/1");
              assertThat(p.message()).contains("\"not a uri\"");
            });
  }

  @Test
  void enumsMustBeNonEmptyAndUnique() {
    ObjectNode doc =
        Fixtures.edited(
            d -> {
              Fixtures.option(d, "method").putArray("enum").add("GET").add("POST").add("GET");
              Fixtures.option(d, "header").withObject("items").putArray("enum");
            });
    assertThat(lint(doc))
        .extracting(Problem::rule, Problem::pointer)
        .containsExactlyInAnyOrder(
            tuple(Rule.LINT_ENUM, "/schema/properties/method/enum/2"),
            tuple(Rule.LINT_ENUM, "/schema/properties/header/items/enum"));
  }

  @Test
  void requiredNamesMustExist() {
    ObjectNode doc =
        Fixtures.edited(
            d ->
                ((com.fasterxml.jackson.databind.node.ArrayNode) d.path("schema").path("required"))
                    .add("endpoitn"));
    assertThat(lint(doc))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.LINT_REQUIRED);
              assertThat(p.pointer()).isEqualTo("/schema/required/1");
              assertThat(p.message()).contains("'endpoitn'");
            });
  }

  @Test
  void defaultsAreNotCheckedAgainstAnInvalidSchema() {
    ObjectNode doc = Fixtures.edited(d -> Fixtures.option(d, "retries").put("default", 20));
    assertThat(lint.check(Fixtures.document(doc), name -> !name.equals("retries"))).isEmpty();
  }

  @Test
  void secretValuesAreMaskedInMessages() {
    ObjectNode doc =
        Fixtures.edited(
            d ->
                Fixtures.option(d, "token")
                    .put("maxLength", 4)
                    .put("default", "hunter22")
                    .putArray("examples")
                    .add("s3cr3t-value"));
    List<Problem> problems = lint(doc);
    assertThat(problems)
        .extracting(Problem::rule)
        .containsExactlyInAnyOrder(Rule.LINT_DEFAULT, Rule.LINT_EXAMPLE);
    assertThat(problems)
        .allSatisfy(
            p ->
                assertThat(p.message())
                    .contains("****")
                    .doesNotContain("hunter22")
                    .doesNotContain("s3cr3t"));
    assertThat(OptionRow.of(Fixtures.document(doc)))
        .filteredOn(r -> r.flag().equals("--token"))
        .singleElement()
        .satisfies(r -> assertThat(r.defaultValue()).isEqualTo("****"));
  }

  @Test
  void theTwoLintWarningsAreTheProcessorsWarningsAndEveryOtherRuleIsAnError() {
    assertThat(java.util.Arrays.stream(Rule.values()).filter(Rule::warning))
        .containsExactlyInAnyOrder(Rule.LINT_DESCRIPTION, Rule.LINT_SECRET);
  }
}
