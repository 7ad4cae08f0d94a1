package io.tributary.testkit;

import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.fluvio.protocol.Frames;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
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
  private volatile boolean closed;

  ServerConnection(Socket socket) throws IOException {
    this.socket = socket;
    socket.setTcpNoDelay(true);
    this.out = new BufferedOutputStream(socket.getOutputStream(), OUTPUT_BUFFER);
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
        out.write(frame.array(), 0, frame.position());
        for (PartitionLog.Slice s : batches) {
          out.write(s.chunk(), s.at(), s.length());
        }
        out.flush();
        return true;
      } catch (IOException e) {
        close();
        return false;
      }
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
