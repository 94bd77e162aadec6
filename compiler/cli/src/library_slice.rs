//! The part of the runtime library a program can use, cut from its text before anything parses it.
//!
//! Kiln's runtime library is half a megabyte of IR text (`runtime-lib/`): `String`, `Math`, the boxes,
//! `Arrays`, the collections, number formatting and parsing. The linker keeps only what a program reaches,
//! but before it can, every class of the library used to be parsed and type-checked on every compilation:
//! four fifths of the time it took to compile hello world, for a program that reaches a few dozen methods.
//!
//! This pass narrows the library down on the text alone, before the parser sees it. The runtime files are
//! in the canonical format (`kiln fmt`; a test holds them to it), so their layout is simple: a class
//! starts at column 0 and ends at a `}` in column 0; each member starts at column 2, and a member whose
//! first line ends with `{` ends at the next `  }`; comment lines at column 2 belong to the member under
//! them. The pass splits each file into classes and members once per process, then keeps:
//!
//! - a class, if its name is mentioned by the program or by something already kept; with it, its
//!   header (which names its parent and interfaces) and all its fields;
//! - a method of a kept class, if its name (`charAt;I;C`, `<init>;V`) is mentioned anywhere, whatever the
//!   receiver: the same approximation a linker makes for a virtual call, by name alone;
//! - what the linker and the emitter use on their own, without the program naming it
//!   ([`IMPLICIT_CLASSES`], [`IMPLICIT_METHODS`]: the exceptions of checked behaviours, the string
//!   conversions behind `+[string]`, the boxes, the uncaught-exception report, static initializers).
//!
//! "Mentioned" is textual: each run of name characters in the kept text is cut at its dots and brackets,
//! and every dot-bounded part of it, every class named in a method signature and every method name in it
//! counts.
//! That over-approximates (a name inside a comment or a string literal counts too), which only costs time:
//! what is kept beyond need is parsed and checked, and the linker drops it as before. It cannot
//! under-approximate for the code it scans, since a kept method's every callee and every class it names
//! are written in its text; the tests check that the slice of each runtime method on its own parses and
//! type-checks, and that every runtime name the compiler's Rust code uses is implicit.
//!
//! Cut lines become empty lines, so that line numbers in the runtime files stay those of `runtime-lib/`.

use std::collections::HashMap;

/// Runtime classes that the linker or the emitter use without the program naming them: the boxes of the
/// primitive types (boxing is an operation of the IR, not a call), the classes of type tests on arrays,
/// the exception hierarchy's root, the runtime's makers of exceptions and its uncaught-exception report.
pub const IMPLICIT_CLASSES: &[&str] = &[
    "java.lang.Object",
    "java.lang.String",
    "java.lang.Boolean",
    "java.lang.Byte",
    "java.lang.Short",
    "java.lang.Character",
    "java.lang.Integer",
    "java.lang.Long",
    "java.lang.Float",
    "java.lang.Double",
    "java.lang.Void",
    "java.lang.Class",
    "java.lang.Cloneable",
    "java.io.Serializable",
    "java.lang.Throwable",
    "java.lang.ArithmeticException",
    "java.lang.StackOverflowError",
    "java.lang.LinkageError",
    "java.lang.ExceptionInInitializerError",
    "java.lang.NoClassDefFoundError",
    "java.lang.ArrayStoreException",
    "java.lang.System$",
    "kiln.runtime.Intrinsics",
    "kiln.runtime.Runtime",
    "kiln.runtime.FloatingRemainder",
    "kiln.component.Memory",
    "kiln.component.Resources",
    "kiln.component.Result",
    "kiln.js.Exports",
    "kiln.js.Host",
    "kiln.js.Interop",
];

