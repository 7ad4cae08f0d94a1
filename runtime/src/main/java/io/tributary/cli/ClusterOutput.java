package io.tributary.cli;

import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.ProducerConfig;

/** Produces a source's records to its topic. {@link #flush()} waits for every acknowledgement. */
final class ClusterOutput implements RecordOutput {
  private final FluvioClient client;
  private final FluvioProducer producer;

  ClusterOutput(FluvioClient client, String topic) {
    this.client = client;
    this.producer = client.producer(topic, ProducerConfig.defaults());
  }

  @Override
  public void write(byte[] key, byte[] value, long timestamp) {
    producer.send(key, value, timestamp);
  }

  @Override
  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    try {
      producer.flush();
    } finally {
      producer.close();
      client.close();
    }
  }
}
