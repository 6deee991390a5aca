//! Editing a document's YAML in place, line by line: a field's lines are replaced, a rule entry
//! removed or given a field, and every other line — comments, blank lines, the order and style
//! of the fields — stays as written. Values are written in the style YAML reads back exactly
//! (quoted, folded or literal); the caller reads the result again before writing it.

/// The lines of a document's file (each with its line end), and where its fields are.
pub struct Editor {
    lines: Vec<String>,
    is_yaml: bool,
    eol: &'static str,
}

/// Where a rule entry is, in lines: from its `-` line to the line after its last.
struct Entry {
    dash: usize,
    end: usize,
    dash_indent: usize,
    key_indent: usize,
    flow: bool,
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn blank(line: &str) -> bool {
    line.trim().is_empty()
}

fn comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// Whether `line` (after its indentation and an optional `- `) starts the key `key`.
fn starts_key(line: &str, key: &str) -> bool {
    let rest = line.trim_start_matches(' ');
    let rest = rest.strip_prefix("- ").map(|r| r.trim_start_matches(' ')).unwrap_or(rest);
    rest.strip_prefix(key).is_some_and(|r| r.starts_with(':'))
}

impl Editor {
    pub fn new(text: &str, is_yaml: bool) -> Editor {
        let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
        if lines.last().is_some_and(|l| !l.ends_with('\n')) {
            // A last line without its end gets one, so that lines can follow it.
            let last = lines.len() - 1;
            lines[last].push_str(eol);
        }
        Editor { lines, is_yaml, eol }
    }

    pub fn text(&self) -> String {
        self.lines.concat()
    }

    /// The lines of the fields: the whole of a YAML file, the front matter's between its `---`.
    fn fields(&self) -> (usize, usize) {
        if self.is_yaml {
            return (0, self.lines.len());
        }
        let close = self.lines.iter().skip(1).position(|l| matches!(l.trim_end(), "---" | "..."));
        (1, close.map_or(self.lines.len(), |i| i + 1))
    }

    /// The end of the value that starts on line `start` for a key at `key_indent`: the lines
    /// indented deeper (or blank) that follow, without the blank lines at the end.
    fn value_end(&self, start: usize, key_indent: usize, limit: usize, top: bool) -> usize {
        let mut end = start + 1;
        let mut last = start + 1;
        while end < limit {
            let line = &self.lines[end];
            let deeper = indent(line) > key_indent || (top && line.starts_with('-'));
            if blank(line) {
                end += 1;
                continue;
            }
            if !deeper {
                break;
            }
            end += 1;
            last = end;
        }
        last
    }

    /// The lines of the top-level field `key`, if it is written.
    fn top_field(&self, key: &str) -> Option<(usize, usize)> {
        let (start, end) = self.fields();
        let at = (start..end).find(|&i| self.lines[i].starts_with(key) && starts_key(&self.lines[i], key))?;
        Some((at, self.value_end(at, 0, end, true)))
    }

    /// Replaces the top-level field `key` with `text`; false if the field is not written.
    pub fn set_top(&mut self, key: &str, text: &str) -> bool {
        let Some((start, end)) = self.top_field(key) else { return false };
        let comment = trailing_comment(&self.lines[start]).filter(|_| end == start + 1 && !text.contains('\n'));
        let mut rendered = field_lines(key, text, 0, "", self.eol);
        if let (Some(comment), 1) = (comment, rendered.len()) {
            let line = rendered[0].trim_end_matches(['\r', '\n']).to_owned();
            rendered[0] = format!("{line}{comment}{}", self.eol);
        }
        self.lines.splice(start..end, rendered);
        true
    }

    /// Whether the top-level field `key` is written as a flow list (`rules: [ { id: a }, … ]`).
    pub fn top_is_flow_list(&self, key: &str) -> bool {
        self.top_field(key).is_some_and(|(start, _)| {
            self.lines[start].split_once(':').is_some_and(|(_, rest)| rest.trim_start().starts_with('['))
        })
    }

    /// Replaces the top-level field `key` with `block` (lines without their ends, the key's own
    /// line first); false if the field is not written.
    pub fn replace_top(&mut self, key: &str, block: &[String]) -> bool {
        let Some((start, end)) = self.top_field(key) else { return false };
        let lines: Vec<String> = block.iter().map(|l| format!("{l}{}", self.eol)).collect();
        self.lines.splice(start..end, lines);
        true
    }

