//! The linker: finds what a program reaches from its entry point (through the runtime library) and the
//! class facts that the emitter needs (vtable layouts, instantiated classes, features in use).
//!
//! Reachability works on per-method summaries: each reachable body is walked once into a `Summary`, and a
//! fixpoint over the summaries resolves virtual calls against the instantiated classes.
//! "Referenced" is kept apart from "used": a class named only in a type gets a struct type but no vtable
//! global and no methods.

pub mod construction;
pub mod dispatch;
pub mod initialization;
pub mod js_interop;
pub mod lambdas;
pub mod link_time;
pub mod null_messages;
pub mod optimise;
pub mod recursion;
pub mod summary;
pub mod typed_arrays;

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::class_table::ClassTable;
use kiln_ir::names::{ClassName, MethodName};
use kiln_ir::trees::{ClassKind, MemberNamespace, MethodBody, MethodDef, Program};
use kiln_ir::types::{ArrayTypeRef, ClassHierarchy, Type};

pub use dispatch::ClassTestDispatch;
pub use optimise::{Optimisation, OptimisationReport};
pub use summary::{Summary, summarize_method};

/// A method of a class in a namespace: what reachability tracks.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct MethodKey {
    pub class: ClassName,
    pub namespace: MemberNamespace,
    pub method: MethodName,
}

/// The intrinsic behind `Class.getEnumConstants` (and so `EnumSet.allOf`, `Enum.valueOf(Class, String)`):
/// the constants of an enum class found from its type data. Where it is reachable, so is every enum
/// class's `values()`, which it calls.
pub fn enum_constants_intrinsic() -> MethodKey {
    MethodKey {
        class: ClassName::new("kiln.runtime.Intrinsics"),
        namespace: MemberNamespace::PublicStatic,
        method: MethodName::new("enumConstants;Ljava.lang.Object;Ljava.lang.Object"),
    }
}

/// The `values()` of an enum class as javac writes it (a static method returning a fresh array of the
/// constants), if the class is an enum (extends `java.lang.Enum` directly) and has one.
pub fn enum_values_method(table: &ClassTable, program: &Program, class: ClassName) -> Option<MethodKey> {
    let info = table.get(class)?;
    if info.super_class != Some(kiln_ir::names::well_known::enumeration()) {
        return None;
    }
    let key = MethodKey {
        class,
        namespace: MemberNamespace::PublicStatic,
        method: MethodName::new(&format!("values;[L{}", class.as_str())),
    };
    program.classes[info.index].method(key.namespace, key.method).map(|_| key)
}

/// Program-wide facts that decide which runtime helpers exist.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// Something may throw: the exception tag and the uncaught-exception report are needed.
    pub throws: bool,
    /// Class names are read at run time (`getName`, `Throwable.toString`): vtables carry them.
    pub class_names: bool,
    /// `System.identityHashCode` or `Object.hashCode` is reachable: objects carry a hash field.
    pub identity_hash: bool,
    /// Reference arrays carry the type data of their array type: something reads class names, tests a
    /// value against a reference array type, or stores into an array that may be covariant.
    pub array_types: bool,
    /// Array types are made at run time (`Array.newInstance`, `Class.arrayType`): type data keeps the
    /// type data of its array type once found or made.
    pub runtime_array_types: bool,
    /// Types are tested against other types at run time (`Class.isInstance`, casts and tests of reference
    /// arrays, store checks, `System.arraycopy`): type data lists its interfaces for the test to walk.
    pub assignability: bool,
}

/// What the checked behaviours of user code do (Scala.js's `Semantics`, all set one way).
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub enum Semantics {
    /// As on the JVM: `NullPointerException`, `ArrayIndexOutOfBoundsException`, `ClassCastException`,
    /// `NegativeArraySizeException`, `StringIndexOutOfBoundsException`, `ArrayStoreException`.
    #[default]
    Compliant,
    /// The checks are left out: what would throw traps instead (or, for array stores, goes unchecked).
    /// Integer division by zero still throws `ArithmeticException`: the IR defines it, not the semantics.
    Unchecked,
}

