//! Per-method summaries: what one method body instantiates, calls and needs, computed in one walk.

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::class_table::ClassTable;
use kiln_ir::names::{ClassName, LabelName, MethodName, well_known};
use kiln_ir::trees::{BinaryOp, ClassKind, MemberNamespace, MethodBody, MethodDef, Tree, TreeKind, UnaryOp};
use kiln_ir::types::ArrayTypeRef;
use kiln_ir::types::Type;

use crate::MethodKey;

#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub instantiated: BTreeSet<ClassName>,
    pub direct_calls: BTreeSet<MethodKey>,
    pub virtual_calls: BTreeSet<MethodName>,
    /// The static receiver class of each virtual call site (`None`: a receiver that may be any value).
    pub virtual_call_sites: BTreeSet<(Option<ClassName>, MethodName)>,
    /// Classes whose static fields the method reads or writes.
    pub static_field_classes: BTreeSet<ClassName>,
    /// Hijacked classes of primitives whose values the method boxes (passes where a reference is expected).
    pub boxed: BTreeSet<ClassName>,
    /// The types of the method's labels, for the values that `return@label` passes.
    label_types: BTreeMap<LabelName, Type>,
    /// Whether the method's array and string accesses are checked.
    checked: bool,
    /// Whether a null receiver or qualifier in the method throws `NullPointerException` (rather than trap).
    null_checked: bool,
    pub throws: bool,
    pub class_names: bool,
    pub identity_hash: bool,
    /// Reference array types that the method creates (`new C[n]`, `C[](..)`).
    pub created_arrays: BTreeSet<ArrayTypeRef>,
    /// The static types of the reference arrays that the method stores into, in checked code.
    pub stored_arrays: BTreeSet<ArrayTypeRef>,
    /// Whether the method tests or casts a value against a reference array type.
    pub tests_array_types: bool,
    /// Makes array types at run time (the intrinsics behind `Array.newInstance` and `Class.arrayType`).
    pub makes_array_types: bool,
    /// Asks whether one type is assignable to another (the intrinsic behind `Class.isInstance`).
    pub tests_assignability: bool,
}

/// Whether an array's elements are references (and so may need their element type at run time).
pub fn is_reference_array(array: ArrayTypeRef) -> bool {
    array.dimensions > 1 || matches!(array.base, kiln_ir::types::ArrayBase::Class(_))
}

/// Records what the run-time element types of reference arrays are needed for.
fn note_arrays(tree: &Tree, summary: &mut Summary) {
    match &tree.kind {
        TreeKind::NewArray { array, .. } | TreeKind::ArrayValue { array, .. } if is_reference_array(*array) => {
            summary.created_arrays.insert(*array);
        }
        TreeKind::Assign { lhs, .. } if summary.checked => {
            if let TreeKind::ArraySelect { array, .. } = &lhs.kind
                && let Type::Array { array, .. } = array.ty
                && is_reference_array(array)
            {
                summary.stored_arrays.insert(array);
            }
        }
        TreeKind::IsInstanceOf { test_type: Type::Array { array, .. }, .. }
        | TreeKind::AsInstanceOf { target_type: Type::Array { array, .. }, .. }
            if is_reference_array(*array) =>
        {
            summary.tests_array_types = true;
        }
        _ => {}
    }
}

