//! When static initializers run: before `main` when no program can tell, else at the class's first use.
//!
//! The JVM initializes a class at its first active use: the first `new`, static method call, or read or
//! write of a static field (its superclass first). Scala.js runs static initializers when the program
//! starts. For most initializers the two are the same: one that only computes its own class's static
//! fields from literals (tables, constants, objects whose constructors only set fields) leaves no trace
//! but those fields, which nothing can read before the class's first use. Running those before `main`
//! costs nothing at the places that use the class. An initializer that prints, reads another class's
//! fields, calls out of its class or may throw would show the difference, so its class is initialized
//! lazily, as on the JVM: the emitter guards each use from outside the class with a flag
//! (`compiler/emit/README.md`, "Static initializers").
//!
//! "Quiet" below is conservative: whatever is not known to leave no trace makes the class lazy, which is
//! always correct, only a flag check slower. One exception is let through: an index or null check that
//! fails inside a quiet initializer (a table filled past its end) throws before `main` rather than at
//! the first use; either way the program ends with that exception, only what it printed before differs.
//!
//! A class's initialization also initializes the superinterfaces that declare default methods (a default
//! method may read its interface's static fields unguarded, having been reached through an instance): a
//! class that implements a lazily initialized such interface is lazy too, with or without an initializer
//! of its own, and its `init` function initializes the interfaces after its superclass.

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::class_table::ClassTable;
use kiln_ir::names::{ClassName, MethodName};
use kiln_ir::trees::{BinaryOp, ClassKind, MemberNamespace, MethodBody, Program, Tree, TreeKind, UnaryOp, for_each_child};
use kiln_ir::types::{ClassHierarchy, Type};

use crate::{MethodKey, static_initializer_name};

/// How deep the analysis follows calls from an initializer to its class's own static methods.
const MAX_CALL_DEPTH: usize = 4;

/// How many superclass constructors the analysis follows from a `new`.
const MAX_CONSTRUCTOR_DEPTH: usize = 8;

/// The classes among `with_initializers` whose static initializer must run at the class's first use.
/// Runtime-library initializers are quiet by construction and always run first.
pub fn lazily_initialized_classes(program: &Program, table: &ClassTable, with_initializers: &[ClassName]) -> BTreeSet<ClassName> {
    let analysis = Analysis { program, table };
    with_initializers
        .iter()
        .copied()
        .filter(|class| {
            let from_library = table.get(*class).is_some_and(|info| program.classes[info.index].from_runtime_library);
            !from_library && !analysis.quiet_initializer(*class)
        })
        .collect()
}

/// The lazily initialized interfaces that initializing each class must initialize first, in the JVM's order
/// (JLS 12.4.2): a class's superinterfaces that declare a default method, found by walking each interface in
/// its `implements` list after that interface's own superinterfaces. Those reached through the superclass
/// are its superclass's to initialize. Only classes with at least one such interface appear.
pub fn interfaces_initialized_first(
    program: &Program,
    table: &ClassTable,
    lazy: &BTreeSet<ClassName>,
) -> BTreeMap<ClassName, Vec<ClassName>> {
    let declares_default = |interface: ClassName| {
        table.get(interface).is_some_and(|info| {
            program.classes[info.index]
                .methods
                .iter()
                .any(|method| method.namespace == MemberNamespace::Public && matches!(method.body, MethodBody::Tree(_)))
        })
    };
    let mut result = BTreeMap::new();
    for class in &program.classes {
        if class.kind == ClassKind::Interface || class.interfaces.is_empty() {
            continue;
        }
        let mut order = Vec::new();
        let mut seen = BTreeSet::new();
        for interface in &class.interfaces {
            walk_superinterfaces(table, *interface, &mut seen, &mut order);
        }
        order.retain(|interface| lazy.contains(interface) && declares_default(*interface));
        if !order.is_empty() {
            result.insert(class.name, order);
        }
    }
    result
}

fn walk_superinterfaces(table: &ClassTable, interface: ClassName, seen: &mut BTreeSet<ClassName>, order: &mut Vec<ClassName>) {
    if !seen.insert(interface) {
        return;
    }
    if let Some(info) = table.get(interface) {
        for parent in &info.interfaces {
            walk_superinterfaces(table, *parent, seen, order);
        }
    }
    order.push(interface);
}

struct Analysis<'p> {
    program: &'p Program,
    table: &'p ClassTable,
}

