package io.tributary.examples.postgressink;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Rows in the text format of PostgreSQL's COPY, in UTF-8 (the client encoding the driver sets):
 * columns separated by tabs, rows ended by a newline, NULL as {@code \N}, and a backslash, tab,
 * newline or carriage return inside a value escaped with a backslash. PostgreSQL converts each
 * value with its column type's input function, as it does for an untyped INSERT parameter. The
 * buffer is reused: {@link #clear} once its bytes are sent.
 */
final class CopyRows {
  private byte[] bytes = new byte[16 * 1024];
  private int length;

  /** Adds a row: the values of {@link RowMapping#values}, in its column order. */
  void add(List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        put((byte) '\t');
      }
      append(values.get(i));
    }
    put((byte) '\n');
  }

  /** Where {@link #add(FlatObjectScanner, byte[])} finds the values: reused row to row. */
  private int[] from = new int[0];

  private int[] to = new int[0];
  private final int[] keys = new int[FlatObjectScanner.KEYS_SCRATCH];

  /**
   * Adds the row of a flat JSON record, its values copied from the record's bytes as they are (they
   * need no escaping: {@link FlatObjectScanner}); false, adding nothing, when the scanner cannot
   * read the record (then {@link #add(List)} with the values of {@link FieldReader}).
   */
  boolean add(FlatObjectScanner scanner, byte[] json) {
    int columns = scanner.size();
    if (from.length < columns) {
      from = new int[columns];
      to = new int[columns];
    }
    if (!scanner.scan(json, from, to, keys)) {
      return false;
    }
    int size = columns; // the tabs and the newline
    for (int i = 0; i < columns; i++) {
      size += from[i] == FlatObjectScanner.NULL ? 2 : to[i] - from[i];
    }
    ensure(size);
    for (int i = 0; i < columns; i++) {
      if (i > 0) {
        bytes[length++] = '\t';
      }
      int start = from[i];
      if (start == FlatObjectScanner.NULL) {
        bytes[length++] = '\\';
        bytes[length++] = 'N';
      } else {
        int n = to[i] - start;
        System.arraycopy(json, start, bytes, length, n);
        length += n;
      }
    }
    bytes[length++] = '\n';
    return true;
  }

  private void append(String value) {
    if (value == null) {
      put((byte) '\\');
      put((byte) 'N');
      return;
    }
    int n = value.length();
    ensure(n * 2);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        appendUtf8(value, i); // rare: the rest of the value through the encoder
        return;
      }
      escaped((byte) c);
    }
  }

  private void escape(char c) {
    bytes[length++] = '\\';
    bytes[length++] = (byte) c;
  }

  private void appendUtf8(String value, int from) {
    byte[] utf8 = value.substring(from).getBytes(StandardCharsets.UTF_8);
    ensure(utf8.length * 2);
    for (byte b : utf8) {
      escaped(b); // a multi-byte sequence holds no ASCII byte
    }
  }

  /** One byte of a value, escaped if it is a backslash, tab, newline or carriage return. */
  private void escaped(byte b) {
    switch (b) {
      case '\\' -> escape('\\');
      case '\t' -> escape('t');
      case '\n' -> escape('n');
      case '\r' -> escape('r');
      default -> bytes[length++] = b;
    }
  }

  private void put(byte b) {
    ensure(1);
    bytes[length++] = b;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }

  /**
   * The buffer holding the rows added since the last {@link #clear}, in its first {@link #length}
   * bytes.
   */
  byte[] buffer() {
    return bytes;
  }

  /** How many bytes the rows added since the last {@link #clear} take. */
  int length() {
    return length;
  }

  /** Forgets the rows added so far (their bytes were sent). */
  void clear() {
    length = 0;
  }

  /** A copy of the rows added since the last {@link #clear}. */
  byte[] bytes() {
    return Arrays.copyOf(bytes, length);
  }
}
