//! A hand-made component for programs that only print and exit: smaller than what `wit-component` makes.
//!
//! `wit-component` wraps any core module of any world, and pays for that generality: it describes each
//! imported interface in full, and because a canonical-ABI lowering that reads linear memory needs the
//! memory before the module that defines it is instantiated, it adds a shim module (a table of
//! trampolines) and a fix-up module that fills the table afterwards. For hello world that wrapping is
//! 1,086 bytes, three times the core module.
//!
//! Most programs reach WASI only through standard output and error and the exit call. For a core module
//! that imports nothing else (and exports only `wasi:cli/run`'s `run` and its memory), this module writes
//! the component directly:
//!
//! - the memory moves out of the core module into a two-section module of its own, instantiated first;
//!   the core module imports it, so the lowerings can name it and need no shim;
//! - the core module's imports and its `run` export get one-letter names (the WASI names would otherwise
//!   be written three times: the core import, the alias, the core instance's export);
//! - each imported interface is declared with just the functions and types the module uses (an
//!   instance type may list fewer exports than the host's instance has: the component model checks
//!   imports by subtyping);
//! - `run` is lifted with no options, its `result` being a single flat `i32`.
//!
//! The output runs on any component runtime, as `wit-component`'s does; anything outside the supported
//! set returns `None` and takes the general path. The test suite runs every program on the `wasi` target,
//! so both paths are exercised on every change.

use wasm_encoder::{
    Alias, CanonicalOption, ComponentBuilder, ComponentExportKind, ComponentOuterAliasKind, ComponentTypeRef, ComponentValType,
    EntityType, ExportKind, ImportSection, InstanceType, MemoryType, Module, ModuleArg, PrimitiveValType, RawSection, TypeBounds,
};

use crate::TargetError;

/// The core module's imports all come from one instance, `h`: the lowered functions by their position
/// (`0`, `1`, ...) and the memory as `m`. Its `run` export is `r`.
const HOST_MODULE: &str = "h";
const MEMORY_NAME: &str = "m";
const RUN_NAME: &str = "r";

/// The WASI functions this wrapper can describe, by the interface and function names of the core import.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Function {
    GetStdout,
    GetStderr,
    BlockingWriteAndFlush,
    Exit,
}

impl Function {
    fn of(interface: &str, name: &str) -> Option<Function> {
        Some(match (interface, name) {
            ("wasi:cli/stdout", "get-stdout") => Function::GetStdout,
            ("wasi:cli/stderr", "get-stderr") => Function::GetStderr,
            ("wasi:io/streams", "[method]output-stream.blocking-write-and-flush") => Function::BlockingWriteAndFlush,
            ("wasi:cli/exit", "exit") => Function::Exit,
            _ => return None,
        })
    }
}

/// The component around `core`, when it only uses the functions above; `None` otherwise.
pub fn wrap(core: &[u8]) -> Option<Result<Vec<u8>, TargetError>> {
    let shape = Shape::of(core)?;
    Some(build(core, &shape))
}

/// What the wrapper needs to know of a core module.
struct Shape {
    /// `@0.2.12`: the WASI version, as the module's import and export names carry it.
    version: String,
    /// The core imports, in order: (module, name, function).
    imports: Vec<(String, String, Function)>,
    memory: Option<MemoryType>,
    run_export: String,
}

impl Shape {
    fn of(core: &[u8]) -> Option<Shape> {
        let mut imports = Vec::new();
        let mut memory = None;
        let mut run_export = None;
        for payload in wasmparser::Parser::new(0).parse_all(core) {
            match payload.ok()? {
                wasmparser::Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        let import = import.ok()?;
                        let wasmparser::TypeRef::Func(_) = import.ty else { return None };
                        let (interface, _) = import.module.split_once('@')?;
                        let function = Function::of(interface, import.name)?;
                        imports.push((import.module.to_string(), import.name.to_string(), function));
                    }
                }
                wasmparser::Payload::MemorySection(reader) => {
                    let memories: Vec<wasmparser::MemoryType> = reader.into_iter().collect::<Result<_, _>>().ok()?;
                    let [only] = memories.as_slice() else { return None };
                    if only.memory64 || only.shared {
                        return None;
                    }
                    memory = Some(MemoryType {
                        minimum: only.initial,
                        maximum: only.maximum,
                        memory64: false,
                        shared: false,
                        page_size_log2: None,
                    });
                }
                wasmparser::Payload::ExportSection(reader) => {
                    for export in reader {
                        let export = export.ok()?;
                        match export.kind {
                            wasmparser::ExternalKind::Memory if export.name == "memory" => {}
                            wasmparser::ExternalKind::Func
                                if export.name.starts_with("wasi:cli/run@") && export.name.ends_with("#run") =>
                            {
                                run_export = Some(export.name.to_string());
                            }
                            _ => return None,
                        }
                    }
                }
                _ => {}
            }
        }
        let run_export = run_export?;
        let version = run_export.trim_start_matches("wasi:cli/run").trim_end_matches("#run").to_string();
        // Every import must be of the same WASI release as the export.
        if imports.iter().any(|(module, _, _)| !module.ends_with(&version)) {
            return None;
        }
        // Writing needs the memory for its list of bytes.
        if imports.iter().any(|(_, _, function)| *function == Function::BlockingWriteAndFlush) && memory.is_none() {
            return None;
        }
        Some(Shape { version, imports, memory, run_export })
    }

    fn uses(&self, function: Function) -> bool {
        self.imports.iter().any(|(_, _, used)| *used == function)
    }
}

