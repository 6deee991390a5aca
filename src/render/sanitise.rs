//! The sanitiser's policy and what it removes. Raw HTML in Markdown goes through ammonia; what is
//! reported as removed is derived from ammonia's own policy ([`ammonia::Builder`]'s getters),
//! applied to the tags of each raw fragment as an HTML tokenizer reads them, so that the warning
//! and the sanitiser never disagree.

use crate::tr;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};

/// The URL schemes a link may use; any other is removed (a relative address is kept).
const SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// The policy: ammonia's defaults, with `id` and `class` kept (anchors and styling hooks) and
/// links restricted to [`SCHEMES`].
pub static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder.add_generic_attributes(["id", "class"]);
    builder.url_schemes(SCHEMES.into_iter().collect());
    builder
});

/// The policy, read from the sanitiser once.
struct Policy {
    tags: HashSet<&'static str>,
    clean_content: HashSet<&'static str>,
    tag_attributes: HashMap<&'static str, HashSet<&'static str>>,
    generic_attributes: HashSet<&'static str>,
    generic_prefixes: HashSet<&'static str>,
    schemes: HashSet<&'static str>,
}

static POLICY: LazyLock<Policy> = LazyLock::new(|| Policy {
    tags: SANITISER.clone_tags(),
    clean_content: SANITISER.clone_clean_content_tags(),
    tag_attributes: SANITISER.clone_tag_attributes(),
    generic_attributes: SANITISER.clone_generic_attributes(),
    generic_prefixes: SANITISER.clone_generic_attribute_prefixes().unwrap_or_default(),
    schemes: SANITISER.clone_url_schemes(),
});

/// Whether a link to `url` is kept: a relative address, or one of the allowed schemes.
pub fn is_allowed_url(url: &str) -> bool {
    let url = url.trim_start();
    let scheme_end = url.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')));
    match scheme_end {
        Some(i) if i > 0 && url[i..].starts_with(':') => {
            POLICY.schemes.contains(url[..i].to_ascii_lowercase().as_str())
        }
        // No scheme: relative, unless the characters browsers ignore hide one (`java\tscript:`).
        _ => !url.contains(':') || url.find(['/', '?', '#']).is_some_and(|i| url.find(':').is_some_and(|c| c > i)),
    }
}

/// Elements whose content a browser or the sanitiser does not read as HTML (raw text, escaped
/// text, or a template's content): left open, they swallow the rest of the document.
const SWALLOWING: &[&str] = &[
    "script",
    "style",
    "template",
    "title",
    "textarea",
    "xmp",
    "noscript",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// What a fragment of raw HTML holds that the page would lose.
#[derive(Debug, Default)]
pub struct Inspection {
    /// What the sanitiser takes out: byte offset and description, in order.
    pub removed: Vec<(usize, String)>,
    /// The start tags of elements that swallow what follows them until they are closed: byte
    /// offset and element name.
    pub swallowing: Vec<(usize, String)>,
    pub nesting: Nesting,
}

/// What the sanitiser takes out of a fragment of raw HTML, and which of its tags swallow what
/// follows them.
pub fn inspect(fragment: &str) -> Inspection {
    let (tags, nesting) = start_tags(fragment);
    let lower = fragment.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut swallowing = Vec::new();
    let mut cursor = 0;
    for tag in tags {
        let name: &str = &tag.name;
        let at = lower[cursor..].find(&format!("<{name}")).map_or(cursor, |i| cursor + i);
        cursor = (at + 1).min(lower.len());
        if SWALLOWING.contains(&name) {
            swallowing.push((at, name.to_owned()));
        }
        if !POLICY.tags.contains(name) {
            let what = if POLICY.clean_content.contains(name) {
                tr!("removed-element", name = format!("<{name}>"))
            } else {
                tr!("removed-tag", name = format!("<{name}>"))
            };
            found.push((at, what));
            continue;
        }
        for attribute in &tag.attrs {
            let attribute_name: &str = &attribute.name.local;
            let place = lower[at..].find(attribute_name).map_or(at, |i| at + i);
            let allowed = POLICY.generic_attributes.contains(attribute_name)
                || POLICY.tag_attributes.get(name).is_some_and(|a| a.contains(attribute_name))
                || POLICY.generic_prefixes.iter().any(|p| attribute_name.starts_with(p));
            if !allowed {
                let what = if attribute_name.starts_with("on") {
                    tr!("removed-handler", name = attribute_name)
                } else {
                    tr!("removed-attribute", name = attribute_name)
                };
                found.push((place, what));
            } else if is_url_attribute(name, attribute_name) && !is_allowed_url(&attribute.value) {
                found.push((place, tr!("removed-address", address = attribute.value.trim())));
            }
        }
    }
    Inspection { removed: found, swallowing, nesting }
}

/// The attributes ammonia checks as addresses.
fn is_url_attribute(element: &str, attribute: &str) -> bool {
    matches!(attribute, "href" | "src" | "xlink:href")
        || (element == "form" && attribute == "action")
        || (element == "object" && attribute == "data")
        || (matches!(element, "button" | "input") && attribute == "formaction")
        || (element == "a" && attribute == "ping")
        || (element == "video" && attribute == "poster")
}

/// The start tags of `fragment`, in order, read as a browser's tokenizer reads them (the text of
/// `<script>`, `<style>`, `<textarea>`… is text, not tags).
/// Also says how much deeper the fragment leaves the elements it opens (`opened`), and how
/// deep they go inside it (`deepest`), counting start tags that are neither void nor
/// self-closing against end tags.
fn start_tags(fragment: &str) -> (Vec<Tag>, Nesting) {
    use std::cell::{Cell, RefCell};

    struct Sink {
        tags: RefCell<Vec<Tag>>,
        depth: Cell<i64>,
        deepest: Cell<i64>,
    }

    impl TokenSink for Sink {
        type Handle = ();

        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            let Token::TagToken(tag) = token else { return TokenSinkResult::Continue };
            if tag.kind != TagKind::StartTag {
                self.depth.set(self.depth.get() - 1);
                return TokenSinkResult::Continue;
            }
            if !tag.self_closing && !VOID.contains(&&*tag.name) {
                self.depth.set(self.depth.get() + 1);
                self.deepest.set(self.deepest.get().max(self.depth.get()));
            }
            let next = match &*tag.name {
                "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                "style" | "xmp" | "iframe" | "noembed" | "noframes" => TokenSinkResult::RawData(RawKind::Rawtext),
                "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
                "plaintext" => TokenSinkResult::Plaintext,
                _ => TokenSinkResult::Continue,
            };
            self.tags.borrow_mut().push(tag);
            next
        }
    }

    let sink = Sink { tags: RefCell::new(Vec::new()), depth: Cell::new(0), deepest: Cell::new(0) };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(fragment));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let nesting = Nesting { opened: tokenizer.sink.depth.get(), deepest: tokenizer.sink.deepest.get() };
    (tokenizer.sink.tags.take(), nesting)
}

