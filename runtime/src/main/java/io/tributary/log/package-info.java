/** Logging filtered by Rust's {@code RUST_LOG} syntax, behind {@link System.Logger}. */
package io.tributary.log;
