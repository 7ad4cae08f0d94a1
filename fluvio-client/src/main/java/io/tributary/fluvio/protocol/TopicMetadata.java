package io.tributary.fluvio.protocol;

import io.tributary.fluvio.protocol.MetadataParts.Deduplication;
import io.tributary.fluvio.protocol.MetadataParts.PartitionMirror;
import io.tributary.fluvio.protocol.MetadataParts.StorageConfig;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A topic as the SC lists it: {@code Metadata<TopicSpec>} with its status, every field decoded
 * (docs/protocol.md#metadata-spus-partitions-and-topics).
 *
 * @param name topic name
 * @param spec the spec
 * @param status the status
 */
public record TopicMetadata(String name, Spec spec, Status status) {
  /** ReplicaSpec tag of Assigned. */
  public static final int ASSIGNED = 0;

  /** ReplicaSpec tag of Computed. */
  public static final int COMPUTED = 1;

  /** ReplicaSpec tag of Mirror. */
  public static final int MIRROR = 2;

  /**
   * {@code TopicSpec}.
   *
   * @param replicas the replica spec
   * @param retentionSeconds segment cleanup policy (v3+), or null
   * @param storage storage config (v4+), or null
   * @param compression 0 None, 1 Gzip, 2 Snappy, 3 Lz4, 4 Any, 5 Zstd (v6+)
   * @param deduplication deduplication (v12+), or null
   * @param system system topic (v13+)
   */
  public record Spec(
      ReplicaSpec replicas,
      Long retentionSeconds,
      StorageConfig storage,
      int compression,
      Deduplication deduplication,
      boolean system) {

    /** A computed topic spec with {@code partitions} partitions and compression Any. */
    public static Spec computed(int partitions, int replicationFactor) {
      return new Spec(
          new ReplicaSpec(COMPUTED, partitions, replicationFactor, false, List.of(), null),
          null,
          null,
          4,
          null,
          false);
    }

    /** Writes the spec at {@code version}. */
    public void encode(ByteWriter w, int version) {
      replicas.encode(w, version);
      if (version >= 3) {
        MetadataParts.writeCleanup(w, retentionSeconds);
      }
      if (version >= 4) {
        MetadataParts.writeOptional(w, storage, s -> s.encode(w));
      }
      if (version >= 6) {
        w.i8(compression);
      }
      if (version >= 12) {
        MetadataParts.writeOptional(w, deduplication, d -> d.encode(w));
      }
      if (version >= 13) {
        w.bool(system);
      }
    }

    /** Reads the spec at {@code version}. */
    public static Spec decode(ByteReader r, int version) {
      ReplicaSpec replicas = ReplicaSpec.decode(r, version);
      Long retention = version >= 3 ? MetadataParts.readCleanup(r) : null;
      StorageConfig storage = version >= 4 && r.bool() ? StorageConfig.decode(r) : null;
      int compression = version >= 6 ? r.u8() : 4;
      Deduplication dedup = version >= 12 && r.bool() ? Deduplication.decode(r) : null;
      boolean system = version >= 13 && r.bool();
      return new Spec(replicas, retention, storage, compression, dedup, system);
    }
  }

  /**
   * {@code ReplicaSpec}: Assigned (partition maps), Computed (counts) or Mirror.
   *
   * @param kind {@link #ASSIGNED}, {@link #COMPUTED} or {@link #MIRROR}
   * @param partitions partition count (Computed)
   * @param replicationFactor replication factor (Computed)
   * @param ignoreRack ignore rack assignment (Computed)
   * @param maps partition maps (Assigned)
   * @param mirror mirror config (Mirror)
   */
  public record ReplicaSpec(
      int kind,
      int partitions,
      int replicationFactor,
      boolean ignoreRack,
      List<PartitionMap> maps,
      MirrorConfig mirror) {
    /** Copies the list. */
    public ReplicaSpec {
      maps = List.copyOf(maps);
    }

    /** Partition count whatever the kind. */
    public int partitionCount() {
      return switch (kind) {
        case COMPUTED -> partitions;
        case ASSIGNED -> maps.size();
        default -> mirror.home() ? mirror.homePartitions().size() : mirror.homeSpus().size();
      };
    }

    void encode(ByteWriter w, int version) {
      w.i8(kind);
      switch (kind) {
        case ASSIGNED -> w.list(maps, (mw, m) -> m.encode(mw, version));
        case COMPUTED -> w.u32(partitions).u32(replicationFactor).bool(ignoreRack);
        default -> mirror.encode(w, version);
      }
    }

    static ReplicaSpec decode(ByteReader r, int version) {
      int kind = r.u8();
      return switch (kind) {
        case ASSIGNED ->
            new ReplicaSpec(
                kind, 0, 0, false, r.list(mr -> PartitionMap.decode(mr, version)), null);
        case COMPUTED ->
            new ReplicaSpec(kind, (int) r.u32(), (int) r.u32(), r.bool(), List.of(), null);
        case MIRROR ->
            new ReplicaSpec(kind, 0, 0, false, List.of(), MirrorConfig.decode(r, version));
        default -> throw new ProtocolException("unknown ReplicaSpec tag " + kind);
      };
    }
  }

  /**
   * {@code PartitionMap}.
   *
   * @param id partition id
   * @param replicas SPU ids
   * @param mirror mirror config (v14+), or null
   */
  public record PartitionMap(int id, List<Integer> replicas, PartitionMirror mirror) {
    /** Copies the list. */
    public PartitionMap {
      replicas = List.copyOf(replicas);
    }

    void encode(ByteWriter w, int version) {
      w.u32(id).list(replicas, ByteWriter::i32);
      if (version >= 14) {
        MetadataParts.writeOptional(w, mirror, m -> m.encode(w, version));
      }
    }

    static PartitionMap decode(ByteReader r, int version) {
      int id = (int) r.u32();
      List<Integer> replicas = r.list(ByteReader::i32);
      PartitionMirror mirror =
          version >= 14 && r.bool() ? PartitionMirror.decode(r, version) : null;
      return new PartitionMap(id, replicas, mirror);
    }
  }

  /**
   * {@code SpuMirrorConfig} of a remote mirror.
   *
   * @param id SPU id
   * @param key SPU key
   * @param endpoint SPU endpoint
   */
  public record SpuMirror(int id, String key, String endpoint) {}

  /**
   * {@code MirrorConfig}: Remote (tag 0) with home SPUs, or Home (tag 1) with partitions.
   *
   * @param home true for Home
   * @param homeCluster home cluster (Remote)
   * @param homeSpus home SPUs (Remote)
   * @param homePartitions remote partitions (Home)
   * @param flag {@code target} (Remote) or {@code source} (Home), v18+
   */
  public record MirrorConfig(
      boolean home,
      String homeCluster,
      List<SpuMirror> homeSpus,
      List<PartitionMirror> homePartitions,
      boolean flag) {
    /** Copies the lists. */
    public MirrorConfig {
      homeSpus = List.copyOf(homeSpus);
      homePartitions = List.copyOf(homePartitions);
    }

    void encode(ByteWriter w, int version) {
      w.i8(home ? 1 : 0);
      if (home) {
        w.list(homePartitions, (pw, p) -> p.encodeBody(pw, version));
      } else {
        w.string(homeCluster)
            .list(homeSpus, (sw, s) -> sw.i32(s.id()).string(s.key()).string(s.endpoint()));
      }
      if (version >= 18) {
        w.bool(flag);
      }
    }

    static MirrorConfig decode(ByteReader r, int version) {
      int tag = r.u8();
      if (tag > 1) {
        throw new ProtocolException("unknown MirrorConfig tag " + tag);
      }
      boolean home = tag == 1;
      List<PartitionMirror> parts =
          home ? r.list(pr -> PartitionMirror.decodeBody(pr, version, true)) : List.of();
      String cluster = home ? "" : r.string();
      List<SpuMirror> spus =
          home ? List.of() : r.list(sr -> new SpuMirror(sr.i32(), sr.string(), sr.string()));
      boolean flag = version >= 18 && r.bool();
      return new MirrorConfig(home, cluster, spus, parts, flag);
    }
  }

  /**
   * {@code TopicStatus}.
   *
   * @param resolution 0 Init, 1 Pending, 2 InsufficientResources, 3 InvalidConfig, 4 Provisioned, 5
   *     Deleting
   * @param replicaMap partition id to SPU ids
   * @param mirrorMap partition id to mirror config (v14+)
   * @param reason reason text
   */
  public record Status(
      int resolution,
      Map<Integer, List<Integer>> replicaMap,
      Map<Integer, PartitionMirror> mirrorMap,
      String reason) {
    /** Sorts and copies the maps. */
    public Status {
      replicaMap = new TreeMap<>(replicaMap);
      mirrorMap = new TreeMap<>(mirrorMap);
    }

    void encode(ByteWriter w, int version) {
      w.i8(resolution).i16(replicaMap.size());
      replicaMap.forEach((k, v) -> w.u32(k).list(v, ByteWriter::i32));
      if (version >= 14) {
        w.i16(mirrorMap.size());
        mirrorMap.forEach(
            (k, v) -> {
              w.u32(k);
              v.encode(w, version);
            });
      }
      w.string(reason);
    }

    static Status decode(ByteReader r, int version) {
      int resolution = r.u8();
      Map<Integer, List<Integer>> replicaMap = new TreeMap<>();
      for (int i = 0, n = r.u16(); i < n; i++) {
        replicaMap.put((int) r.u32(), r.list(ByteReader::i32));
      }
      Map<Integer, PartitionMirror> mirrors = new TreeMap<>();
      if (version >= 14) {
        for (int i = 0, n = r.u16(); i < n; i++) {
          mirrors.put((int) r.u32(), PartitionMirror.decode(r, version));
        }
      }
      return new Status(resolution, replicaMap, mirrors, r.string());
    }
  }

  /** Writes name, spec and status at {@code version}. */
  public void encode(ByteWriter w, int version) {
    w.string(name);
    spec.encode(w, version);
    status.encode(w, version);
  }

  /** Reads name, spec and status at {@code version}. */
  public static TopicMetadata decode(ByteReader r, int version) {
    return new TopicMetadata(r.string(), Spec.decode(r, version), Status.decode(r, version));
  }
}
