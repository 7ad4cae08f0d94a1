package io.tributary.schema;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The value types an option can have, with their JSON Schema form and their parser. The same
 * parser checks defaults at compile time and arguments at run time, and agrees with the schema.
 */
public enum OptionType {
  /** {@code String}. */
  STRING("string", null, "string"),
  /** {@code boolean} / {@code Boolean}: a flag. */
  BOOLEAN("boolean", null, "boolean"),
  /** {@code byte} / {@code Byte}. */
  BYTE("integer", "int32", "integer"),
  /** {@code short} / {@code Short}. */
  SHORT("integer", "int32", "integer"),
  /** {@code int} / {@code Integer}. */
  INT("integer", "int32", "integer"),
  /** {@code long} / {@code Long}. */
  LONG("integer", "int64", "integer"),
  /** {@code float} / {@code Float}. */
  FLOAT("number", "float", "number"),
  /** {@code double} / {@code Double}. */
  DOUBLE("number", "double", "number"),
  /** {@code BigDecimal}. */
  DECIMAL("number", null, "number"),
  /** An enum; values are the constant names as declared. */
  ENUM("string", null, "value"),
  /** {@code Duration}: {@code 10s}, {@code 1m30s}, {@code 250ms}, {@code PT10S}. */
  DURATION("string", null, "duration"),
  /** {@code URI}: an absolute URI. */
  URI("string", "uri", "uri"),
  /** {@code URL}: an absolute URL of a protocol the JDK knows. */
  URL("string", "uri", "url"),
  /** {@code Path}. */
  PATH("string", null, "path"),
  /** {@code InetSocketAddress}: {@code host:port}, not resolved. */
  SOCKET_ADDRESS("string", null, "host:port");

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

  private static final Pattern DURATION_RE = Pattern.compile(DURATION_PATTERN);
  private static final Pattern SOCKET_RE = Pattern.compile(SOCKET_ADDRESS_PATTERN);
  private static final Pattern URL_RE = Pattern.compile(URL_PATTERN);
  private static final Pattern URI_RE = Pattern.compile(URI_PATTERN);
  private static final Pattern NUMBER_RE =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  private final String jsonType;
  private final String format;
  private final String label;

  OptionType(String jsonType, String format, String label) {
    this.jsonType = jsonType;
    this.format = format;
    this.label = label;
  }

  /** The JSON Schema {@code type}. */
  public String jsonType() {
    return jsonType;
  }

  /** The JSON Schema {@code format}, or {@code null}. */
  public String format() {
    return format;
  }

  /** The schema {@code pattern} every value of this type matches, or {@code null}. */
  public String typePattern() {
    return switch (this) {
      case DURATION -> DURATION_PATTERN;
      case SOCKET_ADDRESS -> SOCKET_ADDRESS_PATTERN;
      case URL -> URL_PATTERN;
      case URI -> URI_PATTERN;
      default -> null;
    };
  }

  /** The smallest value of an integer or floating-point type, or {@code null}. */
  public BigDecimal typeMinimum() {
    return switch (this) {
      case BYTE -> BigDecimal.valueOf(Byte.MIN_VALUE);
      case SHORT -> BigDecimal.valueOf(Short.MIN_VALUE);
      case INT -> BigDecimal.valueOf(Integer.MIN_VALUE);
      case LONG -> BigDecimal.valueOf(Long.MIN_VALUE);
      case FLOAT -> new BigDecimal(Float.toString(-Float.MAX_VALUE));
      case DOUBLE -> new BigDecimal(Double.toString(-Double.MAX_VALUE));
      default -> null;
    };
  }

  /** The largest value of an integer or floating-point type, or {@code null}. */
  public BigDecimal typeMaximum() {
    return switch (this) {
      case BYTE -> BigDecimal.valueOf(Byte.MAX_VALUE);
      case SHORT -> BigDecimal.valueOf(Short.MAX_VALUE);
      case INT -> BigDecimal.valueOf(Integer.MAX_VALUE);
      case LONG -> BigDecimal.valueOf(Long.MAX_VALUE);
      case FLOAT -> new BigDecimal(Float.toString(Float.MAX_VALUE));
      case DOUBLE -> new BigDecimal(Double.toString(Double.MAX_VALUE));
      default -> null;
    };
  }

