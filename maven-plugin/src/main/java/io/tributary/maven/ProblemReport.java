package io.tributary.maven;

import java.util.Comparator;
import java.util.List;

/** Formats problems for the build log: sorted by file, pointer and rule, one numbered line each. */
public final class ProblemReport {
  private ProblemReport() {}

  /** Problems in a stable order. */
  public static List<Problem> sorted(List<Problem> problems) {
    return problems.stream()
        .sorted(
            Comparator.comparing(Problem::file)
                .thenComparing(Problem::pointer)
                .thenComparing(p -> p.rule().id())
                .thenComparing(Problem::message))
        .distinct()
        .toList();
  }

  /** {@code "<n> problem(s) in <what>:"} followed by one numbered line per problem. */
  public static String format(String what, List<Problem> problems) {
    List<Problem> sorted = sorted(problems);
    StringBuilder out =
        new StringBuilder()
            .append(sorted.size())
            .append(sorted.size() == 1 ? " problem in " : " problems in ")
            .append(what)
            .append(':');
    for (int i = 0; i < sorted.size(); i++) {
      out.append("\n  ").append(i + 1).append(". ").append(sorted.get(i).format());
    }
    return out.toString();
  }
}
