package io.tributary.fluvio.protocol;

/**
 * Writes and reads one message body at a protocol version. Request and response bodies are both
 * encoded at the request header's version.
 *
 * @param <T> the message type
 */
public interface BodyCodec<T> {
  /** Writes {@code value} at {@code version}. */
  void encode(T value, ByteWriter w, int version);

  /** Reads a value written at {@code version}. */
  T decode(ByteReader r, int version);

  /**
   * Writes a body at a version.
   *
   * @param <T> the message type
   */
  @FunctionalInterface
  interface Encoder<T> {
    /** Writes {@code value} at {@code version}. */
    void encode(T value, ByteWriter w, int version);
  }

  /**
   * Reads a body at a version.
   *
   * @param <T> the message type
   */
  @FunctionalInterface
  interface Decoder<T> {
    /** Reads a value written at {@code version}. */
    T decode(ByteReader r, int version);
  }

  /** A codec from an encoder and a decoder. */
  static <T> BodyCodec<T> of(Encoder<T> encoder, Decoder<T> decoder) {
    return new BodyCodec<>() {
      @Override
      public void encode(T value, ByteWriter w, int version) {
        encoder.encode(value, w, version);
      }

      @Override
      public T decode(ByteReader r, int version) {
        return decoder.decode(r, version);
      }
    };
  }
}
