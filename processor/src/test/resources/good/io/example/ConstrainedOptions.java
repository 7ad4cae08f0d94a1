package io.example;

import io.tributary.Connector;
import io.tributary.Direction;
import io.tributary.Option;
import io.tributary.Secret;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ignored: @Connector(description) overrides this.
 *
 * @param retries how often to retry
 * @param ignored ignored: @Option(description) overrides this
 */
@Connector(name = "constrained", direction = Direction.SINK,
    description = "Exercises every constraint, secrets, deprecation and examples.",
    version = "2.0.0-explicit")
public record ConstrainedOptions(
    @Option(defaultValue = "3", examples = {"0", "10"}, aliases = {"attempts", "max-attempts"})
    @Min(0) @Max(10) int retries,
    @Option(name = "renamed", description = "explicit description") @Positive long ignored,
    @PositiveOrZero Optional<Integer> offset,
    @Negative Integer below,
    @NegativeOrZero Short atMost,
    @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("99.5") BigDecimal ratio,
    @Option(defaultValue = "abc") @Size(min = 2, max = 8) String code,
    @Pattern(regexp = "[a-z]+") String word,
    @NotBlank @Pattern(regexp = "[a-z ]+") String sentence,
    @NotEmpty String nonEmpty,
    @Email Optional<String> contact,
    @Size(min = 1, max = 3) List<@Min(1) @Max(65535) Integer> ports,
    @NotEmpty Set<@NotBlank String> names,
    @Option(defaultValue = "a=1,b=2") @Size(max = 4) Map<String, @Positive Integer> weights,
    Optional<@Size(max = 3) String> shortCode,
    @Secret String password,
    @Secret Optional<String> apiKey,
    @Deprecated @Option(defaultValue = "10s", examples = {"1m30s", "PT5S"}) Duration oldTimeout,
    @Option(defaultValue = "FAST,SLOW") List<AllTypesOptions.Mode> modeOrder,
    @Option(defaultValue = "true") boolean enabled) {

  @Override
  public String toString() {
    return "ConstrainedOptions[...]";
  }
}
