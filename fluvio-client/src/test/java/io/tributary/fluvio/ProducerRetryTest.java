package io.tributary.fluvio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The producer's pause before each retry. */
class ProducerRetryTest {
  @Test
  void theBackoffDoublesWithEachRetry() {
    Duration backoff = ProducerConfig.defaults().retryBackoff();
    assertThat(
            IntStream.range(0, ProducerConfig.defaults().retries())
                .mapToLong(attempt -> FluvioProducer.retryDelayMillis(backoff, attempt))
                .boxed())
        .containsExactly(100L, 200L, 400L, 800L, 1600L);
  }

  @Test
  void theDoublingStopsAtAThousandTimesTheBackoff() {
    assertThat(FluvioProducer.retryDelayMillis(Duration.ofMillis(10), 50)).isEqualTo(10_240);
    assertThat(FluvioProducer.retryDelayMillis(Duration.ZERO, 3)).isZero();
  }
}