/// Runtime methods that the linker or the emitter call on their own (see `kiln_link::summary` and
/// `kiln_link::runtime_methods`): kept in every class above that defines them.
pub const IMPLICIT_METHODS: &[&str] = &[
    "<clinit>;V",
    "<init>;V",
    "<init>;Ljava.lang.String;V",
    "reportUncaught;Ljava.lang.Throwable;V",
    "raise;Ljava.lang.Throwable;V",
    "arrayIndexOutOfBounds;I;I;Ljava.lang.Throwable",
    "negativeArraySize;I;Ljava.lang.Throwable",
    "stringIndexOutOfBounds;I;Ljava.lang.Throwable",
    "nullPointer;Ljava.lang.Throwable",
    "nullPointerMessage;Ljava.lang.String;Ljava.lang.Throwable",
    "sameText;Ljava.lang.String;Ljava.lang.String;Z",
    "internedLiteral;Ljava.lang.String;Ljava.lang.String",
    "stackOverflow;Ljava.lang.Throwable",
    "initializerFailure;Ljava.lang.Throwable;Ljava.lang.Throwable",
    "classNotInitialized;Ljava.lang.String;Ljava.lang.Throwable;Ljava.lang.Throwable",
    "arraycopyOutOfBounds;Ljava.lang.String;I;I;I;I;I;Ljava.lang.Throwable",
    "cloneNotSupported;Ljava.lang.Object;Ljava.lang.Throwable",
    "arrayStore;Ljava.lang.Object;Ljava.lang.Throwable",
    "arraycopyMismatch;Ljava.lang.Object;Ljava.lang.Object;Ljava.lang.Throwable",
    "arraycopyReferenceMismatch;Ljava.lang.Object;Ljava.lang.Object;Ljava.lang.Throwable",
    "arraycopyElementMismatch;Ljava.lang.Object;Ljava.lang.Object;Ljava.lang.Throwable",
    "classCast;Ljava.lang.Object;Ljava.lang.String;Ljava.lang.Throwable",
    "classFor;Ljava.lang.Object;Ljava.lang.Class",
    "classOf;Ljava.lang.Object;Ljava.lang.Class",
    "cast;Ljava.lang.Object;Ljava.lang.Object",
    "newArrayOfThisClass;I;Ljava.lang.Object",
    "getName;Ljava.lang.String",
    "getSuperclass;Ljava.lang.Class",
    "getComponentType;Ljava.lang.Class",
    "isArray;Z",
    "isInterface;Z",
    "isPrimitive;Z",
    "isInstance;Ljava.lang.Object;Z",
    "isAssignableFrom;Ljava.lang.Class;Z",
    "remainder;D;D;D",
    "toString;Ljava.lang.String",
    "toString;I;Ljava.lang.String",
    "toString;J;Ljava.lang.String",
    "toString;C;Ljava.lang.String",
    "toString;Z;Ljava.lang.String",
    "toString;D;Ljava.lang.String",
    "toString;F;Ljava.lang.String",
    "valueOf;Ljava.lang.Object;Ljava.lang.String",
    "add;Ljava.lang.Object;I",
    // The intrinsics, whose code the emitter writes where the library calls them.
    "writeStdout;Ljava.lang.String;V",
    "writeStderr;Ljava.lang.String;V",
    "className;Ljava.lang.Object;Ljava.lang.String",
    "typeDataOf;Ljava.lang.Object;Ljava.lang.Object",
    "typeName;Ljava.lang.Object;Ljava.lang.String",
    "typeKind;Ljava.lang.Object;I",
    "typeSuperclass;Ljava.lang.Object;Ljava.lang.Object",
    "typeComponent;Ljava.lang.Object;Ljava.lang.Object",
    "typeClass;Ljava.lang.Object;Ljava.lang.Object",
    "setTypeClass;Ljava.lang.Object;Ljava.lang.Object;V",
    "typeAssignable;Ljava.lang.Object;Ljava.lang.Object;Z",
    "charsToString;[C;I;I;Ljava.lang.String",
    "copyChars;[C;I;[C;I;I;V",
    "newArrayLike;Ljava.lang.Object;I;Ljava.lang.Object",
    "newArrayOfComponent;Ljava.lang.Object;I;Ljava.lang.Object",
    "typeArrayOf;Ljava.lang.Object;Ljava.lang.Object",
    "enumConstants;Ljava.lang.Object;Ljava.lang.Object",
    "exit;I;V",
    "nanoTime;J",
    "currentTimeMillis;J",
    "arraycopy;Ljava.lang.Object;I;Ljava.lang.Object;I;I;V",
    "sqrt;D;D",
    "floor;D;D",
    "ceil;D;D",
    "rint;D;D",
];

/// A class or interface of a runtime file, as line ranges of that file.
struct LibraryClass {
    file: usize,
    /// The declaration line (and any annotation lines above it).
    header: std::ops::Range<usize>,
    members: Vec<LibraryMember>,
    /// The line of its closing `}`.
    closing_line: usize,
}

