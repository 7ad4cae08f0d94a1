;; filter: spins forever on a value containing "loop"; keeps every other record. Its init spins
;; forever when given any parameter.
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "dealloc" (func $dealloc))
  (export "init" (func $init))
  (export "filter" (func $filter))
  (data (i32.const 16) "loop")
  (global $spins (mut i32) (i32.const 0))
  ;;@include abi.wati
  ;;@include each_record.wati

  (func $on_record (param $in_ptr i32) (param $in_len i32) (result i32)
    (if (call $contains (global.get $val_ptr) (global.get $val_len) (i32.const 16) (i32.const 4))
      (then
        (loop $forever
          (global.set $spins (i32.add (global.get $spins) (i32.const 1)))
          (br $forever))))
    (call $out_copy_record)
    (i32.const 0))

  (func $init (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (global.set $rp (local.get $ptr))
    (if (call $read_u16be)
      (then (loop $forever (br $forever))))
    (call $dealloc (local.get $ptr) (local.get $len))
    (i32.const 0))

  (func $filter (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $run (local.get $ptr) (local.get $len))))
