//! Dead instance fields: fields that no reachable code reads are taken out of their class, and the
//! stores into them become the evaluation of what they stored.
//!
//! # Why
//!
//! Every field is a slot in every instance: bytes to allocate, to zero, and for Wasmtime's copying
//! collector to copy at each collection of a live object. Java code declares fields it never reads
//! (GcBench's `Node` has two `int`s that no code touches, half of its payload after the two references),
//! and inlining and the field-read forwarding pass leave fields that are only written: once every read
//! is served from a local, the store is all that remains.
//!
//! # What is removed
//!
//! After the other passes, a field is dead when no reachable method body reads it: no `Select` of it
//! other than as the target of an assignment. Nothing can then tell its value, so it can go:
//! - its definition leaves the class, so the struct of every instance has no slot for it (the emitter
//!   lays out structs from the class definitions);
//! - a store `q.f = v` becomes what Java evaluates for it, in Java's order (JLS 15.26.1): `q`, then `v`,
//!   then the null check of `q` (`val q$1 = q; v; val q$2 = q$1.notNull`), with each part left out when
//!   it does nothing: a qualifier that is a local or `this` need not be saved, one whose type excludes
//!   `null` needs no check, and a value that is a literal or a local need not be evaluated.
//!
//! Fields are only ever accessed through the IR (`Select`): the emitter's own code reads nothing but
//! object headers, vtables and array structs. Static fields are globals, which cost nothing per
//! object, and are left alone. Stores in methods that are not reachable are not rewritten; those
//! methods are not emitted.

use std::collections::BTreeSet;

use kiln_ir::names::FieldName;
use kiln_ir::trees::{MethodBody, Program, Tree, TreeKind, UnaryOp, for_each_child, for_each_child_mut};
use kiln_ir::types::{ClassHierarchy, Type};

use super::nullness::non_nullable;
use super::{FreshNames, OptimisationReport};
use crate::{LinkedProgram, MethodKey};

pub const PASS: &str = "dead fields";

/// Removes the instance fields that no reachable method of the (optimised) program reads.
pub fn run(program: &mut Program, linked: &LinkedProgram, report: &mut OptimisationReport) {
    let mut read = BTreeSet::new();
    for key in &linked.reachable {
        if let Some(body) = method_body(program, linked, *key) {
            collect_reads(body, &mut read);
        }
    }
    let dead: BTreeSet<FieldName> = program
        .classes
        .iter()
        .flat_map(|class| class.fields.iter())
        .filter(|field| !field.namespace.is_static() && !read.contains(&field.name))
        .map(|field| field.name)
        .collect();
    if dead.is_empty() {
        return;
    }
    for key in &linked.reachable {
        let Some(info) = linked.table.get(key.class) else { continue };
        let Some(method) = program.classes[info.index]
            .methods
            .iter_mut()
            .find(|method| method.namespace == key.namespace && method.name == key.method)
        else {
            continue;
        };
        let params: Vec<_> = method.params.iter().map(|param| param.name).collect();
        let MethodBody::Tree(body) = &mut method.body else { continue };
        let mut rewriter = Rewriter { dead: &dead, names: FreshNames::of_method(params.into_iter(), body), stores: 0 };
        rewriter.visit(body);
        report.add(PASS, "stores into dead fields removed", rewriter.stores);
    }
    // Counted: the fields of classes with instances (the runtime library's other classes have many).
    let removed =
        dead.iter().filter(|field| linked.instantiated.iter().any(|class| linked.table.is_subclass(*class, field.class))).count();
    for class in &mut program.classes {
        class.fields.retain(|field| !dead.contains(&field.name));
    }
    report.add(PASS, "fields of instantiated classes removed", removed);
}

fn method_body<'p>(program: &'p Program, linked: &LinkedProgram, key: MethodKey) -> Option<&'p Tree> {
    let info = linked.table.get(key.class)?;
    let method = program.classes[info.index].method(key.namespace, key.method)?;
    match &method.body {
        MethodBody::Tree(body) => Some(body),
        _ => None,
    }
}

