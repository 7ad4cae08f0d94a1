package io.tributary.testkit;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.Offset;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A small command-line client for scripts and tests, in the spirit of {@code fluvio consume} and
 * {@code fluvio produce}, speaking to any Fluvio-protocol cluster:
 *
 * <pre>
 * java -cp tributary-testkit.jar io.tributary.testkit.TopicTool consume ENDPOINT TOPIC COUNT [TIMEOUT_SECONDS]
 * java -cp tributary-testkit.jar io.tributary.testkit.TopicTool produce ENDPOINT TOPIC   (values from stdin, one per line)
 * </pre>
 *
 * {@code consume} prints the values of the first COUNT records of partition 0, one per line, and
 * exits 1 when fewer arrive before the timeout (default 30 s).
 */
public final class TopicTool {
  private TopicTool() {}

  /** Runs the tool. */
  public static void main(String[] args) throws Exception {
    if (args.length >= 4 && args[0].equals("consume")) {
      int timeout = args.length > 4 ? Integer.parseInt(args[4]) : 30;
      System.exit(
          consume(args[1], args[2], Integer.parseInt(args[3]), Duration.ofSeconds(timeout)));
    } else if (args.length == 3 && args[0].equals("produce")) {
      System.exit(produce(args[1], args[2]));
    }
    System.err.println(
        "usage: TopicTool consume ENDPOINT TOPIC COUNT [TIMEOUT_SECONDS]\n"
            + "       TopicTool produce ENDPOINT TOPIC   (values from standard input, one per line)");
    System.exit(2);
  }

  private static int consume(String endpoint, String topic, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = 0;
    try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(endpoint));
        FluvioConsumer consumer = client.consumer(topic, 0, Offset.beginning())) {
      while (seen < count && System.nanoTime() < deadline) {
        List<ConsumedRecord> records = consumer.poll(Duration.ofMillis(200));
        for (ConsumedRecord r : records) {
          if (seen++ < count) {
            System.out.println(r.valueString());
          }
        }
      }
    } catch (FluvioException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
    System.out.flush();
    if (seen < count) {
      System.err.println("error: only " + seen + " of " + count + " records arrived in " + timeout);
      return 1;
    }
    return 0;
  }

  private static int produce(String endpoint, String topic) throws Exception {
    try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(endpoint));
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      client.ensureTopic(topic, 1);
      try (FluvioProducer producer = client.producer(topic)) {
        for (String line; (line = in.readLine()) != null; ) {
          producer.send(null, line.getBytes(StandardCharsets.UTF_8));
        }
        producer.flush();
      }
    } catch (FluvioException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
    return 0;
  }
}
