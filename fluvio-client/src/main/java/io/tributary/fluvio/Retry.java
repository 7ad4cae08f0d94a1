package io.tributary.fluvio;

/** What the client retries: lost connections, time-outs and retriable Fluvio error codes. */
final class Retry {
  private Retry() {}

  /** Lost connections, time-outs and retriable Fluvio errors (e.g. NotLeaderForPartition). */
  static boolean retriable(FluvioException e) {
    return e instanceof FluvioConnectionException
        || e instanceof FluvioTimeoutException
        || e instanceof FluvioServerException se && se.error().retriable();
  }
}
