package io.tributary.testkit;

import io.tributary.fluvio.protocol.Api;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.DeleteConsumerOffset;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.FetchConsumerOffsets;
import io.tributary.fluvio.protocol.FetchOffsets;
import io.tributary.fluvio.protocol.ProduceRequest;
import io.tributary.fluvio.protocol.ProduceResponse;
import io.tributary.fluvio.protocol.ProtocolException;
import io.tributary.fluvio.protocol.RawBatches;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.ReplicaKey;
import io.tributary.fluvio.protocol.StreamFetchRequest;
import io.tributary.fluvio.protocol.StreamFetchResponse;
import io.tributary.fluvio.protocol.TopicCompression;
import io.tributary.fluvio.protocol.UpdateConsumerOffset;
import io.tributary.fluvio.protocol.UpdateOffsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One test SPU: ApiVersions, Produce, FetchOffsets, StreamFetch and UpdateOffsets, and the
 * consumer-offset requests (not listed in ApiVersions, as Fluvio's SPU does not list them). It
 * serves only the partitions it leads; for the others it answers NotLeaderForPartition, as Fluvio's
 * SPU does ({@link ClusterState#notLeader}), and a stream of a partition whose leadership moves
 * away ends with that error. Stream session ids count from 1 per connection; UpdateOffsets and
 * UpdateConsumerOffset find the stream among those of their own connection. Only the leader of
 * consumer-offset-0 answers FetchConsumerOffsets and DeleteConsumerOffset; any SPU stores an
 * UpdateConsumerOffset (Fluvio's SPUs forward it to that leader).
 */
final class SpuHandler {
  private final ClusterState state;
  private final int spu;
  private final Map<ServerConnection, StreamSessions> sessions = new ConcurrentHashMap<>();

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
            .answer(
                Apis.UPDATE_OFFSETS,
                (req, ex) -> {
                  FetchStream s = req == null ? null : stream(ex.connection(), req.sessionId());
                  if (s != null) {
                    s.ack(req.offset());
                  }
                  return new UpdateOffsets.Response(
                      req == null ? 0 : req.sessionId(),
                      s == null ? ErrorCode.of(ErrorCode.FETCH_SESSION_NOT_FOUND) : ErrorCode.NONE);
                })
            .answerUnlisted(Apis.UPDATE_CONSUMER_OFFSET, (req, ex) -> updateConsumerOffset(req, ex))
            .answerUnlisted(
                Apis.DELETE_CONSUMER_OFFSET,
                (req, ex) -> {
                  ErrorCode e = state.consumerOffsets.notLeader(ClusterState.spuId(spu));
                  if (e == null) {
                    state.consumerOffsets.delete(req.replica(), req.consumerId());
                  }
                  return new DeleteConsumerOffset.Response(e == null ? ErrorCode.NONE : e);
                })
            .answerUnlisted(
                Apis.FETCH_CONSUMER_OFFSETS,
                (req, ex) -> {
                  ErrorCode e = state.consumerOffsets.notLeader(ClusterState.spuId(spu));
                  return e != null
                      ? new FetchConsumerOffsets.Response(e, List.of())
                      : new FetchConsumerOffsets.Response(
                          ErrorCode.NONE,
                          state.consumerOffsets.list(
                              req.filter(),
                              r -> state.partition(r.topic(), r.partition()) != null));
                })
            .onClosed(this::closed)
            .observe(state::observe);
  }

  /**
   * Stores a consumer offset for the stream {@code sessionId} of the same connection, as Fluvio's
   * SPU: the stream must exist and have been opened with a consumer id.
   */
  private UpdateConsumerOffset.Response updateConsumerOffset(
      UpdateConsumerOffset.Request req, ApiRouter.Exchange ex) {
    FetchStream s = stream(ex.connection(), req.sessionId());
    ErrorCode e;
    if (s == null) {
      e = ErrorCode.of(ErrorCode.FETCH_SESSION_NOT_FOUND);
    } else if (s.request().consumerId() == null) {
      e = ErrorCode.other("stream without consumer id");
    } else if (!state.consumerOffsets.enabled()) {
      e = ErrorCode.other("no leader for the consumer offsets partition");
    } else {
      state.consumerOffsets.update(
          new ReplicaKey(s.request().topic(), s.request().partition()),
          s.request().consumerId(),
          req.offset());
      e = ErrorCode.NONE;
    }
    return new UpdateConsumerOffset.Response(e.isOk() ? req.offset() : 0, e);
  }

  /** The StreamFetch sessions of one connection; ids count from 1, as Fluvio's SPU. */
  private static final class StreamSessions {
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, FetchStream> streams = new ConcurrentHashMap<>();
  }

  private StreamSessions sessions(ServerConnection c) {
    return sessions.computeIfAbsent(c, k -> new StreamSessions());
  }

  private FetchStream stream(ServerConnection c, int sessionId) {
    StreamSessions s = sessions.get(c);
    return s == null ? null : s.streams.get(sessionId);
  }

  private FetchOffsets.Response fetchOffsets(FetchOffsets.Request req) {
    ErrorCode e = state.notLeader(spu, req.topic(), req.partition());
    return e != null
        ? new FetchOffsets.Response(req.topic(), req.partition(), e, 0, 0)
        : new FetchOffsets.Response(
            req.topic(),
            req.partition(),
            ErrorCode.NONE,
            state.partition(req.topic(), req.partition()).startOffset(),
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

  private ProduceResponse.PartitionResponse produce(
      String topic, ProduceRequest.PartitionData p, boolean smartModules) {
    PartitionLog log = state.partition(topic, p.partition());
    ErrorCode error = state.notLeader(spu, topic, p.partition());
    error = error != null ? error : state.takeInjectedFailure();
    if (error == null && smartModules) {
      error =
          ErrorCode.other(
              "SmartModules in produce requests are not supported by the test " + "cluster");
    }
    byte[] data = p.batches();
    int[] starts = new int[] {data.length};
    if (error == null) {
      try {
        starts = RawBatches.starts(data);
        if (!codecsAccepted(data, starts, log.compression())) {
          error = ErrorCode.of(ErrorCode.COMPRESSION_ERROR);
        } else {
          validate(data, starts);
        }
      } catch (ProtocolException e) {
        error = ErrorCode.other("invalid record batch: " + e.getMessage());
      }
    }
    if (error != null) {
      return new ProduceResponse.PartitionResponse(p.partition(), error, -1, -1, -1);
    }
    long base = log.append(data, starts);
    return new ProduceResponse.PartitionResponse(p.partition(), ErrorCode.NONE, base, -1, 0);
  }

  /**
   * The SPU's rule: every batch of the request must use a codec the topic takes (a topic created
   * without one takes any), else nothing is stored and the answer is CompressionError.
   */
  private static boolean codecsAccepted(byte[] data, int[] starts, TopicCompression topic) {
    for (int i = 0; i + 1 < starts.length; i++) {
      int id = RawBatches.attributes(data, starts[i]) & 0x7;
      if (id >= Compression.values().length || !topic.accepts(Compression.values()[id])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Stricter than the SPU: checks CRC, codec framing and record layout of every batch, and that
   * each holds last_offset_delta + 1 records. Reads the batches in place, without a {@code
   * RecordBatch}, a {@code WireRecord} or a copy of a record's key or value.
   */
  private static void validate(byte[] data, int[] starts) {
    int[] counts = new int[starts.length - 1];
    RecordBatch.forEachRecord(
        data,
        new RecordBatch.RecordVisitor() {
          private int batch = -1;

          @Override
          public void batch(int records) {
            batch++;
          }

          @Override
          public void record(long offset, long timestamp, byte[] key, byte[] value) {
            counts[batch]++;
          }

          @Override
          public boolean wantsBytes() {
            return false;
          }
        });
    for (int i = 0; i < counts.length; i++) {
      int lastOffsetDelta = RawBatches.recordCount(data, starts[i]) - 1;
      if (counts[i] != lastOffsetDelta + 1) {
        throw new ProtocolException(
            "last_offset_delta " + lastOffsetDelta + " does not match " + counts[i] + " records");
      }
    }
  }

  private void streamFetch(StreamFetchRequest req, ApiRouter.Exchange ex) {
    StreamSessions connectionStreams = sessions(ex.connection());
    int streamId = connectionStreams.ids.incrementAndGet();
    ErrorCode notLeader = state.notLeader(spu, req.topic(), req.partition());
    if (notLeader != null || !req.smartModules().isEmpty()) {
      ErrorCode e =
          notLeader != null
              ? notLeader
              : ErrorCode.other(
                  "SmartModules in stream fetch are not supported by the test cluster");
      StreamFetchResponse resp =
          new StreamFetchResponse(req.topic(), streamId, req.partition(), e, 0, 0, 0, new byte[0]);
      ex.send(Apis.STREAM_FETCH, resp);
      return;
    }
    PartitionLog log = state.partition(req.topic(), req.partition());
    FetchStream stream =
        new FetchStream(
            ex, streamId, req, log, () -> state.leads(spu, req.topic(), req.partition()));
    connectionStreams.streams.put(streamId, stream);
    Thread t =
        new Thread(
            () -> {
              try {
                stream.run();
              } finally {
                connectionStreams.streams.remove(streamId);
              }
            },
            "testkit-stream-" + streamId);
    t.setDaemon(true);
    t.start();
  }

  private void closed(ServerConnection connection) {
    StreamSessions s = sessions.remove(connection);
    if (s != null) {
      s.streams.values().forEach(FetchStream::stop);
    }
  }

  private void eachStream(java.util.function.Consumer<FetchStream> action) {
    sessions.values().forEach(s -> s.streams.values().forEach(action));
  }

  void stopAll() {
    eachStream(FetchStream::stop);
  }

  /** Wakes this SPU's streams so that those of partitions it no longer leads end now. */
  void leadershipChanged() {
    eachStream(FetchStream::wake);
  }
}
