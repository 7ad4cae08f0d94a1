package io.tributary.schema;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value types an option can have. Each constant is the one entry for its type: the Java types
 * it maps, its JSON Schema form (type, format, pattern, range), the form named in messages, the
 * {@code --help} label, an example, and its parser (a case of {@code parseOrNull}). The processor's
 * type table and its messages, the metadata writer and the runtime's {@link ValueChecker} all read
 * these entries, so adding a type is adding a constant and its parser case (CONTRIBUTING.md, "A new
 * option value type"). The same parser checks defaults at compile time and arguments at run time,
 * and agrees with the schema.
 */
public enum OptionType {
  /** {@code String}. */
  STRING(of(String.class).json("string").label("string").expected("a string").example("hello")),
  /** {@code int} / {@code Integer}. */
  INT(
      of(Integer.class, int.class)
          .integer("int32", Integer.MIN_VALUE, Integer.MAX_VALUE)
          .expected("a 32-bit integer")
          .example("5")),
  /** {@code long} / {@code Long}. */
  LONG(
      of(Long.class, long.class)
          .integer("int64", Long.MIN_VALUE, Long.MAX_VALUE)
          .expected("a 64-bit integer")
          .example("9000000000")),
  /** {@code short} / {@code Short}. */
  SHORT(
      of(Short.class, short.class)
          .integer("int32", Short.MIN_VALUE, Short.MAX_VALUE)
          .expected("an integer from -32768 to 32767")
          .example("300")),
  /** {@code byte} / {@code Byte}. */
  BYTE(
      of(Byte.class, byte.class)
          .integer("int32", Byte.MIN_VALUE, Byte.MAX_VALUE)
          .expected("an integer from -128 to 127")
          .example("-7")),
  /** {@code double} / {@code Double}. */
  DOUBLE(
      of(Double.class, double.class)
          .number("double", Double.toString(Double.MAX_VALUE))
          .example("1.5")),
  /** {@code float} / {@code Float}. */
  FLOAT(
      of(Float.class, float.class)
          .number("float", Float.toString(Float.MAX_VALUE))
          .example("0.25")),
  /** {@code BigDecimal}. */
  DECIMAL(of(BigDecimal.class).number(null, null).example("12.345")),
  /** {@code boolean} / {@code Boolean}: a flag. */
  BOOLEAN(
      of(Boolean.class, boolean.class)
          .json("boolean")
          .label("boolean")
          .expected("true or false")
          .example("false")),
  /**
   * An enum; values are the constant names as declared (they stay strings until bound). Its
   * expected form is "one of" its constants.
   */
  ENUM(of(null).json("string").label("value")),
  /** {@code Duration}: {@code 10s}, {@code 1m30s}, {@code 250ms}, {@code PT10S}. */
  DURATION(
      of(Duration.class)
          .json("string")
          .pattern(OptionType.DURATION_PATTERN)
          .label("duration")
          .expected("a duration like 10s, 1m30s, 250ms or PT10S")
          .example("1m30s")),
  /** {@code URI}: an absolute URI. */
  URI(
      of(java.net.URI.class)
          .json("string")
          .format("uri")
          .pattern(OptionType.URI_PATTERN)
          .label("uri")
          .expected("an absolute URI like https://example.com/path")
          .example("https://example.com/path")),
  /** {@code URL}: an absolute URL of a protocol the JDK knows. */
  URL(
      of(java.net.URL.class)
          .json("string")
          .format("uri")
          .pattern(OptionType.URL_PATTERN)
          .label("url")
          .expected("a URL like https://example.com/path")
          .example("https://example.com/path")),
  /** {@code Path}. */
  PATH(of(Path.class).json("string").label("path").expected("a file path").example("/tmp/x")),
  /** {@code InetSocketAddress}: {@code host:port}, not resolved. */
  SOCKET_ADDRESS(
      of(InetSocketAddress.class)
          .json("string")
          .pattern(OptionType.SOCKET_ADDRESS_PATTERN)
          .label("host:port")
          .expected("host:port like localhost:9003")
          .example("localhost:9003")),
  /** {@code Instant}: an ISO-8601 (RFC 3339) date and time with a zone offset. */
  INSTANT(
      of(Instant.class)
          .json("string")
          .format("date-time")
          .pattern(OptionType.INSTANT_PATTERN)
          .label("instant")
          .expected("an ISO-8601 instant like 2024-05-01T12:00:00Z")
          .example("2024-05-01T12:00:00Z"));

  /** Durations: humantime ({@code 1m30s}, {@code 250ms}) or ISO-8601 ({@code PT10S}). */
  public static final String DURATION_PATTERN =
      "^(?:(?:[0-9]{1,9}(?:ns|us|ms|s|m|h|d))+|P(?=[0-9]|T[0-9])(?:[0-9]{1,9}D)?"
          + "(?:T(?=[0-9])(?:[0-9]{1,9}H)?(?:[0-9]{1,9}M)?(?:[0-9]{1,9}(?:\\.[0-9]{1,9})?S)?)?)$";

  /** {@code host:port} with a host name, an IPv4 address or a bracketed IPv6 address. */
  public static final String SOCKET_ADDRESS_PATTERN =
      "^(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})):"
          + "(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$";

  /**
   * URIs are absolute: a scheme, a colon, then printable ASCII (non-ASCII characters must be
   * percent-encoded, as the {@code uri} format requires).
   */
  public static final String URI_PATTERN = "^[A-Za-z][A-Za-z0-9+.-]*:[!-~]+$";

  /** URLs must name a protocol the JDK can open. */
  public static final String URL_PATTERN =
      "^(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP]|[fF][iI][lL][eE]|[jJ][aA][rR]):";

  /**
   * Instants: the part of RFC 3339's {@code date-time} that {@code java.time} reads, i.e. upper
   * case {@code T} and {@code Z}, seconds from 00 to 59 (no leap second), at most nine fraction
   * digits and an offset within ±18:00 ({@code -00:00}, "offset unknown", is not one).
   */
  public static final String INSTANT_PATTERN =
      "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
          + "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?"
          + "(?:Z|[+-](?!00:00)(?:(?:0[0-9]|1[0-7]):[0-5][0-9]|18:00)|\\+00:00)$";

  private final Facts facts;

  OptionType(Facts facts) {
    this.facts = facts;
  }

  /**
   * The type whose Java class is {@code qualifiedName} (a boxed name for primitives), if any; enums
   * are not found here, any enum maps to {@link #ENUM}.
   */
  public static Optional<OptionType> forJavaType(String qualifiedName) {
    return Optional.ofNullable(ByName.JAVA.get(qualifiedName));
  }

  /** The type of a primitive Java type named as in source ({@code int}), if any. */
  public static Optional<OptionType> forPrimitive(String keyword) {
    return Optional.ofNullable(ByName.PRIMITIVE.get(keyword));
  }

  /** The entries by Java type name, built once the constants exist. */
  private static final class ByName {
    static final Map<String, OptionType> JAVA = index(false);
    static final Map<String, OptionType> PRIMITIVE = index(true);

    private static Map<String, OptionType> index(boolean primitives) {
      Map<String, OptionType> out = new HashMap<>();
      for (OptionType t : values()) {
        Class<?> type = primitives ? t.facts.primitive : t.facts.javaType;
        if (type != null && out.put(type.getCanonicalName(), t) != null) {
          throw new IllegalStateException("two option types map " + type.getCanonicalName());
        }
      }
      return Map.copyOf(out);
    }
  }

  /** The Java class of a value (the boxed class for primitives); {@code null} for enums. */
  public Class<?> javaType() {
    return facts.javaType;
  }

  /** The primitive Java type of this type ({@code int.class}), or {@code null}. */
  public Class<?> primitiveType() {
    return facts.primitive;
  }

  /** How the type is named in messages and docs: {@code int/Integer}, {@code Duration}. */
  public String javaName() {
    if (facts.javaType == null) {
      return "an enum";
    }
    String simple = facts.javaType.getSimpleName();
    return facts.primitive == null ? simple : facts.primitive.getName() + "/" + simple;
  }

  /** A valid value, as written on the command line; {@code null} for enums. */
  public String example() {
    return facts.example;
  }

  /** The JSON Schema {@code type}. */
  public String jsonType() {
    return facts.jsonType;
  }

  /** The JSON Schema {@code format}, or {@code null}. */
  public String format() {
    return facts.format;
  }

  /** The schema {@code pattern} every value of this type matches, or {@code null}. */
  public String typePattern() {
    return facts.pattern;
  }

  /** The smallest value of an integer or floating-point type, or {@code null}. */
  public BigDecimal typeMinimum() {
    return facts.minimum;
  }

  /** The largest value of an integer or floating-point type, or {@code null}. */
  public BigDecimal typeMaximum() {
    return facts.maximum;
  }

  /** True for the numeric types. */
  public boolean isNumeric() {
    return facts.jsonType.equals("integer") || facts.jsonType.equals("number");
  }

  /** True for types whose values are JSON strings (length and pattern constraints apply). */
  public boolean isString() {
    return facts.jsonType.equals("string");
  }

  /** What a value must look like, for error messages: {@code "a 32-bit integer"}. */
  public String expectedForm(List<String> enumValues) {
    return facts.expected != null ? facts.expected : "one of " + String.join(", ", enumValues);
  }

  /** A short placeholder for help output, e.g. {@code <duration>}. */
  public String label() {
    return facts.label;
  }

  /**
   * Parses a value written as on the command line. Enum values stay strings (the generated binder
   * turns them into constants).
   *
   * @throws IllegalArgumentException with the expected form when the text does not parse
   */
  public Object parse(String text, List<String> enumValues) {
    Object value = parseOrNull(text, enumValues);
    if (value == null) {
      throw new IllegalArgumentException("expected " + expectedForm(enumValues));
    }
    return value;
  }

  /**
   * Each entry's parser (in {@link ValueParsers}): the value, or {@code null} when the text is not
   * one. A switch rather than a lambda per entry: the annotation processor loads this class afresh
   * in every compilation, where each lambda is a class spun again (docs/performance.md). A new
   * entry does not compile until it has its case here.
   */
  private Object parseOrNull(String text, List<String> enumValues) {
    return switch (this) {
      case STRING -> text;
      case INT, LONG, SHORT, BYTE -> ValueParsers.integer(text, this);
      case DOUBLE, FLOAT, DECIMAL -> ValueParsers.number(text, this);
      case BOOLEAN -> ValueParsers.bool(text);
      case ENUM -> enumValues.contains(text) ? text : null;
      case DURATION -> ValueParsers.duration(text);
      case URI -> ValueParsers.uri(text);
      case URL -> ValueParsers.url(text);
      case PATH -> ValueParsers.path(text);
      case SOCKET_ADDRESS -> ValueParsers.socketAddress(text);
      case INSTANT -> ValueParsers.instant(text);
    };
  }

  private static Facts of(Class<?> javaType) {
    return new Facts(javaType, null);
  }

  private static Facts of(Class<?> javaType, Class<?> primitive) {
    return new Facts(javaType, primitive);
  }

  /** The facts of one entry, gathered by a small builder so each constant reads as a sentence. */
  private static final class Facts {
    private final Class<?> javaType;
    private final Class<?> primitive;
    private String jsonType;
    private String format;
    private String pattern;
    private BigDecimal minimum;
    private BigDecimal maximum;
    private String label;
    private String example;
    private String expected;

    Facts(Class<?> javaType, Class<?> primitive) {
      this.javaType = javaType;
      this.primitive = primitive;
    }

    Facts json(String type) {
      jsonType = type;
      return this;
    }

    Facts format(String value) {
      format = value;
      return this;
    }

    Facts pattern(String value) {
      pattern = value;
      return this;
    }

    Facts label(String value) {
      label = value;
      return this;
    }

    Facts example(String value) {
      example = value;
      return this;
    }

    Facts expected(String form) {
      expected = form;
      return this;
    }

    /** An integer type of the given range. */
    Facts integer(String jsonFormat, long min, long max) {
      minimum = BigDecimal.valueOf(min);
      maximum = BigDecimal.valueOf(max);
      return json("integer").format(jsonFormat).label("integer");
    }

    /** A floating-point or decimal type, bounded by {@code ±max} when given. */
    Facts number(String jsonFormat, String max) {
      if (max != null) {
        minimum = new BigDecimal(max).negate();
        maximum = new BigDecimal(max);
      }
      return json("number").format(jsonFormat).label("number").expected("a number like 1.5");
    }
  }
}
