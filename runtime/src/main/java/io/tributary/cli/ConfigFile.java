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
  private static final Set<String> CDK_IGNORED_META = Set.of("name", "type", "version",
      "secrets", "producer");

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
    for (Map.Entry<?, ?> e : meta.entrySet()) {
      String key = String.valueOf(e.getKey());
      switch (key) {
        case "topic" -> {
          Object topic = e.getValue() instanceof Map<?, ?> t ? t.get("name") : e.getValue();
          put(CommonOptions.TOPIC, topic, "meta.topic");
        }
        case "consumer" -> readConsumer(e.getValue());
        default -> {
          if (!CDK_IGNORED_META.contains(key)) {
            problem(file, "unknown key 'meta." + key + "'; expected name, type, version, topic, "
                + "producer, consumer or secrets");
          }
        }
      }
    }
    for (Map.Entry<?, ?> e : top.entrySet()) {
      String key = String.valueOf(e.getKey());
      switch (key) {
        case "apiVersion", "meta" -> { }
        case "transforms" -> put(CommonOptions.TRANSFORM, e.getValue(), "transforms");
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

  private void readConsumer(Object consumer) {
    if (!(consumer instanceof Map<?, ?> c)) {
      problem(file, "'meta.consumer' should be a mapping");
      return;
    }
    if (c.containsKey("partition")) {
      put(CommonOptions.PARTITION, c.get("partition"), "meta.consumer.partition");
    }
    if (c.get("offset") instanceof Map<?, ?> offset && offset.containsKey("start")) {
      Object start = offset.get("start");
      if (start instanceof Map<?, ?> s && s.get("absolute") != null) {
        start = s.get("absolute");
      }
      put(CommonOptions.OFFSET_START, start, "meta.consumer.offset.start");
    }
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
    } else if (value instanceof Map<?, ?> map && !name.equals(CommonOptions.TRANSFORM)) {
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
