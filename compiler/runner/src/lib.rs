//! The embedded Wasmtime that `kiln run` and the tests use: runs a WASI 0.2 component or a WASI p1
//! core module, with stdio inherited (streamed) or captured; compiles ahead of time and loads what it compiled.

mod serve;
pub use serve::serve;

use anyhow::{Result, anyhow};
use wasmtime::component::{Component, Linker as ComponentLinker, ResourceTable};
use wasmtime::{Config, Engine, Linker, Module, Store};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

/// What a run produced. `stdout` and `stderr` are empty when they were inherited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutput {
    pub exit_code: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The trap message when the program trapped (its exit code is then 134, as with `wasmtime run`).
    pub trap: Option<String>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Stdio {
    Inherit,
    Capture,
}

/// What a run may reach on the host besides its arguments: its stdio, and the directories and environment
/// variables granted to it. Nothing is granted unless asked for, as with `wasmtime run`.
#[derive(Clone, Debug)]
pub struct Grants {
    pub stdio: Stdio,
    /// Host directory and the path under which the program sees it (`--dir host::guest`).
    pub directories: Vec<(std::path::PathBuf, String)>,
    /// `--env NAME=VALUE`.
    pub environment: Vec<(String, String)>,
    /// What standard input holds when stdio is captured (inherited stdio reads the terminal's).
    pub captured_input: Vec<u8>,
}

impl Grants {
    /// Stdio only: no directories, no environment.
    pub fn stdio(stdio: Stdio) -> Grants {
        Grants { stdio, directories: Vec::new(), environment: Vec::new(), captured_input: Vec::new() }
    }

    /// Gives a WASI context the environment and the directories (not the stdio, which runs and the
    /// server set up differently).
    fn grant_to(&self, builder: &mut WasiCtxBuilder) -> Result<()> {
        for (name, value) in &self.environment {
            builder.env(name, value);
        }
        for (host, guest) in &self.directories {
            builder
                .preopened_dir(host, guest, wasmtime_wasi::FsPerms::ReadWrite)
                .map_err(|error| anyhow!("granting the directory {}: {error}", host.display()))?;
        }
        Ok(())
    }
}

/// The exit code of a program that trapped, as `wasmtime run` reports it (128 + SIGABRT).
pub const TRAP_EXIT_CODE: i32 = 134;

/// How much work Cranelift puts into the machine code.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Optimization {
    /// For code compiled just before it runs once (`kiln run app.ir`, the tests): no inlining.
    Quick,
    /// For code compiled ahead of time (`kiln compile --precompile`, and running what it wrote): inlining
    /// of small callees on. A precompiled artefact loads only into an engine of the same setting.
    Thorough,
}

/// An engine with the Wasm 3.0 features Kiln's output uses, compiling quickly.
pub fn engine() -> Result<Engine> {
    engine_with(Optimization::Quick)
}

/// Whether bytes are an artefact of `precompile` (rather than a `.wasm`).
pub fn is_precompiled(bytes: &[u8]) -> bool {
    Engine::detect_precompiled(bytes).is_some()
}

