//! Desugaring of `NewLambda` into ordinary classes, before reachability.
//!
//! A `NewLambda` makes an instance of an anonymous class that extends the descriptor's superclass,
//! implements its interfaces, and implements its one method by calling a typed closure. Kiln writes that
//! class out: one class per distinct descriptor (Scala.js shares them the same way), holding the closure in
//! a field. Everything after this pass (reachability, dispatch, the emitter) then sees plain classes and
//! plain `New`s, so lambdas get interface dispatch, `getClass`, `hashCode` and the rest for free.
//!
//! The IR text cannot name a constructor that takes a closure (method names carry type references, and
//! closure types have none), so the class gets the no-argument constructor the descriptor guarantees on
//! its superclass, and the closure is stored right after construction:
//!
//! ```text
//! { val lambda$fun$N = <closure>; val lambda$instance$N = new L().<init>;V(); lambda$instance$N.L::fun = lambda$fun$N; lambda$instance$N }
//! ```
//!
//! The closure is evaluated first, as the IR's definition of `NewLambda` says.

use kiln_ir::names::{ClassName, FieldName, LocalName, MethodName, SimpleName};
use kiln_ir::source::Span;
use kiln_ir::trees::*;
use kiln_ir::types::Type;

/// Replaces every `NewLambda` in the program with the construction of a generated class, and adds those
/// classes to the program.
pub fn desugar_new_lambdas(program: &mut Program) {
    let mut state = Desugaring { generated: Vec::new(), next_local: 0 };
    for class in &mut program.classes {
        for method in &mut class.methods {
            if let MethodBody::Tree(body) = &mut method.body {
                state.rewrite(body);
            }
        }
    }
    program.classes.extend(state.generated.into_iter().map(|(_, class)| class));
}

struct Desugaring {
    /// Generated classes with the descriptor each implements (compared by its printed form).
    generated: Vec<(String, ClassDef)>,
    next_local: u32,
}

impl Desugaring {
    fn rewrite(&mut self, tree: &mut Tree) {
        for_each_child_mut(tree, |child| self.rewrite(child));
        if let TreeKind::NewLambda { descriptor, closure } = &mut tree.kind {
            let closure = std::mem::replace(closure.as_mut(), Tree::new(TreeKind::Skip, tree.span));
            let class = self.class_for(descriptor, tree.span);
            *tree = self.construction(class, closure, tree.span);
        }
    }

    fn class_for(&mut self, descriptor: &LambdaDescriptor, span: Span) -> ClassName {
        let key = format!(
            "{} {:?} {} {:?} {:?}",
            descriptor.super_class, descriptor.interfaces, descriptor.method, descriptor.param_types, descriptor.result_type
        );
        if let Some((_, class)) = self.generated.iter().find(|(existing, _)| *existing == key) {
            return class.name;
        }
        let name = ClassName::new(&format!("{}$$Lambda${}", descriptor.super_class, self.generated.len() + 1));
        let class = lambda_class(name, descriptor, span);
        self.generated.push((key, class));
        name
    }

    fn construction(&mut self, class: ClassName, closure: Tree, span: Span) -> Tree {
        let number = self.next_local;
        self.next_local += 1;
        let closure_type = closure.ty.clone();
        let instance_type = Type::Class { class, nullable: false, exact: true };
        let fun = LocalName::new(&format!("lambda$fun${number}"));
        let instance = LocalName::new(&format!("lambda$instance${number}"));
        let typed = |kind: TreeKind, ty: Type| Tree { kind, span, ty };
        let var_def = |name: LocalName, ty: Type, rhs: Tree| {
            typed(TreeKind::VarDef { name, original_name: None, ty, mutable: false, rhs: Box::new(rhs) }, Type::Void)
        };
        let new_instance =
            typed(TreeKind::New { class, ctor: MethodName::new("<init>;V"), args: Vec::new() }, instance_type.clone());
        let store = typed(
            TreeKind::Assign {
                lhs: Box::new(typed(
                    TreeKind::Select {
                        qualifier: Box::new(typed(TreeKind::VarRef(instance), instance_type.clone())),
                        field: closure_field(class),
                    },
                    closure_type.clone(),
                )),
                rhs: Box::new(typed(TreeKind::VarRef(fun), closure_type.clone())),
            },
            Type::Void,
        );
        typed(
            TreeKind::Block(vec![
                var_def(fun, closure_type, closure),
                var_def(instance, instance_type.clone(), new_instance),
                store,
                typed(TreeKind::VarRef(instance), instance_type.clone()),
            ]),
            instance_type,
        )
    }
}

fn closure_field(class: ClassName) -> FieldName {
    FieldName { class, simple: SimpleName::new("fun") }
}

/// The class behind one descriptor: a closure field, a constructor, and the method that calls the closure.
fn lambda_class(name: ClassName, descriptor: &LambdaDescriptor, span: Span) -> ClassDef {
    let typed = |kind: TreeKind, ty: Type| Tree { kind, span, ty };
    let this_type = Type::Class { class: name, nullable: false, exact: false };
    let closure_type = Type::Closure {
        params: descriptor.param_types.clone(),
        result: Box::new(descriptor.result_type.clone()),
        nullable: false,
    };
    let constructor_body = typed(
        TreeKind::ApplyStatically {
            flags: ApplyFlags::default(),
            receiver: Box::new(typed(TreeKind::This, this_type.clone())),
            class: descriptor.super_class,
            method: MethodName::new("<init>;V"),
            args: Vec::new(),
        },
        Type::Void,
    );
    let params: Vec<ParamDef> = descriptor
        .param_types
        .iter()
        .enumerate()
        .map(|(index, ty)| ParamDef {
            name: LocalName::new(&format!("arg{index}")),
            original_name: None,
            ty: ty.clone(),
            mutable: false,
            span,
        })
        .collect();
    let call = typed(
        TreeKind::ApplyTypedClosure {
            closure: Box::new(typed(
                TreeKind::Select { qualifier: Box::new(typed(TreeKind::This, this_type)), field: closure_field(name) },
                closure_type.clone(),
            )),
            args: params.iter().map(|param| typed(TreeKind::VarRef(param.name), param.ty.clone())).collect(),
        },
        descriptor.result_type.clone(),
    );
    let method = |name: MethodName, namespace: MemberNamespace, params: Vec<ParamDef>, result: Type, body: Tree| MethodDef {
        name,
        original_name: None,
        namespace,
        optimizer_hints: 0,
        params,
        result,
        body: MethodBody::Tree(body),
        span,
    };
    ClassDef {
        name,
        original_name: None,
        kind: ClassKind::Class,
        super_class: Some(descriptor.super_class),
        interfaces: descriptor.interfaces.clone(),
        optimizer_hints: 0,
        fields: vec![FieldDef {
            name: closure_field(name),
            original_name: None,
            namespace: MemberNamespace::Public,
            mutable: true,
            ty: closure_type,
            span,
        }],
        methods: vec![
            method(MethodName::new("<init>;V"), MemberNamespace::Constructor, Vec::new(), Type::Void, constructor_body),
            method(descriptor.method, MemberNamespace::Public, params, descriptor.result_type.clone(), call),
        ],
        span,
        from_runtime_library: false,
    }
}
