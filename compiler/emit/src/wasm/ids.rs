//! Symbolic ids for types, functions, globals, tags, data segments, locals and labels.
//! Their `Display` is the name the name section gives them, so WAT reads like the IR.

use std::fmt;

use kiln_ir::names::{ClassName, FieldName, MethodName};
use kiln_ir::types::PrimType;

/// The element kind of a Kiln array: one struct type per primitive kind, one for the reference arrays that
/// share a representation, and one per class whose arrays are element-typed (`kiln_link::typed_arrays`).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum ArrayKind {
    Boolean,
    Char,
    Byte,
    Short,
    Int,
    Long,
    Float,
    Double,
    Reference,
    /// `C[]` with elements of type `(ref null $C)`.
    Class(ClassName),
    /// `P[][]` with elements of type `(ref null $arr.P)`, `P` a primitive type.
    Rows(PrimType),
}

impl ArrayKind {
    pub fn name(self) -> String {
        let name = match self {
            ArrayKind::Class(class) => return format!("L{class}"),
            ArrayKind::Rows(prim) => return format!("[{}", ArrayKind::of_primitive(prim).letter()),
            other => other.letter(),
        };
        name.to_string()
    }

    /// The kind of a one-dimensional array of a primitive type (`Reference` for one that has no arrays).
    pub fn of_primitive(prim: PrimType) -> ArrayKind {
        match prim {
            PrimType::Boolean => ArrayKind::Boolean,
            PrimType::Char => ArrayKind::Char,
            PrimType::Byte => ArrayKind::Byte,
            PrimType::Short => ArrayKind::Short,
            PrimType::Int => ArrayKind::Int,
            PrimType::Long => ArrayKind::Long,
            PrimType::Float => ArrayKind::Float,
            PrimType::Double => ArrayKind::Double,
            _ => ArrayKind::Reference,
        }
    }

    fn letter(self) -> &'static str {
        match self {
            ArrayKind::Boolean => "Z",
            ArrayKind::Char => "C",
            ArrayKind::Byte => "B",
            ArrayKind::Short => "S",
            ArrayKind::Int => "I",
            ArrayKind::Long => "J",
            ArrayKind::Float => "F",
            ArrayKind::Double => "D",
            ArrayKind::Reference | ArrayKind::Class(_) | ArrayKind::Rows(_) => "O",
        }
    }
}

/// The kind of a boxed primitive: an `int` that does not fit an `i31ref`, or a value of another primitive type.
/// `BoxKind::ALL` lists them in the order in which run-time code tests for them.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum BoxKind {
    Int,
    Byte,
    Short,
    Char,
    Boolean,
    Long,
    Float,
    Double,
}

impl BoxKind {
    pub const ALL: [BoxKind; 8] = [
        BoxKind::Int,
        BoxKind::Byte,
        BoxKind::Short,
        BoxKind::Char,
        BoxKind::Boolean,
        BoxKind::Long,
        BoxKind::Float,
        BoxKind::Double,
    ];

