package bench;

import io.tributary.Connector;
import io.tributary.Direction;
import io.tributary.Option;
import io.tributary.Secret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A connector with a dozen options of mixed types, for start-up benchmarks.
 *
 * @param endpoint URL to poll
 * @param interval time between two requests
 * @param method HTTP method
 * @param retries attempts before giving up
 * @param header extra request header as Name:Value
 * @param token bearer token
 * @param verbose log every request
 * @param batchSize records per batch
 * @param ratio sampling ratio
 * @param tag tags added to every record
 * @param label labels as key=value
 * @param proxy proxy address
 */
@Connector(name = "bench-source", direction = Direction.SOURCE)
public record BenchOptions(
    URI endpoint,
    @Option(defaultValue = "10s") Duration interval,
    @Option(defaultValue = "GET") Method method,
    @Option(defaultValue = "3") @Min(0) @Max(100) int retries,
    List<String> header,
    @Secret Optional<String> token,
    boolean verbose,
    @Option(defaultValue = "100") @Positive long batchSize,
    @Option(defaultValue = "1.0") double ratio,
    Set<String> tag,
    Map<String, String> label,
    @Option(defaultValue = "localhost:3128") InetSocketAddress proxy) {

  /** HTTP methods. */
  public enum Method {
    GET,
    POST
  }

  @Override
  public String toString() {
    return "BenchOptions[endpoint=" + endpoint + ", token=****]";
  }

  /** Unused: the benchmark only runs metadata and validate. */
  public static Path unused() {
    return Path.of(".");
  }
}
