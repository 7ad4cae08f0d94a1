package io.example;

import io.tributary.Connector;
import io.tributary.Direction;
import io.tributary.Option;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Exercises every supported option type; uses {@code <b>HTML</b>} and
 * {@link java.time.Duration durations} in its
 * description.
 *
 * <p>Second paragraph, not part of the description.
 *
 * @param text a string, 100% {@code text}
 * @param primitiveInt an int
 * @param boxedInt an Integer
 * @param primitiveLong a long
 * @param boxedLong a Long
 * @param primitiveShort a short
 * @param boxedShort a Short
 * @param primitiveByte a byte
 * @param boxedByte a Byte
 * @param primitiveDouble a double
 * @param boxedDouble a Double
 * @param primitiveFloat a float
 * @param boxedFloat a Float
 * @param decimal a BigDecimal
 * @param flag a boolean flag
 * @param boxedFlag a Boolean flag
 * @param mode an enum with a default
 * @param interval a Duration
 * @param endpoint a URI
 * @param url a URL
 * @param file a Path
 * @param address an InetSocketAddress
 * @param since an Instant with a default
 * @param maybeText an Optional String
 * @param maybeNumber an Optional Integer
 * @param maybeMode an Optional enum
 * @param maybeInt an OptionalInt
 * @param maybeLong an OptionalLong
 * @param maybeDouble an OptionalDouble
 * @param tags a List of String, repeatable
 * @param modes a List of enum
 * @param ports a Set of Integer
 * @param modeSet a Set of enum
 * @param labels a Map of String
 * @param modeMap a Map of enum
 * @param timeouts a Map of Duration
 * @param URLPath an acronym, kebab-cased
 */
@Connector(name = "all-types", direction = Direction.SOURCE)
public record AllTypesOptions(
    String text,
    int primitiveInt,
    Integer boxedInt,
    long primitiveLong,
    Long boxedLong,
    short primitiveShort,
    Short boxedShort,
    byte primitiveByte,
    Byte boxedByte,
    double primitiveDouble,
    Double boxedDouble,
    float primitiveFloat,
    Float boxedFloat,
    BigDecimal decimal,
    boolean flag,
    Boolean boxedFlag,
    @Option(defaultValue = "FAST") Mode mode,
    Duration interval,
    URI endpoint,
    URL url,
    Path file,
    InetSocketAddress address,
    @Option(defaultValue = "2024-01-01T00:00:00Z") Instant since,
    Optional<String> maybeText,
    Optional<Integer> maybeNumber,
    Optional<Mode> maybeMode,
    OptionalInt maybeInt,
    OptionalLong maybeLong,
    OptionalDouble maybeDouble,
    List<String> tags,
    List<Mode> modes,
    Set<Integer> ports,
    Set<Mode> modeSet,
    Map<String, String> labels,
    Map<String, Mode> modeMap,
    Map<String, Duration> timeouts,
    Optional<String> URLPath) {

  /** How fast to go. */
  public enum Mode { SLOW, FAST }
}
