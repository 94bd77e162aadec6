//! Which class arrays get element-typed Wasm arrays: a whole-program proof that an array of a class is
//! only ever seen as exactly that array type, so that its elements need no cast when read.
//!
//! # Why
//!
//! Every reference array shares one representation, `$arr.O`, whose elements are `anyref`: Java arrays
//! are covariant (a `Ball[]` is an `Object[]`), and a Wasm array of `(ref null $Ball)` is no subtype of an
//! array of `anyref` (mutable elements are invariant). So reading `balls[i]` casts the element to `$Ball`,
//! and Wasmtime compiles that cast into a null test, a header load and a comparison with a type id read
//! from the instance: a third of Bounce's inner loop. For a class with subclasses the cast is a call into
//! the runtime.
//!
//! # What is proved
//!
//! An array of a class `C` (one dimension) gets its own types, `$data.LC` = `(array (mut (ref null $C)))`
//! and `$arr.LC`, when no value of another array type can meet a `C[]`: in the whole program, after the
//! optimiser, no type mentions a one-dimensional array `T[]` of another class or interface `T` that is
//! related to `C`, that is
//! - `T` is an ancestor of `C` (`Object[]` included): a `C[]` could flow where a `T[]` is expected;
//! - `T` is a descendant of `C`: a `T[]` could flow where a `C[]` is expected;
//! - `T` is an interface that some subclass of `C` implements: an element could belong to both, so that
//!   `System.arraycopy` between a `C[]` and a `T[]` succeeds in Java.
//!
//! A mention is any type the program writes: the type of every expression (so every local, field, call
//! result and parameter read), the parameters and results of every reachable method (a parameter that is
//! never read still fixes the Wasm signature), cast, test, `new` and class-literal types, the element
//! types of multi-dimensional arrays (a `C[][]` holds `C[]`s), the parameters and results of closure
//! types, and the types in the name of every method called (Wasm signatures come from method names). Since a Wasm value of a static array type can only come from an expression of that type, and an
//! upcast needs a target type that the program mentions, a `C[]` value is only ever held where the static
//! type is exactly `C[]`, `Object`, `Cloneable` or `Serializable` (as `anyref` or the `Object` struct), and
//! every `C[]` value has the run-time type `C[]`. An array made from a `Class` at run time
//! (`Array.newInstance`) is of the element-typed kind of its component when there is one (`kiln-emit`'s
//! `newArrayOfComponent`), so it too has that representation.
//!
//! What that buys: element reads need no cast, stores need no store check (no array is covariant with a
//! `C[]`), and a test or cast against `C[]` is a single Wasm type test, without type data. The code that
//! handles any array at run time (`getClass`, `clone` through `Object`, `System.arraycopy`) knows the
//! element-typed kinds too (`kiln-emit`).
//!
//! Arrays of primitive arrays (`int[][]`, the rows of a matrix) get the same treatment: `$arr.[I` wraps
//! `(array (mut (ref null $arr.I)))`, so `grid[i][j]` reads its row without a cast, when no array of
//! `Object`, `Cloneable` or `Serializable` (the supertypes of `int[]`) appears in the program: then
//! nothing else can hold, or be held as, an `int[][]`.
//!
//! Arrays of interfaces, of hijacked classes (`String[]`, `Integer[]`: their values are not structs) and
//! of `Object`, and other arrays of more than one dimension, keep the shared representation.

use std::collections::BTreeSet;

use kiln_ir::class_table::ClassTable;
use kiln_ir::names::{ClassName, MethodName, well_known};
use kiln_ir::trees::{ClassKind, MethodBody, Program, Tree, TreeKind, for_each_child};
use kiln_ir::types::{ArrayBase, ArrayTypeRef, ClassHierarchy, PrimType, Type, TypeRef};

use crate::MethodKey;

/// The arrays that get element-typed Wasm arrays in a program.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ElementTypedArrays {
    /// The classes `C` whose `C[]` is an array of `(ref null $C)`.
    pub classes: BTreeSet<ClassName>,
    /// The primitive types `P` whose `P[][]` is an array of `(ref null $arr.P)`.
    pub rows: BTreeSet<PrimType>,
}

