package io.tributary.fluvio.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The SC's object APIs: List (1003), Watch (1004), Create (1001) and Delete (1002). Bodies are a
 * type label, then (from version 11, {@code DYN_OBJ}) a u32 length and the inner bytes.
 */
public final class ObjectApi {
  /** Lowest object-API version this codec speaks (the SC's minimum). */
  public static final short MIN_VERSION = 15;

  /** Highest object-API version this codec speaks ({@code COMMON_VERSION}). */
  public static final short MAX_VERSION = 19;

  /** Lowest Create/Delete version this codec speaks. */
  public static final short MIN_ADMIN_VERSION = 11;

  private static final int DYN_OBJ = 11;
  private static final int DELETE_FORCE = 13;

  private ObjectApi() {}

  /**
   * One kind of object with its metadata codec.
   *
   * @param label the type label on the wire
   * @param encoder writes one {@code Metadata} at a version
   * @param decoder reads one {@code Metadata} at a version
   * @param <T> the metadata type
   */
  public record Kind<T>(
      String label, Encoder<T> encoder, BiFunction<ByteReader, Integer, T> decoder) {
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

    /**
     * A kind this codec has no metadata layout for: its lists can only be empty (what a server
     * answers for a kind it does not hold).
     */
    static Kind<Object> opaque(String label) {
      return new Kind<>(
          label,
          (item, w, v) -> {
            throw new IllegalArgumentException("cannot encode " + label + " metadata");
          },
          (r, v) -> {
            throw new ProtocolException("cannot decode " + label + " metadata");
          });
    }
  }

  /** SPUs. */
  public static final Kind<SpuMetadata> SPU = Layout.SPU.kind("SPU");

  /** Partitions. */
  public static final Kind<PartitionMetadata> PARTITION = Layout.PARTITION.kind("Partition");

  /** Topics. */
  public static final Kind<TopicMetadata> TOPIC = Layout.TOPIC.kind("Topic");

  /** SmartModules (List only: not watched). */
  public static final Kind<SmartModuleMetadata> SMART_MODULE =
      Layout.SMART_MODULE.kind("SmartModule");

  /**
   * The metadata codecs of the kinds: a switch rather than a pair of method references per kind, as
   * in {@link Apis} (this class's initialization is on every connector's way to its first record,
   * where linking a method reference costs more than the call; docs/performance.md, "First
   * record").
   */
  private enum Layout implements Kind.Encoder<Object>, BiFunction<ByteReader, Integer, Object> {
    SPU,
    PARTITION,
    TOPIC,
    SMART_MODULE;

    /** The kind with this layout, typed for its metadata (the constant names it). */
    @SuppressWarnings("unchecked")
    <T> Kind<T> kind(String label) {
      return new Kind<>(
          label,
          (Kind.Encoder<T>) (Kind.Encoder<?>) this,
          (BiFunction<ByteReader, Integer, T>) (BiFunction<ByteReader, Integer, ?>) this);
    }

    @Override
    public void encode(Object item, ByteWriter w, int version) {
      switch (this) {
        case SPU -> ((SpuMetadata) item).encode(w, version);
        case PARTITION -> ((PartitionMetadata) item).encode(w, version);
        case TOPIC -> ((TopicMetadata) item).encode(w, version);
        case SMART_MODULE -> SmartModuleMetadata.encode((SmartModuleMetadata) item, w, version);
        // A statement switch is not checked for completeness: a constant without its arm here
        // fails at once rather than writing an empty body.
        default -> throw new IllegalStateException("no encoder for " + name());
      }
    }

    @Override
    public Object apply(ByteReader r, Integer version) {
      return switch (this) {
        case SPU -> SpuMetadata.decode(r, version);
        case PARTITION -> PartitionMetadata.decode(r, version);
        case TOPIC -> TopicMetadata.decode(r, version);
        case SMART_MODULE -> SmartModuleMetadata.decode(r, version);
      };
    }
  }

  /** The kind a type label names; an opaque kind (empty lists only) for other labels. */
  public static Kind<?> kind(String label) {
    for (Kind<?> k : List.of(SPU, PARTITION, TOPIC, SMART_MODULE)) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    return Kind.opaque(label);
  }

  /** Whether the label names a kind this codec has a layout for. */
  public static boolean known(String label) {
    return List.of(SPU, PARTITION, TOPIC).stream().anyMatch(k -> k.label().equals(label));
  }

