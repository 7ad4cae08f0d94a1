package io.tributary.smartmodule;

import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.fluvio.protocol.ProtocolException;
import io.tributary.fluvio.protocol.WireRecord;
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
  static void writeInput(
      ByteWriter w, long baseOffset, long baseTimestamp, List<SmartRecord> records) {
    w.i64(baseOffset);
    int lengthAt = w.position();
    w.i32(0);
    w.i32(records.size());
    for (SmartRecord r : records) {
      writeRecord(w, r, baseOffset, baseTimestamp);
    }
    w.putI32At(lengthAt, w.position() - lengthAt - 4);
    writeExtraParams(w, Map.of());
    w.i32(0); // join_record: empty Vec<u8> (16 <= version <= 22)
    w.i64(baseTimestamp); // base_timestamp (version >= 22)
  }

  /** {@code SmartModuleAggregateInput}: the input, then the accumulator as a byte vector. */
  static void writeAggregateInput(
      ByteWriter w,
      long baseOffset,
      long baseTimestamp,
      List<SmartRecord> records,
      byte[] accumulator) {
    writeInput(w, baseOffset, baseTimestamp, records);
    w.i32(accumulator.length);
    w.raw(accumulator, 0, accumulator.length);
  }

  /** {@code SmartModuleInitInput}: the parameters, lookback {@code None}. */
  static void writeInitInput(ByteWriter w, Map<String, String> sortedParams) {
    writeExtraParams(w, sortedParams);
  }

  private static void writeExtraParams(ByteWriter w, Map<String, String> sortedParams) {
    w.i16(sortedParams.size());
    for (Map.Entry<String, String> e : sortedParams.entrySet()) {
      w.string(e.getKey());
      w.string(e.getValue());
    }
    w.i8(0); // lookback: Option None (version >= 20)
  }

  /** One record (Fluvio's {@code Record}): varint length, then the body. */
  static void writeRecord(ByteWriter w, SmartRecord r, long baseOffset, long baseTimestamp) {
    WireRecord.write(
        w,
        Math.toIntExact(r.timestampMillis() - baseTimestamp),
        Math.toIntExact(r.offset() - baseOffset),
        r.keyOrNull(),
        r.value());
  }

  /** Decodes {@code SmartModuleOutput} (and, for aggregate, the trailing accumulator). */
  static TransformOutput readOutput(
      byte[] bytes, long baseOffset, long baseTimestamp, boolean aggregate) {
    try {
      return decodeOutput(new ByteReader(bytes), baseOffset, baseTimestamp, aggregate);
    } catch (ProtocolException e) {
      throw new MalformedOutputException(e.getMessage());
    }
  }

  private static TransformOutput decodeOutput(
      ByteReader in, long baseOffset, long baseTimestamp, boolean aggregate) {
    int count = in.i32();
    List<SmartRecord> successes = new ArrayList<>(Math.max(0, Math.min(count, 1024)));
    for (int i = 0; i < count; i++) {
      successes.add(readRecord(in, baseOffset, baseTimestamp));
    }
    TransformError error = in.bool() ? readError(in) : null;
    byte[] accumulator = null;
    if (aggregate) {
      int len = in.i32();
      accumulator = len <= 0 ? new byte[0] : in.raw(len);
    }
    return new TransformOutput(successes, error, accumulator);
  }

  static SmartRecord readRecord(ByteReader in, long baseOffset, long baseTimestamp) {
    int len = length(in);
    int end = in.position() + len;
    in.u8(); // attributes
    long tsDelta = in.varlong();
    long offsetDelta = in.varlong();
    byte[] key = in.bool() ? in.raw(length(in)) : null;
    byte[] value = in.raw(length(in));
    in.varlong(); // header count; Fluvio encodes no header entries
    if (in.position() != end) {
      throw new MalformedOutputException("record length " + len + " does not match its fields");
    }
    return new SmartRecord(baseOffset + offsetDelta, key, value, baseTimestamp + tsDelta);
  }

  /** A varint that must be a non-negative length no larger than what is left. */
  private static int length(ByteReader in) {
    long len = in.varlong();
    if (len < 0 || len > in.remaining()) {
      throw new MalformedOutputException("bad length " + len + " at byte " + in.position());
    }
    return (int) len;
  }

  /** {@code SmartModuleTransformRuntimeError}: hint, offset, kind, key, value. */
  private static TransformError readError(ByteReader in) {
    String hint = in.string();
    long offset = in.i64();
    SmartModuleKind kind = SmartModuleKind.fromWireTag(in.u8());
    if (in.bool()) {
      in.raw(length(in));
    }
    in.raw(length(in));
    return new TransformError(hint, offset, kind);
  }

  /**
   * Decodes {@code SmartModuleLookbackOutput}: the error's hint and the offset of the record it is
   * about.
   */
  static TransformError readLookbackError(byte[] bytes) {
    try {
      ByteReader in = new ByteReader(bytes);
      String hint = in.string();
      long offset = in.i64();
      return new TransformError(hint, offset, null);
    } catch (ProtocolException e) {
      throw new MalformedOutputException(e.getMessage());
    }
  }

  /** Decodes {@code SmartModuleInitOutput}: the {@code init} error's hint. */
  static String readInitErrorHint(byte[] bytes) {
    try {
      return new ByteReader(bytes).string();
    } catch (ProtocolException e) {
      throw new MalformedOutputException(e.getMessage());
    }
  }

  /** What a transform returned: its records, an optional error, and an aggregate accumulator. */
  record TransformOutput(List<SmartRecord> successes, TransformError error, byte[] accumulator) {}

  /** A record-level error a module reported in its output. */
  record TransformError(String hint, long offset, SmartModuleKind kind) {}
}