/// An engine with the Wasm 3.0 features Kiln's output uses.
pub fn engine_with(optimization: Optimization) -> Result<Engine> {
    let mut config = Config::new();
    config.wasm_gc(true);
    config.wasm_function_references(true);
    config.wasm_exceptions(true);
    config.wasm_tail_call(true);
    config.wasm_component_model(true);
    // The GC heap starts at 0 bytes by default and grows in small steps, collecting before each: measured
    // on the benchmarks, starting at 64 MiB halved the time of allocation-heavy programs (tracer 190 ms to
    // 100 ms an iteration). Smaller is better again from there: the copying collector allocates through
    // one half of the heap and then copies the live objects into the other, so a smaller heap reuses
    // memory that is still in the caches. Measured (ms an iteration, 64 MiB against 16 MiB): tracer 27.4
    // to 22.5, bounce 30.1 to 26.0, sha512 33.9 to 31.8, gcbench 10.9 to 9.6, the others unchanged; 2 to
    // 16 MiB measure the same, and 16 MiB collects least often of those. A program whose live objects
    // outgrow the heap makes Wasmtime double it. The memory is only reserved; a program touches what it
    // allocates, so hello world's peak memory does not change.
    config.gc_heap_initial_size(16 << 20);
    // Kiln's dispatch table is filled by one active element segment; initialising it eagerly at
    // instantiation (microseconds: one entry a method) spares every `call_indirect` Wasmtime's check for
    // a not-yet-initialised entry. Measured: Tracer, the most dispatch-heavy benchmark, 5 to 10 % faster.
    config.table_lazy_init(false);
    // Runaway recursion must spend Kiln's call budget (`kiln_link::recursion`, 20,000 calls of recursive
    // methods) and throw `StackOverflowError` before the engine's stack runs out, which traps. Wasmtime's
    // default 512 KiB stack holds about 15,000 frames of the smallest method; 16 MiB leaves over 800 bytes
    // a frame. Programs run on an async fiber, whose stack must be larger still; it is only reserved
    // address space until a deep recursion touches it.
    config.max_wasm_stack(16 << 20);
    config.async_stack_size(17 << 20);
    // For profiling (`benches/README.md`): with `KILN_PERFMAP` set, Wasmtime writes `/tmp/perf-<pid>.map`,
    // which names each compiled function (`wasm[0]::function[N]`) in `perf report`.
    if std::env::var_os("KILN_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    // Wasmtime leaves inlining off by default; with it, Cranelift inlines small callees within the module
    // (accessors, small static helpers). Measured on the benchmarks: richards 55 to 31 ms an iteration,
    // tracer 62 to 42, list 29 to 21; but `kiln run DeltaBlue.ir` as a whole goes from 265 to 385 ms, the
    // compile taking longer than the run gains. Hence only for code compiled ahead of time.
    if optimization == Optimization::Thorough {
        config.compiler_inlining(wasmtime::Inlining::Yes);
    }
    Engine::new(&config).map_err(|error| anyhow!("creating the Wasmtime engine: {error:?}"))
}

struct ComponentState {
    ctx: WasiCtx,
    table: ResourceTable,
}

impl WasiView for ComponentState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.ctx, table: &mut self.table }
    }
}

const CAPTURE_LIMIT: usize = 64 << 20;

type Context = (WasiCtxBuilder, Option<(MemoryOutputPipe, MemoryOutputPipe)>);

fn context(program_name: &str, args: &[String], grants: &Grants) -> Result<Context> {
    let mut builder = WasiCtxBuilder::new();
    let mut all_args = vec![program_name.to_string()];
    all_args.extend(args.iter().cloned());
    builder.args(&all_args);
    grants.grant_to(&mut builder)?;
    Ok(match grants.stdio {
        Stdio::Inherit => {
            builder.inherit_stdio();
            (builder, None)
        }
        Stdio::Capture => {
            let stdout = MemoryOutputPipe::new(CAPTURE_LIMIT);
            let stderr = MemoryOutputPipe::new(CAPTURE_LIMIT);
            builder.stdout(stdout.clone());
            builder.stderr(stderr.clone());
            builder.stdin(wasmtime_wasi::p2::pipe::MemoryInputPipe::new(grants.captured_input.clone()));
            (builder, Some((stdout, stderr)))
        }
    })
}

fn finish(result: wasmtime::Result<i32>, pipes: Option<(MemoryOutputPipe, MemoryOutputPipe)>) -> Result<RunOutput> {
    let (exit_code, trap) = match result {
        Ok(code) => (code, None),
        Err(error) => match error.downcast_ref::<I32Exit>() {
            Some(exit) => (exit.0, None),
            None => (TRAP_EXIT_CODE, Some(format!("{error:?}"))),
        },
    };
    let (stdout, stderr) = match pipes {
        Some((stdout, stderr)) => (stdout.contents().to_vec(), stderr.contents().to_vec()),
        None => (Vec::new(), Vec::new()),
    };
    Ok(RunOutput { exit_code, stdout, stderr, trap })
}

/// A program ready to instantiate: a WASI 0.2 component or a WASI p1 core module, compiled by Cranelift or
/// deserialized from a precompiled artefact.
pub enum Program {
    Component(Component),
    Module(Module),
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Program::Component(_) => "Program::Component",
            Program::Module(_) => "Program::Module",
        })
    }
}

/// Compiles a component or a core module (told apart by the binary's layer field), or deserializes an
/// artefact that `precompile` wrote with an engine of the same configuration.
pub fn load(engine: &Engine, bytes: &[u8]) -> Result<Program> {
    match Engine::detect_precompiled(bytes) {
        // SAFETY: Wasmtime checks the artefact's header (its version and the engine's configuration)
        // before using it; what it cannot check is that the code inside came from Wasmtime. Kiln only
        // loads artefacts that the user names on the command line, that `precompile` just wrote, or that
        // `kiln run` wrote into the user's own cache directory (`compiler/cli/src/cache.rs`): the trust that
        // `wasmtime run --allow-precompiled` asks for, and that Wasmtime's own cache takes.
        Some(wasmtime::Precompiled::Component) => {
            #[allow(unsafe_code)]
            let component = unsafe { Component::deserialize(engine, bytes) };
            component.map(Program::Component).map_err(|error| anyhow!("loading the precompiled component: {error:?}"))
        }
        Some(wasmtime::Precompiled::Module) => {
            // SAFETY: as above.
            #[allow(unsafe_code)]
            let module = unsafe { Module::deserialize(engine, bytes) };
            module.map(Program::Module).map_err(|error| anyhow!("loading the precompiled module: {error:?}"))
        }
        None if bytes.starts_with(b"\x7fELF") => {
            Err(anyhow!("not a precompiled program of this kiln (made by another version or for another machine?)"))
        }
        None if wasmparser::Parser::is_component(bytes) => {
            Component::new(engine, bytes).map(Program::Component).map_err(|error| anyhow!("loading the component: {error:?}"))
        }
        None => Module::new(engine, bytes).map(Program::Module).map_err(|error| anyhow!("loading the module: {error:?}")),
    }
}

