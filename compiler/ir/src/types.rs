//! IR types, type references (the erased types in method signatures) and the subtyping relation.

use std::fmt;

use crate::names::{ClassName, well_known};

/// The primitive types, including the two that have no values (`void` is not a value type and `nothing` has none).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum PrimType {
    Void,
    Boolean,
    Char,
    Byte,
    Short,
    Int,
    Long,
    Float,
    Double,
    Null,
    Nothing,
}

impl PrimType {
    pub fn keyword(self) -> &'static str {
        match self {
            PrimType::Void => "void",
            PrimType::Boolean => "boolean",
            PrimType::Char => "char",
            PrimType::Byte => "byte",
            PrimType::Short => "short",
            PrimType::Int => "int",
            PrimType::Long => "long",
            PrimType::Float => "float",
            PrimType::Double => "double",
            PrimType::Null => "null",
            PrimType::Nothing => "nothing",
        }
    }

    pub fn from_keyword(word: &str) -> Option<PrimType> {
        Some(match word {
            "void" => PrimType::Void,
            "boolean" => PrimType::Boolean,
            "char" => PrimType::Char,
            "byte" => PrimType::Byte,
            "short" => PrimType::Short,
            "int" => PrimType::Int,
            "long" => PrimType::Long,
            "float" => PrimType::Float,
            "double" => PrimType::Double,
            "null" => PrimType::Null,
            "nothing" => PrimType::Nothing,
            _ => return None,
        })
    }

    pub fn to_type(self) -> Type {
        match self {
            PrimType::Void => Type::Void,
            PrimType::Boolean => Type::Boolean,
            PrimType::Char => Type::Char,
            PrimType::Byte => Type::Byte,
            PrimType::Short => Type::Short,
            PrimType::Int => Type::Int,
            PrimType::Long => Type::Long,
            PrimType::Float => Type::Float,
            PrimType::Double => Type::Double,
            PrimType::Null => Type::Null,
            PrimType::Nothing => Type::Nothing,
        }
    }
}

/// The base of an array type: a primitive or a class.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum ArrayBase {
    Prim(PrimType),
    Class(ClassName),
}

/// An array type reference: `int[]` is `{ base: Prim(Int), dimensions: 1 }`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ArrayTypeRef {
    pub base: ArrayBase,
    pub dimensions: u32,
}

impl ArrayTypeRef {
    /// The type of the elements: one dimension less.
    pub fn element_type_ref(self) -> TypeRef {
        if self.dimensions <= 1 {
            match self.base {
                ArrayBase::Prim(prim) => TypeRef::Prim(prim),
                ArrayBase::Class(class) => TypeRef::Class(class),
            }
        } else {
            TypeRef::Array(ArrayTypeRef { base: self.base, dimensions: self.dimensions - 1 })
        }
    }

    pub fn element_type(self) -> Type {
        self.element_type_ref().to_type()
    }
}

/// An erased type as it appears in method signatures and `classOf`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum TypeRef {
    Prim(PrimType),
    Class(ClassName),
    Array(ArrayTypeRef),
}

impl TypeRef {
    /// The Scala.js name encoding: `I`, `Ljava.lang.String`, `[[I`.
    pub fn encoded(&self) -> String {
        match self {
            TypeRef::Prim(prim) => prim.code().to_string(),
            TypeRef::Class(class) => format!("L{class}"),
            TypeRef::Array(array) => {
                let mut text = "[".repeat(array.dimensions as usize);
                match array.base {
                    ArrayBase::Prim(prim) => text.push(prim.code()),
                    ArrayBase::Class(class) => {
                        text.push('L');
                        text.push_str(class.as_str());
                    }
                }
                text
            }
        }
    }

