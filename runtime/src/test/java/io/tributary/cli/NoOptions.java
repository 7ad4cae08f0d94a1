package io.tributary.cli;

import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import picocli.CommandLine.Model.CommandSpec;

/** A test connector's definition without options of its own. */
abstract class NoOptions implements ConnectorDefinition<NoOptions.Options> {
  /** No options. */
  public record Options() {}

  @Override
  public void addOptions(CommandSpec spec) {}

  @Override
  public Options bind(BoundOptions values) {
    return new Options();
  }

  @Override
  public String describe(Options options) {
    return "Options[]";
  }
}
