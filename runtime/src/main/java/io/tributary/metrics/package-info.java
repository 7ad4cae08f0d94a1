/**
 * What a running connector reports about itself (docs/metrics.md): a small registry of counters and
 * gauges with no dependency ({@link io.tributary.metrics.MetricRegistry}), the set every connector
 * has ({@link io.tributary.metrics.ConnectorMetrics}), its health, and the two ways they are served
 * — Prometheus text over HTTP ({@code --metrics-address}) and the Fluvio CDK's JSON document on a
 * Unix domain socket ({@code FLUVIO_METRIC_CONNECTOR}).
 */
package io.tributary.metrics;
