;; filter: keeps records until one whose value contains "bad"; for that one it returns an error
;; output (hint "value contains bad") after the records kept so far.
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "dealloc" (func $dealloc))
  (export "filter" (func $filter))
  (data (i32.const 16) "bad")
  (data (i32.const 32) "value contains bad")
  ;;@include abi.wati
  ;;@include each_record.wati

  (func $on_record (param $in_ptr i32) (param $in_len i32) (result i32)
    (if (call $contains (global.get $val_ptr) (global.get $val_len) (i32.const 16) (i32.const 3))
      (then
        (drop (call $out_finish_error (local.get $in_ptr) (local.get $in_len)
                                      (i32.const 32) (i32.const 18) (i32.const 0)))
        (return (i32.const 1))))
    (call $out_copy_record)
    (i32.const 0))

  (func $filter (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $run (local.get $ptr) (local.get $len))))
