//! Constant folding and propagation, and the clean-up of what inlining leaves behind.
//!
//! Inlining binds each argument to a `val`; when the argument was a literal, every use of the parameter
//! can read the literal instead, and the operators around it can then be computed now rather than on
//! every run. The rules are Java's, evaluated here exactly as the JVM would:
//!
//! - `int` and `long` arithmetic wraps; shifts use the low 5 (6) bits of the distance; division and
//!   remainder by a literal zero are left alone, since they must throw `ArithmeticException` at run time,
//!   and `MIN_VALUE / -1` wraps to `MIN_VALUE`.
//! - `float` and `double` arithmetic is IEEE 754 in the operand's precision (Rust's `f32` and `f64` are
//!   the same arithmetic); `%` is the truncating remainder of both languages. Conversions to integers
//!   saturate and send NaN to 0 (JLS 5.1.3, which is also Rust's `as`).
//! - String concatenation of a literal string with a literal string, `int`, `long`, `char` or `boolean`
//!   (whose `toString` is plain decimal or the value itself) is one literal; floating values are not
//!   folded into strings, their shortest-repr formatting being the runtime library's job.
//!
//! Beyond operators:
//! - `val x: T = <literal>`: the uses of `x` read the literal and the definition goes (a string literal
//!   only when it is read once, since each occurrence of one allocates);
//! - `if (true) a else b` is `a` (when the types agree, so the value's representation cannot change);
//! - a `Labeled` block whose only `return` to its label is its last statement is a plain block: this is
//!   what an inlined `return$1[T]: { return@return$1 e }` becomes;
//! - a `val` bound to `this`, a local, a literal or a module whose construction does nothing observable
//!   (`System.out`) that nothing reads is dropped (the binding of an inlined receiver that the body never
//!   used), and blocks nested in blocks without definitions of their
//!   own are spliced into their parent.
//!
//! Every rewrite keeps the tree's type, and every folded value has exactly the type of the tree it
//! replaces, so the emitter lowers the result with the same representations as before.

use std::collections::BTreeSet;

use kiln_ir::names::{ClassName, LabelName, LocalName};
use kiln_ir::trees::{BinaryOp, Tree, TreeKind, UnaryOp, for_each_child, for_each_child_mut};
use kiln_ir::types::Type;

use super::OptimisationReport;

pub const PASS: &str = "fold";

#[derive(Default)]
struct Counts {
    folded: usize,
    propagated: usize,
    branches: usize,
    labels: usize,
    dead_vals: usize,
}

/// Folds a method body.
/// `quiet_modules` are the modules whose loading does nothing observable but making them
/// (`super::quietly_constructed_modules`).
pub fn run(tree: &mut Tree, quiet_modules: &BTreeSet<ClassName>, report: &mut OptimisationReport) {
    let mut counts = Counts::default();
    let mut folder = Folder { constants: Vec::new(), counts: &mut counts, quiet_modules };
    folder.fold(tree);
    report.add(PASS, "operators computed", counts.folded);
    report.add(PASS, "literal vals propagated", counts.propagated);
    report.add(PASS, "branches decided", counts.branches);
    report.add(PASS, "return labels removed", counts.labels);
    report.add(PASS, "unused vals removed", counts.dead_vals);
}

struct Folder<'c> {
    /// The literal `val`s in scope, innermost last (a name may be defined again in a nested block).
    constants: Vec<(LocalName, Option<Tree>)>,
    counts: &'c mut Counts,
    quiet_modules: &'c BTreeSet<ClassName>,
}

