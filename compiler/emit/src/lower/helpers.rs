//! Runtime helpers that need Wasm-level control, generated only when something reachable uses them:
//! string concatenation and equality, checked integer division, UTF-8 output, identity hash codes,
//! and the bodies of the runtime library's intrinsics.

use kiln_ir::names::{ClassName, well_known};
use kiln_ir::types::{ArrayBase, ArrayTypeRef, TypeRef};
use kiln_link::MethodKey;

use crate::lower::boxes::boxed_class_name;
use crate::lower::{EmitError, Emitter, HEAP_START, WRITE_BUFFER_SIZE, method_func_id, types::units_to_bytes};
use crate::wasm::*;
use wasm_encoder::Instruction as W;

/// The longest string literal that is interned (`push_string_literal`): the runtime library's tables run to
/// thousands of code units, which an `array.new_fixed` constant spells out three bytes a unit.
const INTERNED_LITERAL_LIMIT: usize = 256;

/// A few words for writing helper bodies by hand.
pub(crate) trait Assemble {
    fn get(&mut self, local: LocalId);
    fn set(&mut self, local: LocalId);
    fn i32(&mut self, value: i32);
    fn op(&mut self, instr: W<'static>);
    fn if_then(&mut self, then: impl FnOnce(&mut Self));
    fn if_then_else(&mut self, then: impl FnOnce(&mut Self), otherwise: impl FnOnce(&mut Self));
    /// Pops a raw Wasm array of type `data` and pushes a new array with a copy of its elements.
    fn duplicate_array(&mut self, data: TypeId);
    /// `for (index = from; index < bound; index++) body`, compared unsigned (`bound` is a length).
    fn count_up(&mut self, index: LocalId, from: i32, bound: LocalId, body: impl FnOnce(&mut Self));
}

impl Assemble for FunctionBuilder {
    fn get(&mut self, local: LocalId) {
        self.push(Instr::LocalGet(local));
    }
    fn set(&mut self, local: LocalId) {
        self.push(Instr::LocalSet(local));
    }
    fn i32(&mut self, value: i32) {
        self.push(Instr::I32Const(value));
    }
    fn op(&mut self, instr: W<'static>) {
        self.plain(instr);
    }
    fn if_then(&mut self, then: impl FnOnce(&mut Self)) {
        let label = self.new_label();
        self.push(Instr::If { label, ty: BlockType::Empty });
        then(self);
        self.push(Instr::End);
    }
    fn if_then_else(&mut self, then: impl FnOnce(&mut Self), otherwise: impl FnOnce(&mut Self)) {
        let label = self.new_label();
        self.push(Instr::If { label, ty: BlockType::Empty });
        then(self);
        self.push(Instr::Else);
        otherwise(self);
        self.push(Instr::End);
    }
    fn count_up(&mut self, index: LocalId, from: i32, bound: LocalId, body: impl FnOnce(&mut Self)) {
        self.i32(from);
        self.set(index);
        let repeat = self.new_label();
        self.push(Instr::Loop { label: repeat, ty: BlockType::Empty });
        self.get(index);
        self.get(bound);
        self.op(W::I32LtU);
        self.if_then(|f| {
            body(f);
            f.get(index);
            f.i32(1);
            f.op(W::I32Add);
            f.set(index);
            f.push(Instr::Br(repeat));
        });
        self.push(Instr::End);
    }
    fn duplicate_array(&mut self, data: TypeId) {
        let source = self.add_local("source", ValType::non_null(HeapType::Concrete(data.clone())));
        let copy = self.add_local("copy", ValType::non_null(HeapType::Concrete(data.clone())));
        self.set(source);
        self.get(source);
        self.push(Instr::ArrayLen);
        self.push(Instr::ArrayNewDefault(data.clone()));
        self.set(copy);
        self.get(copy);
        self.i32(0);
        self.get(source);
        self.i32(0);
        self.get(source);
        self.push(Instr::ArrayLen);
        self.push(Instr::ArrayCopy { destination: data.clone(), source: data });
        self.get(copy);
    }
}

/// The module's one linear memory, with the default alignment of each access.
pub(crate) fn memory(offset: u64, align: u32) -> wasm_encoder::MemArg {
    wasm_encoder::MemArg { offset, align, target: wasm_encoder::MemArgTarget::Memory(0), ordering: None }
}

impl Emitter<'_> {
    /// Linear memory, created on first need and exported as `memory` (WASI and the canonical ABI read it).
    pub(crate) fn ensure_memory(&mut self) {
        if self.module.memory_pages.is_none() {
            self.module.memory_pages = Some(1);
            self.module.exports.push(("memory".into(), ExportKind::Memory));
        }
    }

    fn string_value_type(&mut self) -> ValType {
        ValType::non_null(HeapType::Concrete(self.string_type()))
    }

    /// A string literal. Java interns literals: every evaluation of `"ab"`, anywhere, is the same object,
    /// so `"ab" == "ab"` and `new String("ab") != "ab"`. A literal of up to `INTERNED_LITERAL_LIMIT` code
    /// units is an immutable global, an `array.new_fixed` constant made at instantiation, read with one
    /// `global.get`; a longer one (the runtime library's tables) is made from the data segment at each
    /// evaluation, where its identity is not Java's.
    pub(crate) fn push_string_literal(&mut self, builder: &mut FunctionBuilder, units: &[u16]) {
        let string = self.string_type();
        if units.len() <= INTERNED_LITERAL_LIMIT {
            let global = self.interned_literal(units);
            builder.push(Instr::GlobalGet(global));
            return;
        }
        let offset = self.module.add_data(&units_to_bytes(units));
        builder.push(Instr::I32Const(offset as i32));
        builder.push(Instr::I32Const(units.len() as i32));
        builder.push(Instr::ArrayNewData { ty: string, data: 0 });
    }

    /// The global that holds a literal's interned string, created on first use.
    pub(crate) fn interned_literal(&mut self, units: &[u16]) -> GlobalId {
        if let Some(number) = self.string_literals.get(units) {
            return GlobalId::StringLiteral(*number);
        }
        let number = self.string_literals.len() as u32;
        self.string_literals.insert(units.to_vec(), number);
        let string = self.string_type();
        let mut init: Vec<Instr> = units.iter().map(|unit| Instr::I32Const(i32::from(*unit))).collect();
        init.push(Instr::ArrayNewFixed { ty: string.clone(), size: units.len() as u32 });
        let id = GlobalId::StringLiteral(number);
        let ty = ValType::non_null(HeapType::Concrete(string));
        self.module.add_global(Global { id, ty, mutable: false, init });
        id
    }

    /// Writes a string literal's UTF-8 bytes (`kiln_link::summary::constant_write`): copied from the data
    /// segment into the write buffer, then handed to the host's writer. `writeString` leaves the buffer
    /// empty after each call, so the order of writes is kept.
    pub(crate) fn push_constant_write(&mut self, builder: &mut FunctionBuilder, fd: i32, bytes: &[u8]) {
        const _: () = assert!(kiln_link::summary::CONSTANT_WRITE_LIMIT as i32 <= WRITE_BUFFER_SIZE);
        if bytes.is_empty() {
            return;
        }
        self.ensure_memory();
        let writer = self.host.define_write(&mut self.module, fd);
        // Keep the segment's length even: the UTF-16 literals after these bytes stay aligned, and
        // `add_data` only shares bytes at even offsets.
        let mut padded = bytes.to_vec();
        if padded.len() % 2 == 1 {
            padded.push(0);
        }
        let offset = self.module.add_data(&padded);
        builder.push(Instr::I32Const(0));
        builder.push(Instr::I32Const(offset as i32));
        builder.push(Instr::I32Const(bytes.len() as i32));
        builder.plain(W::MemoryInit { mem: 0, data_index: 0 });
        builder.push(Instr::I32Const(0));
        builder.push(Instr::I32Const(bytes.len() as i32));
        builder.push(Instr::Call(writer));
    }

    /// The exception maker that a throw helper (`push_throw`) calls.
    fn throw_helper_maker(name: &str) -> MethodKey {
        kiln_link::summary::exception_maker(match name {
            "throwNullPointer" => kiln_link::summary::NULL_POINTER,
            "throwNullPointerMessage" => kiln_link::summary::NULL_POINTER_MESSAGE,
            "throwArrayIndexOutOfBounds" => kiln_link::summary::ARRAY_INDEX_OUT_OF_BOUNDS,
            "throwStackOverflow" => kiln_link::summary::STACK_OVERFLOW,
            _ => kiln_link::summary::CLASS_CAST,
        })
    }

    /// The global budget of calls that the program's recursive methods take from (`kiln_link::recursion`),
    /// if it has any: created on first use, full.
    pub(crate) fn call_budget(&mut self) -> Option<GlobalId> {
        if self.linked.recursive.is_empty() {
            return None;
        }
        let id = GlobalId::Helper("callBudget");
        if !self.module.has_global(&id) {
            self.module.add_global(Global {
                id,
                ty: ValType::I32,
                mutable: true,
                init: vec![Instr::I32Const(kiln_link::recursion::CALL_BUDGET)],
            });
        }
        Some(id)
    }

    /// Makes sure that the throw helper `name` exists with an immutable global holding a reference to
    /// it (of the same name), and returns the helper's function type, for `call_ref`.
    pub(crate) fn throw_helper_reference(&mut self, name: &'static str) -> TypeId {
        let function = self.request_helper(name);
        let (params, _) = self.method_signature(Self::throw_helper_maker(name));
        let function_type = self.module.func_type(params, Vec::new());
        self.module.add_global(Global {
            id: GlobalId::Helper(name),
            ty: ValType::non_null(HeapType::Concrete(function_type.clone())),
            mutable: false,
            init: vec![Instr::RefFunc(function)],
        });
        function_type
    }

