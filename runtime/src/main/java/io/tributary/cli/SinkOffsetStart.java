package io.tributary.cli;

import io.tributary.fluvio.Offset;

/** {@code --offset-start} as the client's {@link Offset} (the form is checked by validation). */
final class SinkOffsetStart {
  private SinkOffsetStart() {}

  /** {@code beginning}, {@code end}, {@code beginning+N}, {@code end-N} or an absolute offset. */
  static Offset parse(String text) {
    if (text.equals("beginning")) {
      return Offset.beginning();
    }
    if (text.equals("end")) {
      return Offset.end();
    }
    if (text.startsWith("beginning+")) {
      return Offset.fromBeginning(Long.parseLong(text.substring("beginning+".length())));
    }
    if (text.startsWith("end-")) {
      return Offset.fromEnd(Long.parseLong(text.substring("end-".length())));
    }
    return Offset.absolute(Long.parseLong(text));
  }
}
