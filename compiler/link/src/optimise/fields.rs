//! Field-read forwarding: a field read again, with nothing in between that could have changed it, is
//! served from a local instead of the heap.
//!
//! # Why
//!
//! `x += xVelocity; if (x > limit) ...` reads `this.x` right after storing it, and inlining multiplies
//! such pairs (`ray.direction` read by each inlined vector method). Wasmtime cannot remove the second
//! read: every GC-heap store may alias every GC-heap load as far as Cranelift knows, and even a plain
//! reload costs a load, its null check and a store-to-load forwarding stall. Measured on
//! `benches/programs/Bounce`, whose `bounce` stores and re-reads the coordinates: 26.3 ms to 18.0 ms an
//! iteration when the coordinates live in locals. The JVM keeps such values in registers.
//!
//! # What is forwarded
//!
//! A read `r.f` where `r` is `this` or a local (a *key* `(r, f)`; a `val` that only names `this` or
//! another never-assigned local, possibly checked for null, as inlining binds receivers (`val this$i1 =
//! this`, `val this$i2 = a.notNull`), stands for what it names, so `this$i1.f` and `this$i2.f` share a
//! key), when the key is accessed at least twice
//! in the method (one of the accesses a read), `f`'s type has a zero value, and a trial run of the walk
//! below serves at least one read of it from the cache (else the cache would only cost a local and the
//! stores into it: a lone `count++`, a read before each store). Each such key gets a
//! cache local, declared at the top of the method with the zero value. Walking the body in evaluation
//! order, the pass tracks which keys are *available*: the cache local holds the field's current value
//! and `r` is known non-null (a read or a store through it succeeded).
//! - A read of an available key becomes a read of the cache local. A read of an unavailable one loads
//!   the field into the cache local (`{ c = r.f; c }`) and makes the key available.
//! - A store `r.f = v` writes through: `{ c = v; r.f = c }`, so the key is available afterwards. Since
//!   another local may hold the same object, the store first makes every other key of the field `f`
//!   unavailable (fields of different classes are different `FieldName`s and never alias).
//! - Assigning or redefining a local makes its keys unavailable.
//! - Anything that may run code the pass does not see makes every key unavailable: calls, `new` (a
//!   constructor), loading a module, string concatenation (`toString`), `clone`. A `new` whose
//!   constructor only stores values made of its parameters into the new object's fields (and calls
//!   such constructors above it), of a class with no initializer to run at first use, changes no
//!   object a key names, and keeps every key (GcBench's `node.left = new Node(); node.right = new
//!   Node(); populate(node.left)` reads `node.left` from the local).
//!
//! Control flow merges by intersection: after an `if`, a key is available if it is on both branches (a
//! branch that throws or jumps does not count); after a labeled block, if it is at the end of the body
//! and at every `return` to the label. A loop keeps only the keys that nothing in the loop can make
//! unavailable, so that a key available at the loop's head is available in every iteration. A `catch`
//! or `finally` block starts with no key available (an exception can come from anywhere in the `try`),
//! and a `return` that leaves a `try` with a `finally` carries no key out. Closure bodies are separate
//! functions and are left alone.
//!
//! # Why it is Java's semantics
//!
//! The program is single-threaded, so a field changes only through a store or through code the pass
//! treats as changing everything. The first access of a key still happens where it did, with its null
//! check and its exception; the later ones are served from the local only when `r` is known non-null,
//! where the original read could not have thrown. A store's operands are evaluated in the same order
//! (the qualifier, which is `this` or a local read, then the value); a store whose value assigns the
//! qualifier's local is left as it is.

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::names::{ClassName, FieldName, LabelName, LocalName, MethodName};
use kiln_ir::trees::{BinaryOp, Tree, TreeKind, UnaryOp, for_each_child, for_each_child_mut};
use kiln_ir::types::Type;

use super::{FreshNames, OptimisationReport, tree_contains};

pub const PASS: &str = "fields";

/// Where a cached field lives: in `this` or in the object a local holds.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Receiver {
    This,
    Local(LocalName),
}