/// The static method of the runtime library that turns a value of this type into a string for `+[string]`.
pub fn string_conversion(ty: &Type) -> Option<MethodKey> {
    let (class, method) = match ty {
        // Strings need no conversion; nullable strings only a null check, which the emitter inlines.
        Type::String | Type::Nothing => return None,
        Type::Class { class, .. } if *class == well_known::string() => return None,
        Type::Int | Type::Short | Type::Byte => ("java.lang.Integer", "toString;I;Ljava.lang.String"),
        Type::Long => ("java.lang.Long", "toString;J;Ljava.lang.String"),
        Type::Char => ("java.lang.Character", "toString;C;Ljava.lang.String"),
        Type::Boolean => ("java.lang.Boolean", "toString;Z;Ljava.lang.String"),
        Type::Double => ("java.lang.Double", "toString;D;Ljava.lang.String"),
        Type::Float => ("java.lang.Float", "toString;F;Ljava.lang.String"),
        _ => ("java.lang.String", "valueOf;Ljava.lang.Object;Ljava.lang.String"),
    };
    Some(MethodKey { class: ClassName::new(class), namespace: MemberNamespace::PublicStatic, method: MethodName::new(method) })
}

/// The runtime library's exact remainder of doubles, behind `%[double]` and `%[float]`.
pub fn floating_remainder() -> MethodKey {
    MethodKey {
        class: ClassName::new("kiln.runtime.FloatingRemainder"),
        namespace: MemberNamespace::PublicStatic,
        method: MethodName::new("remainder;D;D;D"),
    }
}

/// Whether an integer division needs its zero check (and so may throw `ArithmeticException`).
pub fn division_needs_check(divisor: &Tree) -> bool {
    !matches!(divisor.kind, TreeKind::Int(value) if value != 0) && !matches!(divisor.kind, TreeKind::Long(value) if value != 0)
}

/// Summaries of the intrinsics: what the code the emitter generates for them uses.
pub fn intrinsic_summary(_class: ClassName, method: MethodName) -> Summary {
    let mut summary = Summary::default();
    if matches!(method.simple(), "className" | "typeDataOf" | "newArrayOfComponent" | "typeArrayOf") {
        summary.class_names = true;
    }
    if matches!(method.simple(), "newArrayOfComponent" | "typeArrayOf") {
        summary.makes_array_types = true;
    }
    if method.simple() == "typeAssignable" {
        summary.tests_assignability = true;
    }
    if method.simple() == "arraycopy" {
        summary.throws = true;
        // The store checks of a copy between reference arrays read both arrays' types.
        summary.tests_array_types = true;
        for maker in
            [ARRAYCOPY_OUT_OF_BOUNDS, ARRAYCOPY_MISMATCH, ARRAYCOPY_REFERENCE_MISMATCH, ARRAYCOPY_ELEMENT_MISMATCH, NULL_POINTER]
        {
            summary.direct_calls.insert(exception_maker(maker));
        }
    }
    summary
}

/// One of the runtime library's makers of the exceptions that checked behaviours throw.
pub fn exception_maker(name: &str) -> MethodKey {
    MethodKey {
        class: ClassName::new("kiln.runtime.Runtime"),
        namespace: MemberNamespace::PublicStatic,
        method: MethodName::new(name),
    }
}

/// The runtime method that returns the (unique) `Class` object of some type data.
pub const CLASS_FOR_TYPE_DATA: &str = "classFor;Ljava.lang.Object;Ljava.lang.Class";

fn class_method_key(method: &str) -> MethodKey {
    MethodKey { class: well_known::class(), namespace: MemberNamespace::Public, method: MethodName::new(method) }
}

/// The `java.lang.Class` method that a unary `Class_*` operator performs: the emitter calls it.
pub fn class_unary_method(op: UnaryOp) -> Option<MethodKey> {
    Some(class_method_key(match op {
        UnaryOp::ClassName => "getName;Ljava.lang.String",
        UnaryOp::ClassIsPrimitive => "isPrimitive;Z",
        UnaryOp::ClassIsInterface => "isInterface;Z",
        UnaryOp::ClassIsArray => "isArray;Z",
        UnaryOp::ClassComponentType => "getComponentType;Ljava.lang.Class",
        UnaryOp::ClassSuperClass => "getSuperclass;Ljava.lang.Class",
        _ => return None,
    }))
}

