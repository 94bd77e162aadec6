//! The compiler driver: the whole pipeline from IR text to output bytes, shared by the `kiln` binary and
//! the tests. It takes texts, not paths: reading files is the binary's job.

use std::collections::BTreeSet;

use kiln_emit::EmitOptions;
use kiln_ir::names::ClassName;
use kiln_ir::{SourceMap, diagnostics::render_all};
use kiln_link::{LinkError, LinkedProgram};
pub use kiln_link::{Optimisation, Semantics};
pub use kiln_targets::Target;
use kiln_targets::TargetError;

pub mod library_slice;
mod size_report;
pub use size_report::compile_with_size_report;

/// Kiln's runtime library: IR text compiled into the binary.
pub const RUNTIME_LIBRARY: &[(&str, &str)] = &[
    ("<runtime>/java.lang.Object.ir", include_str!("../../../runtime-lib/java.lang.Object.ir")),
    ("<runtime>/java.lang.System.ir", include_str!("../../../runtime-lib/java.lang.System.ir")),
    ("<runtime>/kiln.runtime.ir", include_str!("../../../runtime-lib/kiln.runtime.ir")),
    ("<runtime>/java.lang.StringBuilder.ir", include_str!("../../../runtime-lib/java.lang.StringBuilder.ir")),
    ("<runtime>/java.util.Arrays.ir", include_str!("../../../runtime-lib/java.util.Arrays.ir")),
    ("<runtime>/kiln.math.ir", include_str!("../../../runtime-lib/kiln.math.ir")),
    ("<runtime>/java.util.function.ir", include_str!("../../../runtime-lib/java.util.function.ir")),
    ("<runtime>/kiln.js.ir", include_str!("../../../runtime-lib/kiln.js.ir")),
    ("<runtime>/kiln.component.ir", include_str!("../../../runtime-lib/kiln.component.ir")),
    ("<runtime>/java.io.ir", include_str!("../../../runtime-lib/java.io.ir")),
    ("<runtime>/companions.ir", include_str!("../../../runtime-lib/companions.ir")),
    ("<runtime>/kiln.unicode.ir", include_str!("../../../runtime-lib/kiln.unicode.ir")),
    ("<runtime>/kiln.casing.ir", include_str!("../../../runtime-lib/kiln.casing.ir")),
];

/// The collections (`java.lang.Iterable`, `java.util.ArrayList`, `HashMap`, ...), written in Java
/// (`runtime-lib/java-src/`).
const COLLECTIONS_LIBRARY: (&str, &str) =
    ("<runtime>/java.util.collections.ir", include_str!("../../../runtime-lib/java.util.collections.ir"));

/// The host layer of the runtime library (class `kiln.runtime.Host`), one per kind of target: over the
/// WASI 0.2 bindings on `wasi`, and a portable one elsewhere.
const HOST_LIBRARY_WASI: (&str, &str) = ("<runtime>/host.wasi.ir", include_str!("../../../runtime-lib/host.wasi.ir"));
const HOST_LIBRARY_PORTABLE: (&str, &str) = ("<runtime>/host.portable.ir", include_str!("../../../runtime-lib/host.portable.ir"));

/// Everything that can stop a compilation, each rendered for a person to read.
#[derive(Debug)]
pub enum CompileError {
    /// Parse or type errors, already rendered with file, line, column and caret.
    Diagnostics {
        rendered: String,
        count: usize,
    },
    Link(LinkError),
    Target(TargetError),
    /// The emitted module failed validation: a compiler bug.
    InvalidOutput(String),
    /// The WIT world cannot be read or bound, or the program does not fit it.
    World(String),
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompileError::Diagnostics { rendered, count } => {
                write!(f, "{rendered}error: could not compile: {count} error{}", if *count == 1 { "" } else { "s" })
            }
            CompileError::Link(error) => write!(f, "error: {error}"),
            CompileError::Target(error) => write!(f, "error: {error}"),
            CompileError::World(message) => write!(f, "error: {message}"),
            CompileError::InvalidOutput(message) => {
                write!(f, "error: internal compiler error: the output does not validate: {message}")
            }
        }
    }
}

impl std::error::Error for CompileError {}

