//! Lowering of method bodies: every IR tree to Wasm instructions, expression by expression.
//!
//! `expression` pushes a value of the Wasm type of the tree's IR type (nothing for `void` and `nothing`);
//! `expression_as` then adapts it to the type the context needs (a cast or a null check where the IR's
//! type is more precise than what the Wasm value carries, such as a call's result or a field's content).

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::names::{ClassName, LabelName, LocalName, MethodName, well_known};
use kiln_ir::trees::*;
use kiln_ir::types::Type;
use kiln_link::construction::field_initialising_constructor;
use kiln_link::{MethodKey, summary::division_needs_check};

use crate::lower::boxes::{box_kind_of, box_kind_of_class};
use crate::lower::types::array_element_storage;
use crate::lower::{EmitError, Emitter, method_func_id};
use crate::wasm::*;
use wasm_encoder::Instruction as W;

pub(crate) fn method_reads_first_param(method: &MethodDef) -> bool {
    let Some(param) = method.params.first() else {
        return false;
    };
    let MethodBody::Tree(body) = &method.body else {
        return false;
    };
    tree_any(body, &|tree| matches!(&tree.kind, TreeKind::VarRef(name) if *name == param.name))
}

fn tree_any(tree: &Tree, predicate: &dyn Fn(&Tree) -> bool) -> bool {
    if predicate(tree) {
        return true;
    }
    let mut found = false;
    kiln_link::summary::for_each_child(tree, |child| found = found || tree_any(child, predicate));
    found
}

pub(crate) fn lower_method(emitter: &mut Emitter, key: MethodKey, method: &MethodDef) -> Result<(), EmitError> {
    let MethodBody::Tree(body) = &method.body else {
        return Ok(());
    };
    let (param_types, results) = emitter.method_signature(key);
    let mut params = Vec::new();
    let is_static = key.namespace.is_static();
    if !is_static {
        params.push(("this".to_string(), param_types[0].clone()));
    }
    let offset = usize::from(!is_static);
    for (index, param) in method.params.iter().enumerate() {
        params.push((param.name.to_string(), param_types.get(index + offset).cloned().unwrap_or(ValType::I32)));
    }
    let builder = FunctionBuilder::new(params, results.clone());
    let trusted =
        emitter.linked.table.get(key.class).is_some_and(|info| emitter.linked.program.classes[info.index].from_runtime_library);
    let checked = !trusted && emitter.linked.semantics == kiln_link::Semantics::Compliant;
    let null_checked = emitter.linked.semantics == kiln_link::Semantics::Compliant;
    let mut lowering = FunctionLowering {
        emitter,
        builder,
        key,
        locals: Vec::new(),
        labels: Vec::new(),
        this_local: None,
        checked,
        null_checked,
        finally_stack: Vec::new(),
        shadow_candidates: array_shadow_candidates(body),
        array_shadows: BTreeMap::new(),
        fused_non_null: None,
        budget_local: None,
        null_site: None,
    };
    // `this` arrives as the class's own struct, except in the classes whose values may be strings or boxes,
    // where it arrives as `(ref any)`: a local of the class's own type then saves a cast at each use.
    if !is_static && tree_any(body, &|tree| matches!(tree.kind, TreeKind::This | TreeKind::StoreModule)) {
        let this_type = lowering.this_type();
        if param_types[0] == this_type {
            lowering.this_local = Some(LocalId(0));
        } else {
            let local = lowering.builder.add_local("this.typed", this_type.clone());
            lowering.builder.push(Instr::LocalGet(LocalId(0)));
            match box_kind_of_class(key.class).filter(|_| !matches!(this_type, ValType::Ref { .. })) {
                // In a hijacked class of a primitive, `this` is the primitive value.
                Some(kind) => lowering.emitter.push_unbox(&mut lowering.builder, kind),
                None => lowering.adapt(Some(param_types[0].clone()), Some(&this_type)),
            }
            lowering.builder.push(Instr::LocalSet(local));
            lowering.this_local = Some(local);
        }
    }
    for (index, param) in method.params.iter().enumerate() {
        let wasm_index = (index + offset) as u32;
        let declared = lowering.emitter.wasm_type(&param.ty);
        let arrived = lowering.builder.params[wasm_index as usize].1.clone();
        if declared.as_ref() != Some(&arrived) {
            // The declared type is more precise than the signature's erased type: cast once, here.
            let declared = declared.unwrap_or(ValType::I32);
            let local = lowering.builder.add_local(param.name.to_string(), declared.clone());
            lowering.builder.push(Instr::LocalGet(LocalId(wasm_index)));
            lowering.adapt(Some(arrived), Some(&declared));
            lowering.builder.push(Instr::LocalSet(local));
            lowering.locals.push((param.name, local));
        } else {
            lowering.locals.push((param.name, LocalId(wasm_index)));
        }
    }
    for param in &method.params {
        if let Ok(local) = lowering.local(param.name) {
            lowering.bind_array_shadow(param.name, local, &param.ty);
        }
    }
    // The call budget (`kiln_link::recursion`): a recursive method takes a call from it, and gives it back
    // when it returns; a method with handlers remembers the budget of its frame, to restore it when it
    // catches an exception thrown from deeper down.
    let counted = lowering.emitter.linked.recursive.contains(&key);
    if counted && let Some(budget) = lowering.emitter.call_budget() {
        let local = lowering.builder.add_local("budget", ValType::I32);
        lowering.push(Instr::GlobalGet(budget));
        lowering.push(Instr::I32Const(1));
        lowering.plain(W::I32Sub);
        lowering.push(Instr::LocalTee(local));
        lowering.push(Instr::GlobalSet(budget));
        lowering.push(Instr::LocalGet(local));
        lowering.plain(W::I32Eqz);
        let spent = lowering.builder.new_label();
        lowering.push(Instr::If { label: spent, ty: BlockType::Empty });
        lowering.push_throw("throwStackOverflow");
        lowering.push(Instr::End);
        lowering.budget_local = Some(local);
    } else {
        lowering.remember_call_budget_if_catching(body);
    }
    let result = results.first().cloned();
    if result.is_some() {
        lowering.expression_as(body, result.as_ref())?;
    } else {
        lowering.statement(body)?;
    }
    if counted && let (Some(budget), Some(local)) = (lowering.emitter.call_budget(), lowering.budget_local) {
        lowering.push(Instr::LocalGet(local));
        lowering.push(Instr::I32Const(1));
        lowering.plain(W::I32Add);
        lowering.push(Instr::GlobalSet(budget));
    }
    let FunctionLowering { builder, .. } = lowering;
    builder.finish(&mut emitter.module, method_func_id(key));
    Ok(())
}

struct FunctionLowering<'e, 'a> {
    emitter: &'e mut Emitter<'a>,
    builder: FunctionBuilder,
    key: MethodKey,
    locals: Vec<(LocalName, LocalId)>,
    labels: Vec<LabelContext>,
    /// The `try`/`finally` blocks being lowered, innermost last.
    finally_stack: Vec<FinallyContext>,
    this_local: Option<LocalId>,
    /// Whether array and string accesses and casts are checked (they are, except in the trusted runtime
    /// library, whose own indices and casts are right by construction).
    checked: bool,
    /// Whether a null receiver or qualifier throws `NullPointerException` rather than trapping: in all code
    /// of compliant programs, the runtime library's too, since a program's nulls reach it as arguments
    /// (`new ArrayList<>(null)`, `"abc".contains(null)` throw on the JVM, and a program may catch that).
    null_checked: bool,
    /// The locals worth an array shadow (`array_shadow_candidates`), and the shadows of those bound so far.
    shadow_candidates: BTreeSet<LocalName>,
    array_shadows: BTreeMap<LocalId, ArrayShadow>,
    /// A local just found not null by a fused null test (`push_null_test_yielding`), and the non-null Wasm
    /// local holding its value: the `val a$1 = a.notNull` that follows reads it, with no second test.
    fused_non_null: Option<(LocalName, LocalId)>,
    /// The call budget as this method's frame holds it, in methods that count calls or catch.
    budget_local: Option<LocalId>,
    /// The span of the tree being lowered: a null it dereferences throws with the message that
    /// `kiln_link::null_messages` worked out for that span, if any.
    null_site: Option<kiln_ir::source::Span>,
}

/// The data array and the length of an array variable (a local, or a static field), kept in variables of
/// their own and refreshed at each assignment of the variable, so that an access reads neither the array
/// object's `data` field nor the length through the GC heap. Wasmtime re-loads both, with a null check
/// each, at every `struct.get` and `array.len`, and Cranelift does not merge those loads: in a loop over
/// a local array, the shadow is what takes the object out of the loop body; for an array in a static
/// field, it saves the object's load at every access (array fields are written rarely, read often).
#[derive(Copy, Clone)]
struct ArrayShadow {
    kind: ArrayKind,
    /// `(ref null $data)` when the variable may be null: null exactly when the variable is (its length is
    /// then stale, and never read, since the null check comes first). A static field's shadow is never
    /// null: see `null_is_empty`.
    data: Place,
    length: Place,
    nullable: bool,
    /// For a static field, the field itself, when its shadow stands for `null` with an empty data array
    /// and a length of 0. An access then needs no null check of its own: the index check fails for every
    /// index of a null array, and only then does its slow path tell `NullPointerException` (the field is
    /// null) from `ArrayIndexOutOfBoundsException`, in Java's order. The data global is non-null, so
    /// Wasmtime's `array.get` skips its own null check too (`compiler/emit/README.md`, where the
    /// measurements are).
    null_is_empty: Option<Place>,
}

/// A Wasm variable.
#[derive(Copy, Clone)]
enum Place {
    Local(LocalId),
    Global(GlobalId),
}

impl Place {
    fn get(self) -> Instr {
        match self {
            Place::Local(local) => Instr::LocalGet(local),
            Place::Global(global) => Instr::GlobalGet(global),
        }
    }

    fn set(self) -> Instr {
        match self {
            Place::Local(local) => Instr::LocalSet(local),
            Place::Global(global) => Instr::GlobalSet(global),
        }
    }
}

/// Where the array of an access comes from, once its operands are evaluated.
enum ArraySource {
    Shadow(ArrayShadow),
    /// The array object, in a local, nullable or not.
    Object {
        local: LocalId,
        nullable: bool,
    },
}

/// The operands of a checked array access, evaluated, null-checked and bounds-checked, in locals.
struct CheckedArrayAccess {
    kind: ArrayKind,
    /// The array object, when the caller asked for it (the store check of covariant arrays needs it).
    object: Option<LocalId>,
    data: Place,
    index: LocalId,
    value: Option<LocalId>,
}

/// The array that `a[i]` or `a.length` reads.
fn array_operand(tree: &Tree) -> Option<&Tree> {
    match &tree.kind {
        TreeKind::ArraySelect { array, .. } => Some(array),
        TreeKind::UnaryOp { op: UnaryOp::ArrayLength, operand } => Some(operand),
        _ => None,
    }
}

/// The static fields whose arrays the program's methods index or measure directly: those get a shadow.
pub(crate) fn indexed_static_arrays(linked: &kiln_link::LinkedProgram) -> BTreeSet<kiln_ir::names::FieldName> {
    fn collect(tree: &Tree, fields: &mut BTreeSet<kiln_ir::names::FieldName>) {
        if let Some(TreeKind::SelectStatic(field)) = array_operand(tree).map(|operand| &operand.kind) {
            fields.insert(*field);
        }
        kiln_link::summary::for_each_child(tree, |child| collect(child, fields));
    }
    let mut fields = BTreeSet::new();
    for key in &linked.reachable {
        if let Some(MethodDef { body: MethodBody::Tree(body), .. }) = linked.method_def(*key) {
            collect(body, &mut fields);
        }
    }
    // A shadow is read without the check that initializes a lazily initialized class first.
    fields.retain(|field| linked.lazily_initialized_ancestor(field.class).is_none());
    fields
}

/// The locals of a body whose arrays are indexed or measured (`a[i]`, `a.length`) at least twice, a use in
/// a loop counting as many: those get an `ArrayShadow`, which costs two loads at each assignment and saves
/// two at each access.
fn array_shadow_candidates(body: &Tree) -> BTreeSet<LocalName> {
    fn count(tree: &Tree, weight: u32, weights: &mut BTreeMap<LocalName, u32>) {
        if let Some(TreeKind::VarRef(name)) = array_operand(tree).map(|operand| &operand.kind) {
            *weights.entry(*name).or_default() += weight;
        }
        let inner = if matches!(tree.kind, TreeKind::While { .. }) { weight.saturating_mul(4) } else { weight };
        kiln_link::summary::for_each_child(tree, |child| count(child, inner, weights));
    }
    let mut weights = BTreeMap::new();
    count(body, 1, &mut weights);
    weights.into_iter().filter(|(_, weight)| *weight >= 2).map(|(name, _)| name).collect()
}

/// A `Labeled` block being lowered.
#[derive(Clone)]
struct LabelContext {
    name: LabelName,
    id: LabelId,
    result: Option<ValType>,
    /// How many `finally` blocks enclosed the label: a `return@label` from deeper runs the ones in between.
    finally_depth: usize,
    /// Where a value bound for this label waits while `finally` blocks run.
    pending_value: Option<LocalId>,
}

/// A `try`/`finally` whose protected block is being lowered: every way out of the block goes through
/// `entry` with `destination` saying where to continue once the finalizer has run.
struct FinallyContext {
    entry: LabelId,
    destination: LocalId,
    /// Labels that a `return@label` from inside the block leaves to, by destination code (from 2 up).
    exits: Vec<LabelName>,
}

/// Destination codes of a `finally`: fall through, rethrow, then one per label left (2, 3, ...).
const FINALLY_FALL_THROUGH: i32 = 0;
const FINALLY_RETHROW: i32 = 1;

fn is_terminal(instr: Option<&Instr>) -> bool {
    matches!(instr, Some(Instr::Br(_) | Instr::Throw(_) | Instr::ThrowRef | Instr::Return | Instr::Unreachable))
}

impl FunctionLowering<'_, '_> {
    fn unsupported<T>(&self, what: impl Into<String>) -> Result<T, EmitError> {
        Err(EmitError::Unsupported { what: what.into(), method: Emitter::method_name_for_errors(self.key) })
    }

    fn push(&mut self, instr: Instr) {
        self.builder.push(instr);
    }

    fn plain(&mut self, instr: W<'static>) {
        self.builder.plain(instr);
    }

    fn this_type(&mut self) -> ValType {
        let class = self.key.class;
        let is_hijacked = self.emitter.linked.table.get(class).is_some_and(|info| info.kind == ClassKind::HijackedClass);
        if class == well_known::string() {
            ValType::non_null(HeapType::Concrete(self.emitter.string_type()))
        } else if let Some(kind) = box_kind_of_class(class).filter(|_| is_hijacked) {
            crate::lower::boxes::payload_type(kind)
        } else if is_hijacked || self.emitter.class_is_anyref(class) {
            ValType::non_null(HeapType::Any)
        } else {
            ValType::non_null(HeapType::Concrete(self.emitter.class_struct(class)))
        }
    }

    fn wasm_type(&mut self, ty: &Type) -> Option<ValType> {
        self.emitter.wasm_type(ty)
    }

    /// Whether a value of Wasm type `sub` can be used where `sup` is expected without a cast.
    fn is_wasm_subtype(&self, sub: &ValType, sup: &ValType) -> bool {
        match (sub, sup) {
            (ValType::Ref { nullable: sub_nullable, heap: sub_heap }, ValType::Ref { nullable, heap }) => {
                (!sub_nullable || *nullable) && self.is_heap_subtype(sub_heap, heap)
            }
            _ => sub == sup,
        }
    }

    fn is_heap_subtype(&self, sub: &HeapType, sup: &HeapType) -> bool {
        if sub == sup {
            return true;
        }
        match (sub, sup) {
            (
                HeapType::None,
                HeapType::Any | HeapType::Eq | HeapType::Struct | HeapType::Array | HeapType::I31 | HeapType::Concrete(_),
            ) => true,
            (HeapType::NoFunc, HeapType::Func) => true,
            (_, HeapType::Any) => !matches!(sub, HeapType::Func | HeapType::NoFunc | HeapType::Exn | HeapType::Extern),
            (HeapType::I31 | HeapType::Struct | HeapType::Array, HeapType::Eq) => true,
            (HeapType::Concrete(id), HeapType::Eq) => !matches!(id, TypeId::Func(_)),
            (HeapType::Concrete(id), HeapType::Struct) => {
                matches!(
                    id,
                    TypeId::Class(_)
                        | TypeId::VTable(_)
                        | TypeId::ArrayObject(_)
                        | TypeId::Box(_)
                        | TypeId::ClosureBase(_)
                        | TypeId::ClosureEnvironment(_)
                )
            }
            (HeapType::Concrete(id), HeapType::Array) => {
                matches!(id, TypeId::StringChars | TypeId::ArrayData(_))
            }
            (HeapType::Concrete(sub_id), HeapType::Concrete(sup_id)) => {
                let mut current = self.emitter.module.type_def(sub_id).and_then(|def| def.supertype.clone());
                while let Some(id) = current {
                    if id == *sup_id {
                        return true;
                    }
                    current = self.emitter.module.type_def(&id).and_then(|def| def.supertype.clone());
                }
                false
            }
            _ => false,
        }
    }

