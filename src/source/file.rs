//! Source files as read, and positions in them: 1-based lines and columns counted in characters,
//! as editors show them.

use std::path::{Path, PathBuf};

use super::code::Code;
use super::diagnostic::Diagnostic;
use super::span::Spanned;

/// A position in a source file, 1-based, columns counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// A file as read, kept so that diagnostics can quote the offending line.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the site root (for messages).
    pub display: PathBuf,
    pub text: String,
}

impl SourceFile {
    pub fn new(display: impl Into<PathBuf>, text: String) -> Self {
        SourceFile { display: display.into(), text }
    }

    /// A diagnostic at a line and column of this file (1-based); out-of-range positions are
    /// brought back into the file.
    pub fn diagnostic(&self, code: Code, (line, column): (usize, usize), message: impl Into<String>) -> Diagnostic {
        let lines = self.text.lines().count().max(1);
        let line = line.clamp(1, lines);
        let source_line = self.text.lines().nth(line - 1).map(str::to_owned);
        let width = source_line.as_deref().map_or(0, |l| l.chars().count());
        Diagnostic {
            location: Some(Location { line, column: column.clamp(1, width + 1) }),
            source_line,
            ..Diagnostic::about_file(code, self.display.clone(), message)
        }
    }

    /// A diagnostic where `value` starts.
    pub fn at<T>(&self, code: Code, value: &Spanned<T>, message: impl Into<String>) -> Diagnostic {
        self.diagnostic(code, value.position(), message)
    }

    /// Line and column of the byte `offset` of the text.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        line_column(&self.text, offset)
    }

    /// Line and column of the byte `offset` of a text read from this file, where the text holds
    /// `needle`. A YAML value may be quoted, folded or escaped, so `needle` is looked for in the
    /// file from where the value starts, at the same rank among its occurrences; failing that,
    /// the value's start is given. `written` is the value's text in which `offset` is counted
    /// (the value itself, or the text it had before variables were replaced).
    pub fn locate(&self, value: &Spanned<String>, written: &str, offset: usize, needle: &str) -> (usize, usize) {
        let span = value.span();
        let Some(fallback) = span.start() else { return (1, 1) };
        let Some(from) = self.text.char_indices().nth(span.character()).map(|(b, _)| b) else {
            return fallback;
        };
        if needle.is_empty() {
            return fallback;
        }
        let rank = written.get(..offset).map(|before| before.matches(needle).count()).unwrap_or(0);
        match self.text[from..].match_indices(needle).nth(rank) {
            Some((at, _)) => line_column(&self.text, from + at),
            None => fallback,
        }
    }
}

/// Path of `path` relative to `root`, for messages; the path itself when it is outside.
pub fn relative_to(path: &Path, root: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

/// 1-based line and column (in characters) of a byte offset of `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let offset = (0..=offset).rev().find(|&o| text.is_char_boundary(o)).unwrap_or(0);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_past_the_end_is_brought_back_into_the_file() {
        let file = SourceFile::new("a.yaml", "kind: page\n".to_owned());
        let d = file.diagnostic(Code::InvalidValue, (2, 1), "x");
        assert_eq!(d.location, Some(Location { line: 1, column: 1 }));
        assert_eq!(d.source_line.as_deref(), Some("kind: page"));
        let d = file.diagnostic(Code::InvalidValue, (1, 40), "x");
        assert_eq!(d.location, Some(Location { line: 1, column: 11 }));
        let empty = SourceFile::new("b.yaml", String::new());
        assert_eq!(empty.diagnostic(Code::YamlEmpty, (3, 3), "x").location, Some(Location { line: 1, column: 1 }));
    }
}
