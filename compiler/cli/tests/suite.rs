//! The file-driven test suite: every case is a file under `tests/`, its expectations beside it.
//! `BLESS=1 cargo test` rewrites the expectations from what the compiler does now (review the diff!).
//!
//! - `tests/run/<area>/<name>.ir`: compiled for each target, validated, run on the embedded Wasmtime;
//!   stdout must equal `<name>.stdout`, stderr `<name>.stderr` (absent: empty), the exit code the
//!   `// exit: N` directive (default 0; 134 expects a trap). `// semantics: unchecked` compiles without the
//!   checked behaviours. `// targets: wasi` limits the targets (default: wasi wasi-p1 js; the js target runs
//!   on a Node that the tests install from npm, see `support/node.rs`), and leaving js out needs a
//!   `// wasi-only: reason` line; `// args: a b` passes arguments to `main`; `// env: A=1 B=2`,
//!   `// dir: /guest` (a fresh empty directory) and `// stdin: text` are what the run is granted (see
//!   `case_grants`). Where `<name>.java` exists,
//!   the JVM's output must equal `<name>.stdout` too: the JVM is the oracle. `benches/programs/<name>.ir`
//!   are run cases of the same kind (one iteration of each benchmark).
//! - `tests/check-fail/<name>.ir`: must be rejected; the rendered diagnostics must equal `<name>.stderr`.
//! - `tests/wat/<name>.ir`: the printed WAT of the core module is an insta snapshot.
//! - `tests/run/optimiser/<name>.ir` are also optimiser cases: `<name>.optimised` holds what
//!   `kiln compile --verbose` reports for them and their classes after the optimiser.
//! - every `.ir` file of the repository round-trips through the printer; compilation is deterministic;
//!   `tests/sizes.snap` holds the output size of each example per target; a bounded random-input loop
//!   proves that the front end and the back end never panic.

#![allow(unsafe_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use kiln::{CompileError, CompileOptions, Target};
use libtest_mimic::{Arguments, Failed, Trial};

#[path = "support/browser.rs"]
mod browser;
#[path = "support/node.rs"]
mod node;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap_or_else(|_| PathBuf::from("../.."))
}

fn bless() -> bool {
    std::env::var("BLESS").is_ok_and(|value| value == "1")
}

fn engine() -> &'static wasmtime::Engine {
    static ENGINE: OnceLock<wasmtime::Engine> = OnceLock::new();
    ENGINE.get_or_init(|| kiln_runner::engine().unwrap_or_else(|error| panic!("no engine: {error}")))
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root()).unwrap_or(path).display().to_string()
}

/// Files with an extension under a directory, sorted, recursively.
fn files_under(directory: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(directory) else {
        return found;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            let name = entry.file_name().map(|name| name.to_string_lossy().to_string()).unwrap_or_default();
            if name == "target" || name == "snapshots" || name == "node_modules" || name.starts_with('.') {
                continue;
            }
            found.extend(files_under(&entry, extension));
        } else if entry.extension().is_some_and(|found_extension| found_extension == extension) {
            found.push(entry);
        }
    }
    found
}

/// A readable line diff: the first lines that differ, with their numbers.
fn diff(expected: &str, actual: &str) -> String {
    let expected_lines: Vec<&str> = expected.lines().collect();
    let actual_lines: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let mut shown = 0;
    for index in 0..expected_lines.len().max(actual_lines.len()) {
        let left = expected_lines.get(index);
        let right = actual_lines.get(index);
        if left != right {
            out.push_str(&format!("line {}:\n  expected: {:?}\n  actual:   {:?}\n", index + 1, left, right));
            shown += 1;
            if shown == 8 {
                out.push_str("  ...\n");
                break;
            }
        }
    }
    if out.is_empty() && expected != actual {
        out.push_str("(the texts differ only in their final line break)\n");
    }
    out
}

/// Compares `actual` with the expectation file; with `BLESS=1`, writes it instead (an optional file that
/// would be empty is removed).
fn expect_file(path: &Path, actual: &str, optional: bool) -> Result<(), Failed> {
    if bless() {
        if optional && actual.is_empty() {
            let _ = std::fs::remove_file(path);
        } else {
            std::fs::write(path, actual).map_err(|error| format!("writing {}: {error}", path.display()))?;
        }
        return Ok(());
    }
    let expected = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(_) if optional => String::new(),
        Err(_) => {
            return Err(format!("missing {} (run with BLESS=1 to create it)", relative(path)).into());
        }
    };
    if expected == actual { Ok(()) } else { Err(format!("{} differs:\n{}", relative(path), diff(&expected, actual)).into()) }
}

/// `// name: value` directives in the leading comment lines of a test file (exactly one space after `//`).
fn directive(text: &str, name: &str) -> Option<String> {
    let prefix = format!("// {name}:");
    text.lines()
        .take_while(|line| line.starts_with("//"))
        .find_map(|line| line.strip_prefix(&prefix).map(|value| value.trim().to_string()))
}

/// The `// args: ...` directive: arguments for `main`, separated by spaces.
fn program_arguments(text: &str) -> Vec<String> {
    directive(text, "args").map(|value| value.split_whitespace().map(str::to_string).collect()).unwrap_or_default()
}

fn read(path: &Path) -> Result<String, Failed> {
    std::fs::read_to_string(path).map_err(|error| format!("reading {}: {error}", path.display()).into())
}

fn compile_file(path: &Path, target: Target) -> Result<Vec<u8>, Failed> {
    let text = read(path)?;
    let semantics = match directive(&text, "semantics").as_deref() {
        Some("unchecked") => kiln::Semantics::Unchecked,
        _ => kiln::Semantics::Compliant,
    };
    let world = example_world(path)?;
    kiln::compile(&[(relative(path), text)], &CompileOptions { target, semantics, world, ..CompileOptions::default() })
        .map_err(|error| format!("{} does not compile:\n{error}", relative(path)).into())
}

/// An example beside a `world.wit` (`examples/http/`) binds to its world named as the file.
fn example_world(path: &Path) -> Result<Option<std::sync::Arc<kiln_wit::World>>, Failed> {
    let wit = path.with_file_name("world.wit");
    if !relative(path).starts_with("examples/") || !wit.exists() {
        return Ok(None);
    }
    let role = path.file_stem().and_then(|stem| stem.to_str());
    let world = kiln_wit::load(&wit, role).map_err(|error| format!("{}: {error}", relative(&wit)))?;
    Ok(Some(std::sync::Arc::new(world)))
}

