package io.tributary.cli;

/**
 * Where a sink's progress is stored: per partition, the offset of the last record handled (the
 * cluster's stored consumer offsets; see docs/delivery.md).
 */
interface SinkOffsets extends AutoCloseable {
  /** Stores nothing: a sink without {@code --consumer-id}, or a dry run. */
  SinkOffsets NONE = new SinkOffsets() {
    @Override
    public void commit(int partition, long offset) {}

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  /** Every record of {@code partition} up to and including {@code offset} has been handled. */
  void commit(int partition, long offset);

  /** Sends what was committed to the cluster and waits for its answer. */
  void flush() throws Exception;

  /** Flushes a last time and stops any background flushing. */
  @Override
  void close() throws Exception;
}
