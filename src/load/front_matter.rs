//! Splitting a Markdown file into its YAML front matter (`---` … `---`) and its body, keeping
//! line numbers: the YAML handed to the parser starts with the opening `---` (which YAML reads as
//! the start of a document), so that its lines are the file's lines.

/// A Markdown file split in two.
#[derive(Debug)]
pub struct Split<'a> {
    /// The front matter, from the opening `---` included.
    pub yaml: &'a str,
    /// The rest of the file, after the closing line.
    pub body: &'a str,
}

/// Why a file has no usable front matter: line, column and message.
#[derive(Debug, PartialEq, Eq)]
pub struct SplitError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Splits `text` (without its byte-order mark).
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(SplitError { line: 1, column: 1, message: crate::tr!("front-matter-missing") });
    }
    let mut offset = first.len();
    for line in lines {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return Ok(Split { yaml: &text[..offset], body: &text[offset + line.len()..] });
        }
        offset += line.len();
    }
    Err(SplitError { line: 1, column: 1, message: crate::tr!("front-matter-unclosed") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_keeps_lines() {
        let s = split("---\nkind: page\ntitle: T\n---\n# Body\n").unwrap();
        assert_eq!(s.yaml, "---\nkind: page\ntitle: T\n");
        assert_eq!(s.body, "# Body\n");
    }

    #[test]
    fn unterminated_and_missing() {
        assert_eq!(split("---\nkind: page\n").unwrap_err().line, 1);
        assert!(split("kind: page\n").unwrap_err().message.contains("commence par une ligne `---`"));
    }

    #[test]
    fn crlf() {
        let s = split("---\r\nkind: page\r\n---\r\nbody").unwrap();
        assert_eq!(s.body, "body");
    }
}
