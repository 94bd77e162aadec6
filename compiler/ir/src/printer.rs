//! The printer of the IR text format: canonical text, which the parser reads back to the same trees and bytes.

use crate::trees::*;
use crate::types::Type;

pub fn print_program(program: &Program) -> String {
    print_program_with_comments(program, "", &[])
}

/// The canonical text of one file's classes with its comments (`ParsedFile::comments`, ranges of `text`)
/// put back: each before the class, member or statement that follows it in the source, on a line of its
/// own at that place's indentation (a comment at the end of a line of code moves above the next one); the
/// comments after the last class close the text.
pub fn print_program_with_comments(program: &Program, text: &str, comments: &[std::ops::Range<u32>]) -> String {
    let comments = comments
        .iter()
        .map(|range| (range.start, text.get(range.start as usize..range.end as usize).unwrap_or("").trim_end().to_string()))
        .collect();
    let mut printer = Printer { comments, ..Printer::default() };
    for (index, class) in program.classes.iter().enumerate() {
        if index > 0 {
            printer.out.push('\n');
        }
        while printer.next_comment < printer.comments.len() && printer.comments[printer.next_comment].0 < class.span.start {
            let text = std::mem::take(&mut printer.comments[printer.next_comment].1);
            printer.out.push_str(&text);
            printer.out.push('\n');
            printer.next_comment += 1;
        }
        printer.class_def(class);
        printer.out.push('\n');
    }
    for (_, text) in printer.comments.iter().skip(printer.next_comment) {
        printer.out.push_str(text);
        printer.out.push('\n');
    }
    printer.out
}

pub fn print_tree(tree: &Tree) -> String {
    let mut printer = Printer::default();
    printer.tree(tree);
    printer.out
}

#[derive(Default)]
struct Printer {
    out: String,
    indent: usize,
    /// The source's comments by offset, and how many are printed.
    comments: Vec<(u32, String)>,
    next_comment: usize,
}