struct LibraryMember {
    /// The method's name with its signature; `None` for a field, which is kept with its class.
    method: Option<MethodNameId>,
    /// Its lines, comments above it included.
    lines: std::ops::Range<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct MethodNameId(usize);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct LibraryClassId(usize);

/// A runtime file cut into lines.
struct LibraryFile {
    path: &'static str,
    lines: Vec<&'static str>,
}

/// Every runtime file split into classes and members, with the lookups the closure needs: made once per
/// process.
pub struct LibraryIndex {
    files: Vec<LibraryFile>,
    classes: Vec<LibraryClass>,
    class_by_name: HashMap<&'static str, LibraryClassId>,
    method_name_ids: HashMap<&'static str, MethodNameId>,
    /// For each method name, the classes that define a method of that name (and where).
    definitions: Vec<Vec<(LibraryClassId, usize)>>,
}

/// Why a runtime file could not be split; a test holds every runtime file to the layout.
#[derive(Debug, PartialEq, Eq)]
pub struct LayoutError {
    pub path: &'static str,
    pub line: usize,
    pub message: &'static str,
}

impl LibraryIndex {
    /// Splits the runtime files. A file that does not follow the canonical layout is an error, which the
    /// driver answers by reading the whole library.
    pub fn build(files: &[(&'static str, &'static str)]) -> Result<LibraryIndex, LayoutError> {
        let mut index = LibraryIndex {
            files: Vec::new(),
            classes: Vec::new(),
            class_by_name: HashMap::new(),
            method_name_ids: HashMap::new(),
            definitions: Vec::new(),
        };
        for (file_number, (path, text)) in files.iter().enumerate() {
            let lines: Vec<&'static str> = text.split('\n').collect();
            index.split_file(file_number, path, &lines)?;
            index.files.push(LibraryFile { path, lines });
        }
        Ok(index)
    }

    fn split_file(&mut self, file: usize, path: &'static str, lines: &[&'static str]) -> Result<(), LayoutError> {
        let error = |line: usize, message: &'static str| LayoutError { path, line: line + 1, message };
        let mut line = 0;
        let mut annotation_start = None;
        while line < lines.len() {
            let text = lines[line];
            if text.is_empty() || text.starts_with("//") {
                line += 1;
                continue;
            }
            if text.starts_with('@') {
                annotation_start.get_or_insert(line);
                line += 1;
                continue;
            }
            let Some(name) = declared_class_name(text) else {
                return Err(error(line, "expected a class declaration at column 0"));
            };
            if !text.ends_with('{') {
                return Err(error(line, "a class declaration should end with `{`"));
            }
            let header = annotation_start.take().unwrap_or(line)..line + 1;
            line += 1;
            let mut members = Vec::new();
            let mut comment_start = None;
            loop {
                let Some(&member_text) = lines.get(line) else {
                    return Err(error(line, "a class without its closing `}`"));
                };
                if member_text == "}" {
                    break;
                }
                if member_text.is_empty() {
                    line += 1;
                    continue;
                }
                if member_text.starts_with("  //") || member_text.starts_with("  @") {
                    comment_start.get_or_insert(line);
                    line += 1;
                    continue;
                }
                if !member_text.starts_with("  ") || member_text.starts_with("   ") {
                    return Err(error(line, "expected a member at column 2"));
                }
                let start = comment_start.take().unwrap_or(line);
                if member_text.ends_with('{') {
                    loop {
                        line += 1;
                        match lines.get(line) {
                            Some(&"  }") => break,
                            Some(_) => {}
                            None => return Err(error(start, "a member without its closing `  }`")),
                        }
                    }
                }
                let method = member_method_name(member_text).map(|name| self.method_name_id(name));
                members.push(LibraryMember { method, lines: start..line + 1 });
                line += 1;
            }
            let class = LibraryClassId(self.classes.len());
            for (member_number, member) in members.iter().enumerate() {
                if let Some(method) = member.method {
                    self.definitions[method.0].push((class, member_number));
                }
            }
            self.class_by_name.insert(name, class);
            self.classes.push(LibraryClass { file, header, members, closing_line: line });
            line += 1;
        }
        Ok(())
    }

    fn method_name_id(&mut self, name: &'static str) -> MethodNameId {
        let next = MethodNameId(self.method_name_ids.len());
        let id = *self.method_name_ids.entry(name).or_insert(next);
        if id == next {
            self.definitions.push(Vec::new());
        }
        id
    }

