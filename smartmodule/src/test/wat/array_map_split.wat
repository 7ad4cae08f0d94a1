;; array_map: splits each value on ',' into one new record per non-empty piece.
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "dealloc" (func $dealloc))
  (export "array_map" (func $array_map))
  ;;@include abi.wati
  ;;@include each_record.wati

  (func $piece (param $start i32) (param $end i32)
    (if (i32.gt_u (local.get $end) (local.get $start))
      (then (call $out_new_record (local.get $start) (i32.sub (local.get $end) (local.get $start))))))

  (func $on_record (param $in_ptr i32) (param $in_len i32) (result i32)
    (local $p i32) (local $start i32) (local $end i32)
    (local.set $p (global.get $val_ptr))
    (local.set $start (local.get $p))
    (local.set $end (i32.add (global.get $val_ptr) (global.get $val_len)))
    (block $done
      (loop $more
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 44))
          (then
            (call $piece (local.get $start) (local.get $p))
            (local.set $start (i32.add (local.get $p) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $more)))
    (call $piece (local.get $start) (local.get $end))
    (i32.const 0))

  (func $array_map (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $run (local.get $ptr) (local.get $len))))