/// Formats a float the way Java's `Double.toString` lays digits out (`1.5`, `1.0E10`, `1.0E-5`),
/// with the shortest digits that read back to the same value.
pub fn format_floating(value: f64, shortest_scientific: &str) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        return if value > 0.0 { "Infinity".to_string() } else { "-Infinity".to_string() };
    }
    if value == 0.0 {
        return if value.is_sign_negative() { "-0.0".to_string() } else { "0.0".to_string() };
    }
    // `shortest_scientific` is Rust's `{:e}` form: `-1.2345e3`.
    let (negative, body) = match shortest_scientific.strip_prefix('-') {
        Some(body) => (true, body),
        None => (false, shortest_scientific),
    };
    let (mantissa, exponent) = body.split_once('e').unwrap_or((body, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let magnitude = value.abs();
    let mut text = String::new();
    if negative {
        text.push('-');
    }
    if (1e-3..1e7).contains(&magnitude) {
        if exponent >= 0 {
            let integer_length = exponent as usize + 1;
            let mut padded = digits.clone();
            while padded.len() < integer_length {
                padded.push('0');
            }
            let (integer, fraction) = padded.split_at(integer_length);
            text.push_str(integer);
            text.push('.');
            text.push_str(if fraction.is_empty() { "0" } else { fraction });
        } else {
            text.push_str("0.");
            for _ in 0..(-exponent - 1) {
                text.push('0');
            }
            text.push_str(&digits);
        }
    } else {
        let (first, rest) = digits.split_at(1);
        text.push_str(first);
        text.push('.');
        text.push_str(if rest.is_empty() { "0" } else { rest });
        text.push('E');
        text.push_str(&exponent.to_string());
    }
    text
}

pub fn format_double(value: f64) -> String {
    format_floating(value, &format!("{value:e}"))
}

pub fn format_float(value: f32) -> String {
    format_floating(value as f64, &format!("{value:e}"))
}

/// Escapes a string the way the printer writes literals and names.
pub fn escape(units: &[u16], out: &mut String) {
    for &unit in units {
        match unit {
            8 => out.push_str("\\b"),
            9 => out.push_str("\\t"),
            10 => out.push_str("\\n"),
            11 => out.push_str("\\v"),
            12 => out.push_str("\\f"),
            13 => out.push_str("\\r"),
            34 => out.push_str("\\\""),
            92 => out.push_str("\\\\"),
            32..=126 => out.push(unit as u8 as char),
            _ => out.push_str(&format!("\\u{unit:04x}")),
        }
    }
}

impl Printer {
    /// Prints, each on a line of its own, the comments that come before `offset` in the source.
    fn comments_before(&mut self, offset: u32) {
        while self.next_comment < self.comments.len() && self.comments[self.next_comment].0 < offset {
            let text = std::mem::take(&mut self.comments[self.next_comment].1);
            self.newline();
            self.print(&text);
            self.next_comment += 1;
        }
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push(' ');
        }
    }

    fn print(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn original_name(&mut self, name: &Option<String>) {
        if let Some(name) = name {
            self.out.push('{');
            self.out.push_str(name);
            self.out.push('}');
        }
    }

    fn hints(&mut self, hints: u32) {
        if hints != 0 {
            self.print(&format!("@hints({hints}) "));
        }
    }

    fn class_def(&mut self, class: &ClassDef) {
        self.hints(class.optimizer_hints);
        self.print(class.kind.keyword());
        self.print(" ");
        self.print(class.name.as_str());
        self.original_name(&class.original_name);
        if let Some(super_class) = class.super_class {
            self.print(" extends ");
            self.print(super_class.as_str());
        }
        if !class.interfaces.is_empty() {
            self.print(" implements ");
            let names: Vec<&str> = class.interfaces.iter().map(|name| name.as_str()).collect();
            self.print(&names.join(", "));
        }
        self.print(" {");
        self.indent += 2;
        for field in &class.fields {
            self.comments_before(field.span.start);
            self.newline();
            self.print(field.namespace.prefix());
            self.print(if field.mutable { "var " } else { "val " });
            self.print(&field.name.to_string());
            self.original_name(&field.original_name);
            self.print(": ");
            self.print(&field.ty.to_string());
        }
        for method in &class.methods {
            self.comments_before(method.span.start);
            self.newline();
            self.method_def(method);
        }
        self.comments_before(class.span.end);
        self.indent -= 2;
        self.newline();
        self.print("}");
    }

    fn method_def(&mut self, method: &MethodDef) {
        self.hints(method.optimizer_hints);
        self.print(method.namespace.prefix());
        self.print("def ");
        self.print(method.name.as_str());
        self.original_name(&method.original_name);
        self.signature(&method.params, &method.result);
        match &method.body {
            MethodBody::Abstract => self.print("<abstract>"),
            MethodBody::Intrinsic => self.print("<intrinsic>"),
            // The body's comments run to the method's closing brace, past its last statement's end.
            MethodBody::Tree(body) => self.block_ending_at(body, method.span.end.max(body.span.end)),
        }
    }

    fn signature(&mut self, params: &[ParamDef], result: &Type) {
        self.print("(");
        for (index, param) in params.iter().enumerate() {
            if index > 0 {
                self.print(", ");
            }
            self.param(param);
        }
        self.print(")");
        if *result != Type::Void {
            self.print(": ");
            self.print(&result.to_string());
            self.print(" = ");
        } else {
            self.print(" ");
        }
    }

    fn param(&mut self, param: &ParamDef) {
        if param.mutable {
            self.print("var ");
        }
        self.print(param.name.as_str());
        self.original_name(&param.original_name);
        self.print(": ");
        self.print(&param.ty.to_string());
    }

    fn block(&mut self, tree: &Tree) {
        self.block_ending_at(tree, tree.span.end)
    }

    fn block_ending_at(&mut self, tree: &Tree, end: u32) {
        let statements: Vec<&Tree> = match &tree.kind {
            TreeKind::Block(statements) => statements.iter().collect(),
            TreeKind::Skip => Vec::new(),
            _ => vec![tree],
        };
        self.print("{");
        self.indent += 2;
        for (index, statement) in statements.iter().enumerate() {
            self.comments_before(statement.span.start);
            self.newline();
            self.tree(statement);
            if index + 1 < statements.len() {
                self.print(";");
            }
        }
        self.comments_before(end);
        self.indent -= 2;
        self.newline();
        self.print("}");
    }

    fn args(&mut self, args: &[Tree]) {
        self.print("(");
        for (index, arg) in args.iter().enumerate() {
            if index > 0 {
                self.print(", ");
            }
            self.tree(arg);
        }
        self.print(")");
    }

    fn flags(&mut self, flags: ApplyFlags) {
        if flags.private {
            self.print("private::");
        }
    }

    /// An operand of `||`/`&&` that is itself such a chain is parenthesised, which the printer of Scala.js does not do.
    fn short_circuit_operand(&mut self, tree: &Tree) {
        if short_circuit_form(tree).is_some() {
            self.print("(");
            self.tree(tree);
            self.print(")");
        } else {
            self.tree(tree);
        }
    }

    fn tree(&mut self, tree: &Tree) {
        match &tree.kind {
            TreeKind::VarDef { name, original_name, ty, mutable, rhs } => {
                self.print(if *mutable { "var " } else { "val " });
                self.print(name.as_str());
                self.original_name(original_name);
                self.print(": ");
                self.print(&ty.to_string());
                self.print(" = ");
                self.tree(rhs);
            }
            TreeKind::Skip => self.print("/*<skip>*/"),
            TreeKind::Block(_) => self.block(tree),
            TreeKind::Labeled { label, ty, body } => {
                self.print(label.as_str());
                if *ty != Type::Void {
                    self.print(&format!("[{ty}]"));
                }
                self.print(": ");
                self.block(body);
            }
            TreeKind::Assign { lhs, rhs } => {
                self.tree(lhs);
                self.print(" = ");
                self.tree(rhs);
            }
            TreeKind::Return { label, expr } => {
                self.print("return@");
                self.print(label.as_str());
                if let Some(expr) = expr {
                    self.print(" ");
                    self.tree(expr);
                }
            }
            TreeKind::If { cond, then_branch, else_branch } => {
                if let Some(is_or) = short_circuit_form(tree) {
                    self.short_circuit_operand(cond);
                    if is_or {
                        self.print(" || ");
                        self.short_circuit_operand(else_branch);
                    } else {
                        self.print(" && ");
                        self.short_circuit_operand(then_branch);
                    }
                    return;
                }
                self.print("if (");
                self.tree(cond);
                self.print(") ");
                self.block(then_branch);
                match &else_branch.kind {
                    TreeKind::Skip => {}
                    TreeKind::If { .. } if short_circuit_form(else_branch).is_none() => {
                        self.print(" else ");
                        self.tree(else_branch);
                    }
                    _ => {
                        self.print(" else ");
                        self.block(else_branch);
                    }
                }
            }
            TreeKind::LinkTimeIf { cond, then_branch, else_branch } => {
                self.print("link-time-if (");
                self.tree(cond);
                self.print(") ");
                self.block(then_branch);
                self.print(" else ");
                self.block(else_branch);
            }
            TreeKind::While { cond, body } => {
                self.print("while (");
                self.tree(cond);
                self.print(") ");
                self.block(body);
            }
            TreeKind::TryCatch { block, var, var_original_name, handler } => {
                self.print("try ");
                self.block(block);
                self.print(" catch (");
                self.print(var.as_str());
                self.original_name(var_original_name);
                self.print(") ");
                self.block(handler);
            }
            TreeKind::TryFinally { block, finalizer } => {
                if let TreeKind::TryCatch { .. } = block.kind {
                    self.tree(block);
                } else {
                    self.print("try ");
                    self.block(block);
                }
                self.print(" finally ");
                self.block(finalizer);
            }
            TreeKind::Match { selector, cases, default } => {
                self.print("match (");
                self.tree(selector);
                self.print(") {");
                self.indent += 2;
                for (values, body) in cases {
                    self.newline();
                    self.print("case ");
                    for (index, value) in values.iter().enumerate() {
                        if index > 0 {
                            self.print(" | ");
                        }
                        match value {
                            MatchLiteral::Int(value) => self.int_literal(*value),
                            MatchLiteral::String(value) => {
                                self.print("\"");
                                let units: Vec<u16> = value.encode_utf16().collect();
                                escape(&units, &mut self.out);
                                self.print("\"");
                            }
                            MatchLiteral::Null => self.print("null"),
                        }
                    }
                    self.print(":");
                    self.indent += 2;
                    self.newline();
                    self.tree(body);
                    self.print(";");
                    self.indent -= 2;
                }
                self.newline();
                self.print("default:");
                self.indent += 2;
                self.newline();
                self.tree(default);
                self.print(";");
                self.indent -= 4;
                self.newline();
                self.print("}");
            }
            TreeKind::New { class, ctor, args } => {
                self.print("new ");
                self.print(class.as_str());
                self.print("().");
                self.print(ctor.as_str());
                self.args(args);
            }
            TreeKind::LoadModule(class) => {
                self.print("mod:");
                self.print(class.as_str());
            }
            TreeKind::StoreModule => self.print("<storeModule>"),
            TreeKind::Select { qualifier, field } => {
                self.tree(qualifier);
                self.print(".");
                self.print(&field.to_string());
            }
            TreeKind::SelectStatic(field) => self.print(&field.to_string()),
            TreeKind::Apply { receiver, method, args, .. } => {
                self.tree(receiver);
                self.print(".");
                self.print(method.as_str());
                self.args(args);
            }
            TreeKind::ApplyStatically { flags, receiver, class, method, args } => {
                self.tree(receiver);
                self.print(".");
                self.print(class.as_str());
                self.print("::");
                self.flags(*flags);
                self.print(method.as_str());
                self.args(args);
            }
            TreeKind::ApplyStatic { flags, class, method, args } => {
                self.print(class.as_str());
                self.print("::");
                self.flags(*flags);
                self.print(method.as_str());
                self.args(args);
            }
            TreeKind::ApplyTypedClosure { closure, args } => {
                self.tree(closure);
                self.args(args);
            }
            TreeKind::NewLambda { descriptor, closure } => {
                self.print("<newLambda>(");
                self.indent += 2;
                self.newline();
                self.print("extends ");
                self.print(descriptor.super_class.as_str());
                if !descriptor.interfaces.is_empty() {
                    self.print(" implements ");
                    let names: Vec<&str> = descriptor.interfaces.iter().map(|name| name.as_str()).collect();
                    self.print(&names.join(", "));
                }
                self.print(",");
                self.newline();
                self.print("def ");
                self.print(descriptor.method.as_str());
                self.print("(");
                let types: Vec<String> = descriptor.param_types.iter().map(|ty| ty.to_string()).collect();
                self.print(&types.join(", "));
                self.print("): ");
                self.print(&descriptor.result_type.to_string());
                self.print(",");
                self.newline();
                self.tree(closure);
                self.indent -= 2;
                self.newline();
                self.print(")");
            }
            TreeKind::UnaryOp { op, operand } => self.unary_op(*op, operand),
            TreeKind::BinaryOp { op, lhs, rhs } => self.binary_op(*op, lhs, rhs),
            TreeKind::NewArray { array, length } => {
                self.print("new ");
                match array.base {
                    crate::types::ArrayBase::Prim(prim) => self.print(prim.keyword()),
                    crate::types::ArrayBase::Class(class) => self.print(class.as_str()),
                }
                self.print("[");
                self.tree(length);
                self.print("]");
                for _ in 1..array.dimensions {
                    self.print("[]");
                }
            }
            TreeKind::ArrayValue { array, elems } => {
                self.print(&array.to_string());
                self.args(elems);
            }
            TreeKind::ArraySelect { array, index, .. } => {
                self.tree(array);
                self.print("[");
                self.tree(index);
                self.print("]");
            }
            TreeKind::IsInstanceOf { expr, test_type } => {
                self.tree(expr);
                self.print(&format!(".isInstanceOf[{test_type}]"));
            }
            TreeKind::AsInstanceOf { expr, target_type } => {
                self.tree(expr);
                self.print(&format!(".asInstanceOf[{target_type}]"));
            }
            TreeKind::Null => self.print("null"),
            TreeKind::Boolean(value) => self.print(if *value { "true" } else { "false" }),
            TreeKind::Char(value) => {
                self.print("'");
                escape(&[*value], &mut self.out);
                self.print("'");
            }
            TreeKind::Byte(value) => self.signed_literal(*value as i64, "_b"),
            TreeKind::Short(value) => self.signed_literal(*value as i64, "_s"),
            TreeKind::Int(value) => self.int_literal(*value),
            TreeKind::Long(value) => self.signed_literal(*value, "L"),
            TreeKind::Float(value) => {
                self.floating_literal(format_float(*value), value.is_sign_negative() && !value.is_nan(), "f")
            }
            TreeKind::Double(value) => {
                self.floating_literal(format_double(*value), value.is_sign_negative() && !value.is_nan(), "d")
            }
            TreeKind::String(units) => {
                self.print("\"");
                escape(units, &mut self.out);
                self.print("\"");
            }
            TreeKind::ClassOf(type_ref) => self.print(&format!("classOf[{type_ref}]")),
            TreeKind::VarRef(name) => self.print(name.as_str()),
            TreeKind::This => self.print("this"),
            TreeKind::Closure { typed, captures, params, result, body } => {
                self.print(if *typed { "(typed-lambda<" } else { "(lambda<" });
                for (index, (param, value)) in captures.iter().enumerate() {
                    if index > 0 {
                        self.print(", ");
                    }
                    self.param(param);
                    self.print(" = ");
                    self.tree(value);
                }
                self.print(">");
                self.signature(params, result);
                self.block(body);
                self.print(")");
            }
            TreeKind::LinkTimeProperty(name) => self.print(&format!("<linkTimeProperty>({name})")),
        }
    }

    fn int_literal(&mut self, value: i32) {
        self.signed_literal(value as i64, "");
    }

    fn signed_literal(&mut self, value: i64, suffix: &str) {
        if value < 0 {
            self.print(&format!("({value}{suffix})"));
        } else {
            self.print(&format!("{value}{suffix}"));
        }
    }

    fn floating_literal(&mut self, text: String, negative: bool, suffix: &str) {
        if negative {
            let text = if text == "-0.0" { "-0".to_string() } else { text };
            self.print(&format!("({text}{suffix})"));
        } else {
            self.print(&format!("{text}{suffix}"));
        }
    }

    fn unary_op(&mut self, op: UnaryOp, operand: &Tree) {
        let (prefix, suffix) = match op {
            UnaryOp::BooleanNot => ("(!", ")"),
            UnaryOp::IntToChar => ("((char)", ")"),
            UnaryOp::IntToByte => ("((byte)", ")"),
            UnaryOp::IntToShort => ("((short)", ")"),
            UnaryOp::CharToInt
            | UnaryOp::ByteToInt
            | UnaryOp::ShortToInt
            | UnaryOp::LongToInt
            | UnaryOp::DoubleToInt
            | UnaryOp::BooleanToInt
            | UnaryOp::AmbiguousToInt => ("((int)", ")"),
            UnaryOp::IntToLong | UnaryOp::DoubleToLong | UnaryOp::AmbiguousToLong => ("((long)", ")"),
            UnaryOp::DoubleToFloat | UnaryOp::LongToFloat | UnaryOp::AmbiguousToFloat => ("((float)", ")"),
            UnaryOp::IntToDouble | UnaryOp::LongToDouble | UnaryOp::FloatToDouble | UnaryOp::AmbiguousToDouble => {
                ("((double)", ")")
            }
            UnaryOp::StringLength | UnaryOp::ArrayLength | UnaryOp::AmbiguousLength => ("", ".length"),
            UnaryOp::CheckNotNull => ("", ".notNull"),
            UnaryOp::ClassName => ("", ".name"),
            UnaryOp::ClassIsPrimitive => ("", ".isPrimitive"),
            UnaryOp::ClassIsInterface => ("", ".isInterface"),
            UnaryOp::ClassIsArray => ("", ".isArray"),
            UnaryOp::ClassComponentType => ("", ".componentType"),
            UnaryOp::ClassSuperClass => ("", ".superClass"),
            UnaryOp::GetClass => ("", ".getClass()"),
            UnaryOp::Clone => ("<clone>(", ")"),
            UnaryOp::IdentityHashCode => ("<identityHashCode>(", ")"),
            UnaryOp::WrapAsThrowable => ("<wrapAsThrowable>(", ")"),
            UnaryOp::UnwrapFromThrowable => ("<unwrapFromThrowable>(", ")"),
            UnaryOp::Throw => ("throw ", ""),
            UnaryOp::FloatToBits => ("<floatToBits>(", ")"),
            UnaryOp::FloatFromBits => ("<floatFromBits>(", ")"),
            UnaryOp::DoubleToBits => ("<doubleToBits>(", ")"),
            UnaryOp::DoubleFromBits => ("<doubleFromBits>(", ")"),
            UnaryOp::IntClz | UnaryOp::LongClz | UnaryOp::AmbiguousClz => ("<clz>(", ")"),
            UnaryOp::UnsignedIntToLong => ("<toLongUnsigned>(", ")"),
        };
        self.print(prefix);
        self.tree(operand);
        self.print(suffix);
    }

    fn binary_op(&mut self, op: BinaryOp, lhs: &Tree, rhs: &Tree) {
        use BinaryOp::*;
        let negation = matches!((op, &lhs.kind), (IntSub, TreeKind::Int(0)) | (LongSub, TreeKind::Long(0)))
            || matches!((op, &lhs.kind), (FloatSub, TreeKind::Float(zero)) if *zero == 0.0 && zero.is_sign_negative())
            || matches!((op, &lhs.kind), (DoubleSub, TreeKind::Double(zero)) if *zero == 0.0 && zero.is_sign_negative());
        if negation {
            self.print("(-");
            self.tree(rhs);
            self.print(")");
            return;
        }
        if matches!((op, &lhs.kind), (IntXor, TreeKind::Int(-1)) | (LongXor, TreeKind::Long(-1))) {
            self.print("(~");
            self.tree(rhs);
            self.print(")");
            return;
        }
        match op {
            StringCharAt => {
                self.tree(lhs);
                self.print("[");
                self.tree(rhs);
                self.print("]");
            }
            ClassIsInstance | ClassIsAssignableFrom | ClassCast | ClassNewArray => {
                self.print(op.symbol());
                self.print("(");
                self.tree(lhs);
                self.print(", ");
                self.tree(rhs);
                self.print(")");
            }
            _ => {
                self.print("(");
                self.tree(lhs);
                self.print(" ");
                self.print(op.symbol());
                self.print(" ");
                self.tree(rhs);
                self.print(")");
            }
        }
    }
}

/// `Some(true)` for `a || b`, `Some(false)` for `a && b`: the `If` shapes the printer writes without `if`.
fn short_circuit_form(tree: &Tree) -> Option<bool> {
    match &tree.kind {
        TreeKind::If { then_branch, .. } if matches!(then_branch.kind, TreeKind::Boolean(true)) => Some(true),
        TreeKind::If { else_branch, .. } if matches!(else_branch.kind, TreeKind::Boolean(false)) => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_print_as_java_lays_them_out() {
        for (value, text) in [
            (1.5, "1.5"),
            (100.0, "100.0"),
            (1e10, "1.0E10"),
            (1e-5, "1.0E-5"),
            (0.001, "0.001"),
            (1234567.0, "1234567.0"),
            (1e7, "1.0E7"),
            (-0.0, "-0.0"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
        ] {
            assert_eq!(format_double(value), text, "{value}");
        }
    }

    #[test]
    fn a_quote_char_reads_in_both_spellings_and_prints_as_scala_js_does() {
        let text = "class a.B extends java.lang.Object {
  def f;C(): char = {
    val x: char = '\\'';
    '''
  }
}
";
        let known = [crate::names::ClassName::new("a.B")].into_iter().collect();
        let parsed = crate::parser::parse_file(crate::FileId(0), text, &known, false);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        let printed = print_program_with_comments(&Program { classes: parsed.classes }, text, &parsed.comments);
        assert!(printed.contains("val x: char = ''';\n    '''\n"), "{printed}");
        let reparsed = crate::parser::parse_file(crate::FileId(0), &printed, &known, false);
        assert!(reparsed.diagnostics.is_empty(), "{:?}", reparsed.diagnostics);
    }

    #[test]
    fn escapes_match_the_printer_of_scala_js() {
        let mut out = String::new();
        escape(&[0x41, 0x0A, 0x22, 0x5C, 0xE9, 0xD800], &mut out);
        assert_eq!(out, "A\\n\\\"\\\\\\u00e9\\ud800");
    }
}

#[cfg(test)]
mod comment_tests {
    use super::*;

    #[test]
    fn comments_keep_their_place_at_the_indentation_of_what_follows_them() {
        let text = "// The class.
class a.B extends java.lang.Object {
  // A field.
  var a.B::x: int
  def f;I(): int = {
      // First.
    val y: int = 1; // After y.
    /* Block. */
    (y +[int] 1)
    // Last in the body.
  }
  // Last in the class.
}
// At the end.
";
        let known = [crate::names::ClassName::new("a.B")].into_iter().collect();
        let parsed = crate::parser::parse_file(crate::FileId(0), text, &known, false);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        let printed = print_program_with_comments(&Program { classes: parsed.classes }, text, &parsed.comments);
        assert_eq!(
            printed,
            "// The class.
class a.B extends java.lang.Object {
  // A field.
  var a.B::x: int
  def f;I(): int = {
    // First.
    val y: int = 1;
    // After y.
    /* Block. */
    (y +[int] 1)
    // Last in the body.
  }
  // Last in the class.
}
// At the end.
"
        );
    }
}
