package io.tributary.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tributary.Direction;
import io.tributary.schema.OptionType;
import io.tributary.spi.OptionSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The options every connector has (DESIGN §4): their flags and their validation. */
final class CommonOptions {
  static final String TOPIC = "fluvio-topic";
  static final String RUST_LOG = "rust-log";
  static final String FILTER = "filter";
  static final String MAP = "map";
  static final String ARRAYMAP = "arraymap";
  static final String FILTER_MAP = "filter-map";
  static final String TRANSFORM = "transform";
  static final String ENDPOINT = "fluvio-endpoint";
  static final String DRY_RUN = "dry-run";
  static final String CONFIG = "config";
  static final String PARTITION = "fluvio-partition";
  static final String OFFSET_START = "offset-start";
  static final String SMARTMODULE_ERRORS = "smartmodule-errors";
  static final String SMARTMODULE_TIMEOUT = "smartmodule-timeout";
  static final String CREATE_TOPIC = "create-topic";

  private static final List<String> SMARTMODULE_FLAGS = List.of(FILTER, MAP, ARRAYMAP, FILTER_MAP);
  private static final Set<String> TRANSFORM_KEYS = Set.of("uses", "with");

  private CommonOptions() {}

  /** Adds the common options to a command. */
  static void addTo(CommandSpec spec, Direction direction) {
    spec.addOption(text("--" + TOPIC, "<topic>", "Fluvio topic to "
        + (direction == Direction.SOURCE ? "produce to" : "consume from") + " (required)"));
    spec.addOption(text("--" + RUST_LOG, "<filter>",
        "log filter in RUST_LOG syntax, e.g. info or my_target=debug (default: $RUST_LOG, else info)"));
    spec.addOption(text("--" + FILTER, "<file.wasm>", "SmartModule filter to apply"));
    spec.addOption(text("--" + MAP, "<file.wasm>", "SmartModule map to apply"));
    spec.addOption(OptionSpecs.option("--" + ARRAYMAP, "<file.wasm>", OptionSpecs.SINGLE,
        "SmartModule array_map to apply", "--array-map"));
    spec.addOption(text("--" + FILTER_MAP, "<file.wasm>", "SmartModule filter_map to apply"));
    spec.addOption(OptionSpecs.option("--" + TRANSFORM, "<json>", OptionSpecs.REPEATABLE,
        "SmartModule step {\"uses\":\"x.wasm\",\"with\":{\"k\":\"v\"}}; repeatable, "
            + "applied in order"));
    spec.addOption(text("--" + ENDPOINT, "<host:port>",
        "Fluvio cluster (SC) address (default: the current profile of $FLV_PROFILE_PATH or "
            + "~/.fluvio/config)"));
    spec.addOption(flag("--" + DRY_RUN, direction == Direction.SOURCE
        ? "write the records as JSON lines to standard output instead of producing them"
        : "read records as JSON lines from standard input instead of consuming them"));
    spec.addOption(text("--" + SMARTMODULE_ERRORS, "<fail|skip>",
        "on a SmartModule error: fail (flush and exit 1) or skip the record (default: fail)"));
    spec.addOption(text("--" + SMARTMODULE_TIMEOUT, "<duration>",
        "time limit of one SmartModule call (default: 5s)"));
    if (direction == Direction.SOURCE) {
      spec.addOption(flag("--" + CREATE_TOPIC,
          "create the topic (1 partition) when it is missing (default: true)"));
    } else {
      spec.addOption(text("--" + PARTITION, "<n>", "partition to consume (default: 0)"));
      spec.addOption(text("--" + OFFSET_START, "<beginning|end|n>",
          "where to start consuming (default: end)"));
    }
    spec.addOption(text("--" + CONFIG, "<file.yaml>",
        "read options from a YAML file (option names as keys, or the Fluvio CDK layout); "
            + "flags override it"));
  }

  private static OptionSpec text(String name, String label, String description) {
    return OptionSpecs.option(name, label, OptionSpecs.SINGLE, description);
  }

  private static OptionSpec flag(String name, String description) {
    return OptionSpecs.option(name, "<true|false>", OptionSpecs.BOOLEAN_FLAG, description);
  }

  /** Validates the common options, adding every problem to {@code out}. */
  static CommonSettings validate(RawArgs raw, Direction direction, List<Violation> out) {
    String topic = raw.single(TOPIC);
    if (topic == null || topic.isBlank()) {
      out.add(new Violation("--" + TOPIC, "is required, expected a topic name"));
    } else if (!topic.matches("[a-z0-9][a-z0-9-]{0,62}")) {
      out.add(new Violation("--" + TOPIC, "expected a topic name of lowercase letters, digits "
          + "and '-' (at most 63 characters), got '" + topic + "'" + raw.origin(TOPIC)));
    }
    String rustLog = raw.single(RUST_LOG);
    if (rustLog != null) {
      try {
        io.tributary.log.RustLogFilter.parse(rustLog);
      } catch (IllegalArgumentException e) {
        out.add(new Violation("--" + RUST_LOG, e.getMessage() + raw.origin(RUST_LOG)));
      }
    }
    List<CommonSettings.Step> steps = steps(raw, out);
    String endpoint = raw.single(ENDPOINT);
    if (endpoint != null && !endpoint.matches(OptionType.SOCKET_ADDRESS_PATTERN)) {
      out.add(new Violation("--" + ENDPOINT, "expected host:port like localhost:9003, got '"
          + endpoint + "'" + raw.origin(ENDPOINT)));
    }
    boolean dryRun = bool(raw, DRY_RUN, false, out);
    boolean createTopic = direction == Direction.SOURCE && bool(raw, CREATE_TOPIC, true, out);
    boolean skip = smartModuleErrors(raw, out);
    Duration timeout = duration(raw, SMARTMODULE_TIMEOUT, Duration.ofSeconds(5), out);
    int partition = 0;
    String offsetStart = "end";
    if (direction == Direction.SINK) {
      partition = partition(raw, out);
      offsetStart = offsetStart(raw, out);
    }
    return new CommonSettings(topic, rustLog, steps, endpoint, dryRun, partition, offsetStart,
        skip, timeout, createTopic);
  }

