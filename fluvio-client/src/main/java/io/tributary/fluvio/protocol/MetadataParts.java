package io.tributary.fluvio.protocol;

import java.util.Map;
import java.util.TreeMap;

/**
 * Small value types shared by the partition and topic metadata layouts
 * (docs/protocol.md#metadata-spus-partitions-and-topics), each with its version-gated codec.
 */
public final class MetadataParts {
  private MetadataParts() {}

  /**
   * {@code TopicStorageConfig}.
   *
   * @param segmentSize segment size, or null
   * @param maxPartitionSize max partition size, or null
   */
  public record StorageConfig(Long segmentSize, Long maxPartitionSize) {
    void encode(ByteWriter w) {
      w.bool(segmentSize != null);
      if (segmentSize != null) {
        w.u32(segmentSize);
      }
      w.bool(maxPartitionSize != null);
      if (maxPartitionSize != null) {
        w.i64(maxPartitionSize);
      }
    }

    static StorageConfig decode(ByteReader r) {
      Long seg = r.bool() ? r.u32() : null;
      Long max = r.bool() ? r.i64() : null;
      return new StorageConfig(seg, max);
    }
  }

  /**
   * {@code Deduplication}: bounds and the filter transform.
   *
   * @param count bound on the number of remembered keys
   * @param ageSeconds bound on age in seconds, or null
   * @param ageNanos nanosecond part of the age bound
   * @param uses the deduplication SmartModule
   * @param with its parameters, sorted
   */
  public record Deduplication(
      long count, Long ageSeconds, int ageNanos, String uses, Map<String, String> with) {
    /** Sorts and copies the parameters. */
    public Deduplication {
      with = new TreeMap<>(with);
    }

    void encode(ByteWriter w) {
      w.i64(count).bool(ageSeconds != null);
      if (ageSeconds != null) {
        w.i64(ageSeconds).i32(ageNanos);
      }
      w.string(uses);
      writeStringMap(w, with);
    }

    static Deduplication decode(ByteReader r) {
      long count = r.i64();
      Long secs = null;
      int nanos = 0;
      if (r.bool()) {
        secs = r.i64();
        nanos = r.i32();
      }
      return new Deduplication(count, secs, nanos, r.string(), readStringMap(r));
    }
  }

  /**
   * {@code PartitionMirrorConfig}: a Remote (tag 0) or Home (tag 1) mirror of a partition.
   *
   * @param home true for Home, false for Remote
   * @param cluster home cluster (Remote) or remote cluster (Home)
   * @param spuKeyOrReplica home SPU key (Remote) or remote replica (Home)
   * @param homeSpuId home SPU id (Remote only)
   * @param homeSpuEndpoint home SPU endpoint (Remote only)
   * @param flag {@code target} (Remote) or {@code source} (Home), from version 18
   */
  public record PartitionMirror(
      boolean home,
      String cluster,
      String spuKeyOrReplica,
      int homeSpuId,
      String homeSpuEndpoint,
      boolean flag) {
    void encode(ByteWriter w, int version) {
      w.i8(home ? 1 : 0);
      encodeBody(w, version);
    }

    /** Writes the variant's fields without the tag. */
    void encodeBody(ByteWriter w, int version) {
      w.string(cluster).string(spuKeyOrReplica);
      if (!home) {
        w.i32(homeSpuId).string(homeSpuEndpoint);
      }
      if (version >= 18) {
        w.bool(flag);
      }
    }

    static PartitionMirror decode(ByteReader r, int version) {
      int tag = r.u8();
      if (tag > 1) {
        throw new ProtocolException("unknown PartitionMirrorConfig tag " + tag);
      }
      return decodeBody(r, version, tag == 1);
    }

    /** Reads the variant's fields, the tag already read. */
    static PartitionMirror decodeBody(ByteReader r, int version, boolean home) {
      String cluster = r.string();
      String key = r.string();
      int spuId = home ? 0 : r.i32();
      String endpoint = home ? "" : r.string();
      boolean flag = version >= 18 && r.bool();
      return new PartitionMirror(home, cluster, key, spuId, endpoint, flag);
    }
  }

  /** Writes a segment cleanup policy ({@code Option<CleanupPolicy>}); null is None. */
  static void writeCleanup(ByteWriter w, Long retentionSeconds) {
    w.bool(retentionSeconds != null);
    if (retentionSeconds != null) {
      w.i8(0).u32(retentionSeconds);
    }
  }

  /** Reads an {@code Option<CleanupPolicy>} as its retention in seconds, or null. */
  static Long readCleanup(ByteReader r) {
    if (!r.bool()) {
      return null;
    }
    int tag = r.u8();
    if (tag != 0) {
      throw new ProtocolException("unknown CleanupPolicy tag " + tag);
    }
    return r.u32();
  }

  static void writeStringMap(ByteWriter w, Map<String, String> map) {
    w.i16(map.size());
    new TreeMap<>(map).forEach((k, v) -> w.string(k).string(v));
  }

  static Map<String, String> readStringMap(ByteReader r) {
    int n = r.u16();
    Map<String, String> map = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      map.put(r.string(), r.string());
    }
    return map;
  }

  static <T> void writeOptional(ByteWriter w, T value, java.util.function.Consumer<T> body) {
    w.bool(value != null);
    if (value != null) {
      body.accept(value);
    }
  }
}
