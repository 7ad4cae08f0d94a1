package io.tributary.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text given for each option, by option name, before conversion, with where it came from (the
 * flag, or the config file). Flags override a config file.
 */
final class RawArgs {
  /**
   * The values of one option and their origin.
   *
   * @param values one text per occurrence
   * @param file the config file they came from, or {@code null} for flags
   */
  record Entry(List<String> values, String file) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  void put(String name, List<String> values, String file) {
    entries.put(name, new Entry(List.copyOf(values), file));
  }

  /** The texts given for an option, or {@code null} when it was not given. */
  List<String> get(String name) {
    Entry e = entries.get(name);
    return e == null ? null : e.values();
  }

  /** The single text given for an option, or {@code null}. */
  String single(String name) {
    List<String> values = get(name);
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }

  /** Where the option's value came from, for messages: {@code ""} or {@code " (in c.yaml)"}. */
  String origin(String name) {
    Entry e = entries.get(name);
    return e == null || e.file() == null ? "" : " (in " + e.file() + ")";
  }

  Set<String> names() {
    return entries.keySet();
  }

  /** These values with {@code flags} laid over them. */
  RawArgs overriddenBy(RawArgs flags) {
    RawArgs merged = new RawArgs();
    merged.entries.putAll(entries);
    merged.entries.putAll(flags.entries);
    return merged;
  }
}
