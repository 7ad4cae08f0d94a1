package io.tributary.fluvio.protocol;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * TCP framing (docs/protocol.md#framing-and-the-request-header): every frame is an i32 big-endian
 * length of the rest, then the payload. Requests carry a {@link RequestHeader}; responses start
 * with the correlation id.
 */
public final class Frames {
  /** Largest frame accepted from a peer, to fail fast on garbage instead of allocating. */
  public static final int MAX_FRAME = 64 * 1024 * 1024;

  private Frames() {}

  /** Encodes a full request frame: length, header, body. */
  public static byte[] request(RequestHeader header, Consumer<ByteWriter> body) {
    ByteWriter w = new ByteWriter();
    request(w, header, body);
    return w.toByteArray();
  }

  /**
   * Encodes a full request frame into {@code w} after what it holds (a writer kept from frame to
   * frame keeps its capacity: a large frame is not grown, and then copied, each time).
   */
  public static void request(ByteWriter w, RequestHeader header, Consumer<ByteWriter> body) {
    int start = w.position();
    w.i32(0);
    header.encode(w);
    body.accept(w);
    w.putI32At(start, w.position() - start - 4);
  }

  /**
   * Encodes a full request frame into {@code w} after what it holds, its body written by {@code
   * codec} at {@code version} (as {@link #request(ByteWriter, RequestHeader, Consumer)}).
   */
  public static <T> void request(
      ByteWriter w, RequestHeader header, BodyCodec<T> codec, T body, int version) {
    int start = w.position();
    w.i32(0);
    header.encode(w);
    codec.encode(body, w, version);
    w.putI32At(start, w.position() - start - 4);
  }

  /** Encodes a full response frame: length, correlation id, body. */
  public static byte[] response(int correlationId, Consumer<ByteWriter> body) {
    ByteWriter w = new ByteWriter();
    w.i32(0);
    w.i32(correlationId);
    body.accept(w);
    w.putI32At(0, w.position() - 4);
    return w.toByteArray();
  }

  /** Reads one frame's payload, or returns null on a clean end of stream before a frame starts. */
  public static byte[] read(InputStream in) throws IOException {
    ByteReader r = read(in, byte[]::new);
    return r == null ? null : r.array();
  }

  /**
   * Reads one frame's payload into the array {@code buffer} gives for its length (at least that
   * long: an array used again may be longer), or returns null on a clean end of stream before a
   * frame starts.
   *
   * @return a reader of the payload, from the array's start
   */
  public static ByteReader read(InputStream in, IntFunction<byte[]> buffer) throws IOException {
    DataInputStream din = in instanceof DataInputStream d ? d : new DataInputStream(in);
    int b0 = din.read();
    if (b0 < 0) {
      return null;
    }
    int len =
        (b0 << 24)
            | (din.readUnsignedByte() << 16)
            | (din.readUnsignedByte() << 8)
            | din.readUnsignedByte();
    if (len < 0 || len > MAX_FRAME) {
      throw new ProtocolException("frame length out of range: " + len);
    }
    byte[] payload = buffer.apply(len);
    try {
      din.readFully(payload, 0, len);
    } catch (EOFException e) {
      throw new EOFException("connection closed in the middle of a frame");
    }
    return new ByteReader(payload, 0, len);
  }
}
