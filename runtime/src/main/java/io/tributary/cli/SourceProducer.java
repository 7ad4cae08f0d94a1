package io.tributary.cli;

import io.tributary.TopicProducer;
import java.util.concurrent.atomic.AtomicLong;

/** The {@link TopicProducer} a source is given: stamps records and hands them to the output. */
final class SourceProducer implements TopicProducer {
  private final RecordOutput output;
  private final AtomicLong count = new AtomicLong();

  SourceProducer(RecordOutput output) {
    this.output = output;
  }

  @Override
  public void send(byte[] key, byte[] value) throws Exception {
    if (value == null) {
      throw new IllegalArgumentException("value must not be null");
    }
    output.write(key, value, System.currentTimeMillis());
    count.incrementAndGet();
  }

  @Override
  public void flush() throws Exception {
    output.flush();
  }

  long count() {
    return count.get();
  }
}
