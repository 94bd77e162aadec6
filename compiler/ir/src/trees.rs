//! The IR trees: class definitions, members and the expression/statement nodes, each with its source span.

use crate::names::{ClassName, FieldName, LabelName, LocalName, MethodName};
use crate::source::Span;
use crate::types::{ArrayTypeRef, Type, TypeRef};

/// A whole program: every class from every input file (and the runtime library).
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub classes: Vec<ClassDef>,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum ClassKind {
    Class,
    ModuleClass,
    Interface,
    HijackedClass,
}

impl ClassKind {
    pub fn keyword(self) -> &'static str {
        match self {
            ClassKind::Class => "class",
            ClassKind::ModuleClass => "module class",
            ClassKind::Interface => "interface",
            ClassKind::HijackedClass => "hijacked class",
        }
    }
}

#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: ClassName,
    pub original_name: Option<String>,
    pub kind: ClassKind,
    pub super_class: Option<ClassName>,
    pub interfaces: Vec<ClassName>,
    pub optimizer_hints: u32,
    pub fields: Vec<FieldDef>,
    pub methods: Vec<MethodDef>,
    pub span: Span,
    /// Whether the class comes from Kiln's runtime library, whose code is trusted: its array accesses are
    /// in bounds by construction, so the emitter does not check them.
    pub from_runtime_library: bool,
}

impl ClassDef {
    pub fn method(&self, namespace: MemberNamespace, name: MethodName) -> Option<&MethodDef> {
        self.methods.iter().find(|method| method.namespace == namespace && method.name == name)
    }
}

/// The six method namespaces of the Scala.js IR (and the two that fields use).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum MemberNamespace {
    Public,
    Private,
    PublicStatic,
    PrivateStatic,
    Constructor,
    StaticConstructor,
}

impl MemberNamespace {
    /// The prefix the printer writes before `def`, `val` and `var`.
    pub fn prefix(self) -> &'static str {
        match self {
            MemberNamespace::Public => "",
            MemberNamespace::Private => "private ",
            MemberNamespace::PublicStatic => "static ",
            MemberNamespace::PrivateStatic => "private static ",
            MemberNamespace::Constructor => "constructor ",
            MemberNamespace::StaticConstructor => "static constructor ",
        }
    }

    /// The namespace that a statically bound call (`ApplyStatically`) of `method` names: constructors,
    /// private methods (`private::`) or public ones.
    pub fn of_statically_bound_call(flags: ApplyFlags, method: MethodName) -> MemberNamespace {
        if method.is_constructor() {
            MemberNamespace::Constructor
        } else if flags.private {
            MemberNamespace::Private
        } else {
            MemberNamespace::Public
        }
    }

    /// The namespace that a static call (`ApplyStatic`) names.
    pub fn of_static_call(flags: ApplyFlags) -> MemberNamespace {
        if flags.private { MemberNamespace::PrivateStatic } else { MemberNamespace::PublicStatic }
    }

    pub fn is_static(self) -> bool {
        matches!(self, MemberNamespace::PublicStatic | MemberNamespace::PrivateStatic | MemberNamespace::StaticConstructor)
    }
}

#[derive(Clone, Debug)]
pub struct FieldDef {
    pub name: FieldName,
    pub original_name: Option<String>,
    pub namespace: MemberNamespace,
    pub mutable: bool,
    pub ty: Type,
    pub span: Span,
}

/// What a method's body is: IR, nothing (abstract), or a compiler intrinsic (Kiln's runtime library only).
#[derive(Clone, Debug)]
pub enum MethodBody {
    Tree(Tree),
    Abstract,
    Intrinsic,
}