    pub(crate) fn emit_helper(&mut self, name: &'static str) -> Result<(), EmitError> {
        if self.emit_box_helper(name)? || self.emit_js_helper(name)? {
            return Ok(());
        }
        let string = self.string_value_type();
        let string_type = self.string_type();
        let id = FuncId::Helper(name);
        match name {
            "stringConcat" => {
                let mut f = FunctionBuilder::new(
                    vec![("left".into(), string.clone()), ("right".into(), string.clone())],
                    vec![string.clone()],
                );
                let (left, right) = (f.param(0), f.param(1));
                let result = f.add_local("result", string.clone());
                f.get(left);
                f.push(Instr::ArrayLen);
                f.get(right);
                f.push(Instr::ArrayLen);
                f.op(W::I32Add);
                f.push(Instr::ArrayNewDefault(string_type.clone()));
                f.set(result);
                // result[0..] = left; result[left.length..] = right
                f.get(result);
                f.i32(0);
                f.get(left);
                f.i32(0);
                f.get(left);
                f.push(Instr::ArrayLen);
                f.push(Instr::ArrayCopy { destination: string_type.clone(), source: string_type.clone() });
                f.get(result);
                f.get(left);
                f.push(Instr::ArrayLen);
                f.get(right);
                f.i32(0);
                f.get(right);
                f.push(Instr::ArrayLen);
                f.push(Instr::ArrayCopy { destination: string_type.clone(), source: string_type });
                f.get(result);
                f.finish(&mut self.module, id);
            }
            "internedLiteral" => {
                // The literal whose content equals the (non-null) text, or null: one comparison a literal.
                let nullable = ValType::nullable(HeapType::Concrete(string_type.clone()));
                let equals = self.request_helper("stringEquals");
                let mut f = FunctionBuilder::new(vec![("text".into(), nullable.clone())], vec![nullable]);
                let text = f.param(0);
                let mut literals: Vec<u32> = self.string_literals.values().copied().collect();
                literals.sort_unstable();
                for number in literals {
                    f.get(text);
                    f.push(Instr::RefAsNonNull);
                    f.push(Instr::GlobalGet(GlobalId::StringLiteral(number)));
                    f.push(Instr::Call(equals.clone()));
                    f.if_then(|f| {
                        f.push(Instr::GlobalGet(GlobalId::StringLiteral(number)));
                        f.push(Instr::Return);
                    });
                }
                f.push(Instr::RefNull(HeapType::Concrete(string_type)));
                f.finish(&mut self.module, id);
            }
            "stringEquals" => {
                let mut f = FunctionBuilder::new(
                    vec![("left".into(), string.clone()), ("right".into(), string.clone())],
                    vec![ValType::I32],
                );
                let (left, right) = (f.param(0), f.param(1));
                let index = f.add_local("index", ValType::I32);
                let length = f.add_local("length", ValType::I32);
                f.get(left);
                f.push(Instr::ArrayLen);
                f.set(length);
                f.get(length);
                f.get(right);
                f.push(Instr::ArrayLen);
                f.op(W::I32Ne);
                f.if_then(|f| {
                    f.i32(0);
                    f.push(Instr::Return);
                });
                let continue_label = f.new_label();
                f.push(Instr::Loop { label: continue_label, ty: BlockType::Empty });
                f.get(index);
                f.get(length);
                f.op(W::I32LtU);
                f.if_then(|f| {
                    f.get(left);
                    f.get(index);
                    f.push(Instr::ArrayGetU(string_type.clone()));
                    f.get(right);
                    f.get(index);
                    f.push(Instr::ArrayGetU(string_type.clone()));
                    f.op(W::I32Ne);
                    f.if_then(|f| {
                        f.i32(0);
                        f.push(Instr::Return);
                    });
                    f.get(index);
                    f.i32(1);
                    f.op(W::I32Add);
                    f.set(index);
                    f.push(Instr::Br(continue_label));
                });
                f.push(Instr::End);
                f.i32(1);
                f.finish(&mut self.module, id);
            }
            "referenceEquals" | "boxIdentityEquals" => {
                // referenceEquals is Scala.js's `===`: strings by content, boxed numbers by value (with
                // `Object.is` for floating point), everything else by identity. boxIdentityEquals is Java's
                // `==` between two references: strings by identity (literals are interned, as Java's are:
                // `push_string_literal`), and boxes by identity, as the JVM's are: each boxing makes a new box except for the values
                // `valueOf` caches (every Boolean and Byte, Short, Integer and Long from -128 to 127,
                // Character to 127), which compare by value. Ints in the cache are the i31refs, so `ref.eq`
                // decides Integer alone.
                let java_identity = name == "boxIdentityEquals";
                let mut f = FunctionBuilder::new(
                    vec![("left".into(), ValType::anyref()), ("right".into(), ValType::anyref())],
                    vec![ValType::I32],
                );
                let (left, right) = (f.param(0), f.param(1));
                let both = |f: &mut FunctionBuilder, heap: &HeapType| {
                    f.get(left);
                    f.push(Instr::RefTest { nullable: false, heap: heap.clone() });
                    f.get(right);
                    f.push(Instr::RefTest { nullable: false, heap: heap.clone() });
                    f.op(W::I32And);
                };
                let string_heap = HeapType::Concrete(string_type);
                if !java_identity {
                    let equals = self.request_helper("stringEquals");
                    both(&mut f, &string_heap);
                    f.if_then(|f| {
                        f.get(left);
                        f.push(Instr::RefCast { nullable: false, heap: string_heap.clone() });
                        f.get(right);
                        f.push(Instr::RefCast { nullable: false, heap: string_heap.clone() });
                        f.push(Instr::Call(equals));
                        f.push(Instr::Return);
                    });
                }
                for kind in BoxKind::ALL {
                    if !self.linked.boxed.contains(&ClassName::new(boxed_class_name(kind))) {
                        // No value of this kind is ever boxed in this program.
                        continue;
                    }
                    if java_identity && matches!(kind, BoxKind::Int | BoxKind::Float | BoxKind::Double) {
                        // Identity alone: the `ref.eq` below.
                        continue;
                    }
                    let ty = self.box_type(kind);
                    let heap = HeapType::Concrete(ty.clone());
                    both(&mut f, &heap);
                    f.if_then(|f| {
                        let load = |f: &mut FunctionBuilder, local: LocalId| {
                            f.get(local);
                            f.push(Instr::RefCast { nullable: false, heap: heap.clone() });
                            f.push(Instr::StructGet { ty: ty.clone(), field: 0 });
                        };
                        match kind {
                            BoxKind::Short | BoxKind::Long | BoxKind::Char if java_identity => {
                                // Equal values in the cache's range; otherwise the `ref.eq` below.
                                load(f, left);
                                load(f, right);
                                if kind == BoxKind::Long {
                                    f.op(W::I64Eq);
                                    load(f, left);
                                    f.push(Instr::I64Const(128));
                                    f.op(W::I64Add);
                                    f.push(Instr::I64Const(256));
                                    f.op(W::I64LtU);
                                } else {
                                    f.op(W::I32Eq);
                                    load(f, left);
                                    if kind == BoxKind::Short {
                                        f.i32(128);
                                        f.op(W::I32Add);
                                        f.i32(256);
                                    } else {
                                        f.i32(128);
                                    }
                                    f.op(W::I32LtU);
                                }
                                f.op(W::I32And);
                                f.if_then(|f| {
                                    f.i32(1);
                                    f.push(Instr::Return);
                                });
                                return;
                            }
                            BoxKind::Float | BoxKind::Double => {
                                // Same bits, or both NaN.
                                let (reinterpret, equal, not_equal) = if kind == BoxKind::Float {
                                    (W::I32ReinterpretF32, W::I32Eq, W::F32Ne)
                                } else {
                                    (W::I64ReinterpretF64, W::I64Eq, W::F64Ne)
                                };
                                load(f, left);
                                f.op(reinterpret.clone());
                                load(f, right);
                                f.op(reinterpret);
                                f.op(equal);
                                load(f, left);
                                load(f, left);
                                f.op(not_equal.clone());
                                load(f, right);
                                load(f, right);
                                f.op(not_equal);
                                f.op(W::I32And);
                                f.op(W::I32Or);
                            }
                            BoxKind::Long => {
                                load(f, left);
                                load(f, right);
                                f.op(W::I64Eq);
                            }
                            _ => {
                                load(f, left);
                                load(f, right);
                                f.op(W::I32Eq);
                            }
                        }
                        f.push(Instr::Return);
                    });
                }
                f.get(left);
                f.push(Instr::RefCast { nullable: true, heap: HeapType::Eq });
                f.get(right);
                f.push(Instr::RefCast { nullable: true, heap: HeapType::Eq });
                f.push(Instr::RefEq);
                f.finish(&mut self.module, id);
            }
            "intDiv" | "intRem" | "intDivUnsigned" | "intRemUnsigned" | "longDiv" | "longRem" | "longDivUnsigned"
            | "longRemUnsigned" => {
                let long = name.starts_with("long");
                let value = if long { ValType::I64 } else { ValType::I32 };
                let throw = self.request_helper("throwArithmeticException");
                let mut f = FunctionBuilder::new(
                    vec![("dividend".into(), value.clone()), ("divisor".into(), value.clone())],
                    vec![value],
                );
                let (dividend, divisor) = (f.param(0), f.param(1));
                f.get(divisor);
                f.op(if long { W::I64Eqz } else { W::I32Eqz });
                f.if_then(|f| f.push(Instr::Call(throw)));
                if name == "intDiv" || name == "longDiv" {
                    // MIN_VALUE / -1 overflows to MIN_VALUE in Java; Wasm's signed division would trap.
                    f.get(divisor);
                    if long {
                        f.push(Instr::I64Const(-1));
                        f.op(W::I64Eq);
                    } else {
                        f.i32(-1);
                        f.op(W::I32Eq);
                    }
                    f.if_then(|f| {
                        if long {
                            f.push(Instr::I64Const(0));
                        } else {
                            f.i32(0);
                        }
                        f.get(dividend);
                        f.op(if long { W::I64Sub } else { W::I32Sub });
                        f.push(Instr::Return);
                    });
                }
                f.get(dividend);
                f.get(divisor);
                f.op(match name {
                    "intDiv" => W::I32DivS,
                    "intRem" => W::I32RemS,
                    "intDivUnsigned" => W::I32DivU,
                    "intRemUnsigned" => W::I32RemU,
                    "longDiv" => W::I64DivS,
                    "longRem" => W::I64RemS,
                    "longDivUnsigned" => W::I64DivU,
                    _ => W::I64RemU,
                });
                f.finish(&mut self.module, id);
            }
            "throwArithmeticException" => {
                self.ensure_exception_tag();
                let class = well_known::arithmetic_exception();
                let mut f = FunctionBuilder::new(Vec::new(), Vec::new());
                let object_type = ValType::non_null(HeapType::Concrete(self.class_struct(class)));
                let exception = f.add_local("exception", object_type);
                self.push_new_object(&mut f, class)?;
                f.push(Instr::LocalTee(exception));
                let message: Vec<u16> = "/ by zero".encode_utf16().collect();
                self.push_string_literal(&mut f, &message);
                let ctor = kiln_link::runtime_methods::arithmetic_exception_constructor();
                f.push(Instr::Call(method_func_id(ctor)));
                f.get(exception);
                f.push(Instr::Throw(TagId::JavaException));
                f.finish(&mut self.module, id);
            }
            "identityHashCode" => {
                let object = well_known::object();
                let object_struct = self.class_struct(object);
                self.module.add_global(Global {
                    id: GlobalId::Helper("lastHash"),
                    ty: ValType::I32,
                    mutable: true,
                    init: vec![Instr::I32Const(0)],
                });
                let hash_field = u32::from(self.linked.has_vtables());
                let mut f = FunctionBuilder::new(vec![("value".into(), ValType::anyref())], vec![ValType::I32]);
                let value = f.param(0);
                let hash = f.add_local("hash", ValType::I32);
                let heap = HeapType::Concrete(object_struct.clone());
                f.get(value);
                f.push(Instr::RefTest { nullable: false, heap: heap.clone() });
                f.op(W::I32Eqz);
                f.if_then(|f| {
                    // FIXME: strings and other non-object values all hash to 0.
                    f.i32(0);
                    f.push(Instr::Return);
                });
                f.get(value);
                f.push(Instr::RefCast { nullable: false, heap: heap.clone() });
                f.push(Instr::StructGet { ty: object_struct.clone(), field: hash_field });
                f.set(hash);
                f.get(hash);
                f.op(W::I32Eqz);
                f.if_then(|f| {
                    // A xorshift sequence: well spread, never 0, and the same in every run.
                    f.push(Instr::GlobalGet(GlobalId::Helper("lastHash")));
                    f.i32(0x2545_F491);
                    f.op(W::I32Add);
                    f.set(hash);
                    for (shift, left) in [(13, true), (17, false), (5, true)] {
                        f.get(hash);
                        f.get(hash);
                        f.i32(shift);
                        f.op(if left { W::I32Shl } else { W::I32ShrU });
                        f.op(W::I32Xor);
                        f.set(hash);
                    }
                    f.get(hash);
                    f.push(Instr::GlobalSet(GlobalId::Helper("lastHash")));
                    f.get(value);
                    f.push(Instr::RefCast { nullable: false, heap: heap.clone() });
                    f.get(hash);
                    f.push(Instr::StructSet { ty: object_struct.clone(), field: hash_field });
                });
                f.get(hash);
                f.finish(&mut self.module, id);
            }
            "stringOrNull" => {
                // A nullable string in a concatenation: `null` reads "null".
                let mut f = FunctionBuilder::new(vec![("value".into(), ValType::anyref())], vec![string.clone()]);
                let value = f.param(0);
                let done = f.new_label();
                f.push(Instr::Block { label: done, ty: BlockType::Result(string.clone()) });
                f.get(value);
                f.push(Instr::BrOnCast {
                    label: done,
                    nullable_source: true,
                    source_heap: HeapType::Any,
                    heap: HeapType::Concrete(string_type),
                });
                f.push(Instr::Drop);
                let null_text: Vec<u16> = "null".encode_utf16().collect();
                self.push_string_literal(&mut f, &null_text);
                f.push(Instr::End);
                f.finish(&mut self.module, id);
            }
            "className" => {
                // The name in the value's type data.
                let type_data_of = self.request_helper("typeDataOf");
                let type_data = self.type_data_type();
                let mut f = FunctionBuilder::new(vec![("value".into(), ValType::anyref())], vec![string.clone()]);
                f.get(f.param(0));
                f.push(Instr::Call(type_data_of));
                f.push(Instr::StructGet { ty: type_data, field: crate::lower::type_data::TYPE_DATA_NAME });
                f.finish(&mut self.module, id);
            }
            "typeDataOf" => self.emit_type_data_of(id),
            "isArray" => {
                // Whether a value is an array of any kind the program has (emitted last, so it knows them all).
                let mut f = FunctionBuilder::new(vec![("value".into(), ValType::anyref())], vec![ValType::I32]);
                f.i32(0);
                for kind in self.array_kinds_in_module() {
                    f.get(f.param(0));
                    f.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(TypeId::ArrayObject(kind)) });
                    f.op(W::I32Or);
                }
                f.finish(&mut self.module, id);
            }
            "cloneObject" => self.emit_clone_object(id),
            "newArrayLike" => self.emit_new_array_like(id),
            "newArrayOfComponent" => self.emit_new_array_of_component(id),
            "arrayTypeOf" => self.emit_array_type_of(id),
            "checkArrayStore" => {
                // Null goes anywhere; any other value must be an instance of the array's element type.
                self.ensure_exception_tag();
                let object = self.array_object_type(ArrayKind::Reference);
                let type_data = self.type_data_type();
                let type_data_of = self.request_helper("typeDataOf");
                let assignable = self.request_helper("isAssignable");
                let params = vec![
                    ("array".to_string(), ValType::non_null(HeapType::Concrete(object.clone()))),
                    ("value".to_string(), ValType::anyref()),
                ];
                let mut f = FunctionBuilder::new(params, Vec::new());
                let component = f.add_local("component", ValType::non_null(HeapType::Concrete(type_data.clone())));
                let object_data = self.ensure_type_data(TypeRef::Class(well_known::object()));
                f.get(f.param(1));
                f.push(Instr::RefIsNull);
                f.if_then(|f| f.push(Instr::Return));
                f.get(f.param(0));
                f.push(Instr::StructGet { ty: object, field: self.array_type_field() });
                f.push(Instr::StructGet { ty: type_data, field: crate::lower::type_data::TYPE_DATA_COMPONENT });
                f.push(Instr::RefAsNonNull);
                f.push(Instr::LocalTee(component));
                // An `Object[]` (the backing array of every collection) takes anything, and finding the
                // value's type data would cast it to `java.lang.Object`'s struct: Wasmtime checks a cast
                // to a type with subtypes by a call into the runtime whenever the types differ.
                f.push(Instr::GlobalGet(object_data));
                f.push(Instr::RefEq);
                f.if_then(|f| f.push(Instr::Return));
                f.get(component);
                f.get(f.param(1));
                f.push(Instr::Call(type_data_of));
                f.push(Instr::Call(assignable));
                f.if_then(|f| f.push(Instr::Return));
                f.get(f.param(1));
                let maker = kiln_link::summary::exception_maker(kiln_link::summary::ARRAY_STORE);
                f.push(Instr::Call(method_func_id(maker)));
                f.push(Instr::Throw(TagId::JavaException));
                f.finish(&mut self.module, id);
            }
            "throwNullPointer"
            | "throwNullPointerMessage"
            | "throwArrayIndexOutOfBounds"
            | "throwClassCast"
            | "throwStackOverflow" => {
                // The throw of a failed check, out of line: see `throw_helper` for why.
                self.ensure_exception_tag();
                let maker = Self::throw_helper_maker(name);
                let (params, _) = self.method_signature(maker);
                let count = params.len() as u32;
                let named = params.into_iter().enumerate().map(|(index, ty)| (format!("p{index}"), ty)).collect();
                let mut f = FunctionBuilder::new(named, Vec::new());
                for index in 0..count {
                    f.get(f.param(index));
                }
                f.push(Instr::Call(method_func_id(maker)));
                f.push(Instr::Throw(TagId::JavaException));
                f.finish(&mut self.module, id);
            }
            "isAssignable" => self.emit_is_assignable(id),
            "writeString" => self.emit_write_string()?,
            "arraycopy" => self.emit_arraycopy()?,
            "checkArraySize" | "checkedCharAt" => {
                self.ensure_exception_tag();
                let (maker, params, results): (&str, Vec<(String, ValType)>, Vec<ValType>) = match name {
                    "checkArraySize" => {
                        (kiln_link::summary::NEGATIVE_ARRAY_SIZE, vec![("size".into(), ValType::I32)], vec![ValType::I32])
                    }
                    _ => (
                        kiln_link::summary::STRING_INDEX_OUT_OF_BOUNDS,
                        vec![("text".into(), string.clone()), ("index".into(), ValType::I32)],
                        vec![ValType::I32],
                    ),
                };
                let maker = method_func_id(kiln_link::summary::exception_maker(maker));
                let mut f = FunctionBuilder::new(params, results);
                match name {
                    "checkArraySize" => {
                        f.get(f.param(0));
                        f.i32(0);
                        f.op(W::I32LtS);
                        f.if_then(|f| {
                            f.get(f.param(0));
                            f.push(Instr::Call(maker.clone()));
                            f.push(Instr::Throw(TagId::JavaException));
                        });
                        f.get(f.param(0));
                    }
                    _ => {
                        f.get(f.param(1));
                        f.get(f.param(0));
                        f.push(Instr::ArrayLen);
                        f.op(W::I32GeU);
                        f.if_then(|f| {
                            f.get(f.param(1));
                            f.push(Instr::Call(maker.clone()));
                            f.push(Instr::Throw(TagId::JavaException));
                        });
                        f.get(f.param(0));
                        f.get(f.param(1));
                        f.push(Instr::ArrayGetU(string_type.clone()));
                    }
                }
                f.finish(&mut self.module, id);
            }
            "allocate" => {
                // A bump allocator over linear memory, growing it as needed; nothing is ever freed
                // (it serves data that lives as long as the program, such as its arguments).
                self.ensure_memory();
                self.module.add_global(Global {
                    id: GlobalId::Helper("heapTop"),
                    ty: ValType::I32,
                    mutable: true,
                    init: vec![Instr::I32Const(HEAP_START)],
                });
                let mut f =
                    FunctionBuilder::new(vec![("size".into(), ValType::I32), ("align".into(), ValType::I32)], vec![ValType::I32]);
                let (size, align) = (f.param(0), f.param(1));
                let pointer = f.add_local("pointer", ValType::I32);
                let end = f.add_local("end", ValType::I32);
                // pointer = (heapTop + align - 1) & -align
                f.push(Instr::GlobalGet(GlobalId::Helper("heapTop")));
                f.get(align);
                f.op(W::I32Add);
                f.i32(1);
                f.op(W::I32Sub);
                f.i32(0);
                f.get(align);
                f.op(W::I32Sub);
                f.op(W::I32And);
                f.set(pointer);
                f.get(pointer);
                f.get(size);
                f.op(W::I32Add);
                f.set(end);
                f.get(end);
                f.op(W::MemorySize(0));
                f.i32(16);
                f.op(W::I32Shl);
                f.op(W::I32GtU);
                f.if_then(|f| {
                    f.get(end);
                    f.op(W::MemorySize(0));
                    f.i32(16);
                    f.op(W::I32Shl);
                    f.op(W::I32Sub);
                    f.i32(0xFFFF);
                    f.op(W::I32Add);
                    f.i32(16);
                    f.op(W::I32ShrU);
                    f.op(W::MemoryGrow(0));
                    f.i32(-1);
                    f.op(W::I32Eq);
                    f.if_then(|f| f.push(Instr::Unreachable));
                });
                f.get(end);
                f.push(Instr::GlobalSet(GlobalId::Helper("heapTop")));
                f.get(pointer);
                f.finish(&mut self.module, id);
            }
            "programArguments" => {
                // main's String[]: the host's arguments, less the program name, copied into strings.
                let allocate = self.request_helper("allocate");
                let host_arguments = self.host.define_arguments(&mut self.module, allocate);
                let kind = ArrayKind::Reference;
                let array_object = self.array_object_type(kind);
                let array_data = self.array_data_type(kind);
                let mut f = FunctionBuilder::new(Vec::new(), vec![ValType::non_null(HeapType::Concrete(array_object.clone()))]);
                let pairs = f.add_local("pairs", ValType::I32);
                let count = f.add_local("count", ValType::I32);
                let index = f.add_local("index", ValType::I32);
                let source = f.add_local("source", ValType::I32);
                let length = f.add_local("length", ValType::I32);
                let unit = f.add_local("unit", ValType::I32);
                let text = f.add_local("text", string.clone());
                let data = f.add_local("data", ValType::non_null(HeapType::Concrete(array_data.clone())));
                f.push(Instr::Call(host_arguments));
                f.set(count);
                f.set(pairs);
                // data = new array of max(count - 1, 0)
                f.get(count);
                f.i32(1);
                f.op(W::I32Sub);
                f.i32(0);
                f.get(count);
                f.i32(1);
                f.op(W::I32GeS);
                f.push(Instr::Select);
                f.push(Instr::ArrayNewDefault(array_data.clone()));
                f.set(data);
                f.count_up(index, 1, count, |f| {
                    f.get(pairs);
                    f.get(index);
                    f.i32(3);
                    f.op(W::I32Shl);
                    f.op(W::I32Add);
                    f.set(source);
                    f.get(source);
                    f.op(W::I32Load(memory(4, 2)));
                    f.set(length);
                    f.get(source);
                    f.op(W::I32Load(memory(0, 2)));
                    f.set(source);
                    f.get(length);
                    f.push(Instr::ArrayNewDefault(string_type.clone()));
                    f.set(text);
                    crate::lower::component::copy_units_from_memory(f, text, source, length, unit, string_type.clone());
                    f.get(data);
                    f.get(index);
                    f.i32(1);
                    f.op(W::I32Sub);
                    f.get(text);
                    f.push(Instr::ArraySet(array_data.clone()));
                });
                if self.linked.has_vtables() {
                    self.ensure_vtable_global(well_known::object());
                    f.push(Instr::GlobalGet(GlobalId::VTable(well_known::object())));
                }
                if self.linked.features.identity_hash {
                    f.i32(0);
                }
                f.get(data);
                let strings =
                    kiln_ir::types::ArrayTypeRef { base: kiln_ir::types::ArrayBase::Class(well_known::string()), dimensions: 1 };
                self.push_array_type_field(&mut f, strings);
                f.push(Instr::StructNew(array_object));
                f.finish(&mut self.module, id);
            }
            other => return Err(EmitError::Internal(format!("unknown helper {other}"))),
        }
        Ok(())
    }

    /// `System.arraycopy`: both arrays of one kind, positions and length in bounds, then one `array.copy`
    /// (which handles overlapping ranges as Java requires).
    fn emit_arraycopy(&mut self) -> Result<(), EmitError> {
        use kiln_link::summary::{ARRAYCOPY_MISMATCH, NULL_POINTER, exception_maker};
        self.ensure_exception_tag();
        let mut f = FunctionBuilder::new(
            vec![
                ("source".into(), ValType::anyref()),
                ("sourcePosition".into(), ValType::I32),
                ("destination".into(), ValType::anyref()),
                ("destinationPosition".into(), ValType::I32),
                ("length".into(), ValType::I32),
            ],
            Vec::new(),
        );
        let (source, source_position, destination, destination_position, length) =
            (f.param(0), f.param(1), f.param(2), f.param(3), f.param(4));
        f.get(source);
        f.push(Instr::RefIsNull);
        f.get(destination);
        f.push(Instr::RefIsNull);
        f.op(W::I32Or);
        f.if_then(|f| {
            f.push(Instr::Call(method_func_id(exception_maker(NULL_POINTER))));
            f.push(Instr::Throw(TagId::JavaException));
        });
        let kinds: Vec<(ArrayKind, &str)> = [
            (ArrayKind::Boolean, "boolean"),
            (ArrayKind::Char, "char"),
            (ArrayKind::Byte, "byte"),
            (ArrayKind::Short, "short"),
            (ArrayKind::Int, "int"),
            (ArrayKind::Long, "long"),
            (ArrayKind::Float, "float"),
            (ArrayKind::Double, "double"),
            (ArrayKind::Reference, "object array"),
        ]
        .into_iter()
        .chain(self.element_typed_array_kinds().into_iter().map(|kind| (kind, "object array")))
        .collect();
        for (kind, name) in kinds {
            if !self.module.has_type(&TypeId::ArrayObject(kind)) {
                continue;
            }
            let object = TypeId::ArrayObject(kind);
            let data = self.array_data_type(kind);
            let field = self.first_field_index();
            let local_name = match kind {
                ArrayKind::Class(_) | ArrayKind::Rows(_) => kind.name(),
                _ => name.to_string(),
            };
            let source_data = f.add_local(format!("source.{local_name}"), ValType::non_null(HeapType::Concrete(data.clone())));
            let destination_data =
                f.add_local(format!("destination.{local_name}"), ValType::non_null(HeapType::Concrete(data.clone())));
            let heap = HeapType::Concrete(object.clone());
            f.get(source);
            f.push(Instr::RefTest { nullable: false, heap: heap.clone() });
            f.get(destination);
            f.push(Instr::RefTest { nullable: false, heap: heap.clone() });
            f.op(W::I32And);
            let kind_name: Vec<u16> = name.encode_utf16().collect();
            let label = f.new_label();
            f.push(Instr::If { label, ty: BlockType::Empty });
            for (from, into) in [(source, source_data), (destination, destination_data)] {
                f.get(from);
                f.push(Instr::RefCast { nullable: false, heap: heap.clone() });
                f.push(Instr::StructGet { ty: object.clone(), field });
                f.set(into);
            }
            self.push_arraycopy_bounds_check(
                &mut f,
                &kind_name,
                &|f| {
                    f.get(source_data);
                    f.push(Instr::ArrayLen);
                },
                &|f| {
                    f.get(destination_data);
                    f.push(Instr::ArrayLen);
                },
            );
            if kind == ArrayKind::Reference {
                self.push_arraycopy_store_checks(&mut f, source_data, destination_data, &data);
            }
            f.get(destination_data);
            f.get(destination_position);
            f.get(source_data);
            f.get(source_position);
            f.get(length);
            f.push(Instr::ArrayCopy { destination: data.clone(), source: data });
            f.push(Instr::Return);
            f.push(Instr::End);
        }
        self.push_arraycopy_between_reference_kinds(&mut f);
        f.get(source);
        f.get(destination);
        f.push(Instr::Call(method_func_id(exception_maker(ARRAYCOPY_MISMATCH))));
        f.push(Instr::Throw(TagId::JavaException));
        f.finish(&mut self.module, FuncId::Helper("arraycopy"));
        Ok(())
    }

    /// `System.arraycopy`'s bounds check, with the JVM's message: out of bounds when a position or the
    /// length is negative, or the length exceeds the room after a position. `kind_name` names the arrays'
    /// kind in the message; the two closures push each array's length.
    fn push_arraycopy_bounds_check(
        &mut self,
        f: &mut FunctionBuilder,
        kind_name: &[u16],
        source_length: &dyn Fn(&mut FunctionBuilder),
        destination_length: &dyn Fn(&mut FunctionBuilder),
    ) {
        use kiln_link::summary::{ARRAYCOPY_OUT_OF_BOUNDS, exception_maker};
        let (source_position, destination_position, length) = (f.param(1), f.param(3), f.param(4));
        f.get(source_position);
        f.get(destination_position);
        f.op(W::I32Or);
        f.get(length);
        f.op(W::I32Or);
        f.i32(0);
        f.op(W::I32LtS);
        for (array_length, position) in [(source_length, source_position), (destination_length, destination_position)] {
            f.get(length);
            array_length(f);
            f.get(position);
            f.op(W::I32Sub);
            f.op(W::I32GtS);
            f.op(W::I32Or);
        }
        f.if_then(|f| {
            self.push_string_literal(f, kind_name);
            for local in [source_position, destination_position, length] {
                f.get(local);
            }
            source_length(f);
            destination_length(f);
            f.push(Instr::Call(method_func_id(exception_maker(ARRAYCOPY_OUT_OF_BOUNDS))));
            f.push(Instr::Throw(TagId::JavaException));
        });
    }

    /// The store checks of a copy between two arrays of the generic reference kind, which may be of
    /// different Java types (`Shape[]` into `Circle[]`). As on the JVM: a copy within one array, or from
    /// an array whose element type the destination's admits, needs no check and falls through to the
    /// one `array.copy`; any other copy goes element by element, and the first element that is neither
    /// null nor an instance of the destination's element type stops it, the elements before it copied,
    /// with `ArrayStoreException`. Its message says "element type mismatch" when the destination's
    /// element type is a subtype of the source's (some elements could have been stored), and "type
    /// mismatch" when the two are unrelated.
    fn push_arraycopy_store_checks(
        &mut self,
        f: &mut FunctionBuilder,
        source_data: LocalId,
        destination_data: LocalId,
        data: &TypeId,
    ) {
        use crate::lower::type_data::TYPE_DATA_COMPONENT;
        use kiln_link::summary::{ARRAYCOPY_ELEMENT_MISMATCH, ARRAYCOPY_REFERENCE_MISMATCH, exception_maker};
        let (source, source_position, destination, destination_position, length) =
            (f.param(0), f.param(1), f.param(2), f.param(3), f.param(4));
        let object = TypeId::ArrayObject(ArrayKind::Reference);
        let type_data = self.type_data_type();
        let type_data_of = self.request_helper("typeDataOf");
        let assignable = self.request_helper("isAssignable");
        let object_data = self.ensure_type_data(TypeRef::Class(well_known::object()));
        let array_type_field = self.array_type_field();
        let component_type = ValType::non_null(HeapType::Concrete(type_data.clone()));
        let source_component = f.add_local("source.component", component_type.clone());
        let destination_component = f.add_local("destination.component", component_type);
        let element = f.add_local("element", ValType::anyref());
        let index = f.add_local("element.index", ValType::I32);
        for (array, component) in [(source, source_component), (destination, destination_component)] {
            f.get(array);
            f.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(object.clone()) });
            f.push(Instr::StructGet { ty: object.clone(), field: array_type_field });
            f.push(Instr::StructGet { ty: type_data.clone(), field: TYPE_DATA_COMPONENT });
            f.push(Instr::RefAsNonNull);
            f.set(component);
        }
        // Unchecked: the same array, a destination of `Object[]`, or a source whose element type the
        // destination's admits (`isAssignable` answers the same type at once).
        f.get(source_data);
        f.get(destination_data);
        f.push(Instr::RefEq);
        f.get(destination_component);
        f.push(Instr::GlobalGet(object_data));
        f.push(Instr::RefEq);
        f.op(W::I32Or);
        f.op(W::I32Eqz);
        f.if_then(|f| {
            f.get(destination_component);
            f.get(source_component);
            f.push(Instr::Call(assignable.clone()));
            f.op(W::I32Eqz);
            f.if_then(|f| {
                f.count_up(index, 0, length, |f| {
                    f.get(source_data);
                    f.get(source_position);
                    f.get(index);
                    f.op(W::I32Add);
                    f.push(Instr::ArrayGet(data.clone()));
                    f.set(element);
                    f.get(element);
                    f.push(Instr::RefIsNull);
                    f.op(W::I32Eqz);
                    f.if_then(|f| {
                        f.get(destination_component);
                        f.get(element);
                        f.push(Instr::Call(type_data_of.clone()));
                        f.push(Instr::Call(assignable.clone()));
                        f.op(W::I32Eqz);
                        f.if_then(|f| {
                            // Element mismatch when the destination's element type is the source's or below it.
                            f.get(source_component);
                            f.get(destination_component);
                            f.push(Instr::Call(assignable.clone()));
                            let maker = |f: &mut FunctionBuilder, name: &str| {
                                f.get(source);
                                f.get(destination);
                                f.push(Instr::Call(method_func_id(exception_maker(name))));
                                f.push(Instr::Throw(TagId::JavaException));
                            };
                            f.if_then_else(|f| maker(f, ARRAYCOPY_ELEMENT_MISMATCH), |f| maker(f, ARRAYCOPY_REFERENCE_MISMATCH));
                        });
                    });
                    f.get(destination_data);
                    f.get(destination_position);
                    f.get(index);
                    f.op(W::I32Add);
                    f.get(element);
                    f.push(Instr::ArraySet(data.clone()));
                });
                f.push(Instr::Return);
            });
        });
    }

    /// The part of `System.arraycopy` for two reference arrays of different kinds: an element-typed class
    /// array (`kiln_link::typed_arrays`) and an array of another, unrelated, type. No element other than
    /// null belongs to both, so, as in Java, the copy goes element by element, copying nulls, until it
    /// meets another value, and then throws `ArrayStoreException`. Nothing is emitted when the program
    /// has no two reference kinds.
    fn push_arraycopy_between_reference_kinds(&mut self, f: &mut FunctionBuilder) {
        use kiln_link::summary::{ARRAYCOPY_REFERENCE_MISMATCH, exception_maker};
        let kinds: Vec<ArrayKind> = std::iter::once(ArrayKind::Reference)
            .chain(self.element_typed_array_kinds())
            .filter(|kind| self.module.has_type(&TypeId::ArrayObject(*kind)))
            .collect();
        if kinds.len() < 2 {
            return;
        }
        let (source, source_position, destination, destination_position, length) =
            (f.param(0), f.param(1), f.param(2), f.param(3), f.param(4));
        let field = self.first_field_index();
        let types: Vec<(TypeId, TypeId)> =
            kinds.iter().map(|kind| (TypeId::ArrayObject(*kind), self.array_data_type(*kind))).collect();
        // For each reference kind: if `array` is of it, its data array on the stack, then `then`.
        let with_data = |f: &mut FunctionBuilder, array: LocalId, then: &dyn Fn(&mut FunctionBuilder, &TypeId)| {
            for (object, data) in &types {
                f.get(array);
                f.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(object.clone()) });
                f.if_then(|f| {
                    f.get(array);
                    f.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(object.clone()) });
                    f.push(Instr::StructGet { ty: object.clone(), field });
                    then(f, data);
                });
            }
        };
        let source_length = f.add_local("source.references", ValType::I32);
        let destination_length = f.add_local("destination.references", ValType::I32);
        let index = f.add_local("index", ValType::I32);
        // Each length, or -1 when the array holds primitives.
        for (array, array_length) in [(source, source_length), (destination, destination_length)] {
            f.i32(-1);
            f.set(array_length);
            with_data(f, array, &|f, _| {
                f.push(Instr::ArrayLen);
                f.set(array_length);
            });
        }
        // Both are reference arrays when neither length is negative: their sign bits are both clear.
        f.get(source_length);
        f.get(destination_length);
        f.op(W::I32Or);
        f.i32(0);
        f.op(W::I32GeS);
        let both_references = f.new_label();
        f.push(Instr::If { label: both_references, ty: BlockType::Empty });
        let kind_name: Vec<u16> = "object array".encode_utf16().collect();
        self.push_arraycopy_bounds_check(f, &kind_name, &|f| f.get(source_length), &|f| f.get(destination_length));
        f.count_up(index, 0, length, |f| {
            // A source element other than null cannot be stored.
            with_data(f, source, &|f, data| {
                f.get(source_position);
                f.get(index);
                f.op(W::I32Add);
                f.push(Instr::ArrayGet(data.clone()));
                f.push(Instr::RefIsNull);
                f.op(W::I32Eqz);
                f.if_then(|f| {
                    f.get(source);
                    f.get(destination);
                    f.push(Instr::Call(method_func_id(exception_maker(ARRAYCOPY_REFERENCE_MISMATCH))));
                    f.push(Instr::Throw(TagId::JavaException));
                });
            });
            with_data(f, destination, &|f, data| {
                f.get(destination_position);
                f.get(index);
                f.op(W::I32Add);
                f.push(Instr::RefNull(HeapType::None));
                f.push(Instr::ArraySet(data.clone()));
            });
        });
        f.push(Instr::Return);
        f.push(Instr::End);
    }

    /// `writeString(fd, s)`: encodes `s` as UTF-8 (a lone surrogate becomes `?`, as Java's encoder does)
    /// into the write buffer, handing the buffer to the host whenever it fills up.
    fn emit_write_string(&mut self) -> Result<(), EmitError> {
        let string = self.string_value_type();
        let string_type = self.string_type();
        self.ensure_memory();
        let writers: Vec<(i32, FuncId)> =
            self.written_fds.clone().into_iter().map(|fd| (fd, self.host.define_write(&mut self.module, fd))).collect();
        // Hands `buffer[0..position]` to the writer of `fd` (only the descriptors in use have one).
        let flush = |f: &mut FunctionBuilder, fd: LocalId, position: LocalId| {
            for (index, (number, writer)) in writers.iter().enumerate() {
                let last = index + 1 == writers.len();
                if !last {
                    f.get(fd);
                    f.i32(*number);
                    f.op(W::I32Eq);
                    let label = f.new_label();
                    f.push(Instr::If { label, ty: BlockType::Empty });
                }
                f.i32(0);
                f.get(position);
                f.push(Instr::Call(writer.clone()));
                if !last {
                    f.push(Instr::Else);
                }
            }
            for _ in 1..writers.len() {
                f.push(Instr::End);
            }
        };
        let mut f = FunctionBuilder::new(vec![("fd".into(), ValType::I32), ("text".into(), string)], Vec::new());
        let (fd, text) = (f.param(0), f.param(1));
        let index = f.add_local("index", ValType::I32);
        let length = f.add_local("length", ValType::I32);
        let position = f.add_local("position", ValType::I32);
        let unit = f.add_local("unit", ValType::I32);
        let next = f.add_local("next", ValType::I32);
        f.get(text);
        f.push(Instr::ArrayLen);
        f.set(length);
        let store = |f: &mut FunctionBuilder, offset: u64, value: &dyn Fn(&mut FunctionBuilder)| {
            f.get(position);
            value(f);
            f.push(Instr::I32Store8 { offset });
        };
        let advance = |f: &mut FunctionBuilder, count: i32| {
            f.get(position);
            f.i32(count);
            f.op(W::I32Add);
            f.set(position);
        };
        let continuation = |f: &mut FunctionBuilder, source: LocalId, shift: i32| {
            f.get(source);
            if shift > 0 {
                f.i32(shift);
                f.op(W::I32ShrU);
            }
            f.i32(0x3F);
            f.op(W::I32And);
            f.i32(0x80);
            f.op(W::I32Or);
        };
        let loop_label = f.new_label();
        f.push(Instr::Loop { label: loop_label, ty: BlockType::Empty });
        f.get(index);
        f.get(length);
        f.op(W::I32LtU);
        f.if_then(|f| {
            f.get(text);
            f.get(index);
            f.push(Instr::ArrayGetU(string_type.clone()));
            f.set(unit);
            f.get(index);
            f.i32(1);
            f.op(W::I32Add);
            f.set(index);
            f.get(unit);
            f.i32(0x80);
            f.op(W::I32LtU);
            f.if_then_else(
                |f| {
                    store(f, 0, &|f| f.get(unit));
                    advance(f, 1);
                },
                |f| {
                    f.get(unit);
                    f.i32(0x800);
                    f.op(W::I32LtU);
                    f.if_then_else(
                        |f| {
                            store(f, 0, &|f| {
                                f.get(unit);
                                f.i32(6);
                                f.op(W::I32ShrU);
                                f.i32(0xC0);
                                f.op(W::I32Or);
                            });
                            store(f, 1, &|f| continuation(f, unit, 0));
                            advance(f, 2);
                        },
                        |f| {
                            // A high surrogate followed by a low one: one four-byte sequence.
                            f.get(unit);
                            f.i32(0xFC00);
                            f.op(W::I32And);
                            f.i32(0xD800);
                            f.op(W::I32Eq);
                            f.get(index);
                            f.get(length);
                            f.op(W::I32LtU);
                            f.op(W::I32And);
                            f.if_then(|f| {
                                f.get(text);
                                f.get(index);
                                f.push(Instr::ArrayGetU(string_type.clone()));
                                f.set(next);
                            });
                            f.get(unit);
                            f.i32(0xFC00);
                            f.op(W::I32And);
                            f.i32(0xD800);
                            f.op(W::I32Eq);
                            f.get(next);
                            f.i32(0xFC00);
                            f.op(W::I32And);
                            f.i32(0xDC00);
                            f.op(W::I32Eq);
                            f.op(W::I32And);
                            f.if_then_else(
                                |f| {
                                    // code point = 0x10000 + ((unit - 0xD800) << 10) + (next - 0xDC00)
                                    f.get(unit);
                                    f.i32(0xD800);
                                    f.op(W::I32Sub);
                                    f.i32(10);
                                    f.op(W::I32Shl);
                                    f.get(next);
                                    f.i32(0xDC00);
                                    f.op(W::I32Sub);
                                    f.op(W::I32Add);
                                    f.i32(0x10000);
                                    f.op(W::I32Add);
                                    f.set(unit);
                                    f.get(index);
                                    f.i32(1);
                                    f.op(W::I32Add);
                                    f.set(index);
                                    store(f, 0, &|f| {
                                        f.get(unit);
                                        f.i32(18);
                                        f.op(W::I32ShrU);
                                        f.i32(0xF0);
                                        f.op(W::I32Or);
                                    });
                                    store(f, 1, &|f| continuation(f, unit, 12));
                                    store(f, 2, &|f| continuation(f, unit, 6));
                                    store(f, 3, &|f| continuation(f, unit, 0));
                                    advance(f, 4);
                                },
                                |f| {
                                    f.get(unit);
                                    f.i32(0xF800);
                                    f.op(W::I32And);
                                    f.i32(0xD800);
                                    f.op(W::I32Eq);
                                    f.if_then_else(
                                        |f| {
                                            store(f, 0, &|f| f.i32(i32::from(b'?')));
                                            advance(f, 1);
                                        },
                                        |f| {
                                            store(f, 0, &|f| {
                                                f.get(unit);
                                                f.i32(12);
                                                f.op(W::I32ShrU);
                                                f.i32(0xE0);
                                                f.op(W::I32Or);
                                            });
                                            store(f, 1, &|f| continuation(f, unit, 6));
                                            store(f, 2, &|f| continuation(f, unit, 0));
                                            advance(f, 3);
                                        },
                                    );
                                },
                            );
                        },
                    );
                },
            );
            // Leave room for one more four-byte sequence.
            f.get(position);
            f.i32(WRITE_BUFFER_SIZE - 4);
            f.op(W::I32GeU);
            f.if_then(|f| {
                flush(f, fd, position);
                f.i32(0);
                f.set(position);
            });
            f.push(Instr::Br(loop_label));
        });
        f.push(Instr::End);
        f.get(position);
        f.if_then(|f| flush(f, fd, position));
        f.finish(&mut self.module, FuncId::Helper("writeString"));
        Ok(())
    }

    /// The bodies of the runtime library's `<intrinsic>` methods.
    pub(crate) fn emit_intrinsic(&mut self, key: MethodKey) -> Result<(), EmitError> {
        let (params, results) = self.method_signature(key);
        let names = (0..params.len()).map(|index| format!("p{index}"));
        let mut f = FunctionBuilder::new(names.zip(params).collect(), results);
        let string_type = self.string_type();
        let string_heap = HeapType::Concrete(string_type.clone());
        if self.emit_memory_intrinsic(key, &mut f) {
            f.finish(&mut self.module, method_func_id(key));
            return Ok(());
        }
        match (key.class.as_str(), key.method.as_str()) {
            ("kiln.runtime.Intrinsics", "writeStdout;Ljava.lang.String;V" | "writeStderr;Ljava.lang.String;V") => {
                let fd = if key.method.simple() == "writeStdout" { 1 } else { 2 };
                self.written_fds.insert(fd);
                let helper = self.request_helper("writeString");
                f.i32(fd);
                f.get(f.param(0));
                f.push(Instr::RefCast { nullable: false, heap: string_heap });
                f.push(Instr::Call(helper));
            }
            ("kiln.runtime.Intrinsics", "sameText;Ljava.lang.String;Ljava.lang.String;Z") => {
                let helper = self.request_helper("stringEquals");
                for index in 0..2 {
                    f.get(f.param(index));
                    f.push(Instr::RefCast { nullable: false, heap: string_heap.clone() });
                }
                f.push(Instr::Call(helper));
            }
            ("kiln.runtime.Intrinsics", "internedLiteral;Ljava.lang.String;Ljava.lang.String") => {
                // A helper emitted last, when every literal has its global.
                let helper = self.request_helper("internedLiteral");
                f.get(f.param(0));
                f.push(Instr::RefCast { nullable: true, heap: string_heap });
                f.push(Instr::Call(helper));
            }
            ("kiln.runtime.Intrinsics", "sqrt;D;D" | "floor;D;D" | "ceil;D;D" | "rint;D;D") => {
                f.get(f.param(0));
                f.op(match key.method.simple() {
                    "sqrt" => W::F64Sqrt,
                    "floor" => W::F64Floor,
                    "rint" => W::F64Nearest,
                    _ => W::F64Ceil,
                });
            }
            ("kiln.runtime.Intrinsics", "arraycopy;Ljava.lang.Object;I;Ljava.lang.Object;I;I;V") => {
                // A helper emitted last, when the array kinds in use are known.
                let helper = self.request_helper("arraycopy");
                for index in 0..5 {
                    f.get(f.param(index));
                }
                f.push(Instr::Call(helper));
            }
            ("kiln.runtime.Intrinsics", "nanoTime;J" | "currentTimeMillis;J") => {
                self.ensure_memory();
                let wall = key.method.simple() == "currentTimeMillis";
                let clock = self.host.define_clock(&mut self.module, wall);
                f.push(Instr::Call(clock));
                if wall {
                    f.push(Instr::I64Const(1_000_000));
                    f.op(W::I64DivU);
                }
            }
            ("kiln.runtime.Intrinsics", "exit;I;V") => {
                // Like a process, the status is taken modulo 256.
                let exit = self.host.define_exit(&mut self.module);
                f.get(f.param(0));
                f.i32(255);
                f.op(W::I32And);
                f.push(Instr::Call(exit));
                f.push(Instr::Unreachable);
            }
            ("kiln.runtime.Intrinsics", "charsToString;[C;I;I;Ljava.lang.String") => {
                let kind = ArrayKind::Char;
                let object = self.array_object_type(kind);
                let result = f.add_local("result", ValType::non_null(string_heap));
                f.get(f.param(2));
                f.push(Instr::ArrayNewDefault(string_type.clone()));
                f.set(result);
                f.get(result);
                f.i32(0);
                f.get(f.param(0));
                f.push(Instr::StructGet { ty: object, field: self.first_field_index() });
                f.get(f.param(1));
                f.get(f.param(2));
                f.push(Instr::ArrayCopy { destination: string_type.clone(), source: string_type });
                f.get(result);
            }
            ("kiln.runtime.Intrinsics", "copyChars;[C;I;[C;I;I;V") => {
                // The library's own copies within and between builders' char arrays, whose ranges it has
                // checked: one `array.copy`, without `System.arraycopy`'s checks and exceptions.
                let object = self.array_object_type(ArrayKind::Char);
                let data = self.array_data_type(ArrayKind::Char);
                let field = self.first_field_index();
                f.get(f.param(2));
                f.push(Instr::StructGet { ty: object.clone(), field });
                f.get(f.param(3));
                f.get(f.param(0));
                f.push(Instr::StructGet { ty: object, field });
                f.get(f.param(1));
                f.get(f.param(4));
                f.push(Instr::ArrayCopy { destination: data.clone(), source: data });
            }
            ("kiln.runtime.Intrinsics", "className;Ljava.lang.Object;Ljava.lang.String") => {
                // The body is a helper emitted after everything else, when the array types in use are known.
                let helper = self.request_helper("className");
                f.get(f.param(0));
                f.push(Instr::Call(helper));
            }
            ("kiln.runtime.Intrinsics", "newArrayLike;Ljava.lang.Object;I;Ljava.lang.Object") => {
                // `Collection.toArray(T[])`'s new array: the run-time type of the given one, another length.
                let helper = self.request_helper("newArrayLike");
                f.get(f.param(0));
                f.push(Instr::RefAsNonNull);
                f.get(f.param(1));
                f.push(Instr::Call(helper));
            }
            ("kiln.runtime.Intrinsics", "enumConstants;Ljava.lang.Object;Ljava.lang.Object") => {
                // The `values()` of the enum class whose type data this is, or null: one identity test per
                // enum class of the program (the linker keeps every enum's `values()` where this is reached).
                let enums: Vec<kiln_link::MethodKey> = self
                    .linked
                    .program
                    .classes
                    .iter()
                    .filter_map(|class| kiln_link::enum_values_method(&self.linked.table, &self.linked.program, class.name))
                    .filter(|key| self.linked.reachable.contains(key))
                    .collect();
                let data = f.add_local("data", ValType::Ref { nullable: true, heap: HeapType::Eq });
                f.get(f.param(0));
                f.push(Instr::RefCast { nullable: true, heap: HeapType::Eq });
                f.set(data);
                for key in enums {
                    let type_data = self.ensure_type_data(TypeRef::Class(key.class));
                    f.get(data);
                    f.push(Instr::GlobalGet(type_data));
                    f.push(Instr::RefEq);
                    f.if_then(|f| {
                        // `values()` is a use of the class, as on the JVM: a lazily initialized one runs first.
                        self.push_class_initialization(f, key.class);
                        f.push(Instr::Call(method_func_id(key)));
                        f.push(Instr::Return);
                    });
                }
                f.push(Instr::RefNull(HeapType::None));
            }
            ("kiln.runtime.Intrinsics", "newArrayOfComponent;Ljava.lang.Object;I;Ljava.lang.Object") => {
                let helper = self.request_helper("newArrayOfComponent");
                let type_data = HeapType::Concrete(self.type_data_type());
                f.get(f.param(0));
                f.push(Instr::RefCast { nullable: false, heap: type_data });
                f.get(f.param(1));
                f.push(Instr::Call(helper));
            }
            ("kiln.runtime.Intrinsics", "typeArrayOf;Ljava.lang.Object;Ljava.lang.Object") => {
                let helper = self.request_helper("arrayTypeOf");
                let type_data = HeapType::Concrete(self.type_data_type());
                f.get(f.param(0));
                f.push(Instr::RefCast { nullable: false, heap: type_data });
                f.push(Instr::Call(helper));
            }
            ("kiln.runtime.Intrinsics", "typeDataOf;Ljava.lang.Object;Ljava.lang.Object") => {
                let helper = self.request_helper("typeDataOf");
                f.get(f.param(0));
                f.push(Instr::RefAsNonNull);
                f.push(Instr::Call(helper));
            }
            ("kiln.runtime.Intrinsics", "typeAssignable;Ljava.lang.Object;Ljava.lang.Object;Z") => {
                let helper = self.request_helper("isAssignable");
                let type_data = HeapType::Concrete(self.type_data_type());
                for index in 0..2 {
                    f.get(f.param(index));
                    f.push(Instr::RefCast { nullable: false, heap: type_data.clone() });
                }
                f.push(Instr::Call(helper));
            }
            (
                "kiln.runtime.Intrinsics",
                "typeName;Ljava.lang.Object;Ljava.lang.String"
                | "typeKind;Ljava.lang.Object;I"
                | "typeSuperclass;Ljava.lang.Object;Ljava.lang.Object"
                | "typeComponent;Ljava.lang.Object;Ljava.lang.Object"
                | "typeClass;Ljava.lang.Object;Ljava.lang.Object"
                | "setTypeClass;Ljava.lang.Object;Ljava.lang.Object;V",
            ) => {
                // Reads (or, for the cached Class object, writes) one field of a type data struct.
                use crate::lower::type_data::*;
                let field = match key.method.simple() {
                    "typeName" => TYPE_DATA_NAME,
                    "typeKind" => TYPE_DATA_KIND,
                    "typeSuperclass" => TYPE_DATA_SUPERCLASS,
                    "typeComponent" => TYPE_DATA_COMPONENT,
                    _ => TYPE_DATA_CLASS,
                };
                let type_data = self.type_data_type();
                f.get(f.param(0));
                f.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(type_data.clone()) });
                if key.method.simple() == "setTypeClass" {
                    f.get(f.param(1));
                    f.push(Instr::StructSet { ty: type_data, field });
                } else {
                    f.push(Instr::StructGet { ty: type_data, field });
                }
            }
            (class, method) => {
                return Err(EmitError::Internal(format!("no intrinsic named {class}::{method}")));
            }
        }
        f.finish(&mut self.module, method_func_id(key));
        Ok(())
    }
}

