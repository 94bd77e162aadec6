//! The JVM's helpful `NullPointerException` messages, worked out per dereference of the program's own code.
//!
//! Since JDK 15 a `NullPointerException` that the JVM throws says what failed and, where it can, which
//! value was null: `Cannot invoke "String.length()" because "<local1>" is null`, `Cannot read field
//! "name" because the return value of "Npe.find(int)" is null`, `Cannot store to int array because
//! "Npe.table" is null`. A program that catches the exception and prints it shows that text, so Kiln
//! writes the same one.
//!
//! The JVM describes the null value from the bytecode: a local is named by its slot (`javac` keeps no
//! local names without `-g`), a parameter by its position, `this` as `this`, a static field as
//! `Class.field`, a field as `<qualifier>.field`, an array element as `<array>[<index>]`, a call as
//! `the return value of "Class.method(types)"` (inside a longer description just `Class.method(types)`).
//! The slots are `javac`'s: `this`, then the parameters (`long` and `double` take two), then each local
//! in order of declaration, a block's slots reused after it ends; a catch parameter takes one; a
//! for-each over an array takes three hidden ones before its variable (the copy, the length and the
//! index), over an `Iterable` one (the iterator). Kiln reads these from the IR before any optimisation,
//! keyed by the span of the dereferencing tree, which the optimiser keeps when it rewrites or inlines
//! one (`kiln_emit` looks the span up where it throws).
//!
//! Temporaries that `tools/java2ir` introduces inside expressions (their names hold a `$`) take no slot,
//! as the JVM's operand stack holds those values; a value the JVM cannot trace to one source (a
//! conditional's result) leaves the message without its `because` part, as on the JVM.
//!
//! Only a program that can catch an exception needs the messages: an uncaught one ends the program with a
//! stack trace that no compiled program reproduces anyway. Code of the runtime library gets none (the
//! JDK's own messages there name the JDK's private locals).

use kiln_ir::names::{ClassName, MethodName};
use kiln_ir::source::Span;
use kiln_ir::trees::{ClassDef, ClassKind, MethodBody, Program, Tree, TreeKind, UnaryOp, for_each_child};
use kiln_ir::types::{ArrayBase, PrimType, Type, TypeRef};
use std::collections::HashMap;

/// The message of each dereference of a possibly null value in the program's own code, by the span of
/// the tree that dereferences it; empty when the program catches no exception.
pub fn null_pointer_messages(program: &Program) -> HashMap<Span, String> {
    let mut messages = HashMap::new();
    let own_classes = || program.classes.iter().filter(|class| !class.from_runtime_library);
    if !own_classes().any(catches_anything) {
        return messages;
    }
    for class in own_classes() {
        for method in &class.methods {
            let MethodBody::Tree(body) = &method.body else { continue };
            // A module class's methods are a Scala `object`'s, which Java writes as static methods.
            let is_static = method.namespace.is_static() || class.kind == ClassKind::ModuleClass;
            let first_slot = u32::from(!is_static);
            let mut describer = Describer { locals: Vec::new(), next_slot: first_slot };
            for (position, param) in method.params.iter().enumerate() {
                describer.locals.push((param.name.as_str(), format!("<parameter{}>", position + 1)));
                describer.next_slot += slot_width(&param.ty);
            }
            describer.walk(body, &mut messages);
        }
    }
    messages
}

fn catches_anything(class: &ClassDef) -> bool {
    fn has_catch(tree: &Tree) -> bool {
        let mut found = matches!(tree.kind, TreeKind::TryCatch { .. });
        for_each_child(tree, |child| found = found || has_catch(child));
        found
    }
    class.methods.iter().any(|method| matches!(&method.body, MethodBody::Tree(body) if has_catch(body)))
}

fn slot_width(ty: &Type) -> u32 {
    if matches!(ty, Type::Long | Type::Double) { 2 } else { 1 }
}

/// The names in scope in one method and the next free slot, as `javac` would number them.
struct Describer {
    locals: Vec<(&'static str, String)>,
    next_slot: u32,
}

impl Describer {
    fn declare(&mut self, name: &'static str, ty: &Type) {
        self.locals.push((name, format!("<local{}>", self.next_slot)));
        self.next_slot += slot_width(ty);
    }