    /// Adds `block` (lines without their ends, at the top level) after the last field.
    pub fn append_top(&mut self, block: &[String]) {
        let (start, end) = self.fields();
        let mut at = end;
        while at > start && blank(&self.lines[at - 1]) {
            at -= 1;
        }
        let lines: Vec<String> = block.iter().map(|l| format!("{l}{}", self.eol)).collect();
        self.lines.splice(at..at, lines);
    }

    /// Replaces the Markdown body of a Markdown file (everything after the front matter).
    pub fn set_markdown_body(&mut self, body: &str) {
        let (_, close) = self.fields();
        self.lines.truncate(close + 1);
        self.lines.push(body.to_owned());
    }

    /// The rule entry whose `id` is written on line `id_line` (0-based).
    fn entry(&self, id_line: usize) -> Option<Entry> {
        let (start, end) = self.fields();
        if id_line < start || id_line >= end {
            return None;
        }
        let id_indent = indent(&self.lines[id_line]);
        let own = self.lines[id_line].trim_start();
        let dash = if own.starts_with('-') {
            id_line
        } else {
            (start..id_line).rev().find(|&k| {
                let line = &self.lines[k];
                !blank(line) && !comment(line) && indent(line) < id_indent
            })?
        };
        let dash_line = &self.lines[dash];
        let dash_indent = indent(dash_line);
        let after = dash_line.trim_start().strip_prefix('-')?;
        let flow = after.trim_start().starts_with('{');
        let key_indent = dash_indent + 1 + (after.len() - after.trim_start_matches(' ').len());
        let mut stop = dash + 1;
        let mut last = dash + 1;
        while stop < end {
            let line = &self.lines[stop];
            if !blank(line) && indent(line) <= dash_indent {
                break;
            }
            stop += 1;
            if !blank(line) {
                last = stop;
            }
        }
        Some(Entry { dash, end: last, dash_indent, key_indent, flow })
    }

    /// Whether the entry on `id_line` is written in flow style (`- { id: x, … }`): such an entry
    /// is rewritten whole.
    pub fn rule_is_flow(&self, id_line: usize) -> Option<bool> {
        self.entry(id_line).map(|e| e.flow)
    }

    /// Sets `key` of the block-style rule entry on `id_line` to `text` (the field is written).
    pub fn set_rule_field(&mut self, id_line: usize, key: &str, text: &str) -> bool {
        let Some(entry) = self.entry(id_line) else { return false };
        let Some(at) = (entry.dash..entry.end).find(|&i| {
            let line = &self.lines[i];
            starts_key(line, key) && (i == entry.dash || indent(line) == entry.key_indent)
        }) else {
            return false;
        };
        let end = self.value_end(at, entry.key_indent, entry.end, false);
        let head = if at == entry.dash { format!("{}- ", " ".repeat(entry.dash_indent)) } else { String::new() };
        let mut rendered = field_lines(key, text, entry.key_indent, &head, self.eol);
        if at != entry.dash {
            rendered[0] = format!("{}{}", " ".repeat(entry.key_indent), rendered[0]);
        }
        self.lines.splice(at..end, rendered);
        true
    }

    /// Adds `block` (lines without their ends, relative to the entry's keys) at the end of the
    /// rule entry on `id_line`.
    pub fn append_to_rule(&mut self, id_line: usize, block: &[String]) -> bool {
        let Some(entry) = self.entry(id_line) else { return false };
        let pad = " ".repeat(entry.key_indent);
        let lines: Vec<String> = block.iter().map(|l| format!("{pad}{l}{}", self.eol)).collect();
        self.lines.splice(entry.end..entry.end, lines);
        true
    }

    /// Replaces the rule entry on `id_line` with `block` (lines without their ends, the first
    /// starting with `- `, the others relative to the entry's keys).
    pub fn replace_rule(&mut self, id_line: usize, block: &[String]) -> bool {
        let Some(entry) = self.entry(id_line) else { return false };
        let (dash_pad, key_pad) = (" ".repeat(entry.dash_indent), " ".repeat(entry.dash_indent + 2));
        let lines: Vec<String> = block
            .iter()
            .enumerate()
            .map(|(i, l)| format!("{}{l}{}", if i == 0 { &dash_pad } else { &key_pad }, self.eol))
            .collect();
        self.lines.splice(entry.dash..entry.end, lines);
        true
    }

