package io.tributary.testkit;

import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The standard input of a connector run in-process: the bytes a test feeds it, in order, then the
 * end of input once the test {@link #end ends} it. A read interrupted (by a stop request) is the
 * end of input too.
 */
final class FedInput extends InputStream {
  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
  private byte[] current = new byte[0];
  private int position;
  private boolean ended;

  void feed(byte[] data) {
    if (data.length > 0) {
      chunks.add(data.clone());
    }
  }

  void end() {
    chunks.add(END);
  }

  @Override
  public synchronized int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (position == current.length) {
      if (ended) {
        return -1;
      }
      try {
        current = chunks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ended = true;
        return -1;
      }
      position = 0;
      if (current == END) {
        ended = true;
        return -1;
      }
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current, position, b, off, n);
    position += n;
    return n;
  }

  @Override
  public synchronized int available() {
    return current.length - position;
  }
}
