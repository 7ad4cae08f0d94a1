package io.tributary.smartmodule;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Throughput of the engine, records per second, on 100-byte records: no SmartModule vs filter,
 * map and array_map, each interpreted and compiled, per record ({@link SmartModuleChain#apply})
 * and in batches of 100 ({@link SmartModuleChain#applyAll}). Not a unit test; run it with {@code
 * bench/smartmodule/run.sh}.
 *
 * <p>Every scenario does the same per-record work around the chain, standing for a producer:
 * build the {@link SmartRecord}, run the chain, encode each output record in Fluvio's record
 * format into a batch buffer, and checksum each full batch of 1,000 records with CRC-32C.
 * "none" is that work with an empty chain. Each figure is the median of several timed runs after
 * warm-up runs, all in one JVM.
 */
public final class SmartModuleBenchmark {
  private static final int VALUE_SIZE = 100;
  private static final int BATCH = 100;

  private SmartModuleBenchmark() {}

  /** Arguments: [runs] [records per compiled run] [records per interpreted run]. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int compiledRecords = args.length > 1 ? Integer.parseInt(args[1]) : 400_000;
    int interpretedRecords = args.length > 2 ? Integer.parseInt(args[2]) : 40_000;
    byte[][] values = values(4096);
    System.out.printf(Locale.ROOT, "# %d-byte records; median of %d runs (after %d warm-up"
        + " runs); records/s%n", VALUE_SIZE, runs, runs);
    System.out.println("| SmartModule | mode | per record (apply) | µs added per record |"
        + " batch of 100 (applyAll) | µs added per record |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    double[] none = row("none", List.of(), ExecutionMode.COMPILER, values, runs, compiledRecords,
        null);
    double[] compiledFilter = null;
    for (ExecutionMode mode : ExecutionMode.values()) {
      int n = mode == ExecutionMode.COMPILER ? compiledRecords : interpretedRecords;
      double[] filter = row("filter", List.of(TransformStep.detect(WatAssembler.wasm(
          "filter_contains"), Map.of("key", "even"))), mode, values, runs, n, none);
      if (mode == ExecutionMode.COMPILER) {
        compiledFilter = filter;
      }
      row("map", List.of(TransformStep.detect(WatAssembler.wasm("map_upper"), Map.of())), mode,
          values, runs, n, none);
      row("array_map", List.of(TransformStep.detect(WatAssembler.wasm("array_map_split"),
          Map.of())), mode, values, runs, n, none);
    }
    System.out.printf(Locale.ROOT, "%ncompiled filter / none: per record %.3f, batch of 100"
        + " %.3f%n", compiledFilter[0] / none[0], compiledFilter[1] / none[1]);
  }

  /** Prints one table row; returns the medians {per record, batched}. */
  private static double[] row(String name, List<TransformStep> steps, ExecutionMode mode,
      byte[][] values, int runs, int records, double[] none) {
    EngineOptions options = EngineOptions.defaults().withMode(mode);
    try (SmartModuleChain chain = SmartModuleChain.load(steps, options)) {
      double single = median(chain, values, runs, records, false);
      double batch = median(chain, values, runs, records, true);
      System.out.printf(Locale.ROOT, "| %s | %s | %,.0f | %s | %,.0f | %s |%n", name,
          steps.isEmpty() ? "-" : mode.name().toLowerCase(Locale.ROOT), single,
          added(single, none == null ? 0 : none[0]), batch,
          added(batch, none == null ? 0 : none[1]));
      return new double[] {single, batch};
    }
  }

  /** Microseconds per record this scenario adds to the baseline. */
  private static String added(double rate, double baseline) {
    return baseline == 0 ? "-" : String.format(Locale.ROOT, "%.2f", 1e6 / rate - 1e6 / baseline);
  }

  private static double median(SmartModuleChain chain, byte[][] values, int runs, int records,
      boolean batched) {
    double[] rates = new double[runs];
    for (int i = 0; i < 2 * runs; i++) {
      long start = System.nanoTime();
      long sink = batched ? runBatched(chain, values, records) : runSingle(chain, values, records);
      double rate = records / ((System.nanoTime() - start) / 1e9);
      if (sink == 42) {
        System.out.print("");
      }
      if (i >= runs) {
        rates[i - runs] = rate;
      }
    }
    Arrays.sort(rates);
    return rates[runs / 2];
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
          crc.update(batch.array(), 0, batch.size());
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
      String s = "{\"id\":" + (1_000_000 + i) + ",\"kind\":\"" + (i % 2 == 0 ? "even" : "odd")
          + "\",\"sensor\":\"temp-" + (i % 97) + "\",\"reading\":" + (i * 7 % 1000)
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
