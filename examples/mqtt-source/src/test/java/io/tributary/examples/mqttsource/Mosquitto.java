package io.tributary.examples.mqttsource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Mosquitto broker on a free port of 127.0.0.1 for a JUnit test, started by the same helper
 * as the bats tests ({@code lib/mosquitto.bash}). Without Mosquitto installed the test is skipped,
 * or fails when the environment variable {@code CI} is {@code true}.
 */
final class Mosquitto implements AutoCloseable {
  private final int port;
  private final ProcessHandle process;

  private Mosquitto(int port, ProcessHandle process) {
    this.port = port;
    this.process = process;
  }

  /** Starts an anonymous broker; its configuration and log go to {@code dir}. */
  static Mosquitto start(Path dir) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
            "bash",
            "-c",
            "source lib/mosquitto.bash && start_mosquitto && echo \"$MQTT_PORT $MOSQUITTO_PID\"");
    builder.environment().put("BATS_FILE_TMPDIR", dir.toString());
    Process bash = builder.start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    String err = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (bash.waitFor() != 0) {
      boolean ci = "true".equals(System.getenv("CI"));
      Assumptions.assumeTrue(ci || !err.contains("not found"), err);
      throw new IllegalStateException("Mosquitto did not start: " + err);
    }
    String[] portAndPid = out.split(" ");
    return new Mosquitto(
        Integer.parseInt(portAndPid[0]),
        ProcessHandle.of(Long.parseLong(portAndPid[1])).orElseThrow());
  }

  /** {@code mqtt://127.0.0.1:<port>}. */
  String url() {
    return "mqtt://127.0.0.1:" + port;
  }

  /** {@code tcp://127.0.0.1:<port>}, for the Paho client. */
  String serverUri() {
    return "tcp://127.0.0.1:" + port;
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    process.onExit().get(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS);
  }
}
