//! Checked once: after the null check of a local's dereference, the rest of the block reads it as non-null.
//!
//! # Why
//!
//! Compliant semantics check every dereference of a nullable value, and a local read from an array or a
//! field is nullable for the whole method ([`super::nullness`] narrows only the locals that never hold
//! `null`). NBody's inner loop reads `bodies[j]` into `b` and then dereferences `a` and `b` fifteen
//! times each: thirty checks, of which two can fail. Wasmtime does not remove them (Cranelift does not
//! carry what a branch proved about a value into the code the branch dominates), so Kiln does.
//!
//! # What is rewritten
//!
//! In a block `{ s1; ...; sn }`, when the first thing statement `sk` does that could fail or be seen is
//! the null check of a local `a` (its field read `a.f`, its store `a.f = v` after a quiet `v`, `a.length`,
//! `a[i]`, a call `a.m(..)` after quiet arguments), and no statement from `sk` on assigns `a`, then
//!
//! ```text
//! val a$i1: T! = a.notNull;   // inserted before sk
//! ```
//!
//! and every read of `a` in `sk`..`sn` becomes a read of `a$i1`, whose type excludes `null`: the emitter
//! checks `a` once and dereferences `a$i1` with no check. Then `sk` is looked at again (its next
//! dereference may be of another local: `a.x - b.x`).
//!
//! Nothing can tell the difference. `sk` would have thrown `NullPointerException` at that check (the
//! inserted check takes that dereference's span, and so its message: `crate::null_messages`), and
//! before it `sk` only evaluates trees that have no effect and cannot fail ([`first_event`]; reading a
//! static field of a class initialised at its first use is not one, since the read may run the class's
//! static initializer), so throwing it just before `sk` is the same. If `a` is not null, `a$i1` holds the
//! same reference, and `a` keeps it through `sn` since nothing assigns it. A later statement reached only
//! after `sk` ran is reached only when the check passed.
//!
//! The same definition goes first in a branch or loop body that runs only when a condition found the
//! local not null (`if (a !== null)`, `while (a !== null)`, `a !== null && ..`), and right after a guard
//! (`if (a === null) return ..`). There the check cannot fail, and after a plain `a !== null` or
//! `a === null` it costs nothing: the emitter turns the test into a `br_on_null` (or `br_on_non_null`)
//! whose value the definition reads, so a single dereference is worth it (Wasmtime would test the
//! nullable local again at it). After any other condition the check is a test of its own, which pays
//! from two dereferences on.
//!
//! A static field of a class type is treated the same, its region ending also at anything that may run
//! other code (a call, a constructor, a string concatenation, a first use of a class with a static
//! initializer), since that code may assign the field. Static arrays are left to the emitter's globals.
//!
//! The candidates are the locals and parameters of a nullable class or array type defined exactly once
//! in the method (not a `catch` variable or a closure's parameter or capture), so that a name means one
//! variable wherever it appears. Closure bodies are separate functions: reads there are not rewritten
//! (they cannot name the method's locals anyway, only their own captures).

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::names::{ClassName, FieldName, LocalName};
use kiln_ir::trees::{BinaryOp, ParamDef, Tree, TreeKind, UnaryOp, for_each_child, for_each_child_mut};
use kiln_ir::types::Type;

use super::nullness::{exclude_other_bindings, is_nullable_reference, non_nullable};
use super::{FreshNames, OptimisationReport, tree_contains};

pub const PASS: &str = "dereferences";

/// Checks each local once per block where the block's statements dereference it again and again.
///
/// `static_read_is_quiet` tells whether reading a static field of a class can do nothing but read it: a
/// class initialised at its first use runs its static initializer at the first read.
pub fn run(
    params: &[ParamDef],
    body: &mut Tree,
    static_read_is_quiet: &dyn Fn(ClassName) -> bool,
    names: &mut FreshNames,
    report: &mut OptimisationReport,
) {
    let mut definitions = Definitions::default();
    for param in params {
        definitions.define(param.name, &param.ty);
    }
    definitions.collect(body);
    let types: BTreeMap<LocalName, Type> = definitions
        .types
        .into_iter()
        .filter(|(name, _)| definitions.counts.get(name) == Some(&1) && !definitions.excluded.contains(name))
        .filter(|(_, ty)| is_nullable_reference(ty))
        .collect();
    let candidates = Candidates { types, static_read_is_quiet };
    let mut rewriter = Rewriter { candidates: &candidates, names, checked_once: 0 };
    rewriter.visit(body);
    report.add(PASS, "locals checked once a block", rewriter.checked_once);
}

