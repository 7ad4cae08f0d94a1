package io.tributary.testkit;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.internal.Connection;
import io.tributary.fluvio.protocol.Api;
import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.ProduceRequest;
import io.tributary.fluvio.protocol.ProduceResponse;
import java.util.List;

/** Produce requests of batches written by hand, sent straight to an SPU (what the SPU accepts). */
final class RawProduce {
  private RawProduce() {}

  /** A produce request of {@code batches} (encoded back to back) for one partition. */
  static ProduceRequest request(String topic, int partition, byte[] batches) {
    return new ProduceRequest(
        null,
        (short) 1,
        1500,
        List.of(
            new ProduceRequest.TopicData(
                topic, List.of(new ProduceRequest.PartitionData(partition, batches)))),
        List.of());
  }

  /** Sends the request of {@link #request} over {@code spu}; the partition's answer. */
  static ProduceResponse.PartitionResponse send(
      Connection spu, String topic, int partition, byte[] batches) {
    return spu.call(Apis.PRODUCE, request(topic, partition, batches))
        .topics()
        .get(0)
        .partitions()
        .get(0);
  }

  /** Sends it to the first SPU of the cluster {@code fluvio} runs, on a connection of its own. */
  static ProduceResponse.PartitionResponse send(
      TestClusterExtension fluvio, String topic, int partition, byte[] batches) {
    try (Connection spu =
        Connection.open(
            "127.0.0.1:" + fluvio.cluster().spuPort(),
            Api.Service.SPU,
            ClusterConfig.ofEndpoint(fluvio.endpoint()),
            null)) {
      return send(spu, topic, partition, batches);
    }
  }
}
