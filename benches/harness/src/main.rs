//! The benchmark harness: times every program of `benches/programs/` as Kiln's output on the embedded
//! Wasmtime and as its Java twin on the JVM, measures hello world's cold start beside the JVM and native
//! code, and the compiler's sizes and speed; writes `benches/RESULTS.md` and the chart `benches/results.svg`.
//!
//! Run it with `cargo run --release -p kiln-bench` (`-- --quick` for a short smoke run, `-- --only NAME`
//! for one program). It builds the release `kiln` binary, and installs the `wasmtime` CLI into
//! `target/bench-tools/` the first time (about 13 minutes); `java`, `javac` and `gcc` come from the machine.
//!
//! How the numbers are made, and why:
//! - Steady state: each program takes an iteration count and reports each iteration's time on stderr
//!   (`iteration <ns>`), measured inside the program with `System.nanoTime`, so that both sides are timed
//!   the same way and neither pays for process start. The JVM runs enough iterations for its JIT to settle;
//!   Kiln's output is compiled ahead of time, so fewer do. Each side runs a few times, alternating; the
//!   median of the last half of each run's iterations, all runs together, is the figure.
//! - Whole process: one iteration, from spawn to exit, `kiln run program.ir` (which compiles the IR too),
//!   with its compilation cache off and then with the machine code from it, against
//!   `java -cp classes Program`. Runs of the contenders are interleaved (paired), so that a slow
//!   moment of the machine hurts all of them alike; medians again.
//! - Cold start: the same pairing for hello world in every form; peak memory is the child's maximum
//!   resident set size, read by `benches/coldstart/measure.c` (see there for why a separate program).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use kiln::{CompileOptions, Target};

/// The Wasmtime CLI release that matches the embedded engine.
const WASMTIME_CLI_VERSION: &str = "48.0.8";

struct Settings {
    quick: bool,
    only: Option<String>,
}

impl Settings {
    fn from_arguments() -> Result<Settings> {
        let mut settings = Settings { quick: false, only: None };
        let mut arguments = std::env::args().skip(1);
        while let Some(argument) = arguments.next() {
            match argument.as_str() {
                "--quick" => settings.quick = true,
                "--only" => settings.only = Some(arguments.next().context("--only needs a program name")?),
                other => bail!("unknown argument {other}; expected --quick or --only NAME"),
            }
        }
        Ok(settings)
    }

    /// Iterations inside one run of a program on the JVM, and how many of the last are kept.
    fn jvm_iterations(&self) -> usize {
        if self.quick { 6 } else { 30 }
    }

    fn kiln_iterations(&self) -> usize {
        if self.quick { 2 } else { 10 }
    }

    /// Runs of each program on each side for the steady state, alternating Kiln and the JVM so that a
    /// slow moment of the machine (two cores, shared) falls on both; the figure is the median of the
    /// kept iterations of all runs. One run each gave geometric means 1.97 and 2.01 minutes apart.
    fn steady_rounds(&self) -> usize {
        if self.quick { 1 } else { 5 }
    }

    fn process_rounds(&self) -> usize {
        if self.quick { 2 } else { 5 }
    }

    fn cold_start_rounds(&self) -> usize {
        if self.quick { 3 } else { 20 }
    }
}

/// Where everything lives.
struct Paths {
    root: PathBuf,
    work: PathBuf,
    kiln: PathBuf,
    wasmtime: PathBuf,
    /// The compilation cache of the `kiln run`s that measure a cached run, emptied at the start.
    kiln_cache: PathBuf,
}

/// A finished child process.
struct Finished {
    wall: Duration,
    peak_memory_kib: u64,
    exit_code: i32,
    stdout: String,
    stderr: String,
}

fn main() -> Result<()> {
    let settings = Settings::from_arguments()?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().context("finding the repository")?;
    let work = root.join("target/bench");
    std::fs::create_dir_all(&work).context("creating target/bench")?;
    build_measure(&root, &work)?;
    let kiln_cache = work.join("kiln-cache");
    let _ = std::fs::remove_dir_all(&kiln_cache);
    let paths = Paths { kiln: build_kiln(&root)?, wasmtime: wasmtime_cli(&root)?, root, work, kiln_cache };

    let engine = kiln_runner::engine_with(kiln_runner::Optimization::Thorough)?;
    let mut throughput = Vec::new();
    for program in benchmark_programs(&paths.root)? {
        let name = stem(&program);
        if settings.only.as_ref().is_some_and(|only| !only.eq_ignore_ascii_case(&name)) {
            continue;
        }
        eprintln!("== {name}");
        throughput.push(measure_program(&paths, &settings, &engine, &program)?);
    }
    eprintln!("== component boundary");
    let boundary = measure_boundary(&paths, &settings, &engine)?;
    eprintln!("== cold start");
    let cold_start = measure_cold_start(&paths, &settings)?;
    eprintln!("== sizes and compile speed");
    let sizes = measure_sizes(&paths)?;
    let compile_speed = measure_compile_speed(&paths, &settings)?;

    let report = Report { throughput, boundary, cold_start, sizes, compile_speed };
    let markdown = report.markdown(&paths, &settings);
    std::fs::write(paths.root.join("benches/RESULTS.md"), &markdown).context("writing benches/RESULTS.md")?;
    std::fs::write(paths.root.join("benches/results.svg"), report.chart()).context("writing benches/results.svg")?;
    println!("{markdown}");
    eprintln!("wrote benches/RESULTS.md and benches/results.svg");
    Ok(())
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|stem| stem.to_string_lossy().to_string()).unwrap_or_default()
}

