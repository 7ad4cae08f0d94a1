package io.tributary.cli;

import io.tributary.schema.ConnectorModel;
import io.tributary.spi.ConnectorDefinition;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds a connector's picocli command: the common options, the connector's own options (added
 * by generated code), and the {@code metadata} and {@code validate} subcommands.
 */
final class ConnectorCommand {
  static final String VALIDATE = "validate";
  static final String METADATA = "metadata";

  private ConnectorCommand() {}

  static CommandLine create(ConnectorDefinition<?> definition) {
    ConnectorModel model = definition.model();
    CommandSpec root = options(definition, CommandSpec.create());
    root.name(model.name()).version(model.name() + " " + model.version());
    root.usageMessage().description(model.description().replace("%", "%%")).sortOptions(false);
    CommandSpec validate = options(definition, CommandSpec.create());
    validate.usageMessage().description(
        "Checks the options (flags and --config) and exits 0 when they are valid, 2 otherwise; "
            + "runs nothing.").sortOptions(false);
    CommandSpec metadata = CommandSpec.create().mixinStandardHelpOptions(true);
    metadata.usageMessage().description(
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
    usage.footerHeading("%nExit codes:%n")
        .footer("  0  done (or stopped by SIGINT/SIGTERM after flushing)",
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
