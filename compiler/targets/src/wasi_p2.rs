//! The `wasi` host layer: output through `wasi:cli/stdout`/`stderr` and `wasi:io/streams`, the entry as
//! `wasi:cli/run`, and the wrapping of the core module into a component by `wit-component`.

use kiln_emit::Host;
use kiln_emit::lower::HOST_SCRATCH_OFFSET;
use kiln_emit::wasm::*;
use wasm_encoder::Instruction as W;
use wit_component::{ComponentEncoder, StringEncoding};

use crate::TargetError;

pub use kiln_wit::WASI_VERSION;

pub struct WasiP2Host;

impl Host for WasiP2Host {
    fn define_write(&self, module: &mut Module, fd: i32) -> FuncId {
        let (getter, global, name): (&str, &'static str, &'static str) =
            if fd == 1 { ("stdout", "stdoutHandle", "writeStdoutBytes") } else { ("stderr", "stderrHandle", "writeStderrBytes") };
        let id = FuncId::Helper(name);
        if module.has_function(&id) {
            return id;
        }
        let get_stream = module.add_import(
            &format!("wasi:cli/{getter}@{WASI_VERSION}"),
            &format!("get-{getter}"),
            Vec::new(),
            vec![ValType::I32],
        );
        let write = module.add_import(
            &format!("wasi:io/streams@{WASI_VERSION}"),
            "[method]output-stream.blocking-write-and-flush",
            vec![ValType::I32; 4],
            Vec::new(),
        );
        // The stream handle is fetched once and kept: handle 0 is never a valid handle.
        module.add_global(Global {
            id: GlobalId::Helper(global),
            ty: ValType::I32,
            mutable: true,
            init: vec![Instr::I32Const(0)],
        });
        let mut f = FunctionBuilder::new(vec![("pointer".into(), ValType::I32), ("length".into(), ValType::I32)], Vec::new());
        f.push(Instr::GlobalGet(GlobalId::Helper(global)));
        f.plain(W::I32Eqz);
        let label = f.new_label();
        f.push(Instr::If { label, ty: BlockType::Empty });
        f.push(Instr::Call(get_stream));
        f.push(Instr::GlobalSet(GlobalId::Helper(global)));
        f.push(Instr::End);
        f.push(Instr::GlobalGet(GlobalId::Helper(global)));
        f.push(Instr::LocalGet(f.param(0)));
        f.push(Instr::LocalGet(f.param(1)));
        // The result (ok, or a stream error) lands in the scratch area; a closed stream is not an error in Java.
        f.push(Instr::I32Const(HOST_SCRATCH_OFFSET));
        f.push(Instr::Call(write));
        f.finish(module, id.clone());
        id
    }

    fn define_arguments(&self, module: &mut Module, allocate: FuncId) -> FuncId {
        let id = FuncId::Helper("hostArguments");
        if module.has_function(&id) {
            return id;
        }
        // `get-arguments` returns a list<string>; the canonical ABI lowers it into memory that it asks
        // `cabi_realloc` for, as (pointer, length) pairs of UTF-16 strings (the component's string encoding).
        let get_arguments =
            module.add_import(&format!("wasi:cli/environment@{WASI_VERSION}"), "get-arguments", vec![ValType::I32], Vec::new());
        kiln_emit::lower::component::define_cabi_realloc(module, allocate);
        let mut f = FunctionBuilder::new(Vec::new(), vec![ValType::I32, ValType::I32]);
        let area = HOST_SCRATCH_OFFSET + 16;
        f.push(Instr::I32Const(area));
        f.push(Instr::Call(get_arguments));
        f.push(Instr::I32Const(area));
        f.plain(W::I32Load(memory(0)));
        f.push(Instr::I32Const(area));
        f.plain(W::I32Load(memory(4)));
        f.finish(module, id.clone());
        id
    }

    fn define_exit(&self, module: &mut Module) -> FuncId {
        module.add_import(&format!("wasi:cli/exit@{WASI_VERSION}"), "exit-with-code", vec![ValType::I32], Vec::new())
    }

