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
//! Nothing can tell the difference. `sk` would have thrown `NullPointerException` at that check (Kiln's
//! have no message), and before it `sk` only evaluates trees that have no effect and cannot fail
//! ([`first_event`]), so throwing it just before `sk` is the same. If `a` is not null, `a$i1` holds the
//! same reference, and `a` keeps it through `sn` since nothing assigns it. A later statement reached only
//! after `sk` ran is reached only when the check passed.
//!
//! The candidates are the locals and parameters of a nullable class or array type defined exactly once
//! in the method (not a `catch` variable or a closure's parameter or capture), so that a name means one
//! variable wherever it appears. Closure bodies are separate functions: reads there are not rewritten
//! (they cannot name the method's locals anyway, only their own captures).

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::names::LocalName;
use kiln_ir::trees::{BinaryOp, ParamDef, Tree, TreeKind, UnaryOp, for_each_child, for_each_child_mut};
use kiln_ir::types::Type;

use super::nullness::{exclude_other_bindings, is_nullable_reference, non_nullable};
use super::{FreshNames, OptimisationReport};

pub const PASS: &str = "dereferences";

/// Checks each local once per block where the block's statements dereference it again and again.
pub fn run(params: &[ParamDef], body: &mut Tree, names: &mut FreshNames, report: &mut OptimisationReport) {
    let mut definitions = Definitions::default();
    for param in params {
        definitions.define(param.name, &param.ty);
    }
    definitions.collect(body);
    let candidates: BTreeMap<LocalName, Type> = definitions
        .types
        .into_iter()
        .filter(|(name, _)| definitions.counts.get(name) == Some(&1) && !definitions.excluded.contains(name))
        .filter(|(_, ty)| is_nullable_reference(ty))
        .collect();
    if candidates.is_empty() {
        return;
    }
    let mut rewriter = Rewriter { candidates: &candidates, names, checked_once: 0 };
    rewriter.visit(body);
    report.add(PASS, "locals checked once a block", rewriter.checked_once);
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
    candidates: &'c BTreeMap<LocalName, Type>,
    names: &'n mut FreshNames,
    checked_once: usize,
}

impl Rewriter<'_, '_> {
    fn visit(&mut self, tree: &mut Tree) {
        match &mut tree.kind {
            TreeKind::Block(statements) => self.rewrite_block(statements),
            TreeKind::If { cond, then_branch, else_branch } => {
                if let Some(local) = non_null_when(cond, true, self.candidates) {
                    self.refine_branch(then_branch, local);
                }
                if let Some(local) = non_null_when(cond, false, self.candidates) {
                    self.refine_branch(else_branch, local);
                }
            }
            TreeKind::While { cond, body } => {
                if let Some(local) = non_null_when(cond, true, self.candidates) {
                    self.refine_branch(body, local);
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
                Event::Dereference(local)
                    if !defines(&statements[index], local)
                        && dereferences_before_assignment(&mut statements[index..], local) >= 2 =>
                {
                    let definition = self.check_and_rename(&mut statements[index..], local);
                    statements.insert(index, definition);
                    // The statement, now one further, may next dereference another local.
                    index += 1;
                }
                _ => {
                    if let Some(local) = guarded_local(&statements[index], self.candidates)
                        && dereferences_before_assignment(&mut statements[index + 1..], local) >= 2
                    {
                        let definition = self.check_and_rename(&mut statements[index + 1..], local);
                        statements.insert(index + 1, definition);
                    }
                    index += 1;
                }
            }
        }
    }

    /// Makes a branch that runs only when `local` is not null read it as non-null, if that saves checks.
    fn refine_branch(&mut self, branch: &mut Tree, local: LocalName) {
        if dereferences_before_assignment(std::slice::from_mut(branch), local) < 2 {
            return;
        }
        let mut statements = match std::mem::replace(&mut branch.kind, TreeKind::Skip) {
            TreeKind::Block(statements) => statements,
            kind => vec![Tree { kind, span: branch.span, ty: branch.ty.clone() }],
        };
        let definition = self.check_and_rename(&mut statements, local);
        statements.insert(0, definition);
        branch.kind = TreeKind::Block(statements);
    }

    /// Renames the reads of `local` in `statements` (up to its first assignment) to a fresh local, and
    /// returns the definition of that local as `local.notNull`, to go just before them.
    fn check_and_rename(&mut self, statements: &mut [Tree], local: LocalName) -> Tree {
        let declared = &self.candidates[&local];
        let checked = self.names.local(local.as_str());
        let span = statements.first().map(|statement| statement.span).unwrap_or_default();
        let mut region = Region { from: local, to: Some(checked), stopped: false, dereferences: 0 };
        for statement in statements.iter_mut() {
            region.walk(statement);
        }
        let read = Tree { kind: TreeKind::VarRef(local), span, ty: declared.clone() };
        let check = Tree {
            kind: TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand: Box::new(read) },
            span,
            ty: non_nullable(declared),
        };
        self.checked_once += 1;
        let definition = TreeKind::VarDef {
            name: checked,
            original_name: Some(local.as_str().to_string()),
            ty: non_nullable(declared),
            mutable: false,
            rhs: Box::new(check),
        };
        Tree { kind: definition, span, ty: Type::Void }
    }
}