    /// Converts the value on the stack from `from` to `to`: nothing, a null check, or a cast.
    fn adapt(&mut self, from: Option<ValType>, to: Option<&ValType>) {
        let (Some(from), Some(to)) = (from, to) else {
            return;
        };
        if self.is_wasm_subtype(&from, to) {
            return;
        }
        match (&from, to) {
            (ValType::Ref { heap: from_heap, .. }, ValType::Ref { nullable, heap }) => {
                if !nullable && self.is_heap_subtype(from_heap, heap) {
                    self.push(Instr::RefAsNonNull);
                } else if let HeapType::Concrete(TypeId::Class(class)) = heap
                    && let Some(classes) = self.emitter.final_instance_classes(*class)
                {
                    self.push_cast_by_tests(*class, &classes, *nullable, &mut |lowering| lowering.push(Instr::Unreachable));
                } else {
                    self.push(Instr::RefCast { nullable: *nullable, heap: heap.clone() });
                }
            }
            _ => {
                // Mismatched value types only arise from IR that the checker rejects.
                self.push(Instr::Unreachable);
            }
        }
    }

    fn expression_as(&mut self, tree: &Tree, target: Option<&ValType>) -> Result<(), EmitError> {
        self.expression(tree)?;
        if let (Some(kind), Some(ValType::Ref { heap, .. })) = (box_kind_of(&tree.ty), target) {
            // A primitive where a reference is expected (`any`, `Object`, a hijacked class): box it.
            self.emitter.push_box(&mut self.builder, kind);
            self.adapt(Some(ValType::non_null(HeapType::Any)), Some(&ValType::nullable(heap.clone())));
            return Ok(());
        }
        let from = self.wasm_type(&tree.ty);
        if from.is_some() {
            self.adapt(from, target);
        } else if tree.ty != Type::Nothing && target.is_some() {
            // A `void` tree where a value is needed: only in unreachable code.
            self.push(Instr::Unreachable);
        }
        Ok(())
    }

    fn statement(&mut self, tree: &Tree) -> Result<(), EmitError> {
        self.expression(tree)?;
        if self.wasm_type(&tree.ty).is_some() {
            self.push(Instr::Drop);
        }
        Ok(())
    }

    fn expression(&mut self, tree: &Tree) -> Result<(), EmitError> {
        if self.emitter.linked.null_messages.is_empty() {
            self.lower_tree(tree)?;
        } else {
            let outer_site = self.null_site.replace(tree.span);
            let lowered = self.lower_tree(tree);
            self.null_site = outer_site;
            lowered?;
        }
        if tree.ty == Type::Nothing && !is_terminal(self.builder.body.last()) {
            self.push(Instr::Unreachable);
        }
        Ok(())
    }

    fn local(&self, name: LocalName) -> Result<LocalId, EmitError> {
        self.locals
            .iter()
            .rev()
            .find(|(local, _)| *local == name)
            .map(|(_, id)| *id)
            .ok_or_else(|| EmitError::Internal(format!("unbound local {name}")))
    }

    fn block_type(&mut self, ty: &Type) -> (BlockType, Option<ValType>) {
        match self.wasm_type(ty) {
            Some(value) => (BlockType::Result(value.clone()), Some(value)),
            None => (BlockType::Empty, None),
        }
    }

    /// A tree as the body of a block whose result has type `result`.
    fn body(&mut self, tree: &Tree, result: Option<&ValType>) -> Result<(), EmitError> {
        let depth = self.locals.len();
        if result.is_some() {
            self.expression_as(tree, result)?
        } else {
            self.statement(tree)?
        }
        self.locals.truncate(depth);
        Ok(())
    }

    fn lower_tree(&mut self, tree: &Tree) -> Result<(), EmitError> {
        match &tree.kind {
            TreeKind::VarDef { name, ty, rhs, .. } => {
                let Some(local_type) = self.wasm_type(ty) else {
                    self.statement(rhs)?;
                    return Ok(());
                };
                match (self.fused_non_null.take(), checked_local(rhs)) {
                    (Some((tested, value)), Some(checked)) if tested == checked => {
                        // The null test just before found it not null, and left its value here.
                        let value_type = self.builder.local_type(value).clone();
                        self.push(Instr::LocalGet(value));
                        self.adapt(Some(value_type), Some(&local_type));
                    }
                    _ => self.expression_as(rhs, Some(&local_type))?,
                }
                let local = self.builder.add_local(name.to_string(), local_type);
                self.push(Instr::LocalSet(local));
                self.locals.push((*name, local));
                self.bind_array_shadow(*name, local, ty);
            }
            TreeKind::Skip => {}
            TreeKind::Block(statements) => {
                let depth = self.locals.len();
                for (index, statement) in statements.iter().enumerate() {
                    if let Some(next) = statements.get(index + 1)
                        && self.push_fused_guard(statement, next)?
                    {
                        continue;
                    }
                    // The last statement gives the block's value; a block without one (the body of a void
                    // method that the inliner copied, `{ this.add(x) }`) drops what its last statement gives.
                    if index + 1 == statements.len() && self.wasm_type(&tree.ty).is_some() {
                        self.expression(statement)?;
                    } else {
                        self.statement(statement)?;
                    }
                }
                self.locals.truncate(depth);
            }
            TreeKind::Labeled { label, ty, body } => {
                let (block_type, result) = self.block_type(ty);
                let id = self.builder.new_label();
                self.push(Instr::Block { label: id, ty: block_type });
                self.labels.push(LabelContext {
                    name: *label,
                    id,
                    result: result.clone(),
                    finally_depth: self.finally_stack.len(),
                    pending_value: None,
                });
                self.body(body, result.as_ref())?;
                self.labels.pop();
                self.push(Instr::End);
            }
            TreeKind::Assign { lhs, rhs } => self.assign(lhs, rhs)?,
            TreeKind::Return { label, expr } => {
                let Some(position) = self.labels.iter().rposition(|context| context.name == *label) else {
                    return Err(EmitError::Internal(format!("return to unknown label {label}")));
                };
                let context = self.labels[position].clone();
                if let Some(expr) = expr {
                    if context.result.is_some() {
                        self.expression_as(expr, context.result.as_ref())?
                    } else {
                        self.statement(expr)?
                    }
                }
                if context.finally_depth < self.finally_stack.len() {
                    // Leaving through `finally` blocks: park the value, then run the innermost finalizer.
                    if let Some(result) = &context.result {
                        let local = match context.pending_value {
                            Some(local) => local,
                            None => {
                                let local = self.builder.add_local(format!("{label}.value"), result.clone());
                                self.labels[position].pending_value = Some(local);
                                local
                            }
                        };
                        self.push(Instr::LocalSet(local));
                    }
                    self.route_to_finally(*label);
                } else {
                    self.push(Instr::Br(context.id));
                }
            }
            TreeKind::If { cond, then_branch, else_branch } if self.push_fused_if(tree, cond, then_branch, else_branch)? => {}
            TreeKind::If { cond, then_branch, else_branch } => {
                self.expression_as(cond, Some(&ValType::I32))?;
                let (block_type, result) = self.block_type(&tree.ty);
                let label = self.builder.new_label();
                self.push(Instr::If { label, ty: block_type });
                self.body(then_branch, result.as_ref())?;
                if !matches!(else_branch.kind, TreeKind::Skip) || result.is_some() {
                    self.push(Instr::Else);
                    self.body(else_branch, result.as_ref())?;
                }
                self.push(Instr::End);
            }
            TreeKind::LinkTimeIf { cond, then_branch, else_branch } => {
                let Some(branch) = kiln_link::link_time::chosen_branch(cond, then_branch, else_branch) else {
                    return self.unsupported("a link-time-if condition that cannot be evaluated at link time");
                };
                let result = self.wasm_type(&tree.ty);
                self.body(branch, result.as_ref())?;
            }
            TreeKind::While { cond, body } => {
                let continue_label = self.builder.new_label();
                self.push(Instr::Loop { label: continue_label, ty: BlockType::Empty });
                if let Some((tested, true)) = simple_null_test(cond)
                    && checks_first(body, tested)
                    && let Some(value) = self.fused_null_test_local(tested)?
                {
                    // `while (a !== null) { val a$1 = a.notNull; .. }`: one test, whose branch leaves the loop.
                    let exit = self.builder.new_label();
                    self.push(Instr::Block { label: exit, ty: BlockType::Empty });
                    self.push_null_test_yielding(tested, value, exit)?;
                    self.body(body, None)?;
                    self.fused_non_null = None;
                    self.push(Instr::Br(continue_label));
                    self.push(Instr::End);
                } else if matches!(cond.kind, TreeKind::Boolean(true)) {
                    self.body(body, None)?;
                    self.push(Instr::Br(continue_label));
                } else {
                    self.expression_as(cond, Some(&ValType::I32))?;
                    let if_label = self.builder.new_label();
                    self.push(Instr::If { label: if_label, ty: BlockType::Empty });
                    self.body(body, None)?;
                    self.push(Instr::Br(continue_label));
                    self.push(Instr::End);
                }
                self.push(Instr::End);
            }
            TreeKind::TryCatch { block, var, handler, .. } => {
                self.emitter.ensure_exception_tag();
                let (block_type, result) = self.block_type(&tree.ty);
                let done = self.builder.new_label();
                let caught = self.builder.new_label();
                let body_label = self.builder.new_label();
                self.push(Instr::Block { label: done, ty: block_type.clone() });
                self.push(Instr::Block { label: caught, ty: BlockType::Result(ValType::anyref()) });
                self.push(Instr::TryTable {
                    label: body_label,
                    ty: block_type,
                    catches: vec![Catch::Tag { tag: TagId::JavaException, label: caught }],
                });
                self.body(block, result.as_ref())?;
                self.push(Instr::End);
                self.push(Instr::Br(done));
                self.push(Instr::End);
                let exception = self.builder.add_local(var.to_string(), ValType::anyref());
                self.push(Instr::LocalSet(exception));
                self.restore_call_budget();
                self.locals.push((*var, exception));
                self.body(handler, result.as_ref())?;
                self.locals.pop();
                self.push(Instr::End);
            }
            TreeKind::TryFinally { block, finalizer } => self.lower_try_finally(tree, block, finalizer)?,
            TreeKind::Match { selector, cases, default } => self.lower_match(tree, selector, cases, default)?,
            TreeKind::New { class, ctor, args }
                if let Some(initial_values) = self
                    .emitter
                    .linked
                    .method_def(MethodKey { class: *class, namespace: MemberNamespace::Constructor, method: *ctor })
                    .and_then(|method| field_initialising_constructor(method, &|_| false)) =>
            {
                // As on the JVM, `new` initializes the class before the arguments are computed.
                self.ensure_initialized(*class);
                self.lower_direct_construction(*class, *ctor, args, &initial_values)?;
            }
            TreeKind::New { class, ctor, args } => {
                self.ensure_initialized(*class);
                let object_type = ValType::non_null(HeapType::Concrete(self.emitter.class_struct(*class)));
                self.emitter.push_new_object(&mut self.builder, *class)?;
                let instance = self.builder.add_local("new", object_type);
                self.push(Instr::LocalTee(instance));
                let key = MethodKey { class: *class, namespace: MemberNamespace::Constructor, method: *ctor };
                self.call_arguments(key, args)?;
                self.push(Instr::Call(method_func_id(key)));
                self.push(Instr::LocalGet(instance));
            }
            TreeKind::LoadModule(class) => self.push(Instr::Call(FuncId::LoadModule(*class))),
            TreeKind::StoreModule => {
                let Some(this) = self.this_local else {
                    return Err(EmitError::Internal("storeModule without this".into()));
                };
                self.push(Instr::LocalGet(this));
                self.push(Instr::GlobalSet(GlobalId::Module(self.key.class)));
            }
            TreeKind::Select { qualifier, field } => {
                let (struct_type, index, storage) = self.field_access(*field);
                self.field_qualifier(qualifier, HeapType::Concrete(struct_type.clone()))?;
                self.push(Instr::StructGet { ty: struct_type, field: index });
                let target = self.wasm_type(&tree.ty);
                self.adapt(Some(storage), target.as_ref());
            }
            TreeKind::SelectStatic(field) => {
                self.ensure_initialized(field.class);
                let storage = self.static_field_global(*field);
                self.push(Instr::GlobalGet(GlobalId::StaticField(*field)));
                let target = self.wasm_type(&tree.ty);
                self.adapt(Some(storage), target.as_ref());
            }
            TreeKind::Apply { receiver, method, args, .. } => self.lower_apply(tree, receiver, *method, args)?,
            TreeKind::ApplyStatically { flags, receiver, class, method, args } => {
                let namespace = MemberNamespace::of_statically_bound_call(*flags, *method);
                let declaring = self
                    .emitter
                    .linked
                    .table
                    .resolve_in_namespace(*class, namespace, *method)
                    .map(|(declaring, _)| declaring)
                    .unwrap_or(*class);
                let key = MethodKey { class: declaring, namespace, method: *method };
                self.receiver_and_arguments(key, receiver, args)?;
                self.call_and_adapt(key, &tree.ty);
            }
            TreeKind::ApplyStatic { class, method, args, .. }
                if let Some((fd, bytes)) = kiln_link::summary::constant_write(*class, *method, args) =>
            {
                self.emitter.push_constant_write(&mut self.builder, fd, &bytes);
            }
            TreeKind::ApplyStatic { flags, class, method, args } => {
                let namespace = MemberNamespace::of_static_call(*flags);
                let key = MethodKey { class: *class, namespace, method: *method };
                self.call_arguments(key, args)?;
                // As on the JVM, the arguments are computed before the class is initialized.
                self.ensure_initialized(*class);
                self.call_and_adapt(key, &tree.ty);
            }
            TreeKind::ApplyTypedClosure { closure, args } => self.lower_apply_typed_closure(closure, args, &tree.ty)?,
            TreeKind::Closure { typed: true, captures, params, result, body } => {
                self.lower_closure(captures, params, result, body)?
            }
            TreeKind::Closure { typed: false, .. } => return self.unsupported("JavaScript closures"),
            TreeKind::NewLambda { .. } => {
                return Err(EmitError::Internal("NewLambda reached the emitter: the linker desugars it".into()));
            }
            TreeKind::UnaryOp { op, operand } => self.lower_unary(*op, operand, tree)?,
            TreeKind::BinaryOp { op, lhs, rhs } => match kiln_link::summary::class_binary_method(*op) {
                Some(method) => {
                    // `Class_*` operators are the `java.lang.Class` methods of the runtime library.
                    let class_struct = self.emitter.class_struct(well_known::class());
                    self.dereferenced(lhs, HeapType::Concrete(class_struct))?;
                    self.call_arguments(method, std::slice::from_ref(rhs))?;
                    self.call_and_adapt(method, &tree.ty);
                }
                None => self.lower_binary(*op, lhs, rhs)?,
            },
            TreeKind::NewArray { array, length } => {
                let kind = self.emitter.array_kind(*array);
                let object = self.emitter.array_object_type(kind);
                let data = self.emitter.array_data_type(kind);
                self.push_object_header(well_known::object());
                self.expression_as(length, Some(&ValType::I32))?;
                if self.checked {
                    let helper = self.emitter.request_helper("checkArraySize");
                    self.push(Instr::Call(helper));
                }
                self.push(Instr::ArrayNewDefault(data));
                self.emitter.push_array_type_field(&mut self.builder, *array);
                self.push(Instr::StructNew(object));
            }
            TreeKind::ArrayValue { array, elems } => {
                let kind = self.emitter.array_kind(*array);
                let object = self.emitter.array_object_type(kind);
                let data = self.emitter.array_data_type(kind);
                let element = storage_value_type(array_element_storage(kind));
                self.push_object_header(well_known::object());
                for elem in elems {
                    self.expression_as(elem, Some(&element))?;
                }
                self.push(Instr::ArrayNewFixed { ty: data, size: elems.len() as u32 });
                self.emitter.push_array_type_field(&mut self.builder, *array);
                self.push(Instr::StructNew(object));
            }
            TreeKind::ArraySelect { array, index, in_bounds } => {
                let kind = if self.checked && !*in_bounds {
                    let access = self.checked_array_access(array, index, None, false)?;
                    self.push(access.data.get());
                    self.push(Instr::LocalGet(access.index));
                    access.kind
                } else {
                    let kind = self.push_array_data(array, !*in_bounds)?;
                    self.expression_as(index, Some(&ValType::I32))?;
                    kind
                };
                let data = self.emitter.array_data_type(kind);
                self.push(match kind {
                    ArrayKind::Boolean | ArrayKind::Char => Instr::ArrayGetU(data),
                    ArrayKind::Byte | ArrayKind::Short => Instr::ArrayGetS(data),
                    _ => Instr::ArrayGet(data),
                });
                let target = self.wasm_type(&tree.ty);
                self.adapt(Some(storage_value_type(array_element_storage(kind))), target.as_ref());
            }
            TreeKind::IsInstanceOf { expr, test_type } => self.lower_is_instance_of(expr, test_type)?,
            TreeKind::AsInstanceOf { expr, target_type } => {
                let target = self.wasm_type(target_type);
                match (&target, self.wasm_type(&expr.ty)) {
                    (Some(ValType::Ref { heap, .. }), Some(from @ ValType::Ref { .. }))
                        if self.checked && kiln_link::summary::cast_is_checked(&expr.ty, target_type) =>
                    {
                        // Null passes; a value of another class throws ClassCastException.
                        let heap = heap.clone();
                        if let HeapType::Concrete(TypeId::Class(class)) = &heap
                            && let Some(classes) = self.emitter.final_instance_classes(*class)
                        {
                            let target_name = crate::lower::type_data::java_class_name(&kiln_ir::types::TypeRef::Class(*class));
                            self.expression(expr)?;
                            self.push_cast_by_tests(*class, &classes, true, &mut |lowering| {
                                lowering.push_class_cast_throw(&target_name)
                            });
                            self.adapt(Some(ValType::nullable(heap)), target.as_ref());
                            return Ok(());
                        }
                        let value = self.builder.add_local("cast", from.clone());
                        let name = kiln_ir::names::LocalName::new("cast$value");
                        self.expression(expr)?;
                        self.push(Instr::LocalSet(value));
                        self.locals.push((name, value));
                        let synthetic = Tree { kind: TreeKind::VarRef(name), span: expr.span, ty: expr.ty.clone() };
                        let passes = self.builder.new_label();
                        self.push(Instr::Block { label: passes, ty: BlockType::Empty });
                        self.push(Instr::LocalGet(value));
                        self.push(Instr::RefIsNull);
                        self.push(Instr::BrIf(passes));
                        self.lower_is_instance_of(&synthetic, target_type)?;
                        self.push(Instr::BrIf(passes));
                        self.push(Instr::LocalGet(value));
                        self.adapt(Some(from), Some(&ValType::anyref()));
                        let target_name = match target_type.to_type_ref() {
                            Some(type_ref) => crate::lower::type_data::java_class_name(&type_ref),
                            None => target_type.to_string(),
                        };
                        self.push_class_cast_throw(&target_name);
                        self.push(Instr::End);
                        self.locals.pop();
                        self.push(Instr::LocalGet(value));
                        self.push(Instr::RefCast { nullable: true, heap: heap.clone() });
                        let from = Some(ValType::nullable(heap));
                        self.adapt(from, target.as_ref());
                    }
                    (Some(ValType::Ref { heap, nullable: false }), Some(ValType::Ref { nullable: true, .. }))
                        if self.null_checked && *target_type == Type::String =>
                    {
                        // A cast to `string`, which has no null, as the runtime library writes one of a string
                        // argument it then reads: a null argument throws NullPointerException, as on the JVM.
                        // (A cast to another type without null, `C!`, states what the library knows.)
                        let heap = heap.clone();
                        let done = self.builder.new_label();
                        self.push(Instr::Block { label: done, ty: BlockType::Result(ValType::non_null(heap.clone())) });
                        self.expression(expr)?;
                        self.push(Instr::RefCast { nullable: true, heap: heap.clone() });
                        self.push(Instr::BrOnNonNull(done));
                        self.push_throw("throwNullPointer");
                        self.push(Instr::End);
                        self.adapt(Some(ValType::non_null(heap)), target.as_ref());
                    }
                    (Some(ValType::Ref { heap, .. }), Some(from @ ValType::Ref { .. })) => {
                        self.expression(expr)?;
                        // A cast that only takes null away (`x.asInstanceOf[C!]` of a `C`) needs no `ref.cast`.
                        if self.is_wasm_subtype(&from, &ValType::nullable(heap.clone())) {
                            self.adapt(Some(from), target.as_ref());
                        } else {
                            self.push(Instr::RefCast { nullable: true, heap: heap.clone() });
                            self.adapt(Some(ValType::nullable(heap.clone())), target.as_ref());
                        }
                    }
                    (Some(to), Some(from)) if *to == from && box_kind_of(target_type) == box_kind_of(&expr.ty) => {
                        self.expression(expr)?
                    }
                    (Some(_), Some(ValType::Ref { .. })) if box_kind_of(target_type).is_some() => {
                        // Unboxing; null gives zero (as in Scala.js), and in checked code a value of another
                        // class throws ClassCastException.
                        let kind = box_kind_of(target_type).unwrap_or(BoxKind::Int);
                        self.expression_as(expr, Some(&ValType::anyref()))?;
                        if self.checked && kiln_link::summary::cast_is_checked(&expr.ty, target_type) {
                            let value = self.builder.add_local("unbox", ValType::anyref());
                            self.push(Instr::LocalSet(value));
                            let passes = self.builder.new_label();
                            self.push(Instr::Block { label: passes, ty: BlockType::Empty });
                            self.push(Instr::LocalGet(value));
                            self.push(Instr::RefIsNull);
                            self.push(Instr::BrIf(passes));
                            self.push(Instr::LocalGet(value));
                            self.emitter.push_is_boxed(&mut self.builder, kind);
                            self.push(Instr::BrIf(passes));
                            self.push(Instr::LocalGet(value));
                            let boxed = kiln_ir::types::boxed_class_of(target_type).map(|class| class.to_string());
                            self.push_class_cast_throw(&boxed.unwrap_or_default());
                            self.push(Instr::End);
                            self.push(Instr::LocalGet(value));
                        }
                        self.emitter.push_unbox(&mut self.builder, kind);
                        // Narrow ints keep Java's value range.
                        match target_type {
                            Type::Byte => self.plain(W::I32Extend8S),
                            Type::Short => self.plain(W::I32Extend16S),
                            _ => {}
                        }
                    }
                    (Some(ValType::Ref { .. }), Some(_))
                        if self.checked
                            && expr.ty.is_primitive_value()
                            && !kiln_ir::types::is_subtype(&self.emitter.linked.table, &expr.ty, target_type) =>
                    {
                        // A primitive value boxed and cast to a reference type that its box is not
                        // (`(String) (Object) 3L`): the cast fails as Java's does, whatever the value.
                        self.expression_as(expr, Some(&ValType::anyref()))?;
                        let target_name = match target_type.to_type_ref() {
                            Some(type_ref) => crate::lower::type_data::java_class_name(&type_ref),
                            None => target_type.to_string(),
                        };
                        self.push_class_cast_throw(&target_name);
                    }
                    (Some(ValType::Ref { heap, .. }), Some(_)) if box_kind_of(&expr.ty).is_some() => {
                        let heap = heap.clone();
                        self.expression_as(expr, Some(&ValType::nullable(heap.clone())))?;
                        let target = self.wasm_type(target_type);
                        self.adapt(Some(ValType::nullable(heap)), target.as_ref());
                    }
                    (Some(_), Some(_)) if kiln_link::summary::is_cast_between_primitives(&expr.ty, target_type) => {
                        // The value's box is of another class than the target's, so the cast fails as Java's
                        // would (conversions are `(double)x`, which is what compilers write).
                        self.expression_as(expr, Some(&ValType::anyref()))?;
                        if self.checked {
                            let boxed = kiln_ir::types::boxed_class_of(target_type).map(|class| class.to_string());
                            self.push_class_cast_throw(&boxed.unwrap_or_default());
                        } else {
                            self.push(Instr::Drop);
                            self.push(Instr::Unreachable);
                        }
                    }
                    _ => {
                        return self.unsupported(format!("asInstanceOf from `{}` to `{target_type}`", expr.ty));
                    }
                }
            }
            TreeKind::Null => self.push(Instr::RefNull(HeapType::None)),
            TreeKind::Boolean(value) => self.push(Instr::I32Const(i32::from(*value))),
            TreeKind::Char(value) => self.push(Instr::I32Const(i32::from(*value))),
            TreeKind::Byte(value) => self.push(Instr::I32Const(i32::from(*value))),
            TreeKind::Short(value) => self.push(Instr::I32Const(i32::from(*value))),
            TreeKind::Int(value) => self.push(Instr::I32Const(*value)),
            TreeKind::Long(value) => self.push(Instr::I64Const(*value)),
            TreeKind::Float(value) => self.push(Instr::F32Const(value.to_bits())),
            TreeKind::Double(value) => self.push(Instr::F64Const(value.to_bits())),
            TreeKind::String(units) => self.emitter.push_string_literal(&mut self.builder, units),
            TreeKind::ClassOf(type_ref) => {
                let type_data = self.emitter.ensure_type_data(*type_ref);
                self.push(Instr::GlobalGet(type_data));
                let maker = kiln_link::summary::class_maker(kiln_link::summary::CLASS_FOR_TYPE_DATA);
                self.call_and_adapt(maker, &tree.ty);
            }
            TreeKind::VarRef(name) => {
                let local = self.local(*name)?;
                self.push(Instr::LocalGet(local));
                // A read of a nullable local typed non-null is the optimiser's proof that it holds a
                // reference here (`kiln_link::optimise::accesses`): the value takes the type the tree has.
                if let ValType::Ref { nullable: true, heap } = self.builder.local_type(local).clone()
                    && let Some(target @ ValType::Ref { nullable: false, .. }) = self.wasm_type(&tree.ty)
                {
                    self.push(Instr::RefAsNonNull);
                    self.adapt(Some(ValType::non_null(heap)), Some(&target));
                }
            }
            TreeKind::This => {
                let Some(this) = self.this_local else {
                    return Err(EmitError::Internal("`this` in a static method".into()));
                };
                self.push(Instr::LocalGet(this));
            }
            TreeKind::LinkTimeProperty(name) => match kiln_link::link_time::property(name) {
                Some(kiln_link::link_time::LinkTimeValue::Boolean(value)) => self.push(Instr::I32Const(i32::from(value))),
                Some(kiln_link::link_time::LinkTimeValue::Int(value)) => self.push(Instr::I32Const(value)),
                Some(kiln_link::link_time::LinkTimeValue::String(value)) => {
                    let units: Vec<u16> = value.encode_utf16().collect();
                    self.emitter.push_string_literal(&mut self.builder, &units);
                }
                None => return self.unsupported(format!("the link-time property {name}")),
            },
        }
        Ok(())
    }

