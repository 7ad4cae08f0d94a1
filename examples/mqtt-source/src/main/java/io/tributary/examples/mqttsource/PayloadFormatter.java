package io.tributary.examples.mqttsource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.tributary.examples.mqttsource.MqttSourceOptions.PayloadOutputType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The record value of a message: its payload as received ({@code binary}), or {@code
 * {"mqtt_topic":"…","payload":…}} ({@code json}) with the payload's JSON text copied as it is
 * (numbers are not reformatted).
 */
final class PayloadFormatter {
  private static final JsonFactory JSON = new JsonFactory();

  private final PayloadOutputType type;

  PayloadFormatter(PayloadOutputType type) {
    this.type = type;
  }

  /** The value, or empty when the output type is json and the payload is not one JSON value. */
  Optional<byte[]> format(String topic, byte[] payload) {
    if (type == PayloadOutputType.binary) {
      return Optional.of(payload);
    }
    String text = new String(payload, StandardCharsets.UTF_8);
    if (!isOneJsonValue(text)) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + topic.length() + 32);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("mqtt_topic", topic);
      json.writeFieldName("payload");
      json.writeRawValue(text.strip());
      json.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return Optional.of(out.toByteArray());
  }

  private static boolean isOneJsonValue(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() == null) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }
}