/// The targets an example compiles for: a world needs the component target.
fn example_targets(path: &Path) -> &'static [Target] {
    if path.with_file_name("world.wit").exists() { &[Target::Wasi] } else { &[Target::Wasi, Target::WasiP1, Target::Js] }
}

fn run_case(path: &Path, target: Target) -> Result<(), Failed> {
    let text = read(path)?;
    // `compile` validates the core module and the final output with wasmparser before anything runs them.
    let bytes = compile_file(path, target)?;
    let arguments = program_arguments(&text);
    let expected_exit: i32 = directive(&text, "exit").and_then(|value| value.parse().ok()).unwrap_or(0);
    let (exit_code, stdout, stderr) = match target {
        Target::Js => run_on_node(path, &bytes, &arguments, expected_exit)?,
        Target::Wasi | Target::WasiP1 => {
            run_on_wasmtime(&bytes, &arguments, &case_grants(path, &text, target)?, target, expected_exit)?
        }
    };
    // When blessing, only the component writes expectations; every other target must agree with them.
    if target == Target::Wasi || !bless() {
        expect_file(&path.with_extension("stdout"), &stdout, false)?;
        expect_file(&path.with_extension("stderr"), &stderr, true)?;
    }
    if exit_code != expected_exit {
        return Err(format!("exit code {exit_code} instead of {expected_exit}\nstdout:\n{stdout}\nstderr:\n{stderr}").into());
    }
    Ok(())
}

/// What a run case is granted: `// env: NAME=VALUE ...`, `// dir: /guest` (a fresh empty directory under
/// `target/run-scratch/`, seen by the program as `/guest`) and `// stdin: text` (`\n` for line breaks).
fn case_grants(path: &Path, text: &str, target: Target) -> Result<kiln_runner::Grants, Failed> {
    let mut grants = kiln_runner::Grants::stdio(kiln_runner::Stdio::Capture);
    if let Some(variables) = directive(text, "env") {
        for variable in variables.split_whitespace() {
            let (name, value) = variable.split_once('=').unwrap_or((variable, ""));
            grants.environment.push((name.to_string(), value.to_string()));
        }
    }
    if let Some(guest) = directive(text, "dir") {
        let scratch =
            root().join("target/run-scratch").join(format!("{}_{}", relative(path).replace(['/', '.'], "_"), target.name()));
        let _ = std::fs::remove_dir_all(&scratch);
        std::fs::create_dir_all(&scratch).map_err(|error| format!("creating {}: {error}", scratch.display()))?;
        grants.directories.push((scratch, guest));
    }
    if let Some(input) = directive(text, "stdin") {
        grants.captured_input = input.replace("\\n", "\n").into_bytes();
    }
    Ok(grants)
}

fn run_on_wasmtime(
    bytes: &[u8],
    arguments: &[String],
    grants: &kiln_runner::Grants,
    target: Target,
    expected_exit: i32,
) -> Result<(i32, String, String), Failed> {
    let output = match target {
        Target::WasiP1 => kiln_runner::run_p1_module(engine(), bytes, arguments, grants),
        _ => kiln_runner::run_component(engine(), bytes, arguments, grants),
    }
    .map_err(|error| format!("running: {error:#}"))?;
    // A trap is a failure, unless the test expects one (`// exit: 134`, as `kiln run` exits on a trap).
    let exit_code = match output.trap {
        Some(_) if expected_exit == TRAP_EXIT_CODE => TRAP_EXIT_CODE,
        Some(trap) => return Err(format!("the program trapped: {trap}").into()),
        None => output.exit_code,
    };
    Ok((exit_code, String::from_utf8_lossy(&output.stdout).to_string(), String::from_utf8_lossy(&output.stderr).to_string()))
}

/// The js target: the module and its loader under `target/js-run/`, run by the Node that the tests install.
fn run_on_node(path: &Path, bytes: &[u8], arguments: &[String], expected_exit: i32) -> Result<(i32, String, String), Failed> {
    let case_directory = root().join("target/js-run").join(relative(path).replace(['/', '.'], "_"));
    let output = node::run_module(&root(), &case_directory, bytes, arguments)?;
    let mut stderr = output.stderr;
    // The loader reports a trap on its last stderr line and exits 134, as `kiln run` does.
    if output.exit_code == TRAP_EXIT_CODE {
        let trap_line = stderr.lines().last().filter(|line| line.starts_with("error: the program trapped:")).map(str::len);
        match trap_line {
            Some(length) if expected_exit == TRAP_EXIT_CODE => stderr.truncate(stderr.trim_end_matches('\n').len() - length),
            _ => return Err(format!("the program trapped on Node:\n{stderr}").into()),
        }
    }
    Ok((output.exit_code, output.stdout, stderr))
}

/// The exit code of `kiln run` when the program traps, and what a test that expects a trap says.
const TRAP_EXIT_CODE: i32 = 134;

