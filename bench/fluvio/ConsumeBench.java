import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumerConfig;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.Offset;
import io.tributary.fluvio.OffsetStrategy;
import io.tributary.fluvio.ProducerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consume throughput of Tributary's Fluvio client against a running test cluster (single-file
 * program, run by bench/fluvio/consume.sh with the testkit jar on the class path).
 *
 * <p>{@code <endpoint> <records> <size> <runs>}: seeds a 1-partition and a 3-partition topic with
 * {@code records} records of {@code size} bytes each (no key: spread evenly), then, per run and in
 * turn, reads each topic from the beginning to its last record with four consumers: 1 partition
 * without stored offsets, 3 partitions without, and both again with a consumer id and strategy auto
 * at the default flush period (10 s). One untimed round first warms up the JIT. Prints two lines
 * per variant: its name and the records/s of every run, and its name with {@code -cpu} and this
 * JVM's CPU time per record (ns) in every run; on a loaded machine the CPU cost is the steadier
 * measure of what stored offsets add.
 */
public class ConsumeBench {
  record Variant(String name, String topic, boolean auto) {}

  public static void main(String[] args) throws Exception {
    String endpoint = args[0];
    int records = Integer.parseInt(args[1]);
    int size = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(endpoint))) {
      seed(client, "consume-1", 1, records, size);
      seed(client, "consume-3", 3, records, size);
      List<Variant> variants =
          List.of(
              new Variant("1-partition-none", "consume-1", false),
              new Variant("1-partition-auto", "consume-1", true),
              new Variant("3-partitions-none", "consume-3", false),
              new Variant("3-partitions-auto", "consume-3", true));
      Map<String, List<Long>> results = new LinkedHashMap<>();
      for (int run = 0; run <= runs; run++) {
        for (Variant v : variants) {
          long[] r = consume(client, v, records, "bench-" + v.name() + "-" + run);
          if (run > 0) { // run 0 warms up the JIT
            results.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(r[0]);
            results.computeIfAbsent(v.name() + "-cpu", k -> new ArrayList<>()).add(r[1]);
          }
        }
      }
      results.forEach(
          (name, list) ->
              System.out.println(
                  name
                      + " "
                      + list.stream()
                          .map(String::valueOf)
                          .reduce((a, b) -> a + " " + b)
                          .orElse("")));
    }
  }

  static void seed(FluvioClient client, String topic, int partitions, int records, int size) {
    client.ensureTopic(topic, partitions);
    byte[] value = new byte[size];
    Arrays.fill(value, (byte) 'x');
    try (FluvioProducer p = client.producer(topic, ProducerConfig.defaults())) {
      for (int i = 0; i < records; i++) {
        p.send(null, value);
      }
      p.flush();
    }
  }

  /**
   * Reads the topic from the beginning until {@code records} arrived; returns records/s and the CPU
   * time this JVM spent per record, in ns (every thread: the poll loop, the connections' readers,
   * the offset flusher).
   */
  static long[] consume(FluvioClient client, Variant v, int records, String consumerId) {
    ConsumerConfig config = ConsumerConfig.defaults().withStart(Offset.beginning());
    if (v.auto()) {
      config = config.withConsumerId(consumerId).withStrategy(OffsetStrategy.AUTO);
    }
    try (FluvioConsumer c = client.consumer(v.topic(), config)) {
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      long seen = 0;
      while (seen < records) {
        seen += c.poll(Duration.ofSeconds(5)).size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new long[] {Math.round(records / seconds), (os.getProcessCpuTime() - cpu) / records};
    }
  }
}
