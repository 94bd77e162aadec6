//! The glue of JS imports and exports (the js target; docs/js.md): conversions at the boundary.
//!
//! A JS import is a Wasm import whose references are `externref`; the IR method of the same key becomes a
//! small function that converts its arguments, calls the import and converts the result, so that callers
//! see an ordinary static method. An export is the reverse, and it also turns a Java exception that
//! escapes into a JS `Error` (through `kiln.js.Interop.raise`, which calls the loader's `kiln.raise`).
//! Strings cross as JS strings through the JS String Builtins (`wasm:js-string`), which the loader
//! asks the engine for and fills in itself where the engine lacks them; other objects cross as opaque
//! references (`extern.convert_any` / `any.convert_extern`).

use kiln_ir::names::well_known;
use kiln_ir::types::Type;
use kiln_link::MethodKey;
use kiln_link::js_interop;
use wasm_encoder::Instruction as W;

use super::{EmitError, Emitter, method_func_id};
use crate::wasm::*;

/// How a value of an IR type crosses.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Crossing {
    /// A number: the same Wasm value on both sides.
    Plain,
    /// `java.lang.String`: a JS string.
    String,
    /// `java.lang.Object` or `any`: a JS string when it is a string, an opaque reference otherwise.
    Value,
}

fn crossing(ty: &Type) -> Crossing {
    match ty {
        Type::String => Crossing::String,
        Type::Class { class, .. } if *class == well_known::string() => Crossing::String,
        Type::Class { .. } | Type::Any { .. } => Crossing::Value,
        _ => Crossing::Plain,
    }
}

const STRINGS: &str = "wasm:js-string";

fn externref() -> ValType {
    ValType::nullable(HeapType::Extern)
}

