//! Scalar replacement: an object that a method creates and only reads and writes the fields of is never
//! allocated; each of its fields lives in a local instead.
//!
//! # Why
//!
//! Small immutable objects (vectors, colours, pairs, tuples) are made to be read a few lines later and
//! forgotten: `ray.position.minus(center).dot(ray.direction)` creates a `Vector` only for `dot` to read
//! its three fields. Once the inliner has copied `minus` and `dot` into the caller, the object's whole
//! life is in one method body, and the allocation, its header and its collection are pure cost. The
//! JVM's escape analysis removes such objects; Wasmtime cannot (it sees a `struct.new` whose reference
//! flows into loads, with no notion of a class or a constructor). Measured on `benches/programs/Tracer`,
//! whose vector and colour arithmetic allocates in every expression: see `benches/README.md`.
//!
//! # What is replaced
//!
//! A local `x` (a `val`, or a `var` that is never assigned again) whose definition's value is
//! `new C(args)`, possibly as the last expression of a block or under `CheckNotNull` (what an inlined
//! method returning a new object, or the receiver binding of an inlined call, looks like), when
//! - `C`'s constructor only stores values made of its parameters and literals into `C`'s fields (after
//!   super-constructor calls that do nothing): `crate::construction::field_initialising_constructor`;
//!   so running it has no effect but the stores, and cannot throw;
//! - neither `C` nor an ancestor has a static initializer (creating an instance is what makes a class
//!   used, which runs its initializer before `main`: the object must stay for the initializer to run);
//! - every field of `C` (its own and its superclasses') has a zero value;
//! - in the rest of the block, `x` and its aliases (locals defined as `x` or `CheckNotNull(x)`, the
//!   receiver bindings that inlining writes) appear only as the qualifier of field reads and field stores:
//!   not passed, returned, stored, compared, tested, captured or assigned; and no nested definition
//!   reuses their names.
//!
//! # How
//!
//! Each field of `C` gets a fresh `var` holding its zero value, declared where `x` was. The definition's
//! value is evaluated as before, except that its `new C(args)` becomes: the arguments bound to fresh
//! `val`s in their order, then each field the constructor sets assigned the constructor's value for it,
//! its parameters read from those `val`s. The aliases' definitions go, and `x.f` (through `x` or an alias)
//! becomes the field's local, read or assigned.
//!
//! # Why it is Java's semantics
//!
//! The arguments are evaluated in the same order, and the constructor's stores cannot throw or run
//! code, so the only difference is the allocation itself, which no remaining code can observe: the
//! object's reference is never compared, hashed, passed, stored or synchronised on. Its field accesses
//! cannot throw either: the object is not null. The constructor stays reachable where other code calls
//! it, and the class stays instantiated where other code creates it.

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::names::{ClassName, FieldName, LabelName, LocalName, MethodName};
use kiln_ir::trees::{ClassKind, MemberNamespace, Tree, TreeKind, UnaryOp, for_each_child, for_each_child_mut};
use kiln_ir::types::Type;

use super::inline::var_def;
use super::{FreshNames, OptimisationReport};
use crate::construction::field_initialising_constructor;
use crate::{LinkedProgram, MethodKey};

pub const PASS: &str = "scalars";

/// How a class's instances made by one constructor are replaced by locals.
#[derive(Clone)]
struct Replacement {
    /// The constructor's parameters, with their types.
    params: Vec<(LocalName, Type)>,
    /// Every instance field of the class and its superclasses, with its type and, when the constructor
    /// sets it, the value it sets (made of `params` and literals).
    fields: Vec<(FieldName, Type, Option<Tree>)>,
}

/// The replacements found so far, per (class, constructor): `None` for a constructor that does not
/// qualify.
#[derive(Default)]
pub struct Replacements {
    known: BTreeMap<(ClassName, MethodName), Option<Replacement>>,
}

impl Replacements {
    fn get(&mut self, linked: &LinkedProgram, class: ClassName, constructor: MethodName) -> Option<Replacement> {
        self.known.entry((class, constructor)).or_insert_with(|| replacement_of(linked, class, constructor)).clone()
    }
}

