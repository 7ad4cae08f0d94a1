package io.tributary.spi;

import static io.tributary.Direction.SINK;
import static io.tributary.Direction.SOURCE;

import io.tributary.Direction;
import io.tributary.schema.Container;
import io.tributary.schema.OptionModel;
import io.tributary.schema.OptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The options every connector has, as data: one row per option (see docs/cli.md). The help text,
 * the names no connector option may take ({@link ReservedNames}), the CDK config keys and the
 * values' conversion all come from these rows, so adding a common option is one row here (and one
 * field where the runtime reads it).
 */
public final class CommonOptionTable {
  public static final String TOPIC = "fluvio-topic";
  public static final String RUST_LOG = "rust-log";
  public static final String FILTER = "filter";
  public static final String MAP = "map";
  public static final String ARRAYMAP = "arraymap";
  public static final String FILTER_MAP = "filter-map";
  public static final String TRANSFORM = "transform";
  public static final String ENDPOINT = "fluvio-endpoint";
  public static final String DRY_RUN = "dry-run";
  public static final String SMARTMODULE_ERRORS = "smartmodule-errors";
  public static final String SMARTMODULE_TIMEOUT = "smartmodule-timeout";
  public static final String CREATE_TOPIC = "create-topic";
  public static final String PARTITION = "fluvio-partition";
  public static final String OFFSET_START = "offset-start";
  public static final String CONSUMER_ID = "consumer-id";
  public static final String OFFSET_STRATEGY = "offset-strategy";
  public static final String OFFSET_FLUSH = "offset-flush";
  public static final String PRODUCER_COMPRESSION = "producer-compression";
  public static final String PRODUCER_LINGER = "producer-linger";
  public static final String PRODUCER_BATCH_SIZE = "producer-batch-size";
  public static final String CONSUMER_MAX_BYTES = "consumer-max-bytes";
  public static final String CONFIG = "config";
  public static final String SECRETS = "secrets";

  /** What a byte size looks like (the CDK's {@code bytesize} form), for messages. */
  public static final String BYTE_SIZE_FORM =
      "a byte size like 16384, 16kb, 1mb, 1.5MiB or \"44.0 MB\"";

  public static final String LOG_FORMAT = "log-format";
  public static final String METRICS_ADDRESS = "metrics-address";
  public static final String ON_RECORD_ERROR = "on-record-error";
  public static final String RETRY_MAX = "retry-max";
  public static final String RETRY_BACKOFF = "retry-backoff";
  public static final String DEAD_LETTER_TOPIC = "dead-letter-topic";

  private static final Set<Direction> BOTH = Set.of(SOURCE, SINK);
  private static final Set<Direction> SOURCES = Set.of(SOURCE);
  private static final Set<Direction> SINKS = Set.of(SINK);

