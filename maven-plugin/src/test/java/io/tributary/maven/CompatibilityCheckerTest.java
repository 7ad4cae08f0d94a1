package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CompatibilityCheckerTest {
  private final CompatibilityChecker checker = new CompatibilityChecker();

  private CompatibilityChecker.Result compare(Consumer<ObjectNode> edit) {
    ObjectNode neu = Fixtures.edited(edit);
    return checker.compare(
        List.of(Fixtures.document(Fixtures.valid())),
        List.of(Fixtures.document(neu)),
        neu.path("version").asText());
  }

  private List<Problem> breaking(Consumer<ObjectNode> edit) {
    return compare(edit).breaking();
  }

  @Test
  void identicalMetadataIsCompatible() {
    assertThat(compare(d -> {}).breaking()).isEmpty();
    assertThat(compare(d -> {}).accepted()).isEmpty();
  }

  @Test
  void additionsAndWideningAreCompatible() {
    CompatibilityChecker.Result result =
        compare(
            d -> {
              Fixtures.properties(d)
                  .putObject("timeout")
                  .put("type", "string")
                  .put("description", "t");
              Fixtures.option(d, "retries").put("maximum", 100).put("format", "int64");
              Fixtures.option(d, "method").withArray("enum").add("PUT");
              Fixtures.option(d, "interval").remove("pattern");
              Fixtures.option(d, "endpoint")
                  .put("description", "new words")
                  .putArray("type")
                  .add("string")
                  .add("null");
            });
    assertThat(result.breaking()).isEmpty();
  }

  @Test
  void removedOption() {
    assertThat(breaking(d -> Fixtures.properties(d).remove("header")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.COMPAT_REMOVED);
              assertThat(p.message()).contains("'header'", "0.1.0");
            });
  }

  @Test
  void renamedOptionIsReportedAsRename() {
    assertThat(
            breaking(
                d -> {
                  ObjectNode props = Fixtures.properties(d);
                  props.set("headers", props.remove("header"));
                }))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.COMPAT_RENAMED);
              assertThat(p.message()).contains("'header'", "'headers'");
              assertThat(p.pointer()).isEqualTo("/schema/properties/headers");
            });
  }

  @Test
  void newlyRequiredAndNewRequiredOptions() {
    List<Problem> problems =
        breaking(
            d -> {
              Fixtures.properties(d)
                  .putObject("topic-key")
                  .put("type", "string")
                  .put("description", "k");
              ((ArrayNode) d.path("schema").path("required")).add("retries").add("topic-key");
            });
    assertThat(problems).extracting(Problem::rule).containsOnly(Rule.COMPAT_REQUIRED);
    assertThat(problems)
        .extracting(Problem::pointer)
        .containsExactly("/schema/properties/retries", "/schema/properties/topic-key");
  }

  @Test
  void narrowingsOfTypeEnumRangeAndPattern() {
    List<Problem> problems =
        breaking(
            d -> {
              Fixtures.option(d, "token").put("type", "string");
              Fixtures.option(d, "method").putArray("enum").add("GET");
              Fixtures.option(d, "retries").put("maximum", 5).put("exclusiveMinimum", 0);
              Fixtures.option(d, "interval").put("pattern", "^[0-9]+s$");
              Fixtures.option(d, "header").withObject("items").put("maxLength", 100);
            });
    assertThat(problems).extracting(Problem::rule).containsOnly(Rule.COMPAT_NARROWED);
    assertThat(problems)
        .extracting(Problem::pointer)
        .containsExactlyInAnyOrder(
            "/schema/properties/token/type",
            "/schema/properties/method/enum",
            "/schema/properties/retries/maximum",
            "/schema/properties/retries/exclusiveMinimum",
            "/schema/properties/interval/pattern",
            "/schema/properties/header/items/maxLength");
    assertThat(problems)
        .filteredOn(p -> p.pointer().endsWith("/enum"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("\"POST\""));
    assertThat(problems)
        .filteredOn(p -> p.pointer().endsWith("/type"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("null"));
  }

  @Test
  void integerToNumberWidensButNumberToIntegerNarrows() {
    assertThat(breaking(d -> Fixtures.option(d, "retries").put("type", "number"))).isEmpty();
    ObjectNode old = Fixtures.edited(d -> Fixtures.option(d, "retries").put("type", "number"));
    assertThat(checker.changes(Fixtures.document(old), Fixtures.document(Fixtures.valid())))
        .extracting(Problem::pointer)
        .containsExactly("/schema/properties/retries/type");
  }

  @Test
  void majorBumpAcceptsBreakingChanges() {
    CompatibilityChecker.Result result =
        compare(
            d -> {
              d.put("version", "1.0.0");
              Fixtures.properties(d).remove("header");
            });
    assertThat(result.breaking()).isEmpty();
    assertThat(result.accepted()).extracting(Problem::rule).containsExactly(Rule.COMPAT_REMOVED);
  }

  @Test
  void minorBumpDoesNotAcceptBreakingChanges() {
    assertThat(
            breaking(
                d -> {
                  d.put("version", "0.2.0");
                  Fixtures.properties(d).remove("header");
                }))
        .hasSize(1);
  }

  @Test
  void directionChangeAndRemovedConnector() {
    assertThat(breaking(d -> d.put("direction", "sink")))
        .extracting(Problem::rule)
        .containsExactly(Rule.COMPAT_DIRECTION);
    List<MetadataDocument> baseline = List.of(Fixtures.document(Fixtures.valid()));
    assertThat(checker.compare(baseline, List.of(), "0.2.0").breaking())
        .extracting(Problem::rule)
        .containsExactly(Rule.COMPAT_CONNECTOR_REMOVED);
    assertThat(checker.compare(baseline, List.of(), "1.0.0").breaking()).isEmpty();
  }

  @Test
  void oldCapitalisedDirectionReadsAsLowerCase() {
    ObjectNode old = Fixtures.edited(d -> d.put("direction", "Source"));
    assertThat(checker.changes(Fixtures.document(old), Fixtures.document(Fixtures.valid())))
        .isEmpty();
  }

  @Test
  void semVerMajor() {
    assertThat(SemVer.majorBumped("0.9.9", "1.0.0-SNAPSHOT")).isTrue();
    assertThat(SemVer.majorBumped("1.2.3", "1.9.0")).isFalse();
    assertThat(SemVer.majorBumped("garbage", "2.0.0")).isFalse();
  }

  @Test
  void typeAddedToAnUntypedOptionAndNestedItemsNarrow() {
    ObjectNode old =
        Fixtures.edited(
            d -> {
              Fixtures.option(d, "endpoint").remove("type");
              Fixtures.option(d, "header").remove("items");
            });
    assertThat(checker.changes(Fixtures.document(old), Fixtures.document(Fixtures.valid())))
        .extracting(Problem::pointer, Problem::message)
        .containsExactlyInAnyOrder(
            tuple(
                "/schema/properties/endpoint/type",
                "option 'endpoint' accepts less: now restricted to type \"string\" (was any"
                    + " type) (since 0.1.0)"),
            tuple(
                "/schema/properties/header/items/type",
                "option 'header' accepts less: now restricted to type \"string\" (was any"
                    + " type) (since 0.1.0)"));
  }

  @Test
  void coordinatesAreToldFromPaths() {
    assertThat(MavenArtifacts.isCoordinates("com.example:http-source:1.0.0")).isTrue();
    assertThat(MavenArtifacts.isCoordinates("com.example:http-source:jar:1.0.0")).isTrue();
    assertThat(MavenArtifacts.isCoordinates("baseline/http-source.json")).isFalse();
    assertThat(MavenArtifacts.isCoordinates("C:\\old\\x.jar")).isFalse();
    assertThat(MavenArtifacts.isCoordinates("com.example:http-source")).isFalse();
  }
}
