//! Run-time type information: one constant "type data" struct per type that the program inspects, and
//! the helpers that read it (the type data of any value, assignability between types).
//!
//! Type data is what `java.lang.Class` objects wrap. It is a plain struct rather than a Java object so
//! that it can be a constant global: vtables point at their class's type data from their first field,
//! and a `Class` object is made on first request and cached in the type data, which makes `getClass()`
//! of two instances of one class the same object, as on the JVM.
//! Type data globals refer to one another (superclass, component type, interfaces) and are created
//! dependencies first, so that every constant initialiser only reads globals defined before it.

use kiln_ir::names::{ClassName, well_known};
use kiln_ir::trees::ClassKind;
use kiln_ir::types::{ArrayBase, ArrayTypeRef, PrimType, TypeRef};

use crate::lower::Emitter;
use crate::lower::boxes::boxed_class_name;
use crate::lower::helpers::Assemble;
use crate::wasm::*;

pub(crate) const TYPE_DATA_NAME: u32 = 0;
pub(crate) const TYPE_DATA_KIND: u32 = 1;
pub(crate) const TYPE_DATA_SUPERCLASS: u32 = 2;
pub(crate) const TYPE_DATA_COMPONENT: u32 = 3;
pub(crate) const TYPE_DATA_INTERFACES: u32 = 4;
pub(crate) const TYPE_DATA_CLASS: u32 = 5;
/// The type data of the array of this type, once `arrayTypeOf` has looked for it (or made it); only in
/// programs that make array types at run time (`Features::runtime_array_types`).
pub(crate) const TYPE_DATA_ARRAY: u32 = 6;

/// The `kind` field: what `isInterface`, `isPrimitive` and `isArray` read.
pub(crate) const KIND_CLASS: i32 = 0;
pub(crate) const KIND_INTERFACE: i32 = 1;
pub(crate) const KIND_PRIMITIVE: i32 = 2;
pub(crate) const KIND_ARRAY: i32 = 3;

/// The name `Class.getName` gives a type: `int`, `java.lang.String`, `[I`, `[Ljava.lang.String;`.
pub(crate) fn java_class_name(type_ref: &TypeRef) -> String {
    match type_ref {
        TypeRef::Prim(prim) => prim.keyword().to_string(),
        TypeRef::Class(class) => class.to_string(),
        TypeRef::Array(array) => {
            let mut name = "[".repeat(array.dimensions as usize);
            match array.base {
                ArrayBase::Prim(prim) => name.push(prim.code()),
                ArrayBase::Class(class) => name.push_str(&format!("L{class};")),
            }
            name
        }
    }
}

/// The UTF-16 units of a name as the program sees it: the `\uXXXX` escapes that Scala.js's printer writes
/// for a name's characters outside printable ASCII (and that the parser keeps as the name's spelling) are
/// the characters they stand for.
fn name_units(name: &str) -> Vec<u16> {
    let mut units = Vec::with_capacity(name.len());
    let mut rest = name;
    while let Some(position) = rest.find("\\u") {
        let (before, from_escape) = rest.split_at(position);
        units.extend(before.encode_utf16());
        let hex = from_escape.get(2..6).filter(|hex| hex.chars().all(|c| c.is_ascii_hexdigit()));
        match hex.and_then(|hex| u16::from_str_radix(hex, 16).ok()) {
            Some(unit) => {
                units.push(unit);
                rest = &from_escape[6..];
            }
            None => {
                units.push(u16::from(b'\\'));
                rest = &from_escape[1..];
            }
        }
    }
    units.extend(rest.encode_utf16());
    units
}

