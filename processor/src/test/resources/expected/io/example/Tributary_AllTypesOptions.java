package io.example;

import static io.tributary.spi.OptionSpecs.BOOLEAN_FLAG;
import static io.tributary.spi.OptionSpecs.REPEATABLE;
import static io.tributary.spi.OptionSpecs.SINGLE;
import static io.tributary.spi.OptionSpecs.option;

import io.tributary.Direction;
import io.tributary.Source;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.Container;
import io.tributary.schema.OptionModel;
import io.tributary.schema.OptionType;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import java.util.List;
import javax.annotation.processing.Generated;
import picocli.CommandLine.Model.CommandSpec;

@Generated("io.tributary.processor.ConnectorProcessor")
public final class Tributary_AllTypesOptions implements ConnectorDefinition<AllTypesOptions> {
  private static final ConnectorModel MODEL = new ConnectorModel(
      "all-types",
      Direction.SOURCE,
      "1.2.3",
      "Exercises every supported option type; uses <b>HTML</b> and durations in its description.",
      "AllTypesOptions",
      List.of(
          OptionModel.builder("text", OptionType.STRING)
              .description("a string, 100% text")
              .build(),
          OptionModel.builder("primitive-int", OptionType.INT)
              .description("an int")
              .build(),
          OptionModel.builder("boxed-int", OptionType.INT)
              .description("an Integer")
              .build(),
          OptionModel.builder("primitive-long", OptionType.LONG)
              .description("a long")
              .build(),
          OptionModel.builder("boxed-long", OptionType.LONG)
              .description("a Long")
              .build(),
          OptionModel.builder("primitive-short", OptionType.SHORT)
              .description("a short")
              .build(),
          OptionModel.builder("boxed-short", OptionType.SHORT)
              .description("a Short")
              .build(),
          OptionModel.builder("primitive-byte", OptionType.BYTE)
              .description("a byte")
              .build(),
          OptionModel.builder("boxed-byte", OptionType.BYTE)
              .description("a Byte")
              .build(),
          OptionModel.builder("primitive-double", OptionType.DOUBLE)
              .description("a double")
              .build(),
          OptionModel.builder("boxed-double", OptionType.DOUBLE)
              .description("a Double")
              .build(),
          OptionModel.builder("primitive-float", OptionType.FLOAT)
              .description("a float")
              .build(),
          OptionModel.builder("boxed-float", OptionType.FLOAT)
              .description("a Float")
              .build(),
          OptionModel.builder("decimal", OptionType.DECIMAL)
              .description("a BigDecimal")
              .build(),
          OptionModel.builder("flag", OptionType.BOOLEAN)
              .description("a boolean flag")
              .build(),
          OptionModel.builder("boxed-flag", OptionType.BOOLEAN)
              .description("a Boolean flag")
              .build(),
          OptionModel.builder("mode", OptionType.ENUM)
              .defaultValue("FAST")
              .description("an enum with a default")
              .enumValues("SLOW", "FAST")
              .build(),
          OptionModel.builder("interval", OptionType.DURATION)
              .description("a Duration")
              .build(),
          OptionModel.builder("endpoint", OptionType.URI)
              .description("a URI")
              .build(),
          OptionModel.builder("url", OptionType.URL)
              .description("a URL")
              .build(),
          OptionModel.builder("file", OptionType.PATH)
              .description("a Path")
              .build(),
          OptionModel.builder("address", OptionType.SOCKET_ADDRESS)
              .description("an InetSocketAddress")
              .build(),
          OptionModel.builder("since", OptionType.INSTANT)
              .defaultValue("2024-01-01T00:00:00Z")
              .description("an Instant with a default")
              .build(),
          OptionModel.builder("maybe-text", OptionType.STRING)
              .container(Container.OPTIONAL)
              .description("an Optional String")
              .build(),
          OptionModel.builder("maybe-number", OptionType.INT)
              .container(Container.OPTIONAL)
              .description("an Optional Integer")
              .build(),
          OptionModel.builder("maybe-mode", OptionType.ENUM)
              .container(Container.OPTIONAL)
              .description("an Optional enum")
              .enumValues("SLOW", "FAST")
              .build(),
          OptionModel.builder("maybe-int", OptionType.INT)
              .container(Container.OPTIONAL_INT)
              .description("an OptionalInt")
              .build(),
          OptionModel.builder("maybe-long", OptionType.LONG)
              .container(Container.OPTIONAL_LONG)
              .description("an OptionalLong")
              .build(),
          OptionModel.builder("maybe-double", OptionType.DOUBLE)
              .container(Container.OPTIONAL_DOUBLE)
              .description("an OptionalDouble")
              .build(),
          OptionModel.builder("tags", OptionType.STRING)
              .container(Container.LIST)
              .description("a List of String, repeatable")
              .build(),
          OptionModel.builder("modes", OptionType.ENUM)
              .container(Container.LIST)
              .description("a List of enum")
              .enumValues("SLOW", "FAST")
              .build(),
          OptionModel.builder("ports", OptionType.INT)
              .container(Container.SET)
              .description("a Set of Integer")
              .build(),
          OptionModel.builder("mode-set", OptionType.ENUM)
              .container(Container.SET)
              .description("a Set of enum")
              .enumValues("SLOW", "FAST")
              .build(),
          OptionModel.builder("labels", OptionType.STRING)
              .container(Container.MAP)
              .description("a Map of String")
              .build(),
          OptionModel.builder("mode-map", OptionType.ENUM)
              .container(Container.MAP)
              .description("a Map of enum")
              .enumValues("SLOW", "FAST")
              .build(),
          OptionModel.builder("timeouts", OptionType.DURATION)
              .container(Container.MAP)
              .description("a Map of Duration")
              .build(),
          OptionModel.builder("url-path", OptionType.STRING)
              .container(Container.OPTIONAL)
              .description("an acronym, kebab-cased")
              .build()));

