package io.tributary.schema;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The parsers the {@link OptionType} entries name: each turns command-line text into a value of its
 * type, or {@code null} when the text is not one, accepting exactly what the type's schema accepts.
 */
final class ValueParsers {
  private static final Pattern DURATION = Pattern.compile(OptionType.DURATION_PATTERN);
  private static final Pattern SOCKET = Pattern.compile(OptionType.SOCKET_ADDRESS_PATTERN);
  private static final Pattern URL = Pattern.compile(OptionType.URL_PATTERN);
  private static final Pattern URI = Pattern.compile(OptionType.URI_PATTERN);
  private static final Pattern INSTANT = Pattern.compile(OptionType.INSTANT_PATTERN);
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  private ValueParsers() {}

  static String string(String text) {
    return text;
  }

  static Boolean bool(String text) {
    return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
  }

  /**
   * Any JSON number with an integral value within the type's range, as JSON Schema's "integer" (so
   * {@code 1e3} and {@code 1.0} too), as the type's boxed value.
   */
  static Object integer(String text, OptionType type) {
    BigDecimal min = type.typeMinimum();
    BigDecimal max = type.typeMaximum();
    if (!NUMBER.matcher(text).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      return null;
    }
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      return null;
    }
    return switch (type) {
      case LONG -> value.longValueExact();
      case SHORT -> value.shortValueExact();
      case BYTE -> value.byteValueExact();
      default -> value.intValueExact();
    };
  }

  /**
   * Any JSON number, as a {@code BigDecimal}, or a finite {@code Double} or {@code Float} for those
   * types ({@code null} for a value they cannot hold).
   */
  static Object number(String text, OptionType type) {
    if (!NUMBER.matcher(text).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    return switch (type) {
      case DOUBLE -> finiteDouble(value);
      case FLOAT -> finiteFloat(value);
      default -> value;
    };
  }

  private static Object finiteFloat(BigDecimal value) {
    float f = value.floatValue();
    return Float.isFinite(f) ? f : null;
  }

  private static Object finiteDouble(BigDecimal value) {
    double d = value.doubleValue();
    return Double.isFinite(d) ? d : null;
  }

  static Object duration(String text) {
    return DURATION.matcher(text).matches() ? Durations.parse(text) : null;
  }

  static java.net.URI uri(String text) {
    try {
      java.net.URI uri = new java.net.URI(text);
      return uri.isAbsolute() && URI.matcher(text).find() ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  static java.net.URL url(String text) {
    java.net.URI uri = uri(text);
    if (uri == null || !URL.matcher(text).find()) {
      return null;
    }
    try {
      return uri.toURL();
    } catch (java.net.MalformedURLException | IllegalArgumentException e) {
      return null;
    }
  }

  static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  static InetSocketAddress socketAddress(String text) {
    if (!SOCKET.matcher(text).matches()) {
      return null;
    }
    int colon = text.lastIndexOf(':');
    String host = text.substring(0, colon);
    if (host.startsWith("[")) {
      host = host.substring(1, host.length() - 1);
    }
    return InetSocketAddress.createUnresolved(host, Integer.parseInt(text.substring(colon + 1)));
  }

  /** The pattern fixes the shape; the strict ISO parser rejects days a month does not have. */
  static Instant instant(String text) {
    if (!INSTANT.matcher(text).matches()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