impl Emitter<'_> {
    /// `newArrayLike(array, length)`: a new array of the same run-time type as `array` (an `String[]` for a
    /// `String[]`: its element type data is copied) with `length` default elements. Emitted last, as the
    /// array kinds it tests are those the rest of the program uses; a value that is no array traps.
    fn emit_new_array_like(&mut self, id: FuncId) {
        let any = ValType::non_null(HeapType::Any);
        let mut f = FunctionBuilder::new(vec![("array".into(), any.clone()), ("length".into(), ValType::I32)], vec![any]);
        for kind in self.array_kinds_in_module() {
            let data = self.array_data_type(kind);
            self.rebuild_if_instance(&mut f, TypeId::ArrayObject(kind), |f, name, copy| match name {
                "hash" => f.i32(0),
                "data" => {
                    f.get(f.param(1));
                    f.push(Instr::ArrayNewDefault(data.clone()));
                }
                _ => copy(f),
            });
        }
        f.push(Instr::Unreachable);
        f.finish(&mut self.module, id);
    }

    /// `newArrayOfComponent(component, length)`: a new array of `length` default elements whose component
    /// type is `component`, a reference type (`Array.newInstance`; the runtime library makes the arrays of
    /// primitives itself). An element-typed kind whose component this is makes its own kind of array, as
    /// the linker's proof in `typed_arrays.rs` requires; any other is a shared reference array that records
    /// its type. Emitted last, when the element-typed kinds in use are known.
    fn emit_new_array_of_component(&mut self, id: FuncId) {
        let type_data = self.type_data_type();
        let data_type = ValType::non_null(HeapType::Concrete(type_data.clone()));
        let mut f = FunctionBuilder::new(
            vec![("component".into(), data_type), ("length".into(), ValType::I32)],
            vec![ValType::non_null(HeapType::Any)],
        );
        for kind in self.element_typed_array_kinds() {
            let component = match kind {
                ArrayKind::Class(class) => TypeRef::Class(class),
                ArrayKind::Rows(prim) => TypeRef::Array(ArrayTypeRef { base: ArrayBase::Prim(prim), dimensions: 1 }),
                _ => continue,
            };
            let component_data = self.ensure_type_data(component);
            let object = self.array_object_type(kind);
            let data = self.array_data_type(kind);
            f.get(f.param(0));
            f.push(Instr::GlobalGet(component_data));
            f.push(Instr::RefEq);
            f.if_then(|f| {
                self.push_object_header(f, well_known::object());
                f.get(f.param(1));
                f.push(Instr::ArrayNewDefault(data));
                f.push(Instr::StructNew(object));
                f.push(Instr::Return);
            });
        }
        let object = self.array_object_type(ArrayKind::Reference);
        let data = self.array_data_type(ArrayKind::Reference);
        self.push_object_header(&mut f, well_known::object());
        f.get(f.param(1));
        f.push(Instr::ArrayNewDefault(data));
        if self.linked.features.array_types {
            let array_type_of = self.request_helper("arrayTypeOf");
            f.get(f.param(0));
            f.push(Instr::Call(array_type_of));
        }
        f.push(Instr::StructNew(object));
        f.finish(&mut self.module, id);
    }

    /// `arrayTypeOf(component)`: the type data of the array type of `component`. The first request looks
    /// among the array types the program names (so that `String[].class` and the class of an array made
    /// at run time are one object, as on the JVM), else makes one; either is kept in the component's
    /// `array` field for the next. Emitted after every other helper, when the named array types are known.
    fn emit_array_type_of(&mut self, id: FuncId) {
        use crate::lower::type_data::*;
        let type_data = self.type_data_type();
        let data_type = ValType::non_null(HeapType::Concrete(type_data.clone()));
        let mut f = FunctionBuilder::new(vec![("component".into(), data_type.clone())], vec![data_type.clone()]);
        let component = f.param(0);
        let found = f.add_local("found", ValType::nullable(HeapType::Concrete(type_data.clone())));
        let known = f.new_label();
        f.push(Instr::Block { label: known, ty: BlockType::Empty });
        f.get(component);
        f.push(Instr::StructGet { ty: type_data.clone(), field: TYPE_DATA_ARRAY });
        f.push(Instr::BrOnNull(known));
        f.push(Instr::Return);
        f.push(Instr::End);
        let named_arrays: Vec<ArrayTypeRef> = self
            .module
            .globals
            .iter()
            .filter_map(|global| match global.id {
                GlobalId::TypeData(TypeRef::Array(array)) => Some(array),
                _ => None,
            })
            .collect();
        for array in named_arrays {
            let array_data = self.ensure_type_data(TypeRef::Array(array));
            let component_data = self.ensure_type_data(array.element_type_ref());
            f.get(component);
            f.push(Instr::GlobalGet(component_data));
            f.push(Instr::RefEq);
            f.if_then(|f| {
                f.push(Instr::GlobalGet(array_data));
                f.set(found);
            });
        }
        f.get(found);
        f.push(Instr::RefIsNull);
        f.if_then(|f| {
            // A new array type: `[` before a component array's name, `[L...;` around a class's.
            let concat = self.request_helper("stringConcat");
            let units = |text: &str| text.encode_utf16().collect::<Vec<u16>>();
            f.get(component);
            f.push(Instr::StructGet { ty: type_data.clone(), field: TYPE_DATA_KIND });
            f.i32(KIND_ARRAY);
            f.op(W::I32Eq);
            let named = f.new_label();
            let string = ValType::non_null(HeapType::Concrete(self.string_type()));
            f.push(Instr::If { label: named, ty: BlockType::Result(string) });
            self.push_string_literal(f, &units("["));
            f.get(component);
            f.push(Instr::StructGet { ty: type_data.clone(), field: TYPE_DATA_NAME });
            f.push(Instr::Call(concat.clone()));
            f.push(Instr::Else);
            self.push_string_literal(f, &units("[L"));
            f.get(component);
            f.push(Instr::StructGet { ty: type_data.clone(), field: TYPE_DATA_NAME });
            f.push(Instr::Call(concat.clone()));
            self.push_string_literal(f, &units(";"));
            f.push(Instr::Call(concat));
            f.push(Instr::End);
            f.i32(KIND_ARRAY);
            f.push(Instr::GlobalGet(self.ensure_type_data(TypeRef::Class(well_known::object()))));
            f.get(component);
            f.push(Instr::RefNull(HeapType::Concrete(TypeId::TypeDataArray)));
            f.push(Instr::RefNull(HeapType::None));
            f.push(Instr::RefNull(HeapType::Concrete(TypeId::TypeData)));
            f.push(Instr::StructNew(type_data.clone()));
            f.set(found);
        });
        f.get(component);
        f.get(found);
        f.push(Instr::StructSet { ty: type_data.clone(), field: TYPE_DATA_ARRAY });
        f.get(found);
        f.push(Instr::RefAsNonNull);
        f.finish(&mut self.module, id);
    }

    /// If the first parameter is a `candidate` struct, returns a new one made field by field: `field` pushes
    /// the value of the field of that name, where `copy` pushes the original's. `cloneObject` and
    /// `newArrayLike` differ only in what their fields are.
    fn rebuild_if_instance(
        &self,
        f: &mut FunctionBuilder,
        candidate: TypeId,
        mut field: impl FnMut(&mut FunctionBuilder, &str, &dyn Fn(&mut FunctionBuilder)),
    ) {
        let Some(CompositeType::Struct(fields)) = self.module.type_def(&candidate).map(|def| def.composite.clone()) else {
            return;
        };
        let original = f.add_local("original", ValType::non_null(HeapType::Concrete(candidate.clone())));
        f.get(f.param(0));
        f.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(candidate.clone()) });
        f.if_then(|f| {
            f.get(f.param(0));
            f.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(candidate.clone()) });
            f.set(original);
            for (index, each) in fields.iter().enumerate() {
                let copy = |f: &mut FunctionBuilder| {
                    f.get(original);
                    f.push(Instr::StructGet { ty: candidate.clone(), field: index as u32 });
                };
                field(f, each.name.as_str(), &copy);
            }
            f.push(Instr::StructNew(candidate.clone()));
            f.push(Instr::Return);
        });
    }

    /// `cloneObject(value)`: a shallow copy of an array or of an instance of a Cloneable class, with a
    /// fresh identity hash; any other object throws `CloneNotSupportedException`. The run-time class is
    /// found by testing the candidates, subclasses before their superclasses.
    fn emit_clone_object(&mut self, id: FuncId) {
        let any = ValType::non_null(HeapType::Any);
        let mut f = FunctionBuilder::new(vec![("value".into(), any.clone())], vec![any]);
        let mut candidates: Vec<TypeId> = self.array_kinds_in_module().into_iter().map(TypeId::ArrayObject).collect();
        let cloneable = ClassName::new("java.lang.Cloneable");
        let mut classes: Vec<(usize, ClassName)> = self
            .linked
            .instantiated
            .iter()
            .copied()
            .filter(|class| {
                self.linked.table.get(*class).is_some_and(|info| info.kind == kiln_ir::trees::ClassKind::Class)
                    && kiln_ir::types::ClassHierarchy::is_subclass(&self.linked.table, *class, cloneable)
            })
            .map(|class| (self.linked.table.superclass_chain(class).len(), class))
            .collect();
        classes.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (_, class) in classes {
            candidates.push(self.class_struct(class));
        }
        for candidate in candidates {
            // An array's elements are copied, not shared.
            let data = match candidate {
                TypeId::ArrayObject(kind) => Some(self.array_data_type(kind)),
                _ => None,
            };
            self.rebuild_if_instance(&mut f, candidate, |f, name, copy| match (name, &data) {
                ("hash", _) => f.i32(0),
                ("data", Some(data)) => {
                    copy(f);
                    f.duplicate_array(data.clone());
                }
                _ => copy(f),
            });
        }
        self.ensure_exception_tag();
        f.get(f.param(0));
        let maker = kiln_link::summary::exception_maker(kiln_link::summary::CLONE_NOT_SUPPORTED);
        f.push(Instr::Call(method_func_id(maker)));
        f.push(Instr::Throw(TagId::JavaException));
        f.finish(&mut self.module, id);
    }
}
