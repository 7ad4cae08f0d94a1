package io.tributary.examples.postgressink;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The fast path of {@link FieldReader} for the common record: a flat JSON object of ASCII names and
 * plain values ({@code {"n":1,"label":"r1"}}), read without a parser. It finds where each column's
 * value lies in the record's bytes, and says so only when those bytes are exactly the text {@link
 * FieldReader} would give (strings without escapes, integers of up to 18 digits, {@code true},
 * {@code false}, {@code null}) and need no escaping in COPY's text format; for anything else — a
 * nested value, an escape, a non-ASCII byte, a float, a key twice, malformed JSON — it answers
 * false and the record goes through {@link FieldReader}, which decides.
 *
 * <p>Immutable once built: safe to share between threads.
 */
final class FlatObjectScanner {
  /** Where a column without a field in the record points: NULL. */
  static final int NULL = -1;

  /** Larger records go to the parser, whose limits (string length, …) then apply. */
  private static final int MAX_BYTES = 1 << 20;

  /** Longer names go to the parser, whose limit on names applies (50,000 in jackson-core 2.20). */
  private static final int MAX_NAME = 1000;

  /** Objects with more keys go to the parser (duplicates are looked for pairwise). */
  private static final int MAX_KEYS = 32;

  /** The length of the scratch space {@link #scan} needs for the keys it has met. */
  static final int KEYS_SCRATCH = 2 * MAX_KEYS;

  /** The distinct field names the columns read, in ASCII. */
  private final byte[][] names;

  /** For each name, the columns it fills. */
  private final int[][] columnsOf;

  private final int size;

  private FlatObjectScanner(byte[][] names, int[][] columnsOf, int size) {
    this.names = names;
    this.columnsOf = columnsOf;
    this.size = size;
  }

  /**
   * A scanner for the columns of {@code paths} (column {@code i} reads field {@code paths[i]}), or
   * null when a path is not a single top-level field.
   */
  static FlatObjectScanner of(List<List<String>> paths) {
    if (paths.stream().anyMatch(p -> p.size() != 1)) {
      return null;
    }
    List<String> distinct = paths.stream().map(p -> p.get(0)).distinct().toList();
    byte[][] names = new byte[distinct.size()][];
    int[][] columnsOf = new int[distinct.size()][];
    for (int n = 0; n < names.length; n++) {
      String name = distinct.get(n);
      names[n] = name.getBytes(StandardCharsets.UTF_8);
      columnsOf[n] =
          IntStream.range(0, paths.size()).filter(i -> paths.get(i).get(0).equals(name)).toArray();
    }
    return new FlatObjectScanner(names, columnsOf, paths.size());
  }

  /** How many columns a scan fills. */
  int size() {
    return size;
  }

