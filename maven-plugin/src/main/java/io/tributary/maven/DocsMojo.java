package io.tributary.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * Writes each connector's options table from its metadata into the module's README, between {@code
 * <!-- tributary:options NAME -->} and {@code <!-- /tributary:options -->} (see {@link
 * ReadmeOptions}); {@code tributary:check} then fails when the README and the metadata drift apart.
 * Run it after changing an option: {@code mvn compile tributary:docs}.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class DocsMojo extends AbstractTributaryMojo {
  /** The class output directory; metadata is read from its META-INF/tributary/connectors/. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /** The README to update. */
  @Parameter(property = "tributary.readme", defaultValue = "${project.basedir}/README.md")
  private File readme;

  /** Created by Maven. */
  @Inject
  public DocsMojo(RepositorySystem repositorySystem) {
    super(repositorySystem);
  }

  @Override
  public void execute() throws MojoExecutionException {
    if (skip || "pom".equals(project.getPackaging())) {
      return;
    }
    Path file = readme.toPath();
    try {
      Map<String, String> tables =
          tables(MetadataFiles.fromDirectory(classesDirectory.toPath(), this::display));
      if (!Files.isRegularFile(file)) {
        getLog().info("tributary:docs: no " + display(file));
        return;
      }
      String before = Files.readString(file, StandardCharsets.UTF_8);
      if (!ReadmeOptions.hasMarkers(before)) {
        getLog()
            .info(
                "tributary:docs: "
                    + display(file)
                    + " marks no table; add <!-- "
                    + "tributary:options NAME --> and <!-- /tributary:options --> where it goes");
        return;
      }
      String after = ReadmeOptions.update(before, tables);
      if (!after.equals(before)) {
        Files.writeString(file, after, StandardCharsets.UTF_8);
        getLog().info("tributary:docs: rewrote the options tables of " + display(file));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("tributary:docs: " + e.getMessage(), e);
    }
  }

  /** Each connector's options table, by name. */
  static Map<String, String> tables(List<MetadataSource> sources) {
    Map<String, String> tables = new LinkedHashMap<>();
    for (MetadataSource s : sources) {
      MetadataReader.parse(s)
          .document()
          .ifPresent(d -> tables.put(d.name(), CatalogPageWriter.optionsTable(d)));
    }
    return tables;
  }
}
