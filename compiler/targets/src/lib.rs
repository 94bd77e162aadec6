//! Targets: the host layer under the core code. `wasi` wraps the core module into a WASI 0.2 component;
//! `wasi-p1` keeps a core module that imports `wasi_snapshot_preview1`; `js` keeps a core module whose
//! imports an ES-module loader provides.

mod compose;
mod direct_component;
pub mod js;
mod wasi_p1;
mod wasi_p2;

use kiln_emit::{EmitError, EmitOptions};
use kiln_link::LinkedProgram;

pub use compose::compose;
pub use wasi_p2::WASI_VERSION;

#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub enum Target {
    /// A WASI 0.2 component exporting `wasi:cli/run`.
    #[default]
    Wasi,
    /// A core module importing `wasi_snapshot_preview1`.
    WasiP1,
    /// A core module and an ES-module loader for Node and browsers.
    Js,
}

impl Target {
    pub fn name(self) -> &'static str {
        match self {
            Target::Wasi => "wasi",
            Target::WasiP1 => "wasi-p1",
            Target::Js => "js",
        }
    }
}

#[derive(Debug)]
pub enum TargetError {
    Emit(EmitError),
    /// The component encoder rejected the core module: a compiler bug.
    Component(String),
    /// The loader generator could not read the module it was given: a compiler bug.
    Loader(String),
    /// Components that do not fit together.
    Compose(String),
}

impl std::fmt::Display for TargetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TargetError::Emit(error) => write!(f, "{error}"),
            TargetError::Component(message) => write!(f, "internal compiler error while building the component: {message}"),
            TargetError::Compose(message) => write!(f, "cannot compose the components: {message}"),
            TargetError::Loader(message) => write!(f, "internal compiler error while writing the JS loader: {message}"),
        }
    }
}

impl From<EmitError> for TargetError {
    fn from(error: EmitError) -> Self {
        TargetError::Emit(error)
    }
}

/// An access to the module's one linear memory.
fn memory(offset: u64, align: u32) -> wasm_encoder::MemArg {
    wasm_encoder::MemArg { offset, align, target: wasm_encoder::MemArgTarget::Memory(0), ordering: None }
}

/// The core module of a program for a target (for the `wasi` target, before it is wrapped).
pub fn core_module(linked: &LinkedProgram, target: Target, options: &EmitOptions) -> Result<Vec<u8>, TargetError> {
    Ok(match target {
        Target::Wasi => kiln_emit::emit_module(linked, &wasi_p2::WasiP2Host, options)?,
        Target::WasiP1 => kiln_emit::emit_module(linked, &wasi_p1::WasiP1Host, options)?,
        Target::Js => kiln_emit::emit_module(linked, &js::JsHost, options)?,
    })
}

/// The final output for a target from its core module: a component (of the program's WIT world, if it
/// has one), or the module itself.
pub fn wrap(
    core: Vec<u8>,
    target: Target,
    options: &EmitOptions,
    world: Option<&kiln_wit::World>,
    has_main: bool,
) -> Result<Vec<u8>, TargetError> {
    match target {
        Target::Wasi => wasi_p2::wrap_component(core, options.debug_names, world, has_main),
        Target::WasiP1 | Target::Js => Ok(core),
    }
}
