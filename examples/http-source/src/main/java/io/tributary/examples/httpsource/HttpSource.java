package io.tributary.examples.httpsource;

import io.tributary.Source;
import io.tributary.TopicProducer;
import io.tributary.examples.httpsource.HttpSourceOptions.OutputParts;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends the configured request every {@code --interval} and produces each response. A request that
 * fails (connection refused, timeout) is logged and tried again at the next interval. A response
 * whose status is not 2xx is logged and, unless {@code --output-parts full} puts the status in the
 * record, not produced.
 *
 * <p>With {@code --stream}, the request is sent once and each piece of the body that ends with
 * {@code --delimiter} is a record, produced as it arrives ({@link ResponseStream}).
 */
public final class HttpSource implements Source<HttpSourceOptions> {
  private static final Logger LOG = System.getLogger("http-source");

  /** Longest wait for a connection, and for a whole response. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  @Override
  public void run(HttpSourceOptions options, TopicProducer producer) throws Exception {
    HttpRequest request = RequestFactory.create(options, REQUEST_TIMEOUT);
    ResponseFormatter formatter =
        new ResponseFormatter(options.outputParts(), options.outputType());
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    if (options.stream()) {
      new ResponseStream(
              client,
              RequestFactory.create(options, null),
              options.delimiter().getBytes(StandardCharsets.UTF_8),
              formatter,
              producer)
          .run();
      return;
    }
    LOG.log(
        Level.INFO,
        () ->
            "polling "
                + request.method()
                + " "
                + request.uri()
                + " every "
                + options.interval().toMillis()
                + " ms");
    long next = System.nanoTime();
    while (!Thread.currentThread().isInterrupted()) {
      HttpResponse<String> response = send(client, request, BodyHandlers.ofString());
      if (response != null && wanted(response, options.outputParts())) {
        producer.send(null, formatter.format(response));
        producer.flush(); // one record per interval: produce it now, not with the next ones
      }
      next += options.interval().toNanos();
      long wait = next - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } else {
        next = System.nanoTime(); // late: start the next request now, do not try to catch up
      }
    }
  }

  /** The response, or {@code null} when the request failed (logged). */
  static <T> HttpResponse<T> send(
      HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body)
      throws InterruptedException {
    try {
      return client.send(request, body);
    } catch (IOException e) {
      LOG.log(
          Level.WARNING,
          request.method()
              + " "
              + request.uri()
              + " failed: "
              + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
      return null;
    }
  }

  private static boolean wanted(HttpResponse<String> response, OutputParts parts) {
    int status = response.statusCode();
    if (status / 100 == 2) {
      return true;
    }
    LOG.log(
        Level.WARNING,
        response.request().method()
            + " "
            + response.uri()
            + ": status "
            + status
            + (parts == OutputParts.full ? "" : ", response not produced"));
    return parts == OutputParts.full;
  }
}
