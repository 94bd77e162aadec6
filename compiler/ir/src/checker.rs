//! The checker: resolves names, derives the type of every tree (the text format leaves most of them out),
//! settles the operators that the text leaves ambiguous, and reports type errors.
//!
//! It follows the typing rules of Scala.js's IR checker, restricted to the non-JS IR. It never panics and
//! keeps going after an error, so one run reports every problem; a tree whose type cannot be known gets
//! `nothing`, which is compatible with everything and so does not cascade into more errors.

use std::collections::HashSet;

use crate::class_table::ClassTable;
use crate::diagnostics::Diagnostic;
use crate::names::{ClassName, LabelName, LocalName, MethodName, well_known};
use crate::source::Span;
use crate::trees::*;
use crate::types::{ArrayBase, ClassHierarchy, Type, TypeRef, is_subtype};

/// Checks the whole program in place, filling in tree types. Returns every error found.
pub fn check_program(program: &mut Program) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut seen = HashSet::new();
    for class in &program.classes {
        if !seen.insert(class.name) {
            diagnostics.push(Diagnostic::new(class.span, format!("class `{}` is defined twice", class.name)));
        }
    }
    let table = ClassTable::build(program);
    for class in &program.classes {
        check_class_header(&table, class, &mut diagnostics);
    }
    for class in &mut program.classes {
        let class_name = class.name;
        let class_kind = class.kind;
        for field in &class.fields {
            check_type_exists(&table, &field.ty, field.span, &mut diagnostics);
        }
        for method in &mut class.methods {
            for param in &method.params {
                check_type_exists(&table, &param.ty, param.span, &mut diagnostics);
            }
            check_type_exists(&table, &method.result, method.span, &mut diagnostics);
            if let MethodBody::Tree(body) = &mut method.body {
                let this_type = if method.namespace.is_static() {
                    None
                } else if class_kind == ClassKind::HijackedClass {
                    Some(hijacked_value_type(class_name))
                } else {
                    Some(Type::Class { class: class_name, nullable: false, exact: false })
                };
                let mut checker = MethodChecker {
                    table: &table,
                    diagnostics: &mut diagnostics,
                    locals: method.params.iter().map(|param| (param.name, param.ty.clone(), param.mutable)).collect(),
                    labels: Vec::new(),
                    this_type,
                    in_constructor: method.namespace == MemberNamespace::Constructor,
                    class: class_name,
                };
                if method.result == Type::Void {
                    checker.statement(body);
                } else {
                    checker.expect(body, &method.result);
                }
            }
        }
    }
    diagnostics
}

/// The type of `this` in a hijacked class: the primitive whose values are its instances.
fn hijacked_value_type(class: ClassName) -> Type {
    match class.as_str() {
        "java.lang.String" => Type::String,
        "java.lang.Integer" => Type::Int,
        "java.lang.Boolean" => Type::Boolean,
        "java.lang.Character" => Type::Char,
        "java.lang.Byte" => Type::Byte,
        "java.lang.Short" => Type::Short,
        "java.lang.Long" => Type::Long,
        "java.lang.Float" => Type::Float,
        "java.lang.Double" => Type::Double,
        _ => Type::Any { nullable: false },
    }
}

fn check_class_header(table: &ClassTable, class: &ClassDef, diagnostics: &mut Vec<Diagnostic>) {
    if let Some(super_class) = class.super_class {
        match table.get(super_class) {
            None => diagnostics.push(Diagnostic::unknown_class(class.span, super_class)),
            Some(info) if info.kind == ClassKind::Interface => {
                diagnostics.push(Diagnostic::new(class.span, format!("`{}` extends the interface `{super_class}`", class.name)))
            }
            Some(_) => {}
        }
        if table.superclass_chain(class.name).len() > 1 && table.ancestors(super_class).contains(&class.name) {
            diagnostics.push(Diagnostic::new(class.span, format!("cyclic inheritance involving `{}`", class.name)));
        }
    } else if class.name != well_known::object() && class.kind != ClassKind::Interface {
        diagnostics.push(Diagnostic::new(class.span, format!("class `{}` needs a superclass", class.name)));
    }
    for interface in &class.interfaces {
        match table.get(*interface) {
            None => diagnostics.push(Diagnostic::unknown_class(class.span, interface)),
            Some(info) if info.kind != ClassKind::Interface => {
                diagnostics.push(Diagnostic::new(class.span, format!("`{interface}` is not an interface")))
            }
            Some(_) => {}
        }
    }
    // A member defined twice would leave one of the two silently unused.
    let mut methods = std::collections::BTreeSet::new();
    for method in &class.methods {
        if !methods.insert((method.namespace, method.name)) {
            diagnostics
                .push(Diagnostic::new(method.span, format!("method `{}` is defined twice in `{}`", method.name, class.name)));
        }
    }
    let mut fields = std::collections::BTreeSet::new();
    for field in &class.fields {
        if !fields.insert(field.name) {
            diagnostics.push(Diagnostic::new(field.span, format!("field `{}` is defined twice", field.name)));
        }
    }
    // The module's instance is made with its parameterless constructor, on first use.
    let has_module_constructor =
        class.methods.iter().any(|method| method.namespace == MemberNamespace::Constructor && method.name.as_str() == "<init>;V");
    if class.kind == ClassKind::ModuleClass && !has_module_constructor {
        diagnostics.push(Diagnostic::new(
            class.span,
            format!("module class `{}` needs a parameterless constructor `constructor def <init>;V()`", class.name),
        ));
    }
}