#[derive(Clone, Debug)]
pub struct MethodDef {
    pub name: MethodName,
    pub original_name: Option<String>,
    pub namespace: MemberNamespace,
    pub optimizer_hints: u32,
    pub params: Vec<ParamDef>,
    pub result: Type,
    pub body: MethodBody,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ParamDef {
    pub name: LocalName,
    pub original_name: Option<String>,
    pub ty: Type,
    pub mutable: bool,
    pub span: Span,
}

/// A tree node. `ty` is filled in by the checker: the text format does not write the types of most nodes.
#[derive(Clone, Debug)]
pub struct Tree {
    pub kind: TreeKind,
    pub span: Span,
    pub ty: Type,
}

impl Tree {
    pub fn new(kind: TreeKind, span: Span) -> Tree {
        Tree { kind, span, ty: Type::Nothing }
    }
}

/// Whether an `Apply` may call a private method (printed `private::`).
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub struct ApplyFlags {
    pub private: bool,
}

/// A literal that `Match` cases can test.
#[derive(Clone, PartialEq, Debug)]
pub enum MatchLiteral {
    Int(i32),
    String(String),
    Null,
}

/// The signature that a `NewLambda` implements.
#[derive(Clone, Debug)]
pub struct LambdaDescriptor {
    pub super_class: ClassName,
    pub interfaces: Vec<ClassName>,
    pub method: MethodName,
    pub param_types: Vec<Type>,
    pub result_type: Type,
}

#[derive(Clone, Debug)]
pub enum TreeKind {
    // Definitions and control flow.
    VarDef {
        name: LocalName,
        original_name: Option<String>,
        ty: Type,
        mutable: bool,
        rhs: Box<Tree>,
    },
    Skip,
    Block(Vec<Tree>),
    Labeled {
        label: LabelName,
        ty: Type,
        body: Box<Tree>,
    },
    Assign {
        lhs: Box<Tree>,
        rhs: Box<Tree>,
    },
    Return {
        label: LabelName,
        expr: Option<Box<Tree>>,
    },
    If {
        cond: Box<Tree>,
        then_branch: Box<Tree>,
        else_branch: Box<Tree>,
    },
    LinkTimeIf {
        cond: Box<Tree>,
        then_branch: Box<Tree>,
        else_branch: Box<Tree>,
    },
    While {
        cond: Box<Tree>,
        body: Box<Tree>,
    },
    TryCatch {
        block: Box<Tree>,
        var: LocalName,
        var_original_name: Option<String>,
        handler: Box<Tree>,
    },
    TryFinally {
        block: Box<Tree>,
        finalizer: Box<Tree>,
    },
    Match {
        selector: Box<Tree>,
        cases: Vec<(Vec<MatchLiteral>, Tree)>,
        default: Box<Tree>,
    },

    // Object model.
    New {
        class: ClassName,
        ctor: MethodName,
        args: Vec<Tree>,
    },
    LoadModule(ClassName),
    StoreModule,
    Select {
        qualifier: Box<Tree>,
        field: FieldName,
    },
    SelectStatic(FieldName),
    Apply {
        flags: ApplyFlags,
        receiver: Box<Tree>,
        method: MethodName,
        args: Vec<Tree>,
    },
    ApplyStatically {
        flags: ApplyFlags,
        receiver: Box<Tree>,
        class: ClassName,
        method: MethodName,
        args: Vec<Tree>,
    },
    ApplyStatic {
        flags: ApplyFlags,
        class: ClassName,
        method: MethodName,
        args: Vec<Tree>,
    },
    ApplyTypedClosure {
        closure: Box<Tree>,
        args: Vec<Tree>,
    },
    NewLambda {
        descriptor: LambdaDescriptor,
        closure: Box<Tree>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Tree>,
    },
    BinaryOp {
        op: BinaryOp,
        lhs: Box<Tree>,
        rhs: Box<Tree>,
    },
    NewArray {
        array: ArrayTypeRef,
        length: Box<Tree>,
    },
    ArrayValue {
        array: ArrayTypeRef,
        elems: Vec<Tree>,
    },
    /// `array[index]`. `in_bounds` is the optimiser's proof that `array` is not null and `index` is within
    /// its bounds (`kiln_link::optimise::bounds`), so the access needs no check; the parser sets it false
    /// and the text format does not show it.
    ArraySelect {
        array: Box<Tree>,
        index: Box<Tree>,
        in_bounds: bool,
    },
    IsInstanceOf {
        expr: Box<Tree>,
        test_type: Type,
    },
    AsInstanceOf {
        expr: Box<Tree>,
        target_type: Type,
    },

