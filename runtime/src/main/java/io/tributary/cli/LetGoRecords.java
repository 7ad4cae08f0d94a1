package io.tributary.cli;

import io.tributary.ConsumerRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The records {@code --on-record-error} has let go (discarded or dead-lettered) that a sink may
 * still report again: one that writes a batch again after losing its database connection meets the
 * same rejected records again, and must not dead-letter them twice. A record is known by the object
 * the stream handed out (its partition, offset and identity: two records a SmartModule split from
 * one, with the same offset, stay apart) and forgotten once a commit covers it, or when {@link
 * #CAPACITY} newer ones came after it.
 */
final class LetGoRecords {
  static final int CAPACITY = 100_000;

  private record Handout(int partition, long offset, int identity) {
    Handout(ConsumerRecord record) {
      this(record.partition(), record.offset(), System.identityHashCode(record));
    }
  }

  private final Map<Handout, Boolean> letGo =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Handout, Boolean> eldest) {
          return size() > CAPACITY;
        }
      };

  /** Whether {@code record} has been let go already. */
  synchronized boolean contains(ConsumerRecord record) {
    return letGo.containsKey(new Handout(record));
  }

  /** Remembers that {@code record} has been let go. */
  synchronized void add(ConsumerRecord record) {
    letGo.put(new Handout(record), Boolean.TRUE);
  }

  /** Forgets the records of {@code record}'s partition up to it: the sink will not see them. */
  synchronized void committed(ConsumerRecord record) {
    if (!letGo.isEmpty()) {
      letGo
          .keySet()
          .removeIf(h -> h.partition() == record.partition() && h.offset() <= record.offset());
    }
  }

  synchronized int size() {
    return letGo.size();
  }
}