/// The element-typed arrays, for the reachable methods of a program.
pub fn element_typed_arrays(program: &Program, table: &ClassTable, reachable: &BTreeSet<MethodKey>) -> ElementTypedArrays {
    let mut mentioned = Mentions::default();
    for key in reachable {
        let Some(info) = table.get(key.class) else { continue };
        let Some(method) = program.classes[info.index].method(key.namespace, key.method) else { continue };
        mentioned.note_method_name(key.method);
        for param in &method.params {
            mentioned.note_type(&param.ty);
        }
        mentioned.note_type(&method.result);
        if let MethodBody::Tree(body) = &method.body {
            mentioned.note_tree(body);
        }
    }
    let candidates: Vec<ClassName> =
        mentioned.element_classes.iter().copied().filter(|class| is_struct_class(table, *class)).collect();
    let classes = candidates
        .into_iter()
        .filter(|class| mentioned.element_classes.iter().all(|other| other == class || !are_related(table, *class, *other)))
        .collect();
    // A `P[]` is an `Object`, a `Cloneable` and a `Serializable`: an array of any of those could hold
    // the rows of a `P[][]`, or be one.
    let row_supertypes = [well_known::object(), ClassName::new("java.lang.Cloneable"), ClassName::new("java.io.Serializable")];
    let rows = if row_supertypes.iter().any(|class| mentioned.element_classes.contains(class)) {
        BTreeSet::new()
    } else {
        mentioned.row_primitives
    };
    ElementTypedArrays { classes, rows }
}

/// Whether values of a class are structs of their own: a class or module class other than `Object`.
fn is_struct_class(table: &ClassTable, class: ClassName) -> bool {
    class != well_known::object()
        && table.get(class).is_some_and(|info| matches!(info.kind, ClassKind::Class | ClassKind::ModuleClass))
}

/// Whether an array of `other` may hold, or be held as, an array of `class` (see the module's essay).
fn are_related(table: &ClassTable, class: ClassName, other: ClassName) -> bool {
    if table.is_subclass(class, other) || table.is_subclass(other, class) {
        return true;
    }
    let is_interface = table.get(other).is_some_and(|info| info.kind == ClassKind::Interface);
    if !is_interface {
        return false;
    }
    table.classes.keys().any(|candidate| table.is_subclass(*candidate, class) && table.is_subclass(*candidate, other))
}

/// The element classes of the one-dimensional class arrays that a program's types mention, and the
/// primitive types of its arrays of primitive arrays.
#[derive(Default)]
struct Mentions {
    element_classes: BTreeSet<ClassName>,
    row_primitives: BTreeSet<PrimType>,
}

impl Mentions {
    fn note_array(&mut self, array: ArrayTypeRef) {
        // A `C[][]` holds `C[]`s: every array type mentions the arrays of its elements.
        match array.base {
            ArrayBase::Class(class) => {
                self.element_classes.insert(class);
            }
            ArrayBase::Prim(prim) if array.dimensions >= 2 => {
                self.row_primitives.insert(prim);
            }
            ArrayBase::Prim(_) => {}
        }
    }

    /// The Wasm signature of a method comes from its name, so the name's types count as mentioned.
    fn note_method_name(&mut self, method: MethodName) {
        let Some((params, result)) = method.signature() else { return };
        for type_ref in params.iter().chain(std::iter::once(&result)) {
            if let TypeRef::Array(array) = type_ref {
                self.note_array(*array);
            }
        }
    }

    fn note_type(&mut self, ty: &Type) {
        match ty {
            Type::Array { array, .. } => self.note_array(*array),
            Type::Closure { params, result, .. } => {
                for param in params {
                    self.note_type(param);
                }
                self.note_type(result);
            }
            _ => {}
        }
    }

    fn note_tree(&mut self, tree: &Tree) {
        self.note_type(&tree.ty);
        match &tree.kind {
            TreeKind::VarDef { ty, .. } | TreeKind::Labeled { ty, .. } => self.note_type(ty),
            TreeKind::NewArray { array, .. } | TreeKind::ArrayValue { array, .. } => self.note_array(*array),
            TreeKind::IsInstanceOf { test_type: ty, .. } | TreeKind::AsInstanceOf { target_type: ty, .. } => self.note_type(ty),
            TreeKind::ClassOf(TypeRef::Array(array)) => self.note_array(*array),
            TreeKind::Closure { captures, params, result, .. } => {
                for (param, _) in captures {
                    self.note_type(&param.ty);
                }
                for param in params {
                    self.note_type(&param.ty);
                }
                self.note_type(result);
            }
            TreeKind::Apply { method, .. }
            | TreeKind::ApplyStatically { method, .. }
            | TreeKind::ApplyStatic { method, .. }
            | TreeKind::New { ctor: method, .. } => self.note_method_name(*method),
            TreeKind::NewLambda { descriptor, .. } => {
                self.note_method_name(descriptor.method);
                for param in &descriptor.param_types {
                    self.note_type(param);
                }
                self.note_type(&descriptor.result_type);
            }
            _ => {}
        }
        for_each_child(tree, |child| self.note_tree(child));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::SourceMap;
    use kiln_ir::trees::MemberNamespace;

    const CLASSES: &str = "class java.lang.Object {
}
interface a.Named {
}
class a.Shape extends java.lang.Object {
}
class a.Square extends a.Shape {
}
class a.Circle extends a.Shape implements a.Named {
}
class a.Ball extends java.lang.Object {
}
class a.Token extends java.lang.Object {
}
interface java.lang.Cloneable {
}
";

