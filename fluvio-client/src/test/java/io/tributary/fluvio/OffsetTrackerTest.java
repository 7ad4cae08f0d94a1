package io.tributary.fluvio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** seen / committed / flushed, as Fluvio's OffsetLocalStore. */
class OffsetTrackerTest {
  @Test
  void nothingToFlushUntilSomethingIsCommitted() {
    OffsetTracker t = new OffsetTracker();
    assertThat(t.pendingFlush()).isEqualTo(-1);
    t.seen(4);
    assertThat(t.pendingFlush()).isEqualTo(-1);
    t.commitSeen();
    assertThat(t.pendingFlush()).isEqualTo(4);
    t.flushed(4);
    assertThat(t.pendingFlush()).isEqualTo(-1);
  }

  @Test
  void seenIsARunningMaximumAndCommitsNeverGoBack() {
    OffsetTracker t = new OffsetTracker();
    t.seen(9);
    t.seen(3);
    assertThat(t.seen()).isEqualTo(9);
    t.commit(7);
    t.commit(2);
    assertThat(t.committed()).isEqualTo(7);
    t.commitSeen();
    assertThat(t.committed()).isEqualTo(9);
  }

  @Test
  void aRecordNotHandedOutCannotBeCommitted() {
    OffsetTracker t = new OffsetTracker();
    t.seen(3);
    assertThatThrownBy(() -> t.commit(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset 4 was not handed out");
  }

  @Test
  void aFlushConfirmedLateDoesNotHideALaterCommit() {
    OffsetTracker t = new OffsetTracker();
    t.seen(5);
    t.commitSeen();
    long sent = t.pendingFlush();
    t.seen(8);
    t.commitSeen();
    t.flushed(sent);
    assertThat(t.pendingFlush()).isEqualTo(8);
  }
}