/// The locals the pass may check once, with their declared types.
struct Candidates<'a> {
    types: BTreeMap<LocalName, Type>,
    static_read_is_quiet: &'a dyn Fn(ClassName) -> bool,
}

impl Candidates<'_> {
    fn contains_key(&self, local: &LocalName) -> bool {
        self.types.contains_key(local)
    }
}

/// What a dereference reads the reference from: a local, or a static field of a class type (read again
/// and again from its global otherwise: DeltaBlue's `planner`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Local(LocalName),
    Static(FieldName),
}

impl Place {
    fn is_read_by(self, tree: &Tree) -> bool {
        match (self, &tree.kind) {
            (Place::Local(local), TreeKind::VarRef(name)) => local == *name,
            (Place::Static(field), TreeKind::SelectStatic(read)) => field == *read,
            _ => false,
        }
    }

    fn is_assigned_by(self, tree: &Tree) -> bool {
        matches!(&tree.kind, TreeKind::Assign { lhs, .. } if self.is_read_by(lhs))
    }

    /// Whether a tree assigns the place anywhere, or, for a static field, may run code that could (a call).
    fn may_change_in(self, tree: &Tree, static_read_is_quiet: &dyn Fn(ClassName) -> bool) -> bool {
        tree_contains(tree, &|node| {
            self.is_assigned_by(node) || (matches!(self, Place::Static(_)) && may_run_other_code(node, static_read_is_quiet))
        })
    }

    fn name(self) -> String {
        match self {
            Place::Local(local) => local.as_str().to_string(),
            Place::Static(field) => field.simple.as_str().to_string(),
        }
    }
}

/// Whether evaluating the node itself (not its operands) may run code other than the method's own: a
/// call, a constructor, a module's first load, a string concatenation (which calls `toString`), a read
/// of a static field (which may run a static initializer). Such code may assign any static field.
pub(super) fn may_run_other_code(tree: &Tree, static_read_is_quiet: &dyn Fn(ClassName) -> bool) -> bool {
    match &tree.kind {
        kind if kind.is_primitive_literal() => false,
        TreeKind::SelectStatic(field) => !static_read_is_quiet(field.class),
        TreeKind::UnaryOp { op, .. } => {
            !(crate::summary::converts_quietly(*op)
                || matches!(op, UnaryOp::ArrayLength | UnaryOp::CheckNotNull | UnaryOp::Throw))
        }
        TreeKind::BinaryOp { op, .. } => *op == BinaryOp::StringConcat,
        TreeKind::VarDef { .. }
        | TreeKind::Skip
        | TreeKind::Block(_)
        | TreeKind::Labeled { .. }
        | TreeKind::Assign { .. }
        | TreeKind::Return { .. }
        | TreeKind::If { .. }
        | TreeKind::While { .. }
        | TreeKind::TryCatch { .. }
        | TreeKind::TryFinally { .. }
        | TreeKind::Match { .. }
        | TreeKind::Select { .. }
        | TreeKind::ArraySelect { .. }
        | TreeKind::NewArray { .. }
        | TreeKind::ArrayValue { .. }
        | TreeKind::IsInstanceOf { .. }
        | TreeKind::AsInstanceOf { .. }
        | TreeKind::VarRef(_)
        | TreeKind::This
        | TreeKind::Null
        | TreeKind::String(_) => false,
        _ => true,
    }
}

#[derive(Default)]
struct Definitions {
    types: BTreeMap<LocalName, Type>,
    counts: BTreeMap<LocalName, usize>,
    excluded: BTreeSet<LocalName>,
}

impl Definitions {
    fn define(&mut self, name: LocalName, ty: &Type) {
        self.types.insert(name, ty.clone());
        *self.counts.entry(name).or_default() += 1;
    }

    fn collect(&mut self, tree: &Tree) {
        match &tree.kind {
            TreeKind::VarDef { name, ty, .. } => self.define(*name, ty),
            _ => exclude_other_bindings(tree, &mut self.excluded),
        }
        for_each_child(tree, |child| self.collect(child));
    }
}

