package io.example;

import io.tributary.RecordStream;
import io.tributary.Sink;

/** The sink of constrained. */
public final class ConstrainedSink implements Sink<ConstrainedOptions> {
  @Override
  public void run(ConstrainedOptions options, RecordStream records) {}
}
