package io.tributary.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.tributary.spi.CommonOption;
import io.tributary.spi.CommonOptionTable;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads options from a YAML file: either flat (keys are option names, {@code snake_case} allowed)
 * or the Fluvio CDK layout ({@code apiVersion}, {@code meta} with {@code topic} and {@code
 * consumer}, one custom section holding the connector's options, and {@code transforms}).
 * Values written {@code ${{ secrets.NAME }}} are read from the environment variable {@code NAME}.
 */
final class ConfigFile {
  private static final Pattern SECRET = Pattern.compile("\\$\\{\\{\\s*secrets\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  /** {@code meta} keys that set no option here. */
  private static final Set<String> CDK_IGNORED_META = Set.of("meta.name", "meta.type",
      "meta.version", "meta.secrets");

  private final String file;
  private final Set<String> known;
  private final Function<String, String> env;
  private final List<Violation> out;
  private final RawArgs raw = new RawArgs();

  private ConfigFile(String file, Set<String> known, Function<String, String> env,
      List<Violation> out) {
    this.file = file;
    this.known = known;
    this.env = env;
    this.out = out;
  }

  /**
   * Loads a config file; problems (missing file, bad YAML, unknown keys, unset secrets) go to
   * {@code out}, naming the file.
   */
  static RawArgs load(Path path, Set<String> knownOptions, Function<String, String> env,
      List<Violation> out) {
    ConfigFile config = new ConfigFile(path.toString(), knownOptions, env, out);
    config.read(path);
    return config.raw;
  }

  private void read(Path path) {
    Object document;
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      document = new Load(LoadSettings.builder().setLabel(file).build()).loadFromReader(reader);
    } catch (NoSuchFileException e) {
      problem("--config", "file '" + file + "' does not exist");
      return;
    } catch (IOException e) {
      problem("--config", "cannot read '" + file + "': " + e.getMessage());
      return;
    } catch (YamlEngineException e) {
      problem(file, "is not valid YAML: " + e.getMessage().replace('\n', ' '));
      return;
    }
    if (!(document instanceof Map<?, ?> top)) {
      problem(file, "expected a mapping of option names to values");
      return;
    }
    if (top.get("meta") instanceof Map<?, ?> meta) {
      readCdk(top, meta);
    } else {
      readSection(top, "");
    }
  }

  private void readCdk(Map<?, ?> top, Map<?, ?> meta) {
    readMeta(meta, "meta.");
    for (Map.Entry<?, ?> e : top.entrySet()) {
      String key = String.valueOf(e.getKey());
      switch (key) {
        case "apiVersion", "meta" -> { }
        case "transforms" -> put(CommonOptionTable.TRANSFORM, e.getValue(), "transforms");
        default -> {
          if (e.getValue() instanceof Map<?, ?> section) {
            readSection(section, key + ".");
          } else {
            problem(file, "key '" + key + "' should be the connector's section (a mapping of "
                + "option names to values)");
          }
        }
      }
    }
  }

  /** The {@code meta} section: each key a common option's {@link CommonOption#cdkKey()}. */
  private void readMeta(Map<?, ?> section, String prefix) {
    for (Map.Entry<?, ?> e : section.entrySet()) {
      String key = prefix + String.valueOf(e.getKey()).replace('_', '-');
      CommonOption row = CommonOptionTable.forCdkKey(key);
      if (row != null) {
        put(row.name(), cdkValue(key, e.getValue()), key);
      } else if (e.getValue() instanceof Map<?, ?> inner && hasKeysUnder(key)) {
        readMeta(inner, key + ".");
      } else if (!CDK_IGNORED_META.contains(key)) {
        problem(file, "unknown key '" + key + "'; expected one of " + String.join(", ",
            knownMetaKeys()));
      }
    }
  }

  private static boolean hasKeysUnder(String key) {
    return CommonOptionTable.ROWS.stream()
        .anyMatch(r -> r.cdkKey() != null && r.cdkKey().startsWith(key + "."));
  }

  private static List<String> knownMetaKeys() {
    List<String> keys = new ArrayList<>(CDK_IGNORED_META);
    CommonOptionTable.ROWS.stream().map(CommonOption::cdkKey)
        .filter(k -> k != null && k.startsWith("meta.")).forEach(keys::add);
    return keys;
  }

  /** A CDK value in the form the option takes on the command line. */
  private Object cdkValue(String key, Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return value;
    }
    if (key.equals("meta.topic") && map.containsKey("name")) {
      return map.get("name"); // apiVersion 0.1.0 spells the topic config out
    }
    if (key.equals("meta.topic") && map.get("meta") instanceof Map<?, ?> topicMeta) {
      return topicMeta.get("name"); // apiVersion 0.2.0
    }
    if (key.equals("meta.consumer.offset.start") && map.size() == 1) {
      Map.Entry<?, ?> form = map.entrySet().iterator().next();
      switch (String.valueOf(form.getKey()).replace('_', '-')) {
        case "absolute" -> {
          return form.getValue();
        }
        case "from-beginning" -> {
          return "beginning+" + form.getValue();
        }
        case "from-end" -> {
          return "end-" + form.getValue();
        }
        default -> { }
      }
    }
    if (key.equals("meta.consumer.offset.flush-period") && map.get("secs") instanceof Number secs) {
      long nanos = map.get("nanos") instanceof Number n ? n.longValue() : 0;
      return (secs.longValue() * 1000 + nanos / 1_000_000) + "ms"; // serde's {secs, nanos}
    }
    return value;
  }

  private void readSection(Map<?, ?> section, String prefix) {
    for (Map.Entry<?, ?> e : section.entrySet()) {
      String key = String.valueOf(e.getKey());
      String name = key.replace('_', '-');
      if (name.equals(CommonOptions.CONFIG) || !known.contains(name)) {
        problem(file, "unknown option '" + prefix + key + "'; known options: "
            + String.join(", ", known.stream().sorted().toList()));
      } else {
        put(name, e.getValue(), prefix + key);
      }
    }
  }

  private void put(String name, Object value, String key) {
    if (value == null) {
      return;
    }
    List<String> texts = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        texts.add(text(item, key));
      }
    } else if (value instanceof Map<?, ?> map && !name.equals(CommonOptionTable.TRANSFORM)) {
      map.forEach((k, v) -> texts.add(k + "=" + text(v, key + "." + k)));
    } else {
      texts.add(text(value, key));
    }
    raw.put(name, texts, file);
  }

  private String text(Object value, String key) {
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      try {
        return JSON.std.asString(value);
      } catch (IOException e) {
        problem(file, "key '" + key + "' has a value that cannot be read");
        return "";
      }
    }
    String text = String.valueOf(value);
    Matcher m = SECRET.matcher(text);
    StringBuilder rendered = new StringBuilder();
    while (m.find()) {
      String secret = env.apply(m.group(1));
      if (secret == null) {
        problem(file, "key '" + key + "' uses the secret " + m.group(1)
            + ", but the environment variable " + m.group(1) + " is not set");
        secret = "";
      }
      m.appendReplacement(rendered, Matcher.quoteReplacement(secret));
    }
    m.appendTail(rendered);
    return rendered.toString();
  }

  private void problem(String where, String message) {
    out.add(new Violation(where, message));
  }
}
