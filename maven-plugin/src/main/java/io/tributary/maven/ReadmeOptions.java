package io.tributary.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options tables of a README, written from the metadata between markers:
 *
 * <pre>
 * &lt;!-- tributary:options http-source --&gt;
 * (the table, written by tributary:docs)
 * &lt;!-- /tributary:options --&gt;
 * </pre>
 *
 * {@code tributary:docs} rewrites what is between the markers; {@code tributary:check} fails when
 * it differs from what the metadata says ({@link Rule#README_OPTIONS}).
 */
public final class ReadmeOptions {
  private static final Pattern BLOCK =
      Pattern.compile(
          "(<!-- tributary:options ([a-z][a-z0-9-]*) -->\\n)(.*?)(<!-- /tributary:options -->)",
          Pattern.DOTALL);

  private ReadmeOptions() {}

  /** The README with every marked table rewritten from {@code tables} (by connector name). */
  public static String update(String readme, Map<String, String> tables) {
    Matcher m = BLOCK.matcher(readme);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String table = tables.get(m.group(2));
      String body = table == null ? m.group(3) : table;
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + body + m.group(4)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * What differs between the README's marked tables and {@code tables}: one problem per table that
   * is out of date or names a connector this module does not build.
   */
  public static List<Problem> check(String readme, String location, Map<String, String> tables) {
    List<Problem> problems = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      String name = m.group(2);
      String table = tables.get(name);
      if (table == null) {
        problems.add(
            Rule.README_OPTIONS.problem(
                location,
                "",
                "marks the options of '"
                    + name
                    + "', which this module does not build (it builds: "
                    + String.join(", ", tables.keySet())
                    + ")"));
      } else if (!table.equals(m.group(3))) {
        problems.add(
            Rule.README_OPTIONS.problem(
                location, "", "the options table of '" + name + "' differs from its metadata"));
      }
    }
    return problems;
  }

  /** Whether the README has any marked table. */
  public static boolean hasMarkers(String readme) {
    return BLOCK.matcher(readme).find();
  }
}
