package io.tributary.fluvio.protocol;

import java.util.List;

/**
 * StreamFetch request (SPU key 1003, docs/protocol.md#consuming). The SPU answers with many {@link
 * StreamFetchResponse} frames under the same correlation id.
 *
 * @param topic the topic
 * @param partition the partition
 * @param fetchOffset the absolute offset to start at
 * @param maxBytes max bytes per response
 * @param isolation 0 ReadUncommitted, 1 ReadCommitted
 * @param smartModules SmartModules for the SPU to apply (v18+)
 * @param consumerId consumer id (v23+), or null
 */
public record StreamFetchRequest(
    String topic,
    int partition,
    long fetchOffset,
    int maxBytes,
    int isolation,
    List<SmartModuleInvocation> smartModules,
    String consumerId) {
  /** Highest version this codec speaks. */
  public static final short MAX_VERSION = 25;

  /** Fluvio's default max bytes per response. */
  public static final int DEFAULT_MAX_BYTES = 1_048_588;

  /** Copies the list. */
  public StreamFetchRequest {
    smartModules = List.copyOf(smartModules);
  }

  /** Writes the body at {@code version}; legacy fields of versions 11 to 18 are empty. */
  public void encode(ByteWriter w, int version) {
    w.string(topic).u32(partition).i64(fetchOffset).i32(maxBytes).i8(isolation);
    if (version >= 11 && version <= 18) {
      w.i32(0);
    }
    if (version >= 16 && version <= 18) {
      w.bool(false).bool(false);
    }
    if (version >= 18) {
      w.list(smartModules, (sw, sm) -> sm.encode(sw, version));
    }
    if (version >= 23) {
      w.optionalString(consumerId);
    }
  }

  /** Reads the body at {@code version}; legacy SmartModule fields must be empty. */
  public static StreamFetchRequest decode(ByteReader r, int version) {
    String topic = r.string();
    int partition = (int) r.u32();
    long offset = r.i64();
    int maxBytes = r.i32();
    int isolation = r.u8();
    if (version >= 11 && version <= 18 && r.bytes().length > 0) {
      throw new ProtocolException("legacy wasm_module field is not supported");
    }
    if (version >= 16 && version <= 18 && (r.bool() || r.bool())) {
      throw new ProtocolException("legacy smartmodule/derivedstream fields are not supported");
    }
    List<SmartModuleInvocation> sms =
        version >= 18 ? r.list(sr -> SmartModuleInvocation.decode(sr, version)) : List.of();
    String consumer = version >= 23 ? r.optionalString() : null;
    return new StreamFetchRequest(topic, partition, offset, maxBytes, isolation, sms, consumer);
  }
}
