package io.tributary.testkit;

import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.StreamFetchRequest;
import io.tributary.fluvio.protocol.StreamFetchResponse;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One StreamFetch session. Like the SPU, it sends the batches at or after the consumer's offset,
 * then waits for an UpdateOffsets acknowledgement before sending more. When its SPU stops leading
 * the partition, it sends a last response with NotLeaderForPartition and ends.
 */
final class FetchStream implements Runnable {
  private final ApiRouter.Exchange exchange;
  private final int streamId;
  private final StreamFetchRequest request;
  private final PartitionLog log;
  private final BooleanSupplier leads;
  private long offset;
  private boolean awaitingAck;
  private volatile boolean stopped;

  FetchStream(
      ApiRouter.Exchange exchange,
      int streamId,
      StreamFetchRequest request,
      PartitionLog log,
      BooleanSupplier leads) {
    this.exchange = exchange;
    this.streamId = streamId;
    this.request = request;
    this.log = log;
    this.leads = leads;
    this.offset = Math.max(0, request.fetchOffset());
  }

  /** The request that opened the stream (topic, partition, consumer id). */
  StreamFetchRequest request() {
    return request;
  }

  ServerConnection connection() {
    return exchange.connection();
  }

  /** The consumer acknowledged everything before {@code next}. */
  synchronized void ack(long next) {
    offset = next;
    awaitingAck = false;
    notifyAll();
  }

  void stop() {
    stopped = true;
    wake();
  }

  /** Makes the stream look at its state now instead of after its next wait. */
  void wake() {
    synchronized (this) {
      notifyAll();
    }
    log.wakeAll();
  }

  @Override
  public void run() {
    try {
      while (!stopped && !exchange.connection().isClosed()) {
        if (!leads.getAsBoolean()) {
          exchange.send(
              Apis.STREAM_FETCH,
              new StreamFetchResponse(
                  request.topic(),
                  streamId,
                  request.partition(),
                  ErrorCode.of(ErrorCode.NOT_LEADER_FOR_PARTITION),
                  log.highWatermark(),
                  0,
                  0,
                  new byte[0]));
          return;
        }
        long from;
        synchronized (this) {
          if (awaitingAck) {
            wait(200);
            continue;
          }
          from = offset;
        }
        if (!log.awaitBeyond(from, 200)) {
          continue;
        }
        long logStart = log.startOffset();
        if (from < logStart) {
          // as Fluvio's SPU when the offset is in a segment retention removed: one error frame
          StreamFetchResponse evicted =
              new StreamFetchResponse(
                  request.topic(),
                  streamId,
                  request.partition(),
                  ErrorCode.offsetEvicted(from, logStart),
                  log.highWatermark(),
                  0,
                  logStart,
                  new byte[0]);
          exchange.send(Apis.STREAM_FETCH, evicted);
          return;
        }
        List<PartitionLog.Slice> batches = log.slices(from, Math.max(1, request.maxBytes()));
        if (batches.isEmpty()) {
          continue;
        }
        long end = batches.get(batches.size() - 1).end();
        synchronized (this) {
          awaitingAck = true;
          offset = end;
        }
        StreamFetchResponse resp =
            new StreamFetchResponse(
                request.topic(),
                streamId,
                request.partition(),
                ErrorCode.NONE,
                log.highWatermark(),
                0,
                0,
                new byte[0]);
        if (!exchange.send(Apis.STREAM_FETCH, resp, batches)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