  /** True for the numeric types. */
  public boolean isNumeric() {
    return jsonType.equals("integer") || jsonType.equals("number");
  }

  /** True for types whose values are JSON strings (length and pattern constraints apply). */
  public boolean isString() {
    return jsonType.equals("string");
  }

  /** What a value must look like, for error messages: {@code "an int32 integer"}. */
  public String expectedForm(List<String> enumValues) {
    return switch (this) {
      case STRING -> "a string";
      case BOOLEAN -> "true or false";
      case BYTE -> "an integer from -128 to 127";
      case SHORT -> "an integer from -32768 to 32767";
      case INT -> "a 32-bit integer";
      case LONG -> "a 64-bit integer";
      case FLOAT, DOUBLE, DECIMAL -> "a number like 1.5";
      case ENUM -> "one of " + String.join(", ", enumValues);
      case DURATION -> "a duration like 10s, 1m30s, 250ms or PT10S";
      case URI -> "an absolute URI like https://example.com/path";
      case URL -> "a URL like https://example.com/path";
      case PATH -> "a file path";
      case SOCKET_ADDRESS -> "host:port like localhost:9003";
    };
  }

  /** A short placeholder for help output, e.g. {@code <duration>}. */
  public String label() {
    return label;
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

  private Object parseOrNull(String text, List<String> enumValues) {
    switch (this) {
      case STRING:
        return text;
      case BOOLEAN:
        return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        return parseInteger(text);
      case FLOAT:
      case DOUBLE:
      case DECIMAL:
        return parseNumber(text);
      case ENUM:
        return enumValues.contains(text) ? text : null;
      case DURATION:
        return DURATION_RE.matcher(text).matches() ? Durations.parse(text) : null;
      case URI:
        return parseUri(text);
      case URL:
        return parseUrl(text);
      case PATH:
        return parsePath(text);
      case SOCKET_ADDRESS:
        return parseSocketAddress(text);
      default:
        throw new AssertionError(this);
    }
  }

  private Object parseInteger(String text) {
    // Any JSON number with an integral value, as JSON Schema's "integer" (1e3 and 1.0 included).
    if (!NUMBER_RE.matcher(text).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      return null;
    }
    if (value.compareTo(typeMinimum()) < 0 || value.compareTo(typeMaximum()) > 0) {
      return null;
    }
    return switch (this) {
      case BYTE -> value.byteValueExact();
      case SHORT -> value.shortValueExact();
      case INT -> value.intValueExact();
      default -> value.longValueExact();
    };
  }

  private Object parseNumber(String text) {
    if (!NUMBER_RE.matcher(text).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    return switch (this) {
      case FLOAT -> {
        float f = value.floatValue();
        yield Float.isFinite(f) ? f : null;
      }
      case DOUBLE -> {
        double d = value.doubleValue();
        yield Double.isFinite(d) ? d : null;
      }
      default -> value;
    };
  }

  private static java.net.URI parseUri(String text) {
    try {
      java.net.URI uri = new java.net.URI(text);
      return uri.isAbsolute() && URI_RE.matcher(text).find() ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static java.net.URL parseUrl(String text) {
    java.net.URI uri = parseUri(text);
    if (uri == null || !URL_RE.matcher(text).find()) {
      return null;
    }
    try {
      return uri.toURL();
    } catch (java.net.MalformedURLException | IllegalArgumentException e) {
      return null;
    }
  }

  private static Path parsePath(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static InetSocketAddress parseSocketAddress(String text) {
    if (!SOCKET_RE.matcher(text).matches()) {
      return null;
    }
    int colon = text.lastIndexOf(':');
    String host = text.substring(0, colon);
    if (host.startsWith("[")) {
      host = host.substring(1, host.length() - 1);
    }
    return InetSocketAddress.createUnresolved(host, Integer.parseInt(text.substring(colon + 1)));
  }
}
