//! The whole-program optimiser: IR-to-IR passes that run between two reachability analyses.
//!
//! # Why in the linker, on the IR
//!
//! The linker is the first stage that sees the whole program: which classes are instantiated, which
//! virtual calls can land where, which methods are reachable at all. Those facts make optimisations
//! possible that no per-method compiler (and no Wasm engine, which sees neither classes nor the IR's
//! types) can do: a call with one possible target is a direct call, a direct call to a small method is
//! its body, a local that is never null needs no null check. Working on the IR keeps `kiln-link` free of
//! WebAssembly (ARCHITECTURE.md) and lets every pass be read, and tested, as IR text.
//!
//! # The pipeline
//!
//! `link` first finds what the program reaches ([`crate::link`]). Then every reachable method body goes
//! through the passes below, in this order, each one feeding the next:
//!
//! 0. [`constants`]: a static field that its class's initializer sets once to a literal (and nothing
//!    else assigns) is read as the literal, as `javac` does for `static final` constants.
//! 1. [`devirtualise`]: a virtual call whose receiver can only be an instance of classes that share one
//!    implementation becomes a statically bound call (`ApplyStatically`).
//! 2. [`inline`]: a statically bound call to a small method becomes the method's body, its parameters
//!    bound to the arguments; inlined bodies are devirtualised and inlined in turn, a few levels deep.
//! 3. [`fold`]: constant folding and propagation: operators on literals, branches on literal conditions,
//!    `val`s bound to literals, and the `return` labels that inlining leaves behind.
//! 4. [`scalars`]: an object created and only read and written through its fields in one body is
//!    never allocated: its fields live in locals (scalar replacement).
//! 5. [`fields`]: a field read again with nothing in between that could change it is served from a
//!    local (`this.x = x + v; if (this.x > limit)` reads `x` once), since Wasmtime cannot tell that no
//!    store in between aliases it.
//! 6. [`nullness`]: locals that are never assigned a possibly-null value get non-nullable types, which
//!    removes the null checks of their dereferences (redundant by the IR's own types).
//! 7. [`dereferences`]: in a block, a local's first dereference checks it once for the statements
//!    that follow (`val b = bodies[j]; b.x ... b.vx ...` checks `b` once, not at every field).
//! 8. [`bounds`]: the array accesses `a[i]` of counted loops `while (i < a.length) { ...; i = i + 1 }`,
//!    where `i` is never negative, are marked in bounds: the emitter checks neither the array nor the index.
//! 9. [`accesses`]: an array access that repeats one made on every path before it, with neither the
//!    array nor the index changed since (`values[i] = values[j]` after `saved = values[i]`), is marked
//!    in bounds too. A call forgets only the static arrays that [`static_writes`], a whole-program
//!    summary computed before the passes, says it may assign.
//!
//! Then, over the whole optimised program, [`dead_fields`]: the instance fields that no reachable body
//! reads leave their classes, and the stores into them keep only what Java evaluates for them.
//!
//! Reachability then runs again, from scratch, over the optimised program: a method that is now inlined
//! everywhere is no longer reachable and costs nothing, a class that only a removed call used loses its
//! vtable slot, and every fact the emitter reads (instantiated classes, dispatched methods, vtable
//! layouts, features) describes the code that is really emitted. Running the analysis twice costs a few
//! milliseconds; keeping the two in step by hand would be a source of bugs.
//!
//! # What every pass preserves
//!
//! Java's semantics, to the byte: evaluation order, the exceptions of the checked behaviours (a call on
//! `null` still throws `NullPointerException` where it did), the static initializers that run, and the
//! trust boundary of the runtime library (its array accesses are unchecked, so user code is never inlined
//! into it; library code inlined into user code becomes checked, which only costs time). The passes run
//! in sorted method order and never consult a hash order, so the output stays deterministic.
//!
//! `--no-optimise` turns the optimiser off; `kiln compile --verbose` prints what each pass changed.

pub mod accesses;
pub mod bounds;
pub mod constants;
pub mod dead_fields;
pub mod dereferences;
pub mod devirtualise;
pub mod fields;
pub mod fold;
pub mod inline;
pub mod nullness;
pub mod scalars;
pub mod static_writes;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use kiln_ir::names::{ClassName, LabelName, LocalName, MethodName};
use kiln_ir::trees::{ClassKind, MemberNamespace, MethodBody, Program, Tree, TreeKind, for_each_child};

