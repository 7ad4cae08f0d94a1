package io.tributary.cli;

import io.tributary.metrics.ConnectorMetrics;

/** Counts the records written to an output that has no acknowledgements (a dry run's). */
final class CountingOutput implements RecordOutput {
  private final RecordOutput next;
  private final ConnectorMetrics metrics;

  CountingOutput(RecordOutput next, ConnectorMetrics metrics) {
    this.next = next;
    this.metrics = metrics;
  }

  @Override
  public void write(byte[] key, byte[] value, long timestamp) throws Exception {
    next.write(key, value, timestamp);
    metrics.recordsOut.increment();
    metrics.bytesOut.add(value.length + (key == null ? 0 : key.length));
  }

  @Override
  public void flush() throws Exception {
    next.flush();
  }

  @Override
  public void close() throws Exception {
    next.close();
  }
}
