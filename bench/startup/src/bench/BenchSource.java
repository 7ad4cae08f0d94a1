package bench;

import io.tributary.Source;
import io.tributary.TopicProducer;

/** Sends one record. */
public final class BenchSource implements Source<BenchOptions> {
  @Override
  public void run(BenchOptions options, TopicProducer producer) throws Exception {
    producer.send(null, options.endpoint().toString());
  }
}