fn build(core: &[u8], shape: &Shape) -> Result<Vec<u8>, TargetError> {
    let version = &shape.version;
    let mut component = ComponentBuilder::default();
    // The component instances that the core imports' functions come from, by function.
    let mut sources: Vec<(Function, u32)> = Vec::new();
    let writes = shape.uses(Function::BlockingWriteAndFlush);
    let streams_needed = writes || shape.uses(Function::GetStdout) || shape.uses(Function::GetStderr);
    let mut output_stream_type = None;
    if streams_needed {
        let mut error_instance = InstanceType::new();
        error_instance.export("error", ComponentTypeRef::Type(TypeBounds::SubResource));
        let error_instance_type = component.type_instance(None, &error_instance);
        let error_instance =
            component.import(&*format!("wasi:io/error{version}"), ComponentTypeRef::Instance(error_instance_type));
        let error_type = component.alias_export(error_instance, "error", ComponentExportKind::Type);

        let mut streams = InstanceType::new();
        streams.export("output-stream", ComponentTypeRef::Type(TypeBounds::SubResource)); // type 0
        if writes {
            // Only what the function's type needs: the variant must be named (exported), the resources
            // need not be re-exported, as an import may list less than the host provides.
            streams.alias(Alias::Outer { kind: ComponentOuterAliasKind::Type, count: 1, index: error_type }); // 1
            streams.ty().defined_type().own(1); // 2
            streams.ty().defined_type().variant([("last-operation-failed", Some(ComponentValType::Type(2))), ("closed", None)]); // 3
            streams.export("stream-error", ComponentTypeRef::Type(TypeBounds::Eq(3))); // 4
            streams.ty().defined_type().borrow(0); // 5
            streams.ty().defined_type().list(ComponentValType::Primitive(PrimitiveValType::U8)); // 6
            streams.ty().defined_type().result(None, Some(ComponentValType::Type(4))); // 7
            streams
                .ty()
                .function()
                .params([("self", ComponentValType::Type(5)), ("contents", ComponentValType::Type(6))])
                .result(Some(ComponentValType::Type(7))); // 8
            streams.export("[method]output-stream.blocking-write-and-flush", ComponentTypeRef::Func(8));
        }
        let streams_type = component.type_instance(None, &streams);
        let streams_instance = component.import(&*format!("wasi:io/streams{version}"), ComponentTypeRef::Instance(streams_type));
        sources.push((Function::BlockingWriteAndFlush, streams_instance));
        output_stream_type = Some(component.alias_export(streams_instance, "output-stream", ComponentExportKind::Type));
    }
    for (function, interface, getter) in
        [(Function::GetStdout, "wasi:cli/stdout", "get-stdout"), (Function::GetStderr, "wasi:cli/stderr", "get-stderr")]
    {
        let Some(output_stream) = output_stream_type.filter(|_| shape.uses(function)) else { continue };
        let mut getter_instance = InstanceType::new();
        getter_instance.alias(Alias::Outer { kind: ComponentOuterAliasKind::Type, count: 1, index: output_stream }); // 0
        getter_instance.ty().defined_type().own(0); // 1
        getter_instance
            .ty()
            .function()
            .params(std::iter::empty::<(&str, ComponentValType)>())
            .result(Some(ComponentValType::Type(1))); // 2
        getter_instance.export(getter, ComponentTypeRef::Func(2));
        let getter_type = component.type_instance(None, &getter_instance);
        let instance = component.import(&*format!("{interface}{version}"), ComponentTypeRef::Instance(getter_type));
        sources.push((function, instance));
    }
    if shape.uses(Function::Exit) {
        let mut exit = InstanceType::new();
        exit.ty().defined_type().result(None, None); // 0
        exit.ty().function().params([("status", ComponentValType::Type(0))]).result(None); // 1
        exit.export("exit", ComponentTypeRef::Func(1));
        let exit_type = component.type_instance(None, &exit);
        let instance = component.import(&*format!("wasi:cli/exit{version}"), ComponentTypeRef::Instance(exit_type));
        sources.push((Function::Exit, instance));
    }

    // The memory, in a module of its own, so that the lowerings below can read it.
    let memory = shape.memory.map(|memory_type| {
        let mut memory_module = Module::new();
        let mut memories = wasm_encoder::MemorySection::new();
        memories.memory(memory_type);
        let mut exports = wasm_encoder::ExportSection::new();
        exports.export(MEMORY_NAME, ExportKind::Memory, 0);
        memory_module.section(&memories).section(&exports);
        let module = component.core_module(None, &memory_module);
        let instance = component.core_instantiate(None, module, std::iter::empty::<(&str, ModuleArg)>());
        component.core_alias_export(None, instance, MEMORY_NAME, ExportKind::Memory)
    });

    // One core instance holds every lowered function and the memory, under short names (the core
    // module's imports are renamed to match): the long WASI names would otherwise be written three times.
    let mut provided: Vec<(String, ExportKind, u32)> = Vec::new();
    for (position, (module, name, function)) in shape.imports.iter().enumerate() {
        let source = sources.iter().find(|(provided, _)| provided == function).map(|(_, instance)| *instance);
        let Some(source) = source else {
            return Err(TargetError::Component(format!("no component import provides `{module}` `{name}`")));
        };
        let func = component.alias_export(source, name, ComponentExportKind::Func);
        let options: Vec<CanonicalOption> = match (function, memory) {
            (Function::BlockingWriteAndFlush, Some(memory)) => vec![CanonicalOption::Memory(memory)],
            _ => Vec::new(),
        };
        let lowered = component.lower_func(None, func, options);
        provided.push((position.to_string(), ExportKind::Func, lowered));
    }
    if let Some(memory) = memory {
        provided.push((MEMORY_NAME.to_string(), ExportKind::Memory, memory));
    }
    let host =
        component.core_instantiate_exports(None, provided.iter().map(|(name, kind, index)| (name.as_str(), *kind, *index)));
    let main_module = component.core_module_raw(None, &renamed_core(core, shape)?);
    let main_instance = component.core_instantiate(None, main_module, [(HOST_MODULE, ModuleArg::Instance(host))]);
    let run = component.core_alias_export(None, main_instance, RUN_NAME, ExportKind::Func);
    let (run_result, encoder) = component.ty(None);
    encoder.defined_type().result(None, None);
    let (run_type, encoder) = component.ty(None);
    encoder.function().params(std::iter::empty::<(&str, ComponentValType)>()).result(Some(ComponentValType::Type(run_result)));
    let lifted = component.lift_func(None, run, run_type, std::iter::empty::<CanonicalOption>());
    let run_instance = component.instantiate_exports(None, [("run", ComponentExportKind::Func, lifted)]);
    component.export(&*format!("wasi:cli/run{version}"), ComponentExportKind::Instance, run_instance, None);
    Ok(component.finish())
}

