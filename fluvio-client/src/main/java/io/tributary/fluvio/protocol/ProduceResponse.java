package io.tributary.fluvio.protocol;

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
    List<TopicResponse> topics =
        r.list(
            tr ->
                new TopicResponse(
                    tr.string(),
                    tr.list(
                        pr -> {
                          int partition = (int) pr.u32();
                          ErrorCode error = ErrorCode.decode(pr);
                          long base = pr.i64();
                          long append = version >= 2 ? pr.i64() : -1;
                          long start = version >= 5 ? pr.i64() : -1;
                          return new PartitionResponse(partition, error, base, append, start);
                        })));
    return new ProduceResponse(topics, version >= 1 ? r.i32() : 0);
  }
}
