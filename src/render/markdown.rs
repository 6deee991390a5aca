//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough; headings shifted
//! under the page's own and given unique anchors; raw HTML and unsafe links sanitised with
//! ammonia (the policy: raw HTML is allowed only as far as it is harmless).

use pulldown_cmark::{BrokenLink, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use super::lang_spans::{self, LangSpans};

use super::sanitise::{self, SANITISER};
use crate::model::slug::IdSet;

/// A heading of a rendered body, for the table of contents.
#[derive(Debug, Clone)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A link of the Markdown text, with where its destination sits in the text (bytes).
#[derive(Debug, Clone)]
pub struct Link {
    pub destination: String,
    pub offset: usize,
}

/// Raw HTML or a link that the sanitiser removes or defuses, with where it is (bytes).
#[derive(Debug, Clone)]
pub struct Removed {
    pub what: String,
    /// The text to point at (the HTML tag, or the link's destination).
    pub needle: String,
    pub offset: usize,
}

#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    pub links: Vec<Link>,
    pub removed: Vec<Removed>,
    /// Raw HTML elements opened and never closed, which would swallow the rest of the text:
    /// the tag's offset and the element's name.
    pub unclosed: Vec<(usize, String)>,
    /// Where the text first nests blocks or raw HTML elements deeper than [`MAX_DEPTH`] (byte
    /// offset).
    pub too_deep: Option<usize>,
    /// Whether a link led to a page `unlink` left out (and was rendered as its text).
    pub left_out: bool,
}

/// How deep a text may nest blocks (quotes, lists) and raw HTML elements: far more than any
/// text needs, few enough that the sanitiser's parser, whose work grows with the square of the
/// depth, stays quick.
pub const MAX_DEPTH: i64 = 256;

/// The box a table of a text scrolls in, as the sanitiser keeps it, and as published.
const TABLE_SCROLL: &str = "<div class=\"table-scroll\">";
const TABLE_SCROLL_FOCUSABLE: &str =
    "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tableau\">";

const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_HEADING_ATTRIBUTES);

