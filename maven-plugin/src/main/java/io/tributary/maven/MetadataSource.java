package io.tributary.maven;

import java.util.Objects;

/**
 * The raw bytes of one metadata resource and where they came from.
 *
 * @param location where the resource is, as shown to the user
 * @param fileName the resource's file name, for example {@code http-source.json}
 * @param bytes the resource's content
 */
public record MetadataSource(String location, String fileName, byte[] bytes) {

  /** Checks that no component is null. */
  public MetadataSource {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The connector name the file name promises: the file name without {@code .json}. */
  public String expectedName() {
    return fileName.endsWith(".json")
        ? fileName.substring(0, fileName.length() - ".json".length())
        : fileName;
  }
}