#[derive(Debug)]
pub struct LinkedProgram {
    pub semantics: Semantics,
    pub program: Program,
    pub table: ClassTable,
    /// The module class whose `main` runs; none for a component that only exports WIT functions.
    pub entry_class: Option<ClassName>,
    pub reachable: BTreeSet<MethodKey>,
    pub instantiated: BTreeSet<ClassName>,
    pub called_virtually: BTreeSet<MethodName>,
    pub vtable_slots: BTreeMap<ClassName, Vec<MethodName>>,
    /// Static initializers (`static constructor def <clinit>;V`) to run before `main`, in program order:
    /// those that no program can tell from the JVM's lazy initialization (`initialization.rs`).
    pub static_initializers: Vec<ClassName>,
    /// Classes whose static initializer runs at the class's first use from outside, as on the JVM (with
    /// the classes whose initialization must first initialize such an interface, which may have none).
    pub lazy_initializers: BTreeSet<ClassName>,
    /// For a class that implements lazily initialized interfaces with default methods: those interfaces,
    /// in the order the JVM initializes them when it initializes the class.
    pub interfaces_initialized_first: BTreeMap<ClassName, Vec<ClassName>>,
    /// Methods that some call site dispatches through a vtable (more than one possible target).
    pub dispatched: BTreeSet<MethodName>,
    /// Hijacked classes with instances: `java.lang.String`, and the primitives the program boxes.
    pub boxed: BTreeSet<ClassName>,
    pub features: Features,
    /// The interface methods that some call site dispatches through an interface type, by interface: the
    /// slots of each interface's itable (methods with a vtable slot in `java.lang.Object` need none).
    pub itable_slots: BTreeMap<ClassName, Vec<MethodName>>,
    /// Each interface's position in the vtables' array of itables. Interfaces that no instantiated class
    /// implements together share a position, so the array stays as short as the program allows.
    pub itable_index: BTreeMap<ClassName, u32>,
    /// The length of the vtables' array of itables (0: no itables at all).
    pub itable_count: u32,
    /// Static reference array types whose stores are checked (`ArrayStoreException`): some array created
    /// in the program is of a strict subtype, so a store may put the wrong kind of element into it.
    pub covariant_stores: BTreeSet<ArrayTypeRef>,
    /// The arrays that have element-typed Wasm arrays (`typed_arrays.rs`).
    pub typed_arrays: typed_arrays::ElementTypedArrays,
    /// JS imports (reachable static methods without a body) and exports (`kiln.js.Exports`), js target only.
    pub js_imports: Vec<MethodKey>,
    pub js_exports: Vec<MethodKey>,
    /// The program's side of a WIT world: the raw imports that are reachable and every export.
    pub component: ComponentBoundary,
    /// The methods on a cycle of calls, which count their calls against the call budget
    /// (`recursion.rs`); when there are none, no budget exists.
    pub recursive: BTreeSet<MethodKey>,
    /// What the optimiser changed (empty when it did not run).
    pub optimisation: OptimisationReport,
    /// The JVM's message for a null at each dereference of the program's own code, by the dereferencing
    /// tree's span (`null_messages.rs`); empty when the program catches nothing.
    pub null_messages: std::collections::HashMap<kiln_ir::source::Span, String>,
}

/// The raw functions of a WIT world's canonical-ABI glue (generated as IR by `kiln-wit`): static methods
/// whose parameters and results are core Wasm numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ComponentBoundary {
    /// Bodiless static methods that are core-module imports: (module, name) of each.
    pub imports: BTreeMap<MethodKey, (String, String)>,
    pub exports: Vec<ComponentExport>,
}

/// A core-module export of a WIT function: `method` under `name`, and the post-return function that runs
/// after the caller has read the results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComponentExport {
    pub name: String,
    pub method: MethodKey,
    pub post_return: Option<MethodKey>,
}

/// Where a virtual call can land: the implementations in instantiated classes, and those of the hijacked
/// classes (`String`, `Integer`, ...) whose instances the receiver may be, with the hijacked class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallTargets {
    pub classes: BTreeSet<MethodKey>,
    pub hijacked: Vec<(ClassName, MethodKey)>,
}

impl CallTargets {
    pub fn count(&self) -> usize {
        self.classes.len() + self.hijacked.len()
    }
}

/// The hijacked classes, in a fixed order: their instances are strings and boxed primitives.
pub fn hijacked_classes(table: &ClassTable) -> Vec<ClassName> {
    let mut classes: Vec<ClassName> =
        table.classes.values().filter(|info| info.kind == ClassKind::HijackedClass).map(|info| info.name).collect();
    classes.sort();
    classes
}

impl LinkedProgram {
    /// Whether evaluating a tree has no effect and can fail only with a `NullPointerException`
    /// (`summary::is_quiet_given`), reading a static field being quiet unless its class is initialised at
    /// its first use.
    pub fn is_quiet(&self, tree: &kiln_ir::trees::Tree) -> bool {
        summary::is_quiet_given(tree, &|class| self.lazily_initialized_ancestor(class).is_none())
            && (self.null_messages.is_empty() || !null_messages::may_throw_null_pointer(tree))
    }

    /// The class whose initializer a use of `class` must run first, if any: `class` itself or its nearest
    /// superclass that is initialized lazily (whose own initializer runs the lazy ones above it).
    pub fn lazily_initialized_ancestor(&self, class: ClassName) -> Option<ClassName> {
        if self.lazy_initializers.is_empty() {
            return None;
        }
        self.table.superclass_chain(class).into_iter().find(|ancestor| self.lazy_initializers.contains(ancestor))
    }

