package io.tributary.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The validated common options every connector has (DESIGN §4).
 *
 * @param topic the Fluvio topic ({@code --fluvio-topic})
 * @param rustLog the log filter ({@code --rust-log}), or {@code null} for {@code RUST_LOG}
 * @param steps the SmartModule chain, in order
 * @param endpoint the cluster endpoint {@code host:port}, or {@code null} for the profile
 * @param dryRun whether records go to standard output (sources) or come from standard input
 * @param partition the partition a sink consumes
 * @param offsetStart where a sink starts: {@code beginning}, {@code end} or an offset
 * @param skipSmartModuleErrors whether a record a SmartModule fails on is dropped (else fatal)
 * @param smartModuleTimeout the time limit of one SmartModule call
 * @param createTopic whether a missing topic is created
 */
public record CommonSettings(
    String topic,
    String rustLog,
    List<Step> steps,
    String endpoint,
    boolean dryRun,
    int partition,
    String offsetStart,
    boolean skipSmartModuleErrors,
    Duration smartModuleTimeout,
    boolean createTopic) {

  /** Copies the step list. */
  public CommonSettings {
    steps = List.copyOf(steps);
  }

  /**
   * One SmartModule of the chain.
   *
   * @param wasm the module file
   * @param kind {@code filter}, {@code map}, {@code array-map} or {@code filter-map}; {@code null}
   *     to detect it from the module's exports ({@code --transform})
   * @param params the {@code with} parameters passed to {@code init}
   */
  public record Step(Path wasm, String kind, Map<String, String> params) {
    /** Copies the parameters. */
    public Step {
      params = Map.copyOf(params);
    }
  }
}
