//! Inlining: a statically bound call to a small method becomes a copy of the method's body.
//!
//! Scala and Java programs are made of small methods: accessors, `rotateRight`-style helpers, super
//! constructor calls that do nothing. Each call costs a Wasm `call` (and, for Wasmtime, a frame and the
//! loss of everything the optimiser knew about the caller's values), and Wasmtime inlines only within the
//! limits of its own budget: measured on `benches/programs/Sha512`, Cranelift left the 12 calls a round
//! to `rotateRight` in place and they took 30 % of the run. Inlining at the IR level removes them for
//! every engine, and lets constant folding see the arguments (`rotateRight(e, 14)` folds `64 - 14`).
//!
//! # What is inlined
//!
//! `ApplyStatic` (static methods) and `ApplyStatically` (statically bound instance methods, including
//! the calls that devirtualisation made and super-constructor calls) whose callee
//! - has a body of at most [`MAX_CALLEE_SIZE`] IR nodes ([`MAX_LEAF_CALLEE_SIZE`] when it calls nothing),
//!   with no `try`, no closure and no `StoreModule`
//!   (whose lowering depends on being in the method that owns them);
//! - is not in a hijacked class (there `this` is a primitive or a string, not an object) and is not a
//!   static initializer;
//! - is not already being inlined (recursion), and the nesting is at most [`MAX_DEPTH`] deep; except
//!   that a method calling itself is inlined into itself once, up to [`MAX_SELF_CALLEE_SIZE`] nodes (and
//!   into that copy again, up to [`MAX_SELF_AGAIN_CALLEE_SIZE`]), so
//!   that a recursive tree walk makes half the calls (GcBench's `count`: 6.8 to 5.9 ms an iteration);
//! - keeps the trust boundary: user code is never inlined into the runtime library, whose array accesses
//!   are unchecked, and library code is inlined into user code only when it has nothing that checked code
//!   would check (else the copy would bring in the exceptions' code for checks the library does not need);
//! - keeps the static initializers: a direct call makes its class "used", which runs the class's static
//!   initializer before `main`. Where the callee's class (or an ancestor) has one, the call is inlined only
//!   into methods of that class or its subclasses, which make it used anyway.
//!
//! # How
//!
//! The call becomes a block that binds the receiver and the arguments to fresh `val`s (fresh `var`s for
//! parameters the body assigns), in the order the call evaluated them, then runs the body with its
//! locals and labels renamed to names unused in the caller. The receiver is bound through
//! `CheckNotNull`, after the arguments as in Java (a call on `null` evaluates its arguments, then throws
//! `NullPointerException`); when the arguments have no effect and can fail only with a
//! `NullPointerException` (`LinkedProgram::is_quiet`), the check comes first, which is the same and keeps the
//! receiver one `val`. A receiver whose type excludes `null` is not checked at all. `return@label`
//! inside the body targets the body's own (renamed) labels, so control flow needs no rewriting. The copy is then devirtualised and inlined in its turn; constant folding, which runs next,
//! removes the bindings of literal arguments and the labels that only returned.

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::names::{LabelName, LocalName};
use kiln_ir::trees::{ClassKind, MemberNamespace, MethodBody, Tree, TreeKind, UnaryOp, for_each_child, for_each_child_mut};
use kiln_ir::types::{ClassHierarchy, Type};

use super::{FreshNames, OptimisationReport, devirtualise, tree_contains, tree_size};
use crate::{LinkedProgram, MethodKey};

pub const PASS: &str = "inline";

/// The largest callee body, in IR nodes, that is copied into its callers. An accessor is 4, a setter 6,
/// `rotateRight` 11, a three-component vector `dot` 19. Measured on the benchmarks (steady state): 16
/// halves Sha512 (its `rotateRight` calls were left to Cranelift, which did not inline them) and
/// changes the others by less than the noise; 24 also inlines the vector arithmetic of Tracer, whose
/// callers then grow past what Cranelift's own inliner takes in (the constructors they call stay calls),
/// and Tracer slows by 15 %.
pub const MAX_CALLEE_SIZE: usize = 16;