fn benchmark_programs(root: &Path) -> Result<Vec<PathBuf>> {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(root.join("benches/programs"))
        .context("reading benches/programs")?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "ir"))
        .collect();
    programs.sort();
    Ok(programs)
}

/// Builds the release `kiln` binary (a no-op when it is up to date) and returns its path.
fn build_kiln(root: &Path) -> Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "-p", "kiln", "--bin", "kiln"])
        .current_dir(root)
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build --release -p kiln failed");
    }
    Ok(root.join("target/release/kiln"))
}

/// The `wasmtime` CLI of the embedded engine's release, installed under `target/bench-tools/` when missing.
fn wasmtime_cli(root: &Path) -> Result<PathBuf> {
    let tools = root.join("target/bench-tools");
    let binary = tools.join("bin/wasmtime");
    let installed = Command::new(&binary).arg("--version").output().ok().map(|output| output.stdout);
    if installed.is_some_and(|version| String::from_utf8_lossy(&version).contains(WASMTIME_CLI_VERSION)) {
        return Ok(binary);
    }
    eprintln!("installing wasmtime-cli {WASMTIME_CLI_VERSION} into {} (once; about 13 minutes)", tools.display());
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["install", "--locked", &format!("wasmtime-cli@{WASMTIME_CLI_VERSION}"), "--root"])
        .arg(&tools)
        .status()
        .context("running cargo install")?;
    if !status.success() {
        bail!("cargo install wasmtime-cli failed");
    }
    Ok(binary)
}

/// The stopwatch for processes (`benches/coldstart/measure.c`), built once by `main`.
static MEASURE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Builds `measure`, the small C program that runs a command and reports its wall time and peak memory.
fn build_measure(root: &Path, work: &Path) -> Result<()> {
    let binary = work.join("measure");
    let output = Command::new("gcc")
        .arg("-O2")
        .arg("-o")
        .arg(&binary)
        .arg(root.join("benches/coldstart/measure.c"))
        .output()
        .context("running gcc")?;
    if !output.status.success() {
        bail!("gcc failed on measure.c:\n{}", String::from_utf8_lossy(&output.stderr));
    }
    let _ = MEASURE.set(binary);
    Ok(())
}

/// A command with its arguments, ready to run (again and again) under `run_process`.
fn command<const N: usize>(program: &Path, arguments: [std::ffi::OsString; N]) -> Command {
    let mut command = Command::new(program);
    command.args(arguments);
    command
}

/// Runs a command to its end under `measure`, which times it from fork to exit and reads its peak memory
/// (a child of this process would count this process's own pages as its memory).
fn run_process(command: &Command) -> Result<Finished> {
    let measure = MEASURE.get().context("measure is not built")?;
    let mut measured = Command::new(measure);
    measured.arg(command.get_program()).args(command.get_args());
    for (name, value) in command.get_envs() {
        match value {
            Some(value) => measured.env(name, value),
            None => measured.env_remove(name),
        };
    }
    if let Some(directory) = command.get_current_dir() {
        measured.current_dir(directory);
    }
    let output = measured.stdin(Stdio::null()).output().with_context(|| format!("running {command:?}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    let (child_stderr, report) = match stderr.trim_end_matches('\n').rsplit_once('\n') {
        Some((before, last)) => (format!("{before}\n"), last.to_string()),
        None => (String::new(), stderr.trim_end().to_string()),
    };
    let fields: Vec<u64> = report
        .strip_prefix("measure: ")
        .map(|numbers| numbers.split_whitespace().filter_map(|number| number.parse().ok()).collect())
        .unwrap_or_default();
    let [wall_nanoseconds, peak_memory_kib, exit_code] = fields[..] else {
        bail!("measure did not report on {command:?}:\n{stderr}");
    };
    Ok(Finished {
        wall: Duration::from_nanos(wall_nanoseconds),
        peak_memory_kib,
        exit_code: exit_code as i32,
        stdout: String::from_utf8_lossy(&output.stdout).to_string(),
        stderr: child_stderr,
    })
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => f64::NAN,
        length if length % 2 == 1 => values[length / 2],
        length => (values[length / 2 - 1] + values[length / 2]) / 2.0,
    }
}

