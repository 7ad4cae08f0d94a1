import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP server of the bats tests, run as a single-file program: {@code java
 * TestHttpServer.java LIMIT}. It listens on 127.0.0.1 on a free port, prints {@code listening on
 * PORT}, answers the first LIMIT requests with 200 and {@code {"n":N,"method":"GET"}} (plus
 * {@code "authorization"} when the request had that header), every later one with 404, and
 * prints {@code served N} after each answer.
 */
public final class TestHttpServer {
  public static void main(String[] args) throws Exception {
    int limit = Integer.parseInt(args[0]);
    AtomicInteger count = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      int n = count.incrementAndGet();
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      String body = "{\"n\":" + n + ",\"method\":\"" + exchange.getRequestMethod() + "\""
          + (auth == null ? "" : ",\"authorization\":\"" + auth + "\"") + "}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(n <= limit ? 200 : 404, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
      System.out.println("served " + n);
    });
    server.start();
    System.out.println("listening on " + server.getAddress().getPort());
  }
}