struct Rewriter<'c, 'n> {
    candidates: &'c Candidates<'c>,
    names: &'n mut FreshNames,
    checked_once: usize,
}

impl Rewriter<'_, '_> {
    fn visit(&mut self, tree: &mut Tree) {
        match &mut tree.kind {
            TreeKind::Block(statements) => self.rewrite_block(statements),
            TreeKind::If { cond, then_branch, else_branch } => {
                let minimum = fewest_dereferences_after(cond);
                if let Some(local) = non_null_when(cond, true, self.candidates) {
                    self.refine_branch(then_branch, local, minimum);
                }
                if let Some(local) = non_null_when(cond, false, self.candidates) {
                    self.refine_branch(else_branch, local, minimum);
                }
            }
            TreeKind::While { cond, body } => {
                if let Some(local) = non_null_when(cond, true, self.candidates) {
                    self.refine_branch(body, local, fewest_dereferences_after(cond));
                }
            }
            _ => {}
        }
        for_each_child_mut(tree, |child| self.visit(child));
    }

    fn rewrite_block(&mut self, statements: &mut Vec<Tree>) {
        let mut index = 0;
        while index < statements.len() {
            match first_event(&statements[index], self.candidates) {
                // A local the statement defines itself is checked inside it, when its own block is rewritten.
                Event::Dereference(place)
                    if !matches!(place, Place::Local(local) if defines(&statements[index], local))
                        && self.dereferences_before_change(&mut statements[index..], place) >= 2 =>
                {
                    let definition = self.check_and_rename(&mut statements[index..], place);
                    statements.insert(index, definition);
                    // The statement, now one further, may next dereference another local.
                    index += 1;
                }
                _ => {
                    if let Some(local) = guarded_local(&statements[index], self.candidates)
                        && self.dereferences_before_change(&mut statements[index + 1..], Place::Local(local))
                            >= fewest_dereferences_after_guard(&statements[index])
                    {
                        let definition = self.check_and_rename(&mut statements[index + 1..], Place::Local(local));
                        statements.insert(index + 1, definition);
                    }
                    index += 1;
                }
            }
        }
    }

    /// Makes a branch that runs only when `local` is not null read it as non-null, if it has at least
    /// `minimum` dereferences of it.
    fn refine_branch(&mut self, branch: &mut Tree, local: LocalName, minimum: usize) {
        if self.dereferences_before_change(std::slice::from_mut(branch), Place::Local(local)) < minimum {
            return;
        }
        let mut statements = match std::mem::replace(&mut branch.kind, TreeKind::Skip) {
            TreeKind::Block(statements) => statements,
            kind => vec![Tree { kind, span: branch.span, ty: branch.ty.clone() }],
        };
        let definition = self.check_and_rename(&mut statements, Place::Local(local));
        statements.insert(0, definition);
        branch.kind = TreeKind::Block(statements);
    }

    /// How many checked dereferences of `place` the statements have, in order, before it may change.
    fn dereferences_before_change(&self, statements: &mut [Tree], place: Place) -> usize {
        let mut region = Region::new(place, None, self.candidates.static_read_is_quiet);
        for statement in statements.iter_mut() {
            region.walk(statement);
        }
        region.dereferences
    }

    /// Renames the reads of `place` in `statements` (up to where it may change) to a fresh local, and
    /// returns the definition of that local as `place.notNull`, to go just before them.
    fn check_and_rename(&mut self, statements: &mut [Tree], place: Place) -> Tree {
        let checked = self.names.local(&place.name());
        let mut region = Region::new(place, Some(checked), self.candidates.static_read_is_quiet);
        for statement in statements.iter_mut() {
            region.walk(statement);
        }
        let span =
            region.first_dereference.unwrap_or_else(|| statements.first().map(|statement| statement.span).unwrap_or_default());
        let (read, declared) = match place {
            Place::Local(local) => {
                let declared = self.candidates.types[&local].clone();
                (TreeKind::VarRef(local), declared)
            }
            Place::Static(field) => (TreeKind::SelectStatic(field), region.static_type.unwrap_or(Type::Null)),
        };
        let read = Tree { kind: read, span, ty: declared.clone() };
        let check = Tree {
            kind: TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand: Box::new(read) },
            span,
            ty: non_nullable(&declared),
        };
        self.checked_once += 1;
        let definition = TreeKind::VarDef {
            name: checked,
            original_name: Some(place.name()),
            ty: non_nullable(&declared),
            mutable: false,
            rhs: Box::new(check),
        };
        Tree { kind: definition, span, ty: Type::Void }
    }
}

