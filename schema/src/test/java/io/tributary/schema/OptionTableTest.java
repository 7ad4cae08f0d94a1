package io.tributary.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.Direction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionTableTest {
  private static ConnectorModel connector(List<OptionModel> options) {
    return new ConnectorModel(
        "x-sink",
        Direction.SINK,
        "1.2.3-rc.1",
        "Writes rows.\tTabbed, \\ backslashed,\nmulti-line.",
        "XOptions",
        options);
  }

  /** Every field of the model, with the characters the format escapes. */
  private static List<OptionModel> everything() {
    List<OptionModel> options = new ArrayList<>(SchemaAgreementTest.OPTIONS);
    options.add(
        OptionModel.builder("all", OptionType.STRING)
            .container(Container.MAP)
            .defaultValue("a=1,b=\\t\t2")
            .description("Line one\nline two\r\n100%")
            .secret()
            .deprecated()
            .examples("k=v", "", "x=y=z")
            .aliases("every", "all-of-it")
            .constraints(Constraints.builder().minItems(1).maxItems(9).build())
            .itemConstraints(
                Constraints.builder()
                    .minLength(0)
                    .maxLength(10)
                    .pattern("^a=b\\t$")
                    .email()
                    .build())
            .build());
    options.add(
        OptionModel.builder("numbers", OptionType.DECIMAL)
            .container(Container.LIST)
            .constraints(Constraints.builder().minItems(0).build())
            .itemConstraints(
                Constraints.builder()
                    .minimum("1.50")
                    .exclusiveMinimum("-0.0")
                    .maximum("1E+3")
                    .exclusiveMaximum("12345678901234567890.5")
                    .build())
            .build());
    options.add(
        OptionModel.builder("modes", OptionType.ENUM)
            .container(Container.SET)
            .enumValues("SLOW", "FAST")
            .defaultValue("")
            .build());
    return options;
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualModel() {
    ConnectorModel model = connector(everything());
    String table = OptionTable.write(model);
    assertThat(OptionTable.read(table)).isEqualTo(model);
    assertThat(OptionTable.write(OptionTable.read(table))).isEqualTo(table);
  }

  @Test
  void aConnectorWithoutOptions() {
    ConnectorModel model = connector(List.of());
    assertThat(OptionTable.read(OptionTable.write(model))).isEqualTo(model);
  }

  @Test
  void oneEntryALineEscapingOnlyTabsNewlinesAndBackslashes() {
    String table =
        OptionTable.write(
            connector(
                List.of(
                    OptionModel.builder("retries", OptionType.INT)
                        .defaultValue("3")
                        .description("how often to retry")
                        .aliases("attempts")
                        .constraints(Constraints.builder().minimum("0").maximum("10").build())
                        .build())));
    assertThat(table)
        .isEqualTo(
            """
        tributary-options\t1
        connector\tx-sink\tSINK\t1.2.3-rc.1\tXOptions\tWrites rows.\\tTabbed, \\\\ backslashed,\\nmulti-line.
        option\tretries\tINT\tSCALAR
        default\t3
        description\thow often to retry
        aliases\tattempts
        constraints\tminimum=0\tmaximum=10
        """);
  }

  @Test
  void aMalformedTableNamesTheSourceAndLine() {
    assertThatThrownBy(() -> OptionTable.read("tributary-options\t2\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the table line 1: expected the header");
    assertThatThrownBy(
            () ->
                OptionTable.read(
                    "tributary-options\t1\nconnector\tx\tSOURCE\t1\tX\tD\noption\tx\tNO_SUCH_TYPE\tSCALAR\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the table line 3: ");
    assertThatThrownBy(
            () ->
                OptionTable.read(
                    "tributary-options\t1\nconnector\tx\tSOURCE\t1\tX\tD\ndefault\t1\n"))
        .hasMessage("the table line 3: an option's entry before any option line");
    assertThatThrownBy(
            () ->
                OptionTable.read(
                    "tributary-options\t1\nconnector\tx\tSOURCE\t1\tX\tD\noption\tx\tINT\tSCALAR\n"
                        + "constraints\tnearly=1\n"))
        .hasMessage("the table line 4: unknown constraint \"nearly=1\"");
    assertThatThrownBy(() -> OptionTable.read("tributary-options\t1\n"))
        .hasMessage("the table line 1: no connector line");
  }

  @Test
  void loadsTheTableNamedAfterTheDefinitionClass() {
    assertThat(OptionTable.resourcePath("p.Tributary_Outer_Inner"))
        .isEqualTo("META-INF/tributary/options/p.Tributary_Outer_Inner.table");
    assertThatThrownBy(() -> OptionTable.load(OptionTableTest.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "META-INF/tributary/options/io.tributary.schema.OptionTableTest" + ".table");
  }
}