    /// The possible targets of `receiver.method(..)` when the receiver's static class is `receiver_class`
    /// (`None` for `any`). The linker and the emitter share this, so they agree on what is dispatched.
    pub fn call_targets(&self, receiver_class: Option<ClassName>, method: MethodName) -> CallTargets {
        call_targets(&self.table, &self.instantiated, &self.boxed, receiver_class, method)
    }

    /// How `receiver.method(..)` dispatches by class tests, when it does (see `ClassTestDispatch`). The
    /// linker gives vtable slots only to the methods of the calls that do not.
    pub fn class_test_dispatch(&self, receiver_class: Option<ClassName>, method: MethodName) -> Option<ClassTestDispatch> {
        dispatch::class_test_dispatch(&self.table, &self.instantiated, &self.boxed, receiver_class, method)
    }

    pub fn method_def(&self, key: MethodKey) -> Option<&MethodDef> {
        let info = self.table.get(key.class)?;
        self.program.classes[info.index].method(key.namespace, key.method)
    }

    /// Whether objects carry a vtable at all: only when something dispatches through one or reads class names.
    pub fn has_vtables(&self) -> bool {
        !self.dispatched.is_empty() || self.features.class_names || self.itable_count > 0
    }

    /// How many fields a vtable has before its method slots: the type data, then the itables.
    pub fn vtable_header_fields(&self) -> u32 {
        u32::from(self.features.class_names) + u32::from(self.itable_count > 0)
    }
}

fn call_targets(
    table: &ClassTable,
    instantiated: &BTreeSet<ClassName>,
    boxed: &BTreeSet<ClassName>,
    receiver_class: Option<ClassName>,
    method: MethodName,
) -> CallTargets {
    let object = kiln_ir::names::well_known::object();
    let receiver = receiver_class.unwrap_or(object);
    let mut classes = BTreeSet::new();
    for class in instantiated {
        if table.is_subclass(*class, receiver)
            && let Some((declaring, info)) = table.resolve_public_method(*class, method)
            && !info.is_abstract
        {
            classes.insert(MethodKey { class: declaring, namespace: MemberNamespace::Public, method });
        }
    }
    let receiver_is_interface = table.get(receiver).is_some_and(|info| info.kind == ClassKind::Interface);
    let mut hijacked = Vec::new();
    for class in hijacked_classes(table).into_iter().filter(|class| boxed.contains(class)) {
        let may_be_instance = receiver == object || (receiver_is_interface && table.is_subclass(class, receiver));
        if may_be_instance
            && let Some((declaring, info)) = table.resolve_public_method(class, method)
            && !info.is_abstract
        {
            hijacked.push((class, MethodKey { class: declaring, namespace: MemberNamespace::Public, method }));
        }
    }
    CallTargets { classes, hijacked }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    NoEntryPoint,
    AmbiguousEntryPoint(Vec<ClassName>),
    EntryPointNotFound(String),
    MissingRuntimeMethod(String),
    /// Errors with a place in the source (JS interop declarations).
    Diagnostics(Vec<kiln_ir::diagnostics::Diagnostic>),
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::NoEntryPoint => {
                write!(f, "no entry point: no module class has `def main;[Ljava.lang.String;V(args: java.lang.String[])`")
            }
            LinkError::AmbiguousEntryPoint(classes) => {
                let names: Vec<String> = classes.iter().map(|class| class.as_str().trim_end_matches('$').to_string()).collect();
                write!(f, "several classes have a main method ({}); choose one with `--main`", names.join(", "))
            }
            LinkError::EntryPointNotFound(name) => write!(f, "`--main {name}`: no module class `{name}$` with a main method"),
            LinkError::MissingRuntimeMethod(name) => {
                write!(f, "internal error: the runtime library lacks `{name}`")
            }
            LinkError::Diagnostics(diagnostics) => {
                let messages: Vec<&str> = diagnostics.iter().map(|diagnostic| diagnostic.message.as_str()).collect();
                write!(f, "{}", messages.join("\n"))
            }
        }
    }
}

pub fn static_initializer_name() -> MethodName {
    MethodName::new("<clinit>;V")
}

pub fn main_method_name() -> MethodName {
    MethodName::new("main;[Ljava.lang.String;V")
}

