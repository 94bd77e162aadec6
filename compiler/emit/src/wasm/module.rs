//! The module under construction: type, import, function, global, tag, data and export definitions by id.

use std::collections::BTreeMap;

use crate::wasm::ids::*;
use crate::wasm::instructions::*;

#[derive(Clone, Debug)]
pub enum CompositeType {
    Func { params: Vec<ValType>, results: Vec<ValType> },
    Struct(Vec<FieldType>),
    Array(FieldType),
}

#[derive(Clone, Debug)]
pub struct TypeDef {
    pub id: TypeId,
    pub composite: CompositeType,
    pub supertype: Option<TypeId>,
    pub is_final: bool,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub id: FuncId,
    pub ty: TypeId,
    /// Names of the parameters, for the name section.
    pub param_names: Vec<String>,
    pub locals: Vec<(String, ValType)>,
    pub body: Vec<Instr>,
}

#[derive(Clone, Debug)]
pub struct Import {
    pub id: FuncId,
    pub module: String,
    pub name: String,
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub struct Global {
    pub id: GlobalId,
    pub ty: ValType,
    pub mutable: bool,
    pub init: Vec<Instr>,
}

#[derive(Clone, Debug)]
pub enum ExportKind {
    Func(FuncId),
    Memory,
}

/// A whole module. Definitions keep the order in which they were added, which the lowering makes
/// deterministic; types are looked up by id.
#[derive(Debug, Default)]
pub struct Module {
    pub types: Vec<TypeDef>,
    type_indices: BTreeMap<TypeId, u32>,
    func_types: BTreeMap<(Vec<ValType>, Vec<ValType>), u32>,
    pub imports: Vec<Import>,
    pub functions: Vec<Function>,
    pub globals: Vec<Global>,
    pub tags: Vec<(TagId, TypeId)>,
    pub data: Vec<Vec<u8>>,
    /// Minimum pages of the one linear memory, when the module has one.
    pub memory_pages: Option<u64>,
    pub exports: Vec<(String, ExportKind)>,
    pub start: Option<FuncId>,
    /// The functions of the one function table, by index: what vtables and itables dispatch to. Vtables
    /// hold indices into it rather than function references because Wasmtime reads a function reference
    /// out of a GC struct with a call into its runtime, where `call_indirect` reads a table inline.
    pub dispatch_table: Vec<FuncId>,
    dispatch_indices: BTreeMap<FuncId, u32>,
}

impl Module {
    /// The index of a function in the dispatch table, adding it at the end on first use.
    pub fn dispatch_index(&mut self, function: &FuncId) -> u32 {
        if let Some(index) = self.dispatch_indices.get(function) {
            return *index;
        }
        let index = self.dispatch_table.len() as u32;
        self.dispatch_table.push(function.clone());
        self.dispatch_indices.insert(function.clone(), index);
        index
    }

    pub fn add_type(&mut self, def: TypeDef) {
        if self.type_indices.contains_key(&def.id) {
            return;
        }
        self.type_indices.insert(def.id.clone(), self.types.len() as u32);
        self.types.push(def);
    }

    pub fn has_type(&self, id: &TypeId) -> bool {
        self.type_indices.contains_key(id)
    }

    pub fn type_def(&self, id: &TypeId) -> Option<&TypeDef> {
        self.type_indices.get(id).map(|index| &self.types[*index as usize])
    }

    pub fn type_index(&self, id: &TypeId) -> Option<u32> {
        self.type_indices.get(id).copied()
    }

    /// The id of the (deduplicated) function type with these parameters and results.
    pub fn func_type(&mut self, params: Vec<ValType>, results: Vec<ValType>) -> TypeId {
        let key = (params, results);
        if let Some(&number) = self.func_types.get(&key) {
            return TypeId::Func(number);
        }
        let number = self.func_types.len() as u32;
        self.func_types.insert(key.clone(), number);
        let id = TypeId::Func(number);
        self.add_type(TypeDef {
            id: id.clone(),
            composite: CompositeType::Func { params: key.0, results: key.1 },
            supertype: None,
            is_final: true,
        });
        id
    }

