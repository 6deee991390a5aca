//! The comments of the starter files, in the tool's language. A starter file in `starters/`
//! holds markers in place of its comments: `# @starter-site-service` on a line of its own, or
//! after a value (`status: draft  # @starter-status-values`). Each marker is replaced by the
//! Fluent message of that identifier (several comment lines when the message has several lines,
//! each under the marker's indentation), so that the French and the English starters are the
//! same files with the same values, and only their comments differ.

use super::{language, messages, Messages};

/// `text` with its comments in the tool's language.
pub fn localise(text: &str) -> String {
    localise_with(text, messages(language()))
}

/// `text` with each marker replaced by its message from `messages`, and every date placeholder
/// (`YYYY-MM-DD` in the starter files) spelled as the language spells it.
pub fn localise_with(text: &str, messages: &Messages) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let Some((before, id)) = marker(body) else {
            out.push_str(line);
            continue;
        };
        // Further lines of a comment that follows a value go under its `#`, on lines of their own.
        let indent = if before.trim().is_empty() { before.to_owned() } else { " ".repeat(before.chars().count()) };
        for (n, comment) in messages.format(id, None).lines().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            out.push_str(if n == 0 { before } else { &indent });
            out.push_str("# ");
            out.push_str(comment.trim_end());
        }
        out.push_str(end);
    }
    out.replace("YYYY-MM-DD", &messages.format("starter-date", None))
}

/// The text before a marker and the marker's identifier, when `line` ends with one: `# @`, then
/// lowercase letters, digits and hyphens to the end of the line, at the start of the line or
/// after a space.
pub fn marker(line: &str) -> Option<(&str, &str)> {
    let at = line.rfind("# @")?;
    let before = &line[..at];
    let id = &line[at + 3..];
    let is_id = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    (is_id && (before.is_empty() || before.ends_with(' '))).then_some((before, id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    /// Every file of `starters/`, with its path.
    fn starters() -> Vec<(String, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("starters");
        walkdir::WalkDir::new(&root)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| (e.path().display().to_string(), std::fs::read_to_string(e.path()).unwrap()))
            .collect()
    }

    /// The lines of `text` that are not comments, each without the comment that follows it.
    fn values(text: &str) -> Vec<String> {
        text.lines()
            .filter(|l| !l.trim_start().starts_with("# "))
            .map(|l| match l.find(" # ") {
                Some(at) => l[..at].trim_end().to_owned(),
                None => l.to_owned(),
            })
            .collect()
    }

    #[test]
    fn every_starter_comment_is_said_in_both_languages_and_nothing_else_changes() {
        let files = starters();
        assert!(files.len() >= 14, "{} starter files", files.len());
        let mut markers = 0;
        for language in [Language::French, Language::English] {
            let messages = Messages::new(language);
            for (path, text) in &files {
                let out = localise_with(text, &messages);
                markers += text.lines().filter(|l| marker(l).is_some()).count();
                assert!(!out.contains("# @"), "{path}: a marker is left in {language:?}");
                assert!(!out.contains("YYYY") || language == Language::English, "{path}");
                // The values are those of the file: only comments changed.
                let expected = values(&text.replace("YYYY-MM-DD", &messages.format("starter-date", None)));
                assert_eq!(values(&out), expected, "{path} in {language:?}");
                for line in text.lines() {
                    if let Some((before, id)) = marker(line) {
                        assert!(messages.has(id), "{path}: no message {id} in {language:?}");
                        let lines = messages.format(id, None).lines().count();
                        assert!(
                            before.trim().is_empty() || lines == 1,
                            "{path}: {id} follows a value on {lines} lines"
                        );
                    }
                }
            }
        }
        assert!(markers > 100, "{markers} markers");
    }

    #[test]
    fn a_marker_becomes_comment_lines_under_its_indentation() {
        let french = Messages::new(Language::French);
        let english = Messages::new(Language::English);
        let text =
            "organisation:\n  # @starter-site-org-etat\nstatus: draft  # @starter-status-values\n# date: YYYY-MM-DD\n";
        let out = localise_with(text, &english);
        assert_eq!(
            out,
            "organisation:\n  # The organisation that publishes these documents. Every page uses it, and the documents say\n  \
             # its name through variables such as {{ org.name }} or {{ org.de }}.\n\
             status: draft  # draft | review | validated | archived\n# date: YYYY-MM-DD\n"
        );
        let out = localise_with(text, &french);
        assert!(out.contains("  # L’organisation qui publie ces documents."), "{out}");
        assert!(out.contains("  # son nom au moyen de variables comme {{ org.name }}"), "{out}");
        assert!(out.contains("status: draft  # draft (brouillon) |"), "{out}");
        assert!(out.ends_with("# date: AAAA-MM-JJ\n"), "{out}");
    }

    #[test]
    fn only_a_whole_marker_is_one() {
        assert_eq!(marker("# @starter-faq"), Some(("", "starter-faq")));
        assert_eq!(marker("a: b   # @starter-faq"), Some(("a: b   ", "starter-faq")));
        assert_eq!(marker("# @starter-faq, and more"), None);
        assert_eq!(marker("url: x# @starter-faq"), None);
        assert_eq!(marker("# @"), None);
        assert_eq!(marker("# @Starter"), None);
        assert_eq!(marker("title: \"Un titre\""), None);
    }
}
