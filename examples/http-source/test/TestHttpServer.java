import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP server of the bats tests, run as a single-file program: {@code java TestHttpServer.java
 * LIMIT}. It listens on 127.0.0.1 on a free port, prints {@code listening on PORT}, answers the
 * first LIMIT requests with 200 and {@code {"n":N,"method":"GET"}} (plus {@code "authorization"}
 * when the request had that header), every later one with 404, and prints {@code served N} after
 * each answer. {@code /stream_count_updates} answers as the mock server of Fluvio's http-source
 * tests does, with server-sent events, chunked and flushed one by one: {@code event:get
 * request(s)}, {@code data:{ "gets": N, "posts": 0 }} for N = 1 and 2, each ended by an empty line;
 * then the response ends (not counted in LIMIT: it prints {@code streamed N}).
 */
public final class TestHttpServer {
  public static void main(String[] args) throws Exception {
    int limit = Integer.parseInt(args[0]);
    AtomicInteger count = new AtomicInteger();
    AtomicInteger streams = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/stream_count_updates",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
          exchange.sendResponseHeaders(200, 0); // chunked
          try (var out = exchange.getResponseBody()) {
            for (int gets = 1; gets <= 2; gets++) {
              out.write(
                  ("event:get request(s)\ndata:{ \"gets\": " + gets + ", \"posts\": 0 }\n\n")
                      .getBytes(StandardCharsets.UTF_8));
              out.flush();
            }
          }
          System.out.println("streamed " + streams.incrementAndGet()); // not counted in LIMIT
        });
    server.createContext(
        "/",
        exchange -> {
          int n = count.incrementAndGet();
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          String body =
              "{\"n\":"
                  + n
                  + ",\"method\":\""
                  + exchange.getRequestMethod()
                  + "\""
                  + (auth == null ? "" : ",\"authorization\":\"" + auth + "\"")
                  + "}";
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
