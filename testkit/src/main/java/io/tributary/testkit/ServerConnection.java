package io.tributary.testkit;

import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.fluvio.protocol.Frames;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import java.util.function.Consumer;

/** One accepted client connection: reads request frames, writes response frames. */
final class ServerConnection implements Closeable {
  private static final int OUTPUT_BUFFER = 64 * 1024;

  private final Socket socket;
  private final OutputStream out;
  private final ByteWriter frame = new ByteWriter(4096); // guarded by out
  private final byte[] buffer = new byte[OUTPUT_BUFFER]; // guarded by out
  private int buffered;
  private volatile boolean closed;

  ServerConnection(Socket socket) throws IOException {
    this.socket = socket;
    socket.setTcpNoDelay(true);
    this.out = socket.getOutputStream();
  }

  /** Reads the next request payload, or null when the client closed the connection. */
  byte[] read(BufferedInputStream in) throws IOException {
    return Frames.read(in);
  }

  BufferedInputStream input() throws IOException {
    return new BufferedInputStream(socket.getInputStream(), 64 * 1024);
  }

  /** Sends one response frame; false if the connection is gone. */
  boolean send(int correlationId, Consumer<ByteWriter> body) {
    return send(correlationId, body, List.of());
  }

  /**
   * Sends one response frame whose body ends with stored batches: {@code body} writes the body up
   * to and including an empty {@code bytes} field (i32 length 0) as its last field; that length
   * becomes the batches' total and their bytes follow, written from where the log keeps them rather
   * than copied into the frame first. False if the connection is gone.
   */
  boolean send(int correlationId, Consumer<ByteWriter> body, List<PartitionLog.Slice> batches) {
    synchronized (out) {
      frame.reset();
      frame.i32(0).i32(correlationId);
      body.accept(frame);
      int tail = 0;
      for (PartitionLog.Slice s : batches) {
        tail += s.length();
      }
      if (!batches.isEmpty()) {
        int lengthAt = frame.position() - 4;
        if (lengthAt < 8 || new ByteReader(frame.array(), lengthAt, 4).i32() != 0) {
          throw new IllegalStateException("the response body does not end with empty bytes");
        }
        frame.putI32At(lengthAt, tail);
      }
      frame.putI32At(0, frame.position() - 4 + tail);
      try {
        write(frame.array(), frame.position());
        for (PartitionLog.Slice s : batches) {
          write(s);
        }
        flush();
        return true;
      } catch (IOException e) {
        buffered = 0;
        close();
        return false;
      }
    }
  }

  private void write(byte[] bytes, int length) throws IOException {
    if (length >= buffer.length) {
      flush();
      out.write(bytes, 0, length);
      return;
    }
    if (buffered + length > buffer.length) {
      flush();
    }
    System.arraycopy(bytes, 0, buffer, buffered, length);
    buffered += length;
  }

  private void write(PartitionLog.Slice s) throws IOException {
    for (int done = 0; done < s.length(); ) {
      int n = Math.min(s.length() - done, buffer.length - buffered);
      s.chunk().get(s.at() + done, buffer, buffered, n);
      buffered += n;
      done += n;
      if (buffered == buffer.length) {
        flush();
      }
    }
  }

  private void flush() throws IOException {
    if (buffered > 0) {
      out.write(buffer, 0, buffered);
      buffered = 0;
    }
  }

  boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