  /** Every common option, in the order {@code --help} lists them. */
  public static final List<CommonOption> ROWS =
      List.of(
          row(
              OptionModel.builder(TOPIC, OptionType.STRING)
                  .description(
                      "Fluvio topic to produce to "
                          + "(sources) or consume from (sinks) (required)")
                  .build(),
              "<topic>",
              "a topic name",
              BOTH,
              "meta.topic"),
          row(
              text(
                      RUST_LOG,
                      "log filter in RUST_LOG syntax, e.g. info or my_target=debug "
                          + "(default: $RUST_LOG, else info)")
                  .build(),
              "<filter>",
              "a RUST_LOG filter like info or my_target=debug",
              BOTH,
              null),
          row(wasm(FILTER, "SmartModule filter to apply"), "<file.wasm>", null, BOTH, null),
          row(wasm(MAP, "SmartModule map to apply"), "<file.wasm>", null, BOTH, null),
          row(
              wasm(ARRAYMAP, "SmartModule array_map to apply"),
              "<file.wasm>",
              null,
              BOTH,
              null,
              "array-map"),
          row(wasm(FILTER_MAP, "SmartModule filter_map to apply"), "<file.wasm>", null, BOTH, null),
          row(
              text(
                      TRANSFORM,
                      "SmartModule step {\"uses\":\"x.wasm\",\"with\":{\"k\":\"v\"}}; "
                          + "repeatable, applied in order")
                  .container(Container.LIST)
                  .build(),
              "<json>",
              "{\"uses\":\"file.wasm\",\"with\":{\"name\":\"value\"}}",
              BOTH,
              "transforms"),
          row(
              optional(ENDPOINT, OptionType.SOCKET_ADDRESS)
                  .description(
                      "Fluvio cluster (SC) address (default: the current profile of "
                          + "$FLV_PROFILE_PATH or ~/.fluvio/config)")
                  .build(),
              "<host:port>",
              null,
              BOTH,
              null),
          row(
              flag(
                  DRY_RUN,
                  "false",
                  "sources: write the records as JSON lines to standard output "
                      + "instead of producing them; sinks: read them from standard input instead of "
                      + "consuming them"),
              null,
              null,
              BOTH,
              null),
          row(
              choice(
                  SMARTMODULE_ERRORS,
                  null,
                  "deprecated form of --on-record-error for "
                      + "SmartModule errors: fail is halt, skip is discard",
                  "fail",
                  "skip"),
              "<fail|skip>",
              null,
              BOTH,
              null),
          row(
              OptionModel.builder(SMARTMODULE_TIMEOUT, OptionType.DURATION)
                  .defaultValue("5s")
                  .description("time limit of one SmartModule call")
                  .build(),
              "<duration>",
              null,
              BOTH,
              null),
          row(
              flag(CREATE_TOPIC, "true", "create the topic (1 partition) when it is missing"),
              null,
              null,
              SOURCES,
              null),
          row(
              text(PARTITION, "partition to consume, repeatable, or all")
                  .defaultValue("all")
                  .container(Container.LIST)
                  .build(),
              "<n|all>",
              "a partition number (0 or more) or all",
              SINKS,
              "meta.consumer.partition"),
          row(
              text(
                      OFFSET_START,
                      "where to start when no offset is stored for --consumer-id: "
                          + "beginning, end, an offset, beginning+N or end-N")
                  .defaultValue("end")
                  .build(),
              "<beginning|end|n>",
              "beginning, end, an offset (0 or more), beginning+N or end-N",
              SINKS,
              "meta.consumer.offset.start"),
          row(
              text(
                      CONSUMER_ID,
                      "consumer id under which the cluster stores this sink's offsets, so "
                          + "a restart resumes after the last record it committed")
                  .build(),
              "<id>",
              "a consumer id",
              SINKS,
              "meta.consumer.id"),
          row(
              choice(
                  OFFSET_STRATEGY,
                  null,
                  "none: store nothing; manual: store what the sink "
                      + "commits; auto: store a record once the sink asks for the next (default: none; with "
                      + "--consumer-id, manual for a sink that commits what it has written, else auto)",
                  "none",
                  "manual",
                  "auto"),
              "<none|manual|auto>",
              null,
              SINKS,
              "meta.consumer.offset.strategy"),
          row(
              OptionModel.builder(OFFSET_FLUSH, OptionType.DURATION)
                  .defaultValue("10s")
                  .description(
                      "how often stored offsets are sent to the cluster (and always on stop)")
                  .build(),
              "<duration>",
              null,
              SINKS,
              "meta.consumer.offset.flush-period"),
          row(
              choice(
                  PRODUCER_COMPRESSION,
                  null,
                  "batch compression: none, gzip, snappy, lz4 or "
                      + "zstd (default: the topic's compression type; none for a topic that takes any)",
                  "none",
                  "gzip",
                  "snappy",
                  "lz4",
                  "zstd"),
              "<none|gzip|snappy|lz4|zstd>",
              null,
              SOURCES,
              "meta.producer.compression"),
          row(
              OptionModel.builder(PRODUCER_LINGER, OptionType.DURATION)
                  .defaultValue("100ms")
                  .description("how long a partial batch waits for more records before it is sent")
                  .build(),
              "<duration>",
              null,
              SOURCES,
              "meta.producer.linger"),
          row(
              OptionModel.builder(PRODUCER_BATCH_SIZE, OptionType.STRING)
                  .defaultValue("16384")
                  .description(
                      "bytes of records that make a batch ready to send: a number, or with a "
                          + "unit like 16kb, 1mb, 16KiB or \"44.0 MB\" (kb, mb: powers of 1000; KiB, MiB: "
                          + "of 1024)")
                  .build(),
              "<size>",
              BYTE_SIZE_FORM,
              SOURCES,
              "meta.producer.batch-size"),
          row(
              OptionModel.builder(CONSUMER_MAX_BYTES, OptionType.STRING)
                  .defaultValue("1048588")
                  .description(
                      "the most bytes of records the SPU sends in one response, like "
                          + "--producer-batch-size")
                  .build(),
              "<size>",
              BYTE_SIZE_FORM,
              SINKS,
              "meta.consumer.max-bytes"),
          row(
              choice(
                  ON_RECORD_ERROR,
                  "halt",
                  "a record that fails (the sink cannot write it, a "
                      + "SmartModule fails on it): halt (flush and exit 1), discard it, or retry it",
                  "halt",
                  "discard",
                  "retry"),
              "<halt|discard|retry>",
              null,
              BOTH,
              "meta.on-record-error"),
          row(
              OptionModel.builder(RETRY_MAX, OptionType.INT)
                  .defaultValue("5")
                  .description(
                      "attempts after the first with --on-record-error retry, before the "
                          + "record is dead-lettered (or the connector halts)")
                  .build(),
              "<n>",
              null,
              BOTH,
              "meta.retry-max"),
          row(
              OptionModel.builder(RETRY_BACKOFF, OptionType.DURATION)
                  .defaultValue("1s")
                  .description(
                      "wait before the first retry; doubles each attempt, at most 60 times "
                          + "this, with jitter")
                  .build(),
              "<duration>",
              null,
              BOTH,
              "meta.retry-backoff"),
          row(
              text(
                      DEAD_LETTER_TOPIC,
                      "topic that records which fail are produced to, in a JSON "
                          + "envelope with the error and their origin (see docs/record-errors.md)")
                  .build(),
              "<topic>",
              "a topic name",
              BOTH,
              "meta.dead-letter-topic"),
          row(
              choice(
                  LOG_FORMAT,
                  "text",
                  "log lines as text, or one JSON object a line (time, "
                      + "level, target, message, fields)",
                  "text",
                  "json"),
              "<text|json>",
              null,
              BOTH,
              "meta.log-format"),
          row(
              optional(METRICS_ADDRESS, OptionType.SOCKET_ADDRESS)
                  .description(
                      "serve Prometheus "
                          + "metrics at /metrics and health at /health/live and /health/ready on this address")
                  .build(),
              "<host:port>",
              null,
              BOTH,
              "meta.metrics-address"),
          row(
              optional(CONFIG, OptionType.PATH)
                  .description(
                      "read options from a YAML "
                          + "file (option names as keys, or the Fluvio CDK layout); flags override it")
                  .build(),
              "<file.yaml>",
              null,
              BOTH,
              null),
          row(
              optional(SECRETS, OptionType.PATH)
                  .description(
                      "file of NAME=value lines the "
                          + "config file's ${{ secrets.NAME }} and {secret: {name: NAME}} are read from "
                          + "(default: environment variables)")
                  .build(),
              "<file>",
              null,
              BOTH,
              null));