/// The `java.lang.Class` method that a binary `Class_*` operator performs: the emitter calls it.
pub fn class_binary_method(op: BinaryOp) -> Option<MethodKey> {
    Some(class_method_key(match op {
        BinaryOp::ClassIsInstance => "isInstance;Ljava.lang.Object;Z",
        BinaryOp::ClassIsAssignableFrom => "isAssignableFrom;Ljava.lang.Class;Z",
        BinaryOp::ClassCast => "cast;Ljava.lang.Object;Ljava.lang.Object",
        BinaryOp::ClassNewArray => "newArrayOfThisClass;I;Ljava.lang.Object",
        _ => return None,
    }))
}

/// The runtime library's makers of `java.lang.Class` objects.
pub fn class_maker(name: &str) -> MethodKey {
    exception_maker(name)
}

pub const ARRAY_INDEX_OUT_OF_BOUNDS: &str = "arrayIndexOutOfBounds;I;I;Ljava.lang.Throwable";
pub const NEGATIVE_ARRAY_SIZE: &str = "negativeArraySize;I;Ljava.lang.Throwable";
pub const STRING_INDEX_OUT_OF_BOUNDS: &str = "stringIndexOutOfBounds;I;Ljava.lang.Throwable";
pub const NULL_POINTER: &str = "nullPointer;Ljava.lang.Throwable";
pub const NULL_POINTER_MESSAGE: &str = "nullPointerMessage;Ljava.lang.String;Ljava.lang.Throwable";
pub const STACK_OVERFLOW: &str = "stackOverflow;Ljava.lang.Throwable";
pub const ARRAYCOPY_OUT_OF_BOUNDS: &str = "arraycopyOutOfBounds;Ljava.lang.String;I;I;I;I;I;Ljava.lang.Throwable";
pub const CLONE_NOT_SUPPORTED: &str = "cloneNotSupported;Ljava.lang.Object;Ljava.lang.Throwable";
pub const ARRAY_STORE: &str = "arrayStore;Ljava.lang.Object;Ljava.lang.Throwable";
pub const ARRAYCOPY_MISMATCH: &str = "arraycopyMismatch;Ljava.lang.Object;Ljava.lang.Object;Ljava.lang.Throwable";
pub const ARRAYCOPY_REFERENCE_MISMATCH: &str =
    "arraycopyReferenceMismatch;Ljava.lang.Object;Ljava.lang.Object;Ljava.lang.Throwable";
pub const ARRAYCOPY_ELEMENT_MISMATCH: &str = "arraycopyElementMismatch;Ljava.lang.Object;Ljava.lang.Object;Ljava.lang.Throwable";
pub const CLASS_CAST: &str = "classCast;Ljava.lang.Object;Ljava.lang.String;Ljava.lang.Throwable";
pub const INITIALIZER_FAILURE: &str = "initializerFailure;Ljava.lang.Throwable;Ljava.lang.Throwable";
pub const CLASS_NOT_INITIALIZED: &str = "classNotInitialized;Ljava.lang.String;Ljava.lang.Throwable;Ljava.lang.Throwable";

/// Whether a cast between reference types, or an unboxing, can fail (and so throws `ClassCastException`
/// when checked).
pub fn cast_is_checked(from: &Type, to: &Type) -> bool {
    let is_reference =
        |ty: &Type| matches!(ty, Type::Class { .. } | Type::Array { .. } | Type::Any { .. } | Type::String | Type::Null);
    let unboxing = is_reference(from) && to.is_primitive_value() && kiln_ir::types::boxed_class_of(to).is_some();
    // A primitive value cast to a reference type may fail too (`(String) (Object) 3L`): its box may not
    // be of the target's class.
    let boxing = from.is_primitive_value() && is_reference(to) && !matches!(to, Type::Any { .. });
    unboxing
        || boxing
        || is_cast_between_primitives(from, to)
        || (is_reference(from) && is_reference(to) && !matches!(to, Type::Any { .. }) && from != to)
}