    /// Leaves the innermost `try`/`finally` block towards a label: its finalizer runs first.
    fn route_to_finally(&mut self, label: LabelName) {
        let Some(context) = self.finally_stack.last_mut() else { return };
        let code = match context.exits.iter().position(|exit| *exit == label) {
            Some(index) => index,
            None => {
                context.exits.push(label);
                context.exits.len() - 1
            }
        } as i32
            + 2;
        let (destination, entry) = (context.destination, context.entry);
        self.push(Instr::I32Const(code));
        self.push(Instr::LocalSet(destination));
        self.push(Instr::Br(entry));
    }

    /// `try { block } finally { finalizer }`: the block runs in a `try_table` that catches everything; every
    /// way out of it (falling through, an exception, a `return@label` to outside) records a destination
    /// code and branches to the finalizer, after which the code continues to that destination.
    ///
    /// ```text
    /// block $entry
    ///   block $caught (result exnref)
    ///     try_table (catch_all_ref $caught)
    ///       block, its value saved; return@L -> save the value, destination = code(L), br $entry
    ///     end
    ///     destination = 0; br $entry
    ///   end
    ///   exception = the exnref; destination = 1
    /// end
    /// finalizer
    /// destination 1: throw_ref; code(L): br L (or on to the next finally out); 0: the saved value
    /// ```
    fn lower_try_finally(&mut self, tree: &Tree, block: &Tree, finalizer: &Tree) -> Result<(), EmitError> {
        let (_, result) = self.block_type(&tree.ty);
        let destination = self.builder.add_local("finally.destination", ValType::I32);
        let exception = self.builder.add_local("finally.exception", ValType::nullable(HeapType::Exn));
        let saved = result.clone().map(|ty| self.builder.add_local("finally.value", ty));
        let entry = self.builder.new_label();
        let caught = self.builder.new_label();
        let protected = self.builder.new_label();
        self.push(Instr::Block { label: entry, ty: BlockType::Empty });
        self.push(Instr::Block { label: caught, ty: BlockType::Result(ValType::non_null(HeapType::Exn)) });
        self.push(Instr::TryTable { label: protected, ty: BlockType::Empty, catches: vec![Catch::AllRef { label: caught }] });
        self.finally_stack.push(FinallyContext { entry, destination, exits: Vec::new() });
        let lowered = self.body(block, result.as_ref());
        let context = self.finally_stack.pop();
        lowered?;
        let exits = context.map(|context| context.exits).unwrap_or_default();
        if let Some(saved) = saved {
            self.push(Instr::LocalSet(saved));
        }
        self.push(Instr::End);
        self.push(Instr::I32Const(FINALLY_FALL_THROUGH));
        self.push(Instr::LocalSet(destination));
        self.push(Instr::Br(entry));
        self.push(Instr::End);
        self.push(Instr::LocalSet(exception));
        self.restore_call_budget();
        self.push(Instr::I32Const(FINALLY_RETHROW));
        self.push(Instr::LocalSet(destination));
        self.push(Instr::End);
        self.statement(finalizer)?;
        // Continue where the block was leaving to.
        self.push(Instr::LocalGet(destination));
        self.push(Instr::I32Const(FINALLY_RETHROW));
        self.plain(W::I32Eq);
        let rethrow = self.builder.new_label();
        self.push(Instr::If { label: rethrow, ty: BlockType::Empty });
        self.push(Instr::LocalGet(exception));
        self.push(Instr::RefAsNonNull);
        self.push(Instr::ThrowRef);
        self.push(Instr::End);
        for (index, label) in exits.iter().enumerate() {
            self.push(Instr::LocalGet(destination));
            self.push(Instr::I32Const(index as i32 + 2));
            self.plain(W::I32Eq);
            let exit = self.builder.new_label();
            self.push(Instr::If { label: exit, ty: BlockType::Empty });
            let Some(context) = self.labels.iter().rev().find(|context| context.name == *label).cloned() else {
                return Err(EmitError::Internal(format!("finally exit to unknown label {label}")));
            };
            if context.finally_depth < self.finally_stack.len() {
                // Another finally lies between here and the label: on to it (the value stays parked).
                self.route_to_finally(*label);
            } else {
                if let Some(local) = context.pending_value {
                    self.push(Instr::LocalGet(local));
                }
                self.push(Instr::Br(context.id));
            }
            self.push(Instr::End);
        }
        if let Some(saved) = saved {
            self.push(Instr::LocalGet(saved));
        }
        Ok(())
    }

    /// A non-null local for the value of a nullable reference local `tested` once a test finds it not null,
    /// or none when `tested` is no such local.
    fn fused_null_test_local(&mut self, tested: LocalName) -> Result<Option<LocalId>, EmitError> {
        let local = self.local(tested)?;
        Ok(match self.builder.local_type(local).clone() {
            ValType::Ref { nullable: true, heap } => {
                Some(self.builder.add_local(format!("{tested}.notNull"), ValType::non_null(heap)))
            }
            _ => None,
        })
    }

    /// `local.get a; br_on_null null; local.set value`: leaves for `null` when `a` is null, else keeps its
    /// value in the non-null `value` for the `val a$1 = a.notNull` that comes first after the test.
    fn push_null_test_yielding(&mut self, tested: LocalName, value: LocalId, null: LabelId) -> Result<(), EmitError> {
        self.push(Instr::LocalGet(self.local(tested)?));
        self.push(Instr::BrOnNull(null));
        self.push(Instr::LocalSet(value));
        self.fused_non_null = Some((tested, value));
        Ok(())
    }