/// The largest body of a method that calls itself and is inlined into itself, once. Measured (ms an
/// iteration, 24 against 64): Permute 121.8 to 78.6 (its `permute`, 39 nodes, makes half the calls, and
/// the copy's loop reads the array its caller's loop has just written), List 25.5 to 21.3 (`tail`), GcBench
/// and Queens unchanged. A body is copied once per call site of its own, so the growth is bounded by the
/// recursive methods' sizes: 350 to 520 bytes on those four programs.
pub const MAX_SELF_CALLEE_SIZE: usize = 64;

/// The largest body of a method that calls itself and is inlined, a second time, into its own inlined
/// copy, provided it calls itself at most [`MAX_SELF_AGAIN_CALLS`] times. Measured (ms an iteration):
/// GcBench 8.5 to 7.9 (`count` and `makeTree`, 19 nodes, and `populate`, 26: a tree walk makes one call
/// in seven nodes instead of one in three).
pub const MAX_SELF_AGAIN_CALLEE_SIZE: usize = 32;

/// The most calls to itself of a method inlined into itself a second time: each call site is a copy
/// at the first level and that many at the second, so List's `tail` (4 calls: 4 + 16 copies) would grow
/// past what Cranelift compiles well (21.7 to 23.0 ms an iteration), while a binary tree walk (2 + 4)
/// gains.
pub const MAX_SELF_AGAIN_CALLS: usize = 2;

/// The largest body of a callee whose receiver or an argument is an object the caller has just created
/// (`new C(..)`, or a local bound to one), or that returns an object it creates: inlined, the callee's
/// field reads (or the caller's, of the returned object) may let scalar replacement ([`super::scalars`])
/// remove the object, which shrinks the caller again.
pub const MAX_ALLOCATION_CALLEE_SIZE: usize = 32;

/// The largest body of a *leaf* callee, one that calls nothing (no method, no constructor) and has no loop: its copy adds
/// no calls to the caller, so Cranelift's own inlining of the caller's other callees is not crowded out
/// (the Tracer slowdown of [`MAX_CALLEE_SIZE`]), and what the copy reads becomes visible to the passes
/// after inlining: Queens's `isFree(row, column)` reads three array elements that `setFree(row, column,
/// false)` then writes, and inlined, the writes need no checks ([`super::accesses`]).
pub const MAX_LEAF_CALLEE_SIZE: usize = 32;

/// How many inlined bodies may nest inside one another.
pub const MAX_DEPTH: usize = 3;

/// What decides whether a callee may be inlined, apart from its caller: worked out once per callee for
/// the whole program (`Callees`), since the same small methods are called from everywhere.
#[derive(Copy, Clone)]
struct Callee {
    trusted: bool,
    /// For a runtime-library method: whether its body means the same in checked code.
    same_when_checked: bool,
    /// Whether the callee's class or an ancestor has a static initializer.
    has_static_initializer: bool,
    /// The body's size in IR nodes.
    size: usize,
    /// Whether the callee returns an object it creates (`plus` returning `new Vector(..)`).
    returns_new_object: bool,
    /// How many statically bound calls of the body are to the callee itself.
    calls_to_itself: usize,
    /// Whether the body calls nothing (no method, constructor or closure) and has no loop: a loop's own
    /// time hides the call's, and inlined into a recursive caller, List's `isShorterThan` loop made it
    /// 9 % slower.
    is_leaf: bool,
}

/// The callees met so far: `None` for one that is never inlined (too big, a `try`, a hijacked class...).
#[derive(Default)]
pub struct Callees {
    facts: BTreeMap<MethodKey, Option<Callee>>,
    /// The program's static constants: a callee is judged as it reads once inlined, where they are
    /// substituted and folded (`System.out`'s test of a redirection that no code makes disappears).
    constants: super::constants::StaticConstants,
}

impl Callees {
    pub fn with_constants(constants: &super::constants::StaticConstants) -> Callees {
        Callees { facts: BTreeMap::new(), constants: constants.clone() }
    }

    fn get(&mut self, linked: &LinkedProgram, key: MethodKey) -> Option<Callee> {
        let constants = &self.constants;
        *self.facts.entry(key).or_insert_with(|| callee_facts(linked, key, constants))
    }
}

