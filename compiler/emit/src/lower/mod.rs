//! Lowering: from a linked IR program to the symbolic Wasm module. `compiler/emit/README.md` describes
//! the scheme (object model, calls, strings, exceptions) with IR and WAT side by side.

mod boxes;
pub mod component;
mod function;
mod helpers;
mod js_interop;
mod type_data;
mod types;

use kiln_ir::names::{ClassName, MethodName};
use kiln_ir::trees::{ClassKind, MemberNamespace, MethodBody};
use kiln_link::{LinkedProgram, MethodKey};

use crate::wasm::*;

pub use types::Layouts;

/// Bytes 0..WRITE_BUFFER_SIZE of the linear memory hold text on its way to the host.
pub const WRITE_BUFFER_SIZE: i32 = 4096;
/// Scratch space for the host layer (iovecs, return areas), right after the write buffer.
pub const HOST_SCRATCH_OFFSET: i32 = WRITE_BUFFER_SIZE;
/// Where the bump allocator of linear memory starts (after the buffer and 64 bytes of scratch).
pub const HEAP_START: i32 = HOST_SCRATCH_OFFSET + 64;

#[derive(Clone, Debug, Default)]
pub struct EmitOptions {
    /// Write a name section, so that WAT and traps read like the IR.
    pub debug_names: bool,
}

/// What a target provides: the host functions the core code calls, and the module's entry export.
pub trait Host {
    /// Defines (importing what it needs) a function `(pointer: i32, length: i32) -> ()` that writes bytes of
    /// the linear memory to file descriptor `fd`, 1 (stdout) or 2 (stderr), and returns its id.
    fn define_write(&self, module: &mut Module, fd: i32) -> FuncId;
    /// Exports the entry point. `run_main` is `() -> i32`: it runs the program and returns the exit code.
    fn define_entry(&self, module: &mut Module, run_main: FuncId);
    /// Defines a function `() -> (i32, i32)` that returns a pointer to `count` pairs `(pointer, length)`
    /// describing the program's arguments as UTF-16 code units in linear memory, the program name first,
    /// and `count`. `allocate` is `(size: i32, align: i32) -> i32`, a bump allocator over linear memory.
    fn define_arguments(&self, module: &mut Module, allocate: FuncId) -> FuncId;
    /// Defines a function `(status: i32) -> ()` that ends the program with an exit status from 0 to 255.
    fn define_exit(&self, module: &mut Module) -> FuncId;
    /// Defines a function `() -> i64` that reads a clock in nanoseconds: the wall clock (since the Unix epoch)
    /// or the monotonic clock (from an arbitrary origin). It may use the host scratch area of linear memory.
    fn define_clock(&self, module: &mut Module, wall: bool) -> FuncId;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmitError {
    /// The program uses an IR construct that this version of Kiln cannot compile yet.
    Unsupported { what: String, method: String },
    /// A compiler invariant broke.
    Internal(String),
}

impl std::fmt::Display for EmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EmitError::Unsupported { what, method } => {
                write!(f, "not supported yet: {what} (in `{method}`)")
            }
            EmitError::Internal(message) => write!(f, "internal compiler error: {message}"),
        }
    }
}

impl From<EncodeError> for EmitError {
    fn from(error: EncodeError) -> Self {
        EmitError::Internal(error.0)
    }
}

/// The state shared by the lowering of all functions of one module.
pub(crate) struct Emitter<'a> {
    pub linked: &'a LinkedProgram,
    pub host: &'a dyn Host,
    pub module: Module,
    pub layouts: Layouts,
    /// Helpers requested while lowering and not yet defined.
    pub pending_helpers: Vec<&'static str>,
    /// The file descriptors that something reachable writes to.
    pub written_fds: std::collections::BTreeSet<i32>,
    /// Closure signatures (Wasm parameter and result types) by number: one base struct type each.
    pub closure_signatures: std::collections::BTreeMap<(Vec<ValType>, Vec<ValType>), u32>,
    /// How many `Closure` nodes have been lifted into functions so far.
    pub closure_count: u32,
    /// The static fields whose arrays some method indexes or measures directly (`C::f[i]`,
    /// `C::f.length`): they get an array shadow (in `function.rs`), two globals kept with the field.
    pub static_array_shadows: std::collections::BTreeSet<kiln_ir::names::FieldName>,
    /// The interned string literals, by their code units: the number of each one's global.
    pub string_literals: std::collections::HashMap<Vec<u16>, u32>,
}

