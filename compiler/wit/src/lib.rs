//! WIT worlds for Kiln: reads a world (with the WASI 0.2 packages that Kiln bundles), and generates
//! its bindings and canonical-ABI glue as IR text, with the raw imports and exports that the emitter
//! turns into core-module imports and exports. The naming scheme and the type mapping are documented in
//! `docs/components.md`.

mod glue;
mod naming;

use std::path::Path;

use kiln_link::ComponentBoundary;
pub use wit_parser;
use wit_parser::{PackageId, Resolve, WorldId};

pub use naming::{interface_class, member_name, type_class};

/// The WASI 0.2 release whose WIT Kiln bundles (from the `wasmtime-wasi` crate Kiln runs on).
pub const WASI_VERSION: &str = "0.2.12";

/// The WASI WIT packages, embedded so that the compiler reads no files of its own, in dependency order.
const WASI_PACKAGES: &[(&str, &str)] = &[
    ("io.wit", include_str!("../../../wasi-shims/wit/io.wit")),
    ("clocks.wit", include_str!("../../../wasi-shims/wit/clocks.wit")),
    ("random.wit", include_str!("../../../wasi-shims/wit/random.wit")),
    ("filesystem.wit", include_str!("../../../wasi-shims/wit/filesystem.wit")),
    ("sockets.wit", include_str!("../../../wasi-shims/wit/sockets.wit")),
    ("cli.wit", include_str!("../../../wasi-shims/wit/cli.wit")),
];

/// `wasi:http`, for user worlds only (`include wasi:http/proxy@0.2.12;`): the runtime and programs without
/// a world never read it.
const WASI_HTTP: (&str, &str) = ("http.wit", include_str!("../../../wasi-shims/wit/http.wit"));

/// The WASI interfaces that the runtime library calls on the `wasi` target (`System.getenv`, the seed of
/// `java.util.Random`, `System.in`, `java.io` files), as a world whose bindings join every program there.
const RUNTIME_WORLD: &str = "package kiln:runtime;
world host {
  import wasi:cli/environment@0.2.12;
  import wasi:random/random@0.2.12;
  import wasi:cli/stdin@0.2.12;
  import wasi:filesystem/preopens@0.2.12;
  import wasi:filesystem/types@0.2.12;
}
";

/// The functions of the runtime world that `runtime-lib/host.wasi.ir` calls, as `interface#function`
/// (versions left out): only these are bound for the runtime, so that every program on the `wasi` target
/// parses a few hundred lines of bindings rather than all of `wasi:filesystem` (resource drops and the
/// types these functions use come along).
const RUNTIME_FUNCTIONS: &[&str] = &[
    "wasi:cli/environment#get-environment",
    "wasi:random/random#get-random-u64",
    "wasi:cli/stdin#get-stdin",
    "wasi:filesystem/preopens#get-directories",
    "wasi:filesystem/types#[method]descriptor.open-at",
    "wasi:filesystem/types#[method]descriptor.read-via-stream",
    "wasi:filesystem/types#[method]descriptor.write-via-stream",
    "wasi:filesystem/types#[method]descriptor.append-via-stream",
    "wasi:io/streams#[method]input-stream.blocking-read",
    "wasi:io/streams#[method]output-stream.blocking-write-and-flush",
    "wasi:io/error#[method]error.to-debug-string",
];

/// Which imported functions get bindings: all of them, or those of some interfaces and, of the others,
/// only the runtime's (`RUNTIME_FUNCTIONS`).
pub(crate) enum Binding {
    Everything,
    RuntimeExcept(std::collections::BTreeSet<String>),
}

impl Binding {
    /// Whether the function `name` of the imported interface `interface` (`ns:pkg/iface@version`) is bound.
    pub(crate) fn includes(&self, interface: &str, name: &str) -> bool {
        let unversioned = interface.split('@').next().unwrap_or(interface);
        match self {
            Binding::Everything => true,
            Binding::RuntimeExcept(whole) if whole.contains(interface) => true,
            Binding::RuntimeExcept(_) => RUNTIME_FUNCTIONS.contains(&format!("{unversioned}#{name}").as_str()),
        }
    }
}

