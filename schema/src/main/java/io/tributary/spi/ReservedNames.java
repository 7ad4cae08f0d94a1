package io.tributary.spi;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The option names no connector option may take, which the annotation processor rejects: the common
 * options of both directions ({@link CommonOptionTable}, aliases included), picocli's help and
 * version, and the CDK config file's own top-level keys.
 */
public final class ReservedNames {
  /** The reserved names, without leading dashes. */
  public static final Set<String> ALL = all();

  private ReservedNames() {}

  private static Set<String> all() {
    Set<String> names = new LinkedHashSet<>();
    for (CommonOption row : CommonOptionTable.ROWS) {
      names.add(row.name());
      names.addAll(row.aliases());
    }
    names.addAll(Set.of("help", "version", "h", "V", "meta", "transforms"));
    return Set.copyOf(names);
  }
}