    pub fn func_signature(&self, ty: &TypeId) -> Option<(&[ValType], &[ValType])> {
        match &self.type_def(ty)?.composite {
            CompositeType::Func { params, results } => Some((params, results)),
            _ => None,
        }
    }

    pub fn add_import(&mut self, module: &str, name: &str, params: Vec<ValType>, results: Vec<ValType>) -> FuncId {
        let id = FuncId::Import { module: module.to_string(), name: name.to_string() };
        if self.imports.iter().any(|import| import.id == id) {
            return id;
        }
        let ty = self.func_type(params, results);
        self.imports.push(Import { id: id.clone(), module: module.to_string(), name: name.to_string(), ty });
        id
    }

    pub fn has_function(&self, id: &FuncId) -> bool {
        self.functions.iter().any(|function| function.id == *id) || self.imports.iter().any(|import| import.id == *id)
    }

    pub fn add_function(&mut self, function: Function) {
        self.functions.push(function);
    }

    pub fn add_global(&mut self, global: Global) {
        if self.globals.iter().any(|existing| existing.id == global.id) {
            return;
        }
        self.globals.push(global);
    }

    pub fn has_global(&self, id: &GlobalId) -> bool {
        self.globals.iter().any(|global| global.id == *id)
    }

    /// Adds bytes to the module's one passive data segment and returns their offset.
    pub fn add_data(&mut self, bytes: &[u8]) -> u32 {
        if self.data.is_empty() {
            self.data.push(Vec::new());
        }
        let segment = &mut self.data[0];
        // Reuse identical bytes already in the segment (literals often repeat).
        if !bytes.is_empty()
            && let Some(position) = segment.windows(bytes.len()).position(|window| window == bytes)
            && position % 2 == 0
        {
            return position as u32;
        }
        let offset = segment.len() as u32;
        segment.extend_from_slice(bytes);
        offset
    }
}

/// Builds one function body: locals, labels and instructions.
#[derive(Debug)]
pub struct FunctionBuilder {
    pub params: Vec<(String, ValType)>,
    pub results: Vec<ValType>,
    pub locals: Vec<(String, ValType)>,
    pub body: Vec<Instr>,
    next_label: u32,
}

impl FunctionBuilder {
    pub fn new(params: Vec<(String, ValType)>, results: Vec<ValType>) -> FunctionBuilder {
        FunctionBuilder { params, results, locals: Vec::new(), body: Vec::new(), next_label: 0 }
    }

    pub fn param(&self, index: u32) -> LocalId {
        LocalId(index)
    }

    pub fn add_local(&mut self, name: impl Into<String>, ty: ValType) -> LocalId {
        self.locals.push((name.into(), ty));
        LocalId((self.params.len() + self.locals.len() - 1) as u32)
    }

    pub fn local_type(&self, local: LocalId) -> &ValType {
        let index = local.0 as usize;
        if index < self.params.len() { &self.params[index].1 } else { &self.locals[index - self.params.len()].1 }
    }

    pub fn new_label(&mut self) -> LabelId {
        self.next_label += 1;
        LabelId(self.next_label)
    }

    pub fn push(&mut self, instr: Instr) {
        self.body.push(instr);
    }

    pub fn plain(&mut self, instr: wasm_encoder::Instruction<'static>) {
        self.body.push(Instr::Plain(instr));
    }

    pub fn finish(self, module: &mut Module, id: FuncId) {
        let param_types: Vec<ValType> = self.params.iter().map(|(_, ty)| ty.clone()).collect();
        let ty = module.func_type(param_types, self.results);
        let mut body = self.body;
        body.push(Instr::End);
        module.add_function(Function {
            id,
            ty,
            param_names: self.params.into_iter().map(|(name, _)| name).collect(),
            locals: self.locals,
            body,
        });
    }
}
