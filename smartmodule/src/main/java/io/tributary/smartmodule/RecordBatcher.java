package io.tributary.smartmodule;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits records into inputs the ABI can carry: within one input, every record's offset and
 * timestamp are written as i32 deltas from the first record's, and the values of one input stay
 * under a size bound so that a module never needs a huge buffer.
 */
final class RecordBatcher {
  static final int MAX_INPUT_BYTES = 4 << 20;

  private RecordBatcher() {}

  static List<List<SmartRecord>> split(List<SmartRecord> records) {
    List<List<SmartRecord>> chunks = new ArrayList<>(1);
    int start = 0;
    long bytes = 0;
    for (int i = 0; i < records.size(); i++) {
      SmartRecord first = records.get(start);
      SmartRecord r = records.get(i);
      long size = r.value().length + (r.keyOrNull() == null ? 0 : r.keyOrNull().length) + 32;
      if (i > start
          && (!fitsInt(r.offset() - first.offset())
              || !fitsInt(r.timestampMillis() - first.timestampMillis())
              || bytes + size > MAX_INPUT_BYTES)) {
        chunks.add(records.subList(start, i));
        start = i;
        bytes = 0;
      }
      bytes += size;
    }
    if (start < records.size()) {
      chunks.add(records.subList(start, records.size()));
    }
    return chunks;
  }

  private static boolean fitsInt(long v) {
    return v == (int) v;
  }
}
