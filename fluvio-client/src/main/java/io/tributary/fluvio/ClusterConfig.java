package io.tributary.fluvio;

import io.tributary.fluvio.internal.ProfileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach a Fluvio cluster: the SC endpoint, TLS, and client settings.
 *
 * @param endpoint SC endpoint {@code host:port}
 * @param tls TLS settings
 * @param useSpuLocalAddress connect to SPUs' local public endpoints (profile {@code
 *     use_spu_local_address})
 * @param clientId client id sent in every request header (connectors use {@code
 *     fluvio_connector_<name>})
 * @param requestTimeout how long to wait for a response
 * @param connectTimeout how long to wait for a TCP connection
 */
public record ClusterConfig(
    String endpoint,
    TlsConfig tls,
    boolean useSpuLocalAddress,
    String clientId,
    Duration requestTimeout,
    Duration connectTimeout) {
  /** Default client id, as Fluvio's. */
  public static final String DEFAULT_CLIENT_ID = "fluvio";

  /** Checks the endpoint has the form {@code host:port}. */
  public ClusterConfig {
    parsePort(endpoint);
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
  }

  /**
   * A plain-TCP configuration for {@code host:port}.
   *
   * @throws FluvioConfigException if the endpoint is not {@code host:port}
   */
  public static ClusterConfig ofEndpoint(String hostPort) {
    return new ClusterConfig(
        hostPort,
        TlsConfig.disabled(),
        false,
        DEFAULT_CLIENT_ID,
        Duration.ofSeconds(60),
        Duration.ofSeconds(10));
  }

  /**
   * The current profile of a Fluvio profile file (TOML, {@code ~/.fluvio/config} layout).
   *
   * @throws FluvioConfigException if the file is unreadable, malformed or incomplete
   */
  public static ClusterConfig fromProfile(Path file) {
    return ProfileReader.read(file, null);
  }

  /**
   * A named profile of a Fluvio profile file.
   *
   * @throws FluvioConfigException if the file is unreadable, malformed or incomplete
   */
  public static ClusterConfig fromProfile(Path file, String profile) {
    return ProfileReader.read(file, profile);
  }

  /**
   * The endpoint if given; else the profile file named by {@code FLV_PROFILE_PATH}; else {@code
   * ~/.fluvio/config}.
   *
   * @throws FluvioConfigException if none of them yields a configuration
   */
  public static ClusterConfig resolve(String endpointOrNull) {
    return resolve(endpointOrNull, System::getenv);
  }

  /**
   * As {@link #resolve(String)}, reading environment variables through {@code env} (for callers
   * that pass the environment in). A bad profile file named by {@code FLV_PROFILE_PATH} is reported
   * with that variable's name.
   *
   * @throws FluvioConfigException if none of them yields a configuration
   */
  public static ClusterConfig resolve(
      String endpointOrNull, java.util.function.Function<String, String> env) {
    if (endpointOrNull != null && !endpointOrNull.isBlank()) {
      return ofEndpoint(endpointOrNull.trim());
    }
    String profile = env.apply("FLV_PROFILE_PATH");
    if (profile != null && !profile.isBlank()) {
      try {
        return fromProfile(Path.of(profile));
      } catch (FluvioConfigException e) {
        throw new FluvioConfigException("FLV_PROFILE_PATH: " + e.getMessage());
      }
    }
    Path home = Path.of(System.getProperty("user.home"), ".fluvio", "config");
    if (!Files.exists(home)) {
      throw new FluvioConfigException(
          "no Fluvio endpoint given and no profile file at "
              + home
              + " (pass an endpoint host:port, or set FLV_PROFILE_PATH)");
    }
    return fromProfile(home);
  }

  /** A copy with another client id. */
  public ClusterConfig withClientId(String id) {
    return new ClusterConfig(endpoint, tls, useSpuLocalAddress, id, requestTimeout, connectTimeout);
  }

  /** A copy with other TLS settings. */
  public ClusterConfig withTls(TlsConfig newTls) {
    return new ClusterConfig(
        endpoint, newTls, useSpuLocalAddress, clientId, requestTimeout, connectTimeout);
  }

  /** A copy with other timeouts. */
  public ClusterConfig withTimeouts(Duration request, Duration connect) {
    return new ClusterConfig(endpoint, tls, useSpuLocalAddress, clientId, request, connect);
  }

  /** The host part of the endpoint (brackets of IPv6 literals removed). */
  public String host() {
    return host(endpoint);
  }

  /** The port part of the endpoint. */
  public int port() {
    return parsePort(endpoint);
  }

  /** Host of a {@code host:port} address. */
  public static String host(String hostPort) {
    String h = hostPort.substring(0, hostPort.lastIndexOf(':'));
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }

  /**
   * Port of a {@code host:port} address.
   *
   * @throws FluvioConfigException if the address is not {@code host:port}
   */
  public static int parsePort(String hostPort) {
    String bad = "Fluvio endpoint must be host:port (e.g. 127.0.0.1:9003), got '" + hostPort + "'";
    if (hostPort == null) {
      throw new FluvioConfigException(bad);
    }
    int colon = hostPort.lastIndexOf(':');
    if (colon <= 0
        || colon == hostPort.length() - 1
        || hostPort.contains("/")
        || containsWhitespace(hostPort)) {
      throw new FluvioConfigException(bad);
    }
    try {
      int port = Integer.parseInt(hostPort.substring(colon + 1));
      if (port < 1 || port > 65535) {
        throw new FluvioConfigException(bad);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new FluvioConfigException(bad);
    }
  }

  private static boolean containsWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
