//! Literals in the text format: numbers with their suffixes, chars and strings with the printer's escapes.

use super::*;

impl Parser<'_> {
    pub(super) fn number_literal(&mut self, negative: bool, start: usize) -> ParseResult<Tree> {
        let literal_start = self.position;
        let rest = self.rest();
        let length: usize = rest
            .char_indices()
            .take_while(|&(index, c)| {
                c.is_ascii_alphanumeric()
                    // A dot belongs to the number only before a digit: `7.toString;...()` calls a method.
                    || (c == '.' && rest[index + 1..].starts_with(|next: char| next.is_ascii_digit()))
                    || c == '_'
                    || ((c == '-' || c == '+') && index > 0 && rest[..index].ends_with(['E', 'e']))
            })
            .map(|(_, c)| c.len_utf8())
            .sum();
        let text = &rest[..length];
        self.position += length;
        let span = Span::new(self.file, start, self.position);
        let sign = if negative { "-" } else { "" };
        let bad = |parser: &mut Self| parser.error(Diagnostic::new(span, format!("malformed number literal `{sign}{text}`")));
        let kind = if let Some(digits) = text.strip_suffix("_b") {
            match format!("{sign}{digits}").parse::<i8>() {
                Ok(value) => TreeKind::Byte(value),
                Err(_) => return bad(self),
            }
        } else if let Some(digits) = text.strip_suffix("_s") {
            match format!("{sign}{digits}").parse::<i16>() {
                Ok(value) => TreeKind::Short(value),
                Err(_) => return bad(self),
            }
        } else if let Some(digits) = text.strip_suffix('L') {
            match format!("{sign}{digits}").parse::<i64>() {
                Ok(value) => TreeKind::Long(value),
                Err(_) => return bad(self),
            }
        } else if let Some(digits) = text.strip_suffix('f') {
            match parse_float_text(digits) {
                // Parse as f32 directly: going through f64 could round twice.
                Some(_) => match digits {
                    "NaN" => TreeKind::Float(f32::NAN),
                    "Infinity" => TreeKind::Float(if negative { f32::NEG_INFINITY } else { f32::INFINITY }),
                    _ => match format!("{sign}{digits}").parse::<f32>() {
                        Ok(value) => TreeKind::Float(value),
                        Err(_) => return bad(self),
                    },
                },
                None => return bad(self),
            }
        } else if let Some(digits) = text.strip_suffix('d') {
            match parse_float_text(digits) {
                Some(value) => TreeKind::Double(if negative { -value } else { value }),
                None => return bad(self),
            }
        } else {
            match format!("{sign}{text}").parse::<i32>() {
                Ok(value) => TreeKind::Int(value),
                Err(_) => return bad(self),
            }
        };
        let _ = literal_start;
        Ok(Tree::new(kind, span))
    }

    pub(super) fn char_literal(&mut self) -> ParseResult<Tree> {
        let start = self.position;
        // Scala.js's printer escapes a quote in neither strings nor chars, so the char `'` arrives as `'''`.
        if self.text.get(start..start + 3) == Some("'''") {
            self.position += 3;
            return Ok(Tree::new(TreeKind::Char(u16::from(b'\'')), self.span_from(start)));
        }
        self.position += 1;
        let units = self.escaped_text('\'')?;
        let span = self.span_from(start);
        if units.len() != 1 {
            return self.error(Diagnostic::new(span, "a char literal holds exactly one UTF-16 code unit"));
        }
        Ok(Tree::new(TreeKind::Char(units[0]), span))
    }

    pub(super) fn string_literal(&mut self) -> ParseResult<Vec<u16>> {
        self.position += 1;
        self.escaped_text('"')
    }

    /// The UTF-16 code units up to the closing quote, with the printer's escapes decoded.
    pub(super) fn escaped_text(&mut self, quote: char) -> ParseResult<Vec<u16>> {
        let start = self.position;
        let mut units = Vec::new();
        loop {
            let Some(c) = self.peek_char() else {
                let span = Span::new(self.file, start.saturating_sub(1), self.position);
                return self.error(Diagnostic::new(span, "unterminated literal"));
            };
            self.position += c.len_utf8();
            if c == quote {
                return Ok(units);
            }
            if c == '\n' {
                let span = Span::new(self.file, start.saturating_sub(1), self.position - 1);
                return self.error(Diagnostic::new(span, "unterminated literal"));
            }
            if c != '\\' {
                let mut buffer = [0u16; 2];
                units.extend_from_slice(c.encode_utf16(&mut buffer));
                continue;
            }
            let escape_start = self.position - 1;
            let Some(escaped) = self.peek_char() else {
                continue;
            };
            self.position += escaped.len_utf8();
            let unit = match escaped {
                'b' => 8,
                't' => 9,
                'n' => 10,
                'v' => 11,
                'f' => 12,
                'r' => 13,
                '"' => 34,
                '\'' => 39,
                '\\' => 92,
                'u' => {
                    let hex = self.rest().get(..4).unwrap_or("");
                    match u16::from_str_radix(hex, 16) {
                        Ok(value) if hex.len() == 4 => {
                            self.position += 4;
                            value
                        }
                        _ => {
                            let span = Span::new(self.file, escape_start, self.position);
                            return self.error(Diagnostic::new(span, "`\\u` needs four hexadecimal digits"));
                        }
                    }
                }
                other => {
                    let span = Span::new(self.file, escape_start, self.position);
                    return self.error(Diagnostic::new(span, format!("unknown escape `\\{other}`")));
                }
            };
            units.push(unit);
        }
    }
}

fn parse_float_text(text: &str) -> Option<f64> {
    match text {
        "NaN" => Some(f64::NAN),
        "Infinity" => Some(f64::INFINITY),
        _ if text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'E' | 'e' | '-' | '+')) => text.parse::<f64>().ok(),
        _ => None,
    }
}
