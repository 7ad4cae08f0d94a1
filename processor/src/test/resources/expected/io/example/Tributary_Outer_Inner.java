package io.example;

import io.example.other.NestedSource;
import io.tributary.Direction;
import io.tributary.Source;
import io.tributary.schema.ConnectorModel;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import java.util.List;
import javax.annotation.processing.Generated;
import picocli.CommandLine.Model.CommandSpec;

@Generated("io.tributary.processor.ConnectorProcessor")
public final class Tributary_Outer_Inner implements ConnectorDefinition<Outer.Inner> {
  private static final ConnectorModel MODEL = new ConnectorModel(
      "nested",
      Direction.SOURCE,
      "1.2.3",
      "A nested record with no options.",
      "Inner",
      List.of());

  @Override
  public ConnectorModel model() {
    return MODEL;
  }

  @Override
  public void addOptions(CommandSpec spec) {
  }

  @Override
  public Outer.Inner bind(BoundOptions values) {
    return new Outer.Inner();
  }

  @Override
  public String describe(Outer.Inner options) {
    return "Inner[]";
  }

  @Override
  public Source<Outer.Inner> newSource() {
    return new NestedSource();
  }
}
