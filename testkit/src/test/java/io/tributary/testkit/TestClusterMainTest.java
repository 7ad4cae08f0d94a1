package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command line: ready line, advertised SPU, SIGTERM, bad arguments. */
class TestClusterMainTest {
  private static Process launch(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp",
        System.getProperty("java.class.path"), TestClusterMain.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).start();
  }

  @Test
  void printsReadyServesClientsAndStopsOnSigterm() throws Exception {
    Process p = launch("--port", "0", "--topic", "preset:2");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).contains("ready").contains("not Fluvio");
      Matcher m = Pattern.compile("SC (127\\.0\\.0\\.1:\\d+), SPU 127\\.0\\.0\\.1:(\\d+)")
          .matcher(line);
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
    Process p = launch("--port", "http");
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(err).contains("--port: expected a port number 0-65535, got 'http'")
        .contains("usage:").doesNotContain("Exception");
  }
}
