package io.tributary.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where {@code ${{ secrets.NAME }}} and {@code {secret: {name: NAME}}} in a config file are read
 * from: the file given by {@code --secrets} (lines {@code NAME=value}, as the Fluvio CDK reads
 * them), else the environment variable {@code NAME} (docs/coming-from-cdk.md). Every value read is
 * remembered, so that logs and messages can mask it.
 */
final class SecretStore {
  /** A secret name, as the CDK accepts it in {@code meta.secrets}. */
  static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Map<String, String> file;
  private final String fileName;
  private final Map<String, String> env;
  private final List<String> read = new ArrayList<>();

  private SecretStore(Map<String, String> file, String fileName, Map<String, String> env) {
    this.file = file;
    this.fileName = fileName;
    this.env = env;
  }

  /** Secrets from environment variables. */
  static SecretStore environment(Map<String, String> env) {
    return new SecretStore(null, null, env);
  }

  /**
   * Secrets from a file of {@code NAME=value} lines; blank lines and lines starting with {@code #}
   * are skipped, and spaces around the name and the value are trimmed. A line of any other form is
   * a problem naming the file and the line number (never its text, which may hold a secret).
   */
  static SecretStore file(Path path, List<Violation> out) {
    String where = "--secrets";
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      out.add(new Violation(where, "file '" + path + "' does not exist"));
      return new SecretStore(Map.of(), path.toString(), Map.of());
    } catch (MalformedInputException e) {
      out.add(new Violation(where, "file '" + path + "' is not UTF-8 text"));
      return new SecretStore(Map.of(), path.toString(), Map.of());
    } catch (IOException e) {
      out.add(new Violation(where, "cannot read '" + path + "': " + e.getMessage()));
      return new SecretStore(Map.of(), path.toString(), Map.of());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String name = eq < 0 ? "" : line.substring(0, eq).strip();
      if (!NAME.matcher(name).matches()) {
        out.add(
            new Violation(
                path + ":" + (i + 1),
                "expected a line NAME=value (NAME of "
                    + "letters, digits and _, not starting with a digit), a comment (#) or a blank line"));
        continue;
      }
      values.put(name, line.substring(eq + 1).strip());
    }
    return new SecretStore(values, path.toString(), Map.of());
  }

  /** The secret's value, or {@code null} when the store has none. */
  String read(String name) {
    String value = file != null ? file.get(name) : env.get(name);
    if (value != null) {
      read.add(value);
    }
    return value;
  }

  /** Where a secret of this name would have come from, for messages. */
  String whereMissing(String name) {
    return file != null
        ? "the secrets file " + fileName + " has no line " + name + "=…"
        : "the environment variable " + name + " is not set (or give --secrets FILE)";
  }

  /** The values read so far, to be masked. */
  List<String> values() {
    return List.copyOf(read);
  }
}