    pub fn decode(text: &str) -> Option<TypeRef> {
        let dimensions = text.bytes().take_while(|&b| b == b'[').count();
        let rest = &text[dimensions..];
        let base = if let Some(class) = rest.strip_prefix('L') {
            if class.is_empty() {
                return None;
            }
            ArrayBase::Class(ClassName::new(class))
        } else {
            let mut chars = rest.chars();
            let code = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            ArrayBase::Prim(PrimType::from_code(code)?)
        };
        Some(if dimensions == 0 {
            match base {
                ArrayBase::Prim(prim) => TypeRef::Prim(prim),
                ArrayBase::Class(class) => TypeRef::Class(class),
            }
        } else {
            TypeRef::Array(ArrayTypeRef { base, dimensions: dimensions as u32 })
        })
    }

    /// The nullable, non-exact type that values of this erased type have.
    pub fn to_type(self) -> Type {
        match self {
            TypeRef::Prim(prim) => prim.to_type(),
            TypeRef::Class(class) => Type::class(class),
            TypeRef::Array(array) => Type::Array { array, nullable: true, exact: false },
        }
    }
}

/// An IR type.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Type {
    Void,
    Boolean,
    Char,
    Byte,
    Short,
    Int,
    Long,
    Float,
    Double,
    /// `java.lang.String` values, never null (a nullable string is `java.lang.String`, a class type).
    String,
    Null,
    Nothing,
    Any {
        nullable: bool,
    },
    Class {
        class: ClassName,
        nullable: bool,
        exact: bool,
    },
    Array {
        array: ArrayTypeRef,
        nullable: bool,
        exact: bool,
    },
    Closure {
        params: Vec<Type>,
        result: Box<Type>,
        nullable: bool,
    },
}

impl Type {
    pub fn class(class: ClassName) -> Type {
        Type::Class { class, nullable: true, exact: false }
    }

    pub fn any() -> Type {
        Type::Any { nullable: true }
    }

    pub fn is_nullable(&self) -> bool {
        match self {
            Type::Null => true,
            Type::Any { nullable }
            | Type::Class { nullable, .. }
            | Type::Array { nullable, .. }
            | Type::Closure { nullable, .. } => *nullable,
            _ => false,
        }
    }

    /// The same type without `null` among its values.
    pub fn non_nullable(&self) -> Type {
        match self.clone() {
            Type::Null => Type::Nothing,
            Type::Any { .. } => Type::Any { nullable: false },
            Type::Class { class, exact, .. } => Type::Class { class, nullable: false, exact },
            Type::Array { array, exact, .. } => Type::Array { array, nullable: false, exact },
            Type::Closure { params, result, .. } => Type::Closure { params, result, nullable: false },
            other => other,
        }
    }

    pub fn is_primitive_value(&self) -> bool {
        matches!(
            self,
            Type::Boolean | Type::Char | Type::Byte | Type::Short | Type::Int | Type::Long | Type::Float | Type::Double
        )
    }

    /// The erased type of a value of this type, as it would appear in a method signature.
    pub fn to_type_ref(&self) -> Option<TypeRef> {
        Some(match self {
            Type::Void => TypeRef::Prim(PrimType::Void),
            Type::Boolean => TypeRef::Prim(PrimType::Boolean),
            Type::Char => TypeRef::Prim(PrimType::Char),
            Type::Byte => TypeRef::Prim(PrimType::Byte),
            Type::Short => TypeRef::Prim(PrimType::Short),
            Type::Int => TypeRef::Prim(PrimType::Int),
            Type::Long => TypeRef::Prim(PrimType::Long),
            Type::Float => TypeRef::Prim(PrimType::Float),
            Type::Double => TypeRef::Prim(PrimType::Double),
            Type::Null => TypeRef::Prim(PrimType::Null),
            Type::Nothing => TypeRef::Prim(PrimType::Nothing),
            Type::String => TypeRef::Class(well_known::string()),
            Type::Any { .. } => TypeRef::Class(well_known::object()),
            Type::Class { class, .. } => TypeRef::Class(*class),
            Type::Array { array, .. } => TypeRef::Array(*array),
            Type::Closure { .. } => return None,
        })
    }
}

