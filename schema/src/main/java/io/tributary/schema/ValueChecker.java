package io.tributary.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the text given for an option into its typed value and checks it against the option's type
 * and constraints, with the same rules as the option's JSON Schema. Used at run time for arguments
 * and at compile time for defaults and examples.
 */
public final class ValueChecker {
  private static final Pattern EMAIL = Pattern.compile(Constraints.EMAIL_PATTERN);

  private ValueChecker() {}

  /**
   * One thing wrong with a value.
   *
   * @param message what is wrong, e.g. {@code "must be at most 100"}
   * @param got the offending text, or {@code null} when nothing was given
   * @param unparsable whether the text is not a value of the option's type at all (for an enum: not
   *     one of its constants), as opposed to a wrong count, shape or constraint
   */
  public record Problem(String message, String got, boolean unparsable) {
    /** A problem with a value of the right type: a count, a shape or a constraint. */
    public Problem(String message, String got) {
      this(message, got, false);
    }
  }

  /**
   * The outcome of checking one option.
   *
   * @param value the typed value (valid only when there are no problems)
   * @param problems everything wrong, in order
   */
  public record Result(Object value, List<Problem> problems) {
    /** True when nothing is wrong. */
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * Splits a default or example written for a list, set or map ({@code a,b} or {@code k=v,k2=v2})
   * into items; other options give one item.
   */
  public static List<String> split(OptionModel o, String text) {
    if (!o.container().isRepeatable()) {
      return List.of(text);
    }
    return text.isEmpty() ? List.of() : List.of(text.split(",", -1));
  }

  /**
   * Checks an option.
   *
   * @param raw the texts given for it (one per occurrence), or {@code null} when not given
   */
  public static Result check(OptionModel o, List<String> raw) {
    List<Problem> problems = new ArrayList<>();
    List<String> texts = raw;
    if (texts == null) {
      if (o.defaultValue() != null) {
        texts = split(o, o.defaultValue());
      } else if (o.required()) {
        problems.add(new Problem("is required, expected " + expected(o), null));
        return new Result(null, problems);
      } else {
        return new Result(absent(o), problems);
      }
    }
    if (!o.container().isRepeatable() && texts.size() != 1) {
      problems.add(new Problem("takes one value, was given " + texts.size(), null));
      return new Result(null, problems);
    }
    Object value =
        switch (o.container()) {
          case LIST, SET -> collection(o, texts, problems);
          case MAP -> map(o, texts, problems);
          default -> scalar(o, texts.get(0), problems);
        };
    return new Result(value, problems);
  }

  /** What a value of this option looks like, for messages. */
  public static String expected(OptionModel o) {
    String form = o.type().expectedForm(o.enumValues());
    return switch (o.container()) {
      case LIST, SET -> form + " (repeatable)";
      case MAP -> "key=value with value " + form + " (repeatable)";
      default -> form;
    };
  }

  private static Object absent(OptionModel o) {
    return switch (o.container()) {
      case OPTIONAL -> Optional.empty();
      case OPTIONAL_INT -> OptionalInt.empty();
      case OPTIONAL_LONG -> OptionalLong.empty();
      case OPTIONAL_DOUBLE -> OptionalDouble.empty();
      case LIST -> List.of();
      case SET -> Set.of();
      case MAP -> Map.of();
      case SCALAR -> o.type() == OptionType.BOOLEAN ? Boolean.FALSE : null;
    };
  }

  private static Object scalar(OptionModel o, String text, List<Problem> problems) {
    Object value = item(o, text, o.constraints(), problems);
    if (value == null) {
      return null;
    }
    return switch (o.container()) {
      case OPTIONAL -> Optional.of(value);
      case OPTIONAL_INT -> OptionalInt.of(((Number) value).intValue());
      case OPTIONAL_LONG -> OptionalLong.of(((Number) value).longValue());
      case OPTIONAL_DOUBLE -> OptionalDouble.of(((Number) value).doubleValue());
      default -> value;
    };
  }