/// Finds the entry class: the one named by `--main` (with or without the trailing `$`), or the only module
/// class with a main method among the user's classes.
pub fn find_entry_class(
    program: &Program,
    user_classes: &BTreeSet<ClassName>,
    requested: Option<&str>,
) -> Result<ClassName, LinkError> {
    let has_main = |class: &kiln_ir::trees::ClassDef| {
        class.kind == ClassKind::ModuleClass && class.method(MemberNamespace::Public, main_method_name()).is_some()
    };
    if let Some(requested) = requested {
        let with_dollar = if requested.ends_with('$') { requested.to_string() } else { format!("{requested}$") };
        return program
            .classes
            .iter()
            .find(|class| class.name.as_str() == with_dollar && has_main(class))
            .map(|class| class.name)
            .ok_or_else(|| LinkError::EntryPointNotFound(requested.to_string()));
    }
    let candidates: Vec<ClassName> = program
        .classes
        .iter()
        .filter(|class| user_classes.contains(&class.name) && has_main(class))
        .map(|class| class.name)
        .collect();
    match candidates.len() {
        0 => Err(LinkError::NoEntryPoint),
        1 => Ok(candidates[0]),
        _ => Err(LinkError::AmbiguousEntryPoint(candidates)),
    }
}

/// Methods the emitter calls on its own, whatever the program says.
pub mod runtime_methods {
    use super::*;
    pub fn uncaught_reporter() -> MethodKey {
        MethodKey {
            class: ClassName::new("kiln.runtime.Runtime"),
            namespace: MemberNamespace::PublicStatic,
            method: MethodName::new("reportUncaught;Ljava.lang.Throwable;V"),
        }
    }
    pub fn arithmetic_exception_constructor() -> MethodKey {
        MethodKey {
            class: ClassName::new("java.lang.ArithmeticException"),
            namespace: MemberNamespace::Constructor,
            method: MethodName::new("<init>;Ljava.lang.String;V"),
        }
    }
}

/// Links a program from its entry class (if it has one) and the exports of its WIT world. `js` says
/// whether the target is JS: its exports become roots and its imports are allowed. With the optimiser
/// on, the reachable code is optimised (`optimise`) and linked again from scratch, so that every fact
/// describes the optimised program.
pub fn link(
    program: Program,
    entry_class: Option<ClassName>,
    semantics: Semantics,
    js: bool,
    boundary: &ComponentBoundary,
    optimisation: Optimisation,
) -> Result<LinkedProgram, LinkError> {
    let null_messages = match semantics {
        Semantics::Compliant => null_messages::null_pointer_messages(&program),
        _ => Default::default(),
    };
    let with_messages = !null_messages.is_empty();
    let mut linked = link_once(program, entry_class, semantics, js, boundary, with_messages)?;
    // The optimiser keeps the order of the checks that the messages tell apart (`is_quiet`).
    linked.null_messages = null_messages.clone();
    if optimisation == Optimisation::Off {
        // Java's constant variables are read as their values even so (see optimise/constants.rs).
        let mut linked = match optimise::constants::substitute_constant_variables(&linked) {
            Some(program) => link_once(program, entry_class, semantics, js, boundary, with_messages)?,
            None => linked,
        };
        linked.null_messages = null_messages;
        return Ok(linked);
    }
    let mut report = OptimisationReport::default();
    let optimised = optimise::optimise(&linked, &mut report);
    let mut relinked = link_once(optimised, entry_class, semantics, js, boundary, with_messages)?;
    report.methods_after = relinked.reachable.len();
    relinked.optimisation = report;
    relinked.null_messages = null_messages;
    Ok(relinked)
}

/// The classes whose static initializer is reachable, in program order.
fn reachable_static_initializers(program: &Program, reachable: &BTreeSet<MethodKey>) -> Vec<ClassName> {
    program
        .classes
        .iter()
        .map(|class| class.name)
        .filter(|class| {
            reachable.contains(&MethodKey {
                class: *class,
                namespace: MemberNamespace::StaticConstructor,
                method: static_initializer_name(),
            })
        })
        .collect()
}

