package io.tributary.smartmodule;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tributary.fluvio.protocol.ByteWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Throughput of the engine, records per second, on 100-byte records: no SmartModule vs filter, map
 * and array_map, each interpreted and compiled, per record ({@link SmartModuleChain#apply}) and in
 * batches of 100 ({@link SmartModuleChain#applyAll}). Not a unit test; run it with {@code
 * bench/smartmodule/run.sh}.
 *
 * <p>Every scenario does the same per-record work around the chain, standing for a producer: build
 * the {@link SmartRecord}, run the chain, encode each output record in Fluvio's record format into
 * a batch buffer, and checksum each full batch of 1,000 records with CRC-32C. "none" is that work
 * with an empty chain. All scenarios run in one JVM, interleaved (round {@code i} of every
 * scenario, then round {@code i + 1}), so that a change in machine load hits them alike; the first
 * half of the rounds are warm-up, each figure is the median of the rest.
 */
public final class SmartModuleBenchmark {
  private static final int VALUE_SIZE = 100;
  private static final int BATCH = 100;

  private SmartModuleBenchmark() {}

  /** One measured configuration. */
  private record Scenario(
      String name,
      ExecutionMode mode,
      SmartModuleChain chain,
      int records,
      boolean batched,
      double[] rates) {}

  /** Arguments: [runs] [records per compiled run] [records per interpreted run]. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int compiledRecords = args.length > 1 ? Integer.parseInt(args[1]) : 400_000;
    int interpretedRecords = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    byte[][] values = values(4096);
    List<SmartModuleChain> chains = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    add(scenarios, chains, "none", null, ExecutionMode.COMPILER, compiledRecords, runs);
    for (ExecutionMode mode : ExecutionMode.values()) {
      int n = mode == ExecutionMode.COMPILER ? compiledRecords : interpretedRecords;
      add(
          scenarios,
          chains,
          "filter",
          TransformStep.detect(WatAssembler.wasm("filter_contains"), Map.of("key", "even")),
          mode,
          n,
          runs);
      add(
          scenarios,
          chains,
          "map",
          TransformStep.detect(WatAssembler.wasm("map_upper"), Map.of()),
          mode,
          n,
          runs);
      add(
          scenarios,
          chains,
          "array_map",
          TransformStep.detect(WatAssembler.wasm("array_map_split"), Map.of()),
          mode,
          n,
          runs);
    }
    for (int round = 0; round < 2 * runs; round++) {
      for (Scenario s : scenarios) {
        long start = System.nanoTime();
        long sink =
            s.batched()
                ? runBatched(s.chain(), values, s.records())
                : runSingle(s.chain(), values, s.records());
        double rate = s.records() / ((System.nanoTime() - start) / 1e9);
        if (sink == 42) {
          System.out.print("");
        }
        if (round >= runs) {
          s.rates()[round - runs] = rate;
        }
      }
    }
    chains.forEach(SmartModuleChain::close);
    print(scenarios, runs);
  }

  private static void add(
      List<Scenario> scenarios,
      List<SmartModuleChain> chains,
      String name,
      TransformStep step,
      ExecutionMode mode,
      int records,
      int runs) {
    SmartModuleChain chain =
        SmartModuleChain.load(
            step == null ? List.of() : List.of(step), EngineOptions.defaults().withMode(mode));
    chains.add(chain);
    scenarios.add(new Scenario(name, mode, chain, records, false, new double[runs]));
    scenarios.add(new Scenario(name, mode, chain, records, true, new double[runs]));
  }

  private static void print(List<Scenario> scenarios, int runs) {
    System.out.printf(
        Locale.ROOT,
        "# %d-byte records; records/s, median of %d interleaved runs" + " after %d warm-up runs%n",
        VALUE_SIZE,
        runs,
        runs);
    System.out.println(
        "| SmartModule | mode | per record (apply) | µs added per record |"
            + " batch of 100 (applyAll) | µs added per record |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    double noneSingle = median(scenarios.get(0));
    double noneBatch = median(scenarios.get(1));
    for (int i = 0; i < scenarios.size(); i += 2) {
      Scenario s = scenarios.get(i);
      double single = median(s);
      double batch = median(scenarios.get(i + 1));
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %,.0f | %s | %,.0f | %s |%n",
          s.name(),
          i == 0 ? "-" : s.mode().name().toLowerCase(Locale.ROOT),
          single,
          i == 0 ? "-" : added(single, noneSingle),
          batch,
          i == 0 ? "-" : added(batch, noneBatch));
    }
    double filterSingle = median(scenarios.get(2));
    double filterBatch = median(scenarios.get(3));
    System.out.printf(
        Locale.ROOT,
        "%ncompiled filter / none: per record %.3f, batch of 100" + " %.3f%n",
        filterSingle / noneSingle,
        filterBatch / noneBatch);
  }

  private static double median(Scenario s) {
    double[] sorted = s.rates().clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Microseconds per record this scenario adds to the baseline. */
  private static String added(double rate, double baseline) {
    return String.format(Locale.ROOT, "%.2f", 1e6 / rate - 1e6 / baseline);
  }

  private static long runSingle(SmartModuleChain chain, byte[][] values, int records) {
    Producer producer = new Producer();
    for (int i = 0; i < records; i++) {
      producer.add(chain.apply(SmartRecord.of(i, values[i & (values.length - 1)], i)));
    }
    return producer.checksum;
  }

  private static long runBatched(SmartModuleChain chain, byte[][] values, int records) {
    Producer producer = new Producer();
    List<SmartRecord> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < records; i++) {
      batch.add(SmartRecord.of(i, values[i & (values.length - 1)], i));
      if (batch.size() == BATCH) {
        producer.add(chain.applyAll(batch));
        batch.clear();
      }
    }
    producer.add(chain.applyAll(batch));
    return producer.checksum;
  }

  /** The producer-side work: encode records into a batch buffer, checksum every 1,000. */
  private static final class Producer {
    private final ByteWriter batch = new ByteWriter(256 * 1024);
    private final CRC32C crc = new CRC32C();
    private int inBatch;
    private long checksum;

    void add(List<SmartRecord> records) {
      for (SmartRecord r : records) {
        AbiCodec.writeRecord(batch, r, r.offset(), r.timestampMillis());
        if (++inBatch == 1000) {
          crc.reset();
          crc.update(batch.array(), 0, batch.position());
          checksum += crc.getValue();
          batch.reset();
          inBatch = 0;
        }
      }
    }
  }

  /** JSON-ish 100-byte values; half contain "even"; each has commas for array_map to split. */
  private static byte[][] values(int count) {
    byte[][] values = new byte[count][];
    for (int i = 0; i < count; i++) {
      String s =
          "{\"id\":"
              + (1_000_000 + i)
              + ",\"kind\":\""
              + (i % 2 == 0 ? "even" : "odd")
              + "\",\"sensor\":\"temp-"
              + (i % 97)
              + "\",\"reading\":"
              + (i * 7 % 1000)
              + ",\"note\":\"";
      StringBuilder sb = new StringBuilder(s);
      while (sb.length() < VALUE_SIZE - 2) {
        sb.append('x');
      }
      values[i] = sb.append("\"}").toString().getBytes(UTF_8);
    }
    return values;
  }
}
