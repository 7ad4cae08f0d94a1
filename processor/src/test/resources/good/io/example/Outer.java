package io.example;

import io.tributary.Connector;
import io.tributary.Direction;

/** Holds a nested connector record. */
public final class Outer {
  private Outer() {}

  /** A nested record with no options. */
  @Connector(name = "nested", direction = Direction.SOURCE)
  public record Inner() {}
}
