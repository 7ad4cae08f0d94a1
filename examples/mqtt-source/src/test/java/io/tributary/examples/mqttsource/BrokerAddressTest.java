package io.tributary.examples.mqttsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrokerAddressTest {
  @Test
  void mqttIsTcpWithTheDefaultPort() {
    assertThat(BrokerAddress.parse("mqtt://broker.example"))
        .isEqualTo(
            new BrokerAddress("tcp://broker.example:1883", Optional.empty(), Optional.empty()));
  }

  @Test
  void mqttsIsTlsWithItsDefaultPort() {
    assertThat(BrokerAddress.parse("mqtts://broker.example").serverUri())
        .isEqualTo("ssl://broker.example:8883");
    assertThat(BrokerAddress.parse("ssl://broker.example:9999").serverUri())
        .isEqualTo("ssl://broker.example:9999");
  }

  @Test
  void credentialsAreSplitOffAndDecoded() {
    BrokerAddress broker = BrokerAddress.parse("tcp://sensor%40site:p%3Ass+w@127.0.0.1:1884");
    assertThat(broker.serverUri()).isEqualTo("tcp://127.0.0.1:1884");
    assertThat(broker.user()).contains("sensor@site");
    assertThat(broker.password()).contains("p:ss+w");
    assertThat(broker.toString()).isEqualTo("tcp://127.0.0.1:1884");
  }

  @Test
  void aUserWithoutPassword() {
    BrokerAddress broker = BrokerAddress.parse("mqtt://reader@[::1]:1883");
    assertThat(broker.serverUri()).isEqualTo("tcp://[::1]:1883");
    assertThat(broker.user()).contains("reader");
    assertThat(broker.password()).isEmpty();
  }

  @Test
  void errorsNameTheFlagButNeverRepeatTheUrl() {
    assertThatThrownBy(() -> BrokerAddress.parse("http://u:secret@host"))
        .hasMessage("--mqtt-url: expected the scheme mqtt, mqtts, tcp or ssl");
    assertThatThrownBy(() -> BrokerAddress.parse("mqtt://u:secret@ho st"))
        .hasMessageStartingWith("--mqtt-url: is not a valid URL")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> BrokerAddress.parse("mqtt:///nohost"))
        .hasMessage("--mqtt-url: expected mqtt://host:port");
  }
}
