package io.tributary.fluvio.internal;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumerOffsetException;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.FluvioServerException;
import io.tributary.fluvio.UnknownTopicException;
import io.tributary.fluvio.protocol.Api;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.ObjectApi;
import io.tributary.fluvio.protocol.ObjectApi.ListRequest;
import io.tributary.fluvio.protocol.PartitionMetadata;
import io.tributary.fluvio.protocol.SmartModuleMetadata;
import io.tributary.fluvio.protocol.SpuMetadata;
import io.tributary.fluvio.protocol.TopicCompression;
import io.tributary.fluvio.protocol.TopicMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The client's view of a cluster: the SC connection (reopened when lost), SPU and partition
 * metadata from the SC's List API, and a pool of SPU connections.
 */
public final class ClusterSession implements AutoCloseable {
  /** Fluvio's system topic that stores consumer offsets, in its partition 0. */
  public static final String CONSUMER_OFFSET_TOPIC = "consumer-offset";

  private final ClusterConfig config;
  private final Map<String, Connection> spuConnections = new HashMap<>();
  private Connection sc;
  private Map<Integer, SpuMetadata> spus = Map.of();
  private Map<String, List<PartitionMetadata>> partitions = Map.of();
  private volatile boolean closed;

  /** Connects to the SC and loads metadata. */
  public ClusterSession(ClusterConfig config) {
    this.config = config;
    refresh();
  }

  /** The configuration. */
  public ClusterConfig config() {
    return config;
  }

  /**
   * The SC connection, reopened if it was lost. The connection is opened outside this session's
   * lock, so that a slow or unreachable SC holds up no caller that only reads metadata.
   */
  public Connection sc() {
    synchronized (this) {
      requireOpen();
      if (sc != null && sc.isOpen()) {
        return sc;
      }
    }
    Connection opened =
        Connection.open(config.endpoint(), Api.Service.SC, config, config.tls().domain());
    synchronized (this) {
      sc = keep(sc, opened);
      return sc;
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new FluvioException("the Fluvio client for " + config.endpoint() + " is closed");
    }
  }

  /**
   * Of a connection just {@code opened} and the {@code current} one another caller may have opened
   * meanwhile, the one to share: {@code current} if it is open (closing {@code opened}). Called
   * with this session's lock held; closes {@code opened} and fails if the session closed meanwhile.
   */
  private Connection keep(Connection current, Connection opened) {
    if (closed || (current != null && current.isOpen())) {
      opened.close();
      requireOpen();
      return current;
    }
    return opened;
  }

  /**
   * The SmartModules the SC stores whose names contain one of {@code filters} (all without
   * filters); with {@code summary}, without their wasm.
   */
  public List<SmartModuleMetadata> smartModules(List<String> filters, boolean summary) {
    return sc().call(
            Apis.LIST, new ListRequest(ObjectApi.SMART_MODULE.label(), filters, summary, false))
        .items(ObjectApi.SMART_MODULE);
  }

  /** Reloads SPU and partition metadata from the SC. */
  public void refresh() {
    Connection c = sc();
    // Both requests sent before either answer is read: one round trip to the SC, not two.
    CompletableFuture<ObjectApi.ListResponse<?>> spuAnswer =
        c.callAsync(Apis.LIST, ListRequest.all(ObjectApi.SPU));
    CompletableFuture<ObjectApi.ListResponse<?>> partitionAnswer =
        c.callAsync(Apis.LIST, ListRequest.all(ObjectApi.PARTITION));
    List<SpuMetadata> spuList = c.await(spuAnswer, Apis.LIST).items(ObjectApi.SPU);
    List<PartitionMetadata> parts = c.await(partitionAnswer, Apis.LIST).items(ObjectApi.PARTITION);
    Map<Integer, SpuMetadata> spuMap = new HashMap<>();
    for (SpuMetadata s : spuList) {
      spuMap.put(s.id(), s);
    }
    // Loops rather than lambdas, and a lambda of this class rather than Comparator.comparingInt,
    // linked only when a topic has several partitions: on the way to a connector's first record,
    // linking a lambda costs more than the work it does (docs/performance.md, "First record").
    Map<String, List<PartitionMetadata>> byTopic = new HashMap<>();
    for (PartitionMetadata p : parts) {
      if (p.partition() >= 0) {
        List<PartitionMetadata> list = byTopic.get(p.topic());
        if (list == null) {
          list = new ArrayList<>();
          byTopic.put(p.topic(), list);
        }
        list.add(p);
      }
    }
    for (List<PartitionMetadata> l : byTopic.values()) {
      if (l.size() > 1) {
        l.sort((x, y) -> Integer.compare(x.partition(), y.partition()));
      }
    }
    synchronized (this) {
      spus = spuMap;
      partitions = byTopic;
    }
  }

  /** Partition count of a topic from the last metadata, 0 if unknown. */
  public synchronized int partitionCount(String topic) {
    List<PartitionMetadata> l = partitions.get(topic);
    return l == null ? 0 : l.size();
  }

  /**
   * Partition count of an existing topic, refreshing metadata once if it is unknown.
   *
   * @throws UnknownTopicException if the topic does not exist
   */
  public int requirePartitions(String topic) {
    int n = partitionCount(topic);
    if (n == 0) {
      refresh();
      n = partitionCount(topic);
    }
    if (n == 0) {
      throw new UnknownTopicException(
          topic, "topic '" + topic + "' not found on Fluvio at " + config.endpoint());
    }
    return n;
  }