  private static Object collection(OptionModel o, List<String> texts, List<Problem> problems) {
    List<Object> items = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String text : texts) {
      if (o.container() == Container.SET && !seen.add(text)) {
        problems.add(new Problem("must not repeat a value", text));
      }
      Object value = item(o, text, o.itemConstraints(), problems);
      if (value != null) {
        items.add(value);
      }
    }
    checkSize(o.constraints(), texts.size(), "item", problems);
    return o.container() == Container.SET
        ? Collections.unmodifiableSet(new LinkedHashSet<>(items))
        : Collections.unmodifiableList(items);
  }

  private static Object map(OptionModel o, List<String> texts, List<Problem> problems) {
    Map<String, Object> entries = new LinkedHashMap<>();
    for (String text : texts) {
      int eq = text.indexOf('=');
      if (eq <= 0) {
        problems.add(new Problem("expected key=value", text));
        continue;
      }
      String key = text.substring(0, eq);
      if (entries.containsKey(key)) {
        problems.add(new Problem("gives the key '" + key + "' twice", text));
        continue;
      }
      Object value = item(o, text.substring(eq + 1), o.itemConstraints(), problems);
      entries.put(key, value);
    }
    checkSize(o.constraints(), texts.size(), "entry", problems);
    return Collections.unmodifiableMap(entries);
  }

  private static void checkSize(Constraints c, int size, String noun, List<Problem> problems) {
    if (c.minItems() != null && size < c.minItems()) {
      problems.add(
          new Problem("needs at least " + count(c.minItems(), noun) + ", got " + size, null));
    }
    if (c.maxItems() != null && size > c.maxItems()) {
      problems.add(
          new Problem("takes at most " + count(c.maxItems(), noun) + ", got " + size, null));
    }
  }

  private static String count(int n, String noun) {
    return n + " " + (n == 1 ? noun : noun.equals("entry") ? "entries" : noun + "s");
  }

  /** Parses one value and checks it; returns null (after adding problems) when it is wrong. */
  private static Object item(OptionModel o, String text, Constraints c, List<Problem> problems) {
    Object value;
    try {
      value = o.type().parse(text, o.enumValues());
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(e.getMessage(), text, true));
      return null;
    }
    int before = problems.size();
    if (o.type().isNumeric()) {
      checkNumber(new BigDecimal(text), c, text, problems);
    } else if (o.type().isString()) {
      checkString(text, c, problems);
    }
    return problems.size() == before ? value : null;
  }

  private static void checkNumber(BigDecimal n, Constraints c, String text, List<Problem> out) {
    if (c.minimum() != null && n.compareTo(c.minimum()) < 0) {
      out.add(new Problem("must be at least " + c.minimum().toPlainString(), text));
    }
    if (c.exclusiveMinimum() != null && n.compareTo(c.exclusiveMinimum()) <= 0) {
      out.add(new Problem("must be greater than " + c.exclusiveMinimum().toPlainString(), text));
    }
    if (c.maximum() != null && n.compareTo(c.maximum()) > 0) {
      out.add(new Problem("must be at most " + c.maximum().toPlainString(), text));
    }
    if (c.exclusiveMaximum() != null && n.compareTo(c.exclusiveMaximum()) >= 0) {
      out.add(new Problem("must be less than " + c.exclusiveMaximum().toPlainString(), text));
    }
  }

  private static void checkString(String text, Constraints c, List<Problem> out) {
    int length = text.codePointCount(0, text.length());
    if (c.minLength() != null && length < c.minLength()) {
      out.add(new Problem("must have at least " + count(c.minLength(), "character"), text));
    }
    if (c.maxLength() != null && length > c.maxLength()) {
      out.add(new Problem("must have at most " + count(c.maxLength(), "character"), text));
    }
    if (c.pattern() != null && !Patterns.compile(c.pattern()).matcher(text).find()) {
      out.add(new Problem("must match the pattern " + c.pattern(), text));
    }
    if (c.email() && !EMAIL.matcher(text).matches()) {
      out.add(new Problem("must be an e-mail address like name@example.com", text));
    }
  }
}
