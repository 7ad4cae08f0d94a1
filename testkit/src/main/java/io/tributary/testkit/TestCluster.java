package io.tributary.testkit;

import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.WireRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * An in-process, in-memory Fluvio-protocol test cluster: one SC and one SPU listening on
 * 127.0.0.1, speaking enough of Fluvio's wire protocol for clients to look up metadata, create
 * topics, produce and stream-fetch.
 *
 * <p><b>This is a test double, not Fluvio.</b> It keeps records in memory, has a single SPU
 * that leads every partition, no replication, no SmartModules, no retention and no
 * authorization (TLS only through {@link #startTls}, to test clients' TLS settings). It is stricter than Fluvio in one way: it verifies the CRC-32C, the codec
 * framing and the record layout of every batch it receives (batches are stored and served as
 * produced, whatever their codec). Its SC and SPU are checked against the
 * official Rust client (the {@code @fluvio/client} npm package) in this module's tests.
 *
 * <pre>{@code
 * try (TestCluster cluster = TestCluster.start()) {
 *   cluster.createTopic("events", 2);
 *   // point a client at cluster.endpoint(), then:
 *   List<ConsumedRecord> records = cluster.awaitRecords("events", 10, Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class TestCluster implements AutoCloseable {
  private final ClusterState state = new ClusterState();
  private final SpuHandler spuHandler = new SpuHandler(state);
  private final ProtocolServer spu;
  private final ProtocolServer sc;

  private TestCluster(int scPort, int spuPort, SSLContext tls, boolean clientAuth)
      throws IOException {
    spu = new ProtocolServer("spu", spuPort, spuHandler.router(), tls, clientAuth);
    state.spuPort(spu.port());
    try {
      sc = new ProtocolServer("sc", scPort, new ScHandler(state).router(), tls, clientAuth);
    } catch (IOException e) {
      spu.close();
      throw e;
    }
  }

  /** Starts a cluster on free ports. */
  public static TestCluster start() {
    return start(0, 0);
  }

  /**
   * Starts a cluster with its SC on {@code scPort} and its SPU on {@code spuPort} (0 picks a free
   * port).
   *
   * @throws UncheckedIOException if a port cannot be bound
   */
  public static TestCluster start(int scPort, int spuPort) {
    return start(scPort, spuPort, null, false);
  }

  /**
   * Starts a cluster on free ports whose SC and SPU accept only TLS with {@code serverContext}
   * (its key manager holds the server certificate); with {@code requireClientAuth}, clients
   * must present a certificate the context trusts. For testing clients' TLS settings.
   */
  public static TestCluster startTls(SSLContext serverContext, boolean requireClientAuth) {
    return start(0, 0, serverContext, requireClientAuth);
  }

  private static TestCluster start(int scPort, int spuPort, SSLContext tls, boolean clientAuth) {
    try {
      return new TestCluster(scPort, spuPort, tls, clientAuth);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test cluster on 127.0.0.1 (SC port "
          + scPort + ", SPU port " + spuPort + "): " + e.getMessage(), e);
    }
  }

  /** The SC endpoint, {@code 127.0.0.1:<port>}, to give a Fluvio client. */
  public String endpoint() {
    return "127.0.0.1:" + sc.port();
  }

  /** The SC port. */
  public int port() {
    return sc.port();
  }

  /** The SPU port, which the SC advertises in its SPU metadata. */
  public int spuPort() {
    return spu.port();
  }

  /**
   * Creates a topic with {@code partitions} partitions.
   *
   * @throws IllegalArgumentException if it exists or the name is not a valid Fluvio topic name
   */
  public TestCluster createTopic(String topic, int partitions) {
    ErrorCode e = state.createTopic(topic, partitions);
    if (!e.isOk()) {
      throw new IllegalArgumentException("cannot create topic '" + topic + "': " + e);
    }
    return this;
  }

  /** Whether the topic exists. */
  public boolean hasTopic(String topic) {
    return state.topic(topic) != null;
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
    byte[] batch = RecordBatch.of(List.of(new WireRecord(0, 0, key, value)), now, now,
        Compression.NONE).encode();
    return log.append(batch);
  }

  /** The records of one partition, in offset order. */
  public List<ConsumedRecord> records(String topic, int partition) {
    List<ConsumedRecord> out = new ArrayList<>();
    for (byte[] raw : log(topic, partition).batches()) {
      RecordBatch b = RecordBatch.decode(new ByteReader(raw));
      for (WireRecord r : b.records()) {
        out.add(new ConsumedRecord(topic, partition, b.baseOffset() + r.offsetDelta(),
            b.firstTimestamp() + r.timestampDelta(), r.key(), r.value()));
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
        throw new AssertionError("expected at least " + count + " records in topic '" + topic
            + "' within " + timeout + ", found " + records.size());
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

  /** Fault injection: closes every open client connection to the SC and the SPU. */
  public void dropConnections() {
    sc.dropConnections();
    spu.dropConnections();
  }

  private PartitionLog log(String topic, int partition) {
    PartitionLog log = state.partition(topic, partition);
    if (log == null) {
      throw new IllegalArgumentException("no partition " + partition + " in topic '" + topic
          + "'");
    }
    return log;
  }

  /** Stops both listeners and every stream. */
  @Override
  public void close() {
    spuHandler.stopAll();
    sc.close();
    spu.close();
  }
}
