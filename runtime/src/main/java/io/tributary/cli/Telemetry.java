package io.tributary.cli;

import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.OffsetStrategy;
import io.tributary.log.TributaryLoggerFinder;
import io.tributary.metrics.CdkMetricsSocket;
import io.tributary.metrics.ConnectorMetrics;
import io.tributary.metrics.MetricsHttpServer;
import io.tributary.schema.ConnectorModel;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A run's metrics and where they are served: {@code --metrics-address} (started before the
 * connector, so a bad address is a usage error) and, once connected to the cluster, the CDK's
 * socket (docs/metrics.md).
 */
final class Telemetry implements AutoCloseable {
  private static final Logger LOG = TributaryLoggerFinder.logger("tributary.metrics");

  private final ConnectorMetrics metrics;
  private final MetricsHttpServer http;
  private final Map<String, String> env;
  private Thread opening;
  private volatile CdkMetricsSocket socket;

  private Telemetry(ConnectorMetrics metrics, MetricsHttpServer http, Map<String, String> env) {
    this.metrics = metrics;
    this.http = http;
    this.env = env;
  }

  /**
   * The metrics of a run, served at {@code --metrics-address} when given.
   *
   * @throws UncheckedIOException when that address cannot be listened on
   */
  static Telemetry start(ConnectorModel model, CommonSettings common, Map<String, String> env) {
    List<String> smartModules = new ArrayList<>();
    for (CommonSettings.Step s : common.steps()) {
      smartModules.add(s.wasm().getFileName().toString());
    }
    ConnectorMetrics metrics = new ConnectorMetrics(model.name(), model.version(), smartModules);
    MetricsHttpServer http = null;
    InetSocketAddress address = common.metricsAddress();
    if (address != null) {
      InetSocketAddress resolved =
          address.isUnresolved()
              ? new InetSocketAddress(address.getHostString(), address.getPort())
              : address;
      if (resolved.isUnresolved()) {
        throw new UncheckedIOException(
            new java.net.UnknownHostException("unknown host " + address.getHostString()));
      }
      http = MetricsHttpServer.start(resolved, metrics);
      InetSocketAddress bound = http.address();
      LOG.log(
          Level.INFO,
          () ->
              "serving metrics at http://"
                  + bound.getHostString()
                  + ":"
                  + bound.getPort()
                  + "/metrics");
    }
    return new Telemetry(metrics, http, env);
  }

  ConnectorMetrics metrics() {
    return metrics;
  }

  /**
   * A source's producer: records out are its acknowledged records; ready once one is, and while it
   * reaches its partitions' leaders and no batch waits for a retry.
   */
  void producing(FluvioProducer producer) {
    metrics.deliveredBy(
        new ProducerReading(producer, ProducerReading.ACKNOWLEDGED_RECORDS),
        new ProducerReading(producer, ProducerReading.ACKNOWLEDGED_BYTES));
    metrics.producerQueue(
        new ProducerReading(producer, ProducerReading.QUEUED_RECORDS),
        new ProducerReading(producer, ProducerReading.IN_FLIGHT_BATCHES));
    metrics.health().readyWhen(new ProducerReady(producer));
    openSocket(true);
  }

  /** A sink's consumer: its lag per partition; ready while its streams are open. */
  void consuming(FluvioConsumer consumer) {
    boolean stores =
        consumer.config().consumerId() != null
            && consumer.config().strategy() != OffsetStrategy.NONE;
    for (int partition : consumer.partitions()) {
      metrics.consumerLag(partition, () -> consumer.lag(partition));
      if (stores) {
        metrics.storedOffset(partition, () -> consumer.flushed(partition));
      }
    }
    metrics.health().readyWhen(consumer::connected);
    openSocket(false);
  }

  /** A dry run: ready from the start, no socket (there is no cluster). */
  void dryRun() {
    metrics.health().readyWhen(() -> true);
  }

  /**
   * Opens the CDK's socket on a thread of its own: the JDK's first Unix domain socket waits for its
   * {@code SecureRandom} ({@link CdkMetricsSocket#initialize}), which must not hold up the first
   * record; {@link #close} waits for the opening.
   */
  private void openSocket(boolean source) {
    if (opening == null) {
      opening = new Thread(new SocketOpening(source), "tributary-metrics-socket-open");
      opening.setDaemon(true);
      opening.start();
    }
  }

  /** {@link #openSocket}'s thread. */
  private final class SocketOpening implements Runnable {
    private final boolean source;

    SocketOpening(boolean source) {
      this.source = source;
    }

    @Override
    public void run() {
      socket = CdkMetricsSocket.open(env, new CdkDocument(metrics, source));
    }
  }

  // Readings as classes rather than lambdas and method references: a source sets them up on its
  // way to its first record, where linking a lambda costs more than the reading
  // (docs/performance.md, "First record").

  /** One of a producer's numbers. */
  private record ProducerReading(FluvioProducer producer, int what) implements LongSupplier {
    static final int ACKNOWLEDGED_RECORDS = 0;
    static final int ACKNOWLEDGED_BYTES = 1;
    static final int QUEUED_RECORDS = 2;
    static final int IN_FLIGHT_BATCHES = 3;

    @Override
    public long getAsLong() {
      return switch (what) {
        case ACKNOWLEDGED_RECORDS -> producer.acknowledgedRecords();
        case ACKNOWLEDGED_BYTES -> producer.acknowledgedBytes();
        case QUEUED_RECORDS -> producer.queuedRecords();
        case IN_FLIGHT_BATCHES -> producer.inFlightBatches();
        default -> throw new IllegalStateException("reading " + what);
      };
    }
  }

  /** A source is ready once a record was acknowledged, while no batch waits for a retry. */
  private record ProducerReady(FluvioProducer producer) implements BooleanSupplier {
    @Override
    public boolean getAsBoolean() {
      return producer.acknowledgedRecords() > 0 && !producer.retrying() && producer.connected();
    }
  }

  /** The CDK's metrics document, at each request of the socket. */
  private record CdkDocument(ConnectorMetrics metrics, boolean source) implements Supplier<String> {
    @Override
    public String get() {
      return metrics.cdkDocument(source);
    }
  }

  @Override
  public void close() {
    if (opening != null) {
      boolean interrupted = false;
      while (opening.isAlive()) {
        try {
          opening.join();
        } catch (InterruptedException e) {
          interrupted = true; // the file must still be removed; the interrupt is kept
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    CdkMetricsSocket s = socket;
    if (s != null) {
      s.close();
    }
    if (http != null) {
      http.close();
    }
  }
}
