package io.tributary.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundOptionsTest {
  enum Mode {
    FAST,
    SLOW
  }

  private static BoundOptions bound(String name, Object value) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(name, value);
    return new BoundOptions(values);
  }

  @Test
  void enumConstantsByName() {
    assertEquals(Mode.SLOW, bound("m", "SLOW").enumValue("m", Mode.values()));
    assertEquals(
        Optional.of(Mode.FAST), bound("m", Optional.of("FAST")).optionalEnum("m", Mode.values()));
    assertEquals(Optional.empty(), bound("m", Optional.empty()).optionalEnum("m", Mode.values()));
    assertEquals(
        List.of(Mode.SLOW, Mode.FAST, Mode.SLOW),
        bound("m", List.of("SLOW", "FAST", "SLOW")).enumList("m", Mode.values()));
    assertEquals(
        List.of(Mode.SLOW, Mode.FAST),
        List.copyOf(
            bound("m", new LinkedHashSet<>(List.of("SLOW", "FAST"))).enumSet("m", Mode.values())));
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("b", "SLOW");
    texts.put("a", "FAST");
    assertEquals(
        List.of(Map.entry("b", Mode.SLOW), Map.entry("a", Mode.FAST)),
        List.copyOf(bound("m", texts).enumMap("m", Mode.values()).entrySet()));
  }

  @Test
  void anUnknownConstantOrOptionIsAnError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> bound("m", "MEDIUM").enumValue("m", Mode.values()));
    assertEquals("no enum constant MEDIUM", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> bound("m", "FAST").enumValue("x", Mode.values()));
    assertEquals("no value for option x", e.getMessage());
  }

  @Test
  @SuppressWarnings("deprecation")
  void theValueOfAccessorsOfEarlierBindersStillWork() {
    assertEquals(Mode.SLOW, bound("m", "SLOW").enumValue("m", Mode::valueOf));
    assertEquals(
        Optional.of(Mode.FAST), bound("m", Optional.of("FAST")).optionalEnum("m", Mode::valueOf));
    assertEquals(
        List.of(Mode.SLOW, Mode.FAST),
        bound("m", List.of("SLOW", "FAST")).enumList("m", Mode::valueOf));
    assertEquals(
        List.of(Mode.FAST),
        List.copyOf(bound("m", new LinkedHashSet<>(List.of("FAST"))).enumSet("m", Mode::valueOf)));
    assertEquals(
        Map.of("a", Mode.SLOW), bound("m", Map.of("a", "SLOW")).enumMap("m", Mode::valueOf));
  }
}
