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
import io.tributary.fluvio.protocol.UpdateOffsets;
import io.tributary.fluvio.protocol.WireRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads one partition through a StreamFetch stream on its own SPU connection. {@link #poll}
 * returns the records of one stream response at a time; the next call acknowledges them to the
 * SPU (UpdateOffsets), which then sends more, so the SPU never runs ahead of the application.
 * When the stream is lost (connection lost, SPU stopped, leader moved: NotLeaderForPartition),
 * polls refresh metadata and reopen it on the partition's current leader at
 * {@link #position()}, retrying with a growing pause (50 ms doubling to 1 s) for up to the
 * client's request timeout; no record is handed out twice or skipped. Not thread-safe: use one
 * consumer per thread.
 */
public final class FluvioConsumer implements AutoCloseable {
  private static final long FIRST_BACKOFF_MS = 50;
  private static final long MAX_BACKOFF_MS = 1000;
  private final ClusterSession session;
  private final String topic;
  private final int partition;
  private final LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
  private Connection connection;
  private long position;
  private Long pendingAck;
  private int ackStream;
  private boolean broken;
  /** When the stream was lost (System.nanoTime), the next reopen attempt, the pause after it. */
  private long brokenSince;
  private long nextAttempt;
  private long backoffMs;
  private FluvioException lastFailure;
  private boolean closed;
  /** Counts opened streams: what an earlier (dropped) stream still queues is ignored. */
  private int generation;

  /** What a stream's listener queued, with the stream it came from. */
  private record Tagged(int generation, Object item) {}

  /** One stream response, decoded. */
  private record Chunk(int streamId, List<ConsumedRecord> records, long next) {}

  FluvioConsumer(ClusterSession session, String topic, int partition, Offset start) {
    this.session = session;
    this.topic = topic;
    this.partition = partition;
    openStream(start);
  }

  /** The topic. */
  public String topic() {
    return topic;
  }

  /** The partition. */
  public int partition() {
    return partition;
  }

  /** The offset of the next record {@link #poll} will return. */
  public long position() {
    return position;
  }

  private void openStream(Offset start) {
    Connection c = session.openSpu(session.leaderSpu(topic, partition));
    try {
      FetchOffsets.Response offsets;
      try {
        offsets = c.call(Apis.FETCH_OFFSETS, new FetchOffsets.Request(topic, partition));
      } catch (FluvioServerException e) {
        throw e.error().code() == ErrorCode.TOPIC_NOT_FOUND ? new UnknownTopicException(topic,
            "topic '" + topic + "' not found on Fluvio at " + c.address()) : e;
      }
      position = switch (start.kind()) {
        case BEGINNING -> offsets.startOffset();
        case END -> offsets.lastStableOffset();
        case ABSOLUTE -> start.value();
      };
      StreamFetchRequest fetch = new StreamFetchRequest(topic, partition, position,
          StreamFetchRequest.DEFAULT_MAX_BYTES, 0, List.of(), null);
      long from = position;
      int gen = ++generation;
      c.stream(Apis.STREAM_FETCH, fetch, new Connection.StreamListener<>() {
        @Override
        public void onFrame(StreamFetchResponse frame) {
          inbox.add(new Tagged(gen, decode(frame, from, c.address())));
        }

        @Override
        public void onFailure(FluvioException cause) {
          inbox.add(new Tagged(gen, cause));
        }
      });
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
    connection = c;
    broken = false;
  }

  private Object decode(StreamFetchResponse r, long from, String address) {
    try {
      List<ConsumedRecord> records = new ArrayList<>();
      long next = from;
      for (RecordBatch b : RecordBatch.decodeAll(r.batches())) {
        for (WireRecord w : b.records()) {
          long offset = b.baseOffset() + w.offsetDelta();
          if (offset >= from) {
            records.add(new ConsumedRecord(topic, partition, offset,
                b.firstTimestamp() + w.timestampDelta(), w.key(), w.value()));
          }
        }
        next = Math.max(next, b.nextOffset());
      }
      return new Chunk(r.streamId(), records, r.nextFilterOffset() > 0 ? r.nextFilterOffset()
          : next);
    } catch (ProtocolException e) {
      return new FluvioException("cannot read records of " + topic + "-" + partition + " from "
          + address + ": " + e.getMessage(), e);
    } catch (FluvioException e) {
      return e;
    }
  }

  /**
   * Waits up to {@code timeout} for records and returns them (empty if none arrived). Calling
   * it again acknowledges the records it returned last.
   *
   * @throws FluvioException if the stream failed with an error that is not retriable, or could
   *     not be reopened within the client's request timeout
   */
  public List<ConsumedRecord> poll(Duration timeout) {
    if (closed) {
      throw new FluvioException("consumer of " + topic + "-" + partition + " is closed");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    acknowledge();
    while (true) {
      long now = System.nanoTime();
      if (broken && !reopen(now)) {
        long pause = Math.min(nextAttempt, deadline) - now;
        if (pause <= 0) {
          return List.of();
        }
        if (!sleep(pause)) {
          return List.of();
        }
        continue;
      }
      Object next;
      try {
        next = inbox.poll(Math.max(0, deadline - now), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return List.of();
      }
      if (next == null) {
        return List.of();
      }
      Tagged tagged = (Tagged) next;
      if (tagged.generation() != generation) {
        continue; // left over from a stream that was dropped and resumed since
      }
      next = tagged.item();
      if (next instanceof FluvioException e) {
        if (!retriable(e)) {
          throw e;
        }
        lost(e);
        continue;
      }
      Chunk chunk = (Chunk) next;
      pendingAck = chunk.next();
      ackStream = chunk.streamId();
      List<ConsumedRecord> records = new ArrayList<>(chunk.records().size());
      for (ConsumedRecord r : chunk.records()) {
        if (r.offset() >= position) { // never hand out a record twice
          records.add(r);
        }
      }
      if (!records.isEmpty()) {
        position = records.get(records.size() - 1).offset() + 1;
        return records;
      }
      if (System.nanoTime() - deadline >= 0) {
        return records;
      }
      acknowledge(); // an empty chunk: ask for more within this poll
    }
  }

  /** Lost connections, time-outs and retriable Fluvio errors (e.g. NotLeaderForPartition). */
  private static boolean retriable(FluvioException e) {
    return e instanceof FluvioConnectionException || e instanceof FluvioTimeoutException
        || e instanceof FluvioServerException se && se.error().retriable();
  }

  /** The stream is gone: reopen it from the next poll on. */
  private void lost(FluvioException cause) {
    if (!broken) {
      broken = true;
      brokenSince = System.nanoTime();
      nextAttempt = brokenSince;
      backoffMs = FIRST_BACKOFF_MS;
    }
    lastFailure = cause;
  }

  /**
   * Tries to reopen the stream if its time has come; true once it is open again.
   *
   * @throws FluvioException if the failure is not retriable or lasted beyond the request timeout
   */
  private boolean reopen(long now) {
    if (now - nextAttempt < 0) {
      return false;
    }
    try {
      resume();
      broken = false;
      lastFailure = null;
      return true;
    } catch (FluvioException e) {
      long window = session.config().requestTimeout().toNanos();
      if (!retriable(e) || System.nanoTime() - brokenSince > window) {
        throw new FluvioException("cannot resume reading " + topic + "-" + partition
            + " at offset " + position + " (stream lost: " + lastFailure.getMessage() + "): "
            + e.getMessage(), e);
      }
      lastFailure = e;
      nextAttempt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoffMs);
      backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
      return false;
    }
  }

  private static boolean sleep(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void acknowledge() {
    if (pendingAck == null || broken) {
      return;
    }
    UpdateOffsets.Request ack = new UpdateOffsets.Request(pendingAck, ackStream);
    pendingAck = null;
    int gen = generation;
    String address = connection.address();
    connection.callAsync(Apis.UPDATE_OFFSETS, ack).exceptionally(e -> {
      // The SPU sends nothing more without the acknowledgement: the stream counts as lost.
      inbox.add(new Tagged(gen, new FluvioConnectionException("acknowledging records of "
          + topic + "-" + partition + " to " + address + " failed: " + e.getMessage(), e)));
      return null;
    });
  }

  private void resume() {
    connection.close();
    inbox.clear();
    pendingAck = null;
    session.refresh();
    openStream(Offset.absolute(position));
  }

  /** Closes the stream and its connection. */
  @Override
  public void close() {
    closed = true;
    if (connection != null) {
      connection.close();
    }
  }
}
