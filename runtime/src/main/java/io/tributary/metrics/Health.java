package io.tributary.metrics;

import java.util.function.BooleanSupplier;

/**
 * Whether the connector is live (its process answers) and ready: connected, with a first produce or
 * fetch that succeeded, and not reconnecting. The run sets what readiness is read from once it
 * knows its connection; until then the connector is not ready.
 */
public final class Health {
  private volatile BooleanSupplier readiness; // null: not ready

  /** Readiness from now on: read at each {@code /health/ready} request. */
  public void readyWhen(BooleanSupplier value) {
    readiness = value;
  }

  /** Whether the connector is ready now. */
  public boolean ready() {
    try {
      BooleanSupplier r = readiness;
      return r != null && r.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
