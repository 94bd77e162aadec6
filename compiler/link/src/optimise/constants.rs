//! Static constants: a static field that its class's initializer sets once to a constant, and nothing
//! else ever assigns, is read as that constant.
//!
//! # Why
//!
//! `static final int STATE_HELD = 4;` is a compile-time constant to `javac`, which writes `4` wherever
//! the field is read. The IR does not always do the same: a translation that keeps the field gives a
//! static field, set by the class's static initializer, that every use reads from a global. A read is a
//! load, and worse, a value the optimiser cannot fold: `(state & STATE_HELD) != 0` stays two loads and a
//! test where Java has one test against an immediate. Richards reads nine such constants in its
//! scheduler loop.
//!
//! # What is proved
//!
//! For a class whose static initializer runs before `main`, and for the `val` fields of one initialised
//! at its first use (see below), each top-level statement of the initializer that
//! assigns a static field of the class is looked at: when nothing else in the reachable program assigns
//! that field, and the value is a literal once the constants found so far are substituted and folded
//! (`STATE_NOT_HELD = ~STATE_HELD` is `-5`), the field is a constant. Rounds repeat until no new one is
//! found, so the order of the assignments does not matter.
//!
//! That is Java's meaning of a `static final` field initialised with a constant expression, which the
//! IR no longer marks: `javac` writes its value at every read, even a read made while the initializer
//! runs, before the assignment (`static final int B = f(); static final int C = 9;` where `f` reads `C`
//! gives 9 on the JVM). Kiln follows the JVM there (with `--no-optimise` it reads the field, as the IR says). A field that the IR also assigns once but that Java
//! did not declare `final` would differ only in such a read before its assignment, which the JVM answers
//! with 0; the IR cannot tell the two apart, and the constant is the common case.
//!
//! In a class initialised at its first use (its initializer does something observable), a read of a
//! `var` may be what runs the initializer, so only `val` fields count there: a translation that keeps
//! Java's `final` (tools/java2ir writes a `static final` field as a `val`) gives the JVM's behaviour,
//! where reading `static final String K = "k"` prints nothing that the class's initializer would. Only
//! the assignments before the initializer's first other statement count there: the JVM sets constant
//! variables before the initializer runs, so a translation writes them first, while a blank
//! `static final` that a static block assigns after printing or throwing is read from the field, which
//! runs the block.
//!
//! Literals of the primitive types and strings count; `null` and objects do not. The field and its
//! assignment stay (other reads in the initializer, and code outside the walk, are left as they are).
//!
//! A static field that nothing in the reachable program assigns is null for ever, so a test of it
//! against `null` is a constant too. That is how the runtime library's `System.out` costs nothing for
//! the redirection that `System.setOut` allows: `out()` tests the redirected stream against `null`, and
//! in a program that never calls `setOut` the test folds away. The read itself stays a read (a `null`
//! in its place would lose the field's type).

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::names::FieldName;
use kiln_ir::trees::{BinaryOp, MemberNamespace, MethodBody, Tree, TreeKind, for_each_child, for_each_child_mut};

use super::OptimisationReport;
use crate::{LinkedProgram, MethodKey, static_initializer_name};

pub const PASS: &str = "constants";

/// The static fields that are constants, with their values.
#[derive(Clone, Default)]
pub struct StaticConstants {
    values: BTreeMap<FieldName, Tree>,
    /// The static fields that nothing in the reachable program assigns.
    never_assigned: BTreeSet<FieldName>,
}

impl StaticConstants {
    /// Finds the constants of a linked program (before any pass changes its bodies).
    pub fn of_program(linked: &LinkedProgram) -> StaticConstants {
        Self::of_program_where(linked, false)
    }

    /// Only Java's constant variables: the `val` fields set to a constant. Reading one as its value is
    /// Java's semantics, not an optimisation, so this runs with the optimiser off too.
    pub fn constant_variables(linked: &LinkedProgram) -> StaticConstants {
        Self::of_program_where(linked, true)
    }

    fn of_program_where(linked: &LinkedProgram, immutable_only: bool) -> StaticConstants {
        let mut assignments: BTreeMap<FieldName, usize> = BTreeMap::new();
        for key in &linked.reachable {
            if let Some(MethodBody::Tree(body)) = linked.method_def(*key).map(|method| &method.body) {
                count_assignments(body, &mut assignments);
            }
        }
        let mut constants = StaticConstants::default();
        if !immutable_only {
            for class in &linked.program.classes {
                for field in &class.fields {
                    if field.namespace.is_static() && !assignments.contains_key(&field.name) {
                        constants.never_assigned.insert(field.name);
                    }
                }
            }
        }
        for key in &linked.reachable {
            if key.namespace != MemberNamespace::StaticConstructor || key.method != static_initializer_name() {
                continue;
            }
            // In a class initialised at its first use, only a `val` counts: Java's constant variable,
            // whose read is no use of its class (`javac` writes the value), so it must not run the
            // initializer. A `var` read there may be the very read that does.
            let only_immutable = immutable_only || linked.lazily_initialized_ancestor(key.class).is_some();
            constants.walk_initializer(linked, *key, &assignments, only_immutable);
        }
        constants
    }

