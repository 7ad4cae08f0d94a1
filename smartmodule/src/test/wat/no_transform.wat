;; Broken: exports memory, alloc and dealloc but no transform (like Fluvio's
;; filter_missing_attribute.wasm, but importing copy_records).
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (func (export "alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "dealloc") (param i32 i32)))
