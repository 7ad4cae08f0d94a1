package io.tributary.maven;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gathers metadata documents into a catalog ({@code {"$schema": …, "connectors": […]}}), sorted by
 * connector name so the same inputs give the same bytes, and validates it against the published
 * catalog schema.
 */
public final class CatalogBuilder {

  /**
   * A built catalog.
   *
   * @param json the catalog document
   * @param connectors the connectors in catalog order, directions in lower case
   * @param problems why the catalog is not valid (empty when it is)
   */
  public record Catalog(
      ObjectNode json, List<MetadataDocument> connectors, List<Problem> problems) {
    /** Copies the lists. */
    public Catalog {
      connectors = List.copyOf(connectors);
      problems = List.copyOf(problems);
    }
  }

  private final Schemas schemas;

  /** A builder validating with {@code schemas}. */
  public CatalogBuilder(Schemas schemas) {
    this.schemas = schemas;
  }

  /** Builds and validates the catalog of {@code documents}. */
  public Catalog build(List<MetadataDocument> documents) {
    List<MetadataDocument> sorted =
        documents.stream()
            .map(CatalogBuilder::lowerCaseDirection)
            .sorted(
                Comparator.comparing(MetadataDocument::name)
                    .thenComparing(MetadataDocument::version)
                    .thenComparing(MetadataDocument::location))
            .toList();
    ObjectNode catalog = Json.MAPPER.createObjectNode();
    catalog.put("$schema", Schemas.CATALOG_ID);
    ArrayNode connectors = catalog.putArray("connectors");
    sorted.forEach(d -> connectors.add(d.json()));

    List<Problem> problems = new ArrayList<>(duplicates(sorted));
    for (ValidationMessage m : schemas.validateCatalog(catalog)) {
      problems.add(locate(m, sorted));
    }
    return new Catalog(catalog, sorted, problems);
  }

  private static MetadataDocument lowerCaseDirection(MetadataDocument d) {
    if (!d.json().path("direction").isTextual()) {
      return d;
    }
    ObjectNode copy = d.json().deepCopy();
    copy.put("direction", copy.get("direction").asText().toLowerCase(Locale.ROOT));
    return new MetadataDocument(d.location(), copy);
  }

  private static List<Problem> duplicates(List<MetadataDocument> sorted) {
    Map<String, MetadataDocument> first = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (MetadataDocument d : sorted) {
      MetadataDocument other = first.putIfAbsent(d.name(), d);
      if (other != null) {
        problems.add(
            Rule.CATALOG_DUPLICATE.problem(
                d.location(),
                "/name",
                "connector name '" + d.name() + "' is also used by " + other.location()));
      }
    }
    return problems;
  }

  /** Turns a catalog violation into a problem located in the connector's own document. */
  private static Problem locate(ValidationMessage m, List<MetadataDocument> sorted) {
    String pointer = Schemas.pointer(m);
    String[] parts = pointer.split("/", 4);
    if (parts.length >= 3 && parts[1].equals("connectors") && parts[2].matches("\\d+")) {
      MetadataDocument d = sorted.get(Integer.parseInt(parts[2]));
      String inner = parts.length == 4 ? "/" + parts[3] : "";
      return Rule.CATALOG_SCHEMA.problem(
          d.location(),
          inner,
          "connector '" + d.name() + "': " + Schemas.text(m),
          MetadataFixes.fixFor(inner));
    }
    return Rule.CATALOG_SCHEMA.problem("catalog.json", pointer, Schemas.text(m));
  }
}
