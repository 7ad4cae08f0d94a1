package io.tributary.cli;

import io.tributary.log.LogConfig;
import io.tributary.spi.ConnectorDefinition;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a connector inside this JVM exactly as its jar's {@code main} would — same options, config
 * file, validation, output and exit codes — on a thread of its own, without ever exiting the JVM.
 * It is what a test uses (the testkit's {@code ConnectorHarness} is built on it) instead of {@link
 * Main}, whose {@code System.exit} would end the test run.
 *
 * <pre>{@code
 * ConnectorLauncher run = ConnectorLauncher.start(new String[] {"--fluvio-topic", "t",
 *     "--dry-run", "--count", "3"}, console);
 * OptionalInt code = run.awaitExit(Duration.ofSeconds(10));   // 0 once the three are written
 * }</pre>
 *
 * <p>{@link #stop()} is what SIGTERM does to the process: the connector's thread is interrupted,
 * what it has sent is flushed, and it exits with 0 (1 if that flush failed). A connector that does
 * not return within 5 seconds of the request is reported as exited with that code; its thread is
 * left running (a real process would have been ended).
 *
 * <p>The connector's standard streams and environment are the {@link Console}'s. Log settings are
 * process-wide: log lines go to the error stream of the connector started last, so run one
 * connector at a time in a JVM whose log lines you read.
 */
public final class ConnectorLauncher {
  private final Thread thread;
  private final Shutdown shutdown;
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();

  private ConnectorLauncher(String name, Run run, Console console) {
    thread = new Thread(() -> body(run, console), "tributary-" + name);
    shutdown = Shutdown.inProcess(thread, exit::complete);
  }

  /**
   * Starts the connector registered in the class path (the one the environment variable {@code
   * TRIBUTARY_CONNECTOR} of {@code console} names, when there are several) with the command-line
   * arguments {@code args}.
   */
  public static ConnectorLauncher start(String[] args, Console console) {
    String selected = console.env().get(Main.SELECT);
    return start("connector", () -> ConnectorRunner.run(selected, args.clone(), console), console);
  }

  /** Starts {@code definition} (a generated {@code Tributary_<Record>} class) with {@code args}. */
  public static ConnectorLauncher start(
      ConnectorDefinition<?> definition, String[] args, Console console) {
    return start(
        definition.model().name(),
        () -> ConnectorRunner.run(definition, args.clone(), console),
        console);
  }

  private interface Run {
    int exitCode();
  }

  private static ConnectorLauncher start(String name, Run run, Console console) {
    ConnectorLauncher launcher = new ConnectorLauncher(name, run, console);
    launcher.thread.start();
    return launcher;
  }

  private void body(Run run, Console console) {
    Shutdown.preset(shutdown);
    int code;
    try {
      code = run.exitCode();
    } catch (RuntimeException | Error e) {
      // A bug, not a user mistake: the trace goes where the process's would.
      console.err().println("error: the connector ended with an unexpected exception");
      e.printStackTrace(new PrintWriter(console.err(), true));
      code = ConnectorRunner.FAILED;
    } finally {
      console.out().flush();
      console.err().flush();
      LogConfig.releaseOutput(console.err());
    }
    exit.complete(code);
  }

  /** Asks the connector to stop, as SIGTERM would; returns at once (see {@link #awaitExit}). */
  public void stop() {
    shutdown.request();
  }

  /** Whether the connector is still running (has no exit code yet). */
  public boolean isRunning() {
    return !exit.isDone();
  }

  /**
   * Waits up to {@code timeout} for the connector to exit.
   *
   * @return its exit code (0 done or stopped, 1 failed at run time, 2 bad options), or empty if it
   *     is still running
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
    try {
      return OptionalInt.of(exit.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return OptionalInt.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The thread the connector runs on (its name is {@code tributary-<connector name>}). */
  public Thread thread() {
    return thread;
  }
}
