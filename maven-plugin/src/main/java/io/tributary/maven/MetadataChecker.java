package io.tributary.maven;

import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;

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
    boolean draft7Valid = true;
    if (document.schema().isObject()) {
      for (ValidationMessage m : schemas.validateDraft7(document.schema())) {
        draft7Valid = false;
        problems.add(
            Rule.SCHEMA_DRAFT7.problem(
                document.location(), "/schema" + Schemas.pointer(m), Schemas.text(m)));
      }
    }
    if (expectedName != null
        && !document.name().isEmpty()
        && !document.name().equals(expectedName)) {
      problems.add(
          Rule.FILE_NAME.problem(
              document.location(),
              "/name",
              "the file is named '" + expectedName + ".json' but the connector is named '"
                  + document.name() + "'"));
    }
    problems.addAll(lint.check(document, draft7Valid));
    return problems;
  }
}
