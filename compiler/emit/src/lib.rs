//! Kiln's emitter: a symbolic Wasm layer (`wasm`) and the lowering of a linked IR program onto it (`lower`).
//!
//! The emitter knows nothing of files, hosts or the CLI: the host functions a program needs come through
//! the `Host` trait, which each target implements.

pub mod lower;
pub mod wasm;

pub use lower::{EmitError, EmitOptions, Host, emit_module};