type Key = (Receiver, FieldName);

/// The keys whose cache local is up to date at a point of the walk; `None` where the point cannot be
/// reached (after a `throw` or a `return`).
type Available = Option<BTreeSet<Key>>;

/// Forwards the field reads of one method body.
///
/// `quiet` tells the `new`s that change no existing object (`super::construction_only_sets_fields`).
pub fn run(quiet: QuietConstruction, body: &mut Tree, names: &mut FreshNames, report: &mut OptimisationReport) {
    let aliases = stable_aliases(body);
    let mut accesses = BTreeMap::new();
    count_accesses(body, &aliases, &mut accesses);
    let cacheable: BTreeMap<Key, Type> = accesses
        .into_iter()
        .filter(|(_, access)| access.reads >= 1 && access.reads + access.stores >= 2 && zero_of(&access.ty).is_some())
        .map(|(key, access)| (key, access.ty))
        .collect();
    if cacheable.is_empty() {
        return;
    }
    // A trial walk over a copy finds the keys that serve at least one read: caching the others (a lone
    // `count++`, a read before each store) would only add a local and its stores. Keys are tracked
    // independently of one another, so dropping some leaves the others' availability as it was.
    let mut trial = Forwarding::new(cacheable, &aliases, quiet, None);
    trial.walk(&mut body.clone(), &mut Some(BTreeSet::new()));
    let Forwarding { mut cacheable, served_by_key, .. } = trial;
    cacheable.retain(|key, _| served_by_key.contains(key));
    if cacheable.is_empty() {
        return;
    }
    let mut forwarding = Forwarding::new(cacheable, &aliases, quiet, Some(names));
    forwarding.walk(body, &mut Some(BTreeSet::new()));
    let mut declarations: Vec<Tree> = forwarding
        .caches
        .iter()
        .map(|(key, cache)| {
            let ty = forwarding.cacheable[key].clone();
            let zero = Tree { kind: zero_of(&ty).expect("cacheable types have a zero"), span: body.span, ty: ty.clone() };
            super::inline::var_def(*cache, ty, true, zero)
        })
        .collect();
    report.add(PASS, "field reads served from locals", forwarding.served);
    report.add(PASS, "fields cached", forwarding.caches.len());
    let original = std::mem::replace(body, Tree::new(TreeKind::Skip, body.span));
    let ty = original.ty.clone();
    let span = original.span;
    match original.kind {
        TreeKind::Block(statements) => declarations.extend(statements),
        kind => declarations.push(Tree { kind, span, ty: ty.clone() }),
    }
    *body = Tree { kind: TreeKind::Block(declarations), span, ty };
}

struct Access {
    reads: usize,
    stores: usize,
    ty: Type,
}

/// The `val`s that only name another stable value, to the receiver they name: `val this$i1 = this` (what
/// inlining binds a receiver to), `val b = a`. A value is stable when its local is never assigned and
/// defined at most once (none: a parameter), so an alias always holds the same object as its target
/// wherever it is in scope, and `b.f` and `a.f` are one key.
type Aliases = BTreeMap<LocalName, Receiver>;