/// How many dereferences of the tested local a branch or loop body needs before it is worth reading the
/// local as non-null. A plain `a !== null` or `a === null` costs nothing more: the emitter makes the test
/// a `br_on_null` whose value the check then reads (`push_fused_if`, the fused `while`), so one
/// dereference, whose own null test Wasmtime would repeat, is enough. After any other condition the
/// check is a test of its own, which pays from two dereferences on.
fn fewest_dereferences_after(cond: &Tree) -> usize {
    if is_plain_null_test(cond) { 1 } else { 2 }
}

/// The same for the statements after a guard: only `if (a === null) <leaves>` with no else branch is
/// fused (`push_fused_guard`).
fn fewest_dereferences_after_guard(guard: &Tree) -> usize {
    match &guard.kind {
        TreeKind::If { cond, else_branch, .. }
            if matches!(else_branch.kind, TreeKind::Skip)
                && matches!(&cond.kind, TreeKind::BinaryOp { op: BinaryOp::RefEq, .. })
                && is_plain_null_test(cond) =>
        {
            1
        }
        _ => 2,
    }
}

/// `a === null` or `a !== null` of a local, with nothing else evaluated.
fn is_plain_null_test(cond: &Tree) -> bool {
    match &cond.kind {
        TreeKind::BinaryOp { op: BinaryOp::RefEq | BinaryOp::RefNe, lhs, rhs } => {
            matches!((&lhs.kind, &rhs.kind), (TreeKind::VarRef(_), TreeKind::Null) | (TreeKind::Null, TreeKind::VarRef(_)))
        }
        _ => false,
    }
}

/// The local that a condition, when it evaluates to `outcome`, has found not null: `a !== null` (true),
/// `a === null` (false), where `a` may be the value of a block that assigns it first
/// (`(current = this.current) !== null`), or either side of `&&` (true; the first side's local only if
/// the second does not assign it).
fn non_null_when(cond: &Tree, outcome: bool, candidates: &Candidates) -> Option<LocalName> {
    // `c1 && c2` is `if (c1) c2 else false`: when true, both were.
    if let TreeKind::If { cond: first, then_branch: second, else_branch } = &cond.kind
        && outcome
        && matches!(else_branch.kind, TreeKind::Boolean(false))
    {
        return non_null_when(first, true, candidates)
            .filter(|local| !assigns(second, *local))
            .or_else(|| non_null_when(second, true, candidates));
    }
    let TreeKind::BinaryOp { op, lhs, rhs } = &cond.kind else { return None };
    let tested = match (*op, outcome) {
        (BinaryOp::RefNe, true) | (BinaryOp::RefEq, false) => match (&lhs.kind, &rhs.kind) {
            (_, TreeKind::Null) => lhs,
            (TreeKind::Null, _) => rhs,
            _ => return None,
        },
        _ => return None,
    };
    let value = match &tested.kind {
        TreeKind::Block(statements) => statements.last()?,
        _ => tested,
    };
    match value.kind {
        TreeKind::VarRef(name) if candidates.contains_key(&name) => Some(name),
        _ => None,
    }
}

/// The local a guard statement leaves not null: `if (a === null) { ...; return }` (a branch that cannot
/// complete normally) with nothing, or nothing that assigns `a`, in the other branch.
fn guarded_local(statement: &Tree, candidates: &Candidates) -> Option<LocalName> {
    let TreeKind::If { cond, then_branch, else_branch } = &statement.kind else { return None };
    let (local, exits, other) = if let Some(local) = non_null_when(cond, false, candidates) {
        (local, then_branch, else_branch)
    } else {
        (non_null_when(cond, true, candidates)?, else_branch, then_branch)
    };
    (exits.ty == Type::Nothing && !assigns(other, local)).then_some(local)
}