use crate::{LinkedProgram, MethodKey};

/// Whether `link` runs the optimiser.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub enum Optimisation {
    #[default]
    On,
    Off,
}

/// What the optimiser changed, pass by pass, for `kiln compile --verbose`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OptimisationReport {
    /// (pass, what it counts) to how many times it happened.
    pub counts: BTreeMap<(&'static str, &'static str), usize>,
    /// Reachable methods before the optimiser and after the second reachability analysis.
    pub methods_before: usize,
    pub methods_after: usize,
}

impl OptimisationReport {
    pub fn add(&mut self, pass: &'static str, what: &'static str, count: usize) {
        if count > 0 {
            *self.counts.entry((pass, what)).or_default() += count;
        }
    }

    pub fn count(&self, pass: &'static str, what: &'static str) -> usize {
        self.counts.get(&(pass, what)).copied().unwrap_or(0)
    }

    /// One line per pass and count, in pipeline order, then the reachability totals.
    pub fn render(&self) -> String {
        let mut text = String::new();
        for pass in [
            constants::PASS,
            devirtualise::PASS,
            inline::PASS,
            fold::PASS,
            scalars::PASS,
            fields::PASS,
            nullness::PASS,
            dereferences::PASS,
            bounds::PASS,
            accesses::PASS,
            dead_fields::PASS,
        ] {
            let lines: Vec<String> = self
                .counts
                .iter()
                .filter(|((name, _), _)| *name == pass)
                .map(|((_, what), count)| format!("{count} {what}"))
                .collect();
            let summary = if lines.is_empty() { "no change".to_string() } else { lines.join(", ") };
            let _ = writeln!(text, "optimise: {pass:<12} {summary}");
        }
        let _ = writeln!(text, "optimise: reachable methods {} before, {} after", self.methods_before, self.methods_after);
        text
    }
}

/// Runs the passes over every reachable method body of a linked program and returns the rewritten program.
pub fn optimise(linked: &LinkedProgram, report: &mut OptimisationReport) -> Program {
    let mut program = linked.program.clone();
    report.methods_before = linked.reachable.len();
    let quiet_modules = quietly_constructed_modules(linked);
    let static_writes = static_writes::StaticWrites::of_program(linked);
    let constants = constants::StaticConstants::of_program(linked);
    let mut callees = inline::Callees::with_constants(&constants);
    let mut replacements = scalars::Replacements::default();
    for key in &linked.reachable {
        let Some(method) = linked.method_def(*key) else { continue };
        let MethodBody::Tree(body) = &method.body else { continue };
        let mut body = body.clone();
        let mut names = FreshNames::of_method(method.params.iter().map(|param| param.name), &body);
        constants::run(&constants, &mut body, report);
        devirtualise::run(linked, &mut body, report);
        inline::run(linked, *key, &mut body, &mut names, &mut callees, report);
        // Inlined bodies come from the program before the passes: their reads of constants too.
        constants::run(&constants, &mut body, report);
        fold::run(&mut body, &quiet_modules, report);
        scalars::run(linked, &mut body, &mut names, &mut replacements, report);
        fields::run(
            &|class, constructor| construction_only_sets_fields(linked, class, constructor),
            &mut body,
            &mut names,
            report,
        );
        nullness::run(&method.params, &mut body, report);
        dereferences::run(
            &method.params,
            &mut body,
            &|class| linked.lazily_initialized_ancestor(class).is_none(),
            &mut names,
            report,
        );
        bounds::run(&method.params, &mut body, report);
        let effects = accesses::Effects {
            static_read_is_quiet: &|class| linked.lazily_initialized_ancestor(class).is_none(),
            static_writes_of_call: &|call| static_writes.of_call(linked, call),
        };
        accesses::run(&mut body, &effects, report);
        if let Some(target) = method_body_mut(&mut program, linked, *key) {
            *target = body;
        }
    }
    dead_fields::run(&mut program, linked, report);
    program
}

