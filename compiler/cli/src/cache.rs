//! The compilation cache of `kiln run`: Wasmtime's machine code for a program, kept on disk under a hash
//! of what determines it, so that running the same program again compiles nothing.
//!
//! `wasmtime run` keeps such a cache by default, and for the same reason: compiling the Wasm is most of a
//! short run's time. Kiln's differs in being small and explicit:
//! - An entry is one file, `<sha256>.cwasm`, the artefact `precompile` writes. Its name hashes Kiln's
//!   version and build, the engine's setting and what determines the Wasm (for `kiln run app.ir`, the sources and
//!   the options: Kiln's output is deterministic; for `kiln run app.wasm`, the bytes), so a new Kiln or
//!   another program never finds it; Wasmtime checks the artefact's header (its version and the engine's
//!   configuration) again on load.
//! - An entry is written to a temporary file in the same directory and renamed into place, so a reader
//!   (another `kiln run` at the same moment) sees a whole entry or none.
//! - Anything that goes wrong (a missing directory, a full disk, an entry that does not load) only costs
//!   the compilation the cache would have saved: the program is compiled as if there were no cache.
//! - The directory keeps at most `MAX_ENTRIES` entries; beyond that the least recently written go.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use anyhow::Result;
use sha2::{Digest, Sha256};
use wasmtime::Engine;
use wasmtime::component::Component;

use kiln_runner::{Program, load};

/// At most this many programs are kept; a program is a few hundred kilobytes of machine code.
const MAX_ENTRIES: usize = 200;

/// Where `kiln run` keeps its cache: `$KILN_CACHE_DIR` (an empty value turns the cache off), else
/// `$XDG_CACHE_HOME/kiln`, else `$HOME/.cache/kiln`.
pub fn default_directory() -> Option<PathBuf> {
    let variable = |name: &str| std::env::var_os(name).filter(|value| !value.is_empty());
    if let Some(directory) = std::env::var_os("KILN_CACHE_DIR") {
        return (!directory.is_empty()).then(|| PathBuf::from(directory));
    }
    if let Some(cache_home) = variable("XDG_CACHE_HOME") {
        return Some(PathBuf::from(cache_home).join("kiln"));
    }
    variable("HOME").map(|home| PathBuf::from(home).join(".cache").join("kiln"))
}

/// Loads a program from the cache in `directory` when it holds the machine code for `key`, else loads
/// (compiles) the Wasm that `wasm` makes and stores its machine code there under `key` for the next run.
/// The key is whatever determines the Wasm: its bytes, or the sources and options that compile to it (the
/// compiler is deterministic), which spares the next run the compilation of the IR as well.
pub fn load_cached(
    engine: &Engine,
    key: &[u8],
    directory: Option<&Path>,
    wasm: impl FnOnce() -> Result<Vec<u8>>,
) -> Result<Program> {
    let Some(directory) = directory else { return load(engine, &wasm()?) };
    let entry = directory.join(format!("{}.cwasm", entry_name(engine, key)));
    if let Ok(machine_code) = std::fs::read(&entry)
        && wasmtime::Engine::detect_precompiled(&machine_code).is_some()
        && let Ok(program) = load(engine, &machine_code)
    {
        return Ok(program);
    }
    let program = load(engine, &wasm()?)?;
    let serialized = match &program {
        Program::Component(component) => Component::serialize(component),
        Program::Module(module) => module.serialize(),
    };
    if let Ok(machine_code) = serialized {
        store(directory, &entry, &machine_code);
    }
    Ok(program)
}

/// The hex SHA-256 of what the machine code depends on: Kiln's version and build, the engine's
/// configuration as Wasmtime fingerprints it, and the key naming the program.
fn entry_name(engine: &Engine, key: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update([0]);
    // A rebuilt `kiln` of the same version (while developing it) may compile the same IR differently:
    // the executable's size and time of writing tell builds apart without reading it.
    if let Ok(executable) = std::env::current_exe().and_then(std::fs::metadata) {
        hasher.update(executable.len().to_le_bytes());
        if let Ok(written) = executable.modified().map(|time| time.duration_since(std::time::UNIX_EPOCH)) {
            hasher.update(written.unwrap_or_default().as_nanos().to_le_bytes());
        }
    }
    let mut configuration = std::hash::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut configuration);
    hasher.update(configuration.finish().to_le_bytes());
    hasher.update(key);
    hasher.finalize().iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Writes an entry whole or not at all, then trims the directory to `MAX_ENTRIES`. Failures are ignored:
/// the cache only saves time.
fn store(directory: &Path, entry: &Path, machine_code: &[u8]) {
    if std::fs::create_dir_all(directory).is_err() {
        return;
    }
    let temporary = directory.join(format!(".{}.{}.tmp", std::process::id(), unique_suffix()));
    if std::fs::write(&temporary, machine_code).is_err() || std::fs::rename(&temporary, entry).is_err() {
        let _ = std::fs::remove_file(&temporary);
        return;
    }
    trim(directory);
}

/// A number that differs between the writes of one process (threads may run programs side by side).
fn unique_suffix() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Removes the least recently written entries beyond `MAX_ENTRIES`.
fn trim(directory: &Path) {
    let Ok(listing) = std::fs::read_dir(directory) else { return };
    let mut entries: Vec<(std::time::SystemTime, PathBuf)> = listing
        .filter_map(|item| item.ok())
        .map(|item| item.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "cwasm"))
        .filter_map(|path| Some((std::fs::metadata(&path).ok()?.modified().ok()?, path)))
        .collect();
    if entries.len() <= MAX_ENTRIES {
        return;
    }
    entries.sort();
    for (_, path) in &entries[..entries.len() - MAX_ENTRIES] {
        let _ = std::fs::remove_file(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Beyond `MAX_ENTRIES` entries, the least recently written go, and files that are not entries stay.
    #[test]
    fn trimming_keeps_the_most_recent_entries() {
        let directory = std::env::temp_dir().join(format!("kiln-cache-trim-{}", std::process::id()));
        std::fs::create_dir_all(&directory).unwrap();
        let start = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
        for index in 0..MAX_ENTRIES + 5 {
            let path = directory.join(format!("{index:04}.cwasm"));
            let file = std::fs::File::create(&path).unwrap();
            file.set_modified(start + std::time::Duration::from_secs(index as u64)).unwrap();
        }
        std::fs::write(directory.join("notes.txt"), b"not an entry").unwrap();
        trim(&directory);
        let mut left: Vec<String> =
            std::fs::read_dir(&directory).unwrap().map(|item| item.unwrap().file_name().to_string_lossy().into_owned()).collect();
        left.sort();
        std::fs::remove_dir_all(&directory).unwrap();
        assert_eq!(left.len(), MAX_ENTRIES + 1);
        assert_eq!(left.first().map(String::as_str), Some("0005.cwasm"));
        assert!(left.contains(&"notes.txt".to_string()));
    }
}
