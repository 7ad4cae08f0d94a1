package io.example;

import io.example.other.NestedSource;
import io.tributary.Source;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionTable;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import io.tributary.spi.RecordText;
import javax.annotation.processing.Generated;

@Generated("io.tributary.processor.ConnectorProcessor")
public final class Tributary_Outer_Inner implements ConnectorDefinition<Outer.Inner> {
  private static final ConnectorModel MODEL = OptionTable.load(Tributary_Outer_Inner.class);

  @Override
  public ConnectorModel model() {
    return MODEL;
  }

  @Override
  public Outer.Inner bind(BoundOptions values) {
    return new Outer.Inner();
  }

  @Override
  public String describe(Outer.Inner options) {
    return RecordText.of(
        "Inner",
        new String[] {},
        new Object[] {});
  }

  @Override
  public Source<Outer.Inner> newSource() {
    return new NestedSource();
  }
}
