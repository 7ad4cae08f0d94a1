package io.tributary.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link TestCluster} (a Fluvio-protocol test double, not Fluvio) for
 * the test class. Register it as a static field; the cluster starts lazily before first use and
 * stops after all tests of the class. Test methods may also take a {@code TestCluster} parameter.
 * {@code new TestClusterExtension(TestCluster.builder().spus(3))} starts a cluster with those
 * settings instead of the default (one SPU, free ports).
 *
 * <pre>{@code
 * @RegisterExtension
 * static TestClusterExtension fluvio = new TestClusterExtension();
 *
 * @Test
 * void produces() {
 *   try (RunningConnector source = ConnectorHarness.fromClassPath().cluster(fluvio.cluster())
 *       .start("--fluvio-topic", "t", "--count", "3")) {
 *     assertThat(source.awaitRecords(3, Duration.ofSeconds(5))).hasSize(3);
 *   }
 * }
 * }</pre>
 *
 * <p>{@link ConnectorHarness} runs the connector in-process; {@link TestCluster#awaitRecords} and
 * {@link TestCluster#append} read and seed topics directly.
 */
public final class TestClusterExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private final TestCluster.Builder settings;
  private TestCluster cluster;

  /** A cluster with one SPU on free ports. */
  public TestClusterExtension() {
    this(TestCluster.builder());
  }

  /** A cluster started from {@code settings}, e.g. {@code TestCluster.builder().spus(3)}. */
  public TestClusterExtension(TestCluster.Builder settings) {
    this.settings = settings;
  }

  /** The running cluster (started on first call). */
  public synchronized TestCluster cluster() {
    if (cluster == null) {
      cluster = settings.start();
    }
    return cluster;
  }

  /** The SC endpoint {@code 127.0.0.1:<port>}. */
  public String endpoint() {
    return cluster().endpoint();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    cluster();
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (cluster != null) {
      cluster.close();
      cluster = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return cluster();
  }
}
