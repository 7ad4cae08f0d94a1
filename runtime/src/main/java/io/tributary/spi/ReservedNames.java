package io.tributary.spi;

import java.util.Set;

/**
 * The option names no connector option may take, which the annotation processor rejects: the
 * common options of both directions (DESIGN §4, aliases included), picocli's help and version,
 * and names kept for later. {@code CommonOptionsTest} checks that every common option is here.
 */
public final class ReservedNames {
  /** The reserved names, without leading dashes. */
  public static final Set<String> ALL = Set.of(
      "fluvio-topic", "rust-log", "filter", "map", "arraymap", "array-map", "filter-map",
      "transform", "fluvio-endpoint", "dry-run", "config", "fluvio-partition", "offset-start",
      "smartmodule-errors", "smartmodule-timeout", "create-topic", "help", "version", "meta",
      "transforms", "h", "V");

  private ReservedNames() {}
}
