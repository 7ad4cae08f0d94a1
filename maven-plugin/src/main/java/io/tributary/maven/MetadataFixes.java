package io.tributary.maven;

/** How to fix a violation of the metadata schema, by the key it is about. */
final class MetadataFixes {
  private MetadataFixes() {}

  static String fixFor(String pointer) {
    String key = pointer.isEmpty() ? "" : pointer.substring(1).split("/", 2)[0];
    return switch (key) {
      case "name" ->
          "use lower-case letters, digits and '-', starting with a letter, as in"
              + " 'http-source' (@Connector(name = ...))";
      case "direction" -> "use \"source\" or \"sink\" (@Connector(direction = ...))";
      case "version" ->
          "use a semantic version such as \"1.2.3\" or \"1.2.3-rc.1\""
              + " (-Atributary.version=${project.version} or @Connector(version = ...))";
      case "description" ->
          "describe the connector in the first paragraph of the record's Javadoc,"
              + " or set @Connector(description = ...)";
      case "schema" ->
          "give \"schema\" the draft-07 \"$schema\", \"type\": \"object\" and"
              + " \"properties\" (tributary-processor writes these)";
      default -> Rule.METADATA.fix();
    };
  }
}