fn check_type_exists(table: &ClassTable, ty: &Type, span: Span, diagnostics: &mut Vec<Diagnostic>) {
    match ty {
        Type::Class { class, .. } if table.get(*class).is_none() => diagnostics.push(Diagnostic::unknown_class(span, class)),
        Type::Array { array, .. } => {
            if let ArrayBase::Class(class) = array.base
                && table.get(class).is_none()
            {
                diagnostics.push(Diagnostic::unknown_class(span, class));
            }
        }
        Type::Closure { params, result, .. } => {
            for param in params {
                check_type_exists(table, param, span, diagnostics);
            }
            check_type_exists(table, result, span, diagnostics);
        }
        _ => {}
    }
}

struct MethodChecker<'a> {
    table: &'a ClassTable,
    diagnostics: &'a mut Vec<Diagnostic>,
    locals: Vec<(LocalName, Type, bool)>,
    labels: Vec<(LabelName, Type)>,
    this_type: Option<Type>,
    in_constructor: bool,
    class: ClassName,
}

impl MethodChecker<'_> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn is_subtype(&self, sub: &Type, sup: &Type) -> bool {
        is_subtype(self.table, sub, sup)
    }

    /// Checks `tree` where a value of type `expected` is needed.
    fn expect(&mut self, tree: &mut Tree, expected: &Type) {
        // The text format does not write an `if`'s type: where the context knows the type, the branches are
        // checked against it (an `if` whose branches are a string and an int has type `java.lang.Object` when
        // it initializes an `Object`, as the compiler that wrote the IR typed it).
        if let TreeKind::If { cond, then_branch, else_branch } = &mut tree.kind
            && !matches!(else_branch.kind, TreeKind::Skip)
            && !matches!(expected, Type::Void | Type::Nothing | Type::Any { .. })
        {
            self.expect(cond, &Type::Boolean);
            self.with_scope(|checker| checker.expect(then_branch, expected));
            self.with_scope(|checker| checker.expect(else_branch, expected));
            let branches = self.lub(&then_branch.ty, &else_branch.ty);
            tree.ty = if self.is_subtype(&branches, expected) { branches } else { expected.clone() };
            return;
        }
        let found = self.expression(tree);
        if !self.is_subtype(&found, expected) {
            self.report(Diagnostic::type_mismatch(tree.span, expected, &found));
        }
    }

    /// Checks a tree whose value is used, whatever its type: a statement (`void`) has none to use.
    fn value(&mut self, tree: &mut Tree) {
        if self.expression(tree) == Type::Void {
            self.report(Diagnostic::new(tree.span, "this expression has no value (its type is `void`)".to_string()));
        }
    }

    /// Checks a tree whose value, if any, is discarded.
    fn statement(&mut self, tree: &mut Tree) {
        self.expression(tree);
    }

    fn known_class(&mut self, class: ClassName, span: Span) -> bool {
        if self.table.get(class).is_some() {
            true
        } else {
            self.report(Diagnostic::unknown_class(span, class));
            false
        }
    }

    fn check_type(&mut self, ty: &Type, span: Span) {
        check_type_exists(self.table, ty, span, self.diagnostics);
    }

    /// The least upper bound of two branch types; `void` when they share no value type.
    fn lub(&self, a: &Type, b: &Type) -> Type {
        if a == b {
            return a.clone();
        }
        if *a == Type::Nothing {
            return b.clone();
        }
        if *b == Type::Nothing {
            return a.clone();
        }
        if *a == Type::Void || *b == Type::Void {
            return Type::Void;
        }
        // Two different primitives meet in `any`, both boxed: Scala's `if (c) 5 else 2.0` where an `Any` is
        // expected (Scala 3 types it `Int | Double`), whose IR `if` the text format prints without its type.
        if a.is_primitive_value() && b.is_primitive_value() {
            return Type::Any { nullable: false };
        }
        // A primitive and a reference meet in `any` (the primitive is boxed).
        if a.is_primitive_value() || b.is_primitive_value() {
            let reference = if a.is_primitive_value() { b } else { a };
            return Type::Any { nullable: reference.is_nullable() };
        }
        // `null` and a reference type: that type, nullable (`if (c) null else "x"` is a `java.lang.String`).
        if *a == Type::Null || *b == Type::Null {
            let other = if *a == Type::Null { b } else { a };
            return match other {
                Type::String => Type::class(well_known::string()),
                Type::Class { class, exact, .. } => Type::Class { class: *class, nullable: true, exact: *exact },
                Type::Array { array, exact, .. } => Type::Array { array: *array, nullable: true, exact: *exact },
                Type::Any { .. } => Type::any(),
                Type::Closure { params, result, .. } => {
                    Type::Closure { params: params.clone(), result: result.clone(), nullable: true }
                }
                _ => Type::any(),
            };
        }
        if self.is_subtype(a, b) {
            return b.clone();
        }
        if self.is_subtype(b, a) {
            return a.clone();
        }
        let nullable = a.is_nullable() || b.is_nullable();
        if let (Type::Class { class: class_a, .. }, Type::Class { class: class_b, .. }) = (a, b) {
            for ancestor in self.table.superclass_chain(*class_a) {
                if self.table.is_subclass(*class_b, ancestor) {
                    return Type::Class { class: ancestor, nullable, exact: false };
                }
            }
        }
        Type::Any { nullable }
    }

    fn with_scope<T>(&mut self, body: impl FnOnce(&mut Self) -> T) -> T {
        let depth = self.locals.len();
        let result = body(self);
        self.locals.truncate(depth);
        result
    }

    fn expression(&mut self, tree: &mut Tree) -> Type {
        let ty = self.compute_type(tree);
        tree.ty = ty.clone();
        ty
    }

    fn args(&mut self, args: &mut [Tree], params: &[Type], span: Span, what: &str) {
        if args.len() != params.len() {
            self.report(Diagnostic::new(span, format!("{what} takes {} argument(s), {} given", params.len(), args.len())));
            for arg in args.iter_mut() {
                self.expression(arg);
            }
            return;
        }
        for (arg, param) in args.iter_mut().zip(params) {
            self.expect(arg, param);
        }
    }

    /// Parameter and result types of a method, from its declaration, or from its name's signature when undeclared.
    fn method_types(&self, info: Option<&crate::class_table::MethodInfo>, method: MethodName) -> (Vec<Type>, Type) {
        if let Some(info) = info {
            return (info.params.clone(), info.result.clone());
        }
        match method.signature() {
            Some((params, result)) => (params.iter().map(|param| param.to_type()).collect(), result.to_type()),
            None => (Vec::new(), Type::Nothing),
        }
    }

    fn compute_type(&mut self, tree: &mut Tree) -> Type {
        let span = tree.span;
        match &mut tree.kind {
            TreeKind::VarDef { name, ty, mutable, rhs, .. } => {
                let declared = ty.clone();
                self.check_type(&declared, span);
                self.expect(rhs, &declared);
                self.locals.push((*name, declared, *mutable));
                Type::Void
            }
            TreeKind::Skip => Type::Void,
            TreeKind::Block(statements) => {
                let count = statements.len();
                // Locals defined in a block are visible to the end of the block only.
                self.with_scope(|checker| {
                    let mut last = Type::Void;
                    for (index, statement) in statements.iter_mut().enumerate() {
                        let ty = checker.expression(statement);
                        if index + 1 == count {
                            last = ty;
                        } else if ty == Type::Nothing && !matches!(statement.kind, TreeKind::Skip) {
                            last = Type::Nothing;
                        }
                    }
                    last
                })
            }
            TreeKind::Labeled { label, ty, body } => {
                let label_type = ty.clone();
                self.labels.push((*label, label_type.clone()));
                if label_type == Type::Void {
                    self.with_scope(|checker| checker.statement(body));
                } else {
                    self.with_scope(|checker| checker.expect(body, &label_type));
                }
                self.labels.pop();
                label_type
            }
            TreeKind::Assign { lhs, rhs } => {
                let lhs_type = self.expression(lhs);
                match &lhs.kind {
                    TreeKind::VarRef(name) => {
                        let name = *name;
                        if let Some((_, _, mutable)) = self.locals.iter().rev().find(|(local, _, _)| *local == name)
                            && !mutable
                        {
                            self.report(Diagnostic::new(lhs.span, format!("cannot assign to `{name}`: it is a `val`")));
                        }
                    }
                    TreeKind::Select { field, .. } | TreeKind::SelectStatic(field) => {
                        let field = *field;
                        if let Some(info) = self.table.field(field)
                            && !info.mutable
                            && !(self.in_constructor && field.class == self.class)
                            && !info.is_static
                        {
                            self.report(Diagnostic::new(lhs.span, format!("cannot assign to `{field}`: it is a `val`")));
                        }
                    }
                    TreeKind::ArraySelect { .. } => {}
                    _ => self.report(Diagnostic::new(lhs.span, "this expression cannot be assigned to")),
                }
                self.expect(rhs, &lhs_type);
                Type::Void
            }
            TreeKind::Return { label, expr } => {
                let label = *label;
                match self.labels.iter().rev().find(|(name, _)| *name == label).map(|(_, ty)| ty.clone()) {
                    None => {
                        self.report(Diagnostic::new(span, format!("unknown label `{label}`")));
                        if let Some(expr) = expr {
                            self.expression(expr);
                        }
                    }
                    Some(label_type) => match expr {
                        Some(expr) if label_type == Type::Void => self.statement(expr),
                        Some(expr) => self.expect(expr, &label_type),
                        None if label_type != Type::Void => {
                            self.report(Diagnostic::new(span, format!("`return@{label}` needs a value of type `{label_type}`")))
                        }
                        None => {}
                    },
                }
                Type::Nothing
            }
            TreeKind::If { cond, then_branch, else_branch } | TreeKind::LinkTimeIf { cond, then_branch, else_branch } => {
                self.expect(cond, &Type::Boolean);
                let then_type = self.with_scope(|checker| checker.expression(then_branch));
                let else_type = self.with_scope(|checker| checker.expression(else_branch));
                if matches!(else_branch.kind, TreeKind::Skip) { Type::Void } else { self.lub(&then_type, &else_type) }
            }
            TreeKind::While { cond, body } => {
                self.expect(cond, &Type::Boolean);
                self.with_scope(|checker| checker.statement(body));
                if matches!(cond.kind, TreeKind::Boolean(true)) { Type::Nothing } else { Type::Void }
            }
            TreeKind::TryCatch { block, var, handler, .. } => {
                let block_type = self.with_scope(|checker| checker.expression(block));
                let var = *var;
                let handler_type = self.with_scope(|checker| {
                    checker.locals.push((var, Type::any(), false));
                    checker.expression(handler)
                });
                self.lub(&block_type, &handler_type)
            }
            TreeKind::TryFinally { block, finalizer } => {
                let block_type = self.with_scope(|checker| checker.expression(block));
                self.with_scope(|checker| checker.statement(finalizer));
                block_type
            }
            TreeKind::Match { selector, cases, default } => {
                let selector_type = self.expression(selector);
                let is_string = self.is_subtype(&selector_type, &Type::class(well_known::string()));
                if selector_type != Type::Int && !is_string && selector_type != Type::Nothing {
                    self.report(Diagnostic::new(
                        selector.span,
                        format!("`match` needs an int or a string, found `{selector_type}`"),
                    ));
                }
                let mut result = Type::Nothing;
                for (_, body) in cases.iter_mut() {
                    let ty = self.with_scope(|checker| checker.expression(body));
                    result = self.lub(&result, &ty);
                }
                let ty = self.with_scope(|checker| checker.expression(default));
                self.lub(&result, &ty)
            }
            TreeKind::New { class, ctor, args } => {
                let class = *class;
                if !self.known_class(class, span) {
                    for arg in args.iter_mut() {
                        self.expression(arg);
                    }
                    return Type::Nothing;
                }
                if let Some(info) = self.table.get(class)
                    && matches!(info.kind, ClassKind::Interface | ClassKind::ModuleClass | ClassKind::HijackedClass)
                {
                    self.report(Diagnostic::new(
                        span,
                        format!("cannot instantiate `{class}` with `new`: it is a {}", info.kind.keyword()),
                    ));
                }
                let ctor = *ctor;
                let info = self.table.get(class).and_then(|info| info.methods.get(&(MemberNamespace::Constructor, ctor)));
                if info.is_none() {
                    self.report(Diagnostic::new(span, format!("class `{class}` has no constructor `{ctor}`")));
                }
                let (params, _) = self.method_types(info, ctor);
                self.args(args, &params, span, &format!("constructor `{ctor}`"));
                Type::Class { class, nullable: false, exact: true }
            }
            TreeKind::LoadModule(class) => {
                let class = *class;
                if self.known_class(class, span) && self.table.get(class).is_some_and(|info| info.kind != ClassKind::ModuleClass)
                {
                    self.report(Diagnostic::new(span, format!("`{class}` is not a module class")));
                }
                Type::Class { class, nullable: false, exact: false }
            }
            TreeKind::StoreModule => {
                if !self.in_constructor || self.table.get(self.class).is_none_or(|info| info.kind != ClassKind::ModuleClass) {
                    self.report(Diagnostic::new(span, "`<storeModule>` is only allowed in the constructor of a module class"));
                }
                Type::Void
            }
            TreeKind::Select { qualifier, field } => {
                let field = *field;
                let qualifier_type = Type::class(field.class);
                self.expect(qualifier, &qualifier_type);
                match self.table.field(field) {
                    Some(info) if !info.is_static => info.ty.clone(),
                    _ => {
                        self.report(Diagnostic::new(span, format!("unknown field `{field}`")));
                        Type::Nothing
                    }
                }
            }
            TreeKind::SelectStatic(field) => {
                let field = *field;
                match self.table.field(field) {
                    Some(info) if info.is_static => info.ty.clone(),
                    _ => {
                        self.report(Diagnostic::new(span, format!("unknown static field `{field}`")));
                        Type::Nothing
                    }
                }
            }
            TreeKind::Apply { receiver, method, args, .. } => {
                let receiver_type = self.expression(receiver);
                let method = *method;
                // A receiver that is always null (`null.m()`, which an optimiser or a translator may leave)
                // throws NullPointerException; the call's type is still its method's result.
                if receiver_type == Type::Nothing || receiver_type == Type::Null {
                    for arg in args.iter_mut() {
                        self.expression(arg);
                    }
                    return self.method_types(None, method).1;
                }
                let Some(class) = self.table.class_of_receiver(&receiver_type) else {
                    self.report(Diagnostic::new(
                        receiver.span,
                        format!("cannot call a method on a value of type `{receiver_type}`"),
                    ));
                    for arg in args.iter_mut() {
                        self.expression(arg);
                    }
                    return Type::Nothing;
                };
                let info = self.table.resolve_public_method(class, method).map(|(_, info)| info);
                if info.is_none() {
                    self.report(Diagnostic::new(span, format!("`{class}` has no method `{method}`")));
                }
                let (params, result) = self.method_types(info, method);
                self.args(args, &params, span, &format!("method `{method}`"));
                result
            }
            TreeKind::ApplyStatically { flags, receiver, class, method, args } => {
                let class = *class;
                let method = *method;
                let namespace = MemberNamespace::of_statically_bound_call(*flags, method);
                let receiver_type = if self.table.get(class).is_some_and(|info| info.kind == ClassKind::HijackedClass) {
                    hijacked_value_type(class)
                } else {
                    Type::Class { class, nullable: true, exact: false }
                };
                self.expect(receiver, &receiver_type);
                if !self.known_class(class, span) {
                    for arg in args.iter_mut() {
                        self.expression(arg);
                    }
                    return Type::Nothing;
                }
                let info = self.table.resolve_in_namespace(class, namespace, method).map(|(_, info)| info);
                if info.is_none() {
                    self.report(Diagnostic::new(span, format!("`{class}` has no method `{method}`")));
                }
                let (params, result) = self.method_types(info, method);
                self.args(args, &params, span, &format!("method `{method}`"));
                if namespace == MemberNamespace::Constructor { Type::Void } else { result }
            }
            TreeKind::ApplyStatic { flags, class, method, args } => {
                let class = *class;
                let method = *method;
                let namespace = MemberNamespace::of_static_call(*flags);
                if !self.known_class(class, span) {
                    for arg in args.iter_mut() {
                        self.expression(arg);
                    }
                    return Type::Nothing;
                }
                let info = self.table.get(class).and_then(|info| info.methods.get(&(namespace, method)));
                if info.is_none() {
                    self.report(Diagnostic::new(span, format!("`{class}` has no static method `{method}`")));
                }
                let (params, result) = self.method_types(info, method);
                self.args(args, &params, span, &format!("method `{method}`"));
                result
            }
            TreeKind::ApplyTypedClosure { closure, args } => {
                let closure_type = self.expression(closure);
                match closure_type {
                    Type::Closure { params, result, .. } => {
                        self.args(args, &params, span, "closure");
                        *result
                    }
                    Type::Nothing => Type::Nothing,
                    other => {
                        self.report(Diagnostic::new(closure.span, format!("cannot call a value of type `{other}`")));
                        Type::Nothing
                    }
                }
            }
            TreeKind::NewLambda { descriptor, closure } => {
                let expected = Type::Closure {
                    params: descriptor.param_types.clone(),
                    result: Box::new(descriptor.result_type.clone()),
                    nullable: false,
                };
                self.expect(closure, &expected);
                let class = descriptor.interfaces.first().copied().unwrap_or(descriptor.super_class);
                Type::Class { class, nullable: false, exact: false }
            }
            TreeKind::UnaryOp { op, operand } => {
                let operand_type = self.expression(operand);
                self.unary_type(op, &operand_type, operand.span, span)
            }
            TreeKind::BinaryOp { op, lhs, rhs } => {
                // `(-x)` and `(~x)` arrive as int operations on a synthesized zero-width constant.
                let synthesized = lhs.span.start == lhs.span.end && matches!(lhs.kind, TreeKind::Int(0) | TreeKind::Int(-1));
                if synthesized {
                    let rhs_type = self.expression(rhs);
                    let negate = *op == BinaryOp::IntSub;
                    let (new_op, constant, ty) = match (rhs_type, negate) {
                        (Type::Long, true) => (BinaryOp::LongSub, TreeKind::Long(0), Type::Long),
                        (Type::Float, true) => (BinaryOp::FloatSub, TreeKind::Float(-0.0), Type::Float),
                        (Type::Double, true) => (BinaryOp::DoubleSub, TreeKind::Double(-0.0), Type::Double),
                        (Type::Long, false) => (BinaryOp::LongXor, TreeKind::Long(-1), Type::Long),
                        (_, true) => (BinaryOp::IntSub, TreeKind::Int(0), Type::Int),
                        (_, false) => (BinaryOp::IntXor, TreeKind::Int(-1), Type::Int),
                    };
                    *op = new_op;
                    lhs.kind = constant;
                    lhs.ty = ty;
                }
                let (lhs_expected, rhs_expected, result) = op.signature();
                match lhs_expected {
                    Some(expected) => self.expect(lhs, &expected),
                    None => self.value(lhs),
                }
                match rhs_expected {
                    Some(expected) => self.expect(rhs, &expected),
                    None => self.value(rhs),
                }
                result
            }
            TreeKind::NewArray { array, length } => {
                self.check_type(&TypeRef::Array(*array).to_type(), span);
                self.expect(length, &Type::Int);
                Type::Array { array: *array, nullable: false, exact: true }
            }
            TreeKind::ArrayValue { array, elems } => {
                let element_type = array.element_type();
                self.check_type(&TypeRef::Array(*array).to_type(), span);
                for elem in elems.iter_mut() {
                    self.expect(elem, &element_type);
                }
                Type::Array { array: *array, nullable: false, exact: true }
            }
            TreeKind::ArraySelect { array, index, .. } => {
                let array_type = self.expression(array);
                match array_type {
                    Type::Array { array: array_ref, .. } => {
                        self.expect(index, &Type::Int);
                        array_ref.element_type()
                    }
                    Type::String => {
                        // `s[i]` on a string is `String_charAt`.
                        self.expect(index, &Type::Int);
                        let array = std::mem::replace(array.as_mut(), Tree::new(TreeKind::Skip, span));
                        let index = std::mem::replace(index.as_mut(), Tree::new(TreeKind::Skip, span));
                        tree.kind = TreeKind::BinaryOp { op: BinaryOp::StringCharAt, lhs: Box::new(array), rhs: Box::new(index) };
                        Type::Char
                    }
                    Type::Nothing => {
                        self.expression(index);
                        Type::Nothing
                    }
                    other => {
                        self.report(Diagnostic::new(array.span, format!("cannot index a value of type `{other}`")));
                        self.expression(index);
                        Type::Nothing
                    }
                }
            }
            TreeKind::IsInstanceOf { expr, test_type } => {
                let test_type = test_type.clone();
                self.check_type(&test_type, span);
                self.value(expr);
                Type::Boolean
            }
            TreeKind::AsInstanceOf { expr, target_type } => {
                let target_type = target_type.clone();
                self.check_type(&target_type, span);
                self.value(expr);
                target_type
            }
            TreeKind::Null => Type::Null,
            TreeKind::Boolean(_) => Type::Boolean,
            TreeKind::Char(_) => Type::Char,
            TreeKind::Byte(_) => Type::Byte,
            TreeKind::Short(_) => Type::Short,
            TreeKind::Int(_) => Type::Int,
            TreeKind::Long(_) => Type::Long,
            TreeKind::Float(_) => Type::Float,
            TreeKind::Double(_) => Type::Double,
            TreeKind::String(_) => Type::String,
            TreeKind::ClassOf(type_ref) => {
                let ty = type_ref.to_type();
                self.check_type(&ty, span);
                Type::Class { class: well_known::class(), nullable: false, exact: false }
            }
            TreeKind::VarRef(name) => {
                let name = *name;
                match self.locals.iter().rev().find(|(local, _, _)| *local == name) {
                    Some((_, ty, _)) => ty.clone(),
                    None => {
                        self.report(Diagnostic::new(span, format!("unknown variable `{name}`")));
                        Type::Nothing
                    }
                }
            }
            TreeKind::This => match &self.this_type {
                Some(ty) => ty.clone(),
                None => {
                    self.report(Diagnostic::new(span, "`this` is not available in a static method"));
                    Type::Nothing
                }
            },
            TreeKind::Closure { captures, params, result, body, .. } => {
                for (param, value) in captures.iter_mut() {
                    let ty = param.ty.clone();
                    self.expect(value, &ty);
                }
                // The body sees only the captures and parameters, and no labels or `this` from outside.
                let saved_locals = std::mem::take(&mut self.locals);
                let saved_labels = std::mem::take(&mut self.labels);
                let saved_this = self.this_type.take();
                self.locals = captures.iter().map(|(param, _)| (param.name, param.ty.clone(), false)).collect();
                self.locals.extend(params.iter().map(|param| (param.name, param.ty.clone(), param.mutable)));
                if *result == Type::Void {
                    self.statement(body);
                } else {
                    let result = result.clone();
                    self.expect(body, &result);
                }
                self.locals = saved_locals;
                self.labels = saved_labels;
                self.this_type = saved_this;
                Type::Closure {
                    params: params.iter().map(|param| param.ty.clone()).collect(),
                    result: Box::new(result.clone()),
                    nullable: false,
                }
            }
            TreeKind::LinkTimeProperty(name) => match name.as_str() {
                "core/productionMode" | "core/isWebAssembly" => Type::Boolean,
                "core/esVersion" => Type::Int,
                "core/linkerVersion" => Type::String,
                other => {
                    let other = other.to_string();
                    self.report(Diagnostic::new(span, format!("unknown link-time property `{other}`")));
                    Type::Nothing
                }
            },
        }
    }

    /// Resolves ambiguous unary operators and returns the operation's type.
    fn unary_type(&mut self, op: &mut UnaryOp, operand_type: &Type, operand_span: Span, span: Span) -> Type {
        use UnaryOp::*;
        if *operand_type == Type::Nothing {
            return match op {
                Throw => Type::Nothing,
                _ => unary_result(*op).unwrap_or(Type::Nothing),
            };
        }
        let resolved = match (*op, operand_type) {
            (AmbiguousToInt, Type::Char) => Some(CharToInt),
            (AmbiguousToInt, Type::Byte) => Some(ByteToInt),
            (AmbiguousToInt, Type::Short) => Some(ShortToInt),
            (AmbiguousToInt, Type::Long) => Some(LongToInt),
            (AmbiguousToInt, Type::Double) => Some(DoubleToInt),
            (AmbiguousToInt, Type::Boolean) => Some(BooleanToInt),
            (AmbiguousToLong, Type::Int) => Some(IntToLong),
            (AmbiguousToLong, Type::Double) => Some(DoubleToLong),
            (AmbiguousToFloat, Type::Double) => Some(DoubleToFloat),
            (AmbiguousToFloat, Type::Long) => Some(LongToFloat),
            (AmbiguousToDouble, Type::Int) => Some(IntToDouble),
            (AmbiguousToDouble, Type::Long) => Some(LongToDouble),
            (AmbiguousToDouble, Type::Float) => Some(FloatToDouble),
            (AmbiguousLength, Type::String) => Some(StringLength),
            (AmbiguousLength, Type::Array { .. }) => Some(ArrayLength),
            (AmbiguousClz, Type::Int) => Some(IntClz),
            (AmbiguousClz, Type::Long) => Some(LongClz),
            (AmbiguousToInt | AmbiguousToLong | AmbiguousToFloat | AmbiguousToDouble | AmbiguousLength | AmbiguousClz, _) => {
                self.report(Diagnostic::new(span, format!("this operation does not apply to a value of type `{operand_type}`")));
                return Type::Nothing;
            }
            _ => None,
        };
        if let Some(resolved) = resolved {
            *op = resolved;
            return unary_result(resolved).unwrap_or(Type::Nothing);
        }
        let expected = match op {
            BooleanNot | BooleanToInt => Some(Type::Boolean),
            IntToLong | IntToDouble | IntToChar | IntToByte | IntToShort | FloatFromBits | IntClz | UnsignedIntToLong => {
                Some(Type::Int)
            }
            LongToInt | LongToDouble | LongToFloat | DoubleFromBits | LongClz => Some(Type::Long),
            FloatToDouble | FloatToBits => Some(Type::Float),
            DoubleToInt | DoubleToFloat | DoubleToLong | DoubleToBits => Some(Type::Double),
            CharToInt => Some(Type::Char),
            ByteToInt => Some(Type::Byte),
            ShortToInt => Some(Type::Short),
            StringLength => Some(Type::String),
            ClassName | ClassIsPrimitive | ClassIsInterface | ClassIsArray | ClassComponentType | ClassSuperClass => {
                Some(Type::Class { class: well_known::class(), nullable: false, exact: false })
            }
            ArrayLength => None,
            CheckNotNull | GetClass | Clone | IdentityHashCode | WrapAsThrowable | UnwrapFromThrowable | Throw => None,
            _ => None,
        };
        if let Some(expected) = expected
            && !self.is_subtype(operand_type, &expected)
        {
            self.report(Diagnostic::type_mismatch(operand_span, &expected, operand_type));
        }
        match op {
            CheckNotNull => operand_type.non_nullable(),
            ArrayLength if !matches!(operand_type, Type::Array { .. }) => {
                self.report(Diagnostic::new(operand_span, format!("`length` needs an array, found `{operand_type}`")));
                Type::Int
            }
            Clone => operand_type.non_nullable(),
            _ => unary_result(*op).unwrap_or(Type::Nothing),
        }
    }
}

