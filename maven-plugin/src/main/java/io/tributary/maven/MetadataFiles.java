package io.tributary.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the metadata resources ({@value #DIRECTORY}{@code *.json}) in a class output directory or a
 * jar, in file-name order.
 */
public final class MetadataFiles {
  /** Where the annotation processor writes metadata, relative to the class output. */
  public static final String DIRECTORY = "META-INF/tributary/connectors/";

  private MetadataFiles() {}

  /**
   * The metadata resources under {@code classesDir}; an absent directory has none.
   *
   * @param classesDir the class output directory, for example {@code target/classes}
   * @param display turns a file into the location shown to the user
   */
  public static List<MetadataSource> fromDirectory(Path classesDir, Function<Path, String> display)
      throws IOException {
    Path dir = classesDir.resolve(DIRECTORY);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<MetadataSource> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(MetadataFiles::isJsonFile).sorted().toList()) {
        String name = file.getFileName().toString();
        sources.add(new MetadataSource(display.apply(file), name, Files.readAllBytes(file)));
      }
    }
    return sources;
  }

  /** The metadata resources inside {@code jar}, read without running anything. */
  public static List<MetadataSource> fromJar(Path jar) throws IOException {
    List<MetadataSource> sources = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<? extends ZipEntry> entries =
          zip.stream()
              .filter(e -> !e.isDirectory() && isMetadataEntry(e.getName()))
              .sorted(Comparator.comparing(ZipEntry::getName))
              .toList();
      for (ZipEntry entry : entries) {
        try (InputStream in = zip.getInputStream(entry)) {
          String name = entry.getName().substring(DIRECTORY.length());
          sources.add(
              new MetadataSource(
                  jar.getFileName() + "!/" + entry.getName(), name, in.readAllBytes()));
        }
      }
    }
    return sources;
  }

  private static boolean isJsonFile(Path file) {
    return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".json");
  }

  private static boolean isMetadataEntry(String entry) {
    return entry.startsWith(DIRECTORY)
        && entry.endsWith(".json")
        && entry.indexOf('/', DIRECTORY.length()) < 0;
  }
}
