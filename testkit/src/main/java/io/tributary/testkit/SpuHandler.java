package io.tributary.testkit;

import io.tributary.fluvio.protocol.Api;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.FetchOffsets;
import io.tributary.fluvio.protocol.ProduceRequest;
import io.tributary.fluvio.protocol.ProduceResponse;
import io.tributary.fluvio.protocol.ProtocolException;
import io.tributary.fluvio.protocol.RawBatches;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.StreamFetchRequest;
import io.tributary.fluvio.protocol.StreamFetchResponse;
import io.tributary.fluvio.protocol.UpdateOffsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One test SPU: ApiVersions, Produce, FetchOffsets, StreamFetch and UpdateOffsets. It serves
 * only the partitions it leads; for the others it answers NotLeaderForPartition, as Fluvio's SPU
 * does ({@link ClusterState#notLeader}), and a stream of a partition whose leadership moves away
 * ends with that error.
 */
final class SpuHandler {
  private final ClusterState state;
  private final int spu;
  private final Map<Integer, FetchStream> streams = new ConcurrentHashMap<>();
  private final AtomicInteger streamIds = new AtomicInteger();

  /** The handler of SPU {@code spu} (its index, from 0). */
  SpuHandler(ClusterState state, int spu) {
    this.state = state;
    this.spu = spu;
  }

  /** This SPU's index (from 0); its Fluvio id is {@link ClusterState#spuId}. */
  int spu() {
    return spu;
  }

  /** The SPU's dispatcher. */
  ApiRouter router() {
    return new ApiRouter("SPU", Api.Service.SPU, "0.0.0")
        .answer(Apis.PRODUCE, (req, ex) -> produce(req))
        .answer(Apis.FETCH_OFFSETS, (req, ex) -> fetchOffsets(req))
        .stream(Apis.STREAM_FETCH, this::streamFetch)
        .answer(Apis.UPDATE_OFFSETS, (req, ex) -> {
          FetchStream s = req == null ? null : streams.get(req.sessionId());
          if (s != null) {
            s.ack(req.offset());
          }
          return new UpdateOffsets.Response(req == null ? 0 : req.sessionId(),
              s == null ? ErrorCode.of(ErrorCode.FETCH_SESSION_NOT_FOUND) : ErrorCode.NONE);
        })
        .onClosed(this::closed);
  }

  private FetchOffsets.Response fetchOffsets(FetchOffsets.Request req) {
    ErrorCode e = state.notLeader(spu, req.topic(), req.partition());
    return e != null
        ? new FetchOffsets.Response(req.topic(), req.partition(), e, 0, 0)
        : new FetchOffsets.Response(req.topic(), req.partition(), ErrorCode.NONE, 0,
            state.partition(req.topic(), req.partition()).highWatermark());
  }

  private ProduceResponse produce(ProduceRequest req) {
    List<ProduceResponse.TopicResponse> topics = new ArrayList<>();
    for (ProduceRequest.TopicData t : req.topics()) {
      List<ProduceResponse.PartitionResponse> parts = new ArrayList<>();
      for (ProduceRequest.PartitionData p : t.partitions()) {
        parts.add(produce(t.name(), p, !req.smartModules().isEmpty()));
      }
      topics.add(new ProduceResponse.TopicResponse(t.name(), parts));
    }
    return new ProduceResponse(topics, 0);
  }

  private ProduceResponse.PartitionResponse produce(String topic,
      ProduceRequest.PartitionData p, boolean smartModules) {
    PartitionLog log = state.partition(topic, p.partition());
    ErrorCode error = state.notLeader(spu, topic, p.partition());
    error = error != null ? error : state.takeInjectedFailure();
    if (error == null && smartModules) {
      error = ErrorCode.other("SmartModules in produce requests are not supported by the test "
          + "cluster");
    }
    List<byte[]> batches = List.of();
    if (error == null) {
      try {
        batches = RawBatches.split(p.batches());
        batches.forEach(SpuHandler::validate);
      } catch (ProtocolException e) {
        error = ErrorCode.other("invalid record batch: " + e.getMessage());
      }
    }
    if (error != null) {
      return new ProduceResponse.PartitionResponse(p.partition(), error, -1, -1, -1);
    }
    long base = -1;
    for (byte[] b : batches) {
      long assigned = log.append(b);
      base = base < 0 ? assigned : base;
    }
    return new ProduceResponse.PartitionResponse(p.partition(), ErrorCode.NONE, base,
        -1, 0);
  }

  /** Stricter than the SPU: checks CRC, codec framing and record layout of every batch. */
  private static void validate(byte[] batch) {
    RecordBatch decoded = RecordBatch.decode(new ByteReader(batch));
    if (decoded.records().size() != decoded.lastOffsetDelta() + 1) {
      throw new ProtocolException("last_offset_delta " + decoded.lastOffsetDelta()
          + " does not match " + decoded.records().size() + " records");
    }
  }

  private void streamFetch(StreamFetchRequest req, ApiRouter.Exchange ex) {
    int streamId = streamIds.incrementAndGet();
    ErrorCode notLeader = state.notLeader(spu, req.topic(), req.partition());
    if (notLeader != null || !req.smartModules().isEmpty()) {
      ErrorCode e = notLeader != null ? notLeader
          : ErrorCode.other("SmartModules in stream fetch are not supported by the test cluster");
      StreamFetchResponse resp = new StreamFetchResponse(req.topic(), streamId, req.partition(),
          e, 0, 0, 0, new byte[0]);
      ex.send(Apis.STREAM_FETCH, resp);
      return;
    }
    PartitionLog log = state.partition(req.topic(), req.partition());
    FetchStream stream = new FetchStream(ex, streamId, req, log,
        () -> state.leads(spu, req.topic(), req.partition()));
    streams.put(streamId, stream);
    Thread t = new Thread(() -> {
      try {
        stream.run();
      } finally {
        streams.remove(streamId);
      }
    }, "testkit-stream-" + streamId);
    t.setDaemon(true);
    t.start();
  }

  private void closed(ServerConnection connection) {
    streams.values().stream().filter(s -> s.connection() == connection)
        .forEach(FetchStream::stop);
  }

  void stopAll() {
    streams.values().forEach(FetchStream::stop);
  }

  /** Wakes this SPU's streams so that those of partitions it no longer leads end now. */
  void leadershipChanged() {
    streams.values().forEach(FetchStream::wake);
  }
}
