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
 * After a lost connection the next poll refreshes metadata and resumes at {@link #position()}.
 * Not thread-safe: use one consumer per thread.
 */
public final class FluvioConsumer implements AutoCloseable {
  private final ClusterSession session;
  private final String topic;
  private final int partition;
  private final LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
  private Connection connection;
  private long position;
  private Long pendingAck;
  private int ackStream;
  private volatile boolean broken;
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
   * @throws FluvioException if the stream failed and could not be resumed
   */
  public List<ConsumedRecord> poll(Duration timeout) {
    if (closed) {
      throw new FluvioException("consumer of " + topic + "-" + partition + " is closed");
    }
    acknowledge();
    if (broken) {
      resume();
    }
    Object next;
    try {
      next = inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
    if (next == null) {
      return List.of();
    }
    Tagged tagged = (Tagged) next;
    if (tagged.generation() != generation) {
      return List.of(); // left over from a stream that was dropped and resumed since
    }
    next = tagged.item();
    if (next instanceof FluvioConnectionException || next instanceof FluvioServerException se
        && se.error().retriable()) {
      broken = true;
      return List.of();
    }
    if (next instanceof FluvioException e) {
      throw e;
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
    }
    return records;
  }

  private void acknowledge() {
    if (pendingAck == null || broken) {
      return;
    }
    UpdateOffsets.Request ack = new UpdateOffsets.Request(pendingAck, ackStream);
    pendingAck = null;
    connection.callAsync(Apis.UPDATE_OFFSETS, ack).exceptionally(e -> {
      broken = true;
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
