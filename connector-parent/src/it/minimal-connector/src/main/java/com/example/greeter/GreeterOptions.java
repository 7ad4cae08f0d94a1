package com.example.greeter;

import io.tributary.Connector;
import io.tributary.Direction;
import io.tributary.Option;
import io.tributary.Secret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * Produces a greeting a number of times.
 *
 * @param greeting the text to send, such as 'hello'
 * @param count how many records to send
 * @param token a token that is never printed
 */
@Connector(name = "greeter-source", direction = Direction.SOURCE)
public record GreeterOptions(
    @Option(defaultValue = "hello") String greeting,
    @Option(defaultValue = "3") @Min(1) @Max(100) int count,
    @Secret Optional<String> token) {}