    /// The runtime files cut down to what `roots` (the program's texts) can use, as (path, text) pairs;
    /// files with nothing kept are left out.
    pub fn slice<'a>(&self, roots: impl IntoIterator<Item = &'a str>) -> Vec<(&'static str, String)> {
        let mut closure = Closure {
            index: self,
            included: vec![false; self.classes.len()],
            kept: self.classes.iter().map(|class| vec![false; class.members.len()]).collect(),
            mentioned_methods: vec![false; self.definitions.len()],
            pending_texts: Vec::new(),
        };
        for class in IMPLICIT_CLASSES {
            closure.mention_class(class);
        }
        for method in IMPLICIT_METHODS {
            closure.mention_method(method);
        }
        for root in roots {
            closure.scan(root);
        }
        closure.run();
        self.render(&closure)
    }

    fn render(&self, closure: &Closure) -> Vec<(&'static str, String)> {
        let mut kept_lines: Vec<Vec<bool>> = self.files.iter().map(|file| vec![false; file.lines.len()]).collect();
        for (class_number, class) in self.classes.iter().enumerate() {
            if !closure.included[class_number] {
                continue;
            }
            let lines = &mut kept_lines[class.file];
            lines[class.header.clone()].fill(true);
            lines[class.closing_line] = true;
            for (member, kept) in class.members.iter().zip(&closure.kept[class_number]) {
                if *kept {
                    lines[member.lines.clone()].fill(true);
                }
            }
        }
        let mut sliced = Vec::new();
        for (file, kept) in self.files.iter().zip(kept_lines) {
            if !kept.contains(&true) {
                continue;
            }
            let length: usize = file.lines.iter().zip(&kept).map(|(line, kept)| if *kept { line.len() + 1 } else { 1 }).sum();
            let mut text = String::with_capacity(length);
            for (number, (line, kept)) in file.lines.iter().zip(&kept).enumerate() {
                if *kept {
                    text.push_str(line);
                }
                if number + 1 < file.lines.len() {
                    text.push('\n');
                }
            }
            sliced.push((file.path, text));
        }
        sliced
    }
}

/// The growing set of what is kept.
struct Closure<'index> {
    index: &'index LibraryIndex,
    included: Vec<bool>,
    kept: Vec<Vec<bool>>,
    mentioned_methods: Vec<bool>,
    /// Kept text not scanned yet.
    pending_texts: Vec<&'static str>,
}

impl Closure<'_> {
    fn run(&mut self) {
        while let Some(text) = self.pending_texts.pop() {
            self.scan(text);
        }
    }

    fn mention_class(&mut self, name: &str) {
        let index = self.index;
        let Some(&class) = index.class_by_name.get(name) else { return };
        if std::mem::replace(&mut self.included[class.0], true) {
            return;
        }
        let declaration = &index.classes[class.0];
        let lines = &index.files[declaration.file].lines;
        self.pending_texts.extend(&lines[declaration.header.clone()]);
        for (member_number, member) in declaration.members.iter().enumerate() {
            let wanted = member.method.is_none_or(|method| self.mentioned_methods[method.0]);
            if wanted {
                self.keep(class, member_number);
            }
        }
    }

    fn mention_method(&mut self, name: &str) {
        let index = self.index;
        let Some(&method) = index.method_name_ids.get(name) else { return };
        if std::mem::replace(&mut self.mentioned_methods[method.0], true) {
            return;
        }
        for &(class, member_number) in &index.definitions[method.0] {
            if self.included[class.0] {
                self.keep(class, member_number);
            }
        }
    }

    fn keep(&mut self, class: LibraryClassId, member_number: usize) {
        if std::mem::replace(&mut self.kept[class.0][member_number], true) {
            return;
        }
        let declaration = &self.index.classes[class.0];
        let lines = &self.index.files[declaration.file].lines;
        self.pending_texts.extend(&lines[declaration.members[member_number].lines.clone()]);
    }

    /// Mentions every class and method name in a text (see the essay above for what counts).
    fn scan(&mut self, text: &str) {
        for token in text.split(|c: char| !is_token_char(c)).filter(|token| !token.is_empty()) {
            let (before_signature, signature) = match token.find(';') {
                Some(at) => (&token[..at], Some(&token[at..])),
                None => (token.trim_end_matches(['[', ']']), None),
            };
            // Every dot-bounded part: `this.java.lang.Object`, `a.b.C$.m` and `java.lang.Integer.MAX` name
            // their classes in the middle or at the start; brackets bound them too
            // (`x.asInstanceOf[java.lang.Runnable].run;V`).
            for part in before_signature.split(['[', ']']) {
                let dots: Vec<usize> = part.match_indices('.').map(|(at, _)| at).collect();
                let starts = std::iter::once(0).chain(dots.iter().map(|at| at + 1));
                for start in starts {
                    let ends = dots.iter().copied().filter(|end| *end > start).chain(std::iter::once(part.len()));
                    for end in ends {
                        self.mention_class(&part[start..end]);
                    }
                }
            }
            let dots: Vec<usize> = before_signature.match_indices('.').map(|(at, _)| at).collect();
            if let Some(signature) = signature {
                // The method's simple name starts after the last dot before the signature.
                let name_start = dots.last().map_or(0, |at| at + 1);
                self.mention_method(&token[name_start..]);
                for part in signature.split(';') {
                    let part = part.trim_start_matches('[');
                    self.mention_class(part.strip_prefix('L').unwrap_or(part));
                }
            }
        }
    }
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.' | ';' | '<' | '>' | '[' | ']')
}

