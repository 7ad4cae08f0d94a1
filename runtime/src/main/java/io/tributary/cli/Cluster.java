package io.tributary.cli;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConfigException;
import java.util.Map;

/** Connects to the Fluvio cluster the common options and the environment name. */
final class Cluster {
  private Cluster() {}

  /**
   * The cluster configuration: {@code --fluvio-endpoint}, else the current profile of the file
   * named by {@code FLV_PROFILE_PATH}, else {@code ~/.fluvio/config}.
   *
   * @throws FluvioConfigException when none is usable (bad configuration: exit 2)
   */
  static ClusterConfig config(CommonSettings common, Map<String, String> env) {
    try {
      // The environment's lookup (a lambda, costly to link on the way to the first record) only
      // when there is no endpoint (docs/performance.md, "First record").
      String endpoint = common.endpoint();
      return endpoint != null && !endpoint.isBlank()
          ? ClusterConfig.ofEndpoint(endpoint.trim())
          : ClusterConfig.resolve(null, env::get);
    } catch (FluvioConfigException e) {
      throw new FluvioConfigException(
          e.getMessage()
              + "; --fluvio-endpoint host:port names a cluster, --dry-run runs without one");
    }
  }

  /** Connects as {@code fluvio_connector_<name>} (exceptions name the endpoint and the cause). */
  static FluvioClient connect(ClusterConfig config, String connector) {
    return FluvioClient.connect(config.withClientId("fluvio_connector_" + connector));
  }
}