/// The median of the last half of a program's `iteration <ns>` lines, in milliseconds.
fn steady_state_milliseconds(stderr: &str) -> Result<f64> {
    Ok(median(&mut steady_state_samples(stderr)?))
}

/// The last half of a program's `iteration <ns>` lines, in milliseconds: the iterations after warm-up.
fn steady_state_samples(stderr: &str) -> Result<Vec<f64>> {
    let times: Vec<f64> = stderr
        .lines()
        .filter_map(|line| line.strip_prefix("iteration "))
        .filter_map(|nanoseconds| nanoseconds.trim().parse::<f64>().ok())
        .map(|nanoseconds| nanoseconds / 1e6)
        .collect();
    if times.is_empty() {
        bail!("the program reported no iterations; stderr:\n{stderr}");
    }
    Ok(times[times.len() / 2..].to_vec())
}

fn compile(paths: &Paths, program: &Path, target: Target) -> Result<Vec<u8>> {
    let text = std::fs::read_to_string(program).with_context(|| format!("reading {}", program.display()))?;
    let name = program.strip_prefix(&paths.root).unwrap_or(program).display().to_string();
    kiln::compile(&[(name, text)], &CompileOptions { target, ..CompileOptions::default() })
        .map_err(|error| anyhow::anyhow!("{error}"))
}

/// Compiles a Java twin into its own directory under `target/bench/java/`.
fn compile_java(paths: &Paths, source: &Path) -> Result<PathBuf> {
    let classes = paths.work.join("java").join(stem(source));
    std::fs::create_dir_all(&classes).context("creating a class directory")?;
    let finished = run_process(Command::new("javac").arg("-d").arg(&classes).arg(source))?;
    if finished.exit_code != 0 {
        bail!("javac {} failed:\n{}", source.display(), finished.stderr);
    }
    Ok(classes)
}

struct ProgramResult {
    name: String,
    kiln_steady_ms: f64,
    jvm_steady_ms: f64,
    /// `kiln run` with its compilation cache off: it compiles the IR, then Wasmtime compiles the Wasm.
    kiln_process_ms: f64,
    /// `kiln run` again, the machine code from its cache.
    kiln_process_cached_ms: f64,
    java_process_ms: f64,
    component_bytes: usize,
}

impl ProgramResult {
    fn steady_ratio(&self) -> f64 {
        self.kiln_steady_ms / self.jvm_steady_ms
    }

    fn process_ratio(&self) -> f64 {
        self.kiln_process_ms / self.java_process_ms
    }

    fn cached_process_ratio(&self) -> f64 {
        self.kiln_process_cached_ms / self.java_process_ms
    }
}

