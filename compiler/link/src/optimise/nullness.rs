//! Non-null locals: removing null checks that the values assigned to a local make redundant.
//!
//! In compliant semantics every dereference of a nullable value (a field read, an array access, a call)
//! is preceded by a null check that throws `NullPointerException`. The IR's types say when a value cannot
//! be null (`new`, array literals, `this`, string literals, the result of a check), but a local declared
//! with a class or array type is nullable by declaration, even when nothing ever stores `null` in it:
//! `var w: long[] = new long[80]` costs a check at each of the 80 `w[t]` of a SHA-512 round.
//!
//! This pass looks at every definition of and assignment to each local of a method. When all of them
//! store values whose types exclude `null`, the local's declared type, and the type of each of its
//! reads, become non-nullable. The emitter then gives it a non-nullable Wasm local and skips the checks;
//! nothing else changes, since the local never held `null` anyway. The analysis is flow-insensitive (one
//! verdict per name for the whole method), which keeps it linear and obviously sound: a name that is
//! also a parameter, a `catch` variable or a closure's parameter or capture is left alone, so that no
//! two different variables share a verdict.

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::names::LocalName;
use kiln_ir::trees::{ParamDef, Tree, TreeKind, for_each_child, for_each_child_mut};
use kiln_ir::types::Type;

use super::OptimisationReport;

pub const PASS: &str = "nullness";

/// Narrows the locals of a method body that only ever hold non-null values.
///
/// Rounds repeat until one narrows nothing: a local copied from a narrowed one (`val array = balls`, the
/// hidden array of a for-each loop) is only seen to hold non-null values once the copy's source reads as
/// non-null. Each round narrows at least one more local, so there are at most as many rounds as locals.
pub fn run(params: &[ParamDef], body: &mut Tree, report: &mut OptimisationReport) {
    loop {
        let mut facts =
            Facts { stores_only_non_null: BTreeMap::new(), excluded: params.iter().map(|param| param.name).collect() };
        facts.collect(body);
        let narrowed: BTreeSet<LocalName> = facts
            .stores_only_non_null
            .into_iter()
            .filter(|(name, non_null)| *non_null && !facts.excluded.contains(name))
            .map(|(name, _)| name)
            .collect();
        if narrowed.is_empty() {
            return;
        }
        narrow(body, &narrowed);
        report.add(PASS, "locals proven non-null", narrowed.len());
    }
}

struct Facts {
    /// For each local defined with a nullable reference type: whether every value stored in it is non-null.
    stores_only_non_null: BTreeMap<LocalName, bool>,
    excluded: BTreeSet<LocalName>,
}

impl Facts {
    fn collect(&mut self, tree: &Tree) {
        match &tree.kind {
            TreeKind::VarDef { name, ty, rhs, .. } => {
                let narrowable = is_nullable_reference(ty) && stores_non_null(rhs);
                let entry = self.stores_only_non_null.entry(*name).or_insert(true);
                *entry &= narrowable;
            }
            TreeKind::Assign { lhs, rhs } => {
                if let TreeKind::VarRef(name) = &lhs.kind {
                    let entry = self.stores_only_non_null.entry(*name).or_insert(false);
                    *entry &= stores_non_null(rhs);
                }
            }
            _ => exclude_other_bindings(tree, &mut self.excluded),
        }
        for_each_child(tree, |child| self.collect(child));
    }
}

/// Adds the names a node binds other than as a method's local (a `catch` variable, a closure's parameters
/// and captures) to `excluded`: a verdict per name would otherwise cover two different variables.
pub(super) fn exclude_other_bindings(tree: &Tree, excluded: &mut BTreeSet<LocalName>) {
    match &tree.kind {
        TreeKind::TryCatch { var, .. } => {
            excluded.insert(*var);
        }
        TreeKind::Closure { captures, params, .. } => {
            excluded.extend(captures.iter().map(|(param, _)| param.name).chain(params.iter().map(|param| param.name)));
        }
        _ => {}
    }
}

pub(super) fn is_nullable_reference(ty: &Type) -> bool {
    matches!(ty, Type::Class { nullable: true, .. } | Type::Array { nullable: true, .. })
}

/// Whether a value stored from this tree is never `null` (a tree of type `nothing` stores nothing).
fn stores_non_null(tree: &Tree) -> bool {
    !tree.ty.is_nullable() && tree.ty != Type::Void
}

/// The non-nullable form of a reference type: a non-null `java.lang.String` is the primitive-like
/// `string` type, as the checker writes it.
pub(super) fn non_nullable(ty: &Type) -> Type {
    match ty {
        Type::Class { class, .. } if *class == kiln_ir::names::well_known::string() => Type::String,
        other => other.non_nullable(),
    }
}

fn narrow(tree: &mut Tree, narrowed: &BTreeSet<LocalName>) {
    match &mut tree.kind {
        TreeKind::VarDef { name, ty, .. } if narrowed.contains(name) => *ty = non_nullable(ty),
        TreeKind::VarRef(name) if narrowed.contains(name) => tree.ty = non_nullable(&tree.ty),
        _ => {}
    }
    for_each_child_mut(tree, |child| narrow(child, narrowed));
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::names::{ClassName, MethodName};
    use kiln_ir::source::Span;

    fn tree(kind: TreeKind, ty: Type) -> Tree {
        Tree { kind, span: Span::default(), ty }
    }

    fn node_type(nullable: bool) -> Type {
        Type::Class { class: ClassName::new("Node"), nullable, exact: false }
    }

    fn val(name: &str, rhs: Tree) -> Tree {
        let ty = node_type(true);
        tree(
            TreeKind::VarDef { name: LocalName::new(name), original_name: None, ty, mutable: false, rhs: Box::new(rhs) },
            Type::Void,
        )
    }

    fn read(name: &str) -> Tree {
        tree(TreeKind::VarRef(LocalName::new(name)), node_type(true))
    }

    fn declared_types(body: &Tree) -> Vec<(String, bool)> {
        let TreeKind::Block(statements) = &body.kind else { panic!("a block") };
        statements
            .iter()
            .filter_map(|statement| match &statement.kind {
                TreeKind::VarDef { name, ty, .. } => Some((name.as_str().to_string(), ty.is_nullable())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn copies_of_non_null_locals_are_narrowed_in_later_rounds() {
        // val first = new Node(); val second = first; val third = second
        let new_node = TreeKind::New { class: ClassName::new("Node"), ctor: MethodName::new("<init>;V"), args: Vec::new() };
        let fresh = tree(new_node, node_type(false));
        let mut body = tree(
            TreeKind::Block(vec![val("first", fresh), val("second", read("first")), val("third", read("second"))]),
            Type::Void,
        );
        let mut report = OptimisationReport::default();
        run(&[], &mut body, &mut report);
        let expected = [("first", false), ("second", false), ("third", false)];
        assert_eq!(declared_types(&body), expected.map(|(name, nullable)| (name.to_string(), nullable)));
        assert_eq!(report.count(PASS, "locals proven non-null"), 3);
    }

    #[test]
    fn a_copy_of_a_local_that_may_hold_null_stays_nullable() {
        // val first = null; val second = first
        let mut body =
            tree(TreeKind::Block(vec![val("first", tree(TreeKind::Null, Type::Null)), val("second", read("first"))]), Type::Void);
        let mut report = OptimisationReport::default();
        run(&[], &mut body, &mut report);
        let expected = [("first", true), ("second", true)];
        assert_eq!(declared_types(&body), expected.map(|(name, nullable)| (name.to_string(), nullable)));
        assert_eq!(report.count(PASS, "locals proven non-null"), 0);
    }
}
