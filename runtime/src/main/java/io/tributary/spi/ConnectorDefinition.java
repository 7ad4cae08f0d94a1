package io.tributary.spi;

import io.tributary.Sink;
import io.tributary.Source;
import io.tributary.schema.ConnectorModel;
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
   * Adds the connector's own options to the command. Values stay text (booleans: flags with an
   * optional value); the runtime converts and validates them all at once, after parsing.
   */
  void addOptions(CommandSpec spec);

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