/// The class a top-level line declares (`class a.B extends ...`, `module class`, `hijacked class`,
/// `interface`, with modifiers before).
fn declared_class_name(line: &'static str) -> Option<&'static str> {
    let mut words = line.split(' ');
    while let Some(word) = words.next() {
        if word == "class" || word == "interface" {
            return words.next().filter(|name| !name.is_empty());
        }
        if !word.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
    }
    None
}

/// The method a member line declares (`  static def parseInt;Ljava.lang.String;I(text: ...`), or `None`
/// for a field.
fn member_method_name(line: &'static str) -> Option<&'static str> {
    let after = line.split_once("def ")?.1;
    let end = after.find('(')?;
    Some(&after[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIBRARY: &str = "// A library.
class a.Used extends java.lang.Object {
  // Its field.
  var a.Used::count: int
  def used;I(): int = {
    a.Helper::help;I()
  }
  def unused;I(): int = {
    a.Other::other;I()
  }
}

class a.Helper extends java.lang.Object {
  static def help;I(): int = {
    1
  }
}

class a.Other extends java.lang.Object {
  static def other;I(): int = <intrinsic>
}
";

    fn sliced(roots: &str) -> String {
        let index = LibraryIndex::build(&[("lib.ir", LIBRARY)]).expect("the layout");
        index.slice([roots]).into_iter().map(|(_, text)| text).collect()
    }

    #[test]
    fn a_class_is_kept_with_its_fields_and_the_methods_that_are_mentioned() {
        let text = sliced("x.a.Used::used;I()");
        assert!(text.contains("var a.Used::count"));
        assert!(text.contains("def used;I"));
        assert!(text.contains("static def help;I"));
        assert!(!text.contains("unused"));
        assert!(!text.contains("a.Other"));
        // Cut lines stay as empty lines.
        assert_eq!(text.lines().count(), LIBRARY.lines().count());
        assert_eq!(text.lines().position(|line| line.contains("def used;I")), Some(4));
    }

    #[test]
    fn nothing_is_kept_of_a_library_nobody_names() {
        assert_eq!(sliced("class b.Main extends java.lang.Object {\n}\n"), "");
    }

    #[test]
    fn names_are_found_inside_longer_runs_of_names() {
        assert!(sliced("this.a.Other::z").contains("class a.Other"));
        assert!(sliced("a.Other.MAX").contains("class a.Other"));
        assert!(sliced("f;La.Helper;V").contains("class a.Helper"));
        assert!(!sliced("f;La.Helper;V").contains("help;I"));
        assert!(sliced("mod:a.Used.used;I()").contains("static def help;I"));
        assert!(sliced("x.asInstanceOf[a.Other].run;V()").contains("class a.Other"));
    }

    #[test]
    fn a_file_off_the_canonical_layout_is_refused() {
        let error = LibraryIndex::build(&[("bad.ir", "class a.B extends java.lang.Object {\n def m;V() {\n  }\n}\n")]);
        assert_eq!(error.err().map(|error| error.line), Some(2));
    }
}

/// Tests over the real runtime library: its layout, the consistency of every slice, and the implicit
/// names against the compiler's sources.
#[cfg(test)]
mod runtime_library_tests {
    use super::*;

    fn front_end_diagnostics(files: &[(&'static str, String)]) -> Vec<String> {
        let mut sources = kiln_ir::SourceMap::default();
        for (path, text) in files {
            sources.add(*path, text.clone(), true);
        }
        match crate::front_end(&sources) {
            Ok(_) => Vec::new(),
            Err(error) => vec![error.to_string()],
        }
    }

    #[test]
    fn every_runtime_file_follows_the_canonical_layout() {
        for wasi_host in [true, false] {
            if let Err(error) = LibraryIndex::build(&crate::whole_runtime_library(wasi_host)) {
                panic!("{}:{}: {}", error.path, error.line, error.message);
            }
        }
    }

    #[test]
    fn the_whole_runtime_library_parses_and_checks() {
        for wasi_host in [true, false] {
            let whole: Vec<(&'static str, String)> =
                crate::whole_runtime_library(wasi_host).into_iter().map(|(path, text)| (path, text.to_string())).collect();
            // The WASI host layer calls the runtime world's bindings.
            let mut files = whole;
            let world;
            if wasi_host {
                world = kiln_wit::runtime_world().expect("the runtime world");
                files.push((kiln_wit::BINDINGS_FILE, world.bindings.clone()));
            }
            assert_eq!(front_end_diagnostics(&files), Vec::<String>::new());
        }
    }

    /// The slice that one runtime method needs, on its own, parses and type-checks: what a method's text
    /// names is found, and so is everything that what it names needs in turn.
    #[test]
    fn the_slice_of_each_runtime_method_parses_and_checks() {
        let index = LibraryIndex::build(&crate::whole_runtime_library(false)).expect("the layout");
        let mut roots = Vec::new();
        for (name, class) in &index.class_by_name {
            for member in &index.classes[class.0].members {
                if let Some(method) = member.method {
                    let method_name = index.method_name_ids.iter().find(|(_, id)| **id == method).map(|(name, _)| *name);
                    roots.push(format!("{name}::{}()", method_name.unwrap_or_default()));
                }
            }
        }
        roots.sort();
        let failures: Vec<String> = std::thread::scope(|scope| {
            let workers: Vec<_> = roots
                .chunks(roots.len().div_ceil(4))
                .map(|chunk| {
                    let index = &index;
                    scope.spawn(move || {
                        chunk
                            .iter()
                            .filter_map(|root| {
                                let diagnostics = front_end_diagnostics(&index.slice([root.as_str()]));
                                (!diagnostics.is_empty()).then(|| format!("{root}:\n{}", diagnostics.join("\n")))
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers.into_iter().flat_map(|worker| worker.join().expect("a worker")).collect()
        });
        assert!(failures.is_empty(), "{} slices fail:\n{}", failures.len(), failures.join("\n"));
    }

    /// Every string literal in the linker's, the emitter's and the targets' sources that names a runtime
    /// class or method is among the implicit names: the compiler may use it without the program naming it.
    #[test]
    fn the_runtime_names_the_compiler_uses_are_implicit() {
        let index = LibraryIndex::build(&crate::whole_runtime_library(true)).expect("the layout");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut missing = Vec::new();
        let mut files = Vec::new();
        for crate_directory in ["link", "emit", "targets"] {
            collect_rust_files(&root.join(crate_directory).join("src"), &mut files);
        }
        assert!(files.len() > 20, "the compiler's sources are found: {files:?}");
        for file in files {
            let text = std::fs::read_to_string(&file).expect("a source file");
            // Unit tests name classes and methods of their own.
            let text = text.split("#[cfg(test)]").next().unwrap_or_default();
            for literal in text.split('"').skip(1).step_by(2) {
                let is_class = index.class_by_name.contains_key(literal) && !IMPLICIT_CLASSES.contains(&literal);
                let is_method = index.method_name_ids.contains_key(literal) && !IMPLICIT_METHODS.contains(&literal);
                if is_class || is_method {
                    missing.push(format!("{}: \"{literal}\"", file.display()));
                }
            }
        }
        assert!(missing.is_empty(), "runtime names used by the compiler but not implicit:\n{}", missing.join("\n"));
    }

    fn collect_rust_files(directory: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(directory).expect("a source directory").flatten() {
            let path = entry.path();
            if path.is_dir() {
                collect_rust_files(&path, files);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                files.push(path);
            }
        }
    }
}
