package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.FluvioServerException;
import io.tributary.fluvio.internal.Connection;
import io.tributary.fluvio.protocol.Api;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.DeleteConsumerOffset;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.FetchConsumerOffsets;
import io.tributary.fluvio.protocol.ReplicaKey;
import io.tributary.fluvio.protocol.StreamFetchRequest;
import io.tributary.fluvio.protocol.StreamFetchResponse;
import io.tributary.fluvio.protocol.UpdateConsumerOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The test SPU's consumer-offset requests at the protocol level: sessions are the StreamFetch
 * stream ids of the same connection, counted from 1 per connection; only the leader of
 * consumer-offset-0 answers fetch and delete.
 */
class ConsumerOffsetRequestsTest {
  TestCluster cluster;

  @BeforeEach
  void start() {
    cluster = TestCluster.builder().spus(2).topic("t", 2).start(); // t-0 on SPU 0, t-1 on SPU 1
    cluster.append("t", 0, null, "a".getBytes(UTF_8));
    cluster.append("t", 1, null, "b".getBytes(UTF_8));
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private Connection spu(int n) {
    return Connection.open(
        "127.0.0.1:" + cluster.spuPort(n),
        Api.Service.SPU,
        ClusterConfig.ofEndpoint(cluster.endpoint()),
        null);
  }

  /** Opens a stream and returns its session id, from its first frame. */
  private static int stream(Connection c, int partition, String consumerId) throws Exception {
    CompletableFuture<Integer> session = new CompletableFuture<>();
    c.stream(
        Apis.STREAM_FETCH,
        new StreamFetchRequest("t", partition, 0, 1000, 0, List.of(), consumerId),
        new Connection.StreamListener<>() {
          @Override
          public void onFrame(StreamFetchResponse frame) {
            session.complete(frame.streamId());
          }

          @Override
          public void onFailure(FluvioException cause) {
            session.completeExceptionally(cause);
          }
        });
    return session.get(5, TimeUnit.SECONDS);
  }

  private static ErrorCode update(Connection c, long offset, int session) {
    try {
      UpdateConsumerOffset.Response r =
          c.call(Apis.UPDATE_CONSUMER_OFFSET, new UpdateConsumerOffset.Request(offset, session));
      assertThat(r.offset()).isEqualTo(offset);
      return r.error();
    } catch (FluvioServerException e) {
      return e.error();
    }
  }

  @Test
  void anUpdateNamesAStreamOfItsOwnConnection() throws Exception {
    try (Connection a = spu(0);
        Connection b = spu(0);
        Connection c = spu(1)) {
      assertThat(update(a, 0, 1).code()).isEqualTo(ErrorCode.FETCH_SESSION_NOT_FOUND);
      assertThat(stream(a, 0, null)).isEqualTo(1);
      assertThat(stream(b, 0, "c")).isEqualTo(1); // ids count from 1 on every connection
      assertThat(update(a, 0, 1)).isEqualTo(ErrorCode.other("stream without consumer id"));
      assertThat(cluster.storedOffset("c", "t", 0)).isNull();
      assertThat(update(b, 0, 1)).isEqualTo(ErrorCode.NONE);
      assertThat(cluster.storedOffset("c", "t", 0)).isZero();
      // SPU 1 does not lead consumer-offset-0 but stores the update (Fluvio forwards it).
      assertThat(stream(c, 1, "c")).isEqualTo(1);
      assertThat(update(c, 0, 1)).isEqualTo(ErrorCode.NONE);
      assertThat(cluster.storedOffset("c", "t", 1)).isZero();
    }
  }

  @Test
  void onlyTheLeaderOfTheOffsetsPartitionAnswersFetchAndDelete() throws Exception {
    try (Connection c = spu(0);
        Connection other = spu(1)) {
      stream(c, 0, "c");
      assertThat(update(c, 0, 1)).isEqualTo(ErrorCode.NONE);
      FetchConsumerOffsets.Response all =
          c.call(Apis.FETCH_CONSUMER_OFFSETS, new FetchConsumerOffsets.Request(null));
      assertThat(all.consumers())
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.consumerId()).isEqualTo("c");
                assertThat(o.replica()).isEqualTo(new ReplicaKey("t", 0));
                assertThat(o.offset()).isZero();
              });
      assertThat(
              c.call(
                      Apis.FETCH_CONSUMER_OFFSETS,
                      new FetchConsumerOffsets.Request(
                          new FetchConsumerOffsets.Filter(new ReplicaKey("t", 1), null)))
                  .consumers())
          .isEmpty();

      assertThatThrownBy(
              () -> other.call(Apis.FETCH_CONSUMER_OFFSETS, new FetchConsumerOffsets.Request(null)))
          .isInstanceOfSatisfying(
              FluvioServerException.class,
              e -> assertThat(e.error().code()).isEqualTo(ErrorCode.PARTITION_NOT_LEADER));

      cluster.moveLeader("consumer-offset", 0, 1);
      assertThat(
              other
                  .call(Apis.FETCH_CONSUMER_OFFSETS, new FetchConsumerOffsets.Request(null))
                  .consumers())
          .hasSize(1);
      assertThatThrownBy(
              () -> c.call(Apis.FETCH_CONSUMER_OFFSETS, new FetchConsumerOffsets.Request(null)))
          .isInstanceOfSatisfying(
              FluvioServerException.class,
              e -> assertThat(e.error().code()).isEqualTo(ErrorCode.PARTITION_NOT_LEADER));
      assertThatThrownBy(
              () ->
                  c.call(
                      Apis.DELETE_CONSUMER_OFFSET,
                      new DeleteConsumerOffset.Request(new ReplicaKey("t", 0), "c")))
          .isInstanceOfSatisfying(
              FluvioServerException.class,
              e -> assertThat(e.error().code()).isEqualTo(ErrorCode.PARTITION_NOT_LEADER));
      assertThat(update(c, 0, 1)).isEqualTo(ErrorCode.NONE); // updates are forwarded

      other.call(
          Apis.DELETE_CONSUMER_OFFSET,
          new DeleteConsumerOffset.Request(new ReplicaKey("t", 0), "c"));
      assertThat(cluster.storedOffset("c", "t", 0)).isNull();
    }
  }
}
