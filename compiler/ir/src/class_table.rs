//! Declarations of every class of a program, indexed for lookups: the facts the checker and the linker share.

use std::collections::{BTreeMap, HashMap};

use crate::names::{ClassName, FieldName, MethodName, well_known};
use crate::trees::{ClassKind, MemberNamespace, Program};
use crate::types::{ClassHierarchy, Type};

#[derive(Clone, Debug)]
pub struct FieldInfo {
    pub ty: Type,
    pub mutable: bool,
    pub is_static: bool,
}

#[derive(Clone, Debug)]
pub struct MethodInfo {
    pub params: Vec<Type>,
    pub result: Type,
    pub is_abstract: bool,
}

#[derive(Clone, Debug)]
pub struct ClassInfo {
    pub name: ClassName,
    pub kind: ClassKind,
    pub super_class: Option<ClassName>,
    pub interfaces: Vec<ClassName>,
    pub fields: BTreeMap<FieldName, FieldInfo>,
    pub methods: BTreeMap<(MemberNamespace, MethodName), MethodInfo>,
    /// Index of the class in `Program::classes`.
    pub index: usize,
}

/// The classes of a program by name. Built from a program whose class names are unique
/// (the checker reports duplicates and keeps the first).
#[derive(Clone, Debug, Default)]
pub struct ClassTable {
    pub classes: HashMap<ClassName, ClassInfo>,
}

impl ClassTable {
    pub fn build(program: &Program) -> ClassTable {
        let mut classes = HashMap::new();
        for (index, class) in program.classes.iter().enumerate() {
            if classes.contains_key(&class.name) {
                continue;
            }
            let fields = class
                .fields
                .iter()
                .map(|field| {
                    (
                        field.name,
                        FieldInfo { ty: field.ty.clone(), mutable: field.mutable, is_static: field.namespace.is_static() },
                    )
                })
                .collect();
            let methods = class
                .methods
                .iter()
                .map(|method| {
                    (
                        (method.namespace, method.name),
                        MethodInfo {
                            params: method.params.iter().map(|param| param.ty.clone()).collect(),
                            result: method.result.clone(),
                            is_abstract: matches!(method.body, crate::trees::MethodBody::Abstract),
                        },
                    )
                })
                .collect();
            classes.insert(
                class.name,
                ClassInfo {
                    name: class.name,
                    kind: class.kind,
                    super_class: class.super_class,
                    interfaces: class.interfaces.clone(),
                    fields,
                    methods,
                    index,
                },
            );
        }
        ClassTable { classes }
    }

    pub fn get(&self, class: ClassName) -> Option<&ClassInfo> {
        self.classes.get(&class)
    }

    /// The superclass chain, starting with the class itself. Stops at unknown classes and at cycles.
    pub fn superclass_chain(&self, class: ClassName) -> Vec<ClassName> {
        let mut chain = Vec::new();
        let mut current = Some(class);
        while let Some(name) = current {
            if chain.contains(&name) {
                break;
            }
            chain.push(name);
            current = self.get(name).and_then(|info| info.super_class);
        }
        chain
    }

    /// Every ancestor (superclasses and interfaces, transitively), the class itself first; each once.
    pub fn ancestors(&self, class: ClassName) -> Vec<ClassName> {
        let mut result = Vec::new();
        let mut pending = vec![class];
        while let Some(name) = pending.pop() {
            if result.contains(&name) {
                continue;
            }
            result.push(name);
            if let Some(info) = self.get(name) {
                for interface in info.interfaces.iter().rev() {
                    pending.push(*interface);
                }
                if let Some(super_class) = info.super_class {
                    pending.push(super_class);
                }
            }
        }
        result
    }

    /// Finds the public instance method `method` as seen from `class`: in the class, its superclasses,
    /// then its interfaces (default methods). Returns the declaring class.
    pub fn resolve_public_method(&self, class: ClassName, method: MethodName) -> Option<(ClassName, &MethodInfo)> {
        let mut fallback = None;
        for ancestor in self.superclass_chain(class) {
            if let Some(info) = self.get(ancestor).and_then(|info| info.methods.get(&(MemberNamespace::Public, method))) {
                if !info.is_abstract {
                    return Some((ancestor, info));
                }
                fallback.get_or_insert((ancestor, info));
            }
        }
        for ancestor in self.ancestors(class) {
            if let Some(info) = self.get(ancestor).and_then(|info| info.methods.get(&(MemberNamespace::Public, method))) {
                if !info.is_abstract {
                    return Some((ancestor, info));
                }
                fallback.get_or_insert((ancestor, info));
            }
        }
        // Interfaces have no superclass in the IR, but their values are objects: `java.lang.Object`'s
        // methods (`hashCode`, `equals`, `toString`) apply to them, as in Java.
        if fallback.is_none() && self.get(class).is_some_and(|info| info.kind == ClassKind::Interface) {
            let object = well_known::object();
            if let Some(info) = self.get(object).and_then(|info| info.methods.get(&(MemberNamespace::Public, method))) {
                return Some((object, info));
            }
        }
        fallback
    }

    /// Finds a method in a namespace, in the class or its superclasses.
    pub fn resolve_in_namespace(
        &self,
        class: ClassName,
        namespace: MemberNamespace,
        method: MethodName,
    ) -> Option<(ClassName, &MethodInfo)> {
        if namespace == MemberNamespace::Public {
            return self.resolve_public_method(class, method);
        }
        let info = self.get(class)?.methods.get(&(namespace, method))?;
        Some((class, info))
    }

    pub fn field(&self, field: FieldName) -> Option<&FieldInfo> {
        self.get(field.class)?.fields.get(&field)
    }

    /// The class whose methods a value of this type has (`string` has `java.lang.String`'s, `int` has `Integer`'s).
    pub fn class_of_receiver(&self, ty: &Type) -> Option<ClassName> {
        match ty {
            Type::Class { class, .. } => Some(*class),
            Type::Any { .. } | Type::Array { .. } => Some(well_known::object()),
            other => crate::types::boxed_class_of(other),
        }
    }
}

impl ClassHierarchy for ClassTable {
    fn is_subclass(&self, sub: ClassName, sup: ClassName) -> bool {
        sub == sup || sup == well_known::object() || self.ancestors(sub).contains(&sup)
    }

    fn is_hijacked(&self, class: ClassName) -> bool {
        self.get(class).is_some_and(|info| info.kind == ClassKind::HijackedClass)
    }
}
