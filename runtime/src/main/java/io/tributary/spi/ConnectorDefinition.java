package io.tributary.spi;

import io.tributary.Sink;
import io.tributary.Source;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionModel;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the annotation processor generates for each {@code @Connector} record, registered with
 * {@link java.util.ServiceLoader}. The runtime drives a connector only through this interface: no
 * reflection over user classes.
 *
 * @param <O> the options record
 */
public interface ConnectorDefinition<O extends Record> {
  /** The connector and its options, as in its metadata document. */
  ConnectorModel model();

  /**
   * Adds the connector's own options to the command, one per option of the {@link #model()} ({@link
   * OptionSpecs#of}). Values stay text (booleans: flags with an optional value); the runtime
   * converts and validates them all at once, after parsing.
   */
  default void addOptions(CommandSpec spec) {
    for (OptionModel option : model().options()) {
      spec.addOption(OptionSpecs.of(option));
    }
  }

  /** Builds the options record from validated, typed values. */
  O bind(BoundOptions values);

  /** The record's text with every secret masked, for logs. */
  String describe(O options);

  /** A new source; only for {@code Direction.SOURCE}. */
  default Source<O> newSource() {
    throw new UnsupportedOperationException(model().name() + " is not a source");
  }

  /** A new sink; only for {@code Direction.SINK}. */
  default Sink<O> newSink() {
    throw new UnsupportedOperationException(model().name() + " is not a sink");
  }
}
