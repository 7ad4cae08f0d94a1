;; filter: frees its input and returns status -22 (DecodingRecords) without any output.
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "dealloc" (func $dealloc))
  (export "filter" (func $filter))
  ;;@include abi.wati

  (func $filter (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $dealloc (local.get $ptr) (local.get $len))
    (i32.const -22)))