/// A cast of one primitive type to another (`asInstanceOf[double]` of a `long`): the value is boxed, and its
/// box, never of the target's class, fails the cast.
pub fn is_cast_between_primitives(from: &Type, to: &Type) -> bool {
    from.is_primitive_value() && to.is_primitive_value() && from != to
}

/// Whether using a value of this type as a receiver, qualifier or array needs a null check.
/// The longest string literal, in UTF-8 bytes, that [`constant_write`] takes: it must fit the emitter's
/// write buffer.
pub const CONSTANT_WRITE_LIMIT: usize = 4096;

/// A write of a string literal to standard output or error, `kiln.runtime.Intrinsics.writeStdout("...")`
/// (what an inlined `println("...")` becomes): the emitter lowers it in place, copying the literal's
/// UTF-8 bytes from the data segment into the write buffer and handing them to the host, so it is no call
/// and needs neither the intrinsic nor the run-time UTF-16 to UTF-8 encoder. The descriptor and the
/// bytes (a lone surrogate becomes `?`, as Java's encoder writes it).
pub fn constant_write(class: ClassName, method: MethodName, args: &[Tree]) -> Option<(i32, Vec<u8>)> {
    if class.as_str() != "kiln.runtime.Intrinsics" {
        return None;
    }
    let fd = match method.as_str() {
        "writeStdout;Ljava.lang.String;V" => 1,
        "writeStderr;Ljava.lang.String;V" => 2,
        _ => return None,
    };
    let [Tree { kind: TreeKind::String(units), .. }] = args else { return None };
    let text: String = char::decode_utf16(units.iter().copied()).map(|unit| unit.unwrap_or('?')).collect();
    let bytes = text.into_bytes();
    (bytes.len() <= CONSTANT_WRITE_LIMIT).then_some((fd, bytes))
}

pub fn needs_null_check(ty: &Type) -> bool {
    matches!(
        ty,
        Type::Class { nullable: true, .. }
            | Type::Array { nullable: true, .. }
            | Type::Any { nullable: true }
            | Type::Closure { nullable: true, .. }
            | Type::Null
    )
}

pub fn summarize_method(table: &ClassTable, method: &MethodDef) -> Summary {
    summarize_method_with_checks(table, method, true, true)
}

/// Summarizes a method; `checked` says whether its array and string accesses and casts are checked (the
/// runtime library's are not), `null_checked` whether its null dereferences are (in compliant programs,
/// the library's too).
pub fn summarize_method_with_checks(table: &ClassTable, method: &MethodDef, checked: bool, null_checked: bool) -> Summary {
    let mut summary = Summary { checked, null_checked, ..Summary::default() };
    if let MethodBody::Tree(body) = &method.body {
        note_flow(&method.result, body, &mut summary);
        let mut labels = BTreeMap::new();
        collect_label_types(body, &mut labels);
        summary.label_types = labels;
        walk(table, body, &mut summary);
    }
    summary
}

fn collect_label_types(tree: &Tree, labels: &mut BTreeMap<LabelName, Type>) {
    if let TreeKind::Labeled { label, ty, .. } = &tree.kind {
        labels.entry(*label).or_insert_with(|| ty.clone());
    }
    for_each_child(tree, |child| collect_label_types(child, labels));
}

/// Records a box when a value of a primitive type flows where a reference is expected.
fn note_flow(expected: &Type, tree: &Tree, summary: &mut Summary) {
    if !tree.ty.is_primitive_value() || expected.is_primitive_value() || matches!(expected, Type::Void | Type::Nothing) {
        return;
    }
    if let Some(class) = kiln_ir::types::boxed_class_of(&tree.ty) {
        summary.boxed.insert(class);
    }
}

