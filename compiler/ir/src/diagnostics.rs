//! Diagnostics of the IR crate: each error is a value made by a named constructor, rendered rustc-style.

use std::fmt::Write;

use crate::source::{SourceMap, Span};

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { span, message: message.into() }
    }

    pub fn expected(span: Span, what: &str, found: &str) -> Diagnostic {
        Diagnostic::new(span, format!("expected {what}, found {found}"))
    }

    pub fn javascript_interop(span: Span, construct: &str) -> Diagnostic {
        Diagnostic::new(
            span,
            format!("JavaScript interop (`{construct}`) is not supported: Kiln compiles the non-JS part of the IR"),
        )
    }

    pub fn unknown_class(span: Span, class: impl std::fmt::Display) -> Diagnostic {
        Diagnostic::new(span, format!("unknown class `{class}`"))
    }

    pub fn type_mismatch(span: Span, expected: impl std::fmt::Display, found: impl std::fmt::Display) -> Diagnostic {
        Diagnostic::new(span, format!("type mismatch: expected `{expected}`, found `{found}`"))
    }

    /// `error: message`, then ` --> path:line:col`, the source line and a caret under the span.
    pub fn render(&self, sources: &SourceMap) -> String {
        let file = sources.file(self.span.file);
        let (line, column) = file.line_column(self.span.start);
        let (end_line, end_column) = file.line_column(self.span.end);
        let line_text = file.line_text(line);
        let gutter = line.to_string().len();
        let caret_width = if end_line == line && end_column > column { end_column - column } else { 1 };
        let mut out = String::new();
        let _ = writeln!(out, "error: {}", self.message);
        let _ = writeln!(out, "{:gutter$}--> {}:{}:{}", "", file.path, line, column);
        let _ = writeln!(out, "{:gutter$} |", "");
        let _ = writeln!(out, "{line} | {line_text}");
        let prefix: String = line_text.chars().take(column - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
        let _ = writeln!(out, "{:gutter$} | {}{}", "", prefix, "^".repeat(caret_width));
        out
    }
}

/// Renders many diagnostics, sorted by position so that the output does not depend on discovery order.
pub fn render_all(diagnostics: &[Diagnostic], sources: &SourceMap) -> String {
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by_key(|diagnostic| (diagnostic.span.file, diagnostic.span.start, diagnostic.message.clone()));
    sorted.dedup();
    let mut out = String::new();
    for diagnostic in sorted {
        out.push_str(&diagnostic.render(sources));
        out.push('\n');
    }
    out
}
