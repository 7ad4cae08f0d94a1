package io.tributary.cli;

/** Where a source's records end up: standard output in {@code --dry-run}, else a topic. */
interface RecordOutput extends AutoCloseable {
  /** Takes one record; it is delivered by the next {@link #flush()} at the latest. */
  void write(byte[] key, byte[] value, long timestamp) throws Exception;

  /** Returns once every record written so far is delivered. */
  void flush() throws Exception;

  @Override
  default void close() throws Exception {
    flush();
  }
}
