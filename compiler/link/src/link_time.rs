//! Link-time properties and the conditions of `link-time-if`, evaluated once, at link time, so that only
//! the chosen branch is reached and emitted.

use kiln_ir::trees::{BinaryOp, Tree, TreeKind, UnaryOp};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTimeValue {
    Boolean(bool),
    Int(i32),
    String(String),
}

/// The value of a link-time property for Kiln's output, or `None` for an unknown property.
pub fn property(name: &str) -> Option<LinkTimeValue> {
    Some(match name {
        // Kiln's default semantics are compliant (checked), like Scala.js's development mode.
        "core/productionMode" => LinkTimeValue::Boolean(false),
        "core/isWebAssembly" => LinkTimeValue::Boolean(true),
        // The ECMAScript version Scala.js would target; Kiln emits no JavaScript, so the newest it knows.
        "core/esVersion" => LinkTimeValue::Int(15),
        "core/linkerVersion" => LinkTimeValue::String(env!("CARGO_PKG_VERSION").to_string()),
        _ => return None,
    })
}

/// Evaluates a link-time expression: literals, properties, `!`, comparisons, `&&` and `||`.
pub fn evaluate(tree: &Tree) -> Option<LinkTimeValue> {
    use LinkTimeValue::*;
    Some(match &tree.kind {
        TreeKind::Boolean(value) => Boolean(*value),
        TreeKind::Int(value) => Int(*value),
        TreeKind::String(units) => String(std::string::String::from_utf16_lossy(units)),
        TreeKind::LinkTimeProperty(name) => property(name)?,
        TreeKind::UnaryOp { op: UnaryOp::BooleanNot, operand } => match evaluate(operand)? {
            Boolean(value) => Boolean(!value),
            _ => return None,
        },
        TreeKind::If { cond, then_branch, else_branch } => match evaluate(cond)? {
            Boolean(true) => evaluate(then_branch)?,
            Boolean(false) => evaluate(else_branch)?,
            _ => return None,
        },
        TreeKind::BinaryOp { op, lhs, rhs } => {
            let (lhs, rhs) = (evaluate(lhs)?, evaluate(rhs)?);
            match (op, lhs, rhs) {
                (BinaryOp::BooleanEq, Boolean(a), Boolean(b)) => Boolean(a == b),
                (BinaryOp::BooleanNe, Boolean(a), Boolean(b)) => Boolean(a != b),
                (BinaryOp::BooleanAnd, Boolean(a), Boolean(b)) => Boolean(a && b),
                (BinaryOp::BooleanOr, Boolean(a), Boolean(b)) => Boolean(a || b),
                (BinaryOp::IntEq, Int(a), Int(b)) => Boolean(a == b),
                (BinaryOp::IntNe, Int(a), Int(b)) => Boolean(a != b),
                (BinaryOp::IntLt, Int(a), Int(b)) => Boolean(a < b),
                (BinaryOp::IntLe, Int(a), Int(b)) => Boolean(a <= b),
                (BinaryOp::IntGt, Int(a), Int(b)) => Boolean(a > b),
                (BinaryOp::IntGe, Int(a), Int(b)) => Boolean(a >= b),
                (BinaryOp::RefEq, String(a), String(b)) => Boolean(a == b),
                (BinaryOp::RefNe, String(a), String(b)) => Boolean(a != b),
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// The branch of a `link-time-if` that the program keeps, when its condition can be evaluated.
pub fn chosen_branch<'t>(cond: &Tree, then_branch: &'t Tree, else_branch: &'t Tree) -> Option<&'t Tree> {
    match evaluate(cond)? {
        LinkTimeValue::Boolean(true) => Some(then_branch),
        LinkTimeValue::Boolean(false) => Some(else_branch),
        _ => None,
    }
}