  private static boolean bool(RawArgs raw, String name, boolean absent, List<Violation> out) {
    String value = raw.single(name);
    if (value == null) {
      return absent;
    }
    if (!value.equals("true") && !value.equals("false")) {
      out.add(new Violation("--" + name, "expected true or false, got '" + value + "'"
          + raw.origin(name)));
      return absent;
    }
    return Boolean.parseBoolean(value);
  }

  private static boolean smartModuleErrors(RawArgs raw, List<Violation> out) {
    String value = raw.single(SMARTMODULE_ERRORS);
    if (value == null || value.equals("fail")) {
      return false;
    }
    if (!value.equals("skip")) {
      out.add(new Violation("--" + SMARTMODULE_ERRORS, "expected fail or skip, got '" + value
          + "'" + raw.origin(SMARTMODULE_ERRORS)));
    }
    return value.equals("skip");
  }

  private static Duration duration(RawArgs raw, String name, Duration absent,
      List<Violation> out) {
    String value = raw.single(name);
    if (value == null) {
      return absent;
    }
    try {
      Duration d = (Duration) OptionType.DURATION.parse(value, List.of());
      if (d.isZero()) {
        throw new IllegalArgumentException("expected a duration greater than zero");
      }
      return d;
    } catch (IllegalArgumentException e) {
      out.add(new Violation("--" + name, e.getMessage() + ", got '" + value + "'"
          + raw.origin(name)));
      return absent;
    }
  }

  private static int partition(RawArgs raw, List<Violation> out) {
    String value = raw.single(PARTITION);
    if (value == null) {
      return 0;
    }
    if (!value.matches("0|[1-9][0-9]{0,8}")) {
      out.add(new Violation("--" + PARTITION, "expected a partition number (0 or more), got '"
          + value + "'" + raw.origin(PARTITION)));
      return 0;
    }
    return Integer.parseInt(value);
  }

  private static String offsetStart(RawArgs raw, List<Violation> out) {
    String value = raw.single(OFFSET_START);
    if (value == null) {
      return "end";
    }
    if (!value.matches("beginning|end|0|[1-9][0-9]{0,17}")) {
      out.add(new Violation("--" + OFFSET_START, "expected beginning, end or an offset (0 or "
          + "more), got '" + value + "'" + raw.origin(OFFSET_START)));
      return "end";
    }
    return value;
  }

  private static List<CommonSettings.Step> steps(RawArgs raw, List<Violation> out) {
    List<CommonSettings.Step> steps = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (String name : SMARTMODULE_FLAGS) {
      String value = raw.single(name);
      if (value != null) {
        given.add("--" + name);
        Path wasm = wasmFile("--" + name, value, raw.origin(name), out);
        if (wasm != null) {
          steps.add(new CommonSettings.Step(wasm, name.equals(ARRAYMAP) ? "array-map" : name,
              Map.of()));
        }
      }
    }
    if (given.size() > 1) {
      out.add(new Violation(given.get(1), "cannot be combined with " + given.get(0)
          + "; give at most one of --filter, --map, --arraymap, --filter-map (use repeated "
          + "--transform for a chain)"));
    }
    List<String> transforms = raw.get(TRANSFORM);
    if (transforms != null) {
      for (String json : transforms) {
        CommonSettings.Step step = transform(json, raw.origin(TRANSFORM), out);
        if (step != null) {
          steps.add(step);
        }
      }
    }
    return steps;
  }

  private static CommonSettings.Step transform(String json, String origin, List<Violation> out) {
    String expected = "expected {\"uses\":\"file.wasm\",\"with\":{\"name\":\"value\"}}";
    Map<String, Object> step;
    try {
      step = JSON.std.mapFrom(json);
    } catch (IOException | RuntimeException e) {
      out.add(new Violation("--" + TRANSFORM, "is not a JSON object, " + expected + ", got '"
          + json + "'" + origin));
      return null;
    }
    if (step == null || !(step.get("uses") instanceof String uses)
        || !TRANSFORM_KEYS.containsAll(step.keySet())
        || (step.containsKey("with") && !(step.get("with") instanceof Map))) {
      out.add(new Violation("--" + TRANSFORM, expected + ", got '" + json + "'" + origin));
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (step.get("with") instanceof Map<?, ?> with) {
      for (Map.Entry<?, ?> e : with.entrySet()) {
        params.put(String.valueOf(e.getKey()), paramText(e.getValue()));
      }
    }
    Path wasm = wasmFile("--" + TRANSFORM, uses, origin, out);
    return wasm == null ? null : new CommonSettings.Step(wasm, null, params);
  }

  private static String paramText(Object value) {
    if (value instanceof String s) {
      return s;
    }
    try {
      return JSON.std.asString(value);
    } catch (IOException e) {
      return String.valueOf(value);
    }
  }

  private static Path wasmFile(String flag, String value, String origin, List<Violation> out) {
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      out.add(new Violation(flag, "expected a SmartModule .wasm file, but '" + value
          + "' does not exist" + origin));
      return null;
    }
    if (!Files.isReadable(path)) {
      out.add(new Violation(flag, "cannot read '" + value + "'" + origin));
      return null;
    }
    return path;
  }
}
