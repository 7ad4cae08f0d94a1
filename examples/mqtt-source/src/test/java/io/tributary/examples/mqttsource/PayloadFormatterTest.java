package io.tributary.examples.mqttsource;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.examples.mqttsource.MqttSourceOptions.PayloadOutputType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayloadFormatterTest {
  private static Optional<String> format(PayloadOutputType type, String topic, String payload) {
    return new PayloadFormatter(type)
        .format(topic, payload.getBytes(StandardCharsets.UTF_8))
        .map(b -> new String(b, StandardCharsets.UTF_8));
  }

  @Test
  void binaryIsThePayloadAsReceived() {
    byte[] payload = {0, (byte) 0xff, 'a'};
    assertThat(new PayloadFormatter(PayloadOutputType.binary).format("t", payload))
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(payload));
  }

  @Test
  void jsonWrapsTheTopicAndCopiesThePayloadText() {
    assertThat(format(PayloadOutputType.json, "sensors/a \"1\"", " {\"t\": 1.50, \"n\":[1e3]}\n"))
        .contains(
            "{\"mqtt_topic\":\"sensors/a \\\"1\\\"\",\"payload\":{\"t\": 1.50, \"n\":[1e3]}}");
    assertThat(format(PayloadOutputType.json, "s", "42"))
        .contains("{\"mqtt_topic\":\"s\",\"payload\":42}");
    assertThat(format(PayloadOutputType.json, "s", "\"hi\""))
        .contains("{\"mqtt_topic\":\"s\",\"payload\":\"hi\"}");
  }

  @Test
  void jsonSkipsPayloadsThatAreNotOneJsonValue() {
    assertThat(format(PayloadOutputType.json, "s", "hello")).isEmpty();
    assertThat(format(PayloadOutputType.json, "s", "")).isEmpty();
    assertThat(format(PayloadOutputType.json, "s", "{\"a\":1")).isEmpty();
    assertThat(format(PayloadOutputType.json, "s", "{} {}")).isEmpty();
    assertThat(format(PayloadOutputType.json, "s", "1 2")).isEmpty();
  }
}
