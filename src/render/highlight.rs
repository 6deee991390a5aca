//! Highlighting of a document's file as written, for its source page: syntect with two small
//! grammars of charte's own formats (`highlight/charte-markdown.sublime-syntax`, whose front
//! matter is `highlight/charte-yaml.sublime-syntax`). Each token becomes a `<span>` with a class
//! (`hl-key`, `hl-string`, `hl-variable`…) that the theme's style sheet colours: no inline style,
//! so the Content-Security-Policy holds.
//!
//! The grammars are charte's rather than the general Markdown and YAML ones because those embed
//! every language a fenced block may hold and took minutes where these take tenths of a second
//! on a site of thousands of documents (see BENCHMARKS.md); they also know what is charte's own,
//! such as `{{ org.name }}`.

use std::sync::OnceLock;

use syntect::html::{line_tokens_to_classed_spans, ClassStyle};
use syntect::parsing::{ParseState, ScopeStack, SyntaxDefinition, SyntaxReference, SyntaxSet, SyntaxSetBuilder};
use syntect::util::LinesWithEndings;

/// Files longer than this are shown without colours: the page stays quick to make and to read.
pub const MAX_HIGHLIGHTED: usize = 512 * 1024;

/// The classes are the grammars' scope names after this prefix.
const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// How a file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// Markdown with YAML front matter.
    Markdown,
    Yaml,
}

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut builder = SyntaxSetBuilder::new();
        for grammar in [
            include_str!("highlight/charte-yaml.sublime-syntax"),
            include_str!("highlight/charte-markdown.sublime-syntax"),
        ] {
            // The grammars are part of the program, and a test loads them.
            builder.add(SyntaxDefinition::load_from_str(grammar, true, None).expect("a valid grammar"));
        }
        builder.build()
    })
}

fn syntax(language: Language) -> &'static SyntaxReference {
    let extension = match language {
        Language::Markdown => "md",
        Language::Yaml => "yaml",
    };
    syntaxes().find_syntax_by_extension(extension).expect("both grammars are in the set")
}

/// Appends `text` to `out` as HTML: every character escaped, tokens in `<span class="hl-…">`.
/// A file too long, or one the grammar cannot follow, is appended escaped and without colours.
pub fn highlight(text: &str, language: Language, out: &mut String) {
    let start = out.len();
    if text.len() <= MAX_HIGHLIGHTED && highlight_lines(text, language, out).is_some() {
        return;
    }
    out.truncate(start);
    escape(text, out);
}

fn highlight_lines(text: &str, language: Language, out: &mut String) -> Option<()> {
    let set = syntaxes();
    let mut state = ParseState::new(syntax(language));
    let mut scopes = ScopeStack::new();
    let mut open = 0isize;
    for line in LinesWithEndings::from(text) {
        let ops = state.parse_line(line, set).ok()?;
        let (html, delta) = line_tokens_to_classed_spans(line, &ops, CLASS_STYLE, &mut scopes).ok()?;
        out.push_str(&html);
        open += delta;
    }
    for _ in 0..open.max(0) {
        out.push_str("</span>");
    }
    Some(())
}

