package io.tributary.fluvio;

import io.tributary.fluvio.internal.ClusterSession;
import io.tributary.fluvio.internal.Connection;
import io.tributary.fluvio.internal.ProduceBatch;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.ProduceRequest;
import io.tributary.fluvio.protocol.ProduceResponse;
import io.tributary.fluvio.protocol.SipHash24;
import io.tributary.fluvio.protocol.SpuMetadata;
import io.tributary.fluvio.protocol.TopicCompression;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Produces records to one topic. Records are batched per partition (see {@link ProducerConfig}),
 * keyed records go to the partition Fluvio's SipHash-2-4 partitioner picks, records without key go
 * round-robin. Batches failing with a retriable error (NotLeaderForPartition, timeouts, connection
 * loss) are retried after a metadata refresh, on the partition's current leader, with a pause that
 * doubles each retry. At least once: a record is stored twice only when the SPU stored it but its
 * answer was lost (connection lost or timed out) and it was sent again, so at most one extra copy
 * per such loss and never more than {@link ProducerConfig#retries()} extra copies. Thread-safe.
 */
public final class FluvioProducer implements AutoCloseable {
  /** Upper bound of one ProduceRequest's record bytes. */
  static final int MAX_REQUEST_BYTES = 1 << 20;

  /** How often an idle producer looks at its connections. */
  static final long CONNECTION_CHECK_MILLIS = 1000;

  /** Unanswered ProduceRequests allowed at once; the sender waits beyond that. */
  static final int MAX_IN_FLIGHT = 8;

  private final java.util.concurrent.Semaphore inFlight =
      new java.util.concurrent.Semaphore(MAX_IN_FLIGHT);
  private final ClusterSession session;
  private final String topic;
  private final ProducerConfig config;
  private final Compression compression;
  private final AtomicInteger roundRobin = new AtomicInteger();
  private final Map<Integer, Deque<ProduceBatch.Entry>> queues = new LinkedHashMap<>();
  private final Map<Integer, Long> queuedBytes = new LinkedHashMap<>();
  private final Deque<ProduceBatch> retries = new ArrayDeque<>();
  private final Thread sender;
  private final AtomicInteger inFlightBatches = new AtomicInteger();
  private long outstanding;
  private long acknowledgedRecords;
  private long acknowledgedBytes;
  private int flushWaiters;
  private int waitingSenders;
  private volatile boolean connected = true;
  private long nextConnectionCheck;
  private long nextSequence;
  private FluvioException failureSinceFlush;
  private boolean closing;
  private boolean metadataStale;

  FluvioProducer(ClusterSession session, String topic, ProducerConfig config) {
    this.session = session;
    this.topic = topic;
    this.config = config;
    this.compression =
        compression(
            topic,
            config.compression(),
            session.topicCompression(topic),
            session.config().endpoint());
    nextConnectionCheck = System.currentTimeMillis() + CONNECTION_CHECK_MILLIS;
    sender = new Thread(new Sender(), "tributary-fluvio-producer-" + topic);
    sender.setDaemon(true);
    sender.start();
  }

  /**
   * The codec to write, as Fluvio's producer picks it: the configured one, or when none is
   * configured the one the topic requires (none for a topic that takes any).
   *
   * @throws FluvioConfigException if the topic requires another codec than the configured one
   */
  static Compression compression(
      String topic, Compression configured, TopicCompression required, String endpoint) {
    if (configured == null) {
      return required.codec() == null ? Compression.NONE : required.codec();
    }
    if (!required.accepts(configured)) {
      throw new FluvioConfigException(
          "producer compression "
              + configured.label()
              + " does not match the compression of topic '"
              + topic
              + "' on Fluvio at "
              + endpoint
              + " ("
              + required.label()
              + "): configure "
              + required.label()
              + " or leave the "
              + "compression unset");
    }
    return configured;
  }

  /** The codec this producer writes. */
  public Compression compression() {
    return compression;
  }

  /** The topic this producer writes to. */
  public String topic() {
    return topic;
  }

  /**
   * Queues a record. The future completes when the SPU acknowledged it, or fails with a {@link
   * FluvioException}. When the record's partition already holds {@link
   * ProducerConfig#batchQueueSize()} batches' worth of records not yet sent (the cluster is slower
   * than the caller, or its leader is away), this waits for room, at most {@link
   * ProducerConfig#enqueueTimeout()}, then throws {@link FluvioTimeoutException} without queuing
   * the record.
   *
   * @param key the key, or null for none (round-robin partitioning)
   * @param value the value
   */
  public CompletableFuture<RecordMetadata> send(byte[] key, byte[] value) {
    return send(key, value, System.currentTimeMillis());
  }

  /**
   * Queues a record with its own creation time (in a batch, a time before the batch's first record
   * is stored as that first record's time).
   *
   * @param key the key, or null for none (round-robin partitioning)
   * @param value the value
   * @param timestampMillis the record's creation time, in ms since the epoch
   */
  public CompletableFuture<RecordMetadata> send(byte[] key, byte[] value, long timestampMillis) {
    Objects.requireNonNull(value, "value");
    int partitions = session.partitionCount(topic);
    if (partitions == 0) {
      partitions = session.requirePartitions(topic);
    }
    int partition =
        key != null
            ? SipHash24.partition(key, partitions)
            : Math.floorMod(roundRobin.getAndIncrement(), partitions);
    ProduceBatch.Entry e =
        new ProduceBatch.Entry(
            key, value, timestampMillis, System.currentTimeMillis(), new CompletableFuture<>());
    synchronized (this) {
      if (closing) {
        throw new FluvioException("producer for topic '" + topic + "' is closed");
      }
      awaitRoom(partition);
      Deque<ProduceBatch.Entry> queue = queues.get(partition);
      if (queue == null) {
        queue = new ArrayDeque<>();
        queues.put(partition, queue);
      }
      queue.add(e);
      outstanding++;
      long bytes = queuedBytes.getOrDefault(partition, 0L) + e.size();
      queuedBytes.put(partition, bytes);
      if (queue.size() == 1 || bytes >= config.batchSize()) {
        notifyAll(); // the sender only needs to look when a linger starts or a batch fills
      }
    }
    return e.future();
  }

  /**
   * Waits while the partition's queue holds {@link ProducerConfig#batchQueueSize()} batches' worth
   * of records not yet sent, as Fluvio's producer does, so that a source faster than the cluster
   * (or one producing while the leader is away) is held back instead of filling the heap. The
   * sender's own thread (a callback sending from an acknowledgement) never waits.
   */
  private void awaitRoom(int partition) {
    long limit = (long) config.batchQueueSize() * config.batchSize();
    if (queuedBytes.getOrDefault(partition, 0L) < limit || Thread.currentThread() == sender) {
      return;
    }
    long deadline = System.nanoTime() + config.enqueueTimeout().toNanos();
    waitingSenders++;
    try {
      while (queuedBytes.getOrDefault(partition, 0L) >= limit) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new FluvioTimeoutException(
              "the producer's queue for topic '"
                  + topic
                  + "' partition "
                  + partition
                  + " stayed full ("
                  + config.batchQueueSize()
                  + " batches of up to "
                  + config.batchSize()
                  + " bytes not yet sent) for "
                  + config.enqueueTimeout().toMillis()
                  + " ms: the cluster is not taking records");
        }
        wait(Math.max(1, left / 1_000_000));
        if (closing) {
          throw new FluvioException("producer for topic '" + topic + "' is closed");
        }
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new FluvioException(
          "interrupted while waiting for room in the producer's queue for topic '" + topic + "'",
          ex);
    } finally {
      waitingSenders--;
    }
  }

  /**
   * Batches waiting to be sent again after a retriable error (e.g. NotLeaderForPartition while a
   * leader moves); new records of their partitions wait behind them, so that they are not stored
   * first.
   */
  public synchronized int retryingBatches() {
    return retries.size();
  }

  /**
   * Sends everything queued and returns once every record sent so far is acknowledged or has
   * failed.
   *
   * @throws FluvioException if a record sent since the previous flush failed (the first failure)
   */
  public void flush() {
    FluvioException failure;
    synchronized (this) {
      flushWaiters++;
      notifyAll();
      try {
        while (outstanding > 0) {
          wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FluvioException("interrupted while flushing topic '" + topic + "'", e);
      } finally {
        flushWaiters--;
      }
      failure = failureSinceFlush;
      failureSinceFlush = null;
    }
    if (failure != null) {
      throw new FluvioException(
          "records for topic '" + topic + "' failed: " + failure.getMessage(), failure);
    }
  }

  /** Records the cluster has acknowledged so far. */
  public synchronized long acknowledgedRecords() {
    return acknowledgedRecords;
  }

  /** The key and value bytes of {@link #acknowledgedRecords()}. */
  public synchronized long acknowledgedBytes() {
    return acknowledgedBytes;
  }

  /** Records queued and not yet sent to the cluster (waiting for a batch or a retry). */
  public synchronized long queuedRecords() {
    long queued = 0;
    for (Deque<ProduceBatch.Entry> q : queues.values()) {
      queued += q.size();
    }
    for (ProduceBatch b : retries) {
      queued += b.entries().size();
    }
    return queued;
  }

  /** Batches sent to the cluster and not yet answered. */
  public int inFlightBatches() {
    return inFlightBatches.get();
  }

  /**
   * Whether batches are waiting to be sent again after a retriable failure (a lost connection, a
   * leader change): the producer is reconnecting.
   */
  public synchronized boolean retrying() {
    return !retries.isEmpty();
  }

  /** Flushes, then stops the sender. */
  @Override
  public void close() {
    try {
      flush();
    } finally {
      synchronized (this) {
        closing = true;
        notifyAll();
      }
      try {
        sender.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void sendLoop() {
    while (true) {
      List<ProduceBatch> ready;
      boolean refresh;
      synchronized (this) {
        try {
          ready = takeReady();
          while (ready.isEmpty()) {
            if (closing && outstanding == 0) {
              return;
            }
            long wake = nextWakeup();
            if (retries.isEmpty()) { // a retry looks at the connection itself
              long untilCheck = nextConnectionCheck - System.currentTimeMillis();
              if (untilCheck <= 0) {
                break; // idle: time to look at the connections
              }
              wake = Math.min(wake, untilCheck);
            }
            wait(Math.max(1, wake));
            ready = takeReady();
          }
        } catch (InterruptedException e) {
          return;
        }
        refresh = metadataStale;
        metadataStale = false;
      }
      if (refresh) {
        try {
          session.refresh();
        } catch (FluvioException ignored) {
          // the retried batches will report it
        }
      }
      if (ready.isEmpty()) {
        checkConnections();
      } else {
        dispatch(ready);
      }
    }
  }

  /**
   * Whether the producer can reach its topic: false from a batch's lost or refused connection, or
   * an idle producer's lost connection to a partition leader (the sender looks about once a second
   * while idle and reopens it), until a connection opens or a batch is acknowledged again.
   */
  public boolean connected() {
    return connected;
  }

  /**
   * Opens again a lost connection to the leader of each of the topic's partitions, so that an idle
   * producer notices a lost cluster (and its next record does not wait for a new connection).
   */
  private void checkConnections() {
    nextConnectionCheck = System.currentTimeMillis() + CONNECTION_CHECK_MILLIS;
    try {
      int partitions = session.partitionCount(topic);
      for (int p = 0; p < partitions; p++) {
        session.spuConnection(session.leaderSpu(topic, p));
      }
      connected = true;
    } catch (FluvioException e) {
      connected = false;
      synchronized (this) {
        metadataStale = true; // a leader may have moved: look again before the next check
      }
    }
  }

  /** Milliseconds until some queued batch may become ready. */
  private long nextWakeup() {
    long now = System.currentTimeMillis();
    long next = 1000;
    Map<Integer, ProduceBatch> waiting = oldestRetries();
    for (ProduceBatch b : waiting.values()) {
      next = Math.min(next, b.retryAt() - now);
    }
    for (Map.Entry<Integer, Deque<ProduceBatch.Entry>> q : queues.entrySet()) {
      if (!q.getValue().isEmpty() && !waiting.containsKey(q.getKey())) {
        next =
            Math.min(next, q.getValue().peekFirst().queuedAt() + config.linger().toMillis() - now);
      }
    }
    return next;
  }

  /** Per partition with batches waiting for a retry, the one taken first. */
  private Map<Integer, ProduceBatch> oldestRetries() {
    Map<Integer, ProduceBatch> oldest = new HashMap<>();
    for (ProduceBatch b : retries) {
      ProduceBatch o = oldest.get(b.partition());
      if (o == null || b.sequence() < o.sequence()) {
        oldest.put(b.partition(), b);
      }
    }
    return oldest;
  }

  private List<ProduceBatch> takeReady() {
    long now = System.currentTimeMillis();
    boolean force = flushWaiters > 0 || closing;
    List<ProduceBatch> out = new ArrayList<>();
    // A partition's retried batches go again together, in the order they were first taken, once
    // its oldest one is due: a batch that failed more often (so waits longer) is not overtaken by
    // a later batch of its partition that failed fewer times.
    Map<Integer, ProduceBatch> oldest = oldestRetries();
    for (Iterator<ProduceBatch> i = retries.iterator(); i.hasNext(); ) {
      ProduceBatch b = i.next();
      if (oldest.get(b.partition()).retryAt() <= now) {
        out.add(b);
        i.remove();
      }
    }
    if (out.size() > 1) { // (a lambda linked only when there is something to sort)
      out.sort((x, y) -> Long.compare(x.sequence(), y.sequence()));
    }
    // A partition's new records wait while one of its batches waits for a retry, so that they
    // are not stored before it (e.g. on the new leader right after a leader move); nextWakeup
    // leaves them out the same way.
    Set<Integer> waiting = new HashSet<>();
    for (ProduceBatch b : retries) {
      waiting.add(b.partition());
    }
    for (Map.Entry<Integer, Deque<ProduceBatch.Entry>> q : queues.entrySet()) {
      Deque<ProduceBatch.Entry> queue = q.getValue();
      while (!queue.isEmpty() && !waiting.contains(q.getKey())) {
        boolean aged = now - queue.peekFirst().queuedAt() >= config.linger().toMillis();
        long bytes = 0;
        List<ProduceBatch.Entry> batch = new ArrayList<>();
        for (ProduceBatch.Entry e : queue) {
          if (!batch.isEmpty() && bytes + e.size() > config.batchSize()) {
            break;
          }
          batch.add(e);
          bytes += e.size();
        }
        boolean full = batch.size() < queue.size() || bytes >= config.batchSize();
        if (!(full || aged || force)) {
          break;
        }
        for (int i = 0; i < batch.size(); i++) {
          queue.pollFirst();
        }
        queuedBytes.put(q.getKey(), queuedBytes.get(q.getKey()) - bytes);
        out.add(new ProduceBatch(q.getKey(), nextSequence++, batch, 0, 0));
      }
    }
    if (waitingSenders > 0 && !out.isEmpty()) {
      notifyAll(); // room in a queue a send may be waiting on
    }
    return out;
  }

  private void dispatch(List<ProduceBatch> batches) {
    Map<Integer, List<ProduceBatch>> bySpu = new LinkedHashMap<>();
    Map<Integer, SpuMetadata> spus = new LinkedHashMap<>();
    for (ProduceBatch b : batches) {
      try {
        SpuMetadata spu = session.leaderSpu(topic, b.partition());
        spus.put(spu.id(), spu);
        List<ProduceBatch> list = bySpu.get(spu.id());
        if (list == null) {
          list = new ArrayList<>();
          bySpu.put(spu.id(), list);
        }
        list.add(b);
      } catch (FluvioException e) {
        retryOrFail(b, e);
      }
    }
    for (Map.Entry<Integer, List<ProduceBatch>> e : bySpu.entrySet()) {
      send(spus.get(e.getKey()), e.getValue());
    }
  }

  /** Encodes the batches for one SPU into requests of at most {@link #MAX_REQUEST_BYTES}. */
  private void send(SpuMetadata spu, List<ProduceBatch> batches) {
    List<ProduceBatch> chunk = new ArrayList<>();
    List<ProduceRequest.PartitionData> data = new ArrayList<>();
    long bytes = 0;
    for (ProduceBatch b : batches) {
      byte[] encoded;
      try {
        encoded = b.encode(compression);
      } catch (RuntimeException e) {
        fail(
            b,
            new FluvioException(
                "cannot encode records for topic '" + topic + "': " + e.getMessage(), e));
        continue;
      }
      if (!chunk.isEmpty() && bytes + encoded.length > MAX_REQUEST_BYTES) {
        request(spu, chunk, data);
        chunk = new ArrayList<>();
        data = new ArrayList<>();
        bytes = 0;
      }
      chunk.add(b);
      data.add(new ProduceRequest.PartitionData(b.partition(), encoded));
      bytes += encoded.length;
    }
    if (!chunk.isEmpty()) {
      request(spu, chunk, data);
    }
  }

  /** Sends one ProduceRequest, waiting while {@link #MAX_IN_FLIGHT} requests are unanswered. */
  private void request(
      SpuMetadata spu, List<ProduceBatch> batches, List<ProduceRequest.PartitionData> data) {
    Connection c;
    try {
      c = session.spuConnection(spu);
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      for (ProduceBatch b : batches) {
        fail(b, new FluvioException("interrupted", e));
      }
      return;
    } catch (FluvioException e) {
      for (ProduceBatch b : batches) {
        retryOrFail(b, e);
      }
      return;
    }
    ProduceRequest req =
        new ProduceRequest(
            null,
            (short) (config.acks() == ProducerConfig.Acks.ALL ? -1 : 1),
            (int) config.timeout().toMillis(),
            List.of(new ProduceRequest.TopicData(topic, data)),
            List.of());
    inFlightBatches.addAndGet(batches.size());
    c.callAsync(Apis.PRODUCE, req).whenComplete(new Answer(batches, c));
  }

  /** The sender's thread: {@link #sendLoop}. */
  private final class Sender implements Runnable {
    @Override
    public void run() {
      sendLoop();
    }
  }

  /**
   * Handles the answer to one ProduceRequest, on the connection's thread. (Named classes here and
   * in the sender rather than lambdas: linking a lambda costs more than this class on the way to a
   * connector's first record; docs/performance.md, "First record".)
   */
  private final class Answer implements BiConsumer<ProduceResponse, Throwable> {
    private final List<ProduceBatch> batches;
    private final Connection connection;

    Answer(List<ProduceBatch> batches, Connection connection) {
      this.batches = batches;
      this.connection = connection;
    }

    @Override
    public void accept(ProduceResponse r, Throwable err) {
      inFlight.release();
      inFlightBatches.addAndGet(-batches.size());
      if (err != null) {
        FluvioException fe =
            err instanceof FluvioException e
                ? e
                : new FluvioException(
                    "Produce to Fluvio at " + connection.address() + " failed: " + err, err);
        for (ProduceBatch b : batches) {
          retryOrFail(b, fe);
        }
        return;
      }
      handle(r, batches, connection.address());
    }
  }

  private void handle(ProduceResponse resp, List<ProduceBatch> batches, String address) {
    List<ProduceResponse.PartitionResponse> parts =
        resp.topics().isEmpty() ? List.of() : resp.topics().get(0).partitions();
    for (int i = 0; i < batches.size(); i++) {
      ProduceBatch b = batches.get(i);
      if (i >= parts.size()) {
        fail(
            b,
            new FluvioException(
                "Fluvio at "
                    + address
                    + " sent no result for partition "
                    + b.partition()
                    + " of topic '"
                    + topic
                    + "'"));
        continue;
      }
      ProduceResponse.PartitionResponse p = parts.get(i);
      if (p.error().isOk()) {
        complete(b, p.baseOffset());
      } else {
        FluvioServerException e =
            new FluvioServerException(
                "producing to "
                    + topic
                    + "-"
                    + b.partition()
                    + " at "
                    + address
                    + " failed: "
                    + p.error(),
                p.error());
        if (p.error().retriable()) {
          retryOrFail(b, e);
        } else {
          fail(b, e);
        }
      }
    }
  }

  private void retryOrFail(ProduceBatch b, FluvioException cause) {
    boolean retriable =
        cause instanceof FluvioServerException se
            ? se.error().retriable()
            : !(cause instanceof FluvioProtocolException);
    if (cause instanceof FluvioConnectionException) {
      connected = false;
    }
    if (!retriable || cause instanceof UnknownTopicException || b.attempts() >= config.retries()) {
      fail(b, cause);
      return;
    }
    synchronized (this) {
      metadataStale = true; // refreshed by the sender, not on a connection's reader thread
      retries.add(
          b.retry(
              System.currentTimeMillis() + retryDelayMillis(config.retryBackoff(), b.attempts())));
      notifyAll();
    }
  }

  /**
   * The pause before retry number {@code attempts + 1}: {@code backoff}, doubled for each retry
   * before it (at most 1024 times {@code backoff}).
   */
  static long retryDelayMillis(Duration backoff, int attempts) {
    return backoff.toMillis() << Math.min(attempts, 10);
  }

  private void complete(ProduceBatch b, long baseOffset) {
    connected = true;
    List<ProduceBatch.Entry> entries = b.entries();
    long bytes = 0;
    for (int i = 0; i < entries.size(); i++) {
      ProduceBatch.Entry e = entries.get(i);
      bytes += e.value().length + (e.key() == null ? 0 : e.key().length);
      e.future().complete(new RecordMetadata(topic, b.partition(), baseOffset + i));
    }
    synchronized (this) {
      acknowledgedRecords += entries.size();
      acknowledgedBytes += bytes;
    }
    done(entries.size(), null);
  }

  private void fail(ProduceBatch b, FluvioException cause) {
    for (ProduceBatch.Entry e : b.entries()) {
      e.future().completeExceptionally(cause);
    }
    done(b.entries().size(), cause);
  }

  private synchronized void done(int records, FluvioException failure) {
    outstanding -= records;
    if (failure != null && failureSinceFlush == null) {
      failureSinceFlush = failure;
    }
    notifyAll();
  }
}
