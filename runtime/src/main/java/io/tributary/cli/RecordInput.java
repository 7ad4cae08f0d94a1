package io.tributary.cli;

import io.tributary.ConsumerRecord;

/**
 * Where the reader thread of a {@link QueuedRecordStream} takes a sink's records from: the topic
 * (through the SmartModule chain), or standard input in a dry run.
 */
@FunctionalInterface
interface RecordInput {
  /**
   * The next record, waiting for it; {@code null} at the end (or once asked to stop).
   *
   * @throws RuntimeException an input error (a bad line, a SmartModule failure)
   */
  ConsumerRecord next();

  /**
   * Whether {@link #next} has a record at hand, so would not wait: the reader then gathers the
   * records into a run handed to the sink in one step, rather than one at a time. False when it
   * cannot tell (then each record is handed over at once).
   */
  default boolean more() {
    return false;
  }
}
