//! The parser of the IR text format: the syntax that Scala.js's IR printer writes, made parseable.
//!
//! The printer's text is not context-free in a few places, and the parser settles them as follows.
//! - Names run together with the punctuation around them (`mod:java.lang.System$.out;Ljava.io.PrintStream()`):
//!   a class name is the longest run of dotted segments that names a class the program declares,
//!   and without such a class, the run stops before a segment that a `;`, `(` or `::` follows.
//! - `p.test.Point::x` starts with a local variable exactly when `p` is a local in scope; the parser tracks scopes.
//! - `((int)x)`, `x.length`, `(-x)`, `(~x)`, `<clz>(x)` and `x[i]` depend on the operand's type:
//!   the parser produces an ambiguous operator and the checker picks the precise one.
//!
//! The parser never panics and recovers at member and class boundaries, so one run reports every error.

mod literals;
mod names;

use std::collections::HashSet;

use crate::diagnostics::Diagnostic;
use crate::names::{ClassName, FieldName, LabelName, LocalName, MethodName, SimpleName};
use crate::source::{FileId, Span};
use crate::trees::*;
use crate::types::{ArrayBase, ArrayTypeRef, PrimType, Type, TypeRef};

/// The result of parsing one file: the classes that parsed and every error found.
#[derive(Debug, Default)]
pub struct ParsedFile {
    pub classes: Vec<ClassDef>,
    pub diagnostics: Vec<Diagnostic>,
    /// The byte ranges of the comments (`// ...` and `/* ... */`), in order: what `kiln fmt` puts back
    /// into the canonical text.
    pub comments: Vec<std::ops::Range<u32>>,
}

/// Class names declared in a text, found by a quick scan so that the parser can split runs of names.
pub fn declared_class_names(text: &str) -> Vec<ClassName> {
    let mut names = Vec::new();
    for line in text.lines() {
        let mut rest = line.trim_start();
        if rest.starts_with("@hints(") {
            rest = rest.split_once(") ").map(|(_, after)| after).unwrap_or("");
        }
        for keyword in ["module class ", "hijacked class ", "class ", "interface "] {
            if let Some(after) = rest.strip_prefix(keyword) {
                let name: String = after.chars().take_while(|&c| is_name_char(c) || c == '.').collect();
                if !name.is_empty() {
                    names.push(ClassName::new(&name));
                }
                break;
            }
        }
    }
    names
}

pub fn parse_file(file: FileId, text: &str, known_classes: &HashSet<ClassName>, is_runtime_library: bool) -> ParsedFile {
    let mut parser = Parser {
        text,
        position: 0,
        file,
        known_classes,
        is_runtime_library,
        scopes: Vec::new(),
        diagnostics: Vec::new(),
        depth: 0,
        open_blocks: 0,
        comments: Vec::new(),
    };
    let classes = parser.parse_classes();
    ParsedFile { classes, diagnostics: parser.diagnostics, comments: parser.comments }
}

/// Marks a failure whose diagnostic has already been recorded.
#[derive(Debug)]
struct Reported;

type ParseResult<T> = Result<T, Reported>;

/// Deeper nesting than this is reported instead of risking the stack.
const MAXIMUM_NESTING: usize = 400;

struct Parser<'a> {
    text: &'a str,
    position: usize,
    file: FileId,
    known_classes: &'a HashSet<ClassName>,
    is_runtime_library: bool,
    scopes: Vec<Vec<LocalName>>,
    diagnostics: Vec<Diagnostic>,
    depth: usize,
    /// Blocks opened and not yet closed in the member being parsed: what recovery must skip out of.
    open_blocks: usize,
    /// The comments passed over, sorted, each once (the parser may pass one twice when it backtracks).
    /// Ranges only: every compilation parses, and only `kiln fmt` reads the comments' text.
    comments: Vec<std::ops::Range<u32>>,
}

// Scala.js's printer writes a name's characters outside printable ASCII as `\uXXXX` escapes (a local `π`
// prints as `\u03c0`), and nothing else puts a backslash outside a literal: a backslash belongs to the
// name, which keeps its escapes as its spelling (the same name is spelled alike wherever it appears).
fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == '$' || c == '\\'
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$' || c == '\\'
}

const JAVASCRIPT_ONLY_WORDS: &[&str] = &[
    "undefined",
    "debugger",
    "typeof",
    "delete",
    "await",
    "global",
    "createjsclass",
    "dynamicImport",
    "lambda",
    "arrow-lambda",
    "async",
    "native",
    "js",
    "export",
    "get",
    "set",
    "super",
];

impl<'a> Parser<'a> {
    // ----- Characters and trivia -----

    fn peek_char(&self) -> Option<char> {
        self.text.get(self.position..)?.chars().next()
    }

    fn char_at(&self, offset: usize) -> Option<char> {
        self.text.get(offset..)?.chars().next()
    }