    /// `if (a === null) <leaves> ; val a$1 = a.notNull` (the dereferences pass's check after a guard): one
    /// `br_on_non_null`, whose value the definition then reads. Whether the pair was lowered.
    fn push_fused_guard(&mut self, guard: &Tree, next: &Tree) -> Result<bool, EmitError> {
        let TreeKind::If { cond, then_branch, else_branch } = &guard.kind else { return Ok(false) };
        let Some((tested, false)) = simple_null_test(cond) else { return Ok(false) };
        if then_branch.ty != Type::Nothing
            || !matches!(else_branch.kind, TreeKind::Skip)
            || checked_local_definition(next) != Some(tested)
        {
            return Ok(false);
        }
        let Some(value) = self.fused_null_test_local(tested)? else { return Ok(false) };
        let value_type = self.builder.local_type(value).clone();
        let found = self.builder.new_label();
        self.push(Instr::Block { label: found, ty: BlockType::Result(value_type) });
        self.push(Instr::LocalGet(self.local(tested)?));
        self.push(Instr::BrOnNonNull(found));
        // The branch has type `nothing`: lowered as a statement, it ends in `unreachable` if need be.
        self.body(then_branch, None)?;
        self.push(Instr::End);
        self.push(Instr::LocalSet(value));
        self.fused_non_null = Some((tested, value));
        Ok(true)
    }

    /// `if (a !== null) { val a$1 = a.notNull; .. } else ..` (or `a === null` with the definition first in
    /// the else branch): the test is a `br_on_null` (`br_on_non_null`), whose value the definition reads.
    /// Whether the `if` was lowered.
    fn push_fused_if(&mut self, tree: &Tree, cond: &Tree, then_branch: &Tree, else_branch: &Tree) -> Result<bool, EmitError> {
        let Some((tested, when_non_null)) = simple_null_test(cond) else { return Ok(false) };
        let (non_null_branch, null_branch) = if when_non_null { (then_branch, else_branch) } else { (else_branch, then_branch) };
        if !checks_first(non_null_branch, tested) {
            return Ok(false);
        }
        let Some(value) = self.fused_null_test_local(tested)? else { return Ok(false) };
        let (block_type, result) = self.block_type(&tree.ty);
        let done = self.builder.new_label();
        self.push(Instr::Block { label: done, ty: block_type });
        if when_non_null {
            let null = self.builder.new_label();
            self.push(Instr::Block { label: null, ty: BlockType::Empty });
            self.push_null_test_yielding(tested, value, null)?;
            self.body(non_null_branch, result.as_ref())?;
            self.fused_non_null = None;
            self.push(Instr::Br(done));
            self.push(Instr::End);
            self.body(null_branch, result.as_ref())?;
        } else {
            let value_type = self.builder.local_type(value).clone();
            let found = self.builder.new_label();
            self.push(Instr::Block { label: found, ty: BlockType::Result(value_type) });
            self.push(Instr::LocalGet(self.local(tested)?));
            self.push(Instr::BrOnNonNull(found));
            self.body(null_branch, result.as_ref())?;
            self.push(Instr::Br(done));
            self.push(Instr::End);
            self.push(Instr::LocalSet(value));
            self.fused_non_null = Some((tested, value));
            self.body(non_null_branch, result.as_ref())?;
            self.fused_non_null = None;
        }
        self.push(Instr::End);
        Ok(true)
    }

    /// Lowers a tree whose value is about to be used (a receiver, a qualifier, an array) as a non-null
    /// reference: where nulls are checked (`null_checked`), null throws `NullPointerException`; elsewhere it
    /// traps.
    fn dereferenced(&mut self, tree: &Tree, heap: HeapType) -> Result<(), EmitError> {
        if !self.null_checked || !kiln_link::summary::needs_null_check(&tree.ty) {
            // Known non-null, or unchecked code: a null traps.
            return self.expression_as(tree, Some(&ValType::non_null(heap)));
        }
        let done = self.builder.new_label();
        self.push(Instr::Block { label: done, ty: BlockType::Result(ValType::non_null(heap.clone())) });
        self.expression_as(tree, Some(&ValType::nullable(heap)))?;
        self.push(Instr::BrOnNonNull(done));
        self.push_throw("throwNullPointer");
        self.push(Instr::End);
        Ok(())
    }

    /// Lowers the qualifier of a field read or write, as `dereferenced` does; but a local known to hold a
    /// reference (typed non-null in a nullable local, see `TreeKind::VarRef` in `expression`) is read as it
    /// is: `struct.get` and `struct.set` take a nullable reference, and Wasmtime checks it for null anyway,
    /// so a `ref.as_non_null` first would be a second check of the same value.
    fn field_qualifier(&mut self, tree: &Tree, heap: HeapType) -> Result<(), EmitError> {
        if let TreeKind::VarRef(name) = &tree.kind
            && !kiln_link::summary::needs_null_check(&tree.ty)
        {
            let local = self.local(*name)?;
            let local_type = self.builder.local_type(local).clone();
            if matches!(local_type, ValType::Ref { nullable: true, .. })
                && self.is_wasm_subtype(&local_type, &ValType::nullable(heap.clone()))
            {
                self.push(Instr::LocalGet(local));
                return Ok(());
            }
        }
        self.dereferenced(tree, heap)
    }

