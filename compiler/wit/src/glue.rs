//! The canonical-ABI glue of a world, generated as IR text: for each imported function a typed static
//! method that lowers its arguments to core values (and linear memory), calls the raw import and lifts
//! the result; for each exported function a raw static method that lifts the core arguments, calls the
//! user's method and lowers its result. Writing the glue as IR keeps the emitter small (it only adds
//! memory access, raw imports and raw exports) and lets `kiln bindings` show every line of it.
//!
//! Resources: an imported one is a class holding its handle (methods call the raw imports with it); an
//! exported one is the program's class, whose objects the glue keeps in `kiln.component.Resources` and
//! names to the host by their slot (docs/components.md, "Resources").
//!
//! The layout rules (flattening, joined variant payloads, sizes and alignments) are the canonical
//! ABI's, taken from `wit-parser` (`wasm_signature`, `push_flat`, `SizeAlign`).

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write;

use kiln_ir::names::{ClassName, MethodName};
use kiln_ir::trees::MemberNamespace;
use kiln_link::{ComponentBoundary, ComponentExport, MethodKey};
use wit_parser::abi::{AbiVariant, FlatTypes, WasmType};
use wit_parser::{
    FlagsRepr, Function, FunctionKind, Handle, Int, Resolve, SizeAlign, Type, TypeDefKind, TypeId, WorldId, WorldItem, WorldKey,
};

use crate::naming::{camel, interface_class, member_name, type_class, world_class};
use crate::{ExportToImplement, WitError};

const MEMORY: &str = "kiln.component.Memory";
const RESULT: &str = "kiln.component.Result";
const RESOURCES: &str = "kiln.component.Resources";

pub(crate) struct Generated {
    pub text: String,
    pub boundary: ComponentBoundary,
    pub exports_to_implement: Vec<ExportToImplement>,
}

/// A core value type of the flat form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flat {
    I32,
    I64,
    F32,
    F64,
}

impl Flat {
    fn from_wasm(ty: WasmType) -> Flat {
        match ty {
            WasmType::I32 | WasmType::Pointer | WasmType::Length => Flat::I32,
            WasmType::I64 | WasmType::PointerOrI64 => Flat::I64,
            WasmType::F32 => Flat::F32,
            WasmType::F64 => Flat::F64,
        }
    }
    fn ir(self) -> &'static str {
        match self {
            Flat::I32 => "int",
            Flat::I64 => "long",
            Flat::F32 => "float",
            Flat::F64 => "double",
        }
    }
    fn descriptor(self) -> &'static str {
        match self {
            Flat::I32 => "I",
            Flat::I64 => "J",
            Flat::F32 => "F",
            Flat::F64 => "D",
        }
    }
    fn zero(self) -> &'static str {
        match self {
            Flat::I32 => "0",
            Flat::I64 => "0L",
            Flat::F32 => "0.0f",
            Flat::F64 => "0.0d",
        }
    }
}

/// The IR type that stands for a WIT type.
#[derive(Clone, Debug)]
struct IrType {
    text: String,
    descriptor: String,
}

impl IrType {
    fn primitive(text: &str, descriptor: &str) -> IrType {
        IrType { text: text.into(), descriptor: descriptor.into() }
    }
    fn class(name: &str) -> IrType {
        IrType { text: name.into(), descriptor: format!("L{name}") }
    }
    /// The boxed class of a primitive (for `option<T>`), or the type itself.
    fn boxed(&self) -> IrType {
        let boxed = match self.text.as_str() {
            "boolean" => "java.lang.Boolean",
            "byte" => "java.lang.Byte",
            "short" => "java.lang.Short",
            "int" => "java.lang.Integer",
            "long" => "java.lang.Long",
            "float" => "java.lang.Float",
            "double" => "java.lang.Double",
            _ => return self.clone(),
        };
        IrType::class(boxed)
    }
}

/// Statements of an IR block, joined with `;` when rendered.
#[derive(Default)]
struct Body {
    statements: Vec<String>,
}

impl Body {
    fn push(&mut self, statement: impl Into<String>) {
        self.statements.push(statement.into());
    }
    fn render(&self) -> String {
        if self.statements.is_empty() {
            return "{\n}".into();
        }
        format!("{{\n{}\n}}", self.statements.join(";\n"))
    }
}

/// A flat value: an IR expression (cheap to repeat: a local or a conversion of one) and its core type.
type FlatValue = (String, Flat);

struct Generator<'a> {
    resolve: &'a Resolve,
    world: WorldId,
    sizes: SizeAlign,
    fresh: u32,
    /// Named types whose classes the bindings define.
    type_classes: BTreeSet<TypeId>,
    tuple_arities: BTreeSet<usize>,
    /// Resources that the world exports, with the glue class that holds their raw built-ins.
    exported_resources: BTreeMap<TypeId, String>,
}

/// IR words that cannot name a parameter.
const RESERVED: &[&str] = &[
    "abstract",
    "any",
    "boolean",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "constructor",
    "def",
    "default",
    "do",
    "double",
    "else",
    "extends",
    "false",
    "final",
    "finally",
    "float",
    "for",
    "if",
    "implements",
    "int",
    "interface",
    "long",
    "match",
    "mod",
    "module",
    "new",
    "nothing",
    "null",
    "private",
    "public",
    "return",
    "short",
    "static",
    "string",
    "this",
    "throw",
    "true",
    "try",
    "val",
    "var",
    "void",
    "while",
];

fn parameter_name(name: &str) -> String {
    let name = member_name(name);
    if RESERVED.contains(&name.as_str()) { format!("{name}$") } else { name }
}

fn plus(address: &str, offset: usize) -> String {
    if offset == 0 { address.to_string() } else { format!("({address} +[int] {offset})") }
}

fn tag_size(tag: Int) -> usize {
    match tag {
        Int::U8 => 1,
        Int::U16 => 2,
        Int::U32 => 4,
        Int::U64 => 8,
    }
}

fn load_int(size: usize, address: &str) -> String {
    match size {
        1 => format!("{MEMORY}::loadU8;I;I({address})"),
        2 => format!("{MEMORY}::loadU16;I;I({address})"),
        _ => format!("{MEMORY}::loadI32;I;I({address})"),
    }
}

fn store_int(size: usize, address: &str, value: &str) -> String {
    match size {
        1 => format!("{MEMORY}::storeI8;I;I;V({address}, {value})"),
        2 => format!("{MEMORY}::storeI16;I;I;V({address}, {value})"),
        _ => format!("{MEMORY}::storeI32;I;I;V({address}, {value})"),
    }
}

/// Adds the branches (`if (...) {...}`, one per case) as one `if`/`else if` chain, if there are any.
fn push_chain(body: &mut Body, branches: Vec<String>) {
    if !branches.is_empty() {
        body.push(branches.join(" else "));
    }
}

/// Converts a flat value of a case's type to the joined type of its slot (the canonical ABI's rules).
fn coerce(value: &str, from: Flat, to: Flat) -> String {
    match (from, to) {
        _ if from == to => value.to_string(),
        (Flat::I32, Flat::I64) => format!("(((long){value}) &[long] 4294967295L)"),
        (Flat::F32, Flat::I32) => format!("java.lang.Float::floatToRawIntBits;F;I({value})"),
        (Flat::F32, Flat::I64) => format!("(((long)java.lang.Float::floatToRawIntBits;F;I({value})) &[long] 4294967295L)"),
        (Flat::F64, Flat::I64) => format!("java.lang.Double::doubleToRawLongBits;D;J({value})"),
        _ => value.to_string(),
    }
}

/// The inverse of `coerce`: a slot's joined value back to the case's type.
fn uncoerce(value: &str, from: Flat, to: Flat) -> String {
    match (from, to) {
        _ if from == to => value.to_string(),
        (Flat::I64, Flat::I32) => format!("((int){value})"),
        (Flat::I32, Flat::F32) => format!("java.lang.Float::intBitsToFloat;I;F({value})"),
        (Flat::I64, Flat::F32) => format!("java.lang.Float::intBitsToFloat;I;F(((int){value}))"),
        (Flat::I64, Flat::F64) => format!("java.lang.Double::longBitsToDouble;J;D({value})"),
        _ => value.to_string(),
    }
}

fn join(a: Flat, b: Flat) -> Flat {
    match (a, b) {
        _ if a == b => a,
        (Flat::I32, Flat::F32) | (Flat::F32, Flat::I32) => Flat::I32,
        _ => Flat::I64,
    }
}

/// A typed method for a WIT function: its text (`static def name;desc(params): result`), its name with
/// descriptor, its parameters' names and types, and its result type.
type Declaration = (String, String, Vec<(String, IrType)>, Option<IrType>);

/// One case of a variant-like type: its index and payload type.
type Case = (usize, Option<Type>);

impl<'a> Generator<'a> {
    fn fresh(&mut self, hint: &str) -> String {
        self.fresh += 1;
        format!("{hint}${}", self.fresh)
    }

    fn unalias(&self, ty: &Type) -> Type {
        let mut ty = *ty;
        while let Type::Id(id) = ty {
            match &self.resolve.types[id].kind {
                TypeDefKind::Type(inner) => ty = *inner,
                _ => break,
            }
        }
        ty
    }