/// The module classes whose construction does nothing observable: their constructor only calls
/// constructors that do nothing (up to `java.lang.Object`'s) and stores the module. Loading one whose value
/// goes unused may be dropped (`fold`): `System.out` is such a module.
pub fn quietly_constructed_modules(linked: &LinkedProgram) -> BTreeSet<ClassName> {
    linked
        .table
        .classes
        .values()
        .filter(|info| info.kind == ClassKind::ModuleClass)
        .map(|info| info.name)
        .filter(|class| constructor_is_quiet(linked, *class, MethodName::new("<init>;V"), 0))
        .collect()
}

/// Whether `new class(..)` with `constructor` runs nothing but stores of values made of its parameters
/// and literals into the new object's own fields (`construction::field_initialising_constructor`, above
/// constructors that do nothing), with no static initializer to run at the class's first use: no
/// existing object can change. Scalar replacement and field-read forwarding both rely on it.
pub(crate) fn construction_only_sets_fields(linked: &LinkedProgram, class: ClassName, constructor: MethodName) -> bool {
    if linked.lazily_initialized_ancestor(class).is_some() {
        return false;
    }
    let key = MethodKey { class, namespace: MemberNamespace::Constructor, method: constructor };
    let Some(method) = linked.method_def(key) else { return false };
    crate::construction::field_initialising_constructor(method, &|statement| is_quiet_super_call(linked, class, statement))
        .is_some()
}

/// Whether a statement of a constructor of `class` is a call of a superclass constructor that does
/// nothing (`this.Super::<init>()` up to `java.lang.Object`'s).
pub(crate) fn is_quiet_super_call(linked: &LinkedProgram, class: ClassName, statement: &Tree) -> bool {
    match &statement.kind {
        TreeKind::ApplyStatically { receiver, class: callee_class, method, args, .. } => {
            matches!(receiver.kind, TreeKind::This)
                && args.is_empty()
                && method.is_constructor()
                && *callee_class != class
                && constructor_is_quiet(linked, *callee_class, *method, 0)
        }
        _ => false,
    }
}

fn constructor_is_quiet(linked: &LinkedProgram, class: ClassName, constructor: MethodName, depth: usize) -> bool {
    let key = MethodKey { class, namespace: MemberNamespace::Constructor, method: constructor };
    let Some(method) = linked.method_def(key) else { return false };
    let MethodBody::Tree(body) = &method.body else { return false };
    let statements = match &body.kind {
        TreeKind::Block(statements) => statements.as_slice(),
        _ => std::slice::from_ref(body),
    };
    depth < 8
        && statements.iter().all(|statement| match &statement.kind {
            TreeKind::Skip | TreeKind::StoreModule => true,
            TreeKind::ApplyStatically { receiver, class, method, args, .. } => {
                matches!(receiver.kind, TreeKind::This)
                    && args.is_empty()
                    && method.is_constructor()
                    && constructor_is_quiet(linked, *class, *method, depth + 1)
            }
            _ => false,
        })
}

fn method_body_mut<'p>(program: &'p mut Program, linked: &LinkedProgram, key: MethodKey) -> Option<&'p mut Tree> {
    let info = linked.table.get(key.class)?;
    let method = program.classes[info.index]
        .methods
        .iter_mut()
        .find(|method| method.namespace == key.namespace && method.name == key.method)?;
    match &mut method.body {
        MethodBody::Tree(body) => Some(body),
        _ => None,
    }
}

/// Local and label names that do not clash with any in a method: inlining renames the callee's names
/// into these, so that a copied body can sit beside the caller's own locals.
pub struct FreshNames {
    taken_locals: BTreeSet<LocalName>,
    taken_labels: BTreeSet<LabelName>,
}

impl FreshNames {
    pub fn of_method(params: impl Iterator<Item = LocalName>, body: &Tree) -> FreshNames {
        let mut names = FreshNames { taken_locals: params.collect(), taken_labels: BTreeSet::new() };
        names.take_all(body);
        names
    }

