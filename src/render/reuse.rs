//! "Réutiliser ce document": which documents publish their file as written, and the page that
//! shows it highlighted, offers it for download and explains how to reuse it (its licence, a
//! site of one's own with `charte init` and `extends`).

use serde::Serialize;

use super::highlight::{self, Language};
use super::view::{ModelView, SourceView};
use crate::model::document::Document;
use crate::schema::document::Audience;

/// The source page and file of `doc` in a build that leaves out the documents `excluded`:
/// published for a current public document, unless its file names a document the build leaves
/// out (`links_left_out`: one of its own texts links to one; or its model is one), since the
/// file is shown as written.
pub fn source_view(doc: &Document, links_left_out: bool, excluded: &impl Fn(&str) -> bool) -> Option<SourceView> {
    if !doc.is_current() || doc.audience() != Audience::Public {
        return None;
    }
    let model_excluded = doc.model.as_ref().is_some_and(|m| excluded(&m.name));
    if links_left_out || model_excluded {
        return None;
    }
    let (page, file) = doc.source_addresses()?;
    let file_name = file.rsplit('/').next().unwrap_or_default().to_owned();
    Some(SourceView { page, file, file_name })
}

/// What the source page's template sees as `source`.
#[derive(Serialize)]
pub struct ReuseView<'a> {
    pub title: &'a str,
    /// The document's page, the source page and the file, relative to the site.
    pub url: String,
    pub page: &'a str,
    pub file: &'a str,
    pub file_name: &'a str,
    /// `Markdown` or `YAML`.
    pub language: &'static str,
    /// "1,5 ko", "12 octets".
    pub size: String,
    pub lines: usize,
    /// The file as written, highlighted.
    pub html: String,
    /// Whether the file uses variables (`{{ org.name }}`), filled in by the reuser's site.
    pub has_variables: bool,
    /// What a site of one's own writes in `extends` to start from this document, and where it
    /// keeps the file for that: `modeles/moderation`, `modeles/moderation.md`.
    pub extends: String,
    pub model_file: String,
    /// The model the document itself extends, when it has one.
    pub model: Option<ModelView<'a>>,
    /// A document of one's own that extends this one, highlighted.
    pub fork_html: String,
}

impl<'a> ReuseView<'a> {
    pub fn new(doc: &'a Document, source: &'a SourceView) -> ReuseView<'a> {
        let text = doc.file.text.as_str();
        let language = if doc.body_offset.is_some() || doc.file.display.extension().is_some_and(|e| e == "md") {
            Language::Markdown
        } else {
            Language::Yaml
        };
        let mut html = String::with_capacity(text.len() * 2);
        highlight::highlight(text, language, &mut html);
        let mut fork_html = String::new();
        highlight::highlight(&fork_example(doc), Language::Markdown, &mut fork_html);
        ReuseView {
            title: &doc.title,
            url: doc.url_path(),
            page: &source.page,
            file: &source.file,
            file_name: &source.file_name,
            language: match language {
                Language::Markdown => "Markdown",
                Language::Yaml => "YAML",
            },
            size: french_size(text.len()),
            lines: text.lines().count(),
            html,
            has_variables: text.contains("{{"),
            extends: model_slug(doc),
            model_file: format!("{}.{}", model_slug(doc), if language == Language::Markdown { "md" } else { "yaml" }),
            model: doc.model.as_ref().map(ModelView::new),
            fork_html,
        }
    }
}

/// Where a reuser keeps this document as a model: `modeles/moderation`.
fn model_slug(doc: &Document) -> String {
    format!("modeles/{}", doc.slug.rsplit('/').next().unwrap_or(&doc.slug))
}

/// A document of one's own made from `doc` kept as a model: its title, a first version.
fn fork_example(doc: &Document) -> String {
    let title: String = doc.title.chars().filter(|c| !matches!(c, '"' | '\\') && !c.is_control()).collect();
    format!(
        "---\nextends: {}\ntitle: \"{title}\"\nversion: \"1.0\"\nstatus: draft\naudience: public\n---\n",
        model_slug(doc)
    )
}

/// A file size in French: `12 octets`, `1,5 ko`, `2,3 Mo`.
fn french_size(bytes: usize) -> String {
    let one_decimal = |value: f64| {
        let text = format!("{value:.1}").replace('.', ",");
        text.strip_suffix(",0").map(str::to_owned).unwrap_or(text)
    };
    match bytes {
        0 | 1 => format!("{bytes} octet"),
        b if b < 1000 => format!("{b} octets"),
        b if b < 1_000_000 => format!("{} ko", one_decimal(b as f64 / 1000.0)),
        b => format!("{} Mo", one_decimal(b as f64 / 1_000_000.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_in_french() {
        assert_eq!(french_size(1), "1 octet");
        assert_eq!(french_size(999), "999 octets");
        assert_eq!(french_size(1524), "1,5 ko");
        assert_eq!(french_size(2000), "2 ko");
        assert_eq!(french_size(2_340_000), "2,3 Mo");
    }
}
