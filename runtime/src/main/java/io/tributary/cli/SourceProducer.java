package io.tributary.cli;

import io.tributary.TopicProducer;
import io.tributary.metrics.ConnectorMetrics;

/** The {@link TopicProducer} a source is given: stamps records and hands them to the output. */
final class SourceProducer implements TopicProducer {
  private final RecordOutput output;
  private final ConnectorMetrics metrics;

  SourceProducer(RecordOutput output, ConnectorMetrics metrics) {
    this.output = output;
    this.metrics = metrics;
  }

  @Override
  public void send(byte[] key, byte[] value) throws Exception {
    if (value == null) {
      throw new IllegalArgumentException("value must not be null");
    }
    output.write(key, value, System.currentTimeMillis());
    metrics.recordsIn.increment();
    metrics.bytesIn.add(value.length + (key == null ? 0 : key.length));
  }

  @Override
  public void flush() throws Exception {
    output.flush();
  }

  long count() {
    return metrics.recordsIn.get();
  }
}