fn stable_aliases(body: &Tree) -> Aliases {
    #[derive(Default)]
    struct Local {
        definitions: usize,
        assigned: bool,
        /// The local's `val` definition, when it is one, and the stable value it names, if any.
        names: Option<Receiver>,
    }
    fn collect(tree: &Tree, locals: &mut BTreeMap<LocalName, Local>) {
        match &tree.kind {
            TreeKind::Closure { captures, .. } => {
                for (_, value) in captures {
                    collect(value, locals);
                }
                return;
            }
            TreeKind::VarDef { name, mutable, rhs, .. } => {
                let local = locals.entry(*name).or_default();
                local.definitions += 1;
                local.names = match &rhs.kind {
                    _ if *mutable => None,
                    TreeKind::This => Some(Receiver::This),
                    _ => super::scalars::aliased_local(rhs).map(Receiver::Local),
                };
            }
            TreeKind::Assign { lhs, .. } => {
                if let TreeKind::VarRef(name) = &lhs.kind {
                    locals.entry(*name).or_default().assigned = true;
                }
            }
            _ => {}
        }
        for_each_child(tree, |child| collect(child, locals));
    }
    let mut locals = BTreeMap::new();
    collect(body, &mut locals);
    let stable = |name: &LocalName| locals.get(name).is_none_or(|local| !local.assigned && local.definitions <= 1);
    let mut aliases = Aliases::new();
    for (name, local) in &locals {
        if !stable(name) {
            continue;
        }
        // Follows the chain `c = b = a` to its end; each step is a `val` defined once, so the chain is
        // acyclic in a well-scoped body, and the bound only guards against a malformed one.
        let mut target = local.names;
        for _ in 0..locals.len() {
            match target {
                Some(Receiver::Local(next)) if stable(&next) => match locals.get(&next).and_then(|local| local.names) {
                    Some(further) => target = Some(further),
                    None => break,
                },
                Some(Receiver::Local(_)) => {
                    target = None;
                    break;
                }
                _ => break,
            }
        }
        if let Some(receiver) = target
            && receiver != Receiver::Local(*name)
        {
            aliases.insert(*name, receiver);
        }
    }
    aliases
}

fn key_of(qualifier: &Tree, field: FieldName, aliases: &Aliases) -> Option<Key> {
    match &qualifier.kind {
        TreeKind::This => Some((Receiver::This, field)),
        TreeKind::VarRef(local) => Some((aliases.get(local).copied().unwrap_or(Receiver::Local(*local)), field)),
        _ => None,
    }
}

fn access_of<'a>(accesses: &'a mut BTreeMap<Key, Access>, key: Key, ty: &Type) -> &'a mut Access {
    accesses.entry(key).or_insert_with(|| Access { reads: 0, stores: 0, ty: ty.clone() })
}

fn count_accesses(tree: &Tree, aliases: &Aliases, accesses: &mut BTreeMap<Key, Access>) {
    match &tree.kind {
        TreeKind::Closure { captures, .. } => {
            for (_, value) in captures {
                count_accesses(value, aliases, accesses);
            }
            return;
        }
        TreeKind::Assign { lhs, rhs } => {
            if let TreeKind::Select { qualifier, field } = &lhs.kind {
                if let Some(key) = key_of(qualifier, *field, aliases) {
                    access_of(accesses, key, &lhs.ty).stores += 1;
                }
                count_accesses(qualifier, aliases, accesses);
                count_accesses(rhs, aliases, accesses);
                return;
            }
        }
        TreeKind::Select { qualifier, field } => {
            if let Some(key) = key_of(qualifier, *field, aliases) {
                access_of(accesses, key, &tree.ty).reads += 1;
            }
        }
        _ => {}
    }
    for_each_child(tree, |child| count_accesses(child, aliases, accesses));
}

/// The literal a cache local starts with, for the types that have one.
pub(super) fn zero_of(ty: &Type) -> Option<TreeKind> {
    Some(match ty {
        Type::Boolean => TreeKind::Boolean(false),
        Type::Char => TreeKind::Char(0),
        Type::Byte => TreeKind::Byte(0),
        Type::Short => TreeKind::Short(0),
        Type::Int => TreeKind::Int(0),
        Type::Long => TreeKind::Long(0),
        Type::Float => TreeKind::Float(0.0),
        Type::Double => TreeKind::Double(0.0),
        ty if ty.is_nullable() && !matches!(ty, Type::Null) => TreeKind::Null,
        _ => return None,
    })
}

/// Whether `new C(..)` with a constructor runs nothing but stores into the new object's own fields
/// (`super::construction_only_sets_fields`): no field of an object that a key names can change.
pub type QuietConstruction<'q> = &'q dyn Fn(ClassName, MethodName) -> bool;

