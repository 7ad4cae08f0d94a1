package io.tributary.fluvio;

/** The topic (or the requested partition of it) does not exist on the cluster. */
public class UnknownTopicException extends FluvioException {
  private final String topic;

  /** Creates the exception for {@code topic}. */
  public UnknownTopicException(String topic, String message) {
    super(message);
    this.topic = topic;
  }

  /** The topic that was not found. */
  public String topic() {
    return topic;
  }
}
