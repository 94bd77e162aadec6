//! A symbolic model of a WebAssembly module over wasm-encoder: ids that carry meaning, labels as values,
//! and numbers only at encoding. It knows nothing of the IR; the lowering in `crate::lower` builds it.

mod encode;
mod ids;
mod instructions;
mod module;

pub use encode::{EncodeError, encode_module};
pub use ids::*;
pub use instructions::*;
pub use module::*;
