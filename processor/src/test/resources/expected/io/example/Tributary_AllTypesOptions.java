package io.example;

import io.tributary.Source;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionTable;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
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
        values.<AllTypesOptions.Mode>enumValue("mode", AllTypesOptions.Mode::valueOf),
        values.<Duration>get("interval"),
        values.<URI>get("endpoint"),
        values.<URL>get("url"),
        values.<Path>get("file"),
        values.<InetSocketAddress>get("address"),
        values.<Instant>get("since"),
        values.<Optional<String>>get("maybe-text"),
        values.<Optional<Integer>>get("maybe-number"),
        values.<AllTypesOptions.Mode>optionalEnum("maybe-mode", AllTypesOptions.Mode::valueOf),
        values.<OptionalInt>get("maybe-int"),
        values.<OptionalLong>get("maybe-long"),
        values.<OptionalDouble>get("maybe-double"),
        values.<List<String>>get("tags"),
        values.<AllTypesOptions.Mode>enumList("modes", AllTypesOptions.Mode::valueOf),
        values.<Set<Integer>>get("ports"),
        values.<AllTypesOptions.Mode>enumSet("mode-set", AllTypesOptions.Mode::valueOf),
        values.<Map<String, String>>get("labels"),
        values.<AllTypesOptions.Mode>enumMap("mode-map", AllTypesOptions.Mode::valueOf),
        values.<Map<String, Duration>>get("timeouts"),
        values.<Optional<String>>get("url-path"));
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
