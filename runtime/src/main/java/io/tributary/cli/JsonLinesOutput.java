package io.tributary.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes records as JSON lines {@code {"key":…,"value":…,"timestamp":…}} (the {@code --dry-run}
 * output of a source). Keys and values are decoded as UTF-8; a missing key is {@code null}.
 */
final class JsonLinesOutput implements RecordOutput {
  private final JsonGenerator json;
  private long records;
  private long bytes;

  JsonLinesOutput(OutputStream out) throws IOException {
    json = new JsonFactory().createGenerator(out);
    json.setRootValueSeparator(null);
  }

  @Override
  public synchronized void write(byte[] key, byte[] value, long timestamp) throws IOException {
    json.writeStartObject();
    if (key == null) {
      json.writeNullField("key");
    } else {
      json.writeStringField("key", new String(key, StandardCharsets.UTF_8));
    }
    json.writeStringField("value", new String(value, StandardCharsets.UTF_8));
    json.writeNumberField("timestamp", timestamp);
    json.writeEndObject();
    json.writeRaw('\n');
    records++; // counted under the lock write already holds: no atomic update per record
    bytes += value.length + (key == null ? 0 : key.length);
  }

  /** Records written so far (the dry run's records out). */
  synchronized long records() {
    return records;
  }

  /** Key and value bytes of {@link #records()}. */
  synchronized long bytes() {
    return bytes;
  }

  @Override
  public synchronized void flush() throws IOException {
    json.flush();
  }
}
