package io.tributary.fluvio.protocol;

import io.tributary.fluvio.protocol.MetadataParts.Deduplication;
import io.tributary.fluvio.protocol.MetadataParts.PartitionMirror;
import io.tributary.fluvio.protocol.MetadataParts.StorageConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A partition as the SC lists it: {@code Metadata<PartitionSpec>} named {@code <topic>-<n>}, every
 * field of spec and status decoded (docs/protocol.md#metadata-spus-partitions-and-topics), since
 * the SC ignores name filters.
 *
 * @param name {@code <topic>-<partition>}
 * @param spec the spec
 * @param status the status
 */
public record PartitionMetadata(String name, Spec spec, Status status) {

  /**
   * {@code PartitionSpec}.
   *
   * @param leader leader SPU id
   * @param replicas replica SPU ids
   * @param retentionSeconds segment cleanup policy (v4+), or null
   * @param storage storage config (v4+), or null
   * @param compression 0 None, 1 Gzip, 2 Snappy, 3 Lz4, 4 Any, 5 Zstd (v6+)
   * @param deduplication deduplication (v12+), or null
   * @param system system partition (v13+)
   * @param mirror mirror config (v14+), or null
   */
  public record Spec(
      int leader,
      List<Integer> replicas,
      Long retentionSeconds,
      StorageConfig storage,
      int compression,
      Deduplication deduplication,
      boolean system,
      PartitionMirror mirror) {
    /** Copies the list. */
    public Spec {
      replicas = List.copyOf(replicas);
    }
  }

  /**
   * {@code ReplicaStatus}.
   *
   * @param spu SPU id
   * @param hw high watermark
   * @param leo log end offset
   */
  public record ReplicaStatus(int spu, long hw, long leo) {}

  /**
   * {@code PartitionStatus}.
   *
   * @param resolution 0 Offline, 1 Online, 2 LeaderOffline, 3 ElectionLeaderFound, 4 OutOfStorage
   * @param leader leader replica status
   * @param lsr the {@code lsr} count
   * @param replicas follower statuses
   * @param size size in bytes (v5+)
   * @param beingDeleted whether the partition is being deleted
   * @param baseOffset base offset (v16+)
   */
  public record Status(
      int resolution,
      ReplicaStatus leader,
      long lsr,
      List<ReplicaStatus> replicas,
      long size,
      boolean beingDeleted,
      long baseOffset) {
    /** Copies the list. */
    public Status {
      replicas = List.copyOf(replicas);
    }
  }

  /** The topic part of the name. */
  public String topic() {
    int dash = name.lastIndexOf('-');
    return dash < 0 ? name : name.substring(0, dash);
  }

  /** The partition index part of the name, or −1 if the name has none. */
  public int partition() {
    int dash = name.lastIndexOf('-');
    try {
      return dash < 0 ? -1 : Integer.parseInt(name.substring(dash + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Writes name, spec and status at {@code version}. */
  public void encode(ByteWriter w, int version) {
    w.string(name).i32(spec.leader());
    w.list(spec.replicas(), ByteWriter::i32);
    if (version >= 4) {
      MetadataParts.writeCleanup(w, spec.retentionSeconds());
      MetadataParts.writeOptional(w, spec.storage(), s -> s.encode(w));
    }
    if (version >= 6) {
      w.i8(spec.compression());
    }
    if (version >= 12) {
      MetadataParts.writeOptional(w, spec.deduplication(), d -> d.encode(w));
    }
    if (version >= 13) {
      w.bool(spec.system());
    }
    if (version >= 14) {
      MetadataParts.writeOptional(w, spec.mirror(), m -> m.encode(w, version));
    }
    w.i8(status.resolution());
    writeReplica(w, status.leader());
    w.u32(status.lsr());
    w.list(status.replicas(), PartitionMetadata::writeReplica);
    if (version >= 5) {
      w.i64(status.size());
    }
    w.bool(status.beingDeleted());
    if (version >= 16) {
      w.i64(status.baseOffset());
    }
  }

  private static void writeReplica(ByteWriter w, ReplicaStatus s) {
    w.i32(s.spu()).i64(s.hw()).i64(s.leo());
  }

  private static ReplicaStatus readReplica(ByteReader r) {
    return new ReplicaStatus(r.i32(), r.i64(), r.i64());
  }

  /** Reads name, spec and status at {@code version}. */
  public static PartitionMetadata decode(ByteReader r, int version) {
    String name = r.string();
    int leader = r.i32();
    // Loops rather than ByteReader.list with a lambda, as in ApiVersionsResponse.decode.
    int n = r.i32();
    List<Integer> replicas = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      replicas.add(r.i32());
    }
    Long retention = version >= 4 ? MetadataParts.readCleanup(r) : null;
    StorageConfig storage = version >= 4 && r.bool() ? StorageConfig.decode(r) : null;
    int compression = version >= 6 ? r.u8() : 4;
    Deduplication dedup = version >= 12 && r.bool() ? Deduplication.decode(r) : null;
    boolean system = version >= 13 && r.bool();
    PartitionMirror mirror = version >= 14 && r.bool() ? PartitionMirror.decode(r, version) : null;
    Spec spec = new Spec(leader, replicas, retention, storage, compression, dedup, system, mirror);
    int resolution = r.u8();
    ReplicaStatus leaderStatus = readReplica(r);
    long lsr = r.u32();
    int f = r.i32();
    List<ReplicaStatus> followers = new ArrayList<>();
    for (int i = 0; i < f; i++) {
      followers.add(readReplica(r));
    }
    long size = version >= 5 ? r.i64() : 0;
    boolean deleting = r.bool();
    long base = version >= 16 ? r.i64() : 0;
    return new PartitionMetadata(
        name, spec, new Status(resolution, leaderStatus, lsr, followers, size, deleting, base));
  }
}