fn unary_result(op: UnaryOp) -> Option<Type> {
    use UnaryOp::*;
    let class_type = Type::Class { class: well_known::class(), nullable: true, exact: false };
    Some(match op {
        BooleanNot | ClassIsPrimitive | ClassIsInterface | ClassIsArray => Type::Boolean,
        CharToInt | ByteToInt | ShortToInt | LongToInt | DoubleToInt | BooleanToInt | StringLength | ArrayLength
        | IdentityHashCode | FloatToBits | IntClz | LongClz => Type::Int,
        IntToLong | DoubleToLong | DoubleToBits | UnsignedIntToLong => Type::Long,
        IntToDouble | LongToDouble | FloatToDouble | DoubleFromBits => Type::Double,
        DoubleToFloat | LongToFloat | FloatFromBits => Type::Float,
        IntToChar => Type::Char,
        IntToByte => Type::Byte,
        IntToShort => Type::Short,
        ClassName => Type::String,
        ClassComponentType | ClassSuperClass => class_type,
        GetClass => Type::Class { class: well_known::class(), nullable: false, exact: false },
        WrapAsThrowable | UnwrapFromThrowable => {
            if op == WrapAsThrowable {
                Type::Class { class: well_known::throwable(), nullable: false, exact: false }
            } else {
                Type::Any { nullable: false }
            }
        }
        Throw => Type::Nothing,
        CheckNotNull | Clone => return None,
        AmbiguousToInt => Type::Int,
        AmbiguousToLong => Type::Long,
        AmbiguousToFloat => Type::Float,
        AmbiguousToDouble => Type::Double,
        AmbiguousLength | AmbiguousClz => Type::Int,
    })
}
