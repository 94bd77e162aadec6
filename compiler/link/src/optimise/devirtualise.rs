//! Class-hierarchy devirtualisation: virtual calls with one possible target become statically bound.
//!
//! A virtual call `receiver.m(args)` can only land on the implementations of `m` in the instantiated
//! classes below the receiver's static type (and, where the receiver may be a string or a boxed primitive,
//! in the hijacked classes). The linker knows both sets after reachability, so when they hold exactly one
//! implementation, in an ordinary class, the call is rewritten to `receiver.C::m(args)`
//! (`ApplyStatically`), which names its target.
//!
//! The emitter already calls such a method directly, so the rewrite alone changes no instruction. What
//! it buys is that every later pass sees one form for "a call whose target is known": the inliner
//! inlines `ApplyStatically` without repeating the target analysis, and the second reachability
//! analysis counts the call as direct, so a method that is only ever called this way needs no vtable
//! slot.
//!
//! What stays virtual, and why:
//! - receivers of a hijacked class (`String`, `Integer`, ...), or that may hold one: their `this` is a
//!   primitive value or a string, not an object of the declaring class;
//! - targets declared in an interface (default methods): a statically bound call to an interface's
//!   method would make the interface "used", which could run its static initializer where the JVM would
//!   not;
//! - calls with no possible target: the receiver can only be `null`, and the emitter turns the call into
//!   the `NullPointerException` it must throw.
//!
//! The null check does not change: `ApplyStatically` checks its receiver exactly as the emitter's direct
//! call did.

use kiln_ir::trees::{ApplyFlags, ClassKind, Tree, TreeKind, for_each_child_mut};

use super::OptimisationReport;
use crate::LinkedProgram;

pub const PASS: &str = "devirtualise";

/// Rewrites the virtual calls of a tree that have one possible target.
pub fn run(linked: &LinkedProgram, tree: &mut Tree, report: &mut OptimisationReport) {
    let mut rewritten = 0;
    rewrite(linked, tree, &mut rewritten);
    report.add(PASS, "virtual calls made direct", rewritten);
}

fn rewrite(linked: &LinkedProgram, tree: &mut Tree, rewritten: &mut usize) {
    for_each_child_mut(tree, |child| rewrite(linked, child, rewritten));
    let TreeKind::Apply { receiver, method, .. } = &tree.kind else { return };
    let Some(target) = single_target(linked, receiver, *method) else { return };
    let TreeKind::Apply { receiver, method, args, .. } = std::mem::replace(&mut tree.kind, TreeKind::Skip) else {
        return;
    };
    tree.kind = TreeKind::ApplyStatically { flags: ApplyFlags::default(), receiver, class: target, method, args };
    *rewritten += 1;
}

/// The class that declares the one implementation a call can reach, when there is exactly one and it may
/// be bound statically.
fn single_target(
    linked: &LinkedProgram,
    receiver: &Tree,
    method: kiln_ir::names::MethodName,
) -> Option<kiln_ir::names::ClassName> {
    let object = kiln_ir::names::well_known::object();
    let receiver_class = linked.table.class_of_receiver(&receiver.ty);
    if receiver_class.is_some_and(|class| linked.table.get(class).is_some_and(|info| info.kind == ClassKind::HijackedClass)) {
        return None;
    }
    let targets = linked.call_targets(receiver_class.filter(|class| *class != object), method);
    if targets.count() != 1 || !targets.hijacked.is_empty() {
        return None;
    }
    let target = *targets.classes.iter().next()?;
    let declaring = linked.table.get(target.class)?;
    (declaring.kind == ClassKind::Class || declaring.kind == ClassKind::ModuleClass).then_some(target.class)
}
