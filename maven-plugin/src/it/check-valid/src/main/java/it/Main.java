package it;

import java.io.InputStream;

/** Stands in for tributary-runtime's launcher: 'metadata' prints the resource verbatim. */
public final class Main {
  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !args[0].equals("metadata")) {
      System.exit(2);
    }
    try (InputStream in =
        Main.class.getResourceAsStream("/META-INF/tributary/connectors/http-source.json")) {
      System.out.write(in.readAllBytes());
      System.out.flush();
    }
  }
}
