//! Diagnostics: what went wrong, where (file, line, column in the original file), and what was
//! expected. Every stage of the pipeline reports through [`Diagnostic`]; the command line prints
//! them with the offending line and a caret under the column.

use std::fmt::{self, Write};
use std::path::{Path, PathBuf};

/// How serious a diagnostic is. Errors stop a build; warnings and notices are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Notice,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Notice => "notice",
        }
    }
}

/// A position in a source file, 1-based, columns counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// One finding about the content, with a stable code.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: &'static str,
    /// Path relative to the site root, as the user would type it.
    pub file: PathBuf,
    pub location: Option<Location>,
    /// The text of the offending line, to show under the message.
    pub source_line: Option<String>,
    pub message: String,
    /// What to do about it, when there is something specific to say.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error about a whole file, with no position inside it.
    pub fn file_error(code: &'static str, file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.into(),
            location: None,
            source_line: None,
            message: message.into(),
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A loaded source file, kept so that diagnostics can quote the offending line.
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

    /// An error at a line and column of this file (1-based). Out-of-range positions are clamped.
    pub fn error_at(&self, code: &'static str, line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
        let line = line.max(1);
        Diagnostic {
            severity: Severity::Error,
            code,
            file: self.display.clone(),
            location: Some(Location { line, column: column.max(1) }),
            source_line: self.text.lines().nth(line - 1).map(str::to_owned),
            message: message.into(),
            help: None,
        }
    }
}

/// The closest candidate to `word` among `candidates`, if one is close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

impl Diagnostic {
    /// The diagnostic as people read it: the message, the place, the line with a caret under the
    /// column, and what to do. ANSI colours when `color` is on.
    pub fn render(&self, color: bool) -> String {
        let paint = |code: &str, text: &str| crate::report::paint(color, code, text);
        let style = match self.severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Notice => "1;36",
        };
        let mut out = String::new();
        let file = self.file.display();
        let gutter = self.location.map(|l| l.line.to_string().len()).unwrap_or(1);
        let head = format!("{}[{}]", self.severity.as_str(), self.code);
        let _ = writeln!(out, "{}: {}", paint(style, &head), paint("1", &self.message));
        let bar = paint("34", "|");
        match self.location {
            Some(Location { line, column }) => {
                let _ = writeln!(out, "{:gutter$}{} {file}:{line}:{column}", "", paint("34", "-->"));
                if let Some(text) = &self.source_line {
                    let (text, column) = excerpt(&text.replace('\t', " "), column);
                    let _ = writeln!(out, "{:gutter$} {bar}", "");
                    let _ = writeln!(out, "{} {bar} {text}", paint("34", &line.to_string()));
                    let caret = format!("{:>column$}", "^");
                    let _ = writeln!(out, "{:gutter$} {bar} {}", "", paint(style, &caret));
                }
            }
            None => {
                let _ = writeln!(out, "{:gutter$}{} {file}", "", paint("34", "-->"));
            }
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{:gutter$} {} {help}", "", paint("1", "= help:"));
        }
        out
    }
}

/// The longest line shown whole under a message, in characters.
const SHOWN: usize = 120;

/// `line` as shown under a message, and where `column` (1-based, in characters) falls in it: a
/// longer line is cut to the characters around the column, with `…` where it was cut.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let length = line.chars().count();
    if length <= SHOWN {
        return (line.to_owned(), column);
    }
    let start = column.saturating_sub(1 + SHOWN / 2).min(length - SHOWN);
    let mut shown: String = line.chars().skip(start).take(SHOWN).collect();
    if start + SHOWN < length {
        shown.push('…');
    }
    if start > 0 {
        (format!("…{shown}"), column - start + 1)
    } else {
        (shown, column)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
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
    use super::excerpt;

    #[test]
    fn a_long_line_is_cut_around_the_column() {
        assert_eq!(excerpt("title: x", 8), ("title: x".to_owned(), 8));
        let line = format!("title: {}é{}", "[".repeat(5000), "]".repeat(5000));
        let column = 5008; // the "é", in characters
        let (shown, at) = excerpt(&line, column);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert_eq!(shown.chars().count(), 122);
        assert_eq!(shown.chars().nth(at - 1), Some('é'));
        // Near the start or the end, the window stays inside the line.
        let (shown, at) = excerpt(&line, 3);
        assert!(!shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(at, 3);
        let last = line.chars().count();
        let (shown, at) = excerpt(&line, last);
        assert!(shown.starts_with('…') && !shown.ends_with('…'));
        assert_eq!(shown.chars().nth(at - 1), Some(']'));
    }
}