    fn walk(&mut self, tree: &Tree, messages: &mut HashMap<Span, String>) {
        if let Some(message) = self.message(tree) {
            messages.insert(tree.span, message);
        }
        match &tree.kind {
            TreeKind::Block(statements) => {
                let (depth, slot) = (self.locals.len(), self.next_slot);
                for (position, statement) in statements.iter().enumerate() {
                    self.walk(statement, messages);
                    if let TreeKind::VarDef { name, ty, rhs, .. } = &statement.kind {
                        let name = name.as_str();
                        // `val e = e$1.asInstanceOf[T]` names a catch parameter again, `val s = s$3.asInstanceOf[T]` a
                        // lambda's parameter: the value stays in the slot that `javac` gave it.
                        let renamed = match &strip_casts(rhs).kind {
                            TreeKind::VarRef(source) if source.as_str().contains('$') => self.lookup(source.as_str()),
                            _ => None,
                        };
                        if let Some(description) = renamed {
                            self.locals.push((name, description));
                        } else if !name.contains('$') {
                            self.declare(name, ty);
                        } else if name.starts_with("iterator$") {
                            // A for-each's hidden iterator.
                            self.declare(name, ty);
                        } else if name.starts_with("array$") && statements.get(position + 1).is_some_and(starts_loop_index) {
                            // A for-each over an array: its copy, then its length (which java2ir does not keep),
                            // then the index that follows.
                            self.declare(name, ty);
                            self.next_slot += 1;
                        } else if let Some(description) = self.describe(rhs, false) {
                            // A temporary of an expression (`a[i] += v` evaluates `a` and `i` once): the JVM
                            // names what it holds.
                            self.locals.push((name, description));
                        } else if starts_loop_index(statement) {
                            self.declare(name, ty);
                        }
                    }
                }
                self.locals.truncate(depth);
                self.next_slot = slot;
            }
            TreeKind::TryCatch { block, var, handler, .. } => {
                self.walk(block, messages);
                let (depth, slot) = (self.locals.len(), self.next_slot);
                self.declare(var.as_str(), &Type::Any { nullable: true });
                self.walk(handler, messages);
                self.locals.truncate(depth);
                self.next_slot = slot;
            }
            TreeKind::Match { selector, .. } => {
                // `switch` on a string calls `hashCode` on a copy in a new slot (`javac`'s `s$`).
                if let TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand } = &selector.kind
                    && matches!(&operand.ty, Type::Class { class, nullable: true, .. } if *class == kiln_ir::names::well_known::string())
                {
                    let message = format!("Cannot invoke \"String.hashCode()\" because \"<local{}>\" is null", self.next_slot);
                    messages.insert(selector.span, message);
                }
                for_each_child(tree, |child| self.walk(child, messages));
            }
            TreeKind::Closure { captures, params, body, .. } => {
                for (_, value) in captures {
                    self.walk(value, messages);
                }
                // The body is a method of its own (`javac`'s `lambda$main$0`): captures, then parameters.
                // It is an instance method when it captures `this`, and the captures are its parameters.
                let mut inner = Describer { locals: Vec::new(), next_slot: 0 };
                let mut position = 0;
                for (capture, value) in captures {
                    if matches!(value.kind, TreeKind::This) {
                        inner.locals.push((capture.name.as_str(), "this".to_string()));
                        inner.next_slot += 1;
                        continue;
                    }
                    position += 1;
                    inner.locals.push((capture.name.as_str(), format!("<parameter{position}>")));
                    inner.next_slot += slot_width(&capture.ty);
                }
                for param in params {
                    position += 1;
                    inner.locals.push((param.name.as_str(), format!("<parameter{position}>")));
                    inner.next_slot += slot_width(&param.ty);
                }
                inner.walk(body, messages);
            }
            _ => for_each_child(tree, |child| self.walk(child, messages)),
        }
    }

    fn lookup(&self, name: &str) -> Option<String> {
        self.locals.iter().rev().find(|(local, _)| *local == name).map(|(_, description)| description.clone())
    }

