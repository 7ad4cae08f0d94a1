;; filter + look_back: keeps each record whose value, read as a decimal number, is greater than
;; every number seen before, in look_back or in filter (like Fluvio's filter_look_back example).
;; A look_back record whose value starts with "x" makes look_back return an error about it
;; (status -99, SmartModuleLookbackOutput with the hint "bad record"); a filtered record whose
;; value starts with "!" traps.
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "dealloc" (func $dealloc))
  (export "look_back" (func $look_back))
  (export "filter" (func $filter))
  (data (i32.const 16) "bad record")
  (global $max (mut i32) (i32.const 0))
  ;;@include abi.wati
  ;;@include each_record.wati

  ;; The current value's leading decimal digits as a number.
  (func $number (result i32)
    (local $p i32) (local $end i32) (local $n i32) (local $d i32)
    (local.set $p (global.get $val_ptr))
    (local.set $end (i32.add (global.get $val_ptr) (global.get $val_len)))
    (block $done
      (loop $more
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $d (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
        (br_if $done (i32.ge_u (local.get $d) (i32.const 10)))
        (local.set $n (i32.add (i32.mul (local.get $n) (i32.const 10)) (local.get $d)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $more)))
    (local.get $n))

  ;; Whether the current value is above every number seen; remembers it if so.
  (func $above (result i32)
    (local $n i32)
    (local.set $n (call $number))
    (if (result i32) (i32.gt_u (local.get $n) (global.get $max))
      (then (global.set $max (local.get $n)) (i32.const 1))
      (else (i32.const 0))))

  (func $look_back (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (local $n i32) (local $i i32) (local $offset i64)
    (local.set $n (call $begin_input (local.get $ptr)))
    (block $done
      (loop $more
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (call $next_record)
        (if (i32.and (i32.gt_u (global.get $val_len) (i32.const 0))
                     (i32.eq (i32.load8_u (global.get $val_ptr)) (i32.const 120)))
          (then
            ;; SmartModuleLookbackOutput: hint, offset, record_key None, record_value
            (local.set $offset (i64.add (global.get $base_offset)
                                        (i64.extend_i32_s (global.get $rec_offset_delta))))
            (global.set $out_buf (call $alloc (i32.add (global.get $val_len) (i32.const 64))))
            (global.set $wp (global.get $out_buf))
            (call $write_u16be (i32.const 10))
            (call $write_bytes (i32.const 16) (i32.const 10))
            (call $write_u32be (i32.wrap_i64 (i64.shr_u (local.get $offset) (i64.const 32))))
            (call $write_u32be (i32.wrap_i64 (local.get $offset)))
            (call $write_u8 (i32.const 0))
            (call $write_varint (global.get $val_len))
            (call $write_bytes (global.get $val_ptr) (global.get $val_len))
            (call $copy_records (global.get $out_buf)
                                (i32.sub (global.get $wp) (global.get $out_buf)))
            (call $dealloc (local.get $ptr) (local.get $len))
            (return (i32.const -99))))
        (drop (call $above))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $more)))
    (call $dealloc (local.get $ptr) (local.get $len))
    (i32.const 0))

  (func $on_record (param $in_ptr i32) (param $in_len i32) (result i32)
    (if (i32.and (i32.gt_u (global.get $val_len) (i32.const 0))
                 (i32.eq (i32.load8_u (global.get $val_ptr)) (i32.const 33)))
      (then unreachable))
    (if (call $above) (then (call $out_copy_record)))
    (i32.const 0))

  (func $filter (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $run (local.get $ptr) (local.get $len))))
