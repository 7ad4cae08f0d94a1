package io.tributary.fluvio;

import io.tributary.fluvio.internal.ClusterSession;
import io.tributary.fluvio.internal.Connection;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.FetchOffsets;
import io.tributary.fluvio.protocol.ProtocolException;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.StreamFetchRequest;
import io.tributary.fluvio.protocol.StreamFetchResponse;
import io.tributary.fluvio.protocol.UpdateConsumerOffset;
import io.tributary.fluvio.protocol.UpdateOffsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * One partition of a {@link FluvioConsumer}: a StreamFetch stream on its own SPU connection, its
 * flow control (a chunk is acknowledged as it is handed out, so the SPU sends the next meanwhile),
 * the read position, the partition's {@link OffsetTracker}, and the stream session under which its
 * offsets are stored. A lost stream is reopened at the position on the partition's current leader;
 * while a committed offset waits to be flushed, the new stream starts at that record so that its
 * first frame brings the session id a flush needs (records before the position are dropped, never
 * handed out twice).
 */
final class PartitionReader {
  private static final System.Logger LOG = System.getLogger("fluvio.consumer");

  /**
   * What a stream's listener queued: a response not decoded yet, a chunk of records or a failure,
   * tagged with the stream generation it came from. The connection's thread queues responses as
   * they are; the polling thread decodes them ({@link #decoded}), so that the records are made on
   * the thread that hands them out.
   *
   * @param reader the partition it belongs to
   * @param generation the stream it came from
   * @param chunk the records of one response, or null
   * @param failure why the stream ended, or null
   * @param frame a response to decode, or null
   */
  record Item(
      PartitionReader reader, int generation, Chunk chunk, FluvioException failure, Frame frame) {
    Item(PartitionReader reader, int generation, Chunk chunk, FluvioException failure) {
      this(reader, generation, chunk, failure, null);
    }
  }

  /**
   * A stream response as it came.
   *
   * @param response the response
   * @param from the stream's start offset (records before it are dropped)
   * @param connection the SPU's connection it came on: its frame goes back to it once decoded
   */
  record Frame(StreamFetchResponse response, long from, Connection connection) {}

  /**
   * One stream response, decoded.
   *
   * @param streamId the stream id (session id)
   * @param records its records at or after the stream's start, as the poll that decoded it made
   *     them ({@link FluvioConsumer.RecordMaker})
   * @param next the offset after its last batch
   * @param highWatermark the partition's high watermark when the SPU answered
   */
  record Chunk(int streamId, List<?> records, long next, long highWatermark) {}

  private final ClusterSession session;
  private final String topic;
  private final int partition;
  private final ConsumerConfig config;
  private final BlockingQueue<Item> inbox;
  private final OffsetTracker offsets = new OffsetTracker();

  // Guarded by this.
  private Connection connection;
  private int generation;
  private int sessionId = -1;
  private long streamFrom;
  private volatile long position; // volatile: also read by lag(), from any thread
  private Long pendingAck;
  private int ackStream;
  private volatile boolean broken;
  private long brokenSince;
  private long nextAttempt;
  private long backoffMs;
  private FluvioException lastFailure;
  private volatile long highWatermark;

  PartitionReader(
      ClusterSession session,
      String topic,
      int partition,
      ConsumerConfig config,
      BlockingQueue<Item> inbox) {
    this.session = session;
    this.topic = topic;
    this.partition = partition;
    this.config = config;
    this.inbox = inbox;
  }

  int partition() {
    return partition;
  }

  OffsetTracker offsets() {
    return offsets;
  }

  synchronized long position() {
    return position;
  }

  /** Records after the position, as of the SPU's last answer; any thread, without locking. */
  long lag() {
    return Math.max(0, highWatermark - position);
  }

  /** Whether the stream is open (not lost and waiting to be reopened); any thread. */
  boolean connected() {
    return !broken;
  }

  private boolean storesOffsets() {
    return config.strategy() != OffsetStrategy.NONE;
  }