#[derive(Clone, Debug, Default)]
pub struct CompileOptions {
    pub target: Target,
    /// The entry class (`--main`), with or without its trailing `$`.
    pub main_class: Option<String>,
    pub debug_names: bool,
    pub semantics: Semantics,
    /// The WIT world the program binds to (`--wit`, `--world`): its bindings join the program.
    pub world: Option<std::sync::Arc<kiln_wit::World>>,
    /// Whether the linker's optimiser runs (`--no-optimise` turns it off).
    pub optimisation: kiln_link::Optimisation,
}

/// Everything a compilation reads, in one source map: the runtime library, the target's host layer, the
/// bindings of the WIT world (on `wasi` always, since the host layer calls WASI through them) and the
/// user's sources; with the raw imports and exports that the bindings declare.
pub struct ProgramSources {
    pub map: SourceMap,
    pub boundary: kiln_link::ComponentBoundary,
}

/// The bindings of the runtime's WASI imports alone, made once per process (the test suite compiles
/// hundreds of programs).
fn runtime_world() -> Result<std::sync::Arc<kiln_wit::World>, CompileError> {
    static WORLD: std::sync::OnceLock<Result<std::sync::Arc<kiln_wit::World>, kiln_wit::WitError>> = std::sync::OnceLock::new();
    WORLD
        .get_or_init(|| kiln_wit::runtime_world().map(std::sync::Arc::new))
        .clone()
        .map_err(|error| CompileError::World(error.to_string()))
}

pub fn program_sources(user_sources: &[(String, String)], options: &CompileOptions) -> Result<ProgramSources, CompileError> {
    let mut map = SourceMap::default();
    let bound_world = match (&options.world, options.target) {
        (Some(world), Target::Wasi) => {
            check_exports_defined(world, user_sources)?;
            Some(std::sync::Arc::new(world.with_runtime_imports().map_err(|error| CompileError::World(error.to_string()))?))
        }
        (None, Target::Wasi) => Some(runtime_world()?),
        (Some(_), other) => {
            return Err(CompileError::World(format!(
                "a WIT world (`--wit`) needs the component target `wasi`, not `{}`",
                other.name()
            )));
        }
        (None, _) => None,
    };
    // The runtime library, cut down to what the program and the world's bindings can use.
    let roots =
        user_sources.iter().map(|(_, text)| text.as_str()).chain(bound_world.as_ref().map(|world| world.bindings.as_str()));
    for (path, text) in runtime_library_for(roots, bound_world.is_some()) {
        map.add(path, text, true);
    }
    let mut boundary = kiln_link::ComponentBoundary::default();
    if let Some(world) = &bound_world {
        map.add(kiln_wit::BINDINGS_FILE, world.bindings.clone(), false);
        boundary = world.boundary.clone();
    }
    for (path, text) in user_sources {
        map.add(path.clone(), text.clone(), false);
    }
    Ok(ProgramSources { map, boundary })
}

/// Every runtime file that a program on a target with (`wasi`) or without the WASI host layer may read.
pub fn whole_runtime_library(wasi_host: bool) -> Vec<(&'static str, &'static str)> {
    let host = if wasi_host { HOST_LIBRARY_WASI } else { HOST_LIBRARY_PORTABLE };
    RUNTIME_LIBRARY.iter().copied().chain([COLLECTIONS_LIBRARY, host]).collect()
}

/// The runtime library as a program reads it: the parts its texts can use (`library_slice`). The split of
/// the library is made once per process and host layer; should a runtime file ever leave the canonical
/// layout (which a test forbids), the whole library is read.
fn runtime_library_for<'a>(roots: impl IntoIterator<Item = &'a str>, wasi_host: bool) -> Vec<(&'static str, String)> {
    type Index = std::sync::OnceLock<Option<library_slice::LibraryIndex>>;
    static WITH_WASI_HOST: Index = std::sync::OnceLock::new();
    static WITH_PORTABLE_HOST: Index = std::sync::OnceLock::new();
    let index = if wasi_host { &WITH_WASI_HOST } else { &WITH_PORTABLE_HOST }
        .get_or_init(|| library_slice::LibraryIndex::build(&whole_runtime_library(wasi_host)).ok());
    match index {
        Some(index) => index.slice(roots),
        None => whole_runtime_library(wasi_host).into_iter().map(|(path, text)| (path, text.to_string())).collect(),
    }
}

