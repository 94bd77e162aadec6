//! Names and types in the text format: class names (including runs such as `mod:a.b.C$.m;V()`),
//! method names with their signatures, original names, types and type references, array literals.

use super::*;

impl Parser<'_> {
    /// One segment of a name: letters, digits, `_`, `$`, or the special method names `<init>`, `<clinit>`, `<stinit>`.
    pub(super) fn segment(&mut self) -> Option<String> {
        self.skip_trivia();
        self.raw_segment()
    }

    pub(super) fn raw_segment(&mut self) -> Option<String> {
        let rest = self.rest();
        for special in ["<init>", "<clinit>", "<stinit>"] {
            if rest.starts_with(special) {
                self.position += special.len();
                return Some(special.to_string());
            }
        }
        let first = rest.chars().next()?;
        if !is_name_start(first) && !first.is_ascii_digit() {
            return None;
        }
        let length: usize = rest.chars().take_while(|&c| is_name_char(c)).map(char::len_utf8).sum();
        self.position += length;
        Some(rest[..length].to_string())
    }

    pub(super) fn expect_segment(&mut self, what: &str) -> ParseResult<(String, Span)> {
        self.skip_trivia();
        let start = self.position;
        match self.segment() {
            Some(segment) => Ok((segment, self.span_from(start))),
            None => {
                let found = self.describe_next();
                let span = self.here();
                self.error(Diagnostic::expected(span, what, &found))
            }
        }
    }

    /// A class name written out in full, where nothing can follow it but punctuation (`extends C {`).
    pub(super) fn class_name(&mut self) -> ParseResult<(ClassName, Span)> {
        self.skip_trivia();
        let start = self.position;
        let (mut name, _) = self.expect_segment("a class name")?;
        while self.rest().starts_with('.') && self.char_at(self.position + 1).is_some_and(is_name_start) {
            self.position += 1;
            name.push('.');
            name.push_str(&self.raw_segment().unwrap_or_default());
        }
        Ok((ClassName::new(&name), self.span_from(start)))
    }

    /// A class name run together with what follows (`mod:a.b.C$.m;V()`): see the module documentation.
    pub(super) fn class_name_before_member(&mut self) -> ParseResult<(ClassName, Span)> {
        self.skip_trivia();
        let start = self.position;
        let (first, _) = self.expect_segment("a class name")?;
        let mut segments = vec![(first, self.position)];
        while self.rest().starts_with('.') && self.char_at(self.position + 1).is_some_and(|c| is_name_start(c) || c == '<') {
            let save = self.position;
            self.position += 1;
            match self.raw_segment() {
                Some(segment) => segments.push((segment, self.position)),
                None => {
                    self.position = save;
                    break;
                }
            }
        }
        // The longest prefix that names a known class wins.
        let mut joined = String::new();
        let mut best: Option<(String, usize)> = None;
        for (index, (segment, end)) in segments.iter().enumerate() {
            if index > 0 {
                joined.push('.');
            }
            joined.push_str(segment);
            if self.known_classes.contains(&ClassName::new(&joined)) {
                best = Some((joined.clone(), *end));
            }
        }
        let (name, end) = match best {
            Some(found) => found,
            None => {
                // Unknown class: stop before a segment that a method signature or `::` follows.
                let mut chosen = segments.len();
                for (index, (_, end)) in segments.iter().enumerate().skip(1) {
                    let next = self.char_at(*end);
                    if matches!(next, Some(';') | Some('(')) || self.text.get(*end..).is_some_and(|rest| rest.starts_with("::")) {
                        chosen = index;
                        break;
                    }
                }
                let name = segments[..chosen].iter().map(|(segment, _)| segment.as_str()).collect::<Vec<_>>().join(".");
                (name, segments[chosen - 1].1)
            }
        };
        self.position = end;
        Ok((ClassName::new(&name), self.span_from(start)))
    }

    /// A method name with its signature, such as `main;[Ljava.lang.String;V`.
    pub(super) fn method_name(&mut self) -> ParseResult<(MethodName, Span)> {
        self.skip_trivia();
        let start = self.position;
        let (mut text, _) = self.expect_segment("a method name")?;
        while self.rest().starts_with(';') {
            self.position += 1;
            text.push(';');
            let type_start = self.position;
            while self.rest().starts_with('[') {
                self.position += 1;
            }
            match self.peek_char() {
                Some('L') => {
                    self.position += 1;
                    let length: usize =
                        self.rest().chars().take_while(|&c| is_name_char(c) || c == '.').map(char::len_utf8).sum();
                    if length == 0 {
                        let span = self.here();
                        return self.error(Diagnostic::expected(span, "a class name in the method signature", "nothing"));
                    }
                    self.position += length;
                }
                Some(c) if PrimType::from_code(c).is_some() => self.position += 1,
                _ => {
                    let found = self.describe_next();
                    let span = self.here();
                    return self.error(Diagnostic::expected(span, "a type in the method signature", &found));
                }
            }
            text.push_str(&self.text[type_start..self.position]);
        }
        let span = self.span_from(start);
        let name = MethodName::new(&text);
        if name.signature().is_none() {
            return self
                .error(Diagnostic::new(span, format!("method name `{text}` has no signature (expected `name;...;ResultType`)")));
        }
        Ok((name, span))
    }

    pub(super) fn original_name(&mut self) -> Option<String> {
        if self.rest().starts_with('{') {
            let end = self.rest().find('}')?;
            let name = self.rest()[1..end].to_string();
            self.position += end + 1;
            Some(name)
        } else {
            None
        }
    }

    pub(super) fn parse_type(&mut self) -> ParseResult<Type> {
        self.skip_trivia();
        let start = self.position;
        if self.rest().starts_with("((") || self.rest().starts_with("(") {
            return self.closure_type();
        }
        let exact = self.eat("=");
        let (word, word_span) = if let Some(word) = self.segment() {
            (word, self.span_from(start))
        } else {
            let found = self.describe_next();
            let span = self.here();
            return self.error(Diagnostic::expected(span, "a type", &found));
        };
        let base = match word.as_str() {
            "any" => {
                let nullable = !self.eat_bang();
                return Ok(Type::Any { nullable });
            }
            "string" => return Ok(Type::String),
            "undef" => return self.error(Diagnostic::javascript_interop(word_span, "undef")),
            _ => match PrimType::from_keyword(&word) {
                Some(prim) => ArrayBase::Prim(prim),
                None => {
                    self.position = start + usize::from(exact);
                    let (class, _) = self.class_name()?;
                    ArrayBase::Class(class)
                }
            },
        };
        let mut dimensions = 0;
        while self.rest().starts_with("[]") {
            self.position += 2;
            dimensions += 1;
        }
        let nullable = !self.eat_bang();
        Ok(match (base, dimensions) {
            (ArrayBase::Prim(prim), 0) => prim.to_type(),
            (ArrayBase::Class(class), 0) => Type::Class { class, nullable, exact },
            (base, dimensions) => Type::Array { array: ArrayTypeRef { base, dimensions }, nullable, exact },
        })
    }

    pub(super) fn eat_bang(&mut self) -> bool {
        if self.rest().starts_with('!') && !self.rest().starts_with("!=") {
            self.position += 1;
            true
        } else {
            false
        }
    }

    pub(super) fn closure_type(&mut self) -> ParseResult<Type> {
        self.expect("(")?;
        self.expect("(")?;
        let mut params = Vec::new();
        if !self.eat(")") {
            loop {
                params.push(self.parse_type()?);
                if self.eat(")") {
                    break;
                }
                self.expect(",")?;
            }
        }
        self.expect("=>")?;
        let result = self.parse_type()?;
        self.expect(")")?;
        let nullable = !self.eat_bang();
        Ok(Type::Closure { params, result: Box::new(result), nullable })
    }

    pub(super) fn type_ref(&mut self) -> ParseResult<TypeRef> {
        let span_start = self.position;
        let ty = self.parse_type()?;
        match ty {
            Type::Class { class, .. } => Ok(TypeRef::Class(class)),
            Type::Array { array, .. } => Ok(TypeRef::Array(array)),
            Type::String => Ok(TypeRef::Class(crate::names::well_known::string())),
            other => match other.to_type_ref() {
                Some(type_ref @ TypeRef::Prim(_)) => Ok(type_ref),
                _ => {
                    let span = self.span_from(span_start);
                    self.error(Diagnostic::new(span, format!("`{other}` is not a type reference")))
                }
            },
        }
    }

    /// `int[](1, 2)` or `test.Shape[][](a, b)`: an array literal, recognised by the `[]` after a type name.
    pub(super) fn try_array_value(&mut self, start: usize) -> ParseResult<Option<Tree>> {
        let save = self.position;
        let run: usize = self.rest().chars().take_while(|&c| is_name_char(c) || c == '.').map(char::len_utf8).sum();
        if !self.text[self.position + run..].starts_with("[]") {
            return Ok(None);
        }
        let word = &self.text[self.position..self.position + run];
        if self.is_local(word.split('.').next().unwrap_or("")) {
            return Ok(None);
        }
        let base = match PrimType::from_keyword(word) {
            Some(prim) => ArrayBase::Prim(prim),
            None => ArrayBase::Class(ClassName::new(word)),
        };
        self.position += run;
        let mut dimensions = 0;
        while self.rest().starts_with("[]") {
            self.position += 2;
            dimensions += 1;
        }
        if !self.rest().starts_with('(') {
            self.position = save;
            return Ok(None);
        }
        let elems = self.arguments()?;
        Ok(Some(Tree::new(TreeKind::ArrayValue { array: ArrayTypeRef { base, dimensions }, elems }, self.span_from(start))))
    }
}