  @Override
  public ConnectorModel model() {
    return MODEL;
  }

  @Override
  public void addOptions(CommandSpec spec) {
    spec.addOption(option("--text", "<string>", SINGLE, "a string, 100%% text (required)"));
    spec.addOption(option("--primitive-int", "<integer>", SINGLE, "an int (required)"));
    spec.addOption(option("--boxed-int", "<integer>", SINGLE, "an Integer (required)"));
    spec.addOption(option("--primitive-long", "<integer>", SINGLE, "a long (required)"));
    spec.addOption(option("--boxed-long", "<integer>", SINGLE, "a Long (required)"));
    spec.addOption(option("--primitive-short", "<integer>", SINGLE, "a short (required)"));
    spec.addOption(option("--boxed-short", "<integer>", SINGLE, "a Short (required)"));
    spec.addOption(option("--primitive-byte", "<integer>", SINGLE, "a byte (required)"));
    spec.addOption(option("--boxed-byte", "<integer>", SINGLE, "a Byte (required)"));
    spec.addOption(option("--primitive-double", "<number>", SINGLE, "a double (required)"));
    spec.addOption(option("--boxed-double", "<number>", SINGLE, "a Double (required)"));
    spec.addOption(option("--primitive-float", "<number>", SINGLE, "a float (required)"));
    spec.addOption(option("--boxed-float", "<number>", SINGLE, "a Float (required)"));
    spec.addOption(option("--decimal", "<number>", SINGLE, "a BigDecimal (required)"));
    spec.addOption(option("--flag", "<true|false>", BOOLEAN_FLAG, "a boolean flag"));
    spec.addOption(option("--boxed-flag", "<true|false>", BOOLEAN_FLAG, "a Boolean flag"));
    spec.addOption(option("--mode", "<SLOW|FAST>", SINGLE, "an enum with a default (default: FAST)"));
    spec.addOption(option("--interval", "<duration>", SINGLE, "a Duration (required)"));
    spec.addOption(option("--endpoint", "<uri>", SINGLE, "a URI (required)"));
    spec.addOption(option("--url", "<url>", SINGLE, "a URL (required)"));
    spec.addOption(option("--file", "<path>", SINGLE, "a Path (required)"));
    spec.addOption(option("--address", "<host:port>", SINGLE, "an InetSocketAddress (required)"));
    spec.addOption(option("--since", "<instant>", SINGLE, "an Instant with a default (default: 2024-01-01T00:00:00Z)"));
    spec.addOption(option("--maybe-text", "<string>", SINGLE, "an Optional String"));
    spec.addOption(option("--maybe-number", "<integer>", SINGLE, "an Optional Integer"));
    spec.addOption(option("--maybe-mode", "<SLOW|FAST>", SINGLE, "an Optional enum"));
    spec.addOption(option("--maybe-int", "<integer>", SINGLE, "an OptionalInt"));
    spec.addOption(option("--maybe-long", "<integer>", SINGLE, "an OptionalLong"));
    spec.addOption(option("--maybe-double", "<number>", SINGLE, "an OptionalDouble"));
    spec.addOption(option("--tags", "<string>", REPEATABLE, "a List of String, repeatable"));
    spec.addOption(option("--modes", "<SLOW|FAST>", REPEATABLE, "a List of enum"));
    spec.addOption(option("--ports", "<integer>", REPEATABLE, "a Set of Integer"));
    spec.addOption(option("--mode-set", "<SLOW|FAST>", REPEATABLE, "a Set of enum"));
    spec.addOption(option("--labels", "<key=value>", REPEATABLE, "a Map of String"));
    spec.addOption(option("--mode-map", "<key=value>", REPEATABLE, "a Map of enum"));
    spec.addOption(option("--timeouts", "<key=value>", REPEATABLE, "a Map of Duration"));
    spec.addOption(option("--url-path", "<string>", SINGLE, "an acronym, kebab-cased"));
  }

