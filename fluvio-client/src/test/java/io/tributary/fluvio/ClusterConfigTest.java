package io.tributary.fluvio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.TopicCompression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterConfigTest {
  @TempDir Path dir;

  @Test
  void endpointIsHostAndPort() {
    ClusterConfig c = ClusterConfig.ofEndpoint("fluvio.example.com:9003");
    assertThat(c.host()).isEqualTo("fluvio.example.com");
    assertThat(c.port()).isEqualTo(9003);
    assertThat(c.clientId()).isEqualTo("fluvio");
    assertThat(c.tls().enabled()).isFalse();
    assertThat(ClusterConfig.ofEndpoint("[::1]:9003").host()).isEqualTo("::1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "localhost:",
        ":9003",
        "host:0",
        "host:70000",
        "host:abc",
        "http://host:9003",
        "a b:9003"
      })
  void malformedEndpointsAreConfigErrorsNamingTheValue(String endpoint) {
    assertThatThrownBy(() -> ClusterConfig.ofEndpoint(endpoint))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("host:port")
        .hasMessageContaining("'" + endpoint + "'");
  }

  @Test
  void resolvePrefersAnExplicitEndpoint() {
    assertThat(ClusterConfig.resolve(" 127.0.0.1:9010 ").endpoint()).isEqualTo("127.0.0.1:9010");
  }

  @Test
  void offsetsParseBeginningEndAndNumbers() {
    assertThat(Offset.parse("beginning")).isEqualTo(Offset.beginning());
    assertThat(Offset.parse("END")).isEqualTo(Offset.end());
    assertThat(Offset.parse("42")).isEqualTo(Offset.absolute(42));
    assertThatThrownBy(() -> Offset.parse("-1")).isInstanceOf(FluvioConfigException.class);
    assertThatThrownBy(() -> Offset.parse("start"))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("'beginning', 'end', 'beginning+N', 'end-N' or a number")
        .hasMessageContaining("'start'");
  }

  @Test
  void producerConfigRejectsBadValues() {
    assertThatThrownBy(() -> ProducerConfig.defaults().withBatchSize(0))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("batch size");
    assertThatThrownBy(() -> ProducerConfig.defaults().withLinger(Duration.ofMillis(-1)))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void producerCompressionIsTheTopicsUnlessSetAndMustMatchIt() {
    assertThat(ProducerConfig.defaults().compression()).isNull();
    assertThat(FluvioProducer.compression("t", null, TopicCompression.ANY, "h:1"))
        .isEqualTo(Compression.NONE);
    assertThat(FluvioProducer.compression("t", null, TopicCompression.LZ4, "h:1"))
        .isEqualTo(Compression.LZ4);
    assertThat(FluvioProducer.compression("t", Compression.SNAPPY, TopicCompression.ANY, "h:1"))
        .isEqualTo(Compression.SNAPPY);
    assertThat(FluvioProducer.compression("t", Compression.NONE, TopicCompression.NONE, "h:1"))
        .isEqualTo(Compression.NONE);
    assertThatThrownBy(
            () -> FluvioProducer.compression("t", Compression.NONE, TopicCompression.GZIP, "h:1"))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessage(
            "producer compression none does not match the compression of topic 't' on "
                + "Fluvio at h:1 (gzip): configure gzip or leave the compression unset");
  }

  @Test
  void tlsConfigNeverPrintsKeyMaterial() throws Exception {
    Path key = Files.writeString(dir.resolve("k.pem"), "SECRET-KEY");
    Path cert = Files.writeString(dir.resolve("c.pem"), "CERT");
    TlsConfig tls = TlsConfig.verifiedFromFiles("example.com", key, cert, cert);
    assertThat(tls.keyPem()).isEqualTo("SECRET-KEY");
    assertThat(tls.toString()).doesNotContain("SECRET").contains("verified", "example.com");
    assertThatThrownBy(() -> TlsConfig.verifiedFromFiles("d", dir.resolve("none.pem"), cert, cert))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("none.pem");
  }
}
