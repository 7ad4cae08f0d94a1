package io.tributary.cli;

import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.protocol.SmartModuleMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SmartModules given by name ({@code uses: infinyon/jolt@0.4.1}) rather than as a {@code .wasm}
 * file: looked up in the cluster's SmartModule store, as the Fluvio CDK does, and written to a
 * temporary file for the chain to load (docs/smartmodules.md).
 */
final class SmartModuleNames {
  /** {@code group/name@version} (the version may be left out), or a plain store name. */
  static final Pattern NAME =
      Pattern.compile("(?:[A-Za-z0-9_-]+/)?[A-Za-z0-9_-]+(?:@[0-9A-Za-z.+-]+)?");

  private SmartModuleNames() {}

  /** Whether a {@code uses} value that is no file names a SmartModule instead. */
  static boolean isName(String value) {
    return !value.endsWith(".wasm") && NAME.matcher(value).matches();
  }

  private static boolean anyNamed(List<CommonSettings.Step> steps) {
    for (CommonSettings.Step s : steps) {
      if (s.smartModule() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The settings with every named step's module fetched from the cluster; an unknown name is a
   * violation naming it and listing what the cluster has.
   *
   * @throws FluvioException when the cluster cannot be reached
   */
  static CommonSettings resolve(
      CommonSettings common, Console console, String connector, List<Violation> out) {
    if (!anyNamed(common.steps())) {
      return common;
    }
    try (FluvioClient client = Cluster.connect(Cluster.config(common, console.env()), connector)) {
      List<CommonSettings.Step> steps = new ArrayList<>();
      for (CommonSettings.Step step : common.steps()) {
        if (step.smartModule() == null) {
          steps.add(step);
          continue;
        }
        Optional<byte[]> wasm = client.smartModuleWasm(step.smartModule());
        if (wasm.isEmpty()) {
          List<String> known =
              client.smartModules().stream()
                  .map(SmartModuleMetadata::qualifiedName)
                  .sorted()
                  .toList();
          out.add(
              new Violation(
                  Transforms.flag(step),
                  "no SmartModule "
                      + step.smartModule()
                      + " in the cluster at "
                      + client.config().endpoint()
                      + "; it has "
                      + (known.isEmpty() ? "none" : String.join(", ", known))));
          continue;
        }
        steps.add(
            new CommonSettings.Step(
                temporaryFile(step.smartModule(), wasm.get()),
                step.kind(),
                step.params(),
                step.smartModule(),
                step.lookback()));
      }
      return common.withSteps(steps);
    }
  }

  private static Path temporaryFile(String name, byte[] wasm) {
    try {
      Path file =
          Files.createTempFile("smartmodule-" + name.replaceAll("[^A-Za-z0-9.-]", "_"), ".wasm");
      file.toFile().deleteOnExit();
      Files.write(file, wasm);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the SmartModule " + name + " to a " + "temporary file", e);
    }
  }
}
