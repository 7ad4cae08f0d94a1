import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.ConsumerConfig;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.Offset;
import io.tributary.fluvio.ProducerConfig;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Tributary's Fluvio client against a running test cluster (single-file program, run by
 * bench/fluvio/run.sh with the testkit jar on the class path); the counterpart of produce-bench.js,
 * with the same modes and output.
 *
 * <p>{@code <endpoint> throughput <topic> <records> <size>}: produces records of {@code size} bytes
 * with default producer settings (Fluvio's: linger 100 ms, batch 16 KiB), {@code send} for each,
 * then {@code flush}; prints "records seconds cpuSeconds serverCpuSeconds" (this JVM's CPU, every
 * thread, and the test cluster's, see {@link #serverCpu}). The same load goes to {@code
 * <topic>-warmup} first, untimed, to warm up the JIT (a connector is a long-running process).
 *
 * <p>{@code <endpoint> latency <topic> <rate> <seconds> <size> [lingerMs]}: sends one record every
 * 1/rate s (default settings, or the given linger) while a consumer of the same process reads the
 * topic from its end; prints p50 and p99 of send-to-receive latency in ms, leaving out the first
 * second (warm-up).
 *
 * <p>{@code <endpoint> consume <topic> <records>}: reads the topic from its beginning until {@code
 * records} arrived, twice (the first round warms up the JIT); prints the same four figures for the
 * second.
 */
public class ProduceBench {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public static void main(String[] args) throws Exception {
    String endpoint = args[0];
    String mode = args[1];
    String topic = args[2];
    try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(endpoint))) {
      switch (mode) {
        case "throughput" -> {
          int records = Integer.parseInt(args[3]);
          int size = Integer.parseInt(args[4]);
          client.ensureTopic(topic, 1);
          client.ensureTopic(topic + "-warmup", 1);
          throughput(client, topic + "-warmup", records, size, false);
          throughput(client, topic, records, size, true);
        }
        case "latency" -> {
          client.ensureTopic(topic, 1);
          ProducerConfig config = ProducerConfig.defaults();
          if (args.length > 6) {
            config = config.withLinger(Duration.ofMillis(Long.parseLong(args[6])));
          }
          latency(
              client,
              topic,
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              Integer.parseInt(args[5]),
              config);
        }
        case "consume" -> {
          int records = Integer.parseInt(args[3]);
          consume(client, topic, records, false);
          consume(client, topic, records, true);
        }
        case "topic" -> client.ensureTopic(topic, 1);
        default -> throw new IllegalArgumentException("unknown mode " + mode);
      }
    }
  }

  static void throughput(FluvioClient client, String topic, int records, int size, boolean print) {
    byte[] value = new byte[size];
    Arrays.fill(value, (byte) 'x');
    try (FluvioProducer p = client.producer(topic, ProducerConfig.defaults())) {
      double server = serverCpu();
      long cpu = OS.getProcessCpuTime();
      long start = System.nanoTime();
      for (int i = 0; i < records; i++) {
        p.send(null, value);
      }
      p.flush();
      if (print) {
        report(records, start, cpu, server);
      }
    }
  }

  static void consume(FluvioClient client, String topic, int records, boolean print) {
    ConsumerConfig config = ConsumerConfig.defaults().withStart(Offset.beginning());
    double server = serverCpu();
    long cpu = OS.getProcessCpuTime();
    long start = System.nanoTime();
    long bytes = 0;
    try (FluvioConsumer c = client.consumer(topic, config)) {
      long seen = 0;
      while (seen < records) {
        for (ConsumedRecord r : c.poll(Duration.ofSeconds(5))) {
          bytes += r.value().length; // touch the value, as a consumer would
          seen++;
        }
      }
    }
    if (print) {
      report(records, start, cpu, server);
    }
  }

  private static void report(int records, long start, long cpu, double serverCpu) {
    System.out.println(
        records
            + " "
            + (System.nanoTime() - start) / 1e9
            + " "
            + (OS.getProcessCpuTime() - cpu) / 1e9
            + " "
            + (serverCpu() - serverCpu));
  }

  /**
   * CPU seconds the test cluster's process (pid in BENCH_SERVER_PID) has used, from /proc/PID/stat
   * (utime + stime, in clock ticks of 1/100 s); 0 without it.
   */
  static double serverCpu() {
    String pid = System.getenv("BENCH_SERVER_PID");
    if (pid == null) {
      return 0;
    }
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  static void latency(
      FluvioClient client, String topic, int rate, int seconds, int size, ProducerConfig config)
      throws Exception {
    int total = rate * seconds;
    List<Long> latencies = new ArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (FluvioConsumer c = client.consumer(topic, 0, Offset.end())) {
                while (latencies.size() < total) {
                  for (ConsumedRecord r : c.poll(Duration.ofMillis(500))) {
                    long sent = ByteBuffer.wrap(r.value()).getLong();
                    latencies.add(System.nanoTime() - sent);
                  }
                }
              }
            });
    reader.setDaemon(true);
    reader.start();
    Thread.sleep(500);
    try (FluvioProducer p = client.producer(topic, config)) {
      long start = System.nanoTime();
      for (int i = 0; i < total; i++) {
        long due = start + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        byte[] value = new byte[size];
        Arrays.fill(value, (byte) 'x');
        p.send(null, ByteBuffer.wrap(value).putLong(0, System.nanoTime()).array());
      }
      p.flush();
    }
    reader.join(30_000);
    // the first second warms up (JIT, connections): left out, as in produce-bench.js
    long[] sorted = latencies.stream().skip(rate).mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "%.3f %.3f%n", sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
  }
}
