package io.tributary.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * The metrics of one connector run (names and meaning: docs/metrics.md). The per-record path
 * touches only {@link Counter}s; queue depths, lag and offsets are read when scraped.
 */
public final class ConnectorMetrics {
  static final String RECORDS_IN = "tributary_records_in_total";
  static final String BYTES_IN = "tributary_bytes_in_total";
  static final String RECORDS_OUT = "tributary_records_out_total";
  static final String BYTES_OUT = "tributary_bytes_out_total";
  static final String SM_CALLS = "tributary_smartmodule_calls_total";
  static final String SM_SECONDS = "tributary_smartmodule_seconds_total";
  static final String SM_RECORDS_IN = "tributary_smartmodule_records_in_total";
  static final String SM_BYTES_IN = "tributary_smartmodule_bytes_in_total";
  static final String SM_RECORDS_OUT = "tributary_smartmodule_records_out_total";
  static final String SM_ERRORS = "tributary_smartmodule_errors_total";
  static final String DROPPED = "tributary_records_dropped_total";
  static final String FAILED = "tributary_records_failed_total";
  static final String LAG = "tributary_consumer_lag";
  static final String COMMITTED = "tributary_consumer_committed_offset";

  private final MetricRegistry registry = new MetricRegistry();
  private final Health health = new Health();
  private final List<String> smartModules;
  private final Map<Integer, AtomicLong> committed = new ConcurrentHashMap<>();

  /** Records that came in: sent by the source's code, or consumed from the topic by a sink. */
  public final Counter recordsIn;

  /** The key and value bytes of {@link #recordsIn}. */
  public final Counter bytesIn;

  /**
   * Records that went out: handed to the sink (a source's records out are counted where they are
   * delivered, see {@link #deliveredBy}).
   */
  public final Counter recordsOut;

  /** The key and value bytes of {@link #recordsOut}. */
  public final Counter bytesOut;

  /** Calls of the SmartModule chain (one per batch for sources, per record for sinks). */
  public final Counter smartModuleCalls;

  /** Time spent in the SmartModule chain, in nanoseconds (served in seconds). */
  public final Counter smartModuleNanos;

  /** Records given to the SmartModule chain. */
  public final Counter smartModuleRecordsIn;

  /** The key and value bytes of {@link #smartModuleRecordsIn}. */
  public final Counter smartModuleBytesIn;

  /** Records the SmartModule chain returned. */
  public final Counter smartModuleRecordsOut;

  /** Records a SmartModule failed on. */
  public final Counter smartModuleErrors;

  /** Attempts made again under {@code --on-record-error retry}. */
  public final Counter retries;

  /** Records produced to the dead-letter topic. */
  public final Counter deadLettered;

  /**
   * The metrics of a connector.
   *
   * @param connector its name
   * @param version its version
   * @param smartModules the names of its SmartModules, in chain order (for the CDK document)
   */
  public ConnectorMetrics(String connector, String version, List<String> smartModules) {
    this.smartModules = List.copyOf(smartModules);
    registry.info(
        "tributary_connector_info",
        "the connector's name and version, as labels",
        new java.util.TreeMap<>(Map.of("connector", connector, "version", version)));
    recordsIn =
        registry.counter(
            RECORDS_IN,
            "records in: sent by the source, or consumed by " + "the sink from its topic");
    bytesIn = registry.counter(BYTES_IN, "key and value bytes of the records in");
    recordsOut =
        registry.counter(
            RECORDS_OUT,
            "records out: acknowledged by the cluster " + "(sources), or handed to the sink");
    bytesOut = registry.counter(BYTES_OUT, "key and value bytes of the records out");
    smartModuleCalls = registry.counter(SM_CALLS, "calls of the SmartModule chain");
    smartModuleNanos = new Counter();
    registry.counterFunction(
        SM_SECONDS, "seconds spent in the SmartModule chain", new Seconds(smartModuleNanos));
    smartModuleRecordsIn =
        registry.counter(SM_RECORDS_IN, "records given to the SmartModule " + "chain");
    smartModuleBytesIn =
        registry.counter(SM_BYTES_IN, "key and value bytes given to the " + "SmartModule chain");
    smartModuleRecordsOut =
        registry.counter(SM_RECORDS_OUT, "records the SmartModule chain " + "returned");
    smartModuleErrors = registry.counter(SM_ERRORS, "records a SmartModule failed on");
    retries =
        registry.counter(
            "tributary_record_retries_total",
            "attempts made again under " + "--on-record-error retry");
    deadLettered =
        registry.counter(
            "tributary_records_dead_lettered_total",
            "records produced " + "to the dead-letter topic");
    registry.gauge(
        "tributary_ready",
        "1 when connected and the first produce or fetch " + "succeeded, 0 otherwise",
        new Ready(health));
  }

  // Readings as classes rather than lambdas and method references: the metrics are set up on every
  // connector's way to its first record, where linking a lambda costs more than the reading
  // (docs/performance.md, "First record").

  /** A counter of nanoseconds, read in seconds. */
  private record Seconds(Counter nanos) implements DoubleSupplier {
    @Override
    public double getAsDouble() {
      return nanos.get() / 1e9;
    }
  }

  /** 1 when ready, else 0. */
  private record Ready(Health health) implements DoubleSupplier {
    @Override
    public double getAsDouble() {
      return health.ready() ? 1 : 0;
    }
  }

  /** A whole-number reading. */
  private record Whole(LongSupplier reading) implements DoubleSupplier {
    @Override
    public double getAsDouble() {
      return reading.getAsLong();
    }
  }

