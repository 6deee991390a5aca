//! Words in another language, marked in Markdown as `[community manager]{lang=en}`: rendered
//! `<span lang="en">community manager</span>`, so that screen readers pronounce them in their
//! language (RGAA 8.7) and French typography leaves them alone.
//!
//! pulldown-cmark reads `[words]` with no link of that name as a broken shortcut reference; the
//! callback of [`lang_of_reference`] accepts it when `{lang=CODE}` follows, and [`LangSpans`]
//! turns the link into the span and drops the `{lang=CODE}` from the text after it.

use std::ops::Range;

use pulldown_cmark::{BrokenLink, CowStr, Event, LinkType, Tag, TagEnd};

/// The language code of `{lang=CODE}` at the start of `text`, and the attribute's length.
fn lang_attribute(text: &str) -> Option<(&str, usize)> {
    let rest = text.strip_prefix("{lang=")?;
    let end = rest.find('}')?;
    let code = rest[..end].trim_matches(['"', '\'']);
    crate::schema::names::is_language_code(code).then_some((code, "{lang=".len() + end + 1))
}

/// A plain text field written whole as `[words]{lang=CODE}` (a glossary term's alias): the
/// words and their language.
pub fn marked(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix('[')?;
    let close = rest.find(']')?;
    let (code, len) = lang_attribute(&rest[close + 1..])?;
    (close + 1 + len == rest.len()).then_some((&rest[..close], code))
}

/// The broken-link callback: `[words]` followed by `{lang=CODE}` becomes a link to CODE, which
/// [`LangSpans`] then turns into a span.
pub fn lang_of_reference<'m>(markdown: &'m str, link: &BrokenLink<'_>) -> Option<(CowStr<'m>, CowStr<'m>)> {
    if link.link_type != LinkType::Shortcut {
        return None;
    }
    let after = markdown.get(link.span.end..)?;
    let (code, _) = lang_attribute(after)?;
    Some((CowStr::Borrowed(code), CowStr::Borrowed("")))
}

/// The parser's events with the language links of [`lang_of_reference`] turned into spans.
pub struct LangSpans<'m, I> {
    markdown: &'m str,
    events: I,
    /// Inside a language span: the length of the `{lang=CODE}` after it.
    open: Option<usize>,
    /// Bytes of `{lang=CODE}` still to drop from the text that follows the span.
    to_drop: usize,
}

impl<'m, I: Iterator<Item = (Event<'m>, Range<usize>)>> LangSpans<'m, I> {
    pub fn new(markdown: &'m str, events: I) -> Self {
        LangSpans { markdown, events, open: None, to_drop: 0 }
    }
}

impl<'m, I: Iterator<Item = (Event<'m>, Range<usize>)>> Iterator for LangSpans<'m, I> {
    type Item = (Event<'m>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let (event, range) = self.events.next()?;
            match event {
                Event::Start(Tag::Link { link_type: LinkType::ShortcutUnknown, dest_url, .. }) => {
                    let after = self.markdown.get(range.end..).unwrap_or("");
                    self.open = Some(lang_attribute(after).map_or(0, |(_, len)| len));
                    let span = format!("<span lang=\"{dest_url}\">");
                    return Some((Event::InlineHtml(CowStr::from(span)), range));
                }
                Event::End(TagEnd::Link) if self.open.is_some() => {
                    self.to_drop = self.open.take().unwrap_or(0);
                    return Some((Event::InlineHtml(CowStr::Borrowed("</span>")), range));
                }
                Event::Text(text) if self.to_drop > 0 => {
                    let dropped = self.to_drop.min(text.len());
                    self.to_drop -= dropped;
                    if dropped == text.len() {
                        continue;
                    }
                    let rest = CowStr::from(text[dropped..].to_owned());
                    return Some((Event::Text(rest), range.start + dropped..range.end));
                }
                other => {
                    self.to_drop = 0;
                    return Some((other, range));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use pulldown_cmark::{html, Options, Parser};

    use super::*;

    fn render(markdown: &str) -> String {
        let mut callback = |link: BrokenLink<'_>| lang_of_reference(markdown, &link);
        let parser = Parser::new_with_broken_link_callback(markdown, Options::empty(), Some(&mut callback));
        let mut out = String::new();
        html::push_html(&mut out, LangSpans::new(markdown, parser.into_offset_iter()).map(|(e, _)| e));
        out
    }

    #[test]
    fn marked_words_become_a_span_in_their_language() {
        assert_eq!(
            render("le [community manager]{lang=en} répond"),
            "<p>le <span lang=\"en\">community manager</span> répond</p>\n"
        );
        assert_eq!(render("[*Tweet*]{lang=en-GB}."), "<p><span lang=\"en-GB\"><em>Tweet</em></span>.</p>\n");
    }

    #[test]
    fn a_whole_field_may_be_marked() {
        assert_eq!(marked("[Direct Message]{lang=en}"), Some(("Direct Message", "en")));
        assert_eq!(marked("[Like]{lang=en} ou autre"), None);
        assert_eq!(marked("Like"), None);
    }

    #[test]
    fn anything_else_stays_text() {
        assert_eq!(render("[mot]{lang=en\" onclick=\"x}"), "<p>[mot]{lang=en\" onclick=\"x}</p>\n");
        assert_eq!(render("[mot] {lang=en}"), "<p>[mot] {lang=en}</p>\n");
        assert_eq!(render("[mot]{lang=e}"), "<p>[mot]{lang=e}</p>\n");
        assert_eq!(render("[mot]\n\n[mot]: https://exemple.fr"), "<p><a href=\"https://exemple.fr\">mot</a></p>\n");
    }
}
