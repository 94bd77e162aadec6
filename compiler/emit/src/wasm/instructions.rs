//! Symbolic instructions: what wasm-encoder's `Instruction` is, with ids in place of indices.

use crate::wasm::ids::*;

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum HeapType {
    Any,
    Eq,
    I31,
    Struct,
    Array,
    None,
    Func,
    NoFunc,
    Exn,
    Extern,
    Concrete(TypeId),
}

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum ValType {
    I32,
    I64,
    F32,
    F64,
    Ref { nullable: bool, heap: HeapType },
}

impl ValType {
    pub fn nullable(heap: HeapType) -> ValType {
        ValType::Ref { nullable: true, heap }
    }

    pub fn non_null(heap: HeapType) -> ValType {
        ValType::Ref { nullable: false, heap }
    }

    pub fn anyref() -> ValType {
        ValType::nullable(HeapType::Any)
    }
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StorageType {
    I8,
    I16,
    Val(ValType),
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct FieldType {
    pub storage: StorageType,
    pub mutable: bool,
    /// The field's name in the name section.
    pub name: String,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BlockType {
    Empty,
    Result(ValType),
}

#[derive(Clone, Debug)]
pub enum Instr {
    Unreachable,
    Nop,
    Block {
        label: LabelId,
        ty: BlockType,
    },
    Loop {
        label: LabelId,
        ty: BlockType,
    },
    If {
        label: LabelId,
        ty: BlockType,
    },
    Else,
    End,
    Br(LabelId),
    BrIf(LabelId),
    BrTable {
        targets: Vec<LabelId>,
        default: LabelId,
    },
    BrOnNull(LabelId),
    /// Branches with the value when it is a non-null reference of `heap`.
    BrOnCast {
        label: LabelId,
        nullable_source: bool,
        /// The operand's heap type as the instruction declares it: Wasmtime checks for an `i31` only when
        /// it could be one (`any`), so a struct operand should say so.
        source_heap: HeapType,
        heap: HeapType,
    },
    BrOnNonNull(LabelId),
    Return,
    Call(FuncId),
    ReturnCall(FuncId),
    /// A call through the dispatch table (the module's only table), by the callee's type.
    CallIndirect(TypeId),
    /// A call through a typed function reference on the stack (of function type `TypeId`).
    CallRef(TypeId),
    TryTable {
        label: LabelId,
        ty: BlockType,
        catches: Vec<Catch>,
    },
    Throw(TagId),
    ThrowRef,
    Drop,
    Select,
    LocalGet(LocalId),
    LocalSet(LocalId),
    LocalTee(LocalId),
    GlobalGet(GlobalId),
    GlobalSet(GlobalId),
    I32Load {
        offset: u64,
        align: u32,
    },
    I32Store {
        offset: u64,
        align: u32,
    },
    I32Store8 {
        offset: u64,
    },
    I32Const(i32),
    I64Const(i64),
    F32Const(u32),
    F64Const(u64),
    RefNull(HeapType),
    /// A reference to a function: only in global initializers, which also declare it for `ref.func`.
    RefFunc(FuncId),
    RefIsNull,
    RefEq,
    RefAsNonNull,
    RefTest {
        nullable: bool,
        heap: HeapType,
    },
    RefCast {
        nullable: bool,
        heap: HeapType,
    },
    StructNew(TypeId),
    StructGet {
        ty: TypeId,
        field: u32,
    },
    StructSet {
        ty: TypeId,
        field: u32,
    },
    ArrayNew(TypeId),
    ArrayNewDefault(TypeId),
    ArrayNewFixed {
        ty: TypeId,
        size: u32,
    },
    ArrayNewData {
        ty: TypeId,
        data: u32,
    },
    ArrayGet(TypeId),
    ArrayGetS(TypeId),
    ArrayGetU(TypeId),
    ArraySet(TypeId),
    ArrayLen,
    ArrayCopy {
        destination: TypeId,
        source: TypeId,
    },
    RefI31,
    I31GetS,
    /// An instruction with no index in it (arithmetic, comparisons, conversions).
    Plain(wasm_encoder::Instruction<'static>),
}

/// A `catch` clause of `try_table`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Catch {
    /// Catches the tag and branches with its payload.
    Tag { tag: TagId, label: LabelId },
    /// Catches everything and branches with the `exnref`.
    AllRef { label: LabelId },
}
