//! JS interop at link time: which static methods are JS imports and which are exported to JS, and
//! whether their types can cross the boundary.
//!
//! Kiln's design (docs/js.md) needs no new IR syntax. A static method without a body
//! (`static def f;I;I(x: int): int = <abstract>`) is a JS import: module = its class's name, field = its
//! simple name. The public static methods of a class that implements the marker interface
//! `kiln.js.Exports` are exported under their simple names. Only primitives, `java.lang.String` (a JS
//! string) and `java.lang.Object`/`any` (an opaque JS value) cross; everything else is rejected here with
//! the method's location, before any code is emitted. On the WASI targets a reachable import is an error,
//! and exports are simply not roots.

use std::collections::BTreeMap;

use kiln_ir::diagnostics::Diagnostic;
use kiln_ir::names::{ClassName, MethodName, well_known};
use kiln_ir::trees::{MemberNamespace, MethodBody, MethodDef, Program};
use kiln_ir::types::Type;

use crate::MethodKey;

/// The marker interface of classes whose public static methods are exported to JS.
pub fn exports_marker() -> ClassName {
    ClassName::new("kiln.js.Exports")
}

/// The runtime class whose imports the loader itself provides, under the import module `kiln`.
pub fn host_class() -> ClassName {
    ClassName::new("kiln.js.Host")
}

/// What an export's glue calls when a Java exception escapes to JS.
pub fn raise_method() -> MethodKey {
    MethodKey {
        class: ClassName::new("kiln.js.Interop"),
        namespace: MemberNamespace::PublicStatic,
        method: MethodName::new("raise;Ljava.lang.Throwable;V"),
    }
}

/// The Wasm import module of a JS import declared in `class`.
pub fn import_module(class: ClassName) -> String {
    if class == host_class() { "kiln".to_string() } else { class.as_str().to_string() }
}

/// Whether a method is a JS import: static, without a body.
pub fn is_import(method: &MethodDef) -> bool {
    method.namespace.is_static() && matches!(method.body, MethodBody::Abstract)
}

/// The methods exported to JS, sorted by class and name.
pub fn exported_methods(program: &Program) -> Vec<MethodKey> {
    let mut exports = Vec::new();
    for class in program.classes.iter().filter(|class| class.interfaces.contains(&exports_marker())) {
        for method in &class.methods {
            if method.namespace == MemberNamespace::PublicStatic && matches!(method.body, MethodBody::Tree(_)) {
                exports.push(MethodKey { class: class.name, namespace: method.namespace, method: method.name });
            }
        }
    }
    exports.sort();
    exports
}

/// Whether values of `ty` can cross to and from JS.
pub fn crosses(ty: &Type) -> bool {
    match ty {
        Type::Boolean | Type::Char | Type::Byte | Type::Short | Type::Int | Type::Long | Type::Float | Type::Double => true,
        Type::String | Type::Any { .. } => true,
        Type::Class { class, .. } => *class == well_known::string() || *class == well_known::object(),
        _ => false,
    }
}

fn check_types(method: &MethodDef, role: &str, diagnostics: &mut Vec<Diagnostic>) {
    let result = (method.result != Type::Void).then_some(("returns", &method.result));
    let params = method.params.iter().map(|param| ("has a parameter of type", &param.ty));
    for (what, ty) in params.chain(result).filter(|(_, ty)| !crosses(ty)) {
        diagnostics.push(Diagnostic::new(
            method.span,
            format!(
                "{role} `{}` {what} `{ty}`, which cannot cross to JS (primitives, java.lang.String and java.lang.Object can)",
                method.name.simple()
            ),
        ));
    }
}

/// Checks the reachable imports and the exports; `js` says whether the target is JS.
pub(crate) fn check<'a>(
    imports: &[MethodKey],
    exports: &[MethodKey],
    js: bool,
    method_def: impl Fn(MethodKey) -> Option<&'a MethodDef>,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for key in imports {
        let Some(method) = method_def(*key) else { continue };
        if !js {
            diagnostics.push(Diagnostic::new(
                method.span,
                format!(
                    "`{}.{}` has no body, so it is a JS import, which only `--target js` provides",
                    key.class,
                    method.name.simple()
                ),
            ));
        } else {
            check_types(method, "JS import", &mut diagnostics);
        }
    }
    if js {
        let mut names: BTreeMap<&str, MethodKey> = BTreeMap::new();
        for key in exports {
            let Some(method) = method_def(*key) else { continue };
            check_types(method, "JS export", &mut diagnostics);
            let name = key.method.simple();
            if matches!(name, "main" | "memory") || name.contains('.') {
                diagnostics.push(Diagnostic::new(method.span, format!("`{name}` is reserved by the loader: rename the export")));
            } else if let Some(first) = names.insert(name, *key) {
                diagnostics.push(Diagnostic::new(
                    method.span,
                    format!(
                        "two JS exports are named `{name}` (`{}::{}` and `{}::{}`): JS has no overloads",
                        first.class, first.method, key.class, key.method
                    ),
                ));
            }
        }
    }
    diagnostics
}
