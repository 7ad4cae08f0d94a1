package io.tributary.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterTest {
  @Test
  void countsFromTheOwningThreadAndFromOthersWithoutLosingAny() throws Exception {
    Counter counter = new Counter();
    counter.add(5); // this thread owns it from here on
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 100_000; i++) {
                  counter.increment();
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (int i = 0; i < 100_000; i++) {
      counter.add(2);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(counter.get()).isEqualTo(5 + 4 * 100_000 + 2 * 100_000);
  }

  @Test
  void theFirstThreadToCountOwnsItEvenWhenNotTheOneThatMadeIt() throws Exception {
    Counter counter = new Counter();
    Thread first = new Thread(() -> counter.add(7));
    first.start();
    first.join();
    counter.add(3); // this thread is not the owner: counted on the shared path
    assertThat(counter.get()).isEqualTo(10);
  }
}
