package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.fluvio.ConsumedRecord;
import io.tributary.testkit.TestCluster;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to a source producing to a cluster: it exits 0 and every record {@code send} accepted
 * before the signal is in the topic, exactly once and in order.
 */
class SignalTest {
  @Test
  void sigtermLosesNothingAcceptedAndDuplicatesNothing() throws Exception {
    try (TestCluster cluster = TestCluster.start()) {
      String java = Path(System.getProperty("java.home"), "bin", "java");
      Process child =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  CountingSource.class.getName(),
                  "--fluvio-topic",
                  "counted",
                  "--fluvio-endpoint",
                  cluster.endpoint(),
                  "--rust-log",
                  "warn")
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      List<Long> accepted = new ArrayList<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = r.readLine()) != null; ) {
                    synchronized (accepted) {
                      accepted.add(Long.parseLong(line.trim()));
                    }
                  }
                  synchronized (accepted) {
                    accepted.add(-1L); // end of output seen
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      reader.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (size(accepted) < 2000 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      child
          .toHandle()
          .destroy(); // SIGTERM (Process.destroy() would also close our end of its pipes)
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
      assertThat(child.exitValue()).isZero();
      assertThat(accepted.remove(accepted.size() - 1))
          .as("the child's output was read to its end")
          .isEqualTo(-1L);
      long last = accepted.get(accepted.size() - 1);
      assertThat(last).isGreaterThanOrEqualTo(2000);

      List<ConsumedRecord> records = cluster.records("counted");
      List<Long> values = records.stream().map(r -> Long.parseLong(r.valueString())).toList();
      // 1..M without a gap or a duplicate, where M is the last number printed, or one more (a
      // record accepted by send just before the signal, whose number was not printed yet).
      assertThat(values.size()).isBetween((int) last, (int) last + 1);
      for (int i = 0; i < values.size(); i++) {
        assertThat(values.get(i)).isEqualTo(i + 1L);
      }
    }
  }

  private static int size(List<Long> list) {
    synchronized (list) {
      return list.size();
    }
  }

  private static String Path(String first, String... more) {
    return String.join(File.separator, first, String.join(File.separator, more));
  }

  @Test
  void sigtermEndsASinkBlockedOnStandardInput() throws Exception {
    String java = Path(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                SinkMain.class.getName(),
                "--fluvio-topic",
                "t",
                "--dry-run",
                "--endpoint",
                "https://x",
                "--header",
                "announce",
                "--rust-log",
                "warn")
            .start();
    // Standard input stays open and empty: the sink waits in a read that ignores interrupts.
    BufferedReader err =
        new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
    for (String line; !"sink running".equals(line = err.readLine()); ) {
      assertThat(line).as("the sink's standard error before it runs").isNotNull();
    }
    long signalled = System.nanoTime();
    child.toHandle().destroy();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - signalled))
        .isLessThan(Shutdown.GRACE.plusSeconds(10));
    child.getOutputStream().close();
  }
}
