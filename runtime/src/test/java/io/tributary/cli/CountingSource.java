package io.tributary.cli;

import io.tributary.Direction;
import io.tributary.Source;
import io.tributary.TopicProducer;
import io.tributary.schema.ConnectorModel;
import java.util.List;

/**
 * A source that sends "1", "2", ... until stopped, printing each number on standard output once
 * {@code send} has accepted it. Run as a child process by the testkit's SignalTest.
 */
public final class CountingSource extends NoOptions {
  /** Runs the source as a connector's main would. */
  public static void main(String[] args) {
    System.exit(ConnectorRunner.run(new CountingSource(), args, Console.system()));
  }

  @Override
  public ConnectorModel model() {
    return new ConnectorModel(
        "counting-source", Direction.SOURCE, "1.0.0", "Counts.", "Options", List.of());
  }

  @Override
  public Source<Options> newSource() {
    return (Options options, TopicProducer producer) -> {
      for (long n = 1; ; n++) {
        producer.send(null, Long.toString(n));
        System.out.println(n);
        System.out.flush();
        if (n % 50 == 0) {
          Thread.sleep(1);
        }
      }
    };
  }
}