    /// The message of a null at `tree`, if `tree` dereferences a value that may be null.
    fn message(&self, tree: &Tree) -> Option<String> {
        let (action, value) = match &tree.kind {
            TreeKind::Apply { receiver, method, .. } | TreeKind::ApplyStatically { receiver, method, .. } => {
                let class = static_class(&receiver.ty)?;
                (format!("Cannot invoke \"{}\"", method_text(class, *method)), receiver)
            }
            TreeKind::Select { qualifier, field } => (format!("Cannot read field \"{}\"", field.simple.as_str()), qualifier),
            TreeKind::Assign { lhs, rhs } => match &lhs.kind {
                TreeKind::Select { qualifier, field } => {
                    (format!("Cannot assign field \"{}\"", field.simple.as_str()), qualifier)
                }
                TreeKind::ArraySelect { array, .. } => {
                    // `a[i] += v` and `a[i]++` load the element before they store it.
                    let verb = if reads_element_of(rhs, array) { "load from" } else { "store to" };
                    (format!("Cannot {verb} {} array", element_kind(&array.ty)?), array)
                }
                _ => return None,
            },
            TreeKind::ArraySelect { array, .. } => (format!("Cannot load from {} array", element_kind(&array.ty)?), array),
            TreeKind::UnaryOp { op: UnaryOp::ArrayLength, operand } => ("Cannot read the array length".to_string(), operand),
            TreeKind::UnaryOp { op: UnaryOp::Throw, operand } => ("Cannot throw exception".to_string(), operand),
            _ => return None,
        };
        if !crate::summary::needs_null_check(&value.ty) {
            return None;
        }
        Some(match self.describe(value, true) {
            Some(because) => format!("{action} because {because} is null"),
            None => action,
        })
    }

    /// How the JVM names the source of `value`: quoted at the outermost level, where a call's result is
    /// `the return value of "..."`.
    fn describe(&self, value: &Tree, outermost: bool) -> Option<String> {
        let value = strip_casts(value);
        let text = match &value.kind {
            TreeKind::Apply { receiver, method, .. } | TreeKind::ApplyStatically { receiver, method, .. } => {
                method_text(static_class(&receiver.ty)?, *method)
            }
            TreeKind::ApplyStatic { class, method, .. } => method_text(*class, *method),
            _ => {
                let text = self.describe_place(value)?;
                return Some(if outermost { format!("\"{text}\"") } else { text });
            }
        };
        Some(if outermost { format!("the return value of \"{text}\"") } else { text })
    }

    fn describe_place(&self, value: &Tree) -> Option<String> {
        Some(match &value.kind {
            TreeKind::Null => "null".to_string(),
            TreeKind::This => "this".to_string(),
            TreeKind::VarRef(name) => self.lookup(name.as_str())?,
            TreeKind::SelectStatic(field) => format!("{}.{}", java_class(field.class), field.simple.as_str()),
            // A module's field is a static field to Java.
            TreeKind::Select { qualifier, field } if matches!(qualifier.kind, TreeKind::LoadModule(_)) => {
                format!("{}.{}", java_class(field.class), field.simple.as_str())
            }
            TreeKind::Select { qualifier, field } => {
                format!("{}.{}", self.describe(qualifier, false)?, field.simple.as_str())
            }
            TreeKind::ArraySelect { array, index, .. } => {
                let index = match &strip_casts(index).kind {
                    TreeKind::Int(value) => value.to_string(),
                    TreeKind::VarRef(name) => self.lookup(name.as_str()).unwrap_or_else(|| "...".to_string()),
                    _ => "...".to_string(),
                };
                format!("{}[{index}]", self.describe(array, false)?)
            }
            _ => return None,
        })
    }
}

/// Whether evaluating `tree` may throw `NullPointerException` (a quiet tree may: `a.f`, `a.length`). Where
/// the exceptions have messages, two such checks can be told apart, so their order matters.
pub fn may_throw_null_pointer(tree: &Tree) -> bool {
    let nullable = |operand: &Tree| crate::summary::needs_null_check(&operand.ty);
    let mut found = match &tree.kind {
        TreeKind::Select { qualifier, .. } => nullable(qualifier),
        TreeKind::ArraySelect { array, .. } => nullable(array),
        TreeKind::UnaryOp { op: UnaryOp::CheckNotNull | UnaryOp::ArrayLength, operand } => nullable(operand),
        _ => false,
    };
    for_each_child(tree, |child| found = found || may_throw_null_pointer(child));
    found
}

/// `var index$2: int = 0`: the index of a for-each over an array.
fn starts_loop_index(statement: &Tree) -> bool {
    matches!(&statement.kind, TreeKind::VarDef { name, mutable: true, .. } if name.as_str().starts_with("index$"))
}

/// Whether `value` reads an element of the array that `array` names (a local or a static field).
fn reads_element_of(value: &Tree, array: &Tree) -> bool {
    let same = |other: &Tree| match (&strip_casts(other).kind, &strip_casts(array).kind) {
        (TreeKind::VarRef(left), TreeKind::VarRef(right)) => left == right,
        (TreeKind::SelectStatic(left), TreeKind::SelectStatic(right)) => left == right,
        _ => false,
    };
    let mut found = matches!(&value.kind, TreeKind::ArraySelect { array: read, .. } if same(read));
    for_each_child(value, |child| found = found || reads_element_of(child, array));
    found
}