/// The file name under which the generated bindings appear in diagnostics.
pub const BINDINGS_FILE: &str = "<wit bindings>.ir";

/// A WIT world, resolved, with the program's bindings to it.
#[derive(Debug)]
pub struct World {
    /// Every package: the user's, their dependencies and the bundled WASI ones.
    pub resolve: Resolve,
    pub world: WorldId,
    /// IR classes: one per imported interface (static methods to call), one per named type, and the
    /// glue (raw imports, raw exports and their post-return functions).
    pub bindings: String,
    pub boundary: ComponentBoundary,
    /// What the program must define for each exported function, to tell the user when it is missing.
    pub exports_to_implement: Vec<ExportToImplement>,
}

/// A static method that the program must define because the world exports a function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportToImplement {
    /// The WIT name, `ns:pkg/interface#function` or `function`.
    pub wit_name: String,
    pub class: String,
    /// The declaration the user writes, as IR text (without a body).
    pub declaration: String,
}

/// A world that Kiln cannot use, with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WitError(pub String);

impl std::fmt::Display for WitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The bundled WASI packages, resolved, and the id of `wasi:cli`.
pub fn wasi_resolve() -> Result<(Resolve, PackageId), WitError> {
    let mut resolve = Resolve::default();
    let mut cli = None;
    for (name, text) in WASI_PACKAGES {
        let package = resolve.push_str(name, text).map_err(|error| WitError(format!("bundled WASI WIT: {error:#}")))?;
        if *name == "cli.wit" {
            cli = Some(package);
        }
    }
    let package = cli.ok_or_else(|| WitError("no bundled wasi:cli WIT".into()))?;
    Ok((resolve, package))
}

/// Reads the WIT at `path` (a `.wit` file, or a directory with an optional `deps/`), selects `world`
/// (which may be omitted when the package has exactly one), and generates the bindings.
pub fn load(path: &Path, world: Option<&str>) -> Result<World, WitError> {
    // wit-parser asserts (panics) on some inputs, such as a package pushed twice: the compiler must
    // not, so a panic here becomes an error.
    let loaded = std::panic::catch_unwind(|| load_resolve(path, world))
        .map_err(|_| WitError(format!("{}: this WIT could not be read (wit-parser failed)", path.display())))??;
    bind(loaded.0, loaded.1, &Binding::Everything)
}

/// Generates the bindings of a resolved world.
fn bind(resolve: Resolve, world: WorldId, binding: &Binding) -> Result<World, WitError> {
    let generated = glue::generate(&resolve, world, binding)?;
    Ok(World {
        resolve,
        world,
        bindings: generated.text,
        boundary: generated.boundary,
        exports_to_implement: generated.exports_to_implement,
    })
}

fn load_resolve(path: &Path, world: Option<&str>) -> Result<(Resolve, WorldId), WitError> {
    if !path.exists() {
        return Err(WitError(format!("{}: no such file or directory", path.display())));
    }
    let (mut resolve, _) = wasi_resolve()?;
    resolve.push_str(WASI_HTTP.0, WASI_HTTP.1).map_err(|error| WitError(format!("bundled WASI WIT: {error:#}")))?;
    // The user's WIT alone first (its `deps/` may hold WASI packages of its own); if it refers to WASI
    // packages it does not carry, again on top of the bundled ones.
    let mut alone = Resolve::default();
    let package = match alone.push_path(path) {
        Ok((package, _)) => {
            let remap = resolve.merge(alone).map_err(|error| WitError(format!("{}: {error:#}", path.display())))?;
            remap.packages[package.index()]
        }
        Err(first_error) => match resolve.push_path(path) {
            Ok((package, _)) => package,
            Err(_) => return Err(WitError(format!("{first_error:#}"))),
        },
    };
    let world = resolve.select_world(&[package], world).map_err(|error| WitError(format!("{error:#}")))?;
    Ok((resolve, world))
}

