package io.tributary.examples.mqttsource;

import io.tributary.Connector;
import io.tributary.Direction;
import io.tributary.Option;
import io.tributary.Secret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Optional;

/**
 * Subscribes to an MQTT topic filter and produces every message it receives, keyed by its MQTT
 * topic; a port of Fluvio's mqtt-source connector.
 *
 * @param mqttUrl broker URL, mqtt://host:port or mqtts://host:port (TLS), optionally with
 *     user:password@ before the host; a secret, since it can carry the password ({@code url}, the
 *     key of Fluvio's mqtt-source, works too)
 * @param mqttTopic MQTT topic filter to subscribe to: levels separated by /, where a level +
 *     matches any one level and a last level # matches any number of levels ({@code topic}, the key
 *     of Fluvio's mqtt-source, works too)
 * @param clientId MQTT client identifier; with one, the broker keeps the session (subscription and
 *     unacknowledged QoS 1 and 2 messages) while the connector is away; without, a random
 *     identifier and a clean session
 * @param qos quality of service of the subscription: 0 at most once, 1 at least once, 2 exactly
 *     once
 * @param timeout keep-alive interval of the connection, also the time limit to connect
 * @param payloadOutputType record value: the payload as received (binary), or the JSON object
 *     {"mqtt_topic":"…","payload":…} for JSON payloads (json)
 */
@Connector(name = "mqtt-source", direction = Direction.SOURCE)
public record MqttSourceOptions(
    @Option(aliases = "url") @Secret @Pattern(regexp = "(mqtts?|tcp|ssl)://\\S+") String mqttUrl,
    @Option(aliases = "topic") @NotBlank @Pattern(regexp = TOPIC_FILTER) String mqttTopic,
    Optional<@NotBlank String> clientId,
    @Option(defaultValue = "0") @Min(0) @Max(2) int qos,
    @Option(defaultValue = "60s") Duration timeout,
    @Option(defaultValue = "binary") PayloadOutputType payloadOutputType) {

  /** An MQTT topic filter: {@code +} only as a whole level, {@code #} only as the last one. */
  static final String TOPIC_FILTER = "#|(?:\\+|[^+#/]*)(?:/(?:\\+|[^+#/]*))*(?:/#)?";

  /**
   * The record value. Lower-case constants: the values of Fluvio's mqtt-source ({@code
   * payload_output_type: json}), so its configuration files keep working.
   */
  public enum PayloadOutputType {
    /** The payload bytes as received. */
    binary,
    /** {@code {"mqtt_topic":"…","payload":…}}; a payload that is not JSON is skipped. */
    json
  }

  /** Shows every option except the broker URL, which may hold a password. */
  @Override
  public String toString() {
    return "MqttSourceOptions[mqttUrl=****, mqttTopic="
        + mqttTopic
        + ", clientId="
        + clientId
        + ", qos="
        + qos
        + ", timeout="
        + timeout
        + ", payloadOutputType="
        + payloadOutputType
        + "]";
  }
}