impl Folder<'_> {
    fn fold(&mut self, tree: &mut Tree) {
        match &mut tree.kind {
            TreeKind::Block(statements) => {
                let depth = self.constants.len();
                let mut originals = std::mem::take(statements);
                let mut kept = Vec::with_capacity(originals.len());
                for index in 0..originals.len() {
                    let mut statement = std::mem::replace(&mut originals[index], Tree::new(TreeKind::Skip, tree.span));
                    self.fold(&mut statement);
                    if let TreeKind::VarDef { name, ty, mutable, rhs, .. } = &statement.kind {
                        // A string literal allocates where it is used: it is copied only to a single use.
                        let single_string_use = matches!(rhs.kind, TreeKind::String(_))
                            && originals[index + 1..].iter().map(|later| count_reads(later, *name)).sum::<usize>() <= 1;
                        if !*mutable && ((is_literal(rhs) && rhs.ty == *ty) || single_string_use) {
                            self.constants.push((*name, Some((**rhs).clone())));
                            continue;
                        }
                        // A later definition of the same name hides an earlier constant.
                        self.constants.push((*name, None));
                    }
                    kept.push(statement);
                }
                self.constants.truncate(depth);
                remove_unused_vals(&mut kept, self.quiet_modules, self.counts);
                let mut spliced = splice_blocks(kept);
                keep_void(&tree.ty, &mut spliced, tree.span);
                *statements = spliced;
                if statements.is_empty() {
                    tree.kind = TreeKind::Skip;
                }
            }
            TreeKind::VarRef(name) => {
                if let Some((_, Some(literal))) = self.constants.iter().rev().find(|(bound, _)| bound == name)
                    && (literal.ty == tree.ty || matches!(literal.kind, TreeKind::String(_)))
                {
                    // A string literal is a non-null string, a subtype of whatever string type the local had.
                    tree.kind = literal.kind.clone();
                    tree.ty = literal.ty.clone();
                    self.counts.propagated += 1;
                }
            }
            TreeKind::TryCatch { block, var, handler, .. } => {
                self.fold(block);
                self.constants.push((*var, None));
                self.fold(handler);
                self.constants.pop();
            }
            TreeKind::Closure { captures, body, .. } => {
                for (_, value) in captures.iter_mut() {
                    self.fold(value);
                }
                // The body is a function of its own: the outer locals are not in its scope.
                let outer = std::mem::take(&mut self.constants);
                self.fold(body);
                self.constants = outer;
            }
            _ => for_each_child_mut(tree, |child| self.fold(child)),
        }
        self.simplify(tree);
    }

    /// Rewrites one node whose children are already folded.
    fn simplify(&mut self, tree: &mut Tree) {
        let (kind, counter) = match &tree.kind {
            TreeKind::BinaryOp { op, lhs, rhs } => (fold_binary(*op, lhs, rhs), Some(&mut self.counts.folded)),
            // A check of a value whose type already excludes null.
            TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand } if !operand.ty.is_nullable() && operand.ty == tree.ty => {
                (Some(operand.kind.clone()), None)
            }
            TreeKind::UnaryOp { op, operand } => (fold_unary(*op, operand), Some(&mut self.counts.folded)),
            TreeKind::If { cond, then_branch, else_branch } => match cond.kind {
                TreeKind::Boolean(value) => {
                    let chosen = if value { then_branch } else { else_branch };
                    let same_type = chosen.ty == tree.ty || is_module_in_class_context(chosen, &tree.ty);
                    (same_type.then(|| chosen.kind.clone()), Some(&mut self.counts.branches))
                }
                _ => (None, None),
            },
            TreeKind::Labeled { label, ty, body } => (unlabel(*label, ty, body), Some(&mut self.counts.labels)),
            // A block of one expression is that expression.
            TreeKind::Block(statements) => match statements.as_slice() {
                [only] if only.ty == tree.ty && !matches!(only.kind, TreeKind::VarDef { .. }) => (Some(only.kind.clone()), None),
                _ => (None, None),
            },
            _ => (None, None),
        };
        if let Some(kind) = kind {
            tree.kind = kind;
            if let Some(counter) = counter {
                *counter += 1;
            }
        }
    }
}

fn is_literal(tree: &Tree) -> bool {
    tree.kind.is_primitive_literal()
}

/// `l: { ...; return@l e }` with no other `return@l` is `{ ...; e }`.
fn unlabel(label: LabelName, ty: &Type, body: &Tree) -> Option<TreeKind> {
    let returns = count_returns(body, label);
    let (mut statements, last) = match &body.kind {
        TreeKind::Block(statements) => {
            let (last, rest) = statements.split_last()?;
            (rest.to_vec(), last)
        }
        _ => (Vec::new(), body),
    };
    let TreeKind::Return { label: returned, expr } = &last.kind else { return None };
    if *returned != label || returns != 1 {
        return None;
    }
    match expr {
        Some(expr) if expr.ty == *ty => statements.push((**expr).clone()),
        None if *ty == Type::Void => keep_void(ty, &mut statements, body.span),
        _ => return None,
    }
    Some(TreeKind::Block(statements))
}

fn count_returns(tree: &Tree, label: LabelName) -> usize {
    let mut count = usize::from(matches!(&tree.kind, TreeKind::Return { label: returned, .. } if *returned == label));
    for_each_child(tree, |child| count += count_returns(child, label));
    count
}

