//! `charte new-version PATH`: starts the revision of a document. The current file is copied,
//! byte for byte, to `NAME@OLD.md` (the text of the version in force, which the site goes on
//! publishing); in the current file, `version` moves to the next number, `status` becomes
//! `draft`, and `history` gets a new first entry dated today whose change note is a blank to
//! fill. The file is edited line by line, so that its comments and layout stay as written.

use crate::tr;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::load;
use crate::schema::date::Date;
use crate::schema::document::RawDocument;
use crate::schema::names;
use crate::source::SourceFile;

/// What `new_version` did.
pub struct NewVersion {
    /// The copy of the version in force, and the file now in revision.
    pub archived: PathBuf,
    pub current: PathBuf,
    pub old: String,
    pub new: String,
}

/// Starts version `version` (by default the next one) of the document at `path` (a file of
/// `content/`, or its address such as `chartes/moderation`).
pub fn new_version(root: &Path, path: &str, version: Option<&str>, today: Date) -> Result<NewVersion, String> {
    let file = find(root, path)?;
    let text = fs::read_to_string(&file).map_err(|e| tr!("unreadable-path", path = file, error = e.to_string()))?;
    let is_yaml = file.extension().is_some_and(|e| e != "md");
    let source = Arc::new(SourceFile::new(file.clone(), text.clone()));
    let document =
        load::document(String::new(), source, is_yaml).map_err(|d| format!("{d}{}", tr!("new-version-fix-first")))?;
    let revision = revision(&file, &text, is_yaml, &document, version, today, "xxxxxx")?;
    fs::copy(&file, &revision.archived)
        .map_err(|e| tr!("cannot-write", path = revision.archived, error = e.to_string()))?;
    fs::write(&file, revision.text).map_err(|e| tr!("cannot-write", path = file, error = e.to_string()))?;
    Ok(NewVersion { archived: revision.archived, current: file, old: revision.old, new: revision.new })
}

/// A document's next version, not yet written: the file that will keep the version in force,
/// and the text of the draft.
pub(super) struct Revision {
    pub archived: PathBuf,
    pub text: String,
    pub old: String,
    pub new: String,
}

/// The revision of `document` (read from `text`, the file `file`) to `version` or the next one,
/// with a first history entry whose change note is `note`.
pub(super) fn revision(
    file: &Path,
    text: &str,
    is_yaml: bool,
    document: &RawDocument,
    version: Option<&str>,
    today: Date,
    note: &str,
) -> Result<Revision, String> {
    let old = document
        .fields
        .version
        .as_deref()
        .map(|v| v.trim().to_owned())
        .ok_or_else(|| tr!("new-version-no-version", path = file))?;
    let new = match version {
        Some(version) => version.to_owned(),
        None => next(&old).ok_or_else(|| tr!("new-version-no-next", old = old))?,
    };
    if !names::is_version_suffix(&old) {
        return Err(tr!("new-version-bad-old", old = old));
    }
    if !names::is_version_suffix(&new) || new == old {
        return Err(tr!("new-version-bad-new", new = new, old = old));
    }
    if document.fields.history.iter().any(|h| h.version.trim() == new) {
        return Err(tr!("new-version-listed", new = new, path = file));
    }
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    let extension = file.extension().and_then(|e| e.to_str()).unwrap_or("md");
    let archived = file.with_file_name(format!("{stem}@{old}.{extension}"));
    if archived.exists() {
        return Err(tr!("new-version-kept", path = archived, old = old));
    }
    let revised = revise(text, is_yaml, &new, today, note)?;
    // The revised file must read as a document before anything is written.
    let check = Arc::new(SourceFile::new(file.to_path_buf(), revised.clone()));
    load::document(String::new(), check, is_yaml)
        .map_err(|d| tr!("new-version-unreadable", diagnostic = d.to_string()))?;
    Ok(Revision { archived, text: revised, old, new })
}

/// The file of the document at `path` under `root`'s `content/`.
pub(super) fn find(root: &Path, path: &str) -> Result<PathBuf, String> {
    let content = root.join("content");
    let given = Path::new(path);
    let relative = given.strip_prefix("content").unwrap_or(given);
    let candidates: Vec<PathBuf> = if relative.extension().is_some() {
        vec![content.join(relative)]
    } else {
        ["md", "yaml", "yml"].iter().map(|e| content.join(relative).with_extension(e)).collect()
    };
    candidates
        .into_iter()
        .find(|c| c.is_file())
        .ok_or_else(|| tr!("new-version-no-document", document = path, content = content))
}

/// The version after `version`: its last number plus one (`2.1` → `2.2`, `3` → `4`).
fn next(version: &str) -> Option<String> {
    let (head, last) = match version.rsplit_once('.') {
        Some((head, last)) => (format!("{head}."), last),
        None => (String::new(), version),
    };
    let number: u64 = last.parse().ok()?;
    Some(format!("{head}{}", number.checked_add(1)?))
}

