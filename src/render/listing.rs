//! Pages that list documents: the home page's groups, the register (`/registre/` and
//! `/registre.csv`) and the engagement matrix (`/engagements/`).

use std::hash::{DefaultHasher, Hash, Hasher};

use serde::Serialize;

use super::view::{review_state, DocumentHead, ReviewView};
use crate::model::address::Selection;
use crate::model::diff::ModelChanges;
use crate::model::document::{Document, ReviewState};
use crate::model::SiteModel;
use crate::schema::date::Date;
use crate::schema::document::{Audience, Status};

#[derive(Serialize)]
pub struct AudienceGroup<'a> {
    pub id: &'static str,
    pub label: &'static str,
    pub documents: Vec<DocumentHead<'a>>,
}

/// Documents grouped by audience, the public ones first.
pub fn audience_groups<'a>(documents: &[&'a Document]) -> Vec<AudienceGroup<'a>> {
    [
        (Audience::Public, "documents-publics", "Documents publics"),
        (Audience::Internal, "documents-internes", "Documents internes (agents)"),
    ]
    .into_iter()
    .map(|(audience, id, label)| AudienceGroup {
        id,
        label,
        documents: documents.iter().filter(|d| d.audience() == audience).map(|d| DocumentHead::new(d)).collect(),
    })
    .filter(|g| !g.documents.is_empty())
    .collect()
}

/// One row of the register.
#[derive(Serialize)]
pub struct RegisterRow<'a> {
    #[serde(flatten)]
    pub head: DocumentHead<'a>,
    pub validated_by: Option<&'a str>,
    pub validated_on: Option<String>,
    pub validated_on_iso: Option<String>,
    pub review: Option<ReviewView>,
}

/// How many documents are in each state, for the top of the register.
#[derive(Serialize, Default)]
pub struct RegisterCounts {
    pub documents: usize,
    pub validated: usize,
    pub review: usize,
    pub draft: usize,
    pub archived: usize,
    pub overdue: usize,
    pub due_soon: usize,
}

impl<'a> RegisterRow<'a> {
    pub fn new(doc: &'a Document, model: &SiteModel, today: Date) -> RegisterRow<'a> {
        let validated = doc.fields.approval.as_ref().and_then(|a| a.validated_by.as_ref());
        RegisterRow {
            head: DocumentHead::new(doc),
            validated_by: validated.map(|p| p.name.as_str()),
            validated_on: validated.map(|p| p.date.french()),
            validated_on_iso: validated.map(|p| p.date.iso()),
            review: review_state(doc, model, today),
        }
    }
}

/// A fingerprint of everything the pages that list documents show of `doc`: they need
/// rendering again only when the fingerprint of one of their documents changes.
pub fn fingerprint(doc: &Document, model: &SiteModel, today: Date) -> u64 {
    let engagements: Vec<&str> = doc.fields.engagements.iter().map(|n| n.as_str()).collect();
    // The feed shows each version: its note, its date, whether it has a text.
    let versions: Vec<(&str, String, &str, bool)> = model
        .versions
        .line(doc)
        .iter()
        .map(|v| (v.version.as_str(), v.date.iso(), v.changes.as_str(), v.text.is_some()))
        .collect();
    let shown =
        (RegisterRow::new(doc, model, today), doc.audience().as_str(), engagements, doc.changes.as_ref(), versions);
    let mut hasher = DefaultHasher::new();
    serde_json::to_vec(&shown).unwrap_or_default().hash(&mut hasher);
    hasher.finish()
}

pub fn register<'a>(
    documents: &[&'a Document],
    model: &SiteModel,
    today: Date,
) -> (Vec<RegisterRow<'a>>, RegisterCounts) {
    let mut counts = RegisterCounts { documents: documents.len(), ..RegisterCounts::default() };
    let rows: Vec<RegisterRow> = documents
        .iter()
        .map(|doc| {
            let row = RegisterRow::new(doc, model, today);
            match doc.status() {
                Status::Validated => counts.validated += 1,
                Status::Review => counts.review += 1,
                Status::Draft => counts.draft += 1,
                Status::Archived => counts.archived += 1,
            }
            match doc.review_state(&model.site.review, today).map(|(_, state)| state) {
                Some(ReviewState::Overdue) => counts.overdue += 1,
                Some(ReviewState::DueSoon) => counts.due_soon += 1,
                _ => {}
            }
            row
        })
        .collect();
    (rows, counts)
}

/// The register as CSV for French spreadsheets: UTF-8 with a byte-order mark, `;`-separated,
/// fields quoted when they need it, dates as YYYY-MM-DD.
pub fn register_csv(rows: &[RegisterRow], base_url: &str) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
        "Titre",
        "Adresse",
        "Type",
        "Destinataires",
        "Version",
        "Statut",
        "Validé par",
        "Validé le",
        "Dernière revue",
        "Prochaine revue",
        "État de la revue",
    ];
    push_csv_line(&mut out, header.iter().copied());
    for row in rows {
        let head = &row.head;
        let url = format!("{}/{}", base_url.trim_end_matches('/'), head.url);
        let review = row.review.as_ref();
        push_csv_line(
            &mut out,
            [
                head.title,
                &url,
                head.kind_label,
                head.audience_label,
                head.version.unwrap_or(""),
                head.status.status_label,
                row.validated_by.unwrap_or(""),
                row.validated_on_iso.as_deref().unwrap_or(""),
                review.and_then(|r| r.last_iso.as_deref()).unwrap_or(""),
                review.map(|r| r.due_iso.as_str()).unwrap_or(""),
                review.map(|r| r.state_label).unwrap_or("sans objet"),
            ],
        );
    }
    out
}

