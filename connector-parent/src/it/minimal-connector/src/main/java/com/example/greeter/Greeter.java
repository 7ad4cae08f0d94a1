package com.example.greeter;

import io.tributary.Source;
import io.tributary.TopicProducer;

/** Sends the greeting {@code count} times. */
public final class Greeter implements Source<GreeterOptions> {
  @Override
  public void run(GreeterOptions options, TopicProducer producer) throws Exception {
    for (int i = 0; i < options.count(); i++) {
      producer.send(null, options.greeting());
    }
  }
}
