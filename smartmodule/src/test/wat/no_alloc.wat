;; Broken: exports memory and a filter but no `alloc`.
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (func (export "filter") (param i32 i32 i32) (result i32) (i32.const 0)))
