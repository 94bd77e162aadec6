//! The object model in Wasm types: IR types to value types, class structs, vtables and array structs.

use std::collections::BTreeMap;

use kiln_ir::names::{ClassName, FieldName, MethodName, well_known};
use kiln_ir::trees::{ClassKind, MemberNamespace};
use kiln_ir::types::ClassHierarchy;
use kiln_ir::types::{ArrayBase, ArrayTypeRef, PrimType, Type};
use kiln_link::{LinkedProgram, MethodKey};

use crate::lower::{Emitter, method_func_id};
use crate::wasm::*;

/// Field layouts, computed once per class.
#[derive(Debug, Default)]
pub struct Layouts {
    fields: BTreeMap<ClassName, Vec<FieldName>>,
}

impl Layouts {
    /// Instance fields of a class, its ancestors' first (Wasm structs have no inheritance; prefixes do).
    pub fn instance_fields(&mut self, linked: &LinkedProgram, class: ClassName) -> Vec<FieldName> {
        if let Some(fields) = self.fields.get(&class) {
            return fields.clone();
        }
        let mut chain = linked.table.superclass_chain(class);
        chain.reverse();
        let mut fields = Vec::new();
        for ancestor in chain {
            if let Some(info) = linked.table.get(ancestor) {
                let definition = &linked.program.classes[info.index];
                for field in &definition.fields {
                    if !field.namespace.is_static() {
                        fields.push(field.name);
                    }
                }
            }
        }
        self.fields.insert(class, fields.clone());
        fields
    }
}

/// The kind of an array type, before the linker's choice of element-typed class arrays
/// (`Emitter::array_kind` makes it).
fn shared_array_kind_of(array: ArrayTypeRef) -> ArrayKind {
    if array.dimensions > 1 {
        return ArrayKind::Reference;
    }
    match array.base {
        ArrayBase::Prim(PrimType::Boolean) => ArrayKind::Boolean,
        ArrayBase::Prim(PrimType::Char) => ArrayKind::Char,
        ArrayBase::Prim(PrimType::Byte) => ArrayKind::Byte,
        ArrayBase::Prim(PrimType::Short) => ArrayKind::Short,
        ArrayBase::Prim(PrimType::Int) => ArrayKind::Int,
        ArrayBase::Prim(PrimType::Long) => ArrayKind::Long,
        ArrayBase::Prim(PrimType::Float) => ArrayKind::Float,
        ArrayBase::Prim(PrimType::Double) => ArrayKind::Double,
        _ => ArrayKind::Reference,
    }
}

pub fn array_element_storage(kind: ArrayKind) -> StorageType {
    match kind {
        ArrayKind::Boolean | ArrayKind::Byte => StorageType::I8,
        ArrayKind::Char | ArrayKind::Short => StorageType::I16,
        ArrayKind::Int => StorageType::Val(ValType::I32),
        ArrayKind::Long => StorageType::Val(ValType::I64),
        ArrayKind::Float => StorageType::Val(ValType::F32),
        ArrayKind::Double => StorageType::Val(ValType::F64),
        ArrayKind::Reference => StorageType::Val(ValType::anyref()),
        ArrayKind::Class(class) => StorageType::Val(ValType::nullable(HeapType::Concrete(TypeId::Class(class)))),
        ArrayKind::Rows(prim) => {
            StorageType::Val(ValType::nullable(HeapType::Concrete(TypeId::ArrayObject(ArrayKind::of_primitive(prim)))))
        }
    }
}

