package io.tributary;

import java.util.Objects;

/**
 * A record a sink could not write, and whether trying again can help. A sink reports it either by
 * throwing it out of {@link Sink#run} or, to keep its own state (an open transaction, a batch in
 * progress), by passing it to {@link RecordStream#failed} and acting on the answer. The runtime
 * then applies {@code --on-record-error} (docs/record-errors.md): it halts the connector (exit 1),
 * discards the record, or retries it with backoff, and it produces the record to the {@code
 * --dead-letter-topic} when one is given.
 *
 * <p>{@code retriable} says whether the same write may succeed later: true for a lost connection or
 * a timeout, false for a record the destination rejects (a constraint it violates, a value it
 * cannot parse). Only retriable failures are retried. The message of the cause goes into logs and
 * the dead-letter envelope: never put a {@link Secret} value in it.
 *
 * <pre>{@code
 * for (ConsumerRecord record : records) {
 *   try {
 *     write(record);
 *   } catch (SQLIntegrityConstraintViolationException e) {
 *     throw new RecordException(record, false, e);   // the runtime applies the policy,
 *   }                                                 // then calls run again for the rest
 * }
 * }</pre>
 */
public class RecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ConsumerRecord record;
  private final boolean retriable;

  /**
   * @param record the record that could not be written, as the sink received it
   * @param retriable whether writing it again may succeed
   * @param cause what went wrong
   */
  public RecordException(ConsumerRecord record, boolean retriable, Throwable cause) {
    super(
        Objects.requireNonNull(cause, "cause").getMessage() == null
            ? cause.toString()
            : cause.getMessage(),
        cause);
    this.record = Objects.requireNonNull(record, "record");
    this.retriable = retriable;
  }

  /**
   * @param record the record that could not be written, as the sink received it
   * @param retriable whether writing it again may succeed
   * @param message what went wrong
   */
  public RecordException(ConsumerRecord record, boolean retriable, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.record = Objects.requireNonNull(record, "record");
    this.retriable = retriable;
  }

  /** The record that could not be written. */
  public ConsumerRecord record() {
    return record;
  }

  /** Whether writing the record again may succeed. */
  public boolean retriable() {
    return retriable;
  }
}
