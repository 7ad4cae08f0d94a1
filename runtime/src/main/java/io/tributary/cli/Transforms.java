package io.tributary.cli;

import io.tributary.smartmodule.EngineOptions;
import io.tributary.smartmodule.ExecutionMode;
import io.tributary.smartmodule.SmartModuleChain;
import io.tributary.smartmodule.SmartModuleKind;
import io.tributary.smartmodule.SmartModuleLoadException;
import io.tributary.smartmodule.TransformStep;
import java.util.List;

/** Loads the SmartModule chain the common options describe. */
final class Transforms {
  /**
   * System property choosing how modules run: {@code compiler} (the default: WebAssembly is
   * translated to JVM bytecode, with the interpreter as fallback) or {@code interpreter}. For
   * benchmarks and troubleshooting: {@code JAVA_OPTS=-Dtributary.smartmodule.mode=interpreter}.
   */
  static final String MODE_PROPERTY = "tributary.smartmodule.mode";

  private Transforms() {}

  /**
   * Loads the chain, or returns {@code null} when no SmartModule is configured.
   *
   * @throws SmartModuleLoadException naming the file and what is wrong with it
   */
  static SmartModuleChain load(CommonSettings common) {
    if (common.steps().isEmpty()) {
      return null;
    }
    List<TransformStep> steps =
        common.steps().stream()
            .map(s -> new TransformStep(s.wasm(), kind(s.kind()), s.params(), s.lookback()))
            .toList();
    EngineOptions options = EngineOptions.defaults().withCallTimeLimit(common.smartModuleTimeout());
    if ("interpreter".equals(System.getProperty(MODE_PROPERTY))) {
      options = options.withMode(ExecutionMode.INTERPRETER);
    }
    return SmartModuleChain.load(steps, options);
  }

  /** The flag that configured a step, for messages. */
  static String flag(CommonSettings.Step step) {
    return step.kind() == null
        ? "--transform"
        : "--" + (step.kind().equals("array-map") ? "arraymap" : step.kind());
  }

  private static SmartModuleKind kind(String flag) {
    if (flag == null) {
      return null;
    }
    return switch (flag) {
      case "filter" -> SmartModuleKind.FILTER;
      case "map" -> SmartModuleKind.MAP;
      case "array-map" -> SmartModuleKind.ARRAY_MAP;
      case "filter-map" -> SmartModuleKind.FILTER_MAP;
      default -> throw new IllegalArgumentException(flag);
    };
  }
}