/// Whether a tree uses a possibly-null value that Java would check (and throw NullPointerException for).
pub fn dereferences_nullable(tree: &Tree) -> bool {
    match &tree.kind {
        TreeKind::Apply { receiver, .. } | TreeKind::ApplyStatically { receiver, .. } => needs_null_check(&receiver.ty),
        TreeKind::Select { qualifier, .. } => needs_null_check(&qualifier.ty),
        TreeKind::ArraySelect { array, .. } => needs_null_check(&array.ty),
        TreeKind::ApplyTypedClosure { closure, .. } => needs_null_check(&closure.ty),
        TreeKind::UnaryOp { op: UnaryOp::ArrayLength | UnaryOp::CheckNotNull | UnaryOp::Throw, operand } => {
            needs_null_check(&operand.ty)
        }
        TreeKind::Assign { lhs, .. } => dereferences_nullable(lhs),
        // A cast to `string` of a value that may be null (`text.asInstanceOf[string]`).
        TreeKind::AsInstanceOf { expr, target_type: Type::String } => needs_null_check(&expr.ty),
        _ => false,
    }
}

/// The parameter types of a method, from its name's signature.
fn parameter_types(method: MethodName) -> Vec<Type> {
    method.signature().map(|(params, _)| params.iter().map(|param| param.to_type()).collect()).unwrap_or_default()
}

/// Records the boxes that passing arguments to a method makes.
fn note_arguments(method: MethodName, args: &[Tree], summary: &mut Summary) {
    for (param, arg) in parameter_types(method).iter().zip(args) {
        note_flow(param, arg, summary);
    }
}

/// The boxes a tree makes by the way its parts flow into it (its own type against its branches' types).
fn note_boxing(tree: &Tree, summary: &mut Summary) {
    match &tree.kind {
        TreeKind::VarDef { ty, rhs, .. } => note_flow(ty, rhs, summary),
        TreeKind::Assign { lhs, rhs } => note_flow(&lhs.ty, rhs, summary),
        TreeKind::New { ctor, args, .. } => note_arguments(*ctor, args, summary),
        TreeKind::Apply { receiver, method, args, .. } | TreeKind::ApplyStatically { receiver, method, args, .. } => {
            note_arguments(*method, args, summary);
            // A method called on a primitive runs with the boxed value as `this`.
            note_flow(&Type::any(), receiver, summary);
        }
        TreeKind::ApplyStatic { method, args, .. } => note_arguments(*method, args, summary),
        TreeKind::ArrayValue { array, elems } => {
            let element = array.element_type();
            for elem in elems {
                note_flow(&element, elem, summary);
            }
        }
        TreeKind::If { then_branch, else_branch, .. } => {
            note_flow(&tree.ty, then_branch, summary);
            note_flow(&tree.ty, else_branch, summary);
        }
        TreeKind::Labeled { ty, body, .. } => note_flow(ty, body, summary),
        TreeKind::TryCatch { block, handler, .. } => {
            note_flow(&tree.ty, block, summary);
            note_flow(&tree.ty, handler, summary);
        }
        TreeKind::TryFinally { block, .. } => note_flow(&tree.ty, block, summary),
        TreeKind::Match { cases, default, .. } => {
            for (_, body) in cases {
                note_flow(&tree.ty, body, summary);
            }
            note_flow(&tree.ty, default, summary);
        }
        TreeKind::Block(statements) => {
            if let Some(last) = statements.last() {
                note_flow(&tree.ty, last, summary);
            }
        }
        TreeKind::BinaryOp { op: BinaryOp::RefEq | BinaryOp::RefNe, lhs, rhs } => {
            note_flow(&Type::any(), lhs, summary);
            note_flow(&Type::any(), rhs, summary);
        }
        TreeKind::AsInstanceOf { expr, target_type } => {
            if is_cast_between_primitives(&expr.ty, target_type) {
                note_flow(&Type::any(), expr, summary);
            }
            note_flow(target_type, expr, summary);
            if summary.checked && cast_is_checked(&expr.ty, target_type) {
                summary.throws = true;
                summary.direct_calls.insert(exception_maker(CLASS_CAST));
            }
        }
        TreeKind::Return { label, expr: Some(expr) } => {
            if let Some(ty) = summary.label_types.get(label).cloned() {
                note_flow(&ty, expr, summary);
            }
        }
        TreeKind::UnaryOp { op: UnaryOp::Throw, operand } => note_flow(&Type::any(), operand, summary),
        TreeKind::Closure { captures, result, body, .. } => {
            for (param, value) in captures {
                note_flow(&param.ty, value, summary);
            }
            note_flow(result, body, summary);
        }
        TreeKind::ApplyTypedClosure { closure, args } => {
            if let Type::Closure { params, .. } = &closure.ty {
                for (param, arg) in params.iter().zip(args) {
                    note_flow(param, arg, summary);
                }
            }
        }
        _ => {}
    }
}