impl Analysis<'_> {
    fn method_body(&self, key: MethodKey) -> Option<&Tree> {
        let info = self.table.get(key.class)?;
        match &self.program.classes[info.index].method(key.namespace, key.method)?.body {
            MethodBody::Tree(body) => Some(body),
            _ => None,
        }
    }

    fn initializer_body(&self, class: ClassName) -> Option<&Tree> {
        self.method_body(MethodKey { class, namespace: MemberNamespace::StaticConstructor, method: static_initializer_name() })
    }

    fn quiet_initializer(&self, class: ClassName) -> bool {
        self.initializer_body(class).is_some_and(|body| self.quiet(body, class, 0))
    }

    /// Whether running `tree` inside `owner`'s initializer can leave no trace but `owner`'s static fields
    /// and objects that only they reach.
    fn quiet(&self, tree: &Tree, owner: ClassName, depth: usize) -> bool {
        let own_kind = match &tree.kind {
            kind if kind.is_primitive_literal() => true,
            TreeKind::Null
            | TreeKind::String(_)
            | TreeKind::VarRef(_)
            | TreeKind::Skip
            | TreeKind::Block(_)
            | TreeKind::VarDef { .. }
            | TreeKind::If { .. }
            | TreeKind::While { .. }
            | TreeKind::Labeled { .. }
            | TreeKind::Return { .. }
            | TreeKind::ArrayValue { .. }
            | TreeKind::NewArray { .. }
            | TreeKind::ArraySelect { .. } => true,
            TreeKind::SelectStatic(field) => field.class == owner,
            TreeKind::Assign { lhs, .. } => match &lhs.kind {
                TreeKind::VarRef(_) | TreeKind::ArraySelect { .. } => true,
                TreeKind::SelectStatic(field) => field.class == owner,
                _ => false,
            },
            TreeKind::UnaryOp { op, .. } => {
                !matches!(op, UnaryOp::Throw | UnaryOp::GetClass | UnaryOp::Clone | UnaryOp::IdentityHashCode)
            }
            TreeKind::BinaryOp { op: BinaryOp::StringConcat, lhs, rhs } => {
                // Converting an object calls its `toString`, which may do anything.
                [lhs, rhs].into_iter().all(|operand| converts_quietly(&operand.ty))
            }
            TreeKind::BinaryOp { op, .. } => operator_cannot_throw(*op),
            TreeKind::New { class, ctor, .. } => self.quiet_construction(*class, *ctor, owner),
            TreeKind::ApplyStatic { flags, class, method, .. } if *class == owner && depth < MAX_CALL_DEPTH => {
                let key = MethodKey { class: *class, namespace: MemberNamespace::of_static_call(*flags), method: *method };
                self.method_body(key).is_some_and(|body| self.quiet(body, owner, depth + 1))
            }
            _ => false,
        };
        if !own_kind {
            return false;
        }
        let mut quiet = true;
        for_each_child(tree, |child| quiet = quiet && self.quiet(child, owner, depth));
        quiet
    }

    /// Whether `new class(..)` only allocates: no class in its chain other than `owner` has an initializer
    /// of its own to trigger, and each constructor on the way only sets fields.
    fn quiet_construction(&self, class: ClassName, ctor: MethodName, owner: ClassName) -> bool {
        let chain = self.table.superclass_chain(class);
        if chain.iter().any(|ancestor| *ancestor != owner && self.initializer_body(*ancestor).is_some()) {
            return false;
        }
        self.quiet_constructor(class, ctor, 0)
    }

    fn quiet_constructor(&self, class: ClassName, ctor: MethodName, depth: usize) -> bool {
        if depth > MAX_CONSTRUCTOR_DEPTH {
            return false;
        }
        let key = MethodKey { class, namespace: MemberNamespace::Constructor, method: ctor };
        let Some(body) = self.method_body(key) else { return false };
        let mut statements = Vec::new();
        crate::construction::flatten_statements(body, &mut statements);
        statements.iter().all(|statement| match &statement.kind {
            TreeKind::Assign { lhs, rhs } => {
                matches!(&lhs.kind, TreeKind::Select { qualifier, .. } if matches!(qualifier.kind, TreeKind::This))
                    && constructor_value(rhs)
            }
            TreeKind::ApplyStatically { receiver, class: callee, method, args, .. } => {
                matches!(receiver.kind, TreeKind::This)
                    && method.is_constructor()
                    && self.table.is_subclass(class, *callee)
                    && args.iter().all(constructor_value)
                    && self.quiet_constructor(*callee, *method, depth + 1)
            }
            _ => false,
        })
    }
}