    fn rest(&self) -> &'a str {
        self.text.get(self.position..).unwrap_or("")
    }

    fn skip_trivia(&mut self) {
        loop {
            let rest = self.rest();
            if let Some(c) = rest.chars().next()
                && c.is_whitespace()
            {
                self.position += c.len_utf8();
            } else if rest.starts_with("//") {
                let length = rest.find('\n').unwrap_or(rest.len());
                self.record_comment(length);
            } else if rest.starts_with("/*") && !rest.starts_with("/*<skip>*/") {
                let length = rest.find("*/").map(|end| end + 2).unwrap_or(rest.len());
                self.record_comment(length);
            } else {
                return;
            }
        }
    }

    /// Notes the comment of `length` bytes at the position, and steps over it.
    fn record_comment(&mut self, length: usize) {
        let range = self.position as u32..(self.position + length) as u32;
        if let Err(at) = self.comments.binary_search_by_key(&range.start, |comment| comment.start) {
            self.comments.insert(at, range);
        }
        self.position += length;
    }

    /// Whether a line break comes between the previous token and the next one.
    fn newline_before_next(&mut self) -> bool {
        let start = self.position;
        self.skip_trivia();
        self.text[start..self.position].contains('\n')
    }

    fn at(&mut self, token: &str) -> bool {
        self.skip_trivia();
        self.rest().starts_with(token)
    }

    /// Whether the next token is the word `word` (not the start of a longer name).
    fn at_word(&mut self, word: &str) -> bool {
        self.skip_trivia();
        self.rest().starts_with(word) && self.char_at(self.position + word.len()).is_none_or(|c| !is_name_char(c) && c != '-')
    }

    fn eat(&mut self, token: &str) -> bool {
        if self.at(token) {
            self.position += token.len();
            true
        } else {
            false
        }
    }

    fn eat_word(&mut self, word: &str) -> bool {
        if self.at_word(word) {
            self.position += word.len();
            true
        } else {
            false
        }
    }

    fn span_from(&self, start: usize) -> Span {
        Span::new(self.file, start, self.position)
    }

    fn here(&mut self) -> Span {
        self.skip_trivia();
        let width = self.peek_char().map(|c| c.len_utf8()).unwrap_or(0);
        Span::new(self.file, self.position, self.position + width)
    }

    fn describe_next(&mut self) -> String {
        self.skip_trivia();
        match self.peek_char() {
            None => "end of file".to_string(),
            Some(c) if is_name_char(c) => {
                let word: String = self.rest().chars().take_while(|&c| is_name_char(c) || c == '.').take(40).collect();
                format!("`{word}`")
            }
            Some(c) => format!("`{c}`"),
        }
    }

    fn error<T>(&mut self, diagnostic: Diagnostic) -> ParseResult<T> {
        self.diagnostics.push(diagnostic);
        Err(Reported)
    }

    fn expect(&mut self, token: &str) -> ParseResult<()> {
        if self.eat(token) {
            Ok(())
        } else {
            let found = self.describe_next();
            let span = self.here();
            self.error(Diagnostic::expected(span, &format!("`{token}`"), &found))
        }
    }

    // ----- Classes and members -----

    fn parse_classes(&mut self) -> Vec<ClassDef> {
        let mut classes = Vec::new();
        loop {
            self.skip_trivia();
            if self.position >= self.text.len() {
                break;
            }
            let before = self.position;
            match self.class_def() {
                Ok(class) => classes.push(class),
                Err(Reported) => self.recover_to_next_class(before),
            }
        }
        classes
    }

    fn recover_to_next_class(&mut self, failed_at: usize) {
        // Skip to the next line that starts a class definition.
        let mut offset = self.position.max(failed_at + 1).min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset += 1;
        }
        while let Some(newline) = self.text[offset..].find('\n') {
            offset += newline + 1;
            let line = self.text[offset..].trim_start_matches([' ', '\t']);
            if ["class ", "module class ", "interface ", "hijacked class ", "@hints("].iter().any(|start| line.starts_with(start))
                && !self.text[offset..].starts_with([' ', '\t'])
            {
                self.position = offset;
                return;
            }
        }
        self.position = self.text.len();
    }

    fn hints(&mut self) -> ParseResult<u32> {
        if self.eat("@hints(") {
            let (digits, span) = self.expect_segment("a number")?;
            self.expect(")")?;
            match digits.parse::<u32>() {
                Ok(value) => Ok(value),
                Err(_) => self.error(Diagnostic::new(span, "optimizer hints must be a number")),
            }
        } else {
            Ok(0)
        }
    }

    fn class_def(&mut self) -> ParseResult<ClassDef> {
        self.skip_trivia();
        let start = self.position;
        let optimizer_hints = self.hints()?;
        let kind = if self.eat_word("module") {
            self.expect("class")?;
            ClassKind::ModuleClass
        } else if self.eat_word("hijacked") {
            self.expect("class")?;
            ClassKind::HijackedClass
        } else if self.eat_word("class") {
            ClassKind::Class
        } else if self.eat_word("interface") {
            ClassKind::Interface
        } else if self.at_word("native") || self.at_word("js") || self.at_word("captures") {
            let span = self.here();
            return self.error(Diagnostic::javascript_interop(span, "js class"));
        } else {
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "a class definition", &found));
        };
        let (name, _) = self.class_name()?;
        let original_name = self.original_name();
        let mut super_class = None;
        if self.eat_word("extends") {
            super_class = Some(self.class_name()?.0);
            if self.at("(via") {
                let span = self.here();
                return self.error(Diagnostic::javascript_interop(span, "(via ...)"));
            }
        }
        let mut interfaces = Vec::new();
        if self.eat_word("implements") {
            loop {
                interfaces.push(self.class_name()?.0);
                if !self.eat(",") {
                    break;
                }
            }
        }
        if self.at_word("loadfrom") {
            let span = self.here();
            return self.error(Diagnostic::javascript_interop(span, "loadfrom"));
        }
        self.expect("{")?;
        let mut fields = Vec::new();
        let mut methods = Vec::new();
        loop {
            self.skip_trivia();
            if self.eat("}") {
                break;
            }
            if self.position >= self.text.len() {
                let span = self.here();
                self.diagnostics.push(Diagnostic::expected(span, "`}` closing the class", "end of file"));
                break;
            }
            let line_start = self.text[..self.position].rfind('\n').map(|index| index + 1).unwrap_or(0);
            let member_indent = self.position - line_start;
            self.open_blocks = 0;
            match self.member(name) {
                Ok(Member::Field(field)) => fields.push(field),
                Ok(Member::Method(method)) => methods.push(method),
                Err(Reported) => {
                    if !self.recover_to_next_member(member_indent) {
                        break;
                    }
                }
            }
        }
        Ok(ClassDef {
            name,
            original_name,
            kind,
            super_class,
            interfaces,
            optimizer_hints,
            fields,
            methods,
            span: self.span_from(start),
            from_runtime_library: self.is_runtime_library,
        })
    }

    /// After a broken member: skips to the next line at class-body depth that starts a member (indented no
    /// deeper than the broken one), or to the `}` closing the class. Returns false at the end of the file.
    fn recover_to_next_member(&mut self, member_indent: usize) -> bool {
        self.scopes.clear();
        self.depth = 0;
        let mut brace_depth = self.open_blocks as i64;
        self.open_blocks = 0;
        let mut in_string = false;
        let mut at_line_start = false;
        while let Some(c) = self.peek_char() {
            if in_string {
                if c == '\\' {
                    self.position += 1;
                } else if c == '"' || c == '\n' {
                    in_string = false;
                }
                self.position += c.len_utf8();
                continue;
            }
            if at_line_start && brace_depth <= 0 {
                let line = self.rest().trim_start_matches([' ', '\t']);
                let starts_member = ["def ", "val ", "var ", "static ", "private ", "constructor ", "@hints("]
                    .iter()
                    .any(|start| line.starts_with(start));
                let indent = self.rest().len() - line.len();
                if starts_member && indent <= member_indent {
                    self.position += indent;
                    return true;
                }
            }
            at_line_start = c == '\n';
            match c {
                '"' => in_string = true,
                '{' => brace_depth += 1,
                '}' => {
                    if brace_depth == 0 {
                        return true;
                    }
                    brace_depth -= 1;
                }
                _ => {}
            }
            self.position += c.len_utf8();
        }
        false
    }

    fn namespace(&mut self) -> MemberNamespace {
        if self.eat_word("private") {
            if self.eat_word("static") { MemberNamespace::PrivateStatic } else { MemberNamespace::Private }
        } else if self.eat_word("static") {
            if self.eat_word("constructor") { MemberNamespace::StaticConstructor } else { MemberNamespace::PublicStatic }
        } else if self.eat_word("constructor") {
            MemberNamespace::Constructor
        } else {
            MemberNamespace::Public
        }
    }

    fn member(&mut self, class: ClassName) -> ParseResult<Member> {
        self.skip_trivia();
        let start = self.position;
        let optimizer_hints = self.hints()?;
        for word in ["get", "set", "native", "export"] {
            if self.at_word(word) {
                let span = self.here();
                return self.error(Diagnostic::javascript_interop(span, word));
            }
        }
        let namespace = self.namespace();
        if self.eat_word("val") || self.eat_word("var") {
            let mutable = self.text[..self.position].ends_with("var");
            self.skip_trivia();
            let name_start = self.position;
            let (field_class, _) = self.class_name_before_member()?;
            if !self.eat("::") {
                let span = self.here();
                return self.error(Diagnostic::new(span, "a field name is written `ClassName::name`"));
            }
            let (simple, _) = self.expect_segment("a field name")?;
            let name_span = self.span_from(name_start);
            if field_class != class {
                return self.error(Diagnostic::new(
                    name_span,
                    format!("field `{field_class}::{simple}` must be named after its class `{class}`"),
                ));
            }
            let original_name = self.original_name();
            self.expect(":")?;
            let ty = self.parse_type()?;
            return Ok(Member::Field(FieldDef {
                name: FieldName { class, simple: SimpleName::new(&simple) },
                original_name,
                namespace,
                mutable,
                ty,
                span: self.span_from(start),
            }));
        }
        if !self.eat_word("def") {
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "`def`, `val` or `var`", &found));
        }
        if self.at_word("constructor") {
            let span = self.here();
            return self.error(Diagnostic::javascript_interop(span, "def constructor"));
        }
        self.skip_trivia();
        if self.at("\"") || self.at("[") {
            let span = self.here();
            return self.error(Diagnostic::javascript_interop(span, "JS method"));
        }
        let (name, name_span) = self.method_name()?;
        let original_name = self.original_name();
        self.scopes.push(Vec::new());
        let result = self.method_rest(name, name_span, original_name, namespace, optimizer_hints, start);
        self.scopes.pop();
        result
    }

    fn method_rest(
        &mut self,
        name: MethodName,
        name_span: Span,
        original_name: Option<String>,
        namespace: MemberNamespace,
        optimizer_hints: u32,
        start: usize,
    ) -> ParseResult<Member> {
        let params = self.param_defs()?;
        let result = if self.eat(":") {
            let ty = self.parse_type()?;
            self.expect("=")?;
            ty
        } else {
            Type::Void
        };
        let body = if self.eat("<abstract>") {
            MethodBody::Abstract
        } else if self.at("<intrinsic>") {
            let span = self.here();
            self.position += "<intrinsic>".len();
            if !self.is_runtime_library {
                return self.error(Diagnostic::new(span, "`<intrinsic>` bodies are reserved to Kiln's runtime library"));
            }
            MethodBody::Intrinsic
        } else {
            MethodBody::Tree(self.block()?)
        };
        let _ = name_span;
        Ok(Member::Method(MethodDef {
            name,
            original_name,
            namespace,
            optimizer_hints,
            params,
            result,
            body,
            span: self.span_from(start),
        }))
    }

    fn param_defs(&mut self) -> ParseResult<Vec<ParamDef>> {
        self.parenthesized_list("rest parameter", Self::param_def)
    }

    /// `(a, b, c)`: a parenthesized, comma-separated list. A JS spread (`...x`) is reported as `spread`.
    fn parenthesized_list<T>(
        &mut self,
        spread: &str,
        mut element: impl FnMut(&mut Self) -> ParseResult<T>,
    ) -> ParseResult<Vec<T>> {
        self.expect("(")?;
        let mut elements = Vec::new();
        if self.eat(")") {
            return Ok(elements);
        }
        loop {
            if self.at("...") {
                let span = self.here();
                return self.error(Diagnostic::javascript_interop(span, spread));
            }
            elements.push(element(self)?);
            if self.eat(")") {
                return Ok(elements);
            }
            self.expect(",")?;
        }
    }

    fn param_def(&mut self) -> ParseResult<ParamDef> {
        self.skip_trivia();
        let start = self.position;
        let mutable = self.eat_word("var");
        let (name, _) = self.expect_segment("a parameter name")?;
        let original_name = self.original_name();
        self.expect(":")?;
        let ty = self.parse_type()?;
        let name = LocalName::new(&name);
        self.declare(name);
        Ok(ParamDef { name, original_name, ty, mutable, span: self.span_from(start) })
    }

    fn declare(&mut self, name: LocalName) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.push(name);
        }
    }

    fn is_local(&self, name: &str) -> bool {
        let name = LocalName::new(name);
        self.scopes.iter().rev().any(|scope| scope.contains(&name))
    }

    // ----- Statements and expressions -----

    /// `{ s1; s2 }`: a block, a single tree, or `Skip` when empty.
    fn block(&mut self) -> ParseResult<Tree> {
        self.skip_trivia();
        let start = self.position;
        self.expect("{")?;
        self.open_blocks += 1;
        self.scopes.push(Vec::new());
        let result = self.block_statements(start);
        self.scopes.pop();
        if result.is_ok() {
            self.open_blocks -= 1;
        }
        result
    }

    fn block_statements(&mut self, start: usize) -> ParseResult<Tree> {
        let mut statements = Vec::new();
        loop {
            while self.eat(";") {}
            if self.eat("}") {
                break;
            }
            if self.position >= self.text.len() {
                let span = self.here();
                return self.error(Diagnostic::expected(span, "`}`", "end of file"));
            }
            statements.push(self.statement()?);
            if !(self.at(";") || self.at("}") || self.newline_before_next()) {
                let found = self.describe_next();
                let span = self.here();
                return self.error(Diagnostic::expected(span, "`;` or `}`", &found));
            }
        }
        let span = self.span_from(start);
        Ok(match statements.len() {
            0 => Tree::new(TreeKind::Skip, span),
            1 => statements.pop().unwrap_or_else(|| Tree::new(TreeKind::Skip, span)),
            _ => Tree::new(TreeKind::Block(statements), span),
        })
    }

    fn statement(&mut self) -> ParseResult<Tree> {
        self.skip_trivia();
        let start = self.position;
        if self.at_word("val") || self.at_word("var") {
            let mutable = self.at_word("var");
            self.position += 3;
            let (name, _) = self.expect_segment("a variable name")?;
            let original_name = self.original_name();
            self.expect(":")?;
            let ty = self.parse_type()?;
            self.expect("=")?;
            let rhs = self.expression()?;
            let name = LocalName::new(&name);
            self.declare(name);
            return Ok(Tree::new(
                TreeKind::VarDef { name, original_name, ty, mutable, rhs: Box::new(rhs) },
                self.span_from(start),
            ));
        }
        let lhs = self.expression()?;
        if self.at("=") && !self.at("==") && !self.at("=>") {
            self.position += 1;
            let rhs = self.expression()?;
            return Ok(Tree::new(TreeKind::Assign { lhs: Box::new(lhs), rhs: Box::new(rhs) }, self.span_from(start)));
        }
        Ok(lhs)
    }

    fn try_labeled(&mut self) -> ParseResult<Option<Tree>> {
        let start = self.position;
        let Some(label) = self.segment() else {
            return Ok(None);
        };
        if self.is_local(&label) || label == "this" {
            self.position = start;
            return Ok(None);
        }
        let ty = if self.rest().starts_with('[') {
            let save_diagnostics = self.diagnostics.len();
            self.position += 1;
            let ty = self.parse_type();
            let closes = self.eat("]") && self.at(":") && !self.at("::");
            match ty {
                Ok(ty) if closes => ty,
                _ => {
                    self.diagnostics.truncate(save_diagnostics);
                    self.position = start;
                    return Ok(None);
                }
            }
        } else {
            Type::Void
        };
        if !self.at(":") || self.at("::") {
            self.position = start;
            return Ok(None);
        }
        // `label: {`; anything else after the colon (as in `mod:C`) is not a label.
        let colon = self.position;
        self.position += 1;
        if !self.at("{") {
            self.position = start;
            let _ = colon;
            return Ok(None);
        }
        let body = self.block()?;
        Ok(Some(Tree::new(TreeKind::Labeled { label: LabelName::new(&label), ty, body: Box::new(body) }, self.span_from(start))))
    }

    fn enter(&mut self) -> ParseResult<()> {
        self.depth += 1;
        if self.depth > MAXIMUM_NESTING {
            let span = self.here();
            return self.error(Diagnostic::new(span, "expression nested too deeply"));
        }
        Ok(())
    }

    fn expression(&mut self) -> ParseResult<Tree> {
        self.enter()?;
        let result = self.short_circuit_expression();
        self.depth -= 1;
        result
    }

    /// `a || b` and `a && b`, which the printer writes for `if (a) true else b` and `if (a) b else false`.
    fn short_circuit_expression(&mut self) -> ParseResult<Tree> {
        self.skip_trivia();
        let start = self.position;
        let mut tree = self.postfix_expression()?;
        loop {
            let is_or = self.at("||");
            if !is_or && !(self.at("&&")) {
                return Ok(tree);
            }
            self.position += 2;
            let rhs = self.postfix_expression()?;
            let span = self.span_from(start);
            let (then_branch, else_branch) = if is_or {
                (Tree::new(TreeKind::Boolean(true), span), rhs)
            } else {
                (rhs, Tree::new(TreeKind::Boolean(false), span))
            };
            tree = Tree::new(
                TreeKind::If { cond: Box::new(tree), then_branch: Box::new(then_branch), else_branch: Box::new(else_branch) },
                span,
            );
        }
    }

    fn postfix_expression(&mut self) -> ParseResult<Tree> {
        self.skip_trivia();
        let start = self.position;
        let mut tree = self.primary()?;
        loop {
            if self.rest().starts_with("[") && !self.rest().starts_with("[]") {
                self.position += 1;
                let index = self.expression()?;
                self.expect("]")?;
                tree = Tree::new(
                    TreeKind::ArraySelect { array: Box::new(tree), index: Box::new(index), in_bounds: false },
                    self.span_from(start),
                );
            } else if self.rest().starts_with('(') {
                let args = self.arguments()?;
                tree = Tree::new(TreeKind::ApplyTypedClosure { closure: Box::new(tree), args }, self.span_from(start));
            } else if self.rest().starts_with('.') && !self.rest().starts_with("...") {
                self.position += 1;
                tree = self.member_access(tree, start)?;
            } else {
                return Ok(tree);
            }
        }
    }

    /// Whether a method signature or an argument list follows a name: `;I...` or `(`. A `;` followed by
    /// anything else ends a statement (`this.C::field;`).
    fn at_signature(&self) -> bool {
        let rest = self.rest();
        rest.starts_with('(')
            || rest
                .strip_prefix(';')
                .and_then(|tail| tail.chars().next())
                .is_some_and(|c| c == '[' || c == 'L' || PrimType::from_code(c).is_some())
    }

    fn unary(&self, op: UnaryOp, operand: Tree, start: usize) -> Tree {
        Tree::new(TreeKind::UnaryOp { op, operand: Box::new(operand) }, self.span_from(start))
    }

    /// What follows `receiver.`: a method call, a field, a super call, or one of the postfix operators.
    fn member_access(&mut self, receiver: Tree, start: usize) -> ParseResult<Tree> {
        for (word, op) in [
            ("length", UnaryOp::AmbiguousLength),
            ("notNull", UnaryOp::CheckNotNull),
            ("name", UnaryOp::ClassName),
            ("isPrimitive", UnaryOp::ClassIsPrimitive),
            ("isInterface", UnaryOp::ClassIsInterface),
            ("isArray", UnaryOp::ClassIsArray),
            ("componentType", UnaryOp::ClassComponentType),
            ("superClass", UnaryOp::ClassSuperClass),
        ] {
            let after = self.position + word.len();
            // `x.length` is the operator; `x.length;I()` is a method whose name starts with `length`.
            let is_method = self.char_at(after) == Some(';')
                && self.char_at(after + 1).is_some_and(|c| c == '[' || c == 'L' || PrimType::from_code(c).is_some());
            // `x.notNull.m;V()` chains on the operator; `x.name.p.C::f` is a member of a class in package `name`.
            let is_package = self.char_at(after) == Some('.') && {
                let tail = &self.rest()[word.len() + 1..];
                let qualified = tail.find(|c: char| !is_name_char(c) && c != '.' && c != '$').unwrap_or(tail.len());
                tail[qualified..].starts_with("::")
            };
            if self.rest().starts_with(word)
                && !is_method
                && !is_package
                && self.char_at(after).is_none_or(|c| !is_name_char(c) && c != ':' && c != '(')
            {
                self.position += word.len();
                return Ok(self.unary(op, receiver, start));
            }
        }
        if self.rest().starts_with("getClass()") {
            self.position += "getClass()".len();
            return Ok(self.unary(UnaryOp::GetClass, receiver, start));
        }
        for (word, is_instance_of) in [("isInstanceOf[", true), ("asInstanceOf[", false)] {
            if self.rest().starts_with(word) {
                self.position += word.len();
                let ty = self.parse_type()?;
                self.expect("]")?;
                let kind = if is_instance_of {
                    TreeKind::IsInstanceOf { expr: Box::new(receiver), test_type: ty }
                } else {
                    TreeKind::AsInstanceOf { expr: Box::new(receiver), target_type: ty }
                };
                return Ok(Tree::new(kind, self.span_from(start)));
            }
        }
        // A method of the receiver's class (`m;I(..)`), or `Class::member`.
        let member_start = self.position;
        let Some(first) = self.raw_segment() else {
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "a member name after `.`", &found));
        };
        if self.at_signature() {
            let _ = first;
            self.position = member_start;
            let (method, _) = self.method_name()?;
            let args = self.arguments()?;
            return Ok(Tree::new(
                TreeKind::Apply { flags: ApplyFlags::default(), receiver: Box::new(receiver), method, args },
                self.span_from(start),
            ));
        }
        self.position = member_start;
        let (class, _) = self.class_name_before_member()?;
        if !self.eat("::") {
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "`::` after a class name", &found));
        }
        let flags = ApplyFlags { private: self.eat("private::") };
        let member_start = self.position;
        let (simple, _) = self.expect_segment("a field or method name")?;
        // Method names always carry a signature (`m;I`): `C::f(..)` is a field holding a typed closure,
        // applied by the postfix loop.
        if self.at_signature() && !self.rest().starts_with('(') {
            self.position = member_start;
            let (method, _) = self.method_name()?;
            let args = self.arguments()?;
            return Ok(Tree::new(
                TreeKind::ApplyStatically { flags, receiver: Box::new(receiver), class, method, args },
                self.span_from(start),
            ));
        }
        Ok(Tree::new(
            TreeKind::Select { qualifier: Box::new(receiver), field: FieldName { class, simple: SimpleName::new(&simple) } },
            self.span_from(start),
        ))
    }

    fn arguments(&mut self) -> ParseResult<Vec<Tree>> {
        self.parenthesized_list("spread argument", Self::expression)
    }

    fn primary(&mut self) -> ParseResult<Tree> {
        self.skip_trivia();
        let start = self.position;
        let rest = self.rest();
        let Some(c) = rest.chars().next() else {
            let span = self.here();
            return self.error(Diagnostic::expected(span, "an expression", "end of file"));
        };
        if rest.starts_with("/*<skip>*/") {
            self.position += "/*<skip>*/".len();
            return Ok(Tree::new(TreeKind::Skip, self.span_from(start)));
        }
        if c == '{' {
            return self.block();
        }
        if c == '(' {
            return self.parenthesized();
        }
        if c == '"' {
            let value = self.string_literal()?;
            return Ok(Tree::new(TreeKind::String(value), self.span_from(start)));
        }
        if c == '\'' {
            return self.char_literal();
        }
        if c.is_ascii_digit() {
            return self.number_literal(false, start);
        }
        if c == '<' {
            return self.angle_form(start);
        }
        if rest.starts_with("mod:") {
            self.position += 4;
            let (class, _) = self.class_name_before_member()?;
            return Ok(Tree::new(TreeKind::LoadModule(class), self.span_from(start)));
        }
        if rest.starts_with("return@") {
            self.position += "return@".len();
            let (label, _) = self.expect_segment("a label")?;
            let expr = if self.at(";") || self.at("}") || self.at(")") || self.newline_before_next() {
                None
            } else {
                Some(Box::new(self.expression()?))
            };
            return Ok(Tree::new(TreeKind::Return { label: LabelName::new(&label), expr }, self.span_from(start)));
        }
        if rest.starts_with("link-time-if") {
            self.position += "link-time-if".len();
            let (cond, then_branch, else_branch) = self.if_parts(true)?;
            return Ok(Tree::new(
                TreeKind::LinkTimeIf {
                    cond: Box::new(cond),
                    then_branch: Box::new(then_branch),
                    else_branch: Box::new(else_branch),
                },
                self.span_from(start),
            ));
        }
        for word in JAVASCRIPT_ONLY_WORDS {
            if self.at_word(word) && !self.is_local(word) {
                let span = self.here();
                return self.error(Diagnostic::javascript_interop(span, word));
            }
        }
        if self.eat_word("null") {
            return Ok(Tree::new(TreeKind::Null, self.span_from(start)));
        }
        if self.eat_word("true") {
            return Ok(Tree::new(TreeKind::Boolean(true), self.span_from(start)));
        }
        if self.eat_word("false") {
            return Ok(Tree::new(TreeKind::Boolean(false), self.span_from(start)));
        }
        if self.eat_word("this") {
            return Ok(Tree::new(TreeKind::This, self.span_from(start)));
        }
        for word in ["NaN", "Infinity"] {
            if rest.starts_with(word) && matches!(self.char_at(self.position + word.len()), Some('d') | Some('f')) {
                return self.number_literal(false, start);
            }
        }
        if self.eat_word("throw") {
            let operand = self.expression()?;
            return Ok(self.unary(UnaryOp::Throw, operand, start));
        }
        if self.eat_word("if") {
            let (cond, then_branch, else_branch) = self.if_parts(false)?;
            return Ok(Tree::new(
                TreeKind::If { cond: Box::new(cond), then_branch: Box::new(then_branch), else_branch: Box::new(else_branch) },
                self.span_from(start),
            ));
        }
        if self.eat_word("while") {
            self.expect("(")?;
            let cond = self.expression()?;
            self.expect(")")?;
            let body = self.block()?;
            return Ok(Tree::new(TreeKind::While { cond: Box::new(cond), body: Box::new(body) }, self.span_from(start)));
        }
        if self.eat_word("try") {
            return self.try_form(start);
        }
        if self.eat_word("match") {
            return self.match_form(start);
        }
        if self.eat_word("new") {
            return self.new_form(start);
        }
        if self.at_word("for") {
            let span = self.here();
            return self.error(Diagnostic::javascript_interop(span, "for-in"));
        }
        if self.eat_word("classOf") {
            self.expect("[")?;
            let type_ref = self.type_ref()?;
            self.expect("]")?;
            return Ok(Tree::new(TreeKind::ClassOf(type_ref), self.span_from(start)));
        }
        for (word, op) in [
            ("isInstance", BinaryOp::ClassIsInstance),
            ("isAssignableFrom", BinaryOp::ClassIsAssignableFrom),
            ("cast", BinaryOp::ClassCast),
            ("newArray", BinaryOp::ClassNewArray),
        ] {
            if rest.starts_with(word) && self.char_at(self.position + word.len()) == Some('(') {
                self.position += word.len() + 1;
                let lhs = self.expression()?;
                self.expect(",")?;
                let rhs = self.expression()?;
                self.expect(")")?;
                return Ok(Tree::new(TreeKind::BinaryOp { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, self.span_from(start)));
            }
        }
        if is_name_start(c) {
            if let Some(labeled) = self.try_labeled()? {
                return Ok(labeled);
            }
            if let Some(array_value) = self.try_array_value(start)? {
                return Ok(array_value);
            }
            return self.name_expression(start);
        }
        let found = self.describe_next();
        let span = self.here();
        self.error(Diagnostic::expected(span, "an expression", &found))
    }

    /// A name at the start of an expression: a local, or a class in a static call or static field.
    fn name_expression(&mut self, start: usize) -> ParseResult<Tree> {
        let save = self.position;
        let first = self.raw_segment().unwrap_or_default();
        // A local, or a name that cannot start a class reference: the checker reports unknown variables.
        if self.is_local(&first) || !(self.rest().starts_with('.') || self.rest().starts_with("::")) {
            return Ok(Tree::new(TreeKind::VarRef(LocalName::new(&first)), self.span_from(start)));
        }
        self.position = save;
        let (class, class_span) = self.class_name_before_member()?;
        if !self.rest().starts_with("::") {
            if !self.rest().starts_with('.') && !first.contains('.') && class.as_str() == first {
                return self.error(Diagnostic::new(class_span, format!("unknown variable `{first}`")));
            }
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "`::` after a class name", &found));
        }
        self.position += 2;
        let flags = ApplyFlags { private: self.eat("private::") };
        let member_start = self.position;
        let (simple, _) = self.expect_segment("a static field or method name")?;
        if self.at_signature() {
            self.position = member_start;
            let (method, _) = self.method_name()?;
            let args = self.arguments()?;
            return Ok(Tree::new(TreeKind::ApplyStatic { flags, class, method, args }, self.span_from(start)));
        }
        Ok(Tree::new(TreeKind::SelectStatic(FieldName { class, simple: SimpleName::new(&simple) }), self.span_from(start)))
    }

    fn if_parts(&mut self, always_else: bool) -> ParseResult<(Tree, Tree, Tree)> {
        self.expect("(")?;
        let cond = self.expression()?;
        self.expect(")")?;
        let then_branch = self.block()?;
        let else_branch = if self.eat_word("else") {
            self.skip_trivia();
            if !always_else && self.at_word("if") {
                let start = self.position;
                self.position += 2;
                let (cond, then_branch, else_branch) = self.if_parts(false)?;
                Tree::new(
                    TreeKind::If { cond: Box::new(cond), then_branch: Box::new(then_branch), else_branch: Box::new(else_branch) },
                    self.span_from(start),
                )
            } else {
                self.block()?
            }
        } else if always_else {
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "`else`", &found));
        } else {
            Tree::new(TreeKind::Skip, self.here())
        };
        Ok((cond, then_branch, else_branch))
    }

    fn try_form(&mut self, start: usize) -> ParseResult<Tree> {
        let block = self.block()?;
        let mut tree = block;
        if self.eat_word("catch") {
            self.expect("(")?;
            let (var, _) = self.expect_segment("the name of the caught exception")?;
            let var_original_name = self.original_name();
            self.expect(")")?;
            let var = LocalName::new(&var);
            self.scopes.push(vec![var]);
            let handler = self.block();
            self.scopes.pop();
            let handler = handler?;
            tree = Tree::new(
                TreeKind::TryCatch { block: Box::new(tree), var, var_original_name, handler: Box::new(handler) },
                self.span_from(start),
            );
        }
        if self.eat_word("finally") {
            let finalizer = self.block()?;
            tree =
                Tree::new(TreeKind::TryFinally { block: Box::new(tree), finalizer: Box::new(finalizer) }, self.span_from(start));
        }
        if !matches!(tree.kind, TreeKind::TryCatch { .. } | TreeKind::TryFinally { .. }) {
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "`catch` or `finally`", &found));
        }
        Ok(tree)
    }

    fn match_form(&mut self, start: usize) -> ParseResult<Tree> {
        self.expect("(")?;
        let selector = self.expression()?;
        self.expect(")")?;
        self.expect("{")?;
        let mut cases = Vec::new();
        loop {
            if self.eat_word("case") {
                let mut values = Vec::new();
                loop {
                    values.push(self.match_literal()?);
                    if !self.eat("|") {
                        break;
                    }
                }
                self.expect(":")?;
                let body = self.statement()?;
                self.eat(";");
                cases.push((values, body));
            } else if self.eat_word("default") {
                self.expect(":")?;
                let default = self.statement()?;
                self.eat(";");
                self.expect("}")?;
                return Ok(Tree::new(
                    TreeKind::Match { selector: Box::new(selector), cases, default: Box::new(default) },
                    self.span_from(start),
                ));
            } else {
                let found = self.describe_next();
                let span = self.here();
                return self.error(Diagnostic::expected(span, "`case` or `default`", &found));
            }
        }
    }

    fn match_literal(&mut self) -> ParseResult<MatchLiteral> {
        self.skip_trivia();
        let start = self.position;
        let literal = self.primary()?;
        match literal.kind {
            TreeKind::Int(value) => Ok(MatchLiteral::Int(value)),
            TreeKind::String(value) => Ok(MatchLiteral::String(String::from_utf16_lossy(&value))),
            TreeKind::Null => Ok(MatchLiteral::Null),
            _ => {
                let span = self.span_from(start);
                self.error(Diagnostic::new(span, "a `case` value must be an int or string literal, or null"))
            }
        }
    }

    fn new_form(&mut self, start: usize) -> ParseResult<Tree> {
        self.skip_trivia();
        let base_start = self.position;
        let Some(word) = self.segment() else {
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "a class or element type after `new`", &found));
        };
        let base = match PrimType::from_keyword(&word) {
            Some(prim) => ArrayBase::Prim(prim),
            None => {
                self.position = base_start;
                let (class, _) = self.class_name()?;
                if self.rest().starts_with("().") {
                    self.position += 3;
                    let (ctor, _) = self.method_name()?;
                    let args = self.arguments()?;
                    return Ok(Tree::new(TreeKind::New { class, ctor, args }, self.span_from(start)));
                }
                if !self.rest().starts_with('[') {
                    let span = self.here();
                    return self.error(Diagnostic::javascript_interop(span, "new of a JS value"));
                }
                ArrayBase::Class(class)
            }
        };
        self.expect("[")?;
        let length = self.expression()?;
        self.expect("]")?;
        let mut dimensions = 1;
        while self.rest().starts_with("[]") {
            self.position += 2;
            dimensions += 1;
        }
        Ok(Tree::new(
            TreeKind::NewArray { array: ArrayTypeRef { base, dimensions }, length: Box::new(length) },
            self.span_from(start),
        ))
    }

    /// `<storeModule>`, `<clone>(x)` and the other forms that start with `<`.
    fn angle_form(&mut self, start: usize) -> ParseResult<Tree> {
        if self.eat("<storeModule>") {
            return Ok(Tree::new(TreeKind::StoreModule, self.span_from(start)));
        }
        if self.eat("<linkTimeProperty>(") {
            // Property names such as `core/productionMode` run to the closing parenthesis.
            let length = self.rest().find([')', '\n']).unwrap_or(self.rest().len());
            let name = self.rest()[..length].trim().to_string();
            self.position += length;
            self.expect(")")?;
            return Ok(Tree::new(TreeKind::LinkTimeProperty(name), self.span_from(start)));
        }
        if self.eat("<newLambda>(") {
            return self.new_lambda(start);
        }
        for (form, op) in [
            ("<clone>(", UnaryOp::Clone),
            ("<identityHashCode>(", UnaryOp::IdentityHashCode),
            ("<wrapAsThrowable>(", UnaryOp::WrapAsThrowable),
            ("<unwrapFromThrowable>(", UnaryOp::UnwrapFromThrowable),
            ("<floatToBits>(", UnaryOp::FloatToBits),
            ("<floatFromBits>(", UnaryOp::FloatFromBits),
            ("<doubleToBits>(", UnaryOp::DoubleToBits),
            ("<doubleFromBits>(", UnaryOp::DoubleFromBits),
            ("<clz>(", UnaryOp::AmbiguousClz),
            ("<toLongUnsigned>(", UnaryOp::UnsignedIntToLong),
        ] {
            if self.eat(form) {
                let operand = self.expression()?;
                self.expect(")")?;
                return Ok(self.unary(op, operand, start));
            }
        }
        let span = self.here();
        let form: String = self.rest().chars().take_while(|&c| c != '(' && c != ' ' && c != '\n').take(30).collect();
        if form.starts_with("<js") || form.starts_with("<super") {
            return self.error(Diagnostic::javascript_interop(span, &form));
        }
        self.error(Diagnostic::expected(span, "an expression", &format!("`{form}`")))
    }

    fn new_lambda(&mut self, start: usize) -> ParseResult<Tree> {
        if !self.eat_word("extends") {
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "`extends`", &found));
        }
        let (super_class, _) = self.class_name()?;
        let mut interfaces = Vec::new();
        if self.eat_word("implements") {
            // The interfaces and the method are both separated by commas: the list ends at `def`.
            loop {
                interfaces.push(self.class_name()?.0);
                self.expect(",")?;
                self.skip_trivia();
                if self.rest().starts_with("def ") {
                    break;
                }
            }
        } else {
            self.expect(",")?;
        }
        if !self.eat_word("def") {
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "`def`", &found));
        }
        let (method, _) = self.method_name()?;
        self.expect("(")?;
        let mut param_types = Vec::new();
        if !self.eat(")") {
            loop {
                param_types.push(self.parse_type()?);
                if self.eat(")") {
                    break;
                }
                self.expect(",")?;
            }
        }
        self.expect(":")?;
        let result_type = self.parse_type()?;
        self.expect(",")?;
        let closure = self.expression()?;
        self.expect(")")?;
        Ok(Tree::new(
            TreeKind::NewLambda {
                descriptor: LambdaDescriptor { super_class, interfaces, method, param_types, result_type },
                closure: Box::new(closure),
            },
            self.span_from(start),
        ))
    }

    /// Everything in parentheses: negative literals, unary and binary operators, conversions, typed closures.
    fn parenthesized(&mut self) -> ParseResult<Tree> {
        let start = self.position;
        self.position += 1;
        self.skip_trivia();
        let rest = self.rest();
        for word in ["lambda<", "arrow-lambda<", "async "] {
            if rest.starts_with(word) {
                let span = self.here();
                return self.error(Diagnostic::javascript_interop(span, word.trim_end_matches(['<', ' '])));
            }
        }
        if rest.starts_with("typed-lambda<") {
            self.position += "typed-lambda<".len();
            return self.typed_closure(start);
        }
        if rest.starts_with('-') {
            let after = self.char_at(self.position + 1);
            if after.is_some_and(|c| c.is_ascii_digit())
                || rest.strip_prefix('-').is_some_and(|tail| tail.starts_with("Infinity"))
            {
                self.position += 1;
                let literal = self.number_literal(true, start)?;
                self.expect(")")?;
                let mut literal = literal;
                literal.span = self.span_from(start);
                return Ok(literal);
            }
            self.position += 1;
            let operand = self.expression()?;
            self.expect(")")?;
            return Ok(self.prefix_operation(operand, start, AmbiguousPrefix::Negate));
        }
        if rest.starts_with('~') {
            self.position += 1;
            let operand = self.expression()?;
            self.expect(")")?;
            return Ok(self.prefix_operation(operand, start, AmbiguousPrefix::BitNot));
        }
        if rest.starts_with('!') && !rest.starts_with("!=") {
            self.position += 1;
            let operand = self.expression()?;
            self.expect(")")?;
            return Ok(self.unary(UnaryOp::BooleanNot, operand, start));
        }
        for (form, op) in [
            ("(int)", UnaryOp::AmbiguousToInt),
            ("(long)", UnaryOp::AmbiguousToLong),
            ("(float)", UnaryOp::AmbiguousToFloat),
            ("(double)", UnaryOp::AmbiguousToDouble),
            ("(char)", UnaryOp::IntToChar),
            ("(byte)", UnaryOp::IntToByte),
            ("(short)", UnaryOp::IntToShort),
        ] {
            if rest.starts_with(form) {
                self.position += form.len();
                let operand = self.expression()?;
                self.expect(")")?;
                return Ok(self.unary(op, operand, start));
            }
        }
        let lhs = self.expression()?;
        if self.eat(")") {
            return Ok(lhs);
        }
        self.skip_trivia();
        let op_span = self.here();
        let Some(op) = self.binary_operator() else {
            let found = self.describe_next();
            return self.error(Diagnostic::expected(op_span, "a binary operator or `)`", &found));
        };
        let rhs = self.expression()?;
        self.expect(")")?;
        Ok(Tree::new(TreeKind::BinaryOp { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, self.span_from(start)))
    }

    fn binary_operator(&mut self) -> Option<BinaryOp> {
        let rest = self.rest();
        // The longest symbol that matches wins (`unsigned_<=[int]` over `unsigned_<[int]`, `!==` over `!=[int]`).
        let mut best: Option<(BinaryOp, &str)> = None;
        for (op, symbol) in BINARY_OPERATOR_SYMBOLS {
            if rest.starts_with(symbol) && best.is_none_or(|(_, current)| symbol.len() > current.len()) {
                best = Some((*op, symbol));
            }
        }
        let (op, symbol) = best?;
        self.position += symbol.len();
        Some(op)
    }

    fn prefix_operation(&self, operand: Tree, start: usize, prefix: AmbiguousPrefix) -> Tree {
        // `(-x)` and `(~x)` are binary operations whose left operand is a constant of the operand's type;
        // the checker rewrites the int forms built here into the long, float or double forms as needed.
        let span = self.span_from(start);
        let (op, constant) = match prefix {
            AmbiguousPrefix::Negate => (BinaryOp::IntSub, TreeKind::Int(0)),
            AmbiguousPrefix::BitNot => (BinaryOp::IntXor, TreeKind::Int(-1)),
        };
        let lhs = Tree::new(constant, Span::new(self.file, start, start));
        Tree::new(TreeKind::BinaryOp { op, lhs: Box::new(lhs), rhs: Box::new(operand) }, span)
    }

    fn typed_closure(&mut self, start: usize) -> ParseResult<Tree> {
        let mut captures = Vec::new();
        let mut capture_values = Vec::new();
        if !self.eat(">") {
            loop {
                // Capture values are evaluated outside the closure's scope.
                self.scopes.push(Vec::new());
                let param = self.param_def();
                self.scopes.pop();
                let param = param?;
                self.expect("=")?;
                capture_values.push(self.expression()?);
                captures.push(param);
                if self.eat(">") {
                    break;
                }
                self.expect(",")?;
            }
        }
        // The body sees only the captures and the parameters.
        let saved_scopes = std::mem::replace(&mut self.scopes, vec![captures.iter().map(|param| param.name).collect()]);
        let result = self.typed_closure_rest(start, captures, capture_values);
        self.scopes = saved_scopes;
        result
    }

    fn typed_closure_rest(&mut self, start: usize, captures: Vec<ParamDef>, capture_values: Vec<Tree>) -> ParseResult<Tree> {
        let params = self.param_defs()?;
        let result = if self.eat(":") {
            let ty = self.parse_type()?;
            self.expect("=")?;
            ty
        } else {
            Type::Void
        };
        let body = self.block()?;
        self.expect(")")?;
        Ok(Tree::new(
            TreeKind::Closure {
                typed: true,
                captures: captures.into_iter().zip(capture_values).collect(),
                params,
                result,
                body: Box::new(body),
            },
            self.span_from(start),
        ))
    }
}

#[derive(Copy, Clone)]
enum AmbiguousPrefix {
    Negate,
    BitNot,
}

enum Member {
    Field(FieldDef),
    Method(MethodDef),
}
