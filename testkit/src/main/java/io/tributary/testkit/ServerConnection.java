package io.tributary.testkit;

import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.fluvio.protocol.Frames;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.function.Consumer;

/** One accepted client connection: reads request frames, writes response frames. */
final class ServerConnection implements Closeable {
  private final Socket socket;
  private final OutputStream out;
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
    byte[] frame = Frames.response(correlationId, body);
    synchronized (out) {
      try {
        out.write(frame);
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
