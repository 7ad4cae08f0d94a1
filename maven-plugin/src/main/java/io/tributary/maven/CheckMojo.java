package io.tributary.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * Checks the connector metadata this module built ({@code META-INF/tributary/connectors/*.json} in
 * the class output): against the published metadata schema and the JSON Schema draft-07
 * meta-schema, against the lint rules, optionally against a previous release for backward
 * compatibility and against the executable jar's {@code metadata} command. Reports every problem at
 * once, then fails the build.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractTributaryMojo {

  /**
   * The class output directory; metadata is read from its {@code META-INF/tributary/connectors/}.
   */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /**
   * Fails when the module ships no metadata (usually the annotation processor did not run). Modules
   * with packaging {@code pom} are always skipped.
   */
  @Parameter(property = "tributary.failIfNoMetadata", defaultValue = "true")
  private boolean failIfNoMetadata;

  /**
   * The previous release to check backward compatibility against: {@code
   * groupId:artifactId:version} of a released connector (resolved by Maven, metadata read from the
   * jar without running it), or a path to a metadata {@code .json} file, a catalog {@code .json}
   * file, a directory of them, or a jar. Removing, renaming, newly requiring or narrowing an option
   * fails the build unless the connector's major version went up. Not set: no compatibility check.
   */
  @Parameter(property = "tributary.baseline")
  private String baseline;

  /**
   * Also runs {@code java -jar <executable> metadata} and checks that it prints the metadata
   * resource byte for byte.
   */
  @Parameter(property = "tributary.verifyExecutable", defaultValue = "false")
  private boolean verifyExecutable;

  /** The executable connector jar that {@code verifyExecutable} runs. */
  @Parameter(
      property = "tributary.executable",
      defaultValue = "${project.build.directory}/${project.build.finalName}.jar")
  private File executable;

  /** Seconds the {@code metadata} command may take before it is killed and reported. */
  @Parameter(property = "tributary.executableTimeout", defaultValue = "60")
  private int executableTimeout;

  /**
   * Rule ids to leave unchecked, for example {@code TRIB-LINT-SECRET}; every id is listed in
   * docs/maven-plugin.md. Use sparingly: each rule guards users of the connector.
   */
  @Parameter(property = "tributary.skipRules")
  private List<String> skipRules = new ArrayList<>();

  /**
   * The module's README: its options tables between {@code <!-- tributary:options NAME -->} markers
   * must equal what {@code tributary:docs} writes from the metadata.
   */
  @Parameter(property = "tributary.readme", defaultValue = "${project.basedir}/README.md")
  private File readme;

  /** Created by Maven. */
  @Inject
  public CheckMojo(RepositorySystem repositorySystem) {
    super(repositorySystem);
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping tributary:check (tributary.skip)");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().debug("tributary:check: nothing to check in a pom module");
      return;
    }
    Set<String> skipped = skippedRules();
    List<MetadataSource> sources = readSources();
    if (sources.isEmpty()) {
      noMetadata(skipped.contains(Rule.NO_METADATA.id()));
      return;
    }
    Schemas schemas = new Schemas();
    MetadataChecker checker = new MetadataChecker(schemas);
    List<Problem> problems = new ArrayList<>();
    sources.forEach(s -> problems.addAll(checker.check(s)));
    if (baseline != null && !baseline.isBlank()) {
      problems.addAll(compatibility(sources));
    }
    problems.addAll(readmeProblems(sources));
    if (verifyExecutable) {
      problems.addAll(
          new ExecutableMetadata(
                  ExecutableMetadata.currentJava(), Duration.ofSeconds(executableTimeout))
              .verify(executable.toPath(), display(executable.toPath()), sources));
    }
    problems.removeIf(p -> skipped.contains(p.rule().id()));
    problems.stream().filter(p -> p.rule().warning()).forEach(p -> getLog().warn(p.format()));
    problems.removeIf(p -> p.rule().warning());
    if (!problems.isEmpty()) {
      throw new MojoFailureException(ProblemReport.format("connector metadata", problems));
    }
    getLog()
        .info(
            "tributary:check: "
                + sources.size()
                + " connector metadata document"
                + (sources.size() == 1 ? "" : "s")
                + " OK");
  }

  /** The module README's marked options tables against the metadata ({@link ReadmeOptions}). */
  private List<Problem> readmeProblems(List<MetadataSource> sources) {
    Path file = readme.toPath();
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return ReadmeOptions.check(
          Files.readString(file, StandardCharsets.UTF_8), display(file), DocsMojo.tables(sources));
    } catch (IOException e) {
      return List.of(
          Rule.README_OPTIONS.problem(display(file), "", "cannot be read: " + e.getMessage()));
    }
  }

  private Set<String> skippedRules() throws MojoExecutionException {
    Set<String> known = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
    for (String id : skipRules) {
      if (!known.contains(id.strip())) {
        throw new MojoExecutionException(
            "skipRules: unknown rule '"
                + id
                + "'; expected one of "
                + known.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
    return skipRules.stream().map(String::strip).collect(Collectors.toSet());
  }

  private List<MetadataSource> readSources() throws MojoExecutionException {
    try {
      return MetadataFiles.fromDirectory(classesDirectory.toPath(), this::display);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "cannot read metadata under " + classesDirectory + ": " + e.getMessage(), e);
    }
  }

  private void noMetadata(boolean skipped) throws MojoFailureException {
    String where = display(classesDirectory.toPath().resolve(MetadataFiles.DIRECTORY));
    if (failIfNoMetadata && !skipped) {
      throw new MojoFailureException(
          ProblemReport.format(
              "connector metadata",
              List.of(Rule.NO_METADATA.problem(where, "", "no *.json metadata was built"))));
    }
    getLog().info("tributary:check: no connector metadata in " + where);
  }

  private List<Problem> compatibility(List<MetadataSource> sources) {
    BaselineLoader.Loaded loaded = loadBaseline();
    List<MetadataDocument> current = new ArrayList<>();
    sources.forEach(s -> MetadataReader.parse(s).document().ifPresent(current::add));
    CompatibilityChecker.Result result =
        new CompatibilityChecker().compare(loaded.documents(), current, project.getVersion());
    result
        .accepted()
        .forEach(
            p ->
                getLog()
                    .info(
                        "Breaking change allowed by the major version"
                            + " bump: "
                            + p.location()
                            + ": "
                            + p.message()));
    List<Problem> problems = new ArrayList<>(loaded.problems());
    problems.addAll(result.breaking());
    return problems;
  }

  private BaselineLoader.Loaded loadBaseline() {
    Path file = project.getBasedir().toPath().resolve(baseline.strip());
    if (!file.toFile().exists() && MavenArtifacts.isCoordinates(baseline)) {
      try {
        Path jar = artifacts().resolve(baseline);
        return BaselineLoader.load(jar, baseline.strip());
      } catch (IllegalArgumentException e) {
        return new BaselineLoader.Loaded(
            List.of(), List.of(Rule.BASELINE.problem("<baseline>", "", e.getMessage())));
      }
    }
    return BaselineLoader.load(file, display(file));
  }
}
