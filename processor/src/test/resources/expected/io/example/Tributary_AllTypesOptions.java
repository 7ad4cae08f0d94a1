package io.example;

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
import picocli.CommandLine.Model.OptionSpec;

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
    spec.addOption(OptionSpec.builder("--text")
        .paramLabel("<string>")
        .type(String.class)
        .description("a string, 100%% text")
        .build());
    spec.addOption(OptionSpec.builder("--primitive-int")
        .paramLabel("<integer>")
        .type(String.class)
        .description("an int")
        .build());
    spec.addOption(OptionSpec.builder("--boxed-int")
        .paramLabel("<integer>")
        .type(String.class)
        .description("an Integer")
        .build());
    spec.addOption(OptionSpec.builder("--primitive-long")
        .paramLabel("<integer>")
        .type(String.class)
        .description("a long")
        .build());
    spec.addOption(OptionSpec.builder("--boxed-long")
        .paramLabel("<integer>")
        .type(String.class)
        .description("a Long")
        .build());
    spec.addOption(OptionSpec.builder("--primitive-short")
        .paramLabel("<integer>")
        .type(String.class)
        .description("a short")
        .build());
    spec.addOption(OptionSpec.builder("--boxed-short")
        .paramLabel("<integer>")
        .type(String.class)
        .description("a Short")
        .build());
    spec.addOption(OptionSpec.builder("--primitive-byte")
        .paramLabel("<integer>")
        .type(String.class)
        .description("a byte")
        .build());
    spec.addOption(OptionSpec.builder("--boxed-byte")
        .paramLabel("<integer>")
        .type(String.class)
        .description("a Byte")
        .build());
    spec.addOption(OptionSpec.builder("--primitive-double")
        .paramLabel("<number>")
        .type(String.class)
        .description("a double")
        .build());
    spec.addOption(OptionSpec.builder("--boxed-double")
        .paramLabel("<number>")
        .type(String.class)
        .description("a Double")
        .build());
    spec.addOption(OptionSpec.builder("--primitive-float")
        .paramLabel("<number>")
        .type(String.class)
        .description("a float")
        .build());
    spec.addOption(OptionSpec.builder("--boxed-float")
        .paramLabel("<number>")
        .type(String.class)
        .description("a Float")
        .build());
    spec.addOption(OptionSpec.builder("--decimal")
        .paramLabel("<number>")
        .type(String.class)
        .description("a BigDecimal")
        .build());
    spec.addOption(OptionSpec.builder("--flag")
        .paramLabel("<boolean>")
        .type(String.class)
        .arity("0..1")
        .fallbackValue("true")
        .description("a boolean flag")
        .build());
    spec.addOption(OptionSpec.builder("--boxed-flag")
        .paramLabel("<boolean>")
        .type(String.class)
        .arity("0..1")
        .fallbackValue("true")
        .description("a Boolean flag")
        .build());
    spec.addOption(OptionSpec.builder("--mode")
        .paramLabel("<value>")
        .type(String.class)
        .description("an enum with a default (default: FAST)")
        .build());
    spec.addOption(OptionSpec.builder("--interval")
        .paramLabel("<duration>")
        .type(String.class)
        .description("a Duration")
        .build());
    spec.addOption(OptionSpec.builder("--endpoint")
        .paramLabel("<uri>")
        .type(String.class)
        .description("a URI")
        .build());
    spec.addOption(OptionSpec.builder("--url")
        .paramLabel("<url>")
        .type(String.class)
        .description("a URL")
        .build());
    spec.addOption(OptionSpec.builder("--file")
        .paramLabel("<path>")
        .type(String.class)
        .description("a Path")
        .build());
    spec.addOption(OptionSpec.builder("--address")
        .paramLabel("<host:port>")
        .type(String.class)
        .description("an InetSocketAddress")
        .build());
    spec.addOption(OptionSpec.builder("--maybe-text")
        .paramLabel("<string>")
        .type(String.class)
        .description("an Optional String")
        .build());
    spec.addOption(OptionSpec.builder("--maybe-number")
        .paramLabel("<integer>")
        .type(String.class)
        .description("an Optional Integer")
        .build());
    spec.addOption(OptionSpec.builder("--maybe-mode")
        .paramLabel("<value>")
        .type(String.class)
        .description("an Optional enum")
        .build());
    spec.addOption(OptionSpec.builder("--maybe-int")
        .paramLabel("<integer>")
        .type(String.class)
        .description("an OptionalInt")
        .build());
    spec.addOption(OptionSpec.builder("--maybe-long")
        .paramLabel("<integer>")
        .type(String.class)
        .description("an OptionalLong")
        .build());
    spec.addOption(OptionSpec.builder("--maybe-double")
        .paramLabel("<number>")
        .type(String.class)
        .description("an OptionalDouble")
        .build());
    spec.addOption(OptionSpec.builder("--tags")
        .paramLabel("<string>")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description("a List of String, repeatable")
        .build());
    spec.addOption(OptionSpec.builder("--modes")
        .paramLabel("<value>")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description("a List of enum")
        .build());
    spec.addOption(OptionSpec.builder("--ports")
        .paramLabel("<integer>")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description("a Set of Integer")
        .build());
    spec.addOption(OptionSpec.builder("--mode-set")
        .paramLabel("<value>")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description("a Set of enum")
        .build());
    spec.addOption(OptionSpec.builder("--labels")
        .paramLabel("<key=value>")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description("a Map of String")
        .build());
    spec.addOption(OptionSpec.builder("--mode-map")
        .paramLabel("<key=value>")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description("a Map of enum")
        .build());
    spec.addOption(OptionSpec.builder("--timeouts")
        .paramLabel("<key=value>")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description("a Map of Duration")
        .build());
    spec.addOption(OptionSpec.builder("--url-path")
        .paramLabel("<string>")
        .type(String.class)
        .description("an acronym, kebab-cased")
        .build());
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
        ", address=" + options.address() + ", maybeText=" + options.maybeText() +
        ", maybeNumber=" + options.maybeNumber() + ", maybeMode=" + options.maybeMode() +
        ", maybeInt=" + options.maybeInt() + ", maybeLong=" + options.maybeLong() +
        ", maybeDouble=" + options.maybeDouble() + ", tags=" + options.tags() +
        ", modes=" + options.modes() + ", ports=" + options.ports() +
        ", modeSet=" + options.modeSet() + ", labels=" + options.labels() +
        ", modeMap=" + options.modeMap() + ", timeouts=" + options.timeouts() +
        ", URLPath=" + options.URLPath() + "]";
  }

  @Override
  public Source<AllTypesOptions> newSource() {
    return new AllTypesSource();
  }
}
