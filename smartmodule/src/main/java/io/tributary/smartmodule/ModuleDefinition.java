package io.tributary.smartmodule;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * A parsed SmartModule that passed the ABI checks, ready to be instantiated any number of times.
 *
 * @param path the {@code .wasm} file
 * @param module Chicory's parsed module
 * @param kind the transform kind (given or detected)
 * @param params the {@code init} parameters, sorted
 * @param hasInit whether {@code init} is exported
 * @param hasDealloc whether {@code dealloc} is exported (then output buffers are freed)
 * @param hasLookBack whether {@code look_back} is exported
 * @param copyRecordsModule the import module under which the module imports {@code copy_records}
 * @param memoryLimits the limits the engine instantiates the memory with
 * @param machineFactory Chicory's compiled machine, or the interpreter
 * @param compiled whether {@code machineFactory} is compiled code
 * @param largestFunction instruction count of the module's largest function
 */
record ModuleDefinition(
    Path path,
    WasmModule module,
    SmartModuleKind kind,
    Map<String, String> params,
    boolean hasInit,
    boolean hasDealloc,
    boolean hasLookBack,
    String copyRecordsModule,
    MemoryLimits memoryLimits,
    Function<Instance, Machine> machineFactory,
    boolean compiled,
    int largestFunction) {}
