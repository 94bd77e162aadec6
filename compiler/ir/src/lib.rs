//! The Scala.js IR as Kiln reads it: names, types, trees, the text format (parser and printer) and the checker.
//!
//! This crate knows nothing about WebAssembly. It never panics on any input: parsing and checking
//! return what they could build together with a list of diagnostics.

pub mod checker;
pub mod class_table;
pub mod diagnostics;
pub mod names;
pub mod parser;
pub mod printer;
pub mod source;
pub mod trees;
pub mod types;

use std::collections::HashSet;

pub use diagnostics::Diagnostic;
pub use source::{FileId, SourceMap, Span};
pub use trees::Program;

/// Parses every file of the source map into one program. The class names of all files are known while
/// parsing any of them, which is how runs of names such as `mod:a.b.C$.m;V()` are split.
pub fn parse_sources(sources: &SourceMap) -> (Program, Vec<Diagnostic>) {
    let mut known = HashSet::new();
    for (_, file) in sources.files() {
        known.extend(parser::declared_class_names(&file.text));
    }
    let mut program = Program::default();
    let mut diagnostics = Vec::new();
    for (id, file) in sources.files() {
        let parsed = parser::parse_file(id, &file.text, &known, file.is_runtime_library);
        program.classes.extend(parsed.classes);
        diagnostics.extend(parsed.diagnostics);
    }
    (program, diagnostics)
}

/// Parses and checks: the front end in one call.
pub fn parse_and_check(sources: &SourceMap) -> (Program, Vec<Diagnostic>) {
    let (mut program, mut diagnostics) = parse_sources(sources);
    diagnostics.extend(checker::check_program(&mut program));
    (program, diagnostics)
}
