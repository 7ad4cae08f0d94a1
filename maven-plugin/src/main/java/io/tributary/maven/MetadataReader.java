package io.tributary.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Parses metadata resources into {@link MetadataDocument}s, reporting unreadable ones. */
public final class MetadataReader {

  /**
   * The result of parsing one resource: a document, or the problem that prevented it.
   *
   * @param document the document, if the resource is a JSON object
   * @param problems why there is no document (empty when there is one)
   */
  public record Parsed(Optional<MetadataDocument> document, List<Problem> problems) {
    /** Copies the list. */
    public Parsed {
      problems = List.copyOf(problems);
    }
  }

  private MetadataReader() {}

  /** Parses {@code source}; a syntax error or a non-object becomes a {@link Rule#JSON} problem. */
  public static Parsed parse(MetadataSource source) {
    JsonNode node;
    try {
      node = Json.parse(source.bytes());
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      return failed(
          source, "is not valid JSON" + where + ": " + withoutSource(e.getOriginalMessage()));
    } catch (IOException e) {
      return failed(source, "cannot be read: " + e.getMessage());
    }
    if (node == null || node.isMissingNode()) {
      return failed(source, "is empty");
    }
    if (!(node instanceof ObjectNode object)) {
      return failed(
          source,
          "is a JSON "
              + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
              + ", not an object");
    }
    return new Parsed(Optional.of(new MetadataDocument(source.location(), object)), List.of());
  }

  /** Jackson's messages name a redacted source; keep only the line and column. */
  private static String withoutSource(String message) {
    return message.replaceAll("\\[Source: [^;\\]]*; (line: \\d+, column: \\d+)\\]", "[$1]");
  }

  private static Parsed failed(MetadataSource source, String message) {
    return new Parsed(
        Optional.empty(),
        List.of(Rule.JSON.problem(source.location(), "", "the document " + message)));
  }
}
