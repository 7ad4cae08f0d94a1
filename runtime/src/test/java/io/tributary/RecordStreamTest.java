package io.tributary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default batch poll, over a stream that implements only its iterator. */
class RecordStreamTest {
  private static ConsumerRecord record(long offset) {
    return new ConsumerRecord(offset, null, ("v" + offset).getBytes(StandardCharsets.UTF_8), 0);
  }

  /** A test double: one iterator over the items; a RuntimeException item is thrown. */
  private static RecordStream over(Object... items) {
    Iterator<Object> it = List.of(items).iterator();
    Iterator<ConsumerRecord> records =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public ConsumerRecord next() {
            Object next = it.next();
            if (next instanceof RuntimeException e) {
              throw e;
            }
            return (ConsumerRecord) next;
          }
        };
    return () -> records;
  }

  @Test
  void theDefaultBatchPollAddsUpToMaxInOrderThenNothingAtTheEnd() throws Exception {
    RecordStream stream = over(record(0), record(1), record(2), record(3), record(4));
    List<ConsumerRecord> batch = new ArrayList<>();
    assertThat(stream.poll(batch, 3, Duration.ofSeconds(1))).isEqualTo(3);
    assertThat(stream.poll(batch, 10, Duration.ofSeconds(1))).isEqualTo(2);
    assertThat(stream.poll(batch, 10, Duration.ofSeconds(1))).isZero();
    assertThat(batch).extracting(ConsumerRecord::offset).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThatThrownBy(() -> stream.poll(batch, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max");
  }

  @Test
  void anErrorLeavesTheRecordsBeforeItInTheBatch() {
    RecordStream stream = over(record(0), record(1), new IllegalStateException("bad line"));
    List<ConsumerRecord> batch = new ArrayList<>();
    assertThatThrownBy(() -> stream.poll(batch, 10, Duration.ofSeconds(1))).hasMessage("bad line");
    assertThat(batch).extracting(ConsumerRecord::offset).containsExactly(0L, 1L);
  }
}
