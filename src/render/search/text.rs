//! The plain text of the HTML charte renders (sanitised, so well-formed): tags dropped,
//! character references decoded, runs of white space made one space; and a body cut into its
//! sections at its `h2` and `h3` headings, each with the heading's anchor.

/// Elements inside a line of text.
const PHRASE_TAGS: &[&str] = &[
    "a", "abbr", "b", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
    "strong", "sub", "sup", "time", "u",
];

/// The text of `html`, appended to `out`.
pub fn append_text(html: &str, out: &mut String) {
    let mut rest = html;
    let mut space = out.is_empty() || out.ends_with(' ');
    // Appends `s` with each run of white space made one space (a no-break space is kept: it
    // holds French punctuation to its word in the excerpts too).
    let mut push = |s: &str, out: &mut String| {
        let mut start = 0;
        for (i, byte) in s.bytes().enumerate() {
            if byte.is_ascii_whitespace() {
                if start < i {
                    out.push_str(&s[start..i]);
                    space = false;
                }
                if !space {
                    out.push(' ');
                    space = true;
                }
                start = i + 1;
            }
        }
        if start < s.len() {
            out.push_str(&s[start..]);
            space = false;
        }
    };
    while let Some(at) = memchr::memchr2(b'<', b'&', rest.as_bytes()) {
        push(&rest[..at], out);
        rest = &rest[at..];
        if rest.starts_with('<') {
            // A block's tag separates words (`<p>a</p><p>b</p>` reads "a b"); a phrase's does not.
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            let name = rest[1..end].trim_start_matches('/').split([' ', '>', '/']).next().unwrap_or("");
            if !PHRASE_TAGS.contains(&name) {
                push(" ", out);
            }
            rest = &rest[end..];
        } else {
            let end = rest[1..].find(';').filter(|e| *e <= 10).map(|e| e + 2);
            match end.and_then(|e| decode(&rest[1..e - 1]).map(|c| (e, c))) {
                Some((e, c)) => {
                    push(c.encode_utf8(&mut [0; 4]), out);
                    rest = &rest[e..];
                }
                None => {
                    push("&", out);
                    rest = &rest[1..];
                }
            }
        }
    }
    push(rest, out);
}

/// The text of `html`.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    append_text(html, &mut out);
    out.trim_end().to_owned()
}

/// The character a reference names (`amp`, `#39`, `#x2019`), when charte's HTML may hold it.
fn decode(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// A part of a body: the text before its first heading (no anchor), or a section.
pub struct Part<'a> {
    /// The heading's anchor and HTML, for a section.
    pub heading: Option<(&'a str, &'a str)>,
    /// The HTML that follows, up to the next section.
    pub html: &'a str,
}

/// Cuts `html` at its `<h2 id="…">` and `<h3 id="…">` headings.
pub fn sections(html: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    let mut heading = None;
    let mut from = 0;
    let mut at = 0;
    while let Some(found) = html[at..].find("<h") {
        let start = at + found;
        at = start + 2;
        let level = match html.as_bytes().get(start + 2) {
            Some(b'2') => "</h2>",
            Some(b'3') => "</h3>",
            _ => continue,
        };
        let Some(open_end) = html[start..].find('>').map(|e| start + e + 1) else { break };
        let tag = &html[start..open_end];
        let Some(id) = tag.split_once(" id=\"").and_then(|(_, rest)| rest.split_once('"')).map(|(id, _)| id) else {
            continue;
        };
        let Some(close) = html[open_end..].find(level).map(|e| open_end + e) else { break };
        parts.push(Part { heading, html: &html[from..start] });
        heading = Some((id, &html[open_end..close]));
        from = close + level.len();
        at = from;
    }
    parts.push(Part { heading, html: &html[from..] });
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_and_references_are_decoded() {
        assert_eq!(
            text("<p>Un <a href=\"x\">lien</a>, l&#x2019;image &amp; 3&nbsp;%</p>\n<p>Fin.</p>"),
            "Un lien, l’image & 3\u{a0}% Fin."
        );
        assert_eq!(text("a &unknown; b &"), "a &unknown; b &");
        assert_eq!(text(""), "");
    }

    #[test]
    fn a_body_is_cut_at_its_headings() {
        let html = "<p>Intro</p><h2 id=\"a\">A</h2><p>x</p><h4 id=\"c\">C</h4><h3 class=\"k\" id=\"b\">B <em>b</em></h3><p>y</p>";
        let parts = sections(html);
        assert_eq!(parts.len(), 3);
        assert_eq!((parts[0].heading, parts[0].html), (None, "<p>Intro</p>"));
        assert_eq!(parts[1].heading, Some(("a", "A")));
        assert_eq!(parts[1].html, "<p>x</p><h4 id=\"c\">C</h4>");
        assert_eq!(parts[2].heading, Some(("b", "B <em>b</em>")));
        assert_eq!(parts[2].html, "<p>y</p>");
    }
}
