//! `/sitemap.xml` (the sitemaps.org protocol 0.9) and `/robots.txt`: the pages a search engine
//! may index, at their absolute addresses from `base_url`, a document's with the date its
//! version came into force. Earlier versions (whose pages point to the text in force) and
//! redlines are left out, and so is every page the build does not publish: a public build lists
//! no internal page.

use crate::model::address::{Generated, Selection};
use crate::model::document::Document;
use crate::model::SiteModel;

/// The generated pages a search engine may index (not the 404 page nor the files that are not
/// pages), when the build writes them.
const INDEXED: [Generated; 8] = [
    Generated::Home,
    Generated::Register,
    Generated::Engagements,
    Generated::Accessibility,
    Generated::LegalNotice,
    Generated::Privacy,
    Generated::SiteMap,
    Generated::Search,
];

/// The sitemap of a build that publishes `documents` (the current ones) under `selection`.
pub fn sitemap(model: &SiteModel, documents: &[&Document], selection: Selection) -> String {
    let base = &model.base.url;
    let mut xml = String::with_capacity(200 + documents.len() * 120);
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let mut url = |path: &str, lastmod: Option<String>| {
        xml.push_str("  <url><loc>");
        escape_into(&format!("{base}/{path}"), &mut xml);
        xml.push_str("</loc>");
        if let Some(date) = lastmod {
            xml.push_str("<lastmod>");
            xml.push_str(&date);
            xml.push_str("</lastmod>");
        }
        xml.push_str("</url>\n");
    };
    for generated in INDEXED.into_iter().filter(|g| g.is_in(selection)) {
        url(generated.path(), None);
    }
    for doc in documents.iter().filter(|d| d.is_current() && model.publishes(d, selection)) {
        url(&doc.url_path(), doc.in_force_since().map(|d| d.iso()));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: every page may be crawled (earlier versions say `noindex` themselves), and
/// where the sitemap is.
pub fn robots(model: &SiteModel) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}/{}\n", model.base.url, Generated::Sitemap.path())
}

/// `text` as XML character data.
fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
}