fn replacement_of(linked: &LinkedProgram, class: ClassName, constructor: MethodName) -> Option<Replacement> {
    let table = &linked.table;
    let info = table.get(class)?;
    if info.kind != ClassKind::Class {
        return None;
    }
    let chain = table.superclass_chain(class);
    let initializer = crate::static_initializer_name();
    if chain.iter().any(|ancestor| {
        table.get(*ancestor).is_none_or(|info| info.methods.contains_key(&(MemberNamespace::StaticConstructor, initializer)))
    }) {
        return None;
    }
    let key = MethodKey { class, namespace: MemberNamespace::Constructor, method: constructor };
    let method = linked.method_def(key)?;
    let stores = field_initialising_constructor(method, &|statement| super::is_quiet_super_call(linked, class, statement))?;
    let mut fields = Vec::new();
    for ancestor in chain.iter().rev() {
        let definition = &linked.program.classes[table.get(*ancestor)?.index];
        for field in definition.fields.iter().filter(|field| !field.namespace.is_static()) {
            super::fields::zero_of(&field.ty)?;
            let value = stores.iter().find(|(stored, _)| *stored == field.name).map(|(_, value)| (*value).clone());
            fields.push((field.name, field.ty.clone(), value));
        }
    }
    // A store into a field the class does not have cannot be replaced (the IR checker rejects it anyway).
    if stores.iter().any(|(stored, _)| !fields.iter().any(|(field, _, _)| field == stored)) {
        return None;
    }
    let params = method.params.iter().map(|param| (param.name, param.ty.clone())).collect();
    Some(Replacement { params, fields })
}

/// Replaces the non-escaping allocations of one method body.
pub fn run(
    linked: &LinkedProgram,
    body: &mut Tree,
    names: &mut FreshNames,
    replacements: &mut Replacements,
    report: &mut OptimisationReport,
) {
    let mut replacer = Replacer { linked, names, replacements, replaced: 0 };
    replacer.walk(body);
    report.add(PASS, "allocations replaced by locals", replacer.replaced);
}

struct Replacer<'a, 'n> {
    linked: &'a LinkedProgram,
    names: &'n mut FreshNames,
    replacements: &'n mut Replacements,
    replaced: usize,
}

impl Replacer<'_, '_> {
    fn walk(&mut self, tree: &mut Tree) {
        if let TreeKind::Block(statements) = &mut tree.kind {
            let mut index = 0;
            while index < statements.len() {
                if let Some(replacing) = self.try_replace(statements, index) {
                    let count = replacing.len();
                    statements.splice(index..=index, replacing);
                    self.replaced += 1;
                    index += count;
                } else {
                    index += 1;
                }
            }
        }
        for_each_child_mut(tree, |child| self.walk(child));
    }

    /// When `statements[index]` defines a replaceable object, rewrites the statements after it and
    /// returns what replaces the definition.
    fn try_replace(&mut self, statements: &mut [Tree], index: usize) -> Option<Vec<Tree>> {
        let (definition, rest) = statements[index..].split_first_mut()?;
        let TreeKind::VarDef { name, rhs, .. } = &mut definition.kind else { return None };
        let (class, constructor, _) = allocation_of(rhs)?;
        let replacement = self.replacements.get(self.linked, class, constructor)?;
        let field_names: BTreeSet<FieldName> = replacement.fields.iter().map(|(field, _, _)| *field).collect();
        let mut group = BTreeSet::from([*name]);
        if !rest.iter().all(|statement| uses_only_fields(statement, &mut group, &field_names)) {
            return None;
        }
        let locals: BTreeMap<FieldName, LocalName> = replacement
            .fields
            .iter()
            .map(|(field, _, _)| {
                let base = name.as_str().split('$').next().unwrap_or("object");
                (*field, self.names.local(&format!("{base}_{}", field.simple)))
            })
            .collect();
        for statement in rest.iter_mut() {
            replace_uses(statement, &group, &locals);
        }
        let span = definition.span;
        let mut replacing: Vec<Tree> = replacement
            .fields
            .iter()
            .map(|(field, ty, _)| {
                let zero = super::fields::zero_of(ty).expect("replaceable fields have a zero");
                var_def(locals[field], ty.clone(), true, Tree { kind: zero, span, ty: ty.clone() })
            })
            .collect();
        let initialisation = std::mem::replace(rhs.as_mut(), Tree::new(TreeKind::Skip, span));
        replacing.push(self.initialise(initialisation, &replacement, &locals));
        Some(replacing)
    }