fn walk(table: &ClassTable, tree: &Tree, summary: &mut Summary) {
    note_boxing(tree, summary);
    note_arrays(tree, summary);
    if summary.null_checked && dereferences_nullable(tree) {
        summary.throws = true;
        summary.direct_calls.insert(exception_maker(NULL_POINTER));
    }
    match &tree.kind {
        TreeKind::New { class, ctor, .. } => {
            summary.instantiated.insert(*class);
            summary.direct_calls.insert(MethodKey { class: *class, namespace: MemberNamespace::Constructor, method: *ctor });
        }
        TreeKind::LoadModule(class) => {
            summary.instantiated.insert(*class);
            summary.direct_calls.insert(MethodKey {
                class: *class,
                namespace: MemberNamespace::Constructor,
                method: MethodName::new("<init>;V"),
            });
        }
        TreeKind::Apply { receiver, method, .. } => {
            let receiver_class = table.class_of_receiver(&receiver.ty);
            match receiver_class.and_then(|class| table.get(class)) {
                Some(info) if info.kind == ClassKind::HijackedClass => {
                    summary.direct_calls.insert(MethodKey {
                        class: info.name,
                        namespace: MemberNamespace::Public,
                        method: *method,
                    });
                }
                _ => {
                    summary.virtual_calls.insert(*method);
                    summary.virtual_call_sites.insert((receiver_class, *method));
                    // Strings and boxed primitives among the receivers are resolved by the linker, which
                    // knows which primitives the whole program boxes.
                }
            }
        }
        TreeKind::ApplyStatically { flags, class, method, .. } => {
            let namespace = MemberNamespace::of_statically_bound_call(*flags, *method);
            summary.direct_calls.insert(MethodKey { class: *class, namespace, method: *method });
        }
        // A write of a literal is lowered in place: no call.
        TreeKind::ApplyStatic { class, method, args, .. } if constant_write(*class, *method, args).is_some() => {}
        TreeKind::ApplyStatic { flags, class, method, .. } => {
            let namespace = MemberNamespace::of_static_call(*flags);
            summary.direct_calls.insert(MethodKey { class: *class, namespace, method: *method });
        }
        TreeKind::BinaryOp { op, lhs, rhs } => match op {
            BinaryOp::IntDiv
            | BinaryOp::IntRem
            | BinaryOp::LongDiv
            | BinaryOp::LongRem
            | BinaryOp::IntUnsignedDiv
            | BinaryOp::IntUnsignedRem
            | BinaryOp::LongUnsignedDiv
            | BinaryOp::LongUnsignedRem => summary.throws |= division_needs_check(rhs),
            BinaryOp::StringCharAt if summary.checked => {
                summary.throws = true;
                summary.direct_calls.insert(exception_maker(STRING_INDEX_OUT_OF_BOUNDS));
            }
            BinaryOp::DoubleRem | BinaryOp::FloatRem => {
                summary.direct_calls.insert(floating_remainder());
            }
            BinaryOp::ClassIsInstance | BinaryOp::ClassIsAssignableFrom | BinaryOp::ClassCast | BinaryOp::ClassNewArray => {
                summary.direct_calls.extend(class_binary_method(*op));
            }
            BinaryOp::StringConcat => {
                for operand in [lhs, rhs] {
                    if let Some(key) = string_conversion(&operand.ty) {
                        summary.direct_calls.insert(key);
                    }
                }
            }
            _ => {}
        },
        TreeKind::SelectStatic(field) => {
            summary.static_field_classes.insert(field.class);
        }
        TreeKind::ArraySelect { .. } if summary.checked => {
            summary.throws = true;
            summary.direct_calls.insert(exception_maker(ARRAY_INDEX_OUT_OF_BOUNDS));
        }
        TreeKind::NewArray { .. } if summary.checked => {
            summary.throws = true;
            summary.direct_calls.insert(exception_maker(NEGATIVE_ARRAY_SIZE));
        }
        TreeKind::LinkTimeIf { cond, then_branch, else_branch } => {
            // Only the branch the condition selects is part of the program.
            if let Some(branch) = crate::link_time::chosen_branch(cond, then_branch, else_branch) {
                walk(table, branch, summary);
                return;
            }
        }
        TreeKind::UnaryOp { op: UnaryOp::Throw, .. } => summary.throws = true,
        TreeKind::UnaryOp { op: UnaryOp::Clone, operand } if !matches!(operand.ty, Type::Array { .. }) => {
            // Cloning any object: an object that is not Cloneable throws.
            summary.throws = true;
            summary.direct_calls.insert(exception_maker(CLONE_NOT_SUPPORTED));
        }
        TreeKind::UnaryOp { op: UnaryOp::GetClass, operand } => {
            // `true.getClass()` boxes its operand, and the box's class must have type data.
            note_flow(&Type::any(), operand, summary);
            summary.instantiated.insert(well_known::class());
            summary.direct_calls.insert(class_maker("classOf;Ljava.lang.Object;Ljava.lang.Class"));
        }
        TreeKind::ClassOf(_) => {
            summary.instantiated.insert(well_known::class());
            summary.direct_calls.insert(class_maker(CLASS_FOR_TYPE_DATA));
        }
        TreeKind::UnaryOp { op, .. } if class_unary_method(*op).is_some() => {
            summary.direct_calls.extend(class_unary_method(*op));
        }
        TreeKind::UnaryOp { op: UnaryOp::IdentityHashCode, .. } => summary.identity_hash = true,
        _ => {}
    }
    for_each_child(tree, |child| walk(table, child, summary));
}

