package io.tributary.cli;

import static io.tributary.spi.CommonOptionTable.ARRAYMAP;
import static io.tributary.spi.CommonOptionTable.BYTE_SIZE_FORM;
import static io.tributary.spi.CommonOptionTable.CONSUMER_ID;
import static io.tributary.spi.CommonOptionTable.CONSUMER_MAX_BYTES;
import static io.tributary.spi.CommonOptionTable.CREATE_TOPIC;
import static io.tributary.spi.CommonOptionTable.DEAD_LETTER_TOPIC;
import static io.tributary.spi.CommonOptionTable.DRY_RUN;
import static io.tributary.spi.CommonOptionTable.ENDPOINT;
import static io.tributary.spi.CommonOptionTable.FILTER;
import static io.tributary.spi.CommonOptionTable.FILTER_MAP;
import static io.tributary.spi.CommonOptionTable.LOG_FORMAT;
import static io.tributary.spi.CommonOptionTable.MAP;
import static io.tributary.spi.CommonOptionTable.METRICS_ADDRESS;
import static io.tributary.spi.CommonOptionTable.OFFSET_FLUSH;
import static io.tributary.spi.CommonOptionTable.OFFSET_START;
import static io.tributary.spi.CommonOptionTable.OFFSET_STRATEGY;
import static io.tributary.spi.CommonOptionTable.ON_RECORD_ERROR;
import static io.tributary.spi.CommonOptionTable.PARTITION;
import static io.tributary.spi.CommonOptionTable.PRODUCER_BATCH_SIZE;
import static io.tributary.spi.CommonOptionTable.PRODUCER_COMPRESSION;
import static io.tributary.spi.CommonOptionTable.PRODUCER_LINGER;
import static io.tributary.spi.CommonOptionTable.RETRY_BACKOFF;
import static io.tributary.spi.CommonOptionTable.RETRY_MAX;
import static io.tributary.spi.CommonOptionTable.RUST_LOG;
import static io.tributary.spi.CommonOptionTable.SMARTMODULE_ERRORS;
import static io.tributary.spi.CommonOptionTable.SMARTMODULE_TIMEOUT;
import static io.tributary.spi.CommonOptionTable.TOPIC;
import static io.tributary.spi.CommonOptionTable.TRANSFORM;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tributary.Direction;
import io.tributary.fluvio.ByteSize;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.log.LogConfig;
import io.tributary.log.RustLogFilter;
import io.tributary.schema.Container;
import io.tributary.schema.Durations;
import io.tributary.schema.ValueChecker;
import io.tributary.smartmodule.Lookback;
import io.tributary.spi.CommonOption;
import io.tributary.spi.CommonOptionTable;
import io.tributary.spi.OptionSpecs;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options every connector has, from {@link CommonOptionTable}: their flags, and their
 * conversion and validation into {@link CommonSettings} (docs/cli.md).
 */
final class CommonOptions {
  static final String CONFIG = CommonOptionTable.CONFIG;

  private static final List<String> SMARTMODULE_FLAGS = List.of(FILTER, MAP, ARRAYMAP, FILTER_MAP);

  /** The keys of a {@code --transform} step. */
  static final List<String> TRANSFORM_KEYS = List.of("uses", "with", "lookback");