    /// Removes the rule entry on `id_line`, with the comment lines just above it; and the
    /// `rules:` line too when no entry is left under it.
    pub fn delete_rule(&mut self, id_line: usize) -> bool {
        let Some(entry) = self.entry(id_line) else { return false };
        let mut from = entry.dash;
        while from > 0 && comment(&self.lines[from - 1]) && indent(&self.lines[from - 1]) == entry.dash_indent {
            from -= 1;
        }
        self.lines.drain(from..entry.end);
        if let Some((start, end)) = self.top_field("rules") {
            let rest = self.lines[start]["rules:".len()..].split(" #").next().unwrap_or("").trim().to_owned();
            let entries = (start + 1..end).any(|i| self.lines[i].trim_start().starts_with('-'));
            if rest.is_empty() && !entries {
                self.lines.drain(start..end);
            }
        }
        true
    }
}

/// The comment at the end of a one-line field (`version: "1"   # note`), with its spaces.
fn trailing_comment(line: &str) -> Option<String> {
    let at = line.find(" #")?;
    let value = &line[..at];
    // A `#` inside quotes is not a comment.
    if value.matches('"').count() % 2 == 1 || value.matches('\'').count() % 2 == 1 {
        return None;
    }
    let value_end = value.trim_end().len();
    Some(line[value_end..].trim_end_matches(['\r', '\n']).to_owned())
}

/// How wide a folded text's lines are.
const WIDTH: usize = 96;

/// The lines of `key: text` for a key at `indent` columns (the first line's indentation is the
/// caller's: `head`), each with its end.
pub fn field_lines(key: &str, text: &str, indent: usize, head: &str, eol: &str) -> Vec<String> {
    let pad = " ".repeat(indent + 2);
    let mut lines = Vec::new();
    match style(text) {
        Style::Quoted => lines.push(format!("{head}{key}: {}{eol}", quoted(text))),
        Style::Folded => {
            lines.push(format!("{head}{key}: >-{eol}"));
            for line in fold(text, WIDTH.saturating_sub(indent + 2).max(40)) {
                lines.push(format!("{pad}{line}{eol}"));
            }
        }
        Style::Literal => {
            let trailing = text.len() - text.trim_end_matches('\n').len();
            let chomp = match trailing {
                0 => "-",
                1 => "",
                _ => "+",
            };
            lines.push(format!("{head}{key}: |{chomp}{eol}"));
            let content = if trailing == 1 { &text[..text.len() - 1] } else { text };
            let content = if trailing > 1 { &content[..content.len() - 1] } else { content };
            for line in content.split('\n') {
                lines.push(if line.is_empty() { eol.to_owned() } else { format!("{pad}{line}{eol}") });
            }
        }
    }
    lines
}

/// The lines of `key: text` as a block (without line ends), for a key at column 0 of the block.
pub fn block_lines(key: &str, text: &str) -> Vec<String> {
    field_lines(key, text, 0, "", "\n").into_iter().map(|l| l.trim_end_matches('\n').to_owned()).collect()
}

enum Style {
    Quoted,
    Folded,
    Literal,
}

/// The style YAML reads back as exactly `text`.
fn style(text: &str) -> Style {
    let printable = text.chars().all(|c| c == '\n' || c == '\t' || !c.is_control()) && !text.contains('\u{feff}');
    if !printable || text.trim().is_empty() {
        return Style::Quoted;
    }
    if text.contains('\n') {
        let first = text.lines().find(|l| !l.is_empty()).unwrap_or("");
        let spaces_only = text.split('\n').any(|l| !l.is_empty() && l.trim().is_empty());
        let clean_start = !first.starts_with([' ', '\t']);
        return if clean_start && !spaces_only && !text.contains('\t') { Style::Literal } else { Style::Quoted };
    }
    let foldable = text.len() > 72
        && text == text.trim()
        && !text.contains('\t')
        && !text.contains("  ")
        && !text.starts_with(['#', '-', '>', '|', '!', '&', '*', '%', '@', '`']);
    if foldable {
        Style::Folded
    } else {
        Style::Quoted
    }
}

/// `text` as a double-quoted YAML scalar (JSON's escapes are YAML's).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// `text` cut into lines at single spaces, each at most `width` long where the words allow.
fn fold(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        } else if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORK: &str = "---\n# Top comment.\nextends: \"@m@1.0\"  # pinned\ntitle: T\nrules:\n  # About a.\n  - id: a\n    body: >-\n      Old\n      text.\n    title: A   # kept\n\n  - id: b\n    remove: true\n  - { id: c, body: C }\nvars:\n  x: y\n---\nBody.\n";

