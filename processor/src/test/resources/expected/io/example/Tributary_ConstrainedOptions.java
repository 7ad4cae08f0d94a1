package io.example;

import io.tributary.Sink;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionTable;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import javax.annotation.processing.Generated;

@Generated("io.tributary.processor.ConnectorProcessor")
@SuppressWarnings("deprecation")
public final class Tributary_ConstrainedOptions implements ConnectorDefinition<ConstrainedOptions> {
  private static final ConnectorModel MODEL = OptionTable.load(Tributary_ConstrainedOptions.class);

  @Override
  public ConnectorModel model() {
    return MODEL;
  }

  @Override
  public ConstrainedOptions bind(BoundOptions values) {
    return new ConstrainedOptions(
        values.get("retries"),
        values.get("renamed"),
        values.get("offset"),
        values.get("below"),
        values.get("at-most"),
        values.get("ratio"),
        values.get("code"),
        values.get("word"),
        values.get("sentence"),
        values.get("non-empty"),
        values.get("contact"),
        values.get("ports"),
        values.get("names"),
        values.get("weights"),
        values.get("short-code"),
        values.get("password"),
        values.get("api-key"),
        values.get("old-timeout"),
        values.enumList("mode-order", AllTypesOptions.Mode::valueOf),
        values.get("enabled"));
  }

  @Override
  public String describe(ConstrainedOptions options) {
    return "ConstrainedOptions[retries=" + options.retries() + ", ignored=" + options.ignored() +
        ", offset=" + options.offset() + ", below=" + options.below() +
        ", atMost=" + options.atMost() + ", ratio=" + options.ratio() + ", code=" + options.code() +
        ", word=" + options.word() + ", sentence=" + options.sentence() +
        ", nonEmpty=" + options.nonEmpty() + ", contact=" + options.contact() +
        ", ports=" + options.ports() + ", names=" + options.names() +
        ", weights=" + options.weights() + ", shortCode=" + options.shortCode() +
        ", password=****" + ", apiKey=****" + ", oldTimeout=" + options.oldTimeout() +
        ", modeOrder=" + options.modeOrder() + ", enabled=" + options.enabled() + "]";
  }

  @Override
  public Sink<ConstrainedOptions> newSink() {
    return new ConstrainedSink();
  }
}
