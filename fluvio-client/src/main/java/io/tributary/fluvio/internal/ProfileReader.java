package io.tributary.fluvio.internal;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioConfigException;
import io.tributary.fluvio.TlsConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Fluvio's profile file (docs/fluvio.md#the-profile-file): {@code current_profile} → {@code
 * profile.X.cluster} → {@code cluster.Y} with {@code endpoint} (alias {@code addr}), {@code
 * use_spu_local_address} and the {@code tls} table. Every error names the file and the key at
 * fault.
 */
public final class ProfileReader {
  private ProfileReader() {}

  /** Reads {@code profile} (or the current profile when null) of {@code file}. */
  public static ClusterConfig read(Path file, String profile) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FluvioConfigException(
          "cannot read Fluvio profile file " + file + ": " + e.getMessage());
    }
    Map<String, Object> doc;
    try {
      doc = MiniToml.parse(text);
    } catch (IllegalArgumentException e) {
      throw new FluvioConfigException(
          "malformed Fluvio profile file " + file + ": " + e.getMessage());
    }
    return new ProfileReader.Resolver(file, doc).resolve(profile);
  }

  private record Resolver(Path file, Map<String, Object> doc) {
    ClusterConfig resolve(String wanted) {
      String profileName = wanted != null ? wanted : string(doc, "", "current_profile");
      if (profileName == null) {
        throw fail("no 'current_profile'; set it or choose a profile");
      }
      Map<String, Object> profile = table(table(doc, "", "profile"), "profile.", profileName);
      String clusterName = string(profile, "profile." + profileName + ".", "cluster");
      if (clusterName == null) {
        throw fail("profile '" + profileName + "' has no 'cluster'");
      }
      String at = "cluster." + clusterName + ".";
      Map<String, Object> cluster = table(table(doc, "", "cluster"), "cluster.", clusterName);
      String endpoint = string(cluster, at, "endpoint");
      endpoint = endpoint != null ? endpoint : string(cluster, at, "addr");
      if (endpoint == null) {
        throw fail("cluster '" + clusterName + "' has no 'endpoint'");
      }
      try {
        ClusterConfig.parsePort(endpoint);
      } catch (FluvioConfigException e) {
        throw fail("'" + at + "endpoint': " + e.getMessage());
      }
      Object local = cluster.getOrDefault("use_spu_local_address", false);
      if (!(local instanceof Boolean)) {
        throw fail("'" + at + "use_spu_local_address' must be true or false");
      }
      String clientId = string(doc, "", "client_id");
      ClusterConfig base = ClusterConfig.ofEndpoint(endpoint).withTls(tls(cluster, at));
      base =
          new ClusterConfig(
              base.endpoint(),
              base.tls(),
              (Boolean) local,
              clientId != null ? clientId : ClusterConfig.DEFAULT_CLIENT_ID,
              base.requestTimeout(),
              base.connectTimeout());
      return base;
    }

    private TlsConfig tls(Map<String, Object> cluster, String at) {
      if (!cluster.containsKey("tls")) {
        return TlsConfig.disabled();
      }
      Map<String, Object> tls = table(cluster, at, "tls");
      String policy = string(tls, at + "tls.", "tls_policy");
      switch (policy == null ? "disabled" : policy.toLowerCase(Locale.ROOT)) {
        case "disabled", "disable" -> {
          return TlsConfig.disabled();
        }
        case "anonymous" -> {
          return TlsConfig.anonymous();
        }
        case "verified", "verify" -> {
          return verified(tls, at + "tls.");
        }
        default ->
            throw fail(
                "'"
                    + at
                    + "tls.tls_policy' must be \"disabled\", \"anonymous\" or "
                    + "\"verified\", got \""
                    + policy
                    + "\"");
      }
    }

    private TlsConfig verified(Map<String, Object> tls, String at) {
      String source = string(tls, at, "tls_source");
      Map<String, Object> certs = table(tls, at, "certs");
      String c = at + "certs.";
      String domain = required(certs, c, "domain");
      String key = required(certs, c, "key");
      String cert = required(certs, c, "cert");
      String ca = required(certs, c, "ca_cert");
      switch (source == null ? "" : source.toLowerCase(Locale.ROOT)) {
        case "files", "file" -> {
          return TlsConfig.verifiedFromFiles(domain, Path.of(key), Path.of(cert), Path.of(ca));
        }
        case "inline" -> {
          return TlsConfig.verified(domain, key, cert, ca);
        }
        default ->
            throw fail(
                "'"
                    + at
                    + "tls_source' must be \"files\" or \"inline\", got "
                    + (source == null ? "nothing" : "\"" + source + "\""));
      }
    }

    private String required(Map<String, Object> t, String at, String key) {
      String v = string(t, at, key);
      if (v == null || v.isBlank()) {
        throw fail("'" + at + key + "' is required for verified TLS");
      }
      return v;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> table(Map<String, Object> parent, String at, String key) {
      Object o = parent.get(key);
      if (o == null) {
        throw fail("no [" + at + key + "] table");
      }
      if (!(o instanceof Map)) {
        throw fail("'" + at + key + "' must be a table");
      }
      return (Map<String, Object>) o;
    }

    private String string(Map<String, Object> t, String at, String key) {
      Object o = t.get(key);
      if (o != null && !(o instanceof String)) {
        throw fail("'" + at + key + "' must be a string");
      }
      return (String) o;
    }

    private FluvioConfigException fail(String message) {
      return new FluvioConfigException("Fluvio profile file " + file + ": " + message);
    }
  }
}
