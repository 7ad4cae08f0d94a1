package io.tributary.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares connectors with the same connectors of a previous release. Removing, renaming, newly
 * requiring or narrowing an option (and removing a connector or changing its direction) breaks
 * existing configurations; such changes are allowed only when the major version went up. Adding
 * optional options and widening are always fine.
 */
public final class CompatibilityChecker {

  /**
   * The outcome of a comparison.
   *
   * @param breaking breaking changes without a major version bump: the build fails
   * @param accepted breaking changes that a major version bump allows, for information
   */
  public record Result(List<Problem> breaking, List<Problem> accepted) {
    /** Copies the lists. */
    public Result {
      breaking = List.copyOf(breaking);
      accepted = List.copyOf(accepted);
    }
  }

  /** Keywords that do not change which values an option accepts. */
  private static final Set<String> ANNOTATIONS =
      Set.of("description", "title", "examples", "deprecated", "default", "writeOnly", "readOnly");

  /**
   * Compares {@code current} with {@code baseline}, matching connectors by name.
   *
   * @param currentVersion the version now being built, which decides whether removing a connector
   *     is allowed
   */
  public Result compare(
      List<MetadataDocument> baseline, List<MetadataDocument> current, String currentVersion) {
    Map<String, MetadataDocument> byName = new LinkedHashMap<>();
    current.forEach(d -> byName.put(d.name(), d));
    List<Problem> breaking = new ArrayList<>();
    List<Problem> accepted = new ArrayList<>();
    for (MetadataDocument old : baseline) {
      MetadataDocument neu = byName.get(old.name());
      List<Problem> changes;
      boolean bumped;
      if (neu == null) {
        changes =
            List.of(
                Rule.COMPAT_CONNECTOR_REMOVED.problem(
                    old.location(),
                    "",
                    "connector '"
                        + old.name()
                        + "' of version "
                        + old.version()
                        + " is no longer built"));
        bumped = SemVer.majorBumped(old.version(), currentVersion);
      } else {
        changes = changes(old, neu);
        bumped = SemVer.majorBumped(old.version(), neu.version());
      }
      (bumped ? accepted : breaking).addAll(changes);
    }
    return new Result(breaking, accepted);
  }

  /** Every breaking change from {@code old} to {@code neu}, bump or not. */
  public List<Problem> changes(MetadataDocument old, MetadataDocument neu) {
    List<Problem> out = new ArrayList<>();
    String file = neu.location();
    String since = " (since " + old.version() + ")";
    if (!old.direction().equals(neu.direction())) {
      out.add(
          Rule.COMPAT_DIRECTION.problem(
              file,
              "/direction",
              "direction changed from '"
                  + old.direction()
                  + "' to '"
                  + neu.direction()
                  + "'"
                  + since));
    }
    Map<String, JsonNode> oldOptions = old.options();
    Map<String, JsonNode> newOptions = neu.options();
    List<String> removed = new ArrayList<>(oldOptions.keySet());
    removed.removeAll(newOptions.keySet());
    List<String> added = new ArrayList<>(newOptions.keySet());
    added.removeAll(oldOptions.keySet());
    for (String name : removed) {
      String renamedTo = renameTarget(oldOptions.get(name), newOptions, added);
      if (renamedTo != null) {
        added.remove(renamedTo);
        out.add(
            Rule.COMPAT_RENAMED.problem(
                file,
                Pointers.option(renamedTo),
                "option '"
                    + name
                    + "' seems renamed to '"
                    + renamedTo
                    + "'; configurations using '--"
                    + name
                    + "' break"
                    + since));
      } else {
        out.add(
            Rule.COMPAT_REMOVED.problem(
                file, Pointers.option(name), "option '" + name + "' was removed" + since));
      }
    }
    List<String> oldRequired = old.required();
    for (String name : neu.required()) {
      if (oldOptions.containsKey(name) && !oldRequired.contains(name)) {
        out.add(
            Rule.COMPAT_REQUIRED.problem(
                file, Pointers.option(name), "option '" + name + "' is now required" + since));
      } else if (added.contains(name)) {
        out.add(
            Rule.COMPAT_REQUIRED.problem(
                file,
                Pointers.option(name),
                "new option '"
                    + name
                    + "' is required, so configurations of "
                    + old.version()
                    + " lack it"));
      }
    }
    for (Map.Entry<String, JsonNode> option : newOptions.entrySet()) {
      JsonNode before = oldOptions.get(option.getKey());
      if (before != null) {
        for (SchemaNarrowing.Narrowing n : SchemaNarrowing.between(before, option.getValue())) {
          out.add(
              Rule.COMPAT_NARROWED.problem(
                  file,
                  Pointers.option(option.getKey()) + n.pointer(),
                  "option '" + option.getKey() + "' accepts less: " + n.message() + since));
        }
      }
    }
    return out;
  }

  /** The added option whose schema equals {@code removed}'s, ignoring annotations, if any. */
  private static String renameTarget(
      JsonNode removed, Map<String, JsonNode> options, List<String> added) {
    JsonNode shape = withoutAnnotations(removed);
    for (String candidate : added) {
      if (withoutAnnotations(options.get(candidate)).equals(shape)) {
        return candidate;
      }
    }
    return null;
  }

  private static JsonNode withoutAnnotations(JsonNode schema) {
    ObjectNode copy = schema.deepCopy();
    copy.remove(ANNOTATIONS);
    return copy;
  }
}
