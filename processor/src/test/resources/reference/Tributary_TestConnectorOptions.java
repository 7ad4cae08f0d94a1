package io.tributary.examples.testconnector;

import static io.tributary.spi.OptionSpecs.SINGLE;
import static io.tributary.spi.OptionSpecs.option;

import io.tributary.Direction;
import io.tributary.Source;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.Constraints;
import io.tributary.schema.Container;
import io.tributary.schema.OptionModel;
import io.tributary.schema.OptionType;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import java.util.List;
import javax.annotation.processing.Generated;
import picocli.CommandLine.Model.CommandSpec;

@Generated("io.tributary.processor.ConnectorProcessor")
public final class Tributary_TestConnectorOptions implements ConnectorDefinition<TestConnectorOptions> {
  private static final ConnectorModel MODEL = new ConnectorModel(
      "test-connector",
      Direction.SOURCE,
      "0.1.0",
      "Produces the records \"Hello, Fluvio - 1\", \"Hello, Fluvio - 2\", ... at a fixed pace; a port of Fluvio's test-connector.",
      "TestConnectorOptions",
      List.of(
          OptionModel.builder("count", OptionType.LONG)
              .container(Container.OPTIONAL_LONG)
              .description("number of records to produce; without it the connector runs until stopped")
              .constraints(Constraints.builder().exclusiveMinimum("0").build())
              .build(),
          OptionModel.builder("timeout", OptionType.DURATION)
              .defaultValue("1s")
              .description("time to wait between two records")
              .examples("250ms", "2s")
              .build()));

  @Override
  public ConnectorModel model() {
    return MODEL;
  }

  @Override
  public void addOptions(CommandSpec spec) {
    spec.addOption(option("--count", "<integer>", SINGLE, "number of records to produce; without it the connector runs until stopped"));
    spec.addOption(option("--timeout", "<duration>", SINGLE, "time to wait between two records (default: 1s)"));
  }

  @Override
  public TestConnectorOptions bind(BoundOptions values) {
    return new TestConnectorOptions(
        values.get("count"),
        values.get("timeout"));
  }

  @Override
  public String describe(TestConnectorOptions options) {
    return "TestConnectorOptions[count=" + options.count() + ", timeout=" + options.timeout() + "]";
  }

  @Override
  public Source<TestConnectorOptions> newSource() {
    return new TestConnector();
  }
}
