package io.tributary.cli;

import io.tributary.schema.ConnectorModel;
import io.tributary.spi.ConnectorDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Builds a connector's picocli command: the common options, the connector's own options (added by
 * generated code), and the {@code metadata} and {@code validate} subcommands.
 */
final class ConnectorCommand {
  static final String VALIDATE = "validate";
  static final String METADATA = "metadata";

  private ConnectorCommand() {}

  /**
   * What picocli made of a command line: the options given, or, when the line asked for help or the
   * version or was wrong, the exit code after picocli's text was printed.
   *
   * @param parsed the options and subcommand, or {@code null} when there is nothing to run
   * @param exitCode the exit code when {@code parsed} is {@code null}
   */
  record Outcome(FlagParser.Parsed parsed, int exitCode) {}

  /** Parses {@code args} with picocli, printing help, the version or the error itself. */
  static Outcome parse(ConnectorDefinition<?> definition, String[] args, Console console) {
    ConnectorModel model = definition.model();
    ParseResult parsed;
    try {
      parsed = create(definition).parseArgs(args);
    } catch (ParameterException e) {
      console.err().println(model.name() + ": " + e.getMessage());
      console.err().println("Try '" + model.name() + " --help' for more information.");
      return new Outcome(null, ConnectorRunner.USAGE);
    }
    ParseResult options = parsed.hasSubcommand() ? parsed.subcommand() : parsed;
    if (options.isUsageHelpRequested()) {
      options.commandSpec().commandLine().usage(console.out());
      return new Outcome(null, ConnectorRunner.OK);
    }
    if (options.isVersionHelpRequested()) {
      console.out().println(model.name() + " " + model.version());
      return new Outcome(null, ConnectorRunner.OK);
    }
    RawArgs flags = new RawArgs();
    for (OptionSpec option : options.matchedOptions()) {
      Object value = option.getValue();
      List<String> texts = new ArrayList<>();
      if (value instanceof List<?> list) {
        list.forEach(v -> texts.add(String.valueOf(v)));
      } else if (value != null) {
        texts.add(String.valueOf(value));
      }
      flags.put(key(option), texts, null);
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (OptionSpec option : options.commandSpec().options()) {
      if (!option.usageHelp() && !option.versionHelp()) {
        for (String name : option.names()) {
          names.put(name.replaceFirst("^--?", ""), key(option));
        }
      }
    }
    String subcommand = parsed.hasSubcommand() ? options.commandSpec().name() : "";
    return new Outcome(new FlagParser.Parsed(subcommand, flags, names), ConnectorRunner.OK);
  }

  static CommandLine create(ConnectorDefinition<?> definition) {
    ConnectorModel model = definition.model();
    CommandSpec root = options(definition, CommandSpec.create());
    root.name(model.name()).version(model.name() + " " + model.version());
    root.usageMessage().description(model.description().replace("%", "%%")).sortOptions(false);
    CommandSpec validate = options(definition, CommandSpec.create());
    validate
        .usageMessage()
        .description(
            "Checks the options (flags and --config) and exits 0 when they are valid, 2 otherwise; "
                + "runs nothing.")
        .sortOptions(false);
    CommandSpec metadata = CommandSpec.create().mixinStandardHelpOptions(true);
    metadata
        .usageMessage()
        .description(
            "Prints the connector's metadata (name, direction, JSON Schema of its options, version, "
                + "description) as one line of JSON.");
    CommandLine line = new CommandLine(root);
    line.addSubcommand(VALIDATE, new CommandLine(validate));
    line.addSubcommand(METADATA, new CommandLine(metadata));
    line.setOverwrittenOptionsAllowed(false);
    return line;
  }

  private static CommandSpec options(ConnectorDefinition<?> definition, CommandSpec spec) {
    spec.mixinStandardHelpOptions(true);
    definition.addOptions(spec);
    CommonOptions.addTo(spec, definition.model().direction());
    UsageMessageSpec usage = spec.usageMessage();
    usage
        .footerHeading("%nExit codes:%n")
        .footer(
            "  0  done (or stopped by SIGINT/SIGTERM after flushing)",
            "  1  the connector failed at run time",
            "  2  bad options or configuration");
    return spec;
  }

  /** The option names (without {@code --}) a command accepts, for config-file keys. */
  static List<String> optionNames(CommandSpec spec) {
    return spec.options().stream()
        .filter(o -> !o.usageHelp() && !o.versionHelp())
        .map(ConnectorCommand::key)
        .toList();
  }

  /**
   * The option name a flag's values are filed under: its first name (the one {@link
   * io.tributary.spi.OptionSpecs#option} is given before any alias) without {@code --}.
   */
  static String key(OptionSpec option) {
    return option.names()[0].replaceFirst("^--?", "");
  }
}