/// The bindings of the runtime library's WASI interfaces alone, for a program without a world of its own.
pub fn runtime_world() -> Result<World, WitError> {
    let (mut resolve, _) = wasi_resolve()?;
    let world = push_runtime_world(&mut resolve)?;
    bind(resolve, world, &Binding::RuntimeExcept(Default::default()))
}

fn push_runtime_world(resolve: &mut Resolve) -> Result<WorldId, WitError> {
    let package =
        resolve.push_str("<kiln runtime>.wit", RUNTIME_WORLD).map_err(|error| WitError(format!("runtime WIT: {error:#}")))?;
    resolve.select_world(&[package], Some("host")).map_err(|error| WitError(format!("runtime WIT: {error:#}")))
}

impl World {
    /// This world with the runtime library's WASI imports added, and its bindings generated again: one
    /// set of classes serves both the program's imports and the runtime's, even where they share an
    /// interface.
    pub fn with_runtime_imports(&self) -> Result<World, WitError> {
        // The program's own imports stay bound in full.
        let imported = self.resolve.worlds[self.world].imports.keys().map(|key| self.resolve.name_world_key(key)).collect();
        let mut resolve = self.resolve.clone();
        let runtime = push_runtime_world(&mut resolve)?;
        let mut clone_maps = Default::default();
        resolve.merge_worlds(runtime, self.world, &mut clone_maps).map_err(|error| WitError(format!("{error:#}")))?;
        bind(resolve, self.world, &Binding::RuntimeExcept(imported))
    }

    /// A world for the core module's component: this world and the `wasi:cli` world `command` (when the
    /// program has a `main`) or `imports`, merged into a new world of a package of its own. (Merging into
    /// `wasi:cli`'s world instead would make `wasi:cli` depend on the user's packages, a cycle when they
    /// depend on `wasi:cli`, as `wasi:http/proxy` does.) The core module imports only what it uses, and
    /// the component encoder keeps only those imports.
    pub fn component_world(&self, has_main: bool) -> Result<(Resolve, WorldId), WitError> {
        let mut resolve = self.resolve.clone();
        let cli = wasi_cli_world(&resolve, if has_main { "command" } else { "imports" })?;
        let package = resolve
            .push_str("<kiln component>.wit", "package kiln:component;\nworld component {}\n")
            .map_err(|error| WitError(format!("{error:#}")))?;
        let target = resolve.select_world(&[package], Some("component")).map_err(|error| WitError(format!("{error:#}")))?;
        let mut clone_maps = Default::default();
        resolve.merge_worlds(cli, target, &mut clone_maps).map_err(|error| WitError(format!("{error:#}")))?;
        let mut clone_maps = Default::default();
        resolve.merge_worlds(self.world, target, &mut clone_maps).map_err(|error| WitError(format!("{error:#}")))?;
        Ok((resolve, target))
    }
}

/// A world of the bundled `wasi:cli` package.
pub fn wasi_cli_world(resolve: &Resolve, name: &str) -> Result<WorldId, WitError> {
    let package = resolve
        .package_names
        .iter()
        .find(|(package, _)| {
            package.namespace == "wasi"
                && package.name == "cli"
                && package.version.as_ref().is_some_and(|version| version.to_string() == WASI_VERSION)
        })
        .map(|(_, id)| *id)
        .ok_or_else(|| WitError(format!("no wasi:cli@{WASI_VERSION} package")))?;
    resolve.packages[package].worlds.get(name).copied().ok_or_else(|| WitError(format!("no wasi:cli world `{name}`")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runtime_world_binds_exactly_the_functions_the_host_layer_calls() {
        let world = runtime_world().expect("the runtime world binds");
        let mut bound: Vec<String> = world
            .boundary
            .imports
            .values()
            .filter(|(_, name)| !name.starts_with("[resource-drop]"))
            .map(|(module, name)| format!("{}#{name}", module.split('@').next().unwrap_or(module)))
            .collect();
        bound.sort();
        let mut expected: Vec<String> = RUNTIME_FUNCTIONS.iter().map(|name| name.to_string()).collect();
        expected.sort();
        assert_eq!(bound, expected);
    }
}
