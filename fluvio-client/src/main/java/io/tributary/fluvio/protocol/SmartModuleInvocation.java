package io.tributary.fluvio.protocol;

import java.util.Map;
import java.util.TreeMap;

/**
 * A request for the SPU to run a SmartModule server-side
 * (docs/protocol.md#smartmodule-invocations), as carried by ProduceRequest and StreamFetch.
 *
 * @param predefined the name of a SmartModule stored on the cluster, or null for ad hoc
 * @param adHocGzipWasm gzipped wasm for an ad hoc module, or null
 * @param kind 0 Filter, 1 Map, 2 ArrayMap, 3 Aggregate, 4 FilterMap, 7 Generic
 * @param accumulator the initial accumulator of Aggregate (kind 3) or empty
 * @param params the module parameters, sorted
 * @param lookbackLast look-back record count (v20+), or null for no look-back
 * @param name the invocation's name (v25+), or null
 */
public record SmartModuleInvocation(
    String predefined,
    byte[] adHocGzipWasm,
    int kind,
    byte[] accumulator,
    Map<String, String> params,
    Long lookbackLast,
    String name) {
  /** Sorts and copies the parameters. */
  public SmartModuleInvocation {
    if ((predefined == null) == (adHocGzipWasm == null)) {
      throw new IllegalArgumentException("exactly one of predefined and adHocGzipWasm is needed");
    }
    params = new TreeMap<>(params);
    accumulator = accumulator == null ? new byte[0] : accumulator;
  }

  /** Writes the invocation at {@code version}. */
  public void encode(ByteWriter w, int version) {
    if (predefined != null) {
      w.i8(0).string(predefined);
    } else {
      w.i8(1).bytes(adHocGzipWasm);
    }
    w.i8(kind);
    if (kind == 3) {
      w.bytes(accumulator);
    } else if (kind == 7) {
      w.i8(0);
    }
    MetadataParts.writeStringMap(w, params);
    if (version >= 20) {
      w.bool(lookbackLast != null);
      if (lookbackLast != null) {
        w.i64(lookbackLast);
        if (version >= 21) {
          w.bool(false);
        }
      }
    }
    if (version >= 25) {
      w.optionalString(name);
    }
  }

  /** Reads an invocation at {@code version}; join kinds and look-back ages are rejected. */
  public static SmartModuleInvocation decode(ByteReader r, int version) {
    int wasmTag = r.u8();
    String predefined = wasmTag == 0 ? r.string() : null;
    byte[] wasm = wasmTag == 1 ? r.bytes() : null;
    if (wasmTag > 1) {
      throw new ProtocolException("unknown SmartModule wasm tag " + wasmTag);
    }
    int kind = r.u8();
    byte[] acc = null;
    if (kind == 3) {
      acc = r.bytes();
    } else if (kind == 7) {
      int ctx = r.u8();
      if (ctx != 0) {
        throw new ProtocolException("unsupported SmartModule context tag " + ctx);
      }
    } else if (kind > 4) {
      throw new ProtocolException("unsupported SmartModule kind " + kind);
    }
    Map<String, String> params = MetadataParts.readStringMap(r);
    Long last = null;
    if (version >= 20 && r.bool()) {
      last = r.i64();
      if (version >= 21 && r.bool()) {
        r.i64();
        r.i32();
      }
    }
    String name = version >= 25 ? r.optionalString() : null;
    return new SmartModuleInvocation(predefined, wasm, kind, acc, params, last, name);
  }
}
