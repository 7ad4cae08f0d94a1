package io.tributary.examples.testconnector;

import io.tributary.Source;
import io.tributary.TopicProducer;

/** Sends {@code Hello, Fluvio - N} for N = 1, 2, ... */
public final class TestConnector implements Source<TestConnectorOptions> {
  @Override
  public void run(TestConnectorOptions options, TopicProducer producer) throws Exception {
    long count = options.count().orElse(Long.MAX_VALUE);
    for (long n = 1; n <= count; n++) {
      producer.send(null, "Hello, Fluvio - " + n);
      if (n < count) {
        Thread.sleep(options.timeout().toMillis());
      }
    }
  }
}
