package io.tributary.testkit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a connector run in-process writes to one of its streams, readable while it runs. */
final class CapturedStream extends OutputStream {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  @Override
  public synchronized void write(int b) {
    bytes.write(b);
    notifyAll();
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    bytes.write(b, off, len);
    notifyAll();
  }

  /** Everything written so far, as UTF-8. */
  synchronized String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The complete lines written so far (a line still being written is left out). */
  synchronized List<String> lines() {
    String text = text();
    int end = text.lastIndexOf('\n');
    return end < 0 ? List.of() : text.substring(0, end).lines().toList();
  }

  /** Waits until something is written, or {@code millis} pass. */
  synchronized void awaitWrite(long millis) throws InterruptedException {
    if (millis > 0) {
      wait(millis);
    }
  }
}
