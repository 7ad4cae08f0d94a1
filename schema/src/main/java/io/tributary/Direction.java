package io.tributary;

import java.util.Locale;

/** Which way a connector moves data. */
public enum Direction {
  /** Reads from the outside world and produces records to a Fluvio topic. */
  SOURCE,
  /** Consumes records from a Fluvio topic and writes them to the outside world. */
  SINK;

  /** The lowercase name used in the metadata document: {@code "source"} or {@code "sink"}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
