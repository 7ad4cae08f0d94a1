package io.tributary.examples.httpsource;

import io.tributary.Connector;
import io.tributary.Direction;
import io.tributary.Option;
import io.tributary.Secret;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Polls an HTTP endpoint at a fixed interval and produces one record per response; a port of
 * Fluvio's http-source connector.
 *
 * @param endpoint URL to request, http or https
 * @param interval time from the start of one request to the start of the next (not used with {@code
 *     stream})
 * @param stream streaming mode: send the request once and produce a record for each piece of the
 *     response body that ends with the delimiter, as it arrives (a chunked or endless response,
 *     such as server-sent events); reconnect when the response ends
 * @param delimiter what ends each record in streaming mode, a newline by default (bytes of the
 *     body, not included in the record)
 * @param method HTTP method of the request
 * @param header extra request header as Name:Value; repeat the flag for several headers ({@code
 *     headers}, the key of Fluvio's http-source, works too)
 * @param body request body, sent with every request
 * @param userAgent value of the User-Agent request header
 * @param outputParts what a record holds: the response body, or the status line, headers and body
 * @param outputType record format: the response as text, or as a JSON object
 * @param bearerToken token sent with each request as the header Authorization: Bearer TOKEN
 */
@Connector(name = "http-source", direction = Direction.SOURCE)
public record HttpSourceOptions(
    URI endpoint,
    @Option(
            defaultValue = "10s",
            examples = {"500ms", "1m"})
        Duration interval,
    @Option(defaultValue = "false") boolean stream,
    @Option(defaultValue = "\n") @Pattern(regexp = "(?s).+") String delimiter,
    @Option(defaultValue = "GET") Method method,
    @Option(aliases = "headers")
        List<@Pattern(regexp = "[!#$%&'*+.^_`|~0-9A-Za-z-]+:.*") String> header,
    Optional<String> body,
    @Option(defaultValue = "fluvio/http-source 0.1.0") String userAgent,
    @Option(defaultValue = "body") OutputParts outputParts,
    @Option(defaultValue = "text") OutputType outputType,
    @Secret Optional<String> bearerToken) {

  /** The HTTP methods the connector can send. */
  public enum Method {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE,
    HEAD
  }

  // The two enums below keep the lower-case values of Fluvio's http-source
  // (`output_parts: full`), so its existing configuration files keep working.

  /** What a record holds. */
  public enum OutputParts {
    /** The response body only. */
    body,
    /** The status line, the headers and the body. */
    full
  }

  /** How a record is written. */
  public enum OutputType {
    /** As text: the body, or for {@code full} an HTTP/1.1-style message. */
    text,
    /** As a JSON object: {@code {"body":…}}, for {@code full} with "status" and "header". */
    json
  }

  /** Shows the options without the token, and headers by name only (values may be keys). */
  @Override
  public String toString() {
    return "HttpSourceOptions[endpoint="
        + endpoint
        + ", interval="
        + interval
        + ", stream="
        + stream
        + ", delimiter="
        + delimiter.replace("\n", "\\n").replace("\r", "\\r")
        + ", method="
        + method
        + ", header="
        + header.stream().map(h -> h.substring(0, h.indexOf(':')) + ":…").toList()
        + ", body="
        + body
        + ", userAgent="
        + userAgent
        + ", outputParts="
        + outputParts
        + ", outputType="
        + outputType
        + ", bearerToken="
        + bearerToken.map(t -> "****").orElse("none")
        + "]";
  }
}