/// A walk over trees in evaluation order that counts the checked dereferences of a place, and renames
/// its reads to a local when there is one, until the place may change: an assignment to it, or, for a
/// static field, anything that may run other code. A loop in which it may change ends the walk before
/// the loop, since its second iteration would read what the first stored.
struct Region<'q> {
    place: Place,
    to: Option<LocalName>,
    static_read_is_quiet: &'q dyn Fn(ClassName) -> bool,
    stopped: bool,
    dereferences: usize,
    /// The span of the first dereference: the check that replaces it throws that one's message
    /// (`crate::null_messages`).
    first_dereference: Option<kiln_ir::source::Span>,
    /// The type of the static field's reads, once one is met.
    static_type: Option<Type>,
}

impl<'q> Region<'q> {
    fn new(place: Place, to: Option<LocalName>, static_read_is_quiet: &'q dyn Fn(ClassName) -> bool) -> Region<'q> {
        Region { place, to, static_read_is_quiet, stopped: false, dereferences: 0, first_dereference: None, static_type: None }
    }

    fn walk(&mut self, tree: &mut Tree) {
        if self.stopped {
            return;
        }
        if matches!(tree.kind, TreeKind::While { .. }) && self.place.may_change_in(tree, self.static_read_is_quiet) {
            self.stopped = true;
            return;
        }
        if self.place.is_read_by(tree) {
            if matches!(self.place, Place::Static(_)) && self.static_type.is_none() {
                self.static_type = Some(tree.ty.clone());
            }
            if let Some(to) = self.to {
                tree.kind = TreeKind::VarRef(to);
                tree.ty = non_nullable(&tree.ty);
            }
            return;
        }
        match &mut tree.kind {
            TreeKind::Assign { lhs, rhs } if self.place.is_read_by(lhs) => {
                self.walk(rhs);
                self.stopped = true;
                return;
            }
            TreeKind::Closure { captures, .. } => {
                for (_, value) in captures {
                    self.walk(value);
                }
                return;
            }
            _ => {}
        }
        if is_checked_dereference(tree, self.place) {
            self.first_dereference.get_or_insert(tree.span);
            self.dereferences += 1;
        }
        for_each_child_mut(tree, |child| self.walk(child));
        // The operands were evaluated with the place unchanged; what the node itself runs may change it.
        if matches!(self.place, Place::Static(_)) && may_run_other_code(tree, self.static_read_is_quiet) {
            self.stopped = true;
        }
    }
}

/// The first thing evaluating a tree does that could fail or be seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    /// Nothing: the tree has no effect and cannot fail.
    Nothing,
    /// The null check of this candidate local, before anything else that could fail or be seen.
    Dereference(Place),
    /// Something else (or something this pass does not follow).
    Other,
}

impl Event {
    /// This event, or, when there is none, the one `next` finds.
    fn then(self, next: impl FnOnce() -> Event) -> Event {
        match self {
            Event::Nothing => next(),
            event => event,
        }
    }
}

/// The first event of evaluating `trees` in order.
fn first_in_sequence<'t>(trees: impl IntoIterator<Item = &'t Tree>, candidates: &Candidates) -> Event {
    for tree in trees {
        let event = first_event(tree, candidates);
        if event != Event::Nothing {
            return event;
        }
    }
    Event::Nothing
}

/// The null check that dereferencing an evaluated `value` performs: none if its type excludes `null`.
fn null_check(value: &Tree, candidates: &Candidates) -> Event {
    if !value.ty.is_nullable() {
        return Event::Nothing;
    }
    match &value.kind {
        TreeKind::VarRef(name) if candidates.contains_key(name) => Event::Dereference(Place::Local(*name)),
        // Not a static array: the emitter keeps its data and length in globals of their own, which serve
        // each access with two loads; a local copy costs a load of the array object and of its data at
        // the start of each region, and measured slower on Permute's `swap` (158 ms against 140).
        TreeKind::SelectStatic(field)
            if matches!(value.ty, Type::Class { nullable: true, .. }) && (candidates.static_read_is_quiet)(field.class) =>
        {
            Event::Dereference(Place::Static(*field))
        }
        _ => Event::Other,
    }
}

