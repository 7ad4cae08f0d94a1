package io.tributary.testkit;

import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The fault commands the command-line test cluster reads from standard input, one a line: {@code
 * move-leader TOPIC PARTITION SPU}, {@code stop-spu N}, {@code start-spu N}, {@code
 * drop-connections}. Each answers one line starting {@code ok} or {@code error} (with the reason).
 */
final class FaultCommands {
  static final String HELP =
      "commands: move-leader TOPIC PARTITION SPU | stop-spu N | "
          + "start-spu N | drop-connections | add-smartmodule GROUP/NAME@VERSION FILE.wasm "
          + "(SPUs numbered from 0)";

  private final TestCluster cluster;

  FaultCommands(TestCluster cluster) {
    this.cluster = cluster;
  }

  /** Runs one command line; returns the one-line answer. */
  String run(String line) {
    String[] words = line.trim().split("\\s+");
    try {
      return switch (words[0]) {
        case "move-leader" -> moveLeader(words);
        case "stop-spu" -> {
          int spu = spu(words);
          cluster.stopSpu(spu);
          yield "ok stop-spu " + spu;
        }
        case "start-spu" -> {
          int spu = spu(words);
          cluster.startSpu(spu);
          yield "ok start-spu " + spu + " on 127.0.0.1:" + cluster.spuPort(spu);
        }
        case "add-smartmodule" -> {
          arity(words, 2, "add-smartmodule GROUP/NAME@VERSION FILE.wasm");
          byte[] wasm = read(words[2]);
          cluster.addSmartModule(words[1], wasm);
          yield "ok add-smartmodule " + words[1] + " (" + wasm.length + " bytes)";
        }
        case "drop-connections" -> {
          arity(words, 0, "drop-connections");
          cluster.dropConnections();
          yield "ok drop-connections";
        }
        default ->
            throw new IllegalArgumentException("unknown command '" + words[0] + "'; " + HELP);
      };
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      return "error " + words[0] + ": " + e.getMessage();
    }
  }

  private String moveLeader(String[] words) {
    arity(words, 3, "move-leader TOPIC PARTITION SPU");
    String topic = words[1];
    int partition = number(words[2], "PARTITION");
    int spu = number(words[3], "SPU");
    int previous = cluster.moveLeader(topic, partition, spu);
    return "ok move-leader " + topic + "-" + partition + " from SPU " + previous + " to SPU " + spu;
  }

  /** The bytes of a file given to a command or flag. */
  static byte[] read(String file) {
    try {
      return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read '" + file + "': " + e.getMessage());
    }
  }

  private static int spu(String[] words) {
    arity(words, 1, words[0] + " N");
    return number(words[1], "N");
  }

  private static void arity(String[] words, int arguments, String usage) {
    if (words.length != arguments + 1) {
      throw new IllegalArgumentException(
          "expected '"
              + usage
              + "', got "
              + (words.length - 1)
              + " argument(s): "
              + String.join(" ", Arrays.copyOfRange(words, 1, words.length)));
    }
  }

  private static int number(String value, String name) {
    if (value.matches("[0-9]{1,6}")) {
      return Integer.parseInt(value);
    }
    throw new IllegalArgumentException(name + " must be a number from 0, got '" + value + "'");
  }
}