    #[test]
    fn fields_are_replaced_in_place() {
        let mut editor = Editor::new(FORK, false);
        assert!(editor.set_top("extends", "@m@2.0"));
        assert!(editor.set_rule_field(6, "body", "New text."));
        assert!(editor.append_to_rule(6, &["conflict:".to_owned(), "  update: \"1.0 → 2.0\"".to_owned()]));
        let text = editor.text();
        assert!(text.contains("extends: \"@m@2.0\"  # pinned\n"), "{text}");
        assert!(
            text.contains(
                "  # About a.\n  - id: a\n    body: \"New text.\"\n    title: A   # kept\n    conflict:\n      update: \"1.0 → 2.0\"\n\n  - id: b\n"
            ),
            "{text}"
        );
        assert!(text.ends_with("vars:\n  x: y\n---\nBody.\n"));
    }

    #[test]
    fn entries_are_found_from_their_id_line() {
        let editor = Editor::new(FORK, false);
        assert_eq!(editor.rule_is_flow(6), Some(false));
        assert_eq!(editor.rule_is_flow(14), Some(true));
        let mut editor = Editor::new(FORK, false);
        assert!(editor.delete_rule(12));
        assert!(editor.delete_rule(6));
        assert!(editor.replace_rule(6, &["- id: c".to_owned(), "body: D".to_owned()]));
        assert_eq!(
            editor.text(),
            "---\n# Top comment.\nextends: \"@m@1.0\"  # pinned\ntitle: T\nrules:\n\n  - id: c\n    body: D\nvars:\n  x: y\n---\nBody.\n"
        );
        let mut editor = Editor::new("rules:\n- id: a\n  remove: true\nvars: {}\n", true);
        assert!(editor.delete_rule(1));
        assert_eq!(editor.text(), "vars: {}\n");
    }

    #[test]
    fn values_take_the_style_that_reads_back() {
        assert_eq!(block_lines("t", "Court."), vec!["t: \"Court.\""]);
        assert_eq!(block_lines("t", "a\n\nb\n"), vec!["t: |", "  a", "", "  b"]);
        assert_eq!(block_lines("t", " a\nb"), vec!["t: \" a\\nb\""]);
        let long = "mot ".repeat(40);
        let folded = block_lines("t", long.trim());
        assert_eq!(folded[0], "t: >-");
        assert!(folded[1..].iter().all(|l| l.len() <= 96 && l.starts_with("  mot")));
    }

    #[derive(serde::Deserialize)]
    struct Field {
        t: String,
    }

    #[derive(serde::Deserialize)]
    struct Nested {
        x: Vec<Field>,
    }

    fn read_back<T: serde::de::DeserializeOwned>(yaml: &str) -> Result<T, String> {
        let source = crate::source::SourceFile::new(std::path::PathBuf::from("t.yaml"), yaml.to_owned());
        crate::load::yaml::parse::<T>(&source, yaml).map_err(|d| format!("{d:?}\n{yaml}"))
    }

    proptest::proptest! {
        /// Whatever a merge writes, at the top level or in a rule entry, YAML reads back as
        /// exactly the text that was written.
        #[test]
        fn every_text_reads_back_as_written(text in r"[a-zé :#'\x22\\>|\n\t{}\[\],&*!%@`\x{a0}-]{0,160}") {
            let top = block_lines("t", &text).join("\n") + "\n";
            proptest::prop_assert_eq!(&read_back::<Field>(&top).map_err(proptest::test_runner::TestCaseError::fail)?.t, &text);
            let entry = field_lines("t", &text, 4, "  - ", "\n").concat();
            let nested = read_back::<Nested>(&format!("x:\n{entry}")).map_err(proptest::test_runner::TestCaseError::fail)?;
            proptest::prop_assert_eq!(&nested.x[0].t, &text);
        }
    }
}