/// Compiles one Java twin into its own directory under `target/` (twins may define classes of the same name).
fn compile_twin(twin: &Path) -> Result<PathBuf, String> {
    let output_directory = root().join("target/java-twins").join(relative(twin).replace(['/', '.'], "_"));
    std::fs::create_dir_all(&output_directory).map_err(|error| error.to_string())?;
    let output = Command::new("javac")
        .arg("-encoding")
        .arg("UTF-8")
        .arg("-d")
        .arg(&output_directory)
        .arg(twin)
        .output()
        .map_err(|error| format!("running javac: {error}"))?;
    if !output.status.success() {
        return Err(format!("javac failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(output_directory)
}

fn jvm_case(twin: &Path) -> Result<(), Failed> {
    let classes = compile_twin(twin)?;
    let text = read(twin)?;
    let package =
        text.lines().find_map(|line| line.strip_prefix("package ").map(|rest| rest.trim_end_matches(';').trim().to_string()));
    let class = twin.file_stem().map(|stem| stem.to_string_lossy().to_string()).unwrap_or_default();
    let qualified = match package {
        Some(package) => format!("{package}.{class}"),
        None => class,
    };
    let ir = read(&twin.with_extension("ir"))?;
    // The JVM reads the case's `// stdin:` text as the Kiln run does (small: written whole before reading).
    let input = directive(&ir, "stdin").unwrap_or_default().replace("\\n", "\n");
    let mut java = Command::new("java")
        .arg("-Dfile.encoding=UTF-8")
        .arg("-Dstdout.encoding=UTF-8")
        .arg("-cp")
        .arg(&classes)
        .arg(&qualified)
        .args(program_arguments(&ir))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|error| format!("running java: {error}"))?;
    if let Some(mut stdin) = java.stdin.take() {
        use std::io::Write;
        stdin.write_all(input.as_bytes()).map_err(|error| format!("writing the JVM's standard input: {error}"))?;
    }
    let output = java.wait_with_output().map_err(|error| format!("running java: {error}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    let expected_path = twin.with_extension("stdout");
    let expected = read(&expected_path)?;
    if stdout != expected {
        return Err(format!("the JVM disagrees with {}:\n{}", relative(&expected_path), diff(&expected, &stdout)).into());
    }
    let expected_exit: i32 = directive(&ir, "exit").and_then(|value| value.parse().ok()).unwrap_or(0);
    if output.status.code() != Some(expected_exit) {
        return Err(format!("the JVM exits with {:?}, the test expects {expected_exit}", output.status.code()).into());
    }
    // The first line of the JVM's stderr (the uncaught exception) must match Kiln's.
    let expected_stderr = std::fs::read_to_string(twin.with_extension("stderr")).unwrap_or_default();
    let jvm_stderr = String::from_utf8_lossy(&output.stderr).to_string();
    if expected_stderr.lines().next() != jvm_stderr.lines().next() {
        return Err(format!(
            "stderr: the JVM says {:?}, the test expects {:?}",
            jvm_stderr.lines().next(),
            expected_stderr.lines().next()
        )
        .into());
    }
    Ok(())
}

/// `// target: js` links a check-fail case for the js target (the default is wasi).
fn check_fail_options(text: &str) -> CompileOptions {
    let target = if directive(text, "target").as_deref() == Some("js") { Target::Js } else { Target::Wasi };
    CompileOptions { target, ..CompileOptions::default() }
}

fn check_fail_case(path: &Path) -> Result<(), Failed> {
    let text = read(path)?;
    let options = check_fail_options(&text);
    let sources = kiln::program_sources(&[(relative(path), text.clone())], &options)?;
    let rendered = match kiln::front_end(&sources.map) {
        Err(CompileError::Diagnostics { rendered, .. }) => rendered,
        Err(other) => format!("{other}\n"),
        Ok(program) => match kiln::link(&sources, program, &options) {
            Err(error) => format!("{error}\n"),
            Ok(_) => return Err("the program was accepted".into()),
        },
    };
    expect_file(&path.with_extension("stderr"), &rendered, false)
}

fn wat_case(path: &Path) -> Result<(), Failed> {
    let text = read(path)?;
    let wat = kiln::compile_to_wat(&[(relative(path), text)], &CompileOptions::default()).map_err(|error| error.to_string())?;
    let name = path.file_stem().map(|stem| stem.to_string_lossy().to_string()).unwrap_or_default();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("tests/wat/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, wat));
    Ok(())
}

/// The optimiser's work on a program: its report and the user's classes after it (only the methods that
/// are still reachable), as `<name>.optimised` beside the program.
fn optimise_case(path: &Path) -> Result<(), Failed> {
    let text = read(path)?;
    let (report, program) =
        kiln::optimised_program(&[(relative(path), text)], &CompileOptions::default()).map_err(|error| error.to_string())?;
    expect_file(&path.with_extension("optimised"), &format!("{report}\n{program}"), false)
}

fn round_trip_case(path: &Path) -> Result<(), Failed> {
    let text = read(path)?;
    // A component case's program (beside a `world.wit`) names the classes of its world's bindings; the
    // runtime's WASI host layer those of the runtime world.
    let wit = path.with_file_name("world.wit");
    let world = match path.file_stem().and_then(|stem| stem.to_str()) {
        Some(role) if wit.exists() => {
            Some(kiln_wit::load(&wit, Some(role)).map_err(|error| format!("{}: {error}", relative(&wit)))?)
        }
        Some("host.wasi") => Some(kiln_wit::runtime_world().map_err(|error| error.to_string())?),
        _ => None,
    };
    let format = |text: &str| kiln::format_source_in_world(&relative(path), text, world.as_ref());
    let first = match format(&text) {
        Ok(first) => first,
        // Only a program that is meant to be rejected may fail to parse.
        Err(_) if relative(path).starts_with("tests/check-fail") => return Ok(()),
        Err(error) => return Err(format!("does not parse:\n{error}").into()),
    };
    // Formatting keeps every comment.
    for line in text.lines().map(str::trim).filter(|line| line.starts_with("//")) {
        if !first.contains(line) {
            return Err(format!("formatting lost the comment `{line}`").into());
        }
    }
    let second = format(&first).map_err(|error| format!("the printed text does not parse:\n{error}"))?;
    if first != second {
        return Err(format!("printing is not stable:\n{}", diff(&first, &second)).into());
    }
    Ok(())
}

fn determinism_case(path: &Path) -> Result<(), Failed> {
    for &target in example_targets(path) {
        let first = compile_file(path, target)?;
        let second = compile_file(path, target)?;
        if first != second {
            return Err(format!("two compilations for {} differ", target.name()).into());
        }
    }
    Ok(())
}

fn sizes_case() -> Result<(), Failed> {
    let mut report = String::from("# Output bytes per example and target (without --debug-names). BLESS=1 updates it.\n");
    for example in files_under(&root().join("examples"), "ir") {
        let text = read(&example)?;
        let world = example_world(&example)?;
        for semantics in [kiln::Semantics::Compliant, kiln::Semantics::Unchecked] {
            for &target in example_targets(&example) {
                let options = CompileOptions { target, semantics, world: world.clone(), ..CompileOptions::default() };
                let bytes = kiln::compile(&[(relative(&example), text.clone())], &options)
                    .map_err(|error| format!("{} does not compile:\n{error}", relative(&example)))?;
                let label = match semantics {
                    kiln::Semantics::Compliant => "",
                    kiln::Semantics::Unchecked => " --semantics unchecked",
                };
                let mut line = format!("{} {}{label}: {} bytes", relative(&example), target.name(), bytes.len());
                if target == Target::Js {
                    let loader = kiln::js_loader("app.wasm", &bytes).map_err(|error| error.to_string())?;
                    line.push_str(&format!(" .wasm + {} bytes .mjs", loader.len()));
                }
                report.push_str(&line);
                report.push('\n');
            }
        }
    }
    expect_file(&root().join("tests/sizes.snap"), &report, false)
}

/// The hello component imports exactly the interfaces it uses and exports `wasi:cli/run`.
fn component_world_case() -> Result<(), Failed> {
    let bytes = compile_file(&root().join("examples/hello.ir"), Target::Wasi)?;
    let (imports, exports) = component_interfaces(&bytes)?;
    let version = kiln_targets::WASI_VERSION;
    let expected_imports =
        vec![format!("wasi:io/error@{version}"), format!("wasi:io/streams@{version}"), format!("wasi:cli/stdout@{version}")];
    if imports != expected_imports {
        return Err(format!("imports {imports:?}, expected {expected_imports:?}").into());
    }
    if exports != vec![format!("wasi:cli/run@{version}")] {
        return Err(format!("exports {exports:?}").into());
    }
    // The hand-made wrapping (kiln-targets' direct_component.rs): the memory's module and the program's,
    // none of wit-component's shims.
    let core_modules = wasmparser::Parser::new(0)
        .parse_all(&bytes)
        .filter(|payload| matches!(payload, Ok(wasmparser::Payload::ModuleSection { .. })))
        .count();
    if core_modules != 2 {
        return Err(format!("{core_modules} core modules, expected 2 (the memory's and the program's)").into());
    }
    Ok(())
}

/// The imports and exports of a component's world, by name.
fn component_interfaces(bytes: &[u8]) -> Result<(Vec<String>, Vec<String>), Failed> {
    let decoded = wit_component::decode(bytes).map_err(|error| format!("decoding the component: {error:#}"))?;
    let resolve = decoded.resolve();
    let package = decoded.package();
    let world_id = resolve.packages[package].worlds.values().next().copied().ok_or("the component has no world")?;
    let world = &resolve.worlds[world_id];
    let names = |items: &wit_parser::IndexMap<wit_parser::WorldKey, wit_parser::WorldItem>| {
        items.keys().map(|key| resolve.name_world_key(key)).collect::<Vec<String>>()
    };
    Ok((names(&world.imports), names(&world.exports)))
}

/// `tests/component/<case>/`: `world.wit` with the worlds `provider` and `consumer`, `provider.ir` and
/// `consumer.ir`. Each compiles against its world; the provider's component exports exactly its world's
/// exports and imports nothing but WASI; the consumer's imports the interfaces its world imports and
/// exports only `wasi:cli/run`. Composed, the consumer prints `expected.stdout`.
fn component_case(directory: &Path) -> Result<(), Failed> {
    let wit = directory.join("world.wit");
    let compile = |role: &str| -> Result<(Vec<u8>, std::sync::Arc<kiln_wit::World>), Failed> {
        let world = kiln_wit::load(&wit, Some(role)).map_err(|error| format!("{role} world: {error}"))?;
        let world = std::sync::Arc::new(world);
        let source = directory.join(format!("{role}.ir"));
        let options = CompileOptions { world: Some(world.clone()), ..CompileOptions::default() };
        let bytes = kiln::compile(&[(relative(&source), read(&source)?)], &options)
            .map_err(|error| format!("{} does not compile:\n{error}", relative(&source)))?;
        Ok((bytes, world))
    };
    let scratch = root().join("target/component-run").join(relative(directory).replace('/', "_"));
    // A provider written in Python is built by componentize-py (tools/python/componentize.sh).
    let (provider, provider_world) = if directory.join("provider.py").exists() {
        let world = kiln_wit::load(&wit, Some("provider")).map_err(|error| format!("provider world: {error}"))?;
        (python_component(directory, &scratch)?, std::sync::Arc::new(world))
    } else {
        compile("provider")?
    };
    let (consumer, consumer_world) = compile("consumer")?;
    let world_names = |world: &kiln_wit::World, exports: bool| -> Vec<String> {
        let item = &world.resolve.worlds[world.world];
        let items = if exports { &item.exports } else { &item.imports };
        items
            .iter()
            .filter(|(_, item)| !matches!(item, wit_parser::WorldItem::Type { .. }))
            .map(|(key, _)| world.resolve.name_world_key(key))
            .collect()
    };
    let (provider_imports, provider_exports) = component_interfaces(&provider)?;
    // componentize-py adds an export of its own (`exports`); a Kiln provider exports exactly its world.
    let is_python = directory.join("provider.py").exists();
    let exports_fit = if is_python {
        world_names(&provider_world, true).iter().all(|name| provider_exports.contains(name))
    } else {
        provider_exports == world_names(&provider_world, true)
    };
    if !exports_fit {
        return Err(
            format!("the provider exports {provider_exports:?}, its world {:?}", world_names(&provider_world, true)).into()
        );
    }
    if let Some(foreign) = provider_imports.iter().find(|name| !name.starts_with("wasi:")) {
        return Err(format!("the provider imports `{foreign}`").into());
    }
    let (consumer_imports, consumer_exports) = component_interfaces(&consumer)?;
    for name in world_names(&consumer_world, false) {
        if !consumer_imports.contains(&name) {
            return Err(format!("the consumer does not import `{name}`: {consumer_imports:?}").into());
        }
    }
    if consumer_exports != vec![format!("wasi:cli/run@{}", kiln_targets::WASI_VERSION)] {
        return Err(format!("the consumer exports {consumer_exports:?}").into());
    }
    let composed = kiln_targets::compose(&consumer, &[provider], &scratch).map_err(|error| error.to_string())?;
    kiln::validate(&composed).map_err(|error| error.to_string())?;
    let output = kiln_runner::run_component(engine(), &composed, &[], &kiln_runner::Grants::stdio(kiln_runner::Stdio::Capture))
        .map_err(|error| format!("running: {error:#}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    if let Some(trap) = output.trap {
        return Err(format!("the composition trapped: {trap}\nstdout:\n{stdout}\nstderr:\n{stderr}").into());
    }
    expect_file(&directory.join("expected.stdout"), &stdout, false)?;
    if output.exit_code != 0 || !stderr.is_empty() {
        return Err(format!("exit code {}, stderr:\n{stderr}", output.exit_code).into());
    }
    // The Java twin (provider and consumer as one program) decides the expected output.
    let twin = directory.join("Twin.java");
    if twin.exists() {
        let classes = compile_twin(&twin)?;
        let jvm = Command::new("java")
            .arg("-Dstdout.encoding=UTF-8")
            .arg("-cp")
            .arg(&classes)
            .arg("Twin")
            .output()
            .map_err(|error| format!("running java: {error}"))?;
        let jvm_stdout = String::from_utf8_lossy(&jvm.stdout).to_string();
        if jvm_stdout != stdout {
            return Err(format!("the JVM disagrees with the composition:\n{}", diff(&jvm_stdout, &stdout)).into());
        }
    }
    Ok(())
}

/// The component of a case's `provider.py`, built by the repository's script (which installs the pinned
/// componentize-py from PyPI on first use).
fn python_component(directory: &Path, scratch: &Path) -> Result<Vec<u8>, Failed> {
    let output = scratch.join("provider.wasm");
    let built = Command::new(root().join("tools/python/componentize.sh"))
        .arg(directory.join("world.wit"))
        .arg("provider")
        .arg(directory.join("provider.py"))
        .arg(&output)
        .output()
        .map_err(|error| format!("running tools/python/componentize.sh: {error}"))?;
    if !built.status.success() {
        return Err(format!("componentize-py failed:\n{}", String::from_utf8_lossy(&built.stderr)).into());
    }
    std::fs::read(&output).map_err(|error| format!("reading {}: {error}", output.display()).into())
}

/// A WIT boundary that carries only numbers needs no linear memory: the numbers provider (which prints
/// nothing) has none, nor `cabi_realloc`.
fn component_without_memory_case() -> Result<(), Failed> {
    let directory = root().join("tests/component/numbers");
    let world = kiln_wit::load(&directory.join("world.wit"), Some("provider")).map_err(|error| error.0)?;
    let source = directory.join("provider.ir");
    let options = CompileOptions { world: Some(std::sync::Arc::new(world)), ..CompileOptions::default() };
    let wat = kiln::compile_to_wat(&[(relative(&source), read(&source)?)], &options).map_err(|error| error.to_string())?;
    if wat.contains("(memory") || wat.contains("cabi_realloc") {
        return Err("the numbers provider has a linear memory".into());
    }
    if !wat.contains("(export \"kiln-test:numbers/numbers#mix\"") {
        return Err("the numbers provider does not export `mix`".into());
    }
    Ok(())
}

/// A failed compile exits non-zero, shows file:line:col with a caret, and leaves no output file.
fn cli_failure_case() -> Result<(), Failed> {
    let directory = std::env::temp_dir().join(format!("kiln-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&directory).map_err(|error| error.to_string())?;
    let input = root().join("tests/check-fail/type-mismatch-vardef.ir");
    let output_path = directory.join("out.wasm");
    let output = Command::new(env!("CARGO_BIN_EXE_kiln"))
        .arg("compile")
        .arg(&input)
        .arg("-o")
        .arg(&output_path)
        .output()
        .map_err(|error| format!("running kiln: {error}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    let left_output = output_path.exists();
    let _ = std::fs::remove_dir_all(&directory);
    if output.status.success() {
        return Err("kiln compile succeeded on a bad program".into());
    }
    if left_output {
        return Err("a failed compile left an output file".into());
    }
    if !stderr.contains("type-mismatch-vardef.ir:") || !stderr.contains('^') {
        return Err(format!("the diagnostic lacks a location or caret:\n{stderr}").into());
    }
    Ok(())
}

/// `examples/files.ir` through the `kiln` binary: with `--dir` it writes and reads back a file in an empty
/// directory; without, it stops with a FileNotFoundException named on stderr and exit code 1.
fn cli_files_example_case() -> Result<(), Failed> {
    let directory = root().join("target/run-scratch/files-example");
    let _ = std::fs::remove_dir_all(&directory);
    std::fs::create_dir_all(&directory).map_err(|error| error.to_string())?;
    let example = root().join("examples/files.ir");
    let grant = format!("{}::/data", directory.display());
    let granted = kiln_command(&["run".as_ref(), "--dir".as_ref(), grant.as_ref(), example.as_os_str()])?;
    let stdout = String::from_utf8_lossy(&granted.stdout);
    if !granted.status.success() || !stdout.contains("read 27 bytes: Hello from a Kiln program!") {
        return Err(format!("with --dir: {:?}\n{stdout}{}", granted.status, String::from_utf8_lossy(&granted.stderr)).into());
    }
    let written = std::fs::read_to_string(directory.join("greeting.txt")).map_err(|error| error.to_string())?;
    if written != "Hello from a Kiln program!\n" {
        return Err(format!("the file holds {written:?}").into());
    }
    let refused = kiln_command(&["run".as_ref(), example.as_os_str()])?;
    let stderr = String::from_utf8_lossy(&refused.stderr);
    if refused.status.code() != Some(1)
        || !stderr.contains("Exception in thread \"main\" java.io.FileNotFoundException: /data/greeting.txt")
    {
        return Err(format!("without --dir: {:?}\n{stderr}", refused.status).into());
    }
    Ok(())
}

/// `examples/http/`: `kiln serve` on a free loopback port answers a request with the handler's text.
fn cli_http_example_case() -> Result<(), Failed> {
    use std::io::{BufRead, Read, Write};
    let mut server = Command::new(env!("CARGO_BIN_EXE_kiln"))
        .arg("serve")
        .arg(root().join("examples/http/server.ir"))
        .arg("--wit")
        .arg(root().join("examples/http/world.wit"))
        .args(["--addr", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|error| format!("starting kiln serve: {error}"))?;
    let result = (|| -> Result<String, Failed> {
        let stdout = server.stdout.take().ok_or("no stdout")?;
        let mut line = String::new();
        std::io::BufReader::new(stdout).read_line(&mut line).map_err(|error| error.to_string())?;
        let address = line
            .trim()
            .strip_prefix("listening on http://")
            .and_then(|rest| rest.strip_suffix('/'))
            .ok_or_else(|| format!("kiln serve said {line:?}"))?
            .to_string();
        let mut connection =
            std::net::TcpStream::connect(&address).map_err(|error| format!("connecting to {address}: {error}"))?;
        connection.set_read_timeout(Some(std::time::Duration::from_secs(60))).map_err(|error| error.to_string())?;
        connection
            .write_all(b"GET /from-the-test?n=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .map_err(|error| error.to_string())?;
        let mut response = String::new();
        connection.read_to_string(&mut response).map_err(|error| format!("reading the response: {error}"))?;
        Ok(response)
    })();
    let _ = server.kill();
    let _ = server.wait();
    let response = result?;
    if !response.starts_with("HTTP/1.1 200 OK") || !response.contains("Hello from Kiln! You asked for /from-the-test?n=1") {
        let mut stderr = String::new();
        if let Some(mut pipe) = server.stderr.take() {
            let _ = pipe.read_to_string(&mut stderr);
        }
        return Err(format!("the response was:\n{response}\nkiln serve's stderr:\n{stderr}").into());
    }
    Ok(())
}

/// Runs the `kiln` binary. Its compilation cache goes to a directory of this test process, not the user's.
fn kiln_command(arguments: &[&std::ffi::OsStr]) -> Result<std::process::Output, Failed> {
    let cache = std::env::temp_dir().join(format!("kiln-test-cache-{}", std::process::id()));
    kiln_command_with_cache(arguments, cache.as_os_str())
}

fn kiln_command_with_cache(arguments: &[&std::ffi::OsStr], cache: &std::ffi::OsStr) -> Result<std::process::Output, Failed> {
    Command::new(env!("CARGO_BIN_EXE_kiln"))
        .args(arguments)
        .env("KILN_CACHE_DIR", cache)
        .output()
        .map_err(|error| format!("running kiln: {error}").into())
}

/// `kiln run` keeps the machine code of what it compiled in its cache, one entry a program and target,
/// reuses it without rewriting it, replaces an entry that does not load, and keeps nothing when the
/// cache is turned off (`KILN_CACHE_DIR=`).
fn cli_cache_case() -> Result<(), Failed> {
    let directory = std::env::temp_dir().join(format!("kiln-cache-test-{}", std::process::id()));
    let cache = directory.join("cache");
    let hello = root().join("examples/hello.ir");
    let entries = || -> Vec<std::path::PathBuf> {
        let mut found: Vec<_> = std::fs::read_dir(&cache)
            .map(|listing| listing.filter_map(|item| item.ok()).map(|item| item.path()).collect())
            .unwrap_or_default();
        found.sort();
        found
    };
    let result = (|| -> Result<(), Failed> {
        let run = |extra: &[&str], cache: &std::ffi::OsStr| -> Result<(), Failed> {
            let mut arguments = vec![std::ffi::OsStr::new("run"), hello.as_os_str()];
            arguments.extend(extra.iter().map(std::ffi::OsStr::new));
            let ran = kiln_command_with_cache(&arguments, cache)?;
            if !ran.status.success() || ran.stdout != b"Hello, World!\n" {
                return Err(format!(
                    "kiln run {extra:?}: {:?}, stderr {:?}",
                    ran.status.code(),
                    String::from_utf8_lossy(&ran.stderr)
                )
                .into());
            }
            Ok(())
        };
        run(&[], cache.as_os_str())?;
        let first = entries();
        let [entry] = first.as_slice() else { return Err(format!("after one run the cache holds {first:?}").into()) };
        let written = std::fs::metadata(entry).and_then(|metadata| metadata.modified()).map_err(|error| error.to_string())?;
        run(&[], cache.as_os_str())?;
        let rewritten = std::fs::metadata(entry).and_then(|metadata| metadata.modified()).map_err(|error| error.to_string())?;
        if entries() != first || rewritten != written {
            return Err(format!("a second run changed the cache: {:?}", entries()).into());
        }
        std::fs::write(entry, b"\x7fELF not an artefact").map_err(|error| error.to_string())?;
        run(&[], cache.as_os_str())?;
        let replaced = std::fs::read(entry).map_err(|error| error.to_string())?;
        if replaced.len() < 1000 || !replaced.starts_with(b"\x7fELF") {
            return Err(format!("the broken entry was not replaced ({} bytes)", replaced.len()).into());
        }
        run(&["--target", "wasi-p1"], cache.as_os_str())?;
        if entries().len() != 2 {
            return Err(format!("a second target should add a second entry: {:?}", entries()).into());
        }
        std::fs::remove_dir_all(&cache).map_err(|error| error.to_string())?;
        run(&[], std::ffi::OsStr::new(""))?;
        if cache.exists() {
            return Err("with the cache turned off, kiln run still wrote one".into());
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&directory);
    result
}

/// `kiln compile --precompile` writes machine code that `kiln run` starts without compiling, for both WASI
/// targets; `kiln run` takes the plain `.wasm` too, and rejects an artefact it did not make.
fn cli_precompiled_case() -> Result<(), Failed> {
    let directory = std::env::temp_dir().join(format!("kiln-precompile-test-{}", std::process::id()));
    std::fs::create_dir_all(&directory).map_err(|error| error.to_string())?;
    let hello = root().join("examples/hello.ir");
    let result = (|| -> Result<(), Failed> {
        for (target, stem) in [("wasi", "component"), ("wasi-p1", "module")] {
            for (flag, extension) in [(None, "wasm"), (Some("--precompile"), "cwasm")] {
                let path = directory.join(format!("{stem}.{extension}"));
                let mut arguments = vec![
                    std::ffi::OsStr::new("compile"),
                    hello.as_os_str(),
                    std::ffi::OsStr::new("--target"),
                    std::ffi::OsStr::new(target),
                    std::ffi::OsStr::new("-o"),
                    path.as_os_str(),
                ];
                arguments.extend(flag.map(std::ffi::OsStr::new));
                let compiled = kiln_command(&arguments)?;
                if !compiled.status.success() {
                    return Err(
                        format!("kiln compile {arguments:?} failed:\n{}", String::from_utf8_lossy(&compiled.stderr)).into()
                    );
                }
                let ran = kiln_command(&[std::ffi::OsStr::new("run"), path.as_os_str()])?;
                if !ran.status.success() || ran.stdout != b"Hello, World!\n" {
                    return Err(format!(
                        "kiln run {} printed {:?}, stderr {:?}",
                        path.display(),
                        String::from_utf8_lossy(&ran.stdout),
                        String::from_utf8_lossy(&ran.stderr)
                    )
                    .into());
                }
            }
        }
        let forged = directory.join("forged.cwasm");
        std::fs::write(&forged, b"\x7fELF not an artefact").map_err(|error| error.to_string())?;
        let ran = kiln_command(&[std::ffi::OsStr::new("run"), forged.as_os_str()])?;
        let stderr = String::from_utf8_lossy(&ran.stderr).to_string();
        if ran.status.success() || !stderr.contains("not a precompiled program of this kiln") {
            return Err(format!("kiln run of a forged artefact: {:?}, stderr {stderr:?}", ran.status.code()).into());
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&directory);
    result
}

/// `--size-report` accounts for every byte of the core module by section, and names the program's classes.
fn cli_size_report_case() -> Result<(), Failed> {
    let source = read(&root().join("examples/hello.ir"))?;
    let options = CompileOptions { target: Target::WasiP1, ..CompileOptions::default() };
    let (output, report) =
        kiln::compile_with_size_report(&[("hello.ir".into(), source.clone())], &options).map_err(|error| error.to_string())?;
    if kiln::compile(&[("hello.ir".into(), source)], &options).map_err(|error| error.to_string())? != output {
        return Err("--size-report changes the output".into());
    }
    let number_after = |prefix: &str| -> Option<usize> {
        report.lines().find_map(|line| line.strip_prefix(prefix)).and_then(|rest| rest.split_whitespace().next()?.parse().ok())
    };
    if number_after("output: ") != Some(output.len()) || number_after("core module: ") != Some(output.len()) {
        return Err(format!("the report's totals disagree with the output's {} bytes:\n{report}", output.len()).into());
    }
    // Each section line counts its contents; with its id byte and size field, the sections fill the module.
    let sections: Vec<usize> = report
        .lines()
        .skip_while(|line| !line.starts_with("core module"))
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().last()?.parse().ok())
        .collect();
    let leb128_length = |mut value: usize| {
        let mut length = 1;
        while value >= 0x80 {
            value >>= 7;
            length += 1;
        }
        length
    };
    let accounted: usize = 8 + sections.iter().map(|size| 1 + leb128_length(*size) + size).sum::<usize>();
    if accounted != output.len() {
        return Err(format!("the sections add up to {accounted} bytes, the module has {}:\n{report}", output.len()).into());
    }
    if !report.lines().any(|line| line.trim_start().starts_with("hello.Main$ ")) {
        return Err(format!("the report does not name the class hello.Main$:\n{report}").into());
    }
    Ok(())
}

/// A small deterministic generator (xorshift), so that the random loop is the same in every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }
}

/// Mutates the test programs many times (cuts, insertions of syntax, swaps, random characters) and runs
/// the whole pipeline on each result: errors are expected, panics are failures.
fn fuzz_case() -> Result<(), Failed> {
    let mut seeds: Vec<String> = Vec::new();
    for directory in ["tests/run", "tests/check-fail", "examples"] {
        for file in files_under(&root().join(directory), "ir") {
            seeds.push(read(&file)?);
        }
    }
    let pieces = [
        "{",
        "}",
        "(",
        ")",
        ";",
        ".",
        "::",
        "[]",
        "=",
        "\"",
        "'",
        "mod:",
        "<init>;V",
        "(-",
        "[int]",
        ":",
        "\n",
        "val ",
        "return@",
        "new ",
        "int",
        "this",
        "null",
        "throw ",
        "0",
        "(-2147483648)",
        "[",
        "]",
    ];
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let iterations: usize = std::env::var("KILN_FUZZ_ITERATIONS").ok().and_then(|value| value.parse().ok()).unwrap_or(1500);
    for iteration in 0..iterations {
        let seed = &seeds[random.below(seeds.len())];
        let mut text: Vec<char> = seed.chars().collect();
        for _ in 0..1 + random.below(4) {
            let position = random.below(text.len() + 1);
            match random.below(5) {
                0 if !text.is_empty() => {
                    let end = (position + 1 + random.below(20)).min(text.len());
                    text.drain(position.min(end)..end);
                }
                1 => {
                    let piece = pieces[random.below(pieces.len())];
                    for (offset, c) in piece.chars().enumerate() {
                        text.insert((position + offset).min(text.len()), c);
                    }
                }
                2 if text.len() > 2 => {
                    let other = random.below(text.len());
                    let last = text.len() - 1;
                    text.swap(position.min(last), other);
                }
                3 => text.insert(position, char::from_u32(random.below(0x3000) as u32).unwrap_or('?')),
                _ => text.truncate(position),
            }
        }
        let mutated: String = text.into_iter().collect();
        let result = std::panic::catch_unwind(|| {
            let _ = kiln::compile(&[("fuzz.ir".to_string(), mutated.clone())], &CompileOptions::default());
            let _ = kiln::format_source("fuzz.ir", &mutated);
        });
        if result.is_err() {
            return Err(format!("iteration {iteration} panicked on this input:\n{mutated}").into());
        }
    }
    Ok(())
}

/// `examples/web/`: the page runs the greeter in headless Chromium, served on loopback, and shows what the
/// same program prints on Wasmtime.
fn browser_case() -> Result<(), Failed> {
    let example = root().join("examples/web");
    let program = example.join("greeter.ir");
    let bytes = compile_file(&program, Target::Js)?;
    let site = root().join("target/browser-test");
    let _ = std::fs::remove_dir_all(&site);
    std::fs::create_dir_all(site.join("out")).map_err(|error| format!("creating {}: {error}", site.display()))?;
    std::fs::copy(example.join("index.html"), site.join("index.html")).map_err(|error| format!("copying index.html: {error}"))?;
    std::fs::write(site.join("out/greeter.wasm"), &bytes).map_err(|error| format!("writing greeter.wasm: {error}"))?;
    let loader = kiln::js_loader("greeter.wasm", &bytes).map_err(|error| error.to_string())?;
    std::fs::write(site.join("out/greeter.mjs"), loader).map_err(|error| format!("writing greeter.mjs: {error}"))?;
    let port = browser::serve(site.clone())?;
    let dom = browser::rendered_dom(&format!("http://127.0.0.1:{port}/index.html"), &site.join("profile"))?;
    let wasi = compile_file(&program, Target::Wasi)?;
    let expected = kiln_runner::run_component(
        engine(),
        &wasi,
        &["browser".to_string()],
        &kiln_runner::Grants::stdio(kiln_runner::Stdio::Capture),
    )
    .map_err(|error| format!("running on Wasmtime: {error:#}"))?;
    let expected_element = format!("<pre id=\"output\" data-exit-code=\"0\">{}</pre>", String::from_utf8_lossy(&expected.stdout));
    if !dom.contains(&expected_element) {
        return Err(format!("the page does not show {expected_element:?}; Chromium rendered:\n{dom}").into());
    }
    Ok(())
}

/// `tests/js/<case>/`: `main.ir` compiled for the js target beside `test.mjs`, which drives it on Node
/// (imports, exports, exceptions); its stdout must equal `test.stdout`. It runs twice: with the engine's
/// JS String Builtins, and with the loader's stand-ins for engines without them.
fn js_interop_case(case: &Path) -> Result<(), Failed> {
    let bytes = compile_file(&case.join("main.ir"), Target::Js)?;
    let loader = kiln::js_loader("main.wasm", &bytes).map_err(|error| error.to_string())?;
    let request = "compile.builtins = [\"js-string\"];";
    if bytes.windows(b"wasm:js-string".len()).any(|window| window == b"wasm:js-string") && !loader.contains(request) {
        return Err("the loader does not ask for the JS String Builtins".into());
    }
    let name = case.file_name().map(|name| name.to_string_lossy().to_string()).unwrap_or_default();
    for (variant, loader) in [("builtins", loader.clone()), ("stand-ins", loader.replace(request, ""))] {
        let directory = root().join("target/js-interop").join(&name).join(variant);
        node::write_module(&directory, &bytes, &loader)?;
        std::fs::copy(case.join("test.mjs"), directory.join("test.mjs")).map_err(|error| format!("copying test.mjs: {error}"))?;
        let output = node::run_script(&root(), &directory.join("test.mjs"), &[])?;
        if output.exit_code != 0 {
            return Err(
                format!("{variant}: test.mjs exited with {}:\n{}{}", output.exit_code, output.stdout, output.stderr).into()
            );
        }
        expect_file(&case.join("test.stdout"), &output.stdout, false)
            .map_err(|error| format!("{variant}: {}", error.message().unwrap_or_default()))?;
    }
    Ok(())
}

fn main() {
    let arguments = Arguments::from_args();
    if bless() {
        // SAFETY: no other thread exists yet; insta reads this to write snapshots instead of failing.
        unsafe { std::env::set_var("INSTA_UPDATE", "always") };
    }
    let root = root();
    let mut trials = Vec::new();
    // The benchmark programs are run cases too: one iteration each, their Java twins deciding the output.
    let run_directories = [root.join("tests/run"), root.join("benches/programs")];
    for case in run_directories.iter().flat_map(|directory| files_under(directory, "ir")) {
        let text = std::fs::read_to_string(&case).unwrap_or_default();
        let targets = directive(&text, "targets").unwrap_or_else(|| "wasi wasi-p1 js".into());
        // A program kept off Node must say why (`// wasi-only: reason`), so that the list stays honest.
        if !targets.split_whitespace().any(|name| name == "js")
            && directive(&text, "wasi-only").is_none_or(|reason| reason.is_empty())
        {
            let case = case.clone();
            trials.push(Trial::test(format!("run::{}::js", relative(&case)), move || {
                Err(format!("{} skips the js target without a `// wasi-only: reason` line", relative(&case)).into())
            }));
        }
        for target in [Target::Wasi, Target::WasiP1, Target::Js] {
            if targets.split_whitespace().any(|name| name == target.name()) {
                let case = case.clone();
                trials.push(Trial::test(format!("run::{}::{}", relative(&case), target.name()), move || run_case(&case, target)));
            }
        }
    }
    for twin in run_directories.iter().flat_map(|directory| files_under(directory, "java")) {
        trials.push(Trial::test(format!("jvm::{}", relative(&twin)), move || jvm_case(&twin)));
    }
    for case in files_under(&root.join("tests/check-fail"), "ir") {
        trials.push(Trial::test(format!("check_fail::{}", relative(&case)), move || check_fail_case(&case)));
    }
    for case in files_under(&root.join("tests/wat"), "ir") {
        trials.push(Trial::test(format!("wat::{}", relative(&case)), move || wat_case(&case)));
    }
    for case in files_under(&root.join("tests/run/optimiser"), "ir") {
        trials.push(Trial::test(format!("optimise::{}", relative(&case)), move || optimise_case(&case)));
    }
    for file in files_under(&root, "ir") {
        trials.push(Trial::test(format!("round_trip::{}", relative(&file)), move || round_trip_case(&file)));
    }
    for example in files_under(&root.join("examples"), "ir") {
        trials.push(Trial::test(format!("determinism::{}", relative(&example)), move || determinism_case(&example)));
    }
    if let Ok(entries) = std::fs::read_dir(root.join("tests/js")) {
        let mut cases: Vec<PathBuf> =
            entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).filter(|path| path.is_dir()).collect();
        cases.sort();
        for case in cases {
            trials.push(Trial::test(format!("js::{}", relative(&case)), move || js_interop_case(&case)));
        }
    }
    let component_cases = std::fs::read_dir(root.join("tests/component"))
        .map(|entries| entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).filter(|path| path.is_dir()).collect())
        .unwrap_or_else(|_| Vec::new());
    let mut component_cases: Vec<PathBuf> = component_cases;
    component_cases.sort();
    // The boundary benchmark and the greeter example are component cases of the same layout.
    component_cases.push(root.join("benches/component"));
    component_cases.push(root.join("examples/greeter"));
    for case in component_cases {
        trials.push(Trial::test(format!("component::{}", relative(&case)), move || component_case(&case)));
    }
    trials.push(Trial::test("component::numbers_need_no_linear_memory", component_without_memory_case));
    trials.push(Trial::test("sizes::examples", sizes_case));
    trials.push(Trial::test("browser::examples_web_in_headless_chromium", browser_case));
    trials.push(Trial::test("component::hello_world_imports_only_what_it_uses", component_world_case));
    trials.push(Trial::test("cli::failed_compile_leaves_no_output", cli_failure_case));
    trials.push(Trial::test("cli::files_example_needs_a_granted_directory", cli_files_example_case));
    trials.push(Trial::test("cli::http_example_answers_over_loopback", cli_http_example_case));
    trials.push(Trial::test("cli::precompiled_programs_run", cli_precompiled_case));
    trials.push(Trial::test("cli::run_reuses_its_compilation_cache", cli_cache_case));
    trials.push(Trial::test("cli::size_report_accounts_for_every_byte", cli_size_report_case));
    trials.push(Trial::test("fuzz::front_and_back_end_never_panic", fuzz_case));
    let conclusion = libtest_mimic::run(&arguments, trials);
    let _ = std::fs::remove_dir_all(std::env::temp_dir().join(format!("kiln-test-cache-{}", std::process::id())));
    conclusion.exit();
}