    fn flats(&self, ty: &Type) -> Vec<Flat> {
        let mut storage = [WasmType::I32; 64];
        let mut flat = FlatTypes::new(&mut storage);
        self.resolve.push_flat(ty, &mut flat);
        flat.to_vec().into_iter().map(Flat::from_wasm).collect()
    }

    fn size(&self, ty: &Type) -> usize {
        self.sizes.size(ty).size_wasm32()
    }

    fn align(&self, ty: &Type) -> usize {
        self.sizes.align(ty).align_wasm32()
    }

    /// The class of the resource a handle names (through `use` aliases): for an imported resource the
    /// bindings' class, for an exported one the program's own.
    fn resource_class(&self, resource: TypeId) -> String {
        type_class(self.resolve, self.defining_resource(resource), self.world)
    }

    /// The glue class of a resource this component exports, or `None` for an imported resource.
    fn exported_glue(&self, resource: TypeId) -> Option<String> {
        self.exported_resources.get(&self.defining_resource(resource)).cloned()
    }

    fn defining_resource(&self, mut resource: TypeId) -> TypeId {
        while let TypeDefKind::Type(Type::Id(inner)) = &self.resolve.types[resource].kind {
            resource = *inner;
        }
        resource
    }

    /// Whether a value of `ty` lives (partly) in linear memory when it crosses.
    fn uses_memory(&self, ty: &Type) -> bool {
        match self.unalias(ty) {
            Type::String => true,
            Type::Id(id) => match &self.resolve.types[id].kind {
                TypeDefKind::List(_) => true,
                TypeDefKind::Record(record) => record.fields.iter().any(|field| self.uses_memory(&field.ty)),
                TypeDefKind::Tuple(tuple) => tuple.types.iter().any(|ty| self.uses_memory(ty)),
                TypeDefKind::Option(inner) => self.uses_memory(inner),
                TypeDefKind::Result(result) => result.ok.iter().chain(result.err.iter()).any(|ty| self.uses_memory(ty)),
                TypeDefKind::Variant(variant) => {
                    variant.cases.iter().filter_map(|case| case.ty.as_ref()).any(|ty| self.uses_memory(ty))
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// The IR type of a WIT type, noting the classes the bindings must define.
    fn ir_type(&mut self, ty: &Type) -> Result<IrType, String> {
        Ok(match self.unalias(ty) {
            Type::Bool => IrType::primitive("boolean", "Z"),
            Type::S8 | Type::U8 => IrType::primitive("byte", "B"),
            Type::S16 | Type::U16 => IrType::primitive("short", "S"),
            Type::S32 | Type::U32 | Type::Char => IrType::primitive("int", "I"),
            Type::S64 | Type::U64 => IrType::primitive("long", "J"),
            Type::F32 => IrType::primitive("float", "F"),
            Type::F64 => IrType::primitive("double", "D"),
            Type::String => IrType::class("java.lang.String"),
            Type::ErrorContext => return Err("`error-context` is not supported".into()),
            Type::Id(id) => match &self.resolve.types[id].kind {
                TypeDefKind::Record(_) | TypeDefKind::Variant(_) => {
                    self.type_classes.insert(id);
                    IrType::class(&type_class(self.resolve, id, self.world))
                }
                TypeDefKind::Enum(_) => IrType::primitive("int", "I"),
                TypeDefKind::Flags(flags) => match flags.repr() {
                    FlagsRepr::U8 | FlagsRepr::U16 | FlagsRepr::U32(0 | 1) => IrType::primitive("int", "I"),
                    FlagsRepr::U32(2) => IrType::primitive("long", "J"),
                    FlagsRepr::U32(_) => return Err("flags with more than 64 members are not supported".into()),
                },
                TypeDefKind::Tuple(tuple) => {
                    for element in &tuple.types {
                        self.ir_type(element)?;
                    }
                    self.tuple_arities.insert(tuple.types.len());
                    IrType::class(&format!("kiln.component.Tuple{}", tuple.types.len()))
                }
                TypeDefKind::List(element) => {
                    let element = self.ir_type(element)?;
                    IrType { text: format!("{}[]", element.text), descriptor: format!("[{}", element.descriptor) }
                }
                TypeDefKind::Option(inner) => {
                    if let Type::Id(inner_id) = self.unalias(inner)
                        && matches!(self.resolve.types[inner_id].kind, TypeDefKind::Option(_))
                    {
                        return Err("an `option` of an `option` is not supported (both would be null)".into());
                    }
                    self.ir_type(inner)?.boxed()
                }
                TypeDefKind::Result(result) => {
                    for ty in result.ok.iter().chain(result.err.iter()) {
                        self.ir_type(ty)?;
                    }
                    IrType::class(RESULT)
                }
                TypeDefKind::Handle(Handle::Own(resource) | Handle::Borrow(resource)) => {
                    IrType::class(&self.resource_class(*resource))
                }
                TypeDefKind::Resource => IrType::class(&self.resource_class(id)),
                TypeDefKind::Future(_) | TypeDefKind::Stream(_) => return Err("futures and streams are not supported".into()),
                TypeDefKind::Map(..) | TypeDefKind::FixedLengthList(..) => return Err("this type is not supported".into()),
                TypeDefKind::Type(_) | TypeDefKind::Unknown => return Err("an unresolved type".into()),
            },
        })
    }

    /// `value` (of a primitive IR type, or a boxed one) as the IR type of `ty`: unboxed if primitive.
    fn unbox(&mut self, value: &str, ty: &Type) -> Result<String, String> {
        let ir = self.ir_type(ty)?;
        Ok(format!("{value}.asInstanceOf[{}]", ir.text))
    }

    // ---- Lowering: IR values to flat core values.

    fn lower(&mut self, ty: &Type, value: &str, body: &mut Body) -> Result<Vec<FlatValue>, String> {
        let ty = self.unalias(ty);
        Ok(match ty {
            Type::Bool => vec![(format!("if ({value}) {{\n1\n}} else {{\n0\n}}"), Flat::I32)],
            Type::S8 | Type::S16 => vec![(format!("((int){value})"), Flat::I32)],
            Type::U8 => vec![(format!("(((int){value}) &[int] 255)"), Flat::I32)],
            Type::U16 => vec![(format!("(((int){value}) &[int] 65535)"), Flat::I32)],
            Type::S32 | Type::U32 | Type::Char => vec![(value.to_string(), Flat::I32)],
            Type::S64 | Type::U64 => vec![(value.to_string(), Flat::I64)],
            Type::F32 => vec![(value.to_string(), Flat::F32)],
            Type::F64 => vec![(value.to_string(), Flat::F64)],
            Type::String => {
                let length = self.fresh("length");
                let address = self.fresh("address");
                body.push(format!("val {length}: int = {value}.length;I()"));
                body.push(format!("val {address}: int = {MEMORY}::storeString;Ljava.lang.String;I({value})"));
                vec![(address, Flat::I32), (length, Flat::I32)]
            }
            Type::ErrorContext => return Err("`error-context` is not supported".into()),
            Type::Id(id) => self.lower_defined(id, value, body)?,
        })
    }

    fn lower_defined(&mut self, id: TypeId, value: &str, body: &mut Body) -> Result<Vec<FlatValue>, String> {
        let kind = self.resolve.types[id].kind.clone();
        Ok(match kind {
            TypeDefKind::List(element) => {
                let element_ir = self.ir_type(&element)?;
                let (size, align) = (self.size(&element), self.align(&element));
                let length = self.fresh("length");
                let address = self.fresh("address");
                body.push(format!("val {length}: int = {value}.length"));
                body.push(format!("val {address}: int = {MEMORY}::allocate;I;I;I(({length} *[int] {size}), {align})"));
                let index = self.fresh("index");
                let item = self.fresh("item");
                let mut inner = Body::default();
                inner.push(format!("val {item}: {} = {value}[{index}]", element_ir.text));
                self.store(&element, &item, &format!("({address} +[int] ({index} *[int] {size}))"), &mut inner)?;
                inner.push(format!("{index} = ({index} +[int] 1)"));
                body.push(format!("var {index}: int = 0"));
                body.push(format!("while (({index} <[int] {length})) {}", inner.render()));
                vec![(address, Flat::I32), (length, Flat::I32)]
            }
            TypeDefKind::Record(record) => {
                let class = type_class(self.resolve, id, self.world);
                let mut flats = Vec::new();
                for field in &record.fields {
                    let field_ir = self.ir_type(&field.ty)?;
                    let local = self.fresh(&member_name(&field.name));
                    body.push(format!("val {local}: {} = {value}.{class}::{}", field_ir.text, member_name(&field.name)));
                    flats.extend(self.lower(&field.ty, &local, body)?);
                }
                flats
            }
            TypeDefKind::Tuple(tuple) => {
                let class = format!("kiln.component.Tuple{}", tuple.types.len());
                let mut flats = Vec::new();
                for (index, element) in tuple.types.iter().enumerate() {
                    let element_ir = self.ir_type(element)?;
                    let local = self.fresh("element");
                    let unboxed = self.unbox(&format!("{value}.{class}::_{}", index + 1), element)?;
                    body.push(format!("val {local}: {} = {unboxed}", element_ir.text));
                    flats.extend(self.lower(element, &local, body)?);
                }
                flats
            }
            TypeDefKind::Flags(flags) => match flags.repr() {
                FlagsRepr::U32(2) => {
                    vec![(format!("((int){value})"), Flat::I32), (format!("((int)({value} >>>[long] 32))"), Flat::I32)]
                }
                FlagsRepr::U32(0) => Vec::new(),
                _ => vec![(value.to_string(), Flat::I32)],
            },
            TypeDefKind::Enum(_) => vec![(value.to_string(), Flat::I32)],
            TypeDefKind::Option(inner) => {
                let discriminant = format!("if (({value} !== null)) {{\n1\n}} else {{\n0\n}}");
                self.lower_cases(&[(0, None), (1, Some(inner))], &discriminant, body, |_| value.to_string())?
            }
            TypeDefKind::Result(result) => {
                let discriminant = format!("if ({value}.{RESULT}::ok) {{\n0\n}} else {{\n1\n}}");
                let payload = format!("{value}.{RESULT}::value");
                self.lower_cases(&[(0, result.ok), (1, result.err)], &discriminant, body, |_| payload.clone())?
            }
            TypeDefKind::Variant(variant) => {
                let class = type_class(self.resolve, id, self.world);
                let cases: Vec<Case> = variant.cases.iter().enumerate().map(|(index, case)| (index, case.ty)).collect();
                let discriminant = format!("{value}.{class}::tag");
                let payload = format!("{value}.{class}::value");
                self.lower_cases(&cases, &discriminant, body, |_| payload.clone())?
            }
            TypeDefKind::Handle(handle) => {
                let (Handle::Own(resource) | Handle::Borrow(resource)) = handle;
                if let Some(glue) = self.exported_glue(resource) {
                    // One of this component's own objects leaves: it gets a representation (its slot in
                    // the table that keeps it alive) and the host makes a handle of it.
                    if matches!(handle, Handle::Borrow(_)) {
                        return Err("lending a resource that this component exports is not supported yet".into());
                    }
                    let name = type_name(self.resolve, self.defining_resource(resource));
                    let rep = self.fresh("rep");
                    let local = self.fresh("handle");
                    body.push(format!("val {rep}: int = {RESOURCES}::add;Ljava.lang.Object;I({value})"));
                    body.push(format!("val {local}: int = {glue}::{}({rep})", resource_builtin("new", &name)));
                    return Ok(vec![(local, Flat::I32)]);
                }
                // An owned handle moves to the callee: the object lets go of it, so that closing it
                // later cannot drop what it no longer owns.
                let class = self.resource_class(resource);
                let local = self.fresh("handle");
                body.push(format!("val {local}: int = {value}.{class}::handle"));
                if matches!(handle, Handle::Own(_)) {
                    body.push(format!("{value}.{class}::handle = 0"));
                }
                vec![(local, Flat::I32)]
            }
            other => return Err(format!("cannot lower {other:?}")),
        })
    }

    /// Lowers a variant-like value: the discriminant, then the payload's flat values in the joined slots.
    fn lower_cases(
        &mut self,
        cases: &[Case],
        discriminant: &str,
        body: &mut Body,
        payload: impl Fn(usize) -> String,
    ) -> Result<Vec<FlatValue>, String> {
        let mut joined: Vec<Flat> = Vec::new();
        for (_, ty) in cases {
            if let Some(ty) = ty {
                for (index, flat) in self.flats(ty).into_iter().enumerate() {
                    if index < joined.len() {
                        joined[index] = join(joined[index], flat);
                    } else {
                        joined.push(flat);
                    }
                }
            }
        }
        let tag = self.fresh("tag");
        body.push(format!("val {tag}: int = {discriminant}"));
        let slots: Vec<String> = joined.iter().map(|_| self.fresh("slot")).collect();
        for (slot, flat) in slots.iter().zip(&joined) {
            body.push(format!("var {slot}: {} = {}", flat.ir(), flat.zero()));
        }
        let mut branches = Vec::new();
        for (index, ty) in cases {
            let Some(ty) = ty else { continue };
            if self.flats(ty).is_empty() {
                continue;
            }
            let mut inner = Body::default();
            let ir = self.ir_type(ty)?;
            let local = self.fresh("payload");
            let unboxed = self.unbox(&payload(*index), ty)?;
            inner.push(format!("val {local}: {} = {unboxed}", ir.text));
            let flats = self.lower(ty, &local, &mut inner)?;
            for ((expression, flat), (slot, slot_type)) in flats.iter().zip(slots.iter().zip(&joined)) {
                inner.push(format!("{slot} = {}", coerce(expression, *flat, *slot_type)));
            }
            branches.push(format!("if (({tag} ==[int] {index})) {}", inner.render()));
        }
        push_chain(body, branches);
        let mut flats = vec![(tag, Flat::I32)];
        flats.extend(slots.into_iter().zip(joined));
        Ok(flats)
    }

    // ---- Lifting: flat core values to IR values.

    fn lift(&mut self, ty: &Type, flats: &mut VecDeque<FlatValue>, body: &mut Body) -> Result<String, String> {
        let ty = self.unalias(ty);
        let mut next = || flats.pop_front().map(|(value, _)| value).ok_or_else(|| "too few flat values".to_string());
        Ok(match ty {
            Type::Bool => format!("({} !=[int] 0)", next()?),
            Type::S8 | Type::U8 => format!("((byte){})", next()?),
            Type::S16 | Type::U16 => format!("((short){})", next()?),
            Type::S32 | Type::U32 | Type::Char | Type::S64 | Type::U64 | Type::F32 | Type::F64 => next()?,
            Type::String => {
                let address = next()?;
                let length = next()?;
                let local = self.fresh("text");
                body.push(format!(
                    "val {local}: java.lang.String = {MEMORY}::loadString;I;I;Ljava.lang.String({address}, {length})"
                ));
                local
            }
            Type::ErrorContext => return Err("`error-context` is not supported".into()),
            Type::Id(id) => self.lift_defined(id, flats, body)?,
        })
    }

    fn lift_defined(&mut self, id: TypeId, flats: &mut VecDeque<FlatValue>, body: &mut Body) -> Result<String, String> {
        let kind = self.resolve.types[id].kind.clone();
        let ir = self.ir_type(&Type::Id(id))?;
        Ok(match kind {
            TypeDefKind::List(element) => {
                let (address, _) = flats.pop_front().ok_or("too few flat values")?;
                let (length, _) = flats.pop_front().ok_or("too few flat values")?;
                self.lift_list(&element, &ir, &address, &length, body)?
            }
            TypeDefKind::Record(record) => {
                let mut fields = Vec::new();
                for field in &record.fields {
                    fields.push(self.lift_into_local(&field.ty, flats, body)?);
                }
                self.construct_record(id, &fields)
            }
            TypeDefKind::Tuple(tuple) => {
                let mut elements = Vec::new();
                for element in &tuple.types {
                    elements.push(self.lift_into_local(element, flats, body)?);
                }
                self.construct_tuple(&elements)
            }
            TypeDefKind::Flags(flags) => match flags.repr() {
                FlagsRepr::U32(2) => {
                    let (low, _) = flats.pop_front().ok_or("too few flat values")?;
                    let (high, _) = flats.pop_front().ok_or("too few flat values")?;
                    format!("((((long){low}) &[long] 4294967295L) |[long] (((long){high}) <<[long] 32))")
                }
                FlagsRepr::U32(0) => "0".into(),
                _ => flats.pop_front().ok_or("too few flat values")?.0,
            },
            TypeDefKind::Enum(_) => flats.pop_front().ok_or("too few flat values")?.0,
            TypeDefKind::Option(inner) => self.lift_cases(&[(0, None), (1, Some(inner))], &ir, flats, body, |_, payload| {
                payload.unwrap_or_else(|| "null".into())
            })?,
            TypeDefKind::Result(result) => {
                self.lift_cases(&[(0, result.ok), (1, result.err)], &ir, flats, body, |index, payload| {
                    let ok = if index == 0 { "true" } else { "false" };
                    format!("new {RESULT}().<init>;Z;Ljava.lang.Object;V({ok}, {})", payload.unwrap_or_else(|| "null".into()))
                })?
            }
            TypeDefKind::Variant(variant) => {
                let class = type_class(self.resolve, id, self.world);
                let cases: Vec<Case> = variant.cases.iter().enumerate().map(|(index, case)| (index, case.ty)).collect();
                self.lift_cases(&cases, &ir, flats, body, |index, payload| {
                    format!("new {class}().<init>;I;Ljava.lang.Object;V({index}, {})", payload.unwrap_or_else(|| "null".into()))
                })?
            }
            TypeDefKind::Handle(handle_type) => {
                let (Handle::Own(resource) | Handle::Borrow(resource)) = handle_type;
                let class = self.resource_class(resource);
                let (handle, _) = flats.pop_front().ok_or("too few flat values")?;
                match self.exported_glue(resource) {
                    // A borrow of this component's own resource arrives as its representation; an owned
                    // handle is turned into it, then dropped (the object stays, held by the program).
                    Some(glue) => match handle_type {
                        Handle::Borrow(_) => format!("{RESOURCES}::get;I;Ljava.lang.Object({handle}).asInstanceOf[{class}]"),
                        Handle::Own(_) => {
                            // Dropping the handle runs the destructor, which frees the slot: the object is
                            // taken out first.
                            let name = type_name(self.resolve, self.defining_resource(resource));
                            let object = self.fresh("object");
                            body.push(format!(
                                "val {object}: {class} = {RESOURCES}::get;I;Ljava.lang.Object({glue}::{}({handle})).asInstanceOf[{class}]",
                                resource_builtin("rep", &name)
                            ));
                            body.push(format!("{glue}::{}({handle})", resource_builtin("drop", &name)));
                            object
                        }
                    },
                    None => format!("new {class}().<init>;I;V({handle})"),
                }
            }
            other => return Err(format!("cannot lift {other:?}")),
        })
    }

    fn lift_into_local(&mut self, ty: &Type, flats: &mut VecDeque<FlatValue>, body: &mut Body) -> Result<String, String> {
        let ir = self.ir_type(ty)?;
        let value = self.lift(ty, flats, body)?;
        let local = self.fresh("value");
        body.push(format!("val {local}: {} = {value}", ir.text));
        Ok(local)
    }

    fn construct_record(&mut self, id: TypeId, fields: &[String]) -> String {
        let class = type_class(self.resolve, id, self.world);
        let TypeDefKind::Record(record) = &self.resolve.types[id].kind else { return "null".into() };
        let descriptors: String = record
            .fields
            .iter()
            .map(|field| format!("{};", self.ir_type(&field.ty).map(|ir| ir.descriptor).unwrap_or_default()))
            .collect();
        format!("new {class}().<init>;{descriptors}V({})", fields.join(", "))
    }

    fn construct_tuple(&self, elements: &[String]) -> String {
        let descriptors = "Ljava.lang.Object;".repeat(elements.len());
        format!("new kiln.component.Tuple{}().<init>;{descriptors}V({})", elements.len(), elements.join(", "))
    }

    fn lift_list(&mut self, element: &Type, ir: &IrType, address: &str, length: &str, body: &mut Body) -> Result<String, String> {
        let element_ir = self.ir_type(element)?;
        let size = self.size(element);
        let array = self.fresh("array");
        let index = self.fresh("index");
        // `new T[n]`, or `new T[n][]` for an element that is itself an array.
        let (base, dimensions) = match element_ir.text.find("[]") {
            Some(position) => (&element_ir.text[..position], element_ir.text[position..].to_string()),
            None => (element_ir.text.as_str(), String::new()),
        };
        body.push(format!("val {array}: {} = new {base}[{length}]{dimensions}", ir.text));
        let mut inner = Body::default();
        let item = self.load(element, &format!("({address} +[int] ({index} *[int] {size}))"), &mut inner)?;
        inner.push(format!("{array}[{index}] = {item}"));
        inner.push(format!("{index} = ({index} +[int] 1)"));
        body.push(format!("var {index}: int = 0"));
        body.push(format!("while (({index} <[int] {length})) {}", inner.render()));
        Ok(array)
    }

    /// Lifts a variant-like value: reads the discriminant, turns the joined slots back into the case's
    /// flat values and lifts the payload; `make` builds the IR value of a case from its payload.
    fn lift_cases(
        &mut self,
        cases: &[Case],
        ir: &IrType,
        flats: &mut VecDeque<FlatValue>,
        body: &mut Body,
        make: impl Fn(usize, Option<String>) -> String,
    ) -> Result<String, String> {
        let (tag, _) = flats.pop_front().ok_or("too few flat values")?;
        let mut joined_count = 0;
        for (_, ty) in cases {
            if let Some(ty) = ty {
                joined_count = joined_count.max(self.flats(ty).len());
            }
        }
        let slots: Vec<FlatValue> = (0..joined_count).filter_map(|_| flats.pop_front()).collect();
        let payload = |this: &mut Self, ty: &Type, inner: &mut Body| {
            let mut own: VecDeque<FlatValue> = VecDeque::new();
            for (flat, (slot, slot_type)) in this.flats(ty).iter().zip(&slots) {
                let local = this.fresh("flat");
                inner.push(format!("val {local}: {} = {}", flat.ir(), uncoerce(slot, *slot_type, *flat)));
                own.push_back((local, *flat));
            }
            this.lift_into_local(ty, &mut own, inner)
        };
        self.select_case(cases, ir, &tag, body, payload, make)
    }

    /// A variable set, by an `if` chain on `tag`, to the IR value of the case it names: `payload` reads a
    /// case's payload into a local (with statements in the case's branch), `make` builds the value from it
    /// (`null`: the variable keeps its `null`). Lifting and loading differ only in `payload`.
    fn select_case(
        &mut self,
        cases: &[Case],
        ir: &IrType,
        tag: &str,
        body: &mut Body,
        mut payload: impl FnMut(&mut Self, &Type, &mut Body) -> Result<String, String>,
        make: impl Fn(usize, Option<String>) -> String,
    ) -> Result<String, String> {
        let result = self.fresh("case");
        body.push(format!("var {result}: {} = null", ir.text));
        let mut branches = Vec::new();
        for (index, ty) in cases {
            let mut inner = Body::default();
            let value = match ty {
                Some(ty) => Some(payload(self, ty, &mut inner)?),
                None => None,
            };
            let value = make(*index, value);
            if value == "null" {
                continue;
            }
            inner.push(format!("{result} = {value}"));
            branches.push(format!("if (({tag} ==[int] {index})) {}", inner.render()));
        }
        push_chain(body, branches);
        Ok(result)
    }

    // ---- Memory: values stored at and loaded from an address (an IR `int` expression).

    fn store(&mut self, ty: &Type, value: &str, address: &str, body: &mut Body) -> Result<(), String> {
        let ty = self.unalias(ty);
        match ty {
            Type::Bool => body.push(store_int(1, address, &format!("if ({value}) {{\n1\n}} else {{\n0\n}}"))),
            Type::S8 | Type::U8 => body.push(store_int(1, address, &format!("((int){value})"))),
            Type::S16 | Type::U16 => body.push(store_int(2, address, &format!("((int){value})"))),
            Type::S32 | Type::U32 | Type::Char => body.push(store_int(4, address, value)),
            Type::S64 | Type::U64 => body.push(format!("{MEMORY}::storeI64;I;J;V({address}, {value})")),
            Type::F32 => body.push(format!("{MEMORY}::storeF32;I;F;V({address}, {value})")),
            Type::F64 => body.push(format!("{MEMORY}::storeF64;I;D;V({address}, {value})")),
            Type::String => self.store_flats(&ty, value, address, body)?,
            Type::ErrorContext => return Err("`error-context` is not supported".into()),
            Type::Id(id) => {
                let kind = self.resolve.types[id].kind.clone();
                match kind {
                    TypeDefKind::List(_) | TypeDefKind::Handle(_) => self.store_flats(&ty, value, address, body)?,
                    TypeDefKind::Record(record) => {
                        let class = type_class(self.resolve, id, self.world);
                        let types: Vec<Type> = record.fields.iter().map(|field| field.ty).collect();
                        let offsets: Vec<usize> =
                            self.sizes.field_offsets(&types).into_iter().map(|(offset, _)| offset.size_wasm32()).collect();
                        for (field, offset) in record.fields.iter().zip(offsets) {
                            let field_ir = self.ir_type(&field.ty)?;
                            let local = self.fresh(&member_name(&field.name));
                            body.push(format!("val {local}: {} = {value}.{class}::{}", field_ir.text, member_name(&field.name)));
                            self.store(&field.ty, &local, &plus(address, offset), body)?;
                        }
                    }
                    TypeDefKind::Tuple(tuple) => {
                        let class = format!("kiln.component.Tuple{}", tuple.types.len());
                        let offsets: Vec<usize> =
                            self.sizes.field_offsets(&tuple.types).into_iter().map(|(offset, _)| offset.size_wasm32()).collect();
                        for (index, (element, offset)) in tuple.types.iter().zip(offsets).enumerate() {
                            let element_ir = self.ir_type(element)?;
                            let local = self.fresh("element");
                            let unboxed = self.unbox(&format!("{value}.{class}::_{}", index + 1), element)?;
                            body.push(format!("val {local}: {} = {unboxed}", element_ir.text));
                            self.store(element, &local, &plus(address, offset), body)?;
                        }
                    }
                    TypeDefKind::Flags(flags) => match flags.repr() {
                        FlagsRepr::U8 => body.push(store_int(1, address, value)),
                        FlagsRepr::U16 => body.push(store_int(2, address, value)),
                        FlagsRepr::U32(1) => body.push(store_int(4, address, value)),
                        FlagsRepr::U32(2) => {
                            body.push(store_int(4, address, &format!("((int){value})")));
                            body.push(store_int(4, &plus(address, 4), &format!("((int)({value} >>>[long] 32))")));
                        }
                        _ => {}
                    },
                    TypeDefKind::Enum(enumeration) => body.push(store_int(tag_size(enumeration.tag()), address, value)),
                    TypeDefKind::Option(inner) => {
                        let discriminant = format!("if (({value} !== null)) {{\n1\n}} else {{\n0\n}}");
                        self.store_cases(&[(0, None), (1, Some(inner))], Int::U8, &discriminant, address, body, |_| {
                            value.to_string()
                        })?;
                    }
                    TypeDefKind::Result(result) => {
                        let discriminant = format!("if ({value}.{RESULT}::ok) {{\n0\n}} else {{\n1\n}}");
                        let payload = format!("{value}.{RESULT}::value");
                        self.store_cases(&[(0, result.ok), (1, result.err)], Int::U8, &discriminant, address, body, |_| {
                            payload.clone()
                        })?;
                    }
                    TypeDefKind::Variant(variant) => {
                        let class = type_class(self.resolve, id, self.world);
                        let cases: Vec<Case> = variant.cases.iter().enumerate().map(|(index, case)| (index, case.ty)).collect();
                        let discriminant = format!("{value}.{class}::tag");
                        let payload = format!("{value}.{class}::value");
                        self.store_cases(&cases, variant.tag(), &discriminant, address, body, |_| payload.clone())?;
                    }
                    other => return Err(format!("cannot store {other:?}")),
                }
            }
        }
        Ok(())
    }

    /// Stores a string or list as its (address, length) pair, or a handle as its index.
    fn store_flats(&mut self, ty: &Type, value: &str, address: &str, body: &mut Body) -> Result<(), String> {
        let flats = self.lower(ty, value, body)?;
        for (index, (flat, _)) in flats.iter().enumerate() {
            body.push(store_int(4, &plus(address, index * 4), flat));
        }
        Ok(())
    }

    fn store_cases(
        &mut self,
        cases: &[Case],
        tag_type: Int,
        discriminant: &str,
        address: &str,
        body: &mut Body,
        payload: impl Fn(usize) -> String,
    ) -> Result<(), String> {
        let tag = self.fresh("tag");
        body.push(format!("val {tag}: int = {discriminant}"));
        body.push(store_int(tag_size(tag_type), address, &tag));
        let offset = self.sizes.payload_offset(tag_type, cases.iter().map(|(_, ty)| ty.as_ref())).size_wasm32();
        let mut branches = Vec::new();
        for (index, ty) in cases {
            let Some(ty) = ty else { continue };
            let mut inner = Body::default();
            let ir = self.ir_type(ty)?;
            let local = self.fresh("payload");
            let unboxed = self.unbox(&payload(*index), ty)?;
            inner.push(format!("val {local}: {} = {unboxed}", ir.text));
            self.store(ty, &local, &plus(address, offset), &mut inner)?;
            branches.push(format!("if (({tag} ==[int] {index})) {}", inner.render()));
        }
        push_chain(body, branches);
        Ok(())
    }

    fn load(&mut self, ty: &Type, address: &str, body: &mut Body) -> Result<String, String> {
        let ty = self.unalias(ty);
        Ok(match ty {
            Type::Bool => format!("({} !=[int] 0)", load_int(1, address)),
            Type::S8 => format!("((byte){MEMORY}::loadI8;I;I({address}))"),
            Type::U8 => format!("((byte){})", load_int(1, address)),
            Type::S16 => format!("((short){MEMORY}::loadI16;I;I({address}))"),
            Type::U16 => format!("((short){})", load_int(2, address)),
            Type::S32 | Type::U32 | Type::Char => load_int(4, address),
            Type::S64 | Type::U64 => format!("{MEMORY}::loadI64;I;J({address})"),
            Type::F32 => format!("{MEMORY}::loadF32;I;F({address})"),
            Type::F64 => format!("{MEMORY}::loadF64;I;D({address})"),
            Type::String => {
                let mut flats = self.load_pair(address, body);
                self.lift(&ty, &mut flats, body)?
            }
            Type::ErrorContext => return Err("`error-context` is not supported".into()),
            Type::Id(id) => {
                let kind = self.resolve.types[id].kind.clone();
                match kind {
                    TypeDefKind::List(_) => {
                        let mut flats = self.load_pair(address, body);
                        self.lift(&ty, &mut flats, body)?
                    }
                    TypeDefKind::Record(record) => {
                        let types: Vec<Type> = record.fields.iter().map(|field| field.ty).collect();
                        let offsets: Vec<usize> =
                            self.sizes.field_offsets(&types).into_iter().map(|(offset, _)| offset.size_wasm32()).collect();
                        let mut fields = Vec::new();
                        for (ty, offset) in types.iter().zip(offsets) {
                            fields.push(self.load_into_local(ty, &plus(address, offset), body)?);
                        }
                        self.construct_record(id, &fields)
                    }
                    TypeDefKind::Tuple(tuple) => {
                        let offsets: Vec<usize> =
                            self.sizes.field_offsets(&tuple.types).into_iter().map(|(offset, _)| offset.size_wasm32()).collect();
                        let mut elements = Vec::new();
                        for (ty, offset) in tuple.types.iter().zip(offsets) {
                            elements.push(self.load_into_local(ty, &plus(address, offset), body)?);
                        }
                        self.construct_tuple(&elements)
                    }
                    TypeDefKind::Flags(flags) => match flags.repr() {
                        FlagsRepr::U8 => load_int(1, address),
                        FlagsRepr::U16 => load_int(2, address),
                        FlagsRepr::U32(2) => format!(
                            "((((long){}) &[long] 4294967295L) |[long] (((long){}) <<[long] 32))",
                            load_int(4, address),
                            load_int(4, &plus(address, 4))
                        ),
                        FlagsRepr::U32(0) => "0".into(),
                        _ => load_int(4, address),
                    },
                    TypeDefKind::Enum(enumeration) => load_int(tag_size(enumeration.tag()), address),
                    TypeDefKind::Option(inner) => {
                        let ir = self.ir_type(&ty)?;
                        self.load_cases(&[(0, None), (1, Some(inner))], Int::U8, &ir, address, body, |_, payload| {
                            payload.unwrap_or_else(|| "null".into())
                        })?
                    }
                    TypeDefKind::Result(result) => {
                        let ir = self.ir_type(&ty)?;
                        self.load_cases(&[(0, result.ok), (1, result.err)], Int::U8, &ir, address, body, |index, payload| {
                            let ok = if index == 0 { "true" } else { "false" };
                            format!(
                                "new {RESULT}().<init>;Z;Ljava.lang.Object;V({ok}, {})",
                                payload.unwrap_or_else(|| "null".into())
                            )
                        })?
                    }
                    TypeDefKind::Variant(variant) => {
                        let ir = self.ir_type(&ty)?;
                        let class = type_class(self.resolve, id, self.world);
                        let cases: Vec<Case> = variant.cases.iter().enumerate().map(|(index, case)| (index, case.ty)).collect();
                        self.load_cases(&cases, variant.tag(), &ir, address, body, |index, payload| {
                            format!(
                                "new {class}().<init>;I;Ljava.lang.Object;V({index}, {})",
                                payload.unwrap_or_else(|| "null".into())
                            )
                        })?
                    }
                    TypeDefKind::Handle(_) => {
                        let local = self.fresh("handle");
                        body.push(format!("val {local}: int = {}", load_int(4, address)));
                        let mut flats = VecDeque::from([(local, Flat::I32)]);
                        self.lift(&ty, &mut flats, body)?
                    }
                    other => return Err(format!("cannot load {other:?}")),
                }
            }
        })
    }

    fn load_pair(&mut self, address: &str, body: &mut Body) -> VecDeque<FlatValue> {
        let first = self.fresh("address");
        let second = self.fresh("length");
        body.push(format!("val {first}: int = {}", load_int(4, address)));
        body.push(format!("val {second}: int = {}", load_int(4, &plus(address, 4))));
        VecDeque::from([(first, Flat::I32), (second, Flat::I32)])
    }

    fn load_into_local(&mut self, ty: &Type, address: &str, body: &mut Body) -> Result<String, String> {
        let ir = self.ir_type(ty)?;
        let value = self.load(ty, address, body)?;
        let local = self.fresh("value");
        body.push(format!("val {local}: {} = {value}", ir.text));
        Ok(local)
    }

    fn load_cases(
        &mut self,
        cases: &[Case],
        tag_type: Int,
        ir: &IrType,
        address: &str,
        body: &mut Body,
        make: impl Fn(usize, Option<String>) -> String,
    ) -> Result<String, String> {
        let tag = self.fresh("tag");
        body.push(format!("val {tag}: int = {}", load_int(tag_size(tag_type), address)));
        let offset = self.sizes.payload_offset(tag_type, cases.iter().map(|(_, ty)| ty.as_ref())).size_wasm32();
        let address = plus(address, offset);
        let payload = |this: &mut Self, ty: &Type, inner: &mut Body| this.load_into_local(ty, &address, inner);
        self.select_case(cases, ir, &tag, body, payload, make)
    }

    // ---- Functions.

    /// The typed declaration `static def name;desc(params): result` of a WIT function.
    /// A resource method is an instance method of the resource's class: its `self` is `this`; a
    /// resource constructor is the static method `create` (the class's own constructor wraps a handle).
    fn declaration(&mut self, function: &Function) -> Result<Declaration, String> {
        let mut params = Vec::new();
        let mut descriptor = function_member_name(function);
        let is_method = matches!(function.kind, FunctionKind::Method(_));
        let mut param_text = Vec::new();
        for (index, param) in function.params.iter().enumerate() {
            let ir = self.ir_type(&param.ty)?;
            if is_method && index == 0 {
                params.push(("this".to_string(), ir));
                continue;
            }
            descriptor.push(';');
            descriptor.push_str(&ir.descriptor);
            let name = parameter_name(&param.name);
            param_text.push(format!("{name}: {}", ir.text));
            params.push((name, ir));
        }
        let result = function.result.as_ref().map(|ty| self.ir_type(ty)).transpose()?;
        descriptor.push(';');
        descriptor.push_str(result.as_ref().map_or("V", |ir| ir.descriptor.as_str()));
        let keyword = if is_method { "def" } else { "static def" };
        let mut text = format!("{keyword} {descriptor}({})", param_text.join(", "));
        if let Some(result) = &result {
            let _ = write!(text, ": {}", result.text);
        }
        Ok((text, descriptor, params, result))
    }

    fn raw_signature(name: &str, params: &[Flat], result: Option<Flat>) -> (String, String) {
        let mut descriptor = name.to_string();
        for param in params {
            descriptor.push(';');
            descriptor.push_str(param.descriptor());
        }
        descriptor.push(';');
        descriptor.push_str(result.map_or("V", Flat::descriptor));
        let param_text: Vec<String> = params.iter().enumerate().map(|(index, flat)| format!("p{index}: {}", flat.ir())).collect();
        let mut text = format!("static def {descriptor}({})", param_text.join(", "));
        if let Some(result) = result {
            let _ = write!(text, ": {} =", result.ir());
        }
        (text, descriptor)
    }

    /// The typed method that calls an imported function, and the raw import it calls.
    fn import_function(&mut self, class: &str, function: &Function) -> Result<(String, MethodKey), String> {
        let (declaration, _, params, result) = self.declaration(function)?;
        let signature = self.resolve.wasm_signature(AbiVariant::GuestImport, function);
        let raw_params: Vec<Flat> = signature.params.iter().copied().map(Flat::from_wasm).collect();
        let raw_result = signature.results.first().copied().map(Flat::from_wasm);
        let raw_name = format!("import${}", function_member_name(function));
        let (raw_declaration, raw_descriptor) = Self::raw_signature(&raw_name, &raw_params, raw_result);
        let uses_memory = signature.indirect_params
            || signature.retptr
            || function.params.iter().any(|param| self.uses_memory(&param.ty))
            || function.result.as_ref().is_some_and(|ty| self.uses_memory(ty));
        let mut body = Body::default();
        let mark = "mark$";
        if uses_memory {
            body.push(format!("val {mark}: int = {MEMORY}::mark;I()"));
        }
        let mut arguments = Vec::new();
        if signature.indirect_params {
            let types: Vec<Type> = function.params.iter().map(|param| param.ty).collect();
            let info = self.sizes.record(&types);
            body.push(format!(
                "val parameters$: int = {MEMORY}::allocate;I;I;I({}, {})",
                info.size.size_wasm32(),
                info.align.align_wasm32()
            ));
            let offsets: Vec<usize> =
                self.sizes.field_offsets(&types).into_iter().map(|(offset, _)| offset.size_wasm32()).collect();
            for ((name, _), (ty, offset)) in params.iter().zip(types.iter().zip(offsets)) {
                self.store(ty, name, &plus("parameters$", offset), &mut body)?;
            }
            arguments.push("parameters$".to_string());
        } else {
            for ((name, _), param) in params.iter().zip(&function.params) {
                let flats = self.lower(&param.ty, name, &mut body)?;
                arguments.extend(flats.into_iter().map(|(value, _)| value));
            }
        }
        if signature.retptr
            && let Some(ty) = &function.result
        {
            body.push(format!("val return$: int = {MEMORY}::allocate;I;I;I({}, {})", self.size(ty), self.align(ty)));
            arguments.push("return$".into());
        }
        let call = format!("{class}::{raw_descriptor}({})", arguments.join(", "));
        match raw_result {
            Some(flat) => body.push(format!("val raw$: {} = {call}", flat.ir())),
            None => body.push(call),
        }
        if let (Some(ty), Some(ir)) = (&function.result, &result) {
            let value = if signature.retptr {
                self.load(ty, "return$", &mut body)?
            } else {
                let mut flats = VecDeque::from([("raw$".to_string(), raw_result.unwrap_or(Flat::I32))]);
                self.lift(ty, &mut flats, &mut body)?
            };
            body.push(format!("val result$: {} = {value}", ir.text));
        }
        if uses_memory {
            body.push(format!("{MEMORY}::reset;I;V({mark})"));
        }
        if result.is_some() {
            body.push("result$");
        }
        let separator = if result.is_some() { " = " } else { " " };
        let text =
            format!("  // WIT: {}\n  {declaration}{separator}{}\n  {raw_declaration} <abstract>\n", function.name, body.render());
        let key = MethodKey {
            class: ClassName::new(class),
            namespace: MemberNamespace::PublicStatic,
            method: MethodName::new(&raw_descriptor),
        };
        Ok((text, key))
    }

    /// The raw export of a function (and its post-return), calling the user's method in `class`.
    fn export_function(
        &mut self,
        class: &str,
        glue_class: &str,
        function: &Function,
    ) -> Result<(String, MethodKey, Option<MethodKey>, String), String> {
        let (mut declaration, mut descriptor, _, mut result) = self.declaration(function)?;
        let is_constructor = matches!(function.kind, FunctionKind::Constructor(_));
        if is_constructor {
            // The program's class is the resource: its Java constructor takes the WIT constructor's
            // parameters (`create` is only the importer's name for it).
            let parameters = &descriptor["create".len()..descriptor.rfind(';').unwrap_or(descriptor.len())];
            descriptor = format!("<init>{parameters};V");
            let parameter_text =
                &declaration[declaration.find('(').unwrap_or(0)..declaration.rfind(')').map_or(0, |end| end + 1)];
            declaration = format!("constructor def {descriptor}{parameter_text}");
            result = Some(IrType::class(class));
        }
        let signature = self.resolve.wasm_signature(AbiVariant::GuestExport, function);
        let raw_params: Vec<Flat> = signature.params.iter().copied().map(Flat::from_wasm).collect();
        let raw_result = signature.results.first().copied().map(Flat::from_wasm);
        let raw_member = match function.kind {
            FunctionKind::Method(resource) | FunctionKind::Static(resource) | FunctionKind::Constructor(resource) => {
                let name = type_name(self.resolve, self.defining_resource(resource));
                format!("{}${}", camel(&name, true), function_member_name(function))
            }
            _ => function_member_name(function),
        };
        let raw_name = format!("export${raw_member}");
        let (raw_declaration, raw_descriptor) = Self::raw_signature(&raw_name, &raw_params, raw_result);
        let params_use_memory = signature.indirect_params || function.params.iter().any(|param| self.uses_memory(&param.ty));
        let result_uses_memory = signature.retptr || function.result.as_ref().is_some_and(|ty| self.uses_memory(ty));
        let mut body = Body::default();
        let mut arguments = Vec::new();
        if signature.indirect_params {
            let types: Vec<Type> = function.params.iter().map(|param| param.ty).collect();
            let offsets: Vec<usize> =
                self.sizes.field_offsets(&types).into_iter().map(|(offset, _)| offset.size_wasm32()).collect();
            for (ty, offset) in types.iter().zip(offsets) {
                arguments.push(self.load_into_local(ty, &plus("p0", offset), &mut body)?);
            }
        } else {
            let mut flats: VecDeque<FlatValue> =
                raw_params.iter().enumerate().map(|(index, flat)| (format!("p{index}"), *flat)).collect();
            for param in &function.params {
                arguments.push(self.lift_into_local(&param.ty, &mut flats, &mut body)?);
            }
        }
        let call = if is_constructor {
            format!("new {class}().{descriptor}({})", arguments.join(", "))
        } else if matches!(function.kind, FunctionKind::Method(_)) && !arguments.is_empty() {
            format!("{}.{descriptor}({})", arguments[0], arguments[1..].join(", "))
        } else {
            format!("{class}::{descriptor}({})", arguments.join(", "))
        };
        let mut last = None;
        if let (Some(ty), Some(ir)) = (&function.result, &result) {
            body.push(format!("val result$: {} = {call}", ir.text));
            if signature.retptr {
                body.push(format!("val return$: int = {MEMORY}::allocate;I;I;I({}, {})", self.size(ty), self.align(ty)));
                self.store(ty, "result$", "return$", &mut body)?;
                last = Some("return$".to_string());
            } else {
                let flats = self.lower(ty, "result$", &mut body)?;
                if let Some((value, flat)) = flats.into_iter().next() {
                    body.push(format!("val out$: {} = {value}", flat.ir()));
                    last = Some("out$".into());
                }
            }
        } else {
            body.push(call);
        }
        if params_use_memory && !result_uses_memory {
            body.push(format!("{MEMORY}::resetAll;V()"));
        }
        if let Some(last) = &last {
            body.push(last.clone());
        }
        let mut text = format!("  // WIT: {}\n  {raw_declaration} {}\n", function.name, body.render());
        let key = MethodKey {
            class: ClassName::new(glue_class),
            namespace: MemberNamespace::PublicStatic,
            method: MethodName::new(&raw_descriptor),
        };
        let post_return = if result_uses_memory {
            let post_name = format!("postReturn${raw_member}");
            let (post_declaration, post_descriptor) =
                Self::raw_signature(&post_name, &raw_result.into_iter().collect::<Vec<_>>(), None);
            let _ = writeln!(text, "  {post_declaration} {{\n{MEMORY}::resetAll;V()\n}}");
            Some(MethodKey {
                class: ClassName::new(glue_class),
                namespace: MemberNamespace::PublicStatic,
                method: MethodName::new(&post_descriptor),
            })
        } else {
            None
        };
        Ok((text, key, post_return, declaration))
    }

    // ---- Type classes.

    fn type_class_text(&mut self, id: TypeId) -> Result<String, String> {
        let class = type_class(self.resolve, id, self.world);
        let kind = self.resolve.types[id].kind.clone();
        let name = self.resolve.types[id].name.clone().unwrap_or_default();
        let mut text = String::new();
        match kind {
            TypeDefKind::Record(record) => {
                let _ = writeln!(text, "// WIT record `{name}`\nclass {class} extends java.lang.Object {{");
                let mut params = Vec::new();
                let mut descriptors = String::new();
                let mut assignments = Vec::new();
                for field in &record.fields {
                    let ir = self.ir_type(&field.ty)?;
                    let member = member_name(&field.name);
                    let _ = writeln!(text, "  val {class}::{member}: {}", ir.text);
                    let param = parameter_name(&field.name);
                    params.push(format!("{param}: {}", ir.text));
                    descriptors.push_str(&ir.descriptor);
                    descriptors.push(';');
                    assignments.push(format!("this.{class}::{member} = {param}"));
                }
                assignments.push("this.java.lang.Object::<init>;V()".into());
                let _ = writeln!(
                    text,
                    "  constructor def <init>;{descriptors}V({}) {{\n{}\n  }}\n}}",
                    params.join(", "),
                    assignments.join(";\n")
                );
            }
            TypeDefKind::Variant(variant) => {
                let cases: Vec<String> =
                    variant.cases.iter().enumerate().map(|(index, case)| format!("{index} = {}", case.name)).collect();
                let _ = writeln!(
                    text,
                    "// WIT variant `{name}`: tag {}\nclass {class} extends java.lang.Object {{",
                    cases.join(", ")
                );
                let _ = writeln!(text, "  val {class}::tag: int\n  val {class}::value: java.lang.Object");
                let _ = writeln!(
                    text,
                    "  constructor def <init>;I;Ljava.lang.Object;V(tag: int, value: java.lang.Object) {{\nthis.{class}::tag = tag;\nthis.{class}::value = value;\nthis.java.lang.Object::<init>;V()\n  }}\n}}"
                );
            }
            _ => {}
        }
        Ok(text)
    }

    fn tuple_class_text(arity: usize) -> String {
        let class = format!("kiln.component.Tuple{arity}");
        let mut text = format!("// WIT tuple of {arity}: each element boxed\nclass {class} extends java.lang.Object {{\n");
        let mut params = Vec::new();
        let mut assignments = Vec::new();
        for index in 1..=arity {
            let _ = writeln!(text, "  val {class}::_{index}: java.lang.Object");
            params.push(format!("e{index}: java.lang.Object"));
            assignments.push(format!("this.{class}::_{index} = e{index}"));
        }
        assignments.push("this.java.lang.Object::<init>;V()".into());
        let descriptors = "Ljava.lang.Object;".repeat(arity);
        let _ = writeln!(
            text,
            "  constructor def <init>;{descriptors}V({}) {{\n{}\n  }}\n}}",
            params.join(", "),
            assignments.join(";\n")
        );
        text
    }
}

/// The member a WIT function becomes: its name in camelCase (`[method]r.get-name` → `getName`), or
/// `create` for a resource constructor.
fn function_member_name(function: &Function) -> String {
    match function.kind {
        FunctionKind::Constructor(_) => "create".into(),
        _ => member_name(function.item_name()),
    }
}

/// A named type's WIT name (anonymous types have none: empty).
fn type_name(resolve: &Resolve, id: TypeId) -> String {
    resolve.types[id].name.clone().unwrap_or_default()
}

/// The raw built-in `[resource-new]`, `[resource-rep]` or `[resource-drop]` of an exported resource, as
/// the name and descriptor of its static method in the glue class.
fn resource_builtin(which: &str, resource: &str) -> String {
    let name = camel(resource, true);
    match which {
        "drop" => format!("resourceDrop${name};I;V"),
        "new" => format!("resourceNew${name};I;I"),
        _ => format!("resourceRep${name};I;I"),
    }
}

/// The raw built-ins of a resource the component exports (in its interface's glue class), their keys
/// and core import names, and the destructor export that lets the object go.
fn exported_resource_members(
    resolve: &Resolve,
    resource: TypeId,
    glue_class: &str,
) -> (String, Vec<(MethodKey, String)>, String) {
    let name = type_name(resolve, resource);
    let key = |descriptor: String| MethodKey {
        class: ClassName::new(glue_class),
        namespace: MemberNamespace::PublicStatic,
        method: MethodName::new(&descriptor),
    };
    let mut text = String::new();
    let mut imports = Vec::new();
    for (which, core_name) in [("new", "resource-new"), ("rep", "resource-rep"), ("drop", "resource-drop")] {
        let descriptor = resource_builtin(which, &name);
        let result = if which == "drop" { "" } else { ": int =" };
        let _ = writeln!(text, "  static def {descriptor}(p0: int){result} <abstract>");
        imports.push((key(descriptor), format!("[{core_name}]{name}")));
    }
    let destructor = format!("export${}$dtor;I;V", camel(&name, true));
    let _ = writeln!(text, "  static def {destructor}(p0: int) {{\n{RESOURCES}::remove;I;V(p0)\n}}");
    (text, imports, destructor)
}

/// The resources a world item defines: an interface's resource types, or the item itself.
fn item_resources(resolve: &Resolve, item: &WorldItem) -> Vec<TypeId> {
    let is_resource = |id: &TypeId| matches!(resolve.types[*id].kind, TypeDefKind::Resource);
    match item {
        WorldItem::Interface { id, .. } => resolve.interfaces[*id].types.values().copied().filter(is_resource).collect(),
        WorldItem::Type { id, .. } => Some(*id).filter(is_resource).into_iter().collect(),
        WorldItem::Function(_) => Vec::new(),
    }
}

/// The members every imported resource's class has: the handle it owns, the constructor that wraps a
/// handle, `close` (which drops the handle, once) and the raw `[resource-drop]` import; with the key of
/// that import.
fn resource_class_members(resolve: &Resolve, resource: TypeId, class: &str) -> (String, MethodKey) {
    let name = type_name(resolve, resource);
    let drop = "resourceDrop$import;I;V";
    let text = format!(
        "  // WIT resource `{name}`: the object owns its handle until `close` or until it is passed as an own<{name}>\n  \
         var {class}::handle: int\n  \
         constructor def <init>;I;V(handle: int) {{\nthis.{class}::handle = handle;\nthis.java.lang.Object::<init>;V()\n  }}\n  \
         def close;V() {{\nif ((this.{class}::handle !=[int] 0)) {{\n{class}::{drop}(this.{class}::handle);\nthis.{class}::handle = 0\n}}\n  }}\n  \
         static def {drop}(p0: int) <abstract>\n"
    );
    let key = MethodKey { class: ClassName::new(class), namespace: MemberNamespace::PublicStatic, method: MethodName::new(drop) };
    (text, key)
}

/// The functions of a world item: an interface's, or the item itself; `None` for types.
fn item_functions<'r>(resolve: &'r Resolve, item: &'r WorldItem) -> Option<Vec<&'r Function>> {
    match item {
        WorldItem::Interface { id, .. } => Some(resolve.interfaces[*id].functions.values().collect()),
        WorldItem::Function(function) => Some(vec![function]),
        WorldItem::Type { .. } => None,
    }
}

/// Whether a world item is `wasi:cli/run`, whose export is the program's `main`.
fn is_cli_run(resolve: &Resolve, key: &WorldKey) -> bool {
    let name = resolve.name_world_key(key);
    name.starts_with("wasi:cli/run@") || name == "wasi:cli/run"
}

pub(crate) fn generate(resolve: &Resolve, world: WorldId, binding: &crate::Binding) -> Result<Generated, WitError> {
    let mut sizes = SizeAlign::default();
    sizes.fill(resolve).map_err(|error| WitError(format!("{error:#}")))?;
    let world_item = &resolve.worlds[world];
    let class_of = |item: &WorldItem| match item {
        WorldItem::Interface { id, .. } => interface_class(resolve, *id, world),
        _ => world_class(resolve, world),
    };
    let exported_resources = world_item
        .exports
        .values()
        .flat_map(|item| {
            item_resources(resolve, item).into_iter().map(|resource| (resource, format!("{}$Exports", class_of(item))))
        })
        .collect();
    let mut generator = Generator {
        resolve,
        world,
        sizes,
        fresh: 0,
        type_classes: BTreeSet::new(),
        tuple_arities: BTreeSet::new(),
        exported_resources,
    };
    let mut boundary = ComponentBoundary::default();
    let mut classes: BTreeMap<String, String> = BTreeMap::new();
    let mut skipped = Vec::new();
    let mut exports_to_implement = Vec::new();
    let mut imported_classes = BTreeSet::new();
    for (key, item) in &world_item.imports {
        let module = match item {
            WorldItem::Interface { .. } => resolve.name_world_key(key),
            _ => "$root".to_string(),
        };
        for resource in item_resources(resolve, item) {
            let class = type_class(resolve, resource, world);
            let (text, drop) = resource_class_members(resolve, resource, &class);
            classes.entry(class).or_default().push_str(&text);
            let name = type_name(resolve, resource);
            boundary.imports.insert(drop, (module.clone(), format!("[resource-drop]{name}")));
        }
        let Some(functions) = item_functions(resolve, item) else { continue };
        let interface_class = class_of(item);
        imported_classes.insert(interface_class.clone());
        for function in functions {
            if !binding.includes(&module, &function.name) {
                continue;
            }
            let class = match function.kind {
                FunctionKind::Freestanding => interface_class.clone(),
                FunctionKind::Method(resource) | FunctionKind::Static(resource) | FunctionKind::Constructor(resource) => {
                    type_class(resolve, generator.defining_resource(resource), world)
                }
                _ => {
                    skipped.push(format!("{module}#{}: async functions are not supported", function.name));
                    continue;
                }
            };
            match generator.import_function(&class, function) {
                Ok((text, key)) => {
                    classes.entry(class.clone()).or_default().push_str(&text);
                    boundary.imports.insert(key, (module.clone(), function.name.clone()));
                }
                Err(reason) => skipped.push(format!("{module}#{}: {reason}", function.name)),
            }
        }
    }
    for (key, item) in &world_item.exports {
        let Some(functions) = item_functions(resolve, item) else { continue };
        if is_cli_run(resolve, key) {
            continue;
        }
        let class = class_of(item);
        if imported_classes.contains(&class) {
            return Err(WitError(format!(
                "the world both imports and exports `{}`: Kiln binds both to class `{class}`, which cannot be",
                resolve.name_world_key(key)
            )));
        }
        let glue_class = format!("{class}$Exports");
        let prefix = match item {
            WorldItem::Interface { .. } => format!("{}#", resolve.name_world_key(key)),
            _ => String::new(),
        };
        let module = format!("[export]{}", resolve.name_world_key(key));
        for resource in item_resources(resolve, item) {
            let (text, imports, destructor) = exported_resource_members(resolve, resource, &glue_class);
            classes.entry(glue_class.clone()).or_default().push_str(&text);
            for (import, name) in imports {
                boundary.imports.insert(import, (module.clone(), name));
            }
            let name = type_name(resolve, resource);
            boundary.exports.push(ComponentExport {
                name: format!("{prefix}[dtor]{name}"),
                method: MethodKey {
                    class: ClassName::new(&glue_class),
                    namespace: MemberNamespace::PublicStatic,
                    method: MethodName::new(&destructor),
                },
                post_return: None,
            });
        }
        for function in functions {
            let wit_name = format!("{prefix}{}", function.name);
            let class = match function.kind {
                FunctionKind::Freestanding => class.clone(),
                FunctionKind::Method(resource) | FunctionKind::Static(resource) | FunctionKind::Constructor(resource) => {
                    type_class(resolve, generator.defining_resource(resource), world)
                }
                _ => return Err(WitError(format!("`{wit_name}`: async functions are not supported"))),
            };
            let (text, method, post_return, declaration) = generator
                .export_function(&class, &glue_class, function)
                .map_err(|reason| WitError(format!("`{wit_name}`: {reason}")))?;
            classes.entry(glue_class.clone()).or_default().push_str(&text);
            boundary.exports.push(ComponentExport { name: wit_name.clone(), method, post_return });
            exports_to_implement.push(ExportToImplement { wit_name, class, declaration });
        }
    }
    let mut text = String::new();
    let _ = writeln!(text, "// Bindings of the WIT world `{}`, generated by Kiln.", resolve.worlds[world].name);
    for reason in &skipped {
        let _ = writeln!(text, "// not bound: {reason}");
    }
    for export in &exports_to_implement {
        let _ = writeln!(text, "// export `{}`: define in class {}:\n//   {}", export.wit_name, export.class, export.declaration);
    }
    for (class, members) in &classes {
        let _ = writeln!(text, "class {class} extends java.lang.Object {{\n{members}}}");
    }
    // Type classes last: generating them may discover more (a record of a record).
    let mut done = BTreeSet::new();
    loop {
        let pending: Vec<TypeId> = generator.type_classes.difference(&done).copied().collect();
        if pending.is_empty() {
            break;
        }
        for id in pending {
            done.insert(id);
            let class_text = generator.type_class_text(id).map_err(WitError)?;
            text.push_str(&class_text);
        }
    }
    for arity in generator.tuple_arities.clone() {
        text.push_str(&Generator::tuple_class_text(arity));
    }
    Ok(Generated { text, boundary, exports_to_implement })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bindings_of(wit: &str) -> Generated {
        let mut resolve = Resolve::default();
        let package = resolve.push_str("test.wit", wit).expect("the test WIT parses");
        let world = resolve.select_world(&[package], None).expect("one world");
        generate(&resolve, world, &crate::Binding::Everything).expect("bindings")
    }

    #[test]
    fn an_imported_resource_is_a_class_that_owns_its_handle() {
        let generated = bindings_of(
            "package t:files;
             interface store {
               resource blob {
                 constructor(size: u32);
                 read: func(offset: u32) -> u8;
                 merge: static func(a: own<blob>, b: borrow<blob>) -> blob;
               }
             }
             world consumer { import store; }",
        );
        let text = &generated.text;
        assert!(text.contains("class t.files.Store$Blob extends java.lang.Object"), "{text}");
        assert!(text.contains("static def create;I;Lt.files.Store$Blob(size: int): t.files.Store$Blob"), "{text}");
        assert!(text.contains("def read;I;B(offset: int): byte"), "{text}");
        assert!(text.contains("static def merge;Lt.files.Store$Blob;Lt.files.Store$Blob;Lt.files.Store$Blob("), "{text}");
        // The owned argument lets go of its handle; the borrowed one keeps it.
        assert!(text.contains("a.t.files.Store$Blob::handle = 0"), "{text}");
        assert!(!text.contains("b.t.files.Store$Blob::handle = 0"), "{text}");
        let imports: Vec<&str> = generated.boundary.imports.values().map(|(_, name)| name.as_str()).collect();
        for expected in ["[constructor]blob", "[method]blob.read", "[static]blob.merge", "[resource-drop]blob"] {
            assert!(imports.contains(&expected), "{expected} not in {imports:?}");
        }
    }

    #[test]
    fn an_exported_resource_lives_in_a_table_of_the_component() {
        let generated = bindings_of(
            "package t:r;
             interface api {
               resource counter { constructor(start: s32); up: func(); take: static func(c: counter); }
             }
             world provider { export api; }",
        );
        let text = &generated.text;
        // The program's own class is constructed, kept in the table, and handed out as a new handle.
        assert!(text.contains("new t.r.Api$Counter().<init>;I;V("), "{text}");
        assert!(text.contains("kiln.component.Resources::add;Ljava.lang.Object;I("), "{text}");
        assert!(text.contains("t.r.Api$Exports::resourceNew$Counter;I;I("), "{text}");
        // An owned handle coming back is looked up before it is dropped (the drop runs the destructor).
        let lookup = text.find("resourceRep$Counter;I;I(p0)").expect("a rep lookup");
        let drop = text.find("resourceDrop$Counter;I;V(p0)").expect("a drop");
        assert!(lookup < drop, "{text}");
        let exports: Vec<&str> = generated.boundary.exports.iter().map(|export| export.name.as_str()).collect();
        assert_eq!(
            exports,
            [
                "t:r/api#[dtor]counter",
                "t:r/api#[constructor]counter",
                "t:r/api#[method]counter.up",
                "t:r/api#[static]counter.take"
            ]
        );
        let modules: BTreeSet<&str> = generated.boundary.imports.values().map(|(module, _)| module.as_str()).collect();
        assert_eq!(modules, BTreeSet::from(["[export]t:r/api"]));
    }
}
