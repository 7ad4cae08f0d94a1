package io.tributary.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** Resolves {@code groupId:artifactId:version} coordinates to jar files through Maven. */
final class MavenArtifacts {
  private static final Pattern COORDINATES =
      Pattern.compile("[^:/\\\\\\s]+:[^:/\\\\\\s]+(:[^:/\\\\\\s]+){1,3}");

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  MavenArtifacts(
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = repositories;
  }

  /** Whether {@code text} reads as Maven coordinates rather than a path. */
  static boolean isCoordinates(String text) {
    return COORDINATES.matcher(text.strip()).matches();
  }

  /**
   * The jar of {@code coordinates} ({@code groupId:artifactId[:extension[:classifier]]:version}).
   *
   * @throws IllegalArgumentException with a user-facing message when it cannot be resolved
   */
  Path resolve(String coordinates) {
    try {
      DefaultArtifact artifact = new DefaultArtifact(coordinates.strip());
      ArtifactRequest request = new ArtifactRequest(artifact, repositories, null);
      return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
    } catch (ArtifactResolutionException e) {
      throw new IllegalArgumentException(
          "cannot resolve '" + coordinates + "': " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + coordinates + "' is not" + " groupId:artifactId:version", e);
    }
  }
}
