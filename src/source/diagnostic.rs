//! Diagnostics: what went wrong, where (file, line, column in the original file), and what was
//! expected; and how they are shown — as text for people (the offending line with a caret under
//! the column, coloured on a terminal) or as JSON for tools.

use std::fmt::{self, Write};
use std::path::PathBuf;

use serde::Serialize;

use super::code::{Code, Severity};
use super::file::Location;
use crate::tr;

/// One finding about the content, with a stable code.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
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
    /// A diagnostic about a whole file, with no position inside it, of the code's severity.
    pub fn about_file(code: Code, file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: code.severity(),
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

    /// The same diagnostic with another severity than its code's: only for a code whose
    /// severity depends on the document (a blank is a warning in a draft).
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// How many diagnostics of one code one file gets; the rest are counted, in one more diagnostic.
pub const SHOWN_PER_FILE: usize = 20;

/// The diagnostics of one code in one file: whether one more is shown, and how many were not.
/// Locating a diagnostic costs a search of its file, so that ten thousand broken links on one
/// line would cost minutes and gigabytes; past [`SHOWN_PER_FILE`] they are only counted.
#[derive(Debug, Default)]
pub struct Quota {
    shown: usize,
    more: usize,
}

impl Quota {
    /// Whether one more diagnostic is shown (else it is counted).
    pub fn admits(&mut self) -> bool {
        if self.shown < SHOWN_PER_FILE {
            self.shown += 1;
            true
        } else {
            self.more += 1;
            false
        }
    }

    /// The diagnostic that says how many were not shown, if any were not.
    pub fn rest(&self, code: Code, file: &std::path::Path) -> Option<Diagnostic> {
        (self.more > 0).then(|| {
            Diagnostic::about_file(code, file, tr!("diagnostic-more", count = self.more))
                .with_help(tr!("diagnostic-more-help"))
        })
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

/// `text` in the ANSI style `code` when `color` is on.
pub fn paint(color: bool, code: &str, text: &str) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

/// Whether to colour what goes to a stream: only a terminal, and never when `NO_COLOR` is set.
pub fn use_color(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// `text` as it may reach a terminal: each control character (an escape sequence would move the
/// cursor, clear the screen or retitle the window) and each character that reorders text
/// shown as `�`, one character for one, so that a caret below stays in its column.
fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if text.chars().any(hidden) {
        text.chars().map(|c| if hidden(c) { '\u{FFFD}' } else { c }).collect::<String>().into()
    } else {
        text.into()
    }
}

impl Diagnostic {
    /// The diagnostic as people read it: the message, the place, the line with a caret under the
    /// column, and what to do. ANSI colours when `color` is on; nothing from the content reaches
    /// the terminal as a control character.
    pub fn render(&self, color: bool) -> String {
        let paint = |code: &str, text: &str| paint(color, code, text);
        let style = match self.severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Notice => "1;36",
        };
        let mut out = String::new();
        let file = self.file.display().to_string();
        let file = visible(&file);
        let gutter = self.location.map(|l| l.line.to_string().len()).unwrap_or(1);
        let head = format!("{}[{}]", self.severity.word(), self.code);
        // "erreur[code] : message" in French, "error[code]: message" in English.
        let colon = tr!("diagnostic-colon");
        let _ = writeln!(out, "{}{colon} {}", paint(style, &head), paint("1", &visible(&self.message)));
        let bar = paint("34", "|");
        match self.location {
            Some(Location { line, column }) => {
                let _ = writeln!(out, "{:gutter$}{} {file}:{line}:{column}", "", paint("34", "-->"));
                if let Some(text) = &self.source_line {
                    let (text, column) = excerpt(&visible(&text.replace('\t', " ")), column);
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
            let _ = writeln!(
                out,
                "{:gutter$} {} {}",
                "",
                paint("1", &format!("= {}", tr!("diagnostic-help"))),
                visible(help)
            );
        }
        out
    }

    /// The diagnostic as JSON sees it (the shape the README documents).
    pub fn json(&self) -> JsonDiagnostic<'_> {
        JsonDiagnostic {
            code: self.code,
            severity: self.severity.as_str(),
            file: self.file.to_string_lossy().replace('\\', "/"),
            line: self.location.map(|l| l.line),
            column: self.location.map(|l| l.column),
            message: &self.message,
            help: self.help.as_deref(),
        }
    }
}

/// One diagnostic as JSON sees it.
#[derive(Serialize)]
pub struct JsonDiagnostic<'a> {
    code: Code,
    severity: &'static str,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    help: Option<&'a str>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Code, SourceFile};

    #[test]
    fn nothing_from_the_content_reaches_the_terminal_as_a_control_character() {
        let file = SourceFile::new("content/a\x1b[2J.md", "title: \"\x1b]0;pwned\x07x\u{202E}y\"\n".to_owned());
        let d = file.diagnostic(Code::InvalidValue, (1, 21), "bad `\x1b[31mred`").with_help("\x1b[2J");
        let shown = d.render(false);
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n'), "{shown:?}");
        assert!(!shown.contains('\u{202E}'));
        // The caret stays under its character.
        let lines: Vec<&str> = shown.lines().collect();
        let caret = lines.iter().position(|l| l.ends_with('^')).unwrap();
        let column = lines[caret].chars().count();
        assert_eq!(lines[caret - 1].chars().nth(column - 1), Some('y'));
    }

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
