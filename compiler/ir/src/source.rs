//! Source files, spans, and the line/column arithmetic that diagnostics need.

/// An index into a `SourceMap`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Default)]
pub struct FileId(pub u32);

/// A byte range in one source file.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        Span { file, start: start as u32, end: end.max(start) as u32 }
    }
}

#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as the user gave it; it is what diagnostics print.
    pub path: String,
    pub text: String,
    /// Whether the file is part of Kiln's runtime library (which may declare intrinsics).
    pub is_runtime_library: bool,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Line and column (both from 1; the column counts characters) of a byte offset.
    pub fn line_column(&self, offset: u32) -> (usize, usize) {
        let offset = (offset as usize).min(self.text.len());
        let line_index = match self.line_starts.binary_search(&offset) {
            Ok(index) => index,
            Err(index) => index - 1,
        };
        let line_start = self.line_starts[line_index];
        let column = self.text.get(line_start..offset).map(|prefix| prefix.chars().count()).unwrap_or(0) + 1;
        (line_index + 1, column)
    }

    /// The text of a line (from 1), without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts[line - 1];
        let end = self.line_starts.get(line).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// Every source file of a compilation, the runtime library's included.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, path: impl Into<String>, text: impl Into<String>, is_runtime_library: bool) -> FileId {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(index, _)| index + 1));
        self.files.push(SourceFile { path: path.into(), text, is_runtime_library, line_starts });
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(index, file)| (FileId(index as u32), file))
    }
}