  private CommonOptionTable() {}

  /** The rows of one direction. */
  public static List<CommonOption> of(Direction direction) {
    List<CommonOption> rows = new ArrayList<>();
    for (CommonOption row : ROWS) {
      if (row.appliesTo(direction)) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** The row of a name (without dashes), or {@code null}. */
  public static CommonOption named(String name) {
    for (CommonOption row : ROWS) {
      if (row.name().equals(name)) {
        return row;
      }
    }
    return null;
  }

  /** The row a CDK config key sets ({@code meta.consumer.id}), or {@code null}. */
  public static CommonOption forCdkKey(String key) {
    for (CommonOption row : ROWS) {
      if (key.equals(row.cdkKey())) {
        return row;
      }
    }
    return null;
  }

  private static CommonOption row(
      OptionModel model,
      String label,
      String expected,
      Set<Direction> directions,
      String cdkKey,
      String... aliases) {
    String placeholder =
        label != null ? label : model.isFlag() ? "<true|false>" : "<" + model.type().label() + ">";
    return new CommonOption(model, placeholder, expected, directions, List.of(aliases), cdkKey);
  }

  /** A text option, optional unless given a default or made a list. */
  private static OptionModel.Builder text(String name, String description) {
    return optional(name, OptionType.STRING).description(description);
  }

  private static OptionModel wasm(String name, String description) {
    return optional(name, OptionType.STRING).description(description).build();
  }

  private static OptionModel.Builder optional(String name, OptionType type) {
    return OptionModel.builder(name, type).container(Container.OPTIONAL);
  }

  private static OptionModel flag(String name, String defaultValue, String description) {
    return OptionModel.builder(name, OptionType.BOOLEAN)
        .defaultValue(defaultValue)
        .description(description)
        .build();
  }

  private static OptionModel choice(
      String name, String defaultValue, String description, String... values) {
    return OptionModel.builder(name, OptionType.ENUM)
        .enumValues(values)
        .container(defaultValue == null ? Container.OPTIONAL : Container.SCALAR)
        .defaultValue(defaultValue)
        .description(description)
        .build();
  }
}