  /** The registry, for {@code /metrics}. */
  public MetricRegistry registry() {
    return registry;
  }

  /** Readiness, for {@code /health/ready}. */
  public Health health() {
    return health;
  }

  /**
   * Records dropped for {@code cause} ({@code smartmodule-error}, {@code sink-error}): let go by
   * the policy, discarded or dead-lettered.
   */
  public Counter dropped(String cause) {
    return registry.counter(
        DROPPED, "records dropped by --on-record-error, by cause", "cause", cause);
  }

  /** Records that failed for {@code cause}, retried or not. */
  public Counter failed(String cause) {
    return registry.counter(
        FAILED, "records that failed (each failing attempt), by cause", "cause", cause);
  }

  /**
   * A source's records out: those the cluster acknowledged, or those a dry run wrote to standard
   * output; counted where that happens, read at each scrape.
   */
  public void deliveredBy(LongSupplier records, LongSupplier bytes) {
    registry.counterFunction(
        RECORDS_OUT,
        "records out: acknowledged by the cluster (sources), " + "or handed to the sink",
        new Whole(records));
    registry.counterFunction(BYTES_OUT, "key and value bytes of the records out", new Whole(bytes));
  }

  /** The producer's queue: records waiting to be sent, and batches sent but not answered. */
  public void producerQueue(LongSupplier queuedRecords, LongSupplier inFlightBatches) {
    registry.gauge(
        "tributary_producer_queued_records",
        "records queued in the producer, not " + "yet sent",
        new Whole(queuedRecords));
    registry.gauge(
        "tributary_producer_in_flight_batches",
        "batches sent to the cluster and not " + "yet acknowledged",
        new Whole(inFlightBatches));
  }

  /** How far a partition's consumer is behind the end of the partition, read at each scrape. */
  public void consumerLag(int partition, LongSupplier lag) {
    registry.gauge(
        LAG,
        "records in the partition not yet consumed (high watermark - position)",
        "partition",
        Integer.toString(partition),
        new Whole(lag));
  }

  /**
   * The last offset the cluster confirmed storing for the consumer id, for a partition, read at
   * each scrape (-1 before the first).
   */
  public void storedOffset(int partition, LongSupplier offset) {
    registry.gauge(
        COMMITTED,
        "the last offset stored for the consumer id, by partition",
        "partition",
        Integer.toString(partition),
        new Whole(offset));
  }

  /**
   * The last offset committed (stored for the consumer id) for a partition, for a run that learns
   * it as it happens rather than reading it at each scrape ({@link #storedOffset}).
   */
  public void committedOffset(int partition, long offset) {
    committed
        .computeIfAbsent(
            partition,
            p -> {
              AtomicLong value = new AtomicLong(-1);
              registry.gauge(
                  COMMITTED,
                  "the last offset stored for the consumer id, by partition",
                  "partition",
                  Integer.toString(p),
                  value::get);
              return value;
            })
        .set(offset);
  }

  /** A reading of one unlabelled metric (0 when absent). */
  long read(String name) {
    double v = registry.value(name, null, null);
    return Double.isNaN(v) ? 0 : (long) v;
  }

  /**
   * The document the Fluvio CDK serves on its metrics socket ({@code ConnectorMetrics} of {@code
   * fluvio-connector-common}, pretty-printed as serde_json does): consumer, connector producer and
   * client producer record and byte counts, and per SmartModule the chain's counts divided among
   * its modules, as the CDK's engine reports them.
   */
  public String cdkDocument(boolean source) {
    long in = read(RECORDS_IN);
    long inBytes = read(BYTES_IN);
    long out = read(RECORDS_OUT);
    long outBytes = read(BYTES_OUT);
    StringBuilder json = new StringBuilder(512);
    json.append("{\n");
    counts(json, "consumer", source ? 0 : in, source ? 0 : inBytes);
    json.append(",\n");
    counts(json, "producer_connector", source ? in : 0, source ? inBytes : 0);
    json.append(",\n");
    counts(json, "producer_client", source ? out : 0, source ? outBytes : 0);
    json.append(",\n  \"smartmodules\": {");
    int n = smartModules.size();
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "\n" : ",\n").append("    ");
      quote(json, smartModules.get(i));
      json.append(": {\n");
      field(json, "bytes_in", smartModuleBytesIn.get() / n);
      field(json, "records_out", smartModuleRecordsOut.get() / n);
      field(json, "records_err", smartModuleErrors.get() / n);
      field(json, "invocation_count", smartModuleCalls.get() / n);
      field(json, "fuel_used", 0);
      long calls = smartModuleCalls.get();
      long ms = smartModuleNanos.get() / 1_000_000 / n;
      field(json, "cpu_ms", calls == 0 ? 0 : Math.max(1, ms));
      json.append("      \"smartmodule_names\": []\n    }");
    }
    json.append(n == 0 ? "}\n}" : "\n  }\n}");
    return json.toString();
  }

  private static void counts(StringBuilder json, String name, long records, long bytes) {
    json.append("  \"")
        .append(name)
        .append("\": {\n    \"records\": ")
        .append(records)
        .append(",\n    \"bytes\": ")
        .append(bytes)
        .append("\n  }");
  }

  private static void field(StringBuilder json, String name, long value) {
    json.append("      \"").append(name).append("\": ").append(value).append(",\n");
  }

  private static void quote(StringBuilder json, String text) {
    json.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
  }

  /** A gauge reading for tests and tools. */
  public double value(String name, String label, String labelValue) {
    return registry.value(name, label, labelValue);
  }
}
