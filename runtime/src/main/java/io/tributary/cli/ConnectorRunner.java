package io.tributary.cli;

import io.tributary.fluvio.FluvioConfigException;
import io.tributary.fluvio.FluvioException;
import io.tributary.log.JulSetup;
import io.tributary.log.LogConfig;
import io.tributary.log.RustLogFilter;
import io.tributary.log.TributaryLoggerFinder;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.OptionType;
import io.tributary.smartmodule.SmartModuleChain;
import io.tributary.smartmodule.SmartModuleLoadException;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.CommonOptionTable;
import io.tributary.spi.ConnectorDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Runs a connector from its command line: parse, merge the config file, validate everything at
 * once, then run the source or sink. Exit codes: 0 done, 1 failed at run time, 2 bad input.
 */
public final class ConnectorRunner {
  /** Success, or stopped by a signal after flushing. */
  public static final int OK = 0;

  /** The connector failed at run time. */
  public static final int FAILED = 1;

  /** Bad options or configuration; nothing was run. */
  public static final int USAGE = 2;

  private ConnectorRunner() {}

  /**
   * Runs the connector registered in this class path (or the one named {@code selected}).
   *
   * @return the exit code
   */
  public static int run(String selected, String[] args, Console console) {
    // Overlaps the set-up of the first connections with finding the connector and validating its
    // options (see the class).
    NetworkWarmUp.startFor(args);
    ConnectorDefinition<?> definition;
    try {
      definition = find(selected);
    } catch (IllegalStateException e) {
      console.err().println("error: " + e.getMessage());
      return USAGE;
    }
    return run(definition, args, console);
  }

  /** Runs the given connector; returns the exit code. */
  public static <O extends Record> int run(
      ConnectorDefinition<O> definition, String[] args, Console console) {
    ConnectorModel model = definition.model();
    FlagParser.Parsed parsed = FlagParser.parse(model.options(), model.direction(), args);
    if (parsed == null) {
      // Help, version, errors and unusual forms: picocli's parser and messages.
      ConnectorCommand.Outcome outcome = ConnectorCommand.parse(definition, args, console);
      if (outcome.parsed() == null) {
        return outcome.exitCode();
      }
      parsed = outcome.parsed();
    }
    String subcommand = parsed.subcommand();
    if (subcommand.equals(ConnectorCommand.METADATA)) {
      // Reached only when `metadata` is not the first argument (Main serves that case): print
      // the same resource, never a second rendering of the model.
      try {
        return MetadataPrinter.print(
            definition.getClass().getClassLoader(), model.name(), console.out(), console.err());
      } catch (java.io.IOException e) {
        console.err().println("error: cannot read the metadata resource: " + e.getMessage());
        return FAILED;
      }
    }
    List<Violation> violations = new ArrayList<>();
    Collected collected = collect(parsed, model, console, violations);
    RawArgs raw = collected.raw();
    CommonSettings common = CommonOptions.validate(raw, model.direction(), violations);
    Map<String, Object> values = ArgumentValidator.validate(model.options(), raw, violations);
    List<String> secrets = secretValues(model, raw);
    secrets.addAll(collected.secrets().values());
    LogConfig.setSecrets(secrets);
    LogConfig.setOutput(console.err());
    LogConfig.setFormat(common.logFormat());
    RustLogFilter filter = logFilter(common.rustLog(), console.env());
    LogConfig.setFilter(filter);
    for (String w : collected.warnings()) {
      TributaryLoggerFinder.logger("tributary.config").log(System.Logger.Level.WARNING, w);
    }
    if (!violations.isEmpty()) {
      console.err().println(model.name() + ": invalid options (" + violations.size() + "):");
      violations.forEach(v -> console.err().println("  " + LogConfig.mask(v.toString())));
      console.err().println("Try '" + model.name() + " --help' for more information.");
      return USAGE;
    }
    common = common.withTopicConfig(collected.topic());
    try {
      common = SmartModuleNames.resolve(common, console, model.name(), violations);
    } catch (FluvioConfigException e) {
      console.err().println(model.name() + ": " + e.getMessage());
      return USAGE;
    } catch (FluvioException e) {
      console
          .err()
          .println(
              model.name() + ": cannot fetch the SmartModules given by name: " + e.getMessage());
      return FAILED;
    }
    if (!violations.isEmpty()) {
      console.err().println(model.name() + ": invalid options (" + violations.size() + "):");
      violations.forEach(v -> console.err().println("  " + LogConfig.mask(v.toString())));
      return USAGE;
    }
    SmartModuleChain chain;
    try {
      chain = Transforms.load(common);
    } catch (SmartModuleLoadException e) {
      console.err().println(model.name() + ": invalid options (1):");
      console.err().println("  " + new Violation(flagOf(common, e), e.getMessage()));
      return USAGE;
    }
    if (subcommand.equals(ConnectorCommand.VALIDATE)) {
      if (chain != null) {
        chain.close();
      }
      console.out().println(model.name() + ": options are valid");
      return OK;
    }
    JulSetup.install(filter.anyVerbose());
    if (chain != null) {
      chain
          .warnings()
          .forEach(
              w ->
                  TributaryLoggerFinder.logger("tributary.smartmodule")
                      .log(System.Logger.Level.WARNING, w));
    }
    Telemetry telemetry;
    try {
      telemetry = Telemetry.start(model, common, console.env());
    } catch (java.io.UncheckedIOException e) {
      if (chain != null) {
        chain.close();
      }
      console.err().println(model.name() + ": invalid options (1):");
      console
          .err()
          .println(
              "  "
                  + new Violation(
                      "--" + CommonOptionTable.METRICS_ADDRESS,
                      "cannot listen on "
                          + raw.single(CommonOptionTable.METRICS_ADDRESS)
                          + ": "
                          + e.getMessage()
                          + "; expected a free local host:port"
                          + raw.origin(CommonOptionTable.METRICS_ADDRESS)));
      return USAGE;
    }
    try (telemetry) {
      O bound = definition.bind(new BoundOptions(values));
      return new ConnectorExecution<>(definition, bound, common, chain, console, telemetry).run();
    }
  }

