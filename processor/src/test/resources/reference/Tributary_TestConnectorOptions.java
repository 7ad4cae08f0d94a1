package io.tributary.examples.testconnector;

import io.tributary.Source;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionTable;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import io.tributary.spi.RecordText;
import java.time.Duration;
import java.util.OptionalLong;
import javax.annotation.processing.Generated;

@Generated("io.tributary.processor.ConnectorProcessor")
public final class Tributary_TestConnectorOptions implements ConnectorDefinition<TestConnectorOptions> {
  private static final ConnectorModel MODEL = OptionTable.load(Tributary_TestConnectorOptions.class);

  @Override
  public ConnectorModel model() {
    return MODEL;
  }

  @Override
  public TestConnectorOptions bind(BoundOptions values) {
    return new TestConnectorOptions(
        values.<OptionalLong>get("count"),
        values.<Duration>get("timeout"));
  }

  @Override
  public String describe(TestConnectorOptions options) {
    return RecordText.of(
        "TestConnectorOptions",
        new String[] {
          "count",
          "timeout"
        },
        new Object[] {
          options.count(),
          options.timeout()
        });
  }

  @Override
  public Source<TestConnectorOptions> newSource() {
    return new TestConnector();
  }
}