  /**
   * A List request.
   *
   * @param type the type label
   * @param nameFilters name filters (substring matches; the SC ignores them for partitions)
   * @param summary the summary flag (v10+)
   * @param system the system flag (v13+): list system objects instead of user ones
   */
  public record ListRequest(
      String type, List<String> nameFilters, boolean summary, boolean system) {
    /** Copies the list. */
    public ListRequest {
      nameFilters = List.copyOf(nameFilters);
    }

    /** Lists every object of a kind, user objects only. */
    public static ListRequest all(Kind<?> kind) {
      return new ListRequest(kind.label(), List.of(), false, false);
    }

    /** Writes the body at {@code version}. */
    public void encode(ByteWriter w, int version) {
      // Without typed's lambda: the client lists SPUs and partitions on every connector's way to
      // its first record (see Layout).
      int at = startTyped(w, type, version);
      w.i32(nameFilters.size());
      for (String filter : nameFilters) {
        w.string(filter);
      }
      if (version >= 10) {
        w.bool(summary);
      }
      if (version >= 13) {
        w.bool(system);
      }
      endTyped(w, at);
    }

    /** Reads the body at {@code version}. */
    public static ListRequest decode(ByteReader r, int version) {
      String type = r.string();
      ByteReader in = inner(r, version);
      List<String> filters = in.list(ByteReader::string);
      boolean summary = version >= 10 && in.bool();
      boolean system = version >= 13 && in.bool();
      return new ListRequest(type, filters, summary, system);
    }
  }

  /**
   * A List response.
   *
   * @param kind the kind listed
   * @param items the objects' metadata
   * @param <T> the metadata type
   */
  public record ListResponse<T>(Kind<T> kind, List<T> items) {
    /** Copies the list. */
    public ListResponse {
      items = List.copyOf(items);
    }

    /**
     * The items, checking they are of {@code expected} kind.
     *
     * @throws ProtocolException if the server listed another kind
     */
    @SuppressWarnings("unchecked")
    public <U> List<U> items(Kind<U> expected) {
      if (!kind.label().equals(expected.label())) {
        throw new ProtocolException(
            "expected a " + expected.label() + " list, got " + kind.label());
      }
      return (List<U>) items;
    }

    /** Writes the body at {@code version}. */
    public void encode(ByteWriter w, int version) {
      typed(
          w,
          kind.label(),
          version,
          iw -> iw.list(items, (ww, item) -> kind.encoder().encode(item, ww, version)));
    }

    /** Reads the body at {@code version}; the kind comes from its type label. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ListResponse<?> decode(ByteReader r, int version) {
      Kind kind = ObjectApi.kind(r.string());
      ByteReader in = inner(r, version);
      int n = in.i32(); // a loop rather than ByteReader.list with a lambda (see Layout)
      List items = new ArrayList();
      for (int i = 0; i < n; i++) {
        items.add(kind.decoder().apply(in, version));
      }
      return new ListResponse(kind, items);
    }
  }

  /**
   * A Watch request.
   *
   * @param type the type label
   * @param epoch the epoch the client has seen (0 for everything)
   * @param summary the summary flag (v10+)
   */
  public record WatchRequest(String type, long epoch, boolean summary) {
    /** Writes the body at {@code version}. */
    public void encode(ByteWriter w, int version) {
      typed(
          w,
          type,
          version,
          iw -> {
            iw.i64(epoch);
            if (version >= 10) {
              iw.bool(summary);
            }
          });
    }

    /** Reads the body at {@code version}. */
    public static WatchRequest decode(ByteReader r, int version) {
      String type = r.string();
      ByteReader in = inner(r, version);
      long epoch = in.i64();
      return new WatchRequest(type, epoch, version >= 10 && in.bool());
    }
  }

  /**
   * A Watch response frame ({@code MetadataUpdate}).
   *
   * @param kind the kind watched
   * @param epoch the epoch
   * @param changes changed items (header 0 UPDATE, 1 DELETE)
   * @param all the full set, if sent
   * @param <T> the metadata type
   */
  public record WatchResponse<T>(Kind<T> kind, long epoch, List<Change<T>> changes, List<T> all) {
    /** Copies the lists. */
    public WatchResponse {
      changes = List.copyOf(changes);
      all = List.copyOf(all);
    }

