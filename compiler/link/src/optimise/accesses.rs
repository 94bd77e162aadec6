//! Checked before: an array access that repeats one made earlier on every path, with neither the array nor
//! the index changed since, needs no check; nor does the dereference of a local already tested or
//! dereferenced on every path, and not assigned since.
//!
//! # Why
//!
//! Code that reads an element and then writes it back, or reads it twice, checks it twice:
//! `int saved = values[i]; values[i] = values[j]; values[j] = saved` (Permute's `swap`, and every sort)
//! checks `values[i]` and `values[j]` twice each, `tape[p] = tape[p] + 1` (Brainfuck) twice, and an
//! inlined `isFree(row, column)` followed by `setFree(row, column, false)` (Queens) reads and then writes
//! the same three elements. Each check is a null test and a compare against a length read from memory;
//! Wasmtime cannot remove them, since it does not know that Kiln's checks throw and never return.
//!
//! # What is proven
//!
//! An *access* is an array, named by a place, and an index, named by a pure expression:
//! - the array is a local, a static field, or an instance field of a local or of `this`;
//! - the index is a literal, a local, or an `int` operator that cannot throw (`+ - * & | ^ << >> >>>`)
//!   on such indices.
//!
//! Walking the body in evaluation order, the pass keeps the set of accesses that have completed on every
//! path to the current point and whose array and index still name the same values: an access that
//! completed found the array not null and the index within its length, and an array's length never
//! changes. An access found in the set is marked `in_bounds`, which the emitter compiles without its
//! null and index checks (Wasmtime still checks the index in `array.get`, so a wrong proof would trap,
//! not read memory).
//!
//! A local assigned another local's value names the same value until either changes: accesses name
//! locals by the originals of such copies, so the `val`s that inlining binds to arguments
//! (`isFree(row, column)` then `setFree(row, column, false)`, two copies of `row`) name the same access.
//!
//! What removes an access from the set:
//! - an assignment or definition of a local that it names (array or index), or a `catch` binding;
//! - an assignment to the static field that names its array;
//! - an assignment to the instance field that names its array, through any object (aliases);
//! - anything that may run other code (a call, a constructor, a string concatenation, the first use of a
//!   class with a static initializer): that code may assign any instance field, though never a local of
//!   this method (closures capture values, and their bodies are separate functions, not walked here),
//!   and any static field, unless the whole-program summary of [`super::static_writes`] names the static
//!   fields it may assign: then only those. Permute's `swap(last, i); permute(last); swap(last, i)`
//!   keeps the second swap's elements, as `permute` never assigns `values`: 79.4 to 59.1 ms an iteration;
//!   Queens' `setFree(row, column, true)` after its recursive call, 27.6 to 25.8.
//!
//! Control flow: the two branches of an `if` start from the set after the condition (for `&&`, `||` and
//! `!` conditions, from the set of the outcome that picks the branch: the then-branch of
//! `if (a[i] > 0 && b[j] > 0)` has both accesses), and meet afterwards (an access stays when both
//! branches keep it; a branch that cannot complete, ending in a `throw` or a `return`, does not count).
//! A `return` to a label carries its set to the end of the labelled block. A loop starts from the set
//! before it without everything the loop removes anywhere, which holds at every iteration; a `catch` and a
//! `finally` likewise start from the set before the `try` without what the `try` block removes, and a
//! `return` leaving a `try` block loses what its `finally` removes. The set is capped (oldest first out),
//! so a huge method costs linear time.
//!
//! # Locals known not null
//!
//! The same walk keeps a second set: the locals that hold a reference on every path to the current point.
//! A local joins it where a condition tested it (the then-branch of `x !== null` or `x.isInstanceOf[T]`,
//! the else-branch of `x === null`, through `&&`, `||` and `!` as above), after a dereference of it
//! completed (`x.f`, `x.f = v`, `x.m(..)`, `x.notNull`: it would have thrown on `null`; but not when the
//! operands evaluated before the check, in Java's order, assign `x`), and where it is assigned a value
//! that is never null or a local in the set. An assignment removes it; nothing else can change a local.
//! A copy shares its original's entry, as for indices.
//!
//! A read of such a local as the object of a field read or write, or as the receiver of a call, gets the
//! non-nullable type. The emitter compiles it without the check that throws `NullPointerException`: the
//! local still has a nullable Wasm type, so a field access reads it as it is (`struct.get` takes a
//! nullable reference; Wasmtime checks every one for null and would trap on a wrong proof) and a call
//! adds `ref.as_non_null`. The optimiser's other passes narrow only locals that never hold `null`
//! ([`super::nullness`]) or `val`s dereferenced again in one block ([`super::dereferences`]); this one
//! covers the loops of linked structures, `while (node !== null) { ...node.value...; node = node.next }`,
//! where the local is reassigned at every turn (List's `isShorterThan`: 30.6 to 27.2 ms an iteration).

