package io.tributary.maven;

import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks metadata documents: the published metadata schema, the draft-07 meta-schema for the
 * options schema, the resource file name, and the {@link LintRules}. Returns every problem; never
 * throws for bad content.
 */
public final class MetadataChecker {
  private final Schemas schemas;
  private final LintRules lint;

  /** A checker validating with {@code schemas}. */
  public MetadataChecker(Schemas schemas) {
    this.schemas = schemas;
    this.lint = new LintRules(schemas);
  }

  /** Every problem of one resource. */
  public List<Problem> check(MetadataSource source) {
    MetadataReader.Parsed parsed = MetadataReader.parse(source);
    if (parsed.document().isEmpty()) {
      return parsed.problems();
    }
    return check(parsed.document().get(), source.expectedName());
  }

  /**
   * Every problem of one parsed document.
   *
   * @param expectedName the name promised by the resource file name, or {@code null} to skip that
   *     check
   */
  public List<Problem> check(MetadataDocument document, String expectedName) {
    List<Problem> problems = new ArrayList<>();
    for (ValidationMessage m : schemas.validateMetadata(document.json())) {
      String pointer = Schemas.pointer(m);
      problems.add(
          Rule.METADATA.problem(
              document.location(), pointer, Schemas.text(m), MetadataFixes.fixFor(pointer)));
    }
    Set<String> invalidOptions = new HashSet<>();
    if (document.schema().isObject()) {
      Map<String, List<String>> byPointer = new TreeMap<>();
      for (ValidationMessage m : schemas.validateDraft7(document.schema())) {
        String pointer = "/schema" + Schemas.pointer(m);
        if (!coveredByLint(pointer, m)) {
          byPointer.computeIfAbsent(pointer, k -> new ArrayList<>()).add(Schemas.text(m));
        }
      }
      byPointer.forEach(
          (pointer, texts) -> {
            invalidOptions.add(optionOf(pointer));
            problems.add(
                Rule.SCHEMA_DRAFT7.problem(
                    document.location(), pointer, String.join("; or ", texts)));
          });
    }
    if (expectedName != null
        && !document.name().isEmpty()
        && !document.name().equals(expectedName)) {
      problems.add(
          Rule.FILE_NAME.problem(
              document.location(),
              "/name",
              "the file is named '"
                  + expectedName
                  + ".json' but the connector is named '"
                  + document.name()
                  + "'"));
    }
    problems.addAll(lint.check(document, name -> !invalidOptions.contains(name)));
    return problems;
  }

  /** Empty or repeated enum values: {@link Rule#LINT_ENUM} says which value, so leave these. */
  private static boolean coveredByLint(String pointer, ValidationMessage m) {
    return pointer.endsWith("/enum")
        && ("minItems".equals(m.getType()) || "uniqueItems".equals(m.getType()));
  }

  /** The option a pointer lies in (unescaped), or {@code ""} when it lies in none. */
  private static String optionOf(String pointer) {
    String prefix = "/schema/properties/";
    if (!pointer.startsWith(prefix)) {
      return "";
    }
    String token = pointer.substring(prefix.length()).split("/", 2)[0];
    return token.replace("~1", "/").replace("~0", "~");
  }
}
