//! Encoding: resolves symbolic ids to indices and label ids to branch depths, and writes the binary.

use std::borrow::Cow;
use std::collections::HashMap;

use wasm_encoder as we;

use crate::wasm::ids::*;
use crate::wasm::instructions::*;
use crate::wasm::module::*;

/// A broken invariant of the module model (an id used but never defined): a compiler bug, not a user error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError(pub String);

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "internal compiler error while encoding: {}", self.0)
    }
}

struct Indices<'a> {
    types: HashMap<&'a TypeId, u32>,
    functions: HashMap<&'a FuncId, u32>,
    globals: HashMap<&'a GlobalId, u32>,
    tags: HashMap<TagId, u32>,
}

impl Indices<'_> {
    fn ty(&self, id: &TypeId) -> Result<u32, EncodeError> {
        self.types.get(id).copied().ok_or_else(|| EncodeError(format!("undefined type {id}")))
    }
    fn func(&self, id: &FuncId) -> Result<u32, EncodeError> {
        self.functions.get(id).copied().ok_or_else(|| EncodeError(format!("undefined function {id}")))
    }
    fn global(&self, id: &GlobalId) -> Result<u32, EncodeError> {
        self.globals.get(id).copied().ok_or_else(|| EncodeError(format!("undefined global {id}")))
    }
    fn tag(&self, id: TagId) -> Result<u32, EncodeError> {
        self.tags.get(&id).copied().ok_or_else(|| EncodeError(format!("undefined tag {id}")))
    }

    fn heap(&self, heap: &HeapType) -> Result<we::HeapType, EncodeError> {
        use we::AbstractHeapType as A;
        let abstract_type = |ty| we::HeapType::Abstract { shared: false, ty };
        Ok(match heap {
            HeapType::Any => abstract_type(A::Any),
            HeapType::Eq => abstract_type(A::Eq),
            HeapType::I31 => abstract_type(A::I31),
            HeapType::Struct => abstract_type(A::Struct),
            HeapType::Array => abstract_type(A::Array),
            HeapType::None => abstract_type(A::None),
            HeapType::Func => abstract_type(A::Func),
            HeapType::NoFunc => abstract_type(A::NoFunc),
            HeapType::Exn => abstract_type(A::Exn),
            HeapType::Extern => abstract_type(A::Extern),
            HeapType::Concrete(id) => we::HeapType::Concrete(self.ty(id)?),
        })
    }

    fn val(&self, ty: &ValType) -> Result<we::ValType, EncodeError> {
        Ok(match ty {
            ValType::I32 => we::ValType::I32,
            ValType::I64 => we::ValType::I64,
            ValType::F32 => we::ValType::F32,
            ValType::F64 => we::ValType::F64,
            ValType::Ref { nullable, heap } => we::ValType::Ref(we::RefType { nullable: *nullable, heap_type: self.heap(heap)? }),
        })
    }

    fn field(&self, field: &FieldType) -> Result<we::FieldType, EncodeError> {
        Ok(we::FieldType {
            element_type: match &field.storage {
                StorageType::I8 => we::StorageType::I8,
                StorageType::I16 => we::StorageType::I16,
                StorageType::Val(ty) => we::StorageType::Val(self.val(ty)?),
            },
            mutable: field.mutable,
        })
    }

    fn block_type(&self, ty: &BlockType) -> Result<we::BlockType, EncodeError> {
        Ok(match ty {
            BlockType::Empty => we::BlockType::Empty,
            BlockType::Result(ty) => we::BlockType::Result(self.val(ty)?),
        })
    }
}