fn measure_program(paths: &Paths, settings: &Settings, engine: &wasmtime::Engine, program: &Path) -> Result<ProgramResult> {
    let name = stem(program);
    let expected = std::fs::read_to_string(program.with_extension("stdout")).context("reading the expected output")?;
    let bytes = compile(paths, program, Target::Wasi)?;
    let precompiled = kiln_runner::precompile(engine, &bytes)?;
    let loaded = kiln_runner::load(engine, &precompiled)?;

    let classes = compile_java(paths, &program.with_extension("java"))?;
    let mut kiln_samples = Vec::new();
    let mut jvm_samples = Vec::new();
    for _ in 0..settings.steady_rounds() {
        // A program that computes the wrong answer has no time worth reporting.
        let arguments = vec![settings.kiln_iterations().to_string()];
        let output = kiln_runner::run(engine, &loaded, &arguments, &kiln_runner::Grants::stdio(kiln_runner::Stdio::Capture))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        if output.exit_code != 0 || stdout != expected {
            bail!("{name} on Kiln: exit {} and output {stdout:?}, expected {expected:?}", output.exit_code);
        }
        kiln_samples.extend(steady_state_samples(&String::from_utf8_lossy(&output.stderr))?);

        let jvm =
            run_process(Command::new("java").arg("-cp").arg(&classes).arg(&name).arg(settings.jvm_iterations().to_string()))?;
        if jvm.exit_code != 0 || jvm.stdout != expected {
            bail!("{name} on the JVM: exit {} and output {:?}, expected {expected:?}", jvm.exit_code, jvm.stdout);
        }
        jvm_samples.extend(steady_state_samples(&jvm.stderr)?);
    }
    let kiln_steady_ms = median(&mut kiln_samples);
    let jvm_steady_ms = median(&mut jvm_samples);

    let mut kiln_process = Vec::new();
    let mut kiln_process_cached = Vec::new();
    let mut java_process = Vec::new();
    let kiln_run_with_cache = |cache: &std::ffi::OsStr| -> Result<f64> {
        let kiln_run = run_process(Command::new(&paths.kiln).arg("run").arg(program).env("KILN_CACHE_DIR", cache))?;
        if kiln_run.stdout != expected {
            bail!("{name}: kiln run printed {:?}", kiln_run.stdout);
        }
        Ok(kiln_run.wall.as_secs_f64() * 1e3)
    };
    // One untimed run fills the cache that the cached runs read.
    kiln_run_with_cache(paths.kiln_cache.as_os_str())?;
    for _ in 0..settings.process_rounds() {
        kiln_process.push(kiln_run_with_cache(std::ffi::OsStr::new(""))?);
        kiln_process_cached.push(kiln_run_with_cache(paths.kiln_cache.as_os_str())?);
        let java_run = run_process(Command::new("java").arg("-cp").arg(&classes).arg(&name))?;
        java_process.push(java_run.wall.as_secs_f64() * 1e3);
    }
    let result = ProgramResult {
        name: name.to_lowercase(),
        kiln_steady_ms,
        jvm_steady_ms,
        kiln_process_ms: median(&mut kiln_process),
        kiln_process_cached_ms: median(&mut kiln_process_cached),
        java_process_ms: median(&mut java_process),
        component_bytes: bytes.len(),
    };
    eprintln!(
        "   steady {:.2} ms vs JVM {:.2} ms ({:.2}x); whole process {:.1} ms ({:.1} cached) vs {:.1} ms",
        result.kiln_steady_ms,
        result.jvm_steady_ms,
        result.steady_ratio(),
        result.kiln_process_ms,
        result.kiln_process_cached_ms,
        result.java_process_ms
    );
    Ok(result)
}

/// The string round trip across a component boundary (`benches/component/`): a Kiln consumer calls a
/// Kiln provider's `greet(string) -> string`, composed into one component.
struct BoundaryResult {
    nanoseconds_per_call: f64,
    provider_bytes: usize,
    consumer_bytes: usize,
    composed_bytes: usize,
}

/// The consumer makes this many calls an iteration (see `benches/component/consumer.ir`).
const BOUNDARY_CALLS_PER_ITERATION: f64 = 100_000.0;

fn measure_boundary(paths: &Paths, settings: &Settings, engine: &wasmtime::Engine) -> Result<BoundaryResult> {
    let directory = paths.root.join("benches/component");
    let compile_role = |role: &str| -> Result<Vec<u8>> {
        let world = kiln_wit::load(&directory.join("world.wit"), Some(role)).map_err(|error| anyhow::anyhow!("{error}"))?;
        let source = directory.join(format!("{role}.ir"));
        let text = std::fs::read_to_string(&source).with_context(|| format!("reading {}", source.display()))?;
        let options = CompileOptions { world: Some(std::sync::Arc::new(world)), ..CompileOptions::default() };
        kiln::compile(&[(format!("benches/component/{role}.ir"), text)], &options).map_err(|error| anyhow::anyhow!("{error}"))
    };
    let provider = compile_role("provider")?;
    let consumer = compile_role("consumer")?;
    let composed = kiln_targets::compose(&consumer, std::slice::from_ref(&provider), &paths.work.join("boundary"))
        .map_err(|error| anyhow::anyhow!("{error}"))?;
    let loaded = kiln_runner::load(engine, &kiln_runner::precompile(engine, &composed)?)?;
    let arguments = vec![settings.kiln_iterations().to_string()];
    let output = kiln_runner::run(engine, &loaded, &arguments, &kiln_runner::Grants::stdio(kiln_runner::Stdio::Capture))?;
    let expected = std::fs::read_to_string(directory.join("expected.stdout")).context("reading the expected output")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if output.exit_code != 0 || stdout != expected {
        bail!("the boundary benchmark: exit {} and output {stdout:?}, expected {expected:?}", output.exit_code);
    }
    let milliseconds = steady_state_milliseconds(&String::from_utf8_lossy(&output.stderr))?;
    let result = BoundaryResult {
        nanoseconds_per_call: milliseconds * 1e6 / BOUNDARY_CALLS_PER_ITERATION,
        provider_bytes: provider.len(),
        consumer_bytes: consumer.len(),
        composed_bytes: composed.len(),
    };
    eprintln!("   {:.0} ns per string round trip", result.nanoseconds_per_call);
    Ok(result)
}

