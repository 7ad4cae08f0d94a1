package io.tributary.schema;

import io.tributary.Direction;
import java.util.List;
import java.util.Objects;

/**
 * A connector as its metadata document describes it.
 *
 * @param name the connector's name
 * @param direction source or sink
 * @param version the connector's version
 * @param description the connector's description
 * @param title the schema title: the options record's simple name
 * @param options the options, in declaration order
 */
public record ConnectorModel(
    String name,
    Direction direction,
    String version,
    String description,
    String title,
    List<OptionModel> options) {

  /** The resource folder holding metadata documents. */
  public static final String RESOURCE_DIR = "META-INF/tributary/connectors/";

  /** The resource listing the names of the connectors in a jar, one a line. */
  public static final String LIST_RESOURCE = "META-INF/tributary/connectors.list";

  /** Checks arguments and copies the option list. */
  public ConnectorModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(title, "title");
    options = List.copyOf(options);
  }

  /**
   * The metadata resource path of a connector: {@code META-INF/tributary/connectors/<name>.json}.
   */
  public static String resourcePath(String name) {
    return RESOURCE_DIR + name + ".json";
  }
}
