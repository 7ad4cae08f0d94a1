package io.tributary.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher's deferred bridge, in a fresh JVM each (this one's {@code java.util.logging} has
 * started already): records logged through {@code java.util.logging} still go through the bridge,
 * with the fine levels {@code install} asked for, whether it starts after {@code install} or
 * before.
 */
class JulSetupTest {
  /** The child JVM: defers, installs (with args[0] as verbose), logs through JUL. */
  public static final class Child {
    public static void main(String[] args) {
      JulSetup.defer();
      boolean julFirst = args[1].equals("jul-first");
      if (julFirst) {
        java.util.logging.Logger.getLogger("lib").info("before install");
      }
      LogConfig.setFilter(RustLogFilter.parse("debug"));
      JulSetup.install(Boolean.parseBoolean(args[0]));
      java.util.logging.Logger lib = java.util.logging.Logger.getLogger("lib");
      lib.info("info from jul");
      lib.fine("fine from jul");
      System.err.println("handlers " + java.util.logging.Logger.getLogger("").getHandlers().length);
    }
  }

  private static List<String> run(String verbose, String order)
      throws IOException, InterruptedException {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                verbose,
                order)
            .redirectErrorStream(true)
            .start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  /** Whether a line of the child's output is the bridge's line for {@code text}. */
  private static boolean bridged(List<String> lines, String level, String text) {
    return lines.stream().anyMatch(l -> l.endsWith(level + " lib: " + text));
  }

  @Test
  void julStartingAfterInstallGetsTheBridgeWithItsLevels() throws Exception {
    List<String> quiet = run("false", "install-first");
    assertThat(bridged(quiet, " INFO", "info from jul")).as("%s", quiet).isTrue();
    assertThat(quiet).noneMatch(l -> l.contains("fine from jul")).contains("handlers 1");
    List<String> verbose = run("true", "install-first");
    assertThat(bridged(verbose, "DEBUG", "fine from jul")).as("%s", verbose).isTrue();
  }

  @Test
  void julStartingBeforeInstallIsBridgedAndInstallStillApplies() throws Exception {
    List<String> lines = run("true", "jul-first");
    assertThat(bridged(lines, " INFO", "before install")).as("%s", lines).isTrue();
    assertThat(bridged(lines, "DEBUG", "fine from jul")).as("%s", lines).isTrue();
    // one handler, the bridge: never JUL's own console format
    assertThat(lines).contains("handlers 1").noneMatch(l -> l.startsWith("INFO: "));
  }
}
