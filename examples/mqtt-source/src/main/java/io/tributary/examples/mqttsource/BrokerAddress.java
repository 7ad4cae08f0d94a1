package io.tributary.examples.mqttsource;

import io.tributary.InvalidOptionException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The broker of {@code --mqtt-url}, split into what Paho wants: a server URI without credentials
 * ({@code tcp://host:1883} or {@code ssl://host:8883}) and the user name and password, if any.
 * {@link #toString()} is the server URI, safe to log.
 *
 * @param serverUri {@code tcp://host:port} or {@code ssl://host:port}
 * @param user the user name, if the URL has one
 * @param password the password, if the URL has one
 */
record BrokerAddress(String serverUri, Optional<String> user, Optional<String> password) {
  /**
   * Parses {@code mqtt://[user[:password]@]host[:port]}; {@code mqtts} is TLS, {@code tcp} and
   * {@code ssl} are Paho's names for the same. The port defaults to 1883, or 8883 with TLS.
   *
   * @throws InvalidOptionException naming {@code --mqtt-url}, without its value
   */
  static BrokerAddress parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw invalid("is not a valid URL (" + e.getReason() + ")");
    }
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    boolean tls = scheme.equals("mqtts") || scheme.equals("ssl");
    if (!tls && !scheme.equals("mqtt") && !scheme.equals("tcp")) {
      throw invalid("expected the scheme mqtt, mqtts, tcp or ssl");
    }
    if (uri.getHost() == null) {
      throw invalid("expected mqtt://host:port");
    }
    int port = uri.getPort() != -1 ? uri.getPort() : tls ? 8883 : 1883;
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
    }
    return new BrokerAddress(
        (tls ? "ssl://" : "tcp://") + uri.getHost() + ":" + port, user, password);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static InvalidOptionException invalid(String why) {
    return new InvalidOptionException("--mqtt-url", why);
  }

  @Override
  public String toString() {
    return serverUri;
  }
}