struct ColdStartRow {
    label: String,
    wall_ms: f64,
    peak_memory_mib: f64,
}

fn measure_cold_start(paths: &Paths, settings: &Settings) -> Result<Vec<ColdStartRow>> {
    let hello = paths.root.join("examples/hello.ir");
    let directory = paths.work.join("coldstart");
    std::fs::create_dir_all(&directory).context("creating target/bench/coldstart")?;
    let engine = kiln_runner::engine_with(kiln_runner::Optimization::Thorough)?;
    let component = compile(paths, &hello, Target::Wasi)?;
    let module = compile(paths, &hello, Target::WasiP1)?;
    let files = [
        ("hello.wasm", component.clone()),
        ("hello-p1.wasm", module.clone()),
        ("hello.cwasm", kiln_runner::precompile(&engine, &component)?),
        ("hello-p1.cwasm", kiln_runner::precompile(&engine, &module)?),
    ];
    for (file, bytes) in &files {
        std::fs::write(directory.join(file), bytes).with_context(|| format!("writing {file}"))?;
    }
    let java_classes = compile_java(paths, &paths.root.join("benches/coldstart/Hello.java"))?;
    let native = directory.join("hello-native");
    let gcc =
        run_process(Command::new("gcc").arg("-O2").arg("-o").arg(&native).arg(paths.root.join("benches/coldstart/hello.c")))?;
    if gcc.exit_code != 0 {
        bail!("gcc failed:\n{}", gcc.stderr);
    }

    let in_directory = |file: &str| directory.join(file).into_os_string();
    let contenders: Vec<(&str, Command)> = vec![
        ("`kiln run hello.cwasm` (component, precompiled)", command(&paths.kiln, ["run".into(), in_directory("hello.cwasm")])),
        (
            "`kiln run hello-p1.cwasm` (p1 module, precompiled)",
            command(&paths.kiln, ["run".into(), in_directory("hello-p1.cwasm")]),
        ),
        ("`kiln run examples/hello.ir` (compiles, then runs)", {
            let mut run = command(&paths.kiln, ["run".into(), hello.clone().into_os_string()]);
            run.env("KILN_CACHE_DIR", "");
            run
        }),
        ("`kiln run examples/hello.ir` again (machine code from its cache)", {
            let mut run = command(&paths.kiln, ["run".into(), hello.clone().into_os_string()]);
            run.env("KILN_CACHE_DIR", &paths.kiln_cache);
            run
        }),
        (
            "`wasmtime run -C cache=n hello.wasm` (component)",
            command(&paths.wasmtime, ["run".into(), "-C".into(), "cache=n".into(), in_directory("hello.wasm")]),
        ),
        (
            "`wasmtime run -C cache=n hello-p1.wasm` (p1 module)",
            command(&paths.wasmtime, ["run".into(), "-C".into(), "cache=n".into(), in_directory("hello-p1.wasm")]),
        ),
        ("`java Hello`", command(Path::new("java"), ["-cp".into(), java_classes.into_os_string(), "Hello".into()])),
        ("native C (`gcc -O2`)", Command::new(&native)),
    ];
    // One untimed round fills `kiln run`'s compilation cache (and the file system's).
    for (label, command) in &contenders {
        run_process(command).with_context(|| format!("warming up {label}"))?;
    }
    let mut walls = vec![Vec::new(); contenders.len()];
    let mut memories = vec![Vec::new(); contenders.len()];
    for _ in 0..settings.cold_start_rounds() {
        for (index, (label, command)) in contenders.iter().enumerate() {
            let finished = run_process(command)?;
            if finished.exit_code != 0 || finished.stdout != "Hello, World!\n" {
                bail!("{label}: exit {} and output {:?}; stderr:\n{}", finished.exit_code, finished.stdout, finished.stderr);
            }
            walls[index].push(finished.wall.as_secs_f64() * 1e3);
            memories[index].push(finished.peak_memory_kib as f64 / 1024.0);
        }
    }
    Ok(contenders
        .into_iter()
        .enumerate()
        .map(|(index, (label, _))| ColdStartRow {
            label: label.to_string(),
            wall_ms: median(&mut walls[index]),
            peak_memory_mib: median(&mut memories[index]),
        })
        .collect())
}

struct SizeRow {
    program: String,
    target: &'static str,
    bytes: usize,
}

