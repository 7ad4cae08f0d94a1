package io.tributary.examples.httpsource;

import io.tributary.TopicProducer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streaming mode, as Fluvio's http-source has it: the request is sent once and the response body
 * read as it arrives; each piece ending with the delimiter is one record (decoded with the charset
 * of the response's Content-Type, UTF-8 by default; with {@code --output-parts full} each has the
 * response's status and headers). Records are produced at once when no more bytes are waiting. When
 * the response ends or breaks, the request is sent again; a request that fails or a status that is
 * not 2xx is retried after 1 s, doubling up to 30 s. Bytes after the last delimiter of a response
 * that ends are not a record (logged), as in Fluvio's.
 */
final class ResponseStream {
  private static final Logger LOG = System.getLogger("http-source");
  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset=\"?([^\";\\s]+)");
  private static final long MIN_WAIT_MS = 1000;
  private static final long MAX_WAIT_MS = 30_000;

  private final HttpClient client;
  private final HttpRequest request;
  private final byte[] delimiter;
  private final ResponseFormatter formatter;
  private final TopicProducer producer;

  ResponseStream(
      HttpClient client,
      HttpRequest request,
      byte[] delimiter,
      ResponseFormatter formatter,
      TopicProducer producer) {
    this.client = client;
    this.request = request;
    this.delimiter = delimiter;
    this.formatter = formatter;
    this.producer = producer;
  }

  /** Reads responses until interrupted. */
  void run() throws Exception {
    long wait = MIN_WAIT_MS;
    while (!Thread.currentThread().isInterrupted()) {
      long records = -1;
      HttpResponse<InputStream> response =
          HttpSource.send(client, request, BodyHandlers.ofInputStream());
      if (response != null && response.statusCode() / 100 != 2) {
        LOG.log(
            Level.WARNING,
            request.method()
                + " "
                + request.uri()
                + ": status "
                + response.statusCode()
                + ", response not produced");
        response.body().close();
      } else if (response != null) {
        LOG.log(
            Level.INFO,
            () ->
                "streaming "
                    + request.method()
                    + " "
                    + request.uri()
                    + ": a record per piece of the body ending with the delimiter");
        records = read(response);
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
        LOG.log(
            Level.WARNING,
            "the response of "
                + request.uri()
                + " ended after "
                + records
                + (records == 1 ? " record" : " records")
                + "; sending the request again");
      }
      if (records > 0) {
        wait = MIN_WAIT_MS; // a stream that ran: reconnect at once
      } else {
        Thread.sleep(wait);
        wait = Math.min(MAX_WAIT_MS, wait * 2);
      }
    }
  }

  /** Produces the records of one response until it ends; returns how many. */
  private long read(HttpResponse<InputStream> response) throws Exception {
    Charset charset = charset(response);
    BodySplitter splitter = new BodySplitter(delimiter);
    byte[] chunk = new byte[8192];
    long records = 0;
    try (InputStream in = response.body()) {
      int n;
      while ((n = in.read(chunk)) >= 0) {
        for (byte[] piece : splitter.add(chunk, 0, n)) {
          producer.send(null, formatter.format(response, new String(piece, charset)));
          records++;
        }
        if (Thread.currentThread().isInterrupted()) {
          producer.flush();
          return records; // asked to stop
        }
        if (in.available() == 0) {
          producer.flush(); // nothing more waiting: produce what arrived now
        }
      }
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted() || e.getCause() instanceof InterruptedException) {
        Thread.currentThread().interrupt(); // the JDK's stream drops the interrupt status
        return records;
      }
      LOG.log(
          Level.WARNING,
          "the response of "
              + request.uri()
              + " broke: "
              + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }
    producer.flush();
    if (splitter.pending() > 0) {
      LOG.log(
          Level.WARNING,
          splitter.pending()
              + " bytes after the last delimiter of the "
              + "response were not produced (no delimiter ended them)");
    }
    return records;
  }

  /** The charset of the response's Content-Type, UTF-8 when it names none or an unknown one. */
  static Charset charset(HttpResponse<?> response) {
    Matcher m = CHARSET.matcher(response.headers().firstValue("Content-Type").orElse(""));
    if (m.find()) {
      try {
        return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        LOG.log(Level.WARNING, "unknown charset " + m.group(1) + ": reading UTF-8");
      }
    }
    return StandardCharsets.UTF_8;
  }
}