/// Whether evaluating this node itself (not its operands) may run code that the pass does not see, and
/// so change any field.
fn runs_unseen_code(tree: &Tree, quiet: QuietConstruction) -> bool {
    match &tree.kind {
        TreeKind::New { class, ctor, .. } => !quiet(*class, *ctor),
        TreeKind::Apply { .. }
        | TreeKind::ApplyStatically { .. }
        | TreeKind::ApplyStatic { .. }
        | TreeKind::ApplyTypedClosure { .. }
        | TreeKind::LoadModule(_)
        | TreeKind::StoreModule => true,
        TreeKind::BinaryOp { op, .. } => *op == BinaryOp::StringConcat,
        TreeKind::UnaryOp { op, .. } => matches!(op, UnaryOp::Clone | UnaryOp::WrapAsThrowable),
        _ => false,
    }
}

/// A frame of the walk's control stack: a labeled block, with the keys available at the `return`s that
/// reached it so far, or the `try` of a `try`/`finally`, across which no key is carried.
enum Frame {
    Label { label: LabelName, at_returns: Available },
    Finally,
}

struct Forwarding<'n> {
    cacheable: BTreeMap<Key, Type>,
    aliases: &'n Aliases,
    quiet: QuietConstruction<'n>,
    /// The cache local of each key met so far.
    caches: BTreeMap<Key, LocalName>,
    /// `None` in the trial walk, whose copy is thrown away: its caches need no fresh names.
    names: Option<&'n mut FreshNames>,
    frames: Vec<Frame>,
    served: usize,
    /// The keys that served at least one read.
    served_by_key: BTreeSet<Key>,
}

/// Keeps in `into` only what is available on both paths; an unreachable path does not count.
fn merge(into: &mut Available, other: Available) {
    match (into.as_mut(), other) {
        (_, None) => {}
        (None, other) => *into = other,
        (Some(keys), Some(other)) => keys.retain(|key| other.contains(key)),
    }
}

fn forget_receiver(available: &mut Available, local: LocalName) {
    if let Some(keys) = available {
        keys.retain(|(receiver, _)| *receiver != Receiver::Local(local));
    }
}

