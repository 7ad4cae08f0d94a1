package io.tributary.smartmodule;

/** How Chicory runs a module's code. */
public enum ExecutionMode {
  /**
   * Translate the module to JVM bytecode when it is loaded (Chicory's compiler). Much faster; if
   * compilation fails the engine falls back to {@link #INTERPRETER} for that module.
   */
  COMPILER,
  /** Interpret the WebAssembly instructions. Starts faster, runs slower. */
  INTERPRETER
}