pub use kiln_ir::trees::for_each_child;

/// Whether evaluating a tree has no effect and can fail with nothing but a `NullPointerException`: a null
/// check may then move before it and no program can tell (either way a `NullPointerException`, without
/// a message, is thrown, and nothing else happened), which spares the locals that Java's order of
/// evaluation otherwise needs (`x.m(y.f)` checks `x` first). `static_read_is_quiet` says whether reading
/// a static field of a class only reads it (`LinkedProgram::is_quiet` asks whether the class is
/// initialised at its first use, when the first read runs its static initializer).
pub fn is_quiet_given(tree: &Tree, static_read_is_quiet: &dyn Fn(ClassName) -> bool) -> bool {
    let is_quiet = |tree: &Tree| is_quiet_given(tree, static_read_is_quiet);
    match &tree.kind {
        kind if kind.is_primitive_literal() => true,
        TreeKind::Null | TreeKind::String(_) | TreeKind::VarRef(_) | TreeKind::This => true,
        TreeKind::SelectStatic(field) => static_read_is_quiet(field.class),
        TreeKind::Select { qualifier, .. } => is_quiet(qualifier),
        TreeKind::UnaryOp { op, operand } => {
            use kiln_ir::trees::UnaryOp as U;
            (converts_quietly(*op) || matches!(op, U::CheckNotNull | U::ArrayLength | U::StringLength)) && is_quiet(operand)
        }
        TreeKind::BinaryOp { op, lhs, rhs } => {
            use kiln_ir::trees::BinaryOp as B;
            let may_throw_or_call = matches!(
                op,
                B::StringConcat
                    | B::IntDiv
                    | B::IntRem
                    | B::LongDiv
                    | B::LongRem
                    | B::IntUnsignedDiv
                    | B::IntUnsignedRem
                    | B::LongUnsignedDiv
                    | B::LongUnsignedRem
            );
            !may_throw_or_call && is_quiet(lhs) && is_quiet(rhs)
        }
        _ => false,
    }
}

