package io.tributary.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tributary.ConsumerRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Reads records from JSON lines {@code {"key":…,"value":…,"timestamp":…}} (the {@code --dry-run}
 * input of a sink, the same form a source's dry run writes). {@code key} and {@code timestamp} may
 * be left out; {@code offset} may be given, else lines are numbered from 0. Blank lines are
 * skipped.
 */
final class JsonLinesRecordStream {
  private final BufferedReader reader;
  private final BooleanSupplier stopping;
  private long nextOffset;
  private int lineNumber;

  JsonLinesRecordStream(BufferedReader reader, BooleanSupplier stopping) {
    this.reader = reader;
    this.stopping = stopping;
  }

  /** The next record, or {@code null} at the end of input or when stopping. */
  ConsumerRecord next() {
    try {
      String line;
      do {
        if (stopping.getAsBoolean()) {
          return null;
        }
        line = reader.readLine();
        lineNumber++;
        if (line == null) {
          return null;
        }
      } while (line.isBlank());
      return parse(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ConsumerRecord parse(String line) {
    Map<String, Object> map;
    try {
      map = JSON.std.mapFrom(line);
    } catch (IOException | RuntimeException e) {
      throw bad("is not a JSON object");
    }
    if (map == null || !(map.get("value") instanceof String value)) {
      throw bad("has no string \"value\"");
    }
    Object key = map.get("key");
    if (key != null && !(key instanceof String)) {
      throw bad("has a \"key\" that is not a string or null");
    }
    long offset = map.get("offset") instanceof Number n ? n.longValue() : nextOffset;
    nextOffset = offset + 1;
    long timestamp = map.get("timestamp") instanceof Number t ? t.longValue() : -1;
    return new ConsumerRecord(
        offset,
        key == null ? null : ((String) key).getBytes(StandardCharsets.UTF_8),
        value.getBytes(StandardCharsets.UTF_8),
        timestamp);
  }

  private InputException bad(String what) {
    return new InputException(
        "standard input line "
            + lineNumber
            + " "
            + what
            + "; expected {\"key\":null,\"value\":\"...\",\"timestamp\":0}");
  }

  /** Bad input data on standard input. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }
}