fn callee_facts(linked: &LinkedProgram, key: MethodKey, constants: &super::constants::StaticConstants) -> Option<Callee> {
    let table = &linked.table;
    let info = table.get(key.class)?;
    if info.kind == ClassKind::HijackedClass || key.namespace == MemberNamespace::StaticConstructor {
        return None;
    }
    let method = linked.method_def(key)?;
    let MethodBody::Tree(body) = &method.body else { return None };
    let size = tree_size(body);
    let inlinable = size <= MAX_CALLEE_SIZE.max(MAX_SELF_CALLEE_SIZE).max(MAX_ALLOCATION_CALLEE_SIZE).max(MAX_LEAF_CALLEE_SIZE)
        && !tree_contains(body, &|tree| {
            matches!(
                tree.kind,
                TreeKind::TryCatch { .. } | TreeKind::TryFinally { .. } | TreeKind::Closure { .. } | TreeKind::StoreModule
            )
        });
    if !inlinable {
        return None;
    }
    let trusted = is_trusted(linked, key);
    let has_static_initializer = table.superclass_chain(key.class).into_iter().any(|class| {
        table.get(class).is_some_and(|info| {
            info.methods.contains_key(&(MemberNamespace::StaticConstructor, crate::static_initializer_name()))
        })
    });
    let returns_new_object = super::scalars::ends_in_allocation(body);
    let is_leaf = !tree_contains(body, &|tree| {
        matches!(
            tree.kind,
            TreeKind::Apply { .. }
                | TreeKind::ApplyStatically { .. }
                | TreeKind::ApplyStatic { .. }
                | TreeKind::ApplyTypedClosure { .. }
                | TreeKind::New { .. }
                | TreeKind::LoadModule(_)
                | TreeKind::While { .. }
        )
    });
    Some(Callee {
        trusted,
        same_when_checked: !trusted || same_when_checked(linked, key, constants),
        has_static_initializer,
        size,
        returns_new_object,
        calls_to_itself: count_calls_to(body, key),
        is_leaf,
    })
}

/// How many `ApplyStatic`s and `ApplyStatically`s of `tree` name the method `key` (in its own class).
fn count_calls_to(tree: &Tree, key: MethodKey) -> usize {
    let own = match &tree.kind {
        TreeKind::ApplyStatic { class, method, .. } | TreeKind::ApplyStatically { class, method, .. } => {
            usize::from(*class == key.class && *method == key.method)
        }
        _ => 0,
    };
    let mut total = own;
    for_each_child(tree, |child| total += count_calls_to(child, key));
    total
}

/// Inlines the calls of one method's body (`caller`), with `names` holding every name the body uses and
/// `callees` what is known of the callees so far.
pub fn run(
    linked: &LinkedProgram,
    caller: MethodKey,
    body: &mut Tree,
    names: &mut FreshNames,
    callees: &mut Callees,
    report: &mut OptimisationReport,
) {
    let mut inliner = Inliner {
        linked,
        caller,
        caller_trusted: is_trusted(linked, caller),
        callees,
        names,
        stack: vec![caller],
        inlined: 0,
        devirtualised: OptimisationReport::default(),
        allocations: BTreeSet::new(),
    };
    inliner.rewrite(body, 0);
    report.add(PASS, "calls inlined", inliner.inlined);
    for ((pass, what), count) in inliner.devirtualised.counts {
        report.add(pass, what, count);
    }
}

fn is_trusted(linked: &LinkedProgram, key: MethodKey) -> bool {
    linked.table.get(key.class).is_some_and(|info| linked.program.classes[info.index].from_runtime_library)
}

struct Inliner<'a, 'n> {
    linked: &'a LinkedProgram,
    caller: MethodKey,
    caller_trusted: bool,
    callees: &'n mut Callees,
    names: &'n mut FreshNames,
    /// The method whose body is being rewritten, then the callees being inlined into it.
    stack: Vec<MethodKey>,
    inlined: usize,
    devirtualised: OptimisationReport,
    /// The locals bound to an object created in this body (or to such a local), met so far.
    allocations: BTreeSet<LocalName>,
}

impl Inliner<'_, '_> {
    fn rewrite(&mut self, tree: &mut Tree, depth: usize) {
        for_each_child_mut(tree, |child| self.rewrite(child, depth));
        if let Some(replacement) = self.inlined_call(tree, depth) {
            *tree = replacement;
            self.inlined += 1;
        }
        if let TreeKind::VarDef { name, rhs, .. } = &tree.kind
            && self.is_new_object(rhs)
        {
            self.allocations.insert(*name);
        }
    }

