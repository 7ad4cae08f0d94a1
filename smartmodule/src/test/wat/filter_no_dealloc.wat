;; filter: keeps every record, but exports no `dealloc`, so the host cannot free the output
;; buffers and the guest heap grows with every call (the engine must recycle the instance).
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "filter" (func $filter))
  ;;@include abi.wati
  ;;@include each_record.wati

  (func $on_record (param $in_ptr i32) (param $in_len i32) (result i32)
    (call $out_copy_record)
    (i32.const 0))

  (func $filter (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $run (local.get $ptr) (local.get $len))))
