package io.tributary.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogPageWriterTest {
  private final CatalogBuilder.Catalog catalog =
      new CatalogBuilder(Fixtures.SCHEMAS)
          .build(
              List.of(
                  Fixtures.document(
                      Fixtures.edited(
                          d -> {
                            d.put("description", "Polls <b>HTTP</b> & more");
                            Fixtures.option(d, "header")
                                .put("description", "Name:Value | repeatable");
                            Fixtures.option(d, "retries").put("deprecated", true);
                          }))));

  @Test
  void optionRowsDescribeEveryOption() {
    List<OptionRow> rows = OptionRow.of(catalog.connectors().get(0));
    assertThat(rows)
        .extracting(OptionRow::flag)
        .containsExactly(
            "--endpoint", "--interval", "--method", "--retries", "--header", "--token");
    assertThat(rows.get(0))
        .isEqualTo(new OptionRow("--endpoint", "string (uri)", "", true, false, "URL to poll"));
    assertThat(rows.get(2).type()).isEqualTo("string: one of GET, POST");
    assertThat(rows.get(2).defaultValue()).as("as written on the command line").isEqualTo("GET");
    assertThat(rows.get(3).type()).isEqualTo("integer (int32), ≥ 0, ≤ 10");
    assertThat(rows.get(3).description()).startsWith("Deprecated. ");
    assertThat(rows.get(4).type()).isEqualTo("array of string");
    assertThat(rows.get(5))
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo("string, optional");
              assertThat(r.secret()).isTrue();
              assertThat(r.required()).isFalse();
            });
  }

  @Test
  void htmlIsSelfContainedAndEscaped() {
    String html = CatalogPageWriter.html(catalog, "My <connectors>");
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<title>My &lt;connectors&gt;</title>")
        .contains("<section id=\"http-source\">")
        .contains("Polls &lt;b&gt;HTTP&lt;/b&gt; &amp; more")
        .contains(
            "<tr><td><code>--token</code></td><td>string, optional</td><td></td>"
                + "<td>no</td><td>yes</td><td>bearer token sent with each request</td></tr>")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("src=");
  }

  @Test
  void markdownEscapesTableCells() {
    String md = CatalogPageWriter.markdown(catalog, "Connectors");
    assertThat(md)
        .startsWith("# Connectors\n\n- [http-source](#http-source) (source 0.1.0)\n")
        .contains("\n## http-source\n")
        .contains("\nPolls &lt;b&gt;HTTP&lt;/b&gt; &amp; more\n")
        .contains("|Flag|Type|Default|Required|Secret|Description|\n|---|---|---|---|---|---|\n")
        .contains("|`--header`|array of string||no|no|Name:Value \\| repeatable|")
        .contains("|`--interval`|string, matching ^([0-9]+(ms\\|s\\|m\\|h))+$\\|^PT|`10s`|no|no|");
  }

  @Test
  void aDefaultInACodeSpanKeepsItsBackslashesAndEscapesOnlyPipes() {
    CatalogBuilder.Catalog withDelimiter =
        new CatalogBuilder(Fixtures.SCHEMAS)
            .build(
                List.of(
                    Fixtures.document(
                        Fixtures.edited(
                            d -> Fixtures.option(d, "method").put("default", "a|b\\c\n")))));
    // as Bash reads it: $'a|b\\c\n'; in the table the pipe is escaped, the backslashes not
    assertThat(CatalogPageWriter.markdown(withDelimiter, "Connectors"))
        .contains("|`$'a\\|b\\\\c\\n'`|no|no|");
  }

  @Test
  void tributarysValueTypesAreNamedInWordsNotByTheirPattern() {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode duration =
        json.createObjectNode()
            .put("type", "string")
            .put("pattern", io.tributary.schema.OptionType.DURATION_PATTERN);
    assertThat(OptionRow.typeOf(duration)).isEqualTo("duration");
    com.fasterxml.jackson.databind.node.ObjectNode uri =
        json.createObjectNode()
            .put("type", "string")
            .put("format", "uri")
            .put("pattern", io.tributary.schema.OptionType.URI_PATTERN);
    assertThat(OptionRow.typeOf(uri)).isEqualTo("uri");
    com.fasterxml.jackson.databind.node.ObjectNode address =
        json.createObjectNode()
            .put("type", "string")
            .put("pattern", io.tributary.schema.OptionType.SOCKET_ADDRESS_PATTERN);
    assertThat(OptionRow.typeOf(address)).isEqualTo("host:port");
    com.fasterxml.jackson.databind.node.ObjectNode list =
        json.createObjectNode().put("type", "array");
    list.set("items", duration);
    assertThat(OptionRow.typeOf(list)).isEqualTo("array of duration");
  }

  @Test
  void aTypeWithAPatternOfItsOwnIsNamedNotShownAsItsRegex() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.function.Function<io.tributary.schema.OptionType, String> row =
        t -> {
          com.fasterxml.jackson.databind.node.ObjectNode s =
              json.createObjectNode().put("type", "string").put("pattern", t.typePattern());
          if (t.format() != null) {
            s.put("format", t.format());
          }
          return OptionRow.typeOf(s);
        };
    assertThat(row.apply(io.tributary.schema.OptionType.DURATION)).isEqualTo("duration");
    assertThat(row.apply(io.tributary.schema.OptionType.SOCKET_ADDRESS)).isEqualTo("host:port");
    assertThat(row.apply(io.tributary.schema.OptionType.URL)).isEqualTo("url");
    assertThat(
            OptionRow.typeOf(
                json.readTree("{\"type\":\"string\",\"pattern\":\"^[a-z]+$\",\"minLength\":2}")))
        .isEqualTo("string, length ≥ 2, matching ^[a-z]+$");
  }
}
