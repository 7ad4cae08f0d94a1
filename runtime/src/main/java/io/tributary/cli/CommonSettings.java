package io.tributary.cli;

import io.tributary.fluvio.ProducerConfig;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.log.LogConfig;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The validated common options every connector has (docs/cli.md).
 *
 * @param topic the Fluvio topic ({@code --fluvio-topic})
 * @param rustLog the log filter ({@code --rust-log}), or {@code null} for {@code RUST_LOG}
 * @param steps the SmartModule chain, in order
 * @param endpoint the cluster endpoint {@code host:port}, or {@code null} for the profile
 * @param dryRun whether records go to standard output (sources) or come from standard input
 * @param recordErrors what happens to a record that fails ({@code --on-record-error} and the
 *     options that go with it)
 * @param smartModuleTimeout the time limit of one SmartModule call
 * @param createTopic whether a missing topic is created (sources)
 * @param consumer how a sink consumes; {@code null} for a source
 * @param producer how a source produces; {@code null} for a sink
 * @param logFormat the format of log lines ({@code --log-format})
 * @param metricsAddress where to serve metrics and health ({@code --metrics-address}), or {@code
 *     null}
 * @param topicConfig how a source creates its missing topic (a CDK config's {@code meta.topic}), or
 *     {@code null} for 1 partition with the cluster's defaults
 */
public record CommonSettings(
    String topic,
    String rustLog,
    List<Step> steps,
    String endpoint,
    boolean dryRun,
    RecordErrors recordErrors,
    Duration smartModuleTimeout,
    boolean createTopic,
    Consumer consumer,
    Producer producer,
    LogConfig.Format logFormat,
    InetSocketAddress metricsAddress,
    TopicConfig topicConfig) {

  /** Copies the step list. */
  public CommonSettings {
    steps = List.copyOf(steps);
  }

  /** These settings with other SmartModule steps. */
  public CommonSettings withSteps(List<Step> value) {
    return new CommonSettings(
        topic,
        rustLog,
        value,
        endpoint,
        dryRun,
        recordErrors,
        smartModuleTimeout,
        createTopic,
        consumer,
        producer,
        logFormat,
        metricsAddress,
        topicConfig);
  }

  /** These settings with the topic configuration of a config file. */
  public CommonSettings withTopicConfig(TopicConfig config) {
    return new CommonSettings(
        topic,
        rustLog,
        steps,
        endpoint,
        dryRun,
        recordErrors,
        smartModuleTimeout,
        createTopic,
        consumer,
        producer,
        logFormat,
        metricsAddress,
        config);
  }

  /** Whether a record a SmartModule fails on is dropped (else fatal or retried). */
  public boolean skipSmartModuleErrors() {
    return recordErrors.policy() == RecordErrors.Policy.DISCARD;
  }

  /**
   * What happens to a record that fails (docs/record-errors.md).
   *
   * @param policy halt, discard or retry
   * @param retryMax the attempts after the first with {@code retry}
   * @param retryBackoff the wait before the first retry (then doubled, capped, jittered)
   * @param deadLetterTopic the topic failed records are produced to, or {@code null}
   */
  public record RecordErrors(
      Policy policy, int retryMax, Duration retryBackoff, String deadLetterTopic) {
    /** The {@code --on-record-error} values. */
    public enum Policy {
      HALT,
      DISCARD,
      RETRY
    }

    /** Halt at the first failing record, no dead-letter topic. */
    public static RecordErrors halt() {
      return new RecordErrors(Policy.HALT, 0, Duration.ofSeconds(1), null);
    }
  }

  /**
   * One SmartModule of the chain.
   *
   * @param wasm the module file
   * @param kind {@code filter}, {@code map}, {@code array-map} or {@code filter-map}; {@code null}
   *     to detect it from the module's exports ({@code --transform})
   * @param params the {@code with} parameters passed to {@code init}
   * @param smartModule the name ({@code group/name@version}) of a SmartModule of the cluster's
   *     store, or {@code null} for a file; {@code wasm} is {@code null} until it is fetched
   * @param lookback the records replayed into its {@code look_back} before the first new record, or
   *     {@code null}
   */
  public record Step(
      Path wasm,
      String kind,
      Map<String, String> params,
      String smartModule,
      io.tributary.smartmodule.Lookback lookback) {
    /** Copies the parameters. */
    public Step {
      params = Map.copyOf(params);
    }

    /** A step without lookback. */
    public Step(Path wasm, String kind, Map<String, String> params, String smartModule) {
      this(wasm, kind, params, smartModule, null);
    }

    /** A step of a {@code .wasm} file. */
    public Step(Path wasm, String kind, Map<String, String> params) {
      this(wasm, kind, params, null);
    }
  }

  /**
   * How a sink consumes.
   *
   * @param partitions the partitions to read; empty for all of the topic's
   * @param offsetStart where to start when no offset is stored: {@code beginning}, {@code end}, an
   *     absolute offset, {@code beginning+N} or {@code end-N}
   * @param consumerId the id offsets are stored under, or {@code null}
   * @param offsetStrategy {@code none}, {@code manual} or {@code auto}; {@code null} with a
   *     consumer id and no strategy given: {@code manual} for a sink that {@linkplain
   *     io.tributary.Sink#commitsOffsets commits offsets}, else {@code auto}
   * @param offsetFlush how often stored offsets are sent to the cluster
   * @param maxBytes the most bytes of records per response from the SPU
   */
  public record Consumer(
      List<Integer> partitions,
      String offsetStart,
      String consumerId,
      String offsetStrategy,
      Duration offsetFlush,
      int maxBytes) {
    /** Copies the partition list. */
    public Consumer {
      partitions = List.copyOf(partitions);
    }
  }

  /**
   * How a source produces ({@code meta.producer} in a CDK config).
   *
   * @param compression the batch codec, or {@code null} for the topic's (none for a topic that
   *     takes any), as Fluvio's producer picks it
   * @param linger how long a partial batch waits for more records
   * @param batchSize bytes of records that make a batch ready to send
   */
  public record Producer(Compression compression, Duration linger, int batchSize) {
    /** The client's producer settings: Fluvio's defaults with these. */
    public ProducerConfig config() {
      return ProducerConfig.defaults()
          .withCompression(compression)
          .withLinger(linger)
          .withBatchSize(batchSize);
    }
  }
}
