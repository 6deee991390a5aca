//! Glossary links: in a document's rendered texts, the first occurrence of each glossary term,
//! alias or abbreviation becomes a link to the term's entry, wherever its glossary is. An
//! abbreviation also becomes `<abbr title="the term">`.
//!
//! Matching ignores case and accents (an abbreviation keeps its case: *RT* is not *rt*), knows
//! French plurals (*hashtags*, *réseaux sociaux*, *médiaux* is not asked for but *médias* is),
//! and takes whole words only (*Mur* is not in *Murat*). Nothing is linked inside a link, code,
//! a heading or an abbreviation, nor in a glossary's own page. All the patterns are searched at
//! once (Aho-Corasick), so the work grows with the length of the text, not with the number of
//! terms.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::lang_spans;
use super::prepare::{page_ids, term_anchors};
use crate::model::address::Selection;
use crate::model::SiteModel;
use crate::schema::kind::Kind;

/// A glossary entry a link leads to.
struct Entry {
    /// The glossary page's address, relative to the site, with the term's anchor:
    /// `glossaire/#hashtag`.
    target: String,
    /// The term, as the `title` of an abbreviation.
    term: String,
}

/// What a pattern of the automaton stands for.
struct Pattern {
    entry: usize,
    /// For an abbreviation: the text must be written exactly so (its case).
    exact: Option<String>,
}

/// Every published glossary term of a site, ready to be found in texts.
pub struct GlossaryLinker {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    entries: Vec<Entry>,
}

impl GlossaryLinker {
    /// The terms of the current glossaries `selection` publishes; `None` when there are none.
    pub fn new(model: &SiteModel, selection: Selection) -> Option<GlossaryLinker> {
        let mut entries = Vec::new();
        let mut patterns = Vec::new();
        let mut texts: Vec<String> = Vec::new();
        let mut known: HashMap<String, usize> = HashMap::new();
        let mut add = |text: String, pattern: Pattern, patterns: &mut Vec<Pattern>, texts: &mut Vec<String>| {
            if text.chars().any(char::is_alphanumeric) && !known.contains_key(&text) {
                known.insert(text.clone(), patterns.len());
                texts.push(text);
                patterns.push(pattern);
            }
        };
        let glossaries = model
            .documents
            .iter()
            .filter(|d| d.kind() == Kind::Glossary && d.is_current() && model.publishes(d, selection));
        // Terms first, then aliases, then abbreviations: a name that is both a term and another
        // term's alias leads to the term (`charte check` warns of it).
        let mut aliases = Vec::new();
        let mut abbreviations = Vec::new();
        for glossary in glossaries {
            let (mut ids, _) = page_ids(glossary);
            for (term, anchor) in term_anchors(glossary, &mut ids).terms {
                if term.link.as_deref() == Some(&false) {
                    continue;
                }
                let entry = entries.len();
                entries.push(Entry { target: format!("{}/#{anchor}", glossary.slug), term: term.term.to_string() });
                for form in forms(&folded(&term.term)) {
                    add(form, Pattern { entry, exact: None }, &mut patterns, &mut texts);
                }
                for alias in &term.aliases {
                    aliases.push((entry, lang_spans::marked(alias).map_or(alias.as_str(), |(name, _)| name)));
                }
                if let Some(abbr) = &term.abbr {
                    abbreviations.push((entry, abbr.trim()));
                }
            }
        }
        for (entry, alias) in aliases {
            for form in forms(&folded(alias)) {
                add(form, Pattern { entry, exact: None }, &mut patterns, &mut texts);
            }
        }
        for (entry, abbr) in abbreviations {
            add(folded(abbr), Pattern { entry, exact: Some(abbr.to_owned()) }, &mut patterns, &mut texts);
        }
        if texts.is_empty() {
            return None;
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&texts)
            .ok()?;
        Some(GlossaryLinker { automaton, patterns, entries })
    }

