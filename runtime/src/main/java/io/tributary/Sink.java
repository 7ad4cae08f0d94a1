package io.tributary;

/**
 * A sink connector: consumes records from a topic and writes them to the outside world.
 *
 * @param <O> the connector's options record, annotated with {@link Connector}
 */
public interface Sink<O extends Record> {
  /**
   * Runs the connector over the stream until the stream ends (end of input in {@code --dry-run}, or
   * a stop request) or the thread is interrupted.
   */
  void run(O options, RecordStream records) throws Exception;

  /**
   * Whether this sink calls {@link RecordStream#commit} itself once records are written durably, as
   * a sink that writes in batches or transactions must. With {@code --consumer-id} and no {@code
   * --offset-strategy}, the runtime then stores offsets {@code manual}ly (what the sink commits);
   * otherwise {@code auto} (a record is done once the sink asks for the next one), which suits a
   * sink that writes each record before taking the next.
   */
  default boolean commitsOffsets() {
    return false;
  }
}
