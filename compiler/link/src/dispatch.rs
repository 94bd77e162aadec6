//! Which virtual calls dispatch by testing the receiver's class rather than through its vtable.
//!
//! A call through the vtable costs, on Wasmtime 48: a read of the object's vtable and of the slot (a
//! dispatch-table index: function references in GC structs are read through the runtime, see
//! `compiler/emit/README.md`), `call_indirect`'s checks of the index and of the entry's signature, an
//! indirect call that Cranelift cannot inline, and in the callee a cast of `this` from the slot's type to
//! its own class. When the receiver's static class has few instances that need telling apart, testing
//! the receiver against each is cheaper: a test against a final struct type is one comparison of the
//! object's header, and each case calls its method directly, so Cranelift inlines small methods into
//! the caller. A method that no call reaches through a vtable gets no slot, and then takes `this` as
//! its own class, with no cast at entry. The JVM gets the same effect from inline caches and profiles;
//! Kiln knows the instantiated classes of the whole program instead. On the benchmarks: Richards 43 to
//! 24 ms an iteration (its scheduler's `task.run` over four kinds of task), DeltaBlue 58 to 49.
//!
//! A call qualifies when:
//! - its receiver's static type is a class (not `java.lang.Object` or a hijacked class, whose values
//!   may be strings or boxed primitives), or an interface that no string or box the program makes
//!   implements (a lambda's functional interface, `Comparable` of user classes);
//! - it has several targets among the instantiated subclasses of the receiver's class;
//! - the instances whose method is declared below the receiver's class are leaves of the class table
//!   (their struct types are final: a test against a type with subtypes calls into Wasmtime's runtime),
//!   at most `MOST_DISPATCH_TESTS` of them. The others all run the one method the receiver's class
//!   has itself or inherits; they are what is left when no test matches, and need no test.
//!
//! For an interface, every instance is tested (a receiver typed `(ref any)` cannot call a class's method
//! untested), and the call replaces a walk through the receiver's itable: its vtable, the itable array,
//! the itable's cast and slot, then `call_indirect`.
//!
//! The linker and the emitter both ask `class_test_dispatch`, so that the linker gives vtable and itable
//! slots only to methods that some call still dispatches through them.

use std::collections::BTreeSet;

use kiln_ir::class_table::ClassTable;
use kiln_ir::names::{ClassName, MethodName, well_known};
use kiln_ir::trees::{ClassKind, MemberNamespace};
use kiln_ir::types::ClassHierarchy;

use crate::MethodKey;

/// How a virtual call dispatches by testing its receiver's class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassTestDispatch {
    /// The classes to test, in order, each with the method its instances run. Each is a leaf of the class
    /// table, so its struct type is final and Wasmtime tests it with one inline comparison.
    pub tested: Vec<(ClassName, MethodKey)>,
    /// The method of the receivers that match no test, declared in the receiver's static class or one of
    /// its ancestors, so that it takes the receiver as it is; `None` when every instance is tested.
    pub otherwise: Option<MethodKey>,
}

/// Most classes a dispatch compares the receiver with: beyond four comparisons, a vtable call is cheaper.
pub const MOST_DISPATCH_TESTS: usize = 4;