pub fn emit_module(linked: &LinkedProgram, host: &dyn Host, options: &EmitOptions) -> Result<Vec<u8>, EmitError> {
    let mut emitter = Emitter {
        linked,
        host,
        module: Module::default(),
        layouts: Layouts::default(),
        pending_helpers: Vec::new(),
        written_fds: std::collections::BTreeSet::new(),
        closure_signatures: std::collections::BTreeMap::new(),
        closure_count: 0,
        static_array_shadows: function::indexed_static_arrays(linked),
        string_literals: std::collections::HashMap::new(),
    };
    emitter.emit_all()?;
    Ok(encode_module(&emitter.module, options.debug_names)?)
}

pub(crate) fn method_func_id(key: MethodKey) -> FuncId {
    FuncId::Method { class: key.class, method: key.method, is_static: key.namespace.is_static() }
}

impl Emitter<'_> {
    fn emit_all(&mut self) -> Result<(), EmitError> {
        // Functions are emitted in a fixed order: reachable methods sorted by key, then module loaders,
        // then helpers in the order first requested (itself deterministic).
        let reachable: Vec<MethodKey> = self.linked.reachable.iter().copied().collect();
        for key in &reachable {
            self.emit_method(*key)?;
        }
        let modules: Vec<ClassName> = self
            .linked
            .instantiated
            .iter()
            .copied()
            .filter(|class| self.linked.table.get(*class).is_some_and(|info| info.kind == ClassKind::ModuleClass))
            .collect();
        for class in modules {
            self.emit_module_loader(class)?;
        }
        for class in self.linked.lazy_initializers.clone() {
            self.emit_class_initializer(class);
        }
        if self.linked.entry_class.is_some() {
            self.emit_entry()?;
        }
        self.emit_js_exports()?;
        self.emit_component_exports()?;
        // `typeDataOf`, `arraycopy`, `cloneObject`, `newArrayLike`, `newArrayOfComponent` and `isArray` go
        // last: they test the array types that the rest of the program uses; `internedLiteral` compares with
        // every literal the program has. `arrayTypeOf` comes after them all, as they may name array types.
        loop {
            let next = match self.pending_helpers.iter().position(|name| {
                !matches!(
                    *name,
                    "typeDataOf"
                        | "arraycopy"
                        | "cloneObject"
                        | "newArrayLike"
                        | "newArrayOfComponent"
                        | "isArray"
                        | "internedLiteral"
                        | "arrayTypeOf"
                )
            }) {
                Some(index) => self.pending_helpers.remove(index),
                None => match self.pending_helpers.iter().rposition(|name| *name != "arrayTypeOf") {
                    Some(index) => self.pending_helpers.remove(index),
                    None => match self.pending_helpers.pop() {
                        Some(name) => name,
                        None => break,
                    },
                },
            };
            if !self.module.has_function(&FuncId::Helper(next)) {
                self.emit_helper(next)?;
            }
        }
        self.define_realloc_if_needed();
        self.emit_vtables()?;
        // Type data first: vtables refer to it, and a constant initialiser reads only earlier globals.
        self.module.globals.sort_by_key(|global| !matches!(global.id, GlobalId::TypeData(_)));
        Ok(())
    }

    pub(crate) fn request_helper(&mut self, name: &'static str) -> FuncId {
        let id = FuncId::Helper(name);
        if !self.module.has_function(&id) && !self.pending_helpers.contains(&name) {
            self.pending_helpers.push(name);
        }
        id
    }

    pub(crate) fn method_name_for_errors(key: MethodKey) -> String {
        format!("{}::{}", key.class, key.method)
    }

    fn emit_method(&mut self, key: MethodKey) -> Result<(), EmitError> {
        let Some(method) = self.linked.method_def(key) else {
            return Err(EmitError::Internal(format!("reachable method {} has no definition", Self::method_name_for_errors(key))));
        };
        match &method.body {
            MethodBody::Abstract if self.linked.js_imports.contains(&key) => self.emit_js_import(key),
            MethodBody::Abstract if self.linked.component.imports.contains_key(&key) => self.emit_component_import(key),
            MethodBody::Abstract => Ok(()),
            MethodBody::Intrinsic => self.emit_intrinsic(key),
            MethodBody::Tree(_) => function::lower_method(self, key, method),
        }
    }

    /// The Wasm parameter and result types of a method, from its name's signature (so that every
    /// override of a method has the same function type).
    pub(crate) fn method_signature(&mut self, key: MethodKey) -> (Vec<ValType>, Vec<ValType>) {
        let (param_refs, result_ref) =
            key.method.signature().unwrap_or((Vec::new(), kiln_ir::types::TypeRef::Prim(kiln_ir::types::PrimType::Void)));
        let mut params = Vec::new();
        if !key.namespace.is_static() {
            params.push(self.method_receiver_type(key));
        }
        for param in param_refs {
            if let Some(ty) = self.wasm_type(&param.to_type()) {
                params.push(ty);
            }
        }
        let results = self.wasm_type(&result_ref.to_type()).into_iter().collect();
        (params, results)
    }

    /// `init.C` of a lazily initialized class: marks the class as initialized (so that a use from its own
    /// initializer, or a cycle, does not start it again, as on the JVM), initializes its nearest lazily
    /// initialized ancestor, then runs its static initializer. An initializer that throws leaves the class
    /// uninitialized and failed, as on the JVM: the exception goes on as an ExceptionInInitializerError
    /// (an Error as itself), and every later use throws NoClassDefFoundError.
    fn emit_class_initializer(&mut self, class: ClassName) {
        let flag = GlobalId::ClassInitialized(class);
        let failed = GlobalId::ClassInitializationFailed(class);
        self.module.add_global(Global { id: flag, ty: ValType::I32, mutable: true, init: vec![Instr::I32Const(0)] });
        // The exception that made the initializer fail (null while it has not), the cause of later errors.
        self.module.add_global(Global {
            id: failed,
            ty: ValType::anyref(),
            mutable: true,
            init: vec![Instr::RefNull(HeapType::Any)],
        });
        self.ensure_exception_tag();
        let mut builder = FunctionBuilder::new(Vec::new(), Vec::new());
        builder.push(Instr::GlobalGet(flag));
        let done = builder.new_label();
        builder.push(Instr::If { label: done, ty: BlockType::Empty });
        builder.push(Instr::Return);
        builder.push(Instr::End);
        builder.push(Instr::GlobalGet(failed));
        builder.push(Instr::RefIsNull);
        builder.push(Instr::Plain(wasm_encoder::Instruction::I32Eqz));
        let not_failed = builder.new_label();
        builder.push(Instr::If { label: not_failed, ty: BlockType::Empty });
        let name: Vec<u16> = class.as_str().encode_utf16().collect();
        self.push_string_literal(&mut builder, &name);
        let throwable = self.class_value_type(kiln_ir::names::well_known::throwable());
        builder.push(Instr::GlobalGet(failed));
        builder.push(Instr::RefCast { nullable: true, heap: throwable.clone() });
        let not_initialized = kiln_link::summary::exception_maker(kiln_link::summary::CLASS_NOT_INITIALIZED);
        builder.push(Instr::Call(method_func_id(not_initialized)));
        builder.push(Instr::Throw(TagId::JavaException));
        builder.push(Instr::End);
        builder.push(Instr::I32Const(1));
        builder.push(Instr::GlobalSet(flag));
        // The ancestors' initializers run inside the handler too: a class whose superclass fails to
        // initialize fails with it (JLS 12.4.2, step 7).
        let caught = builder.new_label();
        let body = builder.new_label();
        builder.push(Instr::Block { label: caught, ty: BlockType::Result(ValType::anyref()) });
        builder.push(Instr::TryTable {
            label: body,
            ty: BlockType::Empty,
            catches: vec![Catch::Tag { tag: TagId::JavaException, label: caught }],
        });
        if let Some(superclass) = self.linked.table.superclass_chain(class).get(1) {
            self.push_class_initialization(&mut builder, *superclass);
        }
        // Then the superinterfaces with default methods (JLS 12.4.2), whose own `init` checks its flag.
        for interface in self.linked.interfaces_initialized_first.get(&class).into_iter().flatten() {
            builder.push(Instr::Call(FuncId::InitializeClass(*interface)));
        }
        let initializer =
            MethodKey { class, namespace: MemberNamespace::StaticConstructor, method: kiln_link::static_initializer_name() };
        // A class made lazy only for its interfaces has no initializer of its own.
        if self.linked.reachable.contains(&initializer) {
            builder.push(Instr::Call(method_func_id(initializer)));
        }
        builder.push(Instr::End);
        builder.push(Instr::Return);
        builder.push(Instr::End);
        // An initializer threw: the class is left failed, and the exception goes on, wrapped.
        let exception = builder.add_local("exception", ValType::anyref());
        builder.push(Instr::LocalSet(exception));
        builder.push(Instr::I32Const(0));
        builder.push(Instr::GlobalSet(flag));
        builder.push(Instr::LocalGet(exception));
        builder.push(Instr::GlobalSet(failed));
        builder.push(Instr::LocalGet(exception));
        builder.push(Instr::RefCast { nullable: true, heap: throwable });
        let failure = kiln_link::summary::exception_maker(kiln_link::summary::INITIALIZER_FAILURE);
        builder.push(Instr::Call(method_func_id(failure)));
        builder.push(Instr::Throw(TagId::JavaException));
        builder.finish(&mut self.module, FuncId::InitializeClass(class));
    }

    /// Initializes `class` first when it (or a superclass) is initialized lazily: for glue that calls into
    /// the program from outside (component and JS exports), as the first call would on the JVM, and for
    /// `init.C`'s superclass.
    pub(crate) fn push_class_initialization(&self, builder: &mut FunctionBuilder, class: ClassName) {
        if let Some(lazy) = self.linked.lazily_initialized_ancestor(class) {
            builder.push(Instr::Call(FuncId::InitializeClass(lazy)));
        }
    }

    fn emit_module_loader(&mut self, class: ClassName) -> Result<(), EmitError> {
        let struct_type = self.class_struct(class);
        let object_type = ValType::non_null(HeapType::Concrete(struct_type.clone()));
        let global = GlobalId::Module(class);
        self.module.add_global(Global {
            id: global,
            ty: ValType::nullable(HeapType::Concrete(struct_type.clone())),
            mutable: true,
            init: vec![Instr::RefNull(HeapType::Concrete(struct_type))],
        });
        let mut builder = FunctionBuilder::new(Vec::new(), vec![object_type.clone()]);
        let done = builder.new_label();
        let instance = builder.add_local("instance", object_type.clone());
        builder.push(Instr::Block { label: done, ty: BlockType::Result(object_type) });
        builder.push(Instr::GlobalGet(global));
        builder.push(Instr::BrOnNonNull(done));
        self.push_new_object(&mut builder, class)?;
        builder.push(Instr::LocalTee(instance));
        let ctor = MethodKey { class, namespace: MemberNamespace::Constructor, method: MethodName::new("<init>;V") };
        builder.push(Instr::Call(method_func_id(ctor)));
        builder.push(Instr::LocalGet(instance));
        builder.push(Instr::End);
        builder.finish(&mut self.module, FuncId::LoadModule(class));
        Ok(())
    }

    /// Pushes what an instance of `class` holds before its fields: its vtable and its identity hash, when
    /// the program has them.
    pub(crate) fn push_object_header(&mut self, builder: &mut FunctionBuilder, class: ClassName) {
        if self.linked.has_vtables() {
            self.ensure_vtable_global(class);
            builder.push(Instr::GlobalGet(GlobalId::VTable(class)));
        }
        if self.linked.features.identity_hash {
            builder.push(Instr::I32Const(0));
        }
    }

    /// Pushes a new instance of `class` with every field at its zero value (constructors run separately).
    pub(crate) fn push_new_object(&mut self, builder: &mut FunctionBuilder, class: ClassName) -> Result<(), EmitError> {
        let struct_type = self.class_struct(class);
        self.push_object_header(builder, class);
        for field in self.layouts.instance_fields(self.linked, class) {
            let field_type = self.linked.table.field(field).map(|info| info.ty.clone()).unwrap_or(kiln_ir::types::Type::Null);
            self.push_zero(builder, &field_type);
        }
        builder.push(Instr::StructNew(struct_type));
        Ok(())
    }

    fn emit_entry(&mut self) -> Result<(), EmitError> {
        let Some(entry) = self.linked.entry_class else {
            return Err(EmitError::Internal("no entry class".into()));
        };
        let main = MethodKey { class: entry, namespace: MemberNamespace::Public, method: kiln_link::main_method_name() };
        let mut builder = FunctionBuilder::new(Vec::new(), vec![ValType::I32]);
        let throws = self.linked.features.throws;
        let caught = builder.new_label();
        let body = builder.new_label();
        if throws {
            builder.push(Instr::Block { label: caught, ty: BlockType::Result(ValType::anyref()) });
            builder.push(Instr::TryTable {
                label: body,
                ty: BlockType::Empty,
                catches: vec![Catch::Tag { tag: TagId::JavaException, label: caught }],
            });
            self.ensure_exception_tag();
        }
        // Static initializers run before anything else, in program order (as Scala.js runs them at start).
        for class in &self.linked.static_initializers {
            let key = MethodKey {
                class: *class,
                namespace: MemberNamespace::StaticConstructor,
                method: kiln_link::static_initializer_name(),
            };
            builder.push(Instr::Call(method_func_id(key)));
        }
        builder.push(Instr::Call(FuncId::LoadModule(entry)));
        // Program arguments: an empty array, or null when `main` never reads them.
        let reads_args = self.linked.method_def(main).is_some_and(function::method_reads_first_param);
        let array_type = self.array_object_type(ArrayKind::Reference);
        if reads_args {
            let arguments = self.request_helper("programArguments");
            builder.push(Instr::Call(arguments));
        } else {
            builder.push(Instr::RefNull(HeapType::Concrete(array_type)));
        }
        builder.push(Instr::Call(method_func_id(main)));
        if throws {
            builder.push(Instr::End);
            builder.push(Instr::I32Const(0));
            builder.push(Instr::Return);
            builder.push(Instr::End);
            // The report may run the program's code (a `toString`): with the whole budget, as unwound.
            if let Some(budget) = self.call_budget() {
                builder.push(Instr::I32Const(kiln_link::recursion::CALL_BUDGET));
                builder.push(Instr::GlobalSet(budget));
            }
            let throwable = self.class_value_type(kiln_ir::names::well_known::throwable());
            builder.push(Instr::RefCast { nullable: true, heap: throwable });
            builder.push(Instr::Call(method_func_id(kiln_link::runtime_methods::uncaught_reporter())));
            builder.push(Instr::I32Const(1));
        } else {
            builder.push(Instr::I32Const(0));
        }
        builder.finish(&mut self.module, FuncId::Helper("runMain"));
        self.host.define_entry(&mut self.module, FuncId::Helper("runMain"));
        Ok(())
    }

    /// Pushes `body` (which leaves a value of `result`, if any, on the stack), and when the program throws,
    /// wraps it in a handler that passes an escaping Java exception to `handler` (a static method taking
    /// a `Throwable`, which must not return) and returns otherwise: the shape of an exported function.
    pub(crate) fn push_guarded(
        &mut self,
        f: &mut FunctionBuilder,
        result: Option<ValType>,
        handler: MethodKey,
        body: impl FnOnce(&mut Self, &mut FunctionBuilder),
    ) {
        if !self.linked.features.throws {
            body(self, f);
            return;
        }
        self.ensure_exception_tag();
        // An export may be called again later (or from inside an import): the frames an escaping exception
        // unwound give back their calls (`kiln_link::recursion`).
        let saved_budget = self.call_budget().map(|budget| {
            let local = f.add_local("budget", ValType::I32);
            f.push(Instr::GlobalGet(budget));
            f.push(Instr::LocalSet(local));
            (budget, local)
        });
        let caught = f.new_label();
        let guarded = f.new_label();
        f.push(Instr::Block { label: caught, ty: BlockType::Result(ValType::anyref()) });
        f.push(Instr::TryTable {
            label: guarded,
            ty: result.map_or(BlockType::Empty, BlockType::Result),
            catches: vec![Catch::Tag { tag: TagId::JavaException, label: caught }],
        });
        body(self, f);
        f.push(Instr::End);
        f.push(Instr::Return);
        f.push(Instr::End);
        if let Some((budget, local)) = saved_budget {
            f.push(Instr::LocalGet(local));
            f.push(Instr::GlobalSet(budget));
        }
        let throwable = self.class_value_type(kiln_ir::names::well_known::throwable());
        f.push(Instr::RefCast { nullable: true, heap: throwable });
        f.push(Instr::Call(method_func_id(handler)));
        f.push(Instr::Unreachable);
    }

    pub(crate) fn ensure_exception_tag(&mut self) {
        if self.module.tags.is_empty() {
            let ty = self.module.func_type(vec![ValType::anyref()], Vec::new());
            self.module.tags.push((TagId::JavaException, ty));
        }
    }
}