  /**
   * The compression setting of an existing topic, as its partitions carry it (the SC copies the
   * topic's into each partition's spec).
   *
   * @throws UnknownTopicException if the topic does not exist
   */
  public TopicCompression topicCompression(String topic) {
    requirePartitions(topic);
    synchronized (this) {
      return TopicCompression.fromTag(partitions.get(topic).get(0).spec().compression());
    }
  }

  /** The leader SPU of a partition. */
  public SpuMetadata leaderSpu(String topic, int partition) {
    int n = requirePartitions(topic);
    if (partition < 0 || partition >= n) {
      throw new UnknownTopicException(
          topic,
          "topic '"
              + topic
              + "' has no partition "
              + partition
              + " (it has "
              + n
              + ") on Fluvio at "
              + config.endpoint());
    }
    SpuMetadata spu;
    synchronized (this) {
      spu = spus.get(partitions.get(topic).get(partition).spec().leader());
    }
    if (spu == null) {
      refresh();
      synchronized (this) {
        spu = spus.get(partitions.get(topic).get(partition).spec().leader());
      }
    }
    if (spu == null) {
      throw new FluvioException(
          "no SPU leads partition "
              + topic
              + "-"
              + partition
              + " on Fluvio at "
              + config.endpoint());
    }
    return spu;
  }

  /**
   * The leader SPU of Fluvio's {@code consumer-offset} system topic (partition 0), which stores
   * consumer offsets; listed fresh from the SC's system partitions on every call.
   *
   * @throws ConsumerOffsetException if the cluster has no such topic (offset management needs
   *     Fluvio 0.11.6 or later)
   */
  public SpuMetadata offsetsLeader() {
    List<PartitionMetadata> system =
        sc().call(Apis.LIST, new ListRequest(ObjectApi.PARTITION.label(), List.of(), false, true))
            .items(ObjectApi.PARTITION);
    String name = CONSUMER_OFFSET_TOPIC + "-0";
    PartitionMetadata p =
        system.stream()
            .filter(m -> m.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new ConsumerOffsetException(
                        "Fluvio at "
                            + config.endpoint()
                            + " has no '"
                            + name
                            + "' system partition, so it cannot store consumer offsets "
                            + "(that needs Fluvio 0.11.6 or later)",
                        ErrorCode.of(ErrorCode.OFFSET_MANAGEMENT_DISABLED)));
    SpuMetadata spu;
    synchronized (this) {
      spu = spus.get(p.spec().leader());
    }
    if (spu == null) {
      refresh();
      synchronized (this) {
        spu = spus.get(p.spec().leader());
      }
    }
    if (spu == null) {
      throw new FluvioException("no SPU leads " + name + " on Fluvio at " + config.endpoint());
    }
    return spu;
  }

  /**
   * A shared connection to an SPU, reopened if lost. As for {@link #sc()}, the connection is opened
   * outside this session's lock: an SPU that does not answer (its connect or handshake waits for
   * the time-out) holds up only the callers that need that SPU.
   */
  public Connection spuConnection(SpuMetadata spu) {
    String address = spu.address(config.useSpuLocalAddress());
    synchronized (this) {
      requireOpen();
      Connection c = spuConnections.get(address);
      if (c != null && c.isOpen()) {
        return c;
      }
    }
    Connection opened = openSpu(spu);
    synchronized (this) {
      Connection c = keep(spuConnections.get(address), opened);
      spuConnections.put(address, c);
      return c;
    }
  }

  /** A new, unshared connection to an SPU (consumers use one each). */
  public Connection openSpu(SpuMetadata spu) {
    String domain = config.tls().domain();
    String sni = domain == null ? null : spu.name() + "." + domain;
    return Connection.open(spu.address(config.useSpuLocalAddress()), Api.Service.SPU, config, sni);
  }

  /**
   * Creates a topic with computed replicas unless it exists; waits until its partitions show in the
   * metadata. Returns true if this call created it.
   */
  public boolean ensureTopic(String topic, TopicMetadata.Spec spec, long waitMillis) {
    if (partitionCount(topic) > 0) {
      return false;
    }
    refresh();
    if (partitionCount(topic) > 0) {
      return false;
    }
    ObjectApi.Status status = sc().call(Apis.CREATE, ObjectApi.CreateRequest.topic(topic, spec));
    boolean created = status.error().isOk();
    if (!created && status.error().code() != ErrorCode.TOPIC_ALREADY_EXISTS) {
      throw new FluvioServerException(
          "cannot create topic '"
              + topic
              + "' on Fluvio at "
              + config.endpoint()
              + ": "
              + (status.message() != null ? status.message() : status.error()),
          status.error());
    }
    long deadline = System.currentTimeMillis() + waitMillis;
    while (partitionCount(topic) == 0) {
      if (System.currentTimeMillis() > deadline) {
        throw new FluvioException(
            "topic '"
                + topic
                + "' was created on Fluvio at "
                + config.endpoint()
                + " but its partitions did not appear within "
                + waitMillis
                + " ms");
      }
      sleep(50);
      refresh();
    }
    return created;
  }

  /** Sleeps, turning an interrupt into a {@link FluvioException}. */
  public static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FluvioException("interrupted", e);
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (sc != null) {
      sc.close();
    }
    for (Connection c : spuConnections.values()) {
      c.close();
    }
    spuConnections.clear();
  }
}
