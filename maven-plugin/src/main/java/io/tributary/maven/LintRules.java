package io.tributary.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The lint rules for a connector's options: descriptions, secrets, defaults, examples, enums and
 * {@code required}. Each returns problems; none throws for bad content.
 */
public final class LintRules {
  /** Name segments that make an option look secret. */
  static final Set<String> SECRET_WORDS =
      Set.of("password", "passwd", "token", "secret", "apikey", "credential", "credentials");

  private final Schemas schemas;

  /** Lint rules that validate defaults and examples with {@code schemas}. */
  public LintRules(Schemas schemas) {
    this.schemas = schemas;
  }

  /**
   * Applies every rule to {@code document}.
   *
   * @param validOption whether an option's schema is valid draft-07; defaults and examples are only
   *     checked against a valid schema
   */
  public List<Problem> check(MetadataDocument document, Predicate<String> validOption) {
    List<Problem> problems = new ArrayList<>();
    String file = document.location();
    for (Map.Entry<String, JsonNode> option : document.options().entrySet()) {
      String name = option.getKey();
      JsonNode schema = option.getValue();
      String pointer = Pointers.option(name);
      description(file, pointer, name, schema, problems);
      secret(file, pointer, name, schema, problems);
      enums(file, pointer, schema, problems);
      if (validOption.test(name) && !schema.toString().contains("\"$ref\"")) {
        defaultValue(file, pointer, name, schema, problems);
        examples(file, pointer, name, schema, problems);
      }
    }
    required(document, problems);
    return problems;
  }

  /** Whether an option name looks like it holds a secret. */
  public static boolean looksSecret(String name) {
    String[] segments = name.toLowerCase(Locale.ROOT).split("[-_.]");
    for (int i = 0; i < segments.length; i++) {
      if (SECRET_WORDS.contains(segments[i])) {
        return true;
      }
      if (segments[i].equals("api") && i + 1 < segments.length && segments[i + 1].equals("key")) {
        return true;
      }
    }
    return false;
  }

  private static void description(
      String file, String pointer, String name, JsonNode schema, List<Problem> out) {
    if (schema.path("description").asText("").isBlank()) {
      out.add(
          Rule.LINT_DESCRIPTION.problem(file, pointer, "option '" + name + "' has no description"));
    }
  }

  private static void secret(
      String file, String pointer, String name, JsonNode schema, List<Problem> out) {
    if (looksSecret(name) && !schema.path("writeOnly").asBoolean(false)) {
      out.add(
          Rule.LINT_SECRET.problem(
              file,
              pointer,
              "option '"
                  + name
                  + "' looks secret but is not \"writeOnly\": true, so its value"
                  + " may be shown"));
    }
  }

  private void defaultValue(
      String file, String pointer, String name, JsonNode schema, List<Problem> out) {
    if (!schema.has("default")) {
      return;
    }
    for (ValidationMessage m : schemas.validate(schema, schema.get("default"))) {
      out.add(
          Rule.LINT_DEFAULT.problem(
              file,
              pointer + "/default",
              "default "
                  + shown(schema, schema.get("default"))
                  + " of option '"
                  + name
                  + "' breaks the option's own schema: "
                  + Schemas.text(m)));
    }
  }

  private void examples(
      String file, String pointer, String name, JsonNode schema, List<Problem> out) {
    JsonNode examples = schema.path("examples");
    for (int i = 0; i < examples.size(); i++) {
      for (ValidationMessage m : schemas.validate(schema, examples.get(i))) {
        out.add(
            Rule.LINT_EXAMPLE.problem(
                file,
                pointer + "/examples/" + i,
                "example "
                    + shown(schema, examples.get(i))
                    + " of option '"
                    + name
                    + "' breaks the option's own schema: "
                    + Schemas.text(m)));
      }
    }
  }

  /** A value as JSON, or {@code ****} for a write-only (secret) option. */
  static String shown(JsonNode schema, JsonNode value) {
    return schema.path("writeOnly").asBoolean(false) ? "****" : Json.compact(value);
  }

  /** Checks {@code enum} in the option and in its {@code items}/{@code additionalProperties}. */
  private static void enums(String file, String pointer, JsonNode schema, List<Problem> out) {
    JsonNode values = schema.get("enum");
    if (values != null && values.isArray()) {
      if (values.isEmpty()) {
        out.add(
            Rule.LINT_ENUM.problem(
                file, pointer + "/enum", "the enum is empty, so no value is" + " valid"));
      }
      Set<JsonNode> seen = new HashSet<>();
      for (int i = 0; i < values.size(); i++) {
        if (!seen.add(values.get(i))) {
          out.add(
              Rule.LINT_ENUM.problem(
                  file,
                  pointer + "/enum/" + i,
                  "the enum lists " + Json.compact(values.get(i)) + " more than once"));
        }
      }
    }
    for (String nested : List.of("items", "additionalProperties")) {
      if (schema.path(nested).isObject()) {
        enums(file, pointer + "/" + nested, schema.get(nested), out);
      }
    }
  }

  private static void required(MetadataDocument document, List<Problem> out) {
    JsonNode properties = document.schema().path("properties");
    List<String> required = document.required();
    for (int i = 0; i < required.size(); i++) {
      if (!properties.has(required.get(i))) {
        out.add(
            Rule.LINT_REQUIRED.problem(
                document.location(),
                "/schema/required/" + i,
                "required option '" + required.get(i) + "' is not in \"properties\""));
      }
    }
  }
}