impl<'n> Forwarding<'n> {
    fn new(
        cacheable: BTreeMap<Key, Type>,
        aliases: &'n Aliases,
        quiet: QuietConstruction<'n>,
        names: Option<&'n mut FreshNames>,
    ) -> Forwarding<'n> {
        Forwarding {
            cacheable,
            aliases,
            quiet,
            caches: BTreeMap::new(),
            names,
            frames: Vec::new(),
            served: 0,
            served_by_key: BTreeSet::new(),
        }
    }

    fn cache_of(&mut self, key: Key) -> LocalName {
        if let Some(cache) = self.caches.get(&key) {
            return *cache;
        }
        let cache = match self.names.as_mut() {
            Some(names) => names.local(key.1.simple.as_str()),
            None => LocalName::new("trial"),
        };
        self.caches.insert(key, cache);
        cache
    }

    fn walk(&mut self, tree: &mut Tree, available: &mut Available) {
        let span = tree.span;
        match &mut tree.kind {
            TreeKind::Select { qualifier, field } => {
                self.walk(qualifier, available);
                let Some(key) = key_of(qualifier, *field, self.aliases) else { return };
                if !self.cacheable.contains_key(&key) {
                    return;
                }
                let Some(keys) = available.as_mut() else { return };
                let cache = self.cache_of(key);
                let ty = tree.ty.clone();
                let cache_read = Tree { kind: TreeKind::VarRef(cache), span, ty: ty.clone() };
                if keys.contains(&key) {
                    *tree = cache_read;
                    self.served += 1;
                    self.served_by_key.insert(key);
                } else {
                    keys.insert(key);
                    let read = std::mem::replace(tree, Tree::new(TreeKind::Skip, span));
                    *tree = Tree { kind: TreeKind::Block(vec![assign_local(cache, read), cache_read]), span, ty };
                }
            }
            TreeKind::Assign { lhs, rhs } => match &mut lhs.kind {
                TreeKind::Select { qualifier, field } => {
                    let field = *field;
                    self.walk(qualifier, available);
                    self.walk(rhs, available);
                    if let Some(keys) = available.as_mut() {
                        keys.retain(|(_, other)| *other != field);
                    }
                    let Some(key) = key_of(qualifier, field, self.aliases) else { return };
                    let assigns_receiver = match key.0 {
                        Receiver::Local(local) => assigns_local(rhs, local),
                        Receiver::This => false,
                    };
                    if !self.cacheable.contains_key(&key) || assigns_receiver {
                        return;
                    }
                    let Some(keys) = available.as_mut() else { return };
                    keys.insert(key);
                    let cache = self.cache_of(key);
                    let value = std::mem::replace(rhs.as_mut(), Tree::new(TreeKind::Skip, span));
                    let cache_read = Tree { kind: TreeKind::VarRef(cache), span, ty: lhs.ty.clone() };
                    let store =
                        Tree { kind: TreeKind::Assign { lhs: lhs.clone(), rhs: Box::new(cache_read) }, span, ty: Type::Void };
                    *tree = Tree { kind: TreeKind::Block(vec![assign_local(cache, value), store]), span, ty: Type::Void };
                }
                TreeKind::VarRef(local) => {
                    let local = *local;
                    self.walk(rhs, available);
                    forget_receiver(available, local);
                }
                _ => {
                    for_each_child_mut(lhs, |child| self.walk(child, available));
                    self.walk(rhs, available);
                }
            },
            TreeKind::VarDef { name, rhs, .. } => {
                let name = *name;
                self.walk(rhs, available);
                forget_receiver(available, name);
            }
            TreeKind::If { cond, then_branch, else_branch } | TreeKind::LinkTimeIf { cond, then_branch, else_branch } => {
                self.walk(cond, available);
                let mut on_else = available.clone();
                self.walk(then_branch, available);
                self.walk(else_branch, &mut on_else);
                merge(available, on_else);
            }
            TreeKind::Labeled { label, body, .. } => {
                self.frames.push(Frame::Label { label: *label, at_returns: None });
                self.walk(body, available);
                if let Some(Frame::Label { at_returns, .. }) = self.frames.pop() {
                    merge(available, at_returns);
                }
            }
            TreeKind::Return { label, expr } => {
                if let Some(expr) = expr {
                    self.walk(expr, available);
                }
                let mut carried = available.take();
                for frame in self.frames.iter_mut().rev() {
                    match frame {
                        Frame::Finally => carried = carried.map(|_| BTreeSet::new()),
                        Frame::Label { label: target, at_returns } if target == label => {
                            merge(at_returns, carried);
                            break;
                        }
                        Frame::Label { .. } => {}
                    }
                }
            }
            TreeKind::While { cond, body } => {
                if let Some(keys) = available.as_mut() {
                    match loop_kills(cond, body, self.quiet) {
                        None => keys.clear(),
                        Some(kills) => keys.retain(|key| !kills.kills(key)),
                    }
                }
                self.walk(cond, available);
                let mut in_body = available.clone();
                self.walk(body, &mut in_body);
                if matches!(cond.kind, TreeKind::Boolean(true)) {
                    *available = None;
                }
            }
            TreeKind::TryCatch { block, handler, .. } => {
                self.walk(block, available);
                let mut in_handler = Some(BTreeSet::new());
                self.walk(handler, &mut in_handler);
                merge(available, in_handler);
            }
            TreeKind::TryFinally { block, finalizer } => {
                self.frames.push(Frame::Finally);
                self.walk(block, available);
                self.frames.pop();
                *available = Some(BTreeSet::new());
                self.walk(finalizer, available);
            }
            TreeKind::Match { selector, cases, default } => {
                self.walk(selector, available);
                let at_entry = available.clone();
                self.walk(default, available);
                for (_, body) in cases {
                    let mut in_case = at_entry.clone();
                    self.walk(body, &mut in_case);
                    merge(available, in_case);
                }
            }
            TreeKind::Closure { captures, .. } => {
                for (_, value) in captures {
                    self.walk(value, available);
                }
            }
            _ => {
                for_each_child_mut(tree, |child| self.walk(child, available));
                if runs_unseen_code(tree, self.quiet)
                    && let Some(keys) = available.as_mut()
                {
                    keys.clear();
                }
            }
        }
        if tree.ty == Type::Nothing {
            *available = None;
        }
    }
}

