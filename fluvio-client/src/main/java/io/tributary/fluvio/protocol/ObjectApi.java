package io.tributary.fluvio.protocol;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The SC's object APIs (reference §3.4): List (1003), Watch (1004) and Create (1001). Bodies are
 * a type label, then (from version 11, {@code DYN_OBJ}) a u32 length and the inner bytes.
 */
public final class ObjectApi {
  /** Lowest object-API version this codec speaks (the SC's minimum). */
  public static final short MIN_VERSION = 15;
  /** Highest object-API version this codec speaks ({@code COMMON_VERSION}). */
  public static final short MAX_VERSION = 19;
  private static final int DYN_OBJ = 11;

  private ObjectApi() {}

  /**
   * One kind of object with its metadata codec.
   *
   * @param label the type label on the wire
   * @param encoder writes one {@code Metadata} at a version
   * @param decoder reads one {@code Metadata} at a version
   * @param <T> the metadata type
   */
  public record Kind<T>(String label, Encoder<T> encoder, BiFunction<ByteReader, Integer, T> decoder) {
    /**
     * Writes one item at a version.
     *
     * @param <T> the item type
     */
    @FunctionalInterface
    public interface Encoder<T> {
      /** Writes {@code item} at {@code version}. */
      void encode(T item, ByteWriter w, int version);
    }
  }

  /** SPUs. */
  public static final Kind<SpuMetadata> SPU =
      new Kind<>("SPU", SpuMetadata::encode, SpuMetadata::decode);
  /** Partitions. */
  public static final Kind<PartitionMetadata> PARTITION =
      new Kind<>("Partition", PartitionMetadata::encode, PartitionMetadata::decode);
  /** Topics. */
  public static final Kind<TopicMetadata> TOPIC =
      new Kind<>("Topic", TopicMetadata::encode, TopicMetadata::decode);

  /**
   * A decoded List or Watch request.
   *
   * @param type the type label
   * @param nameFilters name filters (List only)
   * @param summary the summary flag
   * @param system the system flag (List only)
   * @param epoch the epoch (Watch only)
   */
  public record ObjectRequest(String type, List<String> nameFilters, boolean summary,
      boolean system, long epoch) {}

  /**
   * A decoded Watch response frame ({@code MetadataUpdate}).
   *
   * @param epoch the epoch
   * @param changes changed items (header 0 UPDATE, 1 DELETE)
   * @param all the full set, if sent
   * @param <T> the metadata type
   */
  public record MetadataUpdate<T>(long epoch, List<Change<T>> changes, List<T> all) {}

  /**
   * One change of a watch.
   *
   * @param delete true for DELETE, false for UPDATE
   * @param item the item
   * @param <T> the metadata type
   */
  public record Change<T>(boolean delete, T item) {}

  /**
   * A decoded Create request for a topic.
   *
   * @param type the type label
   * @param name the object name
   * @param dryRun dry run
   * @param timeoutMs timeout (v7+), or null
   * @param topic the topic spec, when {@code type} is "Topic"
   */
  public record CreateRequest(String type, String name, boolean dryRun, Long timeoutMs,
      TopicMetadata.Spec topic) {}

  /**
   * The SC's {@code Status} response to Create and Delete.
   *
   * @param name object name
   * @param error the error code
   * @param message error message, or null
   */
  public record Status(String name, ErrorCode error, String message) {
    /** Writes the status. */
    public void encode(ByteWriter w) {
      w.string(name);
      error.encode(w);
      w.optionalString(message);
    }

    /** Reads a status. */
    public static Status decode(ByteReader r) {
      return new Status(r.string(), ErrorCode.decode(r), r.optionalString());
    }
  }

  private static void typed(ByteWriter w, String type, int version,
      java.util.function.Consumer<ByteWriter> inner) {
    w.string(type);
    if (version >= DYN_OBJ) {
      int at = w.position();
      w.i32(0);
      inner.accept(w);
      w.putI32At(at, w.position() - at - 4);
    } else {
      inner.accept(w);
    }
  }

  private static ByteReader inner(ByteReader r, int version) {
    if (version < DYN_OBJ) {
      return r;
    }
    return new ByteReader(r.bytes());
  }

  /** Writes a List request body. */
  public static void encodeList(ByteWriter w, int version, Kind<?> kind, List<String> filters,
      boolean summary, boolean system) {
    typed(w, kind.label(), version, iw -> {
      iw.list(filters, ByteWriter::string);
      if (version >= 10) {
        iw.bool(summary);
      }
      if (version >= 13) {
        iw.bool(system);
      }
    });
  }

  /** Reads a List request body. */
  public static ObjectRequest decodeList(ByteReader r, int version) {
    String type = r.string();
    ByteReader in = inner(r, version);
    List<String> filters = in.list(ByteReader::string);
    boolean summary = version >= 10 && in.bool();
    boolean system = version >= 13 && in.bool();
    return new ObjectRequest(type, filters, summary, system, 0);
  }

  /** Writes a List response body. */
  public static <T> void encodeListResponse(ByteWriter w, int version, Kind<T> kind,
      List<T> items) {
    typed(w, kind.label(), version,
        iw -> iw.list(items, (ww, item) -> kind.encoder().encode(item, ww, version)));
  }

  /** Reads a List response body, checking its type label. */
  public static <T> List<T> decodeListResponse(ByteReader r, int version, Kind<T> kind) {
    String type = r.string();
    if (!type.equals(kind.label())) {
      throw new ProtocolException("expected a " + kind.label() + " list, got " + type);
    }
    return inner(r, version).list(ir -> kind.decoder().apply(ir, version));
  }

  /** Reads a Watch request body. */
  public static ObjectRequest decodeWatch(ByteReader r, int version) {
    String type = r.string();
    ByteReader in = inner(r, version);
    long epoch = in.i64();
    boolean summary = version >= 10 && in.bool();
    return new ObjectRequest(type, List.of(), summary, false, epoch);
  }

  /** Writes a Watch response frame body. */
  public static <T> void encodeWatchResponse(ByteWriter w, int version, Kind<T> kind,
      MetadataUpdate<T> update) {
    typed(w, kind.label(), version, iw -> {
      iw.i64(update.epoch());
      iw.list(update.changes(), (cw, c) -> {
        cw.i8(c.delete() ? 1 : 0);
        kind.encoder().encode(c.item(), cw, version);
      });
      iw.list(update.all(), (aw, item) -> kind.encoder().encode(item, aw, version));
    });
  }

  /** Writes a Create request body for a topic. */
  public static void encodeCreateTopic(ByteWriter w, int version, String name,
      TopicMetadata.Spec spec, Long timeoutMs) {
    typed(w, TOPIC.label(), version, iw -> {
      iw.string(name).bool(false);
      if (version >= 7) {
        iw.bool(timeoutMs != null);
        if (timeoutMs != null) {
          iw.u32(timeoutMs);
        }
      }
      spec.encode(iw, version);
    });
  }

  /** Reads a Create request body; the spec is decoded when the type is "Topic". */
  public static CreateRequest decodeCreate(ByteReader r, int version) {
    String type = r.string();
    ByteReader in = inner(r, version);
    String name = in.string();
    boolean dryRun = in.bool();
    Long timeout = version >= 7 && in.bool() ? in.u32() : null;
    TopicMetadata.Spec spec = type.equals(TOPIC.label())
        ? TopicMetadata.Spec.decode(in, version) : null;
    return new CreateRequest(type, name, dryRun, timeout, spec);
  }
}
