package io.tributary.cli;

/**
 * Runs the fixture sink as a connector's main would; a child process of the testkit's SignalTest.
 */
public final class SinkMain {
  private SinkMain() {}

  /** Runs the sink. */
  public static void main(String[] args) {
    System.exit(ConnectorRunner.run(new Fixture.SinkDefinition(), args, Console.system()));
  }
}