  /**
   * Finds each column's value in {@code json}: its bytes are {@code json[from[i]] ..
   * json[to[i]-1]}, or {@code from[i] == NULL} for NULL (a missing field, {@code null}). False when
   * the record is not of the simple kind: then nothing is known about it.
   *
   * @param from filled with the start of each column's value (at least {@link #size} long)
   * @param to filled with the end of each column's value
   * @param keys scratch space, at least {@link #KEYS_SCRATCH} long
   */
  boolean scan(byte[] json, int[] from, int[] to, int[] keys) {
    if (json == null || json.length > MAX_BYTES) {
      return false;
    }
    Arrays.fill(from, 0, size, NULL);
    int n = json.length;
    int i = space(json, 0);
    if (i >= n || json[i] != '{') {
      return false;
    }
    i = space(json, i + 1);
    if (i < n && json[i] == '}') {
      return true; // {}: every column NULL
    }
    int keyCount = 0;
    while (true) {
      // "name"
      if (i >= n || json[i] != '"') {
        return false;
      }
      int keyStart = i + 1;
      int keyEnd = plainString(json, keyStart);
      if (keyEnd < 0 || keyCount == MAX_KEYS || keyEnd - keyStart > MAX_NAME) {
        return false;
      }
      for (int k = 0; k < keyCount; k++) {
        if (same(json, keys[2 * k], keys[2 * k + 1], json, keyStart, keyEnd)) {
          return false; // a key twice: the parser makes the record bad
        }
      }
      keys[2 * keyCount] = keyStart;
      keys[2 * keyCount + 1] = keyEnd;
      keyCount++;
      i = space(json, keyEnd + 1);
      if (i >= n || json[i] != ':') {
        return false;
      }
      i = space(json, i + 1);
      if (i >= n) {
        return false;
      }
      // the value
      int valueStart;
      int valueEnd;
      int after;
      byte b = json[i];
      if (b == '"') {
        valueStart = i + 1;
        valueEnd = plainString(json, valueStart);
        if (valueEnd < 0) {
          return false;
        }
        after = valueEnd + 1;
      } else if (b == '-' || (b >= '0' && b <= '9')) {
        valueStart = i;
        valueEnd = integer(json, i);
        if (valueEnd < 0) {
          return false;
        }
        after = valueEnd;
      } else if (b == 't' && literal(json, i, TRUE)) {
        valueStart = i;
        valueEnd = i + 4;
        after = valueEnd;
      } else if (b == 'f' && literal(json, i, FALSE)) {
        valueStart = i;
        valueEnd = i + 5;
        after = valueEnd;
      } else if (b == 'n' && literal(json, i, NULL_LITERAL)) {
        valueStart = NULL;
        valueEnd = NULL;
        after = i + 4;
      } else {
        return false; // an object, an array, or not JSON
      }
      if (after < n && !delimiter(json[after])) {
        return false; // 12ab, truex
      }
      int name = name(json, keyStart, keyEnd);
      if (name >= 0) {
        for (int column : columnsOf[name]) {
          from[column] = valueStart;
          to[column] = valueEnd;
        }
      }
      i = space(json, after);
      if (i >= n) {
        return false;
      }
      if (json[i] == '}') {
        return true; // what follows the object is not looked at, as by the parser
      }
      if (json[i] != ',') {
        return false;
      }
      i = space(json, i + 1);
    }
  }

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL_LITERAL = {'n', 'u', 'l', 'l'};

  /** The index of the first byte at or after {@code i} that is not JSON white space. */
  private static int space(byte[] json, int i) {
    while (i < json.length) {
      byte b = json[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean delimiter(byte b) {
    return b == ',' || b == '}' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /**
   * The index of the closing quote of a string starting at {@code i} (after its opening quote), or
   * -1 when it holds an escape, a control character or a non-ASCII byte, or does not end.
   */
  private static int plainString(byte[] json, int i) {
    for (; i < json.length; i++) {
      byte b = json[i];
      if (b == '"') {
        return i;
      }
      if (b == '\\' || b < 0x20) { // a byte >= 0x80 is negative
        return -1;
      }
    }
    return -1;
  }

  /**
   * The end of an integer of 1 to 18 digits starting at {@code i}, whose text is that of {@code
   * Long.toString} of its value (no leading zero, not {@code -0}); -1 for anything else (a float, a
   * larger integer: the parser's).
   */
  private static int integer(byte[] json, int i) {
    int start = i;
    if (json[i] == '-') {
      i++;
    }
    int digits = i;
    while (i < json.length && json[i] >= '0' && json[i] <= '9') {
      i++;
    }
    int count = i - digits;
    if (count == 0 || count > 18 || (json[digits] == '0' && (count > 1 || digits > start))) {
      return -1;
    }
    if (i < json.length && (json[i] == '.' || json[i] == 'e' || json[i] == 'E')) {
      return -1;
    }
    return i;
  }

  private static boolean literal(byte[] json, int i, byte[] word) {
    if (i + word.length > json.length) {
      return false;
    }
    for (int k = 0; k < word.length; k++) {
      if (json[i + k] != word[k]) {
        return false;
      }
    }
    return true;
  }

  /** Which of {@link #names} the key is, or -1. */
  private int name(byte[] json, int start, int end) {
    for (int n = 0; n < names.length; n++) {
      byte[] name = names[n];
      if (same(name, 0, name.length, json, start, end)) {
        return n;
      }
    }
    return -1;
  }

  /**
   * Whether two ranges hold the same bytes: a plain loop, as the names compared are short (for a
   * few bytes, {@code Arrays.equals} over ranges costs more in checks than in comparing).
   */
  private static boolean same(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
    int n = aTo - aFrom;
    if (n != bTo - bFrom) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (a[aFrom + k] != b[bFrom + k]) {
        return false;
      }
    }
    return true;
  }
}