    /// A typed closure: its body becomes a function of its own, which receives the closure struct first
    /// (to read the captures from) and then the parameters; the value is a struct holding a reference to
    /// that function and, when there are captures, their values (a subtype of the signature's base struct).
    fn lower_closure(
        &mut self,
        captures: &[(ParamDef, Tree)],
        params: &[ParamDef],
        result: &Type,
        body: &Tree,
    ) -> Result<(), EmitError> {
        let param_types: Vec<Type> = params.iter().map(|param| param.ty.clone()).collect();
        let (base, _) = self.emitter.closure_types(&param_types, result);
        let number = self.emitter.closure_count;
        self.emitter.closure_count += 1;
        let capture_types: Vec<ValType> =
            captures.iter().map(|(param, _)| self.wasm_type(&param.ty).unwrap_or(ValType::I32)).collect();
        let environment = if captures.is_empty() {
            base.clone()
        } else {
            let mut fields = match self.emitter.module.type_def(&base).map(|def| &def.composite) {
                Some(CompositeType::Struct(fields)) => fields.clone(),
                _ => return Err(EmitError::Internal("closure base type is not a struct".into())),
            };
            for ((param, _), ty) in captures.iter().zip(&capture_types) {
                fields.push(FieldType { storage: StorageType::Val(ty.clone()), mutable: false, name: param.name.to_string() });
            }
            let id = TypeId::ClosureEnvironment(number);
            self.emitter.module.add_type(TypeDef {
                id: id.clone(),
                composite: CompositeType::Struct(fields),
                supertype: Some(base.clone()),
                is_final: true,
            });
            id
        };

        let mut function_params = vec![("closure".to_string(), ValType::non_null(HeapType::Concrete(base.clone())))];
        for param in params {
            let ty = self.wasm_type(&param.ty).unwrap_or(ValType::I32);
            function_params.push((param.name.to_string(), ty));
        }
        let results: Vec<ValType> = self.wasm_type(result).into_iter().collect();
        let function = FuncId::Closure(number);
        let mut inner = FunctionLowering {
            emitter: &mut *self.emitter,
            builder: FunctionBuilder::new(function_params, results.clone()),
            key: self.key,
            locals: Vec::new(),
            labels: Vec::new(),
            finally_stack: Vec::new(),
            this_local: None,
            checked: self.checked,
            null_checked: self.null_checked,
            shadow_candidates: array_shadow_candidates(body),
            array_shadows: BTreeMap::new(),
            fused_non_null: None,
            budget_local: None,
            null_site: None,
        };
        inner.remember_call_budget_if_catching(body);
        if !captures.is_empty() {
            // Captures are copied into locals once: the body may read them many times.
            let environment_type = ValType::non_null(HeapType::Concrete(environment.clone()));
            let environment_local = inner.builder.add_local("environment", environment_type);
            inner.push(Instr::LocalGet(LocalId(0)));
            inner.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(environment.clone()) });
            inner.push(Instr::LocalSet(environment_local));
            for (index, ((param, _), ty)) in captures.iter().zip(&capture_types).enumerate() {
                let local = inner.builder.add_local(param.name.to_string(), ty.clone());
                inner.push(Instr::LocalGet(environment_local));
                inner.push(Instr::StructGet { ty: environment.clone(), field: index as u32 + 1 });
                inner.push(Instr::LocalSet(local));
                inner.locals.push((param.name, local));
            }
        }
        for (index, param) in params.iter().enumerate() {
            inner.locals.push((param.name, LocalId(index as u32 + 1)));
        }
        for (param, _) in captures {
            if let Ok(local) = inner.local(param.name) {
                inner.bind_array_shadow(param.name, local, &param.ty);
            }
        }
        for param in params {
            if let Ok(local) = inner.local(param.name) {
                inner.bind_array_shadow(param.name, local, &param.ty);
            }
        }
        match results.first().cloned() {
            Some(result_type) => inner.expression_as(body, Some(&result_type))?,
            None => inner.statement(body)?,
        }
        let FunctionLowering { builder, .. } = inner;
        builder.finish(&mut self.emitter.module, function.clone());

        let index = self.emitter.module.dispatch_index(&function);
        self.push(Instr::I32Const(index as i32));
        for ((_, value), ty) in captures.iter().zip(&capture_types) {
            self.expression_as(value, Some(ty))?;
        }
        self.push(Instr::StructNew(environment));
        Ok(())
    }

    /// Calls a typed closure: the closure (null-checked) goes first as the function's own argument.
    fn lower_apply_typed_closure(&mut self, closure: &Tree, args: &[Tree], result_type: &Type) -> Result<(), EmitError> {
        let Type::Closure { params, result, .. } = &closure.ty else {
            // A closure of type `nothing` or `null`: evaluating it throws or traps before any call.
            self.dereferenced(closure, HeapType::None)?;
            for arg in args {
                self.statement(arg)?;
            }
            self.push(Instr::Unreachable);
            return Ok(());
        };
        let (base, function_type) = self.emitter.closure_types(params, result);
        let closure_local = self.builder.add_local("closure", ValType::non_null(HeapType::Concrete(base.clone())));
        self.dereferenced(closure, HeapType::Concrete(base.clone()))?;
        self.push(Instr::LocalTee(closure_local));
        for (arg, param) in args.iter().zip(params) {
            let ty = self.wasm_type(param);
            self.expression_as(arg, ty.as_ref())?;
        }
        self.push(Instr::LocalGet(closure_local));
        self.push(Instr::StructGet { ty: base, field: 0 });
        self.push(Instr::CallIndirect(function_type));
        if *result_type == Type::Nothing {
            self.push(Instr::Unreachable);
        }
        Ok(())
    }

    /// `array[index] = value` into a reference array that may be of a subtype of its static type: after the
    /// index check, the value must be an instance of the array's run-time element type, or the store
    /// throws `ArrayStoreException` (Java evaluates array, index, value, then checks in that order).
    fn lower_checked_array_store(&mut self, array: &Tree, index: &Tree, value: &Tree) -> Result<(), EmitError> {
        let access = self.checked_array_access(array, index, Some(value), true)?;
        let (Some(object), Some(value)) = (access.object, access.value) else {
            return Err(EmitError::Internal("a checked store without its array or value".into()));
        };
        let check = self.emitter.request_helper("checkArrayStore");
        self.push(Instr::LocalGet(object));
        self.push(Instr::LocalGet(value));
        self.push(Instr::Call(check));
        self.push(access.data.get());
        self.push(Instr::LocalGet(access.index));
        self.push(Instr::LocalGet(value));
        let data = self.emitter.array_data_type(access.kind);
        self.push(Instr::ArraySet(data));
        Ok(())
    }

    /// Throws the `ClassCastException` for the value on the stack (an `anyref`) and a target class name.
    fn push_class_cast_throw(&mut self, target_name: &str) {
        let target_name: Vec<u16> = target_name.encode_utf16().collect();
        self.emitter.push_string_literal(&mut self.builder, &target_name);
        self.push_throw("throwClassCast");
    }

    /// Throws the exception of a failed check (its operands on the stack) through a helper that makes
    /// and throws it, called by reference. Inline, Wasmtime's `throw` is some forty values of
    /// exception-object allocation, and Cranelift's inliner, which measures functions in values, stops
    /// inlining into a caller past a budget (2,000): the cold throws of a method's checks used up the
    /// budget that its hot calls needed. A direct call would not do: the inliner would inline the
    /// helper back. It never inlines a call by reference, so the cold path stays a few values.
    /// In a function with handlers (and a program with a call budget): the budget on entry, to restore.
    fn remember_call_budget_if_catching(&mut self, body: &Tree) {
        let has_handlers = tree_any(body, &|tree| matches!(tree.kind, TreeKind::TryCatch { .. } | TreeKind::TryFinally { .. }));
        if has_handlers && let Some(budget) = self.emitter.call_budget() {
            let local = self.builder.add_local("budget", ValType::I32);
            self.push(Instr::GlobalGet(budget));
            self.push(Instr::LocalSet(local));
            self.budget_local = Some(local);
        }
    }

    /// After a catch: the frames that the exception unwound gave back their calls.
    fn restore_call_budget(&mut self) {
        if let (Some(budget), Some(local)) = (self.emitter.call_budget(), self.budget_local) {
            self.push(Instr::LocalGet(local));
            self.push(Instr::GlobalSet(budget));
        }
    }

    fn push_throw(&mut self, mut helper: &'static str) {
        let message = match (helper, self.null_site) {
            ("throwNullPointer", Some(site)) => self.emitter.linked.null_messages.get(&site).cloned(),
            _ => None,
        };
        if let Some(message) = message {
            let units: Vec<u16> = message.encode_utf16().collect();
            self.emitter.push_string_literal(&mut self.builder, &units);
            helper = "throwNullPointerMessage";
        }
        let function_type = self.emitter.throw_helper_reference(helper);
        self.push(Instr::GlobalGet(GlobalId::Helper(helper)));
        self.push(Instr::CallRef(function_type));
        self.push(Instr::Unreachable);
    }

    /// Throws `ArrayIndexOutOfBoundsException` unless `0 <= index < length` (one unsigned comparison).
    /// The comparison is inline and only the throw is a call: a call on every access costs Cranelift its
    /// registers around it, which made array-heavy loops several times slower than the check itself.
    /// The length comes from `length` when the array has a shadow, from the data array otherwise.
    /// `null_variable` is the static field of a `null_is_empty` shadow, checked for null on the slow path.
    fn push_index_check(&mut self, data: Place, length: Option<Place>, index: LocalId, null_variable: Option<Place>) {
        let push_length = |lowering: &mut Self| match length {
            Some(length) => lowering.push(length.get()),
            None => {
                lowering.push(data.get());
                lowering.push(Instr::ArrayLen);
            }
        };
        self.push(Instr::LocalGet(index));
        push_length(self);
        self.plain(W::I32GeU);
        let label = self.builder.new_label();
        self.push(Instr::If { label, ty: BlockType::Empty });
        if let Some(variable) = null_variable {
            self.push(variable.get());
            self.push(Instr::RefIsNull);
            let null_label = self.builder.new_label();
            self.push(Instr::If { label: null_label, ty: BlockType::Empty });
            self.push_throw("throwNullPointer");
            self.push(Instr::End);
        }
        self.push(Instr::LocalGet(index));
        push_length(self);
        self.push_throw("throwArrayIndexOutOfBounds");
        self.push(Instr::End);
    }

    fn push_object_header(&mut self, class: ClassName) {
        if self.emitter.linked.has_vtables() {
            self.emitter.ensure_vtable_global(class);
            self.push(Instr::GlobalGet(GlobalId::VTable(class)));
        }
        if self.emitter.linked.features.identity_hash {
            self.push(Instr::I32Const(0));
        }
    }

    /// Gives `local`, the binding of IR local `name` of type `ty`, an array shadow when it is a candidate,
    /// and fills it from the value the local was just set to.
    fn bind_array_shadow(&mut self, name: LocalName, local: LocalId, ty: &Type) {
        let Type::Array { array, .. } = *ty else {
            return;
        };
        if !self.shadow_candidates.contains(&name) {
            return;
        }
        let kind = self.emitter.array_kind(array);
        let object = self.emitter.array_object_type(kind);
        // Only a local holding the array object itself: its Wasm type says whether it may be null.
        let nullable = match self.builder.local_type(local) {
            ValType::Ref { nullable, heap: HeapType::Concrete(id) } if *id == object => *nullable,
            _ => return,
        };
        let data_type = self.emitter.array_data_type(kind);
        let data = self.builder.add_local(format!("{name}.data"), ValType::Ref { nullable, heap: HeapType::Concrete(data_type) });
        let length = self.builder.add_local(format!("{name}.length"), ValType::I32);
        let shadow = ArrayShadow { kind, data: Place::Local(data), length: Place::Local(length), nullable, null_is_empty: None };
        self.array_shadows.insert(local, shadow);
        self.refresh_array_shadow(Place::Local(local), shadow);
    }

    /// The shadow of a static array field that the program indexes (`Emitter::static_array_shadows`), its
    /// globals created on first use. Both start out as the field does, null: an empty data array, and 0.
    fn static_array_shadow(&mut self, field: kiln_ir::names::FieldName) -> Option<ArrayShadow> {
        if !self.emitter.static_array_shadows.contains(&field) {
            return None;
        }
        let Some(Type::Array { array, .. }) = self.emitter.linked.table.field(field).map(|info| info.ty.clone()) else {
            return None;
        };
        let kind = self.emitter.array_kind(array);
        let data = GlobalId::StaticArrayData(field);
        let length = GlobalId::StaticArrayLength(field);
        if !self.emitter.module.has_global(&data) {
            let data_type = self.emitter.array_data_type(kind);
            let init = vec![Instr::ArrayNewFixed { ty: data_type.clone(), size: 0 }];
            let ty = ValType::non_null(HeapType::Concrete(data_type));
            self.emitter.module.add_global(Global { id: data, ty, mutable: true, init });
            let init = vec![Instr::I32Const(0)];
            self.emitter.module.add_global(Global { id: length, ty: ValType::I32, mutable: true, init });
        }
        // The slow path tests the field itself, which a program that never assigns it has not created.
        self.static_field_global(field);
        Some(ArrayShadow {
            kind,
            data: Place::Global(data),
            length: Place::Global(length),
            nullable: true,
            null_is_empty: Some(Place::Global(GlobalId::StaticField(field))),
        })
    }

    /// Sets an array shadow from its variable, after each assignment of the variable.
    fn refresh_array_shadow(&mut self, variable: Place, shadow: ArrayShadow) {
        let object = self.emitter.array_object_type(shadow.kind);
        let data_type = self.emitter.array_data_type(shadow.kind);
        let field = self.emitter.first_field_index();
        if shadow.nullable {
            self.push(variable.get());
            self.push(Instr::RefIsNull);
            let label = self.builder.new_label();
            self.push(Instr::If { label, ty: BlockType::Empty });
            match shadow.null_is_empty {
                Some(_) => {
                    self.push(Instr::ArrayNewFixed { ty: data_type, size: 0 });
                    self.push(shadow.data.set());
                    self.push(Instr::I32Const(0));
                    self.push(shadow.length.set());
                }
                None => {
                    self.push(Instr::RefNull(HeapType::Concrete(data_type)));
                    self.push(shadow.data.set());
                }
            }
            self.push(Instr::Else);
        }
        self.push(variable.get());
        self.push(Instr::StructGet { ty: object, field });
        match shadow.data {
            Place::Local(local) => self.push(Instr::LocalTee(local)),
            Place::Global(_) => {
                self.push(shadow.data.set());
                self.push(shadow.data.get());
            }
        }
        self.push(Instr::ArrayLen);
        self.push(shadow.length.set());
        if shadow.nullable {
            self.push(Instr::End);
        }
    }

    /// The shadow of the array variable that `array` reads, if it has one.
    fn array_shadow_of(&mut self, array: &Tree) -> Option<ArrayShadow> {
        match &array.kind {
            TreeKind::VarRef(name) => {
                let local = self.local(*name).ok()?;
                self.array_shadows.get(&local).copied()
            }
            TreeKind::SelectStatic(field) => self.static_array_shadow(*field),
            _ => None,
        }
    }

    /// Throws `NullPointerException` if the shadowed array is null (when it may be, in code that checks).
    fn push_shadow_null_check(&mut self, shadow: ArrayShadow) {
        if self.null_checked && shadow.nullable {
            self.push(shadow.null_is_empty.unwrap_or(shadow.data).get());
            self.push(Instr::RefIsNull);
            let label = self.builder.new_label();
            self.push(Instr::If { label, ty: BlockType::Empty });
            self.push_throw("throwNullPointer");
            self.push(Instr::End);
        }
    }

    /// Evaluates the operands of a checked array access in Java's order (JLS 15.10.4, 15.26.1): the array,
    /// the index, the value to store if any, and only then the null check and the bounds check, so that
    /// `a[f()]` on a null `a` calls `f` before it throws. `keep_object` asks for the array object in a
    /// local too (never from a shadow).
    fn checked_array_access(
        &mut self,
        array: &Tree,
        index: &Tree,
        value: Option<&Tree>,
        keep_object: bool,
    ) -> Result<CheckedArrayAccess, EmitError> {
        let Type::Array { array: array_ref, .. } = array.ty else {
            return Err(EmitError::Internal(format!("array operation on a `{}`", array.ty)));
        };
        let kind = self.emitter.array_kind(array_ref);
        let object = self.emitter.array_object_type(kind);
        let data_type = self.emitter.array_data_type(kind);
        let source = match self.array_shadow_of(array).filter(|_| !keep_object) {
            // Reading a local or a static field has no effect: nothing to evaluate before the index.
            Some(shadow) => ArraySource::Shadow(shadow),
            None => {
                let nullable = kiln_link::summary::needs_null_check(&array.ty);
                let ty = ValType::Ref { nullable, heap: HeapType::Concrete(object.clone()) };
                let local = self.builder.add_local("array.object", ty.clone());
                self.expression_as(array, Some(&ty))?;
                self.push(Instr::LocalSet(local));
                ArraySource::Object { local, nullable }
            }
        };
        let index_local = self.builder.add_local("index", ValType::I32);
        self.expression_as(index, Some(&ValType::I32))?;
        self.push(Instr::LocalSet(index_local));
        let value_local = match value {
            Some(value) => {
                let element = storage_value_type(array_element_storage(kind));
                let local = self.builder.add_local("value", element.clone());
                self.expression_as(value, Some(&element))?;
                self.push(Instr::LocalSet(local));
                Some(local)
            }
            None => None,
        };
        let mut null_variable = None;
        let (data, length, object_local) = match source {
            ArraySource::Shadow(shadow) => {
                match shadow.null_is_empty {
                    Some(variable) if self.checked => null_variable = Some(variable),
                    _ => self.push_shadow_null_check(shadow),
                }
                (shadow.data, Some(shadow.length), None)
            }
            ArraySource::Object { local, nullable } => {
                if nullable {
                    self.push_checked_local(local, HeapType::Concrete(object.clone()));
                } else {
                    self.push(Instr::LocalGet(local));
                }
                let object_local = keep_object.then(|| {
                    let non_null = self.builder.add_local("array", ValType::non_null(HeapType::Concrete(object.clone())));
                    self.push(Instr::LocalTee(non_null));
                    non_null
                });
                let field = self.emitter.first_field_index();
                self.push(Instr::StructGet { ty: object.clone(), field });
                let data = self.builder.add_local("array.data", ValType::non_null(HeapType::Concrete(data_type)));
                self.push(Instr::LocalSet(data));
                (Place::Local(data), None, object_local)
            }
        };
        self.push_index_check(data, length, index_local, null_variable);
        Ok(CheckedArrayAccess { kind, object: object_local, data, index: index_local, value: value_local })
    }

    /// Pushes the raw Wasm array under an array object and returns its kind.
    /// Pushes an array's data array, null-checked unless `null_check` is false (the optimiser proved the
    /// array non-null: a null would trap, which cannot happen).
    fn push_array_data(&mut self, array: &Tree, null_check: bool) -> Result<ArrayKind, EmitError> {
        let Type::Array { array: array_ref, .. } = array.ty else {
            return Err(EmitError::Internal(format!("array operation on a `{}`", array.ty)));
        };
        let kind = self.emitter.array_kind(array_ref);
        if let Some(shadow) = self.array_shadow_of(array) {
            if null_check {
                self.push_shadow_null_check(shadow);
            }
            self.push(shadow.data.get());
            return Ok(kind);
        }
        let object = self.emitter.array_object_type(kind);
        if null_check {
            self.dereferenced(array, HeapType::Concrete(object.clone()))?;
        } else {
            self.expression_as(array, Some(&ValType::nullable(HeapType::Concrete(object.clone()))))?;
        }
        let field = self.emitter.first_field_index();
        self.push(Instr::StructGet { ty: object, field });
        Ok(kind)
    }

    /// The struct type, field index and storage type of an instance field.
    /// `new C(args)` whose constructor only stores values computed from its parameters into fields
    /// (`field_initialising_constructor`): the arguments go to locals, then one `struct.new` receives each
    /// field's value, with no call and no stores into a zeroed object.
    fn lower_direct_construction(
        &mut self,
        class: ClassName,
        ctor: MethodName,
        args: &[Tree],
        initial_values: &[(kiln_ir::names::FieldName, &Tree)],
    ) -> Result<(), EmitError> {
        let key = MethodKey { class, namespace: MemberNamespace::Constructor, method: ctor };
        let Some(method) = self.emitter.linked.method_def(key) else {
            return Err(EmitError::Internal(format!("no constructor {ctor} in {class}")));
        };
        let depth = self.locals.len();
        let mut bound = Vec::new();
        for (param, arg) in method.params.iter().zip(args) {
            let ty = self.wasm_type(&param.ty);
            match ty {
                Some(ty) => {
                    self.expression_as(arg, Some(&ty))?;
                    let local = self.builder.add_local(param.name.to_string(), ty);
                    self.push(Instr::LocalSet(local));
                    bound.push((param.name, local));
                }
                None => self.statement(arg)?,
            }
        }
        self.locals.extend(bound);
        let struct_type = self.emitter.class_struct(class);
        self.emitter.push_object_header(&mut self.builder, class);
        for field in self.emitter.layouts.instance_fields(self.emitter.linked, class) {
            let ty = self.emitter.linked.table.field(field).map(|info| info.ty.clone()).unwrap_or(Type::Null);
            match initial_values.iter().find(|(assigned, _)| *assigned == field) {
                Some((_, value)) => {
                    let storage = self.emitter.field_storage_type(&ty);
                    self.expression_as(value, Some(&storage))?;
                }
                None => self.emitter.push_zero(&mut self.builder, &ty),
            }
        }
        self.push(Instr::StructNew(struct_type));
        self.locals.truncate(depth);
        Ok(())
    }

    fn field_access(&mut self, field: kiln_ir::names::FieldName) -> (TypeId, u32, ValType) {
        let struct_type = self.emitter.class_struct(field.class);
        let fields = self.emitter.layouts.instance_fields(self.emitter.linked, field.class);
        let position = fields.iter().position(|candidate| *candidate == field).unwrap_or(0) as u32;
        let ty = self.emitter.linked.table.field(field).map(|info| info.ty.clone()).unwrap_or(Type::Null);
        let storage = self.emitter.field_storage_type(&ty);
        (struct_type, self.emitter.first_field_index() + position, storage)
    }

    /// Before a use of `class` (a `new`, a static call, a static field), runs its static initializer if it
    /// is initialized lazily (`kiln_link::initialization`) and may not have run yet. Within the class or
    /// its subclasses it has: running their code took a use of the class, which initialized it first.
    fn ensure_initialized(&mut self, class: ClassName) {
        let linked = self.emitter.linked;
        let Some(lazy) = linked.lazily_initialized_ancestor(class) else { return };
        if kiln_ir::types::ClassHierarchy::is_subclass(&linked.table, self.key.class, lazy) {
            return;
        }
        let done = self.builder.new_label();
        self.push(Instr::Block { label: done, ty: BlockType::Empty });
        self.push(Instr::GlobalGet(GlobalId::ClassInitialized(lazy)));
        self.push(Instr::BrIf(done));
        self.push(Instr::Call(FuncId::InitializeClass(lazy)));
        self.push(Instr::End);
    }

    fn static_field_global(&mut self, field: kiln_ir::names::FieldName) -> ValType {
        let ty = self.emitter.linked.table.field(field).map(|info| info.ty.clone()).unwrap_or(Type::Null);
        let storage = self.emitter.field_storage_type(&ty);
        let id = GlobalId::StaticField(field);
        if !self.emitter.module.has_global(&id) {
            let mut zero = FunctionBuilder::new(Vec::new(), Vec::new());
            self.emitter.push_zero(&mut zero, &ty);
            self.emitter.module.add_global(Global { id, ty: storage.clone(), mutable: true, init: zero.body });
        }
        storage
    }

    fn assign(&mut self, lhs: &Tree, rhs: &Tree) -> Result<(), EmitError> {
        match &lhs.kind {
            TreeKind::VarRef(name) => {
                let local = self.local(*name)?;
                let local_type = self.builder.local_type(local).clone();
                self.expression_as(rhs, Some(&local_type))?;
                self.push(Instr::LocalSet(local));
                if let Some(shadow) = self.array_shadows.get(&local).copied() {
                    self.refresh_array_shadow(Place::Local(local), shadow);
                }
            }
            TreeKind::Select { qualifier, field } => {
                let (struct_type, index, storage) = self.field_access(*field);
                let heap = HeapType::Concrete(struct_type.clone());
                if self.null_check_waits(qualifier, std::slice::from_ref(rhs)) {
                    // Java's order (JLS 15.26.1): the qualifier, the value, then the null check.
                    let qualifier_local = self.builder.add_local("qualifier", ValType::nullable(heap.clone()));
                    self.expression_as(qualifier, Some(&ValType::nullable(heap.clone())))?;
                    self.push(Instr::LocalSet(qualifier_local));
                    let value_local = self.builder.add_local("value", storage.clone());
                    self.expression_as(rhs, Some(&storage))?;
                    self.push(Instr::LocalSet(value_local));
                    self.push_checked_local(qualifier_local, heap);
                    self.push(Instr::LocalGet(value_local));
                } else {
                    self.field_qualifier(qualifier, heap)?;
                    self.expression_as(rhs, Some(&storage))?;
                }
                self.push(Instr::StructSet { ty: struct_type, field: index });
            }
            TreeKind::SelectStatic(field) => {
                let storage = self.static_field_global(*field);
                self.expression_as(rhs, Some(&storage))?;
                self.ensure_initialized(field.class);
                self.push(Instr::GlobalSet(GlobalId::StaticField(*field)));
                if let Some(shadow) = self.static_array_shadow(*field) {
                    self.refresh_array_shadow(Place::Global(GlobalId::StaticField(*field)), shadow);
                }
            }
            TreeKind::ArraySelect { array, index, in_bounds } => {
                let store_checked = matches!(array.ty, Type::Array { array, .. } if self.checked && self.emitter.linked.covariant_stores.contains(&array));
                if store_checked {
                    return self.lower_checked_array_store(array, index, rhs);
                }
                let kind = if self.checked && !*in_bounds {
                    // As in Java, the value is computed before the array is checked.
                    let access = self.checked_array_access(array, index, Some(rhs), false)?;
                    self.push(access.data.get());
                    self.push(Instr::LocalGet(access.index));
                    self.push(Instr::LocalGet(access.value.expect("a store has a value")));
                    access.kind
                } else {
                    let kind = self.push_array_data(array, !*in_bounds)?;
                    self.expression_as(index, Some(&ValType::I32))?;
                    let element = storage_value_type(array_element_storage(kind));
                    self.expression_as(rhs, Some(&element))?;
                    kind
                };
                let data = self.emitter.array_data_type(kind);
                self.push(Instr::ArraySet(data));
            }
            _ => {
                return Err(EmitError::Internal("assignment to a tree that is not assignable".into()));
            }
        }
        Ok(())
    }

    /// Casts the reference on the stack to `class` by testing the final classes that make up its instances
    /// (`final_instance_classes`) one after the other; a null passes when `nullable`. What fails runs
    /// `on_failure` with the value on the stack as `anyref`, which must not fall through.
    fn push_cast_by_tests(
        &mut self,
        class: ClassName,
        classes: &[ClassName],
        nullable: bool,
        on_failure: &mut dyn FnMut(&mut Self),
    ) {
        let target = HeapType::Concrete(self.emitter.class_struct(class));
        let value = self.builder.add_local("casted", ValType::anyref());
        self.push(Instr::LocalSet(value));
        let passes = self.builder.new_label();
        self.push(Instr::Block { label: passes, ty: BlockType::Result(ValType::Ref { nullable, heap: target.clone() }) });
        let is_null = self.builder.new_label();
        if nullable {
            self.push(Instr::Block { label: is_null, ty: BlockType::Empty });
            self.push(Instr::LocalGet(value));
            self.push(Instr::BrOnNull(is_null));
        } else {
            self.push(Instr::LocalGet(value));
        }
        for candidate in classes {
            let heap = HeapType::Concrete(self.emitter.class_struct(*candidate));
            self.push(Instr::BrOnCast { label: passes, nullable_source: !nullable, source_heap: HeapType::Any, heap });
        }
        on_failure(self);
        if nullable {
            self.push(Instr::End);
            self.push(Instr::RefNull(target));
        }
        self.push(Instr::End);
    }

    /// Pushes the receiver of a direct call to an instance method, null-checked and typed as the callee's
    /// `this` (its static type is usually the callee's class or a subclass: no cast), and the arguments,
    /// in Java's order (`dereferenced_with_arguments`).
    fn receiver_and_arguments(&mut self, key: MethodKey, receiver: &Tree, args: &[Tree]) -> Result<(), EmitError> {
        let heap = match self.emitter.method_receiver_type(key) {
            ValType::Ref { heap, .. } => heap,
            _ => HeapType::Any,
        };
        self.dereferenced_with_arguments(receiver, heap, key, args)
    }

    /// Pushes a receiver, null-checked, and the arguments of a call to `key`, in Java's order: the
    /// receiver, then the arguments, and only then the null check (JLS 15.12.4.4), so that `x.m(f())` on
    /// a null `x` calls `f` before it throws (`null_check_waits`).
    fn dereferenced_with_arguments(
        &mut self,
        receiver: &Tree,
        heap: HeapType,
        key: MethodKey,
        args: &[Tree],
    ) -> Result<(), EmitError> {
        if !self.null_check_waits(receiver, args) {
            self.dereferenced(receiver, heap)?;
            return self.call_arguments(key, args);
        }
        let receiver_local = self.builder.add_local("receiver", ValType::nullable(heap.clone()));
        self.expression_as(receiver, Some(&ValType::nullable(heap.clone())))?;
        self.push(Instr::LocalSet(receiver_local));
        let (params, _) = self.emitter.method_signature(key);
        let skip = usize::from(!key.namespace.is_static());
        let arg_locals = self.arguments_into_locals(&params[skip.min(params.len())..], args)?;
        self.push_checked_local(receiver_local, heap);
        for local in arg_locals {
            self.push(Instr::LocalGet(local));
        }
        Ok(())
    }

    /// Whether the null check of `value` (in checked code, when it may be null) must wait until `operands`
    /// are evaluated, as Java's order has it. It need not when the operands have no effect and can fail
    /// only with a `NullPointerException` themselves (`LinkedProgram::is_quiet`): checking first is then the
    /// same to any program, and needs no locals.
    fn null_check_waits(&self, value: &Tree, operands: &[Tree]) -> bool {
        self.null_checked
            && kiln_link::summary::needs_null_check(&value.ty)
            && !operands.iter().all(|operand| self.emitter.linked.is_quiet(operand))
    }

    /// Evaluates call arguments into locals of their parameters' types (`params`, without `this`).
    fn arguments_into_locals(&mut self, params: &[ValType], args: &[Tree]) -> Result<Vec<LocalId>, EmitError> {
        let mut locals = Vec::new();
        for (index, arg) in args.iter().enumerate() {
            let param = params.get(index).cloned().unwrap_or(ValType::I32);
            self.expression_as(arg, Some(&param))?;
            let local = self.builder.add_local("argument", param);
            self.push(Instr::LocalSet(local));
            locals.push(local);
        }
        Ok(locals)
    }

    /// Pushes a nullable local's value as a non-null reference, throwing `NullPointerException` if null.
    fn push_checked_local(&mut self, local: LocalId, heap: HeapType) {
        let done = self.builder.new_label();
        self.push(Instr::Block { label: done, ty: BlockType::Result(ValType::non_null(heap)) });
        self.push(Instr::LocalGet(local));
        self.push(Instr::BrOnNonNull(done));
        self.push_throw("throwNullPointer");
        self.push(Instr::End);
    }

    /// Pushes the arguments of a call, each adapted to the callee's parameter type.
    fn call_arguments(&mut self, key: MethodKey, args: &[Tree]) -> Result<(), EmitError> {
        let (params, _) = self.emitter.method_signature(key);
        let skip = usize::from(!key.namespace.is_static());
        for (index, arg) in args.iter().enumerate() {
            let param = params.get(index + skip).cloned();
            self.expression_as(arg, param.as_ref())?;
        }
        Ok(())
    }

    fn call_and_adapt(&mut self, key: MethodKey, result_type: &Type) {
        let (_, results) = self.emitter.method_signature(key);
        self.push(Instr::Call(method_func_id(key)));
        let target = self.wasm_type(result_type);
        self.adapt(results.first().cloned(), target.as_ref());
    }

    fn lower_apply(&mut self, tree: &Tree, receiver: &Tree, method: MethodName, args: &[Tree]) -> Result<(), EmitError> {
        let linked = self.emitter.linked;
        let receiver_class = linked.table.class_of_receiver(&receiver.ty);
        if let Some(class) = receiver_class
            && linked.table.get(class).is_some_and(|info| info.kind == ClassKind::HijackedClass)
        {
            // The receiver is a primitive value: call the hijacked class's method directly.
            let declaring = linked.table.resolve_public_method(class, method).map(|(declaring, _)| declaring).unwrap_or(class);
            let key = MethodKey { class: declaring, namespace: MemberNamespace::Public, method };
            self.dereferenced_with_arguments(receiver, HeapType::Any, key, args)?;
            self.call_and_adapt(key, &tree.ty);
            return Ok(());
        }
        let dispatch_class =
            receiver_class.filter(|class| !self.emitter.class_is_anyref(*class) || *class == well_known::object());
        let targets = linked.call_targets(receiver_class.filter(|class| *class != well_known::object()), method);
        if targets.count() == 0 {
            // No instantiated class has the method: the receiver can only be null.
            self.statement(receiver)?;
            for arg in args {
                self.statement(arg)?;
            }
            if self.null_checked {
                self.push_throw("throwNullPointer");
            } else {
                self.push(Instr::Unreachable);
            }
            return Ok(());
        }
        if targets.count() == 1 {
            let key = targets
                .hijacked
                .first()
                .map(|(_, key)| *key)
                .or_else(|| targets.classes.iter().next().copied())
                .unwrap_or(MethodKey { class: well_known::object(), namespace: MemberNamespace::Public, method });
            self.receiver_and_arguments(key, receiver, args)?;
            self.call_and_adapt(key, &tree.ty);
            return Ok(());
        }
        let class_tests = if targets.classes.len() > 1 { linked.class_test_dispatch(receiver_class, method) } else { None };
        if class_tests.is_some() && self.lower_cast_and_dispatch(tree, receiver, method, args)? {
            return Ok(());
        }
        // Several targets: evaluate receiver and arguments into locals, then dispatch.
        let any_key = MethodKey { class: well_known::object(), namespace: MemberNamespace::Public, method };
        let (params, results) = self.emitter.method_signature(any_key);
        // The receiver keeps its class's struct type when it has one: reading its vtable needs no cast.
        let receiver_heap = match dispatch_class {
            Some(class) => self.emitter.class_value_type(class),
            None => HeapType::Any,
        };
        let receiver_type = ValType::non_null(receiver_heap.clone());
        let receiver_local = self.builder.add_local("receiver", receiver_type.clone());
        // Java's order: the receiver, the arguments, then the receiver's null check.
        let unchecked_receiver = if self.null_check_waits(receiver, args) {
            let local = self.builder.add_local("receiver.unchecked", ValType::nullable(receiver_heap.clone()));
            self.expression_as(receiver, Some(&ValType::nullable(receiver_heap.clone())))?;
            self.push(Instr::LocalSet(local));
            Some(local)
        } else {
            self.dereferenced(receiver, receiver_heap.clone())?;
            self.push(Instr::LocalSet(receiver_local));
            None
        };
        let arg_locals = self.arguments_into_locals(params.get(1..).unwrap_or_default(), args)?;
        if let Some(unchecked) = unchecked_receiver {
            self.push_checked_local(unchecked, receiver_heap.clone());
            self.push(Instr::LocalSet(receiver_local));
        }
        let result = results.first().cloned();
        let block_type = result.clone().map(BlockType::Result).unwrap_or(BlockType::Empty);
        let done = self.builder.new_label();
        self.push(Instr::Block { label: done, ty: block_type });
        let push_call = |lowering: &mut Self, key: MethodKey| {
            lowering.push(Instr::LocalGet(receiver_local));
            let this_type = lowering.emitter.method_receiver_type(key);
            lowering.adapt(Some(receiver_type.clone()), Some(&this_type));
            for local in &arg_locals {
                lowering.push(Instr::LocalGet(*local));
            }
            lowering.push(Instr::Call(method_func_id(key)));
            lowering.push(Instr::Br(done));
        };
        // Strings and boxed primitives first: they have no vtable.
        for (class, key) in targets.hijacked.clone() {
            self.push(Instr::LocalGet(receiver_local));
            self.push_is_instance_of_hijacked(class);
            let label = self.builder.new_label();
            self.push(Instr::If { label, ty: BlockType::Empty });
            push_call(self, key);
            self.push(Instr::End);
        }
        let class_for_vtable = dispatch_class.unwrap_or(well_known::object());
        let slot = linked.vtable_slots.get(&class_for_vtable).and_then(|slots| slots.iter().position(|slot| *slot == method));
        if targets.classes.len() == 1 {
            let key = *targets.classes.iter().next().unwrap_or(&any_key);
            push_call(self, key);
        } else if let Some(dispatch) = class_tests {
            self.push_class_test_dispatch(&dispatch, receiver_local, &receiver_type, &arg_locals, done);
        } else if let Some(slot) = slot {
            let struct_type = self.emitter.class_struct(class_for_vtable);
            let vtable = self.emitter.vtable_type(class_for_vtable);
            let slot_key = self.emitter.slot_key(class_for_vtable, method);
            let func_type = self.emitter.method_func_type(slot_key);
            let struct_ref = ValType::non_null(HeapType::Concrete(struct_type.clone()));
            self.push(Instr::LocalGet(receiver_local));
            let this_type = self.emitter.receiver_type(slot_key.class);
            self.adapt(Some(receiver_type.clone()), Some(&this_type));
            for local in &arg_locals {
                self.push(Instr::LocalGet(*local));
            }
            self.push(Instr::LocalGet(receiver_local));
            self.adapt(Some(receiver_type.clone()), Some(&struct_ref));
            self.push(Instr::StructGet { ty: struct_type, field: 0 });
            let slot_index = linked.vtable_header_fields() + slot as u32;
            self.push(Instr::StructGet { ty: vtable, field: slot_index });
            self.push(Instr::CallIndirect(func_type));
            self.push(Instr::Br(done));
        } else if let Some((itable, itable_slot, position)) = receiver_class.and_then(|interface| {
            let slot = linked.itable_slots.get(&interface)?.iter().position(|slot| *slot == method)?;
            Some((interface, slot, *linked.itable_index.get(&interface)?))
        }) {
            // An interface method: the receiver's vtable, its itable at the interface's position, the slot.
            let object_struct = self.emitter.class_struct(well_known::object());
            let vtable = self.emitter.vtable_type(well_known::object());
            let itables = self.emitter.itables_type();
            let itable_type = self.emitter.itable_type(itable);
            let func_type = self.emitter.method_func_type(any_key);
            self.push(Instr::LocalGet(receiver_local));
            for local in &arg_locals {
                self.push(Instr::LocalGet(*local));
            }
            self.push(Instr::LocalGet(receiver_local));
            let object_ref = ValType::non_null(HeapType::Concrete(object_struct.clone()));
            self.adapt(Some(receiver_type.clone()), Some(&object_ref));
            self.push(Instr::StructGet { ty: object_struct, field: 0 });
            self.push(Instr::StructGet { ty: vtable, field: u32::from(linked.features.class_names) });
            self.push(Instr::I32Const(position as i32));
            self.push(Instr::ArrayGet(itables));
            self.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(itable_type.clone()) });
            self.push(Instr::StructGet { ty: itable_type, field: itable_slot as u32 });
            self.push(Instr::CallIndirect(func_type));
            self.push(Instr::Br(done));
        } else {
            // No common vtable slot: test the classes, most derived first.
            let mut candidates: Vec<(usize, ClassName, MethodKey)> = Vec::new();
            for class in &linked.instantiated {
                if let Some((declaring, info)) = linked.table.resolve_public_method(*class, method)
                    && !info.is_abstract
                    && receiver_class
                        .is_none_or(|receiver| kiln_ir::types::ClassHierarchy::is_subclass(&linked.table, *class, receiver))
                {
                    let depth = linked.table.superclass_chain(*class).len();
                    candidates.push((depth, *class, MethodKey { class: declaring, namespace: MemberNamespace::Public, method }));
                }
            }
            candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            for (_, class, key) in candidates {
                let struct_type = self.emitter.class_struct(class);
                self.push(Instr::LocalGet(receiver_local));
                self.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(struct_type) });
                let label = self.builder.new_label();
                self.push(Instr::If { label, ty: BlockType::Empty });
                push_call(self, key);
                self.push(Instr::End);
            }
        }
        self.push(Instr::Unreachable);
        self.push(Instr::End);
        let target = self.wasm_type(&tree.ty);
        self.adapt(result, target.as_ref());
        Ok(())
    }

    /// `((C) value).m(args)` where the call dispatches by class tests and the cast to `C` tests the
    /// instantiated leaves below `C` (`final_instance_classes`): one chain of `br_on_cast`s does both,
    /// each leaf's case calling its method directly, so the receiver's header is compared once per leaf
    /// rather than once for the cast and again for the dispatch. It is how Java's erased generics read
    /// (`list.get(i).m()` is a `checkcast` then an `invokevirtual`). Null passes the cast and fails the
    /// call; a value of another class fails the cast. Both are found after the arguments are
    /// evaluated, where Java casts before it evaluates them, so only arguments that can neither fail nor
    /// have an effect (literals, locals) qualify. Returns whether the call was emitted; nothing is
    /// emitted when it was not.
    fn lower_cast_and_dispatch(
        &mut self,
        tree: &Tree,
        receiver: &Tree,
        method: MethodName,
        args: &[Tree],
    ) -> Result<bool, EmitError> {
        let TreeKind::AsInstanceOf { expr, target_type } = &receiver.kind else { return Ok(false) };
        let Type::Class { class, .. } = target_type else { return Ok(false) };
        let cannot_fail = |arg: &Tree| {
            arg.kind.is_primitive_literal()
                || matches!(arg.kind, TreeKind::Null | TreeKind::String(_) | TreeKind::VarRef(_) | TreeKind::This)
        };
        if !args.iter().all(cannot_fail) || self.wasm_type(&expr.ty).is_none() {
            return Ok(false);
        }
        let Some(leaves) = self.emitter.final_instance_classes(*class) else { return Ok(false) };
        let linked = self.emitter.linked;
        let mut leaf_methods = Vec::new();
        for leaf in leaves {
            let Some((declaring, info)) = linked.table.resolve_public_method(leaf, method) else { return Ok(false) };
            if info.is_abstract {
                return Ok(false);
            }
            leaf_methods.push((leaf, MethodKey { class: declaring, namespace: MemberNamespace::Public, method }));
        }
        let any_key = MethodKey { class: well_known::object(), namespace: MemberNamespace::Public, method };
        let (params, results) = self.emitter.method_signature(any_key);
        self.expression_as(expr, Some(&ValType::anyref()))?;
        let value = self.builder.add_local("receiver.uncast", ValType::anyref());
        self.push(Instr::LocalSet(value));
        let arg_locals = self.arguments_into_locals(params.get(1..).unwrap_or_default(), args)?;
        let result = results.first().cloned();
        let done = self.builder.new_label();
        self.push(Instr::Block { label: done, ty: result.clone().map(BlockType::Result).unwrap_or(BlockType::Empty) });
        let is_null = self.builder.new_label();
        self.push(Instr::Block { label: is_null, ty: BlockType::Empty });
        let cases = self.push_class_case_blocks(&leaf_methods);
        self.push(Instr::LocalGet(value));
        self.push(Instr::BrOnNull(is_null));
        self.push_class_case_tests(&cases, HeapType::Any);
        // Not an instance of the cast's class.
        if self.checked && kiln_link::summary::cast_is_checked(&expr.ty, target_type) {
            let target_name = crate::lower::type_data::java_class_name(&kiln_ir::types::TypeRef::Class(*class));
            self.push_class_cast_throw(&target_name);
        } else {
            self.push(Instr::Unreachable);
        }
        self.push_class_case_calls(cases, &arg_locals, done);
        self.push(Instr::End);
        // Null: the cast lets it through, the call does not.
        if self.null_checked {
            self.push_throw("throwNullPointer");
        } else {
            self.push(Instr::Unreachable);
        }
        self.push(Instr::End);
        let target = self.wasm_type(&tree.ty);
        self.adapt(result, target.as_ref());
        Ok(true)
    }

    /// A virtual call dispatched by testing the receiver's class (`ClassTestDispatch`): one block per
    /// tested class, which its `br_on_cast` enters with the receiver typed as that class; the untested
    /// rest falls through to the inherited method, or cannot happen. Each case calls its method directly
    /// and leaves the result at `done`.
    fn push_class_test_dispatch(
        &mut self,
        dispatch: &kiln_link::ClassTestDispatch,
        receiver_local: LocalId,
        receiver_type: &ValType,
        arg_locals: &[LocalId],
        done: LabelId,
    ) {
        let receiver_heap = match receiver_type {
            ValType::Ref { heap, .. } => heap.clone(),
            _ => HeapType::Any,
        };
        let cases = self.push_class_case_blocks(&dispatch.tested);
        self.push(Instr::LocalGet(receiver_local));
        self.push_class_case_tests(&cases, receiver_heap);
        match dispatch.otherwise {
            Some(key) => self.push_direct_case_call(receiver_type.clone(), key, arg_locals, done),
            None => self.push(Instr::Unreachable),
        }
        self.push_class_case_calls(cases, arg_locals, done);
    }

    /// Opens one block per class of a dispatch by class tests, the first class's innermost; each block
    /// yields the receiver typed as its class. Returns each block's label, type and method.
    fn push_class_case_blocks(&mut self, classes: &[(ClassName, MethodKey)]) -> Vec<(LabelId, ValType, MethodKey)> {
        let cases: Vec<(LabelId, ValType, MethodKey)> = classes
            .iter()
            .map(|(class, key)| {
                let class_type = ValType::non_null(HeapType::Concrete(self.emitter.class_struct(*class)));
                (self.builder.new_label(), class_type, *key)
            })
            .collect();
        for (label, class_type, _) in cases.iter().rev() {
            self.push(Instr::Block { label: *label, ty: BlockType::Result(class_type.clone()) });
        }
        cases
    }

    /// Tests the non-null receiver on the stack against each case's class, entering the case's block on a
    /// match; the receiver stays on the stack when none matches.
    fn push_class_case_tests(&mut self, cases: &[(LabelId, ValType, MethodKey)], source_heap: HeapType) {
        for (label, class_type, _) in cases {
            let ValType::Ref { heap, .. } = class_type else { continue };
            self.push(Instr::BrOnCast {
                label: *label,
                nullable_source: false,
                source_heap: source_heap.clone(),
                heap: heap.clone(),
            });
        }
    }

    /// Closes the case blocks, innermost first, each followed by its direct call.
    fn push_class_case_calls(&mut self, cases: Vec<(LabelId, ValType, MethodKey)>, arg_locals: &[LocalId], done: LabelId) {
        for (_, class_type, key) in cases {
            self.push(Instr::End);
            self.push_direct_case_call(class_type, key, arg_locals, done);
        }
    }

    /// Calls `key` directly with the receiver on the stack (of type `receiver`) and the arguments, then
    /// leaves the result at `done`.
    fn push_direct_case_call(&mut self, receiver: ValType, key: MethodKey, arg_locals: &[LocalId], done: LabelId) {
        let this_type = self.emitter.method_receiver_type(key);
        self.adapt(Some(receiver), Some(&this_type));
        for local in arg_locals {
            self.push(Instr::LocalGet(*local));
        }
        self.push(Instr::Call(method_func_id(key)));
        self.push(Instr::Br(done));
    }

    fn lower_match(
        &mut self,
        tree: &Tree,
        selector: &Tree,
        cases: &[(Vec<MatchLiteral>, Tree)],
        default: &Tree,
    ) -> Result<(), EmitError> {
        // An int selector compares with `i32.eq`; a string selector by content (or with null). An if-chain
        // rather than a `br_table`, even for dense int cases: measured on Brainfuck's interpreter loop
        // (seven cases over a span of 51), the jump table was 12 % slower, its indirect jump harder to
        // predict than the chain's compares.
        let is_int = selector.ty == Type::Int;
        let (block_type, result) = self.block_type(&tree.ty);
        let selector_type = if is_int { ValType::I32 } else { ValType::anyref() };
        let selector_local = self.builder.add_local("selector", selector_type.clone());
        self.expression_as(selector, Some(&selector_type))?;
        self.push(Instr::LocalSet(selector_local));
        let done = self.builder.new_label();
        self.push(Instr::Block { label: done, ty: block_type });
        for (values, body) in cases {
            for (index, value) in values.iter().enumerate() {
                self.push(Instr::LocalGet(selector_local));
                match (value, is_int) {
                    (MatchLiteral::Int(value), true) => {
                        self.push(Instr::I32Const(*value));
                        self.plain(W::I32Eq);
                    }
                    (MatchLiteral::String(text), false) => {
                        let units: Vec<u16> = text.encode_utf16().collect();
                        self.emitter.push_string_literal(&mut self.builder, &units);
                        let helper = self.emitter.request_helper("referenceEquals");
                        self.push(Instr::Call(helper));
                    }
                    (MatchLiteral::Null, false) => self.push(Instr::RefIsNull),
                    _ => return self.unsupported("a case value of another type than the selector"),
                }
                if index > 0 {
                    self.plain(W::I32Or);
                }
            }
            let label = self.builder.new_label();
            self.push(Instr::If { label, ty: BlockType::Empty });
            self.body(body, result.as_ref())?;
            self.push(Instr::Br(done));
            self.push(Instr::End);
        }
        self.body(default, result.as_ref())?;
        self.push(Instr::End);
        Ok(())
    }

    /// Tests the `anyref` on the stack for being an instance of a hijacked class (a string or a box).
    fn push_is_instance_of_hijacked(&mut self, class: ClassName) {
        if class == well_known::string() {
            let string = self.emitter.string_type();
            self.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(string) });
        } else if let Some(kind) = box_kind_of_class(class) {
            self.emitter.push_is_boxed(&mut self.builder, kind);
        } else {
            // A hijacked class with no instances here (such as java.lang.Void).
            self.push(Instr::Drop);
            self.push(Instr::I32Const(0));
        }
    }

    fn lower_is_instance_of(&mut self, expr: &Tree, test_type: &Type) -> Result<(), EmitError> {
        if !matches!(self.wasm_type(&expr.ty), Some(ValType::Ref { .. })) {
            // A primitive's class is known statically.
            let answer = kiln_ir::types::is_subtype(&self.emitter.linked.table, &expr.ty, &test_type.non_nullable());
            self.statement(expr)?;
            self.push(Instr::I32Const(i32::from(answer)));
            return Ok(());
        }
        let table = &self.emitter.linked.table;
        let class_kind = |class: ClassName| table.get(class).map(|info| info.kind);
        match test_type {
            Type::Any { .. } => {
                self.expression(expr)?;
                self.push(Instr::RefIsNull);
                self.plain(W::I32Eqz);
            }
            Type::Class { class, .. } if *class == well_known::object() => {
                self.expression(expr)?;
                self.push(Instr::RefIsNull);
                self.plain(W::I32Eqz);
            }
            Type::String => {
                self.expression_as(expr, Some(&ValType::anyref()))?;
                self.push_is_instance_of_hijacked(well_known::string());
            }
            Type::Class { class, .. } if class_kind(*class) == Some(ClassKind::HijackedClass) => {
                let class = *class;
                self.expression_as(expr, Some(&ValType::anyref()))?;
                self.push_is_instance_of_hijacked(class);
            }
            Type::Class { class, .. } if class_kind(*class) == Some(ClassKind::Interface) => {
                // An interface: any instantiated class or hijacked class that implements it.
                let interface = *class;
                let linked = self.emitter.linked;
                let value = self.builder.add_local("tested", ValType::anyref());
                self.expression_as(expr, Some(&ValType::anyref()))?;
                self.push(Instr::LocalSet(value));
                self.push(Instr::I32Const(0));
                let implementors: Vec<ClassName> = linked
                    .instantiated
                    .iter()
                    .copied()
                    .filter(|class| kiln_ir::types::ClassHierarchy::is_subclass(&linked.table, *class, interface))
                    .collect();
                for class in implementors {
                    let struct_type = self.emitter.class_struct(class);
                    self.push(Instr::LocalGet(value));
                    self.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(struct_type) });
                    self.plain(W::I32Or);
                }
                for class in kiln_link::hijacked_classes(&linked.table) {
                    if kiln_ir::types::ClassHierarchy::is_subclass(&linked.table, class, interface) {
                        self.push(Instr::LocalGet(value));
                        self.push_is_instance_of_hijacked(class);
                        self.plain(W::I32Or);
                    }
                }
                // Every array is `Cloneable` and `Serializable`.
                if interface == well_known::cloneable() || interface == well_known::serializable() {
                    let is_array = self.emitter.request_helper("isArray");
                    self.push(Instr::LocalGet(value));
                    self.push(Instr::Call(is_array));
                    self.plain(W::I32Or);
                }
            }
            Type::Class { class, .. } => {
                let struct_type = self.emitter.class_struct(*class);
                self.expression(expr)?;
                match self.emitter.final_instance_classes(*class) {
                    Some(classes) if !classes.is_empty() => {
                        // One inline comparison per class, where the test against `class` would call Wasmtime.
                        let value = self.builder.add_local("tested", ValType::anyref());
                        self.push(Instr::LocalSet(value));
                        for (index, candidate) in classes.iter().enumerate() {
                            let heap = HeapType::Concrete(self.emitter.class_struct(*candidate));
                            self.push(Instr::LocalGet(value));
                            self.push(Instr::RefTest { nullable: false, heap });
                            if index > 0 {
                                self.plain(W::I32Or);
                            }
                        }
                    }
                    Some(_) => {
                        self.push(Instr::Drop);
                        self.push(Instr::I32Const(0));
                    }
                    None => self.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(struct_type) }),
                }
            }
            Type::Array { array, .. } => {
                let kind = self.emitter.array_kind(*array);
                let object = self.emitter.array_object_type(kind);
                let any_reference_array = array.dimensions == 1
                    && matches!(array.base, kiln_ir::types::ArrayBase::Class(class) if class == well_known::object());
                if kind == ArrayKind::Reference && !any_reference_array && self.emitter.linked.features.array_types {
                    // A reference array of the right run-time type: its type data is assignable to the target's.
                    let target = self.emitter.ensure_type_data(kiln_ir::types::TypeRef::Array(*array));
                    let assignable = self.emitter.request_helper("isAssignable");
                    let value = self.builder.add_local("tested", ValType::anyref());
                    self.expression_as(expr, Some(&ValType::anyref()))?;
                    self.push(Instr::LocalTee(value));
                    self.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(object.clone()) });
                    let field = self.emitter.array_type_field();
                    let result = self.builder.new_label();
                    self.push(Instr::If { label: result, ty: BlockType::Result(ValType::I32) });
                    self.push(Instr::GlobalGet(target));
                    self.push(Instr::LocalGet(value));
                    self.push(Instr::RefCast { nullable: false, heap: HeapType::Concrete(object.clone()) });
                    self.push(Instr::StructGet { ty: object, field });
                    self.push(Instr::Call(assignable));
                    self.push(Instr::Else);
                    self.push(Instr::I32Const(0));
                    self.push(Instr::End);
                } else {
                    // Without run-time element types, a reference array passes for any reference array type.
                    self.expression(expr)?;
                    self.push(Instr::RefTest { nullable: false, heap: HeapType::Concrete(object) });
                }
            }
            primitive => match box_kind_of(primitive) {
                Some(_) => {
                    let class = kiln_ir::types::boxed_class_of(primitive).unwrap_or(well_known::object());
                    self.expression_as(expr, Some(&ValType::anyref()))?;
                    self.push_is_instance_of_hijacked(class);
                }
                None => return self.unsupported(format!("isInstanceOf[{test_type}]")),
            },
        }
        Ok(())
    }

    fn lower_unary(&mut self, op: UnaryOp, operand: &Tree, tree: &Tree) -> Result<(), EmitError> {
        use UnaryOp::*;
        if op == Throw {
            self.emitter.ensure_exception_tag();
            // `throw null` throws NullPointerException.
            self.dereferenced(operand, HeapType::Any)?;
            self.push(Instr::Throw(TagId::JavaException));
            return Ok(());
        }
        if op == CheckNotNull {
            match self.wasm_type(&tree.ty) {
                Some(ValType::Ref { heap, .. }) => self.dereferenced(operand, heap)?,
                _ => self.expression(operand)?,
            }
            return Ok(());
        }
        if matches!(op, WrapAsThrowable | UnwrapFromThrowable) {
            self.expression(operand)?;
            let from = self.wasm_type(&operand.ty);
            let to = self.wasm_type(&tree.ty);
            self.adapt(from, to.as_ref());
            return Ok(());
        }
        if op == GetClass {
            self.expression_as(operand, Some(&ValType::anyref()))?;
            let maker = kiln_link::summary::class_maker("classOf;Ljava.lang.Object;Ljava.lang.Class");
            self.call_and_adapt(maker, &tree.ty);
            return Ok(());
        }
        if let Some(method) = kiln_link::summary::class_unary_method(op) {
            // `Class_*` operators are the `java.lang.Class` methods of the runtime library.
            let class_struct = self.emitter.class_struct(well_known::class());
            self.dereferenced(operand, HeapType::Concrete(class_struct))?;
            self.call_and_adapt(method, &tree.ty);
            return Ok(());
        }
        if op == IdentityHashCode {
            self.expression_as(operand, Some(&ValType::anyref()))?;
            let helper = self.emitter.request_helper("identityHashCode");
            self.push(Instr::Call(helper));
            return Ok(());
        }
        if op == ArrayLength {
            if let Some(shadow) = self.array_shadow_of(operand) {
                self.push_shadow_null_check(shadow);
                self.push(shadow.length.get());
                return Ok(());
            }
            self.push_array_data(operand, true)?;
            self.push(Instr::ArrayLen);
            return Ok(());
        }
        if op == Clone {
            // An array's clone: a new array of the same kind with a copy of the elements.
            let Type::Array { array, .. } = operand.ty else {
                // Any object: the helper copies the struct of its run-time class.
                self.dereferenced(operand, HeapType::Any)?;
                let helper = self.emitter.request_helper("cloneObject");
                self.push(Instr::Call(helper));
                let target = self.wasm_type(&tree.ty);
                self.adapt(Some(ValType::non_null(HeapType::Any)), target.as_ref());
                return Ok(());
            };
            let kind = self.emitter.array_kind(array);
            let object = self.emitter.array_object_type(kind);
            let data = self.emitter.array_data_type(kind);
            let keeps_type = kind == ArrayKind::Reference && self.emitter.linked.features.array_types;
            let original = self.builder.add_local("clone.original", ValType::non_null(HeapType::Concrete(object.clone())));
            self.dereferenced(operand, HeapType::Concrete(object.clone()))?;
            self.push(Instr::LocalSet(original));
            self.push_object_header(well_known::object());
            self.push(Instr::LocalGet(original));
            self.push(Instr::StructGet { ty: object.clone(), field: self.emitter.first_field_index() });
            crate::lower::helpers::Assemble::duplicate_array(&mut self.builder, data);
            if keeps_type {
                // The copy has the original's run-time type (a `String[]` stays one).
                self.push(Instr::LocalGet(original));
                self.push(Instr::StructGet { ty: object.clone(), field: self.emitter.array_type_field() });
            }
            self.push(Instr::StructNew(object));
            return Ok(());
        }
        let operand_type = self.wasm_type(&operand.ty);
        self.expression_as(operand, operand_type.as_ref())?;
        match op {
            BooleanNot => self.plain(W::I32Eqz),
            CharToInt | ByteToInt | ShortToInt | BooleanToInt => {}
            IntToLong => self.plain(W::I64ExtendI32S),
            IntToDouble => self.plain(W::F64ConvertI32S),
            LongToInt => self.plain(W::I32WrapI64),
            LongToDouble => self.plain(W::F64ConvertI64S),
            LongToFloat => self.plain(W::F32ConvertI64S),
            DoubleToInt => self.plain(W::I32TruncSatF64S),
            DoubleToLong => self.plain(W::I64TruncSatF64S),
            DoubleToFloat => self.plain(W::F32DemoteF64),
            FloatToDouble => self.plain(W::F64PromoteF32),
            IntToChar => {
                self.push(Instr::I32Const(0xFFFF));
                self.plain(W::I32And);
            }
            IntToByte => self.plain(W::I32Extend8S),
            IntToShort => self.plain(W::I32Extend16S),
            StringLength => self.push(Instr::ArrayLen),
            FloatToBits => self.plain(W::I32ReinterpretF32),
            FloatFromBits => self.plain(W::F32ReinterpretI32),
            DoubleToBits => self.plain(W::I64ReinterpretF64),
            DoubleFromBits => self.plain(W::F64ReinterpretI64),
            IntClz => self.plain(W::I32Clz),
            LongClz => {
                self.plain(W::I64Clz);
                self.plain(W::I32WrapI64);
            }
            UnsignedIntToLong => self.plain(W::I64ExtendI32U),
            other => return self.unsupported(format!("the operator {other:?}")),
        }
        Ok(())
    }

    /// `i32.rotl`/`i32.rotr` (or the `i64` ones) for a rotation that `rotation` recognised: one instruction
    /// where the shifts and the `or` are three, which Cranelift does not merge back.
    fn lower_rotation(&mut self, long: bool, rotation: Rotation<'_>) -> Result<(), EmitError> {
        self.expression_as(rotation.value, Some(if long { &ValType::I64 } else { &ValType::I32 }))?;
        self.expression_as(rotation.distance, Some(&ValType::I32))?;
        if long {
            // Wasm takes the distance modulo 64, as Java's shifts do.
            self.plain(W::I64ExtendI32U);
        }
        self.plain(match (long, rotation.right) {
            (false, false) => W::I32Rotl,
            (false, true) => W::I32Rotr,
            (true, false) => W::I64Rotl,
            (true, true) => W::I64Rotr,
        });
        Ok(())
    }

    fn lower_binary(&mut self, op: BinaryOp, lhs: &Tree, rhs: &Tree) -> Result<(), EmitError> {
        use BinaryOp::*;
        match op {
            RefEq | RefNe => return self.lower_reference_equality(op == RefNe, lhs, rhs),
            StringConcat => {
                self.push_as_string(lhs)?;
                self.push_as_string(rhs)?;
                let helper = self.emitter.request_helper("stringConcat");
                self.push(Instr::Call(helper));
                return Ok(());
            }
            StringCharAt => {
                let string = self.emitter.string_type();
                self.expression_as(lhs, Some(&ValType::non_null(HeapType::Concrete(string.clone()))))?;
                self.expression_as(rhs, Some(&ValType::I32))?;
                if self.checked {
                    let helper = self.emitter.request_helper("checkedCharAt");
                    self.push(Instr::Call(helper));
                } else {
                    self.push(Instr::ArrayGetU(string));
                }
                return Ok(());
            }
            ClassIsInstance | ClassIsAssignableFrom | ClassCast | ClassNewArray => {
                return self.unsupported("java.lang.Class operations");
            }
            IntOr | LongOr => {
                if let Some(rotation) = rotation(op, lhs, rhs) {
                    return self.lower_rotation(op == LongOr, rotation);
                }
            }
            _ => {}
        }
        let (lhs_type, rhs_type, _) = op.signature();
        let lhs_wasm = lhs_type.as_ref().and_then(|ty| self.wasm_type(ty));
        let rhs_wasm = rhs_type.as_ref().and_then(|ty| self.wasm_type(ty));
        self.expression_as(lhs, lhs_wasm.as_ref())?;
        self.expression_as(rhs, rhs_wasm.as_ref())?;
        let checked = division_needs_check(rhs);
        let instr = match op {
            BooleanEq | IntEq => W::I32Eq,
            BooleanNe | IntNe => W::I32Ne,
            BooleanOr | IntOr => W::I32Or,
            BooleanAnd | IntAnd => W::I32And,
            IntAdd => W::I32Add,
            IntSub => W::I32Sub,
            IntMul => W::I32Mul,
            IntXor => W::I32Xor,
            IntShl => W::I32Shl,
            IntShr => W::I32ShrS,
            IntShrUnsigned => W::I32ShrU,
            IntLt => W::I32LtS,
            IntLe => W::I32LeS,
            IntGt => W::I32GtS,
            IntGe => W::I32GeS,
            IntUnsignedLt => W::I32LtU,
            IntUnsignedLe => W::I32LeU,
            IntUnsignedGt => W::I32GtU,
            IntUnsignedGe => W::I32GeU,
            IntDiv | IntRem | IntUnsignedDiv | IntUnsignedRem | LongDiv | LongRem | LongUnsignedDiv | LongUnsignedRem => {
                let constant_minus_one = matches!(rhs.kind, TreeKind::Int(-1) | TreeKind::Long(-1));
                let (helper, plain) = match op {
                    IntDiv => ("intDiv", W::I32DivS),
                    IntRem => ("intRem", W::I32RemS),
                    IntUnsignedDiv => ("intDivUnsigned", W::I32DivU),
                    IntUnsignedRem => ("intRemUnsigned", W::I32RemU),
                    LongDiv => ("longDiv", W::I64DivS),
                    LongRem => ("longRem", W::I64RemS),
                    LongUnsignedDiv => ("longDivUnsigned", W::I64DivU),
                    _ => ("longRemUnsigned", W::I64RemU),
                };
                // A constant divisor other than 0 (and, for signed division, -1) can use the instruction as is.
                let signed_division = matches!(op, IntDiv | LongDiv);
                if checked || (signed_division && constant_minus_one) {
                    let id = self.emitter.request_helper(helper);
                    self.push(Instr::Call(id));
                } else {
                    self.plain(plain);
                }
                return Ok(());
            }
            LongAdd => W::I64Add,
            LongSub => W::I64Sub,
            LongMul => W::I64Mul,
            LongOr => W::I64Or,
            LongAnd => W::I64And,
            LongXor => W::I64Xor,
            LongShl | LongShr | LongShrUnsigned => {
                // The shift count is an int; Wasm masks it to 6 bits, as Java does.
                self.plain(W::I64ExtendI32U);
                match op {
                    LongShl => W::I64Shl,
                    LongShr => W::I64ShrS,
                    _ => W::I64ShrU,
                }
            }
            LongEq => W::I64Eq,
            LongNe => W::I64Ne,
            LongLt => W::I64LtS,
            LongLe => W::I64LeS,
            LongGt => W::I64GtS,
            LongGe => W::I64GeS,
            LongUnsignedLt => W::I64LtU,
            LongUnsignedLe => W::I64LeU,
            LongUnsignedGt => W::I64GtU,
            LongUnsignedGe => W::I64GeU,
            FloatAdd => W::F32Add,
            FloatSub => W::F32Sub,
            FloatMul => W::F32Mul,
            FloatDiv => W::F32Div,
            FloatRem => {
                // Exact in double precision, so exact for floats too.
                let local = self.builder.add_local("divisor", ValType::F32);
                self.push(Instr::LocalSet(local));
                self.plain(W::F64PromoteF32);
                self.push(Instr::LocalGet(local));
                self.plain(W::F64PromoteF32);
                self.push(Instr::Call(method_func_id(kiln_link::summary::floating_remainder())));
                self.plain(W::F32DemoteF64);
                return Ok(());
            }
            DoubleAdd => W::F64Add,
            DoubleSub => W::F64Sub,
            DoubleMul => W::F64Mul,
            DoubleDiv => W::F64Div,
            DoubleRem => {
                self.push(Instr::Call(method_func_id(kiln_link::summary::floating_remainder())));
                return Ok(());
            }
            DoubleEq => W::F64Eq,
            DoubleNe => W::F64Ne,
            DoubleLt => W::F64Lt,
            DoubleLe => W::F64Le,
            DoubleGt => W::F64Gt,
            DoubleGe => W::F64Ge,
            other => return self.unsupported(format!("the operator {other:?}")),
        };
        self.plain(instr);
        Ok(())
    }

    /// Whether values of a Wasm type are ordinary objects or arrays, for which `===` is identity: a
    /// concrete struct type (strings are arrays and boxes are `anyref`, so neither ever has one).
    fn compares_by_identity(&mut self, ty: &Option<ValType>) -> bool {
        let string = self.emitter.string_type();
        matches!(ty, Some(ValType::Ref { heap: HeapType::Concrete(concrete), .. }) if *concrete != string)
    }

    fn lower_reference_equality(&mut self, negate: bool, lhs: &Tree, rhs: &Tree) -> Result<(), EmitError> {
        let lhs_wasm = self.wasm_type(&lhs.ty);
        let rhs_wasm = self.wasm_type(&rhs.ty);
        let is_reference = |ty: &Option<ValType>| matches!(ty, Some(ValType::Ref { .. }));
        if is_reference(&lhs_wasm) != is_reference(&rhs_wasm) || (lhs_wasm != rhs_wasm && !is_reference(&lhs_wasm)) {
            // A primitive against a reference (or two different primitives): compare as boxes.
            self.expression_as(lhs, Some(&ValType::anyref()))?;
            self.expression_as(rhs, Some(&ValType::anyref()))?;
            let helper = self.emitter.request_helper("referenceEquals");
            self.push(Instr::Call(helper));
            if negate {
                self.plain(W::I32Eqz);
            }
            return Ok(());
        }
        match (&lhs_wasm, &rhs_wasm) {
            (Some(ValType::Ref { .. }), Some(ValType::Ref { .. })) => {
                if matches!(rhs.kind, TreeKind::Null) || matches!(lhs.kind, TreeKind::Null) {
                    let other = if matches!(rhs.kind, TreeKind::Null) { lhs } else { rhs };
                    self.expression(other)?;
                    self.push(Instr::RefIsNull);
                } else if self.compares_by_identity(&lhs_wasm) && self.compares_by_identity(&rhs_wasm) {
                    // Instances of ordinary classes and arrays: identity, with no call.
                    self.expression(lhs)?;
                    self.expression(rhs)?;
                    self.push(Instr::RefEq);
                } else {
                    // Strings compare by content (their identity is not observable in Scala.js), boxes
                    // by the JVM's identity (boxIdentityEquals says how).
                    self.expression_as(lhs, Some(&ValType::anyref()))?;
                    self.expression_as(rhs, Some(&ValType::anyref()))?;
                    let helper = self.emitter.request_helper("boxIdentityEquals");
                    self.push(Instr::Call(helper));
                }
            }
            (Some(left), Some(right)) if left == right && matches!(left, ValType::I32 | ValType::I64) => {
                self.expression(lhs)?;
                self.expression(rhs)?;
                self.plain(if *left == ValType::I32 { W::I32Eq } else { W::I64Eq });
            }
            (Some(ValType::F32 | ValType::F64), Some(_)) => {
                // `===` on floating-point numbers is `Object.is`: NaN equals NaN, 0.0 differs from -0.0.
                self.expression_as(lhs, Some(&ValType::anyref()))?;
                self.expression_as(rhs, Some(&ValType::anyref()))?;
                let helper = self.emitter.request_helper("referenceEquals");
                self.push(Instr::Call(helper));
            }
            _ => {
                return self.unsupported(format!("=== between `{}` and `{}` (boxing)", lhs.ty, rhs.ty));
            }
        }
        if negate {
            self.plain(W::I32Eqz);
        }
        Ok(())
    }

    /// Pushes an operand of `+[string]` converted to a string, as Java's string concatenation does.
    fn push_as_string(&mut self, operand: &Tree) -> Result<(), EmitError> {
        let string = ValType::non_null(HeapType::Concrete(self.emitter.string_type()));
        match kiln_link::summary::string_conversion(&operand.ty) {
            None if operand.ty.is_nullable() => {
                self.expression_as(operand, Some(&ValType::anyref()))?;
                let helper = self.emitter.request_helper("stringOrNull");
                self.push(Instr::Call(helper));
                Ok(())
            }
            None => self.expression_as(operand, Some(&string)),
            Some(key) => {
                self.call_arguments(key, std::slice::from_ref(operand))?;
                self.call_and_adapt(key, &Type::String);
                Ok(())
            }
        }
    }
}