    /// Whether a value is an object created in this body: `new C(..)` (possibly last in a block or
    /// checked for null), or a local bound to one.
    fn is_new_object(&self, value: &Tree) -> bool {
        super::scalars::ends_in_allocation(value)
            || super::scalars::aliased_local(value).is_some_and(|local| self.allocations.contains(&local))
    }

    /// The block that replaces a call, when the call may be inlined.
    fn inlined_call(&mut self, call: &Tree, depth: usize) -> Option<Tree> {
        let (key, receiver, args) = match &call.kind {
            TreeKind::ApplyStatic { flags, class, method, args } => {
                let namespace = MemberNamespace::of_static_call(*flags);
                (MethodKey { class: *class, namespace, method: *method }, None, args)
            }
            TreeKind::ApplyStatically { flags, receiver, class, method, args } => {
                let namespace = MemberNamespace::of_statically_bound_call(*flags, *method);
                let declaring =
                    self.linked.table.resolve_in_namespace(*class, namespace, *method).map(|(declaring, _)| declaring)?;
                (MethodKey { class: declaring, namespace, method: *method }, Some(receiver.as_ref()), args)
            }
            _ => return None,
        };
        // A method calling itself is inlined into itself once (`count(node.left)` in a tree walk): half
        // the calls of the recursion go, as in the JVM, which inlines recursive calls a level or two. A
        // very small one is inlined into that copy again, so that three levels make one call.
        let self_level =
            if self.stack.last() == Some(&key) { self.stack.iter().filter(|outer| **outer == key).count() } else { 0 };
        let self_call = self_level == 1 || self_level == 2;
        let feeds_new_object =
            receiver.is_some_and(|receiver| self.is_new_object(receiver)) || args.iter().any(|arg| self.is_new_object(arg));
        if depth >= MAX_DEPTH || (self.stack.contains(&key) && !self_call) || !self.may_inline(key, self_level, feeds_new_object)
        {
            return None;
        }
        let callee = self.linked.method_def(key)?;
        let MethodBody::Tree(callee_body) = &callee.body else { return None };
        if callee.params.len() != args.len() {
            return None;
        }
        let mut renaming = Renaming::default();
        let mut statements = Vec::new();
        // Java checks the receiver for null after evaluating the arguments (JLS 15.12.4.4): when an
        // argument could make that visible, the receiver waits unchecked in a `val` of its own.
        let check_after_arguments =
            receiver.is_some_and(|receiver| receiver.ty.is_nullable() && !args.iter().all(|arg| self.linked.is_quiet(arg)));
        let mut this_binding = None;
        if let Some(receiver) = receiver {
            let operand = if check_after_arguments {
                let unchecked = self.names.local("receiver");
                statements.push(var_def(unchecked, receiver.ty.clone(), false, receiver.clone()));
                Tree { kind: TreeKind::VarRef(unchecked), span: receiver.span, ty: receiver.ty.clone() }
            } else {
                receiver.clone()
            };
            let this_type = Type::Class { class: key.class, nullable: false, exact: false };
            let this_local = self.names.local("this");
            let checked = Tree {
                kind: TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand: Box::new(operand) },
                // The call's span: a null receiver throws the call's message (`null_messages.rs`).
                span: call.span,
                ty: this_type.clone(),
            };
            this_binding = Some(var_def(this_local, this_type, false, checked));
            renaming.this_local = Some(this_local);
        }
        if !check_after_arguments {
            statements.extend(this_binding.take());
        }
        for (param, arg) in callee.params.iter().zip(args) {
            let local = self.names.local(param.name.as_str());
            statements.push(var_def(local, param.ty.clone(), param.mutable, arg.clone()));
            renaming.locals.push((param.name, local));
        }
        statements.extend(this_binding);
        let mut body = callee_body.clone();
        renaming.rename(&mut body, self.names);
        devirtualise::run(self.linked, &mut body, &mut self.devirtualised);
        self.stack.push(key);
        self.rewrite(&mut body, depth + 1);
        self.stack.pop();
        statements.push(body);
        super::fold::keep_void(&call.ty, &mut statements, call.span);
        Some(Tree { kind: TreeKind::Block(statements), span: call.span, ty: call.ty.clone() })
    }

    /// `self_level` is 1 for a method's call to itself in its own body, 2 for that call in the copy
    /// inlined there, 0 for every other call.
    fn may_inline(&mut self, key: MethodKey, self_level: usize, feeds_new_object: bool) -> bool {
        let Some(callee) = self.callees.get(self.linked, key) else { return false };
        let limit = if self_level == 1 {
            MAX_SELF_CALLEE_SIZE
        } else if self_level == 2 {
            if callee.calls_to_itself > MAX_SELF_AGAIN_CALLS {
                return false;
            }
            MAX_SELF_AGAIN_CALLEE_SIZE
        } else if feeds_new_object || callee.returns_new_object {
            MAX_ALLOCATION_CALLEE_SIZE
        } else if callee.is_leaf {
            MAX_LEAF_CALLEE_SIZE
        } else {
            MAX_CALLEE_SIZE
        };
        if callee.size > limit {
            return false;
        }
        if self.caller_trusted && !callee.trusted {
            return false;
        }
        if !self.caller_trusted && !callee.same_when_checked {
            return false;
        }
        !callee.has_static_initializer || self.linked.table.is_subclass(self.caller.class, key.class)
    }
}

