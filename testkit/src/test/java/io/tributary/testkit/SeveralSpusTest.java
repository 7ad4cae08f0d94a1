package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioConnectionException;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.FluvioServerException;
import io.tributary.fluvio.internal.ClusterSession;
import io.tributary.fluvio.internal.Connection;
import io.tributary.fluvio.protocol.Api;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.FetchOffsets;
import io.tributary.fluvio.protocol.ObjectApi;
import io.tributary.fluvio.protocol.ObjectApi.ListRequest;
import io.tributary.fluvio.protocol.PartitionMetadata;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.SpuMetadata;
import io.tributary.fluvio.protocol.WireRecord;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cluster of three SPUs: leaders spread round robin, SC metadata, faults and their errors. */
class SeveralSpusTest {
  TestCluster cluster;
  ClusterSession session;

  @BeforeEach
  void start() {
    cluster = TestCluster.builder().spus(3).topic("spread", 4).start();
    session = new ClusterSession(ClusterConfig.ofEndpoint(cluster.endpoint()));
  }

  @AfterEach
  void stop() {
    session.close();
    cluster.close();
  }

  private List<SpuMetadata> listSpus() {
    return session.sc().call(Apis.LIST, ListRequest.all(ObjectApi.SPU)).items(ObjectApi.SPU);
  }

  private List<PartitionMetadata> listPartitions() {
    return session
        .sc()
        .call(Apis.LIST, ListRequest.all(ObjectApi.PARTITION))
        .items(ObjectApi.PARTITION);
  }

  private Connection openSpu(int spu) {
    return Connection.open(
        "127.0.0.1:" + cluster.spuPort(spu), Api.Service.SPU, session.config(), null);
  }

  /** The error code of a FetchOffsets answer of SPU {@code spu} (NONE if it answered). */
  private ErrorCode fetchOffsetsAt(int spu, int partition) {
    try (Connection c = openSpu(spu)) {
      c.call(Apis.FETCH_OFFSETS, new FetchOffsets.Request("spread", partition));
      return ErrorCode.NONE;
    } catch (FluvioServerException e) {
      return e.error();
    }
  }

  @Test
  void eachSpuListensOnItsOwnPortAndIsRegisteredWithTheSc() {
    List<SpuMetadata> spus = listSpus();
    assertThat(spus).extracting(SpuMetadata::id).containsExactly(5001, 5002, 5003);
    for (int i = 0; i < 3; i++) {
      SpuMetadata s = spus.get(i);
      assertThat(s.name()).isEqualTo("custom-spu-" + (5001 + i));
      assertThat(s.address(false)).isEqualTo("127.0.0.1:" + cluster.spuPort(i));
      assertThat(s.resolution()).isZero();
    }
    assertThat(List.of(cluster.spuPort(0), cluster.spuPort(1), cluster.spuPort(2)))
        .doesNotHaveDuplicates();
  }

  @Test
  void leadersAreSpreadRoundRobinAndOnlyTheLeaderServesAPartition() {
    assertThat(List.of(0, 1, 2, 3))
        .map(p -> cluster.leader("spread", p))
        .containsExactly(0, 1, 2, 0);
    for (int p = 0; p < 4; p++) {
      assertThat(session.leaderSpu("spread", p).id()).isEqualTo(5001 + p % 3);
    }
    assertThat(fetchOffsetsAt(1, 1).isOk()).isTrue();
    assertThat(fetchOffsetsAt(0, 1).code()).isEqualTo(ErrorCode.NOT_LEADER_FOR_PARTITION);
    assertThat(fetchOffsetsAt(2, 1).code()).isEqualTo(ErrorCode.NOT_LEADER_FOR_PARTITION);
  }