/// The first event of evaluating a tree, in Java's order of evaluation.
fn first_event(tree: &Tree, candidates: &Candidates) -> Event {
    let first = |tree: &Tree| first_event(tree, candidates);
    match &tree.kind {
        kind if kind.is_primitive_literal() => Event::Nothing,
        TreeKind::Null | TreeKind::String(_) | TreeKind::VarRef(_) | TreeKind::This | TreeKind::Skip => Event::Nothing,
        TreeKind::SelectStatic(field) if (candidates.static_read_is_quiet)(field.class) => Event::Nothing,
        TreeKind::VarDef { rhs, .. } => first(rhs),
        TreeKind::Block(statements) => first_in_sequence(statements, candidates),
        TreeKind::Labeled { body, .. } => first(body),
        TreeKind::Select { qualifier, .. } => first(qualifier).then(|| null_check(qualifier, candidates)),
        TreeKind::ArraySelect { array, index, in_bounds } => {
            first_in_sequence([&**array, &**index], candidates).then(|| {
                if *in_bounds {
                    Event::Nothing
                } else {
                    // The null check comes before the index check, which may fail.
                    null_check(array, candidates).then(|| Event::Other)
                }
            })
        }
        TreeKind::UnaryOp { op: UnaryOp::ArrayLength | UnaryOp::CheckNotNull, operand } => {
            first(operand).then(|| null_check(operand, candidates))
        }
        TreeKind::UnaryOp { op, operand } if crate::summary::converts_quietly(*op) => first(operand),
        TreeKind::BinaryOp { op, lhs, rhs } => {
            let operands = first_in_sequence([&**lhs, &**rhs], candidates);
            if may_fail(*op) { operands.then(|| Event::Other) } else { operands }
        }
        TreeKind::IsInstanceOf { expr, .. } => first(expr),
        TreeKind::Assign { lhs, rhs } => match &lhs.kind {
            // Java's order (JLS 15.26.1): the qualifier, the value, then the null check.
            TreeKind::Select { qualifier, .. } => first_in_sequence([&**qualifier, &**rhs], candidates)
                .then(|| null_check(qualifier, candidates))
                .then(|| Event::Other),
            TreeKind::ArraySelect { array, index, .. } => first_in_sequence([&**array, &**index, &**rhs], candidates)
                .then(|| null_check(array, candidates))
                .then(|| Event::Other),
            _ => first(rhs).then(|| Event::Other),
        },
        // The receiver, the arguments, then the receiver's null check (JLS 15.12.4.4). Only receivers of
        // class types: every call on one checks it, whatever the dispatch.
        TreeKind::Apply { receiver, args, .. } | TreeKind::ApplyStatically { receiver, args, .. }
            if matches!(receiver.ty, Type::Class { .. }) =>
        {
            first_in_sequence(std::iter::once(&**receiver).chain(args), candidates)
                .then(|| null_check(receiver, candidates))
                .then(|| Event::Other)
        }
        TreeKind::ApplyStatic { args, .. } | TreeKind::New { args, .. } => {
            first_in_sequence(args, candidates).then(|| Event::Other)
        }
        TreeKind::If { cond, .. } | TreeKind::While { cond, .. } => first(cond).then(|| Event::Other),
        _ => Event::Other,
    }
}

/// Binary operators that may throw or call: divisions and string concatenation (which calls `toString`).
fn may_fail(op: BinaryOp) -> bool {
    use BinaryOp as B;
    !matches!(
        op,
        B::RefEq
            | B::RefNe
            | B::BooleanEq
            | B::BooleanNe
            | B::BooleanOr
            | B::BooleanAnd
            | B::IntAdd
            | B::IntSub
            | B::IntMul
            | B::IntOr
            | B::IntAnd
            | B::IntXor
            | B::IntShl
            | B::IntShrUnsigned
            | B::IntShr
            | B::IntEq
            | B::IntNe
            | B::IntLt
            | B::IntLe
            | B::IntGt
            | B::IntGe
            | B::IntUnsignedLt
            | B::IntUnsignedLe
            | B::IntUnsignedGt
            | B::IntUnsignedGe
            | B::LongAdd
            | B::LongSub
            | B::LongMul
            | B::LongOr
            | B::LongAnd
            | B::LongXor
            | B::LongShl
            | B::LongShrUnsigned
            | B::LongShr
            | B::LongEq
            | B::LongNe
            | B::LongLt
            | B::LongLe
            | B::LongGt
            | B::LongGe
            | B::LongUnsignedLt
            | B::LongUnsignedLe
            | B::LongUnsignedGt
            | B::LongUnsignedGe
            | B::FloatAdd
            | B::FloatSub
            | B::FloatMul
            | B::FloatDiv
            | B::FloatRem
            | B::DoubleAdd
            | B::DoubleSub
            | B::DoubleMul
            | B::DoubleDiv
            | B::DoubleRem
            | B::DoubleEq
            | B::DoubleNe
            | B::DoubleLt
            | B::DoubleLe
            | B::DoubleGt
            | B::DoubleGe
    )
}