/// Elements that hold nothing and need no end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// How a fragment of raw HTML nests elements.
#[derive(Debug, Default, Clone, Copy)]
pub struct Nesting {
    /// How many more elements it opens than it closes (negative: it closes those of earlier
    /// fragments).
    pub opened: i64,
    /// How deep its elements go inside it.
    pub deepest: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn what(fragment: &str) -> Vec<String> {
        inspect(fragment).removed.into_iter().map(|(_, what)| what).collect()
    }

    #[test]
    fn what_is_reported_is_what_the_sanitiser_removes() {
        for (fragment, expected) in [
            ("<b>gras</b>", vec![]),
            ("<video src=\"a.mp4\">", vec!["la balise `<video>` est supprimée"]),
            ("<font color=red>x</font>", vec!["la balise `<font>` est supprimée"]),
            ("<span style=\"color:red\">x</span>", vec!["l’attribut `style` est supprimé"]),
            ("<b onclick=\"x()\">x</b>", vec!["le gestionnaire d’événement `onclick` est supprimé"]),
            ("<script>if (a<b) {}</script>", vec!["l’élément `<script>` et son contenu sont supprimés"]),
            ("<a href=\"javascript:alert(1)\">x</a>", vec!["le lien vers `javascript:alert(1)` est supprimé"]),
            ("<a href=\"../ok/\" title=\"t\">x</a>", vec![]),
        ] {
            assert_eq!(what(fragment), expected, "{fragment}");
            // The sanitiser itself agrees: something was taken out exactly when it is reported.
            let cleaned = SANITISER.clean(fragment).to_string();
            let changed = cleaned.replace(" rel=\"noopener noreferrer\"", "") != fragment;
            assert_eq!(changed, !expected.is_empty(), "{fragment} → {cleaned}");
        }
    }

    #[test]
    fn offsets_point_at_what_is_removed() {
        let fragment = "<p>a</p><b onclick=\"x\">b</b><script>c</script>";
        let found = inspect(fragment).removed;
        assert_eq!(found[0].0, fragment.find("onclick").unwrap());
        assert_eq!(found[1].0, fragment.find("<script").unwrap());
    }

    #[test]
    fn allowed_addresses() {
        for url in ["https://x.fr", "mailto:a@b.fr", "../a/", "#ancre", "/chartes/", "a.html?x=1:2"] {
            assert!(is_allowed_url(url), "{url}");
        }
        for url in ["javascript:x", "JavaScript:x", " javascript:x", "data:text/html,x", "vbscript:x", "ftp://x"] {
            assert!(!is_allowed_url(url), "{url}");
        }
    }
}