/// Whether a branch chosen by a constant condition may stand for the whole `if` though its type is
/// narrower: a module instance (a plain object of its class) where the `if` has a class type, as
/// `System.out`'s `if (no redirection) mod:StandardOutput$ else ..` of type `PrintStream`. Other types
/// keep the `if` (strings, boxes and primitives have representations of their own).
fn is_module_in_class_context(chosen: &Tree, context: &Type) -> bool {
    matches!(chosen.kind, TreeKind::LoadModule(_)) && matches!(context, Type::Class { .. })
}

/// Drops `val`s whose value is free to compute (a literal, `this`, a local) and that nothing reads.
fn remove_unused_vals(statements: &mut Vec<Tree>, quiet_modules: &BTreeSet<ClassName>, counts: &mut Counts) {
    let mut index = 0;
    while index < statements.len() {
        let removable = match &statements[index].kind {
            TreeKind::VarDef { name, mutable: false, rhs, .. } => {
                is_free_value(rhs, quiet_modules) && !statements[index + 1..].iter().any(|later| reads_local(later, *name))
            }
            _ => false,
        };
        if removable {
            statements.remove(index);
            counts.dead_vals += 1;
        } else {
            index += 1;
        }
    }
}

/// Whether a value costs nothing to compute and cannot throw, seen through blocks of one expression and
/// checks of values that cannot be null.
fn is_free_value(tree: &Tree, quiet_modules: &BTreeSet<ClassName>) -> bool {
    match &tree.kind {
        TreeKind::LoadModule(class) => quiet_modules.contains(class),
        TreeKind::Block(statements) => matches!(statements.as_slice(), [only] if is_free_value(only, quiet_modules)),
        TreeKind::UnaryOp { op: UnaryOp::CheckNotNull, operand } => {
            !operand.ty.is_nullable() && is_free_value(operand, quiet_modules)
        }
        _ => is_free(tree),
    }
}

/// Whether computing a tree costs nothing and cannot throw.
fn is_free(tree: &Tree) -> bool {
    is_literal(tree) || matches!(tree.kind, TreeKind::This | TreeKind::VarRef(_) | TreeKind::Null)
}

fn count_reads(tree: &Tree, name: LocalName) -> usize {
    let mut count = usize::from(matches!(tree.kind, TreeKind::VarRef(used) if used == name));
    for_each_child(tree, |child| count += count_reads(child, name));
    count
}

fn reads_local(tree: &Tree, name: LocalName) -> bool {
    match &tree.kind {
        TreeKind::VarRef(used) if *used == name => true,
        _ => {
            let mut found = false;
            for_each_child(tree, |child| found = found || reads_local(child, name));
            found
        }
    }
}

/// A block of type `void` whose last statement has a value would leave that value behind (the emitter
/// lowers a block's last statement as its value): such a block ends with a `Skip`.
pub fn keep_void(ty: &Type, statements: &mut Vec<Tree>, span: kiln_ir::source::Span) {
    if *ty == Type::Void && statements.last().is_some_and(|last| !matches!(last.ty, Type::Void | Type::Nothing)) {
        let mut skip = Tree::new(TreeKind::Skip, span);
        skip.ty = Type::Void;
        statements.push(skip);
    }
}

/// Splices nested blocks that define nothing into their parent, and drops `Skip`s that are not the value.
fn splice_blocks(statements: Vec<Tree>) -> Vec<Tree> {
    let count = statements.len();
    let mut result = Vec::with_capacity(count);
    for (index, statement) in statements.into_iter().enumerate() {
        let last = index + 1 == count;
        match statement.kind {
            TreeKind::Block(inner)
                if (!last || inner.last().is_some_and(|value| value.ty == statement.ty))
                    && !inner.iter().any(|tree| matches!(tree.kind, TreeKind::VarDef { .. })) =>
            {
                result.extend(inner)
            }
            TreeKind::Skip if !last => {}
            _ => result.push(statement),
        }
    }
    result
}

/// A literal value, widened to the operations' types.
#[derive(Copy, Clone, Debug, PartialEq)]
enum Constant {
    Boolean(bool),
    Int(i32),
    Long(i64),
    Float(f32),
    Double(f64),
    Char(u16),
}

fn constant(tree: &Tree) -> Option<Constant> {
    Some(match tree.kind {
        TreeKind::Boolean(value) => Constant::Boolean(value),
        TreeKind::Int(value) => Constant::Int(value),
        TreeKind::Byte(value) => Constant::Int(i32::from(value)),
        TreeKind::Short(value) => Constant::Int(i32::from(value)),
        TreeKind::Char(value) => Constant::Char(value),
        TreeKind::Long(value) => Constant::Long(value),
        TreeKind::Float(value) => Constant::Float(value),
        TreeKind::Double(value) => Constant::Double(value),
        _ => return None,
    })
}

