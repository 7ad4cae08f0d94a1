package io.tributary.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConnectionException;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.FluvioTlsException;
import io.tributary.fluvio.Offset;
import io.tributary.fluvio.TlsConfig;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's TLS modes against a TLS-only test cluster, with a CA, server and client certificates
 * made by the JDK's keytool.
 */
class TlsTest {
  static final char[] PASS = "changeit".toCharArray();
  @TempDir static Path dir;
  static TestCluster cluster;
  static String caPem;
  static String clientCertPem;
  static String clientKeyPem;

  @BeforeAll
  static void certificatesAndCluster() throws Exception {
    keytool(
        "-genkeypair",
        "-alias",
        "ca",
        "-dname",
        "CN=Tributary Test CA",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-ext",
        "bc:c",
        "-validity",
        "2",
        "-keystore",
        "ca.p12");
    keytool("-exportcert", "-alias", "ca", "-rfc", "-file", "ca.crt", "-keystore", "ca.p12");
    signed("server", "CN=fluvio.test", "san=dns:fluvio.test,dns:*.fluvio.test");
    signed("client", "CN=connector", null);
    caPem = Files.readString(dir.resolve("ca.crt"));
    clientCertPem = Files.readString(dir.resolve("client.crt"));
    KeyStore client = load("client.p12");
    clientKeyPem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(client.getKey("client", PASS).getEncoded())
            + "\n-----END PRIVATE KEY-----\n";

    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(load("server.p12"), PASS);
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry(
        "ca",
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new java.io.ByteArrayInputStream(caPem.getBytes(UTF_8))));
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext server = SSLContext.getInstance("TLS");
    server.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    cluster = TestCluster.startTls(server, true);
    cluster.createTopic("secure", 1);
  }

  /** A key pair for {@code name} whose certificate the CA signs; chain exported as PEM. */
  private static void signed(String name, String dname, String san) throws Exception {
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-dname",
        dname,
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-keystore",
        name + ".p12");
    keytool("-certreq", "-alias", name, "-file", name + ".csr", "-keystore", name + ".p12");
    List<String> gencert =
        new ArrayList<>(
            List.of(
                "-gencert",
                "-alias",
                "ca",
                "-infile",
                name + ".csr",
                "-outfile",
                name + ".crt",
                "-rfc",
                "-validity",
                "2",
                "-keystore",
                "ca.p12"));
    if (san != null) {
      gencert.addAll(List.of("-ext", san));
    }
    keytool(gencert.toArray(new String[0]));
    keytool(
        "-importcert", "-noprompt", "-alias", "ca", "-file", "ca.crt", "-keystore", name + ".p12");
    keytool("-importcert", "-alias", name, "-file", name + ".crt", "-keystore", name + ".p12");
  }

  private static void keytool(String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    cmd.addAll(List.of(args));
    cmd.addAll(List.of("-storepass", "changeit", "-storetype", "PKCS12"));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", args) + ": " + out).isZero();
  }

  private static KeyStore load(String file) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(dir.resolve(file).toFile())) {
      ks.load(in, PASS);
    }
    return ks;
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static ClusterConfig config(TlsConfig tls) {
    return ClusterConfig.ofEndpoint(cluster.endpoint())
        .withTls(tls)
        .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(5));
  }

  @Test
  void verifiedMutualTlsProducesAndConsumesThroughScAndSpu() {
    TlsConfig tls = TlsConfig.verified("fluvio.test", clientKeyPem, clientCertPem, caPem);
    try (FluvioClient client = FluvioClient.connect(config(tls))) {
      try (FluvioProducer p = client.producer("secure")) {
        p.send("k".getBytes(UTF_8), "over tls".getBytes(UTF_8));
      }
      try (FluvioConsumer c = client.consumer("secure", 0, Offset.beginning())) {
        assertThat(FluvioClientTest.drain(c, 1))
            .singleElement()
            .satisfies(r -> assertThat(r.valueString()).isEqualTo("over tls"));
      }
    }
  }

  @Test
  void aCertificateForAnotherDomainIsATlsFailureNamingTheDomain() {
    TlsConfig tls = TlsConfig.verified("other.example", clientKeyPem, clientCertPem, caPem);
    assertThatThrownBy(() -> FluvioClient.connect(config(tls)))
        .isInstanceOf(FluvioTlsException.class)
        .hasMessageContaining(cluster.endpoint())
        .hasMessageContaining("other.example");
  }

  @Test
  void anUntrustedServerIsATlsFailure() {
    TlsConfig tls = TlsConfig.verified("fluvio.test", clientKeyPem, clientCertPem, clientCertPem);
    assertThatThrownBy(() -> FluvioClient.connect(config(tls)))
        .isInstanceOf(FluvioTlsException.class)
        .hasMessageContaining("TLS handshake");
  }

  @Test
  void anonymousTlsWithoutAClientCertificateIsRefusedByAMutualTlsServer() {
    assertThatThrownBy(() -> FluvioClient.connect(config(TlsConfig.anonymous())))
        .isInstanceOf(FluvioConnectionException.class)
        .hasMessageContaining(cluster.endpoint());
  }

  @Test
  void plainTcpToATlsServerFailsWithTheEndpoint() {
    assertThatThrownBy(() -> FluvioClient.connect(config(TlsConfig.disabled())))
        .isInstanceOf(FluvioConnectionException.class)
        .hasMessageContaining(cluster.endpoint());
  }
}