  /**
   * Opens the first stream, at the start offset resolved with {@code stored} (the consumer's stored
   * offset, or null) as Fluvio's client does.
   */
  synchronized void open(Long stored) {
    long start = System.nanoTime();
    while (true) {
      try {
        openFirst(stored);
        return;
      } catch (FluvioException e) {
        // The leader moved and this client's metadata does not say so yet (NotLeaderForPartition),
        // or its SPU is out of reach: ask the SC again, as a lost stream's reopening does.
        if (!Retry.retriable(e)
            || System.nanoTime() - start > session.config().requestTimeout().toNanos()) {
          throw e;
        }
        waitUntil(System.nanoTime() + 100_000_000L); // 100 ms
        session.refresh();
      }
    }
  }

  private void openFirst(Long stored) {
    openStream(
        o -> {
          if (stored != null
              && config.start().kind() != Offset.Kind.ABSOLUTE
              && stored + 1 < o.startOffset()) {
            // Fluvio's client clamps silently; the records are gone either way, but say so once.
            LOG.log(
                System.Logger.Level.WARNING,
                "topic ''{0}'' partition {1}: consumer ''{2}'' "
                    + "stored offset {3}, but retention deleted the records up to {4}; records {5} to "
                    + "{4} are skipped and reading resumes at {6}",
                topic,
                Integer.toString(partition),
                config.consumerId(),
                Long.toString(stored),
                Long.toString(o.startOffset() - 1),
                Long.toString(stored + 1),
                Long.toString(o.startOffset()));
          }
          return config.start().resolve(o.startOffset(), o.lastStableOffset(), stored);
        });
  }

  private void openStream(ToLongFunction<FetchOffsets.Response> positionOf) {
    Connection c = session.openSpu(session.leaderSpu(topic, partition));
    try {
      FetchOffsets.Response o;
      try {
        o = c.call(Apis.FETCH_OFFSETS, new FetchOffsets.Request(topic, partition));
      } catch (FluvioServerException e) {
        throw e.error().code() == ErrorCode.TOPIC_NOT_FOUND
            ? new UnknownTopicException(
                topic, "topic '" + topic + "' not found on Fluvio at " + c.address())
            : e;
      }
      long pos = positionOf.applyAsLong(o);
      highWatermark = o.lastStableOffset();
      short version = c.version(Apis.STREAM_FETCH);
      if (storesOffsets() && version < Apis.OFFSET_MANAGEMENT_VERSION) {
        throw new ConsumerOffsetException(
            "the SPU at "
                + c.address()
                + " speaks StreamFetch up "
                + "to version "
                + version
                + ", but stored consumer offsets need version "
                + Apis.OFFSET_MANAGEMENT_VERSION
                + " (Fluvio 0.11.6 or later)",
            ErrorCode.of(ErrorCode.OFFSET_MANAGEMENT_DISABLED));
      }
      long pending = offsets.pendingFlush();
      long from = pending >= 0 ? Math.min(pos, Math.max(pending, o.startOffset())) : pos;
      StreamFetchRequest req =
          new StreamFetchRequest(
              topic, partition, from, config.maxBytes(), 0, List.of(), config.consumerId());
      int gen = ++generation;
      sessionId = -1;
      streamFrom = from;
      position = pos;
      pendingAck = null;
      c.stream(
          Apis.STREAM_FETCH,
          req,
          new Connection.StreamListener<>() {
            @Override
            public void onFrame(StreamFetchResponse frame) {
              started(gen, frame.streamId());
              inbox.add(new Item(PartitionReader.this, gen, null, null, new Frame(frame, from, c)));
            }

            @Override
            public void onFailure(FluvioException cause) {
              inbox.add(new Item(PartitionReader.this, gen, null, cause));
            }
          });
    } catch (RuntimeException e) {
      c.close();
      if (connection != null) {
        // reopening: the earlier stream is gone either way, so polls keep trying
        lost(e instanceof FluvioException fe ? fe : new FluvioException(e.toString(), e));
      }
      throw e;
    }
    connection = c;
    broken = false;
    lastFailure = null;
  }