fn fold_binary(op: BinaryOp, lhs: &Tree, rhs: &Tree) -> Option<TreeKind> {
    use BinaryOp::*;
    if op == StringConcat {
        return fold_concat(lhs, rhs);
    }
    let (left, right) = (constant(lhs)?, constant(rhs)?);
    Some(match (left, right) {
        (Constant::Boolean(a), Constant::Boolean(b)) => TreeKind::Boolean(match op {
            BooleanEq => a == b,
            BooleanNe => a != b,
            BooleanOr => a | b,
            BooleanAnd => a & b,
            _ => return None,
        }),
        (Constant::Int(a), Constant::Int(b)) => match op {
            IntAdd => TreeKind::Int(a.wrapping_add(b)),
            IntSub => TreeKind::Int(a.wrapping_sub(b)),
            IntMul => TreeKind::Int(a.wrapping_mul(b)),
            IntDiv if b != 0 => TreeKind::Int(a.wrapping_div(b)),
            IntRem if b != 0 => TreeKind::Int(a.wrapping_rem(b)),
            IntUnsignedDiv if b != 0 => TreeKind::Int(((a as u32) / (b as u32)) as i32),
            IntUnsignedRem if b != 0 => TreeKind::Int(((a as u32) % (b as u32)) as i32),
            IntOr => TreeKind::Int(a | b),
            IntAnd => TreeKind::Int(a & b),
            IntXor => TreeKind::Int(a ^ b),
            IntShl => TreeKind::Int(a.wrapping_shl(b as u32 & 31)),
            IntShr => TreeKind::Int(a.wrapping_shr(b as u32 & 31)),
            IntShrUnsigned => TreeKind::Int(((a as u32) >> (b as u32 & 31)) as i32),
            IntEq => TreeKind::Boolean(a == b),
            IntNe => TreeKind::Boolean(a != b),
            IntLt => TreeKind::Boolean(a < b),
            IntLe => TreeKind::Boolean(a <= b),
            IntGt => TreeKind::Boolean(a > b),
            IntGe => TreeKind::Boolean(a >= b),
            IntUnsignedLt => TreeKind::Boolean((a as u32) < (b as u32)),
            IntUnsignedLe => TreeKind::Boolean((a as u32) <= (b as u32)),
            IntUnsignedGt => TreeKind::Boolean((a as u32) > (b as u32)),
            IntUnsignedGe => TreeKind::Boolean((a as u32) >= (b as u32)),
            _ => return None,
        },
        (Constant::Long(a), Constant::Int(b)) => match op {
            LongShl => TreeKind::Long(a.wrapping_shl(b as u32 & 63)),
            LongShr => TreeKind::Long(a.wrapping_shr(b as u32 & 63)),
            LongShrUnsigned => TreeKind::Long(((a as u64) >> (b as u32 & 63)) as i64),
            _ => return None,
        },
        (Constant::Long(a), Constant::Long(b)) => match op {
            LongAdd => TreeKind::Long(a.wrapping_add(b)),
            LongSub => TreeKind::Long(a.wrapping_sub(b)),
            LongMul => TreeKind::Long(a.wrapping_mul(b)),
            LongDiv if b != 0 => TreeKind::Long(a.wrapping_div(b)),
            LongRem if b != 0 => TreeKind::Long(a.wrapping_rem(b)),
            LongUnsignedDiv if b != 0 => TreeKind::Long(((a as u64) / (b as u64)) as i64),
            LongUnsignedRem if b != 0 => TreeKind::Long(((a as u64) % (b as u64)) as i64),
            LongOr => TreeKind::Long(a | b),
            LongAnd => TreeKind::Long(a & b),
            LongXor => TreeKind::Long(a ^ b),
            LongEq => TreeKind::Boolean(a == b),
            LongNe => TreeKind::Boolean(a != b),
            LongLt => TreeKind::Boolean(a < b),
            LongLe => TreeKind::Boolean(a <= b),
            LongGt => TreeKind::Boolean(a > b),
            LongGe => TreeKind::Boolean(a >= b),
            LongUnsignedLt => TreeKind::Boolean((a as u64) < (b as u64)),
            LongUnsignedLe => TreeKind::Boolean((a as u64) <= (b as u64)),
            LongUnsignedGt => TreeKind::Boolean((a as u64) > (b as u64)),
            LongUnsignedGe => TreeKind::Boolean((a as u64) >= (b as u64)),
            _ => return None,
        },
        (Constant::Float(a), Constant::Float(b)) => TreeKind::Float(canonical_float(match op {
            FloatAdd => a + b,
            FloatSub => a - b,
            FloatMul => a * b,
            FloatDiv => a / b,
            FloatRem => a % b,
            _ => return None,
        })),
        (Constant::Double(a), Constant::Double(b)) => match op {
            DoubleAdd => TreeKind::Double(canonical_double(a + b)),
            DoubleSub => TreeKind::Double(canonical_double(a - b)),
            DoubleMul => TreeKind::Double(canonical_double(a * b)),
            DoubleDiv => TreeKind::Double(canonical_double(a / b)),
            DoubleRem => TreeKind::Double(canonical_double(a % b)),
            DoubleEq => TreeKind::Boolean(a == b),
            DoubleNe => TreeKind::Boolean(a != b),
            DoubleLt => TreeKind::Boolean(a < b),
            DoubleLe => TreeKind::Boolean(a <= b),
            DoubleGt => TreeKind::Boolean(a > b),
            DoubleGe => TreeKind::Boolean(a >= b),
            _ => return None,
        },
        _ => return None,
    })
}

