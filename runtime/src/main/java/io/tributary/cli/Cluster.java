package io.tributary.cli;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    if (common.endpoint() != null) {
      return ClusterConfig.ofEndpoint(common.endpoint());
    }
    String profile = env.get("FLV_PROFILE_PATH");
    if (profile != null && !profile.isBlank()) {
      try {
        return ClusterConfig.fromProfile(Path.of(profile));
      } catch (FluvioConfigException e) {
        throw new FluvioConfigException("FLV_PROFILE_PATH: " + e.getMessage()
            + " (or give --fluvio-endpoint host:port, or use --dry-run)");
      }
    }
    Path home = Path.of(System.getProperty("user.home"), ".fluvio", "config");
    if (!Files.exists(home)) {
      throw new FluvioConfigException("no cluster to talk to: give --fluvio-endpoint host:port, "
          + "set FLV_PROFILE_PATH to a Fluvio profile file, create " + home
          + ", or use --dry-run");
    }
    return ClusterConfig.fromProfile(home);
  }

  /** Connects as {@code fluvio_connector_<name>} (exceptions name the endpoint and the cause). */
  static FluvioClient connect(ClusterConfig config, String connector) {
    return FluvioClient.connect(config.withClientId("fluvio_connector_" + connector));
  }
}
