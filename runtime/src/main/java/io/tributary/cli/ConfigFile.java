package io.tributary.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import io.tributary.spi.CommonOption;
import io.tributary.spi.CommonOptionTable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads options from a YAML file: either flat (keys are option names, {@code snake_case} allowed)
 * or the Fluvio CDK layout ({@code apiVersion}, {@code meta} with {@code topic}, {@code consumer},
 * {@code producer} and {@code secrets}, one custom section holding the connector's options, and
 * {@code transforms}); docs/coming-from-cdk.md maps every key. Values written {@code ${{
 * secrets.NAME }}} or {@code {secret: {name: NAME}}} are read from the {@link SecretStore}; in the
 * CDK layout the first form needs {@code NAME} declared in {@code meta.secrets}, as the CDK does.
 */
final class ConfigFile {
  private static final Pattern SECRET =
      Pattern.compile("\\$\\{\\{\\s*secrets\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

  /** The {@code apiVersion}s of the CDK layout this reader knows. */
  private static final List<String> API_VERSIONS = List.of("0.1.0", "0.2.0");

  /** {@code meta} keys that describe the deployment and set no option here. */
  private static final Set<String> CDK_IGNORED_META =
      Set.of("meta.name", "meta.type", "meta.version", "meta.secrets");

  /** Not settable from a file: {@code --config} itself, and the store secrets come from. */
  private static final Set<String> FLAG_ONLY =
      Set.of(CommonOptions.CONFIG, CommonOptionTable.SECRETS);

  private final String file;
  private final Keys keys;
  private final SecretStore secrets;
  private final List<Violation> out;
  private final RawArgs raw = new RawArgs();
  private final List<String> warnings = new ArrayList<>();

  /** Secret names {@code meta.secrets} declares; {@code null} when any name may be used. */
  private Set<String> declared;

  private TopicConfig topic;

  /**
   * The keys a connector's section may hold.
   *
   * @param names each accepted name (option names and their aliases) to the option's name
   * @param durations the names of the options whose values are durations
   */
  record Keys(Map<String, String> names, Set<String> durations) {}

  private ConfigFile(String file, Keys keys, SecretStore secrets, List<Violation> out) {
    this.file = file;
    this.keys = keys;
    this.secrets = secrets;
    this.out = out;
  }

  /**
   * Loads a config file; problems (missing file, bad YAML, unknown keys, undeclared or unset
   * secrets) go to {@code out}, naming the file and key.
   */
  static ConfigFile load(Path path, Keys keys, SecretStore secrets, List<Violation> out) {
    ConfigFile config = new ConfigFile(path.toString(), keys, secrets, out);
    config.read(path);
    return config;
  }

  /** The option values the file gives. */
  RawArgs values() {
    return raw;
  }

  /** Keys that were ignored, one message each, to be logged as warnings. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** The topic configuration of an {@code apiVersion: 0.2.0} file, or {@code null}. */
  TopicConfig topic() {
    return topic;
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
    Object version = top.get("apiVersion");
    if (version != null && !API_VERSIONS.contains(String.valueOf(version))) {
      problem(
          file,
          "apiVersion "
              + version
              + " is not supported; expected "
              + String.join(" or ", API_VERSIONS)
              + " (or no apiVersion)");
    }
    declared = declaredSecrets(meta.get("secrets"));
    readMeta(meta, "meta.");
    for (Map.Entry<?, ?> e : top.entrySet()) {
      String key = String.valueOf(e.getKey());
      switch (key) {
        case "apiVersion", "meta" -> {}
        case "transforms" -> transforms(e.getValue());
        default -> {
          if (e.getValue() instanceof Map<?, ?> section) {
            readSection(section, key + ".");
          } else {
            problem(
                file,
                "key '"
                    + key
                    + "' should be the connector's section (a mapping of "
                    + "option names to values)");
          }
        }
      }
    }
  }

  /** The names of {@code meta.secrets: [{name: NAME}, …]}. */
  private Set<String> declaredSecrets(Object value) {
    Set<String> names = new LinkedHashSet<>();
    if (value == null) {
      return names;
    }
    if (!(value instanceof List<?> list)) {
      problem(file, "key 'meta.secrets' should be a list of {name: NAME}");
      return names;
    }
    for (Object item : list) {
      Object name = item instanceof Map<?, ?> m ? m.get("name") : null;
      if (name == null || !SecretStore.NAME.matcher(String.valueOf(name)).matches()) {
        problem(
            file,
            "key 'meta.secrets' has an entry that is not {name: NAME} with NAME of "
                + "letters, digits and _, not starting with a digit");
      } else {
        names.add(String.valueOf(name));
      }
    }
    return names;
  }

  /** The {@code meta} section: each key a common option's {@link CommonOption#cdkKey()}. */
  private void readMeta(Map<?, ?> section, String prefix) {
    for (Map.Entry<?, ?> e : section.entrySet()) {
      String key = prefix + String.valueOf(e.getKey()).replace('_', '-');
      CommonOption row = CommonOptionTable.forCdkKey(key);
      if (key.equals("meta.topic") && e.getValue() instanceof Map<?, ?> config) {
        topic = TopicConfig.read(config, file, out);
        if (topic != null) {
          put(row.name(), topic.name(), key);
        }
      } else if (row != null) {
        put(row.name(), cdkValue(key, e.getValue()), key);
      } else if (e.getValue() instanceof Map<?, ?> inner && hasKeysUnder(key)) {
        readMeta(inner, key + ".");
      } else if (!CDK_IGNORED_META.contains(key) && !key.equals("meta.secrets")) {
        warnings.add(
            file
                + ": ignoring unknown key '"
                + prefix
                + e.getKey()
                + "' (not a "
                + "setting of this connector; known meta keys: "
                + String.join(", ", knownMetaKeys())
                + ")");
      }
    }
  }

  private static boolean hasKeysUnder(String key) {
    return CommonOptionTable.ROWS.stream()
        .anyMatch(r -> r.cdkKey() != null && r.cdkKey().startsWith(key + "."));
  }

  private static List<String> knownMetaKeys() {
    List<String> keys =
        new ArrayList<>(List.of("meta.name", "meta.type", "meta.version", "meta.secrets"));
    CommonOptionTable.ROWS.stream()
        .map(CommonOption::cdkKey)
        .filter(k -> k != null && k.startsWith("meta."))
        .forEach(keys::add);
    return keys;
  }

  /** A CDK value in the form the option takes on the command line. */
  private Object cdkValue(String key, Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return value;
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
        default -> {}
      }
    }
    String duration = serdeDuration(map);
    return duration != null ? duration : value;
  }

  /** Serde's {@code {secs, nanos}} form of a duration as {@code 1500ms}, or {@code null}. */
  private static String serdeDuration(Map<?, ?> map) {
    if (!(map.get("secs") instanceof Number secs)
        || !Set.of("secs", "nanos").containsAll(map.keySet())) {
      return null;
    }
    long nanos = map.get("nanos") instanceof Number n ? n.longValue() : 0;
    return (secs.longValue() * 1000 + nanos / 1_000_000) + "ms";
  }

  /**
   * {@code transforms: [{uses, with, lookback}]}, as repeated {@code --transform} values (a
   * lookback's {@code age} in serde's {@code {secs, nanos}} form is read there too).
   */
  private void transforms(Object value) {
    if (!(value instanceof List<?> steps)) {
      problem(file, "key 'transforms' should be a list of {uses: …, with: {…}}");
      return;
    }
    List<Object> kept = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (!(steps.get(i) instanceof Map<?, ?> step)) {
        kept.add(steps.get(i)); // reported by --transform's own check
        continue;
      }
      Map<Object, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : step.entrySet()) {
        if (CommonOptions.TRANSFORM_KEYS.contains(String.valueOf(e.getKey()))) {
          copy.put(e.getKey(), e.getValue());
        } else {
          warnings.add(
              file
                  + ": ignoring unknown key 'transforms["
                  + i
                  + "]."
                  + e.getKey()
                  + "' (a step has "
                  + String.join(", ", CommonOptions.TRANSFORM_KEYS)
                  + ")");
        }
      }
      kept.add(copy);
    }
    put(CommonOptionTable.TRANSFORM, kept, "transforms");
  }

  private void readSection(Map<?, ?> section, String prefix) {
    for (Map.Entry<?, ?> e : section.entrySet()) {
      String key = String.valueOf(e.getKey());
      String name = keys.names().get(key.replace('_', '-'));
      if (name == null || FLAG_ONLY.contains(name)) {
        String nearest = Suggestions.nearest(key.replace('_', '-'), keys.names().keySet());
        problem(
            file,
            "unknown option '"
                + prefix
                + key
                + "'"
                + (nearest != null
                    ? "; did you mean '" + prefix + nearest + "'?"
                    : "; known options: "
                        + String.join(
                            ", ", keys.names().values().stream().distinct().sorted().toList())));
      } else {
        Object value = e.getValue();
        if (value instanceof Map<?, ?> map
            && keys.durations().contains(name)
            && serdeDuration(map) != null) {
          value = serdeDuration(map);
        }
        put(name, value, prefix + key);
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
    } else if (value instanceof Map<?, ?> map
        && !name.equals(CommonOptionTable.TRANSFORM)
        && secretReference(map) == null) {
      map.forEach((k, v) -> texts.add(k + "=" + text(v, key + "." + k)));
    } else {
      texts.add(text(value, key));
    }
    raw.put(name, texts, file);
  }

  /** The name in {@code {secret: {name: NAME}}}, the CDK's reference to a secret, or null. */
  private static String secretReference(Map<?, ?> map) {
    return map.size() == 1
            && map.get("secret") instanceof Map<?, ?> secret
            && secret.size() == 1
            && secret.get("name") != null
        ? String.valueOf(secret.get("name"))
        : null;
  }

  private String text(Object value, String key) {
    if (value instanceof Map<?, ?> map && secretReference(map) != null) {
      String name = secretReference(map);
      String secret = secrets.read(name);
      if (secret == null) {
        problem(
            file,
            "key '"
                + key
                + "' refers to the secret "
                + name
                + ", but "
                + secrets.whereMissing(name));
        return "";
      }
      return secret;
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      try {
        return render(JSON.std.asString(value), key);
      } catch (IOException e) {
        problem(file, "key '" + key + "' has a value that cannot be read");
        return "";
      }
    }
    return render(String.valueOf(value), key);
  }

  /** The text with each {@code ${{ secrets.NAME }}} replaced by the secret's value. */
  private String render(String text, String key) {
    Matcher m = SECRET.matcher(text);
    StringBuilder rendered = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String secret = null;
      if (declared != null && !declared.contains(name)) {
        problem(
            file,
            "key '"
                + key
                + "' uses the secret "
                + name
                + ", which is not "
                + "declared: add it to meta.secrets (secrets: [{name: "
                + name
                + "}])");
      } else {
        secret = secrets.read(name);
        if (secret == null) {
          problem(
              file,
              "key '" + key + "' uses the secret " + name + ", but " + secrets.whereMissing(name));
        }
      }
      m.appendReplacement(rendered, Matcher.quoteReplacement(secret == null ? "" : secret));
    }
    m.appendTail(rendered);
    return rendered.toString();
  }

  private void problem(String where, String message) {
    out.add(new Violation(where, message));
  }
}
