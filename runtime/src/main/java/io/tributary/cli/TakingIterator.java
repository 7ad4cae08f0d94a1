package io.tributary.cli;

import io.tributary.ConsumerRecord;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** Iterates a record stream through a blocking take that answers {@code null} at the end. */
final class TakingIterator implements Iterator<ConsumerRecord> {
  private final Supplier<ConsumerRecord> take;
  private ConsumerRecord next;

  TakingIterator(Supplier<ConsumerRecord> take) {
    this.take = take;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = take.get();
    }
    return next != null;
  }

  @Override
  public ConsumerRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ConsumerRecord r = next;
    next = null;
    return r;
  }
}
