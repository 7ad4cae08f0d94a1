package io.tributary.smartmodule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes and decodes the SmartModule ABI structures at version 22 (Fluvio's {@code
 * DEFAULT_SMARTENGINE_VERSION}): {@code SmartModuleInput}, {@code SmartModuleInitInput}, {@code
 * SmartModuleAggregateInput}, {@code SmartModuleOutput}, {@code SmartModuleAggregateOutput} and
 * {@code SmartModuleInitOutput}.
 */
final class AbiCodec {
  /** The input encoding version passed to every call. */
  static final int VERSION = 22;

  private AbiCodec() {}

  /**
   * {@code SmartModuleInput} v22: base offset, records as a byte vector, empty params, empty join
   * record, base timestamp. Offsets and timestamps of {@code records} are written as deltas from
   * the bases and must differ from them by an i32 at most (see {@link RecordBatcher}).
   */
  static void writeInput(ByteWriter w, long baseOffset, long baseTimestamp,
      List<SmartRecord> records) {
    w.writeI64(baseOffset);
    int lengthAt = w.size();
    w.writeI32(0);
    w.writeI32(records.size());
    for (SmartRecord r : records) {
      writeRecord(w, r, baseOffset, baseTimestamp);
    }
    w.putI32(lengthAt, w.size() - lengthAt - 4);
    writeExtraParams(w, Map.of());
    w.writeI32(0); // join_record: empty Vec<u8> (16 <= version <= 22)
    w.writeI64(baseTimestamp); // base_timestamp (version >= 22)
  }

  /** {@code SmartModuleAggregateInput}: the input, then the accumulator as a byte vector. */
  static void writeAggregateInput(ByteWriter w, long baseOffset, long baseTimestamp,
      List<SmartRecord> records, byte[] accumulator) {
    writeInput(w, baseOffset, baseTimestamp, records);
    w.writeI32(accumulator.length);
    w.writeBytes(accumulator, 0, accumulator.length);
  }

  /** {@code SmartModuleInitInput}: the parameters, lookback {@code None}. */
  static void writeInitInput(ByteWriter w, Map<String, String> sortedParams) {
    writeExtraParams(w, sortedParams);
  }

  private static void writeExtraParams(ByteWriter w, Map<String, String> sortedParams) {
    w.writeI16(sortedParams.size());
    for (Map.Entry<String, String> e : sortedParams.entrySet()) {
      w.writeString(e.getKey());
      w.writeString(e.getValue());
    }
    w.writeI8(0); // lookback: Option None (version >= 20)
  }

  /** One record (Fluvio's {@code Record}): varint length, then the body. */
  static void writeRecord(ByteWriter w, SmartRecord r, long baseOffset, long baseTimestamp) {
    int tsDelta = Math.toIntExact(r.timestampMillis() - baseTimestamp);
    int offsetDelta = Math.toIntExact(r.offset() - baseOffset);
    byte[] key = r.keyOrNull();
    byte[] value = r.value();
    int bodyLen = 1 + ByteWriter.varintSize(tsDelta) + ByteWriter.varintSize(offsetDelta)
        + (key == null ? 1 : 1 + ByteWriter.varintSize(key.length) + key.length)
        + ByteWriter.varintSize(value.length) + value.length + 1;
    w.writeVarint(bodyLen);
    w.writeI8(0); // attributes
    w.writeVarint(tsDelta);
    w.writeVarint(offsetDelta);
    if (key == null) {
      w.writeI8(0);
    } else {
      w.writeI8(1);
      w.writeVarint(key.length);
      w.writeBytes(key, 0, key.length);
    }
    w.writeVarint(value.length);
    w.writeBytes(value, 0, value.length);
    w.writeVarint(0); // headers
  }

  /** Decodes {@code SmartModuleOutput} (and, for aggregate, the trailing accumulator). */
  static TransformOutput readOutput(byte[] bytes, long baseOffset, long baseTimestamp,
      boolean aggregate) {
    ByteReader in = new ByteReader(bytes);
    int count = in.readI32();
    List<SmartRecord> successes = new ArrayList<>(Math.max(0, Math.min(count, 1024)));
    for (int i = 0; i < count; i++) {
      successes.add(readRecord(in, baseOffset, baseTimestamp));
    }
    TransformError error = in.readBool() ? readError(in) : null;
    byte[] accumulator = null;
    if (aggregate) {
      int len = in.readI32();
      accumulator = len <= 0 ? new byte[0] : in.readBytes(len);
    }
    return new TransformOutput(successes, error, accumulator);
  }

  static SmartRecord readRecord(ByteReader in, long baseOffset, long baseTimestamp) {
    int len = in.readVarintLength();
    int end = in.position() + len;
    in.readU8(); // attributes
    long tsDelta = in.readVarint();
    long offsetDelta = in.readVarint();
    byte[] key = in.readBool() ? in.readBytes(in.readVarintLength()) : null;
    byte[] value = in.readBytes(in.readVarintLength());
    in.readVarint(); // header count; Fluvio encodes no header entries
    if (in.position() != end) {
      throw new MalformedOutputException("record length " + len + " does not match its fields");
    }
    return new SmartRecord(baseOffset + offsetDelta, key, value, baseTimestamp + tsDelta);
  }

  /** {@code SmartModuleTransformRuntimeError}: hint, offset, kind, key, value. */
  private static TransformError readError(ByteReader in) {
    String hint = in.readString();
    long offset = in.readI64();
    SmartModuleKind kind = SmartModuleKind.fromWireTag(in.readU8());
    if (in.readBool()) {
      in.readBytes(in.readVarintLength());
    }
    in.readBytes(in.readVarintLength());
    return new TransformError(hint, offset, kind);
  }

  /** Decodes {@code SmartModuleInitOutput}: the {@code init} error's hint. */
  static String readInitErrorHint(byte[] bytes) {
    return new ByteReader(bytes).readString();
  }

  /** What a transform returned: its records, an optional error, and an aggregate accumulator. */
  record TransformOutput(List<SmartRecord> successes, TransformError error, byte[] accumulator) {}

  /** A record-level error a module reported in its output. */
  record TransformError(String hint, long offset, SmartModuleKind kind) {}
}
