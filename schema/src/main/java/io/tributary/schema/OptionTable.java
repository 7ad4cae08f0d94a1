package io.tributary.schema;

import io.tributary.Direction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A connector's model as a text table, one entry a line: the annotation processor writes it next to
 * the generated definition ({@link #resourcePath}) and the generated definition reads it back at
 * run time, so the options need no generated code of their own. Same model, same bytes; reading
 * what was written gives an equal model.
 *
 * <p>Fields are separated by tabs, with {@code \\}, tab, newline and carriage return escaped as
 * {@code \\\\}, {@code \\t}, {@code \\n} and {@code \\r}:
 *
 * <pre>
 * tributary-options  1
 * connector  NAME  DIRECTION  VERSION  TITLE  DESCRIPTION
 * option     NAME  TYPE  CONTAINER            (starts an option; the lines below refine it)
 * default    VALUE
 * description TEXT
 * secret
 * deprecated
 * enum       CONSTANT...
 * examples   VALUE...
 * aliases    NAME...
 * constraints KEY=VALUE...   (minimum, exclusiveMinimum, maximum, exclusiveMaximum, minLength,
 *                             maxLength, minItems, maxItems, pattern; email alone)
 * items      KEY=VALUE...    (the same, on each item)
 * </pre>
 */
public final class OptionTable {
  /** The first line: the format and its version. */
  static final String HEADER = "tributary-options\t1";

  private static final String DIR = "META-INF/tributary/options/";

  private OptionTable() {}

  /**
   * The resource holding the table of a generated definition: {@code
   * META-INF/tributary/options/<binary name of the definition class>.table} (named after the class,
   * which is unique on a class path, rather than after the connector).
   */
  public static String resourcePath(String definitionBinaryName) {
    return DIR + definitionBinaryName + ".table";
  }

  /**
   * Reads the table the processor wrote for a generated definition class.
   *
   * @throws IllegalStateException when the resource is missing or malformed
   */
  public static ConnectorModel load(Class<?> definition) {
    String path = resourcePath(definition.getName());
    try (InputStream in = definition.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource "
                + path
                + " beside "
                + definition.getName()
                + ": rebuild the connector with the same Tributary version");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** The table of a connector. */
  public static String write(ConnectorModel model) {
    StringBuilder out = new StringBuilder(256 + 128 * model.options().size());
    out.append(HEADER).append('\n');
    line(
        out,
        "connector",
        model.name(),
        model.direction().name(),
        model.version(),
        model.title(),
        model.description());
    for (OptionModel o : model.options()) {
      line(out, "option", o.name(), o.type().name(), o.container().name());
      if (o.defaultValue() != null) {
        line(out, "default", o.defaultValue());
      }
      if (!o.description().isEmpty()) {
        line(out, "description", o.description());
      }
      if (o.secret()) {
        line(out, "secret");
      }
      if (o.deprecated()) {
        line(out, "deprecated");
      }
      list(out, "enum", o.enumValues());
      list(out, "examples", o.examples());
      list(out, "aliases", o.aliases());
      constraints(out, "constraints", o.constraints());
      constraints(out, "items", o.itemConstraints());
    }
    return out.toString();
  }

  /**
   * Reads a table.
   *
   * @param source names the table in error messages
   * @throws IllegalStateException when the table is malformed
   */
  public static ConnectorModel read(Reader reader, String source) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    String header = lines.readLine();
    if (!HEADER.equals(header)) {
      throw malformed(
          source,
          1,
          "expected the header \""
              + HEADER.replace('\t', ' ')
              + "\": rebuild the connector with the same Tributary version");
    }
    String[] connector = null;
    List<OptionModel> options = new ArrayList<>();
    OptionModel.Builder option = null;
    int number = 1;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String[] f = fields(line);
      try {
        switch (f[0]) {
          case "connector" -> connector = arity(f, 6);
          case "option" -> {
            if (option != null) {
              options.add(option.build());
            }
            arity(f, 4);
            option =
                OptionModel.builder(f[1], OptionType.valueOf(f[2]))
                    .container(Container.valueOf(f[3]));
          }
          default -> refine(current(option), f);
        }
      } catch (IllegalArgumentException e) {
        throw malformed(source, number, e.getMessage());
      }
    }
    if (option != null) {
      options.add(option.build());
    }
    if (connector == null) {
      throw malformed(source, number, "no connector line");
    }
    return new ConnectorModel(
        connector[1],
        Direction.valueOf(connector[2]),
        connector[3],
        connector[5],
        connector[4],
        options);
  }

  /** Reads a table from text (tests, tools). */
  public static ConnectorModel read(String table) {
    try {
      return read(new StringReader(table), "the table");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void refine(OptionModel.Builder option, String[] f) {
    switch (f[0]) {
      case "default" -> option.defaultValue(arity(f, 2)[1]);
      case "description" -> option.description(arity(f, 2)[1]);
      case "secret" -> option.secret();
      case "deprecated" -> option.deprecated();
      case "enum" -> option.enumValues(rest(f));
      case "examples" -> option.examples(rest(f));
      case "aliases" -> option.aliases(rest(f));
      case "constraints" -> option.constraints(constraints(f));
      case "items" -> option.itemConstraints(constraints(f));
      default -> throw new IllegalArgumentException("unknown entry \"" + f[0] + "\"");
    }
  }

  private static OptionModel.Builder current(OptionModel.Builder option) {
    if (option == null) {
      throw new IllegalArgumentException("an option's entry before any option line");
    }
    return option;
  }

  private static String[] arity(String[] fields, int count) {
    if (fields.length != count) {
      throw new IllegalArgumentException(
          "\"" + fields[0] + "\" takes " + (count - 1) + " fields, found " + (fields.length - 1));
    }
    return fields;
  }

  private static List<String> rest(String[] fields) {
    return Arrays.asList(fields).subList(1, fields.length);
  }

  private static Constraints constraints(String[] f) {
    Constraints.Builder c = Constraints.builder();
    for (int i = 1; i < f.length; i++) {
      String entry = f[i];
      if (entry.equals("email")) {
        c.email();
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected KEY=VALUE, found \"" + entry + "\"");
      }
      String value = entry.substring(eq + 1);
      switch (entry.substring(0, eq)) {
        case "minimum" -> c.minimum(value);
        case "exclusiveMinimum" -> c.exclusiveMinimum(value);
        case "maximum" -> c.maximum(value);
        case "exclusiveMaximum" -> c.exclusiveMaximum(value);
        case "minLength" -> c.minLength(Integer.parseInt(value));
        case "maxLength" -> c.maxLength(Integer.parseInt(value));
        case "minItems" -> c.minItems(Integer.parseInt(value));
        case "maxItems" -> c.maxItems(Integer.parseInt(value));
        case "pattern" -> c.pattern(value);
        default -> throw new IllegalArgumentException("unknown constraint \"" + entry + "\"");
      }
    }
    return c.build();
  }

  private static void constraints(StringBuilder out, String key, Constraints c) {
    if (c.isEmpty()) {
      return;
    }
    List<String> entries = new ArrayList<>();
    entry(entries, "minimum", c.minimum());
    entry(entries, "exclusiveMinimum", c.exclusiveMinimum());
    entry(entries, "maximum", c.maximum());
    entry(entries, "exclusiveMaximum", c.exclusiveMaximum());
    entry(entries, "minLength", c.minLength());
    entry(entries, "maxLength", c.maxLength());
    entry(entries, "minItems", c.minItems());
    entry(entries, "maxItems", c.maxItems());
    entry(entries, "pattern", c.pattern());
    if (c.email()) {
      entries.add("email");
    }
    list(out, key, entries);
  }

  private static void entry(List<String> entries, String key, Object value) {
    if (value != null) {
      entries.add(key + "=" + value);
    }
  }

  private static void list(StringBuilder out, String key, List<String> values) {
    if (!values.isEmpty()) {
      line(out, key, values.toArray(new String[0]));
    }
  }

  private static void line(StringBuilder out, String key, String... fields) {
    out.append(key);
    for (String field : fields) {
      out.append('\t');
      escape(out, field);
    }
    out.append('\n');
  }

  /** Appends the text with its escapes; runs without one are appended whole. */
  private static void escape(StringBuilder out, String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped =
          switch (c) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
          };
      if (escaped != null) {
        out.append(text, run, i).append(escaped);
        run = i + 1;
      }
    }
    out.append(text, run, text.length());
  }

  /** Splits a line at tabs and unescapes each field. */
  private static String[] fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        out.add(field.toString());
        field.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        field.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> next;
            });
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out.toArray(new String[0]);
  }

  private static IllegalStateException malformed(String source, int line, String why) {
    return new IllegalStateException(source + " line " + line + ": " + why);
  }
}
