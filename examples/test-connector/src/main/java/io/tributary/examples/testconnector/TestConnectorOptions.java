package io.tributary.examples.testconnector;

import io.tributary.Connector;
import io.tributary.Direction;
import io.tributary.Option;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Produces the records "Hello, Fluvio - 1", "Hello, Fluvio - 2", ... at a fixed pace; a port of
 * Fluvio's test-connector.
 *
 * @param count number of records to produce; without it the connector runs until stopped
 * @param timeout time to wait between two records
 */
@Connector(name = "test-connector", direction = Direction.SOURCE)
public record TestConnectorOptions(
    @Positive OptionalLong count,
    @Option(
            defaultValue = "1s",
            examples = {"250ms", "2s"})
        Duration timeout) {}
