//! The outline of a document's page: which sections it shows, in the order its kind declares
//! ([`crate::schema::kind::KindSpec::sections`]), the anchor and heading of each, and the table
//! of contents that follows the same order.

use super::markdown::Heading;
use super::view::{SectionView, TocEntry};
use crate::model::slug::IdSet;
use crate::schema::kind::{Kind, Section};

/// The anchor a section's heading is given (made unique on the page), and its heading; `None`
/// for the sections that have no heading of their own (the body, the glossary's groups).
fn heading(section: Section, kind: Kind) -> Option<(&'static str, &'static str)> {
    match section {
        Section::Engagements => Some(("engagements", "Engagements Qual-e-pref")),
        Section::Rules => kind.spec().rules_label.map(|label| (kind.spec().rules_anchor, label)),
        Section::Faq => Some(("questions", "Questions fréquentes")),
        Section::ImageRights => Some(("droit-a-l-image", "Droit à l'image")),
        Section::Contest => Some(("contester", "Contester une décision de modération")),
        Section::Accounts if kind == Kind::Moderation => Some(("comptes", "Où s'applique cette charte ?")),
        Section::Accounts => Some(("comptes", "Où ?")),
        Section::About => Some(("a-propos", "À propos de ce document")),
        Section::History => Some(("historique", "Historique des versions")),
        Section::Cartouche => Some(("cartouche", "Cartouche")),
        Section::Body | Section::Glossary => None,
    }
}

/// Every section of `kind`'s pages with its anchor, taken from `ids` before anything else on
/// the page (so that anchors stay the same whatever the page shows).
pub fn sections(kind: Kind, ids: &mut IdSet) -> Vec<SectionView> {
    kind.spec()
        .sections
        .iter()
        .map(|&name| {
            let (id, title) = match heading(name, kind) {
                Some((anchor, title)) => (ids.unique(anchor), title),
                None => (String::new(), ""),
            };
            SectionView { name, id, title }
        })
        .collect()
}

/// What the table of contents lists inside the sections that have entries of their own.
pub struct Entries<'a> {
    /// The body's headings.
    pub headings: &'a [Heading],
    /// The rules: anchor and numbered title.
    pub rules: Vec<(String, String)>,
    /// The glossary's groups: anchor and name.
    pub groups: Vec<(String, String)>,
}

/// The table of contents: the page's sections in order, with the body's headings and the
/// rules; none for a page with three entries or fewer.
pub fn table_of_contents(sections: &[SectionView], entries: Entries) -> Vec<TocEntry> {
    let entry = |id: &str, text: &str| TocEntry { id: id.to_owned(), text: text.to_owned(), children: Vec::new() };
    let mut toc = Vec::new();
    for section in sections {
        match section.name {
            Section::Body => {
                if !section.title.is_empty() {
                    toc.push(entry(&section.id, section.title));
                }
                for h in entries.headings {
                    match (h.level, toc.last_mut()) {
                        (2, _) | (_, None) => toc.push(entry(&h.id, &h.text)),
                        (3, Some(parent)) => parent.children.push(entry(&h.id, &h.text)),
                        _ => {}
                    }
                }
            }
            Section::Glossary => toc.extend(entries.groups.iter().map(|(id, name)| entry(id, name))),
            Section::Rules => {
                let mut rules = entry(&section.id, section.title);
                rules.children = entries.rules.iter().map(|(id, title)| entry(id, title)).collect();
                toc.push(rules);
            }
            _ => toc.push(entry(&section.id, section.title)),
        }
    }
    if toc.len() > 3 {
        toc
    } else {
        Vec::new()
    }
}
