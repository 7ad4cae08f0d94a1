;; filter built like a wasm32-wasip1 module: imports WASI preview 1 functions. Keeps every record
;; and writes "seen: <value>\n" to stdout (fd 1) with fd_write for each; init reads the clock and
;; random bytes so that those imports are exercised too.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get"
    (func $clock_time_get (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (import "env" "copy_records" (func $copy_records (param i32 i32)))
  (memory (export "memory") 1)
  (export "alloc" (func $alloc))
  (export "dealloc" (func $dealloc))
  (export "init" (func $init))
  (export "filter" (func $filter))
  (data (i32.const 16) "seen: ")
  (data (i32.const 24) "\n")
  (data (i32.const 32) "exit")
  ;;@include abi.wati
  ;;@include each_record.wati

  (func $init (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $dealloc (local.get $ptr) (local.get $len))
    (if (call $clock_time_get (i32.const 0) (i64.const 1000) (i32.const 320))
      (then (return (i32.const -1))))
    (if (call $random_get (i32.const 336) (i32.const 16))
      (then (return (i32.const -1))))
    (i32.const 0))

  ;; fd_write(1, iovs at 256 (3 entries), 3, nwritten at 300)
  (func $on_record (param $in_ptr i32) (param $in_len i32) (result i32)
    (if (call $contains (global.get $val_ptr) (global.get $val_len) (i32.const 32) (i32.const 4))
      (then (call $proc_exit (i32.const 3))))
    (i32.store (i32.const 256) (i32.const 16))
    (i32.store (i32.const 260) (i32.const 6))
    (i32.store (i32.const 264) (global.get $val_ptr))
    (i32.store (i32.const 268) (global.get $val_len))
    (i32.store (i32.const 272) (i32.const 24))
    (i32.store (i32.const 276) (i32.const 1))
    (drop (call $fd_write (i32.const 1) (i32.const 256) (i32.const 3) (i32.const 300)))
    (call $out_copy_record)
    (i32.const 0))

  (func $filter (param $ptr i32) (param $len i32) (param $version i32) (result i32)
    (call $run (local.get $ptr) (local.get $len))))
