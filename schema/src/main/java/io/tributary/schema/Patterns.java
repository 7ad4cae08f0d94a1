package io.tributary.schema;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Compiles constraint patterns once. */
final class Patterns {
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Patterns() {}

  static Pattern compile(String regex) {
    return CACHE.computeIfAbsent(regex, Pattern::compile);
  }
}
