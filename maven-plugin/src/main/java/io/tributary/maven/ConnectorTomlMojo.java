package io.tributary.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.License;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes the Fluvio CDK package descriptor of the module's connector, {@code Connector.toml}
 * ({@code [package]}, {@code [direction]}, {@code [deployment] binary} and the {@code [custom]}
 * schema of its options), from its metadata resource. With several connectors in one module, each
 * gets {@code <name>/Connector.toml} in the output directory.
 */
@Mojo(name = "connector-toml", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ConnectorTomlMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Skips the goal. */
  @Parameter(property = "tributary.skip", defaultValue = "false")
  private boolean skip;

  /** The class output directory, holding {@code META-INF/tributary/connectors/*.json}. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /** Where {@code Connector.toml} is written. */
  @Parameter(
      property = "tributary.connectorToml.directory",
      defaultValue = "${project.build.directory}",
      required = true)
  private File outputDirectory;

  /** {@code [package] group}. */
  @Parameter(property = "tributary.connectorToml.group", defaultValue = "${project.groupId}")
  private String group;

  /** {@code [package] fluvio}: the lowest Fluvio version the connector works with. */
  @Parameter(property = "tributary.connectorToml.fluvio", defaultValue = "0.11.6")
  private String fluvio;

  /** {@code [package] apiVersion}: the connector config {@code apiVersion} it reads. */
  @Parameter(property = "tributary.connectorToml.apiVersion", defaultValue = "0.2.0")
  private String apiVersion;

  /** {@code [package] visibility}: {@code private} or {@code public}. */
  @Parameter(property = "tributary.connectorToml.visibility", defaultValue = "private")
  private String visibility;

  /** {@code [deployment] binary}: the executable the connector parent builds. */
  @Parameter(property = "tributary.connectorToml.binary", defaultValue = "${project.artifactId}")
  private String binary;

  /**
   * {@code [custom] name}, the config file key of the connector's section; default: the connector's
   * name without {@code -source}/{@code -sink} ({@code http} for http-source).
   */
  @Parameter(property = "tributary.connectorToml.customName")
  private String customName;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || "pom".equals(project.getPackaging())) {
      return;
    }
    if (!List.of("private", "public").contains(visibility)) {
      throw new MojoFailureException(
          "visibility: expected private or public, got '" + visibility + "'");
    }
    for (String[] semver : new String[][] {{"fluvio", fluvio}, {"apiVersion", apiVersion}}) {
      if (!semver[1].matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?")) {
        throw new MojoFailureException(
            semver[0] + ": expected a version like 0.11.6, got '" + semver[1] + "'");
      }
    }
    List<MetadataSource> sources;
    try {
      sources = MetadataFiles.fromDirectory(classesDirectory.toPath(), Path::toString);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read metadata under " + classesDirectory, e);
    }
    List<License> licenses = project.getLicenses();
    String license = licenses == null || licenses.isEmpty() ? null : licenses.get(0).getName();
    for (MetadataSource source : sources) {
      MetadataReader.Parsed parsed = MetadataReader.parse(source);
      if (parsed.document().isEmpty()) {
        throw new MojoFailureException(
            "cannot read " + source.location() + ": " + parsed.problems());
      }
      MetadataDocument doc = parsed.document().get();
      String text =
          ConnectorToml.write(
              doc,
              new ConnectorToml.Package(
                  group, fluvio, apiVersion, license, visibility, binary, customName));
      Path out =
          sources.size() == 1
              ? outputDirectory.toPath().resolve("Connector.toml")
              : outputDirectory.toPath().resolve(doc.name()).resolve("Connector.toml");
      try {
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write " + out, e);
      }
      getLog().info("tributary:connector-toml: wrote " + out);
    }
  }
}