  private synchronized void started(int gen, int streamId) {
    if (gen == generation && sessionId < 0) {
      sessionId = streamId;
      notifyAll();
    }
  }

  /**
   * The item with its response decoded into a chunk of records (or a failure, if it cannot be
   * read); any other item as it is. Called by the polling thread, without holding this reader's
   * lock; {@code maker} makes each record, as {@link #accept} then hands them out.
   */
  Item decoded(Item item, FluvioConsumer.RecordMaker<?> maker) {
    Frame f = item.frame();
    if (f == null) {
      return item;
    }
    try {
      return decode(item.generation(), f.response(), f.from(), f.connection().address(), maker);
    } finally {
      f.connection().recycle(f.response().batches()); // the records' bytes were copied out
    }
  }

  private Item decode(
      int gen,
      StreamFetchResponse r,
      long from,
      String address,
      FluvioConsumer.RecordMaker<?> maker) {
    try {
      Records<?> records =
          new Records<>(
              partition,
              from,
              maker,
              RecordBatch.countHint(r.batches(), r.batchesFrom(), r.batchesLength()));
      long next =
          Math.max(
              from,
              RecordBatch.forEachRecord(r.batches(), r.batchesFrom(), r.batchesLength(), records));
      return new Item(
          this,
          gen,
          new Chunk(
              r.streamId(),
              records.list,
              r.nextFilterOffset() > 0 ? r.nextFilterOffset() : next,
              r.highWatermark()),
          null);
    } catch (ProtocolException e) {
      return new Item(
          this,
          gen,
          null,
          new FluvioProtocolException(
              "cannot read records of "
                  + "topic '"
                  + topic
                  + "' partition "
                  + partition
                  + " from "
                  + address
                  + ": "
                  + e.getMessage(),
              e));
    } catch (FluvioException e) {
      return new Item(this, gen, null, e);
    }
  }

  /** Makes the records of a response at or after the stream's start. */
  private static final class Records<T> implements RecordBatch.RecordVisitor {
    final ArrayList<T> list;
    private final int partition;
    private final long from;
    private final FluvioConsumer.RecordMaker<T> maker;

    /** {@code expected}: how many records the response holds, about (a list growing is copied). */
    Records(int partition, long from, FluvioConsumer.RecordMaker<T> maker, int expected) {
      this.partition = partition;
      this.from = from;
      this.maker = maker;
      this.list = new ArrayList<>(expected);
    }

    @Override
    public void batch(int records) {
      list.ensureCapacity(list.size() + records);
    }

    @Override
    public void record(long offset, long timestamp, byte[] key, byte[] value) {
      if (offset >= from) {
        list.add(maker.make(partition, offset, timestamp, key, value));
      }
    }
  }

  /**
   * Takes a queued item: the records not handed out yet (the position moves past them), or nothing
   * for an item of an earlier stream or a stream that was lost (it is reopened later).
   *
   * @throws FluvioException if the stream ended with an error that is not retriable, e.g. a {@link
   *     ConsumerOffsetException} for an evicted offset
   */
  synchronized <T> List<T> accept(Item item, FluvioConsumer.RecordMaker<T> maker) {
    if (item.generation() != generation) {
      return List.of();
    }
    if (item.failure() != null) {
      if (Retry.retriable(item.failure())) {
        lost(item.failure());
        return List.of();
      }
      throw withContext(item.failure());
    }
    Chunk chunk = item.chunk();
    pendingAck = chunk.next();
    ackStream = chunk.streamId();
    highWatermark = chunk.highWatermark();
    @SuppressWarnings("unchecked") // decoded by the same poll, with the same maker
    List<T> records = (List<T>) chunk.records();
    if (!records.isEmpty() && maker.offset(records.get(0)) < position) {
      // a chunk of a reopened stream overlapping what was handed out (records are in offset order)
      List<T> after = new ArrayList<>(records.size());
      for (T r : records) {
        if (maker.offset(r) >= position) {
          after.add(r);
        }
      }
      records = after;
    }
    if (!records.isEmpty()) {
      position = maker.offset(records.get(records.size() - 1)) + 1;
      offsets.seen(position - 1);
    }
    return records;
  }

