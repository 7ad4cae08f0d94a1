package io.tributary.cli;

import io.tributary.Direction;
import io.tributary.RecordStream;
import io.tributary.Sink;
import io.tributary.Source;
import io.tributary.TopicProducer;
import io.tributary.schema.ConnectorModel;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@link ArchiveTraining} runs against a test cluster: a source that sends one record, or a
 * sink that reads one, with no options of its own, so that the class-data sharing archive holds
 * what producing and consuming load.
 */
final class TrainingConnector implements ConnectorDefinition<TrainingConnector.Options> {
  /** No options. */
  record Options() {}

  private final Direction direction;

  TrainingConnector(Direction direction) {
    this.direction = direction;
  }

  @Override
  public ConnectorModel model() {
    return new ConnectorModel(
        "archive-training",
        direction,
        "1.0.0",
        "Trains a class-data sharing archive.",
        "Options",
        List.of());
  }

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

  @Override
  public Source<Options> newSource() {
    return (Options options, TopicProducer producer) -> producer.send(null, "training");
  }

  @Override
  public Sink<Options> newSink() {
    return (Options options, RecordStream records) -> records.poll(Duration.ofSeconds(20));
  }
}
