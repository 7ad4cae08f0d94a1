import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metrics' cost, A/B in one JVM: each runtime (before metrics, now, now serving
 * --metrics-address) in its own class loader, running bench/throughput's source in --dry-run to a
 * null stream. In each round every variant runs at the same time as the reference, on a second
 * thread, each run timed by the CPU time of its own thread (neither the JVM start, nor the JIT
 * compiler, nor the GC threads, nor time spent waiting for a core on a loaded machine). Prints the
 * median CPU time per record of each variant with its spread, and the median and spread of its
 * per-round ratio to the reference run beside it.
 *
 * <p>Usage: java MetricsBench.java ROUNDS RECORDS PORT NAME=CLASSPATH...
 */
public final class MetricsBench {
  private record Variant(
      String name, ClassLoader loader, Method run, Constructor<?> console, String[] args) {}

  public static void main(String[] a) throws Exception {
    int rounds = Integer.parseInt(a[0]);
    long records = Long.parseLong(a[1]);
    String port = a[2];
    String reference = a[3];
    List<Variant> variants = new ArrayList<>();
    for (String spec : Arrays.copyOfRange(a, 4, a.length)) {
      String name = spec.substring(0, spec.indexOf('='));
      String[] cp = spec.substring(spec.indexOf('=') + 1).split(":");
      URL[] urls = new URL[cp.length];
      for (int i = 0; i < cp.length; i++) {
        urls[i] = Path.of(cp[i]).toUri().toURL();
      }
      ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
      Class<?> console = loader.loadClass("io.tributary.cli.Console");
      Method run =
          loader
              .loadClass("io.tributary.cli.ConnectorRunner")
              .getMethod("run", String.class, String[].class, console);
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--fluvio-topic",
                  "t",
                  "--dry-run",
                  "--rust-log",
                  "off",
                  "--count",
                  Long.toString(records)));
      String variant = name;
      if (name.endsWith("--metrics-address")) {
        args.addAll(List.of("--metrics-address", "127.0.0.1:" + port));
      }
      variants.add(
          new Variant(
              variant,
              loader,
              run,
              console.getConstructor(
                  InputStream.class, PrintStream.class, PrintStream.class, Map.class),
              args.toArray(String[]::new)));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int n = variants.size();
    int ref = 0;
    while (!variants.get(ref).name().equals(reference)) {
      ref++;
    }
    for (int w = 0; w < 3; w++) { // warm-up: the JIT compiles each runtime's per-record path
      for (Variant v : variants) {
        once(v, threads);
      }
    }
    // Each round runs every other variant at the same time as the reference, on two threads
    // (sides swapped every round): both meet the same load, and each is timed by its own
    // thread's CPU time. A variant's ratio in a round is to the reference run beside it.
    double[][] nanos = new double[n][rounds];
    double[][] beside = new double[n][rounds];
    java.util.concurrent.ExecutorService pair =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        if (i == ref) {
          continue;
        }
        boolean even = r % 2 == 0;
        Variant left = even ? variants.get(i) : variants.get(ref);
        Variant right = even ? variants.get(ref) : variants.get(i);
        var first = pair.submit(() -> once(left, threads));
        var second = pair.submit(() -> once(right, threads));
        long a1 = first.get();
        long a2 = second.get();
        nanos[i][r] = (double) (even ? a1 : a2) / records;
        beside[i][r] = (double) (even ? a2 : a1) / records;
        nanos[ref][r] = beside[i][r];
        beside[ref][r] = beside[i][r];
      }
    }
    pair.shutdown();
    System.out.printf(
        Locale.ROOT,
        "| variant | CPU ns per record (median of %d) | min-max "
            + "| ratio to %s per round: median | min-max |%n",
        rounds,
        reference);
    System.out.println("|---|---|---|---|---|");
    for (int i = 0; i < n; i++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = nanos[i][r] / beside[i][r];
      }
      double[] sorted = nanos[i].clone();
      Arrays.sort(sorted);
      Arrays.sort(ratio);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f-%.1f | %.3f | %.3f-%.3f |%n",
          variants.get(i).name(),
          median(sorted),
          sorted[0],
          sorted[rounds - 1],
          median(ratio),
          ratio[0],
          ratio[rounds - 1]);
    }
    System.out.printf(
        Locale.ROOT,
        "(%d records of 100 bytes per run; %d cores; load %s; %s)%n",
        records,
        Runtime.getRuntime().availableProcessors(),
        new String(java.nio.file.Files.readAllBytes(Path.of("/proc/loadavg"))).trim(),
        System.getProperty("java.vm.version"));
    for (int i = 0; i < n; i++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = nanos[i][r] / beside[i][r];
      }
      Arrays.sort(ratio);
      if (i != ref) {
        System.out.printf(Locale.ROOT, "ratio\t%s\t%.4f%n", variants.get(i).name(), median(ratio));
      }
    }
  }

  /** Runs the connector once; the CPU nanoseconds of this thread. */
  private static long once(Variant v, ThreadMXBean threads) throws Exception {
    PrintStream none = new PrintStream(OutputStream.nullOutputStream());
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    Object console =
        v.console()
            .newInstance(InputStream.nullInputStream(), none, new PrintStream(err, true), Map.of());
    Thread.currentThread().setContextClassLoader(v.loader()); // the connector's service file
    long start = threads.getCurrentThreadCpuTime();
    int code = (int) v.run().invoke(null, null, v.args(), console);
    long used = threads.getCurrentThreadCpuTime() - start;
    if (code != 0) {
      throw new IllegalStateException(v.name() + " exited " + code + ": " + err);
    }
    return used;
  }

  private static double median(double[] sorted) {
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }
}
