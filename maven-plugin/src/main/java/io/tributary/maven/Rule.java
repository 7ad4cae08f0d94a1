package io.tributary.maven;

/**
 * The catalogue of every rule the plugin checks. Each rule has a stable id (printed in brackets in
 * every problem, and an anchor in {@code docs/maven-plugin.md}) and a default hint saying how to
 * fix a violation.
 */
public enum Rule {
  /** The resource is not a single well-formed JSON value. */
  JSON("TRIB-JSON", "write the document as one JSON object (no duplicate keys, nothing after it)"),
  /** The document breaks the published connector metadata schema. */
  METADATA(
      "TRIB-METADATA",
      "follow the connector metadata schema (docs/metadata-schema.json): exactly the keys name,"
          + " direction, schema, version and description"),
  /** The document's {@code schema} is not valid JSON Schema draft-07. */
  SCHEMA_DRAFT7(
      "TRIB-SCHEMA-DRAFT7",
      "make the options schema valid JSON Schema draft-07 (if tributary-processor wrote it,"
          + " report a processor bug)"),
  /** The resource file name does not match the connector name inside it. */
  FILE_NAME("TRIB-FILE-NAME", "name the resource META-INF/tributary/connectors/<name>.json"),
  /** A module that should ship metadata ships none. */
  NO_METADATA(
      "TRIB-NO-METADATA",
      "put tributary-processor on the compiler's annotationProcessorPaths (the connector parent"
          + " does) or set <failIfNoMetadata>false</failIfNoMetadata>"),
  /** An option has no description. */
  LINT_DESCRIPTION(
      "TRIB-LINT-DESCRIPTION",
      "add a Javadoc @param tag for the record component, or @Option(description = \"...\")"),
  /** An option whose name looks secret is not {@code writeOnly}. */
  LINT_SECRET(
      "TRIB-LINT-SECRET",
      "annotate the component with @Secret (the schema then says \"writeOnly\": true and the value"
          + " is masked)"),
  /** An option's default does not validate against the option's own schema. */
  LINT_DEFAULT("TRIB-LINT-DEFAULT", "change the default or relax the option's constraints"),
  /** An option's example does not validate against the option's own schema. */
  LINT_EXAMPLE("TRIB-LINT-EXAMPLE", "fix or remove the example in @Option(examples = ...)"),
  /** An enum is empty or lists a value twice. */
  LINT_ENUM("TRIB-LINT-ENUM", "list each allowed value once, and at least one"),
  /** A name in {@code required} is not a property. */
  LINT_REQUIRED(
      "TRIB-LINT-REQUIRED", "list in \"required\" only names that appear in \"properties\""),
  /** A README's options table (between tributary:options markers) differs from the metadata. */
  README_OPTIONS(
      "TRIB-README-OPTIONS",
      "run mvn tributary:docs to write the table from the metadata (document options in their"
          + " Javadoc, not in the README)"),
  /** A connector of the previous release is gone. */
  COMPAT_CONNECTOR_REMOVED(
      "TRIB-COMPAT-CONNECTOR-REMOVED", "keep the connector or bump the major version"),
  /** The direction of a connector changed. */
  COMPAT_DIRECTION("TRIB-COMPAT-DIRECTION", "keep the direction or bump the major version"),
  /** An option of the previous release is gone. */
  COMPAT_REMOVED(
      "TRIB-COMPAT-REMOVED",
      "keep the option (mark it @Deprecated instead) or bump the major version"),
  /** An option of the previous release seems to have been renamed. */
  COMPAT_RENAMED(
      "TRIB-COMPAT-RENAMED",
      "keep the old name (@Option(name = \"...\")) or bump the major version"),
  /** An option became required, or a new option is required. */
  COMPAT_REQUIRED(
      "TRIB-COMPAT-REQUIRED",
      "give the option a default (@Option(defaultValue = ...)) or make it Optional, or bump the"
          + " major version"),
  /** An option accepts fewer values than before. */
  COMPAT_NARROWED(
      "TRIB-COMPAT-NARROWED",
      "accept at least the values the previous release accepted, or bump the major version"),
  /** The previous release's metadata could not be read. */
  BASELINE(
      "TRIB-BASELINE",
      "set <baseline> to a metadata or catalog .json file, a directory, a jar, or"
          + " groupId:artifactId:version of a released connector"),
  /** A connector artifact listed for the catalog could not be resolved or holds no metadata. */
  ARTIFACT(
      "TRIB-ARTIFACT",
      "list released connectors as groupId:artifactId:version that the build's repositories"
          + " hold"),
  /** The connector jar's {@code metadata} command failed. */
  EXEC_FAILED(
      "TRIB-EXEC-FAILED",
      "build the executable jar before tributary:check (package phase) and make sure"
          + " 'java -jar <jar> metadata' exits 0"),
  /** The connector jar's {@code metadata} command printed something else than the resource. */
  EXEC_MISMATCH(
      "TRIB-EXEC-MISMATCH",
      "print the resource byte for byte from the metadata command (tributary-runtime does); a"
          + " stale jar or hand-written metadata also causes this"),
  /** Two connectors of a catalog have one name. */
  CATALOG_DUPLICATE("TRIB-CATALOG-DUPLICATE", "give each connector a distinct name"),
  /** The catalog breaks the published catalog schema. */
  CATALOG_SCHEMA(
      "TRIB-CATALOG-SCHEMA",
      "fix the connector metadata named in the message (run tributary:check on its module)");

  private final String id;
  private final String fix;

  /**
   * Whether a violation is a warning — logged, the build goes on — rather than an error that fails
   * it. The two warnings are the processor's compile-time warnings TRIB-NO-DESCRIPTION and
   * TRIB-SECRET-NAME seen again in the metadata: one rule, one severity (docs/errors.md says what
   * fails a build).
   */
  public boolean warning() {
    return this == LINT_DESCRIPTION || this == LINT_SECRET;
  }

  Rule(String id, String fix) {
    this.id = id;
    this.fix = fix;
  }

  /** The stable id, for example {@code TRIB-LINT-SECRET}. */
  public String id() {
    return id;
  }

  /** The default hint on how to fix a violation. */
  public String fix() {
    return fix;
  }

  /** A problem of this rule with the default fix. */
  public Problem problem(String file, String pointer, String message) {
    return new Problem(file, pointer, this, message, fix);
  }

  /** A problem of this rule with a specific fix. */
  public Problem problem(String file, String pointer, String message, String fix) {
    return new Problem(file, pointer, this, message, fix);
  }
}