/// Parses and checks; on errors, returns them rendered.
pub fn front_end(sources: &SourceMap) -> Result<kiln_ir::Program, CompileError> {
    let (program, diagnostics) = kiln_ir::parse_and_check(sources);
    if diagnostics.is_empty() {
        Ok(program)
    } else {
        Err(CompileError::Diagnostics { rendered: render_all(&diagnostics, sources), count: diagnostics.len() })
    }
}

pub fn link(
    sources: &ProgramSources,
    program: kiln_ir::Program,
    options: &CompileOptions,
) -> Result<LinkedProgram, CompileError> {
    let user_classes: BTreeSet<ClassName> = sources
        .map
        .files()
        .filter(|(_, file)| !file.is_runtime_library)
        .flat_map(|(_, file)| kiln_ir::parser::declared_class_names(&file.text))
        .collect();
    let boundary = &sources.boundary;
    // A component that exports WIT functions needs no `main`.
    let entry = match kiln_link::find_entry_class(&program, &user_classes, options.main_class.as_deref()) {
        Ok(entry) => Some(entry),
        Err(LinkError::NoEntryPoint) if !boundary.exports.is_empty() && options.target == Target::Wasi => None,
        Err(error) => return Err(CompileError::Link(error)),
    };
    kiln_link::link(program, entry, options.semantics, options.target == Target::Js, boundary, options.optimisation).map_err(
        |error| match error {
            LinkError::Diagnostics(diagnostics) => {
                CompileError::Diagnostics { rendered: render_all(&diagnostics, &sources.map), count: diagnostics.len() }
            }
            other => CompileError::Link(other),
        },
    )
}

/// The Wasm features Kiln's output may use: Wasm 3.0 (GC, typed function references, exnref exceptions,
/// tail calls) and, for components, the component model.
pub fn validation_features() -> wasmparser::WasmFeatures {
    wasmparser::WasmFeatures::WASM3 | wasmparser::WasmFeatures::COMPONENT_MODEL
}

pub fn validate(bytes: &[u8]) -> Result<(), CompileError> {
    let mut validator = wasmparser::Validator::new_with_features(validation_features());
    validator.validate_all(bytes).map(|_| ()).map_err(|error| CompileError::InvalidOutput(error.to_string()))
}

/// Parses, checks and links the sources with the runtime library (and the bindings of the WIT world, if
/// any): where every back-end product starts.
fn linked_program(user_sources: &[(String, String)], options: &CompileOptions) -> Result<LinkedProgram, CompileError> {
    let sources = program_sources(user_sources, options)?;
    let program = front_end(&sources.map)?;
    link(&sources, program, options)
}

/// Each exported WIT function needs its static method in the user's IR: say which, before the type
/// checker complains about the generated glue that calls it.
fn check_exports_defined(world: &kiln_wit::World, user_sources: &[(String, String)]) -> Result<(), CompileError> {
    let missing: Vec<String> = world
        .exports_to_implement
        .iter()
        .filter(|export| {
            // The declaration up to its parameters: `static def f;I;V(`, `def m;V(`, `constructor def <init>;I;V(`.
            let signature = &export.declaration[..export.declaration.find('(').map_or(export.declaration.len(), |at| at + 1)];
            !user_sources.iter().any(|(_, text)| text.contains(signature))
        })
        .map(|export| format!("  export `{}`: in class `{}`, {}", export.wit_name, export.class, export.declaration))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(CompileError::World(format!(
        "the world exports functions that the program does not define:\n{}\n(`kiln bindings` prints all the declarations)",
        missing.join("\n")
    )))
}

/// The core module of a linked program, validated.
fn core_module(linked: &LinkedProgram, target: Target, debug_names: bool) -> Result<Vec<u8>, CompileError> {
    let core = kiln_targets::core_module(linked, target, &EmitOptions { debug_names }).map_err(CompileError::Target)?;
    validate(&core)?;
    Ok(core)
}

/// The target's output around a core module (a component, or the module itself), validated.
fn wrap(core: Vec<u8>, options: &CompileOptions, has_main: bool) -> Result<Vec<u8>, CompileError> {
    let emit_options = EmitOptions { debug_names: options.debug_names };
    let output = kiln_targets::wrap(core, options.target, &emit_options, options.world.as_deref(), has_main)
        .map_err(CompileError::Target)?;
    validate(&output)?;
    Ok(output)
}

