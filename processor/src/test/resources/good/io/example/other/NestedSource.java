package io.example.other;

import io.example.Outer;
import io.tributary.Source;
import io.tributary.TopicProducer;

/** Lives in another package than its record. */
public final class NestedSource implements Source<Outer.Inner> {
  @Override
  public void run(Outer.Inner options, TopicProducer producer) {}
}