/// Encodes the module. With `debug_names`, a name section names every type, field, function, local and global.
pub fn encode_module(module: &Module, debug_names: bool) -> Result<Vec<u8>, EncodeError> {
    let mut functions = HashMap::new();
    for (index, import) in module.imports.iter().enumerate() {
        functions.insert(&import.id, index as u32);
    }
    for (index, function) in module.functions.iter().enumerate() {
        functions.insert(&function.id, (module.imports.len() + index) as u32);
    }
    let globals = module.globals.iter().enumerate().map(|(index, global)| (&global.id, index as u32)).collect();
    let tags = module.tags.iter().enumerate().map(|(index, (tag, _))| (*tag, index as u32)).collect();
    // Types that refer to no other defined type (such as the function types of imports) each form their
    // own recursion group, so that they are the same types as in any other module; the rest share one
    // group, in which they may refer to each other in any order.
    // A function type whose references all go to such leaf types stands alone as well, after them: the
    // imports of the JS String Builtins must have exactly the types the engine defines.
    let leaves: std::collections::HashSet<&TypeId> =
        module.types.iter().filter(|def| !refers_to_defined_type(def)).map(|def| &def.id).collect();
    let standalone_over_leaves = |def: &TypeDef| match &def.composite {
        CompositeType::Func { params, results } => {
            def.is_final
                && def.supertype.is_none()
                && params.iter().chain(results).all(|ty| match ty {
                    ValType::Ref { heap: HeapType::Concrete(id), .. } => leaves.contains(id),
                    _ => true,
                })
        }
        _ => false,
    };
    let standalone = |def: &TypeDef| leaves.contains(&def.id) || standalone_over_leaves(def);
    let mut order: Vec<&TypeDef> = module.types.iter().filter(|def| leaves.contains(&def.id)).collect();
    order.extend(module.types.iter().filter(|def| !leaves.contains(&def.id) && standalone_over_leaves(def)));
    // Within the group, a supertype must come before its subtypes.
    let mut placed: std::collections::HashSet<&TypeId> = order.iter().map(|def| &def.id).collect();
    for def in module.types.iter().filter(|def| !standalone(def)) {
        let mut chain = Vec::new();
        let mut current = Some(def);
        while let Some(next) = current {
            if placed.contains(&next.id) || chain.iter().any(|existing: &&TypeDef| existing.id == next.id) {
                break;
            }
            chain.push(next);
            current = next.supertype.as_ref().and_then(|supertype| module.type_def(supertype));
        }
        for def in chain.into_iter().rev() {
            placed.insert(&def.id);
            order.push(def);
        }
    }
    let standalone_count = module.types.iter().filter(|def| standalone(def)).count();
    let types_by_id = order.iter().enumerate().map(|(index, def)| (&def.id, index as u32)).collect();
    let indices = Indices { types: types_by_id, functions, globals, tags };

    let mut wasm = we::Module::new();

    let mut types = we::TypeSection::new();
    let mut subtypes = Vec::new();
    for def in &order {
        let inner = match &def.composite {
            CompositeType::Func { params, results } => {
                let params: Result<Vec<_>, _> = params.iter().map(|ty| indices.val(ty)).collect();
                let results: Result<Vec<_>, _> = results.iter().map(|ty| indices.val(ty)).collect();
                we::CompositeInnerType::Func(we::FuncType::new(params?, results?))
            }
            CompositeType::Struct(fields) => {
                let fields: Result<Vec<_>, _> = fields.iter().map(|field| indices.field(field)).collect();
                we::CompositeInnerType::Struct(we::StructType { fields: fields?.into_boxed_slice() })
            }
            CompositeType::Array(field) => we::CompositeInnerType::Array(we::ArrayType(indices.field(field)?)),
        };
        let supertype_idxs = match &def.supertype {
            Some(supertype) => vec![indices.ty(supertype)?],
            None => Vec::new(),
        };
        subtypes.push(we::SubType {
            is_final: def.is_final,
            supertype_idxs,
            composite_type: we::CompositeType { inner, shared: false, descriptor: None, describes: None },
        });
    }
    if !subtypes.is_empty() {
        let grouped = subtypes.split_off(standalone_count);
        for subtype in &subtypes {
            types.ty().subtype(subtype);
        }
        match grouped.len() {
            0 => {}
            1 => types.ty().subtype(&grouped[0]),
            _ => types.ty().rec(grouped),
        }
        wasm.section(&types);
    }

    if !module.imports.is_empty() {
        let mut imports = we::ImportSection::new();
        for import in &module.imports {
            imports.import(&import.module, &import.name, we::EntityType::Function(indices.ty(&import.ty)?));
        }
        wasm.section(&imports);
    }

    if !module.functions.is_empty() {
        let mut section = we::FunctionSection::new();
        for function in &module.functions {
            section.function(indices.ty(&function.ty)?);
        }
        wasm.section(&section);
    }

    if !module.dispatch_table.is_empty() {
        let mut tables = we::TableSection::new();
        let size = module.dispatch_table.len() as u64;
        tables.table(we::TableType {
            element_type: we::RefType::FUNCREF,
            table64: false,
            minimum: size,
            maximum: Some(size),
            shared: false,
        });
        wasm.section(&tables);
    }

    if let Some(pages) = module.memory_pages {
        let mut memories = we::MemorySection::new();
        memories.memory(we::MemoryType { minimum: pages, maximum: None, memory64: false, shared: false, page_size_log2: None });
        wasm.section(&memories);
    }

    if !module.tags.is_empty() {
        let mut section = we::TagSection::new();
        for (_, ty) in &module.tags {
            section.tag(we::TagType { kind: we::TagKind::Exception, func_type_idx: indices.ty(ty)? });
        }
        wasm.section(&section);
    }

    if !module.globals.is_empty() {
        let mut section = we::GlobalSection::new();
        for global in &module.globals {
            let mut init = Vec::new();
            for instr in &global.init {
                init.push(encode_instr(instr, &indices, &mut Vec::new())?);
            }
            let mut bytes = Vec::new();
            for instr in &init {
                we::Encode::encode(instr, &mut bytes);
            }
            section.global(
                we::GlobalType { val_type: indices.val(&global.ty)?, mutable: global.mutable, shared: false },
                &we::ConstExpr::raw(bytes),
            );
        }
        wasm.section(&section);
    }

    if !module.exports.is_empty() {
        let mut section = we::ExportSection::new();
        for (name, kind) in &module.exports {
            match kind {
                ExportKind::Func(id) => section.export(name, we::ExportKind::Func, indices.func(id)?),
                ExportKind::Memory => section.export(name, we::ExportKind::Memory, 0),
            };
        }
        wasm.section(&section);
    }

    if let Some(start) = &module.start {
        wasm.section(&we::StartSection { function_index: indices.func(start)? });
    }

    if !module.dispatch_table.is_empty() {
        let mut elements = we::ElementSection::new();
        let functions: Result<Vec<u32>, _> = module.dispatch_table.iter().map(|id| indices.func(id)).collect();
        elements.active(None, &we::ConstExpr::i32_const(0), we::Elements::Functions(Cow::Owned(functions?)));
        wasm.section(&elements);
    }

    if !module.data.is_empty() {
        wasm.section(&we::DataCountSection { count: module.data.len() as u32 });
    }

    if !module.functions.is_empty() {
        let mut code = we::CodeSection::new();
        for function in &module.functions {
            let locals: Result<Vec<_>, _> = function.locals.iter().map(|(_, ty)| indices.val(ty).map(|ty| (1u32, ty))).collect();
            let mut body = we::Function::new(compress_locals(locals?));
            let mut labels = Vec::new();
            for instr in &function.body {
                let encoded = encode_instr(instr, &indices, &mut labels)?;
                body.instruction(&encoded);
            }
            code.function(&body);
        }
        wasm.section(&code);
    }

    if !module.data.is_empty() {
        let mut data = we::DataSection::new();
        for segment in &module.data {
            data.passive(segment.iter().copied());
        }
        wasm.section(&data);
    }

    if debug_names {
        wasm.section(&name_section(module, &order));
    }

    Ok(wasm.finish())
}