/// The core module with short import and export names (see `HOST_MODULE`), and its memory imported
/// instead of defined and exported: every other section is copied byte for byte.
fn renamed_core(core: &[u8], shape: &Shape) -> Result<Vec<u8>, TargetError> {
    let error = |error: wasmparser::BinaryReaderError| TargetError::Component(format!("re-reading the core module: {error}"));
    let mut module = Module::new();
    let mut imports_written = false;
    let write_imports = |module: &mut Module, existing: Option<wasmparser::ImportSectionReader<'_>>| {
        let mut imports = ImportSection::new();
        if let Some(reader) = existing {
            for (position, import) in reader.into_imports().enumerate() {
                let import = import.map_err(error)?;
                let wasmparser::TypeRef::Func(type_index) = import.ty else {
                    return Err(TargetError::Component("a core import that is not a function".into()));
                };
                imports.import(HOST_MODULE, &position.to_string(), EntityType::Function(type_index));
            }
        }
        if let Some(memory) = shape.memory {
            imports.import(HOST_MODULE, MEMORY_NAME, EntityType::Memory(memory));
        }
        if !imports.is_empty() {
            module.section(&imports);
        }
        Ok(())
    };
    for payload in wasmparser::Parser::new(0).parse_all(core) {
        let payload = payload.map_err(error)?;
        match payload {
            wasmparser::Payload::ImportSection(reader) => {
                write_imports(&mut module, Some(reader))?;
                imports_written = true;
            }
            wasmparser::Payload::MemorySection(_) => {}
            wasmparser::Payload::ExportSection(reader) => {
                let mut exports = wasm_encoder::ExportSection::new();
                for export in reader {
                    let export = export.map_err(error)?;
                    match export.kind {
                        wasmparser::ExternalKind::Memory => {}
                        wasmparser::ExternalKind::Func if export.name == shape.run_export => {
                            exports.export(RUN_NAME, ExportKind::Func, export.index);
                        }
                        _ => return Err(TargetError::Component(format!("an unexpected core export `{}`", export.name))),
                    }
                }
                module.section(&exports);
            }
            other => {
                let Some((id, range)) = other.as_section() else { continue };
                // The import section comes after the types and before everything else.
                if !imports_written && id != 0 && id != 1 {
                    write_imports(&mut module, None)?;
                    imports_written = true;
                }
                module.section(&RawSection { id, data: &core[range.start as usize..range.end as usize] });
            }
        }
    }
    Ok(module.finish())
}
