package io.tributary;

/**
 * A sink connector: consumes records from a topic and writes them to the outside world.
 *
 * @param <O> the connector's options record, annotated with {@link Connector}
 */
public interface Sink<O extends Record> {
  /**
   * Runs the connector over the stream until the stream ends (end of input in {@code --dry-run},
   * or a stop request) or the thread is interrupted.
   */
  void run(O options, RecordStream records) throws Exception;
}
