//! The `wasi-p1` host layer: `fd_write` for output, `proc_exit` for a non-zero exit, `_start` as the entry.

use kiln_emit::Host;
use kiln_emit::lower::HOST_SCRATCH_OFFSET;
use kiln_emit::wasm::*;
use wasm_encoder::Instruction as W;

pub struct WasiP1Host;

const MODULE: &str = "wasi_snapshot_preview1";

impl Host for WasiP1Host {
    fn define_write(&self, module: &mut Module, fd: i32) -> FuncId {
        let fd_write = module.add_import(MODULE, "fd_write", vec![ValType::I32; 4], vec![ValType::I32]);
        let name: &'static str = if fd == 1 { "writeStdoutBytes" } else { "writeStderrBytes" };
        let id = FuncId::Helper(name);
        if module.has_function(&id) {
            return id;
        }
        let mut f = FunctionBuilder::new(vec![("pointer".into(), ValType::I32), ("length".into(), ValType::I32)], Vec::new());
        // One iovec at the scratch area: { pointer, length }, then the count of bytes written.
        f.push(Instr::I32Const(HOST_SCRATCH_OFFSET));
        f.push(Instr::LocalGet(f.param(0)));
        f.push(Instr::I32Store { offset: 0, align: 2 });
        f.push(Instr::I32Const(HOST_SCRATCH_OFFSET));
        f.push(Instr::LocalGet(f.param(1)));
        f.push(Instr::I32Store { offset: 4, align: 2 });
        f.push(Instr::I32Const(fd));
        f.push(Instr::I32Const(HOST_SCRATCH_OFFSET));
        f.push(Instr::I32Const(1));
        f.push(Instr::I32Const(HOST_SCRATCH_OFFSET + 8));
        f.push(Instr::Call(fd_write));
        f.push(Instr::Drop);
        f.finish(module, id.clone());
        id
    }

    fn define_entry(&self, module: &mut Module, run_main: FuncId) {
        let proc_exit = module.add_import(MODULE, "proc_exit", vec![ValType::I32], Vec::new());
        let mut f = FunctionBuilder::new(Vec::new(), Vec::new());
        let code = f.add_local("code", ValType::I32);
        f.push(Instr::Call(run_main));
        f.push(Instr::LocalTee(code));
        let label = f.new_label();
        f.push(Instr::If { label, ty: BlockType::Empty });
        f.push(Instr::LocalGet(code));
        f.push(Instr::Call(proc_exit));
        f.push(Instr::End);
        let _ = W::Nop;
        let id = FuncId::Helper("start");
        f.finish(module, id.clone());
        module.exports.push(("_start".into(), ExportKind::Func(id)));
    }
}
