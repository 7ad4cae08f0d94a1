package io.tributary.fluvio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioConfigException;
import io.tributary.fluvio.TlsConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile files in the layouts of Fluvio's test data (docs/fluvio.md#the-profile-file). */
class ProfileReaderTest {
  @TempDir Path dir;

  private Path write(String toml) throws Exception {
    return Files.writeString(dir.resolve("config"), toml);
  }

  @Test
  void currentProfileLeadsToItsCluster() throws Exception {
    Path file =
        write(
            """
        version = "2.0"
        current_profile = "local"
        client_id = "fluvio_connector_http"

        [profile.local3]
        cluster = "extra"
        topic = "test3"
        partition = 3

        [profile.local]
        cluster = "local"

        [cluster.extra]
        endpoint = "127.0.0.1:9999"

        [cluster.extra.metadata.deep.nesting.example]
        key = "custom field"

        [cluster.local]
        endpoint = "127.0.0.1:9003" # the SC
        use_spu_local_address = true
        """);
    ClusterConfig c = ClusterConfig.fromProfile(file);
    assertThat(c.endpoint()).isEqualTo("127.0.0.1:9003");
    assertThat(c.useSpuLocalAddress()).isTrue();
    assertThat(c.clientId()).isEqualTo("fluvio_connector_http");
    assertThat(c.tls().mode()).isEqualTo(TlsConfig.Mode.DISABLED);
    assertThat(ClusterConfig.fromProfile(file, "local3").endpoint()).isEqualTo("127.0.0.1:9999");
  }

  @Test
  void addrAliasAndAnonymousTls() throws Exception {
    Path file =
        write(
            """
        version = "1.0"
        current_profile = "cloud"
        [profile.cloud]
        cluster = "cloud"
        [cluster.cloud]
        addr = "router.example.com:9003"
        [cluster.cloud.tls]
        tls_policy = "anonymous"
        """);
    ClusterConfig c = ClusterConfig.fromProfile(file);
    assertThat(c.endpoint()).isEqualTo("router.example.com:9003");
    assertThat(c.tls().mode()).isEqualTo(TlsConfig.Mode.ANONYMOUS);
  }

  @Test
  void verifiedTlsWithInlineMultiLinePem() throws Exception {
    Path file =
        write(
            """
        current_profile = "local"
        [profile.local]
        cluster = "local"
        [cluster.local]
        addr = "localhost:9003"
        [cluster.local.tls]
        tls_policy = "verified"
        tls_source = "inline"
        [cluster.local.tls.certs]
        domain = "my_domain"
        key = \"""
        -----BEGIN PRIVATE KEY-----
        QUJD
        -----END PRIVATE KEY-----
        \"""
        cert = '''-----BEGIN CERTIFICATE-----
        REVG
        -----END CERTIFICATE-----'''
        ca_cert = "-----BEGIN CERTIFICATE-----\\nR0hJ\\n-----END CERTIFICATE-----\\n"
        """);
    TlsConfig tls = ClusterConfig.fromProfile(file).tls();
    assertThat(tls.mode()).isEqualTo(TlsConfig.Mode.VERIFIED);
    assertThat(tls.domain()).isEqualTo("my_domain");
    assertThat(tls.keyPem())
        .isEqualTo("-----BEGIN PRIVATE KEY-----\nQUJD\n-----END PRIVATE KEY-----\n");
    assertThat(tls.certPem()).startsWith("-----BEGIN CERTIFICATE-----\nREVG");
    assertThat(tls.caCertPem())
        .isEqualTo("-----BEGIN CERTIFICATE-----\nR0hJ\n-----END CERTIFICATE-----\n");
  }

