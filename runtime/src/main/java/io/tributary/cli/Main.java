package io.tributary.cli;

import io.tributary.log.JulSetup;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The entry point of every connector jar ({@code Main-Class}). {@code metadata} is served straight
 * from the resource; everything else goes to {@link ConnectorRunner}.
 */
public final class Main {
  /** Environment variable naming the connector to run when a jar holds several. */
  static final String SELECT = "TRIBUTARY_CONNECTOR";

  private Main() {}

  /** Runs the connector and exits with its exit code. */
  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("metadata")) {
      OutputStream out = new FileOutputStream(FileDescriptor.out);
      System.exit(MetadataPrinter.print(Main.class.getClassLoader(), out, System.err));
    }
    // A fresh JVM: java.util.logging starts (with the bridge) only if something uses it.
    JulSetup.defer();
    System.exit(ConnectorRunner.run(System.getenv(SELECT), args, Console.system()));
  }
}