/// Whether a tree assigns the local anywhere (closure bodies cannot).
fn assigns(tree: &Tree, local: LocalName) -> bool {
    tree_contains(tree, &|node| Place::Local(local).is_assigned_by(node))
}

/// Whether a tree dereferences the local with a check for `null`: as the qualifier of a field, the array
/// of an access not proven in bounds or of `length`, the receiver of a call on a class type, or the
/// operand of `notNull`.
fn is_checked_dereference(tree: &Tree, place: Place) -> bool {
    let is_local = |value: &Tree| place.is_read_by(value);
    match &tree.kind {
        TreeKind::Select { qualifier, .. } => is_local(qualifier),
        TreeKind::ArraySelect { array, in_bounds, .. } => !in_bounds && is_local(array),
        TreeKind::UnaryOp { op: UnaryOp::ArrayLength | UnaryOp::CheckNotNull, operand } => is_local(operand),
        TreeKind::Apply { receiver, .. } | TreeKind::ApplyStatically { receiver, .. } => {
            matches!(receiver.ty, Type::Class { .. }) && is_local(receiver)
        }
        _ => false,
    }
}

/// Whether a tree defines the local.
fn defines(tree: &Tree, local: LocalName) -> bool {
    tree_contains(tree, &|node| matches!(node.kind, TreeKind::VarDef { name, .. } if name == local))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::SourceMap;

    /// Runs the pass over the one method of `a.Points` with `body`, and returns the count and the body.
    fn rewritten(params: &str, body: &str) -> (usize, String) {
        let program = format!(
            "class java.lang.Object {{\n}}\nclass a.Point extends java.lang.Object {{\n  var a.Point::x: int\n  var a.Point::next: a.Point\n}}\nclass a.Points extends java.lang.Object {{\n  static var a.Points::shared: a.Point\n  static def f;I({params}): int = {{\n{body}\n  }}\n}}\n"
        );
        let mut sources = SourceMap::default();
        sources.add("test.ir", &program, false);
        let (mut program, diagnostics) = kiln_ir::parse_and_check(&sources);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let class = program.classes.iter_mut().find(|class| class.name.as_str() == "a.Points").expect("the class");
        let method = &mut class.methods[0];
        let kiln_ir::trees::MethodBody::Tree(body) = &mut method.body else { panic!("no body") };
        let mut names = FreshNames::of_method(method.params.iter().map(|param| param.name), body);
        let mut report = OptimisationReport::default();
        run(&method.params, body, &|_| true, &mut names, &mut report);
        let text = kiln_ir::printer::print_tree(body);
        (report.count(PASS, "locals checked once a block"), text.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    #[test]
    fn a_local_dereferenced_first_is_checked_once_for_the_rest_of_the_block() {
        let (count, text) = rewritten(
            "p: a.Point, q: a.Point",
            "    var total: int = (p.a.Point::x -[int] q.a.Point::x);
    (total +[int] (p.a.Point::x *[int] q.a.Point::x))",
        );
        assert_eq!(count, 2);
        assert_eq!(
            text,
            "{ val p$i1{p}: a.Point! = p.notNull; val q$i1{q}: a.Point! = q.notNull; \
             var total: int = (p$i1.a.Point::x -[int] q$i1.a.Point::x); \
             (total +[int] (p$i1.a.Point::x *[int] q$i1.a.Point::x)) }"
        );
    }

    #[test]
    fn an_effect_before_the_dereference_or_a_single_dereference_changes_nothing() {
        // The store's value is a call, which runs before the null check; `q` is dereferenced once.
        let body = "    p.a.Point::x = a.Points::f;I(null, null);
    (p.a.Point::x +[int] q.a.Point::x)";
        let (count, text) = rewritten("p: a.Point, q: a.Point", body);
        assert_eq!(count, 0, "{text}");
    }

    #[test]
    fn reads_after_an_assignment_keep_their_check_and_the_new_value_is_checked_again() {
        let (count, text) = rewritten(
            "var p: a.Point",
            "    var first: int = (p.a.Point::x +[int] 1);
    p = p.a.Point::next;
    (first +[int] (p.a.Point::x +[int] p.a.Point::x))",
        );
        assert_eq!(count, 2);
        assert_eq!(
            text,
            "{ val p$i1{p}: a.Point! = p.notNull; var first: int = (p$i1.a.Point::x +[int] 1); \
             p = p$i1.a.Point::next; val p$i2{p}: a.Point! = p.notNull; \
             (first +[int] (p$i2.a.Point::x +[int] p$i2.a.Point::x)) }"
        );
    }

    #[test]
    fn a_loop_that_assigns_the_local_ends_the_region_before_it() {
        // The loop's second iteration reads the `p` its body stored: the check before the loop cannot serve
        // it, and the body checks `p` once an iteration instead.
        let (count, text) = rewritten(
            "var p: a.Point",
            "    var total: int = p.a.Point::x;
    while ((total <[int] 10)) {
      total = (total +[int] p.a.Point::x);
      p = p.a.Point::next
    };
    total",
        );
        assert_eq!(count, 1);
        assert!(
            text.starts_with("{ var total: int = p.a.Point::x; while ((total <[int] 10)) { val p$i1{p}: a.Point! = p.notNull; total = (total +[int] p$i1.a.Point::x); p = p$i1.a.Point::next }"),
            "{text}"
        );
    }

    #[test]
    fn guards_and_tests_for_null_narrow_what_they_dominate() {
        let (count, text) = rewritten(
            "p: a.Point, q: a.Point",
            "    done[int]: {
      if ((p === null)) {
        return@done 0
      };
      if ((q !== null)) {
        return@done (q.a.Point::x +[int] q.a.Point::x)
      };
      (p.a.Point::x +[int] p.a.Point::x)
    }",
        );
        assert_eq!(count, 2);
        assert!(text.contains("return@done 0 }; val p$i1{p}: a.Point! = p.notNull;"), "{text}");
        assert!(
            text.contains("{ val q$i1{q}: a.Point! = q.notNull; return@done (q$i1.a.Point::x +[int] q$i1.a.Point::x) }"),
            "{text}"
        );
        assert!(text.contains("(p$i1.a.Point::x +[int] p$i1.a.Point::x)"), "{text}");
    }

    #[test]
    fn a_while_loop_on_a_non_null_local_checks_it_once_an_iteration() {
        let (count, text) = rewritten(
            "var p: a.Point",
            "    var total: int = 0;
    while ((p !== null)) {
      total = (total +[int] (p.a.Point::x *[int] p.a.Point::x));
      p = p.a.Point::next
    };
    total",
        );
        assert_eq!(count, 1);
        assert!(
            text.contains("while ((p !== null)) { val p$i1{p}: a.Point! = p.notNull; total = (total +[int] (p$i1.a.Point::x *[int] p$i1.a.Point::x)); p = p$i1.a.Point::next }"),
            "{text}"
        );
    }

    #[test]
    fn a_static_field_is_read_once_until_something_could_change_it() {
        // Three reads, then a call, which could store another point: the read after it stays.
        let (count, text) = rewritten(
            "",
            "    var total: int = (a.Points::shared.a.Point::x +[int] a.Points::shared.a.Point::x);
    a.Points::shared.a.Point::x = total;
    total = (total +[int] a.Points::f;I());
    (total +[int] a.Points::shared.a.Point::x)",
        );
        assert_eq!(count, 1);
        assert_eq!(
            text,
            "{ val shared$i1{shared}: a.Point! = a.Points::shared.notNull; \
             var total: int = (shared$i1.a.Point::x +[int] shared$i1.a.Point::x); shared$i1.a.Point::x = total; \
             total = (total +[int] a.Points::f;I()); (total +[int] a.Points::shared.a.Point::x) }"
        );
    }
}
