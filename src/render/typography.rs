//! French typography, applied to a rendered page's text: every text node the reader sees, never
//! a tag or an attribute, never the inside of `code`, `pre`, `kbd`, `samp`, `script`, `style` or
//! of an element in another language (`lang="en"`), never a web address or an e-mail address.
//!
//! The rules: a narrow no-break space (U+202F) before `;`, `!` and `?`; a no-break space (U+00A0)
//! before `:` (never in a time such as 10:30) and inside « » (straight double quotes become
//! French ones); typographic apostrophes; no-break spaces inside a date ("1er juin 2026"), after
//! "n°", "art." and "§" before a number, between a number and its unit, and (narrow) between
//! the groups of digits of a large number ("10 000").
//!
//! Working on the page rather than on each field means that nothing reaches a page unset:
//! bodies, titles, rules, questions, terms, dates and the theme's own labels alike.

use crate::schema::date::MONTHS;

/// A no-break space, before a colon and inside « ».
pub const NBSP: char = '\u{a0}';
/// A narrow no-break space, before `;`, `!`, `?` and `%`, and between groups of digits.
pub const NNBSP: char = '\u{202f}';

/// What an element is to typography.
#[derive(PartialEq, Eq)]
enum Element {
    /// Its text is never changed: code, and what is not text.
    Verbatim,
    /// It never holds text, and so never opens a verbatim region.
    Void,
    /// It sits inside a line of text: the text on either side of it is one text.
    Inline,
    /// A block: a text after it starts afresh.
    Block,
}

fn element(name: &str) -> Element {
    let mut lower = [0u8; 10];
    let Some(lower) = lower.get_mut(..name.len()) else { return Element::Block };
    for (l, b) in lower.iter_mut().zip(name.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    match &*lower {
        b"code" | b"pre" | b"kbd" | b"samp" | b"script" | b"style" | b"textarea" => Element::Verbatim,
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link" | b"meta" | b"source"
        | b"track" | b"wbr" => Element::Void,
        b"a" | b"abbr" | b"b" | b"bdi" | b"cite" | b"data" | b"del" | b"dfn" | b"em" | b"i" | b"ins" | b"mark"
        | b"q" | b"s" | b"small" | b"span" | b"strong" | b"time" | b"sup" | b"sub" => Element::Inline,
        _ => Element::Block,
    }
}

/// The bytes a rule of a text node may be about; every other byte is copied as it is.
static SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    let bytes = *b"'\"&;:!?\xC20123456789";
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// What is written before a number and stays on its line: "n° 97189", "art. 6", "§ 2".
const BEFORE_NUMBER: [&str; 6] = ["n°", "N°", "nº", "art.", "Art.", "§"];

/// The units a number keeps on its line.
const UNITS: [&str; 43] = [
    "%",
    "€",
    "$",
    "£",
    "h",
    "min",
    "s",
    "ms",
    "j",
    "jour",
    "jours",
    "semaine",
    "semaines",
    "mois",
    "an",
    "ans",
    "année",
    "années",
    "heure",
    "heures",
    "minute",
    "minutes",
    "seconde",
    "secondes",
    "km",
    "m",
    "cm",
    "mm",
    "kg",
    "g",
    "mg",
    "l",
    "ko",
    "Ko",
    "Mo",
    "Go",
    "To",
    "octets",
    "caractères",
    "euros",
    "px",
    "pt",
    "°C",
];

/// The page `html` with French typography in its text.
pub fn french(html: &str) -> String {
    let mut out = String::new();
    french_into(html, &mut out);
    out
}

/// Writes the page `html` with French typography in its text at the end of `out`.
pub fn french_into(html: &str, out: &mut String) {
    out.reserve(html.len() + html.len() / 16);
    let mut text = TextState { prev: ' ' };
    let mut rest = html;
    while !rest.is_empty() {
        let lt = memchr::memchr(b'<', rest.as_bytes()).unwrap_or(rest.len());
        if lt > 0 {
            text.segment(&rest[..lt], out);
        }
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        let end = tag_end(rest);
        let written = &rest[..end];
        rest = &rest[end..];
        out.push_str(written);
        let Some(tag) = Tag::parse(written) else { continue };
        let kind = element(tag.name);
        let opens = !tag.closing && !tag.self_closing && kind != Element::Void;
        if kind != Element::Inline {
            text.prev = ' ';
        }
        if opens && (kind == Element::Verbatim || tag.lang.is_some_and(|l| !is_french(l))) {
            // What the element holds is copied as it is, up to and including its end tag.
            let inside = verbatim_len(rest, tag.name);
            out.push_str(&rest[..inside]);
            rest = &rest[inside..];
        }
    }
}

/// The length of what an element named `name` holds, from just after its start tag up to and
/// including its end tag (or to the end of the page): elements of the same name inside it
/// are counted, so that the first end tag does not close them all.
fn verbatim_len(html: &str, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut depth = 1usize;
    let mut at = 0;
    while let Some(lt) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + lt;
        let end = start + tag_end(&html[start..]);
        at = end;
        let after = &bytes[start + 1..];
        let after = after.strip_prefix(b"/").unwrap_or(after);
        // Most tags inside are of another name: they are passed over without being read.
        let same_name = after.len() > name.len()
            && after[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            && !(after[name.len()].is_ascii_alphanumeric() || after[name.len()] == b'-');
        if !same_name {
            continue;
        }
        let Some(tag) = Tag::parse(&html[start..end]) else { continue };
        if tag.closing {
            depth -= 1;
            if depth == 0 {
                return end;
            }
        } else if !tag.self_closing && !tag.closing {
            depth += 1;
        }
    }
    html.len()
}

fn is_french(lang: &str) -> bool {
    let lang = lang.trim();
    lang.len() >= 2 && lang[..2].eq_ignore_ascii_case("fr") && (lang.len() == 2 || lang.as_bytes()[2] == b'-')
}

/// The length of the tag (or comment) at the start of `s`, up to and including its `>`.
fn tag_end(s: &str) -> usize {
    let bytes = s.as_bytes();
    if bytes.get(1) == Some(&b'!') && s.starts_with("<!--") {
        return memchr::memmem::find(bytes, b"-->").map_or(s.len(), |i| i + 3);
    }
    // A `>` inside a quoted attribute value does not end the tag.
    let mut from = 1;
    while let Some(i) = memchr::memchr3(b'>', b'"', b'\'', &bytes[from..]) {
        let at = from + i;
        if bytes[at] == b'>' {
            return at + 1;
        }
        match memchr::memchr(bytes[at], &bytes[at + 1..]) {
            Some(j) => from = at + 1 + j + 1,
            None => break,
        }
    }
    s.len()
}

struct Tag<'a> {
    name: &'a str,
    closing: bool,
    self_closing: bool,
    lang: Option<&'a str>,
}

