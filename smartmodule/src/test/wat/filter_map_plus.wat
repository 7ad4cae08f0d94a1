;; filter_map: drops values that do not start with '+'; strips the '+' from the others.
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "dealloc" (func $dealloc))
  (export "filter_map" (func $filter_map))
  ;;@include abi.wati
  ;;@include each_record.wati

  (func $on_record (param $in_ptr i32) (param $in_len i32) (result i32)
    (if (i32.and (i32.gt_s (global.get $val_len) (i32.const 0))
                 (i32.eq (i32.load8_u (global.get $val_ptr)) (i32.const 43)))
      (then (call $out_mapped_record (i32.add (global.get $val_ptr) (i32.const 1))
                                     (i32.sub (global.get $val_len) (i32.const 1)))))
    (i32.const 0))

  (func $filter_map (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $run (local.get $ptr) (local.get $len))))