    pub fn name(self) -> &'static str {
        match self {
            BoxKind::Int => "I",
            BoxKind::Byte => "B",
            BoxKind::Short => "S",
            BoxKind::Char => "C",
            BoxKind::Boolean => "Z",
            BoxKind::Long => "J",
            BoxKind::Float => "F",
            BoxKind::Double => "D",
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum TypeId {
    /// The struct of instances of a class.
    Class(ClassName),
    /// The vtable struct of a class.
    VTable(ClassName),
    /// A function type, by its number in the module's deduplicated list.
    Func(u32),
    /// The UTF-16 code units of a string: `(array (mut i16))`.
    StringChars,
    /// The raw Wasm array under a Kiln array.
    ArrayData(ArrayKind),
    /// The object wrapping an array (vtable + data), a subtype of `java.lang.Object`'s struct.
    ArrayObject(ArrayKind),
    /// A boxed primitive: a struct with the value.
    Box(BoxKind),
    /// The struct of typed closures of one Wasm signature: the function to call, a field that the
    /// environments of the closures with captures extend.
    ClosureBase(u32),
    /// The environment of one `Closure` node with captures: the base struct plus the captured values.
    ClosureEnvironment(u32),
    /// The run-time description of a type (name, kind, superclass, component, interfaces, Class object).
    TypeData,
    /// An array of type data: a type's direct interfaces.
    TypeDataArray,
    /// The itable of an interface: one function reference per method called through it.
    ITable(ClassName),
    /// A vtable's array of itables, indexed by the interfaces' positions.
    ITables,
}

impl fmt::Display for TypeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeId::Class(class) => write!(f, "c.{class}"),
            TypeId::VTable(class) => write!(f, "v.{class}"),
            TypeId::Func(index) => write!(f, "f{index}"),
            TypeId::StringChars => write!(f, "string"),
            TypeId::ArrayData(kind) => write!(f, "data.{}", kind.name()),
            TypeId::ArrayObject(kind) => write!(f, "arr.{}", kind.name()),
            TypeId::Box(kind) => write!(f, "box.{}", kind.name()),
            TypeId::ClosureBase(number) => write!(f, "closure{number}"),
            TypeId::ClosureEnvironment(number) => write!(f, "environment{number}"),
            TypeId::TypeData => write!(f, "typedata"),
            TypeId::TypeDataArray => write!(f, "typedata.array"),
            TypeId::ITable(interface) => write!(f, "itable.{interface}"),
            TypeId::ITables => write!(f, "itables"),
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum FuncId {
    /// The body of an IR method (any namespace).
    Method { class: ClassName, method: MethodName, is_static: bool },
    /// The function that returns a module's instance, creating it on first use.
    LoadModule(ClassName),
    /// The function that runs a lazily initialized class's static initializer on its first use.
    InitializeClass(ClassName),
    /// A compiler-generated helper, by name.
    Helper(&'static str),
    /// A host import, by module and name.
    Import { module: String, name: String },
    /// The body of a `Closure` node, lifted out of its method, by the node's number in the module.
    Closure(u32),
    /// The glue that exports a static method to JS.
    JsExport { class: ClassName, method: MethodName },
    /// The core-module export of a WIT function, by its position in the program's exports.
    ComponentExport(u32),
    /// What a vtable or itable of `class` holds for `method` when the implementation takes `this` as a
    /// more precise type than the slot: a cast of the receiver to `class` (always exact, so cheap) and a
    /// tail call. `from_any` tells the itable entry (receiver `(ref any)`) from the vtable entry.
    SlotEntry { class: ClassName, method: MethodName, from_any: bool },
}

impl fmt::Display for FuncId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FuncId::Method { class, method, is_static } => {
                write!(f, "{}{class}.{}", if *is_static { "s." } else { "m." }, method.simple())?;
                let full = method.as_str();
                if let Some((_, signature)) = full.split_once(';') {
                    write!(f, ";{signature}")?;
                }
                Ok(())
            }
            FuncId::LoadModule(class) => write!(f, "load.{class}"),
            FuncId::InitializeClass(class) => write!(f, "init.{class}"),
            FuncId::Helper(name) => write!(f, "h.{name}"),
            FuncId::JsExport { class, method } => write!(f, "js.{class}.{}", method.simple()),
            FuncId::Import { module, name } => write!(f, "{module}#{name}"),
            FuncId::Closure(number) => write!(f, "closure{number}"),
            FuncId::ComponentExport(number) => write!(f, "export{number}"),
            FuncId::SlotEntry { class, method, from_any } => {
                write!(f, "{}{class}.{}", if *from_any { "ie." } else { "ve." }, method.simple())
            }
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum GlobalId {
    /// The instance of a module class (null until loaded).
    Module(ClassName),
    /// The vtable of a class.
    VTable(ClassName),
    /// A static field.
    StaticField(FieldName),
    /// The data array and the length of the array in a static field (`ArrayShadow` in the emitter).
    StaticArrayData(FieldName),
    StaticArrayLength(FieldName),
    /// Whether a lazily initialized class has started its initialization (0 until then).
    ClassInitialized(ClassName),
    /// Whether a lazily initialized class's initializer has failed (its later uses throw
    /// NoClassDefFoundError).
    ClassInitializationFailed(ClassName),
    /// A compiler-generated global, by name.
    Helper(&'static str),
    /// The type data of a type (an immutable constant, apart from its cached `Class` object).
    TypeData(kiln_ir::types::TypeRef),
    /// An interned string literal (an immutable constant), numbered in order of first use.
    StringLiteral(u32),
}

impl fmt::Display for GlobalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GlobalId::Module(class) => write!(f, "mod.{class}"),
            GlobalId::VTable(class) => write!(f, "vt.{class}"),
            GlobalId::StaticField(field) => write!(f, "static.{field}"),
            GlobalId::StaticArrayData(field) => write!(f, "static.{field}.data"),
            GlobalId::StaticArrayLength(field) => write!(f, "static.{field}.length"),
            GlobalId::ClassInitialized(class) => write!(f, "initialized.{class}"),
            GlobalId::ClassInitializationFailed(class) => write!(f, "initialization-failed.{class}"),
            GlobalId::Helper(name) => write!(f, "g.{name}"),
            GlobalId::TypeData(type_ref) => write!(f, "td.{type_ref}"),
            GlobalId::StringLiteral(number) => write!(f, "str.{number}"),
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum TagId {
    /// The tag of Java exceptions; its payload is the thrown object.
    JavaException,
}

impl fmt::Display for TagId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TagId::JavaException => write!(f, "exception"),
        }
    }
}

/// A local of the function being built (parameters first).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct LocalId(pub u32);

/// A block, loop, if or try_table that branches name; resolved to a depth at encoding.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct LabelId(pub u32);
