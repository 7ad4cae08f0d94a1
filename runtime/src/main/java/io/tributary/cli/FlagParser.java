package io.tributary.cli;

import io.tributary.Direction;
import io.tributary.schema.OptionModel;
import io.tributary.spi.CommonOption;
import io.tributary.spi.CommonOptionTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a well-formed command line — {@code [validate] --name value --name=value --flag …} —
 * without picocli, from the same option names, aliases and kinds the picocli command is built from
 * (the connector's {@link OptionModel}s and {@link CommonOptionTable}). Starting picocli costs more
 * than the rest of {@code validate}, and its classes cannot be kept in a class-data sharing archive
 * (they are compiled for Java 5).
 *
 * <p>It reads only lines whose meaning is beyond doubt and returns {@code null} for everything else
 * — {@code --help}, {@code --version}, short options, an unknown or repeated single option, a
 * missing value, a value that looks like an option, a bare word other than a leading {@code
 * validate}, {@code --}, {@code @file} — which picocli then parses, so help, errors and their
 * messages stay picocli's.
 */
final class FlagParser {
  private static final int SINGLE = 0;
  private static final int REPEATABLE = 1;
  private static final int FLAG = 2;

  /** One option: its name (the key its values are filed under) and how it takes values. */
  private record Spec(String name, int kind) {}

  /**
   * What a command line gives.
   *
   * @param subcommand {@code validate}, or {@code ""} to run the connector
   * @param flags the texts given for each option, in the order the options first appear
   * @param names each name and alias (without {@code --}) to its option's name
   */
  record Parsed(String subcommand, RawArgs flags, Map<String, String> names) {}

  private FlagParser() {}

  /** Parses {@code args}, or returns {@code null} when picocli must (see the class comment). */
  static Parsed parse(List<OptionModel> options, Direction direction, String[] args) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Spec> flags = new HashMap<>();
    for (OptionModel option : options) {
      add(option, option.aliases(), names, flags);
    }
    for (CommonOption row : CommonOptionTable.of(direction)) {
      add(row.model(), row.aliases(), names, flags);
    }
    int start = args.length > 0 && args[0].equals(ConnectorCommand.VALIDATE) ? 1 : 0;
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (int i = start; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        return null;
      }
      int eq = arg.indexOf('=');
      Spec spec = flags.get(eq > 0 ? arg.substring(0, eq) : arg);
      if (spec == null) {
        return null;
      }
      String value;
      if (eq > 0) {
        value = arg.substring(eq + 1);
      } else if (spec.kind() == FLAG) {
        if (i + 1 < args.length && !isOption(args[i + 1], flags)) {
          return null; // picocli may take the next word as the flag's value
        }
        value = "true";
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return null;
      }
      if (!plain(value) || (spec.kind() != REPEATABLE && values.containsKey(spec.name()))) {
        return null;
      }
      List<String> texts = values.get(spec.name());
      if (texts == null) {
        texts = new ArrayList<>();
        values.put(spec.name(), texts);
      }
      texts.add(value);
    }
    RawArgs raw = new RawArgs();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      raw.put(e.getKey(), e.getValue(), null);
    }
    return new Parsed(start == 1 ? ConnectorCommand.VALIDATE : "", raw, names);
  }

  private static void add(
      OptionModel option,
      List<String> aliases,
      Map<String, String> names,
      Map<String, Spec> flags) {
    Spec spec =
        new Spec(
            option.name(),
            option.container().isRepeatable() ? REPEATABLE : option.isFlag() ? FLAG : SINGLE);
    names.put(option.name(), option.name());
    flags.put("--" + option.name(), spec);
    for (String alias : aliases) {
      names.put(alias, option.name());
      flags.put("--" + alias, spec);
    }
  }

  /** Whether picocli would see {@code arg} as an option rather than a value. */
  private static boolean isOption(String arg, Map<String, Spec> flags) {
    int eq = arg.indexOf('=');
    return flags.containsKey(eq > 0 ? arg.substring(0, eq) : arg);
  }

  /**
   * Whether a value means the same to picocli as to us: not empty, not option-like, not an argument
   * file, not a subcommand's name.
   */
  private static boolean plain(String value) {
    return !value.isEmpty()
        && value.charAt(0) != '-'
        && value.charAt(0) != '@'
        && !value.equals(ConnectorCommand.VALIDATE)
        && !value.equals(ConnectorCommand.METADATA);
  }
}
