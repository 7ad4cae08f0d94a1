package io.tributary.smartmodule;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings about a loaded chain that do not stop it from working but that a user should see:
 * ignored parameters, a module that fell back to the interpreter, and functions too large for the
 * JVM's JIT compiler under its default settings.
 */
final class EngineAdvice {
  /**
   * HotSpot does not JIT-compile methods over 8,000 bytes of bytecode unless run with {@code
   * -XX:-DontCompileHugeMethods}; Chicory's compiler emits about 2.8 bytes per WebAssembly
   * instruction, so functions beyond about 2,500 instructions risk running in the JVM's bytecode
   * interpreter (about 5x slower for Fluvio's own fixture SmartModule).
   */
  static final int HUGE_FUNCTION_INSTRUCTIONS = 2_500;

  private EngineAdvice() {}

  static List<String> warnings(List<ModuleDefinition> modules, ExecutionMode mode) {
    List<String> warnings = new ArrayList<>();
    boolean hugeNotCompiled = jvmSkipsHugeMethods();
    for (ModuleDefinition m : modules) {
      String prefix = "SmartModule " + m.path() + ": ";
      if (!m.hasInit() && !m.params().isEmpty()) {
        warnings.add(
            prefix + "exports no init, so its parameters " + m.params().keySet() + " are ignored");
      }
      if (mode == ExecutionMode.COMPILER && !m.compiled()) {
        warnings.add(
            prefix + "could not be compiled and runs in Chicory's interpreter (much" + " slower)");
      }
      if (m.compiled() && hugeNotCompiled && m.largestFunction() > HUGE_FUNCTION_INSTRUCTIONS) {
        warnings.add(
            prefix
                + "has a function of "
                + m.largestFunction()
                + " instructions, too"
                + " large for the JVM's JIT compiler by default; run java with"
                + " -XX:-DontCompileHugeMethods for several times the throughput");
      }
    }
    return List.copyOf(warnings);
  }

  /** Whether this JVM leaves huge methods to its bytecode interpreter (HotSpot's default). */
  static boolean jvmSkipsHugeMethods() {
    try {
      var bean =
          ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
      return bean != null && "true".equals(bean.getVMOption("DontCompileHugeMethods").getValue());
    } catch (RuntimeException | LinkageError e) {
      return false; // not HotSpot, or jdk.management absent: nothing to advise
    }
  }
}
