package io.tributary.smartmodule;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * One live instance of a SmartModule: its Chicory {@link Instance}, the {@code copy_records} host
 * function bound to it, and its WASI context. Implements the calling sequence of the ABI: get a
 * buffer from {@code alloc(len)}, copy the input in, call the export with version 22, then copy out
 * the bytes the guest passed to {@code copy_records} and free them with {@code dealloc} when the
 * module exports it (Fluvio's engine never frees them, which makes guest memory grow).
 *
 * <p>Not thread-safe; {@link SmartModuleChain} serializes all calls.
 */
final class ModuleInstance implements AutoCloseable {
  private static final FunctionType COPY_RECORDS_TYPE =
      FunctionType.of(List.of(ValType.I32, ValType.I32), List.of());

  private final WasiPreview1 wasi;
  private final Instance instance;
  private final Memory memory;
  private final ExportFunction alloc;
  private final ExportFunction dealloc;
  private final ExportFunction transform;
  private final ExportFunction init;
  private final ExportFunction lookBack;
  private final int startPages;
  private int outPtr;
  private int outLen;
  private boolean outSet;

  ModuleInstance(ModuleDefinition def, EngineOptions options) {
    this.wasi =
        WasiPreview1.builder()
            .withOptions(
                WasiOptions.builder()
                    .withStdout(options.moduleOutput())
                    .withStderr(options.moduleOutput())
                    .withStdin(new ByteArrayInputStream(new byte[0]))
                    .build())
            .build();
    HostFunction copyRecords =
        new HostFunction(
            def.copyRecordsModule(),
            "copy_records",
            COPY_RECORDS_TYPE,
            (inst, args) -> {
              outPtr = (int) args[0];
              outLen = (int) args[1];
              outSet = true;
              return null;
            });
    ImportValues imports =
        ImportValues.builder().addFunction(wasi.toHostFunctions()).addFunction(copyRecords).build();
    try {
      this.instance =
          Instance.builder(def.module())
              .withImportValues(imports)
              .withMachineFactory(def.machineFactory())
              .withMemoryLimits(def.memoryLimits())
              .withMemoryFactory(ByteArrayMemory::new)
              .withStart(
                  false) // like wasmtime's Linker::instantiate: start section only, no _start
              .build();
    } catch (RuntimeException e) {
      wasi.close();
      throw e;
    }
    this.memory = instance.memory();
    this.alloc = instance.export("alloc");
    this.dealloc = def.hasDealloc() ? instance.export("dealloc") : null;
    this.transform = instance.export(def.kind().exportName());
    this.init = def.hasInit() ? instance.export("init") : null;
    this.lookBack = def.hasLookBack() ? instance.export("look_back") : null;
    this.startPages = memory.pages();
  }

  /** Calls {@code init} with an encoded {@code SmartModuleInitInput}; returns its status. */
  int callInit(byte[] input, int len) {
    return call(init, input, len);
  }

  /** Calls {@code look_back} with an encoded {@code SmartModuleInput}; returns its status. */
  int callLookBack(byte[] input, int len) {
    return call(lookBack, input, len);
  }

  /** Calls the transform export with an encoded input; returns its status. */
  int callTransform(byte[] input, int len) {
    return call(transform, input, len);
  }

  private int call(ExportFunction fn, byte[] input, int len) {
    outSet = false;
    int ptr = (int) alloc.apply(len)[0];
    memory.write(ptr, input, 0, len);
    return (int) fn.apply(ptr, len, AbiCodec.VERSION)[0];
  }

  /**
   * The bytes the last call passed to {@code copy_records}, or {@code null} if it passed none;
   * frees the guest buffer when {@code dealloc} is exported.
   */
  byte[] takeOutput() {
    if (!outSet) {
      return null;
    }
    outSet = false;
    byte[] out = memory.readBytes(outPtr, outLen);
    if (dealloc != null) {
      dealloc.apply(outPtr, outLen);
    }
    return out;
  }

  /** Current size of the guest memory, in 64 KiB pages. */
  int memoryPages() {
    return memory.pages();
  }

  /** Size of the guest memory right after instantiation, in pages. */
  int startPages() {
    return startPages;
  }

  @Override
  public void close() {
    wasi.close();
  }
}