    /** Writes the body at {@code version}. */
    public void encode(ByteWriter w, int version) {
      typed(
          w,
          kind.label(),
          version,
          iw -> {
            iw.i64(epoch);
            iw.list(
                changes,
                (cw, c) -> {
                  cw.i8(c.delete() ? 1 : 0);
                  kind.encoder().encode(c.item(), cw, version);
                });
            iw.list(all, (aw, item) -> kind.encoder().encode(item, aw, version));
          });
    }

    /** Reads the body at {@code version}; the kind comes from its type label. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static WatchResponse<?> decode(ByteReader r, int version) {
      Kind kind = ObjectApi.kind(r.string());
      ByteReader in = inner(r, version);
      long epoch = in.i64();
      List<Change> changes =
          in.list(cr -> new Change(cr.u8() == 1, kind.decoder().apply(cr, version)));
      List all = in.list(ar -> kind.decoder().apply(ar, version));
      return new WatchResponse(kind, epoch, changes, all);
    }
  }

  /**
   * One change of a watch.
   *
   * @param delete true for DELETE, false for UPDATE
   * @param item the item
   * @param <T> the metadata type
   */
  public record Change<T>(boolean delete, T item) {}

  /**
   * A Create request; only topics have a spec codec.
   *
   * @param type the type label
   * @param name the object name
   * @param dryRun dry run
   * @param timeoutMs timeout (v7+), or null
   * @param topic the topic spec, when {@code type} is "Topic"
   */
  public record CreateRequest(
      String type, String name, boolean dryRun, Long timeoutMs, TopicMetadata.Spec topic) {
    /** Creates a topic. */
    public static CreateRequest topic(String name, TopicMetadata.Spec spec) {
      return new CreateRequest(TOPIC.label(), name, false, null, spec);
    }

    /** Writes the body at {@code version}. */
    public void encode(ByteWriter w, int version) {
      if (topic == null) {
        throw new IllegalArgumentException("only topics can be created, not " + type);
      }
      typed(
          w,
          type,
          version,
          iw -> {
            iw.string(name).bool(dryRun);
            if (version >= 7) {
              iw.bool(timeoutMs != null);
              if (timeoutMs != null) {
                iw.u32(timeoutMs);
              }
            }
            topic.encode(iw, version);
          });
    }

    /** Reads the body at {@code version}; the spec is decoded when the type is "Topic". */
    public static CreateRequest decode(ByteReader r, int version) {
      String type = r.string();
      ByteReader in = inner(r, version);
      String name = in.string();
      boolean dryRun = in.bool();
      Long timeout = version >= 7 && in.bool() ? in.u32() : null;
      TopicMetadata.Spec spec =
          type.equals(TOPIC.label()) ? TopicMetadata.Spec.decode(in, version) : null;
      return new CreateRequest(type, name, dryRun, timeout, spec);
    }
  }

  /**
   * A Delete request for an object keyed by name (topics, SmartModules).
   *
   * @param type the type label
   * @param name the object name
   * @param force delete even a system object (v13+)
   */
  public record DeleteRequest(String type, String name, boolean force) {
    /** Writes the body at {@code version}. */
    public void encode(ByteWriter w, int version) {
      typed(
          w,
          type,
          version,
          iw -> {
            iw.string(name);
            if (version >= DELETE_FORCE) {
              iw.bool(force);
            }
          });
    }

    /** Reads the body at {@code version}. */
    public static DeleteRequest decode(ByteReader r, int version) {
      String type = r.string();
      ByteReader in = inner(r, version);
      String name = in.string();
      return new DeleteRequest(type, name, version >= DELETE_FORCE && in.bool());
    }
  }

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

  private static void typed(ByteWriter w, String type, int version, Consumer<ByteWriter> inner) {
    int at = startTyped(w, type, version);
    inner.accept(w);
    endTyped(w, at);
  }

  /**
   * Writes the type label and, from {@link #DYN_OBJ}, a placeholder for the inner length; returns
   * where that length goes for {@link #endTyped}, or −1 when there is none.
   */
  private static int startTyped(ByteWriter w, String type, int version) {
    w.string(type);
    if (version < DYN_OBJ) {
      return -1;
    }
    int at = w.position();
    w.i32(0);
    return at;
  }

  private static void endTyped(ByteWriter w, int at) {
    if (at >= 0) {
      w.putI32At(at, w.position() - at - 4);
    }
  }

  private static ByteReader inner(ByteReader r, int version) {
    if (version < DYN_OBJ) {
      return r;
    }
    return new ByteReader(r.bytes());
  }
}
