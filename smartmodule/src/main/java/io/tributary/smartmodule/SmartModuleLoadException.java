package io.tributary.smartmodule;

import java.nio.file.Path;

/**
 * A SmartModule could not be loaded: the file is missing or not WebAssembly, it does not follow the
 * SmartModule ABI, or its {@code init} rejected the parameters. This is a user error; the message
 * names the file and says what is wrong, and is meant to be shown as is (no stack trace).
 */
public final class SmartModuleLoadException extends SmartModuleException {

  SmartModuleLoadException(Path module, String problem) {
    this(module, problem, null);
  }

  SmartModuleLoadException(Path module, String problem, Throwable cause) {
    super(module, "SmartModule " + module + ": " + problem, cause);
  }
}
