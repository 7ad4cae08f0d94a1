package io.tributary.smartmodule;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a {@code .wasm} file and checks it against the SmartModule ABI: exports {@code memory},
 * {@code alloc}, a transform, optionally {@code init} and {@code dealloc}; imports only {@code
 * copy_records} and WASI preview 1 functions. Every problem becomes a {@link
 * SmartModuleLoadException} that names the file.
 */
final class ModuleLoader {
  static final String WASI_MODULE = "wasi_snapshot_preview1";
  private static final String COPY_RECORDS = "copy_records";
  private static final FunctionType TRANSFORM_TYPE =
      FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32));
  private static final FunctionType ALLOC_TYPE =
      FunctionType.of(List.of(ValType.I32), List.of(ValType.I32));
  private static final FunctionType DEALLOC_TYPE =
      FunctionType.of(List.of(ValType.I32, ValType.I32), List.of());
  private static final Set<String> WASI_FUNCTIONS = wasiFunctionNames();

  private ModuleLoader() {}

  static ModuleDefinition load(TransformStep step, EngineOptions options) {
    Path path = step.wasm();
    WasmModule module = parse(path, read(path));
    Map<String, Export> exports = exportsByName(module);
    Checks checks = new Checks(path, module, exports);
    checks.requireMemory();
    checks.requireFunction("alloc", ALLOC_TYPE, "the host allocates input buffers with it");
    SmartModuleKind kind = checks.transformKind(step.kindOrNull());
    boolean hasInit = checks.optionalFunction("init", TRANSFORM_TYPE);
    boolean hasDealloc = checks.optionalFunction("dealloc", DEALLOC_TYPE);
    boolean hasLookBack = checks.optionalFunction("look_back", TRANSFORM_TYPE);
    String copyRecordsModule = checks.checkImports();
    MemoryLimits limits = memoryLimits(path, module, options);
    Function<Instance, Machine> machine = null;
    boolean compiled = false;
    if (options.mode() == ExecutionMode.COMPILER) {
      try {
        machine =
            MachineFactoryCompiler.builder(module)
                .withInterpreterFallback(InterpreterFallback.SILENT)
                .compile();
        compiled = true;
      } catch (RuntimeException | LinkageError e) {
        machine = null; // fall back to the interpreter below
      }
    }
    if (machine == null) {
      machine = InterpreterMachine::new;
    }
    return new ModuleDefinition(
        path,
        module,
        kind,
        step.params(),
        hasInit,
        hasDealloc,
        hasLookBack,
        copyRecordsModule,
        limits,
        machine,
        compiled,
        largestFunction(module));
  }

  private static int largestFunction(WasmModule module) {
    int largest = 0;
    for (var body : module.codeSection().functionBodies()) {
      largest = Math.max(largest, body.instructions().size());
    }
    return largest;
  }

  private static byte[] read(Path path) {
    try {
      if (Files.isDirectory(path)) {
        throw new SmartModuleLoadException(path, "is a directory, expected a .wasm file");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new SmartModuleLoadException(path, "file not found");
    } catch (IOException e) {
      throw new SmartModuleLoadException(path, "cannot read the file: " + e.getMessage());
    }
  }

  private static WasmModule parse(Path path, byte[] bytes) {
    if (bytes.length < 8
        || bytes[0] != 0
        || bytes[1] != 'a'
        || bytes[2] != 's'
        || bytes[3] != 'm') {
      throw new SmartModuleLoadException(
          path,
          "not a WebAssembly module (a .wasm file starts"
              + " with the bytes \\0asm); give the compiled SmartModule, e.g."
              + " target/wasm32-wasip1/release/<name>.wasm");
    }
    if (bytes[4] != 1 || bytes[5] != 0 || bytes[6] != 0 || bytes[7] != 0) {
      throw new SmartModuleLoadException(
          path,
          "is a WebAssembly component or an unsupported"
              + " binary version; SmartModules are core modules (wasm32-wasip1 or"
              + " wasm32-unknown-unknown)");
    }
    try {
      return Parser.parse(bytes);
    } catch (ChicoryException | IllegalArgumentException | IllegalStateException e) {
      throw new SmartModuleLoadException(path, "invalid WebAssembly: " + e.getMessage(), e);
    }
  }

  private static Map<String, Export> exportsByName(WasmModule module) {
    Map<String, Export> byName = new LinkedHashMap<>();
    var section = module.exportSection();
    for (int i = 0; i < section.exportCount(); i++) {
      Export e = section.getExport(i);
      byName.put(e.name(), e);
    }
    return byName;
  }

  private static MemoryLimits memoryLimits(Path path, WasmModule module, EngineOptions options) {
    int capPages = (int) Math.min(MemoryLimits.MAX_PAGES, options.maxMemoryBytes() / 65536);
    var declared =
        module
            .memorySection()
            .filter(s -> s.memoryCount() > 0)
            .map(s -> s.getMemory(0).limits())
            .orElseThrow(() -> new SmartModuleLoadException(path, "defines no memory"));
    if (declared.initialPages() > capPages) {
      throw new SmartModuleLoadException(
          path,
          "needs "
              + declared.initialPages()
              + " pages of memory at start, more than the limit of "
              + capPages
              + " pages ("
              + options.maxMemoryBytes()
              + " bytes)");
    }
    return new MemoryLimits(declared.initialPages(), Math.min(declared.maximumPages(), capPages));
  }

  private static Set<String> wasiFunctionNames() {
    try (WasiPreview1 wasi = WasiPreview1.builder().build()) {
      Set<String> names = new TreeSet<>();
      for (var f : wasi.toHostFunctions()) {
        names.add(f.name());
      }
      return Set.copyOf(names);
    }
  }

  /** The export and import checks of one module. */
  private record Checks(Path path, WasmModule module, Map<String, Export> exports) {

    void requireMemory() {
      Export memory = exports.get("memory");
      if (memory == null || memory.exportType() != ExternalType.MEMORY) {
        throw new SmartModuleLoadException(
            path,
            "does not export its memory as `memory`"
                + " (exports: "
                + exportList()
                + "); not a Fluvio SmartModule?");
      }
    }

    void requireFunction(String name, FunctionType type, String why) {
      if (!exports.containsKey(name)) {
        throw new SmartModuleLoadException(
            path,
            "does not export `"
                + name
                + "` ("
                + why
                + "; exports: "
                + exportList()
                + "); not a Fluvio SmartModule?");
      }
      checkType(name, type);
    }

    boolean optionalFunction(String name, FunctionType type) {
      if (!exports.containsKey(name)) {
        return false;
      }
      checkType(name, type);
      return true;
    }

    SmartModuleKind transformKind(SmartModuleKind wanted) {
      SmartModuleKind found =
          SmartModuleKind.DETECTION_ORDER.stream()
              .filter(k -> exports.containsKey(k.exportName()))
              .findFirst()
              .orElse(null);
      if (wanted != null && !exports.containsKey(wanted.exportName())) {
        throw new SmartModuleLoadException(
            path,
            "does not export `"
                + wanted.exportName()
                + "`, so it cannot run as a "
                + wanted.exportName()
                + " SmartModule ("
                + (found == null
                    ? "it exports no transform"
                    : "it is a " + found.exportName() + " SmartModule")
                + "; exports: "
                + exportList()
                + ")");
      }
      SmartModuleKind kind = wanted != null ? wanted : found;
      if (kind != null) {
        checkType(kind.exportName(), TRANSFORM_TYPE);
        return kind;
      }
      throw new SmartModuleLoadException(
          path,
          "exports no SmartModule transform (expected one"
              + " of filter, map, filter_map, array_map, aggregate; exports: "
              + exportList()
              + ")");
    }

    String checkImports() {
      String copyRecordsModule = null;
      List<String> unsupported = new ArrayList<>();
      var section = module.importSection();
      for (int i = 0; i < section.importCount(); i++) {
        Import imp = section.getImport(i);
        boolean function = imp.importType() == ExternalType.FUNCTION;
        if (function && imp.name().equals(COPY_RECORDS)) {
          FunctionType t = module.typeSection().getType(((FunctionImport) imp).typeIndex());
          if (!t.typesMatch(DEALLOC_TYPE)) {
            throw new SmartModuleLoadException(
                path,
                "imports `"
                    + imp.module()
                    + "."
                    + COPY_RECORDS
                    + "` with type "
                    + t
                    + ", expected (i32, i32) -> ()");
          }
          copyRecordsModule = imp.module();
        } else if (!(function
            && imp.module().equals(WASI_MODULE)
            && WASI_FUNCTIONS.contains(imp.name()))) {
          unsupported.add(imp.module() + "." + imp.name());
        }
      }
      if (!unsupported.isEmpty()) {
        throw new SmartModuleLoadException(
            path,
            "imports "
                + String.join(", ", unsupported)
                + ", which the SmartModule host does not provide (it provides env.copy_records and"
                + " WASI preview 1 functions)");
      }
      if (copyRecordsModule == null) {
        throw new SmartModuleLoadException(
            path,
            "does not import `copy_records`, so it cannot"
                + " return records; not a Fluvio SmartModule?");
      }
      return copyRecordsModule;
    }

    private void checkType(String name, FunctionType expected) {
      Export e = exports.get(name);
      if (e.exportType() != ExternalType.FUNCTION) {
        throw new SmartModuleLoadException(path, "exports `" + name + "` but not as a function");
      }
      FunctionType actual = functionType(e.index());
      if (!actual.typesMatch(expected)) {
        throw new SmartModuleLoadException(
            path, "exports `" + name + "` with type " + actual + ", expected " + expected);
      }
    }

    private FunctionType functionType(int funcIndex) {
      List<FunctionImport> imported =
          module.importSection().stream()
              .filter(i -> i.importType() == ExternalType.FUNCTION)
              .map(FunctionImport.class::cast)
              .collect(Collectors.toList());
      if (funcIndex < imported.size()) {
        return module.typeSection().getType(imported.get(funcIndex).typeIndex());
      }
      return module
          .functionSection()
          .getFunctionType(funcIndex - imported.size(), module.typeSection());
    }

    private String exportList() {
      return exports.isEmpty() ? "none" : String.join(", ", exports.keySet());
    }
  }
}
