//! Boxed primitives: how a primitive value becomes a reference (for `any`, `Object` and the hijacked classes)
//! and back.
//!
//! An `int` in the range Integer.valueOf caches (-128 to 127) is an `i31ref` and any other a new `$box.I`
//! struct, so `ref.eq` gives Java's `==` between two Integers: equal small values are the same, two boxings
//! of 1000 are not. Every other primitive type has
//! a final struct of its own, `byte` and `short` included: on the JVM a boxed `byte` is a `Byte`, which is
//! not an `Integer` (`instanceof`, `getClass` and `equals` tell them apart), where Scala.js boxes all three
//! as the same JS number. Unboxing `null` gives zero, as in Scala.js.

use kiln_ir::names::ClassName;
use kiln_ir::types::Type;

use crate::lower::{EmitError, Emitter};
use crate::wasm::*;
use wasm_encoder::Instruction as W;

/// The box kind of a primitive IR type.
pub(crate) fn box_kind_of(ty: &Type) -> Option<BoxKind> {
    Some(match ty {
        Type::Int => BoxKind::Int,
        Type::Byte => BoxKind::Byte,
        Type::Short => BoxKind::Short,
        Type::Char => BoxKind::Char,
        Type::Boolean => BoxKind::Boolean,
        Type::Long => BoxKind::Long,
        Type::Float => BoxKind::Float,
        Type::Double => BoxKind::Double,
        _ => return None,
    })
}

/// The box kind of the values of a hijacked class.
pub(crate) fn box_kind_of_class(class: ClassName) -> Option<BoxKind> {
    BoxKind::ALL.into_iter().find(|kind| boxed_class_name(*kind) == class.as_str())
}

/// The hijacked class whose instances are the boxes of a kind.
pub(crate) fn boxed_class_name(kind: BoxKind) -> &'static str {
    match kind {
        BoxKind::Int => "java.lang.Integer",
        BoxKind::Byte => "java.lang.Byte",
        BoxKind::Short => "java.lang.Short",
        BoxKind::Char => "java.lang.Character",
        BoxKind::Boolean => "java.lang.Boolean",
        BoxKind::Long => "java.lang.Long",
        BoxKind::Float => "java.lang.Float",
        BoxKind::Double => "java.lang.Double",
    }
}

pub(crate) fn payload_type(kind: BoxKind) -> ValType {
    match kind {
        BoxKind::Int | BoxKind::Byte | BoxKind::Short | BoxKind::Char | BoxKind::Boolean => ValType::I32,
        BoxKind::Long => ValType::I64,
        BoxKind::Float => ValType::F32,
        BoxKind::Double => ValType::F64,
    }
}

fn helper_name(operation: &str, kind: BoxKind) -> &'static str {
    match (operation, kind) {
        ("box", BoxKind::Int) => "boxInt",
        ("unbox", BoxKind::Int) => "unboxInt",
        ("unbox", BoxKind::Byte) => "unboxByte",
        ("unbox", BoxKind::Short) => "unboxShort",
        ("unbox", BoxKind::Char) => "unboxChar",
        ("unbox", BoxKind::Boolean) => "unboxBoolean",
        ("unbox", BoxKind::Long) => "unboxLong",
        ("unbox", BoxKind::Float) => "unboxFloat",
        ("unbox", BoxKind::Double) => "unboxDouble",
        ("is", BoxKind::Int) => "isInt",
        _ => "unknownBoxHelper",
    }
}