/// Whether a runtime-library method's body means the same in checked code: inlined into user code, its
/// array accesses and casts would be checked, bringing in the exceptions' code for checks that the
/// library's own invariants make needless. Such a method stays a call. (The library checks its null
/// dereferences itself now; they still count here, as before, so that inlining decisions, and the sizes
/// of small programs, do not move with that.)
fn same_when_checked(linked: &LinkedProgram, key: MethodKey, constants: &super::constants::StaticConstants) -> bool {
    let Some(method) = linked.method_def(key) else { return false };
    // After inlining, the caller's constants pass and fold remove what the constants decide.
    let folded;
    let method = match &method.body {
        MethodBody::Tree(body) => {
            let mut body = body.clone();
            if constants.substitute(&mut body) > 0 {
                super::fold::run(&mut body, &Default::default(), &mut super::OptimisationReport::default());
                folded = kiln_ir::trees::MethodDef { body: MethodBody::Tree(body), ..method.clone() };
                &folded
            } else {
                method
            }
        }
        _ => method,
    };
    let checked = crate::summary::summarize_method_with_checks(&linked.table, method, true, true);
    let unchecked = crate::summary::summarize_method_with_checks(&linked.table, method, false, false);
    checked.direct_calls == unchecked.direct_calls
        && checked.instantiated == unchecked.instantiated
        && checked.throws == unchecked.throws
        && checked.stored_arrays == unchecked.stored_arrays
}

pub(super) fn var_def(name: LocalName, ty: Type, mutable: bool, rhs: Tree) -> Tree {
    let span = rhs.span;
    Tree { kind: TreeKind::VarDef { name, original_name: None, ty, mutable, rhs: Box::new(rhs) }, span, ty: Type::Void }
}

/// The renaming of a copied body: its locals and labels to fresh names, `this` to a local.
#[derive(Default)]
struct Renaming {
    /// In scope, innermost last.
    locals: Vec<(LocalName, LocalName)>,
    labels: Vec<(LabelName, LabelName)>,
    this_local: Option<LocalName>,
}

impl Renaming {
    fn rename(&mut self, tree: &mut Tree, names: &mut FreshNames) {
        match &mut tree.kind {
            TreeKind::VarDef { name, rhs, .. } => {
                self.rename(rhs, names);
                let fresh = names.local(name.as_str());
                self.locals.push((*name, fresh));
                *name = fresh;
            }
            TreeKind::Block(statements) => {
                let depth = self.locals.len();
                for statement in statements {
                    self.rename(statement, names);
                }
                self.locals.truncate(depth);
            }
            TreeKind::Labeled { label, body, .. } => {
                let fresh = names.label(label.as_str());
                self.labels.push((*label, fresh));
                *label = fresh;
                self.rename(body, names);
                self.labels.pop();
            }
            TreeKind::Return { label, expr } => {
                if let Some(expr) = expr {
                    self.rename(expr, names);
                }
                if let Some((_, fresh)) = self.labels.iter().rev().find(|(old, _)| old == label) {
                    *label = *fresh;
                }
            }
            TreeKind::VarRef(name) => {
                if let Some((_, fresh)) = self.locals.iter().rev().find(|(old, _)| old == name) {
                    *name = *fresh;
                }
            }
            TreeKind::This => {
                if let Some(this_local) = self.this_local {
                    tree.kind = TreeKind::VarRef(this_local);
                }
            }
            _ => for_each_child_mut(tree, |child| self.rename(child, names)),
        }
    }
}
