package io.tributary.examples.httpsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tributary.InvalidOptionException;
import io.tributary.TopicProducer;
import io.tributary.examples.httpsource.HttpSourceOptions.Method;
import io.tributary.examples.httpsource.HttpSourceOptions.OutputParts;
import io.tributary.examples.httpsource.HttpSourceOptions.OutputType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The source against a real HTTP server on 127.0.0.1 (the JDK's com.sun.net.httpserver). */
class HttpSourceTest {
  private HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();

  /** Status of the n-th response (from 1); 200 unless a test says otherwise. */
  private volatile java.util.function.IntUnaryOperator statusOf = n -> 200;

  /** What the server saw. */
  record Request(String method, String uri, Map<String, List<String>> headers, String body) {}

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.createContext("/stream", this::stream);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    int n = count.incrementAndGet();
    byte[] out = ("response " + n).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
    exchange.getResponseHeaders().add("X-Seen", "a");
    exchange.getResponseHeaders().add("X-Seen", "b");
    exchange.sendResponseHeaders(statusOf.applyAsInt(n), out.length);
    exchange.getResponseBody().write(out);
    exchange.close();
  }

  /**
   * A chunked response, written in pieces that do not follow the records: "a|b" then "b|" then
   * "c||d", with the delimiter "||" split across chunks; then the response ends with "tail" not
   * ended by a delimiter. Each request is counted.
   */
  private void stream(HttpExchange exchange) throws IOException {
    int n = count.incrementAndGet();
    exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=ISO-8859-1");
    exchange.sendResponseHeaders(200, 0); // chunked
    try (var out = exchange.getResponseBody()) {
      for (String chunk :
          List.of("r" + n + "-\u00e9a|", "|r" + n + "-b|", "|r" + n + "-c||", "tail")) {
        out.write(chunk.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
    }
  }

  private URI endpoint(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private HttpSourceOptions options(
      URI endpoint,
      Method method,
      List<String> headers,
      Optional<String> body,
      OutputParts parts,
      OutputType type,
      Optional<String> token) {
    return new HttpSourceOptions(
        endpoint,
        Duration.ofMillis(20),
        false,
        "\n",
        method,
        headers,
        body,
        "fluvio/http-source 0.1.0",
        parts,
        type,
        token);
  }

  private HttpSourceOptions streaming(
      String path, String delimiter, OutputParts parts, OutputType type) {
    return new HttpSourceOptions(
        endpoint(path),
        Duration.ofSeconds(10),
        true,
        delimiter,
        Method.GET,
        List.of(),
        Optional.empty(),
        "fluvio/http-source 0.1.0",
        parts,
        type,
        Optional.empty());
  }

  private HttpSourceOptions defaults(OutputParts parts, OutputType type) {
    return options(
        endpoint("/data"), Method.GET, List.of(), Optional.empty(), parts, type, Optional.empty());
  }

  /** Runs the source until it has produced {@code n} records. */
  private static List<String> run(HttpSourceOptions options, int n) throws Exception {
    return run(options, new StoppingProducer(n));
  }

  private static List<String> run(HttpSourceOptions options, StoppingProducer producer)
      throws Exception {
    try {
      new HttpSource().run(options, producer);
    } catch (InterruptedException stopped) {
      // how a source stops: interrupted while waiting for the next interval
    }
    Thread.interrupted();
    return producer.values;
  }

  @Test
  void producesTheBodyOfEachResponseInOrder() throws Exception {
    StoppingProducer producer = new StoppingProducer(3);
    List<String> values = run(defaults(OutputParts.body, OutputType.text), producer);

    assertThat(values).containsExactly("response 1", "response 2", "response 3");
    assertThat(producer.flushes).isEqualTo(3); // each record produced before the next request
    assertThat(requests)
        .hasSize(3)
        .allSatisfy(
            r -> {
              assertThat(r.method()).isEqualTo("GET");
              assertThat(r.uri()).isEqualTo("/data");
              assertThat(r.headers().get("User-agent")).containsExactly("fluvio/http-source 0.1.0");
              assertThat(r.headers()).doesNotContainKey("Authorization");
            });
  }

  @Test
  void streamingProducesEachPieceEndingWithTheDelimiterAndReconnectsWhenTheResponseEnds()
      throws Exception {
    StoppingProducer producer = new StoppingProducer(6);
    List<String> values =
        run(streaming("/stream", "||", OutputParts.body, OutputType.text), producer);
    // decoded with the response's charset; "tail", never ended by the delimiter, is not a record
    assertThat(values).containsExactly("r1-\u00e9a", "r1-b", "r1-c", "r2-\u00e9a", "r2-b", "r2-c");
    assertThat(count.get()).isEqualTo(2); // sent once per response, again when it ended
    assertThat(producer.flushes).isPositive();
  }

  @Test
  void streamingWithFullJsonGivesEachPieceTheResponsesStatusAndHeaders() throws Exception {
    String value = run(streaming("/stream", "||", OutputParts.full, OutputType.json), 2).get(1);
    assertThat(value)
        .startsWith("{\"status\":{\"version\":\"HTTP/1.1\",\"code\":200,")
        .contains("\"content-type\":\"text/plain; charset=ISO-8859-1\"")
        .endsWith("\"body\":\"r1-b\"}");
  }

  @Test
  void sendsMethodBodyHeadersAndBearerToken() throws Exception {
    HttpSourceOptions options =
        options(
            endpoint("/in?x=1"),
            Method.POST,
            List.of("Accept:application/json", "X-Trace: t1", "X-Trace:t2"),
            Optional.of("{\"q\":1}"),
            OutputParts.body,
            OutputType.text,
            Optional.of("s3cr3t"));

    run(options, 1);

    Request r = requests.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.uri()).isEqualTo("/in?x=1");
    assertThat(r.body()).isEqualTo("{\"q\":1}");
    assertThat(r.headers().get("Accept")).containsExactly("application/json");
    assertThat(r.headers().get("X-trace")).containsExactly("t1", "t2");
    assertThat(r.headers().get("Authorization")).containsExactly("Bearer s3cr3t");
  }

  @Test
  void fullTextIsStatusLineHeadersEmptyLineBody() throws Exception {
    String value = run(defaults(OutputParts.full, OutputType.text), 1).get(0);

    assertThat(value).startsWith("HTTP/1.1 200 OK\n").endsWith("\n\nresponse 1");
    assertThat(value.lines())
        .contains("content-type: text/plain; charset=utf-8", "x-seen: a", "x-seen: b");
  }

  @Test
  void fullJsonHasStatusHeaderAndBody() throws Exception {
    String value = run(defaults(OutputParts.full, OutputType.json), 1).get(0);

    Map<String, Object> record = JSON.std.mapFrom(value);
    assertThat(record).containsOnlyKeys("status", "header", "body");
    assertThat(record.get("status"))
        .isEqualTo(Map.of("version", "HTTP/1.1", "code", 200, "string", "OK"));
    @SuppressWarnings("unchecked")
    Map<String, Object> header = (Map<String, Object>) record.get("header");
    assertThat(header)
        .containsEntry("content-type", "text/plain; charset=utf-8")
        .containsEntry("x-seen", List.of("a", "b"));
    assertThat(record.get("body")).isEqualTo("response 1");
  }

  @Test
  void bodyJsonIsAnObjectWithTheBody() throws Exception {
    assertThat(run(defaults(OutputParts.body, OutputType.json), 1))
        .containsExactly("{\"body\":\"response 1\"}");
  }

  @Test
  void errorStatusesAreSkippedUnlessTheStatusIsInTheRecord() throws Exception {
    statusOf = n -> n % 2 == 1 ? 503 : 200;
    assertThat(run(defaults(OutputParts.body, OutputType.text), 2))
        .containsExactly("response 2", "response 4");

    count.set(0);
    assertThat(run(defaults(OutputParts.full, OutputType.json), 2))
        .extracting(v -> JSON.std.mapFrom(v).get("status").toString())
        .containsExactly(
            "{version=HTTP/1.1, code=503, string=Service Unavailable}",
            "{version=HTTP/1.1, code=200, string=OK}");
  }

  @Test
  void aServerThatIsDownIsRetriedAtTheNextInterval() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    HttpSourceOptions options =
        options(
            URI.create("http://127.0.0.1:" + closed + "/"),
            Method.GET,
            List.of(),
            Optional.empty(),
            OutputParts.body,
            OutputType.text,
            Optional.empty());
    Thread runner = Thread.currentThread();
    Thread stopper =
        new Thread(
            () -> {
              sleep(300);
              runner.interrupt();
            });
    stopper.start();
    List<String> values = run(options, 1);
    stopper.join();

    assertThat(values).isEmpty(); // failed requests were logged, nothing was thrown
  }

  @Test
  void aSchemeOtherThanHttpNamesTheFlag() {
    HttpSourceOptions options =
        options(
            URI.create("ftp://127.0.0.1/x"),
            Method.GET,
            List.of(),
            Optional.empty(),
            OutputParts.body,
            OutputType.text,
            Optional.empty());
    assertThatThrownBy(() -> run(options, 1))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("--endpoint: expected an http or https URL, got ftp://127.0.0.1/x");
  }

  @Test
  void aHeaderTheJdkSetsItselfNamesTheFlag() {
    HttpSourceOptions options =
        options(
            endpoint("/"),
            Method.GET,
            List.of("Host:evil"),
            Optional.empty(),
            OutputParts.body,
            OutputType.text,
            Optional.empty());
    assertThatThrownBy(() -> run(options, 1))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageStartingWith("--header: the header Host cannot be set");
  }

  @Test
  void toStringMasksTheTokenAndHeaderValues() {
    HttpSourceOptions options =
        options(
            endpoint("/"),
            Method.GET,
            List.of("X-Api-Key: k3y"),
            Optional.empty(),
            OutputParts.body,
            OutputType.text,
            Optional.of("s3cr3t"));
    assertThat(options.toString())
        .contains("bearerToken=****", "header=[X-Api-Key:…]")
        .doesNotContain("s3cr3t")
        .doesNotContain("k3y");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Keeps the values and stops the source (interrupts it) after {@code limit} of them. */
  private static final class StoppingProducer implements TopicProducer {
    final List<String> values = new ArrayList<>();
    int flushes;
    private final int limit;

    StoppingProducer(int limit) {
      this.limit = limit;
    }

    @Override
    public void send(byte[] key, byte[] value) {
      assertThat(key).isNull();
      values.add(new String(value, StandardCharsets.UTF_8));
      if (values.size() == limit) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void flush() {
      flushes++;
    }
  }
}
