package io.tributary;

import java.nio.charset.StandardCharsets;

/**
 * Sends records to the connector's topic. Records go through the configured SmartModule chain
 * first. Implementations are thread-safe.
 */
public interface TopicProducer {
  /**
   * Accepts a record for sending. Once this returns, the record is not lost: it is produced before
   * the connector exits, even on SIGINT/SIGTERM.
   *
   * @param key the record key, or {@code null} for none
   * @param value the record value
   */
  void send(byte[] key, byte[] value) throws Exception;

  /** Sends a record with UTF-8 key ({@code null} for none) and value. */
  default void send(String key, String value) throws Exception {
    send(
        key == null ? null : key.getBytes(StandardCharsets.UTF_8),
        value.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns once every record accepted so far has been produced (acknowledged). */
  void flush() throws Exception;
}
