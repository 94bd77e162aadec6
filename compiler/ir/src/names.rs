//! Interned names: classes, fields, methods (with their Scala.js signature encoding), locals and labels.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, OnceLock};

use crate::types::{PrimType, TypeRef};

/// An interned string. Interning is process-wide, so two equal names are one `Symbol` and compare in O(1).
/// The interner only grows; its size is bounded by the distinct names of the inputs.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct Symbol(u32);

struct Interner {
    ids: HashMap<&'static str, u32>,
    strings: Vec<&'static str>,
}

fn interner() -> &'static Mutex<Interner> {
    static INTERNER: OnceLock<Mutex<Interner>> = OnceLock::new();
    INTERNER.get_or_init(|| Mutex::new(Interner { ids: HashMap::new(), strings: Vec::new() }))
}

impl Symbol {
    pub fn intern(text: &str) -> Symbol {
        let mut interner = interner().lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(&id) = interner.ids.get(text) {
            return Symbol(id);
        }
        // Leaking is deliberate: symbols live as long as the process, like rustc's.
        let leaked: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let id = interner.strings.len() as u32;
        interner.strings.push(leaked);
        interner.ids.insert(leaked, id);
        Symbol(id)
    }

    pub fn as_str(self) -> &'static str {
        let interner = interner().lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        interner.strings[self.0 as usize]
    }
}

impl PartialOrd for Symbol {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Symbols order by their text, never by interning order, so that ordered maps iterate the same way in every run.
impl Ord for Symbol {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        if self.0 == other.0 { std::cmp::Ordering::Equal } else { self.as_str().cmp(other.as_str()) }
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

macro_rules! symbol_newtype {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub Symbol);
        impl $name {
            pub fn new(text: &str) -> Self {
                $name(Symbol::intern(text))
            }
            pub fn as_str(self) -> &'static str {
                self.0.as_str()
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.as_str())
            }
        }
    };
}

symbol_newtype!(
    /// A fully qualified class name such as `java.lang.String`.
    ClassName
);
symbol_newtype!(
    /// A local variable or parameter name.
    LocalName
);
symbol_newtype!(
    /// A label of a `Labeled` block.
    LabelName
);
symbol_newtype!(
    /// The simple part of a field or method name.
    SimpleName
);

/// A field: the class that declares it and its simple name, printed `test.Point::x`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct FieldName {
    pub class: ClassName,
    pub simple: SimpleName,
}

impl fmt::Display for FieldName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}::{}", self.class, self.simple)
    }
}

/// A method name with its signature, exactly as Scala.js encodes it: `plus;I;I`, `<init>;Ljava.lang.String;V`.
/// The last type reference is the result; the others are the parameters.
/// Interned as a whole, so that two names compare in O(1); the parts are parsed on demand.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodName(pub Symbol);

impl MethodName {
    pub fn new(text: &str) -> Self {
        MethodName(Symbol::intern(text))
    }

    pub fn from_parts(simple: &str, params: &[TypeRef], result: &TypeRef) -> Self {
        let mut text = String::from(simple);
        for param in params {
            text.push(';');
            text.push_str(&param.encoded());
        }
        text.push(';');
        text.push_str(&result.encoded());
        MethodName::new(&text)
    }

    pub fn as_str(self) -> &'static str {
        self.0.as_str()
    }

    /// The part before the first `;`.
    pub fn simple(self) -> &'static str {
        let text = self.as_str();
        text.split(';').next().unwrap_or(text)
    }

    /// Parameter and result type references; `None` when the encoding is malformed.
    pub fn signature(self) -> Option<(Vec<TypeRef>, TypeRef)> {
        let text = self.as_str();
        let mut parts = text.split(';');
        parts.next()?;
        let mut refs = Vec::new();
        for part in parts {
            refs.push(TypeRef::decode(part)?);
        }
        let result = refs.pop()?;
        Some((refs, result))
    }

    pub fn is_constructor(self) -> bool {
        self.simple() == "<init>"
    }

    pub fn is_static_initializer(self) -> bool {
        self.simple() == "<clinit>" || self.simple() == "<stinit>"
    }
}

impl fmt::Display for MethodName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for MethodName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Well-known class names that the compiler itself refers to.
pub mod well_known {
    use super::ClassName;
    pub fn object() -> ClassName {
        ClassName::new("java.lang.Object")
    }
    pub fn string() -> ClassName {
        ClassName::new("java.lang.String")
    }
    pub fn throwable() -> ClassName {
        ClassName::new("java.lang.Throwable")
    }
    pub fn class() -> ClassName {
        ClassName::new("java.lang.Class")
    }
    pub fn arithmetic_exception() -> ClassName {
        ClassName::new("java.lang.ArithmeticException")
    }
    pub fn cloneable() -> ClassName {
        ClassName::new("java.lang.Cloneable")
    }
    pub fn serializable() -> ClassName {
        ClassName::new("java.io.Serializable")
    }
    /// The superclass of enum classes: a class that extends it is one (and names it, so the runtime
    /// library's slice has it whenever the program has an enum).
    pub fn enumeration() -> ClassName {
        ClassName::new("java.lang.Enum")
    }
}

impl PrimType {
    /// The one-letter code of the Scala.js name encoding.
    pub fn code(self) -> char {
        match self {
            PrimType::Void => 'V',
            PrimType::Boolean => 'Z',
            PrimType::Char => 'C',
            PrimType::Byte => 'B',
            PrimType::Short => 'S',
            PrimType::Int => 'I',
            PrimType::Long => 'J',
            PrimType::Float => 'F',
            PrimType::Double => 'D',
            PrimType::Null => 'N',
            PrimType::Nothing => 'E',
        }
    }

    pub fn from_code(code: char) -> Option<PrimType> {
        Some(match code {
            'V' => PrimType::Void,
            'Z' => PrimType::Boolean,
            'C' => PrimType::Char,
            'B' => PrimType::Byte,
            'S' => PrimType::Short,
            'I' => PrimType::Int,
            'J' => PrimType::Long,
            'F' => PrimType::Float,
            'D' => PrimType::Double,
            'N' => PrimType::Null,
            'E' => PrimType::Nothing,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{ArrayBase, ArrayTypeRef};

    #[test]
    fn method_names_carry_their_signature() {
        let name = MethodName::new("main;[Ljava.lang.String;V");
        assert_eq!(name.simple(), "main");
        let (params, result) = name.signature().expect("a signature");
        assert_eq!(
            params,
            vec![TypeRef::Array(ArrayTypeRef { base: ArrayBase::Class(ClassName::new("java.lang.String")), dimensions: 1 })]
        );
        assert_eq!(result, TypeRef::Prim(PrimType::Void));
        assert_eq!(MethodName::from_parts("main", &params, &result), name);
    }

    #[test]
    fn malformed_signatures_are_rejected() {
        assert!(MethodName::new("noSignature").signature().is_none());
        assert!(MethodName::new("m;Q").signature().is_none());
        assert!(MethodName::new("m;L").signature().is_none());
    }

    #[test]
    fn symbols_order_by_text_not_by_interning_order() {
        let later = Symbol::intern("zzz-interned-first");
        let earlier = Symbol::intern("aaa-interned-second");
        assert!(earlier < later);
    }
}
