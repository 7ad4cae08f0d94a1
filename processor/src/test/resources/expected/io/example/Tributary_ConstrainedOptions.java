package io.example;

import io.tributary.Sink;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionTable;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import io.tributary.spi.RecordText;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        values.<Integer>get("retries"),
        values.<Long>get("renamed"),
        values.<Optional<Integer>>get("offset"),
        values.<Integer>get("below"),
        values.<Short>get("at-most"),
        values.<BigDecimal>get("ratio"),
        values.<String>get("code"),
        values.<String>get("word"),
        values.<String>get("sentence"),
        values.<String>get("non-empty"),
        values.<Optional<String>>get("contact"),
        values.<List<Integer>>get("ports"),
        values.<Set<String>>get("names"),
        values.<Map<String, Integer>>get("weights"),
        values.<Optional<String>>get("short-code"),
        values.<String>get("password"),
        values.<Optional<String>>get("api-key"),
        values.<Duration>get("old-timeout"),
        values.<AllTypesOptions.Mode>enumList("mode-order", AllTypesOptions.Mode.values()),
        values.<Boolean>get("enabled"));
  }

  @Override
  public String describe(ConstrainedOptions options) {
    return RecordText.of(
        "ConstrainedOptions",
        new String[] {
          "retries",
          "ignored",
          "offset",
          "below",
          "atMost",
          "ratio",
          "code",
          "word",
          "sentence",
          "nonEmpty",
          "contact",
          "ports",
          "names",
          "weights",
          "shortCode",
          "password",
          "apiKey",
          "oldTimeout",
          "modeOrder",
          "enabled"
        },
        new Object[] {
          options.retries(),
          options.ignored(),
          options.offset(),
          options.below(),
          options.atMost(),
          options.ratio(),
          options.code(),
          options.word(),
          options.sentence(),
          options.nonEmpty(),
          options.contact(),
          options.ports(),
          options.names(),
          options.weights(),
          options.shortCode(),
          "****",
          "****",
          options.oldTimeout(),
          options.modeOrder(),
          options.enabled()
        });
  }

  @Override
  public Sink<ConstrainedOptions> newSink() {
    return new ConstrainedSink();
  }
}