fn refers_to_defined_type(def: &TypeDef) -> bool {
    let concrete = |ty: &ValType| matches!(ty, ValType::Ref { heap: HeapType::Concrete(_), .. });
    let field_concrete = |field: &FieldType| matches!(&field.storage, StorageType::Val(ty) if concrete(ty));
    // Boxes must stay distinct from each other although they have the same shape: in the group they are.
    matches!(def.id, TypeId::Box(_))
        || def.supertype.is_some()
        || !def.is_final
        || match &def.composite {
            CompositeType::Func { params, results } => params.iter().chain(results).any(concrete),
            CompositeType::Struct(fields) => fields.iter().any(field_concrete),
            CompositeType::Array(field) => field_concrete(field),
        }
}

/// Runs of locals of one type share one entry.
fn compress_locals(locals: Vec<(u32, we::ValType)>) -> Vec<(u32, we::ValType)> {
    let mut compressed: Vec<(u32, we::ValType)> = Vec::new();
    for (count, ty) in locals {
        match compressed.last_mut() {
            Some((last_count, last_ty)) if *last_ty == ty => *last_count += count,
            _ => compressed.push((count, ty)),
        }
    }
    compressed
}

fn depth(labels: &[LabelId], label: LabelId) -> Result<u32, EncodeError> {
    labels
        .iter()
        .rev()
        .position(|candidate| *candidate == label)
        .map(|position| position as u32)
        .ok_or_else(|| EncodeError(format!("branch to a label that is not in scope ({})", label.0)))
}

