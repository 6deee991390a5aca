//! What machines read of the documents: `index.json` beside each document's page (its metadata
//! and its rendered texts), `/documents.json` (every current document of the build with its
//! main fields, so that a national team can gather many sites' charters from one file each), and
//! the JSON-LD (schema.org `DigitalDocument`) in the head of each document's page. Both JSON
//! files carry [`SCHEMA_VERSION`]; the README documents their shapes.
//!
//! Addresses are absolute, from `base_url`. The HTML of the texts is the page's (glossary links,
//! French typography), and its relative links are relative to the document's `url`.

use serde::Serialize;

use super::typography;
use super::view::{DocumentView, ReviewView};
use crate::model::document::Document;
use crate::model::SiteModel;
use crate::schema::date::Date;

/// The version of the shape of `index.json` and `documents.json`: raised when a field changes
/// meaning or goes away (new fields may come without it).
pub const SCHEMA_VERSION: u32 = 1;

pub use crate::model::document::JSON_FILE as FILE_NAME;

#[derive(Serialize)]
struct Approval<'a> {
    step: &'static str,
    name: &'a str,
    role: &'a str,
    date: String,
}

#[derive(Serialize)]
struct Review<'a> {
    last: Option<&'a str>,
    due: &'a str,
    state: &'static str,
}

impl<'a> Review<'a> {
    fn new(view: &'a ReviewView) -> Review<'a> {
        Review { last: view.last_iso.as_deref(), due: &view.due_iso, state: view.state }
    }
}

#[derive(Serialize)]
struct Engagement<'a> {
    number: &'a str,
    text: &'a str,
    module: Option<&'a str>,
}

#[derive(Serialize)]
struct Rule<'a> {
    id: &'a str,
    number: usize,
    title: &'a str,
    url: String,
    body_html: String,
}

#[derive(Serialize)]
struct Question<'a> {
    id: &'a str,
    question: &'a str,
    url: String,
    answer_html: String,
}

#[derive(Serialize)]
struct Term<'a> {
    id: &'a str,
    term: &'a str,
    group: &'a str,
    abbr: Option<&'a str>,
    lang: Option<&'a str>,
    aliases: Vec<&'a str>,
    url: String,
    definition_html: String,
}

#[derive(Serialize)]
struct Version<'a> {
    version: &'a str,
    date: &'a str,
    changes_html: String,
    /// The version's text, when the build publishes it.
    url: Option<String>,
    /// What changed from the previous version with a text.
    redline_url: Option<String>,
    current: bool,
}

#[derive(Serialize)]
struct Cartouche<'a> {
    reference: Option<&'a str>,
    service: Option<&'a str>,
    diffusion: &'a [&'a str],
    storage: Option<&'a str>,
}

#[derive(Serialize)]
struct Model<'a> {
    name: &'a str,
    version: Option<&'a str>,
    title: &'a str,
    url: Option<String>,
}

/// A document in `documents.json`.
#[derive(Serialize)]
struct DirectoryEntry<'a> {
    kind: &'static str,
    title: &'a str,
    summary: Option<&'a str>,
    version: Option<&'a str>,
    status: &'static str,
    audience: &'static str,
    in_force_since: Option<String>,
    next_review: Option<String>,
    review_state: Option<&'static str>,
    engagements: Vec<&'a str>,
    model: Option<&'a str>,
    url: String,
    json_url: String,
}

/// A document's `index.json`.
#[derive(Serialize)]
struct DocumentJson<'a> {
    schema_version: u32,
    kind: &'static str,
    kind_label: &'static str,
    title: &'a str,
    summary: Option<&'a str>,
    version: Option<&'a str>,
    status: &'static str,
    audience: &'static str,
    language: &'a str,
    /// The page, this file, and for an earlier version the text in force.
    url: String,
    json_url: String,
    /// The page that shows the document's file as written, and the file, when the build
    /// publishes them.
    source_url: Option<String>,
    source_file_url: Option<String>,
    current: bool,
    current_url: String,
    in_force_since: Option<&'a str>,
    review: Option<Review<'a>>,
    approval: Vec<Approval<'a>>,
    engagements: Vec<Engagement<'a>>,
    model: Option<Model<'a>>,
    rules: Vec<Rule<'a>>,
    faq: Vec<Question<'a>>,
    terms: Vec<Term<'a>>,
    cartouche: Option<Cartouche<'a>>,
    body_html: String,
    versions: Vec<Version<'a>>,
    publisher: &'a str,
    licence: &'a str,
}