use std::collections::BTreeSet;

use kiln_ir::names::{ClassName, FieldName, LabelName, LocalName, well_known};
use kiln_ir::trees::{BinaryOp, Tree, TreeKind, UnaryOp, for_each_child, for_each_child_mut};
use kiln_ir::types::Type;

use super::OptimisationReport;
use super::dereferences::may_run_other_code;

pub const PASS: &str = "accesses";

/// At most this many accesses are remembered at once; beyond it the oldest are forgotten, which only
/// loses proofs.
const MAX_REMEMBERED_ACCESSES: usize = 64;

/// What the pass is told about code it does not see.
pub struct Effects<'q> {
    /// Whether reading a static field of a class can do nothing but read it (a class initialised at its
    /// first use runs its static initializer at the first read).
    pub static_read_is_quiet: &'q dyn Fn(ClassName) -> bool,
    /// The static fields that a node that runs other code (a call, a `new`, a string concatenation) may
    /// assign, through everything it calls, or `None` when that is not known
    /// (`super::static_writes::StaticWrites`).
    pub static_writes_of_call: &'q dyn Fn(&Tree) -> Option<BTreeSet<FieldName>>,
}

/// Marks the array accesses of a method body that repeat an access already made.
pub fn run(body: &mut Tree, effects: &Effects, report: &mut OptimisationReport) {
    let mut walker = Walker { effects, label_states: Vec::new(), enclosing_finalizers: Vec::new(), marked: 0, known_non_null: 0 };
    let mut state = Available::empty();
    walker.visit(body, &mut state);
    report.add(PASS, "array accesses checked before", walker.marked);
    report.add(PASS, "dereferences of locals known not null", walker.known_non_null);
}

/// What names an accessed array.
#[derive(Clone, Debug, PartialEq, Eq)]
enum ArrayPlace {
    Local(LocalName),
    Static(FieldName),
    /// A field of a local (`Some`) or of `this` (`None`).
    Field {
        qualifier: Option<LocalName>,
        field: FieldName,
    },
}

/// A pure `int` expression naming an index.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Index {
    Literal(i32),
    Local(LocalName),
    Operation(BinaryOp, Box<Index>, Box<Index>),
}

impl Index {
    fn of(tree: &Tree, state: &Available) -> Option<Index> {
        match &tree.kind {
            TreeKind::Int(literal) => Some(Index::Literal(*literal)),
            TreeKind::VarRef(name) => Some(Index::Local(state.original(*name))),
            TreeKind::BinaryOp { op, lhs, rhs } if cannot_throw(*op) => {
                Some(Index::Operation(*op, Box::new(Index::of(lhs, state)?), Box::new(Index::of(rhs, state)?)))
            }
            _ => None,
        }
    }

    fn mentions(&self, local: LocalName) -> bool {
        match self {
            Index::Literal(_) => false,
            Index::Local(name) => *name == local,
            Index::Operation(_, lhs, rhs) => lhs.mentions(local) || rhs.mentions(local),
        }
    }
}

/// The `int` operators whose result depends only on their operands and that never throw.
fn cannot_throw(op: BinaryOp) -> bool {
    use BinaryOp as B;
    matches!(op, B::IntAdd | B::IntSub | B::IntMul | B::IntOr | B::IntAnd | B::IntXor | B::IntShl | B::IntShr | B::IntShrUnsigned)
}

/// A value of this type is a reference, never `null`.
fn is_non_null_reference(ty: &Type) -> bool {
    matches!(
        ty,
        Type::String
            | Type::Any { nullable: false }
            | Type::Class { nullable: false, .. }
            | Type::Array { nullable: false, .. }
            | Type::Closure { nullable: false, .. }
    )
}

/// Which outcome of a condition shows that a local holds a reference.
enum NullTest {
    NotNullWhenTrue,
    NotNullWhenFalse,
}