/// Renders `markdown`; its highest heading becomes `top_level` (2 for a page body, under the
/// page's `h1`). Anchors are taken from `ids` so that they are unique on the page. Links for
/// which `unlink` says yes are rendered as their text alone. Without `html` (the site is only
/// checked), only the headings, links and removed HTML are found, in one pass over the parser's
/// events: `html` stays empty.
/// `rebase` goes before every relative address of a link or an image (`../` for a text written
/// for a page one folder up, such as an earlier version's): empty, the addresses are kept.
pub fn render(
    markdown: &str,
    top_level: u8,
    ids: &mut IdSet,
    unlink: &dyn Fn(&str) -> bool,
    html: bool,
    rebase: &str,
) -> Rendered {
    let callback = |link: BrokenLink<'_>| lang_spans::lang_of_reference(markdown, &link);
    let parser = Parser::new_with_broken_link_callback(markdown, OPTIONS, Some(callback)).into_offset_iter();
    let parser = LangSpans::new(markdown, parser);
    let mut scan = Scan::new(markdown, ids, unlink);
    if !html {
        for (i, (event, range)) in parser.enumerate() {
            scan.event(i, &event, range.start);
        }
        return scan.finish(top_level, String::new());
    }
    let mut events: Vec<Event> = Vec::with_capacity(markdown.len() / 16);
    for (i, (event, range)) in parser.enumerate() {
        scan.event(i, &event, range.start);
        events.push(event);
    }
    for (start, end) in std::mem::take(&mut scan.unlinked) {
        events[start] = Event::Text(CowStr::Borrowed(""));
        events[end] = Event::Text(CowStr::Borrowed(""));
    }
    if !rebase.is_empty() {
        for event in &mut events {
            if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event {
                if is_relative(dest_url) {
                    *dest_url = CowStr::from(format!("{rebase}{dest_url}"));
                }
            }
        }
    }
    let needs_sanitising = scan.needs_sanitising;
    let spans = std::mem::take(&mut scan.heading_spans);
    let mut rendered = scan.finish(top_level, String::new());
    for ((start, end), heading) in spans.into_iter().zip(&rendered.headings) {
        let level = heading_level(heading.level);
        if let Event::Start(Tag::Heading { classes, attrs, .. }) = &mut events[start] {
            let (classes, attrs) = (std::mem::take(classes), std::mem::take(attrs));
            events[start] =
                Event::Start(Tag::Heading { level, id: Some(CowStr::from(heading.id.clone())), classes, attrs });
        }
        events[end] = Event::End(TagEnd::Heading(level));
    }
    // A table scrolls in its own box on a narrow screen, rather than cutting its words.
    let tables = events.iter().any(|e| matches!(e, Event::Start(Tag::Table(_))));
    if tables {
        let html = |h: &'static str| Event::Html(CowStr::Borrowed(h));
        let mut boxed = Vec::with_capacity(events.len() + 8);
        for event in events {
            match &event {
                Event::Start(Tag::Table(_)) => boxed.extend([html(TABLE_SCROLL), event]),
                Event::End(TagEnd::Table) => boxed.extend([event, html("</div>")]),
                _ => boxed.push(event),
            }
        }
        events = boxed;
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if rendered.too_deep.is_some() {
        // An error stops the build: the text is not published, and not given to the sanitiser.
        html.clear();
    } else if needs_sanitising {
        html = SANITISER.clean(&html).to_string();
    }
    if tables {
        // Given after the sanitiser, which keeps no `tabindex`: keyboard users scroll the box.
        html = html.replace(TABLE_SCROLL, TABLE_SCROLL_FOCUSABLE);
    }
    rendered.html = html;
    rendered
}

/// What one pass over the parser's events finds: headings (with their anchors), links, HTML the
/// sanitiser removes, and which events to change in the HTML.
struct Scan<'m, 'i, 'u> {
    markdown: &'m str,
    ids: &'i mut IdSet,
    unlink: &'u dyn Fn(&str) -> bool,
    /// The heading being read: its start event, its level as written, its `{#id}`, its text.
    open_heading: Option<(usize, u8, Option<String>, String)>,
    /// The start of a link rendered as its text alone, until its end.
    open_unlinked: Option<usize>,
    left_out: bool,
    headings: Vec<Heading>,
    heading_spans: Vec<(usize, usize)>,
    links: Vec<Link>,
    removed: Vec<Removed>,
    unlinked: Vec<(usize, usize)>,
    unclosed: Vec<(usize, String)>,
    /// How deep the Markdown read so far nests blocks and inlines, and the raw HTML elements;
    /// where it first went too deep.
    depth: i64,
    html_depth: i64,
    too_deep: Option<usize>,
    /// Which elements are closed after which offset, as found (a text closes few).
    closings: Vec<(String, Option<usize>)>,
    needs_sanitising: bool,
}

impl<'m, 'i, 'u> Scan<'m, 'i, 'u> {
    fn new(markdown: &'m str, ids: &'i mut IdSet, unlink: &'u dyn Fn(&str) -> bool) -> Self {
        Scan {
            markdown,
            ids,
            unlink,
            open_heading: None,
            open_unlinked: None,
            left_out: false,
            headings: Vec::new(),
            heading_spans: Vec::new(),
            links: Vec::new(),
            removed: Vec::new(),
            unlinked: Vec::new(),
            unclosed: Vec::new(),
            depth: 0,
            html_depth: 0,
            too_deep: None,
            closings: Vec::new(),
            needs_sanitising: false,
        }
    }

