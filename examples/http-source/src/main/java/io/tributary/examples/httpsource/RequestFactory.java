package io.tributary.examples.httpsource;

import io.tributary.InvalidOptionException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Locale;

/**
 * Builds the one request the source sends again and again, so that a problem with the options (a
 * scheme other than http or https, a header the JDK does not let clients set) shows before the
 * first request.
 */
final class RequestFactory {
  private RequestFactory() {}

  /**
   * The request described by {@code options}, with a time limit for the whole response ({@code
   * null}: none, for a streamed response).
   *
   * @throws InvalidOptionException naming the option at fault
   */
  static HttpRequest create(HttpSourceOptions options, Duration timeout) {
    String scheme = options.endpoint().getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidOptionException(
          "--endpoint", "expected an http or https URL, got " + options.endpoint());
    }
    BodyPublisher body =
        options.body().map(BodyPublishers::ofString).orElse(BodyPublishers.noBody());
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(options.endpoint())
            .method(options.method().name(), body)
            .header("User-Agent", options.userAgent());
    if (timeout != null) {
      builder.timeout(timeout);
    }
    options.bearerToken().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
    for (String header : options.header()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon);
      try {
        builder.header(name, header.substring(colon + 1).trim());
      } catch (IllegalArgumentException e) {
        throw new InvalidOptionException(
            "--header",
            "the header " + name + " cannot be set by a client (the JDK sets it itself)",
            e);
      }
    }
    return builder.build();
  }
}