    fn walk_initializer(
        &mut self,
        linked: &LinkedProgram,
        key: MethodKey,
        assignments: &BTreeMap<FieldName, usize>,
        only_immutable: bool,
    ) {
        let is_immutable = |field: FieldName| {
            linked.table.get(field.class).is_some_and(|info| {
                linked.program.classes[info.index]
                    .fields
                    .iter()
                    .any(|def| def.name == field && def.namespace.is_static() && !def.mutable)
            })
        };
        let Some(MethodBody::Tree(body)) = linked.method_def(key).map(|method| &method.body) else { return };
        let mut statements = Vec::new();
        crate::construction::flatten_statements(body, &mut statements);
        // Where a read may be what initializes the class, only the assignments that open the initializer
        // count. The JVM gives constant variables their values before the initializer runs (from the
        // class file's `ConstantValue`), and a faithful translation assigns them first (tools/java2ir
        // does); a blank `static final int X;` that a static block assigns after it has printed, tested
        // or thrown is no constant, and reading it must run that block (`tests/run/exceptions/
        // ExceptionFlows`: a failing initializer, seen through such a read).
        if only_immutable {
            let opening = statements
                .iter()
                .position(|statement| {
                    !matches!(&statement.kind, TreeKind::Assign { lhs, .. } if matches!(lhs.kind, TreeKind::SelectStatic(_)))
                })
                .unwrap_or(statements.len());
            statements.truncate(opening);
        }
        let candidates: Vec<(FieldName, &Tree)> = statements
            .iter()
            .filter_map(|statement| match &statement.kind {
                TreeKind::Assign { lhs, rhs } => match lhs.kind {
                    TreeKind::SelectStatic(field)
                        if field.class == key.class
                            && assignments.get(&field) == Some(&1)
                            && (!only_immutable || is_immutable(field)) =>
                    {
                        Some((field, rhs.as_ref()))
                    }
                    _ => None,
                },
                _ => None,
            })
            .collect();
        // Rounds until no new constant: `A = B + 1; B = 5` finds B, then A, as `javac` does.
        loop {
            let before = self.values.len();
            for (field, rhs) in &candidates {
                if self.values.contains_key(field) {
                    continue;
                }
                let mut value = (*rhs).clone();
                self.substitute(&mut value);
                let mut scratch = OptimisationReport::default();
                super::fold::run(&mut value, &Default::default(), &mut scratch);
                if is_constant_literal(&value) {
                    self.values.insert(*field, value);
                }
            }
            if self.values.len() == before {
                return;
            }
        }
    }

    /// Replaces the reads of constant fields in a tree by their values; returns how many it replaced.
    pub fn substitute(&self, tree: &mut Tree) -> usize {
        if self.values.is_empty() && self.never_assigned.is_empty() {
            return 0;
        }
        let mut replaced = 0;
        self.substitute_counting(tree, &mut replaced);
        replaced
    }

    fn is_never_assigned_and_null(&self, field_read: &Tree, other: &Tree) -> bool {
        matches!(field_read.kind, TreeKind::SelectStatic(field) if self.never_assigned.contains(&field))
            && matches!(other.kind, TreeKind::Null)
    }

    fn substitute_counting(&self, tree: &mut Tree, replaced: &mut usize) {
        match &mut tree.kind {
            TreeKind::SelectStatic(field) => {
                if let Some(value) = self.values.get(field) {
                    let span = tree.span;
                    *tree = Tree { span, ..value.clone() };
                    *replaced += 1;
                }
                return;
            }
            TreeKind::BinaryOp { op: op @ (BinaryOp::RefEq | BinaryOp::RefNe), lhs, rhs }
                if self.is_never_assigned_and_null(lhs, rhs) || self.is_never_assigned_and_null(rhs, lhs) =>
            {
                let equal = *op == BinaryOp::RefEq;
                tree.kind = TreeKind::Boolean(equal);
                *replaced += 1;
                return;
            }
            // The target of an assignment is not a read.
            TreeKind::Assign { lhs, rhs } if matches!(lhs.kind, TreeKind::SelectStatic(_)) => {
                self.substitute_counting(rhs, replaced);
                return;
            }
            _ => {}
        }
        for_each_child_mut(tree, |child| self.substitute_counting(child, replaced));
    }
}

/// With the optimiser off: the program with the reads of its constant variables replaced by their values
/// (`StaticConstants::constant_variables`), or `None` when it has none.
pub fn substitute_constant_variables(linked: &LinkedProgram) -> Option<kiln_ir::trees::Program> {
    let constants = StaticConstants::constant_variables(linked);
    if constants.values.is_empty() {
        return None;
    }
    let mut program = linked.program.clone();
    for key in &linked.reachable {
        if let Some(body) = super::method_body_mut(&mut program, linked, *key) {
            constants.substitute(body);
        }
    }
    Some(program)
}

/// Runs the substitution over one method body.
pub fn run(constants: &StaticConstants, body: &mut Tree, report: &mut OptimisationReport) {
    let replaced = constants.substitute(body);
    report.add(PASS, "static constant reads replaced", replaced);
}

fn count_assignments(tree: &Tree, counts: &mut BTreeMap<FieldName, usize>) {
    if let TreeKind::Assign { lhs, .. } = &tree.kind
        && let TreeKind::SelectStatic(field) = lhs.kind
    {
        *counts.entry(field).or_default() += 1;
    }
    for_each_child(tree, |child| count_assignments(child, counts));
}

/// A literal of a primitive type or a string.
fn is_constant_literal(tree: &Tree) -> bool {
    tree.kind.is_primitive_literal() || matches!(tree.kind, TreeKind::String(_))
}
