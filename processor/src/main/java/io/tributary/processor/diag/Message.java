package io.tributary.processor.diag;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor can print: a stable id, a kind, and a format stating the rule,
 * quoting names and saying how to fix it. docs/errors.md has one section per id.
 */
public enum Message {
  NOT_RECORD(
      "NOT-RECORD",
      "@Connector is on %s '%s', but only a record can declare connector"
          + " options; declare it as 'public record %s(...)'"),
  RECORD_SHAPE(
      "RECORD-SHAPE",
      "@Connector record '%s' %s; the generated definition must be able"
          + " to name and construct it, so make it a non-generic record that is not private"),
  NAME(
      "NAME",
      "connector name '%s' does not match ^[a-z][a-z0-9-]*$; use lowercase letters,"
          + " digits and '-', starting with a letter, e.g. 'http-source'"),
  VERSION(
      "VERSION",
      "connector '%s' has no version; set @Connector(version = \"1.0.0\") or pass"
          + " -Atributary.version=${project.version} to javac (the connector parent POM does)"),
  DUPLICATE_CONNECTOR(
      "DUPLICATE-CONNECTOR",
      "connector name '%s' is already used by '%s';" + " give each @Connector record its own name"),
  OPTION_NAME(
      "OPTION-NAME",
      "option name '%s' (component '%s') does not match"
          + " ^[a-z][a-z0-9-]*$; rename the component or set @Option(name = \"...\") to a name of"
          + " lowercase letters, digits and '-'"),
  DUPLICATE_OPTION(
      "DUPLICATE-OPTION",
      "option name '%s' of component '%s' is also the name of"
          + " component '%s'; rename one of them or set @Option(name = \"...\")"),
  RESERVED(
      "RESERVED",
      "option name '%s' (component '%s') clashes with the common option '--%s'"
          + " that every connector has; rename the component or set @Option(name = \"...\")"),
  TYPE(
      "TYPE",
      "component '%s' has type '%s', which is not a supported option type; use one of:" + " %s"),
  TYPE_INACCESSIBLE(
      "TYPE",
      "component '%s' has enum type '%s', which is private; make the enum"
          + " at least package-private so the generated binder can call its valueOf"),
  DEFAULT_TYPE(
      "DEFAULT-TYPE",
      "default value \"%s\" of option '%s' is not %s; fix the value in"
          + " @Option(defaultValue = ...)"),
  DEFAULT_ENUM(
      "DEFAULT-ENUM",
      "default value \"%s\" of option '%s' is not a constant of %s;" + " use one of: %s"),
  DEFAULT_CONSTRAINT(
      "DEFAULT-CONSTRAINT",
      "default value \"%s\" of option '%s' breaks its own"
          + " constraints: %s; change the default or the constraint"),
  EXAMPLE(
      "EXAMPLE",
      "example \"%s\" of option '%s' %s; fix or remove it in" + " @Option(examples = ...)"),
  RANGE("RANGE", "constraints on option '%s' %s; fix the bounds so that some value is allowed"),
  SIZE("SIZE", "@Size(min = %d, max = %d) on option '%s' %s; use 0 <= min <= max"),
  PATTERN("PATTERN", "@Pattern(regexp = \"%s\") on option '%s' %s"),
  CONSTRAINT_TYPE("CONSTRAINT-TYPE", "@%s on option '%s' cannot apply to %s; %s"),
  NO_IMPL(
      "NO-IMPL",
      "no class implements %s<%s> for connector '%s'; add a public class with a"
          + " public no-argument constructor that implements %s<%s>"),
  MANY_IMPL(
      "MANY-IMPL",
      "several classes implement %s<%s> for connector '%s': %s; keep exactly" + " one"),
  WRONG_DIRECTION(
      "WRONG-DIRECTION",
      "'%s' implements %s<%s>, but connector '%s' is a %s;"
          + " implement %s<%s> instead or change @Connector(direction = ...)"),
  IMPL_ACCESS(
      "IMPL-ACCESS",
      "'%s' implements %s<%s> but %s; the generated definition creates it"
          + " with 'new %s()', so make it a public class with a public no-argument constructor"),
  INTERNAL(
      "INTERNAL",
      "the Tributary processor failed on '%s': %s; this is a bug in"
          + " tributary-processor, please report it with this message"),
  NO_DESCRIPTION(Diagnostic.Kind.WARNING, "NO-DESCRIPTION", "%s has no description; %s"),
  SECRET_NAME(
      Diagnostic.Kind.WARNING,
      "SECRET-NAME",
      "option '%s' looks like a secret but is not"
          + " @Secret, so its value would be printed in logs and help; annotate component '%s' with"
          + " @Secret"),
  SECRET_TOSTRING(
      Diagnostic.Kind.WARNING,
      "SECRET-TOSTRING",
      "record '%s' has @Secret"
          + " components (%s) but does not override toString(), so the record's own toString() would"
          + " print them; override toString() to mask them");

  private final Diagnostic.Kind kind;
  private final String id;
  private final String format;

  Message(String id, String format) {
    this(Diagnostic.Kind.ERROR, id, format);
  }

  Message(Diagnostic.Kind kind, String id, String format) {
    this.kind = kind;
    this.id = "TRIB-" + id;
    this.format = format;
  }

  /** The stable id, e.g. {@code TRIB-DEFAULT-TYPE}. */
  public String id() {
    return id;
  }

  /** Error or warning. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The full text: {@code [TRIB-X] <formatted> (see docs/errors.md#<the id in lower case>)}. */
  public String format(Object... args) {
    return "["
        + id
        + "] "
        + String.format(Locale.ROOT, format, args)
        + " (see docs/errors.md#"
        + id.toLowerCase(Locale.ROOT)
        + ")";
  }
}
