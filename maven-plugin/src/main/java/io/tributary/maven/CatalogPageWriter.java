package io.tributary.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a catalog as {@code catalog.json}, {@code catalog.md} and a self-contained {@code
 * catalog.html} (inline style, no scripts, no external resources): one section per connector with a
 * table of its options.
 */
public final class CatalogPageWriter {
  private static final List<String> HEADERS =
      List.of("Flag", "Type", "Default", "Required", "Secret", "Description");

  private CatalogPageWriter() {}

  /** Writes the three files into {@code directory}, creating it; returns their paths. */
  public static List<Path> write(CatalogBuilder.Catalog catalog, Path directory, String title)
      throws IOException {
    Files.createDirectories(directory);
    Path json = directory.resolve("catalog.json");
    Path md = directory.resolve("catalog.md");
    Path html = directory.resolve("catalog.html");
    Files.writeString(json, Json.pretty(catalog.json()), StandardCharsets.UTF_8);
    Files.writeString(md, markdown(catalog, title), StandardCharsets.UTF_8);
    Files.writeString(html, html(catalog, title), StandardCharsets.UTF_8);
    return List.of(json, md, html);
  }

  /** The Markdown page. */
  public static String markdown(CatalogBuilder.Catalog catalog, String title) {
    StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
    for (MetadataDocument d : catalog.connectors()) {
      out.append("- [")
          .append(d.name())
          .append("](#")
          .append(d.name())
          .append(") (")
          .append(d.direction())
          .append(' ')
          .append(d.version())
          .append(")\n");
    }
    for (MetadataDocument d : catalog.connectors()) {
      out.append("\n## ")
          .append(d.name())
          .append("\n\n")
          .append(d.direction())
          .append(", version ")
          .append(d.version())
          .append("\n\n")
          .append(cell(d.description().strip()))
          .append("\n\n");
      out.append(optionsTable(d));
    }
    return out.toString();
  }

  /**
   * A connector's options as a Markdown table (or a line saying it has none): what the catalog page
   * shows and what {@code tributary:docs} writes into a README.
   */
  public static String optionsTable(MetadataDocument d) {
    List<OptionRow> rows = OptionRow.of(d);
    if (rows.isEmpty()) {
      return "No options besides the common ones.\n";
    }
    StringBuilder out = new StringBuilder();
    out.append('|').append(String.join("|", HEADERS)).append("|\n|");
    out.append("---|".repeat(HEADERS.size())).append('\n');
    for (OptionRow r : rows) {
      out.append('|')
          .append(
              String.join(
                  "|",
                  List.of(
                      code(r.flag()),
                      cell(r.type()),
                      r.defaultValue().isEmpty() ? "" : code(r.defaultValue()),
                      yesNo(r.required()),
                      yesNo(r.secret()),
                      cell(r.description()))))
          .append("|\n");
    }
    return out.toString();
  }

  /** The HTML page. */
  public static String html(CatalogBuilder.Catalog catalog, String title) {
    StringBuilder out =
        new StringBuilder(
            """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>%s</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}
        table{border-collapse:collapse;width:100%%}th,td{border:1px solid #ccc;padding:.3rem .5rem;
        text-align:left;vertical-align:top}th{background:#f3f3f3}code{font-size:.95em}
        .dir{color:#555}
        </style>
        </head>
        <body>
        <h1>%s</h1>
        <ul>
        """
                .formatted(esc(title), esc(title)));
    for (MetadataDocument d : catalog.connectors()) {
      out.append("<li><a href=\"#")
          .append(esc(d.name()))
          .append("\">")
          .append(esc(d.name()))
          .append("</a> <span class=\"dir\">")
          .append(esc(d.direction()))
          .append(' ')
          .append(esc(d.version()))
          .append("</span></li>\n");
    }
    out.append("</ul>\n");
    for (MetadataDocument d : catalog.connectors()) {
      section(d, out);
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static void section(MetadataDocument d, StringBuilder out) {
    out.append("<section id=\"")
        .append(esc(d.name()))
        .append("\">\n<h2>")
        .append(esc(d.name()))
        .append("</h2>\n<p class=\"dir\">")
        .append(esc(d.direction()))
        .append(", version ")
        .append(esc(d.version()))
        .append("</p>\n<p>")
        .append(esc(d.description().strip()))
        .append("</p>\n");
    List<OptionRow> rows = OptionRow.of(d);
    if (rows.isEmpty()) {
      out.append("<p>No options besides the common ones.</p>\n</section>\n");
      return;
    }
    out.append("<table>\n<tr>");
    HEADERS.forEach(h -> out.append("<th>").append(h).append("</th>"));
    out.append("</tr>\n");
    for (OptionRow r : rows) {
      out.append("<tr><td><code>")
          .append(esc(r.flag()))
          .append("</code></td><td>")
          .append(esc(r.type()))
          .append("</td><td>")
          .append(r.defaultValue().isEmpty() ? "" : "<code>" + esc(r.defaultValue()) + "</code>")
          .append("</td><td>")
          .append(yesNo(r.required()))
          .append("</td><td>")
          .append(yesNo(r.secret()))
          .append("</td><td>")
          .append(esc(r.description()))
          .append("</td></tr>\n");
    }
    out.append("</table>\n</section>\n");
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  /** Markdown table cell text: pipes escaped, one line, no raw HTML. */
  private static String cell(String text) {
    return oneLine(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String oneLine(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ");
  }

  /**
   * A code span in a table cell: pipes escaped (the table splits on them first), backslashes left
   * as they are (a code span shows them literally).
   */
  private static String code(String text) {
    String body = text.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    return body.contains("`") ? "`` " + body + " ``" : "`" + body + "`";
  }

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