impl Emitter<'_> {
    /// The kind of an array type: its element type's, or its class's own when the linker gave the class
    /// element-typed arrays.
    pub(crate) fn array_kind(&self, array: ArrayTypeRef) -> ArrayKind {
        match array.base {
            ArrayBase::Class(class) if array.dimensions == 1 && self.linked.typed_arrays.classes.contains(&class) => {
                ArrayKind::Class(class)
            }
            ArrayBase::Prim(prim) if array.dimensions == 2 && self.linked.typed_arrays.rows.contains(&prim) => {
                ArrayKind::Rows(prim)
            }
            _ => shared_array_kind_of(array),
        }
    }

    /// Every array kind whose array objects the module has so far: the primitive kinds, the shared
    /// reference kind, then the element-typed ones. Code that handles any array emits last, to see all.
    pub(crate) fn array_kinds_in_module(&self) -> Vec<ArrayKind> {
        [
            ArrayKind::Boolean,
            ArrayKind::Char,
            ArrayKind::Byte,
            ArrayKind::Short,
            ArrayKind::Int,
            ArrayKind::Long,
            ArrayKind::Float,
            ArrayKind::Double,
            ArrayKind::Reference,
        ]
        .into_iter()
        .filter(|kind| self.module.has_type(&TypeId::ArrayObject(*kind)))
        .chain(self.element_typed_array_kinds())
        .collect()
    }

    /// The element-typed array kinds (class arrays, then arrays of primitive arrays) whose array objects
    /// the module has so far, in order: what the code that handles any array at run time must tell apart.
    pub(crate) fn element_typed_array_kinds(&self) -> Vec<ArrayKind> {
        let classes = self.linked.typed_arrays.classes.iter().map(|class| ArrayKind::Class(*class));
        let rows = self.linked.typed_arrays.rows.iter().map(|prim| ArrayKind::Rows(*prim));
        classes.chain(rows).filter(|kind| self.module.has_type(&TypeId::ArrayObject(*kind))).collect()
    }

    /// Whether values of a class type are represented as `anyref` rather than a class struct: the root class,
    /// interfaces and hijacked classes, whose values may be strings or other non-struct values.
    pub(crate) fn class_is_anyref(&self, class: ClassName) -> bool {
        class == well_known::object()
            || self
                .linked
                .table
                .get(class)
                .is_none_or(|info| matches!(info.kind, ClassKind::Interface | ClassKind::HijackedClass))
    }

    pub(crate) fn class_value_type(&mut self, class: ClassName) -> HeapType {
        if self.class_is_anyref(class) { HeapType::Any } else { HeapType::Concrete(self.class_struct(class)) }
    }

    /// The Wasm type of IR values of a type; `None` for `void` and `nothing`, which have no values.
    pub(crate) fn wasm_type(&mut self, ty: &Type) -> Option<ValType> {
        Some(match ty {
            Type::Void | Type::Nothing => return None,
            Type::Boolean | Type::Char | Type::Byte | Type::Short | Type::Int => ValType::I32,
            Type::Long => ValType::I64,
            Type::Float => ValType::F32,
            Type::Double => ValType::F64,
            Type::String => ValType::non_null(HeapType::Concrete(self.string_type())),
            Type::Null => ValType::nullable(HeapType::None),
            Type::Any { nullable } => ValType::Ref { nullable: *nullable, heap: HeapType::Any },
            Type::Class { class, nullable, .. } => {
                let heap = self.class_value_type(*class);
                ValType::Ref { nullable: *nullable, heap }
            }
            Type::Array { array, nullable, .. } => {
                let heap = HeapType::Concrete(self.array_object_type(self.array_kind(*array)));
                ValType::Ref { nullable: *nullable, heap }
            }
            Type::Closure { params, result, nullable } => {
                let (base, _) = self.closure_types(params, result);
                ValType::Ref { nullable: *nullable, heap: HeapType::Concrete(base) }
            }
        })
    }

    /// Field storage never holds a non-nullable reference: fields start at zero, that is null.
    pub(crate) fn field_storage_type(&mut self, ty: &Type) -> ValType {
        match self.wasm_type(ty) {
            Some(ValType::Ref { heap, .. }) => ValType::nullable(heap),
            Some(other) => other,
            None => ValType::I32,
        }
    }

    /// The base struct and the function type of typed closures with these parameter and result types.
    /// Closures are structs rather than bare function references so that captured values can ride along:
    /// the function receives its closure as first argument and reads the captures from it.
    pub(crate) fn closure_types(&mut self, params: &[Type], result: &Type) -> (TypeId, TypeId) {
        let param_types: Vec<ValType> = params.iter().filter_map(|param| self.wasm_type(param)).collect();
        let results: Vec<ValType> = self.wasm_type(result).into_iter().collect();
        let next = self.closure_signatures.len() as u32;
        let number = *self.closure_signatures.entry((param_types.clone(), results.clone())).or_insert(next);
        let base = TypeId::ClosureBase(number);
        let mut function_params = vec![ValType::non_null(HeapType::Concrete(base.clone()))];
        function_params.extend(param_types);
        let function_type = self.module.func_type(function_params, results);
        self.module.add_type(TypeDef {
            id: base.clone(),
            // The function's index in the dispatch table (see `Module::dispatch_table`), of type `function_type`.
            composite: CompositeType::Struct(vec![FieldType {
                storage: StorageType::Val(ValType::I32),
                mutable: false,
                name: "function".into(),
            }]),
            supertype: None,
            is_final: false,
        });
        (base, function_type)
    }

    pub(crate) fn string_type(&mut self) -> TypeId {
        let id = TypeId::StringChars;
        self.module.add_type(TypeDef {
            id: id.clone(),
            composite: CompositeType::Array(FieldType { storage: StorageType::I16, mutable: true, name: "chars".into() }),
            supertype: None,
            is_final: true,
        });
        id
    }

    /// The function type of a method, by its key.
    pub(crate) fn method_func_type(&mut self, key: MethodKey) -> TypeId {
        let (params, results) = self.method_signature(key);
        self.module.func_type(params, results)
    }

    /// How `this` arrives in the instance methods of a class: as the class's own struct, so that a method
    /// needs no cast to read its fields (Wasmtime checks a cast to a type that is neither final nor the
    /// value's exact type with a call into the runtime); as `(ref any)` where values may be strings or
    /// boxes (`java.lang.Object`, interfaces, hijacked classes).
    pub(crate) fn receiver_type(&mut self, class: ClassName) -> ValType {
        ValType::non_null(self.class_value_type(class))
    }

    /// How `this` arrives in a method: as its class's receiver type, except in a final class's methods
    /// that fill a vtable slot, which take the slot's receiver type so that the vtable can hold them without
    /// an entry function; their cast to the class at entry is to a final type, which Wasmtime checks inline.
    pub(crate) fn method_receiver_type(&mut self, key: MethodKey) -> ValType {
        let fills_slot = key.namespace == MemberNamespace::Public
            && self.linked.vtable_slots.get(&key.class).is_some_and(|slots| slots.contains(&key.method));
        if fills_slot && !self.class_is_anyref(key.class) && self.is_final_struct(key.class) {
            let root = self.slot_root(key.class, key.method);
            return self.receiver_type(root);
        }
        self.receiver_type(key.class)
    }

    /// The class that introduces the vtable slot of `method` among `class` and its ancestors: the slot's
    /// function type takes `this` as that class's receiver type, in every vtable below it.
    pub(crate) fn slot_root(&self, class: ClassName, method: MethodName) -> ClassName {
        let chain = self.linked.table.superclass_chain(class);
        chain
            .iter()
            .rev()
            .copied()
            .find(|ancestor| self.linked.vtable_slots.get(ancestor).is_some_and(|slots| slots.contains(&method)))
            .unwrap_or(class)
    }

    /// The key whose signature a vtable slot of `class` for `method` has (see `slot_root`).
    pub(crate) fn slot_key(&self, class: ClassName, method: MethodName) -> MethodKey {
        MethodKey { class: self.slot_root(class, method), namespace: MemberNamespace::Public, method }
    }

    /// The function a vtable (`from_any` false) or an itable (`from_any` true, receiver `(ref any)`) of
    /// `class` holds for `method`, whose implementation is `implementation`: the implementation itself when
    /// its type is the slot's, otherwise an entry that casts the receiver to `class` and tail-calls it.
    /// The cast is to the receiver's exact class (a vtable belongs to one class), which Wasmtime checks
    /// inline, where a cast to the implementation's (possibly inherited, non-final) class would not be.
    pub(crate) fn slot_entry(
        &mut self,
        class: ClassName,
        method: MethodName,
        implementation: MethodKey,
        from_any: bool,
    ) -> FuncId {
        let slot_key = if from_any {
            MethodKey { class: well_known::object(), namespace: MemberNamespace::Public, method }
        } else {
            self.slot_key(class, method)
        };
        let slot_type = self.method_func_type(slot_key);
        let function = method_func_id(implementation);
        if self.method_func_type(implementation) == slot_type {
            return function;
        }
        let entry = FuncId::SlotEntry { class, method, from_any };
        if !self.module.has_function(&entry) {
            let (params, _) = self.method_signature(slot_key);
            let parameter_count = params.len() as u32;
            let mut body = vec![
                Instr::LocalGet(LocalId(0)),
                Instr::RefCast { nullable: false, heap: HeapType::Concrete(self.class_struct(class)) },
            ];
            body.extend((1..parameter_count).map(|index| Instr::LocalGet(LocalId(index))));
            body.push(Instr::ReturnCall(function));
            body.push(Instr::End);
            self.module.add_function(Function {
                id: entry.clone(),
                ty: slot_type,
                param_names: Vec::new(),
                locals: Vec::new(),
                body,
            });
        }
        entry
    }

    /// The classes whose instances are the instances of `class` at run time, when testing each of them is
    /// cheaper than one cast to `class`: `class`'s struct type is not final (a cast to it that does not
    /// match exactly calls into Wasmtime's runtime), and a few instantiated subclasses, all of final struct
    /// types (a test against a final type is one inline comparison), make up its instances.
    pub(crate) fn final_instance_classes(&mut self, class: ClassName) -> Option<Vec<ClassName>> {
        const MOST_TESTS: usize = 6;
        if self.class_is_anyref(class) || self.is_final_struct(class) {
            return None;
        }
        let candidates: Vec<ClassName> = self
            .linked
            .instantiated
            .iter()
            .copied()
            .filter(|candidate| self.linked.table.is_subclass(*candidate, class))
            .collect();
        if candidates.len() > MOST_TESTS || !candidates.iter().all(|candidate| self.is_final_struct(*candidate)) {
            return None;
        }
        Some(candidates)
    }

    fn is_final_struct(&mut self, class: ClassName) -> bool {
        let id = self.class_struct(class);
        self.module.type_def(&id).is_some_and(|def| def.is_final)
    }

    fn has_subclasses(&self, class: ClassName) -> bool {
        self.linked.table.classes.values().any(|info| info.super_class == Some(class))
    }

    /// The vtable struct of a class: the class name when names are needed, then one function per slot.
    pub(crate) fn vtable_type(&mut self, class: ClassName) -> TypeId {
        let id = TypeId::VTable(class);
        if self.module.has_type(&id) {
            return id;
        }
        let super_class = self.linked.table.get(class).and_then(|info| info.super_class);
        let supertype = super_class.map(|super_class| self.vtable_type(super_class));
        let mut fields = Vec::new();
        if self.linked.features.class_names {
            let type_data = self.type_data_type();
            fields.push(FieldType {
                storage: StorageType::Val(ValType::non_null(HeapType::Concrete(type_data))),
                mutable: false,
                name: "typedata".into(),
            });
        }
        if self.linked.itable_count > 0 {
            let itables = self.itables_type();
            fields.push(FieldType {
                storage: StorageType::Val(ValType::non_null(HeapType::Concrete(itables))),
                mutable: false,
                name: "itables".into(),
            });
        }
        let slots = self.linked.vtable_slots.get(&class).cloned().unwrap_or_default();
        for method in slots {
            // The slot's function type is `method_func_type(self.slot_key(class, method))`; the slot holds
            // the function's index in the dispatch table.
            fields.push(FieldType { storage: StorageType::Val(ValType::I32), mutable: false, name: method.simple().to_string() });
        }
        let is_final = !self.has_subclasses(class) && class != well_known::object();
        self.module.add_type(TypeDef { id: id.clone(), composite: CompositeType::Struct(fields), supertype, is_final });
        id
    }

    /// A vtable's array of itables: `(array (ref null struct))`, immutable.
    pub(crate) fn itables_type(&mut self) -> TypeId {
        let id = TypeId::ITables;
        self.module.add_type(TypeDef {
            id: id.clone(),
            composite: CompositeType::Array(FieldType {
                storage: StorageType::Val(ValType::nullable(HeapType::Struct)),
                mutable: false,
                name: "itable".into(),
            }),
            supertype: None,
            is_final: true,
        });
        id
    }

    /// The itable struct of an interface: a function reference per method in its slots.
    pub(crate) fn itable_type(&mut self, interface: ClassName) -> TypeId {
        let id = TypeId::ITable(interface);
        if self.module.has_type(&id) {
            return id;
        }
        let slots = self.linked.itable_slots.get(&interface).cloned().unwrap_or_default();
        let mut fields = Vec::new();
        for method in slots {
            // An index in the dispatch table, of a function whose `this` is `(ref any)`.
            fields.push(FieldType { storage: StorageType::Val(ValType::I32), mutable: false, name: method.simple().to_string() });
        }
        self.module.add_type(TypeDef {
            id: id.clone(),
            composite: CompositeType::Struct(fields),
            supertype: None,
            is_final: true,
        });
        id
    }

    /// The function a class's itable or vtable holds for a method: its implementation, or a trap.
    fn slot_function(&mut self, class: ClassName, method: MethodName) -> FuncId {
        if let Some((declaring, _)) = self.linked.table.resolve_public_method(class, method) {
            let implementation = MethodKey { class: declaring, namespace: MemberNamespace::Public, method };
            if self.module.has_function(&method_func_id(implementation)) {
                return self.slot_entry(class, method, implementation, true);
            }
        }
        let ty = self.method_func_type(MethodKey { class: well_known::object(), namespace: MemberNamespace::Public, method });
        self.unreachable_stub(ty)
    }

    /// The index of the first instance field in a class struct (after the vtable and the hash).
    pub(crate) fn first_field_index(&self) -> u32 {
        u32::from(self.linked.has_vtables()) + u32::from(self.linked.features.identity_hash)
    }

    pub(crate) fn class_struct(&mut self, class: ClassName) -> TypeId {
        let id = TypeId::Class(class);
        if self.module.has_type(&id) {
            return id;
        }
        let super_class = self.linked.table.get(class).and_then(|info| info.super_class);
        // Reserve the id first: field types may refer back to this class.
        self.module.add_type(TypeDef {
            id: id.clone(),
            composite: CompositeType::Struct(Vec::new()),
            supertype: None,
            is_final: false,
        });
        let supertype = super_class.map(|super_class| self.class_struct(super_class));
        let mut fields = self.object_header_fields(class);
        for field in self.layouts.instance_fields(self.linked, class) {
            let ty = self.linked.table.field(field).map(|info| info.ty.clone()).unwrap_or(Type::Null);
            let storage = self.field_storage_type(&ty);
            fields.push(FieldType { storage: StorageType::Val(storage), mutable: true, name: field.simple.to_string() });
        }
        let is_final = !self.has_subclasses(class) && class != well_known::object();
        let index = self.module.type_index(&id).unwrap_or(0) as usize;
        self.module.types[index] = TypeDef { id: id.clone(), composite: CompositeType::Struct(fields), supertype, is_final };
        id
    }

    fn object_header_fields(&mut self, class: ClassName) -> Vec<FieldType> {
        let mut fields = Vec::new();
        if self.linked.has_vtables() {
            let vtable = self.vtable_type(class);
            fields.push(FieldType {
                storage: StorageType::Val(ValType::non_null(HeapType::Concrete(vtable))),
                mutable: false,
                name: "vtable".into(),
            });
        }
        if self.linked.features.identity_hash {
            fields.push(FieldType { storage: StorageType::Val(ValType::I32), mutable: true, name: "hash".into() });
        }
        fields
    }

    pub(crate) fn array_data_type(&mut self, kind: ArrayKind) -> TypeId {
        let id = TypeId::ArrayData(kind);
        if kind == ArrayKind::Char {
            // char[] shares the string representation, so that conversions are plain copies.
            return self.string_type();
        }
        // The element type must exist before the array type that names it.
        match kind {
            ArrayKind::Class(class) => {
                self.class_struct(class);
            }
            ArrayKind::Rows(prim) => {
                self.array_object_type(ArrayKind::of_primitive(prim));
            }
            _ => {}
        }
        self.module.add_type(TypeDef {
            id: id.clone(),
            composite: CompositeType::Array(FieldType {
                storage: array_element_storage(kind),
                mutable: true,
                name: "elements".into(),
            }),
            supertype: None,
            is_final: true,
        });
        id
    }

    /// The object of an array: the object header of `java.lang.Object`, then the elements.
    pub(crate) fn array_object_type(&mut self, kind: ArrayKind) -> TypeId {
        let id = TypeId::ArrayObject(kind);
        if self.module.has_type(&id) {
            return id;
        }
        let object = well_known::object();
        let supertype = self.class_struct(object);
        let data = self.array_data_type(kind);
        let mut fields = self.object_header_fields(object);
        fields.push(FieldType {
            storage: StorageType::Val(ValType::non_null(HeapType::Concrete(data))),
            mutable: false,
            name: "data".into(),
        });
        if kind == ArrayKind::Reference && self.linked.features.array_types {
            // The array's own type (`String[]`), for getClass, type tests and store checks.
            let type_data = self.type_data_type();
            fields.push(FieldType {
                storage: StorageType::Val(ValType::non_null(HeapType::Concrete(type_data))),
                mutable: false,
                name: "arraytype".into(),
            });
        }
        self.module.add_type(TypeDef {
            id: id.clone(),
            composite: CompositeType::Struct(fields),
            supertype: Some(supertype),
            is_final: true,
        });
        id
    }

    /// Where reference arrays keep their type data: the field after the elements.
    pub(crate) fn array_type_field(&self) -> u32 {
        self.first_field_index() + 1
    }

    /// Pushes the last field of a new array object: the array's type data, for reference arrays whose
    /// type the program inspects; nothing otherwise.
    pub(crate) fn push_array_type_field(&mut self, builder: &mut FunctionBuilder, array: kiln_ir::types::ArrayTypeRef) {
        if self.array_kind(array) == ArrayKind::Reference && self.linked.features.array_types {
            let global = self.ensure_type_data(kiln_ir::types::TypeRef::Array(array));
            builder.push(Instr::GlobalGet(global));
        }
    }

    pub(crate) fn ensure_vtable_global(&mut self, class: ClassName) {
        let id = GlobalId::VTable(class);
        if self.module.has_global(&id) {
            return;
        }
        let ty = self.vtable_type(class);
        // The initialiser is filled in by `emit_vtables` once every function exists.
        self.module.add_global(Global { id, ty: ValType::non_null(HeapType::Concrete(ty)), mutable: false, init: Vec::new() });
    }

    /// Fills in the vtable globals: the class's type data, then a reference to each slot's implementation.
    pub(crate) fn emit_vtables(&mut self) -> Result<(), crate::lower::EmitError> {
        let classes: Vec<ClassName> = self
            .module
            .globals
            .iter()
            .filter_map(|global| match global.id {
                GlobalId::VTable(class) => Some(class),
                _ => None,
            })
            .collect();
        for class in classes {
            let mut init = Vec::new();
            if self.linked.features.class_names {
                let type_data = self.ensure_type_data(kiln_ir::types::TypeRef::Class(class));
                init.push(Instr::GlobalGet(type_data));
            }
            if self.linked.itable_count > 0 {
                // The class's itables: at each position, the itable of the interface there that it implements.
                for position in 0..self.linked.itable_count {
                    let interface = self
                        .linked
                        .itable_index
                        .iter()
                        .filter(|(_, index)| **index == position)
                        .map(|(interface, _)| *interface)
                        .find(|interface| self.linked.table.is_subclass(class, *interface));
                    match interface {
                        Some(interface) => {
                            let slots = self.linked.itable_slots.get(&interface).cloned().unwrap_or_default();
                            for method in slots {
                                let function = self.slot_function(class, method);
                                let index = self.module.dispatch_index(&function);
                                init.push(Instr::I32Const(index as i32));
                            }
                            let itable = self.itable_type(interface);
                            init.push(Instr::StructNew(itable));
                        }
                        None => init.push(Instr::RefNull(HeapType::Struct)),
                    }
                }
                let itables = self.itables_type();
                init.push(Instr::ArrayNewFixed { ty: itables, size: self.linked.itable_count });
            }
            let slots = self.linked.vtable_slots.get(&class).cloned().unwrap_or_default();
            for method in slots {
                let Some((declaring, _)) = self.linked.table.resolve_public_method(class, method) else {
                    return Err(crate::lower::EmitError::Internal(format!(
                        "vtable slot {method} of {class} has no implementation"
                    )));
                };
                let key = MethodKey { class: declaring, namespace: MemberNamespace::Public, method };
                let function = if self.module.has_function(&method_func_id(key)) {
                    self.slot_entry(class, method, key, false)
                } else {
                    // An abstract slot, or one no instantiated class reaches: a function that traps.
                    let slot_key = self.slot_key(class, method);
                    let ty = self.method_func_type(slot_key);
                    self.unreachable_stub(ty)
                };
                let index = self.module.dispatch_index(&function);
                init.push(Instr::I32Const(index as i32));
            }
            let vtable = self.vtable_type(class);
            init.push(Instr::StructNew(vtable));
            if let Some(global) = self.module.globals.iter_mut().find(|global| global.id == GlobalId::VTable(class)) {
                global.init = init;
            }
        }
        Ok(())
    }

    fn unreachable_stub(&mut self, ty: TypeId) -> FuncId {
        let TypeId::Func(number) = ty else {
            return FuncId::Helper("unreachable");
        };
        let name: &'static str = Box::leak(format!("unreachable{number}").into_boxed_str());
        let id = FuncId::Helper(name);
        if !self.module.has_function(&id) {
            self.module.add_function(Function {
                id: id.clone(),
                ty,
                param_names: Vec::new(),
                locals: Vec::new(),
                body: vec![Instr::Unreachable, Instr::End],
            });
        }
        id
    }

    /// Pushes the zero value of an IR type as stored in a field or a fresh local.
    pub(crate) fn push_zero(&mut self, builder: &mut FunctionBuilder, ty: &Type) {
        match self.field_storage_type(ty) {
            ValType::I32 => builder.push(Instr::I32Const(0)),
            ValType::I64 => builder.push(Instr::I64Const(0)),
            ValType::F32 => builder.push(Instr::F32Const(0)),
            ValType::F64 => builder.push(Instr::F64Const(0)),
            ValType::Ref { heap, .. } => builder.push(Instr::RefNull(heap)),
        }
    }
}

/// UTF-16 code units as little-endian bytes, the layout `array.new_data` reads for an `i16` array.
pub fn units_to_bytes(units: &[u16]) -> Vec<u8> {
    units.iter().flat_map(|unit| unit.to_le_bytes()).collect()
}