/// The local that a condition, when it evaluates to `outcome`, has found not null: `a !== null` (true),
/// `a === null` (false), where `a` may be the value of a block that assigns it first
/// (`(current = this.current) !== null`), or either side of `&&` (true; the first side's local only if
/// the second does not assign it).
fn non_null_when(cond: &Tree, outcome: bool, candidates: &BTreeMap<LocalName, Type>) -> Option<LocalName> {
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
fn guarded_local(statement: &Tree, candidates: &BTreeMap<LocalName, Type>) -> Option<LocalName> {
    let TreeKind::If { cond, then_branch, else_branch } = &statement.kind else { return None };
    let (local, exits, other) = if let Some(local) = non_null_when(cond, false, candidates) {
        (local, then_branch, else_branch)
    } else {
        (non_null_when(cond, true, candidates)?, else_branch, then_branch)
    };
    (exits.ty == Type::Nothing && !assigns(other, local)).then_some(local)
}

/// How many checked dereferences of `local` the statements have, in order, before it is first assigned.
fn dereferences_before_assignment(statements: &mut [Tree], local: LocalName) -> usize {
    let mut region = Region { from: local, to: None, stopped: false, dereferences: 0 };
    for statement in statements.iter_mut() {
        region.walk(statement);
    }
    region.dereferences
}

/// A walk over trees in evaluation order that counts the checked dereferences of `from`, and renames its
/// reads to `to` when there is one, until `from` is assigned. A loop that assigns `from` anywhere ends
/// the walk before it, since its second iteration reads what the assignment stored.
struct Region {
    from: LocalName,
    to: Option<LocalName>,
    stopped: bool,
    dereferences: usize,
}

impl Region {
    fn walk(&mut self, tree: &mut Tree) {
        if self.stopped {
            return;
        }
        if matches!(tree.kind, TreeKind::While { .. }) && assigns(tree, self.from) {
            self.stopped = true;
            return;
        }
        match &mut tree.kind {
            TreeKind::VarRef(name) if *name == self.from => {
                if let Some(to) = self.to {
                    *name = to;
                    tree.ty = non_nullable(&tree.ty);
                }
                return;
            }
            TreeKind::Assign { lhs, rhs } if matches!(lhs.kind, TreeKind::VarRef(name) if name == self.from) => {
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
        if is_checked_dereference(tree, self.from) {
            self.dereferences += 1;
        }
        for_each_child_mut(tree, |child| self.walk(child));
    }
}

/// The first thing evaluating a tree does that could fail or be seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    /// Nothing: the tree has no effect and cannot fail.
    Nothing,
    /// The null check of this candidate local, before anything else that could fail or be seen.
    Dereference(LocalName),
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
fn first_in_sequence<'t>(trees: impl IntoIterator<Item = &'t Tree>, candidates: &BTreeMap<LocalName, Type>) -> Event {
    for tree in trees {
        let event = first_event(tree, candidates);
        if event != Event::Nothing {
            return event;
        }
    }
    Event::Nothing
}

/// The null check that dereferencing an evaluated `value` performs: none if its type excludes `null`.
fn null_check(value: &Tree, candidates: &BTreeMap<LocalName, Type>) -> Event {
    if !value.ty.is_nullable() {
        return Event::Nothing;
    }
    match &value.kind {
        TreeKind::VarRef(name) if candidates.contains_key(name) => Event::Dereference(*name),
        _ => Event::Other,
    }
}

/// The first event of evaluating a tree, in Java's order of evaluation.
fn first_event(tree: &Tree, candidates: &BTreeMap<LocalName, Type>) -> Event {
    let first = |tree: &Tree| first_event(tree, candidates);
    match &tree.kind {
        kind if kind.is_primitive_literal() => Event::Nothing,
        TreeKind::Null
        | TreeKind::String(_)
        | TreeKind::VarRef(_)
        | TreeKind::This
        | TreeKind::SelectStatic(_)
        | TreeKind::Skip => Event::Nothing,
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
    if let TreeKind::Assign { lhs, .. } = &tree.kind
        && matches!(lhs.kind, TreeKind::VarRef(name) if name == local)
    {
        return true;
    }
    let mut found = false;
    for_each_child(tree, |child| found = found || assigns(child, local));
    found
}

/// Whether a tree dereferences the local with a check for `null`: as the qualifier of a field, the array
/// of an access not proven in bounds or of `length`, the receiver of a call on a class type, or the
/// operand of `notNull`.
fn is_checked_dereference(tree: &Tree, local: LocalName) -> bool {
    let is_local = |value: &Tree| matches!(value.kind, TreeKind::VarRef(name) if name == local);
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
    if matches!(tree.kind, TreeKind::VarDef { name, .. } if name == local) {
        return true;
    }
    let mut found = false;
    for_each_child(tree, |child| found = found || defines(child, local));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::SourceMap;

    /// Runs the pass over the one method of `a.Points` with `body`, and returns the count and the body.
    fn rewritten(params: &str, body: &str) -> (usize, String) {
        let program = format!(
            "class java.lang.Object {{\n}}\nclass a.Point extends java.lang.Object {{\n  var a.Point::x: int\n  var a.Point::next: a.Point\n}}\nclass a.Points extends java.lang.Object {{\n  static def f;I({params}): int = {{\n{body}\n  }}\n}}\n"
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
        run(&method.params, body, &mut names, &mut report);
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
}