impl<'a> Tag<'a> {
    fn parse(tag: &'a str) -> Option<Tag<'a>> {
        let inner = tag.strip_prefix('<')?.strip_suffix('>')?;
        let (closing, inner) = match inner.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, inner),
        };
        let name_len = inner.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-').count();
        if name_len == 0 {
            return None;
        }
        Some(Tag {
            name: &inner[..name_len],
            closing,
            self_closing: inner.ends_with('/'),
            lang: attribute(&inner[name_len..], "lang"),
        })
    }
}

/// The value of the attribute `name` in a tag's attribute list.
fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let bytes = attributes.as_bytes();
    for at in memchr::memchr_iter(name.as_bytes()[0], bytes) {
        if !bytes[at..].starts_with(name.as_bytes()) {
            continue;
        }
        let from = at + name.len();
        let before_ok = at > 0 && bytes[at - 1].is_ascii_whitespace();
        let after = attributes[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value = after[1..].trim_start();
        return Some(match value.as_bytes().first() {
            Some(&q @ (b'"' | b'\'')) => value[1..].split(q as char).next().unwrap_or(""),
            _ => value.split(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/').next().unwrap_or(""),
        });
    }
    None
}

/// The text being set, across the inline elements of one line of text.
struct TextState {
    /// The last character written, or a space at the start of a block.
    prev: char,
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

fn is_breakable_space(c: char) -> bool {
    matches!(c, ' ' | NBSP | NNBSP)
}

/// Whether `c` opens a quotation when it comes after `prev`.
fn opens_quote(prev: char) -> bool {
    is_space(prev) || matches!(prev, '(' | '[' | '{' | '«' | '’' | '—' | '–')
}

impl TextState {
    /// Sets one text node, written as escaped HTML text. Most bytes need nothing: they are
    /// copied in runs, and only the characters a rule is about are looked at.
    fn segment(&mut self, s: &str, out: &mut String) {
        let start = out.len();
        let bytes = s.as_bytes();
        let mut copied = 0;
        let mut i = 0;
        while let Some(skip) = bytes[i..].iter().position(|&b| SPECIAL[b as usize]) {
            i += skip;
            let b = bytes[i];
            if b.is_ascii_digit() {
                // A number holds to the word before it ("n° 6", "juin 2026", "10 000") and to
                // the word after it ("1er juin", "72,5 %", "3 ans").
                let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                if i > 0 && bytes[i - 1] == b' ' {
                    out.push_str(&s[copied..i]);
                    copied = i;
                    if out[start..].ends_with(' ') {
                        out.pop();
                        let space = space_between(word_before(out, start), &s[i..]);
                        out.push(space);
                    }
                }
                let mut end = i + digits;
                if digits == 1 && bytes[i] == b'1' && bytes[end..].starts_with(b"er") {
                    end += 2;
                }
                if bytes.get(end) == Some(&b' ') {
                    out.push_str(&s[copied..end]);
                    let space = space_between(word_before(out, start), &s[end + 1..]);
                    out.push(space);
                    copied = end + 1;
                    i = end + 1;
                } else {
                    i = end;
                }
                continue;
            }
            let special = match b {
                b'\'' | b'"' | b'&' | b';' | b':' | b'!' | b'?' => true,
                0xC2 => matches!(bytes.get(i + 1), Some(0xAB | 0xBB)),
                _ => false,
            };
            if !special {
                i += 1;
                continue;
            }
            out.push_str(&s[copied..i]);
            // A web or e-mail address is copied as written.
            let end = s[i..].find(|c: char| c.is_ascii_whitespace()).map_or(s.len(), |n| i + n);
            let token_start = s[..i].rfind(|c: char| c.is_ascii_whitespace()).map_or(0, |n| n + 1);
            if is_address(&s[token_start..end]) {
                out.push_str(&s[i..end]);
                i = end;
                copied = end;
                continue;
            }
            let rest = &s[i..];
            let (c, len) = match b {
                b'&' => match entity(rest) {
                    (Some(c), len) => (c, len),
                    (None, len) => {
                        out.push_str(&rest[..len]);
                        i += len;
                        copied = i;
                        continue;
                    }
                },
                _ => {
                    let c = rest.chars().next().unwrap_or(' ');
                    (c, c.len_utf8())
                }
            };
            i += len;
            let next = &s[i..];
            let prev = out[start..].chars().next_back().unwrap_or(self.prev);
            match c {
                '\'' => out.push('’'),
                '"' | '«' if c == '«' || opens_quote(prev) => {
                    out.push_str("«\u{a0}");
                    i += leading_spaces(next);
                }
                '"' | '»' => {
                    pop_spaces(out, start);
                    out.push_str("\u{a0}»");
                }
                ';' | '!' | '?' | ':' => {
                    let space = if c == ':' { NBSP } else { NNBSP };
                    if pop_spaces(out, start) || inserts_space(prev, c, first_char(next)) {
                        out.push(space);
                    }
                    out.push(c);
                }
                _ => out.push(c),
            }
            copied = i;
        }
        out.push_str(&s[copied..]);
        if let Some(last) = out[start..].chars().next_back() {
            self.prev = last;
        }
    }
}

/// The first character of `s` as text (an entity counts as the character it stands for).
fn first_char(s: &str) -> Option<char> {
    match s.as_bytes().first()? {
        b'&' => Some(entity(s).0.unwrap_or('&')),
        _ => s.chars().next(),
    }
}

/// Whether a space goes before the punctuation `c`, written right after `prev` with no space,
/// followed by `next`: "Attention!" → "Attention !", never "10:30", "?!" or "a:b".
fn inserts_space(prev: char, c: char, next: Option<char>) -> bool {
    let after_word = prev.is_alphanumeric() || matches!(prev, ')' | ']' | '»' | '’' | '…' | '%' | '€');
    let before_end = match next {
        None => true,
        Some(n) if n.is_whitespace() => true,
        Some('»' | '"') => true,
        Some(n) => matches!(c, '!' | '?') && matches!(n, '!' | '?' | ')' | ']' | '…'),
    };
    after_word && before_end
}

/// The spaces at the start of `s`, in bytes.
fn leading_spaces(s: &str) -> usize {
    let mut n = 0;
    loop {
        let rest = &s[n..];
        if rest.starts_with(' ') {
            n += 1;
        } else if rest.starts_with(NBSP) || rest.starts_with(NNBSP) {
            n += rest.chars().next().map_or(1, char::len_utf8);
        } else if rest.starts_with("&nbsp;") {
            n += "&nbsp;".len();
        } else {
            return n;
        }
    }
}

/// Removes the spaces that end `out` (after `start`); says whether there were any.
fn pop_spaces(out: &mut String, start: usize) -> bool {
    let kept = out[start..].trim_end_matches(is_breakable_space).len() + start;
    let popped = kept < out.len();
    out.truncate(kept);
    popped
}

/// The word that ends `out` (after `start`).
fn word_before(out: &str, start: usize) -> &str {
    let text = &out[start..];
    let from =
        text.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    &text[from..]
}

/// The space to write between `before` and the text `after`: a no-break one where the two
/// words belong together.
fn space_between(before: &str, after: &str) -> char {
    let word = after.split(|c: char| c.is_ascii_whitespace() || c == '<').next().unwrap_or("");
    let bare = word.trim_end_matches([',', '.', ';', ':', '!', '?', ')', '»']);
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        if BEFORE_NUMBER.contains(&before) || (MONTHS.contains(&before) && digits == 4) {
            return NBSP;
        }
        let group = before.len() <= 3 && !before.is_empty() && before.bytes().all(|b| b.is_ascii_digit());
        let next_is_digit = word.as_bytes().get(digits).is_some_and(u8::is_ascii_digit);
        if group && digits == 3 && !next_is_digit && !before.starts_with('0') {
            return NNBSP;
        }
    }
    if is_day(before) && MONTHS.contains(&bare) {
        return NBSP;
    }
    if is_number(before) && UNITS.contains(&bare) {
        return if bare == "%" { NNBSP } else { NBSP };
    }
    ' '
}

fn is_day(word: &str) -> bool {
    word == "1er" || (matches!(word.len(), 1 | 2) && word.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)))
}

