package io.example;

import io.tributary.Source;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionTable;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import io.tributary.spi.RecordText;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import javax.annotation.processing.Generated;

@Generated("io.tributary.processor.ConnectorProcessor")
public final class Tributary_AllTypesOptions implements ConnectorDefinition<AllTypesOptions> {
  private static final ConnectorModel MODEL = OptionTable.load(Tributary_AllTypesOptions.class);

  @Override
  public ConnectorModel model() {
    return MODEL;
  }

  @Override
  public AllTypesOptions bind(BoundOptions values) {
    return new AllTypesOptions(
        values.<String>get("text"),
        values.<Integer>get("primitive-int"),
        values.<Integer>get("boxed-int"),
        values.<Long>get("primitive-long"),
        values.<Long>get("boxed-long"),
        values.<Short>get("primitive-short"),
        values.<Short>get("boxed-short"),
        values.<Byte>get("primitive-byte"),
        values.<Byte>get("boxed-byte"),
        values.<Double>get("primitive-double"),
        values.<Double>get("boxed-double"),
        values.<Float>get("primitive-float"),
        values.<Float>get("boxed-float"),
        values.<BigDecimal>get("decimal"),
        values.<Boolean>get("flag"),
        values.<Boolean>get("boxed-flag"),
        values.<AllTypesOptions.Mode>enumValue("mode", AllTypesOptions.Mode.values()),
        values.<Duration>get("interval"),
        values.<URI>get("endpoint"),
        values.<URL>get("url"),
        values.<Path>get("file"),
        values.<InetSocketAddress>get("address"),
        values.<Instant>get("since"),
        values.<Optional<String>>get("maybe-text"),
        values.<Optional<Integer>>get("maybe-number"),
        values.<AllTypesOptions.Mode>optionalEnum("maybe-mode", AllTypesOptions.Mode.values()),
        values.<OptionalInt>get("maybe-int"),
        values.<OptionalLong>get("maybe-long"),
        values.<OptionalDouble>get("maybe-double"),
        values.<List<String>>get("tags"),
        values.<AllTypesOptions.Mode>enumList("modes", AllTypesOptions.Mode.values()),
        values.<Set<Integer>>get("ports"),
        values.<AllTypesOptions.Mode>enumSet("mode-set", AllTypesOptions.Mode.values()),
        values.<Map<String, String>>get("labels"),
        values.<AllTypesOptions.Mode>enumMap("mode-map", AllTypesOptions.Mode.values()),
        values.<Map<String, Duration>>get("timeouts"),
        values.<Optional<String>>get("url-path"));
  }

  @Override
  public String describe(AllTypesOptions options) {
    return RecordText.of(
        "AllTypesOptions",
        new String[] {
          "text",
          "primitiveInt",
          "boxedInt",
          "primitiveLong",
          "boxedLong",
          "primitiveShort",
          "boxedShort",
          "primitiveByte",
          "boxedByte",
          "primitiveDouble",
          "boxedDouble",
          "primitiveFloat",
          "boxedFloat",
          "decimal",
          "flag",
          "boxedFlag",
          "mode",
          "interval",
          "endpoint",
          "url",
          "file",
          "address",
          "since",
          "maybeText",
          "maybeNumber",
          "maybeMode",
          "maybeInt",
          "maybeLong",
          "maybeDouble",
          "tags",
          "modes",
          "ports",
          "modeSet",
          "labels",
          "modeMap",
          "timeouts",
          "URLPath"
        },
        new Object[] {
          options.text(),
          options.primitiveInt(),
          options.boxedInt(),
          options.primitiveLong(),
          options.boxedLong(),
          options.primitiveShort(),
          options.boxedShort(),
          options.primitiveByte(),
          options.boxedByte(),
          options.primitiveDouble(),
          options.boxedDouble(),
          options.primitiveFloat(),
          options.boxedFloat(),
          options.decimal(),
          options.flag(),
          options.boxedFlag(),
          options.mode(),
          options.interval(),
          options.endpoint(),
          options.url(),
          options.file(),
          options.address(),
          options.since(),
          options.maybeText(),
          options.maybeNumber(),
          options.maybeMode(),
          options.maybeInt(),
          options.maybeLong(),
          options.maybeDouble(),
          options.tags(),
          options.modes(),
          options.ports(),
          options.modeSet(),
          options.labels(),
          options.modeMap(),
          options.timeouts(),
          options.URLPath()
        });
  }

  @Override
  public Source<AllTypesOptions> newSource() {
    return new AllTypesSource();
  }
}