    fn define_clock(&self, module: &mut Module, wall: bool) -> FuncId {
        if !wall {
            return module.add_import(
                &format!("wasi:clocks/monotonic-clock@{WASI_VERSION}"),
                "now",
                Vec::new(),
                vec![ValType::I64],
            );
        }
        let id = FuncId::Helper("wallClockNanoseconds");
        if module.has_function(&id) {
            return id;
        }
        // `now` returns a datetime record { seconds: u64, nanoseconds: u32 } through a return pointer.
        let now = module.add_import(&format!("wasi:clocks/wall-clock@{WASI_VERSION}"), "now", vec![ValType::I32], Vec::new());
        let mut f = FunctionBuilder::new(Vec::new(), vec![ValType::I64]);
        f.push(Instr::I32Const(HOST_SCRATCH_OFFSET));
        f.push(Instr::Call(now));
        f.push(Instr::I32Const(HOST_SCRATCH_OFFSET));
        f.plain(W::I64Load(memory(0)));
        f.push(Instr::I64Const(1_000_000_000));
        f.plain(W::I64Mul);
        f.push(Instr::I32Const(HOST_SCRATCH_OFFSET));
        f.plain(W::I64Load32U(memory(8)));
        f.plain(W::I64Add);
        f.finish(module, id.clone());
        id
    }

    fn define_entry(&self, module: &mut Module, run_main: FuncId) {
        let mut f = FunctionBuilder::new(Vec::new(), vec![ValType::I32]);
        // `result` lowers to 0 for ok and 1 for err; a non-zero exit code is an error.
        f.push(Instr::Call(run_main));
        f.push(Instr::I32Const(0));
        f.plain(W::I32Ne);
        let id = FuncId::Helper("run");
        f.finish(module, id.clone());
        module.exports.push((format!("wasi:cli/run@{WASI_VERSION}#run"), ExportKind::Func(id)));
    }
}

fn memory(offset: u64) -> wasm_encoder::MemArg {
    wasm_encoder::MemArg { offset, align: 2, target: wasm_encoder::MemArgTarget::Memory(0), ordering: None }
}

/// Wraps a core module into a component: of the `wasi:cli/command` world, or of the program's own WIT
/// world merged into `wasi:cli`'s `command` (with a `main`) or `imports` (without). The component
/// imports only the interfaces that the core module imports.
pub fn wrap_component(
    mut core: Vec<u8>,
    keep_names: bool,
    world: Option<&kiln_wit::World>,
    has_main: bool,
) -> Result<Vec<u8>, TargetError> {
    // A program that only prints and exits gets the smaller, hand-made wrapping.
    if world.is_none()
        && has_main
        && let Some(component) = crate::direct_component::wrap(&core)
    {
        return component;
    }
    let error = |error: kiln_wit::WitError| TargetError::Component(error.0);
    let (resolve, world) = match world {
        Some(world) => world.component_world(has_main).map_err(error)?,
        None => {
            let (resolve, _) = kiln_wit::wasi_resolve().map_err(error)?;
            let world = kiln_wit::wasi_cli_world(&resolve, "command").map_err(error)?;
            (resolve, world)
        }
    };
    wit_component::embed_component_metadata(&mut core, &resolve, world, StringEncoding::UTF16, false)
        .map_err(|error| TargetError::Component(format!("{error:#}")))?;
    let mut encoder = ComponentEncoder::default();
    encoder.module(&core).map_err(|error| TargetError::Component(format!("{error:#}")))?;
    let component = encoder.validate(true).encode().map_err(|error| TargetError::Component(format!("{error:#}")))?;
    Ok(if keep_names { component } else { strip_custom_sections(&component) })
}

/// Drops custom sections (names, producers) from a component: they are not needed to run it.
fn strip_custom_sections(component: &[u8]) -> Vec<u8> {
    let mut output = Vec::with_capacity(component.len());
    output.extend_from_slice(&component[..8.min(component.len())]);
    let mut offset = 8;
    while offset < component.len() {
        let id = component[offset];
        let mut size: usize = 0;
        let mut shift = 0;
        let mut cursor = offset + 1;
        while cursor < component.len() {
            let byte = component[cursor];
            size |= usize::from(byte & 0x7F) << shift;
            shift += 7;
            cursor += 1;
            if byte & 0x80 == 0 {
                break;
            }
        }
        let end = (cursor + size).min(component.len());
        if id != 0 {
            output.extend_from_slice(&component[offset..end]);
        }
        offset = end;
    }
    output
}
