package io.tributary.smartmodule;

import java.nio.file.Path;

/** Base of the engine's exceptions; each names the module file it is about. */
public abstract sealed class SmartModuleException extends RuntimeException
    permits SmartModuleLoadException, SmartModuleRuntimeException {

  private final transient Path module;

  SmartModuleException(Path module, String message, Throwable cause) {
    super(message, cause);
    this.module = module;
  }

  /** The {@code .wasm} file the problem is about. */
  public Path module() {
    return module;
  }
}