fn link_once(
    mut program: Program,
    entry_class: Option<ClassName>,
    semantics: Semantics,
    js: bool,
    boundary: &ComponentBoundary,
    with_messages: bool,
) -> Result<LinkedProgram, LinkError> {
    lambdas::desugar_new_lambdas(&mut program);
    let table = ClassTable::build(&program);
    let mut state = Reachability {
        table: &table,
        program: &program,
        reachable: BTreeSet::new(),
        pending: Vec::new(),
        instantiated: BTreeSet::new(),
        called_virtually: BTreeSet::new(),
        call_sites: BTreeSet::new(),
        used_classes: BTreeSet::new(),
        boxed: [kiln_ir::names::well_known::string()].into_iter().collect(),
        features: Features::default(),
        semantics,
        // The host creates main's `String[]`.
        created_arrays: [ArrayTypeRef {
            base: kiln_ir::types::ArrayBase::Class(kiln_ir::names::well_known::string()),
            dimensions: 1,
        }]
        .into_iter()
        .collect(),
        stored_arrays: BTreeSet::new(),
        calls: BTreeMap::new(),
    };
    if let Some(entry_class) = entry_class {
        state.instantiate(entry_class);
        state.reach(MethodKey {
            class: entry_class,
            namespace: MemberNamespace::Constructor,
            method: MethodName::new("<init>;V"),
        });
        state.reach(MethodKey { class: entry_class, namespace: MemberNamespace::Public, method: main_method_name() });
    }
    for export in &boundary.exports {
        // Calling a static method initializes its class, as on the JVM.
        state.use_class(export.method.class);
        state.reach(export.method);
        if let Some(post_return) = export.post_return {
            state.reach(post_return);
        }
    }
    let js_exports = if js { js_interop::exported_methods(&program) } else { Vec::new() };
    for key in &js_exports {
        state.use_class(key.class);
        state.reach(*key);
    }
    state.run();
    if js && !js_exports.is_empty() && state.features.throws {
        // An exception that escapes an export becomes a JS Error.
        state.reach(js_interop::raise_method());
        state.run();
    }
    // Recursion is counted, to throw StackOverflowError (`recursion.rs`): its maker joins the program.
    if !state.recursive_methods().is_empty() {
        state.features.throws = true;
        state.instantiate(ClassName::new("java.lang.StackOverflowError"));
        state.reach(summary::exception_maker(summary::STACK_OVERFLOW));
        state.run();
    }
    // A lazily initialized class's `init` reports a failing initializer as the JVM does: its makers of
    // ExceptionInInitializerError and NoClassDefFoundError join the program.
    let initializers_so_far = reachable_static_initializers(&program, &state.reachable);
    if !initialization::lazily_initialized_classes(&program, &table, &initializers_so_far).is_empty() {
        state.features.throws = true;
        for class in ["java.lang.ExceptionInInitializerError", "java.lang.NoClassDefFoundError"] {
            state.instantiate(ClassName::new(class));
        }
        state.reach(summary::exception_maker(summary::INITIALIZER_FAILURE));
        state.reach(summary::exception_maker(summary::CLASS_NOT_INITIALIZED));
        state.run();
    }
    if state.features.throws {
        for key in [runtime_methods::uncaught_reporter(), runtime_methods::arithmetic_exception_constructor()] {
            if state.method_def(key).is_none() {
                return Err(LinkError::MissingRuntimeMethod(format!("{}::{}", key.class, key.method)));
            }
        }
        state.instantiate(ClassName::new("java.lang.ArithmeticException"));
        state.reach(runtime_methods::uncaught_reporter());
        state.reach(runtime_methods::arithmetic_exception_constructor());
        state.run();
    }
    // Stores into arrays that may be covariant are checked: their exception maker joins the program (and
    // may bring in more arrays, hence the loop).
    let covariant_stores = loop {
        let covariant_stores = state.covariant_stores();
        let maker = summary::exception_maker(summary::ARRAY_STORE);
        if covariant_stores.is_empty() || state.reachable.contains(&maker) {
            break covariant_stores;
        }
        state.features.throws = true;
        state.instantiate(ClassName::new("java.lang.ArrayStoreException"));
        state.reach(maker);
        state.run();
    };
    // With messages for its nulls (`null_messages.rs`), a program that checks for null makes its
    // exceptions with the message's maker.
    let plain_null_maker = summary::exception_maker(summary::NULL_POINTER);
    if with_messages && state.reachable.contains(&plain_null_maker) {
        state.reach(summary::exception_maker(summary::NULL_POINTER_MESSAGE));
        state.run();
    }
    // What joined the program since the first look at recursion (the makers above, the initializers'
    // reports) may call itself too: its calls are counted as well, so the maker must be there.
    let overflow_maker = summary::exception_maker(summary::STACK_OVERFLOW);
    if !state.reachable.contains(&overflow_maker) && !state.recursive_methods().is_empty() {
        state.features.throws = true;
        state.instantiate(ClassName::new("java.lang.StackOverflowError"));
        state.reach(overflow_maker);
        state.run();
    }
    // Element-typed class arrays (none whose stores are checked as covariant).
    let mut typed_arrays = typed_arrays::element_typed_arrays(&program, &table, &state.reachable);
    typed_arrays.classes.retain(|class| {
        let array = ArrayTypeRef { base: kiln_ir::types::ArrayBase::Class(*class), dimensions: 1 };
        !covariant_stores.contains(&array)
    });
    let js_imports: Vec<MethodKey> = state
        .reachable
        .iter()
        .copied()
        .filter(|key| !boundary.imports.contains_key(key) && state.method_def(*key).is_some_and(js_interop::is_import))
        .collect();
    let component = ComponentBoundary {
        imports: boundary
            .imports
            .iter()
            .filter(|(key, _)| state.reachable.contains(*key))
            .map(|(key, names)| (*key, names.clone()))
            .collect(),
        exports: boundary.exports.clone(),
    };
    let diagnostics = js_interop::check(&js_imports, &js_exports, js, |key| state.method_def(key));
    if !diagnostics.is_empty() {
        return Err(LinkError::Diagnostics(diagnostics));
    }
    let recursive = state.recursive_methods();
    let Reachability { reachable, instantiated, called_virtually, call_sites, boxed, mut features, .. } = state;
    features.array_types |= features.class_names || !covariant_stores.is_empty();
    features.assignability |= !covariant_stores.is_empty();
    let all_initializers = reachable_static_initializers(&program, &reachable);
    let mut lazy_initializers = initialization::lazily_initialized_classes(&program, &table, &all_initializers);
    let interfaces_initialized_first = initialization::interfaces_initialized_first(&program, &table, &lazy_initializers);
    lazy_initializers.extend(interfaces_initialized_first.keys().copied());
    // A class below a lazily initialized one keeps its own state (JLS 12.4.2): when its superclass fails to
    // initialize, it fails too, and its later uses name it in their NoClassDefFoundError. Only the classes a
    // program can initialize (made, or with static members) need one.
    if !lazy_initializers.is_empty() {
        let below_lazy: Vec<ClassName> = program
            .classes
            .iter()
            .filter(|class| class.kind != ClassKind::Interface && !class.from_runtime_library)
            .filter(|class| !lazy_initializers.contains(&class.name))
            .filter(|class| {
                table.superclass_chain(class.name).iter().skip(1).any(|ancestor| lazy_initializers.contains(ancestor))
            })
            .filter(|class| {
                instantiated.contains(&class.name)
                    || class.fields.iter().any(|field| field.namespace.is_static())
                    || class.methods.iter().any(|method| {
                        method.namespace.is_static()
                            && reachable.contains(&MethodKey {
                                class: class.name,
                                namespace: method.namespace,
                                method: method.name,
                            })
                    })
            })
            .map(|class| class.name)
            .collect();
        lazy_initializers.extend(below_lazy);
    }
    let static_initializers = all_initializers.into_iter().filter(|class| !lazy_initializers.contains(class)).collect();
    let mut dispatched = BTreeSet::new();
    for (receiver_class, method) in &call_sites {
        let targets = call_targets(&table, &instantiated, &boxed, *receiver_class, *method);
        if targets.classes.len() > 1
            && dispatch::class_test_dispatch(&table, &instantiated, &boxed, *receiver_class, *method).is_none()
        {
            dispatched.insert(*method);
        }
    }
    let mut vtable_slots = BTreeMap::new();
    let mut names: Vec<ClassName> = table.classes.keys().copied().collect();
    names.sort();
    for class in names {
        compute_slots(&table, class, &dispatched, &mut vtable_slots);
    }
    // Itables: interface calls with several targets and no slot in `java.lang.Object`'s vtable.
    let object_slots = vtable_slots.get(&kiln_ir::names::well_known::object()).cloned().unwrap_or_default();
    let mut itable_methods: BTreeMap<ClassName, BTreeSet<MethodName>> = BTreeMap::new();
    for (receiver_class, method) in &call_sites {
        let Some(interface) = receiver_class else { continue };
        if table.get(*interface).is_none_or(|info| info.kind != ClassKind::Interface) || object_slots.contains(method) {
            continue;
        }
        if call_targets(&table, &instantiated, &boxed, *receiver_class, *method).classes.len() > 1
            && dispatch::class_test_dispatch(&table, &instantiated, &boxed, *receiver_class, *method).is_none()
        {
            itable_methods.entry(*interface).or_default().insert(*method);
        }
    }
    let itable_slots: BTreeMap<ClassName, Vec<MethodName>> =
        itable_methods.into_iter().map(|(interface, methods)| (interface, methods.into_iter().collect())).collect();
    let mut itable_index: BTreeMap<ClassName, u32> = BTreeMap::new();
    for interface in itable_slots.keys() {
        // The smallest position not taken by an interface that some instantiated class also implements.
        let taken: BTreeSet<u32> = itable_index
            .iter()
            .filter(|(other, _)| {
                instantiated.iter().any(|class| table.is_subclass(*class, *interface) && table.is_subclass(*class, **other))
            })
            .map(|(_, index)| *index)
            .collect();
        let index = (0..).find(|index| !taken.contains(index)).unwrap_or(0);
        itable_index.insert(*interface, index);
    }
    let itable_count = itable_index.values().map(|index| index + 1).max().unwrap_or(0);
    Ok(LinkedProgram {
        typed_arrays,
        itable_slots,
        itable_index,
        itable_count,
        semantics,
        program,
        table,
        entry_class,
        reachable,
        instantiated,
        called_virtually,
        vtable_slots,
        static_initializers,
        lazy_initializers,
        interfaces_initialized_first,
        dispatched,
        boxed,
        features,
        covariant_stores,
        js_imports,
        component,
        js_exports,
        recursive,
        optimisation: OptimisationReport::default(),
        null_messages: Default::default(),
    })
}