    /// The element-typed arrays of a program whose `a.Main` has the given static methods, all reachable.
    fn typed_arrays_of(methods: &str) -> ElementTypedArrays {
        let text = format!("{CLASSES}class a.Main extends java.lang.Object {{\n{methods}\n}}\n");
        let mut sources = SourceMap::default();
        sources.add("test.ir", &text, false);
        let (program, diagnostics) = kiln_ir::parse_and_check(&sources);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let table = ClassTable::build(&program);
        let main = program.classes.iter().find(|class| class.name == ClassName::new("a.Main")).expect("a.Main");
        let reachable = main
            .methods
            .iter()
            .map(|method| MethodKey { class: main.name, namespace: MemberNamespace::PublicStatic, method: method.name })
            .collect();
        element_typed_arrays(&program, &table, &reachable)
    }

    /// The element-typed classes.
    fn typed(methods: &str) -> Vec<String> {
        typed_arrays_of(methods).classes.iter().map(|class| class.to_string()).collect()
    }

    /// The primitive types whose arrays of arrays are element-typed.
    fn typed_rows(methods: &str) -> Vec<String> {
        typed_arrays_of(methods).rows.iter().map(|prim| format!("{prim:?}")).collect()
    }

    #[test]
    fn an_array_alone_is_typed_even_inside_a_larger_one() {
        assert_eq!(typed("  static def make;I;[La.Ball(n: int): a.Ball[] = {\n    new a.Ball[n]\n  }"), ["a.Ball"]);
        assert_eq!(typed("  static def grid;I;[[La.Ball(n: int): a.Ball[][] = {\n    new a.Ball[n][]\n  }"), ["a.Ball"]);
    }

    #[test]
    fn an_array_of_an_ancestor_anywhere_keeps_the_shared_representation() {
        // Only in the signature of a method whose parameter is never read.
        let methods = "  static def make;I;[La.Ball(n: int): a.Ball[] = {\n    new a.Ball[n]\n  }
  static def ignore;[Ljava.lang.Object;V(values: java.lang.Object[]) {\n  }";
        assert!(typed(methods).is_empty());
        // Only in a cast.
        let methods = "  static def make;I;[La.Ball(n: int): a.Ball[] = {\n    new a.Ball[n]\n  }
  static def test;Ljava.lang.Object;Z(value: java.lang.Object): boolean = {\n    value.isInstanceOf[java.lang.Object[]]\n  }";
        assert!(typed(methods).is_empty());
    }

    #[test]
    fn rows_are_typed_unless_an_array_of_a_supertype_of_theirs_appears() {
        let grid = "  static def grid;I;[[I(n: int): int[][] = {\n    new int[n][]\n  }";
        assert_eq!(typed_rows(grid), ["Int"]);
        let with_objects = format!(
            "{grid}\n  static def objects;I;[Ljava.lang.Object(n: int): java.lang.Object[] = {{\n    new java.lang.Object[n]\n  }}"
        );
        assert!(typed_rows(&with_objects).is_empty());
        let with_cloneables = format!(
            "{grid}\n  static def clones;I;[Ljava.lang.Cloneable(n: int): java.lang.Cloneable[] = {{\n    new java.lang.Cloneable[n]\n  }}"
        );
        assert!(typed_rows(&with_cloneables).is_empty());
    }

    #[test]
    fn related_classes_exclude_each_other_and_unrelated_ones_do_not() {
        let methods = "  static def shapes;I;[La.Shape(n: int): a.Shape[] = {\n    new a.Shape[n]\n  }
  static def squares;I;[La.Square(n: int): a.Square[] = {\n    new a.Square[n]\n  }
  static def tokens;I;[La.Token(n: int): a.Token[] = {\n    new a.Token[n]\n  }";
        assert_eq!(typed(methods), ["a.Token"]);
        // An interface that a subclass implements: a copy between the two could succeed.
        let methods = "  static def shapes;I;[La.Shape(n: int): a.Shape[] = {\n    new a.Shape[n]\n  }
  static def named;I;[La.Named(n: int): a.Named[] = {\n    new a.Named[n]\n  }
  static def balls;I;[La.Ball(n: int): a.Ball[] = {\n    new a.Ball[n]\n  }";
        assert_eq!(typed(methods), ["a.Ball"]);
    }
}