    /// The definition's value with its `new C(args)` turned into the field locals' assignments: a
    /// statement.
    fn initialise(&mut self, value: Tree, replacement: &Replacement, locals: &BTreeMap<FieldName, LocalName>) -> Tree {
        let span = value.span;
        let kind = match value.kind {
            TreeKind::New { args, .. } => {
                let mut statements = Vec::new();
                let mut renaming = Vec::new();
                for ((param, ty), arg) in replacement.params.iter().zip(args) {
                    let local = self.names.local(param.as_str());
                    statements.push(var_def(local, ty.clone(), false, arg));
                    renaming.push((*param, local));
                }
                for (field, ty, value) in &replacement.fields {
                    let Some(value) = value else { continue };
                    let mut value = value.clone();
                    rename_locals(&mut value, &renaming);
                    let lhs = Tree { kind: TreeKind::VarRef(locals[field]), span, ty: ty.clone() };
                    statements.push(Tree {
                        kind: TreeKind::Assign { lhs: Box::new(lhs), rhs: Box::new(value) },
                        span,
                        ty: Type::Void,
                    });
                }
                TreeKind::Block(statements)
            }
            TreeKind::Block(mut statements) => {
                if let Some(last) = statements.pop() {
                    statements.push(self.initialise(last, replacement, locals));
                }
                TreeKind::Block(statements)
            }
            TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand } => return self.initialise(*operand, replacement, locals),
            // The only `return` to the label is last (`allocation_of`): the body falls through instead.
            TreeKind::Labeled { label, mut body, .. } => {
                let last = match &mut body.kind {
                    TreeKind::Block(statements) => statements.last_mut(),
                    _ => Some(body.as_mut()),
                };
                if let Some(last) = last
                    && let TreeKind::Return { expr: Some(expr), .. } = &mut last.kind
                {
                    let value = std::mem::replace(expr.as_mut(), Tree::new(TreeKind::Skip, span));
                    *last = self.initialise(value, replacement, locals);
                }
                body.ty = Type::Void;
                TreeKind::Labeled { label, ty: Type::Void, body }
            }
            other => other,
        };
        Tree { kind, span, ty: Type::Void }
    }
}

/// The class, constructor and arguments of the `new` that a definition's value ends in.
fn allocation_of(value: &Tree) -> Option<(ClassName, MethodName, &[Tree])> {
    match &value.kind {
        TreeKind::New { class, ctor, args } => Some((*class, *ctor, args)),
        TreeKind::Block(statements) => allocation_of(statements.last()?),
        TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand } => allocation_of(operand),
        TreeKind::Labeled { label, body, .. } => allocation_of(only_return_to(*label, body)?),
        _ => None,
    }
}

/// The value of a labeled block's body that ends in its only `return` to the label (what an inlined
/// method returning a new object looks like when the label's type is wider than the object's).
fn only_return_to(label: LabelName, body: &Tree) -> Option<&Tree> {
    let last = match &body.kind {
        TreeKind::Block(statements) => statements.last()?,
        _ => body,
    };
    match &last.kind {
        TreeKind::Return { label: returned, expr: Some(expr) } if *returned == label && count_returns(body, label) == 1 => {
            Some(expr.as_ref())
        }
        _ => None,
    }
}

fn count_returns(tree: &Tree, label: LabelName) -> usize {
    let mut count = usize::from(matches!(&tree.kind, TreeKind::Return { label: returned, .. } if *returned == label));
    for_each_child(tree, |child| count += count_returns(child, label));
    count
}

