package io.tributary.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Counters and gauges, written in the Prometheus text exposition format (version 0.0.4). A metric
 * is a family (name, help, type) of samples told apart by at most one label; a sample's value is
 * read when the registry is scraped, so gauges cost nothing between scrapes. Thread-safe.
 */
public final class MetricRegistry {
  /** The content type of {@link #scrape()}. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private enum Type {
    COUNTER,
    GAUGE
  }

  private record Family(String name, String help, Type type, Map<String, DoubleSupplier> samples) {}

  private final Map<String, Family> families = new LinkedHashMap<>();

  /** A new counter without labels. */
  public Counter counter(String name, String help) {
    return counter(name, help, null, null);
  }

  /**
   * The counter of a family for one label value ({@code cause="sink-error"}); the same call returns
   * the same counter.
   */
  public synchronized Counter counter(String name, String help, String label, String value) {
    Family family = family(name, help, Type.COUNTER);
    String key = labels(label, value);
    DoubleSupplier existing = family.samples().get(key);
    if (existing instanceof CounterSample sample) {
      return sample.counter();
    }
    Counter counter = new Counter();
    family.samples().put(key, new CounterSample(counter));
    return counter;
  }

  /**
   * A counter whose value is kept elsewhere, read at each scrape (it must never go down); it
   * replaces the family's unlabelled sample.
   */
  public synchronized void counterFunction(String name, String help, DoubleSupplier value) {
    family(name, help, Type.COUNTER).samples().put("", value);
  }

  /** A gauge of value 1 whose labels carry information ({@code name_info{version="1"} 1}). */
  public synchronized void info(String name, String help, Map<String, String> labels) {
    StringBuilder key = new StringBuilder("{");
    for (Map.Entry<String, String> e : labels.entrySet()) {
      key.append(key.length() > 1 ? "," : "")
          .append(e.getKey())
          .append("=\"")
          .append(escape(e.getValue()))
          .append('"');
    }
    family(name, help, Type.GAUGE).samples().put(key.append('}').toString(), new Constant(1));
  }

  /** A gauge without labels, read at each scrape. */
  public void gauge(String name, String help, DoubleSupplier value) {
    gauge(name, help, null, null, value);
  }

  /** Sets (or replaces) the gauge of a family for one label value. */
  public synchronized void gauge(
      String name, String help, String label, String value, DoubleSupplier reading) {
    family(name, help, Type.GAUGE).samples().put(labels(label, value), reading);
  }

  /** The current value of a sample, or {@code NaN} when there is none (for tests and tools). */
  public synchronized double value(String name, String label, String value) {
    Family family = families.get(name);
    DoubleSupplier sample = family == null ? null : family.samples().get(labels(label, value));
    return sample == null ? Double.NaN : sample.getAsDouble();
  }

  /** Every metric in the Prometheus text format. */
  public String scrape() {
    List<Family> copy;
    synchronized (this) {
      copy = new ArrayList<>();
      for (Family f : families.values()) {
        copy.add(new Family(f.name(), f.help(), f.type(), new LinkedHashMap<>(f.samples())));
      }
    }
    StringBuilder text = new StringBuilder(4096);
    for (Family f : copy) {
      if (f.samples().isEmpty()) {
        continue;
      }
      text.append("# HELP ")
          .append(f.name())
          .append(' ')
          .append(f.help().replace("\\", "\\\\").replace("\n", "\\n"))
          .append('\n');
      text.append("# TYPE ")
          .append(f.name())
          .append(' ')
          .append(f.type() == Type.COUNTER ? "counter" : "gauge")
          .append('\n');
      for (Map.Entry<String, DoubleSupplier> s : f.samples().entrySet()) {
        text.append(f.name())
            .append(s.getKey())
            .append(' ')
            .append(format(s.getValue().getAsDouble()))
            .append('\n');
      }
    }
    return text.toString();
  }

  private Family family(String name, String help, Type type) {
    Family family = families.get(name);
    if (family == null) {
      family = new Family(name, help, type, new LinkedHashMap<>());
      families.put(name, family);
    }
    if (family.type() != type) {
      throw new IllegalArgumentException(name + " is already a " + family.type());
    }
    return family;
  }

  private static String labels(String label, String value) {
    if (label == null) {
      return "";
    }
    return "{" + label + "=\"" + escape(value) + "\"}";
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /**
   * A fixed value (an info metric's 1). Samples are classes rather than lambdas: the registry is
   * filled on every connector's way to its first record, where linking a lambda costs more than the
   * sample (docs/performance.md, "First record").
   */
  private record Constant(double value) implements DoubleSupplier {
    @Override
    public double getAsDouble() {
      return value;
    }
  }

  private record CounterSample(Counter counter) implements DoubleSupplier {
    @Override
    public double getAsDouble() {
      return counter.get();
    }
  }
}