fn measure_sizes(paths: &Paths) -> Result<Vec<SizeRow>> {
    let hello = paths.root.join("examples/hello.ir");
    let mut rows = Vec::new();
    for (target, name) in [(Target::Wasi, "wasi (component)"), (Target::WasiP1, "wasi-p1"), (Target::Js, "js (.wasm only)")] {
        rows.push(SizeRow { program: "hello".into(), target: name, bytes: compile(paths, &hello, target)?.len() });
    }
    Ok(rows)
}

struct CompileSpeedRow {
    program: String,
    source_bytes: usize,
    in_process_ms: f64,
    whole_process_ms: f64,
}

/// How long compiling takes: hello, and the benchmark with the most IR.
fn measure_compile_speed(paths: &Paths, settings: &Settings) -> Result<Vec<CompileSpeedRow>> {
    let mut largest = None;
    for program in benchmark_programs(&paths.root)? {
        let size = std::fs::metadata(&program).map(|metadata| metadata.len()).unwrap_or(0);
        if largest.as_ref().is_none_or(|(_, largest_size)| size > *largest_size) {
            largest = Some((program, size));
        }
    }
    let mut programs = vec![paths.root.join("examples/hello.ir")];
    programs.extend(largest.map(|(program, _)| program));
    let output = paths.work.join("compile-speed.wasm");
    let mut rows = Vec::new();
    for program in programs {
        let mut in_process = Vec::new();
        let mut whole_process = Vec::new();
        for _ in 0..settings.process_rounds() * 2 {
            let start = Instant::now();
            compile(paths, &program, Target::Wasi)?;
            in_process.push(start.elapsed().as_secs_f64() * 1e3);
            let finished = run_process(Command::new(&paths.kiln).arg("compile").arg(&program).arg("-o").arg(&output))?;
            if finished.exit_code != 0 {
                bail!("kiln compile {} failed:\n{}", program.display(), finished.stderr);
            }
            whole_process.push(finished.wall.as_secs_f64() * 1e3);
        }
        rows.push(CompileSpeedRow {
            program: program.strip_prefix(&paths.root).unwrap_or(&program).display().to_string(),
            source_bytes: std::fs::metadata(&program).map(|metadata| metadata.len() as usize).unwrap_or(0),
            in_process_ms: median(&mut in_process),
            whole_process_ms: median(&mut whole_process),
        });
    }
    Ok(rows)
}

struct Report {
    throughput: Vec<ProgramResult>,
    boundary: BoundaryResult,
    cold_start: Vec<ColdStartRow>,
    sizes: Vec<SizeRow>,
    compile_speed: Vec<CompileSpeedRow>,
}

fn geometric_mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = values.fold((0.0, 0usize), |(sum, count), value| (sum + value.ln(), count + 1));
    if count == 0 { f64::NAN } else { (sum / count as f64).exp() }
}

/// One line of a command's output, for the report's header; "unknown" when the command fails.
fn first_line_of(command: &mut Command) -> String {
    command
        .output()
        .ok()
        .map(|output| {
            let text = if output.stdout.is_empty() { output.stderr } else { output.stdout };
            String::from_utf8_lossy(&text).lines().next().unwrap_or("unknown").trim().to_string()
        })
        .unwrap_or_else(|| "unknown".into())
}

fn processor_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split(':').nth(1))
                .map(str::trim)
                .map(String::from)
        })
        .unwrap_or_else(|| "unknown processor".into())
}

impl Report {
    fn steady_geomean(&self) -> f64 {
        geometric_mean(self.throughput.iter().map(ProgramResult::steady_ratio))
    }

    fn process_geomean(&self) -> f64 {
        geometric_mean(self.throughput.iter().map(ProgramResult::process_ratio))
    }