/// One line of CSV. A cell that a spreadsheet would read as a formula (it starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) is prefixed with `'`, as OWASP advises, so that a title
/// cannot run a formula on the quality officer's machine.
fn push_csv_line<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        let defused;
        let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            defused = format!("'{field}");
            defused.as_str()
        } else {
            field
        };
        if field.contains([';', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// One engagement of the referential and the documents that answer it.
#[derive(Serialize)]
pub struct EngagementRow<'a> {
    pub number: &'a str,
    pub text: &'a str,
    pub documents: Vec<DocumentHead<'a>>,
}

pub fn engagement_matrix<'a>(documents: &[&'a Document], model: &'a SiteModel) -> Vec<EngagementRow<'a>> {
    model
        .referential
        .engagements
        .iter()
        .map(|e| EngagementRow {
            number: &e.number,
            text: &e.text,
            documents: documents
                .iter()
                .filter(|d| d.fields.engagements.iter().any(|n| n.as_str() == e.number))
                .map(|d| DocumentHead::new(d))
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let mut out = String::new();
        push_csv_line(&mut out, ["a", "b;c", "d\"e", ""]);
        assert_eq!(out, "a;\"b;c\";\"d\"\"e\";\r\n");
        let mut out = String::new();
        push_csv_line(&mut out, ["=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "2025-01-01"]);
        assert_eq!(out, "\"'=HYPERLINK(\"\"x\"\")\";'+1;'-1;'@SUM(A1);'\tx;2025-01-01\r\n");
    }
}

/// A document that departs from its model, for the register.
#[derive(Serialize)]
pub struct ForkView<'a> {
    pub url: String,
    pub title: &'a str,
    pub changes: &'a ModelChanges,
}

/// The documents made from a model, with what they changed.
pub fn forks<'a>(documents: &[&'a Document]) -> Vec<ForkView<'a>> {
    documents
        .iter()
        .filter_map(|d| d.changes.as_ref().map(|changes| ForkView { url: d.url_path(), title: &d.title, changes }))
        .collect()
}

/// A redline, as the register lists it among the latest changes.
#[derive(Serialize)]
pub struct ChangeView<'a> {
    pub title: &'a str,
    pub url: String,
    pub older: &'a str,
    pub newer: &'a str,
    pub date: String,
    pub date_iso: String,
}

/// Every redline of `documents` whose two versions the build publishes, newest first.
pub fn latest_changes<'a>(
    documents: &[&'a Document],
    model: &'a SiteModel,
    selection: Selection,
) -> Vec<ChangeView<'a>> {
    let mut changes: Vec<(Date, ChangeView)> = documents
        .iter()
        .flat_map(|doc| {
            model.versions.line(doc).into_iter().filter_map(move |entry| {
                let redline = entry.redline?;
                let published = model.publishes(redline.older, selection) && model.publishes(redline.newer, selection);
                let older = redline.older.earlier.as_ref()?;
                published.then(|| {
                    let view = ChangeView {
                        title: &doc.title,
                        url: format!("{}/", redline.slug),
                        older: &older.version,
                        newer: entry.version,
                        date: entry.date.french(),
                        date_iso: entry.date.iso(),
                    };
                    (entry.date, view)
                })
            })
        })
        .collect();
    changes.sort_by_key(|c| std::cmp::Reverse(c.0));
    changes.into_iter().map(|(_, view)| view).collect()
}
