import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.ConsumerConfig;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.Offset;
import io.tributary.fluvio.OffsetStrategy;
import io.tributary.testkit.TestCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consume throughput of the Fluvio client against the in-process test cluster (3 SPUs): one topic
 * of 1 partition and one of 3, the same records in each; consumers with no stored offsets, and
 * with a consumer id under the auto strategy at the default flush period (10 s). Variants are
 * interleaved, each run reads every record from the beginning with a fresh consumer id; prints
 * the median records/s of each variant with its spread, then the two ratios last.
 *
 * <p>Usage: java -cp tributary-testkit.jar bench/consume/ConsumeBench.java [runs] [records]
 * [value bytes]
 */
public final class ConsumeBench {
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
    int size = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    byte[] value = new byte[size];
    Arrays.fill(value, (byte) 'x');
    try (TestCluster cluster = TestCluster.builder().spus(3).topic("one", 1).topic("three", 3)
        .start()) {
      for (int i = 0; i < records; i++) {
        cluster.append("one", 0, null, value);
        cluster.append("three", i % 3, null, value);
      }
      Map<String, List<Double>> rates = new LinkedHashMap<>();
      try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(cluster.endpoint()))) {
        for (int r = -1; r < runs; r++) { // run -1 warms up the JIT, not counted
          measure(client, rates, r, "1 partition, no offsets", "one", null, records);
          measure(client, rates, r, "3 partitions, no offsets", "three", null, records);
          measure(client, rates, r, "3 partitions, auto offsets", "three", "bench-" + r, records);
        }
      }
      System.out.printf("%-30s %12s %22s%n", "variant", "records/s", "spread (min..max)");
      Map<String, Double> median = new LinkedHashMap<>();
      rates.forEach((name, list) -> {
        double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double m = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        median.put(name, m);
        System.out.printf("%-30s %12.0f %10.0f..%.0f%n", name, m, sorted[0],
            sorted[sorted.length - 1]);
      });
      System.out.printf("ratio 3 partitions / 1 partition (no offsets): %.2f%n",
          median.get("3 partitions, no offsets") / median.get("1 partition, no offsets"));
      System.out.printf("ratio auto offsets / no offsets (3 partitions): %.3f (cost %.1f %%)%n",
          median.get("3 partitions, auto offsets") / median.get("3 partitions, no offsets"),
          100 * (1 - median.get("3 partitions, auto offsets")
              / median.get("3 partitions, no offsets")));
    }
  }

  private static void measure(FluvioClient client, Map<String, List<Double>> rates, int run,
      String name, String topic, String consumerId, int records) {
    ConsumerConfig config = ConsumerConfig.defaults().withStart(Offset.beginning());
    if (consumerId != null) {
      config = config.withConsumerId(consumerId).withStrategy(OffsetStrategy.AUTO);
    }
    long start = System.nanoTime();
    long seen = 0;
    try (FluvioConsumer consumer = client.consumer(topic, config)) {
      while (seen < records) {
        List<ConsumedRecord> batch = consumer.poll(Duration.ofSeconds(10));
        if (batch.isEmpty()) {
          throw new IllegalStateException(name + ": no record for 10 s after " + seen);
        }
        seen += batch.size();
      }
    }
    double rate = records / ((System.nanoTime() - start) / 1e9);
    if (run >= 0) {
      rates.computeIfAbsent(name, k -> new ArrayList<>()).add(rate);
    }
  }
}