/// The fields a tree reads: every `Select` but the target of an assignment (whose qualifier is read).
fn collect_reads(tree: &Tree, read: &mut BTreeSet<FieldName>) {
    match &tree.kind {
        TreeKind::Assign { lhs, rhs } if matches!(lhs.kind, TreeKind::Select { .. }) => {
            if let TreeKind::Select { qualifier, .. } = &lhs.kind {
                collect_reads(qualifier, read);
            }
            collect_reads(rhs, read);
            return;
        }
        TreeKind::Select { field, .. } => {
            read.insert(*field);
        }
        _ => {}
    }
    for_each_child(tree, |child| collect_reads(child, read));
}

struct Rewriter<'d> {
    dead: &'d BTreeSet<FieldName>,
    names: FreshNames,
    stores: usize,
}

impl Rewriter<'_> {
    fn visit(&mut self, tree: &mut Tree) {
        for_each_child_mut(tree, |child| self.visit(child));
        let TreeKind::Assign { lhs, rhs } = &mut tree.kind else { return };
        let TreeKind::Select { qualifier, field } = &mut lhs.kind else { return };
        if !self.dead.contains(field) {
            return;
        }
        self.stores += 1;
        let span = tree.span;
        let qualifier = std::mem::replace(qualifier.as_mut(), Tree::new(TreeKind::Skip, span));
        let value = std::mem::replace(rhs.as_mut(), Tree::new(TreeKind::Skip, span));
        let mut statements = Vec::new();
        let needs_check = qualifier.ty.is_nullable();
        // What the null check, after the value, tests: the qualifier itself when it is a local that the
        // value cannot assign, else the qualifier saved before the value is evaluated.
        let checked = match &qualifier.kind {
            TreeKind::This => None,
            TreeKind::VarRef(_) if !needs_check => None,
            TreeKind::VarRef(_) if is_inert(&value) => Some(qualifier),
            _ => {
                let name = self.names.local("qualifier");
                let ty = qualifier.ty.clone();
                statements.push(Tree {
                    kind: TreeKind::VarDef {
                        name,
                        original_name: None,
                        ty: ty.clone(),
                        mutable: false,
                        rhs: Box::new(qualifier),
                    },
                    span,
                    ty: Type::Void,
                });
                needs_check.then_some(Tree { kind: TreeKind::VarRef(name), span, ty })
            }
        };
        if !is_inert(&value) {
            statements.push(as_statement(value));
        }
        if let Some(checked) = checked {
            let name = self.names.local("checked");
            let ty = non_nullable(&checked.ty);
            let check =
                Tree { kind: TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand: Box::new(checked) }, span, ty: ty.clone() };
            statements.push(Tree {
                kind: TreeKind::VarDef { name, original_name: None, ty, mutable: false, rhs: Box::new(check) },
                span,
                ty: Type::Void,
            });
        }
        tree.kind = match statements.len() {
            0 => TreeKind::Skip,
            _ => TreeKind::Block(statements),
        };
        tree.ty = Type::Void;
    }
}

/// Whether evaluating a tree does nothing and cannot fail: a literal, a local, `this`.
fn is_inert(tree: &Tree) -> bool {
    tree.kind.is_primitive_literal()
        || matches!(tree.kind, TreeKind::VarRef(_) | TreeKind::This | TreeKind::Null | TreeKind::String(_) | TreeKind::Skip)
}

/// A tree evaluated for its effects: a `void` tree as it is, any other inside a block typed `void`.
fn as_statement(tree: Tree) -> Tree {
    if tree.ty == Type::Void || tree.ty == Type::Nothing {
        return tree;
    }
    let span = tree.span;
    let skip = Tree { kind: TreeKind::Skip, span, ty: Type::Void };
    Tree { kind: TreeKind::Block(vec![tree, skip]), span, ty: Type::Void }
}
