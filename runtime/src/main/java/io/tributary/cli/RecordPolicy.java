package io.tributary.cli;

import io.tributary.RecordException;
import io.tributary.cli.CommonSettings.RecordErrors.Policy;
import io.tributary.log.TributaryLoggerFinder;
import io.tributary.metrics.ConnectorMetrics;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Locale;

/**
 * Applies {@code --on-record-error} to a record that failed (docs/record-errors.md): halt, retry it
 * with backoff while it is retriable and attempts are left, else produce it to the dead-letter
 * topic when there is one, or discard it. Thread-safe.
 */
final class RecordPolicy {
  private static final Logger LOG = TributaryLoggerFinder.logger("tributary");

  /** What failed: the sink writing a record, or a SmartModule transforming it. */
  enum Stage {
    SINK("sink-error"),
    SMARTMODULE("smartmodule-error");

    final String cause;

    Stage(String cause) {
      this.cause = cause;
    }
  }

  /** Waits between attempts (a test may not wait). */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final CommonSettings.RecordErrors settings;
  private final DeadLetters deadLetters;
  private final ConnectorMetrics metrics;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private DeadLetters.Origin lastFailed;
  private int attempts;

  RecordPolicy(
      CommonSettings.RecordErrors settings,
      DeadLetters deadLetters,
      ConnectorMetrics metrics,
      Sleeper sleeper) {
    this.settings = settings;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.backoff = new Backoff(settings.retryBackoff());
    this.sleeper = sleeper;
  }

  RecordPolicy(
      CommonSettings.RecordErrors settings, DeadLetters deadLetters, ConnectorMetrics metrics) {
    this(settings, deadLetters, metrics, d -> Thread.sleep(d.toMillis()));
  }

  /**
   * Applies the policy to a failed record.
   *
   * @return true to try the record again (the backoff has been waited), false when it has been
   *     dealt with (discarded or dead-lettered)
   * @throws RecordException {@code error} itself, when the policy halts
   */
  boolean failed(RecordException error, Stage stage, DeadLetters.Origin origin)
      throws InterruptedException {
    metrics.failed(stage.cause).increment();
    int attempt;
    synchronized (this) {
      attempt = origin.equals(lastFailed) ? attempts + 1 : 1;
      lastFailed = origin;
      attempts = attempt;
    }
    String where = describe(origin);
    if (settings.policy() == Policy.RETRY && error.retriable() && attempt <= settings.retryMax()) {
      Duration wait = backoff.delay(attempt);
      LOG.log(
          Level.WARNING,
          where
              + " failed ("
              + error.getMessage()
              + "); retry "
              + attempt
              + " of "
              + settings.retryMax()
              + " in "
              + wait.toMillis()
              + " ms");
      metrics.retries.increment();
      sleeper.sleep(wait);
      return true;
    }
    boolean dropping =
        settings.policy() == Policy.DISCARD
            || deadLetters != null && settings.policy() == Policy.RETRY;
    if (!dropping) {
      throw error;
    }
    if (deadLetters != null) {
      deadLetters.send(
          error.record().key(),
          error.record().value(),
          error.record().timestamp(),
          origin,
          stage.name().toLowerCase(Locale.ROOT),
          error.getCause() == null ? error : error.getCause(),
          error.retriable(),
          attempt);
      metrics.deadLettered.increment();
      LOG.log(
          Level.WARNING,
          where
              + " failed ("
              + error.getMessage()
              + "); sent to the "
              + "dead-letter topic "
              + deadLetters.topic());
    } else {
      LOG.log(Level.WARNING, where + " failed (" + error.getMessage() + "); discarded");
    }
    metrics.dropped(stage.cause).increment();
    return false;
  }

  private static String describe(DeadLetters.Origin origin) {
    if (origin.offset() == null) {
      return "a record for " + origin.topic();
    }
    return "the record at offset "
        + origin.offset()
        + " of "
        + origin.topic()
        + (origin.partition() == null ? "" : "-" + origin.partition());
  }
}
