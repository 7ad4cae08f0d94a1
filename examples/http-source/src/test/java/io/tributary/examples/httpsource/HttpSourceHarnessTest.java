package io.tributary.examples.httpsource;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.testkit.ConnectorHarness;
import io.tributary.testkit.RunningConnector;
import io.tributary.testkit.TestClusterExtension;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connector run in-process as its jar runs, against a real HTTP server on 127.0.0.1 and the
 * test cluster: each response arrives once, in order, and a stop flushes and exits 0.
 */
class HttpSourceHarnessTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @RegisterExtension static TestClusterExtension fluvio = new TestClusterExtension();

  private HttpServer server;
  private final AtomicInteger served = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  /** Responses 1 to 3 are 200 with {"n":N}; later ones are 503 (not produced). */
  private void answer(HttpExchange exchange) throws IOException {
    int n = served.incrementAndGet();
    byte[] body = ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(n <= 3 ? 200 : 503, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/data";
  }

  @Test
  void eachSuccessfulResponseIsOneRecordInOrderAndAStopExitsZero() {
    try (RunningConnector run =
        ConnectorHarness.fromClassPath()
            .cluster(fluvio.cluster())
            .env("RUST_LOG", "info")
            .start(
                "--fluvio-topic", "http-harness", "--endpoint", endpoint(), "--interval", "20ms")) {
      List<ConsumedRecord> records = run.awaitRecords(3, WAIT);
      run.awaitLog("503", WAIT); // a failed poll: logged, not produced
      assertThat(run.stop()).isZero();
      assertThat(fluvio.cluster().records("http-harness")).hasSize(3);
      assertThat(records)
          .extracting(ConsumedRecord::valueString)
          .containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
    }
  }

  @Test
  void anEndpointThatIsNotAUrlIsAUsageErrorNamingTheFlag() {
    RunningConnector run =
        ConnectorHarness.fromClassPath()
            .cluster(fluvio.cluster())
            .run(WAIT, "--fluvio-topic", "http-never", "--endpoint", "not a url");
    assertThat(run.exitCode()).hasValue(2);
    assertThat(run.errors()).contains("--endpoint");
    assertThat(served).hasValue(0);
    assertThat(fluvio.cluster().hasTopic("http-never")).isFalse();
  }

  @Test
  void helpMarksRequiredOptionsAndListsEnumValues() {
    RunningConnector run = ConnectorHarness.fromClassPath().run(WAIT, "--help");
    assertThat(run.exitCode()).hasValue(0);
    String help = run.output();
    assertThat(help)
        .contains("--method=<GET|POST|PUT|PATCH|DELETE|HEAD>", "--output-type=<text|json>");
    assertThat(entry(help, "--endpoint=")).contains("(required)");
    assertThat(entry(help, "--interval=")).contains("(default: 10s)").doesNotContain("required");
  }

  /** The help entry of one option: from its flag to the next option's line. */
  private static String entry(String help, String flag) {
    int start = help.indexOf("\n      " + flag);
    int end = help.indexOf("\n      --", start + 1);
    return help.substring(start, end < 0 ? help.length() : end).replaceAll("\\s+", " ");
  }
}
