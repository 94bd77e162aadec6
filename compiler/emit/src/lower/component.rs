//! The Wasm side of a WIT world's canonical-ABI glue. The glue itself is IR that `kiln-wit` generates;
//! what it cannot say in IR is here: linear-memory access (`kiln.component.Memory`'s intrinsics), the
//! raw imports (bodiless static methods that become core-module imports), and the exports with their
//! post-return functions, `cabi_realloc` and the one-time run of the static initializers.

use kiln_link::MethodKey;
use wasm_encoder::Instruction as W;

use crate::lower::helpers::{Assemble, memory};
use crate::lower::{EmitError, Emitter, HEAP_START, method_func_id};
use crate::wasm::*;

/// The class whose intrinsics read and write linear memory.
pub(crate) const MEMORY_CLASS: &str = "kiln.component.Memory";

/// Defines `cabi_realloc` (idempotent), exported as the canonical ABI asks: the host calls it to place
/// strings and lists that it passes in. `allocate` is the bump allocator `(size, align) -> pointer`.
pub fn define_cabi_realloc(module: &mut Module, allocate: FuncId) -> FuncId {
    let id = FuncId::Helper("cabiRealloc");
    if module.has_function(&id) {
        return id;
    }
    let mut realloc = FunctionBuilder::new(
        vec![
            ("old_pointer".into(), ValType::I32),
            ("old_size".into(), ValType::I32),
            ("align".into(), ValType::I32),
            ("new_size".into(), ValType::I32),
        ],
        vec![ValType::I32],
    );
    // Shrinking (which transcoding does) keeps the block; growing moves it and copies the old bytes.
    let (old_pointer, old_size, align, new_size) = (realloc.param(0), realloc.param(1), realloc.param(2), realloc.param(3));
    let fresh = realloc.add_local("fresh", ValType::I32);
    realloc.get(old_pointer);
    realloc.get(new_size);
    realloc.get(old_size);
    realloc.op(W::I32LeU);
    realloc.op(W::I32And);
    realloc.if_then(|f| {
        f.get(old_pointer);
        f.push(Instr::Return);
    });
    realloc.get(new_size);
    realloc.get(align);
    realloc.push(Instr::Call(allocate));
    realloc.push(Instr::LocalTee(fresh));
    realloc.get(old_pointer);
    realloc.get(old_size);
    realloc.op(W::MemoryCopy { src_mem: 0, dst_mem: 0 });
    realloc.get(fresh);
    realloc.finish(module, id.clone());
    module.exports.push(("cabi_realloc".into(), ExportKind::Func(id.clone())));
    id
}

/// Pushes `address + 2 * index`: where UTF-16 code unit `index` lives.
fn push_unit_address(f: &mut FunctionBuilder, address: LocalId, index: LocalId) {
    f.get(address);
    f.get(index);
    f.i32(1);
    f.op(W::I32Shl);
    f.op(W::I32Add);
}

/// Copies `length` UTF-16 code units at `address` in linear memory into the string array `text` (the
/// program's arguments and the canonical ABI's strings arrive this way). `index` is a scratch local.
pub(crate) fn copy_units_from_memory(
    f: &mut FunctionBuilder,
    text: LocalId,
    address: LocalId,
    length: LocalId,
    index: LocalId,
    string_type: TypeId,
) {
    f.count_up(index, 0, length, |f| {
        f.get(text);
        f.get(index);
        push_unit_address(f, address, index);
        f.op(W::I32Load16U(memory(0, 1)));
        f.push(Instr::ArraySet(string_type));
    });
}