fn assign_local(local: LocalName, value: Tree) -> Tree {
    let span = value.span;
    let target = Tree { kind: TreeKind::VarRef(local), span, ty: value.ty.clone() };
    Tree { kind: TreeKind::Assign { lhs: Box::new(target), rhs: Box::new(value) }, span, ty: Type::Void }
}

fn assigns_local(tree: &Tree, local: LocalName) -> bool {
    tree_contains(tree, &|node| match &node.kind {
        TreeKind::Assign { lhs, .. } => matches!(lhs.kind, TreeKind::VarRef(name) if name == local),
        TreeKind::VarDef { name, .. } => *name == local,
        _ => false,
    })
}

/// What a loop may make unavailable, when that is less than everything.
struct Kills {
    fields: BTreeSet<FieldName>,
    locals: BTreeSet<LocalName>,
}

impl Kills {
    fn kills(&self, (receiver, field): &Key) -> bool {
        self.fields.contains(field) || matches!(receiver, Receiver::Local(local) if self.locals.contains(local))
    }
}

/// The fields a loop stores and the locals it assigns, or `None` when it may change any field (it calls,
/// or it has a `try`, whose handler starts with nothing available).
fn loop_kills(cond: &Tree, body: &Tree, quiet: QuietConstruction) -> Option<Kills> {
    let mut kills = Kills { fields: BTreeSet::new(), locals: BTreeSet::new() };
    let mut everything = false;
    for tree in [cond, body] {
        collect_kills(tree, quiet, &mut kills, &mut everything);
    }
    (!everything).then_some(kills)
}

