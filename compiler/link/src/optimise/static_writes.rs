//! Which static fields a call may assign: a whole-program summary, so that what a method knows about a
//! static array survives the calls that cannot reassign it.
//!
//! # Why
//!
//! The checked-before pass ([`super::accesses`]) forgets every static array at a call, since the callee
//! might assign the field. Recursive code over a static array loses everything at each recursive call:
//! Permute's `swap(last, i); permute(last); swap(last, i)` checks the second swap's elements again,
//! although `permute` never assigns `values`, and Queens' `setFree(row, column, true)` after the recursive
//! `placeQueen` checks the three elements that `isFree` read before it. With `--semantics unchecked`,
//! Permute runs in two thirds of its time: its checks are what is left to remove.
//!
//! # What is computed
//!
//! For every reachable method with an IR body: the static fields its body assigns, the methods it calls,
//! and whether it does something whose code cannot be named (then it may assign any static field). A call
//! names its callees when it is
//! - an `ApplyStatic` or `ApplyStatically`: the method it resolves to;
//! - an `Apply`: every reachable instance method of that name, in any class (a superset of the targets);
//! - a `new C(..)`: the constructor; a module load: the module's constructor; a string concatenation: every
//!   reachable `toString`.
//!
//! Anything else that may run other code (a closure call, a cast that converts, a read of a static field
//! that may initialise its class first), a callee without an IR body (a compiler intrinsic), a callee or
//! a constructed class with a static initializer run at first use (it could run at this call), and a call
//! that names no reachable method, make the method's summary *unknown*. Summaries then flow from callees
//! to callers until nothing changes (recursion makes cycles; sets only grow, so this ends).
//!
//! The summary is computed once, on the program before any pass: inlining copies bodies into callers,
//! where their assignments are seen directly, and every call left in an optimised body still calls a
//! method whose original body the summary describes.

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::names::{FieldName, MethodName};
use kiln_ir::trees::{BinaryOp, MemberNamespace, MethodBody, Tree, TreeKind, for_each_child};

use crate::{LinkedProgram, MethodKey};

/// What a method, with everything it calls, may assign.
#[derive(Clone, Default, PartialEq, Eq, Debug)]
struct Writes {
    fields: BTreeSet<FieldName>,
    unknown: bool,
}

impl Writes {
    /// Adds what `other` may assign.
    fn absorb(&mut self, other: &Writes) {
        self.unknown |= other.unknown;
        self.fields.extend(other.fields.iter().copied());
    }
}

/// The static fields that each reachable method may assign, directly or through its callees.
#[derive(Default)]
pub struct StaticWrites {
    by_method: BTreeMap<MethodKey, Writes>,
    /// For `Apply` and string concatenation: every reachable instance method of a name.
    instance_methods: BTreeMap<MethodName, Vec<MethodKey>>,
    /// The union of `by_method` over `instance_methods`, name by name, made once: every call and every
    /// loop around one asks for it.
    by_instance_name: BTreeMap<MethodName, Writes>,
}

impl StaticWrites {
    pub fn of_program(linked: &LinkedProgram) -> StaticWrites {
        let mut instance_methods: BTreeMap<MethodName, Vec<MethodKey>> = BTreeMap::new();
        for key in &linked.reachable {
            if key.namespace == MemberNamespace::Public {
                instance_methods.entry(key.method).or_default().push(*key);
            }
        }
        let mut summaries = StaticWrites { by_method: BTreeMap::new(), instance_methods, by_instance_name: BTreeMap::new() };
        let mut callees: BTreeMap<MethodKey, BTreeSet<MethodKey>> = BTreeMap::new();
        for key in &linked.reachable {
            let mut own = Writes::default();
            let mut calls = BTreeSet::new();
            match linked.method_def(*key).map(|method| &method.body) {
                Some(MethodBody::Tree(body)) => summaries.collect(linked, body, &mut own, &mut calls),
                _ => own.unknown = true,
            }
            summaries.by_method.insert(*key, own);
            callees.insert(*key, calls);
        }
        // Callees' writes flow into their callers until nothing changes.
        let mut changed = true;
        while changed {
            changed = false;
            for (caller, calls) in &callees {
                let mut merged = summaries.by_method[caller].clone();
                for callee in calls {
                    match summaries.by_method.get(callee) {
                        Some(writes) => merged.absorb(writes),
                        None => merged.unknown = true,
                    }
                }
                if merged != summaries.by_method[caller] {
                    summaries.by_method.insert(*caller, merged);
                    changed = true;
                }
            }
        }
        for (name, keys) in &summaries.instance_methods {
            let mut union = Writes::default();
            for key in keys {
                union.absorb(&summaries.by_method[key]);
            }
            summaries.by_instance_name.insert(*name, union);
        }
        summaries
    }