impl fmt::Display for ArrayTypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.base {
            ArrayBase::Prim(prim) => f.write_str(prim.keyword())?,
            ArrayBase::Class(class) => write!(f, "{class}")?,
        }
        for _ in 0..self.dimensions {
            f.write_str("[]")?;
        }
        Ok(())
    }
}

impl fmt::Display for TypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeRef::Prim(prim) => f.write_str(prim.keyword()),
            TypeRef::Class(class) => write!(f, "{class}"),
            TypeRef::Array(array) => write!(f, "{array}"),
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Void => f.write_str("void"),
            Type::Boolean => f.write_str("boolean"),
            Type::Char => f.write_str("char"),
            Type::Byte => f.write_str("byte"),
            Type::Short => f.write_str("short"),
            Type::Int => f.write_str("int"),
            Type::Long => f.write_str("long"),
            Type::Float => f.write_str("float"),
            Type::Double => f.write_str("double"),
            Type::String => f.write_str("string"),
            Type::Null => f.write_str("null"),
            Type::Nothing => f.write_str("nothing"),
            Type::Any { nullable } => f.write_str(if *nullable { "any" } else { "any!" }),
            Type::Class { class, nullable, exact } => {
                write!(f, "{}{}{}", if *exact { "=" } else { "" }, class, if *nullable { "" } else { "!" })
            }
            Type::Array { array, nullable, exact } => {
                write!(f, "{}{}{}", if *exact { "=" } else { "" }, array, if *nullable { "" } else { "!" })
            }
            Type::Closure { params, result, nullable } => {
                f.write_str("((")?;
                for (index, param) in params.iter().enumerate() {
                    if index > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{param}")?;
                }
                write!(f, ") => {result})")?;
                if !nullable {
                    f.write_str("!")?;
                }
                Ok(())
            }
        }
    }
}

/// What the subtyping relation needs to know about classes.
pub trait ClassHierarchy {
    /// Whether `sub` is `sup` or inherits from it (through superclasses or interfaces).
    fn is_subclass(&self, sub: ClassName, sup: ClassName) -> bool;
    /// Whether instances of the class are primitive values (a hijacked class such as `java.lang.Integer`).
    fn is_hijacked(&self, class: ClassName) -> bool;
}

/// The class whose instances are the values of a primitive type, where there is one.
pub fn boxed_class_of(ty: &Type) -> Option<ClassName> {
    Some(ClassName::new(match ty {
        Type::Boolean => "java.lang.Boolean",
        Type::Char => "java.lang.Character",
        Type::Byte => "java.lang.Byte",
        Type::Short => "java.lang.Short",
        Type::Int => "java.lang.Integer",
        Type::Long => "java.lang.Long",
        Type::Float => "java.lang.Float",
        Type::Double => "java.lang.Double",
        Type::String => "java.lang.String",
        Type::Void => "java.lang.Void",
        _ => return None,
    }))
}

