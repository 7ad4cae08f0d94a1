package io.tributary.examples.httpsource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a response body that arrives in chunks into the pieces that end with a delimiter (the
 * delimiter itself dropped), whatever the chunks' boundaries: a delimiter may be split across
 * chunks, a chunk may hold several pieces.
 */
final class BodySplitter {
  private final byte[] delimiter;
  private byte[] buffer = new byte[8192];
  private int length;

  /** Where the next search for the delimiter starts: before it, there is none. */
  private int searchFrom;

  BodySplitter(byte[] delimiter) {
    if (delimiter.length == 0) {
      throw new IllegalArgumentException("empty delimiter");
    }
    this.delimiter = delimiter.clone();
  }

  /** Adds {@code count} bytes; returns the pieces they complete, in order. */
  List<byte[]> add(byte[] bytes, int offset, int count) {
    if (length + count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
    }
    System.arraycopy(bytes, offset, buffer, length, count);
    length += count;
    List<byte[]> pieces = new ArrayList<>();
    int start = 0;
    int i = searchFrom;
    while (i + delimiter.length <= length) {
      if (matchesAt(i)) {
        pieces.add(Arrays.copyOfRange(buffer, start, i));
        start = i + delimiter.length;
        i = start;
      } else {
        i++;
      }
    }
    System.arraycopy(buffer, start, buffer, 0, length - start);
    length -= start;
    searchFrom = Math.max(0, length - delimiter.length + 1);
    return pieces;
  }

  private boolean matchesAt(int i) {
    for (int j = 0; j < delimiter.length; j++) {
      if (buffer[i + j] != delimiter[j]) {
        return false;
      }
    }
    return true;
  }

  /** Bytes received after the last delimiter (a piece not ended yet). */
  int pending() {
    return length;
  }
}
