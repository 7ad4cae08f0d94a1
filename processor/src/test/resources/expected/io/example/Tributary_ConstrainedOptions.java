package io.example;

import static io.tributary.spi.OptionSpecs.BOOLEAN_FLAG;
import static io.tributary.spi.OptionSpecs.HIDDEN;
import static io.tributary.spi.OptionSpecs.REPEATABLE;
import static io.tributary.spi.OptionSpecs.SINGLE;
import static io.tributary.spi.OptionSpecs.option;

import io.tributary.Direction;
import io.tributary.Sink;
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
@SuppressWarnings("deprecation")
public final class Tributary_ConstrainedOptions implements ConnectorDefinition<ConstrainedOptions> {
  private static final ConnectorModel MODEL = new ConnectorModel(
      "constrained",
      Direction.SINK,
      "2.0.0-explicit",
      "Exercises every constraint, secrets, deprecation and examples.",
      "ConstrainedOptions",
      List.of(
          OptionModel.builder("retries", OptionType.INT)
              .defaultValue("3")
              .description("how often to retry")
              .examples("0", "10")
              .constraints(Constraints.builder().minimum("0").maximum("10").build())
              .aliases("attempts", "max-attempts")
              .build(),
          OptionModel.builder("renamed", OptionType.LONG)
              .description("explicit description")
              .constraints(Constraints.builder().exclusiveMinimum("0").build())
              .build(),
          OptionModel.builder("offset", OptionType.INT)
              .container(Container.OPTIONAL)
              .constraints(Constraints.builder().minimum("0").build())
              .build(),
          OptionModel.builder("below", OptionType.INT)
              .constraints(Constraints.builder().exclusiveMaximum("0").build())
              .build(),
          OptionModel.builder("at-most", OptionType.SHORT)
              .constraints(Constraints.builder().maximum("0").build())
              .build(),
          OptionModel.builder("ratio", OptionType.DECIMAL)
              .constraints(Constraints.builder().exclusiveMinimum("0.5").maximum("99.5").build())
              .build(),
          OptionModel.builder("code", OptionType.STRING)
              .defaultValue("abc")
              .constraints(Constraints.builder().minLength(2).maxLength(8).build())
              .build(),
          OptionModel.builder("word", OptionType.STRING)
              .constraints(Constraints.builder().pattern("^(?:[a-z]+)$").build())
              .build(),
          OptionModel.builder("sentence", OptionType.STRING)
              .constraints(Constraints.builder().minLength(1).pattern("^(?=(?:[a-z ]+)$)(?=[\\s\\S]*\\S)").build())
              .build(),
          OptionModel.builder("non-empty", OptionType.STRING)
              .constraints(Constraints.builder().minLength(1).build())
              .build(),
          OptionModel.builder("contact", OptionType.STRING)
              .container(Container.OPTIONAL)
              .constraints(Constraints.builder().email().build())
              .build(),
          OptionModel.builder("ports", OptionType.INT)
              .container(Container.LIST)
              .constraints(Constraints.builder().minItems(1).maxItems(3).build())
              .itemConstraints(Constraints.builder().minimum("1").maximum("65535").build())
              .build(),
          OptionModel.builder("names", OptionType.STRING)
              .container(Container.SET)
              .constraints(Constraints.builder().minItems(1).build())
              .itemConstraints(Constraints.builder().minLength(1).pattern("\\S").build())
              .build(),
          OptionModel.builder("weights", OptionType.INT)
              .container(Container.MAP)
              .defaultValue("a=1,b=2")
              .constraints(Constraints.builder().maxItems(4).build())
              .itemConstraints(Constraints.builder().exclusiveMinimum("0").build())
              .build(),
          OptionModel.builder("short-code", OptionType.STRING)
              .container(Container.OPTIONAL)
              .constraints(Constraints.builder().maxLength(3).build())
              .build(),
          OptionModel.builder("password", OptionType.STRING)
              .secret()
              .build(),
          OptionModel.builder("api-key", OptionType.STRING)
              .container(Container.OPTIONAL)
              .secret()
              .build(),
          OptionModel.builder("old-timeout", OptionType.DURATION)
              .defaultValue("10s")
              .deprecated()
              .examples("1m30s", "PT5S")
              .build(),
          OptionModel.builder("mode-order", OptionType.ENUM)
              .container(Container.LIST)
              .defaultValue("FAST,SLOW")
              .enumValues("SLOW", "FAST")
              .build(),
          OptionModel.builder("enabled", OptionType.BOOLEAN)
              .defaultValue("true")
              .build()));

  @Override
  public ConnectorModel model() {
    return MODEL;
  }

  @Override
  public void addOptions(CommandSpec spec) {
    spec.addOption(option("--retries", "<integer>", SINGLE, "how often to retry (default: 3)", "--attempts", "--max-attempts"));
    spec.addOption(option("--renamed", "<integer>", SINGLE, "explicit description (required)"));
    spec.addOption(option("--offset", "<integer>", SINGLE, ""));
    spec.addOption(option("--below", "<integer>", SINGLE, "(required)"));
    spec.addOption(option("--at-most", "<integer>", SINGLE, "(required)"));
    spec.addOption(option("--ratio", "<number>", SINGLE, "(required)"));
    spec.addOption(option("--code", "<string>", SINGLE, "(default: abc)"));
    spec.addOption(option("--word", "<string>", SINGLE, "(required)"));
    spec.addOption(option("--sentence", "<string>", SINGLE, "(required)"));
    spec.addOption(option("--non-empty", "<string>", SINGLE, "(required)"));
    spec.addOption(option("--contact", "<string>", SINGLE, ""));
    spec.addOption(option("--ports", "<integer>", REPEATABLE, ""));
    spec.addOption(option("--names", "<string>", REPEATABLE, ""));
    spec.addOption(option("--weights", "<key=value>", REPEATABLE, "(default: a=1,b=2)"));
    spec.addOption(option("--short-code", "<string>", SINGLE, ""));
    spec.addOption(option("--password", "<string>", SINGLE, "(required)"));
    spec.addOption(option("--api-key", "<string>", SINGLE, ""));
    spec.addOption(option("--old-timeout", "<duration>", SINGLE | HIDDEN, "(default: 10s)"));
    spec.addOption(option("--mode-order", "<SLOW|FAST>", REPEATABLE, "(default: FAST,SLOW)"));
    spec.addOption(option("--enabled", "<true|false>", BOOLEAN_FLAG, "(default: true)"));
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