    fn event(&mut self, i: usize, event: &Event, offset: usize) {
        match event {
            Event::Start(_) => {
                self.depth += 1;
                if self.too_deep.is_none() && self.depth + self.html_depth > MAX_DEPTH {
                    self.too_deep = Some(offset);
                }
            }
            Event::End(_) => self.depth -= 1,
            _ => {}
        }
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                self.open_heading = Some((i, *level as u8, id.as_deref().map(str::to_owned), String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((start, level, id, text)) = self.open_heading.take() {
                    let anchor = self.ids.unique(id.as_deref().unwrap_or(&text));
                    self.headings.push(Heading { level, id: anchor, text });
                    self.heading_spans.push((start, i));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, _, text)) = &mut self.open_heading {
                    text.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, _, _, text)) = &mut self.open_heading {
                    text.push(' ');
                }
            }
            // An e-mail autolink (`<nom@exemple.fr>`) is written without its `mailto:`: it is
            // no address of the site, and nothing to check.
            Event::Start(Tag::Link { link_type: LinkType::Email, .. }) => {}
            Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
                let offset = offset + destination_offset(&self.markdown[offset..], dest_url);
                if matches!(event, Event::Start(Tag::Link { .. })) && (self.unlink)(dest_url) {
                    self.open_unlinked = Some(i);
                    self.left_out = true;
                } else if sanitise::is_allowed_url(dest_url) {
                    self.links.push(Link { destination: dest_url.to_string(), offset });
                } else {
                    // A link to an address that is not allowed keeps its text alone; an image's
                    // address is left to the sanitiser.
                    if matches!(event, Event::Start(Tag::Link { .. })) {
                        self.open_unlinked = Some(i);
                    }
                    self.needs_sanitising = true;
                    self.removed.push(Removed {
                        what: crate::tr!("removed-address", address = dest_url.to_string()),
                        needle: dest_url.to_string(),
                        offset,
                    });
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some(start) = self.open_unlinked.take() {
                    self.unlinked.push((start, i));
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                self.needs_sanitising = true;
                let inspection = sanitise::inspect(html);
                let nesting = inspection.nesting;
                if self.too_deep.is_none() && self.depth + self.html_depth + nesting.deepest > MAX_DEPTH {
                    self.too_deep = Some(offset);
                }
                self.html_depth = (self.html_depth + nesting.opened).max(0);
                for (at, what) in inspection.removed {
                    let needle = html[at..].split_whitespace().next().unwrap_or("").to_owned();
                    self.removed.push(Removed { what, needle, offset: offset + at });
                }
                for (at, name) in inspection.swallowing {
                    let after = offset + at + 1;
                    if !self.closed(&name, after) {
                        self.unclosed.push((offset + at, name));
                    }
                }
            }
            _ => {}
        }
    }

    /// The headings, shifted so that the highest is at `top_level`; the links; the removed HTML.
    /// Whether `</name` follows the byte `after` of the text (in any case). The last closing tag
    /// of each element is looked for once.
    fn closed(&mut self, name: &str, after: usize) -> bool {
        let last = match self.closings.iter().find(|(n, _)| n == name) {
            Some((_, last)) => *last,
            None => {
                let needle = format!("</{name}");
                let last = self.markdown.to_ascii_lowercase().rfind(&needle);
                self.closings.push((name.to_owned(), last));
                last
            }
        };
        last.is_some_and(|last| last >= after)
    }

    fn finish(self, top_level: u8, html: String) -> Rendered {
        let mut headings = self.headings;
        if let Some(min_level) = headings.iter().map(|h| h.level).min() {
            for h in &mut headings {
                h.level = shifted(h.level, min_level, top_level);
            }
        }
        Rendered {
            html,
            headings,
            links: self.links,
            removed: self.removed,
            unclosed: self.unclosed,
            too_deep: self.too_deep,
            left_out: self.left_out,
        }
    }
}

/// Where `destination` is written in `text`, the Markdown from the start of a link: right after
/// the first `](` (and an optional `<`) for an inline link, else its first occurrence (a link by
/// reference, or a destination written with escapes), else 0.
fn destination_offset(text: &str, destination: &str) -> usize {
    if let Some(bracket) = text.find(']') {
        let after = text[bracket + 1..].strip_prefix('(').map(|rest| rest.trim_start_matches([' ', '<']));
        if let Some(rest) = after.filter(|rest| rest.starts_with(destination)) {
            return text.len() - rest.len();
        }
    }
    text.find(destination).unwrap_or(0)
}

/// Whether `url` is an address relative to the page's folder (not `#…`, `/…` or `scheme:…`).
fn is_relative(url: &str) -> bool {
    let before = url.split(['/', '?', '#']).next().unwrap_or("");
    !url.is_empty() && !url.starts_with(['#', '/']) && !before.contains(':')
}

fn shifted(level: u8, min_level: u8, top_level: u8) -> u8 {
    (level as i16 - min_level as i16 + top_level as i16).clamp(1, 6) as u8
}