/// `text` with `version: "NEW"`, `status: draft` and a first history entry for the new version,
/// whose change note is `note`.
fn revise(text: &str, is_yaml: bool, new: &str, today: Date, note: &str) -> Result<String, String> {
    let note = serde_json::to_string(note).map_err(|e| e.to_string())?;
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    // A top-level field's line, among the lines of the fields (the whole file, or the front
    // matter's).
    let field = |lines: &[String], name: &str| {
        let (start, end) = fields(lines, is_yaml);
        (start..end).find(|&i| lines[i].starts_with(name) && lines[i][name.len()..].starts_with(':'))
    };
    let version_at = field(&lines, "version").ok_or_else(|| tr!("new-version-no-version-line"))?;
    lines[version_at] = keep_comment(&lines[version_at], &format!("version: \"{new}\"{eol}"));
    match field(&lines, "status") {
        Some(i) => lines[i] = keep_comment(&lines[i], &format!("status: draft{eol}")),
        None => lines.insert(version_at + 1, format!("status: draft{eol}")),
    }
    let entry =
        |indent: &str| format!("{indent}- {{ version: \"{new}\", date: {}, changes: {note} }}{eol}", today.iso());
    match field(&lines, "history") {
        Some(i) => {
            let value = lines[i]["history:".len()..].split(" #").next().unwrap_or("").trim().to_owned();
            match value.as_str() {
                "" => {}
                "[]" => lines[i] = format!("history:{eol}"),
                _ => return Err(tr!("new-version-history-inline")),
            }
            let indent = lines
                .get(i + 1)
                .filter(|l| l.trim_start().starts_with("- "))
                .map(|l| l[..l.len() - l.trim_start().len()].to_owned())
                .unwrap_or_else(|| "  ".to_owned());
            lines.insert(i + 1, entry(&indent));
        }
        None => {
            let (_, end) = fields(&lines, is_yaml);
            if end > 0 && !lines[end - 1].ends_with('\n') {
                lines[end - 1].push_str(eol);
            }
            lines.insert(end, format!("history:{eol}"));
            lines.insert(end + 1, entry("  "));
        }
    }
    Ok(lines.concat())
}

/// The range of the lines that hold the fields: the whole of a YAML file, the front matter's
/// between its `---` lines.
fn fields(lines: &[String], is_yaml: bool) -> (usize, usize) {
    if is_yaml {
        return (0, lines.len());
    }
    let close = lines.iter().skip(1).position(|l| matches!(l.trim_end(), "---" | "...")).map_or(lines.len(), |i| i + 1);
    (1, close)
}

/// `replacement` (which ends with its line end) with the comment `line` had, if any.
fn keep_comment(line: &str, replacement: &str) -> String {
    match line.find(" #") {
        Some(at) => {
            // The spaces before the comment stay too.
            let value_end = line[..at].trim_end().len();
            let comment = line[value_end..].trim_end_matches(['\r', '\n']);
            let body = replacement.trim_end_matches(['\r', '\n']);
            format!("{body}{comment}{}", &replacement[body.len()..])
        }
        None => replacement.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_version() {
        assert_eq!(next("2.1").as_deref(), Some("2.2"));
        assert_eq!(next("3").as_deref(), Some("4"));
        assert_eq!(next("1.0.9").as_deref(), Some("1.0.10"));
        assert_eq!(next("2.1-b"), None);
    }

    #[test]
    fn a_file_is_revised_line_by_line() {
        let today = Date::parse("2026-11-23").unwrap();
        let text = "---\n# Comment kept.\nkind: page\ntitle: T\nversion: \"1.1\"   # the version\nstatus: validated\nhistory:\n    - { version: \"1.1\", date: 2025-01-01, changes: C }\n---\nBody.\n";
        let revised = revise(text, false, "1.2", today, "xxxxxx").unwrap();
        assert_eq!(
            revised,
            "---\n# Comment kept.\nkind: page\ntitle: T\nversion: \"1.2\"   # the version\nstatus: draft\nhistory:\n    - { version: \"1.2\", date: 2026-11-23, changes: \"xxxxxx\" }\n    - { version: \"1.1\", date: 2025-01-01, changes: C }\n---\nBody.\n"
        );
        let yaml = "kind: glossary\ntitle: G\nversion: \"3\"\n";
        assert_eq!(
            revise(yaml, true, "4", today, "xxxxxx").unwrap(),
            "kind: glossary\ntitle: G\nversion: \"4\"\nstatus: draft\nhistory:\n  - { version: \"4\", date: 2026-11-23, changes: \"xxxxxx\" }\n"
        );
        assert!(
            revise("kind: page\nversion: \"1\"\nhistory: [{ version: \"1\" }]\n", true, "2", today, "xxxxxx").is_err()
        );
    }
}