    /// The static fields that evaluating `call` itself (not its operands) may assign, or `None` when
    /// that is not known (then it may assign any).
    pub fn of_call(&self, linked: &LinkedProgram, call: &Tree) -> Option<BTreeSet<FieldName>> {
        let known = |writes: &Writes| (!writes.unknown).then(|| writes.fields.clone());
        match &call.kind {
            TreeKind::Apply { method, .. } => known(self.by_instance_name.get(method)?),
            TreeKind::BinaryOp { op: BinaryOp::StringConcat, .. } => {
                self.by_instance_name.get(&to_string()).map_or(Some(BTreeSet::new()), known)
            }
            _ => {
                let [target] = self.targets(linked, call)?[..] else { return None };
                known(self.by_method.get(&target)?)
            }
        }
    }

    /// The methods a call may run, when they can be named: `None` otherwise.
    fn targets(&self, linked: &LinkedProgram, call: &Tree) -> Option<Vec<MethodKey>> {
        let initialised_eagerly = |class| linked.lazily_initialized_ancestor(class).is_none();
        Some(match &call.kind {
            TreeKind::ApplyStatic { flags, class, method, .. } => {
                let namespace = MemberNamespace::of_static_call(*flags);
                let (declaring, _) = linked.table.resolve_in_namespace(*class, namespace, *method)?;
                initialised_eagerly(declaring).then_some(())?;
                vec![MethodKey { class: declaring, namespace, method: *method }]
            }
            TreeKind::ApplyStatically { flags, class, method, .. } => {
                let namespace = MemberNamespace::of_statically_bound_call(*flags, *method);
                let (declaring, _) = linked.table.resolve_in_namespace(*class, namespace, *method)?;
                initialised_eagerly(declaring).then_some(())?;
                vec![MethodKey { class: declaring, namespace, method: *method }]
            }
            // No reachable method of that name: nothing is known of what the call does.
            TreeKind::Apply { method, .. } => self.instance_methods.get(method)?.clone(),
            TreeKind::New { class, ctor, .. } => {
                initialised_eagerly(*class).then_some(())?;
                vec![MethodKey { class: *class, namespace: MemberNamespace::Constructor, method: *ctor }]
            }
            TreeKind::LoadModule(class) => {
                initialised_eagerly(*class).then_some(())?;
                vec![MethodKey { class: *class, namespace: MemberNamespace::Constructor, method: MethodName::new("<init>;V") }]
            }
            TreeKind::BinaryOp { op: BinaryOp::StringConcat, .. } => {
                self.instance_methods.get(&to_string()).cloned().unwrap_or_default()
            }
            _ => return None,
        })
    }

    fn collect(&self, linked: &LinkedProgram, tree: &Tree, own: &mut Writes, calls: &mut BTreeSet<MethodKey>) {
        match &tree.kind {
            TreeKind::Assign { lhs, .. } => {
                if let TreeKind::SelectStatic(field) = &lhs.kind {
                    own.fields.insert(*field);
                }
            }
            // A closure's body runs only when the closure is called, and calling one makes the summary
            // unknown; its captures are evaluated here.
            TreeKind::Closure { captures, .. } => {
                for (_, value) in captures {
                    self.collect(linked, value, own, calls);
                }
                return;
            }
            _ => {}
        }
        let quiet_static_read = |class| linked.lazily_initialized_ancestor(class).is_none();
        if super::dereferences::may_run_other_code(tree, &quiet_static_read) {
            match self.targets(linked, tree) {
                Some(targets) => calls.extend(targets),
                None => own.unknown = true,
            }
        }
        for_each_child(tree, |child| self.collect(linked, child, own, calls));
    }
}

fn to_string() -> MethodName {
    MethodName::new("toString;Ljava.lang.String")
}
