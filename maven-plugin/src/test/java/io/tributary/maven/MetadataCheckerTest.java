package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataCheckerTest {
  private final MetadataChecker checker = new MetadataChecker(Fixtures.SCHEMAS);

  private List<Problem> check(ObjectNode doc) {
    return checker.check(Fixtures.source(doc.path("name").asText() + ".json", doc));
  }

  @Test
  void validDocumentHasNoProblems() {
    assertThat(checker.check(new MetadataSource("x", "http-source.json", Fixtures.validBytes())))
        .isEmpty();
  }

  @Test
  void reportsEveryMetadataViolationWithPointerAndFix() {
    ObjectNode doc =
        Fixtures.edited(
            d -> {
              d.put("name", "Http_Source");
              d.put("direction", "both");
              d.put("version", "1.0");
              d.put("description", "");
              d.put("homepage", "https://example.com");
            });
    List<Problem> problems = checker.check(Fixtures.source("Http_Source.json", doc));

    assertThat(problems).extracting(Problem::rule).containsOnly(Rule.METADATA);
    assertThat(problems)
        .extracting(Problem::pointer)
        .containsExactlyInAnyOrder(
            "/description", "/description", "/direction", "/homepage", "/name", "/version");
    assertThat(problems)
        .filteredOn(p -> p.pointer().equals("/direction"))
        .singleElement()
        .satisfies(p -> assertThat(p.fix()).contains("\"source\" or \"sink\""));
  }

  @Test
  void reportsMissingKeys() {
    ObjectNode doc = Fixtures.edited(d -> d.remove(List.of("schema", "version")));
    assertThat(check(doc))
        .extracting(Problem::pointer)
        .containsExactlyInAnyOrder("/schema", "/version");
  }

  @Test
  void capitalisedDirectionIsRejected() {
    assertThat(check(Fixtures.edited(d -> d.put("direction", "Source"))))
        .extracting(Problem::pointer)
        .containsExactly("/direction");
  }

  @Test
  void semverWithPrereleaseAndBuildIsAccepted() {
    assertThat(check(Fixtures.edited(d -> d.put("version", "1.2.3-rc.1+build.5")))).isEmpty();
    assertThat(check(Fixtures.edited(d -> d.put("version", "01.2.3"))))
        .extracting(Problem::pointer)
        .containsExactly("/version");
  }

  @Test
  void optionsSchemaMustBeDraft07() {
    ObjectNode doc =
        Fixtures.edited(d -> Fixtures.option(d, "retries").put("type", "int").put("minimum", "0"));
    List<Problem> problems = check(doc);
    assertThat(problems).extracting(Problem::rule).containsOnly(Rule.SCHEMA_DRAFT7);
    assertThat(problems)
        .extracting(Problem::pointer)
        .contains("/schema/properties/retries/type", "/schema/properties/retries/minimum");
  }

  @Test
  void fileNameMustMatchConnectorName() {
    List<Problem> problems =
        checker.check(new MetadataSource("x/other.json", "other.json", Fixtures.validBytes()));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.FILE_NAME);
              assertThat(p.message()).contains("'other.json'", "'http-source'");
            });
  }

  @Test
  void malformedJsonIsOneProblemWithLine() {
    byte[] bytes = "{\"name\": \"x\",\n \"name\": 1}".getBytes(StandardCharsets.UTF_8);
    assertThat(checker.check(new MetadataSource("f.json", "f.json", bytes)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.JSON);
              assertThat(p.message()).contains("line 2").contains("name");
            });
  }

  @Test
  void nonObjectIsRejected() {
    byte[] bytes = "[1]".getBytes(StandardCharsets.UTF_8);
    assertThat(checker.check(new MetadataSource("f.json", "f.json", bytes)))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("array"));
  }

  @Test
  void problemFormatNamesFileRuleAndFix() {
    Problem p = Rule.LINT_ENUM.problem("a.json", "/schema/properties/m/enum", "the enum is empty");
    assertThat(p.format())
        .isEqualTo(
            "a.json#/schema/properties/m/enum: [TRIB-LINT-ENUM] the enum is empty. Fix: "
                + Rule.LINT_ENUM.fix()
                + ".");
  }

  @Test
  void oneDraft7ProblemPerPointerAndLintStillRunsOnOtherOptions() {
    ObjectNode doc =
        Fixtures.edited(
            d -> {
              Fixtures.option(d, "interval").put("type", "duration");
              Fixtures.option(d, "retries").put("default", 20);
              Fixtures.option(d, "method").putArray("enum").add("GET").add("GET");
            });
    List<Problem> problems = check(doc);
    assertThat(problems)
        .extracting(Problem::rule, Problem::pointer)
        .containsExactlyInAnyOrder(
            tuple(Rule.SCHEMA_DRAFT7, "/schema/properties/interval/type"),
            tuple(Rule.LINT_DEFAULT, "/schema/properties/retries/default"),
            tuple(Rule.LINT_ENUM, "/schema/properties/method/enum/1"));
  }

  @Test
  void jsonErrorsDoNotMentionJacksonInternals() {
    byte[] bytes = "{\"name\": \"x\",\n".getBytes(StandardCharsets.UTF_8);
    assertThat(checker.check(new MetadataSource("f.json", "f.json", bytes)))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith("the document is not valid JSON at line")
                    .doesNotContain("REDACTED")
                    .doesNotContain("StreamReadFeature"));
  }
}
