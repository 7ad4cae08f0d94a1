package io.tributary.spi;

import static io.tributary.spi.CommonOptionTable.ARRAYMAP;
import static io.tributary.spi.CommonOptionTable.CONFIG;
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
import static io.tributary.spi.CommonOptionTable.SECRETS;
import static io.tributary.spi.CommonOptionTable.SMARTMODULE_ERRORS;
import static io.tributary.spi.CommonOptionTable.SMARTMODULE_TIMEOUT;
import static io.tributary.spi.CommonOptionTable.TOPIC;
import static io.tributary.spi.CommonOptionTable.TRANSFORM;

import java.util.Set;

/**
 * The option names no connector option may take, which the annotation processor rejects: the common
 * options of both directions ({@link CommonOptionTable}, aliases included), picocli's help and
 * version, and the CDK config file's own top-level keys.
 *
 * <p>Listed by name rather than derived from {@link CommonOptionTable#ROWS}: the processor reads
 * this set in every compilation, where building the table's rows would cost more than the check
 * (the names are compile-time constants, so the table is not even loaded). {@code
 * ReservedNamesTest} fails when a row's name or alias is missing here.
 */
public final class ReservedNames {
  /** The reserved names, without leading dashes. */
  public static final Set<String> ALL =
      Set.of(
          TOPIC,
          RUST_LOG,
          FILTER,
          MAP,
          ARRAYMAP,
          "array-map",
          FILTER_MAP,
          TRANSFORM,
          ENDPOINT,
          DRY_RUN,
          SMARTMODULE_ERRORS,
          SMARTMODULE_TIMEOUT,
          CREATE_TOPIC,
          PARTITION,
          OFFSET_START,
          CONSUMER_ID,
          OFFSET_STRATEGY,
          OFFSET_FLUSH,
          PRODUCER_COMPRESSION,
          PRODUCER_LINGER,
          PRODUCER_BATCH_SIZE,
          CONSUMER_MAX_BYTES,
          ON_RECORD_ERROR,
          RETRY_MAX,
          RETRY_BACKOFF,
          DEAD_LETTER_TOPIC,
          LOG_FORMAT,
          METRICS_ADDRESS,
          CONFIG,
          SECRETS,
          // picocli's help and version, the CDK config file's top-level keys
          "help",
          "version",
          "h",
          "V",
          "meta",
          "transforms");

  private ReservedNames() {}
}