impl Emitter<'_> {
    /// The body of one of `kiln.component.Memory`'s intrinsics, into `f`; false if `key` is not one.
    pub(crate) fn emit_memory_intrinsic(&mut self, key: MethodKey, f: &mut FunctionBuilder) -> bool {
        if key.class.as_str() != MEMORY_CLASS {
            return false;
        }
        let allocate = self.request_helper("allocate");
        let heap_top = GlobalId::Helper("heapTop");
        let access = |f: &mut FunctionBuilder, instr: Instr| {
            for index in 0..f.params.len() as u32 {
                f.get(f.param(index));
            }
            f.push(instr);
        };
        match key.method.simple() {
            "allocate" => access(f, Instr::Call(allocate.clone())),
            "mark" => f.push(Instr::GlobalGet(heap_top)),
            "reset" => {
                f.get(f.param(0));
                f.push(Instr::GlobalSet(heap_top));
            }
            "resetAll" => {
                f.i32(HEAP_START);
                f.push(Instr::GlobalSet(heap_top));
            }
            "loadI8" => access(f, Instr::Plain(W::I32Load8S(memory(0, 0)))),
            "loadU8" => access(f, Instr::Plain(W::I32Load8U(memory(0, 0)))),
            "loadI16" => access(f, Instr::Plain(W::I32Load16S(memory(0, 1)))),
            "loadU16" => access(f, Instr::Plain(W::I32Load16U(memory(0, 1)))),
            "loadI32" => access(f, Instr::Plain(W::I32Load(memory(0, 2)))),
            "loadI64" => access(f, Instr::Plain(W::I64Load(memory(0, 3)))),
            "loadF32" => access(f, Instr::Plain(W::F32Load(memory(0, 2)))),
            "loadF64" => access(f, Instr::Plain(W::F64Load(memory(0, 3)))),
            "storeI8" => access(f, Instr::Plain(W::I32Store8(memory(0, 0)))),
            "storeI16" => access(f, Instr::Plain(W::I32Store16(memory(0, 1)))),
            "storeI32" => access(f, Instr::Plain(W::I32Store(memory(0, 2)))),
            "storeI64" => access(f, Instr::Plain(W::I64Store(memory(0, 3)))),
            "storeF32" => access(f, Instr::Plain(W::F32Store(memory(0, 2)))),
            "storeF64" => access(f, Instr::Plain(W::F64Store(memory(0, 3)))),
            "storeString" => self.emit_store_string(f, allocate.clone()),
            "loadString" => self.emit_load_string(f),
            _ => return false,
        }
        true
    }

    /// `storeString(text) -> address`: the UTF-16 code units of `text`, copied into fresh linear memory.
    fn emit_store_string(&mut self, f: &mut FunctionBuilder, allocate: FuncId) {
        let string_type = self.string_type();
        let text = f.add_local("text", ValType::non_null(HeapType::Concrete(string_type.clone())));
        let address = f.add_local("address", ValType::I32);
        let index = f.add_local("index", ValType::I32);
        let length = f.add_local("length", ValType::I32);
        f.get(f.param(0));
        f.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(string_type.clone()) });
        f.push(Instr::LocalTee(text));
        f.push(Instr::ArrayLen);
        f.set(length);
        f.get(length);
        f.i32(1);
        f.op(W::I32Shl);
        f.i32(2);
        f.push(Instr::Call(allocate));
        f.set(address);
        f.count_up(index, 0, length, |f| {
            push_unit_address(f, address, index);
            f.get(text);
            f.get(index);
            f.push(Instr::ArrayGetU(string_type));
            f.op(W::I32Store16(memory(0, 1)));
        });
        f.get(address);
    }

    /// `loadString(address, length) -> String`: `length` UTF-16 code units copied out of linear memory.
    fn emit_load_string(&mut self, f: &mut FunctionBuilder) {
        let string_type = self.string_type();
        let text = f.add_local("text", ValType::non_null(HeapType::Concrete(string_type.clone())));
        let index = f.add_local("index", ValType::I32);
        let (address, length) = (f.param(0), f.param(1));
        f.get(length);
        f.push(Instr::ArrayNewDefault(string_type.clone()));
        f.set(text);
        copy_units_from_memory(f, text, address, length, index, string_type);
        f.get(text);
    }

    /// The body of a raw import: the core-module import itself, called with the method's parameters.
    pub(crate) fn emit_component_import(&mut self, key: MethodKey) -> Result<(), EmitError> {
        let Some((module_name, name)) = self.linked.component.imports.get(&key).cloned() else {
            return Err(EmitError::Internal(format!("{} is not a component import", Self::method_name_for_errors(key))));
        };
        let (params, results) = self.method_signature(key);
        let import = self.module.add_import(&module_name, &name, params.clone(), results.clone());
        let names = (0..params.len()).map(|index| format!("p{index}"));
        let mut f = FunctionBuilder::new(names.zip(params).collect(), results);
        for index in 0..f.params.len() as u32 {
            f.get(f.param(index));
        }
        f.push(Instr::Call(import));
        f.finish(&mut self.module, method_func_id(key));
        Ok(())
    }

    /// A core-module export for each exported WIT function: the static initializers run before the first
    /// call, and a Java exception that escapes is reported on stderr and traps (the canonical ABI has no
    /// way to raise it to the caller).
    pub(crate) fn emit_component_exports(&mut self) -> Result<(), EmitError> {
        let exports = self.linked.component.exports.clone();
        if exports.is_empty() {
            return Ok(());
        }
        let initialize = self.define_initialize_once();
        for (number, export) in exports.iter().enumerate() {
            let (params, results) = self.method_signature(export.method);
            let names = (0..params.len()).map(|index| format!("p{index}"));
            let mut f = FunctionBuilder::new(names.zip(params).collect(), results.clone());
            if let Some(initialize) = &initialize {
                f.push(Instr::Call(initialize.clone()));
            }
            let reporter = kiln_link::runtime_methods::uncaught_reporter();
            self.push_guarded(&mut f, results.first().cloned(), reporter, |emitter, f| {
                emitter.push_class_initialization(f, export.method.class);
                for index in 0..f.params.len() as u32 {
                    f.get(f.param(index));
                }
                f.push(Instr::Call(method_func_id(export.method)));
            });
            let id = FuncId::ComponentExport(number as u32);
            f.finish(&mut self.module, id.clone());
            self.module.exports.push((export.name.clone(), ExportKind::Func(id)));
            if let Some(post_return) = export.post_return {
                self.module.exports.push((format!("cabi_post_{}", export.name), ExportKind::Func(method_func_id(post_return))));
            }
        }
        Ok(())
    }

    /// `cabi_realloc`, for a program whose glue touches linear memory (its intrinsics bring in the
    /// allocator): the host places the strings and lists it passes in with it. Called once every helper is
    /// defined; a program whose boundary carries only numbers has no memory at all.
    pub(crate) fn define_realloc_if_needed(&mut self) {
        let boundary = &self.linked.component;
        let allocate = FuncId::Helper("allocate");
        if (!boundary.imports.is_empty() || !boundary.exports.is_empty()) && self.module.has_function(&allocate) {
            define_cabi_realloc(&mut self.module, allocate);
        }
    }

    /// A function that runs the static initializers on its first call (none if there are none): a
    /// component without `main` has no other moment to run them.
    fn define_initialize_once(&mut self) -> Option<FuncId> {
        if self.linked.static_initializers.is_empty() || self.linked.entry_class.is_some() {
            return None;
        }
        let done = GlobalId::Helper("initialized");
        self.module.add_global(Global { id: done, ty: ValType::I32, mutable: true, init: vec![Instr::I32Const(0)] });
        let mut f = FunctionBuilder::new(Vec::new(), Vec::new());
        f.push(Instr::GlobalGet(done));
        f.if_then(|f| f.push(Instr::Return));
        f.i32(1);
        f.push(Instr::GlobalSet(done));
        for class in &self.linked.static_initializers {
            let key = MethodKey {
                class: *class,
                namespace: kiln_ir::trees::MemberNamespace::StaticConstructor,
                method: kiln_link::static_initializer_name(),
            };
            f.push(Instr::Call(method_func_id(key)));
        }
        let id = FuncId::Helper("initializeOnce");
        f.finish(&mut self.module, id.clone());
        Some(id)
    }
}
