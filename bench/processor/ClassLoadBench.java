import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What loading a processor's classes costs, without javac: in each round a fresh class loader over
 * the given jars (as javac makes one over -processorpath for every compilation) loads and
 * initialises the listed classes in order; prints the median main-thread CPU time of a round and
 * its interquartile range for each processor path, the paths alternating round by round.
 *
 * <p>Usage: {@code java bench/processor/ClassLoadBench.java <classes.txt> <rounds> <path>...}, each
 * path ':'-separated jars; classes.txt lists one class a line, e.g. the floor's list that {@code
 * FLOORS=1 bench/processor/peers.sh} writes to {@code $TMPDIR/tributary-bench-peers/floor}.
 */
public final class ClassLoadBench {
  public static void main(String[] args) throws Exception {
    List<String> classes = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank()) {
        classes.add(line.strip());
      }
    }
    int rounds = Integer.parseInt(args[1]);
    int paths = args.length - 2;
    List<List<Long>> times = new ArrayList<>();
    for (int p = 0; p < paths; p++) {
      times.add(new ArrayList<>());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int warmups = 10;
    for (int round = 0; round < warmups + rounds; round++) {
      for (int p = 0; p < paths; p++) {
        String[] jars = args[2 + p].split(":");
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
          urls[i] = Path.of(jars[i]).toUri().toURL();
        }
        long start = threads.getCurrentThreadCpuTime();
        try (URLClassLoader loader =
            new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
          for (String name : classes) {
            Class.forName(name, true, loader);
          }
        }
        long cpu = threads.getCurrentThreadCpuTime() - start;
        if (round >= warmups) {
          times.get(p).add(cpu);
        }
      }
    }
    System.out.printf(
        "%d classes, %d rounds after %d warm-ups; main-thread CPU ms%n",
        classes.size(), rounds, warmups);
    for (int p = 0; p < paths; p++) {
      List<Long> t = times.get(p);
      Collections.sort(t);
      System.out.printf(
          "%7.2f [%.2f-%.2f]  %s%n",
          t.get(t.size() / 2) / 1e6,
          t.get(t.size() / 4) / 1e6,
          t.get(3 * t.size() / 4) / 1e6,
          args[2 + p]);
    }
  }
}
