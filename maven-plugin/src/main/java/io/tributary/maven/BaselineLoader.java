package io.tributary.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the metadata of a previous release from a metadata {@code .json} file, a catalog {@code
 * .json} file, a directory of either (or a class output directory), or a jar. Lenient: old catalogs
 * that say {@code "Source"}/{@code "Sink"} read fine; only unreadable input is a problem.
 */
public final class BaselineLoader {

  /**
   * Loaded baseline metadata.
   *
   * @param documents the connectors of the previous release
   * @param problems why some or all of it could not be read
   */
  public record Loaded(List<MetadataDocument> documents, List<Problem> problems) {
    /** Copies the lists. */
    public Loaded {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }
  }

  private BaselineLoader() {}

  /** Reads the baseline at {@code path}, shown to the user as {@code display}. */
  public static Loaded load(Path path, String display) {
    List<MetadataDocument> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try {
      for (MetadataSource source : sources(path, display)) {
        MetadataReader.Parsed parsed = MetadataReader.parse(source);
        parsed.problems().forEach(p -> problems.add(asBaselineProblem(p)));
        parsed.document().ifPresent(d -> addDocuments(d, documents));
      }
    } catch (IOException e) {
      problems.add(
          Rule.BASELINE.problem(display, "", "the baseline cannot be read: " + e.getMessage()));
    }
    if (documents.isEmpty() && problems.isEmpty()) {
      problems.add(Rule.BASELINE.problem(display, "", "the baseline holds no connector metadata"));
    }
    return new Loaded(documents, problems);
  }

  private static List<MetadataSource> sources(Path path, String display) throws IOException {
    if (!Files.exists(path)) {
      throw new IOException("no such file or directory");
    }
    if (Files.isDirectory(path)) {
      List<MetadataSource> inClasses =
          MetadataFiles.fromDirectory(path, p -> display + "/" + path.relativize(p));
      return inClasses.isEmpty() ? jsonFiles(path, display) : inClasses;
    }
    if (path.getFileName().toString().endsWith(".jar")) {
      return MetadataFiles.fromJar(path);
    }
    return List.of(
        new MetadataSource(display, path.getFileName().toString(), Files.readAllBytes(path)));
  }

  private static List<MetadataSource> jsonFiles(Path dir, String display) throws IOException {
    List<MetadataSource> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        sources.add(
            new MetadataSource(
                display + "/" + f.getFileName(),
                f.getFileName().toString(),
                Files.readAllBytes(f)));
      }
    }
    return sources;
  }

  /** A catalog contributes each of its connectors; a metadata document contributes itself. */
  private static void addDocuments(MetadataDocument d, List<MetadataDocument> out) {
    JsonNode connectors = d.json().get("connectors");
    if (connectors != null && connectors.isArray()) {
      for (int i = 0; i < connectors.size(); i++) {
        if (connectors.get(i) instanceof ObjectNode o) {
          out.add(new MetadataDocument(d.location() + "#/connectors/" + i, o));
        }
      }
    } else {
      out.add(d);
    }
  }

  private static Problem asBaselineProblem(Problem p) {
    return Rule.BASELINE.problem(p.file(), p.pointer(), p.message());
  }
}