/// Whether a definition's value is a new object: `new C(..)`, possibly last in a block or checked for
/// null. The inliner uses this to give calls on such objects a larger budget.
pub fn ends_in_allocation(value: &Tree) -> bool {
    allocation_of(value).is_some()
}

/// The local that a definition's value merely renames: `y` in `x = y` and `x = CheckNotNull(y)`.
pub fn aliased_local(value: &Tree) -> Option<LocalName> {
    match &value.kind {
        TreeKind::VarRef(local) => Some(*local),
        TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand } => match operand.kind {
            TreeKind::VarRef(local) => Some(local),
            _ => None,
        },
        _ => None,
    }
}

/// Whether, in `tree`, the locals of `group` only qualify accesses of `fields`; the aliases defined on
/// the way join the group.
fn uses_only_fields(tree: &Tree, group: &mut BTreeSet<LocalName>, fields: &BTreeSet<FieldName>) -> bool {
    match &tree.kind {
        TreeKind::VarDef { name, rhs, .. } => {
            if group.contains(name) {
                return false;
            }
            if aliased_local(rhs).is_some_and(|local| group.contains(&local)) {
                group.insert(*name);
                return true;
            }
            uses_only_fields(rhs, group, fields)
        }
        TreeKind::Select { qualifier, field } if matches!(&qualifier.kind, TreeKind::VarRef(local) if group.contains(local)) => {
            fields.contains(field)
        }
        TreeKind::VarRef(local) => !group.contains(local),
        TreeKind::TryCatch { var, .. } if group.contains(var) => false,
        TreeKind::Closure { captures, params, .. }
            if captures
                .iter()
                .map(|(param, _)| param.name)
                .chain(params.iter().map(|param| param.name))
                .any(|name| group.contains(&name)) =>
        {
            false
        }
        _ => {
            let mut only_fields = true;
            for_each_child(tree, |child| only_fields = only_fields && uses_only_fields(child, group, fields));
            only_fields
        }
    }
}

/// Rewrites the accesses through the group's locals into the field locals, and drops the aliases.
fn replace_uses(tree: &mut Tree, group: &BTreeSet<LocalName>, locals: &BTreeMap<FieldName, LocalName>) {
    match &mut tree.kind {
        TreeKind::VarDef { name, .. } if group.contains(name) => {
            tree.kind = TreeKind::Skip;
            tree.ty = Type::Void;
        }
        TreeKind::Select { qualifier, field } if matches!(&qualifier.kind, TreeKind::VarRef(local) if group.contains(local)) => {
            tree.kind = TreeKind::VarRef(locals[field]);
        }
        TreeKind::Block(statements) => {
            for statement in statements.iter_mut() {
                replace_uses(statement, group, locals);
            }
            // The aliases' definitions are gone: a block keeps no `Skip` in their place.
            if statements.len() > 1 {
                statements.retain(|statement| !matches!(statement.kind, TreeKind::Skip));
                if statements.is_empty() {
                    statements.push(Tree { kind: TreeKind::Skip, span: tree.span, ty: Type::Void });
                }
            }
        }
        _ => for_each_child_mut(tree, |child| replace_uses(child, group, locals)),
    }
}