/// The subtyping relation of the Scala.js IR (`Types.isSubtype`), restricted to the non-JS types.
pub fn is_subtype(hierarchy: &dyn ClassHierarchy, sub: &Type, sup: &Type) -> bool {
    if sub == sup {
        return true;
    }
    match (sub, sup) {
        (Type::Nothing, _) => true,
        (_, Type::Void) => false,
        (Type::Void, _) => false,
        (Type::Null, _) => sup.is_nullable(),
        (_, Type::Any { nullable }) => *nullable || !sub.is_nullable(),
        // Scala.js's type system has no `java.lang.Object` type: its compiler writes `any` for values that
        // Java types as Object (JS values collapse to the same type). IR from it passes `any` values to
        // methods that Kiln's library declares with `java.lang.Object` parameters, and both are `anyref`.
        (Type::Any { nullable }, Type::Class { class, nullable: sup_nullable, exact: false })
            if *class == well_known::object() =>
        {
            *sup_nullable || !nullable
        }
        (Type::Any { .. }, _) => false,
        (_, Type::Class { class: sup_class, nullable: sup_nullable, exact: sup_exact }) => {
            if sub.is_nullable() && !sup_nullable {
                return false;
            }
            match sub {
                Type::Class { class, exact, .. } => {
                    if *sup_exact {
                        *exact && class == sup_class
                    } else {
                        hierarchy.is_subclass(*class, *sup_class)
                    }
                }
                Type::Array { .. } => {
                    !sup_exact
                        && (*sup_class == well_known::object()
                            || *sup_class == well_known::cloneable()
                            || *sup_class == well_known::serializable())
                }
                Type::Closure { .. } => false,
                primitive => match boxed_class_of(primitive) {
                    Some(boxed) => !sup_exact && hierarchy.is_subclass(boxed, *sup_class),
                    None => false,
                },
            }
        }
        (
            Type::Array { array: sub_array, nullable: sub_nullable, exact: sub_exact },
            Type::Array { array: sup_array, nullable, exact },
        ) => {
            if *sub_nullable && !nullable {
                return false;
            }
            if *exact {
                return *sub_exact && sub_array == sup_array;
            }
            is_array_type_ref_subtype(hierarchy, *sub_array, *sup_array)
        }
        (
            Type::Closure { params: sub_params, result: sub_result, nullable: sub_nullable },
            Type::Closure { params, result, nullable },
        ) => (!sub_nullable || *nullable) && sub_params == params && sub_result == result,
        _ => false,
    }
}

fn is_array_type_ref_subtype(hierarchy: &dyn ClassHierarchy, sub: ArrayTypeRef, sup: ArrayTypeRef) -> bool {
    if sub == sup {
        return true;
    }
    match (sub.base, sup.base) {
        (_, ArrayBase::Class(sup_class)) if sub.dimensions > sup.dimensions => {
            sup_class == well_known::object() || sup_class == well_known::cloneable() || sup_class == well_known::serializable()
        }
        (ArrayBase::Class(sub_class), ArrayBase::Class(sup_class)) if sub.dimensions == sup.dimensions => {
            hierarchy.is_subclass(sub_class, sup_class)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Flat;
    impl ClassHierarchy for Flat {
        fn is_subclass(&self, sub: ClassName, sup: ClassName) -> bool {
            sub == sup || sup == well_known::object()
        }
        fn is_hijacked(&self, _class: ClassName) -> bool {
            false
        }
    }

    #[test]
    fn subtyping_follows_the_ir_rules() {
        let object = Type::class(well_known::object());
        let string_class = Type::class(well_known::string());
        assert!(is_subtype(&Flat, &Type::String, &string_class));
        assert!(is_subtype(&Flat, &Type::String, &object));
        assert!(is_subtype(&Flat, &Type::Null, &object));
        assert!(!is_subtype(&Flat, &Type::Null, &Type::String));
        assert!(is_subtype(&Flat, &Type::Nothing, &Type::Int));
        assert!(!is_subtype(&Flat, &Type::Int, &Type::Long));
        assert!(is_subtype(&Flat, &Type::Int, &Type::any()));
        assert!(!is_subtype(&Flat, &object, &Type::Any { nullable: false }));
        let int_array = TypeRef::Array(ArrayTypeRef { base: ArrayBase::Prim(PrimType::Int), dimensions: 1 }).to_type();
        assert!(is_subtype(&Flat, &int_array, &object));
    }

    #[test]
    fn type_references_round_trip_through_their_encoding() {
        for text in ["I", "Ljava.lang.String", "[[D", "[Ltest.Point", "V"] {
            let decoded = TypeRef::decode(text).expect("decodes");
            assert_eq!(decoded.encoded(), text);
        }
        assert_eq!(TypeRef::decode("[X"), None);
    }
}