/// The dispatch by class tests of `receiver.method(..)` on a receiver of static class `receiver_class`,
/// when the call qualifies (see the module's documentation).
pub fn class_test_dispatch(
    table: &ClassTable,
    instantiated: &BTreeSet<ClassName>,
    boxed: &BTreeSet<ClassName>,
    receiver_class: Option<ClassName>,
    method: MethodName,
) -> Option<ClassTestDispatch> {
    let receiver = receiver_class?;
    let info = table.get(receiver)?;
    let is_interface = info.kind == ClassKind::Interface;
    if receiver == well_known::object() || !matches!(info.kind, ClassKind::Class | ClassKind::ModuleClass) && !is_interface {
        return None;
    }
    if is_interface
        && crate::hijacked_classes(table).into_iter().any(|class| boxed.contains(&class) && table.is_subclass(class, receiver))
    {
        return None;
    }
    let is_leaf = |class: ClassName| !table.classes.values().any(|other| other.super_class == Some(class));
    let receiver_ancestors = table.superclass_chain(receiver);
    let mut tested = Vec::new();
    let mut otherwise = None;
    let mut targets = BTreeSet::new();
    for class in instantiated.iter().copied().filter(|class| table.is_subclass(*class, receiver)) {
        let Some((declaring, method_info)) = table.resolve_public_method(class, method) else { continue };
        if method_info.is_abstract {
            continue;
        }
        let key = MethodKey { class: declaring, namespace: MemberNamespace::Public, method };
        targets.insert(key);
        if receiver_ancestors.contains(&declaring) && !is_interface {
            // All such instances run the same method: the one the receiver's class has or inherits.
            otherwise = Some(key);
        } else if is_leaf(class) && tested.len() < MOST_DISPATCH_TESTS {
            tested.push((class, key));
        } else {
            // A class with subclasses cannot be tested inline, and past the most tests a vtable is cheaper.
            return None;
        }
    }
    (targets.len() > 1).then_some(ClassTestDispatch { tested, otherwise })
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::SourceMap;

    const PROGRAM: &str = "class a.Shape extends java.lang.Object {
  def area;I(): int = <abstract>
  def sides;I(): int = {
    0
  }
}
interface a.Named {
  def label;I(): int = <abstract>
}
class a.Square extends a.Shape implements a.Named {
  def area;I(): int = {
    4
  }
  def sides;I(): int = {
    4
  }
  def label;I(): int = {
    1
  }
}
class a.Circle extends a.Shape implements a.Named {
  def area;I(): int = {
    3
  }
  def label;I(): int = {
    2
  }
}
class a.Counter extends java.lang.Object {
  def step;V() {
  }
}
class a.Double extends a.Counter {
  def step;V() {
  }
}
class a.Triple extends a.Double {
  def step;V() {
  }
}
";

    fn dispatch(instantiated: &[&str], receiver: &str, method: &str) -> Option<ClassTestDispatch> {
        let mut sources = SourceMap::default();
        sources.add("test.ir", PROGRAM, false);
        let (program, diagnostics) = kiln_ir::parse_sources(&sources);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let table = ClassTable::build(&program);
        let instantiated = instantiated.iter().map(|name| ClassName::new(name)).collect();
        class_test_dispatch(&table, &instantiated, &BTreeSet::new(), Some(ClassName::new(receiver)), MethodName::new(method))
    }

    fn key(class: &str, method: &str) -> MethodKey {
        MethodKey { class: ClassName::new(class), namespace: MemberNamespace::Public, method: MethodName::new(method) }
    }

    #[test]
    fn leaves_are_tested_and_inherited_methods_are_the_rest() {
        let sides = dispatch(&["a.Circle", "a.Square"], "a.Shape", "sides;I").expect("two targets");
        assert_eq!(sides.tested, [(ClassName::new("a.Square"), key("a.Square", "sides;I"))]);
        assert_eq!(sides.otherwise, Some(key("a.Shape", "sides;I")));
        let area = dispatch(&["a.Circle", "a.Square"], "a.Shape", "area;I").expect("two targets");
        assert_eq!(area.tested.len(), 2);
        assert_eq!(area.otherwise, None);
    }

    #[test]
    fn an_interface_call_tests_every_instance() {
        let label = dispatch(&["a.Circle", "a.Square"], "a.Named", "label;I").expect("two targets");
        assert_eq!(label.tested.len(), 2);
        assert_eq!(label.otherwise, None);
    }

    #[test]
    fn calls_that_do_not_qualify_keep_their_vtable() {
        // One target: a direct call, not a dispatch.
        assert_eq!(dispatch(&["a.Square"], "a.Shape", "area;I"), None);
        // `a.Double` has a subclass and its own method: testing it would call into Wasmtime's runtime.
        assert_eq!(dispatch(&["a.Counter", "a.Double", "a.Triple"], "a.Counter", "step;V"), None);
        // Below the receiver, the instances of a leaf with its own method are tested, the rest are not.
        let counters = dispatch(&["a.Double", "a.Triple"], "a.Double", "step;V").expect("two targets");
        assert_eq!(counters.tested, [(ClassName::new("a.Triple"), key("a.Triple", "step;V"))]);
        assert_eq!(counters.otherwise, Some(key("a.Double", "step;V")));
        // `java.lang.Object` receivers may be strings or boxes.
        assert_eq!(dispatch(&["a.Circle", "a.Square"], "java.lang.Object", "area;I"), None);
    }
}