  @Test
  void verifiedTlsWithFiles() throws Exception {
    Files.writeString(dir.resolve("client.key"), "KEY");
    Files.writeString(dir.resolve("client.cert"), "CERT");
    Files.writeString(dir.resolve("ca.cert"), "CA");
    Path file =
        write(
            """
        current_profile = "local"
        [profile.local]
        cluster = "local"
        [cluster.local]
        endpoint = "localhost:9003"
        [cluster.local.tls]
        tls_policy = "verify"
        tls_source = "file"
        [cluster.local.tls.certs]
        key = "%s"
        cert = "%s"
        ca_cert = "%s"
        domain = "fluvio.local"
        """
                .formatted(
                    dir.resolve("client.key"), dir.resolve("client.cert"), dir.resolve("ca.cert")));
    TlsConfig tls = ClusterConfig.fromProfile(file).tls();
    assertThat(tls.keyPem()).isEqualTo("KEY");
    assertThat(tls.caCertPem()).isEqualTo("CA");
  }

  @Test
  void problemsNameTheFileAndTheKey() throws Exception {
    assertThatThrownBy(() -> ClusterConfig.fromProfile(dir.resolve("missing")))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("cannot read")
        .hasMessageContaining("missing");
    Path bad = write("current_profile = \"x\"\n[profile.x]\ncluster = unquoted\n");
    assertThatThrownBy(() -> ClusterConfig.fromProfile(bad))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("malformed")
        .hasMessageContaining("line 3");
    Path noCurrent = write("[profile.x]\ncluster = \"c\"\n");
    assertThatThrownBy(() -> ClusterConfig.fromProfile(noCurrent))
        .hasMessageContaining("current_profile");
    Path noCluster = write("current_profile = \"x\"\n[profile.x]\ncluster = \"c\"\n");
    assertThatThrownBy(() -> ClusterConfig.fromProfile(noCluster))
        .hasMessageContaining("[cluster")
        .hasMessageContaining(noCluster.toString());
    Path badEndpoint =
        write(
            "current_profile = \"x\"\n[profile.x]\ncluster = \"c\"\n"
                + "[cluster.c]\nendpoint = \"nohost\"\n");
    assertThatThrownBy(() -> ClusterConfig.fromProfile(badEndpoint))
        .hasMessageContaining("cluster.c.endpoint")
        .hasMessageContaining("host:port");
    Path badPolicy =
        write(
            "current_profile = \"x\"\n[profile.x]\ncluster = \"c\"\n"
                + "[cluster.c]\nendpoint = \"h:1\"\n[cluster.c.tls]\ntls_policy = \"strict\"\n");
    assertThatThrownBy(() -> ClusterConfig.fromProfile(badPolicy))
        .hasMessageContaining("tls_policy")
        .hasMessageContaining("\"strict\"");
    Path noKey =
        write(
            "current_profile = \"x\"\n[profile.x]\ncluster = \"c\"\n"
                + "[cluster.c]\nendpoint = \"h:1\"\n[cluster.c.tls]\ntls_policy = \"verified\"\n"
                + "tls_source = \"inline\"\n[cluster.c.tls.certs]\ndomain = \"d\"\ncert = \"c\"\n"
                + "ca_cert = \"a\"\n");
    assertThatThrownBy(() -> ClusterConfig.fromProfile(noKey))
        .hasMessageContaining("cluster.c.tls.certs.key");
  }

  @Test
  void tomlReaderHandlesTheSubsetProfilesUse() {
    var doc =
        MiniToml.parse(
            """
        a = 1
        b = [1, "two", true]
        c = { d = "e", f.g = 'h' }
        "quoted key" = "x\\ty"
        [t."x.y"]
        z = false
        """);
    assertThat(doc).containsEntry("a", 1L).containsEntry("quoted key", "x\ty");
    assertThat(doc.get("b")).isEqualTo(java.util.List.of(1L, "two", true));
    assertThat(doc.get("c").toString()).isEqualTo("{d=e, f={g=h}}");
    assertThat(doc.get("t").toString()).isEqualTo("{x.y={z=false}}");
    assertThatThrownBy(() -> MiniToml.parse("a = 1\na = 2\n")).hasMessageContaining("line 2");
    assertThatThrownBy(() -> MiniToml.parse("[[arr]]\n")).hasMessageContaining("arrays of tables");
  }
}