fn collect_kills(tree: &Tree, quiet: QuietConstruction, kills: &mut Kills, everything: &mut bool) {
    match &tree.kind {
        TreeKind::Assign { lhs, .. } => match &lhs.kind {
            TreeKind::Select { field, .. } => {
                kills.fields.insert(*field);
            }
            TreeKind::VarRef(local) => {
                kills.locals.insert(*local);
            }
            _ => {}
        },
        TreeKind::VarDef { name, .. } => {
            kills.locals.insert(*name);
        }
        TreeKind::TryCatch { .. } | TreeKind::TryFinally { .. } => *everything = true,
        TreeKind::Closure { captures, .. } => {
            for (_, value) in captures {
                collect_kills(value, quiet, kills, everything);
            }
            return;
        }
        _ if runs_unseen_code(tree, quiet) => *everything = true,
        _ => {}
    }
    for_each_child(tree, |child| collect_kills(child, quiet, kills, everything));
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::names::{ClassName, MethodName, SimpleName};
    use kiln_ir::source::Span;

    fn node(kind: TreeKind, ty: Type) -> Tree {
        Tree { kind, span: Span::default(), ty }
    }

    fn cell_type() -> Type {
        Type::Class { class: ClassName::new("Cell"), nullable: true, exact: false }
    }

    fn value_field() -> FieldName {
        FieldName { class: ClassName::new("Cell"), simple: SimpleName::new("value") }
    }

    fn read(local: &str) -> Tree {
        let qualifier = node(TreeKind::VarRef(LocalName::new(local)), cell_type());
        node(TreeKind::Select { qualifier: Box::new(qualifier), field: value_field() }, Type::Int)
    }

    fn store(local: &str, value: i32) -> Tree {
        let lhs = read(local);
        node(TreeKind::Assign { lhs: Box::new(lhs), rhs: Box::new(node(TreeKind::Int(value), Type::Int)) }, Type::Void)
    }

    fn call() -> Tree {
        node(
            TreeKind::ApplyStatic {
                flags: Default::default(),
                class: ClassName::new("Other"),
                method: MethodName::new("touch;V"),
                args: vec![],
            },
            Type::Void,
        )
    }

    fn sum(lhs: Tree, rhs: Tree) -> Tree {
        node(TreeKind::BinaryOp { op: BinaryOp::IntAdd, lhs: Box::new(lhs), rhs: Box::new(rhs) }, Type::Int)
    }

    fn new_cell() -> Tree {
        let kind = TreeKind::New { class: ClassName::new("Cell"), ctor: MethodName::new("<init>;V"), args: vec![] };
        node(kind, Type::Class { class: ClassName::new("Cell"), nullable: false, exact: true })
    }

    /// Runs the pass over a block and returns how many reads it served from locals.
    fn served(statements: Vec<Tree>) -> usize {
        served_with(&|_, _| false, statements)
    }

    fn served_with(quiet: QuietConstruction, statements: Vec<Tree>) -> usize {
        let mut body = node(TreeKind::Block(statements), Type::Int);
        let mut names = FreshNames::of_method(["a", "b"].into_iter().map(LocalName::new), &body);
        let mut report = OptimisationReport::default();
        run(quiet, &mut body, &mut names, &mut report);
        report.count(PASS, "field reads served from locals")
    }

    #[test]
    fn only_a_new_whose_constructor_only_sets_fields_keeps_the_cache() {
        assert_eq!(served(vec![store("a", 1), new_cell(), read("a")]), 0);
        assert_eq!(served_with(&|class, _| class.as_str() == "Cell", vec![store("a", 1), new_cell(), read("a")]), 1);
    }

    #[test]
    fn a_read_after_a_store_is_served() {
        assert_eq!(served(vec![store("a", 1), sum(read("a"), read("a"))]), 2);
    }

    #[test]
    fn a_call_in_between_forgets() {
        assert_eq!(served(vec![store("a", 1), call(), read("a")]), 0);
    }

    #[test]
    fn a_store_through_another_local_forgets() {
        assert_eq!(served(vec![store("a", 1), store("b", 2), read("a")]), 0);
        assert_eq!(served(vec![store("a", 1), store("b", 2), read("b")]), 1);
    }

    fn alias(name: &str, target: &str, mutable: bool) -> Tree {
        let rhs = node(TreeKind::VarRef(LocalName::new(target)), cell_type());
        node(
            TreeKind::VarDef { name: LocalName::new(name), original_name: None, ty: cell_type(), mutable, rhs: Box::new(rhs) },
            Type::Void,
        )
    }

    #[test]
    fn a_val_naming_another_local_shares_its_cache() {
        assert_eq!(served(vec![alias("c", "a", false), alias("d", "c", false), store("a", 1), read("d"), read("c")]), 2);
        // A `var` may change, and a target that is assigned is not stable.
        assert_eq!(served(vec![alias("c", "a", true), store("a", 1), read("c")]), 0);
        let reassign = node(
            TreeKind::Assign {
                lhs: Box::new(node(TreeKind::VarRef(LocalName::new("a")), cell_type())),
                rhs: Box::new(node(TreeKind::VarRef(LocalName::new("b")), cell_type())),
            },
            Type::Void,
        );
        assert_eq!(served(vec![alias("c", "a", false), store("a", 1), reassign, read("c")]), 0);
    }

    #[test]
    fn a_loop_that_stores_the_field_starts_with_nothing() {
        let body = node(TreeKind::Block(vec![store("b", 3), read("a")]), Type::Void);
        let endless = node(
            TreeKind::While { cond: Box::new(node(TreeKind::Boolean(true), Type::Boolean)), body: Box::new(body) },
            Type::Void,
        );
        assert_eq!(served(vec![store("a", 1), endless]), 0);
        let quiet_body = node(TreeKind::Block(vec![read("a")]), Type::Void);
        let quiet = node(
            TreeKind::While { cond: Box::new(node(TreeKind::Boolean(true), Type::Boolean)), body: Box::new(quiet_body) },
            Type::Void,
        );
        assert_eq!(served(vec![store("a", 1), quiet]), 1);
    }
}