/// Compiles a component or a core module ahead of time for this engine's configuration.
pub fn precompile(engine: &Engine, bytes: &[u8]) -> Result<Vec<u8>> {
    if wasmparser::Parser::is_component(bytes) {
        engine.precompile_component(bytes).map_err(|error| anyhow!("precompiling the component: {error:?}"))
    } else {
        engine.precompile_module(bytes).map_err(|error| anyhow!("precompiling the module: {error:?}"))
    }
}

/// Runs a loaded program: a component's `wasi:cli/run`, or a core module's `_start`.
pub fn run(engine: &Engine, program: &Program, args: &[String], grants: &Grants) -> Result<RunOutput> {
    match program {
        Program::Component(component) => run_loaded_component(engine, component, args, grants),
        Program::Module(module) => run_loaded_p1_module(engine, module, args, grants),
    }
}

/// Runs a WASI 0.2 component's `wasi:cli/run`.
pub fn run_component(engine: &Engine, bytes: &[u8], args: &[String], grants: &Grants) -> Result<RunOutput> {
    let component = Component::new(engine, bytes).map_err(|error| anyhow!("loading the component: {error:?}"))?;
    run_loaded_component(engine, &component, args, grants)
}

fn run_loaded_component(engine: &Engine, component: &Component, args: &[String], grants: &Grants) -> Result<RunOutput> {
    let mut linker = ComponentLinker::<ComponentState>::new(engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker).map_err(|error| anyhow!("adding WASI to the linker: {error:?}"))?;
    let (mut builder, pipes) = context("main", args, grants)?;
    let mut store = Store::new(engine, ComponentState { ctx: builder.build(), table: ResourceTable::new() });
    let result = on_this_thread(async {
        let command = wasmtime_wasi::p2::bindings::Command::instantiate_async(&mut store, component, &linker).await?;
        let outcome = command.wasi_cli_run().call_run(&mut store).await?;
        Ok(if outcome.is_ok() { 0 } else { 1 })
    });
    drop(store);
    finish(result, pipes)
}

/// Runs a program's future to completion on the calling thread. WASI's synchronous bindings would run
/// each host call on a multi-threaded Tokio runtime of their own, whose worker threads cost about a
/// millisecond to start (a quarter of `kiln run hello.cwasm`); the asynchronous bindings on a
/// current-thread runtime start none, and that runtime still drives the timers and I/O the host needs.
fn on_this_thread<T>(future: impl std::future::Future<Output = wasmtime::Result<T>>) -> wasmtime::Result<T> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| wasmtime::Error::msg(format!("starting the async runtime: {error}")))?;
    runtime.block_on(future)
}

/// Runs a WASI p1 core module's `_start`.
pub fn run_p1_module(engine: &Engine, bytes: &[u8], args: &[String], grants: &Grants) -> Result<RunOutput> {
    let module = Module::new(engine, bytes).map_err(|error| anyhow!("loading the module: {error:?}"))?;
    run_loaded_p1_module(engine, &module, args, grants)
}

fn run_loaded_p1_module(engine: &Engine, module: &Module, args: &[String], grants: &Grants) -> Result<RunOutput> {
    let mut linker = Linker::<wasmtime_wasi::p1::WasiP1Ctx>::new(engine);
    wasmtime_wasi::p1::add_to_linker_async(&mut linker, |ctx| ctx)
        .map_err(|error| anyhow!("adding WASI to the linker: {error:?}"))?;
    let (mut builder, pipes) = context("main", args, grants)?;
    let mut store = Store::new(engine, builder.build_p1());
    let result = on_this_thread(async {
        let instance = linker.instantiate_async(&mut store, module).await?;
        let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
        start.call_async(&mut store, ()).await?;
        Ok(0)
    });
    drop(store);
    finish(result, pipes)
}
