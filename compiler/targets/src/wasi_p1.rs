//! The `wasi-p1` host layer: `fd_write` for output, `proc_exit` for a non-zero exit, `_start` as the entry.

use kiln_emit::Host;
use kiln_emit::lower::HOST_SCRATCH_OFFSET;
use kiln_emit::wasm::*;

use crate::memory;
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

    fn define_arguments(&self, module: &mut Module, allocate: FuncId) -> FuncId {
        let id = FuncId::Helper("hostArguments");
        if module.has_function(&id) {
            return id;
        }
        let sizes_get = module.add_import(MODULE, "args_sizes_get", vec![ValType::I32; 2], vec![ValType::I32]);
        let args_get = module.add_import(MODULE, "args_get", vec![ValType::I32; 2], vec![ValType::I32]);
        let mut f = FunctionBuilder::new(Vec::new(), vec![ValType::I32, ValType::I32]);
        let [count, size, argv, bytes, pairs, units, index, cursor, start, byte, point] =
            ["count", "size", "argv", "bytes", "pairs", "units", "index", "cursor", "start", "byte", "point"]
                .map(|name| f.add_local(name, ValType::I32));
        let get = |f: &mut FunctionBuilder, local: LocalId| f.push(Instr::LocalGet(local));
        let set = |f: &mut FunctionBuilder, local: LocalId| f.push(Instr::LocalSet(local));
        let constant = |f: &mut FunctionBuilder, value: i32| f.push(Instr::I32Const(value));
        let allocate_into = |f: &mut FunctionBuilder, local: LocalId, align: i32| {
            constant(f, align);
            f.push(Instr::Call(allocate.clone()));
            f.push(Instr::LocalSet(local));
        };
        // The sizes, then argv and the argument bytes, then room for the UTF-16 copies and their pairs.
        constant(&mut f, HOST_SCRATCH_OFFSET);
        constant(&mut f, HOST_SCRATCH_OFFSET + 4);
        f.push(Instr::Call(sizes_get));
        f.push(Instr::Drop);
        constant(&mut f, HOST_SCRATCH_OFFSET);
        f.plain(W::I32Load(memory(0, 2)));
        set(&mut f, count);
        constant(&mut f, HOST_SCRATCH_OFFSET);
        f.plain(W::I32Load(memory(4, 2)));
        set(&mut f, size);
        get(&mut f, count);
        constant(&mut f, 2);
        f.plain(W::I32Shl);
        allocate_into(&mut f, argv, 4);
        get(&mut f, size);
        allocate_into(&mut f, bytes, 1);
        get(&mut f, count);
        constant(&mut f, 3);
        f.plain(W::I32Shl);
        allocate_into(&mut f, pairs, 4);
        get(&mut f, size);
        constant(&mut f, 1);
        f.plain(W::I32Shl);
        allocate_into(&mut f, units, 2);
        get(&mut f, argv);
        get(&mut f, bytes);
        f.push(Instr::Call(args_get));
        f.push(Instr::Drop);
        // Each argument: decode its NUL-terminated UTF-8 into UTF-16 at `units`.
        let outer = f.new_label();
        f.push(Instr::Loop { label: outer, ty: BlockType::Empty });
        get(&mut f, index);
        get(&mut f, count);
        f.plain(W::I32LtU);
        let outer_if = f.new_label();
        f.push(Instr::If { label: outer_if, ty: BlockType::Empty });
        get(&mut f, argv);
        get(&mut f, index);
        constant(&mut f, 2);
        f.plain(W::I32Shl);
        f.plain(W::I32Add);
        f.plain(W::I32Load(memory(0, 2)));
        set(&mut f, cursor);
        get(&mut f, units);
        set(&mut f, start);
        let inner = f.new_label();
        let done = f.new_label();
        f.push(Instr::Block { label: done, ty: BlockType::Empty });
        f.push(Instr::Loop { label: inner, ty: BlockType::Empty });
        get(&mut f, cursor);
        f.plain(W::I32Load8U(memory(0, 0)));
        f.push(Instr::LocalTee(byte));
        f.plain(W::I32Eqz);
        f.push(Instr::BrIf(done));
        // The continuation bytes of a sequence, six bits each, after the lead byte's own bits.
        let continuation = |f: &mut FunctionBuilder, offset: u64| {
            f.push(Instr::LocalGet(cursor));
            f.plain(W::I32Load8U(memory(offset, 0)));
            f.push(Instr::I32Const(0x3F));
            f.plain(W::I32And);
        };
        let accumulate = |f: &mut FunctionBuilder, offset: u64| {
            f.push(Instr::LocalGet(point));
            f.push(Instr::I32Const(6));
            f.plain(W::I32Shl);
            continuation(f, offset);
            f.plain(W::I32Or);
            f.push(Instr::LocalSet(point));
        };
        let sequence = |f: &mut FunctionBuilder, lead_mask: i32, continuations: u64| {
            f.push(Instr::LocalGet(byte));
            f.push(Instr::I32Const(lead_mask));
            f.plain(W::I32And);
            f.push(Instr::LocalSet(point));
            for offset in 1..=continuations {
                accumulate(f, offset);
            }
            f.push(Instr::LocalGet(cursor));
            f.push(Instr::I32Const(continuations as i32 + 1));
            f.plain(W::I32Add);
            f.push(Instr::LocalSet(cursor));
        };
        let branch = |f: &mut FunctionBuilder,
                      below: i32,
                      then: &dyn Fn(&mut FunctionBuilder),
                      otherwise: &dyn Fn(&mut FunctionBuilder)| {
            f.push(Instr::LocalGet(byte));
            f.push(Instr::I32Const(below));
            f.plain(W::I32LtU);
            let label = f.new_label();
            f.push(Instr::If { label, ty: BlockType::Empty });
            then(f);
            f.push(Instr::Else);
            otherwise(f);
            f.push(Instr::End);
        };
        branch(&mut f, 0x80, &|f| sequence(f, 0x7F, 0), &|f| {
            branch(f, 0xE0, &|f| sequence(f, 0x1F, 1), &|f| branch(f, 0xF0, &|f| sequence(f, 0x0F, 2), &|f| sequence(f, 0x07, 3)))
        });
        // Store one code unit, or a surrogate pair above the basic plane.
        get(&mut f, point);
        constant(&mut f, 0x10000);
        f.plain(W::I32GeU);
        let pair_label = f.new_label();
        f.push(Instr::If { label: pair_label, ty: BlockType::Empty });
        get(&mut f, units);
        get(&mut f, point);
        constant(&mut f, 0x10000);
        f.plain(W::I32Sub);
        constant(&mut f, 10);
        f.plain(W::I32ShrU);
        constant(&mut f, 0xD800);
        f.plain(W::I32Add);
        f.plain(W::I32Store16(memory(0, 1)));
        get(&mut f, units);
        get(&mut f, point);
        constant(&mut f, 0x3FF);
        f.plain(W::I32And);
        constant(&mut f, 0xDC00);
        f.plain(W::I32Add);
        f.plain(W::I32Store16(memory(2, 1)));
        get(&mut f, units);
        constant(&mut f, 4);
        f.plain(W::I32Add);
        set(&mut f, units);
        f.push(Instr::Else);
        get(&mut f, units);
        get(&mut f, point);
        f.plain(W::I32Store16(memory(0, 1)));
        get(&mut f, units);
        constant(&mut f, 2);
        f.plain(W::I32Add);
        set(&mut f, units);
        f.push(Instr::End);
        f.push(Instr::Br(inner));
        f.push(Instr::End);
        f.push(Instr::End);
        // pairs[index] = (start, code units written)
        get(&mut f, pairs);
        get(&mut f, index);
        constant(&mut f, 3);
        f.plain(W::I32Shl);
        f.plain(W::I32Add);
        f.push(Instr::LocalTee(cursor));
        get(&mut f, start);
        f.plain(W::I32Store(memory(0, 2)));
        get(&mut f, cursor);
        get(&mut f, units);
        get(&mut f, start);
        f.plain(W::I32Sub);
        constant(&mut f, 1);
        f.plain(W::I32ShrU);
        f.plain(W::I32Store(memory(4, 2)));
        get(&mut f, index);
        constant(&mut f, 1);
        f.plain(W::I32Add);
        set(&mut f, index);
        f.push(Instr::Br(outer));
        f.push(Instr::End);
        f.push(Instr::End);
        get(&mut f, pairs);
        get(&mut f, count);
        f.finish(module, id.clone());
        id
    }

    fn define_exit(&self, module: &mut Module) -> FuncId {
        module.add_import(MODULE, "proc_exit", vec![ValType::I32], Vec::new())
    }

    fn define_clock(&self, module: &mut Module, wall: bool) -> FuncId {
        let id = FuncId::Helper(if wall { "wallClockNanoseconds" } else { "monotonicClockNanoseconds" });
        if module.has_function(&id) {
            return id;
        }
        // clock_time_get(id, precision, result pointer): clock 0 is the realtime clock, 1 the monotonic one.
        let clock_time_get =
            module.add_import(MODULE, "clock_time_get", vec![ValType::I32, ValType::I64, ValType::I32], vec![ValType::I32]);
        let mut f = FunctionBuilder::new(Vec::new(), vec![ValType::I64]);
        f.push(Instr::I32Const(if wall { 0 } else { 1 }));
        f.push(Instr::I64Const(1));
        f.push(Instr::I32Const(HOST_SCRATCH_OFFSET));
        f.push(Instr::Call(clock_time_get));
        f.push(Instr::Drop);
        f.push(Instr::I32Const(HOST_SCRATCH_OFFSET));
        f.plain(W::I64Load(memory(0, 3)));
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
        let id = FuncId::Helper("start");
        f.finish(module, id.clone());
        module.exports.push(("_start".into(), ExportKind::Func(id)));
    }
}