    // Literals.
    Null,
    Boolean(bool),
    Char(u16),
    Byte(i8),
    Short(i16),
    Int(i32),
    Long(i64),
    Float(f32),
    Double(f64),
    String(Vec<u16>),
    ClassOf(TypeRef),

    // Atoms.
    VarRef(LocalName),
    This,
    Closure {
        typed: bool,
        captures: Vec<(ParamDef, Tree)>,
        params: Vec<ParamDef>,
        result: Type,
        body: Box<Tree>,
    },
    LinkTimeProperty(String),
}

impl TreeKind {
    /// Whether the node is a literal of a primitive type: `true`, `'a'`, `1_b`, `2`, `3L`, `1.5f`, `1.5d`.
    pub fn is_primitive_literal(&self) -> bool {
        matches!(
            self,
            TreeKind::Boolean(_)
                | TreeKind::Char(_)
                | TreeKind::Byte(_)
                | TreeKind::Short(_)
                | TreeKind::Int(_)
                | TreeKind::Long(_)
                | TreeKind::Float(_)
                | TreeKind::Double(_)
        )
    }
}

/// Unary operators. The parser cannot always tell which one a text form means (`((int)x)`, `x.length`);
/// it produces the `Ambiguous*` forms, which the checker replaces by the precise operator from the operand's type.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum UnaryOp {
    BooleanNot,
    CharToInt,
    ByteToInt,
    ShortToInt,
    IntToLong,
    IntToDouble,
    LongToInt,
    LongToDouble,
    DoubleToInt,
    DoubleToLong,
    DoubleToFloat,
    FloatToDouble,
    LongToFloat,
    IntToChar,
    IntToByte,
    IntToShort,
    BooleanToInt,
    StringLength,
    CheckNotNull,
    ClassName,
    ClassIsPrimitive,
    ClassIsInterface,
    ClassIsArray,
    ClassComponentType,
    ClassSuperClass,
    ArrayLength,
    GetClass,
    Clone,
    IdentityHashCode,
    WrapAsThrowable,
    UnwrapFromThrowable,
    Throw,
    FloatToBits,
    FloatFromBits,
    DoubleToBits,
    DoubleFromBits,
    IntClz,
    LongClz,
    UnsignedIntToLong,
    /// `((int)x)`: one of the `*ToInt` conversions.
    AmbiguousToInt,
    /// `((long)x)`: `IntToLong` or `DoubleToLong`.
    AmbiguousToLong,
    /// `((float)x)`: `DoubleToFloat` or `LongToFloat`.
    AmbiguousToFloat,
    /// `((double)x)`: `IntToDouble`, `LongToDouble` or `FloatToDouble`.
    AmbiguousToDouble,
    /// `x.length`: `StringLength` or `ArrayLength`.
    AmbiguousLength,
    /// `<clz>(x)`: `IntClz` or `LongClz`.
    AmbiguousClz,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum BinaryOp {
    RefEq,
    RefNe,
    StringConcat,
    BooleanEq,
    BooleanNe,
    BooleanOr,
    BooleanAnd,
    IntAdd,
    IntSub,
    IntMul,
    IntDiv,
    IntRem,
    IntOr,
    IntAnd,
    IntXor,
    IntShl,
    IntShrUnsigned,
    IntShr,
    IntEq,
    IntNe,
    IntLt,
    IntLe,
    IntGt,
    IntGe,
    LongAdd,
    LongSub,
    LongMul,
    LongDiv,
    LongRem,
    LongOr,
    LongAnd,
    LongXor,
    LongShl,
    LongShrUnsigned,
    LongShr,
    LongEq,
    LongNe,
    LongLt,
    LongLe,
    LongGt,
    LongGe,
    FloatAdd,
    FloatSub,
    FloatMul,
    FloatDiv,
    FloatRem,
    DoubleAdd,
    DoubleSub,
    DoubleMul,
    DoubleDiv,
    DoubleRem,
    DoubleEq,
    DoubleNe,
    DoubleLt,
    DoubleLe,
    DoubleGt,
    DoubleGe,
    IntUnsignedDiv,
    IntUnsignedRem,
    LongUnsignedDiv,
    LongUnsignedRem,
    IntUnsignedLt,
    IntUnsignedLe,
    IntUnsignedGt,
    IntUnsignedGe,
    LongUnsignedLt,
    LongUnsignedLe,
    LongUnsignedGt,
    LongUnsignedGe,
    StringCharAt,
    ClassIsInstance,
    ClassIsAssignableFrom,
    ClassCast,
    ClassNewArray,
}

/// Every binary operator with its printed symbol. One table serves the parser and the printer.
pub const BINARY_OPERATOR_SYMBOLS: &[(BinaryOp, &str)] = &[
    (BinaryOp::RefEq, "==="),
    (BinaryOp::RefNe, "!=="),
    (BinaryOp::StringConcat, "+[string]"),
    (BinaryOp::BooleanEq, "==[bool]"),
    (BinaryOp::BooleanNe, "!=[bool]"),
    (BinaryOp::BooleanOr, "|[bool]"),
    (BinaryOp::BooleanAnd, "&[bool]"),
    (BinaryOp::IntAdd, "+[int]"),
    (BinaryOp::IntSub, "-[int]"),
    (BinaryOp::IntMul, "*[int]"),
    (BinaryOp::IntDiv, "/[int]"),
    (BinaryOp::IntRem, "%[int]"),
    (BinaryOp::IntOr, "|[int]"),
    (BinaryOp::IntAnd, "&[int]"),
    (BinaryOp::IntXor, "^[int]"),
    (BinaryOp::IntShl, "<<[int]"),
    (BinaryOp::IntShrUnsigned, ">>>[int]"),
    (BinaryOp::IntShr, ">>[int]"),
    (BinaryOp::IntEq, "==[int]"),
    (BinaryOp::IntNe, "!=[int]"),
    (BinaryOp::IntLt, "<[int]"),
    (BinaryOp::IntLe, "<=[int]"),
    (BinaryOp::IntGt, ">[int]"),
    (BinaryOp::IntGe, ">=[int]"),
    (BinaryOp::LongAdd, "+[long]"),
    (BinaryOp::LongSub, "-[long]"),
    (BinaryOp::LongMul, "*[long]"),
    (BinaryOp::LongDiv, "/[long]"),
    (BinaryOp::LongRem, "%[long]"),
    (BinaryOp::LongOr, "|[long]"),
    (BinaryOp::LongAnd, "&[long]"),
    (BinaryOp::LongXor, "^[long]"),
    (BinaryOp::LongShl, "<<[long]"),
    (BinaryOp::LongShrUnsigned, ">>>[long]"),
    (BinaryOp::LongShr, ">>[long]"),
    (BinaryOp::LongEq, "==[long]"),
    (BinaryOp::LongNe, "!=[long]"),
    (BinaryOp::LongLt, "<[long]"),
    (BinaryOp::LongLe, "<=[long]"),
    (BinaryOp::LongGt, ">[long]"),
    (BinaryOp::LongGe, ">=[long]"),
    (BinaryOp::FloatAdd, "+[float]"),
    (BinaryOp::FloatSub, "-[float]"),
    (BinaryOp::FloatMul, "*[float]"),
    (BinaryOp::FloatDiv, "/[float]"),
    (BinaryOp::FloatRem, "%[float]"),
    (BinaryOp::DoubleAdd, "+[double]"),
    (BinaryOp::DoubleSub, "-[double]"),
    (BinaryOp::DoubleMul, "*[double]"),
    (BinaryOp::DoubleDiv, "/[double]"),
    (BinaryOp::DoubleRem, "%[double]"),
    (BinaryOp::DoubleEq, "==[double]"),
    (BinaryOp::DoubleNe, "!=[double]"),
    (BinaryOp::DoubleLt, "<[double]"),
    (BinaryOp::DoubleLe, "<=[double]"),
    (BinaryOp::DoubleGt, ">[double]"),
    (BinaryOp::DoubleGe, ">=[double]"),
    (BinaryOp::IntUnsignedDiv, "unsigned_/[int]"),
    (BinaryOp::IntUnsignedRem, "unsigned_%[int]"),
    (BinaryOp::LongUnsignedDiv, "unsigned_/[long]"),
    (BinaryOp::LongUnsignedRem, "unsigned_%[long]"),
    (BinaryOp::IntUnsignedLt, "unsigned_<[int]"),
    (BinaryOp::IntUnsignedLe, "unsigned_<=[int]"),
    (BinaryOp::IntUnsignedGt, "unsigned_>[int]"),
    (BinaryOp::IntUnsignedGe, "unsigned_>=[int]"),
    (BinaryOp::LongUnsignedLt, "unsigned_<[long]"),
    (BinaryOp::LongUnsignedLe, "unsigned_<=[long]"),
    (BinaryOp::LongUnsignedGt, "unsigned_>[long]"),
    (BinaryOp::LongUnsignedGe, "unsigned_>=[long]"),
];

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::StringCharAt => "[]",
            BinaryOp::ClassIsInstance => "isInstance",
            BinaryOp::ClassIsAssignableFrom => "isAssignableFrom",
            BinaryOp::ClassCast => "cast",
            BinaryOp::ClassNewArray => "newArray",
            other => BINARY_OPERATOR_SYMBOLS.iter().find(|(op, _)| *op == other).map(|(_, symbol)| *symbol).unwrap_or("?"),
        }
    }

    /// The operand types the operator expects (`None`: any value) and its result type.
    pub fn signature(self) -> (Option<Type>, Option<Type>, Type) {
        use BinaryOp::*;
        let class_type = Type::Class { class: crate::names::well_known::class(), nullable: false, exact: false };
        match self {
            RefEq | RefNe => (None, None, Type::Boolean),
            StringConcat => (None, None, Type::String),
            BooleanEq | BooleanNe | BooleanOr | BooleanAnd => (Some(Type::Boolean), Some(Type::Boolean), Type::Boolean),
            IntAdd | IntSub | IntMul | IntDiv | IntRem | IntOr | IntAnd | IntXor | IntShl | IntShrUnsigned | IntShr
            | IntUnsignedDiv | IntUnsignedRem => (Some(Type::Int), Some(Type::Int), Type::Int),
            IntEq | IntNe | IntLt | IntLe | IntGt | IntGe | IntUnsignedLt | IntUnsignedLe | IntUnsignedGt | IntUnsignedGe => {
                (Some(Type::Int), Some(Type::Int), Type::Boolean)
            }
            LongAdd | LongSub | LongMul | LongDiv | LongRem | LongOr | LongAnd | LongXor | LongUnsignedDiv | LongUnsignedRem => {
                (Some(Type::Long), Some(Type::Long), Type::Long)
            }
            LongShl | LongShrUnsigned | LongShr => (Some(Type::Long), Some(Type::Int), Type::Long),
            LongEq | LongNe | LongLt | LongLe | LongGt | LongGe | LongUnsignedLt | LongUnsignedLe | LongUnsignedGt
            | LongUnsignedGe => (Some(Type::Long), Some(Type::Long), Type::Boolean),
            FloatAdd | FloatSub | FloatMul | FloatDiv | FloatRem => (Some(Type::Float), Some(Type::Float), Type::Float),
            DoubleAdd | DoubleSub | DoubleMul | DoubleDiv | DoubleRem => (Some(Type::Double), Some(Type::Double), Type::Double),
            DoubleEq | DoubleNe | DoubleLt | DoubleLe | DoubleGt | DoubleGe => {
                (Some(Type::Double), Some(Type::Double), Type::Boolean)
            }
            StringCharAt => (Some(Type::String), Some(Type::Int), Type::Char),
            ClassIsInstance => (Some(class_type), None, Type::Boolean),
            ClassIsAssignableFrom => (Some(class_type.clone()), Some(class_type), Type::Boolean),
            ClassCast => (Some(class_type), None, Type::any()),
            ClassNewArray => (Some(class_type), Some(Type::Int), Type::Any { nullable: false }),
        }
    }
}