/// The vtable of a class: its superclass's slots, then the virtually called methods it adds.
fn compute_slots(
    table: &ClassTable,
    class: ClassName,
    called: &BTreeSet<MethodName>,
    slots: &mut BTreeMap<ClassName, Vec<MethodName>>,
) -> Vec<MethodName> {
    if let Some(existing) = slots.get(&class) {
        return existing.clone();
    }
    let Some(info) = table.get(class) else {
        return Vec::new();
    };
    if info.kind == ClassKind::Interface {
        slots.insert(class, Vec::new());
        return Vec::new();
    }
    // Insert a placeholder first so that a cyclic hierarchy (reported by the checker) cannot recurse forever.
    slots.insert(class, Vec::new());
    let mut result = match info.super_class {
        Some(super_class) => compute_slots(table, super_class, called, slots),
        None => Vec::new(),
    };
    for method in called {
        if !result.contains(method) && table.resolve_public_method(class, *method).is_some() {
            result.push(*method);
        }
    }
    slots.insert(class, result.clone());
    result
}

struct Reachability<'a> {
    table: &'a ClassTable,
    program: &'a Program,
    reachable: BTreeSet<MethodKey>,
    pending: Vec<MethodKey>,
    instantiated: BTreeSet<ClassName>,
    called_virtually: BTreeSet<MethodName>,
    call_sites: BTreeSet<(Option<ClassName>, MethodName)>,
    /// Classes used in any way: their static initializers run.
    used_classes: BTreeSet<ClassName>,
    /// Hijacked classes with instances: `java.lang.String`, and the primitives the program boxes.
    boxed: BTreeSet<ClassName>,
    features: Features,
    semantics: Semantics,
    created_arrays: BTreeSet<ArrayTypeRef>,
    stored_arrays: BTreeSet<ArrayTypeRef>,
    /// Each reachable method's calls: the call graph.
    calls: BTreeMap<MethodKey, MethodCalls>,
}