  private FluvioException withContext(FluvioException e) {
    String what = "reading " + topic + "-" + partition + " at offset " + position + " failed: ";
    return e instanceof FluvioServerException se
        ? FluvioServerException.of(what + se.error().message(), se.error())
        : new FluvioException(what + e.getMessage(), e);
  }

  /** Acknowledges the chunk taken last, so that the SPU sends more. */
  synchronized void acknowledge() {
    if (pendingAck == null || broken) {
      return;
    }
    UpdateOffsets.Request ack = new UpdateOffsets.Request(pendingAck, ackStream);
    pendingAck = null;
    int gen = generation;
    String address = connection.address();
    connection
        .callAsync(Apis.UPDATE_OFFSETS, ack)
        .exceptionally(
            e -> {
              // The SPU sends nothing more without the acknowledgement: the stream counts as lost.
              inbox.add(
                  new Item(
                      this,
                      gen,
                      null,
                      new FluvioConnectionException(
                          "acknowledging records "
                              + "of "
                              + topic
                              + "-"
                              + partition
                              + " to "
                              + address
                              + " failed: "
                              + e.getMessage(),
                          e)));
              return null;
            });
  }

  private synchronized void lost(int gen, FluvioException cause) {
    if (gen == generation) {
      lost(cause);
    }
  }

  private void lost(FluvioException cause) {
    if (!broken) {
      broken = true;
      brokenSince = System.nanoTime();
      nextAttempt = brokenSince;
      backoffMs = 50;
    }
    lastFailure = cause;
  }

  /**
   * Reopens a lost stream at the position on the partition's current leader, if the time for the
   * next attempt has come; attempts back off from 50 ms to 1 s.
   *
   * @return false while the stream is still lost
   * @throws FluvioException if it stays lost beyond the client's request timeout, or for a failure
   *     that is not retriable
   */
  synchronized boolean reopenIfLost() {
    if (!broken) {
      return true;
    }
    long now = System.nanoTime();
    if (now - nextAttempt < 0) {
      return false;
    }
    connection.close();
    try {
      session.refresh();
      long pos = position;
      openStream(o -> pos);
      return true;
    } catch (FluvioException e) {
      if (!Retry.retriable(e) || now - brokenSince > session.config().requestTimeout().toNanos()) {
        throw new FluvioException(
            "cannot resume reading "
                + topic
                + "-"
                + partition
                + " at offset "
                + position
                + " ("
                + lastFailure.getMessage()
                + "): "
                + e.getMessage(),
            e);
      }
      lastFailure = e;
      nextAttempt = now + backoffMs * 1_000_000;
      backoffMs = Math.min(1000, backoffMs * 2);
      return false;
    }
  }

  /**
   * Stores the committed offset and waits for the cluster's answer; nothing if it is flushed
   * already. Needs the session of a stream that delivered a frame: a lost stream is reopened, and a
   * stream that started after the committed record is restarted at it.
   *
   * @throws ConsumerOffsetException if the cluster refuses to store it
   * @throws FluvioException if no stream session could be had within the request timeout
   */
  void flush() {
    for (int attempt = 1; ; attempt++) {
      long pending = offsets.pendingFlush();
      if (pending < 0) {
        return;
      }
      Session s;
      synchronized (this) {
        awaitSession(pending);
        s = current();
      }
      try {
        s.connection()
            .call(Apis.UPDATE_CONSUMER_OFFSET, new UpdateConsumerOffset.Request(pending, s.id()));
        offsets.flushed(pending);
        return;
      } catch (FluvioException e) {
        if (attempt >= 3 || !sessionLost(e)) {
          throw flushFailed(pending, e);
        }
        lost(s.generation(), e);
      }
    }
  }