/// The direct children of a tree, in evaluation order; written once for the shared and the mutable walk.
macro_rules! visit_children {
    ($tree_kind:expr, $visit:ident, $iter:ident) => {
        match $tree_kind {
            TreeKind::VarDef { rhs, .. } => $visit(rhs),
            TreeKind::Block(statements) => statements.$iter().for_each(&mut $visit),
            TreeKind::Labeled { body, .. } => $visit(body),
            TreeKind::Assign { lhs, rhs } => {
                $visit(lhs);
                $visit(rhs);
            }
            TreeKind::Return { expr: Some(expr), .. } => $visit(expr),
            TreeKind::If { cond, then_branch, else_branch } | TreeKind::LinkTimeIf { cond, then_branch, else_branch } => {
                $visit(cond);
                $visit(then_branch);
                $visit(else_branch);
            }
            TreeKind::While { cond, body } => {
                $visit(cond);
                $visit(body);
            }
            TreeKind::TryCatch { block, handler, .. } => {
                $visit(block);
                $visit(handler);
            }
            TreeKind::TryFinally { block, finalizer } => {
                $visit(block);
                $visit(finalizer);
            }
            TreeKind::Match { selector, cases, default } => {
                $visit(selector);
                for (_, body) in cases {
                    $visit(body);
                }
                $visit(default);
            }
            TreeKind::New { args, .. } | TreeKind::ApplyStatic { args, .. } => args.$iter().for_each(&mut $visit),
            TreeKind::Apply { receiver, args, .. } | TreeKind::ApplyStatically { receiver, args, .. } => {
                $visit(receiver);
                args.$iter().for_each(&mut $visit);
            }
            TreeKind::ApplyTypedClosure { closure, args } => {
                $visit(closure);
                args.$iter().for_each(&mut $visit);
            }
            TreeKind::NewLambda { closure, .. } => $visit(closure),
            TreeKind::Select { qualifier, .. } => $visit(qualifier),
            TreeKind::UnaryOp { operand, .. } => $visit(operand),
            TreeKind::BinaryOp { lhs, rhs, .. } => {
                $visit(lhs);
                $visit(rhs);
            }
            TreeKind::NewArray { length, .. } => $visit(length),
            TreeKind::ArrayValue { elems, .. } => elems.$iter().for_each(&mut $visit),
            TreeKind::ArraySelect { array, index, .. } => {
                $visit(array);
                $visit(index);
            }
            TreeKind::IsInstanceOf { expr, .. } | TreeKind::AsInstanceOf { expr, .. } => $visit(expr),
            TreeKind::Closure { captures, body, .. } => {
                for (_, value) in captures {
                    $visit(value);
                }
                $visit(body);
            }
            TreeKind::Skip
            | TreeKind::Return { expr: None, .. }
            | TreeKind::LoadModule(_)
            | TreeKind::StoreModule
            | TreeKind::SelectStatic(_)
            | TreeKind::Null
            | TreeKind::Boolean(_)
            | TreeKind::Char(_)
            | TreeKind::Byte(_)
            | TreeKind::Short(_)
            | TreeKind::Int(_)
            | TreeKind::Long(_)
            | TreeKind::Float(_)
            | TreeKind::Double(_)
            | TreeKind::String(_)
            | TreeKind::ClassOf(_)
            | TreeKind::VarRef(_)
            | TreeKind::This
            | TreeKind::LinkTimeProperty(_) => {}
        }
    };
}

/// Calls `visit` on each direct child of a tree.
pub fn for_each_child(tree: &Tree, mut visit: impl FnMut(&Tree)) {
    visit_children!(&tree.kind, visit, iter)
}

/// Calls `visit` on each direct child of a tree, mutably (for passes that rewrite trees in place).
pub fn for_each_child_mut(tree: &mut Tree, mut visit: impl FnMut(&mut Tree)) {
    visit_children!(&mut tree.kind, visit, iter_mut)
}
