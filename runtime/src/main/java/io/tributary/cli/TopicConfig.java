package io.tributary.cli;

import io.tributary.fluvio.protocol.MetadataParts;
import io.tributary.fluvio.protocol.TopicMetadata;
import io.tributary.schema.Durations;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topic a source creates when it is missing, as {@code meta.topic} of an {@code apiVersion:
 * 0.2.0} config file describes it: {@code meta.name}, {@code partition.{count, replication,
 * ignore-rack-assignment, max-size}}, {@code retention.{time, segment-size}} and {@code
 * compression.type} (docs/coming-from-cdk.md).
 *
 * @param name the topic's name
 * @param partitions the partition count (default 1)
 * @param replication the replication factor (default 1)
 * @param ignoreRack whether replicas ignore rack assignment
 * @param retention how long segments are kept, or {@code null} for the cluster's default
 * @param segmentSize the segment size in bytes, or {@code null}
 * @param maxPartitionSize the largest size of a partition in bytes, or {@code null}
 * @param compression the topic's compression: none, gzip, snappy, lz4, zstd or any (default)
 */
public record TopicConfig(
    String name,
    int partitions,
    int replication,
    boolean ignoreRack,
    Duration retention,
    Long segmentSize,
    Long maxPartitionSize,
    String compression) {

  private static final List<String> COMPRESSIONS =
      List.of("none", "gzip", "snappy", "lz4", "any", "zstd");
  private static final Pattern SIZE =
      Pattern.compile(
          "(\\d+(?:\\.\\d+)?)\\s*(B|KB|KIB|MB|MIB|GB|GIB|TB|TIB)?", Pattern.CASE_INSENSITIVE);

  /** The protocol's topic spec (compression codes are the order of {@code COMPRESSIONS}). */
  public TopicMetadata.Spec spec() {
    TopicMetadata.ReplicaSpec replicas =
        new TopicMetadata.ReplicaSpec(
            TopicMetadata.COMPUTED, partitions, replication, ignoreRack, List.of(), null);
    MetadataParts.StorageConfig storage =
        segmentSize == null && maxPartitionSize == null
            ? null
            : new MetadataParts.StorageConfig(segmentSize, maxPartitionSize);
    return new TopicMetadata.Spec(
        replicas,
        retention == null ? null : retention.toSeconds(),
        storage,
        COMPRESSIONS.indexOf(compression),
        null,
        false);
  }

  /** How the topic is described in a log line. */
  public String describe() {
    return partitions
        + (partitions == 1 ? " partition" : " partitions")
        + ", replication "
        + replication
        + (retention == null ? "" : ", retention " + retention.toSeconds() + "s")
        + ", compression "
        + compression;
  }

  /** Reads {@code meta.topic}; problems name the file and the key. */
  static TopicConfig read(Map<?, ?> topic, String file, List<Violation> out) {
    Reader r = new Reader(file, out);
    Object name = topic.get("name"); // the 0.1.0 spelling {name: …}
    if (topic.get("meta") instanceof Map<?, ?> meta) {
      name = meta.get("name");
    }
    if (name == null) {
      r.problem(
          "meta.topic",
          "expected a topic name, or with apiVersion 0.2.0 a topic "
              + "configuration {meta: {name: …}, partition: {…}, retention: {…}, compression: {…}}");
      return null;
    }
    Map<?, ?> partition = r.section(topic, "partition");
    Map<?, ?> retention = r.section(topic, "retention");
    Map<?, ?> compression = r.section(topic, "compression");
    if (topic.get("deduplication") != null) {
      r.problem(
          "meta.topic.deduplication",
          "deduplication is not supported; create the topic " + "with the fluvio CLI instead");
    }
    if (partition.get("maps") != null) {
      r.problem(
          "meta.topic.partition.maps",
          "assigned partition maps are not supported; use "
              + "partition.count and partition.replication");
    }
    int count = r.positive(partition, "meta.topic.partition.count", "count", 1);
    int replication = r.positive(partition, "meta.topic.partition.replication", "replication", 1);
    boolean ignoreRack = Boolean.TRUE.equals(first(partition, "ignore-rack-assignment"));
    Long maxSize = r.size(first(partition, "max-size"), "meta.topic.partition.max-size");
    Long segment = r.size(first(retention, "segment-size"), "meta.topic.retention.segment-size");
    if (segment != null && segment > 0xFFFF_FFFFL) {
      r.problem("meta.topic.retention.segment-size", "must be at most 4 GiB, got " + segment);
    }
    Duration time = null;
    Object timeText = retention.get("time");
    if (timeText != null) {
      try {
        time = Durations.parse(String.valueOf(timeText).replace(" ", ""));
      } catch (RuntimeException e) {
        r.problem(
            "meta.topic.retention.time",
            "expected a duration like 7d, 12h or 30m, got '" + timeText + "'");
      }
    }
    String type =
        compression.get("type") == null
            ? "any"
            : String.valueOf(compression.get("type")).toLowerCase(Locale.ROOT);
    if (!COMPRESSIONS.contains(type)) {
      r.problem(
          "meta.topic.compression.type",
          "expected one of "
              + String.join(", ", COMPRESSIONS)
              + ", got '"
              + compression.get("type")
              + "'");
    }
    return new TopicConfig(
        String.valueOf(name), count, replication, ignoreRack, time, segment, maxSize, type);
  }

  private static Object first(Map<?, ?> map, String kebab) {
    Object v = map.get(kebab);
    return v != null ? v : map.get(kebab.replace('-', '_'));
  }

  /** Reads values, adding problems. */
  private record Reader(String file, List<Violation> out) {
    void problem(String key, String message) {
      out.add(new Violation(file, "key '" + key + "': " + message));
    }

    Map<?, ?> section(Map<?, ?> topic, String key) {
      Object v = topic.get(key);
      if (v == null) {
        return Map.of();
      }
      if (v instanceof Map<?, ?> m) {
        return m;
      }
      problem("meta.topic." + key, "expected a mapping");
      return Map.of();
    }

    int positive(Map<?, ?> map, String key, String name, int fallback) {
      Object v = map.get(name);
      if (v == null) {
        return fallback;
      }
      if (v instanceof Integer n && n > 0) {
        return n;
      }
      problem(key, "expected a whole number of at least 1, got '" + v + "'");
      return fallback;
    }

    /** A byte size like the Rust {@code bytesize} crate writes: 1048576, 1 MB, 1.0 KiB. */
    Long size(Object v, String key) {
      if (v == null) {
        return null;
      }
      Matcher m = SIZE.matcher(String.valueOf(v).strip());
      if (!m.matches()) {
        problem(key, "expected a size like 1048576, 512 KB or 1.5 MiB, got '" + v + "'");
        return null;
      }
      String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
      int power = "BKMGT".indexOf(unit.charAt(0));
      long base = unit.contains("I") ? 1024 : 1000;
      BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(base).pow(power));
      return bytes.longValue();
    }
  }
}