impl Emitter<'_> {
    fn boundary_type(&mut self, ty: &Type) -> Option<ValType> {
        match crossing(ty) {
            Crossing::Plain => self.wasm_type(ty),
            Crossing::String | Crossing::Value => Some(externref()),
        }
    }

    /// Converts the Java value on the stack (of IR type `ty`) into its JS form.
    fn push_to_js(&mut self, f: &mut FunctionBuilder, ty: &Type) {
        match crossing(ty) {
            Crossing::Plain => {}
            Crossing::String => f.push(Instr::Call(self.request_helper("jsStringFromJava"))),
            Crossing::Value => f.push(Instr::Call(self.request_helper("jsValueFromJava"))),
        }
    }

    /// Converts the JS value on the stack into a Java value of IR type `ty`.
    fn push_from_js(&mut self, f: &mut FunctionBuilder, ty: &Type) {
        let helper = match crossing(ty) {
            Crossing::Plain => return,
            Crossing::String => "jsStringToJava",
            Crossing::Value => "jsValueToJava",
        };
        f.push(Instr::Call(self.request_helper(helper)));
        // A non-nullable IR type (`string`, `any!`) takes JS null as the engine's null-dereference trap.
        if matches!(self.wasm_type(ty), Some(ValType::Ref { nullable: false, .. })) {
            f.push(Instr::RefAsNonNull);
        }
    }

    /// The body of a JS import's method: convert, call the import, convert back.
    pub(crate) fn emit_js_import(&mut self, key: MethodKey) -> Result<(), EmitError> {
        let linked = self.linked;
        let Some(method) = linked.method_def(key) else {
            return Err(EmitError::Internal(format!("JS import {} has no definition", Self::method_name_for_errors(key))));
        };
        let (params, results) = self.method_signature(key);
        let mut raw_params = Vec::new();
        for param in &method.params {
            raw_params.extend(self.boundary_type(&param.ty));
        }
        let raw_results: Vec<ValType> = self.boundary_type(&method.result).into_iter().collect();
        let import = self.module.add_import(&js_interop::import_module(key.class), key.method.simple(), raw_params, raw_results);
        let mut f = FunctionBuilder::new(
            method.params.iter().zip(&params).map(|(param, ty)| (param.name.as_str().to_string(), ty.clone())).collect(),
            results,
        );
        for (index, param) in method.params.iter().enumerate() {
            f.push(Instr::LocalGet(f.param(index as u32)));
            self.push_to_js(&mut f, &param.ty);
        }
        f.push(Instr::Call(import));
        self.push_from_js(&mut f, &method.result);
        f.finish(&mut self.module, method_func_id(key));
        Ok(())
    }

    /// An exported function for each JS export: convert, call the method, convert back, and turn an
    /// escaping Java exception into a JS Error.
    pub(crate) fn emit_js_exports(&mut self) -> Result<(), EmitError> {
        for key in self.linked.js_exports.clone() {
            let linked = self.linked;
            let Some(method) = linked.method_def(key) else {
                return Err(EmitError::Internal(format!("JS export {} has no definition", Self::method_name_for_errors(key))));
            };
            let mut raw_params = Vec::new();
            for param in &method.params {
                raw_params.extend(self.boundary_type(&param.ty).map(|ty| (param.name.as_str().to_string(), ty)));
            }
            let raw_result = self.boundary_type(&method.result);
            let mut f = FunctionBuilder::new(raw_params, raw_result.iter().cloned().collect());
            self.push_guarded(&mut f, raw_result.clone(), js_interop::raise_method(), |emitter, f| {
                emitter.push_class_initialization(f, key.class);
                for (index, param) in method.params.iter().enumerate() {
                    f.push(Instr::LocalGet(f.param(index as u32)));
                    emitter.push_from_js(f, &param.ty);
                }
                f.push(Instr::Call(method_func_id(key)));
                emitter.push_to_js(f, &method.result);
            });
            let id = FuncId::JsExport { class: key.class, method: key.method };
            f.finish(&mut self.module, id.clone());
            self.module.exports.push((key.method.simple().to_string(), ExportKind::Func(id)));
        }
        Ok(())
    }

    /// The helpers of the boundary, by name; false when `name` is not one of them.
    pub(crate) fn emit_js_helper(&mut self, name: &'static str) -> Result<bool, EmitError> {
        if !matches!(name, "jsStringFromJava" | "jsStringToJava" | "jsValueFromJava" | "jsValueToJava") {
            return Ok(false);
        }
        let string = self.string_type();
        let string_ref = ValType::nullable(HeapType::Concrete(string.clone()));
        let id = FuncId::Helper(name);
        match name {
            "jsStringFromJava" => {
                let from_array = self.module.add_import(
                    STRINGS,
                    "fromCharCodeArray",
                    vec![string_ref.clone(), ValType::I32, ValType::I32],
                    vec![ValType::non_null(HeapType::Extern)],
                );
                self.export_string_accessors();
                let mut f = FunctionBuilder::new(vec![("value".into(), ValType::anyref())], vec![externref()]);
                let chars = f.add_local("chars", string_ref.clone());
                let label = f.new_label();
                f.push(Instr::LocalGet(f.param(0)));
                f.push(Instr::RefIsNull);
                f.push(Instr::If { label, ty: BlockType::Result(externref()) });
                f.push(Instr::RefNull(HeapType::Extern));
                f.push(Instr::Else);
                f.push(Instr::LocalGet(f.param(0)));
                f.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(string.clone()) });
                f.push(Instr::LocalTee(chars));
                f.push(Instr::I32Const(0));
                f.push(Instr::LocalGet(chars));
                f.push(Instr::ArrayLen);
                f.push(Instr::Call(from_array));
                f.push(Instr::End);
                f.finish(&mut self.module, id);
            }
            "jsStringToJava" => {
                let length = self.module.add_import(STRINGS, "length", vec![externref()], vec![ValType::I32]);
                let into_array = self.module.add_import(
                    STRINGS,
                    "intoCharCodeArray",
                    vec![externref(), string_ref.clone(), ValType::I32],
                    vec![ValType::I32],
                );
                self.export_string_accessors();
                let mut f = FunctionBuilder::new(vec![("value".into(), externref())], vec![string_ref.clone()]);
                let chars = f.add_local("chars", string_ref.clone());
                let label = f.new_label();
                f.push(Instr::LocalGet(f.param(0)));
                f.push(Instr::RefIsNull);
                f.push(Instr::If { label, ty: BlockType::Result(string_ref.clone()) });
                f.push(Instr::RefNull(HeapType::Concrete(string.clone())));
                f.push(Instr::Else);
                f.push(Instr::LocalGet(f.param(0)));
                f.push(Instr::Call(length));
                f.push(Instr::ArrayNewDefault(string.clone()));
                f.push(Instr::LocalSet(chars));
                f.push(Instr::LocalGet(f.param(0)));
                f.push(Instr::LocalGet(chars));
                f.push(Instr::I32Const(0));
                f.push(Instr::Call(into_array));
                f.push(Instr::Drop);
                f.push(Instr::LocalGet(chars));
                f.push(Instr::End);
                f.finish(&mut self.module, id);
            }
            "jsValueFromJava" => {
                let to_string = self.request_helper("jsStringFromJava");
                let mut f = FunctionBuilder::new(vec![("value".into(), ValType::anyref())], vec![externref()]);
                let label = f.new_label();
                f.push(Instr::LocalGet(f.param(0)));
                f.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(string) });
                f.push(Instr::If { label, ty: BlockType::Result(externref()) });
                f.push(Instr::LocalGet(f.param(0)));
                f.push(Instr::Call(to_string));
                f.push(Instr::Else);
                f.push(Instr::LocalGet(f.param(0)));
                f.plain(W::ExternConvertAny);
                f.push(Instr::End);
                f.finish(&mut self.module, id);
            }
            "jsValueToJava" => {
                let is_string = self.module.add_import(STRINGS, "test", vec![externref()], vec![ValType::I32]);
                let from_string = self.request_helper("jsStringToJava");
                let mut f = FunctionBuilder::new(vec![("value".into(), externref())], vec![ValType::anyref()]);
                let label = f.new_label();
                f.push(Instr::LocalGet(f.param(0)));
                f.push(Instr::Call(is_string));
                f.push(Instr::If { label, ty: BlockType::Result(ValType::anyref()) });
                f.push(Instr::LocalGet(f.param(0)));
                f.push(Instr::Call(from_string));
                f.push(Instr::Else);
                f.push(Instr::LocalGet(f.param(0)));
                f.plain(W::AnyConvertExtern);
                f.push(Instr::End);
                f.finish(&mut self.module, id);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `string.get` and `string.set`, exported for the loader's stand-in of the JS String Builtins on
    /// engines without them (JS cannot read a Wasm array itself).
    fn export_string_accessors(&mut self) {
        let get_id = FuncId::Helper("jsStringGet");
        if self.module.has_function(&get_id) {
            return;
        }
        let string = self.string_type();
        let string_ref = ValType::nullable(HeapType::Concrete(string.clone()));
        let mut f =
            FunctionBuilder::new(vec![("chars".into(), string_ref.clone()), ("index".into(), ValType::I32)], vec![ValType::I32]);
        f.push(Instr::LocalGet(f.param(0)));
        f.push(Instr::LocalGet(f.param(1)));
        f.push(Instr::ArrayGetU(string.clone()));
        f.finish(&mut self.module, get_id.clone());
        self.module.exports.push(("string.get".into(), ExportKind::Func(get_id)));
        let set_id = FuncId::Helper("jsStringSet");
        let mut f = FunctionBuilder::new(
            vec![("chars".into(), string_ref), ("index".into(), ValType::I32), ("unit".into(), ValType::I32)],
            Vec::new(),
        );
        f.push(Instr::LocalGet(f.param(0)));
        f.push(Instr::LocalGet(f.param(1)));
        f.push(Instr::LocalGet(f.param(2)));
        f.push(Instr::ArraySet(string));
        f.finish(&mut self.module, set_id.clone());
        self.module.exports.push(("string.set".into(), ExportKind::Func(set_id)));
    }
}
