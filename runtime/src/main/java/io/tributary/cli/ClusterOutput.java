package io.tributary.cli;

import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConfigException;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.ProducerConfig;
import io.tributary.spi.CommonOptionTable;

/** Produces a source's records to its topic. {@link #flush()} waits for every acknowledgement. */
final class ClusterOutput implements RecordOutput {
  private final FluvioClient client;
  private final FluvioProducer producer;
  private FluvioProducer deadLetters;

  ClusterOutput(FluvioClient client, String topic, ProducerConfig config) {
    this.client = client;
    try {
      this.producer = client.producer(topic, config);
    } catch (FluvioConfigException e) {
      // the one setting a producer can find wrong only once it sees the topic
      throw new FluvioConfigException(
          "--" + CommonOptionTable.PRODUCER_COMPRESSION + ": " + e.getMessage());
    }
  }

  /** The producer of the topic. */
  FluvioProducer producer() {
    return producer;
  }

  /** A producer of the dead-letter topic (created with 1 partition when missing). */
  FluvioProducer deadLetters(String topic) {
    if (deadLetters == null) {
      client.ensureTopic(topic, 1);
      deadLetters = client.producer(topic, ProducerConfig.defaults());
    }
    return deadLetters;
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
      if (deadLetters != null) {
        deadLetters.close();
      }
      client.close();
    }
  }
}