    fn markdown(&self, paths: &Paths, settings: &Settings) -> String {
        let mut text = String::new();
        let commit = first_line_of(Command::new("git").args(["describe", "--always", "--dirty"]).current_dir(&paths.root));
        let java = first_line_of(Command::new("java").arg("-version"));
        let cores = std::thread::available_parallelism().map(|cores| cores.get()).unwrap_or(1);
        let _ = writeln!(text, "# Benchmark results\n");
        let _ = writeln!(
            text,
            "Written by `cargo run --release -p kiln-bench`{} at commit `{commit}`, on {} ({cores} cores), with {java} and \
             the Wasmtime {WASMTIME_CLI_VERSION} that `kiln` embeds. Every figure is a median; how each is made is at the \
             end.\n",
            if settings.quick { " -- --quick (a smoke run: few iterations, noisy figures)" } else { "" },
            processor_model()
        );
        let _ = writeln!(text, "## Throughput against the JVM\n");
        let _ = writeln!(
            text,
            "| program | Kiln, steady state (ms) | JVM, steady state (ms) | ratio | `kiln run`, whole process (ms) | \
             `kiln run` again, cached (ms) | `java`, whole process (ms) | ratio | ratio, cached | component (bytes) |"
        );
        let _ = writeln!(text, "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        for row in &self.throughput {
            let _ = writeln!(
                text,
                "| {} | {:.2} | {:.2} | {:.2} | {:.1} | {:.1} | {:.1} | {:.2} | {:.2} | {} |",
                row.name,
                row.kiln_steady_ms,
                row.jvm_steady_ms,
                row.steady_ratio(),
                row.kiln_process_ms,
                row.kiln_process_cached_ms,
                row.java_process_ms,
                row.process_ratio(),
                row.cached_process_ratio(),
                row.component_bytes
            );
        }
        let _ = writeln!(
            text,
            "| **geometric mean** | | | **{:.2}** | | | | **{:.2}** | **{:.2}** | |\n",
            self.steady_geomean(),
            self.process_geomean(),
            geometric_mean(self.throughput.iter().map(ProgramResult::cached_process_ratio))
        );
        let _ = writeln!(text, "A ratio is Kiln's time over the JVM's: below 1, Kiln is faster.\n");
        let _ = writeln!(text, "![Time relative to the JVM](results.svg)\n");

        let _ = writeln!(text, "## Component boundary: one string round trip\n");
        let _ = writeln!(
            text,
            "A Kiln consumer calls a Kiln provider's `greet: func(name: string) -> string` (`benches/component/`), \
             the two composed into one component, precompiled and run on the embedded Wasmtime: each call copies \
             \"Ada Lovelace\" into linear memory, the provider lifts it into a string, concatenates, lowers the \
             result, and the consumer lifts it back.\n"
        );
        let _ = writeln!(text, "| per call (ns) | provider (bytes) | consumer (bytes) | composed (bytes) |");
        let _ = writeln!(text, "|--:|--:|--:|--:|");
        let _ = writeln!(
            text,
            "| {:.0} | {} | {} | {} |\n",
            self.boundary.nanoseconds_per_call,
            self.boundary.provider_bytes,
            self.boundary.consumer_bytes,
            self.boundary.composed_bytes
        );

        let _ = writeln!(text, "## Cold start: hello world\n");
        let java_wall = self.cold_start.iter().find(|row| row.label == "`java Hello`").map(|row| row.wall_ms);
        let _ = writeln!(text, "| how | wall (ms) | peak memory (MiB) | time relative to `java Hello` |");
        let _ = writeln!(text, "|---|--:|--:|--:|");
        for row in &self.cold_start {
            let relative = java_wall.map(|java| format!("{:.3}", row.wall_ms / java)).unwrap_or_default();
            let _ = writeln!(text, "| {} | {:.2} | {:.1} | {relative} |", row.label, row.wall_ms, row.peak_memory_mib);
        }
        let _ = writeln!(text);

        let _ = writeln!(text, "## Sizes\n");
        let _ = writeln!(text, "| program | target | bytes |");
        let _ = writeln!(text, "|---|---|--:|");
        for row in &self.sizes {
            let _ = writeln!(text, "| {} | {} | {} |", row.program, row.target, row.bytes);
        }
        let _ = writeln!(text, "\nEvery example and target: `tests/sizes.snap`.\n");

        let _ = writeln!(text, "## Compile speed\n");
        let _ = writeln!(text, "| program | IR (bytes) | `kiln::compile` in process (ms) | `kiln compile`, whole process (ms) |");
        let _ = writeln!(text, "|---|--:|--:|--:|");
        for row in &self.compile_speed {
            let _ = writeln!(
                text,
                "| {} | {} | {:.2} | {:.2} |",
                row.program, row.source_bytes, row.in_process_ms, row.whole_process_ms
            );
        }
        let _ = writeln!(
            text,
            "\n(Both compile the program with the part of the runtime library it names, and write a component.)\n"
        );

        let _ = writeln!(text, "## How the figures are made\n");
        let _ = writeln!(
            text,
            "- **Steady state**: each program times its own iterations with `System.nanoTime` and reports them on \
             stderr. Kiln's component is compiled ahead of time by the embedded Wasmtime and run in the harness's \
             process with {} iterations; the Java twin runs {} iterations in one JVM, so that the JIT settles. Each \
             side runs {} times, the two alternating. The figure is the median of the last half of the iterations \
             of all runs.",
            settings.kiln_iterations(),
            settings.jvm_iterations(),
            settings.steady_rounds()
        );
        let _ = writeln!(
            text,
            "- **Whole process**: one iteration from spawn to exit, `kiln run benches/programs/<name>.ir` (which \
             compiles the IR, then has Wasmtime compile the Wasm, then runs it; its compilation cache off) and \
             the same again with the machine code from the cache that an untimed first run filled (found by the \
             IR's text and the options, so that neither Kiln nor Wasmtime compiles), against `java -cp <classes> <Name>`, interleaved, {} \
             rounds. The chart's whole-process bar is the first, uncached.",
            settings.process_rounds()
        );
        let _ = writeln!(
            text,
            "- **Cold start**: every form of hello world, interleaved, {} rounds; peak memory is the process's \
             maximum resident set size (`wait4` in `benches/coldstart/measure.c`).",
            settings.cold_start_rounds()
        );
        let _ = writeln!(
            text,
            "- Every program's output is checked against its `.stdout` (which the test suite checks against the JVM) \
             before any time counts."
        );
        text
    }