/// The local a condition tests for `null`, if it is one: `x !== null`, `x === null` (either way round),
/// `x.isInstanceOf[T]` (true only for a reference).
fn null_test(cond: &Tree) -> Option<(LocalName, NullTest)> {
    match &cond.kind {
        TreeKind::BinaryOp { op: op @ (BinaryOp::RefEq | BinaryOp::RefNe), lhs, rhs } => {
            let local = match (&lhs.kind, &rhs.kind) {
                (TreeKind::VarRef(name), TreeKind::Null) | (TreeKind::Null, TreeKind::VarRef(name)) => *name,
                _ => return None,
            };
            let test = if *op == BinaryOp::RefNe { NullTest::NotNullWhenTrue } else { NullTest::NotNullWhenFalse };
            Some((local, test))
        }
        TreeKind::IsInstanceOf { expr, .. } => match &expr.kind {
            TreeKind::VarRef(name) => Some((*name, NullTest::NotNullWhenTrue)),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Access {
    array: ArrayPlace,
    index: Index,
}

impl Access {
    /// The access `array[index]`, its locals named by the originals they copy (`state`'s aliases).
    fn of(array: &Tree, index: &Tree, state: &Available) -> Option<Access> {
        let array = match &array.kind {
            TreeKind::VarRef(name) => ArrayPlace::Local(state.original(*name)),
            TreeKind::SelectStatic(field) => ArrayPlace::Static(*field),
            TreeKind::Select { qualifier, field } => match &qualifier.kind {
                TreeKind::VarRef(name) => ArrayPlace::Field { qualifier: Some(state.original(*name)), field: *field },
                TreeKind::This => ArrayPlace::Field { qualifier: None, field: *field },
                _ => return None,
            },
            _ => return None,
        };
        Some(Access { array, index: Index::of(index, state)? })
    }

    fn is_killed_by(&self, kills: &Kills) -> bool {
        let array_killed = match &self.array {
            ArrayPlace::Local(name) => kills.locals.contains(name),
            ArrayPlace::Static(field) => kills.heap || kills.static_fields.contains(field),
            ArrayPlace::Field { qualifier, field } => {
                kills.heap
                    || kills.instance_heap
                    || kills.instance_fields.contains(field)
                    || qualifier.is_some_and(|name| kills.locals.contains(&name))
            }
        };
        array_killed || kills.locals.iter().any(|local| self.index.mentions(*local))
    }
}

/// What a tree may change that accesses name.
#[derive(Clone, Debug, Default)]
struct Kills {
    locals: Vec<LocalName>,
    static_fields: Vec<FieldName>,
    instance_fields: Vec<FieldName>,
    /// May run other code, which may assign any field.
    heap: bool,
    /// May run code that may assign any instance field, and of the static fields only `static_fields`.
    instance_heap: bool,
}

impl Kills {
    /// Everything that evaluating `tree` may change, anywhere in it (closure bodies excepted: they run
    /// only when called, and a call already counts as running other code).
    fn of(tree: &Tree, effects: &Effects) -> Kills {
        let mut kills = Kills::default();
        kills.collect(tree, effects);
        kills
    }

    fn collect(&mut self, tree: &Tree, effects: &Effects) {
        if let TreeKind::Closure { captures, .. } = &tree.kind {
            for (_, value) in captures {
                self.collect(value, effects);
            }
            return;
        }
        self.add_node(tree, effects);
        for_each_child(tree, |child| self.collect(child, effects));
    }

    /// What the node itself changes, apart from its operands.
    fn add_node(&mut self, tree: &Tree, effects: &Effects) {
        match &tree.kind {
            TreeKind::VarDef { name, .. } | TreeKind::TryCatch { var: name, .. } => self.locals.push(*name),
            TreeKind::Assign { lhs, .. } => match &lhs.kind {
                TreeKind::VarRef(name) => self.locals.push(*name),
                TreeKind::SelectStatic(field) => self.static_fields.push(*field),
                TreeKind::Select { field, .. } => self.instance_fields.push(*field),
                TreeKind::ArraySelect { .. } => {}
                _ => self.heap = true,
            },
            TreeKind::Closure { .. } => {}
            _ if may_run_other_code(tree, effects.static_read_is_quiet) => match (effects.static_writes_of_call)(tree) {
                // Code whose static writes are known: any instance field, and only those statics.
                Some(fields) => {
                    self.instance_heap = true;
                    self.static_fields.extend(fields);
                }
                None => self.heap = true,
            },
            _ => {}
        }
    }

    fn local(local: LocalName) -> Kills {
        Kills { locals: vec![local], ..Kills::default() }
    }
}

/// The accesses that have completed on every path to a point, or `reachable: false` where no path
/// completes (after a `throw` or a `return`); and the locals that hold a copy of another there.
#[derive(Clone, Debug)]
struct Available {
    reachable: bool,
    accesses: Vec<Access>,
    /// `(copy, original)`: `copy` was assigned `original`'s value and neither has changed since (the
    /// `val`s that inlining binds to the arguments: `isFree(row)` then `setFree(row)` index with two
    /// copies of `row`). Accesses name locals by their originals.
    aliases: Vec<(LocalName, LocalName)>,
    /// The locals known to hold a reference, not `null`: tested (`x !== null`, `x.isInstanceOf[T]`) or
    /// dereferenced (`x.f`, `x.m()`) on every path here, or assigned a value that is never null.
    non_null: Vec<LocalName>,
}

impl Available {
    fn empty() -> Available {
        Available { reachable: true, accesses: Vec::new(), aliases: Vec::new(), non_null: Vec::new() }
    }

    fn unreachable() -> Available {
        Available { reachable: false, ..Available::empty() }
    }

    fn is_non_null(&self, local: LocalName) -> bool {
        self.non_null.contains(&local) || self.non_null.contains(&self.original(local))
    }

    /// Records that `local` holds a reference; so does the local it copies, which holds the same one.
    fn add_non_null(&mut self, local: LocalName) {
        if !self.reachable {
            return;
        }
        for name in [local, self.original(local)] {
            if !self.non_null.contains(&name) {
                if self.non_null.len() == MAX_REMEMBERED_ACCESSES {
                    self.non_null.remove(0);
                }
                self.non_null.push(name);
            }
        }
    }

    fn original(&self, local: LocalName) -> LocalName {
        self.aliases.iter().find(|(copy, _)| *copy == local).map_or(local, |(_, original)| *original)
    }

    fn remove(&mut self, kills: &Kills) {
        self.accesses.retain(|access| !access.is_killed_by(kills));
        self.aliases.retain(|(copy, original)| !kills.locals.contains(copy) && !kills.locals.contains(original));
        self.non_null.retain(|name| !kills.locals.contains(name));
    }

    /// After `local` was assigned or defined: forgets what named it, and records it as a copy when the
    /// value was another local's.
    fn assigned(&mut self, local: LocalName, value: &Tree) {
        let value_is_non_null = match &value.kind {
            TreeKind::VarRef(source) => self.is_non_null(*source),
            _ => is_non_null_reference(&value.ty),
        };
        self.remove(&Kills::local(local));
        if let TreeKind::VarRef(source) = &value.kind {
            let original = self.original(*source);
            if original != local && self.aliases.len() < MAX_REMEMBERED_ACCESSES {
                self.aliases.push((local, original));
            }
        }
        if value_is_non_null {
            self.add_non_null(local);
        }
    }

    fn add(&mut self, access: Access) {
        if self.accesses.len() == MAX_REMEMBERED_ACCESSES {
            self.accesses.remove(0);
        }
        self.accesses.push(access);
    }

    /// The accesses available on both of two paths that join.
    fn meet(self, other: Available) -> Available {
        match (self.reachable, other.reachable) {
            (false, _) => other,
            (_, false) => self,
            _ => {
                let mut accesses = self.accesses;
                accesses.retain(|access| other.accesses.contains(access));
                let mut aliases = self.aliases;
                aliases.retain(|alias| other.aliases.contains(alias));
                let mut non_null = self.non_null;
                non_null.retain(|name| other.non_null.contains(name));
                Available { reachable: true, accesses, aliases, non_null }
            }
        }
    }
}

struct Walker<'q> {
    effects: &'q Effects<'q>,
    /// For each enclosing labelled block, innermost last, the meet of the sets its `return`s carry.
    label_states: Vec<(LabelName, Available)>,
    /// What the `finally` blocks around the current point change: a `return` runs them before its label.
    enclosing_finalizers: Vec<Kills>,
    marked: usize,
    known_non_null: usize,
}

impl Walker<'_> {
    fn kills_of(&self, tree: &Tree) -> Kills {
        Kills::of(tree, self.effects)
    }

    fn visit(&mut self, tree: &mut Tree, state: &mut Available) {
        match &mut tree.kind {
            TreeKind::Block(statements) => {
                for statement in statements {
                    self.visit(statement, state);
                }
            }
            TreeKind::VarDef { name, rhs, .. } => {
                let name = *name;
                self.visit(rhs, state);
                state.assigned(name, rhs);
            }
            TreeKind::Assign { lhs, rhs } => self.visit_assign(lhs, rhs, state),
            TreeKind::ArraySelect { array, index, in_bounds } => {
                self.visit(array, state);
                self.visit(index, state);
                self.access(array, index, in_bounds, state);
            }
            TreeKind::If { cond, then_branch, else_branch } | TreeKind::LinkTimeIf { cond, then_branch, else_branch } => {
                let (mut when_true, mut when_false) = self.condition(cond, state.clone());
                self.visit(then_branch, &mut when_true);
                self.visit(else_branch, &mut when_false);
                *state = when_true.meet(when_false);
            }
            TreeKind::While { cond, body } => {
                let mut kills = Kills::default();
                kills.collect(cond, self.effects);
                kills.collect(body, self.effects);
                state.remove(&kills);
                let runs_forever = matches!(cond.kind, TreeKind::Boolean(true));
                let (mut when_true, when_false) = self.condition(cond, state.clone());
                self.visit(body, &mut when_true);
                *state = if runs_forever { Available::unreachable() } else { when_false };
            }
            TreeKind::Labeled { label, body, .. } => {
                self.label_states.push((*label, Available::unreachable()));
                self.visit(body, state);
                let (_, returned) = self.label_states.pop().expect("pushed above");
                *state = std::mem::replace(state, Available::unreachable()).meet(returned);
            }
            TreeKind::Return { label, expr } => {
                if let Some(expr) = expr {
                    self.visit(expr, state);
                }
                let mut carried = std::mem::replace(state, Available::unreachable());
                for finalizer in &self.enclosing_finalizers {
                    carried.remove(finalizer);
                }
                if let Some((_, returned)) = self.label_states.iter_mut().rev().find(|(name, _)| name == label) {
                    *returned = std::mem::replace(returned, Available::unreachable()).meet(carried);
                }
            }
            TreeKind::TryCatch { block, var, handler, .. } => {
                let mut at_handler = state.clone();
                at_handler.remove(&self.kills_of(block));
                at_handler.remove(&Kills::local(*var));
                self.visit(block, state);
                self.visit(handler, &mut at_handler);
                *state = std::mem::replace(state, Available::unreachable()).meet(at_handler);
            }
            TreeKind::TryFinally { block, finalizer } => {
                let mut at_finalizer = state.clone();
                at_finalizer.remove(&self.kills_of(block));
                self.enclosing_finalizers.push(self.kills_of(finalizer));
                self.visit(block, state);
                self.enclosing_finalizers.pop();
                self.visit(finalizer, &mut at_finalizer);
                // The finalizer's set holds however it was entered; control goes on past the `try` only
                // when the block completed.
                *state = if state.reachable { at_finalizer } else { Available::unreachable() };
            }
            TreeKind::Match { selector, cases, default } => {
                self.visit(selector, state);
                let start = std::mem::replace(state, Available::unreachable());
                for (_, body) in cases.iter_mut() {
                    let mut case_state = start.clone();
                    self.visit(body, &mut case_state);
                    *state = std::mem::replace(state, Available::unreachable()).meet(case_state);
                }
                let mut default_state = start;
                self.visit(default, &mut default_state);
                *state = std::mem::replace(state, Available::unreachable()).meet(default_state);
            }
            TreeKind::UnaryOp { op: UnaryOp::Throw, operand } => {
                self.visit(operand, state);
                *state = Available::unreachable();
            }
            TreeKind::Select { qualifier, .. } | TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand: qualifier } => {
                self.dereference(qualifier, state);
                self.visit(qualifier, state);
                self.dereferenced(qualifier, &[], state);
            }
            TreeKind::Apply { receiver, args, .. } | TreeKind::ApplyStatically { receiver, args, .. } => {
                self.dereference(receiver, state);
                self.visit(receiver, state);
                for arg in args.iter_mut() {
                    self.visit(arg, state);
                }
                let mut kills = Kills::default();
                kills.add_node(tree, self.effects);
                state.remove(&kills);
                if let TreeKind::Apply { receiver, args, .. } | TreeKind::ApplyStatically { receiver, args, .. } = &tree.kind {
                    self.dereferenced(receiver, args, state);
                }
            }
            TreeKind::Closure { captures, .. } => {
                for (_, value) in captures.iter_mut() {
                    self.visit(value, state);
                }
            }
            _ => {
                for_each_child_mut(tree, |child| self.visit(child, state));
                let mut kills = Kills::default();
                kills.add_node(tree, self.effects);
                state.remove(&kills);
            }
        }
    }

    fn visit_assign(&mut self, lhs: &mut Tree, rhs: &mut Tree, state: &mut Available) {
        match &mut lhs.kind {
            TreeKind::VarRef(name) => {
                let name = *name;
                self.visit(rhs, state);
                state.assigned(name, rhs);
            }
            TreeKind::ArraySelect { array, index, in_bounds } => {
                // As in Java, the array and the index are evaluated, then the value, then the store checks.
                self.visit(array, state);
                self.visit(index, state);
                self.visit(rhs, state);
                self.access(array, index, in_bounds, state);
            }
            TreeKind::Select { qualifier, field } => {
                let field = *field;
                self.dereference(qualifier, state);
                self.visit(qualifier, state);
                self.visit(rhs, state);
                state.remove(&Kills { instance_fields: vec![field], ..Kills::default() });
                self.dereferenced(qualifier, std::slice::from_ref(rhs), state);
            }
            TreeKind::SelectStatic(field) => {
                let field = *field;
                self.visit(rhs, state);
                let heap = !(self.effects.static_read_is_quiet)(field.class);
                state.remove(&Kills { static_fields: vec![field], heap, ..Kills::default() });
            }
            _ => {
                for_each_child_mut(lhs, |child| self.visit(child, state));
                self.visit(rhs, state);
                state.remove(&Kills { heap: true, ..Kills::default() });
            }
        }
    }

    /// Visits a condition and returns the sets where it is true and where it is false.
    fn condition(&mut self, cond: &mut Tree, mut state: Available) -> (Available, Available) {
        match &mut cond.kind {
            // `c && t`
            TreeKind::If { cond: first, then_branch, else_branch } if matches!(else_branch.kind, TreeKind::Boolean(false)) => {
                let (first_true, first_false) = self.condition(first, state);
                let (second_true, second_false) = self.condition(then_branch, first_true);
                (second_true, first_false.meet(second_false))
            }
            // `c || e`
            TreeKind::If { cond: first, then_branch, else_branch } if matches!(then_branch.kind, TreeKind::Boolean(true)) => {
                let (first_true, first_false) = self.condition(first, state);
                let (second_true, second_false) = self.condition(else_branch, first_false);
                (first_true.meet(second_true), second_false)
            }
            TreeKind::UnaryOp { op: UnaryOp::BooleanNot, operand } => {
                let (when_true, when_false) = self.condition(operand, state);
                (when_false, when_true)
            }
            // An inlined predicate: `{ val row$1 = row; freeRows[row$1] && ... }`.
            TreeKind::Block(statements) if !statements.is_empty() => {
                let (last, rest) = statements.split_last_mut().expect("not empty");
                for statement in rest {
                    self.visit(statement, &mut state);
                }
                self.condition(last, state)
            }
            _ => {
                self.visit(cond, &mut state);
                let mut when_true = state.clone();
                let mut when_false = state;
                match null_test(cond) {
                    Some((local, NullTest::NotNullWhenTrue)) => when_true.add_non_null(local),
                    Some((local, NullTest::NotNullWhenFalse)) => when_false.add_non_null(local),
                    None => {}
                }
                (when_true, when_false)
            }
        }
    }

    /// Before a local's value is dereferenced (a field read or written, a method called, `notNull`):
    /// when the local is known to hold a reference here, its read gets the non-nullable type, which the
    /// emitter compiles without the check that throws `NullPointerException`.
    fn dereference(&mut self, operand: &mut Tree, state: &Available) {
        if !state.reachable {
            return;
        }
        if let TreeKind::VarRef(name) = &operand.kind
            && matches!(&operand.ty, Type::Class { class, nullable: true, .. } if *class != well_known::string())
            && state.is_non_null(*name)
        {
            operand.ty = operand.ty.non_nullable();
            self.known_non_null += 1;
        }
    }

    /// After a dereference of `operand` completed: a local dereferenced holds a reference, unless the
    /// `later` operands (evaluated before the check, in Java's order) assigned it another value.
    fn dereferenced(&mut self, operand: &Tree, later: &[Tree], state: &mut Available) {
        if let TreeKind::VarRef(name) = &operand.kind
            && !later.iter().any(|tree| Kills::of(tree, self.effects).locals.contains(name))
        {
            state.add_non_null(*name);
        }
    }

    /// At an array access whose array and index have just been evaluated: marks it when available,
    /// otherwise makes it available.
    fn access(&mut self, array: &Tree, index: &Tree, in_bounds: &mut bool, state: &mut Available) {
        if !state.reachable {
            return;
        }
        let Some(access) = Access::of(array, index, state) else { return };
        if state.accesses.contains(&access) {
            if !*in_bounds {
                *in_bounds = true;
                self.marked += 1;
            }
        } else {
            state.add(access);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optimise::bounds_test_support::{accesses_marked_by, first_method_after};

    /// Runs the pass over the first method of `Accesses` and returns how many accesses it marked and
    /// which, in the order they appear.
    fn marked_accesses(program: &str) -> (usize, String) {
        let mut report = OptimisationReport::default();
        let marked = accesses_marked_by(program, "Accesses", |_, body| {
            run(body, &Effects { static_read_is_quiet: &|_| true, static_writes_of_call: &|_| None }, &mut report)
        });
        (report.count(PASS, "array accesses checked before"), marked)
    }

    /// A program whose method `Accesses::m` has parameters `a: int[]`, `b: int[]`, `i: int`, `j: int`
    /// and the given body; the class has a static array `s`, an instance array `f` and a static method
    /// `touch` to call.
    fn method(body: &str) -> String {
        format!(
            "class java.lang.Object {{\n}}\nclass Accesses extends java.lang.Object {{
  static var Accesses::s: int[]
  var Accesses::f: int[]
  def m;[I;[I;I;I;I(a: int[], var b: int[], var i: int, var j: int): int = {{\n{body}\n  }}
  static def touch;V() {{
  }}\n}}\n"
        )
    }

    /// Runs the pass over the first method of `Nulls` and lists the reads of locals it typed non-null, in
    /// the order they appear, with how many it reported.
    fn known_non_null(body: &str) -> (usize, String) {
        let program = format!(
            "class java.lang.Object {{\n}}\nclass Nulls extends java.lang.Object {{
  var Nulls::next: Nulls
  var Nulls::value: int
  def m;LNulls;LNulls;I(var a: Nulls, var b: Nulls): int = {{\n{body}\n  }}
  def take;LNulls;I(other: Nulls): int = {{
    0
  }}\n}}\n"
        );
        fn collect(tree: &Tree, found: &mut Vec<String>) {
            if let (TreeKind::VarRef(name), Type::Class { nullable: false, .. }) = (&tree.kind, &tree.ty) {
                found.push(name.to_string());
            }
            for_each_child(tree, |child| collect(child, found));
        }
        let mut report = OptimisationReport::default();
        let body = first_method_after(&program, "Nulls", |_, body| {
            run(body, &Effects { static_read_is_quiet: &|_| true, static_writes_of_call: &|_| None }, &mut report)
        });
        let mut found = Vec::new();
        collect(&body, &mut found);
        (report.count(PASS, "dereferences of locals known not null"), found.join(" "))
    }

    #[test]
    fn a_test_for_null_or_a_dereference_shows_a_local_holds_a_reference() {
        // `a` is tested in the loop's condition, `b` in an early return's; the copy `c` of `b` holds the
        // same reference; `a` is assigned a field's value, which may be null, at the end of the body.
        let (count, marked) = known_non_null(
            "    done$1[int]: {
      var total: int = 0;
      if ((b === null)) {
        return@done$1 0
      };
      while ((a !== null)) {
        total = ((total +[int] a.Nulls::value) +[int] b.Nulls::value);
        a = a.Nulls::next
      };
      val c: Nulls = b;
      (total +[int] c.Nulls::value)
    }",
        );
        assert_eq!((count, marked.as_str()), (4, "a b a c"));
    }

    #[test]
    fn a_dereference_counts_once_it_completed_with_the_same_value() {
        // After `a.take(b)` completed, `a` is known; `b.take({ b = null; a })` checks the old `b` after its
        // argument assigned it, so nothing is known of `b`, and the else-branch of its test knows nothing
        // either; `a.next` may be null, but the `||` shows `a` is not where its test failed.
        let (count, marked) = known_non_null(
            "    var total: int = a.Nulls::take;LNulls;I(b);
    total = (total +[int] a.Nulls::value);
    total = (total +[int] b.Nulls::take;LNulls;I({
      b = null;
      a
    }));
    if ((b !== null)) {
      total = (total +[int] 1)
    } else {
      total = (total +[int] b.Nulls::value)
    };
    a = a.Nulls::next;
    if (((a === null) || (a.Nulls::value >[int] 2))) {
      total = (total +[int] 1)
    } else {
      total = (total +[int] a.Nulls::value)
    };
    total",
        );
        assert_eq!((count, marked.as_str()), (4, "a a a a"));
    }

    #[test]
    fn a_swap_checks_each_element_once() {
        let (count, marked) = marked_accesses(&method(
            "    var saved: int = Accesses::s[i];
    Accesses::s[i] = Accesses::s[j];
    Accesses::s[j] = saved;
    saved",
        ));
        assert_eq!((count, marked.as_str()), (2, "s.s[i] s.s[j]"));
    }

    #[test]
    fn read_modify_writes_and_pure_index_expressions_repeat() {
        // The third store may skip its read, but the first statement already checked `a[i]`; `a[(i + 1)]`
        // is a new access, then a repeated one; `a[(i / 2)]` can throw and is never remembered.
        let (count, marked) = marked_accesses(&method(
            "    a[i] = (a[i] +[int] 1);
    a[i] = ((a[i] <<[int] 1) |[int] 1);
    a[i] = (if ((i >[int] 2)) { a[i] } else { 0 });
    a[(i +[int] 1)] = a[(i +[int] 1)];
    a[(i /[int] 2)] = a[(i /[int] 2)];
    i",
        ));
        assert_eq!((count, marked.as_str()), (6, "a[i] a[i] a[i] a[i] a[i] a[e]"));
    }

    #[test]
    fn assignments_and_calls_forget_what_they_may_change() {
        // `i` and `b` are assigned, `s` is assigned and then a call may assign it, the field `f` is
        // assigned through `this`; only `a[j]` (a local array, unaffected by the call) survives.
        let (count, marked) = marked_accesses(&method(
            "    var total: int = (((a[i] +[int] b[0]) +[int] Accesses::s[0]) +[int] this.Accesses::f[0]);
    total = (total +[int] a[j]);
    i = (i +[int] 1);
    b = a;
    Accesses::touch;V();
    this.Accesses::f = a;
    total = (((((total +[int] a[i]) +[int] b[0]) +[int] Accesses::s[0]) +[int] this.Accesses::f[0]) +[int] a[j]);
    total",
        ));
        assert_eq!((count, marked.as_str()), (1, "a[j]"));
    }

    #[test]
    fn branches_meet_and_conditions_keep_what_picked_the_branch() {
        // After the `if`, only `a[i]` was accessed on both paths (the else-branch throws, so it does not
        // count); inside the then-branch of `&&`, both operands ran.
        let (count, marked) = marked_accesses(&method(
            "    if ((i ==[int] 0)) {
      a[i] = 1;
      b[j] = 1
    } else {
      if ((j ==[int] 1)) {
        a[i] = 2
      } else {
        throw null
      }
    };
    var total: int = (a[i] +[int] b[j]);
    if (((a[j] >[int] 0) && (b[i] >[int] 0))) {
      total = ((total +[int] a[j]) +[int] b[i])
    };
    (total +[int] b[i])",
        ));
        assert_eq!((count, marked.as_str()), (3, "a[i] a[j] b[i]"));
    }

    #[test]
    fn copies_of_a_local_name_the_same_index_until_either_changes() {
        // `k` and `l` copy `i` (an inlined call's argument binding), so `a[k]` and `a[l]` repeat `a[i]`;
        // once `i` changes, `k` still holds the old value but is no longer a copy, and `a[k]` is new; once
        // `k` changes, `a[k]` is unknown again.
        let (count, marked) = marked_accesses(&method(
            "    var total: int = a[i];
    {
      val k: int = i;
      var l: int = k;
      total = ((total +[int] a[k]) +[int] a[l]);
      i = (i +[int] 1);
      total = (total +[int] a[k]);
      l = j;
      total = ((total +[int] a[l]) +[int] a[j]);
      l = (l +[int] 1);
      total = (total +[int] a[l])
    };
    total",
        ));
        assert_eq!((count, marked.as_str()), (3, "a[k] a[l] a[j]"));
    }

    #[test]
    fn loops_keep_only_what_they_never_change() {
        // `a[i]` before the loop survives it (the loop assigns `j`, not `i`); `a[j]` does not, but inside
        // the body it repeats the condition's access; the call in the second loop forgets `s`.
        let (count, marked) = marked_accesses(&method(
            "    var total: int = (a[i] +[int] Accesses::s[i]);
    while ((a[j] >[int] 0)) {
      total = ((total +[int] a[i]) +[int] a[j]);
      j = (j +[int] 1)
    };
    while ((total <[int] 10)) {
      total = (total +[int] Accesses::s[i]);
      Accesses::touch;V()
    };
    total",
        ));
        assert_eq!((count, marked.as_str()), (2, "a[i] a[j]"));
    }

    #[test]
    fn labels_try_and_finally_carry_only_what_holds_on_every_path() {
        // The early return carries `a[i]` but not `b[j]`, made after it; the catch may start before `a[j]`
        // completed, but both ways through the `try` made it; `i` is assigned in the finally, so a return
        // through it does not carry `a[i]`.
        let (count, marked) = marked_accesses(&method(
            "    var total: int = 0;
    block$1: {
      total = a[i];
      if ((total ==[int] 0)) {
        return@block$1
      };
      total = b[j]
    };
    total = ((total +[int] a[i]) +[int] b[j]);
    try {
      total = a[j]
    } catch (e) {
      total = a[j]
    };
    total = (total +[int] a[j]);
    block$2: {
      try {
        total = a[i];
        return@block$2
      } finally {
        i = 0
      }
    };
    (total +[int] a[i])",
        ));
        assert_eq!((count, marked.as_str()), (3, "a[i] a[j] a[i]"));
    }
}
