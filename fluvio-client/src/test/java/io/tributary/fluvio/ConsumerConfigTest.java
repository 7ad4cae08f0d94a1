package io.tributary.fluvio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Consumer settings: defaults, checks, strategy names. */
class ConsumerConfigTest {
  @Test
  void defaultsAreFluvios() {
    ConsumerConfig c = ConsumerConfig.defaults();
    assertThat(c.partitions()).isEmpty();
    assertThat(c.start()).isEqualTo(Offset.end());
    assertThat(c.consumerId()).isNull();
    assertThat(c.strategy()).isEqualTo(OffsetStrategy.NONE);
    assertThat(c.flushPeriod()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.maxBytes()).isEqualTo(1_048_588);
  }

  @Test
  void aStrategyOtherThanNoneNeedsAConsumerId() {
    for (OffsetStrategy s : new OffsetStrategy[] {OffsetStrategy.MANUAL, OffsetStrategy.AUTO}) {
      assertThatThrownBy(() -> ConsumerConfig.defaults().withStrategy(s))
          .isInstanceOf(FluvioConfigException.class)
          .hasMessage("a consumer id is required with offset strategy " + s);
    }
    assertThat(
            ConsumerConfig.defaults()
                .withConsumerId("c")
                .withStrategy(OffsetStrategy.AUTO)
                .strategy())
        .isEqualTo(OffsetStrategy.AUTO);
    // An id with strategy none: its stored offsets are read, never written.
    assertThat(ConsumerConfig.defaults().withConsumerId("c").strategy())
        .isEqualTo(OffsetStrategy.NONE);
  }

  @Test
  void partitionsAreSortedAndDistinct() {
    assertThat(ConsumerConfig.defaults().withPartitions(2, 0, 2).partitions())
        .containsExactly(0, 2);
    assertThatThrownBy(() -> ConsumerConfig.defaults().withPartitions(-1))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("partition");
  }

  @Test
  void rejectsBadValues() {
    ConsumerConfig d = ConsumerConfig.defaults();
    assertThatThrownBy(() -> d.withFlushPeriod(Duration.ZERO))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("flush period");
    assertThatThrownBy(() -> d.withConsumerId(" "))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("consumer id");
    assertThatThrownBy(() -> d.withMaxBytes(0))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("max bytes");
    assertThatThrownBy(() -> d.withStart(null))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessageContaining("start offset");
  }

  @Test
  void strategyNames() {
    assertThat(OffsetStrategy.parse("none")).isEqualTo(OffsetStrategy.NONE);
    assertThat(OffsetStrategy.parse("Manual")).isEqualTo(OffsetStrategy.MANUAL);
    assertThat(OffsetStrategy.parse(" auto ")).isEqualTo(OffsetStrategy.AUTO);
    assertThat(OffsetStrategy.AUTO).hasToString("auto");
    assertThatThrownBy(() -> OffsetStrategy.parse("always"))
        .isInstanceOf(FluvioConfigException.class)
        .hasMessage("offset strategy must be 'none', 'manual' or 'auto', got 'always'");
  }
}
