package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioProducer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command line: ready line, advertised SPUs, fault commands, SIGTERM, bad arguments. */
class TestClusterMainTest {
  private static Process launch(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                TestClusterMain.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).start();
  }

  @Test
  void printsReadyServesClientsAndStopsOnSigterm() throws Exception {
    Process p = launch("--port", "0", "--topic", "preset:2");
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).contains("ready").contains("not Fluvio");
      Matcher m =
          Pattern.compile("SC (127\\.0\\.0\\.1:\\d+), SPU 127\\.0\\.0\\.1:(\\d+)").matcher(line);
      assertThat(m.find()).isTrue();
      try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(m.group(1)))) {
        assertThat(client.partitionCount("preset")).isEqualTo(2);
      }
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void badArgumentsExitWithTwoAndNameTheFlag() throws Exception {
    assertThat(usageError("--port", "http"))
        .contains("--port: expected a port number 0-65535, got 'http'");
    assertThat(usageError("--spus", "0"))
        .contains("--spus: expected a number of SPUs from 1 to 999, got '0'");
    assertThat(usageError("--spus", "2", "--spu-port", "65535"))
        .contains("--spu-port: 2 SPUs from port 65535 go beyond 65535");
  }

  /** Runs the command line, which must exit 2 with a usage; returns its standard error. */
  private static String usageError(String... args) throws Exception {
    Process p = launch(args);
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err).contains("usage:").doesNotContain("Exception");
    return err;
  }

  @Test
  void answersEachFaultCommandOnOneLineAndOutlivesTheEndOfItsInput() throws Exception {
    Process p = launch("--port", "0", "--spus", "3", "--topic", "faults:2");
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String ready = out.readLine();
      Matcher m =
          Pattern.compile(
                  "ready: SC (127\\.0\\.0\\.1:\\d+), SPUs 127\\.0\\.0\\.1:\\d+ "
                      + "127\\.0\\.0\\.1:\\d+ 127\\.0\\.0\\.1:(\\d+) ")
              .matcher(ready);
      assertThat(m.find()).as(ready).isTrue();
      String spu2 = m.group(2);
      PrintWriter in =
          new PrintWriter(
              new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), true);
      java.nio.file.Path module = java.nio.file.Files.createTempFile("module", ".wasm");
      java.nio.file.Files.write(module, new byte[] {0, 'a', 's', 'm'});
      String[][] dialogue = {
        {"move-leader faults 1 2", "ok move-leader faults-1 from SPU 1 to SPU 2"},
        {"stop-spu 2", "ok stop-spu 2"},
        {"stop-spu 2", "error stop-spu: SPU 2 is already stopped"},
        {"move-leader faults 0 2", "error move-leader: SPU 2 is stopped"},
        {"start-spu 2", "ok start-spu 2 on 127.0.0.1:" + spu2},
        {"  drop-connections  ", "ok drop-connections"},
        {"", null}, // a blank line is not a command: no answer
        {
          "move-leader faults 9 0",
          "error move-leader: topic 'faults' has no partition 9 (it has" + " 2)"
        },
        {"move-leader consumer-offset 0 1", "ok move-leader consumer-offset-0 from SPU 0 to SPU 1"},
        {"move-leader nope 0 0", "error move-leader: no topic 'nope'"},
        {
          "move-leader faults 0",
          "error move-leader: expected 'move-leader TOPIC PARTITION SPU',"
              + " got 2 argument(s): faults 0"
        },
        {"stop-spu x", "error stop-spu: N must be a number from 0, got 'x'"},
        {"start-spu 7", "error start-spu: no SPU 7 (SPUs are numbered 0 to 2)"},
        {
          "drop-connections now",
          "error drop-connections: expected 'drop-connections', got 1" + " argument(s): now"
        },
        {
          "reboot",
          "error reboot: unknown command 'reboot'; commands: move-leader TOPIC "
              + "PARTITION SPU | stop-spu N | start-spu N | drop-connections | add-smartmodule "
              + "GROUP/NAME@VERSION FILE.wasm (SPUs numbered from 0)"
        },
        {
          "add-smartmodule tributary/none@0.1.0 /no/such.wasm",
          "error add-smartmodule: " + "cannot read '/no/such.wasm': /no/such.wasm"
        },
        {
          "add-smartmodule jolt " + module,
          "error add-smartmodule: expected a SmartModule "
              + "name group/name@version like infinyon/jolt@0.4.1, got 'jolt'"
        },
        {
          "add-smartmodule tributary/bytes@0.1.0 " + module,
          "ok add-smartmodule tributary/bytes@0.1.0 (4 bytes)"
        }
      };
      for (String[] exchange : dialogue) {
        in.println(exchange[0]);
        if (exchange[1] != null) {
          assertThat(out.readLine()).as(exchange[0]).isEqualTo(exchange[1]);
        }
      }
      in.close(); // the end of standard input is not a stop
      try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(m.group(1)))) {
        assertThat(client.partitionCount("faults")).isEqualTo(2);
        try (FluvioProducer producer = client.producer("faults")) {
          producer.send(null, "after stdin closed".getBytes(StandardCharsets.UTF_8));
          producer.flush(); // partition 0 or 1: led by SPU 0 and by SPU 2, both running
        }
      }
      assertThat(p.isAlive()).isTrue();
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(143);
    } finally {
      p.destroyForcibly();
    }
  }
}