/// The calls in one method's body: its direct callees (resolved) and its virtual call sites (the receiver's
/// static class, when known, and the method).
struct MethodCalls {
    direct: BTreeSet<MethodKey>,
    virtual_sites: BTreeSet<(Option<ClassName>, MethodName)>,
}

impl<'a> Reachability<'a> {
    /// The call graph of the reachable methods, each virtual call resolved to every method it may run.
    fn call_graph(&self) -> BTreeMap<MethodKey, BTreeSet<MethodKey>> {
        let mut graph = BTreeMap::new();
        for (key, calls) in &self.calls {
            let mut callees = calls.direct.clone();
            for (receiver, method) in &calls.virtual_sites {
                let targets = call_targets(self.table, &self.instantiated, &self.boxed, *receiver, *method);
                callees.extend(targets.classes);
                callees.extend(targets.hijacked.into_iter().map(|(_, key)| key));
            }
            graph.insert(*key, callees);
        }
        graph
    }

    /// The methods on a cycle of calls (`recursion.rs`).
    fn recursive_methods(&self) -> BTreeSet<MethodKey> {
        recursion::recursive_methods(&self.call_graph())
    }

    /// The stored-into array types of which some created array is a strict subtype.
    fn covariant_stores(&self) -> BTreeSet<ArrayTypeRef> {
        let array_type = |array: ArrayTypeRef| Type::Array { array, nullable: false, exact: false };
        self.stored_arrays
            .iter()
            .copied()
            .filter(|stored| {
                self.created_arrays.iter().any(|created| {
                    created != stored && kiln_ir::types::is_subtype(self.table, &array_type(*created), &array_type(*stored))
                })
            })
            .collect()
    }

