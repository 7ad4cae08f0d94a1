package io.tributary.maven;

import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/** What both goals need from Maven: the project, the session and artifact resolution. */
abstract class AbstractTributaryMojo extends AbstractMojo {

  /** Skips the goal. */
  @Parameter(property = "tributary.skip", defaultValue = "false")
  protected boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  private final RepositorySystem repositorySystem;

  AbstractTributaryMojo(RepositorySystem repositorySystem) {
    this.repositorySystem = repositorySystem;
  }

  /** Resolves coordinates with the project's remote repositories. */
  MavenArtifacts artifacts() {
    return new MavenArtifacts(
        repositorySystem, session.getRepositorySession(), project.getRemoteProjectRepositories());
  }

  /** {@code path} relative to the project directory when inside it, else absolute. */
  String display(Path path) {
    Path base = project.getBasedir().toPath().toAbsolutePath();
    Path abs = path.toAbsolutePath();
    return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
  }
}
