package io.tributary.fluvio.protocol;

/**
 * One StreamFetch response frame: topic, stream id and a {@code FetchablePartitionResponse}
 * (docs/protocol.md#consuming).
 *
 * @param topic the topic
 * @param streamId the stream (session) id, echoed by UpdateOffsets
 * @param partition the partition index
 * @param error the error code
 * @param highWatermark high watermark
 * @param nextFilterOffset next offset after SmartModule filtering (v11+), 0 when unused
 * @param logStartOffset log start offset
 * @param batches the array holding the encoded batches back to back (the RecordSet content): a
 *     decoded response reads them in place, in the frame it was decoded from
 * @param batchesFrom where in {@code batches} they start
 * @param batchesLength how many bytes they take
 */
public record StreamFetchResponse(
    String topic,
    int streamId,
    int partition,
    ErrorCode error,
    long highWatermark,
    long nextFilterOffset,
    long logStartOffset,
    byte[] batches,
    int batchesFrom,
    int batchesLength) {

  /** A response whose batches are all of {@code batches}. */
  public StreamFetchResponse(
      String topic,
      int streamId,
      int partition,
      ErrorCode error,
      long highWatermark,
      long nextFilterOffset,
      long logStartOffset,
      byte[] batches) {
    this(
        topic,
        streamId,
        partition,
        error,
        highWatermark,
        nextFilterOffset,
        logStartOffset,
        batches,
        0,
        batches.length);
  }

  /** Writes the body at {@code version}; {@code aborted} is always None. */
  public void encode(ByteWriter w, int version) {
    w.string(topic).u32(streamId).u32(partition);
    error.encode(w);
    w.i64(highWatermark);
    if (version >= 11) {
      w.i64(nextFilterOffset);
    }
    w.i64(logStartOffset).bool(false).i32(batchesLength).raw(batches, batchesFrom, batchesLength);
  }

  /**
   * Reads the body at {@code version}; aborted transactions are skipped. The batches are not
   * copied: the response refers to them in {@code r}'s array.
   */
  public static StreamFetchResponse decode(ByteReader r, int version) {
    String topic = r.string();
    int stream = (int) r.u32();
    int partition = (int) r.u32();
    ErrorCode error = ErrorCode.decode(r);
    long hw = r.i64();
    long next = version >= 11 ? r.i64() : 0;
    long start = r.i64();
    if (r.bool()) {
      r.list(ar -> ar.raw(16));
    }
    int length = Math.max(r.i32(), 0);
    int from = r.position();
    r.skip(length);
    return new StreamFetchResponse(
        topic, stream, partition, error, hw, next, start, r.array(), from, length);
  }
}
