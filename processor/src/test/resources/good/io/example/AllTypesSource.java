package io.example;

import io.tributary.Source;
import io.tributary.TopicProducer;

/** The source of all-types. */
public class AllTypesSource implements Source<AllTypesOptions> {
  @Override
  public void run(AllTypesOptions options, TopicProducer producer) {}
}