/// A folded NaN is Java's one NaN (`0x7fc00000`), as `javac` writes a constant expression's: the host's
/// division makes a NaN with its sign bit set on x86, which `Float.floatToRawIntBits` would show.
fn canonical_float(value: f32) -> f32 {
    if value.is_nan() { f32::NAN } else { value }
}

/// A folded NaN is Java's one NaN (`0x7ff8000000000000`); see `canonical_float`.
fn canonical_double(value: f64) -> f64 {
    if value.is_nan() { f64::NAN } else { value }
}

fn fold_unary(op: UnaryOp, operand: &Tree) -> Option<TreeKind> {
    use UnaryOp::*;
    Some(match (op, constant(operand)?) {
        (BooleanNot, Constant::Boolean(value)) => TreeKind::Boolean(!value),
        (BooleanToInt, Constant::Boolean(value)) => TreeKind::Int(i32::from(value)),
        (CharToInt, Constant::Char(value)) => TreeKind::Int(i32::from(value)),
        (ByteToInt | ShortToInt, Constant::Int(value)) => TreeKind::Int(value),
        (IntToLong, Constant::Int(value)) => TreeKind::Long(i64::from(value)),
        (IntToDouble, Constant::Int(value)) => TreeKind::Double(f64::from(value)),
        (IntToChar, Constant::Int(value)) => TreeKind::Char(value as u16),
        (IntToByte, Constant::Int(value)) => TreeKind::Byte(value as i8),
        (IntToShort, Constant::Int(value)) => TreeKind::Short(value as i16),
        (LongToInt, Constant::Long(value)) => TreeKind::Int(value as i32),
        (LongToDouble, Constant::Long(value)) => TreeKind::Double(value as f64),
        (LongToFloat, Constant::Long(value)) => TreeKind::Float(value as f32),
        (DoubleToInt, Constant::Double(value)) => TreeKind::Int(value as i32),
        (DoubleToLong, Constant::Double(value)) => TreeKind::Long(value as i64),
        (DoubleToFloat, Constant::Double(value)) => TreeKind::Float(canonical_float(value as f32)),
        (FloatToDouble, Constant::Float(value)) => TreeKind::Double(f64::from(value)),
        _ => return None,
    })
}