  private static String flagOf(CommonSettings common, SmartModuleLoadException e) {
    return common.steps().stream()
        .filter(s -> s.wasm().equals(e.module()))
        .map(Transforms::flag)
        .findFirst()
        .orElse("--transform");
  }

  /** The texts given for secret options, and the passwords in URLs among them. */
  private static List<String> secretValues(ConnectorModel model, RawArgs raw) {
    List<String> values = new ArrayList<>();
    for (io.tributary.schema.OptionModel option : model.options()) {
      List<String> texts = option.secret() ? raw.get(option.name()) : null;
      if (texts == null) {
        continue;
      }
      for (String text : texts) {
        values.add(text);
        int at = text.indexOf('@');
        int scheme = text.indexOf("://");
        if (scheme > 0 && at > scheme) {
          String userInfo = text.substring(scheme + 3, at);
          int colon = userInfo.indexOf(':');
          values.add(colon >= 0 ? userInfo.substring(colon + 1) : userInfo);
        }
        int password = text.indexOf("password=");
        if (password >= 0) {
          int end = text.indexOf('&', password);
          values.add(text.substring(password + 9, end < 0 ? text.length() : end));
        }
      }
    }
    return values;
  }

  /** The filter of {@code --rust-log} (when valid), else of {@code RUST_LOG}. */
  private static RustLogFilter logFilter(String rustLog, Map<String, String> env) {
    if (rustLog != null) {
      try {
        return RustLogFilter.parse(rustLog);
      } catch (IllegalArgumentException e) {
        // reported as a violation of --rust-log
      }
    }
    return envFilter(env);
  }

  private static RustLogFilter envFilter(Map<String, String> env) {
    String spec = env.get("RUST_LOG");
    RustLogFilter filter = RustLogFilter.orDefaults(spec);
    if (spec != null && !spec.isBlank() && filter == RustLogFilter.defaults()) {
      TributaryLoggerFinder.logger(ConnectorRunner.class.getName())
          .log(
              System.Logger.Level.WARNING,
              "ignoring RUST_LOG='"
                  + spec
                  + "': expected level, target or target=level directives");
    }
    return filter;
  }

  /**
   * What the command line and its config file give.
   *
   * @param raw the values given by flags, laid over those of the config file
   * @param secrets where the config file's secrets came from, with the values read
   * @param warnings the config file's ignored keys
   * @param topic the config file's topic configuration, or {@code null}
   */
  private record Collected(
      RawArgs raw, SecretStore secrets, List<String> warnings, TopicConfig topic) {}

  private static Collected collect(
      FlagParser.Parsed parsed, ConnectorModel model, Console console, List<Violation> out) {
    RawArgs flags = parsed.flags();
    String secretsFile = flags.single(CommonOptionTable.SECRETS);
    SecretStore secrets =
        secretsFile == null
            ? SecretStore.environment(console.env())
            : SecretStore.file(Path.of(secretsFile), out);
    String config = flags.single(CommonOptions.CONFIG);
    if (config == null) {
      return new Collected(flags, secrets, List.of(), null);
    }
    ConfigFile file =
        ConfigFile.load(Path.of(config), configKeys(parsed.names(), model), secrets, out);
    return new Collected(file.values().overriddenBy(flags), secrets, file.warnings(), file.topic());
  }

  /** The keys a config file may use: option names and aliases, and which take durations. */
  private static ConfigFile.Keys configKeys(Map<String, String> names, ConnectorModel model) {
    Set<String> durations = new HashSet<>();
    model.options().stream()
        .filter(o -> o.type() == OptionType.DURATION)
        .forEach(o -> durations.add(o.name()));
    CommonOptionTable.ROWS.stream()
        .filter(r -> r.model().type() == OptionType.DURATION)
        .forEach(r -> durations.add(r.name()));
    return new ConfigFile.Keys(names, durations);
  }

  /** The connector registered in the class path, or the one named {@code selected}. */
  static ConnectorDefinition<?> find(String selected) {
    List<ConnectorDefinition<?>> found = new ArrayList<>();
    for (ConnectorDefinition<?> d : ServiceLoader.load(ConnectorDefinition.class)) {
      if (selected == null || d.model().name().equals(selected)) {
        found.add(d);
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new IllegalStateException(
          selected == null
              ? "no connector in the class path (was the Tributary annotation processor run?)"
              : "no connector named '" + selected + "' in the class path");
    }
    throw new IllegalStateException(
        "several connectors in the class path ("
            + String.join(", ", found.stream().map(d -> d.model().name()).toList())
            + "); choose one with the environment variable "
            + Main.SELECT);
  }
}