/// The texts of a build's JSON: absolute addresses and, on a French site, French typography.
pub struct Writer<'m> {
    pub base: &'m str,
    pub typeset: bool,
    pub model: &'m SiteModel,
}

impl Writer<'_> {
    fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.base)
    }

    fn html(&self, html: &str) -> String {
        if self.typeset {
            typography::french(html)
        } else {
            html.to_owned()
        }
    }

    /// The `index.json` of `doc`, whose page shows `view`, written at the end of `out`.
    pub fn document(&self, view: &DocumentView, out: &mut Vec<u8>) {
        let site = &self.model.site;
        let page = self.url(&view.head.url);
        let anchor = |id: &str| format!("{page}#{id}");
        let current_url = view.archive.as_ref().map_or_else(|| page.clone(), |a| self.url(&a.current_url));
        let terms = view
            .term_groups
            .iter()
            .flat_map(|g| g.terms.iter().map(move |t| (g.name, t)))
            .map(|(group, t)| Term {
                id: &t.id,
                term: t.term,
                group,
                abbr: t.abbr,
                lang: t.lang,
                aliases: t.aliases.iter().map(|a| a.name).collect(),
                url: anchor(&t.id),
                definition_html: self.html(&t.definition_html),
            })
            .collect();
        let json = DocumentJson {
            schema_version: SCHEMA_VERSION,
            kind: view.kind,
            kind_label: view.head.kind_label,
            title: view.head.title,
            summary: view.head.summary,
            version: view.head.version,
            status: view.head.status.status,
            audience: view.audience,
            language: &site.language,
            json_url: format!("{page}{FILE_NAME}"),
            source_url: view.source.as_ref().map(|s| self.url(&s.page)),
            source_file_url: view.source.as_ref().map(|s| self.url(&s.file)),
            current: view.archive.is_none(),
            current_url,
            in_force_since: view.in_force_since_iso.as_deref(),
            review: view.review.as_ref().map(Review::new),
            approval: view
                .approval
                .iter()
                .map(|step| Approval { step: step.code, name: step.name, role: step.role, date: step.date_iso.clone() })
                .collect(),
            engagements: view
                .engagements
                .iter()
                .map(|e| Engagement { number: e.number, text: e.text, module: e.module })
                .collect(),
            model: view.model.as_ref().map(|m| Model {
                name: m.name,
                version: m.version,
                title: m.title,
                url: m.url.map(|u| self.url(u)),
            }),
            rules: view
                .rules
                .iter()
                .map(|r| Rule {
                    id: r.id,
                    number: r.number,
                    title: r.title,
                    url: anchor(r.id),
                    body_html: self.html(&r.body_html),
                })
                .collect(),
            faq: view
                .faq
                .iter()
                .map(|q| Question {
                    id: &q.id,
                    question: q.question,
                    url: anchor(&q.id),
                    answer_html: self.html(&q.answer_html),
                })
                .collect(),
            terms,
            cartouche: view.cartouche.as_ref().map(|c| Cartouche {
                reference: c.reference,
                service: c.service,
                diffusion: &c.diffusion,
                storage: c.storage,
            }),
            body_html: self.html(&view.body_html),
            versions: view
                .versions
                .iter()
                .map(|v| Version {
                    version: v.version,
                    date: &v.date_iso,
                    changes_html: self.html(&v.changes_html),
                    url: v.url.as_deref().map(|u| self.url(u)),
                    redline_url: v.redline_url.as_deref().map(|u| self.url(u)),
                    current: v.is_current,
                })
                .collect(),
            publisher: site.organisation.name.as_str(),
            licence: &site.licence,
            url: page,
        };
        // Written into a buffer, a value of these types cannot fail to serialise.
        let _ = serde_json::to_writer(out, &json);
    }

    /// The JSON-LD of a document's page: a schema.org `DigitalDocument`, ready to be put in a
    /// `<script type="application/ld+json">` element (no `<` in it, so that no text can close
    /// the element).
    pub fn json_ld(&self, doc: &Document, view: &DocumentView) -> String {
        let site = &self.model.site;
        let licence = site.licence();
        let dates: Vec<Date> = doc.fields.history.iter().map(|h| *h.date).collect();
        let published = dates.iter().min().copied().or(doc.in_force_since());
        let modified = doc.in_force_since().or(dates.iter().max().copied());
        let mut value = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "DigitalDocument",
            "name": view.head.title,
            "url": self.url(&view.head.url),
            "inLanguage": site.language,
            "license": licence.url.unwrap_or(licence.id),
            "publisher": {
                "@type": "GovernmentOrganization",
                "name": site.organisation.name.as_str(),
                "url": self.url(""),
            },
        });
        let mut set = |key: &str, v: Option<String>| {
            if let Some(v) = v {
                value[key] = serde_json::Value::String(v);
            }
        };
        set("version", view.head.version.map(str::to_owned));
        set("description", view.head.summary.map(str::to_owned));
        set("datePublished", published.map(|d| d.iso()));
        set("dateModified", modified.map(|d| d.iso()));
        script_safe(&value.to_string())
    }

    /// `/documents.json`: every current document of the build (`documents`), with its main
    /// fields, as on `today`. Each document is written as it is read, from typed values.
    pub fn directory(&self, documents: &[&Document], site_title: &str, today: Date) -> String {
        let site = &self.model.site;
        let licence = site.licence();
        let organisation = &site.organisation;
        let head = serde_json::json!({
            "schema_version": SCHEMA_VERSION,
            "generator": concat!("charte ", env!("CARGO_PKG_VERSION")),
            "date": today.iso(),
            "site": {
                "title": site_title,
                "url": self.url(""),
                "language": site.language,
                "licence": { "id": licence.id, "name": licence.name, "url": licence.url },
                "organisation": {
                    "name": organisation.name.as_str(),
                    "short_name": text(&organisation.short_name),
                    "territory": text(&organisation.territory),
                    "service": text(&organisation.service),
                },
            },
        });
        let mut out = head.to_string().into_bytes();
        out.pop(); // the closing brace, written after the documents
        out.extend_from_slice(b",\"documents\":[");
        for (i, doc) in documents.iter().filter(|d| d.is_current()).enumerate() {
            if i > 0 {
                out.push(b',');
            }
            let page = self.url(&doc.url_path());
            let review = doc.review_state(&site.review, today);
            let entry = DirectoryEntry {
                kind: doc.kind().as_str(),
                title: &doc.title,
                summary: text(&doc.fields.summary),
                version: text(&doc.fields.version),
                status: doc.status().as_str(),
                audience: doc.audience().as_str(),
                in_force_since: doc.in_force_since().map(|d| d.iso()),
                next_review: review.map(|(due, _)| due.iso()),
                review_state: review.map(|(_, state)| state.as_str()),
                engagements: doc.fields.engagements.iter().map(|e| e.as_str()).collect(),
                model: doc.model.as_ref().map(|m| m.name.as_str()),
                json_url: format!("{page}{FILE_NAME}"),
                url: page,
            };
            // Into a buffer, a value of these types cannot fail to serialise.
            let _ = serde_json::to_writer(&mut out, &entry);
        }
        out.extend_from_slice(b"]}");
        String::from_utf8(out).unwrap_or_default()
    }
}

/// An optional text as a string.
fn text(t: &Option<crate::schema::Text>) -> Option<&str> {
    t.as_deref().map(String::as_str)
}

/// JSON that can sit inside a `<script>` element: `<`, `>` and `&` written as `\u` escapes,
/// which JSON reads as the same characters.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_text_can_close_the_script_element() {
        let json = serde_json::json!({ "name": "</script><script>alert(1)</script> & co" }).to_string();
        let safe = super::script_safe(&json);
        assert!(!safe.contains('<') && !safe.contains('>'));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script> & co");
    }
}