  private static final Pattern TOPIC_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern PARTITION_NUMBER = Pattern.compile("0|[1-9][0-9]{0,8}");
  private static final Pattern OFFSET =
      Pattern.compile("beginning|end|0|[1-9][0-9]{0,17}|(beginning\\+|end-)(0|[1-9][0-9]{0,8})");
  private static final Pattern CONSUMER_ID_FORM =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,254}");

  private CommonOptions() {}

  /** Adds the common options of a direction to a command. */
  static void addTo(CommandSpec spec, Direction direction) {
    for (CommonOption row : CommonOptionTable.of(direction)) {
      int kind =
          row.model().isFlag()
              ? OptionSpecs.BOOLEAN_FLAG
              : row.model().container() == Container.LIST
                  ? OptionSpecs.REPEATABLE
                  : OptionSpecs.SINGLE;
      String[] aliases = row.aliases().stream().map(a -> "--" + a).toArray(String[]::new);
      spec.addOption(
          OptionSpecs.option(
              row.flag(), row.label(), kind, row.help().replace("%", "%%"), aliases));
    }
  }

  /** Validates the common options, adding every problem to {@code out}. */
  static CommonSettings validate(RawArgs raw, Direction direction, List<Violation> out) {
    Values v = new Values(raw, out);
    for (CommonOption row : CommonOptionTable.of(direction)) {
      v.check(row);
    }
    String topic = v.string(TOPIC);
    checkTopicName(v, TOPIC, topic);
    String rustLog = v.string(RUST_LOG);
    if (rustLog != null) {
      try {
        RustLogFilter.parse(rustLog);
      } catch (IllegalArgumentException e) {
        v.problem(RUST_LOG, e.getMessage());
      }
    }
    List<CommonSettings.Step> steps = steps(raw, v);
    InetSocketAddress address = (InetSocketAddress) v.value(ENDPOINT);
    String endpoint = address == null ? null : raw.single(ENDPOINT);
    Duration timeout = positive(v, SMARTMODULE_TIMEOUT);
    CommonSettings.Consumer consumer = direction == Direction.SINK ? consumer(v) : null;
    CommonSettings.Producer producer = direction == Direction.SOURCE ? producer(v) : null;
    String format = v.string(LOG_FORMAT);
    return new CommonSettings(
        topic,
        rustLog,
        steps,
        endpoint,
        v.bool(DRY_RUN),
        recordErrors(v, topic),
        timeout,
        direction == Direction.SOURCE && v.bool(CREATE_TOPIC),
        consumer,
        producer,
        format == null
            ? LogConfig.Format.TEXT
            : LogConfig.Format.valueOf(format.toUpperCase(Locale.ROOT)),
        (InetSocketAddress) v.value(METRICS_ADDRESS),
        null);
  }

  /**
   * {@code --on-record-error} and its options; the deprecated {@code --smartmodule-errors} (fail:
   * halt, skip: discard) counts when {@code --on-record-error} is not given.
   */
  private static CommonSettings.RecordErrors recordErrors(Values v, String topic) {
    String policy = v.string(ON_RECORD_ERROR);
    if (!v.given(ON_RECORD_ERROR) && v.string(SMARTMODULE_ERRORS) != null) {
      policy = v.string(SMARTMODULE_ERRORS).equals("skip") ? "discard" : "halt";
    }
    CommonSettings.RecordErrors.Policy chosen =
        policy == null
            ? CommonSettings.RecordErrors.Policy.HALT
            : CommonSettings.RecordErrors.Policy.valueOf(policy.toUpperCase(Locale.ROOT));
    Number max = (Number) v.value(RETRY_MAX);
    int retryMax = max == null ? 0 : max.intValue();
    if (max != null && retryMax < 0) {
      v.problem(RETRY_MAX, "expected 0 or more, got '" + v.raw.single(RETRY_MAX) + "'");
    } else if (chosen == CommonSettings.RecordErrors.Policy.RETRY && max != null && retryMax == 0) {
      v.problem(
          RETRY_MAX,
          "must be at least 1 with --"
              + ON_RECORD_ERROR
              + " retry (0 retries "
              + "is --"
              + ON_RECORD_ERROR
              + " halt or discard), got '0'");
    }
    Duration backoff = positive(v, RETRY_BACKOFF);
    String deadLetter = v.string(DEAD_LETTER_TOPIC);
    if (!checkTopicName(v, DEAD_LETTER_TOPIC, deadLetter)) {
      return new CommonSettings.RecordErrors(chosen, retryMax, backoff, null);
    } else if (deadLetter != null && deadLetter.equals(topic)) {
      v.problem(
          DEAD_LETTER_TOPIC,
          "must differ from --"
              + TOPIC
              + " (records that fail would "
              + "be read or produced again), got '"
              + deadLetter
              + "'");
    }
    return new CommonSettings.RecordErrors(
        chosen, retryMax, backoff == null ? Duration.ofSeconds(1) : backoff, deadLetter);
  }

  /** Whether a topic option is absent or a valid name (else a problem is reported). */
  private static boolean checkTopicName(Values v, String flag, String topic) {
    if (topic != null && !TOPIC_NAME.matcher(topic).matches()) {
      v.problem(
          flag,
          "expected a topic name of lowercase letters, digits and '-' (at most 63 "
              + "characters), got '"
              + topic
              + "'");
      return false;
    }
    return true;
  }

  private static CommonSettings.Producer producer(Values v) {
    String codec = v.string(PRODUCER_COMPRESSION);
    return new CommonSettings.Producer(
        codec == null ? null : Compression.parse(codec),
        (Duration) v.value(PRODUCER_LINGER),
        byteSize(v, PRODUCER_BATCH_SIZE));
  }

  /** A byte size option's value, at least 1 byte and at most 2 GiB - 1 (a 32-bit count). */
  private static int byteSize(Values v, String name) {
    String text = v.string(name);
    try {
      long bytes = ByteSize.parse(text);
      if (bytes < 1 || bytes > Integer.MAX_VALUE) {
        v.problem(
            name,
            "expected from 1 byte to 2 GiB (2147483647 bytes), got '"
                + text
                + "' ("
                + bytes
                + " bytes)");
        return 1;
      }
      return (int) bytes;
    } catch (IllegalArgumentException e) {
      v.problem(name, "expected " + BYTE_SIZE_FORM + ", got '" + text + "'");
      return 1;
    }
  }

  private static CommonSettings.Consumer consumer(Values v) {
    List<Integer> partitions = new ArrayList<>();
    List<?> given = (List<?>) v.value(PARTITION);
    boolean all = false;
    for (Object item : given == null ? List.of() : given) {
      String text = (String) item;
      if (text.equals("all")) {
        all = true;
      } else if (PARTITION_NUMBER.matcher(text).matches()) {
        if (!partitions.contains(Integer.parseInt(text))) {
          partitions.add(Integer.parseInt(text));
        }
      } else {
        v.problem(PARTITION, "expected a partition number (0 or more) or all, got '" + text + "'");
      }
    }
    if (all && !partitions.isEmpty()) {
      v.problem(PARTITION, "all cannot be combined with partition numbers");
    }
    String start = v.string(OFFSET_START);
    if (start != null && !OFFSET.matcher(start).matches()) {
      v.problem(
          OFFSET_START,
          "expected beginning, end, an offset (0 or more), beginning+N or "
              + "end-N, got '"
              + start
              + "'");
    }
    String id = v.string(CONSUMER_ID);
    if (id != null && !CONSUMER_ID_FORM.matcher(id).matches()) {
      v.problem(
          CONSUMER_ID,
          "expected a consumer id of letters, digits, '_', '.' and '-' "
              + "(at most 255 characters, starting with a letter or digit), got '"
              + id
              + "'");
    }
    String strategy = v.string(OFFSET_STRATEGY);
    if (strategy == null && id == null) {
      strategy = "none";
    } else if (strategy != null && !strategy.equals("none") && id == null) {
      v.problem(
          OFFSET_STRATEGY,
          strategy
              + " needs --"
              + CONSUMER_ID
              + " (the id the "
              + "cluster stores offsets under); give one, or use --offset-strategy none");
    }
    Duration flush = positive(v, OFFSET_FLUSH);
    return new CommonSettings.Consumer(
        partitions, start, id, strategy, flush, byteSize(v, CONSUMER_MAX_BYTES));
  }

  private static Duration positive(Values v, String name) {
    Duration d = (Duration) v.value(name);
    if (d != null && d.isZero()) {
      v.problem(name, "expected a duration greater than zero, got '" + v.raw.single(name) + "'");
    }
    return d;
  }

  /** The checked values of the rows, and the problems found, naming each flag. */
  private static final class Values {
    private final RawArgs raw;
    private final List<Violation> out;
    private final Map<String, Object> values = new LinkedHashMap<>();

    Values(RawArgs raw, List<Violation> out) {
      this.raw = raw;
      this.out = out;
    }

    void check(CommonOption row) {
      ValueChecker.Result result = ValueChecker.check(row.model(), raw.get(row.name()));
      for (ValueChecker.Problem p : result.problems()) {
        String message = p.message();
        if (row.expected() != null && p.got() == null && message.startsWith("is required")) {
          message = "is required, expected " + row.expected();
        } else if (p.got() != null) {
          message += ", got '" + p.got() + "'";
        }
        problem(row.name(), message);
      }
      Object value = result.value();
      values.put(row.name(), value instanceof java.util.Optional<?> o ? o.orElse(null) : value);
    }

    Object value(String name) {
      return values.get(name);
    }

    String string(String name) {
      return (String) values.get(name);
    }

    boolean bool(String name) {
      return Boolean.TRUE.equals(values.get(name));
    }

    boolean given(String name) {
      return raw.get(name) != null;
    }

    void problem(String name, String message) {
      out.add(new Violation("--" + name, message + raw.origin(name)));
    }
  }

  private static List<CommonSettings.Step> steps(RawArgs raw, Values v) {
    List<CommonSettings.Step> steps = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (String name : SMARTMODULE_FLAGS) {
      String value = v.string(name);
      if (value != null) {
        given.add("--" + name);
        String kind = name.equals(ARRAYMAP) ? "array-map" : name;
        if (byName(value)) {
          steps.add(new CommonSettings.Step(null, kind, Map.of(), value));
          continue;
        }
        Path wasm = wasmFile(name, value, v);
        if (wasm != null) {
          steps.add(new CommonSettings.Step(wasm, kind, Map.of()));
        }
      }
    }
    if (given.size() > 1) {
      v.out.add(
          new Violation(
              given.get(1),
              "cannot be combined with "
                  + given.get(0)
                  + "; give at most one of --filter, --map, --arraymap, --filter-map (use repeated "
                  + "--transform for a chain)"));
    }
    List<String> transforms = raw.get(TRANSFORM);
    if (transforms != null) {
      for (String json : transforms) {
        CommonSettings.Step step = transform(json, v);
        if (step != null) {
          steps.add(step);
        }
      }
    }
    return steps;
  }

  private static CommonSettings.Step transform(String json, Values v) {
    String expected =
        "expected {\"uses\":\"file.wasm\",\"with\":{\"name\":\"value\"},"
            + "\"lookback\":{\"last\":N,\"age\":\"1h\"}} (with and lookback optional)";
    Map<String, Object> step;
    try {
      step = JSON.std.mapFrom(json);
    } catch (IOException | RuntimeException e) {
      v.problem(TRANSFORM, "is not a JSON object, " + expected + ", got '" + json + "'");
      return null;
    }
    if (step == null
        || !(step.get("uses") instanceof String uses)
        || !TRANSFORM_KEYS.containsAll(step.keySet())
        || (step.containsKey("with") && !(step.get("with") instanceof Map))) {
      v.problem(TRANSFORM, expected + ", got '" + json + "'");
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (step.get("with") instanceof Map<?, ?> with) {
      for (Map.Entry<?, ?> e : with.entrySet()) {
        params.put(String.valueOf(e.getKey()), paramText(e.getValue()));
      }
    }
    Lookback lookback = null;
    if (step.containsKey("lookback")) {
      lookback = lookback(step.get("lookback"), uses, v);
      if (lookback == null) {
        return null;
      }
    }
    if (byName(uses)) {
      return new CommonSettings.Step(null, null, params, uses, lookback);
    }
    Path wasm = wasmFile(TRANSFORM, uses, v);
    return wasm == null ? null : new CommonSettings.Step(wasm, null, params, null, lookback);
  }

  /**
   * A step's {@code lookback: {last: N, age: DURATION}} (both optional, as in the CDK: last 0 and
   * no age reads nothing); {@code age} humantime ({@code 1h}, {@code 30m}) or serde's {@code {secs,
   * nanos}}.
   */
  private static Lookback lookback(Object value, String uses, Values v) {
    String expected =
        "the lookback of "
            + uses
            + " should be {last: N, age: DURATION} "
            + "(N a whole number of records per partition, DURATION like 1h or 30m; both optional)";
    if (!(value instanceof Map<?, ?> map) || !Set.of("last", "age").containsAll(map.keySet())) {
      v.problem(TRANSFORM, expected + ", got " + value);
      return null;
    }
    Object last = map.get("last") == null ? 0L : map.get("last");
    if (!(last instanceof Number n) || n.longValue() < 0 || n.doubleValue() != n.longValue()) {
      v.problem(TRANSFORM, expected + "; last is " + last);
      return null;
    }
    Duration age = null;
    Object ageValue = map.get("age");
    if (ageValue instanceof Map<?, ?> serde
        && serde.get("secs") instanceof Number secs
        && Set.of("secs", "nanos").containsAll(serde.keySet())) {
      age =
          Duration.ofSeconds(
              secs.longValue(), serde.get("nanos") instanceof Number nanos ? nanos.longValue() : 0);
    } else if (ageValue != null) {
      try {
        age = Durations.parse(String.valueOf(ageValue).replace(" ", ""));
      } catch (RuntimeException e) {
        age = null;
      }
      if (age == null || age.isZero() || age.isNegative()) {
        v.problem(TRANSFORM, expected + "; age is '" + ageValue + "'");
        return null;
      }
    }
    return new Lookback(n.longValue(), age);
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

  /** Whether a SmartModule is given by name (fetched from the cluster), not as a file. */
  private static boolean byName(String value) {
    return !Files.exists(Path.of(value)) && SmartModuleNames.isName(value);
  }

  private static Path wasmFile(String name, String value, Values v) {
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      v.problem(
          name,
          "expected a SmartModule .wasm file or a name group/name@version of the "
              + "cluster's SmartModules, but '"
              + value
              + "' does not exist");
      return null;
    }
    if (!Files.isReadable(path)) {
      v.problem(name, "cannot read '" + value + "'");
      return null;
    }
    return path;
  }
}