fn heading_level(level: u8) -> HeadingLevel {
    match level {
        1 => HeadingLevel::H1,
        2 => HeadingLevel::H2,
        3 => HeadingLevel::H3,
        4 => HeadingLevel::H4,
        5 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(md: &str) -> String {
        render(md, 2, &mut IdSet::default(), &|_| false, true, "").html
    }

    #[test]
    fn headings_are_shifted_and_anchored() {
        let r = render("# Pourquoi ?\n\ntext\n\n## Depuis quand\n", 2, &mut IdSet::default(), &|_| false, true, "");
        assert!(r.html.contains("<h2 id=\"pourquoi\">Pourquoi ?</h2>"), "{}", r.html);
        assert!(r.html.contains("<h3 id=\"depuis-quand\">"));
        assert_eq!(r.headings.len(), 2);
    }

    #[test]
    fn scripts_and_javascript_links_are_removed() {
        let out = html("Bonjour <script>alert(1)</script> <b onclick=\"x()\">gras</b>\n\n[lien](javascript:alert(1))");
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("onclick"), "{out}");
        assert!(!out.contains("javascript:"), "{out}");
        assert!(out.contains("<b>gras</b>"), "{out}");
    }

    #[test]
    fn removed_html_is_reported_where_it_is() {
        let md = "Texte <b onclick=\"x()\">gras</b>\n\n<script>alert(1)</script>\n\n[a](javascript:x) [b](../ok/)";
        let r = render(md, 2, &mut IdSet::default(), &|_| false, true, "");
        // Checking only (no HTML) finds the same.
        let checked = render(md, 2, &mut IdSet::default(), &|_| false, false, "");
        assert!(checked.html.is_empty());
        assert_eq!(format!("{:?}", (&checked.links, &checked.removed)), format!("{:?}", (&r.links, &r.removed)));
        let found: Vec<(&str, usize)> = r.removed.iter().map(|f| (f.what.as_str(), f.offset)).collect();
        assert_eq!(
            found,
            [
                ("le gestionnaire d’événement `onclick` est supprimé", md.find("onclick").unwrap()),
                ("l’élément `<script>` et son contenu sont supprimés", md.find("<script").unwrap()),
                ("le lien vers `javascript:x` est supprimé", md.find("javascript:x").unwrap()),
            ]
        );
        assert_eq!(r.links.len(), 1);
        assert_eq!(r.links[0].destination, "../ok/");
        assert_eq!(r.links[0].offset, md.find("../ok/").unwrap());
        assert!(render("<em>ok</em> <br>", 2, &mut IdSet::default(), &|_| false, true, "").removed.is_empty());
    }

    #[test]
    fn a_link_is_located_at_its_destination() {
        let md = "Voir [../a/](../a/), [la [vraie] règle](<../b/>) et [c][ref].\n\n[ref]: ../c/\n";
        let r = render(md, 2, &mut IdSet::default(), &|_| false, false, "");
        let found: Vec<(&str, usize)> = r.links.iter().map(|l| (l.destination.as_str(), l.offset)).collect();
        assert_eq!(
            found,
            [
                ("../a/", md.find("(../a/)").unwrap() + 1),
                ("../b/", md.find("../b/").unwrap()),
                ("../c/", md.find("../c/").unwrap())
            ]
        );
    }

    #[test]
    fn unlinked_links_keep_their_text() {
        let unlink = |d: &str| d.contains("interne");
        let r = render(
            "Voir [le guide](../interne/) et [la charte](../charte/).",
            2,
            &mut IdSet::default(),
            &unlink,
            true,
            "",
        );
        assert!(r.html.contains("Voir le guide et <a href=\"../charte/\">la charte</a>."), "{}", r.html);
    }

    #[test]
    fn relative_addresses_are_rebased() {
        let md = "[a](../b/) [c](#d) [e](/f/) [g](https://h.fr/) ![i](j.png) [k](l/m?n:o)";
        let out = render(md, 2, &mut IdSet::default(), &|_| false, true, "../").html;
        for expected in ["\"../../b/\"", "\"#d\"", "\"/f/\"", "\"https://h.fr/\"", "\"../j.png\"", "\"../l/m?n:o\""] {
            assert!(out.contains(expected), "{expected} in {out}");
        }
    }

    #[test]
    fn tables_and_plain_links_pass() {
        let out =
            html("| a | b |\n|---|---|\n| 1 | 2 |\n\n[site](https://exemple.fr) [règle](../moderation/#publicite)");
        assert!(out.contains("<table>"));
        assert!(out.contains("href=\"https://exemple.fr\""));
        assert!(out.contains("href=\"../moderation/#publicite\""));
    }
}
