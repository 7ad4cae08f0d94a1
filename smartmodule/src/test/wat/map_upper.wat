;; map: upper-cases the ASCII letters of each value.
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "dealloc" (func $dealloc))
  (export "map" (func $map))
  ;;@include abi.wati
  ;;@include each_record.wati

  (func $on_record (param $in_ptr i32) (param $in_len i32) (result i32)
    (local $p i32) (local $end i32) (local $b i32)
    (local.set $p (global.get $val_ptr))
    (local.set $end (i32.add (global.get $val_ptr) (global.get $val_len)))
    (block $done
      (loop $more
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $b (i32.load8_u (local.get $p)))
        (if (i32.lt_u (i32.sub (local.get $b) (i32.const 97)) (i32.const 26))
          (then (i32.store8 (local.get $p) (i32.sub (local.get $b) (i32.const 32)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $more)))
    (call $out_mapped_record (global.get $val_ptr) (global.get $val_len))
    (i32.const 0))

  (func $map (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $run (local.get $ptr) (local.get $len))))
