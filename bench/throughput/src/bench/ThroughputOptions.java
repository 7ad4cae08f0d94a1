package bench;

import io.tributary.Connector;
import io.tributary.Direction;
import io.tributary.Option;
import jakarta.validation.constraints.Positive;

/**
 * Sends records of a fixed size as fast as it can, for throughput benchmarks.
 *
 * @param count number of records
 * @param size bytes per record value
 */
@Connector(name = "throughput-source", direction = Direction.SOURCE)
public record ThroughputOptions(
    @Option(defaultValue = "100000") @Positive long count,
    @Option(defaultValue = "100") @Positive int size) {}
