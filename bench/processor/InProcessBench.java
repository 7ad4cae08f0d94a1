import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac run in-process, as maven-compiler-plugin runs it: one JVM, several compilations, the
 * processor loaded from -processorpath for each one (as annotationProcessorPaths does). Alternates
 * processor / -proc:none runs after warm-ups and prints the medians.
 *
 * <p>Usage: java InProcessBench.java CLASSPATH PROCESSORPATH OUTDIR RUNS SRCDIR...
 *
 * <p>With {@code -Dbaseline=PROCESSORPATH} (e.g. the processor jar of an earlier commit) it also
 * times that processor path in the same alternation and prints it as a further column, so that
 * before/after figures see the same machine load.
 */
public final class InProcessBench {
  public static void main(String[] args) throws IOException {
    String cp = args[0];
    String pp = args[1];
    Path out = Path.of(args[2]);
    int runs = Integer.parseInt(args[3]);
    String baseline = System.getProperty("baseline");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    System.out.printf(
        "%-8s %-6s %-14s %-14s %-9s %-10s%s%n",
        "options",
        "runs",
        "processor ms",
        "-proc:none ms",
        "overhead",
        "ms/option",
        baseline == null ? "" : "  baseline ms  baseline overhead");
    for (String dir : Arrays.copyOfRange(args, 4, args.length)) {
      List<File> files;
      try (Stream<Path> walk = Files.walk(Path.of(dir))) {
        files =
            walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
      }
      int options = Integer.parseInt(Path.of(dir).getFileName().toString().replace("src", ""));
      List<String> with =
          List.of(
              "--release",
              "17",
              "-nowarn",
              "-cp",
              cp,
              "-processorpath",
              pp,
              "-Atributary.version=0.0.0");
      List<String> without = List.of("--release", "17", "-nowarn", "-cp", cp, "-proc:none");
      List<String> before =
          baseline == null
              ? null
              : List.of(
                  "--release",
                  "17",
                  "-nowarn",
                  "-cp",
                  cp,
                  "-processorpath",
                  baseline,
                  "-Atributary.version=0.0.0");
      for (int i = 0; i < 5; i++) {
        compile(javac, files, with, out);
        compile(javac, files, without, out);
        if (before != null) {
          compile(javac, files, before, out);
        }
      }
      long[] a = new long[runs];
      long[] b = new long[runs];
      long[] c = new long[runs];
      for (int i = 0; i < runs; i++) {
        a[i] = compile(javac, files, with, out);
        b[i] = compile(javac, files, without, out);
        if (before != null) {
          c[i] = compile(javac, files, before, out);
        }
      }
      long ma = median(a);
      long mb = median(b);
      long mc = median(c);
      System.out.printf(
          "%-8d %-6d %-14d %-14d %-9s %-10.2f%s%n",
          options,
          runs,
          ma,
          mb,
          percent(ma, mb),
          (ma - mb) / (double) options,
          before == null ? "" : String.format("  %-12d %s", mc, percent(mc, mb)));
    }
  }

  private static long compile(JavaCompiler javac, List<File> files, List<String> options, Path out)
      throws IOException {
    if (Files.exists(out)) {
      try (Stream<Path> walk = Files.walk(out)) {
        walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    Files.createDirectories(out);
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of("-d", out.toString()));
    long start = System.nanoTime();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromFiles(files);
      StringWriter log = new StringWriter();
      if (!javac.getTask(log, fm, null, all, null, units).call()) {
        throw new IllegalStateException("compilation failed:\n" + log);
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String percent(long with, long without) {
    return String.format("%+.0f%%", (with - without) * 100.0 / without);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