/// Renames the constructor's parameters in a copied field value (which reads nothing else).
fn rename_locals(tree: &mut Tree, renaming: &[(LocalName, LocalName)]) {
    if let TreeKind::VarRef(name) = &mut tree.kind
        && let Some((_, fresh)) = renaming.iter().find(|(old, _)| old == name)
    {
        *name = *fresh;
    }
    for_each_child_mut(tree, |child| rename_locals(child, renaming));
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::names::SimpleName;
    use kiln_ir::source::Span;

    fn node(kind: TreeKind, ty: Type) -> Tree {
        Tree { kind, span: Span::default(), ty }
    }

    fn pair_type() -> Type {
        Type::Class { class: ClassName::new("Pair"), nullable: true, exact: false }
    }

    fn first() -> FieldName {
        FieldName { class: ClassName::new("Pair"), simple: SimpleName::new("first") }
    }

    fn local(name: &str) -> Tree {
        node(TreeKind::VarRef(LocalName::new(name)), pair_type())
    }

    fn new_pair() -> Tree {
        node(
            TreeKind::New {
                class: ClassName::new("Pair"),
                ctor: MethodName::new("<init>;I;V"),
                args: vec![node(TreeKind::Int(1), Type::Int)],
            },
            pair_type().non_nullable(),
        )
    }

    fn read(name: &str) -> Tree {
        node(TreeKind::Select { qualifier: Box::new(local(name)), field: first() }, Type::Int)
    }

    fn define(name: &str, rhs: Tree) -> Tree {
        var_def(LocalName::new(name), rhs.ty.clone(), false, rhs)
    }

    fn check_not_null(operand: Tree) -> Tree {
        let ty = operand.ty.non_nullable();
        node(TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand: Box::new(operand) }, ty)
    }

    fn returning(label: &str, expr: Tree) -> Tree {
        node(TreeKind::Return { label: LabelName::new(label), expr: Some(Box::new(expr)) }, Type::Nothing)
    }

    fn only_fields(statements: &[Tree]) -> bool {
        let mut group = BTreeSet::from([LocalName::new("p")]);
        let fields = BTreeSet::from([first()]);
        statements.iter().all(|statement| uses_only_fields(statement, &mut group, &fields))
    }

    #[test]
    fn an_allocation_is_found_under_blocks_checks_and_a_labeled_return() {
        assert!(ends_in_allocation(&new_pair()));
        let block = node(TreeKind::Block(vec![define("t", node(TreeKind::Int(2), Type::Int)), new_pair()]), pair_type());
        assert!(ends_in_allocation(&check_not_null(block)));
        let labeled = |body: Vec<Tree>| {
            node(
                TreeKind::Labeled {
                    label: LabelName::new("l"),
                    ty: pair_type(),
                    body: Box::new(node(TreeKind::Block(body), Type::Nothing)),
                },
                pair_type(),
            )
        };
        assert!(ends_in_allocation(&labeled(vec![returning("l", new_pair())])));
        // A second way out of the label may yield another value.
        let early = node(
            TreeKind::If {
                cond: Box::new(node(TreeKind::Boolean(true), Type::Boolean)),
                then_branch: Box::new(returning("l", node(TreeKind::Null, Type::Null))),
                else_branch: Box::new(node(TreeKind::Skip, Type::Void)),
            },
            Type::Void,
        );
        assert!(!ends_in_allocation(&labeled(vec![early, returning("l", new_pair())])));
        assert!(!ends_in_allocation(&local("p")));
    }

    #[test]
    fn field_reads_through_the_local_and_its_aliases_do_not_escape() {
        assert!(only_fields(&[read("p"), define("q", check_not_null(local("p"))), read("q")]));
    }

    #[test]
    fn every_other_use_escapes() {
        let call = |arg: Tree| {
            node(
                TreeKind::ApplyStatic {
                    flags: Default::default(),
                    class: ClassName::new("Other"),
                    method: MethodName::new("take;LPair;V"),
                    args: vec![arg],
                },
                Type::Void,
            )
        };
        assert!(!only_fields(&[call(local("p"))]));
        assert!(!only_fields(&[define("q", local("p")), call(local("q"))]));
        let compared = node(
            TreeKind::BinaryOp { op: kiln_ir::trees::BinaryOp::RefEq, lhs: Box::new(local("p")), rhs: Box::new(local("p")) },
            Type::Boolean,
        );
        assert!(!only_fields(&[compared]));
        let reassigned =
            node(TreeKind::Assign { lhs: Box::new(local("p")), rhs: Box::new(node(TreeKind::Null, Type::Null)) }, Type::Void);
        assert!(!only_fields(&[reassigned]));
        // A nested definition of the same name would make `p.first` mean another object.
        assert!(!only_fields(&[define("p", new_pair()), read("p")]));
    }
}