/// Whether a unary operator is a conversion that cannot fail and has no effect (`(long) i`, `!b`).
pub fn converts_quietly(op: UnaryOp) -> bool {
    use kiln_ir::trees::UnaryOp as U;
    matches!(
        op,
        U::BooleanNot
            | U::CharToInt
            | U::ByteToInt
            | U::ShortToInt
            | U::IntToLong
            | U::IntToDouble
            | U::LongToInt
            | U::LongToDouble
            | U::DoubleToInt
            | U::DoubleToLong
            | U::DoubleToFloat
            | U::FloatToDouble
            | U::LongToFloat
            | U::IntToChar
            | U::IntToByte
            | U::IntToShort
            | U::BooleanToInt
            | U::FloatToBits
            | U::FloatFromBits
            | U::DoubleToBits
            | U::DoubleFromBits
            | U::IntClz
            | U::LongClz
            | U::UnsignedIntToLong
    )
}

#[cfg(test)]
mod quiet_tests {
    use super::*;
    use kiln_ir::names::{FieldName, LocalName};
    use kiln_ir::source::Span;

    fn tree(kind: TreeKind, ty: Type) -> Tree {
        Tree { kind, span: Span::default(), ty }
    }

    fn local(name: &str) -> Tree {
        tree(TreeKind::VarRef(LocalName::new(name)), Type::Int)
    }

    fn binary(op: BinaryOp, lhs: Tree, rhs: Tree) -> Tree {
        tree(TreeKind::BinaryOp { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, Type::Int)
    }

    #[test]
    fn reads_and_arithmetic_are_quiet_but_calls_and_divisions_are_not() {
        let node = Type::Class { class: ClassName::new("Node"), nullable: true, exact: false };
        let field_read = tree(
            TreeKind::Select {
                qualifier: Box::new(tree(TreeKind::VarRef(LocalName::new("node")), node)),
                field: FieldName { class: ClassName::new("Node"), simple: kiln_ir::names::SimpleName::new("size") },
            },
            Type::Int,
        );
        let is_quiet = |tree: &Tree| is_quiet_given(tree, &|class| class.as_str() != "Lazy");
        assert!(is_quiet(&binary(BinaryOp::IntAdd, local("a"), tree(TreeKind::Int(1), Type::Int))));
        // A read through a possibly-null reference can only fail with a NullPointerException.
        assert!(is_quiet(&field_read));
        assert!(!is_quiet(&binary(BinaryOp::IntDiv, local("a"), local("b"))));
        // Reading a static field of a class initialised at its first use may run its initializer.
        let static_read = |class: &str| {
            let field = FieldName { class: ClassName::new(class), simple: kiln_ir::names::SimpleName::new("limit") };
            tree(TreeKind::SelectStatic(field), Type::Int)
        };
        assert!(is_quiet(&static_read("Eager")));
        assert!(!is_quiet(&static_read("Lazy")));
        let call = TreeKind::ApplyStatic {
            flags: Default::default(),
            class: ClassName::new("Main"),
            method: MethodName::new("f;I"),
            args: Vec::new(),
        };
        assert!(!is_quiet(&binary(BinaryOp::IntAdd, local("a"), tree(call, Type::Int))));
    }
}
