package io.tributary.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * Gathers connector metadata into {@code catalog.json} (validated against the published catalog
 * schema), {@code catalog.md} and a self-contained {@code catalog.html}. By default it reads every
 * module of the reactor ({@code mvn package tributary:catalog} at the top); with {@code artifacts}
 * it reads the listed released connectors from their jars, without running them.
 */
@Mojo(name = "catalog", aggregator = true, threadSafe = true)
public class CatalogMojo extends AbstractTributaryMojo {

  /**
   * Connectors to list instead of the reactor's, as {@code groupId:artifactId:version}; each is
   * resolved by Maven and its metadata read from the jar.
   */
  @Parameter(property = "tributary.artifacts")
  private List<String> artifacts = new ArrayList<>();

  /** Where {@code catalog.json}, {@code catalog.md} and {@code catalog.html} are written. */
  @Parameter(
      property = "tributary.catalogDirectory",
      defaultValue = "${project.build.directory}/catalog",
      required = true)
  private File outputDirectory;

  /** The heading of the catalog pages. */
  @Parameter(property = "tributary.catalogTitle", defaultValue = "${project.name} connectors")
  private String title;

  /** Created by Maven. */
  @Inject
  public CatalogMojo(RepositorySystem repositorySystem) {
    super(repositorySystem);
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping tributary:catalog (tributary.skip)");
      return;
    }
    List<Problem> problems = new ArrayList<>();
    List<MetadataSource> sources = artifacts.isEmpty() ? fromReactor() : fromArtifacts(problems);
    List<MetadataDocument> documents = new ArrayList<>();
    for (MetadataSource source : sources) {
      MetadataReader.Parsed parsed = MetadataReader.parse(source);
      problems.addAll(parsed.problems());
      parsed.document().ifPresent(documents::add);
    }
    CatalogBuilder.Catalog catalog = new CatalogBuilder(new Schemas()).build(documents);
    problems.addAll(catalog.problems());
    if (!problems.isEmpty()) {
      throw new MojoFailureException(ProblemReport.format("the connector catalog", problems));
    }
    try {
      List<Path> written = CatalogPageWriter.write(catalog, outputDirectory.toPath(), title);
      getLog()
          .info(
              "tributary:catalog: "
                  + catalog.connectors().size()
                  + " connector"
                  + (catalog.connectors().size() == 1 ? "" : "s")
                  + " in "
                  + written.get(0));
    } catch (IOException e) {
      throw new MojoExecutionException(
          "cannot write the catalog to " + outputDirectory + ": " + e.getMessage(), e);
    }
  }

  private List<MetadataSource> fromReactor() throws MojoExecutionException {
    List<MetadataSource> sources = new ArrayList<>();
    Path root = session.getTopLevelProject().getBasedir().toPath().toAbsolutePath();
    for (MavenProject module : session.getProjects()) {
      Path classes = Path.of(module.getBuild().getOutputDirectory());
      try {
        List<MetadataSource> found =
            MetadataFiles.fromDirectory(
                classes, p -> root.relativize(p.toAbsolutePath()).toString());
        File jar = module.getArtifact() == null ? null : module.getArtifact().getFile();
        if (found.isEmpty()
            && jar != null
            && jar.getName().endsWith(".jar")
            && Files.isRegularFile(jar.toPath())) {
          found = MetadataFiles.fromJar(jar.toPath());
        }
        sources.addAll(found);
      } catch (IOException e) {
        throw new MojoExecutionException(
            "cannot read metadata of " + module.getArtifactId() + ": " + e.getMessage(), e);
      }
    }
    if (sources.isEmpty()) {
      getLog()
          .warn(
              "tributary:catalog: no module of this build has connector metadata; build"
                  + " them first, e.g. 'mvn package tributary:catalog'");
    }
    return sources;
  }

  private List<MetadataSource> fromArtifacts(List<Problem> problems) {
    MavenArtifacts resolver = artifacts();
    List<MetadataSource> sources = new ArrayList<>();
    for (String coordinates : artifacts) {
      try {
        List<MetadataSource> found = MetadataFiles.fromJar(resolver.resolve(coordinates));
        if (found.isEmpty()) {
          problems.add(
              Rule.ARTIFACT.problem(
                  coordinates, "", "the artifact holds no " + MetadataFiles.DIRECTORY + "*.json"));
        }
        sources.addAll(found);
      } catch (IllegalArgumentException | IOException e) {
        problems.add(Rule.ARTIFACT.problem(coordinates, "", e.getMessage()));
      }
    }
    return sources;
  }
}