    /// `html` with the first occurrence of each term not yet in `seen` linked; `root` leads
    /// from the page to the site's root (`../../`). Returns `None` when nothing is linked.
    pub fn link(&self, html: &str, root: &str, seen: &mut HashSet<usize>) -> Option<String> {
        if seen.len() == self.entries.len() {
            return None;
        }
        let mut out = String::new();
        let mut copied = 0;
        let mut folded = Folded::default();
        // How many elements whose text is never linked are open here.
        let mut skipped = 0usize;
        let mut at = 0;
        while at < html.len() {
            let text_end = html[at..].find('<').map_or(html.len(), |i| at + i);
            if text_end > at && skipped == 0 {
                self.link_text(html, at..text_end, root, seen, &mut folded, &mut out, &mut copied);
            }
            if text_end >= html.len() {
                break;
            }
            let tag_end = html[text_end..].find('>').map_or(html.len(), |i| text_end + i + 1);
            let tag = html[text_end + 1..tag_end].trim_end_matches('>');
            let closing = tag.starts_with('/');
            let name = tag.trim_start_matches('/');
            let name = &name[..name.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(name.len())];
            if is_skipped(name) && !tag.ends_with('/') {
                if closing {
                    skipped = skipped.saturating_sub(1);
                } else {
                    skipped += 1;
                }
            }
            at = tag_end;
        }
        if copied == 0 {
            return None;
        }
        out.push_str(&html[copied..]);
        Some(out)
    }

    #[allow(clippy::too_many_arguments)]
    fn link_text(
        &self,
        html: &str,
        range: std::ops::Range<usize>,
        root: &str,
        seen: &mut HashSet<usize>,
        folded: &mut Folded,
        out: &mut String,
        copied: &mut usize,
    ) {
        let text = &html[range.clone()];
        folded.fold(text);
        let original = |i: usize| range.start + folded.original(i);
        let folded = &folded.text;
        for found in self.automaton.find_iter(folded.as_str()) {
            let pattern = &self.patterns[found.pattern().as_usize()];
            if seen.contains(&pattern.entry) {
                continue;
            }
            let before = folded[..found.start()].chars().next_back();
            let after = folded[found.end()..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
                continue;
            }
            let (start, end) = (original(found.start()), original(found.end()));
            let words = &html[start..end];
            if pattern.exact.as_deref().is_some_and(|exact| exact != words) {
                continue;
            }
            seen.insert(pattern.entry);
            let entry = &self.entries[pattern.entry];
            out.push_str(&html[*copied..start]);
            out.push_str(&format!("<a class=\"glossary-link\" href=\"{root}{}\">", entry.target));
            if pattern.exact.is_some() {
                out.push_str(&format!("<abbr title=\"{}\">{words}</abbr>", escape_attribute(&entry.term)));
            } else {
                out.push_str(words);
            }
            out.push_str("</a>");
            *copied = end;
        }
    }
}

