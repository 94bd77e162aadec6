//! The `js` host layer: a core module whose few imports (module `kiln`) the generated ES-module loader
//! provides on Node and in browsers, and the loader itself.
//!
//! The imports are deliberately small and numeric, so that the same core code runs under a WASI host and
//! under JS: text crosses as UTF-8 bytes of linear memory (the loader decodes them with `TextDecoder`),
//! clocks as `f64` nanoseconds (no `BigInt` on the boundary), arguments as UTF-16 code units that the loader
//! stores straight into memory. The contract between the module and the loader is listed in `docs/js.md`.

use kiln_emit::Host;
use kiln_emit::wasm::*;
use wasm_encoder::Instruction as W;

use crate::{TargetError, memory};

pub struct JsHost;

/// The import module of everything the loader provides.
pub const IMPORT_MODULE: &str = "kiln";

impl Host for JsHost {
    fn define_write(&self, module: &mut Module, fd: i32) -> FuncId {
        // The import is the writer itself: `(pointer, length) -> ()`, no wrapper needed.
        let name = if fd == 1 { "stdout" } else { "stderr" };
        module.add_import(IMPORT_MODULE, name, vec![ValType::I32, ValType::I32], Vec::new())
    }

    fn define_arguments(&self, module: &mut Module, allocate: FuncId) -> FuncId {
        let id = FuncId::Helper("hostArguments");
        if module.has_function(&id) {
            return id;
        }
        // argc() -> count; arglen(index) -> code units; argcopy(index, pointer) stores the code units.
        let count_import = module.add_import(IMPORT_MODULE, "argc", Vec::new(), vec![ValType::I32]);
        let length_import = module.add_import(IMPORT_MODULE, "arglen", vec![ValType::I32], vec![ValType::I32]);
        let copy_import = module.add_import(IMPORT_MODULE, "argcopy", vec![ValType::I32, ValType::I32], Vec::new());
        let mut f = FunctionBuilder::new(Vec::new(), vec![ValType::I32, ValType::I32]);
        let [count, pairs, index, length, units, slot] =
            ["count", "pairs", "index", "length", "units", "slot"].map(|name| f.add_local(name, ValType::I32));
        f.push(Instr::Call(count_import));
        f.push(Instr::LocalTee(count));
        f.push(Instr::I32Const(3));
        f.plain(W::I32Shl);
        f.push(Instr::I32Const(4));
        f.push(Instr::Call(allocate.clone()));
        f.push(Instr::LocalSet(pairs));
        let outer = f.new_label();
        f.push(Instr::Loop { label: outer, ty: BlockType::Empty });
        f.push(Instr::LocalGet(index));
        f.push(Instr::LocalGet(count));
        f.plain(W::I32LtU);
        let body = f.new_label();
        f.push(Instr::If { label: body, ty: BlockType::Empty });
        // units = allocate(2 * length, 2); argcopy(index, units); pairs[index] = (units, length)
        f.push(Instr::LocalGet(index));
        f.push(Instr::Call(length_import));
        f.push(Instr::LocalTee(length));
        f.push(Instr::I32Const(1));
        f.plain(W::I32Shl);
        f.push(Instr::I32Const(2));
        f.push(Instr::Call(allocate));
        f.push(Instr::LocalSet(units));
        f.push(Instr::LocalGet(index));
        f.push(Instr::LocalGet(units));
        f.push(Instr::Call(copy_import));
        f.push(Instr::LocalGet(pairs));
        f.push(Instr::LocalGet(index));
        f.push(Instr::I32Const(3));
        f.plain(W::I32Shl);
        f.plain(W::I32Add);
        f.push(Instr::LocalTee(slot));
        f.push(Instr::LocalGet(units));
        f.plain(W::I32Store(memory(0, 2)));
        f.push(Instr::LocalGet(slot));
        f.push(Instr::LocalGet(length));
        f.plain(W::I32Store(memory(4, 2)));
        f.push(Instr::LocalGet(index));
        f.push(Instr::I32Const(1));
        f.plain(W::I32Add);
        f.push(Instr::LocalSet(index));
        f.push(Instr::Br(outer));
        f.push(Instr::End);
        f.push(Instr::End);
        f.push(Instr::LocalGet(pairs));
        f.push(Instr::LocalGet(count));
        f.finish(module, id.clone());
        id
    }

    fn define_exit(&self, module: &mut Module) -> FuncId {
        // The loader's `exit` never returns: it ends the process on Node and unwinds to the loader elsewhere.
        module.add_import(IMPORT_MODULE, "exit", vec![ValType::I32], Vec::new())
    }

    fn define_clock(&self, module: &mut Module, wall: bool) -> FuncId {
        let id = FuncId::Helper(if wall { "wallClockNanoseconds" } else { "monotonicClockNanoseconds" });
        if module.has_function(&id) {
            return id;
        }
        // clock(wall) -> nanoseconds as f64: exact to a microsecond for today's dates, and no BigInt.
        let clock = module.add_import(IMPORT_MODULE, "clock", vec![ValType::I32], vec![ValType::F64]);
        let mut f = FunctionBuilder::new(Vec::new(), vec![ValType::I64]);
        f.push(Instr::I32Const(i32::from(wall)));
        f.push(Instr::Call(clock));
        f.plain(W::I64TruncSatF64S);
        f.finish(module, id.clone());
        id
    }

    fn define_entry(&self, module: &mut Module, run_main: FuncId) {
        // `main() -> exit code`: the loader runs it and sets the process's exit code.
        module.exports.push(("main".into(), ExportKind::Func(run_main)));
    }
}

/// The ES-module loader for `module`, written as `wasm_file_name` beside it: `loader.mjs` cut to the
/// `kiln` imports the module has (and `wasm:js-string` as a whole), without comments (but the first line) and indentation.
pub fn loader(wasm_file_name: &str, module: &[u8]) -> Result<String, TargetError> {
    let imported = kiln_imports(module)?;
    let name = wasm_file_name.replace('\\', "\\\\").replace('"', "\\\"");
    let mut compact = String::new();
    let mut keeping = true;
    for (index, line) in LOADER_TEMPLATE.lines().enumerate() {
        let line = line.trim_start();
        if let Some(condition) = line.strip_prefix("//#if ") {
            keeping = condition.split_whitespace().any(|wanted| imported.iter().any(|name| name == wanted));
            continue;
        }
        if line == "//#end" {
            keeping = true;
            continue;
        }
        if !keeping || line.is_empty() || (index > 0 && line.starts_with("//")) {
            continue;
        }
        compact.push_str(line);
        compact.push('\n');
    }
    Ok(compact.replace("{WASM}", &name))
}

/// The names the module imports from the loader's module.
fn kiln_imports(module: &[u8]) -> Result<Vec<String>, TargetError> {
    let mut names = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(module) {
        let payload = payload.map_err(|error| TargetError::Loader(error.to_string()))?;
        if let wasmparser::Payload::ImportSection(reader) = payload {
            for import in reader.into_imports() {
                let import = import.map_err(|error| TargetError::Loader(error.to_string()))?;
                if import.module == IMPORT_MODULE {
                    names.push(import.name.to_string());
                } else if import.module == "wasm:js-string" && !names.iter().any(|name| name == import.module) {
                    names.push(import.module.to_string());
                }
            }
        }
    }
    Ok(names)
}

const LOADER_TEMPLATE: &str = include_str!("loader.mjs");