/// Compiles sources to the target's output bytes, validated.
pub fn compile(user_sources: &[(String, String)], options: &CompileOptions) -> Result<Vec<u8>, CompileError> {
    let linked = linked_program(user_sources, options)?;
    wrap(core_module(&linked, options.target, options.debug_names)?, options, linked.entry_class.is_some())
}

/// The ES-module loader of a `--target js` module that will be written as `wasm_file_name` beside it.
pub fn js_loader(wasm_file_name: &str, module: &[u8]) -> Result<String, CompileError> {
    kiln_targets::js::loader(wasm_file_name, module).map_err(CompileError::Target)
}

/// The core module printed as WAT (with names), as `--emit wat` shows it.
pub fn compile_to_wat(user_sources: &[(String, String)], options: &CompileOptions) -> Result<String, CompileError> {
    let linked = linked_program(user_sources, options)?;
    let core = core_module(&linked, options.target, true)?;
    wasmprinter::print_bytes(&core).map_err(|error| CompileError::InvalidOutput(error.to_string()))
}

/// What the optimiser did to a program: its report, and the user's classes after it, printed as IR (only
/// the methods that are still reachable). `kiln compile --verbose` prints the report; the
/// `tests/optimise` cases snapshot both.
pub fn optimised_program(user_sources: &[(String, String)], options: &CompileOptions) -> Result<(String, String), CompileError> {
    let sources = program_sources(user_sources, options)?;
    let program = front_end(&sources.map)?;
    let linked = link(&sources, program, options)?;
    let user_files: BTreeSet<kiln_ir::source::FileId> = sources
        .map
        .files()
        .filter(|(_, file)| user_sources.iter().any(|(path, _)| *path == file.path))
        .map(|(id, _)| id)
        .collect();
    let mut classes = Vec::new();
    for class in &linked.program.classes {
        if class.from_runtime_library || !user_files.contains(&class.span.file) {
            continue;
        }
        let mut class = class.clone();
        class.methods.retain(|method| {
            linked.reachable.contains(&kiln_link::MethodKey {
                class: class.name,
                namespace: method.namespace,
                method: method.name,
            })
        });
        classes.push(class);
    }
    let printed = kiln_ir::printer::print_program(&kiln_ir::Program { classes });
    Ok((linked.optimisation.render(), printed))
}

/// `kiln bindings`: the generated bindings of a world in the canonical text format.
pub fn format_bindings(world: &kiln_wit::World) -> Result<String, CompileError> {
    let header: String =
        world.bindings.lines().take_while(|line| line.starts_with("//")).map(|line| format!("{line}\n")).collect();
    Ok(header + &format_source_in_world(kiln_wit::BINDINGS_FILE, &world.bindings, Some(world))?)
}

/// `kiln fmt`: the canonical text of one file, or its diagnostics.
pub fn format_source(path: &str, text: &str) -> Result<String, CompileError> {
    format_source_in_world(path, text, None)
}

/// The canonical text of a file that uses the bindings of a WIT world (whose classes it may name).
pub fn format_source_in_world(path: &str, text: &str, world: Option<&kiln_wit::World>) -> Result<String, CompileError> {
    let mut sources = SourceMap::default();
    for (runtime_path, runtime_text) in whole_runtime_library(false) {
        sources.add(runtime_path, runtime_text, true);
    }
    if let Some(world) = world {
        sources.add(kiln_wit::BINDINGS_FILE, world.bindings.clone(), false);
    }
    let id = sources.add(path, text, false);
    let mut known: BTreeSet<ClassName> = BTreeSet::new();
    for (_, file) in sources.files() {
        known.extend(kiln_ir::parser::declared_class_names(&file.text));
    }
    // The classes the program defines for the world's exports, which the glue calls.
    if let Some(world) = world {
        known.extend(world.exports_to_implement.iter().map(|export| ClassName::new(&export.class)));
    }
    let known = known.into_iter().collect();
    // Formatting compiles nothing, so intrinsic bodies are allowed in any file.
    let parsed = kiln_ir::parser::parse_file(id, text, &known, true);
    if !parsed.diagnostics.is_empty() {
        return Err(CompileError::Diagnostics {
            rendered: render_all(&parsed.diagnostics, &sources),
            count: parsed.diagnostics.len(),
        });
    }
    Ok(kiln_ir::printer::print_program_with_comments(&kiln_ir::Program { classes: parsed.classes }, text, &parsed.comments))
}
