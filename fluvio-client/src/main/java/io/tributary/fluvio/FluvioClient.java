package io.tributary.fluvio;

import io.tributary.fluvio.internal.ClusterSession;

/**
 * A pure-Java client of a Fluvio cluster: connects to the SC, reads SPU and partition metadata,
 * creates topics, and hands out producers and consumers that talk to the partition leaders.
 *
 * <pre>{@code
 * try (FluvioClient client = FluvioClient.connect(ClusterConfig.resolve(endpointOrNull))) {
 *   client.ensureTopic("events", 1);
 *   try (FluvioProducer producer = client.producer("events", ProducerConfig.defaults())) {
 *     producer.send(null, "hello".getBytes(UTF_8));
 *     producer.flush();
 *   }
 * }
 * }</pre>
 */
public final class FluvioClient implements AutoCloseable {
  private final ClusterSession session;

  private FluvioClient(ClusterSession session) {
    this.session = session;
  }

  /**
   * Connects to the cluster's SC and loads its metadata.
   *
   * @throws FluvioConnectionException if the SC is unreachable
   * @throws FluvioTlsException if the TLS handshake fails
   * @throws FluvioConfigException if the TLS material is unusable
   */
  public static FluvioClient connect(ClusterConfig config) {
    return new FluvioClient(new ClusterSession(config));
  }

  /** The configuration this client uses. */
  public ClusterConfig config() {
    return session.config();
  }

  /** The platform version the SC reported. */
  public String platformVersion() {
    return session.sc().versions().platformVersion();
  }

  /**
   * Creates the topic with {@code partitions} partitions (replication 1) unless it exists, and
   * waits until its partitions are visible. Returns true if this call created it.
   */
  public boolean ensureTopic(String topic, int partitions) {
    if (partitions < 1) {
      throw new FluvioConfigException("partitions must be at least 1, got " + partitions);
    }
    return session.ensureTopic(topic, partitions, 10_000);
  }

  /**
   * Number of partitions of a topic.
   *
   * @throws UnknownTopicException if it does not exist
   */
  public int partitionCount(String topic) {
    return session.requirePartitions(topic);
  }

  /**
   * A producer for an existing topic.
   *
   * @throws UnknownTopicException if the topic does not exist
   */
  public FluvioProducer producer(String topic, ProducerConfig config) {
    return new FluvioProducer(session, topic, config);
  }

  /** A producer with {@link ProducerConfig#defaults()}. */
  public FluvioProducer producer(String topic) {
    return producer(topic, ProducerConfig.defaults());
  }

  /**
   * A consumer of one partition, starting at {@code start}.
   *
   * @throws UnknownTopicException if the topic or partition does not exist
   */
  public FluvioConsumer consumer(String topic, int partition, Offset start) {
    return new FluvioConsumer(session, topic, partition, start);
  }

  /** Closes the SC and SPU connections. Producers should be closed (flushed) first. */
  @Override
  public void close() {
    session.close();
  }
}