/// `text` with `&`, `<`, `>`, `"` and `'` escaped.
pub fn escape(text: &str, out: &mut String) {
    let mut last = 0;
    for (i, c) in text.char_indices() {
        let entity = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[last..i]);
        out.push_str(entity);
        last = i + 1;
    }
    out.push_str(&text[last..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(text: &str, language: Language) -> String {
        let mut out = String::new();
        highlight(text, language, &mut out);
        out
    }

    /// The text of the HTML, entities decoded: what a reader sees.
    fn visible(html: &str) -> String {
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn front_matter_and_body_are_coloured_and_nothing_is_lost() {
        let text = "---\n# un commentaire\ntitle: \"Charte de {{ org.name }}\"\nreview: { last: 2025-09-10, every_months: 12 }\nrules:\n  - id: publicite\n    body: >-\n      Les messages: supprimés.\n      Voir [la règle](#publicite).\n  - id: autre\n---\n## Titre\n\nTexte **gras** et `code` <b>x</b>.\n";
        let out = html(text, Language::Markdown);
        assert_eq!(visible(&out), text);
        for expected in [
            "<span class=\"hl-comment\"># un commentaire</span>",
            "<span class=\"hl-key\">title</span>",
            "<span class=\"hl-variable\">{{ org.name }}</span>",
            "<span class=\"hl-date\">2025-09-10</span>",
            "<span class=\"hl-key\">every_months</span>",
            "<span class=\"hl-link\">la règle</span>",
            "<span class=\"hl-heading\">## Titre</span>",
            "<span class=\"hl-strong\">**gras**</span>",
            "<span class=\"hl-tag\">&lt;b&gt;</span>",
        ] {
            assert!(out.contains(expected), "{expected} in {out}");
        }
        // A block of text is text: `messages:` in it is not a key; the block ends where the
        // indentation comes back, and the next item's key is one again.
        assert!(!out.contains("<span class=\"hl-key\">Les messages</span>"), "{out}");
        assert!(out.contains("<span class=\"hl-key\">id</span><span class=\"hl-punct\">:</span> autre"), "{out}");
        assert_eq!(out.matches("<span").count(), out.matches("</span>").count());
        assert!(!out.contains("style="));
    }

    #[test]
    fn a_yaml_document_is_coloured_as_yaml() {
        let text = "kind: glossary\nterms:\n  - { term: \"CM\", definition: 'l''animateur' }\n";
        let out = html(text, Language::Yaml);
        assert_eq!(visible(&out), text);
        assert!(out.contains("<span class=\"hl-key\">term</span>"), "{out}");
        assert!(
            out.contains(
                "<span class=\"hl-string\">&#39;l<span class=\"hl-escape\">&#39;&#39;</span>animateur&#39;</span>"
            ),
            "{out}"
        );
    }

    #[test]
    fn hostile_text_stays_text() {
        for text in [
            "---\ntitle: \"</pre><script>alert(1)</script>\"\n---\n<script>alert(1)</script>\n\"><img src=x onerror=alert(1)>",
            "---\nbody: |\n  </code></pre><script>x</script>\n---\n",
            "```\n<script>\n",
            "---\nunterminated: \"never closed\n",
        ] {
            for language in [Language::Markdown, Language::Yaml] {
                let out = html(text, language);
                assert_eq!(visible(&out), text);
                assert!(!out.contains("<script") && !out.contains("<img") && !out.contains("</pre"), "{out}");
            }
        }
    }

    #[test]
    fn long_and_odd_lines_end_quickly() {
        // One line of 400 000 characters of each kind of opening a grammar knows.
        for unit in ["[", "**", "{{", "`", "<a ", "{ a: [", "\"", "# ", "-", "é", "\u{0}"] {
            let text = format!("---\nt: x\n---\n{}\n", unit.repeat(400_000 / unit.len()));
            let out = html(&text, Language::Markdown);
            assert!(out.len() >= text.len());
        }
        // Indentation and fences are read back into patterns: long ones must not make them
        // too large to build.
        let indented = format!("{}k: |\n  x\n{}- k: >\n   y\n", " ".repeat(300_000), "\t".repeat(300_000));
        assert_eq!(visible(&html(&indented, Language::Yaml)), indented);
        let deep = format!("k: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(visible(&html(&deep, Language::Yaml)), deep);
    }

    #[test]
    fn a_file_too_long_is_escaped_without_colours() {
        let text = format!("title: \"<x>\"\n{}", "a".repeat(MAX_HIGHLIGHTED));
        let out = html(&text, Language::Yaml);
        assert!(!out.contains("<span") && out.starts_with("title: &quot;&lt;x&gt;&quot;"));
    }
}
