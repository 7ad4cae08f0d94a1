package io.tributary;

/**
 * A source connector: reads from the outside world and sends records to the producer.
 *
 * @param <O> the connector's options record, annotated with {@link Connector}
 */
public interface Source<O extends Record> {
  /**
   * Runs the connector until it has nothing more to send or the thread is interrupted (which is how
   * the runtime asks it to stop on SIGINT/SIGTERM). Records passed to {@code send} before it
   * returns are flushed by the runtime.
   */
  void run(O options, TopicProducer producer) throws Exception;
}