/// A constructor argument or field value that reads nothing but locals and literals.
fn constructor_value(tree: &Tree) -> bool {
    let own_kind = match &tree.kind {
        kind if kind.is_primitive_literal() => true,
        TreeKind::Null | TreeKind::String(_) | TreeKind::VarRef(_) | TreeKind::This => true,
        TreeKind::BinaryOp { op: BinaryOp::StringConcat, lhs, rhs } => {
            [lhs, rhs].into_iter().all(|operand| converts_quietly(&operand.ty))
        }
        TreeKind::BinaryOp { op, .. } => operator_cannot_throw(*op),
        TreeKind::UnaryOp { op, .. } => {
            !matches!(op, UnaryOp::Throw | UnaryOp::GetClass | UnaryOp::Clone | UnaryOp::IdentityHashCode | UnaryOp::CheckNotNull)
        }
        _ => false,
    };
    let mut quiet = own_kind;
    for_each_child(tree, |child| quiet = quiet && constructor_value(child));
    quiet
}

/// Operators that neither throw nor call out: not the divisions (by zero) and not `Class_*`.
fn operator_cannot_throw(op: BinaryOp) -> bool {
    use BinaryOp::*;
    !matches!(op, IntDiv | IntRem | LongDiv | LongRem | IntUnsignedDiv | IntUnsignedRem | LongUnsignedDiv | LongUnsignedRem)
        && crate::summary::class_binary_method(op).is_none()
        && !matches!(op, StringCharAt)
}

fn converts_quietly(ty: &Type) -> bool {
    ty.is_primitive_value()
        || matches!(ty, Type::String | Type::Nothing)
        || matches!(ty, Type::Class { class, .. } if *class == kiln_ir::names::well_known::string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::SourceMap;

    const PROGRAM: &str = "class a.Table extends java.lang.Object {
  static var a.Table::squares: int[]
  static var a.Table::size: int
  static constructor def <clinit>;V() {
    a.Table::size = 4;
    a.Table::squares = new int[a.Table::size];
    var i: int = 0;
    while ((i <[int] a.Table::size)) {
      a.Table::squares[i] = (i *[int] i);
      i = (i +[int] 1)
    }
  }
}
class a.Reader extends java.lang.Object {
  static var a.Reader::copy: int
  static constructor def <clinit>;V() {
    a.Reader::copy = a.Table::size
  }
}
class a.Caller extends java.lang.Object {
  static var a.Caller::result: int
  static constructor def <clinit>;V() {
    a.Caller::result = a.Other::compute;I()
  }
}
class a.Other extends java.lang.Object {
  static def compute;I(): int = {
    7
  }
}
class a.Divider extends java.lang.Object {
  static var a.Divider::result: int
  static constructor def <clinit>;V() {
    a.Divider::result = (1 /[int] a.Divider::result)
  }
}
";

    const INTERFACES: &str = "
interface a.Base {
  def base;I(): int = {
    1
  }
}
interface a.Middle implements a.Base {
  def middle;I(): int = {
    2
  }
}
interface a.Plain {
  def plain;I(): int = <abstract>
}
interface a.Other {
  def other;I(): int = {
    3
  }
}
class a.Both extends java.lang.Object implements a.Middle, a.Plain, a.Other {
}
class a.Neither extends java.lang.Object implements a.Plain {
}
";

    #[test]
    fn a_class_initializes_its_lazy_default_method_interfaces_parents_first() {
        let mut sources = SourceMap::default();
        sources.add("test.ir", INTERFACES, false);
        let (program, diagnostics) = kiln_ir::parse_sources(&sources);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let table = ClassTable::build(&program);
        let lazy: BTreeSet<ClassName> = ["a.Base", "a.Middle", "a.Plain", "a.Other"].map(ClassName::new).into();
        let order = interfaces_initialized_first(&program, &table, &lazy);
        let both: Vec<&str> = order[&ClassName::new("a.Both")].iter().map(|class| class.as_str()).collect();
        // a.Plain declares no default method, so implementing it initializes nothing.
        assert_eq!(both, ["a.Base", "a.Middle", "a.Other"]);
        assert!(!order.contains_key(&ClassName::new("a.Neither")));
    }

    #[test]
    fn only_initializers_that_leave_a_trace_are_lazy() {
        let mut sources = SourceMap::default();
        sources.add("test.ir", PROGRAM, false);
        let (program, diagnostics) = kiln_ir::parse_sources(&sources);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let table = ClassTable::build(&program);
        let names = ["a.Table", "a.Reader", "a.Caller", "a.Divider"].map(ClassName::new);
        let lazy = lazily_initialized_classes(&program, &table, &names);
        let lazy: Vec<&str> = lazy.iter().map(|class| class.as_str()).collect();
        // The table fills its own fields; the others read another class, call out of it, or may throw.
        assert_eq!(lazy, ["a.Caller", "a.Divider", "a.Reader"]);
    }
}