/// A number as written in French: digits, with a decimal comma or point ("72,5").
fn is_number(word: &str) -> bool {
    let word = word.trim_start_matches(['-', '+', '−']);
    word.starts_with(|c: char| c.is_ascii_digit())
        && word.ends_with(|c: char| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | NNBSP))
}

/// Whether a word is a web address or an e-mail address (or holds one), copied as written.
fn is_address(word: &str) -> bool {
    let bare = word.trim_start_matches(['(', '[', '«', '"']);
    word.contains("://")
        || word.contains(":&#x2F;&#x2F;")
        || bare.starts_with("www.")
        || word.contains('@')
        || bare.starts_with("mailto:")
}

/// The character an entity at the start of `s` stands for, when typography may change it (a
/// quote, an apostrophe, a no-break space), and the entity's length.
fn entity(s: &str) -> (Option<char>, usize) {
    let end = s.as_bytes().iter().take(10).position(|&b| b == b';').map_or(1, |i| i + 1);
    let c = match &s[..end] {
        "&quot;" | "&#34;" | "&#x22;" => Some('"'),
        "&#39;" | "&#x27;" | "&apos;" => Some('\''),
        "&nbsp;" | "&#160;" | "&#xa0;" | "&#xA0;" => Some(NBSP),
        _ => None,
    };
    (c, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(text: &str) -> String {
        french(&format!("<p>{text}</p>")).trim_start_matches("<p>").trim_end_matches("</p>").to_owned()
    }

    #[test]
    fn spaces_before_high_punctuation() {
        assert_eq!(set("Pourquoi ? Parce que ; enfin !"), "Pourquoi\u{202f}? Parce que\u{202f}; enfin\u{202f}!");
        assert_eq!(set("Attention!"), "Attention\u{202f}!");
        assert_eq!(set("Note : voir"), "Note\u{a0}: voir");
        assert_eq!(set("Note: voir"), "Note\u{a0}: voir");
        assert_eq!(set("Quoi?!"), "Quoi\u{202f}?!");
    }

    #[test]
    fn times_and_addresses_are_left_alone() {
        assert_eq!(set("de 10:30 à 12:00"), "de 10:30 à 12:00");
        assert_eq!(
            set("voir https://exemple.fr/a?b=c!d ou www.exemple.fr"),
            "voir https://exemple.fr/a?b=c!d ou www.exemple.fr"
        );
        assert_eq!(set("écrire à l'adresse o'neil@exemple.fr"), "écrire à l’adresse o'neil@exemple.fr");
    }

    #[test]
    fn quotes_and_apostrophes() {
        assert_eq!(set("l'État"), "l’État");
        assert_eq!(set("l&#x27;État"), "l’État");
        assert_eq!(set("dit &quot;non&quot;."), "dit «\u{a0}non\u{a0}».");
        assert_eq!(set("« oui »"), "«\u{a0}oui\u{a0}»");
        assert_eq!(set("«oui»"), "«\u{a0}oui\u{a0}»");
    }

    #[test]
    fn numbers_dates_and_units() {
        assert_eq!(set("le 1er juin 2026"), "le 1er\u{a0}juin\u{a0}2026");
        assert_eq!(set("le 15 septembre 2025,"), "le 15\u{a0}septembre\u{a0}2025,");
        assert_eq!(set("n° 97189 et art. 6"), "n°\u{a0}97189 et art.\u{a0}6");
        assert_eq!(set("72,5 % en 2 ans, 10 000 comptes"), "72,5\u{202f}% en 2\u{a0}ans, 10\u{202f}000 comptes");
        assert_eq!(set("2024 est une année"), "2024 est une année");
    }

    #[test]
    fn code_attributes_and_other_languages_are_left_alone() {
        let html = r#"<p title="a : b"><code>a ; b</code> <span lang="en">Hello!</span> « x » <pre>l'a : b</pre></p>"#;
        assert_eq!(
            french(html),
            "<p title=\"a : b\"><code>a ; b</code> <span lang=\"en\">Hello!</span> «\u{a0}x\u{a0}» <pre>l'a : b</pre></p>"
        );
    }

    #[test]
    fn a_verbatim_element_ends_at_its_own_end_tag() {
        // Elements of the same name inside it are counted; tags of other names, in any case,
        // and a `>` inside an attribute do not end it.
        let html = r#"<span lang="en">a <span>b</span> c : d</span> e : f"#;
        assert_eq!(french(html), "<span lang=\"en\">a <span>b</span> c : d</span> e\u{a0}: f");
        let html = r#"<CODE>x : y <b title="</code>">!</b></Code> z : w"#;
        assert_eq!(french(html), "<CODE>x : y <b title=\"</code>\">!</b></Code> z\u{a0}: w");
        let html = "<pre><span>x : y <br/></span>";
        assert_eq!(french(html), html);
        assert_eq!(french("<code/> a : b"), "<code/> a\u{a0}: b");
    }

    /// The tags of a page, in order: what typography never changes.
    fn tags(html: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            let end = lt + tag_end(&rest[lt..]);
            out.push(&rest[lt..end]);
            rest = &rest[end..];
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_set_without_a_panic_or_a_changed_tag(
            html in r#"([a-z0-9 '"&;:!?«»°%.\-\u{a0}\u{202f}é]{0,12}|<(p|code|span lang="en"|a href="x?y:z'"|/p|/code|/span|/a|br/|!-- a ; b --)>|&(quot|#x27|nbsp|amp|#39);|1er juin|n° 6|10 000){0,40}"#
        ) {
            let set = french(&html);
            proptest::prop_assert_eq!(tags(&set), tags(&html));
            let again = french(&set);
            proptest::prop_assert_eq!(&again, &set, "setting twice changes nothing");
        }

        #[test]
        fn any_string_is_set_without_a_panic(html in "\\PC{0,200}") {
            let _ = french(&html);
        }
    }

    #[test]
    fn inline_elements_keep_the_line() {
        assert_eq!(
            french("<p><strong>Attention</strong>: texte</p>"),
            "<p><strong>Attention</strong>\u{a0}: texte</p>"
        );
        assert_eq!(french("<p>fin.</p><p>&quot;Début&quot;</p>"), "<p>fin.</p><p>«\u{a0}Début\u{a0}»</p>");
    }
}