  @Override
  public AllTypesOptions bind(BoundOptions values) {
    return new AllTypesOptions(
        values.get("text"),
        values.get("primitive-int"),
        values.get("boxed-int"),
        values.get("primitive-long"),
        values.get("boxed-long"),
        values.get("primitive-short"),
        values.get("boxed-short"),
        values.get("primitive-byte"),
        values.get("boxed-byte"),
        values.get("primitive-double"),
        values.get("boxed-double"),
        values.get("primitive-float"),
        values.get("boxed-float"),
        values.get("decimal"),
        values.get("flag"),
        values.get("boxed-flag"),
        values.enumValue("mode", AllTypesOptions.Mode::valueOf),
        values.get("interval"),
        values.get("endpoint"),
        values.get("url"),
        values.get("file"),
        values.get("address"),
        values.get("since"),
        values.get("maybe-text"),
        values.get("maybe-number"),
        values.optionalEnum("maybe-mode", AllTypesOptions.Mode::valueOf),
        values.get("maybe-int"),
        values.get("maybe-long"),
        values.get("maybe-double"),
        values.get("tags"),
        values.enumList("modes", AllTypesOptions.Mode::valueOf),
        values.get("ports"),
        values.enumSet("mode-set", AllTypesOptions.Mode::valueOf),
        values.get("labels"),
        values.enumMap("mode-map", AllTypesOptions.Mode::valueOf),
        values.get("timeouts"),
        values.get("url-path"));
  }

  @Override
  public String describe(AllTypesOptions options) {
    return "AllTypesOptions[text=" + options.text() + ", primitiveInt=" + options.primitiveInt() +
        ", boxedInt=" + options.boxedInt() + ", primitiveLong=" + options.primitiveLong() +
        ", boxedLong=" + options.boxedLong() + ", primitiveShort=" + options.primitiveShort() +
        ", boxedShort=" + options.boxedShort() + ", primitiveByte=" + options.primitiveByte() +
        ", boxedByte=" + options.boxedByte() + ", primitiveDouble=" + options.primitiveDouble() +
        ", boxedDouble=" + options.boxedDouble() + ", primitiveFloat=" + options.primitiveFloat() +
        ", boxedFloat=" + options.boxedFloat() + ", decimal=" + options.decimal() +
        ", flag=" + options.flag() + ", boxedFlag=" + options.boxedFlag() +
        ", mode=" + options.mode() + ", interval=" + options.interval() +
        ", endpoint=" + options.endpoint() + ", url=" + options.url() + ", file=" + options.file() +
        ", address=" + options.address() + ", since=" + options.since() +
        ", maybeText=" + options.maybeText() + ", maybeNumber=" + options.maybeNumber() +
        ", maybeMode=" + options.maybeMode() + ", maybeInt=" + options.maybeInt() +
        ", maybeLong=" + options.maybeLong() + ", maybeDouble=" + options.maybeDouble() +
        ", tags=" + options.tags() + ", modes=" + options.modes() + ", ports=" + options.ports() +
        ", modeSet=" + options.modeSet() + ", labels=" + options.labels() +
        ", modeMap=" + options.modeMap() + ", timeouts=" + options.timeouts() +
        ", URLPath=" + options.URLPath() + "]";
  }

  @Override
  public Source<AllTypesOptions> newSource() {
    return new AllTypesSource();
  }
}
