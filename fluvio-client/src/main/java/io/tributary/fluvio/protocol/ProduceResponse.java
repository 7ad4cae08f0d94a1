package io.tributary.fluvio.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * ProduceResponse (docs/protocol.md#produce): per topic and partition, an error code and the base
 * offset the SPU assigned.
 *
 * @param topics responses per topic
 * @param throttleTimeMs throttle time (version 1 and later)
 */
public record ProduceResponse(List<TopicResponse> topics, int throttleTimeMs) {
  /** Copies the list. */
  public ProduceResponse {
    topics = List.copyOf(topics);
  }

  /**
   * Responses for one topic.
   *
   * @param name the topic
   * @param partitions one entry per partition entry of the request
   */
  public record TopicResponse(String name, List<PartitionResponse> partitions) {
    /** Copies the list. */
    public TopicResponse {
      partitions = List.copyOf(partitions);
    }
  }

  /**
   * Result for one partition entry.
   *
   * @param partition the partition
   * @param error the error code
   * @param baseOffset the offset of the batch's first record
   * @param logAppendTimeMs log append time (version 2 and later)
   * @param logStartOffset log start offset (version 5 and later)
   */
  public record PartitionResponse(
      int partition, ErrorCode error, long baseOffset, long logAppendTimeMs, long logStartOffset) {}

  /** Writes the body at {@code version}. */
  public void encode(ByteWriter w, int version) {
    w.list(
        topics,
        (tw, t) -> {
          tw.string(t.name());
          tw.list(
              t.partitions(),
              (pw, p) -> {
                pw.u32(p.partition());
                p.error().encode(pw);
                pw.i64(p.baseOffset());
                if (version >= 2) {
                  pw.i64(p.logAppendTimeMs());
                }
                if (version >= 5) {
                  pw.i64(p.logStartOffset());
                }
              });
        });
    if (version >= 1) {
      w.i32(throttleTimeMs);
    }
  }

  /** Reads the body at {@code version}. */
  public static ProduceResponse decode(ByteReader r, int version) {
    // Loops rather than ByteReader.list with lambdas, as in ApiVersionsResponse.decode.
    int topicCount = r.i32();
    List<TopicResponse> topics = new ArrayList<>();
    for (int t = 0; t < topicCount; t++) {
      String name = r.string();
      int partitionCount = r.i32();
      List<PartitionResponse> partitions = new ArrayList<>();
      for (int p = 0; p < partitionCount; p++) {
        int partition = (int) r.u32();
        ErrorCode error = ErrorCode.decode(r);
        long base = r.i64();
        long append = version >= 2 ? r.i64() : -1;
        long start = version >= 5 ? r.i64() : -1;
        partitions.add(new PartitionResponse(partition, error, base, append, start));
      }
      topics.add(new TopicResponse(name, partitions));
    }
    return new ProduceResponse(topics, version >= 1 ? r.i32() : 0);
  }
}
