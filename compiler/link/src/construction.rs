//! What a constructor does when all it does is set fields: shared by the emitter (one `struct.new`) and
//! the optimiser's scalar replacement (no object at all).

use kiln_ir::names::{FieldName, LocalName};
use kiln_ir::trees::{BinaryOp, MethodBody, MethodDef, Tree, TreeKind, UnaryOp};

/// The fields a constructor sets and the values it sets them to, when that is all it does: its body is
/// only `this.f = value`, each field once, each value made of the parameters and literals with operators
/// that cannot throw. Statements for which `skippable` holds are passed over (the optimiser passes
/// super-constructor calls that do nothing; the emitter, which sees the optimised program where the
/// inliner has removed those, passes nothing). Such a constructor can run as the allocation itself.
pub fn field_initialising_constructor<'m>(
    method: &'m MethodDef,
    skippable: &dyn Fn(&Tree) -> bool,
) -> Option<Vec<(FieldName, &'m Tree)>> {
    let MethodBody::Tree(body) = &method.body else { return None };
    let mut statements = Vec::new();
    flatten_statements(body, &mut statements);
    let params: Vec<LocalName> = method.params.iter().filter(|param| !param.mutable).map(|param| param.name).collect();
    let mut values: Vec<(FieldName, &Tree)> = Vec::new();
    for statement in statements {
        if skippable(statement) {
            continue;
        }
        let TreeKind::Assign { lhs, rhs } = &statement.kind else { return None };
        let TreeKind::Select { qualifier, field } = &lhs.kind else { return None };
        if !matches!(qualifier.kind, TreeKind::This)
            || values.iter().any(|(assigned, _)| assigned == field)
            || !is_plain_value(rhs, &params)
        {
            return None;
        }
        values.push((*field, rhs.as_ref()));
    }
    Some(values)
}

/// The statements of a body, with nested blocks opened and `Skip`s left out.
pub fn flatten_statements<'t>(tree: &'t Tree, into: &mut Vec<&'t Tree>) {
    match &tree.kind {
        TreeKind::Block(statements) => statements.iter().for_each(|statement| flatten_statements(statement, into)),
        TreeKind::Skip => {}
        _ => into.push(tree),
    }
}

/// A value computed from parameters and literals by operators that cannot throw or have effects.
pub fn is_plain_value(tree: &Tree, params: &[LocalName]) -> bool {
    use BinaryOp::*;
    match &tree.kind {
        TreeKind::VarRef(name) => params.contains(name),
        TreeKind::Null => true,
        kind if kind.is_primitive_literal() => true,
        TreeKind::BinaryOp { op, lhs, rhs } => {
            !matches!(
                op,
                IntDiv
                    | IntRem
                    | LongDiv
                    | LongRem
                    | IntUnsignedDiv
                    | IntUnsignedRem
                    | LongUnsignedDiv
                    | LongUnsignedRem
                    | StringConcat
                    | StringCharAt
                    | ClassIsInstance
                    | ClassIsAssignableFrom
                    | ClassCast
                    | ClassNewArray
            ) && is_plain_value(lhs, params)
                && is_plain_value(rhs, params)
        }
        TreeKind::UnaryOp { op, operand } => {
            use UnaryOp::*;
            matches!(
                op,
                BooleanNot
                    | CharToInt
                    | ByteToInt
                    | ShortToInt
                    | IntToLong
                    | IntToDouble
                    | LongToInt
                    | LongToDouble
                    | DoubleToInt
                    | DoubleToLong
                    | DoubleToFloat
                    | FloatToDouble
                    | LongToFloat
                    | IntToChar
                    | IntToByte
                    | IntToShort
                    | BooleanToInt
            ) && is_plain_value(operand, params)
        }
        _ => false,
    }
}
