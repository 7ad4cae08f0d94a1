package io.tributary.cli;

/**
 * Where a sink's progress is stored: per partition, the offset of the last record handled (the
 * cluster's stored consumer offsets; see docs/delivery.md).
 */
@FunctionalInterface
interface SinkOffsets {
  /** Stores nothing: a sink without {@code --consumer-id}, or a dry run. */
  SinkOffsets NONE = (partition, offset) -> {};

  /** Every record of {@code partition} up to and including {@code offset} has been handled. */
  void commit(int partition, long offset);
}
