package io.example;

import io.tributary.Source;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionTable;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
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