pub(crate) fn storage_value_type(storage: StorageType) -> ValType {
    match storage {
        StorageType::I8 | StorageType::I16 => ValType::I32,
        StorageType::Val(ty) => ty,
    }
}

/// A rotation written with shifts, as `Integer.rotateRight` and its inlined copies are.
struct Rotation<'t> {
    /// A local: read twice by the shifts, once by the rotation, the same value each time.
    value: &'t Tree,
    /// The distance of the rotation (to the right when `right`): a local or a literal.
    distance: &'t Tree,
    right: bool,
}

/// Recognises `(x >>> d) | (x << -d)` (a rotation to the right by `d`), `(x << d) | (x >>> -d)` (to the
/// left), either way round, and the same with literal distances that add up to a multiple of the width
/// (`(x >>> 14) | (x << 50)` for a `long`). Java masks shift distances to the width, as Wasm's rotations
/// do, so every distance, negative and zero included, rotates the same. Only locals and literals are
/// matched, so that reading them once instead of twice changes nothing.
fn rotation<'t>(op: BinaryOp, lhs: &'t Tree, rhs: &'t Tree) -> Option<Rotation<'t>> {
    use BinaryOp::*;
    let (shift_left, shift_right, subtract, width_mask) = match op {
        IntOr => (IntShl, IntShrUnsigned, IntSub, 31),
        LongOr => (LongShl, LongShrUnsigned, IntSub, 63),
        _ => return None,
    };
    let shift = |tree: &'t Tree| match &tree.kind {
        TreeKind::BinaryOp { op, lhs, rhs } if *op == shift_left || *op == shift_right => {
            Some((*op == shift_right, lhs.as_ref(), rhs.as_ref()))
        }
        _ => None,
    };
    let (first_right, first_value, first_distance) = shift(lhs)?;
    let (second_right, second_value, second_distance) = shift(rhs)?;
    if first_right == second_right {
        return None;
    }
    let same_local = |a: &Tree, b: &Tree| matches!((&a.kind, &b.kind), (TreeKind::VarRef(x), TreeKind::VarRef(y)) if x == y);
    if !same_local(first_value, second_value) {
        return None;
    }
    let negation_of = |negated: &Tree, distance: &Tree| match &negated.kind {
        TreeKind::BinaryOp { op, lhs, rhs } if *op == subtract => {
            matches!(lhs.kind, TreeKind::Int(0)) && same_local(rhs, distance)
        }
        _ => false,
    };
    let complementary_literals = |a: &Tree, b: &Tree| match (&a.kind, &b.kind) {
        (TreeKind::Int(a), TreeKind::Int(b)) => a.wrapping_add(*b) & width_mask == 0,
        _ => false,
    };
    // The distance is the one of the shift whose direction the rotation takes; `-d` sits on the other.
    if negation_of(second_distance, first_distance) || complementary_literals(first_distance, second_distance) {
        return Some(Rotation { value: first_value, distance: first_distance, right: first_right });
    }
    if negation_of(first_distance, second_distance) {
        return Some(Rotation { value: second_value, distance: second_distance, right: second_right });
    }
    None
}