fn encode_instr(instr: &Instr, indices: &Indices, labels: &mut Vec<LabelId>) -> Result<we::Instruction<'static>, EncodeError> {
    use we::Instruction as W;
    Ok(match instr {
        Instr::Unreachable => W::Unreachable,
        Instr::Nop => W::Nop,
        Instr::Block { label, ty } => {
            labels.push(*label);
            W::Block(indices.block_type(ty)?)
        }
        Instr::Loop { label, ty } => {
            labels.push(*label);
            W::Loop(indices.block_type(ty)?)
        }
        Instr::If { label, ty } => {
            labels.push(*label);
            W::If(indices.block_type(ty)?)
        }
        Instr::Else => W::Else,
        Instr::End => {
            labels.pop();
            W::End
        }
        Instr::Br(label) => W::Br(depth(labels, *label)?),
        Instr::BrIf(label) => W::BrIf(depth(labels, *label)?),
        Instr::BrTable { targets, default } => {
            let targets: Result<Vec<u32>, _> = targets.iter().map(|label| depth(labels, *label)).collect();
            W::BrTable(Cow::Owned(targets?), depth(labels, *default)?)
        }
        Instr::BrOnNull(label) => W::BrOnNull(depth(labels, *label)?),
        Instr::BrOnCast { label, nullable_source, source_heap, heap } => W::BrOnCast {
            relative_depth: depth(labels, *label)?,
            from_ref_type: we::RefType { nullable: *nullable_source, heap_type: indices.heap(source_heap)? },
            to_ref_type: we::RefType { nullable: false, heap_type: indices.heap(heap)? },
        },
        Instr::BrOnNonNull(label) => W::BrOnNonNull(depth(labels, *label)?),
        Instr::Return => W::Return,
        Instr::Call(id) => W::Call(indices.func(id)?),
        Instr::ReturnCall(id) => W::ReturnCall(indices.func(id)?),
        Instr::CallIndirect(ty) => W::CallIndirect { type_index: indices.ty(ty)?, table_index: 0 },
        Instr::CallRef(ty) => W::CallRef(indices.ty(ty)?),
        Instr::RefFunc(id) => W::RefFunc(indices.func(id)?),
        Instr::TryTable { label, ty, catches } => {
            // Catch clauses branch from outside the try_table's own label.
            let mut encoded = Vec::new();
            for catch in catches {
                encoded.push(match catch {
                    Catch::Tag { tag, label } => we::Catch::One { tag: indices.tag(*tag)?, label: depth(labels, *label)? },
                    Catch::AllRef { label } => we::Catch::AllRef { label: depth(labels, *label)? },
                });
            }
            labels.push(*label);
            W::TryTable(indices.block_type(ty)?, Cow::Owned(encoded))
        }
        Instr::Throw(tag) => W::Throw(indices.tag(*tag)?),
        Instr::ThrowRef => W::ThrowRef,
        Instr::Drop => W::Drop,
        Instr::Select => W::Select,
        Instr::LocalGet(local) => W::LocalGet(local.0),
        Instr::LocalSet(local) => W::LocalSet(local.0),
        Instr::LocalTee(local) => W::LocalTee(local.0),
        Instr::GlobalGet(id) => W::GlobalGet(indices.global(id)?),
        Instr::GlobalSet(id) => W::GlobalSet(indices.global(id)?),
        Instr::I32Load { offset, align } => {
            W::I32Load(we::MemArg { offset: *offset, align: *align, target: we::MemArgTarget::Memory(0), ordering: None })
        }
        Instr::I32Store { offset, align } => {
            W::I32Store(we::MemArg { offset: *offset, align: *align, target: we::MemArgTarget::Memory(0), ordering: None })
        }
        Instr::I32Store8 { offset } => {
            W::I32Store8(we::MemArg { offset: *offset, align: 0, target: we::MemArgTarget::Memory(0), ordering: None })
        }
        Instr::I32Const(value) => W::I32Const(*value),
        Instr::I64Const(value) => W::I64Const(*value),
        Instr::F32Const(bits) => W::F32Const(we::Ieee32::from(f32::from_bits(*bits))),
        Instr::F64Const(bits) => W::F64Const(we::Ieee64::from(f64::from_bits(*bits))),
        Instr::RefNull(heap) => W::RefNull(indices.heap(heap)?),
        Instr::RefIsNull => W::RefIsNull,
        Instr::RefEq => W::RefEq,
        Instr::RefAsNonNull => W::RefAsNonNull,
        Instr::RefTest { nullable, heap } => {
            if *nullable {
                W::RefTestNullable(indices.heap(heap)?)
            } else {
                W::RefTestNonNull(indices.heap(heap)?)
            }
        }
        Instr::RefCast { nullable, heap } => {
            if *nullable {
                W::RefCastNullable(indices.heap(heap)?)
            } else {
                W::RefCastNonNull(indices.heap(heap)?)
            }
        }
        Instr::StructNew(ty) => W::StructNew(indices.ty(ty)?),
        Instr::StructGet { ty, field } => W::StructGet { struct_type_index: indices.ty(ty)?, field_index: *field },
        Instr::StructSet { ty, field } => W::StructSet { struct_type_index: indices.ty(ty)?, field_index: *field },
        Instr::ArrayNew(ty) => W::ArrayNew(indices.ty(ty)?),
        Instr::ArrayNewDefault(ty) => W::ArrayNewDefault(indices.ty(ty)?),
        Instr::ArrayNewFixed { ty, size } => W::ArrayNewFixed { array_type_index: indices.ty(ty)?, array_size: *size },
        Instr::ArrayNewData { ty, data } => W::ArrayNewData { array_type_index: indices.ty(ty)?, array_data_index: *data },
        Instr::ArrayGet(ty) => W::ArrayGet(indices.ty(ty)?),
        Instr::ArrayGetS(ty) => W::ArrayGetS(indices.ty(ty)?),
        Instr::ArrayGetU(ty) => W::ArrayGetU(indices.ty(ty)?),
        Instr::ArraySet(ty) => W::ArraySet(indices.ty(ty)?),
        Instr::ArrayLen => W::ArrayLen,
        Instr::ArrayCopy { destination, source } => {
            W::ArrayCopy { array_type_index_dst: indices.ty(destination)?, array_type_index_src: indices.ty(source)? }
        }
        Instr::RefI31 => W::RefI31,
        Instr::I31GetS => W::I31GetS,
        Instr::Plain(instr) => instr.clone(),
    })
}

