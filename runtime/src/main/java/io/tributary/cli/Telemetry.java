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
import java.util.Map;

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
  private CdkMetricsSocket socket;

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
    ConnectorMetrics metrics =
        new ConnectorMetrics(
            model.name(),
            model.version(),
            common.steps().stream().map(s -> s.wasm().getFileName().toString()).toList());
    if (!common.dryRun()) {
      CdkMetricsSocket.prepare(); // opened once connected; its set-up overlaps connecting
    }
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
    metrics.deliveredBy(producer::acknowledgedRecords, producer::acknowledgedBytes);
    metrics.producerQueue(producer::queuedRecords, producer::inFlightBatches);
    metrics
        .health()
        .readyWhen(
            () ->
                producer.acknowledgedRecords() > 0 && !producer.retrying() && producer.connected());
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

  private void openSocket(boolean source) {
    if (socket == null) {
      socket = CdkMetricsSocket.open(env, () -> metrics.cdkDocument(source));
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.close();
    }
    if (http != null) {
      http.close();
    }
  }
}