  @Test
  void aMovedLeaderIsListedAndServesTheSameRecords() {
    cluster.append("spread", 1, null, "kept".getBytes(UTF_8));
    cluster.moveLeader("spread", 1, 2);
    assertThat(cluster.leader("spread", 1)).isEqualTo(2);
    session.refresh();
    assertThat(session.leaderSpu("spread", 1).id()).isEqualTo(5003);
    assertThat(listPartitions())
        .filteredOn(p -> p.name().equals("spread-1"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.spec().replicas()).containsExactly(5003);
              assertThat(p.status().leader().spu()).isEqualTo(5003);
              assertThat(p.status().leader().hw()).isEqualTo(1);
            });
    assertThat(fetchOffsetsAt(1, 1).code()).isEqualTo(ErrorCode.NOT_LEADER_FOR_PARTITION);
    assertThat(fetchOffsetsAt(2, 1).isOk()).isTrue();
    assertThat(cluster.records("spread", 1))
        .extracting(r -> r.valueString())
        .containsExactly("kept");
  }

  @Test
  void aStoppedSpuRefusesConnectionsIsListedOfflineAndComesBackOnItsPort() {
    int port = cluster.spuPort(1);
    cluster.stopSpu(1);
    assertThat(cluster.spuRunning(1)).isFalse();
    assertThat(listSpus().get(1).resolution()).isEqualTo(1);
    assertThat(listPartitions())
        .filteredOn(p -> p.name().equals("spread-1"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.spec().leader()).isEqualTo(5002);
              assertThat(p.status().resolution()).isEqualTo(2); // LeaderOffline
            });
    assertThatThrownBy(() -> fetchOffsetsAt(1, 1)).isInstanceOf(FluvioConnectionException.class);

    cluster.startSpu(1);
    assertThat(cluster.spuPort(1)).isEqualTo(port);
    assertThat(listSpus().get(1).resolution()).isZero();
    assertThat(fetchOffsetsAt(1, 1).isOk()).isTrue();
  }

  @Test
  void aTopicCreatedWhileAnSpuIsStoppedIsLedByRunningSpus() {
    cluster.stopSpu(0);
    cluster.createTopic("later", 3);
    assertThat(List.of(0, 1, 2)).map(p -> cluster.leader("later", p)).containsExactly(1, 2, 1);
  }

  @Test
  void faultsThatCannotHappenSayWhy() {
    assertThatThrownBy(() -> cluster.moveLeader("nope", 0, 1)).hasMessage("no topic 'nope'");
    assertThatThrownBy(() -> cluster.moveLeader("spread", 4, 1))
        .hasMessage("topic 'spread' has no partition 4 (it has 4)");
    assertThatThrownBy(() -> cluster.moveLeader("spread", 0, 3))
        .hasMessage("no SPU 3 (SPUs are numbered 0 to 2)");
    cluster.stopSpu(2);
    assertThatThrownBy(() -> cluster.moveLeader("spread", 0, 2)).hasMessage("SPU 2 is stopped");
    assertThatThrownBy(() -> cluster.stopSpu(2)).hasMessage("SPU 2 is already stopped");
    cluster.startSpu(2);
    assertThatThrownBy(() -> cluster.startSpu(2)).hasMessage("SPU 2 is already running");
    assertThatThrownBy(() -> cluster.stopSpu(-1))
        .hasMessage("no SPU -1 (SPUs are numbered 0 to 2)");
    assertThatThrownBy(() -> TestCluster.builder().spus(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void watchersSeeLeaderChangesAndSpusGoingOffline() throws Exception {
    LinkedBlockingQueue<List<PartitionMetadata>> updates = new LinkedBlockingQueue<>();
    session.sc().stream(
        Apis.WATCH,
        new ObjectApi.WatchRequest(ObjectApi.PARTITION.label(), 0, false),
        new Connection.StreamListener<>() {
          @Override
          public void onFrame(ObjectApi.WatchResponse<?> frame) {
            if (frame.changes().isEmpty()) { // the SC sends the whole store (all) each time
              updates.add(frame.all().stream().map(PartitionMetadata.class::cast).toList());
            }
          }

          @Override
          public void onFailure(FluvioException cause) {}
        });
    assertThat(leaderOf(updates.poll(10, TimeUnit.SECONDS), "spread-2")).isEqualTo(5003);
    cluster.moveLeader("spread", 2, 0);
    assertThat(leaderOf(updates.poll(10, TimeUnit.SECONDS), "spread-2")).isEqualTo(5001);
    cluster.stopSpu(0);
    List<PartitionMetadata> afterStop = updates.poll(10, TimeUnit.SECONDS);
    assertThat(afterStop)
        .filteredOn(p -> p.name().equals("spread-2"))
        .singleElement()
        .extracting(p -> p.status().resolution())
        .isEqualTo(2);
  }

  private static int leaderOf(List<PartitionMetadata> partitions, String name) {
    assertThat(partitions).as("a Watch update within 10 s").isNotNull();
    return partitions.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow()
        .spec()
        .leader();
  }

  @Test
  void producingToTheOldLeaderIsRefusedWithNotLeaderAndStoresNothing() {
    cluster.moveLeader("spread", 0, 1);
    assertThat(produceAt(0, 0).code()).isEqualTo(ErrorCode.NOT_LEADER_FOR_PARTITION);
    assertThat(cluster.records("spread", 0)).isEmpty();
    assertThat(produceAt(1, 0).isOk()).isTrue();
    assertThat(cluster.records("spread", 0)).hasSize(1);
  }

  private ErrorCode produceAt(int spu, int partition) {
    byte[] batch =
        RecordBatch.of(
                List.of(new WireRecord(0, 0, null, "v".getBytes(UTF_8))), 0, 0, Compression.NONE)
            .encode();
    try (Connection c = openSpu(spu)) {
      return RawProduce.send(c, "spread", partition, batch).error();
    }
  }
}
