import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.Offset;
import io.tributary.fluvio.ProducerConfig;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark of Tributary's Fluvio client against a running test cluster (single-file program,
 * run by bench/fluvio/run.sh with the testkit jar on the class path).
 *
 * <p>{@code throughput <endpoint> <topic> <records> <size>}: produces records of {@code size}
 * bytes with default producer settings, flushes, prints "records seconds". The same load is
 * produced once before, untimed, to warm up the JIT (a connector is a long-running process).
 * {@code latency <endpoint> <topic> <rate> <seconds>}: produces at {@code rate} records/s while a
 * consumer reads them; prints p50 and p99 of send-to-receive latency in ms.
 */
public class ProduceBench {
  public static void main(String[] args) throws Exception {
    String endpoint = args[1];
    String topic = args[2];
    try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(endpoint))) {
      client.ensureTopic(topic, 1);
      if (args[0].equals("throughput")) {
        int records = Integer.parseInt(args[3]);
        int size = Integer.parseInt(args[4]);
        client.ensureTopic(topic + "-warmup", 1);
        throughput(client, topic + "-warmup", records, size, false); // JIT warm-up, not timed
        throughput(client, topic, records, size, true);
      } else {
        latency(client, topic, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      }
    }
  }

  static void throughput(FluvioClient client, String topic, int records, int size,
      boolean print) {
    byte[] value = new byte[size];
    Arrays.fill(value, (byte) 'x');
    try (FluvioProducer p = client.producer(topic, ProducerConfig.defaults())) {
      long start = System.nanoTime();
      for (int i = 0; i < records; i++) {
        p.send(null, value);
      }
      p.flush();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (print) {
        System.out.println(records + " " + seconds);
      }
    }
  }

  static void latency(FluvioClient client, String topic, int rate, int seconds) throws Exception {
    int total = rate * seconds;
    List<Long> latencies = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (FluvioConsumer c = client.consumer(topic, 0, Offset.end())) {
        while (latencies.size() < total) {
          for (ConsumedRecord r : c.poll(Duration.ofMillis(500))) {
            long sent = ByteBuffer.wrap(r.value()).getLong();
            latencies.add(System.nanoTime() - sent);
          }
        }
      }
    });
    reader.start();
    Thread.sleep(500);
    ProducerConfig cfg = ProducerConfig.defaults().withLinger(Duration.ofMillis(1));
    try (FluvioProducer p = client.producer(topic, cfg)) {
      long start = System.nanoTime();
      for (int i = 0; i < total; i++) {
        long due = start + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
        p.send(null, ByteBuffer.allocate(1024).putLong(System.nanoTime()).array());
      }
      p.flush();
    }
    reader.join(30_000);
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("%.3f %.3f%n", sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6);
  }
}