    fn method_def(&self, key: MethodKey) -> Option<&'a MethodDef> {
        let info = self.table.get(key.class)?;
        self.program.classes[info.index].method(key.namespace, key.method)
    }

    /// A call names a method as seen from a class; this is the declaration it resolves to.
    fn resolve_direct_call(&self, key: MethodKey) -> MethodKey {
        let resolved = self.table.resolve_in_namespace(key.class, key.namespace, key.method).map(|(class, _)| class);
        MethodKey { class: resolved.unwrap_or(key.class), ..key }
    }

    fn reach(&mut self, key: MethodKey) {
        if self.reachable.insert(key) {
            self.pending.push(key);
        }
    }

    fn instantiate(&mut self, class: ClassName) {
        self.instantiated.insert(class);
        self.use_class(class);
    }

    /// A class is used: its static initializer, if it has one, becomes reachable (and so do its ancestors').
    fn use_class(&mut self, class: ClassName) {
        for ancestor in self.table.superclass_chain(class) {
            if !self.used_classes.insert(ancestor) {
                continue;
            }
            let initializer =
                MethodKey { class: ancestor, namespace: MemberNamespace::StaticConstructor, method: static_initializer_name() };
            if self.method_def(initializer).is_some() {
                self.reach(initializer);
            }
        }
    }

    fn run(&mut self) {
        loop {
            while let Some(key) = self.pending.pop() {
                let Some(method) = self.method_def(key) else {
                    continue;
                };
                let summary = match &method.body {
                    MethodBody::Tree(_) => {
                        let trusted =
                            self.table.get(key.class).is_some_and(|info| self.program.classes[info.index].from_runtime_library);
                        let checked = !trusted && self.semantics == Semantics::Compliant;
                        let null_checked = self.semantics == Semantics::Compliant;
                        summary::summarize_method_with_checks(self.table, method, checked, null_checked)
                    }
                    MethodBody::Intrinsic => summary::intrinsic_summary(key.class, key.method),
                    MethodBody::Abstract => Summary::default(),
                };
                let direct = summary.direct_calls.iter().map(|call| self.resolve_direct_call(*call)).collect();
                self.calls.insert(key, MethodCalls { direct, virtual_sites: summary.virtual_call_sites.clone() });
                self.apply(summary);
            }
            // Resolve virtual calls against every instantiated class, and against the hijacked classes
            // with instances where the receiver may be one of them.
            let mut found = Vec::new();
            for (receiver, method) in &self.call_sites {
                let targets = call_targets(self.table, &self.instantiated, &self.boxed, *receiver, *method);
                found.extend(targets.hijacked.into_iter().map(|(_, key)| key));
            }
            for class in &self.instantiated {
                for method in &self.called_virtually {
                    if let Some((declaring, info)) = self.table.resolve_public_method(*class, *method)
                        && !info.is_abstract
                    {
                        found.push(MethodKey { class: declaring, namespace: MemberNamespace::Public, method: *method });
                    }
                }
            }
            if self.reachable.contains(&enum_constants_intrinsic()) {
                // Any enum's constants may be asked for by its `Class`, which need not be used otherwise.
                found.extend(
                    self.program.classes.iter().filter_map(|class| enum_values_method(self.table, self.program, class.name)),
                );
            }
            let before = self.reachable.len();
            for key in found {
                self.reach(key);
            }
            if self.reachable.len() == before && self.pending.is_empty() {
                return;
            }
        }
    }

    fn apply(&mut self, summary: Summary) {
        for class in summary.instantiated {
            self.instantiate(class);
        }
        for class in summary.static_field_classes {
            self.use_class(class);
        }
        for key in summary.direct_calls {
            self.use_class(key.class);
            let resolved = self.resolve_direct_call(key);
            self.reach(resolved);
        }
        self.called_virtually.extend(summary.virtual_calls);
        self.call_sites.extend(summary.virtual_call_sites);
        self.boxed.extend(summary.boxed);
        self.features.throws |= summary.throws;
        self.features.class_names |= summary.class_names;
        self.features.identity_hash |= summary.identity_hash;
        self.features.array_types |= summary.tests_array_types;
        self.features.runtime_array_types |= summary.makes_array_types;
        self.features.assignability |= summary.tests_array_types || summary.tests_assignability;
        self.created_arrays.extend(summary.created_arrays);
        self.stored_arrays.extend(summary.stored_arrays);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::SourceMap;

    fn program(text: &str) -> Program {
        let mut sources = SourceMap::default();
        sources.add("test.ir", text, false);
        let (program, diagnostics) = kiln_ir::parse_sources(&sources);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        program
    }

    const TWO_MAINS: &str = "module class a.A$ extends java.lang.Object {
  def main;[Ljava.lang.String;V(args: java.lang.String[]) {
    /*<skip>*/
  }
}
module class b.B$ extends java.lang.Object {
  def main;[Ljava.lang.String;V(args: java.lang.String[]) {
    /*<skip>*/
  }
}
";

    #[test]
    fn the_entry_point_must_be_unambiguous() {
        let program = program(TWO_MAINS);
        let users: BTreeSet<ClassName> = program.classes.iter().map(|class| class.name).collect();
        assert!(matches!(find_entry_class(&program, &users, None), Err(LinkError::AmbiguousEntryPoint(_))));
        assert_eq!(find_entry_class(&program, &users, Some("b.B")), Ok(ClassName::new("b.B$")));
        assert_eq!(find_entry_class(&program, &users, Some("b.B$")), Ok(ClassName::new("b.B$")));
        assert!(matches!(find_entry_class(&program, &users, Some("c.C")), Err(LinkError::EntryPointNotFound(_))));
        assert_eq!(find_entry_class(&program, &BTreeSet::new(), None), Err(LinkError::NoEntryPoint));
    }
}