fn name_section(module: &Module, type_order: &[&TypeDef]) -> we::NameSection {
    let mut names = we::NameSection::new();
    let mut function_names = we::NameMap::new();
    let mut local_names = we::IndirectNameMap::new();
    for (index, import) in module.imports.iter().enumerate() {
        function_names.append(index as u32, &import.id.to_string());
    }
    for (offset, function) in module.functions.iter().enumerate() {
        let index = (module.imports.len() + offset) as u32;
        function_names.append(index, &function.id.to_string());
        let mut locals = we::NameMap::new();
        for (local, name) in function.param_names.iter().chain(function.locals.iter().map(|(name, _)| name)).enumerate() {
            locals.append(local as u32, name);
        }
        local_names.append(index, &locals);
    }
    names.functions(&function_names);
    names.locals(&local_names);
    let mut type_names = we::NameMap::new();
    let mut field_names = we::IndirectNameMap::new();
    for (index, def) in type_order.iter().enumerate() {
        type_names.append(index as u32, &def.id.to_string());
        if let CompositeType::Struct(fields) = &def.composite {
            let mut map = we::NameMap::new();
            for (field_index, field) in fields.iter().enumerate() {
                map.append(field_index as u32, &field.name);
            }
            field_names.append(index as u32, &map);
        }
    }
    names.types(&type_names);
    let mut global_names = we::NameMap::new();
    for (index, global) in module.globals.iter().enumerate() {
        global_names.append(index as u32, &global.id.to_string());
    }
    names.globals(&global_names);
    names.fields(&field_names);
    let mut tag_names = we::NameMap::new();
    for (index, (tag, _)) in module.tags.iter().enumerate() {
        tag_names.append(index as u32, &tag.to_string());
    }
    names.tags(&tag_names);
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_become_branch_depths() {
        let mut module = Module::default();
        let mut builder = FunctionBuilder::new(Vec::new(), vec![ValType::I32]);
        let outer = builder.new_label();
        let inner = builder.new_label();
        builder.push(Instr::Block { label: outer, ty: BlockType::Result(ValType::I32) });
        builder.push(Instr::Block { label: inner, ty: BlockType::Empty });
        builder.push(Instr::I32Const(7));
        builder.push(Instr::Br(outer));
        builder.push(Instr::End);
        builder.push(Instr::I32Const(8));
        builder.push(Instr::End);
        builder.finish(&mut module, FuncId::Helper("test"));
        module.exports.push(("test".into(), ExportKind::Func(FuncId::Helper("test"))));
        let bytes = encode_module(&module, true).expect("encodes");
        wasmparser::Validator::new().validate_all(&bytes).expect("validates");
        let wat = wasmprinter::print_bytes(&bytes).expect("prints");
        assert!(wat.contains("br 1 (;@1;)"), "{wat}");
    }

    #[test]
    fn an_undefined_function_is_an_internal_error() {
        let mut module = Module::default();
        let mut builder = FunctionBuilder::new(Vec::new(), Vec::new());
        builder.push(Instr::Call(FuncId::Helper("missing")));
        builder.finish(&mut module, FuncId::Helper("caller"));
        assert!(encode_module(&module, false).is_err());
    }
}
