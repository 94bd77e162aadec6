//! `kiln compile --size-report`: where the bytes of an output go, by section of the core module and by class
//! of the program, so that a user can see what a line of code costs.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use wasmparser::{Name, Parser, Payload};

use crate::{CompileError, CompileOptions, Target, core_module, linked_program, wrap};

/// The length of a byte range, whichever integer type the parser gives it in.
fn span<T: Copy + std::ops::Sub<Output = T> + TryInto<usize>>(range: std::ops::Range<T>) -> usize {
    (range.end - range.start).try_into().unwrap_or(usize::MAX)
}

/// The bytes of each function body, by the class it belongs to, read from a core module with names.
fn code_bytes_by_owner(named_core: &[u8]) -> Result<BTreeMap<String, (usize, usize)>, CompileError> {
    let invalid = |error: wasmparser::BinaryReaderError| CompileError::InvalidOutput(error.to_string());
    let mut imported_functions = 0u32;
    let mut body_sizes = Vec::new();
    let mut names = BTreeMap::new();
    for payload in Parser::new(0).parse_all(named_core) {
        match payload.map_err(invalid)? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import.map_err(invalid)?.ty, wasmparser::TypeRef::Func(_)) {
                        imported_functions += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                body_sizes.push(span(body.range()));
            }
            Payload::CustomSection(section) => {
                if let wasmparser::KnownCustom::Name(reader) = section.as_known() {
                    for name in reader {
                        if let Name::Function(map) = name.map_err(invalid)? {
                            for naming in map {
                                let naming = naming.map_err(invalid)?;
                                names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut owners: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (position, size) in body_sizes.into_iter().enumerate() {
        let index = imported_functions + position as u32;
        let owner = names.get(&index).map(|name| owner_of(name)).unwrap_or_else(|| "(unnamed functions)".into());
        let entry = owners.entry(owner).or_default();
        entry.0 += size;
        entry.1 += 1;
    }
    Ok(owners)
}

/// The class a function's symbolic name belongs to (`m.pkg.Class.method;sig`, `s.…`, `load.pkg.Class`), or
/// the group of compiler-made functions it is part of.
fn owner_of(function_name: &str) -> String {
    if let Some(class) = function_name.strip_prefix("load.") {
        return class.to_string();
    }
    if let Some(rest) = function_name.strip_prefix("m.").or_else(|| function_name.strip_prefix("s.")) {
        // The method's simple name is what follows the class's last dot before the signature.
        let before_signature = rest.split(';').next().unwrap_or(rest);
        if let Some((class, _)) = before_signature.rsplit_once('.') {
            return class.to_string();
        }
    }
    if let Some(rest) = function_name.strip_prefix("js.")
        && let Some((class, _)) = rest.rsplit_once('.')
    {
        return format!("{class} (JS export glue)");
    }
    if function_name.starts_with("h.") {
        return "(runtime helpers)".into();
    }
    if function_name.starts_with("closure") {
        return "(lambda bodies)".into();
    }
    "(other functions)".into()
}

/// The size of each section of a core module, in the order they appear, with the custom sections named.
fn section_sizes(core: &[u8]) -> Result<Vec<(String, usize)>, CompileError> {
    let mut sections = Vec::new();
    for payload in Parser::new(0).parse_all(core) {
        let payload = payload.map_err(|error| CompileError::InvalidOutput(error.to_string()))?;
        let entry = match &payload {
            Payload::CodeSectionStart { unchecked_range, .. } => Some(("code".to_string(), span(unchecked_range.clone()))),
            Payload::CustomSection(section) => Some((format!("custom \"{}\"", section.name()), span(section.range()))),
            other => other.as_section().map(|(id, range)| (section_name(id).to_string(), span(range))),
        };
        sections.extend(entry);
    }
    Ok(sections)
}

fn section_name(id: u8) -> &'static str {
    match id {
        1 => "type",
        2 => "import",
        3 => "function",
        4 => "table",
        5 => "memory",
        6 => "global",
        7 => "export",
        8 => "start",
        9 => "element",
        10 => "code",
        11 => "data",
        12 => "data count",
        13 => "tag",
        _ => "unknown",
    }
}

/// Compiles as `compile` does, and also returns the report that `kiln compile --size-report` prints: the
/// output's size, the core module's sections, what the target adds around the core module, and code bytes
/// per class, largest first.
pub fn compile_with_size_report(
    user_sources: &[(String, String)],
    options: &CompileOptions,
) -> Result<(Vec<u8>, String), CompileError> {
    let linked = linked_program(user_sources, options)?;
    let core = core_module(&linked, options.target, options.debug_names)?;
    let output = wrap(core.clone(), options, linked.entry_class.is_some())?;
    // The names that attribute functions to classes come from a second emission with a name section;
    // function bodies do not depend on it, so their sizes are those of the real output.
    let named_core = if options.debug_names { core.clone() } else { core_module(&linked, options.target, true)? };

    let mut text = String::new();
    let what = match options.target {
        Target::Wasi => "a WASI 0.2 component",
        Target::WasiP1 => "a WASI p1 core module",
        Target::Js => "a core module for the JS loader (the .mjs loader not counted)",
    };
    let _ = writeln!(text, "output: {} bytes, {what}", output.len());
    let _ = writeln!(text, "core module: {} bytes", core.len());
    for (name, size) in section_sizes(&core)? {
        let _ = writeln!(text, "  {name:<24} {size:>8}");
    }
    if output.len() != core.len() {
        let _ = writeln!(
            text,
            "component wrapping: {} bytes (WIT types, imports and exports, canonical ABI adapters)",
            output.len() - core.len()
        );
    }
    let _ = writeln!(text, "code by class (function bodies):");
    let mut owners: Vec<(String, (usize, usize))> = code_bytes_by_owner(&named_core)?.into_iter().collect();
    owners.sort_by(|(left_name, (left_size, _)), (right_name, (right_size, _))| {
        right_size.cmp(left_size).then_with(|| left_name.cmp(right_name))
    });
    for (owner, (size, functions)) in owners {
        let plural = if functions == 1 { "" } else { "s" };
        let _ = writeln!(text, "  {owner:<48} {size:>8}  ({functions} function{plural})");
    }
    Ok((output, text))
}

#[cfg(test)]
mod tests {
    use super::owner_of;

    #[test]
    fn functions_belong_to_the_class_in_their_name() {
        assert_eq!(owner_of("m.java.lang.System$.out;Ljava.io.PrintStream"), "java.lang.System$");
        assert_eq!(owner_of("s.kiln.runtime.Intrinsics.writeStdout;Ljava.lang.String;V"), "kiln.runtime.Intrinsics");
        assert_eq!(owner_of("m.hello.Main$.<init>;V"), "hello.Main$");
        assert_eq!(owner_of("load.hello.Main$"), "hello.Main$");
        assert_eq!(owner_of("h.stringConcat"), "(runtime helpers)");
        assert_eq!(owner_of("closure3"), "(lambda bodies)");
        assert_eq!(owner_of("js.app.Exports.greet"), "app.Exports (JS export glue)");
    }
}
