package io.tributary;

/**
 * The records a sink consumes, in offset order, after the SmartModule chain. Iteration ends when
 * the stream ends (end of input in {@code --dry-run}) or the runtime is asked to stop.
 */
public interface RecordStream extends Iterable<ConsumerRecord> {
  /**
   * Tells the runtime that every record up to and including {@code record} has been written
   * durably, so its offset may be acknowledged. Sinks that write in transactions call this after
   * each commit; calling it is optional.
   */
  default void commit(ConsumerRecord record) {}
}