    fn take_all(&mut self, tree: &Tree) {
        match &tree.kind {
            TreeKind::VarDef { name, .. } | TreeKind::VarRef(name) => {
                self.taken_locals.insert(*name);
            }
            TreeKind::TryCatch { var, .. } => {
                self.taken_locals.insert(*var);
            }
            TreeKind::Labeled { label, .. } => {
                self.taken_labels.insert(*label);
            }
            TreeKind::Closure { captures, params, .. } => {
                self.taken_locals
                    .extend(captures.iter().map(|(param, _)| param.name).chain(params.iter().map(|param| param.name)));
            }
            _ => {}
        }
        for_each_child(tree, |child| self.take_all(child));
    }

    /// A local name based on `base` that nothing in the method uses yet.
    pub fn local(&mut self, base: &str) -> LocalName {
        fresh(base, &mut self.taken_locals, LocalName::new)
    }

    /// A label based on `base` that nothing in the method uses yet.
    pub fn label(&mut self, base: &str) -> LabelName {
        fresh(base, &mut self.taken_labels, LabelName::new)
    }
}

/// `base$i1`, `base$i2`, ...: the first that `taken` lacks, which it then holds. (The part of `base` after
/// a `$` goes, so that names renamed twice do not grow.)
fn fresh<Name: Ord + Copy>(base: &str, taken: &mut BTreeSet<Name>, make: fn(&str) -> Name) -> Name {
    let base = base.split('$').next().unwrap_or(base);
    let mut number = 1usize;
    loop {
        let candidate = make(&format!("{base}$i{number}"));
        if taken.insert(candidate) {
            return candidate;
        }
        number += 1;
    }
}

/// The number of nodes in a tree: the optimiser's measure of size.
pub fn tree_size(tree: &Tree) -> usize {
    let mut size = 1;
    for_each_child(tree, |child| size += tree_size(child));
    size
}

/// Whether some node of the tree satisfies `test`.
pub fn tree_contains(tree: &Tree, test: &dyn Fn(&Tree) -> bool) -> bool {
    if test(tree) {
        return true;
    }
    let mut found = false;
    for_each_child(tree, |child| found = found || tree_contains(child, test));
    found
}

/// What the tests of the bounds-check passes share: a method parsed from IR text, and the accesses a pass
/// marked in bounds.
#[cfg(test)]
pub(crate) mod bounds_test_support {
    use kiln_ir::SourceMap;
    use kiln_ir::trees::{MethodBody, ParamDef, Tree, TreeKind, for_each_child};

    /// Parses `program`, runs `pass` over the first method of `class`, and lists the accesses then marked
    /// in bounds, in the order they appear: `a[i]`, `s.values[i]` for a static array, `f.cells[0]` for a
    /// field, `a[e]` for an index that is neither a local nor a literal.
    pub fn accesses_marked_by(program: &str, class: &str, pass: impl FnOnce(&[ParamDef], &mut Tree)) -> String {
        let body = first_method_after(program, class, pass);
        let mut in_bounds = Vec::new();
        collect_in_bounds(&body, &mut in_bounds);
        in_bounds.join(" ")
    }

    /// Parses `program`, runs `pass` over the first method of `class`, and returns the method's body.
    pub fn first_method_after(program: &str, class: &str, pass: impl FnOnce(&[ParamDef], &mut Tree)) -> Tree {
        let mut sources = SourceMap::default();
        sources.add("test.ir", program, false);
        let (mut program, diagnostics) = kiln_ir::parse_and_check(&sources);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let class = program.classes.iter_mut().find(|candidate| candidate.name.as_str() == class).expect("the class");
        let method = &mut class.methods[0];
        let MethodBody::Tree(body) = &mut method.body else { panic!("no body") };
        pass(&method.params, body);
        body.clone()
    }

    fn collect_in_bounds(tree: &Tree, found: &mut Vec<String>) {
        if let TreeKind::ArraySelect { array, index, in_bounds: true } = &tree.kind {
            let array = match &array.kind {
                TreeKind::VarRef(name) => name.to_string(),
                TreeKind::SelectStatic(field) => format!("s.{}", field.simple),
                TreeKind::Select { field, .. } => format!("f.{}", field.simple),
                _ => "?".to_string(),
            };
            let index = match &index.kind {
                TreeKind::VarRef(name) => name.to_string(),
                TreeKind::Int(literal) => literal.to_string(),
                _ => "e".to_string(),
            };
            found.push(format!("{array}[{index}]"));
        }
        for_each_child(tree, |child| collect_in_bounds(child, found));
    }
}