/// `a !== null` (true: the condition holds when `a` is not null) or `a === null` (false), of a local `a`.
fn simple_null_test(cond: &Tree) -> Option<(LocalName, bool)> {
    let TreeKind::BinaryOp { op, lhs, rhs } = &cond.kind else { return None };
    let when_non_null = match op {
        BinaryOp::RefNe => true,
        BinaryOp::RefEq => false,
        _ => return None,
    };
    match (&lhs.kind, &rhs.kind) {
        (TreeKind::VarRef(local), TreeKind::Null) | (TreeKind::Null, TreeKind::VarRef(local)) => Some((*local, when_non_null)),
        _ => None,
    }
}

/// The local `a` of a `a.notNull` check.
fn checked_local(tree: &Tree) -> Option<LocalName> {
    match &tree.kind {
        TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand } => match operand.kind {
            TreeKind::VarRef(local) => Some(local),
            _ => None,
        },
        _ => None,
    }
}

/// The local `a` of a definition `val a$1 = a.notNull`.
fn checked_local_definition(tree: &Tree) -> Option<LocalName> {
    match &tree.kind {
        TreeKind::VarDef { rhs, .. } => checked_local(rhs),
        _ => None,
    }
}

/// Whether a branch or loop body starts with `val a$1 = a.notNull`, the first thing it evaluates.
fn checks_first(body: &Tree, local: LocalName) -> bool {
    match &body.kind {
        TreeKind::Block(statements) => statements.first().is_some_and(|first| checked_local_definition(first) == Some(local)),
        _ => checked_local_definition(body) == Some(local),
    }
}