  /** The current stream's connection, session id and generation. */
  private record Session(Connection connection, int id, int generation) {}

  private Session current() {
    return new Session(connection, sessionId, generation);
  }

  /** The stream session is gone (lost connection, or the SPU no longer knows the session). */
  private static boolean sessionLost(FluvioException e) {
    return Retry.retriable(e)
        || e instanceof FluvioServerException se
            && se.error().code() == ErrorCode.FETCH_SESSION_NOT_FOUND;
  }

  private void awaitSession(long pending) {
    long deadline = System.nanoTime() + session.config().requestTimeout().toNanos();
    while (true) {
      while (broken && !reopenIfLost()) {
        waitUntil(Math.min(deadline, nextAttempt));
        checkDeadline(deadline, pending);
      }
      if (sessionId >= 0 || streamFrom <= pending) {
        break;
      }
      connection.close();
      long pos = position;
      try {
        openStream(o -> pos); // starts at the pending record: its frame brings the session id
        break;
      } catch (FluvioException e) {
        // The leader moved before this reader noticed (NotLeaderForPartition), or the connection
        // was lost: openStream marked the stream lost, so it is reopened above after a refresh of
        // the cluster's metadata, with the same backoff and time limit as a poll's reopening.
        if (!Retry.retriable(e)) {
          throw e;
        }
        checkDeadline(deadline, pending);
      }
    }
    while (sessionId < 0) {
      waitUntil(deadline);
      checkDeadline(deadline, pending);
    }
  }

  private void checkDeadline(long deadline, long pending) {
    if (System.nanoTime() - deadline >= 0 && (broken || sessionId < 0)) {
      throw new FluvioTimeoutException(
          "cannot store offset "
              + pending
              + " of "
              + topic
              + "-"
              + partition
              + " for consumer '"
              + config.consumerId()
              + "': no stream session within "
              + session.config().requestTimeout().toMillis()
              + " ms"
              + (lastFailure == null ? "" : " (" + lastFailure.getMessage() + ")"));
    }
  }

  private void waitUntil(long deadline) {
    long ms = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    try {
      wait(Math.min(ms, 100));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FluvioException("interrupted while waiting for " + topic + "-" + partition, e);
    }
  }

  private FluvioException flushFailed(long pending, FluvioException e) {
    String what =
        "storing offset "
            + pending
            + " of "
            + topic
            + "-"
            + partition
            + " for consumer '"
            + config.consumerId()
            + "' failed: ";
    return e instanceof FluvioServerException se
        ? FluvioServerException.of(what + se.error().message(), se.error())
        : new FluvioException(what + e.getMessage(), e);
  }

  /**
   * Sends the committed offset without waiting (the automatic flush); skipped while the stream is
   * lost or has no session yet. {@code onFailure} gets the cluster's refusal.
   */
  void flushAsync(Consumer<FluvioException> onFailure) {
    long pending = offsets.pendingFlush();
    if (pending < 0) {
      return;
    }
    Session s;
    synchronized (this) {
      if (broken || sessionId < 0) {
        return;
      }
      s = current();
    }
    s.connection()
        .callAsync(Apis.UPDATE_CONSUMER_OFFSET, new UpdateConsumerOffset.Request(pending, s.id()))
        .whenComplete(
            (r, e) -> {
              if (e == null) {
                offsets.flushed(pending);
              } else if (e instanceof FluvioException fe && sessionLost(fe)) {
                lost(s.generation(), fe);
              } else {
                onFailure.accept(
                    flushFailed(
                        pending,
                        e instanceof FluvioException fe
                            ? fe
                            : new FluvioException(e.toString(), e)));
              }
            });
  }

  /** Closes the stream and its connection. */
  synchronized void close() {
    generation++;
    if (connection != null) {
      connection.close();
    }
  }
}
