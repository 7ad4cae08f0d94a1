package io.tributary.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordTextTest {
  record Options(int count, Duration timeout, List<String> tags, Optional<String> name, char c) {}

  @Test
  void printsAsTheRecordsToString() {
    Options o = new Options(3, Duration.ofSeconds(5), List.of("a", "b"), Optional.empty(), 'x');
    assertEquals(
        o.toString(),
        RecordText.of(
            "Options",
            new String[] {"count", "timeout", "tags", "name", "c"},
            new Object[] {o.count(), o.timeout(), o.tags(), o.name(), o.c()}));
  }

  @Test
  void aRecordWithoutComponents() {
    assertEquals("Empty[]", RecordText.of("Empty", new String[0], new Object[0]));
  }

  @Test
  void nullsAndMaskedValues() {
    assertEquals(
        "Login[user=null, password=****]",
        RecordText.of("Login", new String[] {"user", "password"}, new Object[] {null, "****"}));
  }

  @Test
  void componentsAndValuesMustPair() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RecordText.of("Login", new String[] {"user", "password"}, new Object[] {"u"}));
    assertEquals("Login: 2 components but 1 values", e.getMessage());
  }
}