impl Emitter<'_> {
    pub(crate) fn type_data_type(&mut self) -> TypeId {
        let id = TypeId::TypeData;
        if self.module.has_type(&id) {
            return id;
        }
        let string = self.string_type();
        let self_ref = ValType::nullable(HeapType::Concrete(id.clone()));
        let field =
            |name: &str, ty: ValType, mutable: bool| FieldType { storage: StorageType::Val(ty), mutable, name: name.into() };
        self.module.add_type(TypeDef {
            id: id.clone(),
            composite: CompositeType::Struct(
                vec![
                    field("name", ValType::non_null(HeapType::Concrete(string)), false),
                    field("kind", ValType::I32, false),
                    field("superclass", self_ref.clone(), false),
                    field("component", self_ref, false),
                    field("interfaces", ValType::nullable(HeapType::Concrete(TypeId::TypeDataArray)), false),
                    field("class", ValType::anyref(), true),
                ]
                .into_iter()
                .chain(
                    // Only programs that make array types at run time keep them (a few bytes per type).
                    self.linked
                        .features
                        .runtime_array_types
                        .then(|| field("array", ValType::nullable(HeapType::Concrete(id.clone())), true)),
                )
                .collect(),
            ),
            supertype: None,
            is_final: true,
        });
        self.module.add_type(TypeDef {
            id: TypeId::TypeDataArray,
            composite: CompositeType::Array(FieldType {
                storage: StorageType::Val(ValType::non_null(HeapType::Concrete(id.clone()))),
                mutable: false,
                name: "interface".into(),
            }),
            supertype: None,
            is_final: true,
        });
        id
    }

    /// The global holding a type's type data, created (with the type data it refers to) on first use.
    pub(crate) fn ensure_type_data(&mut self, type_ref: TypeRef) -> GlobalId {
        self.ensure_type_data_guarded(type_ref, &mut Vec::new())
    }

    fn ensure_type_data_guarded(&mut self, type_ref: TypeRef, visiting: &mut Vec<TypeRef>) -> GlobalId {
        let id = GlobalId::TypeData(type_ref);
        if self.module.has_global(&id) || visiting.contains(&type_ref) {
            return id;
        }
        visiting.push(type_ref);
        let type_data = self.type_data_type();
        let object = well_known::object();
        let (kind, superclass, component, interfaces): (i32, Option<TypeRef>, Option<TypeRef>, Vec<TypeRef>) = match type_ref {
            TypeRef::Prim(_) => (KIND_PRIMITIVE, None, None, Vec::new()),
            TypeRef::Array(array) => (KIND_ARRAY, Some(TypeRef::Class(object)), Some(component_of(array)), Vec::new()),
            TypeRef::Class(class) => match self.linked.table.get(class) {
                Some(info) => (
                    if info.kind == ClassKind::Interface { KIND_INTERFACE } else { KIND_CLASS },
                    info.super_class.map(TypeRef::Class),
                    None,
                    // Only `isAssignable` reads the interfaces: a program that never asks keeps none.
                    if self.linked.features.assignability {
                        info.interfaces.iter().map(|interface| TypeRef::Class(*interface)).collect()
                    } else {
                        Vec::new()
                    },
                ),
                None => (KIND_CLASS, None, None, Vec::new()),
            },
        };
        let mut reference = |emitter: &mut Self, target: Option<TypeRef>| -> Instr {
            match target {
                Some(target) if !visiting.contains(&target) => {
                    Instr::GlobalGet(emitter.ensure_type_data_guarded(target, visiting))
                }
                _ => Instr::RefNull(HeapType::Concrete(TypeId::TypeData)),
            }
        };
        let superclass = reference(self, superclass);
        let component = reference(self, component);
        let mut init = Vec::new();
        let name = name_units(&java_class_name(&type_ref));
        // Constant expressions cannot read data segments, so the name is spelled out.
        for unit in &name {
            init.push(Instr::I32Const(i32::from(*unit)));
        }
        init.push(Instr::ArrayNewFixed { ty: self.string_type(), size: name.len() as u32 });
        init.push(Instr::I32Const(kind));
        init.push(superclass);
        init.push(component);
        if interfaces.is_empty() {
            init.push(Instr::RefNull(HeapType::Concrete(TypeId::TypeDataArray)));
        } else {
            let count = interfaces.len() as u32;
            for interface in interfaces {
                let global = self.ensure_type_data_guarded(interface, visiting);
                init.push(Instr::GlobalGet(global));
            }
            init.push(Instr::ArrayNewFixed { ty: TypeId::TypeDataArray, size: count });
        }
        init.push(Instr::RefNull(HeapType::None));
        if self.linked.features.runtime_array_types {
            init.push(Instr::RefNull(HeapType::Concrete(TypeId::TypeData)));
        }
        init.push(Instr::StructNew(type_data.clone()));
        visiting.pop();
        self.module.add_global(Global { id, ty: ValType::non_null(HeapType::Concrete(type_data)), mutable: false, init });
        id
    }

    /// `typeDataOf(value)`: the type data of any non-null value. Strings, boxes and arrays are told apart
    /// by their representation; objects carry their class's type data in their vtable.
    pub(crate) fn emit_type_data_of(&mut self, id: FuncId) {
        let type_data = self.type_data_type();
        let result = ValType::non_null(HeapType::Concrete(type_data));
        let mut f = FunctionBuilder::new(vec![("value".into(), ValType::anyref())], vec![result]);
        let string = self.string_type();
        let mut representations: Vec<(HeapType, TypeRef)> =
            vec![(HeapType::Concrete(string), TypeRef::Class(well_known::string()))];
        for (prim, kind) in [
            (PrimType::Boolean, ArrayKind::Boolean),
            (PrimType::Char, ArrayKind::Char),
            (PrimType::Byte, ArrayKind::Byte),
            (PrimType::Short, ArrayKind::Short),
            (PrimType::Int, ArrayKind::Int),
            (PrimType::Long, ArrayKind::Long),
            (PrimType::Float, ArrayKind::Float),
            (PrimType::Double, ArrayKind::Double),
        ] {
            if self.module.has_type(&TypeId::ArrayObject(kind)) {
                let array = ArrayTypeRef { base: ArrayBase::Prim(prim), dimensions: 1 };
                representations.push((HeapType::Concrete(TypeId::ArrayObject(kind)), TypeRef::Array(array)));
            }
        }
        // An element-typed array is exactly its own type.
        for kind in self.element_typed_array_kinds() {
            let array = match kind {
                ArrayKind::Class(class) => ArrayTypeRef { base: ArrayBase::Class(class), dimensions: 1 },
                ArrayKind::Rows(prim) => ArrayTypeRef { base: ArrayBase::Prim(prim), dimensions: 2 },
                _ => continue,
            };
            representations.push((HeapType::Concrete(TypeId::ArrayObject(kind)), TypeRef::Array(array)));
        }
        for (heap, type_ref) in representations {
            let global = self.ensure_type_data(type_ref);
            f.get(f.param(0));
            f.push(Instr::RefTest { nullable: false, heap });
            f.if_then(|f| {
                f.push(Instr::GlobalGet(global));
                f.push(Instr::Return);
            });
        }
        let references = TypeId::ArrayObject(ArrayKind::Reference);
        if self.module.has_type(&references) {
            // Reference arrays record their own type (the feature is on whenever type data is read).
            let field = self.array_type_field();
            f.get(f.param(0));
            f.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(references.clone()) });
            f.if_then(|f| {
                f.get(f.param(0));
                f.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(references.clone()) });
                f.push(Instr::StructGet { ty: references, field });
                f.push(Instr::Return);
            });
        }
        let boxed: Vec<BoxKind> = BoxKind::ALL
            .into_iter()
            .filter(|kind| self.linked.boxed.contains(&ClassName::new(boxed_class_name(*kind))))
            .collect();
        for kind in boxed {
            let global = self.ensure_type_data(TypeRef::Class(ClassName::new(boxed_class_name(kind))));
            f.get(f.param(0));
            self.push_is_boxed(&mut f, kind);
            f.if_then(|f| {
                f.push(Instr::GlobalGet(global));
                f.push(Instr::Return);
            });
        }
        let object = well_known::object();
        let object_struct = self.class_struct(object);
        let vtable = self.vtable_type(object);
        f.get(f.param(0));
        f.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(object_struct.clone()) });
        f.push(Instr::StructGet { ty: object_struct, field: 0 });
        f.push(Instr::StructGet { ty: vtable, field: 0 });
        f.finish(&mut self.module, id);
    }

    /// `isAssignable(to, from)`: whether values of type `from` are values of type `to`, the question of
    /// `Class.isAssignableFrom`, `isInstance` and `cast`.
    pub(crate) fn emit_is_assignable(&mut self, id: FuncId) {
        let type_data = self.type_data_type();
        let data = ValType::non_null(HeapType::Concrete(type_data.clone()));
        let nullable_data = ValType::nullable(HeapType::Concrete(type_data.clone()));
        let mut f = FunctionBuilder::new(vec![("to".into(), data.clone()), ("from".into(), data)], vec![ValType::I32]);
        let (to, from) = (f.param(0), f.param(1));
        let current = f.add_local("current", nullable_data);
        let interfaces = f.add_local("interfaces", ValType::nullable(HeapType::Concrete(TypeId::TypeDataArray)));
        let index = f.add_local("index", ValType::I32);
        let kind = |f: &mut FunctionBuilder, local: LocalId| {
            f.get(local);
            f.push(Instr::StructGet { ty: TypeId::TypeData, field: TYPE_DATA_KIND });
        };
        // The same type.
        f.get(to);
        f.get(from);
        f.push(Instr::RefEq);
        f.if_then(|f| {
            f.i32(1);
            f.push(Instr::Return);
        });
        // Primitive types are assignable only from themselves.
        kind(&mut f, to);
        f.i32(KIND_PRIMITIVE);
        f.op(wasm_encoder::Instruction::I32Eq);
        kind(&mut f, from);
        f.i32(KIND_PRIMITIVE);
        f.op(wasm_encoder::Instruction::I32Eq);
        f.op(wasm_encoder::Instruction::I32Or);
        f.if_then(|f| {
            f.i32(0);
            f.push(Instr::Return);
        });
        // Arrays: covariant in their reference component types.
        kind(&mut f, to);
        f.i32(KIND_ARRAY);
        f.op(wasm_encoder::Instruction::I32Eq);
        f.if_then(|f| {
            kind(f, from);
            f.i32(KIND_ARRAY);
            f.op(wasm_encoder::Instruction::I32Ne);
            f.if_then(|f| {
                f.i32(0);
                f.push(Instr::Return);
            });
            f.get(to);
            f.push(Instr::StructGet { ty: TypeId::TypeData, field: TYPE_DATA_COMPONENT });
            f.push(Instr::RefAsNonNull);
            f.get(from);
            f.push(Instr::StructGet { ty: TypeId::TypeData, field: TYPE_DATA_COMPONENT });
            f.push(Instr::RefAsNonNull);
            f.push(Instr::ReturnCall(id.clone()));
        });
        // Anything else: walk the superclasses of `from` and, at each, its interfaces (recursively).
        f.get(from);
        f.set(current);
        let done = f.new_label();
        let walk = f.new_label();
        f.push(Instr::Block { label: done, ty: BlockType::Empty });
        f.push(Instr::Loop { label: walk, ty: BlockType::Empty });
        f.get(current);
        f.push(Instr::RefIsNull);
        f.push(Instr::BrIf(done));
        f.get(current);
        f.get(to);
        f.push(Instr::RefEq);
        f.if_then(|f| {
            f.i32(1);
            f.push(Instr::Return);
        });
        f.get(current);
        f.push(Instr::StructGet { ty: TypeId::TypeData, field: TYPE_DATA_INTERFACES });
        f.set(interfaces);
        f.get(interfaces);
        f.push(Instr::RefIsNull);
        f.op(wasm_encoder::Instruction::I32Eqz);
        f.if_then(|f| {
            f.i32(0);
            f.set(index);
            let scanned = f.new_label();
            let scan = f.new_label();
            f.push(Instr::Block { label: scanned, ty: BlockType::Empty });
            f.push(Instr::Loop { label: scan, ty: BlockType::Empty });
            f.get(index);
            f.get(interfaces);
            f.push(Instr::RefAsNonNull);
            f.push(Instr::ArrayLen);
            f.op(wasm_encoder::Instruction::I32GeU);
            f.push(Instr::BrIf(scanned));
            f.get(to);
            f.get(interfaces);
            f.push(Instr::RefAsNonNull);
            f.get(index);
            f.push(Instr::ArrayGet(TypeId::TypeDataArray));
            f.push(Instr::Call(id.clone()));
            f.if_then(|f| {
                f.i32(1);
                f.push(Instr::Return);
            });
            f.get(index);
            f.i32(1);
            f.op(wasm_encoder::Instruction::I32Add);
            f.set(index);
            f.push(Instr::Br(scan));
            f.push(Instr::End);
            f.push(Instr::End);
        });
        f.get(current);
        f.push(Instr::RefAsNonNull);
        f.push(Instr::StructGet { ty: TypeId::TypeData, field: TYPE_DATA_SUPERCLASS });
        f.set(current);
        f.push(Instr::Br(walk));
        f.push(Instr::End);
        f.push(Instr::End);
        // Arrays are also `Object`s (and the root class is a supertype of everything non-primitive).
        f.get(to);
        f.push(Instr::GlobalGet(self.ensure_type_data(TypeRef::Class(well_known::object()))));
        f.push(Instr::RefEq);
        f.finish(&mut self.module, id);
    }
}

/// The component type of an array type.
fn component_of(array: ArrayTypeRef) -> TypeRef {
    array.element_type_ref()
}

#[cfg(test)]
mod tests {
    use super::name_units;

    #[test]
    fn escapes_in_names_are_the_characters_they_stand_for() {
        assert_eq!(String::from_utf16(&name_units("a.Gr\\u00f6\\u00dfe")).unwrap(), "a.Größe");
        assert_eq!(String::from_utf16(&name_units("plain$Name")).unwrap(), "plain$Name");
        assert_eq!(name_units("\\ud835\\udc00x"), vec![0xd835, 0xdc00, u16::from(b'x')]);
        assert_eq!(String::from_utf16(&name_units("odd\\uzz")).unwrap(), "odd\\uzz");
    }
}
