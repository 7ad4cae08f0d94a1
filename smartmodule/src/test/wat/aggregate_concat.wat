;; aggregate: appends each value to the accumulator and emits the new accumulator as the record's
;; value (like Fluvio's aggregate example: values "a","b" with accumulator "1" give "1a","1ab").
;; Relies on the host sending empty params, so the accumulator sits 15 bytes after the records.
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "dealloc" (func $dealloc))
  (export "aggregate" (func $aggregate))
  ;;@include abi.wati

  (func $aggregate (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (local $n i32) (local $i i32) (local $acc_at i32) (local $acc_len i32)
    (local $scratch i32) (local $size i32)
    (local.set $n (call $begin_input (local.get $ptr)))
    ;; accumulator: after base_offset(8) + raw length(4) + raw bytes + params(3) + join(4) + ts(8)
    (global.set $rp (i32.add (local.get $ptr) (i32.const 8)))
    (local.set $acc_at (i32.add (i32.add (local.get $ptr) (i32.const 27)) (call $read_u32be)))
    (global.set $rp (local.get $acc_at))
    (local.set $acc_len (call $read_u32be))
    (local.set $scratch (call $alloc (i32.add (local.get $acc_len) (local.get $len))))
    (memory.copy (local.get $scratch) (global.get $rp) (local.get $acc_len))
    (local.set $size (local.get $acc_len))
    (call $out_begin_capacity (i32.add (i32.const 256)
      (i32.mul (i32.add (local.get $n) (i32.const 1))
               (i32.add (i32.add (local.get $acc_len) (local.get $len)) (i32.const 24)))))
    (global.set $rp (i32.add (local.get $ptr) (i32.const 16)))
    (block $done
      (loop $more
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (call $next_record)
        (memory.copy (i32.add (local.get $scratch) (local.get $size))
                     (global.get $val_ptr) (global.get $val_len))
        (local.set $size (i32.add (local.get $size) (global.get $val_len)))
        (call $out_mapped_record (local.get $scratch) (local.get $size))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $more)))
    (call $write_u8 (i32.const 0))                 ;; error: None
    (call $write_u32be (local.get $size))          ;; accumulator
    (call $write_bytes (local.get $scratch) (local.get $size))
    (call $dealloc (local.get $scratch) (i32.add (local.get $acc_len) (local.get $len)))
    (call $emit (local.get $ptr) (local.get $len))
    (global.get $out_count)))
