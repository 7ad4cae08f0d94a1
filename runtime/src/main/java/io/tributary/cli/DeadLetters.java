package io.tributary.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.log.LogConfig;
import io.tributary.log.TributaryLoggerFinder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Produces records that failed to the dead-letter topic, each in the JSON envelope of
 * docs/record-errors.md: the record as it was, the error, and where it came from. Each dead letter
 * is acknowledged before {@link #send} returns, so a record is never let go unrecorded. In a dry
 * run there is no cluster: the envelope is logged instead.
 */
final class DeadLetters {
  private static final Logger LOG = TributaryLoggerFinder.logger("tributary.dead-letter");
  private static final JsonFactory JSON = new JsonFactory();

  /** Where a record came from. */
  record Origin(String topic, Integer partition, Long offset) {}

  private final String topic;
  private final FluvioProducer producer;
  private final String connector;
  private final String version;

  /**
   * @param topic the dead-letter topic
   * @param producer its producer, or {@code null} in a dry run (the envelope is logged)
   */
  DeadLetters(String topic, FluvioProducer producer, String connector, String version) {
    this.topic = topic;
    this.producer = producer;
    this.connector = connector;
    this.version = version;
  }

  String topic() {
    return topic;
  }

  /** Produces one dead letter and waits for its acknowledgement. */
  void send(
      byte[] key,
      byte[] value,
      long timestamp,
      Origin origin,
      String stage,
      Throwable error,
      boolean retriable,
      int attempts) {
    byte[] envelope = envelope(key, value, timestamp, origin, stage, error, retriable, attempts);
    if (producer == null) {
      LOG.log(
          Level.WARNING,
          "dead letter for " + topic + ": " + new String(envelope, StandardCharsets.UTF_8));
      return;
    }
    producer.send(key, envelope);
    producer.flush();
  }

  byte[] envelope(
      byte[] key,
      byte[] value,
      long timestamp,
      Origin origin,
      String stage,
      Throwable error,
      boolean retriable,
      int attempts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + value.length);
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      boolean text = utf8(key) && utf8(value);
      json.writeStartObject();
      json.writeStringField("encoding", text ? "utf-8" : "base64");
      if (key == null) {
        json.writeNullField("key");
      } else {
        json.writeStringField("key", encode(key, text));
      }
      json.writeStringField("value", encode(value, text));
      json.writeNumberField("timestamp", timestamp);
      json.writeObjectFieldStart("error");
      json.writeStringField("stage", stage);
      json.writeStringField("message", LogConfig.mask(message(error)));
      json.writeStringField("type", error.getClass().getName());
      json.writeBooleanField("retriable", retriable);
      json.writeNumberField("attempts", attempts);
      json.writeEndObject();
      json.writeObjectFieldStart("origin");
      json.writeStringField("topic", origin.topic());
      if (origin.partition() == null) {
        json.writeNullField("partition");
      } else {
        json.writeNumberField("partition", origin.partition());
      }
      if (origin.offset() == null) {
        json.writeNullField("offset");
      } else {
        json.writeNumberField("offset", origin.offset());
      }
      json.writeStringField("connector", connector);
      json.writeStringField("version", version);
      json.writeEndObject();
      json.writeStringField("time", Instant.now().toString());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The message of the error and of its causes, as far as they add something. */
  static String message(Throwable error) {
    StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
    for (Throwable c = error.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c.getMessage() != null && !text.toString().contains(c.getMessage())) {
        text.append(": ").append(c.getMessage());
      }
    }
    return text.toString();
  }

  private static String encode(byte[] bytes, boolean text) {
    return text
        ? new String(bytes, StandardCharsets.UTF_8)
        : Base64.getEncoder().encodeToString(bytes);
  }

  private static boolean utf8(byte[] bytes) {
    if (bytes == null) {
      return true;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