/// Elements whose text is never linked: links, code, headings, abbreviations.
fn is_skipped(name: &str) -> bool {
    let mut lower = [0u8; 8];
    let Some(lower) = lower.get_mut(..name.len()) else { return false };
    for (l, b) in lower.iter_mut().zip(name.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        std::str::from_utf8(lower).unwrap_or(""),
        "a" | "abbr"
            | "code"
            | "pre"
            | "kbd"
            | "samp"
            | "script"
            | "style"
            | "textarea"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "dfn"
    )
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A text in lower case without accents, its apostrophes straight and its no-break spaces plain,
/// and the way back from its bytes to the text's: most characters keep their length (ASCII), so
/// only the places where lengths differ are kept. Its buffers are used again from text to text.
#[derive(Default)]
struct Folded {
    text: String,
    /// (byte of the folded text, byte of the text) at each character whose length changed, and
    /// just after it.
    shifts: Vec<(usize, usize)>,
}

impl Folded {
    fn fold(&mut self, text: &str) {
        self.text.clear();
        self.shifts.clear();
        let mut copied = 0;
        while let Some(skip) = text.as_bytes()[copied..].iter().position(|b| !b.is_ascii()) {
            // The run of ASCII before this character keeps its length: copied at once.
            let i = copied + skip;
            let run = self.text.len();
            self.text.push_str(&text[copied..i]);
            self.text[run..].make_ascii_lowercase();
            let Some(c) = text[i..].chars().next() else { break };
            copied = i + c.len_utf8();
            let at = self.text.len();
            match c {
                '\u{2019}' | '\u{2018}' => self.text.push('\''),
                '\u{a0}' | '\u{202f}' => self.text.push(' '),
                c => match deunicode::deunicode_char(c) {
                    Some(plain) if !plain.is_empty() && plain.chars().all(|p| p.is_ascii_alphabetic()) => {
                        self.text.extend(plain.chars().map(|p| p.to_ascii_lowercase()));
                    }
                    _ => self.text.extend(c.to_lowercase()),
                },
            }
            self.shifts.push((at, i));
            self.shifts.push((self.text.len(), i + c.len_utf8()));
        }
        let run = self.text.len();
        self.text.push_str(&text[copied..]);
        self.text[run..].make_ascii_lowercase();
    }

    /// The byte of the text that byte `at` of the folded text comes from (the start of its
    /// character); the text's length past the end.
    fn original(&self, at: usize) -> usize {
        // The last shift at or before `at`; bytes after it keep their distance.
        let k = self.shifts.partition_point(|&(folded, _)| folded <= at);
        match k.checked_sub(1).map(|k| self.shifts[k]) {
            None => at,
            // Inside a character that grew (`œ` → `oe`): its start.
            Some((_, text)) if k % 2 == 1 => text,
            Some((folded, text)) => text + (at - folded),
        }
    }
}

/// `text` folded: a pattern as the automaton looks for it.
fn folded(text: &str) -> String {
    let mut folded = Folded::default();
    folded.fold(text);
    folded.text
}

/// `text` folded, with for each byte of the result the byte of `text` it comes from: for tests.
#[cfg(test)]
fn fold(text: &str) -> (String, Vec<usize>) {
    let mut folded = Folded::default();
    folded.fold(text);
    let starts = (0..folded.text.len()).map(|i| folded.original(i)).collect();
    (folded.text, starts)
}

/// Short words a plural leaves as they are.
const UNCHANGED: [&str; 14] = ["de", "du", "des", "la", "le", "les", "l'", "d'", "a", "au", "aux", "en", "et", "sur"];

/// The forms of a folded name that its occurrences take: itself and its French plural (each of
/// its words in the plural: *réseau social*, *réseaux sociaux*).
fn forms(name: &str) -> Vec<String> {
    let plural: Vec<String> = name
        .split(' ')
        .map(|word| {
            let unchanged = word.chars().count() < 3 || UNCHANGED.contains(&word) || word.contains('\'');
            if unchanged || word.ends_with(['s', 'x', 'z']) {
                word.to_owned()
            } else if let Some(stem) = word.strip_suffix("al") {
                format!("{stem}aux")
            } else if word.ends_with("au") || word.ends_with("eu") {
                format!("{word}x")
            } else {
                format!("{word}s")
            }
        })
        .collect();
    let plural = plural.join(" ");
    let mut forms = vec![name.to_owned()];
    if plural != name {
        forms.push(plural);
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_the_way_back_to_the_text() {
        let (folded, starts) = fold("Médias « Œuvre »");
        assert_eq!(folded, "medias \u{ab} oeuvre \u{bb}");
        // The "e" of "Médias" comes from "é" at byte 1; "oe" both from "Œ".
        assert_eq!(starts[1], 1);
        assert_eq!(starts[2], 3);
        let oe = folded.find("oe").unwrap();
        assert_eq!(starts[oe], starts[oe + 1]);
        // Runs of ASCII on either side of the other characters are lowered too.
        assert_eq!(fold("RT Été HASHTAG").0, "rt ete hashtag");
        assert_eq!(fold("TOUT ASCII").0, "tout ascii");
    }

    #[test]
    fn every_folded_byte_leads_back_to_the_start_of_a_character() {
        for text in ["", "abc", "éé", "œuvre d’État", "a\u{a0}b\u{202f}c", "日本 ça", "Ǆ ﬁ x"] {
            let (folded, starts) = fold(text);
            assert_eq!(starts.len(), folded.len());
            for (i, &start) in starts.iter().enumerate() {
                assert!(text.is_char_boundary(start) && start < text.len().max(1), "{text:?} {i}");
                if i > 0 {
                    assert!(start >= starts[i - 1], "{text:?}: offsets go forward");
                }
            }
        }
    }

    #[test]
    fn plurals_are_french() {
        assert_eq!(forms("hashtag"), ["hashtag", "hashtags"]);
        assert_eq!(forms("reseau social"), ["reseau social", "reseaux sociaux"]);
        assert_eq!(forms("media"), ["media", "medias"]);
        assert_eq!(forms("droit a l'image"), ["droit a l'image", "droits a l'image"]);
        assert_eq!(forms("faux"), ["faux"]);
    }
}