/// A cast leaves the value the JVM traces (`checkcast` keeps its source).
fn strip_casts(tree: &Tree) -> &Tree {
    match &tree.kind {
        TreeKind::AsInstanceOf { expr, .. } => strip_casts(expr),
        _ => tree,
    }
}

/// The class a call on a receiver of this type names (`javac` names the receiver's static type).
fn static_class(ty: &Type) -> Option<ClassName> {
    match ty {
        Type::Class { class, .. } => Some(*class),
        Type::String => Some(kiln_ir::names::well_known::string()),
        Type::Any { .. } | Type::Array { .. } | Type::Null => Some(kiln_ir::names::well_known::object()),
        _ => None,
    }
}

/// `String` and `Object` go without their package in these messages; every other class keeps it. A
/// module class (`test.Main$`) stands for the Java class whose static members it holds (`test.Main`).
fn java_class(class: ClassName) -> String {
    match class.as_str() {
        "java.lang.String" => "String".to_string(),
        "java.lang.Object" => "Object".to_string(),
        name => name.strip_suffix('$').unwrap_or(name).to_string(),
    }
}

fn primitive_name(prim: PrimType) -> &'static str {
    match prim.code() {
        'Z' => "boolean",
        'C' => "char",
        'B' => "byte",
        'S' => "short",
        'I' => "int",
        'J' => "long",
        'F' => "float",
        'D' => "double",
        _ => "void",
    }
}

fn type_text(type_ref: &TypeRef) -> String {
    match type_ref {
        TypeRef::Prim(prim) => primitive_name(*prim).to_string(),
        TypeRef::Class(class) => java_class(*class),
        TypeRef::Array(array) => {
            let base = match array.base {
                ArrayBase::Prim(prim) => primitive_name(prim).to_string(),
                ArrayBase::Class(class) => java_class(class),
            };
            format!("{base}{}", "[]".repeat(array.dimensions as usize))
        }
    }
}

/// `Npe.find(int, String)`.
fn method_text(class: ClassName, method: MethodName) -> String {
    let params = method.signature().map(|(params, _)| params).unwrap_or_default();
    let params: Vec<String> = params.iter().map(type_text).collect();
    format!("{}.{}({})", java_class(class), method.simple(), params.join(", "))
}

/// The JVM's name for the elements of an array in its messages.
fn element_kind(ty: &Type) -> Option<&'static str> {
    let Type::Array { array, .. } = ty else { return None };
    if array.dimensions > 1 {
        return Some("object");
    }
    Some(match array.base {
        ArrayBase::Class(_) => "object",
        ArrayBase::Prim(prim) => match prim.code() {
            'Z' | 'B' => "byte/boolean",
            code => primitive_name(PrimType::from_code(code)?),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_are_named_with_java_types() {
        let method = MethodName::new("find;I;Ljava.lang.String;[I;Ljava.lang.Object;Ljava.util.List;J;LNpe");
        assert_eq!(method_text(ClassName::new("Npe"), method), "Npe.find(int, String, int[], Object, java.util.List, long)");
        assert_eq!(
            method_text(ClassName::new("java.lang.Integer"), MethodName::new("intValue;I")),
            "java.lang.Integer.intValue()"
        );
        assert_eq!(method_text(ClassName::new("test.Main$"), MethodName::new("find;I;Ltest.Holder")), "test.Main.find(int)");
    }

    #[test]
    fn arrays_are_named_by_their_elements() {
        let array = |base, dimensions| Type::Array {
            array: kiln_ir::types::ArrayTypeRef { base, dimensions },
            nullable: true,
            exact: false,
        };
        let prim = |code| ArrayBase::Prim(PrimType::from_code(code).unwrap());
        assert_eq!(element_kind(&array(prim('I'), 1)), Some("int"));
        assert_eq!(element_kind(&array(prim('Z'), 1)), Some("byte/boolean"));
        assert_eq!(element_kind(&array(prim('B'), 1)), Some("byte/boolean"));
        assert_eq!(element_kind(&array(prim('I'), 2)), Some("object"));
        assert_eq!(element_kind(&array(ArrayBase::Class(ClassName::new("java.lang.String")), 1)), Some("object"));
        assert_eq!(element_kind(&Type::Int), None);
    }
}