impl Emitter<'_> {
    pub(crate) fn box_type(&mut self, kind: BoxKind) -> TypeId {
        let id = TypeId::Box(kind);
        self.module.add_type(TypeDef {
            id: id.clone(),
            composite: CompositeType::Struct(vec![FieldType {
                storage: StorageType::Val(payload_type(kind)),
                mutable: false,
                name: "value".into(),
            }]),
            supertype: None,
            is_final: true,
        });
        id
    }

    /// Turns the primitive on the stack into a `(ref any)`.
    pub(crate) fn push_box(&mut self, builder: &mut FunctionBuilder, kind: BoxKind) {
        if kind == BoxKind::Int {
            let helper = self.request_helper(helper_name("box", kind));
            builder.push(Instr::Call(helper));
        } else {
            let ty = self.box_type(kind);
            builder.push(Instr::StructNew(ty));
        }
    }

    /// Turns the `anyref` on the stack into a primitive of this kind (null gives zero).
    pub(crate) fn push_unbox(&mut self, builder: &mut FunctionBuilder, kind: BoxKind) {
        let helper = self.request_helper(helper_name("unbox", kind));
        builder.push(Instr::Call(helper));
    }

    /// Tests whether the `anyref` on the stack is a boxed value of this class (an i32 on the stack).
    pub(crate) fn push_is_boxed(&mut self, builder: &mut FunctionBuilder, kind: BoxKind) {
        match kind {
            BoxKind::Int => {
                let helper = self.request_helper(helper_name("is", kind));
                builder.push(Instr::Call(helper));
            }
            kind => {
                let ty = self.box_type(kind);
                builder.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(ty) });
            }
        }
    }

    pub(crate) fn emit_box_helper(&mut self, name: &'static str) -> Result<bool, EmitError> {
        let id = FuncId::Helper(name);
        match name {
            "boxInt" => {
                // The values Integer.valueOf caches (-128 to 127) are i31refs, equal by value under
                // `ref.eq`; any other value gets a new box, with an identity of its own, as on the JVM.
                let ty = self.box_type(BoxKind::Int);
                let mut f = FunctionBuilder::new(vec![("value".into(), ValType::I32)], vec![ValType::non_null(HeapType::Any)]);
                let value = f.param(0);
                f.push(Instr::LocalGet(value));
                f.push(Instr::I32Const(128));
                f.plain(W::I32Add);
                f.push(Instr::I32Const(256));
                f.plain(W::I32LtU);
                let label = f.new_label();
                f.push(Instr::If { label, ty: BlockType::Result(ValType::non_null(HeapType::Any)) });
                f.push(Instr::LocalGet(value));
                f.push(Instr::RefI31);
                f.push(Instr::Else);
                f.push(Instr::LocalGet(value));
                f.push(Instr::StructNew(ty));
                f.push(Instr::End);
                f.finish(&mut self.module, id);
            }
            "unboxInt" => {
                let ty = self.box_type(BoxKind::Int);
                let mut f = FunctionBuilder::new(vec![("value".into(), ValType::anyref())], vec![ValType::I32]);
                let value = f.param(0);
                f.push(Instr::LocalGet(value));
                f.push(Instr::RefIsNull);
                let null_label = f.new_label();
                f.push(Instr::If { label: null_label, ty: BlockType::Empty });
                f.push(Instr::I32Const(0));
                f.push(Instr::Return);
                f.push(Instr::End);
                f.push(Instr::LocalGet(value));
                f.push(Instr::RefTest { nullable: false, heap: HeapType::I31 });
                let label = f.new_label();
                f.push(Instr::If { label, ty: BlockType::Result(ValType::I32) });
                f.push(Instr::LocalGet(value));
                f.push(Instr::RefCast { nullable: false, heap: HeapType::I31 });
                f.push(Instr::I31GetS);
                f.push(Instr::Else);
                f.push(Instr::LocalGet(value));
                f.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(ty.clone()) });
                f.push(Instr::StructGet { ty, field: 0 });
                f.push(Instr::End);
                f.finish(&mut self.module, id);
            }
            "unboxByte" | "unboxShort" | "unboxChar" | "unboxBoolean" | "unboxLong" | "unboxFloat" | "unboxDouble" => {
                let kind = match name {
                    "unboxByte" => BoxKind::Byte,
                    "unboxShort" => BoxKind::Short,
                    "unboxChar" => BoxKind::Char,
                    "unboxBoolean" => BoxKind::Boolean,
                    "unboxLong" => BoxKind::Long,
                    "unboxFloat" => BoxKind::Float,
                    _ => BoxKind::Double,
                };
                let ty = self.box_type(kind);
                let payload = payload_type(kind);
                let mut f = FunctionBuilder::new(vec![("value".into(), ValType::anyref())], vec![payload.clone()]);
                let value = f.param(0);
                f.push(Instr::LocalGet(value));
                f.push(Instr::RefIsNull);
                let label = f.new_label();
                f.push(Instr::If { label, ty: BlockType::Result(payload.clone()) });
                f.push(match payload {
                    ValType::I64 => Instr::I64Const(0),
                    ValType::F32 => Instr::F32Const(0),
                    ValType::F64 => Instr::F64Const(0),
                    _ => Instr::I32Const(0),
                });
                f.push(Instr::Else);
                f.push(Instr::LocalGet(value));
                f.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(ty.clone()) });
                f.push(Instr::StructGet { ty, field: 0 });
                f.push(Instr::End);
                f.finish(&mut self.module, id);
            }
            "isInt" => {
                let ty = self.box_type(BoxKind::Int);
                let mut f = FunctionBuilder::new(vec![("value".into(), ValType::anyref())], vec![ValType::I32]);
                let value = f.param(0);
                f.push(Instr::LocalGet(value));
                f.push(Instr::RefTest { nullable: false, heap: HeapType::I31 });
                f.push(Instr::LocalGet(value));
                f.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(ty) });
                f.plain(W::I32Or);
                f.finish(&mut self.module, id);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
