package io.tributary.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JSON pattern must behave (with find(), as JSON Schema does) like the Jakarta rules. */
class ConstraintMapperTest {
  private static boolean accepts(String pattern, String value) {
    return Pattern.compile(pattern).matcher(value).find();
  }

  @Test
  void noPattern() {
    assertNull(ConstraintMapper.jsonPattern(List.of(), false));
  }

  @Test
  void onePatternMatchesTheWholeValue() {
    String p = ConstraintMapper.jsonPattern(List.of("[a-z]+"), false);
    assertEquals("^(?:[a-z]+)$", p);
    assertTrue(accepts(p, "abc"));
    assertFalse(accepts(p, "abc1"));
    assertFalse(accepts(p, "1abc"));
  }

  @Test
  void alternationStaysAnchored() {
    String p = ConstraintMapper.jsonPattern(List.of("a|b"), false);
    assertTrue(accepts(p, "a"));
    assertFalse(accepts(p, "ab"));
    assertFalse(accepts(p, "xb"));
  }

  @Test
  void notBlankNeedsANonSpace() {
    String p = ConstraintMapper.jsonPattern(List.of(), true);
    assertTrue(accepts(p, " x "));
    assertFalse(accepts(p, "   "));
  }

  @Test
  void severalRulesMustAllHold() {
    String p = ConstraintMapper.jsonPattern(List.of("[a-z ]+", ".{2,4}"), true);
    assertTrue(accepts(p, "ab c"));
    assertFalse(accepts(p, "    "), "blank");
    assertFalse(accepts(p, "abcde"), "too long");
    assertFalse(accepts(p, "AB"), "upper case");
  }
}