/// `"a" + "b"`, `"n=" + 3`, `'x' + "s"`: the text of Java's `String.valueOf` for exact literals.
fn fold_concat(lhs: &Tree, rhs: &Tree) -> Option<TreeKind> {
    fn text(tree: &Tree) -> Option<Vec<u16>> {
        Some(match &tree.kind {
            TreeKind::String(units) => units.clone(),
            TreeKind::Int(value) => value.to_string().encode_utf16().collect(),
            TreeKind::Byte(value) => value.to_string().encode_utf16().collect(),
            TreeKind::Short(value) => value.to_string().encode_utf16().collect(),
            TreeKind::Long(value) => value.to_string().encode_utf16().collect(),
            TreeKind::Char(unit) => vec![*unit],
            TreeKind::Boolean(value) => value.to_string().encode_utf16().collect(),
            _ => return None,
        })
    }
    if !matches!(lhs.kind, TreeKind::String(_)) && !matches!(rhs.kind, TreeKind::String(_)) {
        return None;
    }
    let mut units = text(lhs)?;
    units.extend(text(rhs)?);
    Some(TreeKind::String(units))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::source::Span;

    fn literal(kind: TreeKind, ty: Type) -> Tree {
        Tree { kind, span: Span::default(), ty }
    }

    fn folded(op: BinaryOp, lhs: TreeKind, rhs: TreeKind) -> Option<TreeKind> {
        fold_binary(op, &literal(lhs, Type::Int), &literal(rhs, Type::Int))
    }

    #[test]
    fn integer_arithmetic_is_javas() {
        let int = |value| TreeKind::Int(value);
        assert!(matches!(folded(BinaryOp::IntAdd, int(i32::MAX), int(1)), Some(TreeKind::Int(i32::MIN))));
        assert!(matches!(folded(BinaryOp::IntDiv, int(i32::MIN), int(-1)), Some(TreeKind::Int(i32::MIN))));
        assert!(matches!(folded(BinaryOp::IntRem, int(-7), int(2)), Some(TreeKind::Int(-1))));
        assert!(matches!(folded(BinaryOp::IntShl, int(1), int(33)), Some(TreeKind::Int(2))));
        assert!(matches!(folded(BinaryOp::IntShrUnsigned, int(-1), int(28)), Some(TreeKind::Int(15))));
        assert!(matches!(folded(BinaryOp::LongShl, TreeKind::Long(1), int(65)), Some(TreeKind::Long(2))));
        assert!(matches!(folded(BinaryOp::LongShr, TreeKind::Long(-8), int(1)), Some(TreeKind::Long(-4))));
    }

    #[test]
    fn division_by_zero_is_left_to_throw() {
        assert!(folded(BinaryOp::IntDiv, TreeKind::Int(1), TreeKind::Int(0)).is_none());
        assert!(folded(BinaryOp::IntRem, TreeKind::Int(1), TreeKind::Int(0)).is_none());
        assert!(folded(BinaryOp::LongDiv, TreeKind::Long(1), TreeKind::Long(0)).is_none());
        assert!(folded(BinaryOp::LongUnsignedRem, TreeKind::Long(1), TreeKind::Long(0)).is_none());
    }

    #[test]
    fn conversions_saturate_like_the_jvm() {
        let double = |value| literal(TreeKind::Double(value), Type::Double);
        assert!(matches!(fold_unary(UnaryOp::DoubleToInt, &double(f64::NAN)), Some(TreeKind::Int(0))));
        assert!(matches!(fold_unary(UnaryOp::DoubleToInt, &double(1e20)), Some(TreeKind::Int(i32::MAX))));
        assert!(matches!(fold_unary(UnaryOp::DoubleToLong, &double(-1e30)), Some(TreeKind::Long(i64::MIN))));
        let int = literal(TreeKind::Int(200), Type::Int);
        assert!(matches!(fold_unary(UnaryOp::IntToByte, &int), Some(TreeKind::Byte(-56))));
        assert!(matches!(fold_unary(UnaryOp::IntToChar, &literal(TreeKind::Int(-1), Type::Int)), Some(TreeKind::Char(0xFFFF))));
    }

    #[test]
    fn floating_values_stay_out_of_strings() {
        let string = literal(TreeKind::String("x=".encode_utf16().collect()), Type::String);
        let double = literal(TreeKind::Double(0.1), Type::Double);
        assert!(fold_concat(&string, &double).is_none());
        let long = literal(TreeKind::Long(-5), Type::Long);
        let Some(TreeKind::String(units)) = fold_concat(&string, &long) else { panic!("not folded") };
        assert_eq!(String::from_utf16_lossy(&units), "x=-5");
    }

    #[test]
    fn a_label_that_only_returns_at_the_end_goes() {
        let label = LabelName::new("return$1");
        let value = literal(TreeKind::Int(3), Type::Int);
        let body = literal(TreeKind::Return { label, expr: Some(Box::new(value)) }, Type::Nothing);
        let mut tree = literal(TreeKind::Labeled { label, ty: Type::Int, body: Box::new(body) }, Type::Int);
        let mut report = OptimisationReport::default();
        run(&mut tree, &BTreeSet::new(), &mut report);
        assert!(
            matches!(tree.kind, TreeKind::Block(ref statements) if matches!(statements[..], [Tree { kind: TreeKind::Int(3), .. }]))
        );
        assert_eq!(report.count(PASS, "return labels removed"), 1);
    }
}