    /// A bar chart of each program's time relative to the JVM's (log scale: the JVM is the line at 1).
    fn chart(&self) -> String {
        let row_height = 26.0;
        let label_width = 110.0;
        let plot_width = 560.0;
        let top = 50.0;
        let rows = self.throughput.len() + 1;
        let height = top + rows as f64 * row_height + 50.0;
        let width = label_width + plot_width + 30.0;
        // The axis spans powers of two that hold every ratio.
        let ratios: Vec<f64> = self.throughput.iter().flat_map(|row| [row.steady_ratio(), row.process_ratio()]).collect();
        let lowest = ratios.iter().copied().fold(1.0_f64, f64::min).log2().floor().min(-1.0);
        let highest = ratios.iter().copied().fold(1.0_f64, f64::max).log2().ceil().max(1.0);
        let x_of = |ratio: f64| label_width + (ratio.log2() - lowest) / (highest - lowest) * plot_width;
        let mut svg = String::new();
        let _ = writeln!(
            svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">"#
        );
        let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="20" font-size="14" font-weight="bold">Time relative to the JVM (log scale; shorter is faster)</text>"#,
            label_width
        );
        let _ = writeln!(
            svg,
            r##"<rect x="{label_width}" y="28" width="10" height="10" fill="#d9642b"/><text x="{}" y="37">Kiln on Wasmtime, steady state</text><rect x="{}" y="28" width="10" height="10" fill="#8fb3d9"/><text x="{}" y="37">whole process (kiln run vs java)</text>"##,
            label_width + 14.0,
            label_width + 230.0,
            label_width + 244.0
        );
        let bottom = top + rows as f64 * row_height;
        let mut exponent = lowest;
        while exponent <= highest {
            let ratio = exponent.exp2();
            let x = x_of(ratio);
            let colour = if exponent == 0.0 { "#000" } else { "#ddd" };
            let _ = writeln!(svg, r#"<line x1="{x:.1}" y1="{top}" x2="{x:.1}" y2="{bottom}" stroke="{colour}"/>"#);
            let label = if ratio >= 1.0 { format!("{ratio}") } else { format!("1/{}", 1.0 / ratio) };
            let _ = writeln!(svg, r#"<text x="{x:.1}" y="{}" text-anchor="middle">{label}</text>"#, bottom + 16.0);
            exponent += 1.0;
        }
        let baseline = x_of(1.0);
        let mut bars: Vec<(String, f64, f64)> =
            self.throughput.iter().map(|row| (row.name.clone(), row.steady_ratio(), row.process_ratio())).collect();
        bars.push(("geomean".into(), self.steady_geomean(), self.process_geomean()));
        for (index, (name, steady, process)) in bars.iter().enumerate() {
            let y = top + index as f64 * row_height;
            let weight = if name == "geomean" { "bold" } else { "normal" };
            let _ = writeln!(
                svg,
                r#"<text x="{}" y="{:.1}" text-anchor="end" font-weight="{weight}">{name}</text>"#,
                label_width - 8.0,
                y + 15.0
            );
            for (offset, ratio, colour) in [(3.0, *steady, "#d9642b"), (13.0, *process, "#8fb3d9")] {
                let x = x_of(ratio);
                let (start, length) = if x >= baseline { (baseline, x - baseline) } else { (x, baseline - x) };
                let _ = writeln!(
                    svg,
                    r#"<rect x="{start:.1}" y="{:.1}" width="{:.1}" height="9" fill="{colour}"><title>{name}: {ratio:.2}</title></rect>"#,
                    y + offset,
                    length.max(1.0)
                );
                let _ = writeln!(
                    svg,
                    r#"<text x="{:.1}" y="{:.1}" font-size="9">{ratio:.2}</text>"#,
                    x.max(baseline) + 3.0,
                    y + offset + 8.0
                );
            }
        }
        let _ = writeln!(svg, "</svg>");
        svg
    }
}
