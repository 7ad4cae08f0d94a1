package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OffsetFlusherTest {
  @Test
  void aRequestDoesNotWaitAndRequestsDuringAFlushAreServedByOneMoreEvenWhenStopping()
      throws Exception {
    Semaphore release = new Semaphore(0);
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger flushes = new AtomicInteger();
    OffsetFlusher flusher =
        new OffsetFlusher(
            () -> {
              flushes.incrementAndGet();
              started.countDown();
              release.acquireUninterruptibly();
            },
            "test-flusher");
    flusher.request(); // returns while the flush is blocked
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    flusher.request();
    flusher.request();
    flusher.request();
    release.release(2); // the running flush, then one more for the three requests
    flusher.stop(10_000);
    assertThat(flushes.get()).isEqualTo(2);
  }

  @Test
  void aFailedFlushIsThrownByTheNextRequestOnce() throws Exception {
    CountDownLatch failed = new CountDownLatch(1);
    AtomicInteger flushes = new AtomicInteger();
    OffsetFlusher flusher =
        new OffsetFlusher(
            () -> {
              if (flushes.incrementAndGet() == 1) {
                failed.countDown();
                throw new IllegalStateException("refused");
              }
            },
            "test-flusher");
    flusher.request();
    assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
    // the failure is recorded right after the flush throws: ask until it surfaces
    assertThatThrownBy(
            () -> {
              while (true) {
                flusher.request();
                Thread.onSpinWait();
              }
            })
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("refused");
    flusher.request(); // reported once
    flusher.stop(10_000);
    assertThat(flushes.get()).isGreaterThanOrEqualTo(2);
  }
}
