package io.tributary.testkit;

import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.RawBatches;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.ReplicaKey;
import io.tributary.fluvio.protocol.SmartModuleMetadata;
import io.tributary.fluvio.protocol.TopicCompression;
import io.tributary.fluvio.protocol.TopicMetadata;
import io.tributary.fluvio.protocol.WireRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * An in-process, in-memory Fluvio-protocol test cluster: one SC and one or more SPUs, each
 * listening on its own port of 127.0.0.1, speaking enough of Fluvio's wire protocol for clients to
 * look up metadata, create topics, produce and stream-fetch.
 *
 * <p><b>This is a test double, not Fluvio.</b> It keeps records in memory; partition leaders are
 * spread over the SPUs round robin (partition {@code p} of a new topic on SPU {@code p mod N},
 * counting running SPUs only), and every SPU sees the same logs, so a leader can move without
 * losing a record. No SmartModules, no retention (only {@link #evictBefore} to simulate it) and no
 * authorization (TLS only through {@link #startTls}, to test clients' TLS settings). It stores
 * consumer offsets as Fluvio does, in memory, in its {@code consumer-offset} system partition, led
 * by SPU 0 (UpdateConsumerOffset, DeleteConsumerOffset, FetchConsumerOffsets). It is stricter than
 * Fluvio in one way: it verifies the CRC-32C, the codec framing and the record layout of every
 * batch it receives (batches are stored and served as produced, whatever their codec). Its SC and
 * SPU are checked against the official Rust client (the {@code @fluvio/client} npm package) in this
 * module's tests.
 *
 * <p>Faults for tests: {@link #moveLeader}, {@link #stopSpu}, {@link #startSpu}, {@link
 * #dropConnections}, {@link #failNextProduces}.
 *
 * <pre>{@code
 * try (TestCluster cluster = TestCluster.builder().spus(3).topic("events", 3).start()) {
 *   // point a client at cluster.endpoint(), then:
 *   List<ConsumedRecord> records = cluster.awaitRecords("events", 10, Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class TestCluster implements AutoCloseable {
  private final ClusterState state;
  private final List<SpuNode> spus = new ArrayList<>();
  private final ProtocolServer sc;

  /** Settings of a cluster to start: ports, number of SPUs, topics. */
  public static final class Builder {
    private int port;
    private int spuPort;
    private int spus = 1;
    private final Map<String, Integer> topics = new LinkedHashMap<>();
    private final Map<String, TopicCompression> compressions = new LinkedHashMap<>();
    private SSLContext tls;
    private boolean clientAuth;

    private Builder() {}

    /** The SC port (default 0: a free port). */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The port of SPU 0; SPU {@code n} gets this plus {@code n} (default 0: free ports). */
    public Builder spuPort(int value) {
      this.spuPort = value;
      return this;
    }

    /**
     * The number of SPUs (default 1), numbered from 0.
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder spus(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("a test cluster needs at least 1 SPU, got " + value);
      }
      this.spus = value;
      return this;
    }

    /** A topic to create at start. */
    public Builder topic(String name, int partitions) {
      return topic(name, partitions, TopicCompression.ANY);
    }

    /** A topic with a compression type to create at start (see {@link #createTopic}). */
    public Builder topic(String name, int partitions, TopicCompression compression) {
      topics.put(name, partitions);
      compressions.put(name, compression);
      return this;
    }

    /**
     * Accept only TLS with {@code serverContext} (its key manager holds the server certificate);
     * with {@code requireClientAuth}, clients must present a certificate it trusts.
     */
    public Builder tls(SSLContext serverContext, boolean requireClientAuth) {
      this.tls = serverContext;
      this.clientAuth = requireClientAuth;
      return this;
    }

    /**
     * Starts the cluster.
     *
     * @throws UncheckedIOException if a port cannot be bound
     * @throws IllegalArgumentException if a topic cannot be created
     */
    public TestCluster start() {
      TestCluster cluster;
      try {
        cluster = new TestCluster(this);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot start the test cluster on 127.0.0.1 (SC port "
                + port
                + ", SPU port "
                + spuPort
                + "): "
                + e.getMessage(),
            e);
      }
      try {
        topics.forEach((name, n) -> cluster.createTopic(name, n, compressions.get(name)));
      } catch (RuntimeException e) {
        cluster.close();
        throw e;
      }
      return cluster;
    }
  }

  private TestCluster(Builder b) throws IOException {
    state = new ClusterState(b.spus);
    try {
      for (int i = 0; i < b.spus; i++) {
        SpuNode spu =
            new SpuNode(state, i, b.spuPort == 0 ? 0 : b.spuPort + i, b.tls, b.clientAuth);
        spu.start();
        spus.add(spu);
      }
      sc = new ProtocolServer("sc", b.port, new ScHandler(state).router(), b.tls, b.clientAuth);
    } catch (IOException | RuntimeException e) {
      spus.forEach(SpuNode::close);
      throw e;
    }
  }

  /** Settings for a cluster to start; {@code builder().start()} is {@link #start()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a cluster with one SPU on free ports. */
  public static TestCluster start() {
    return builder().start();
  }

  /**
   * Starts a cluster with its SC on {@code scPort} and its one SPU on {@code spuPort} (0 picks a
   * free port).
   *
   * @throws UncheckedIOException if a port cannot be bound
   */
  public static TestCluster start(int scPort, int spuPort) {
    return builder().port(scPort).spuPort(spuPort).start();
  }

  /**
   * Starts a cluster with one SPU on free ports whose SC and SPU accept only TLS with {@code
   * serverContext} (its key manager holds the server certificate); with {@code requireClientAuth},
   * clients must present a certificate the context trusts. For testing clients' TLS settings.
   */
  public static TestCluster startTls(SSLContext serverContext, boolean requireClientAuth) {
    return builder().tls(serverContext, requireClientAuth).start();
  }

  /** The SC endpoint, {@code 127.0.0.1:<port>}, to give a Fluvio client. */
  public String endpoint() {
    return "127.0.0.1:" + sc.port();
  }

  /** The SC port. */
  public int port() {
    return sc.port();
  }

  /** The port of SPU 0, which the SC advertises in its SPU metadata. */
  public int spuPort() {
    return spuPort(0);
  }

  /** The port of SPU {@code spu} (kept across a stop and start). */
  public int spuPort(int spu) {
    return spu(spu).port();
  }

  /** The number of SPUs, running or stopped. */
  public int spuCount() {
    return spus.size();
  }

  /** Whether SPU {@code spu} is running. */
  public boolean spuRunning(int spu) {
    return spu(spu).running();
  }

  /**
   * The SPU (numbered from 0) that leads a partition.
   *
   * @throws IllegalArgumentException if there is no such partition
   */
  public int leader(String topic, int partition) {
    int leader = state.leader(topic, partition);
    if (leader < 0) {
      log(topic, partition); // says what is missing
    }
    return leader;
  }

  /**
   * Fault injection: makes SPU {@code spu} the leader of a partition, as a Fluvio SC does after an
   * election. The SC publishes the new leader to its watchers and lists it; the previous leader
   * answers NotLeaderForPartition from now on and ends its streams of the partition with that
   * error. Records are kept (every SPU sees the same log). {@code consumer-offset} partition 0
   * moves too: its new leader answers the consumer-offset requests.
   *
   * @return the SPU that led the partition before
   * @throws IllegalArgumentException if the topic, partition or SPU does not exist, or the SPU is
   *     stopped
   */
  public int moveLeader(String topic, int partition, int spu) {
    int previous = state.moveLeader(topic, partition, spu);
    if (previous != spu) {
      spus.get(previous).leadershipChanged();
    }
    return previous;
  }

  /**
   * Fault injection: stops SPU {@code spu}: it stops listening (connections are refused), its
   * connections and streams are closed, and the SC lists it offline and its partitions with their
   * leader offline. Leaders do not move by themselves (replication 1): use {@link #moveLeader} or
   * {@link #startSpu}.
   *
   * @throws IllegalArgumentException if there is no such SPU
   * @throws IllegalStateException if it is already stopped
   */
  public void stopSpu(int spu) {
    spu(spu).stop();
  }

  /**
   * Fault injection: starts a stopped SPU again on the same port; the SC lists it online.
   *
   * @throws IllegalArgumentException if there is no such SPU
   * @throws IllegalStateException if it is running
   * @throws UncheckedIOException if its port cannot be bound again
   */
  public void startSpu(int spu) {
    spu(spu).startUnchecked();
  }

  private SpuNode spu(int index) {
    state.checkSpu(index);
    return spus.get(index);
  }

  /**
   * Creates a topic with {@code partitions} partitions that takes batches of any codec.
   *
   * @throws IllegalArgumentException if it exists or the name is not a valid Fluvio topic name
   */
  public TestCluster createTopic(String topic, int partitions) {
    return createTopic(topic, partitions, TopicCompression.ANY);
  }

  /**
   * Creates a topic with {@code partitions} partitions and a compression setting, as {@code fluvio
   * topic create --compression-type} does: the SPU then rejects a produced batch with another codec
   * (error CompressionError, nothing stored), and Fluvio's producers (and Tributary's) that leave
   * their compression unset write the topic's codec.
   *
   * @throws IllegalArgumentException if it exists or the name is not a valid Fluvio topic name
   */
  public TestCluster createTopic(String topic, int partitions, TopicCompression compression) {
    ErrorCode e = state.createTopic(topic, partitions, compression);
    if (!e.isOk()) {
      throw new IllegalArgumentException("cannot create topic '" + topic + "': " + e);
    }
    return this;
  }

  /**
   * Stores a SmartModule as {@code fluvio smartmodule create} does: gzipped, under the store name
   * of {@code group/name@version} ({@code name-group-version}), with that package.
   *
   * @throws IllegalArgumentException if the name is not {@code group/name@version}
   */
  public TestCluster addSmartModule(String qualifiedName, byte[] wasm) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "([A-Za-z0-9_-]+)/([A-Za-z0-9_-]+)@([0-9]+\\.[0-9]+\\.[0-9]+[0-9A-Za-z.+-]*)")
            .matcher(qualifiedName);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a SmartModule name group/name@version like "
              + "infinyon/jolt@0.4.1, got '"
              + qualifiedName
              + "'");
    }
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(wasm);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SmartModuleMetadata.Package pkg =
        new SmartModuleMetadata.Package(
            m.group(2), m.group(1), m.group(3), "0.1.0", null, null, 0, null, List.of());
    state.addSmartModule(
        new SmartModuleMetadata(
            SmartModuleMetadata.storeId(m.group(2), m.group(1), m.group(3)),
            pkg,
            null,
            0,
            gz.toByteArray()));
    return this;
  }

  /** The qualified names ({@code group/name@version}) of the stored SmartModules. */
  public List<String> smartModuleNames() {
    return state.smartModules(List.of(), true).stream()
        .map(SmartModuleMetadata::qualifiedName)
        .toList();
  }

  /** Whether the topic exists. */
  public boolean hasTopic(String topic) {
    return state.topic(topic) != null;
  }

  /**
   * The spec a topic was created with (replication, retention, storage, compression as the creator
   * sent them), or {@code null} if it does not exist.
   */
  public TopicMetadata.Spec topicSpec(String topic) {
    return state.spec(topic);
  }

  /** Number of partitions of a topic, or 0 if it does not exist. */
  public int partitionCount(String topic) {
    List<PartitionLog> logs = state.topic(topic);
    return logs == null ? 0 : logs.size();
  }

  /**
   * Appends one record directly to a partition (to seed data for consumers); returns its offset.
   */
  public long append(String topic, int partition, byte[] key, byte[] value) {
    PartitionLog log = log(topic, partition);
    long now = System.currentTimeMillis();
    byte[] batch =
        RecordBatch.of(List.of(new WireRecord(0, 0, key, value)), now, now, Compression.NONE)
            .encode();
    return log.append(batch);
  }

  /**
   * Appends an encoded record batch to a partition as it is, without checking it (to test how
   * consumers handle what a faulty producer may write, such as a corrupt compressed payload under a
   * valid CRC); returns the base offset it got.
   */
  public long appendBatch(String topic, int partition, byte[] batch) {
    return log(topic, partition).append(batch);
  }

  /**
   * The codec of each batch stored in a partition, in offset order: batches are stored and served
   * as they were produced, so this is what the producers wrote.
   */
  public List<Compression> batchCodecs(String topic, int partition) {
    List<Compression> out = new ArrayList<>();
    for (byte[] raw : log(topic, partition).batches()) {
      out.add(Compression.fromAttributes(RawBatches.attributes(raw)));
    }
    return out;
  }

  /** The records of one partition, in offset order. */
  public List<ConsumedRecord> records(String topic, int partition) {
    List<ConsumedRecord> out = new ArrayList<>();
    for (byte[] raw : log(topic, partition).batches()) {
      RecordBatch b = RecordBatch.decode(new ByteReader(raw));
      for (WireRecord r : b.records()) {
        out.add(
            new ConsumedRecord(
                topic,
                partition,
                b.baseOffset() + r.offsetDelta(),
                b.firstTimestamp() + r.timestampDelta(),
                r.key(),
                r.value()));
      }
    }
    return out;
  }

  /** The records of every partition of a topic: partition 0 first, each in offset order. */
  public List<ConsumedRecord> records(String topic) {
    List<ConsumedRecord> out = new ArrayList<>();
    for (int p = 0; p < partitionCount(topic); p++) {
      out.addAll(records(topic, p));
    }
    return out;
  }

  /**
   * Waits until the topic holds at least {@code count} records, then returns all of them.
   *
   * @throws AssertionError if they do not arrive within {@code timeout}
   */
  public List<ConsumedRecord> awaitRecords(String topic, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<ConsumedRecord> records = hasTopic(topic) ? records(topic) : List.of();
      if (records.size() >= count) {
        return records;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "expected at least "
                + count
                + " records in topic '"
                + topic
                + "' within "
                + timeout
                + ", found "
                + records.size());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for records", e);
      }
    }
  }

  /**
   * Fault injection: the next {@code times} produce partition entries fail with the Fluvio error
   * code {@code errorCode} (e.g. 6, NotLeaderForPartition) and store nothing.
   */
  public void failNextProduces(int times, int errorCode) {
    state.failNextProduces(times, errorCode);
  }

  /**
   * Simulates retention: drops the batches of a partition that end at or before {@code offset}.
   * Reading from an offset that is gone then fails with OffsetEvicted (error 71), as on Fluvio.
   */
  public void evictBefore(String topic, int partition, long offset) {
    log(topic, partition).evictBefore(offset);
  }

  /**
   * The offset stored for {@code consumerId} and a topic partition in the {@code consumer-offset}
   * system partition, or null when none is stored.
   */
  public Long storedOffset(String consumerId, String topic, int partition) {
    return state.consumerOffsets.offset(new ReplicaKey(topic, partition), consumerId);
  }

  /**
   * Removes the {@code consumer-offset} system topic, as on a Fluvio cluster without offset
   * management (before 0.11.6): consumers that need stored offsets then fail.
   */
  public void disableOffsetManagement() {
    state.consumerOffsets.disable();
  }

  /** Hands every request the SPU decodes to {@code action}, for tests of this package. */
  void observeSpuRequests(java.util.function.Consumer<ApiRouter.Observed> action) {
    state.observer(action);
  }

  /** Fault injection: closes every open client connection to the SC and the SPUs. */
  public void dropConnections() {
    sc.dropConnections();
    spus.forEach(SpuNode::dropConnections);
  }

  private PartitionLog log(String topic, int partition) {
    PartitionLog log = state.partition(topic, partition);
    if (log == null) {
      throw new IllegalArgumentException("no partition " + partition + " in topic '" + topic + "'");
    }
    return log;
  }

  /** Stops every listener and stream. */
  @Override
  public void close() {
    sc.close();
    spus.forEach(SpuNode::close);
  }
}
