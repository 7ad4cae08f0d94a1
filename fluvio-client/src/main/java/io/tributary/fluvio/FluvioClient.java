package io.tributary.fluvio;

import io.tributary.fluvio.internal.ClusterSession;
import io.tributary.fluvio.protocol.FetchConsumerOffsets;
import io.tributary.fluvio.protocol.SmartModuleMetadata;
import io.tributary.fluvio.protocol.TopicMetadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A pure-Java client of a Fluvio cluster: connects to the SC, reads SPU and partition metadata,
 * creates topics, hands out producers and consumers that talk to the partition leaders, and lists
 * and deletes the consumer offsets stored in the cluster.
 *
 * <pre>{@code
 * try (FluvioClient client = FluvioClient.connect(ClusterConfig.resolve(endpointOrNull))) {
 *   client.ensureTopic("events", 1);
 *   try (FluvioProducer producer = client.producer("events", ProducerConfig.defaults())) {
 *     producer.send(null, "hello".getBytes(UTF_8));
 *     producer.flush();
 *   }
 *   ConsumerConfig config = ConsumerConfig.defaults().withStart(Offset.beginning())
 *       .withConsumerId("events-sink").withStrategy(OffsetStrategy.AUTO);
 *   try (FluvioConsumer consumer = client.consumer("events", config)) {
 *     for (ConsumedRecord r : consumer.poll(Duration.ofSeconds(1))) {
 *       System.out.println(r.partition() + "@" + r.offset() + ": " + r.valueString());
 *     }
 *   } // stores the offset of the last record handed out; the next run resumes after it
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
    return session.ensureTopic(topic, TopicMetadata.Spec.computed(partitions, 1), 10_000);
  }

  /**
   * Creates the topic with the given spec (partitions, replication, retention, storage,
   * compression) unless it exists, and waits until its partitions are visible. Returns true if this
   * call created it; an existing topic is left as it is.
   */
  public boolean ensureTopic(String topic, TopicMetadata.Spec spec) {
    if (spec.replicas().partitionCount() < 1) {
      throw new FluvioConfigException(
          "partitions must be at least 1, got " + spec.replicas().partitionCount());
    }
    return session.ensureTopic(topic, spec, 10_000);
  }

  /** The SmartModules stored in the cluster, without their wasm. */
  public List<SmartModuleMetadata> smartModules() {
    return session.smartModules(List.of(), true);
  }

  /**
   * The wasm (gunzipped) of the stored SmartModule named {@code group/name@version}, as the Fluvio
   * CLI and CDK name them ({@code group/name} takes the highest version stored, a name without
   * group one stored without a package); empty when the cluster has none.
   */
  public Optional<byte[]> smartModuleWasm(String qualifiedName) {
    String group = null;
    String name = qualifiedName;
    String version = null;
    int slash = name.indexOf('/');
    if (slash >= 0) {
      group = name.substring(0, slash);
      name = name.substring(slash + 1);
    }
    int at = name.indexOf('@');
    if (at >= 0) {
      version = name.substring(at + 1);
      name = name.substring(0, at);
    }
    String filter = SmartModuleMetadata.storeId(name, group, version);
    SmartModuleMetadata best = null;
    for (SmartModuleMetadata m : session.smartModules(List.of(filter), false)) {
      SmartModuleMetadata.Package p = m.pkg();
      boolean match =
          p == null
              ? m.name().equals(qualifiedName)
              : p.name().equals(name)
                  && (group == null || p.group().equals(group))
                  && (version == null || p.version().equals(version));
      if (match
          && (best == null
              || best.pkg() == null
              || SmartModuleMetadata.compareVersions(p.version(), best.pkg().version()) > 0)) {
        best = m;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(best.payload()))) {
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new FluvioException(
          "the SmartModule "
              + qualifiedName
              + " stored in the cluster "
              + "at "
              + config().endpoint()
              + " is not gzipped wasm: "
              + e.getMessage(),
          e);
    }
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
   * A consumer of one partition, starting at {@code start}, without a consumer id.
   *
   * @throws UnknownTopicException if the topic or partition does not exist
   */
  public FluvioConsumer consumer(String topic, int partition, Offset start) {
    return consumer(topic, ConsumerConfig.defaults().withPartitions(partition).withStart(start));
  }

  /**
   * A consumer of the partitions {@code config} names (all of them if it names none). With a
   * consumer id, each partition's start is resolved against the offset stored for that id.
   *
   * @throws UnknownTopicException if the topic or a named partition does not exist (the message
   *     gives the topic's partition count)
   * @throws ConsumerOffsetException if the stored offsets cannot be used (the cluster has no offset
   *     management, or its SPU is too old for a strategy other than none)
   */
  public FluvioConsumer consumer(String topic, ConsumerConfig config) {
    return new FluvioConsumer(session, topic, config);
  }

  /**
   * Every consumer offset stored in the cluster, as {@code fluvio consumer list} shows them.
   *
   * @throws ConsumerOffsetException if the cluster has no offset management
   */
  public List<ConsumerOffset> consumerOffsets() {
    return new StoredOffsets(session).list(null);
  }

  /**
   * The offsets stored for one consumer id, one per partition.
   *
   * @throws ConsumerOffsetException if the cluster has no offset management
   */
  public List<ConsumerOffset> consumerOffsets(String consumerId) {
    return new StoredOffsets(session).list(new FetchConsumerOffsets.Filter(null, consumerId));
  }

  /**
   * Deletes the offset stored for {@code consumerId} and a topic partition, as {@code fluvio
   * consumer delete} does; a consumer with that id then starts at its configured start again.
   * Deleting an offset that is not stored does nothing.
   *
   * @throws ConsumerOffsetException if the cluster has no offset management
   * @throws FluvioServerException if the cluster refuses
   */
  public void deleteConsumerOffset(String consumerId, String topic, int partition) {
    new StoredOffsets(session).delete(consumerId, topic, partition);
  }

  /** Closes the SC and SPU connections. Producers should be closed (flushed) first. */
  @Override
  public void close() {
    session.close();
  }
}
