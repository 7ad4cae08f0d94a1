package io.tributary.examples.httpsource;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tributary.examples.httpsource.HttpSourceOptions.OutputParts;
import io.tributary.examples.httpsource.HttpSourceOptions.OutputType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a response into the record value, in the formats of Fluvio's http-source:
 *
 * <ul>
 *   <li>{@code body}, {@code text}: the body as received;
 *   <li>{@code full}, {@code text}: {@code HTTP/1.1 200 OK}, one {@code name: value} line per
 *       header, an empty line, the body;
 *   <li>{@code body}, {@code json}: {@code {"body":"…"}};
 *   <li>{@code full}, {@code json}: {@code {"status":{"version":"HTTP/1.1","code":200,
 *       "string":"OK"},"header":{"name":"value" or ["v1","v2"]},"body":"…"}}.
 * </ul>
 *
 * Header names are lower case and sorted.
 */
final class ResponseFormatter {
  private final OutputParts parts;
  private final OutputType type;

  ResponseFormatter(OutputParts parts, OutputType type) {
    this.parts = parts;
    this.type = type;
  }

  /** The record value for {@code response}. */
  String format(HttpResponse<String> response) {
    return format(response, response.body());
  }

  /**
   * The record value for {@code body}, a piece of {@code response}'s body (streaming mode: each
   * record has the response's status and headers).
   */
  String format(HttpResponse<?> response, String body) {
    return type == OutputType.json ? json(response, body) : text(response, body);
  }

  private String text(HttpResponse<?> response, String body) {
    if (parts == OutputParts.body) {
      return body;
    }
    StringBuilder out = new StringBuilder(statusLine(response));
    headers(response)
        .forEach(
            (name, values) ->
                values.forEach(v -> out.append('\n').append(name).append(": ").append(v)));
    return out.append("\n\n").append(body).toString();
  }

  private String json(HttpResponse<?> response, String body) {
    Map<String, Object> record = new LinkedHashMap<>();
    if (parts == OutputParts.full) {
      Map<String, Object> status = new LinkedHashMap<>();
      status.put("version", version(response.version()));
      status.put("code", response.statusCode());
      status.put("string", StatusReasons.of(response.statusCode()));
      record.put("status", status);
      Map<String, Object> header = new LinkedHashMap<>();
      headers(response)
          .forEach((name, values) -> header.put(name, values.size() == 1 ? values.get(0) : values));
      record.put("header", header);
    }
    record.put("body", body);
    try {
      return JSON.std.asString(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not reached: strings, numbers and maps always write
    }
  }

  private static String statusLine(HttpResponse<?> response) {
    return version(response.version())
        + " "
        + response.statusCode()
        + " "
        + StatusReasons.of(response.statusCode());
  }

  private static Map<String, List<String>> headers(HttpResponse<?> response) {
    Map<String, List<String>> sorted = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!name.startsWith(":")) { // HTTP/2 pseudo-headers are not headers
                sorted
                    .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .addAll(values);
              }
            });
    return sorted;
  }

  private static String version(HttpClient.Version version) {
    return version == HttpClient.Version.HTTP_2 ? "HTTP/2.0" : "HTTP/1.1";
  }
}
