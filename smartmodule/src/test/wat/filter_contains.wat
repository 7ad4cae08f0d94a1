;; filter + init: init requires parameter `key`; filter keeps the records whose value contains it.
(module
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "dealloc" (func $dealloc))
  (export "init" (func $init))
  (export "filter" (func $filter))
  (data (i32.const 16) "key")
  (data (i32.const 32) "Missing param key")
  (global $needle_len (mut i32) (i32.const 0))
  ;;@include abi.wati
  ;;@include each_record.wati

  (func $init (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (local $n i32) (local $klen i32) (local $kptr i32) (local $vlen i32) (local $found i32)
    (global.set $rp (local.get $ptr))
    (local.set $n (call $read_u16be))
    (block $done
      (loop $more
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $klen (call $read_u16be))
        (local.set $kptr (global.get $rp))
        (global.set $rp (i32.add (global.get $rp) (local.get $klen)))
        (local.set $vlen (call $read_u16be))
        (if (call $eq (local.get $kptr) (local.get $klen) (i32.const 16) (i32.const 3))
          (then
            (global.set $needle_len (select (local.get $vlen) (i32.const 512)
                                            (i32.lt_u (local.get $vlen) (i32.const 512))))
            (memory.copy (i32.const 512) (global.get $rp) (global.get $needle_len))
            (local.set $found (i32.const 1))))
        (global.set $rp (i32.add (global.get $rp) (local.get $vlen)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $more)))
    (call $dealloc (local.get $ptr) (local.get $len))
    (if (result i32) (local.get $found)
      (then (i32.const 0))
      (else (call $init_error (i32.const 32) (i32.const 17)))))

  (func $on_record (param $in_ptr i32) (param $in_len i32) (result i32)
    (if (call $contains (global.get $val_ptr) (global.get $val_len)
                        (i32.const 512) (global.get $needle_len))
      (then (call $out_copy_record)))
    (i32.const 0))

  (func $filter (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $run (local.get $ptr) (local.get $len))))
