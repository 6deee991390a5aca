//! Pages that list documents: the home page's groups, the register (`/registre/` and
//! `/registre.csv`) and the engagement matrix (`/engagements/`).

use std::hash::{DefaultHasher, Hash, Hasher};

use serde::Serialize;

use super::view::{review_state, DocumentHead, ReviewView};
use crate::model::address::Selection;
use crate::model::diff::ModelChanges;
use crate::model::document::{Document, ReviewState};
use crate::model::update::{pin_state, ModelRedline, PinState};
use crate::model::SiteModel;
use crate::schema::date::Date;
use crate::schema::document::{Audience, Person, Status};

#[derive(Serialize)]
pub struct AudienceGroup<'a> {
    pub id: &'static str,
    pub label: &'static str,
    pub documents: Vec<Card<'a>>,
}

/// A document as the home page and the site map list it: its head and its review state.
#[derive(Serialize)]
pub struct Card<'a> {
    #[serde(flatten)]
    pub head: DocumentHead<'a>,
    pub review: Option<ReviewView>,
}

/// `documents` in the order the site lists them ([`Document::list_order`]).
pub fn in_list_order<'a>(documents: &[&'a Document]) -> Vec<&'a Document> {
    let mut sorted = documents.to_vec();
    sorted.sort_by(|a, b| a.list_order().cmp(&b.list_order()));
    sorted
}

/// Documents grouped by audience, the public ones first, each group in list order.
pub fn audience_groups<'a>(documents: &[&'a Document], model: &SiteModel, today: Date) -> Vec<AudienceGroup<'a>> {
    let sorted = in_list_order(documents);
    [
        (Audience::Public, "documents-publics", "Documents publics"),
        (Audience::Internal, "documents-internes", "Documents internes (agents)"),
    ]
    .into_iter()
    .map(|(audience, id, label)| AudienceGroup {
        id,
        label,
        documents: sorted
            .iter()
            .filter(|d| d.audience() == audience)
            .map(|d| Card { head: DocumentHead::new(d), review: review_state(d, model, today) })
            .collect(),
    })
    .filter(|g| !g.documents.is_empty())
    .collect()
}

/// One row of the register.
#[derive(Serialize)]
pub struct RegisterRow<'a> {
    #[serde(flatten)]
    pub head: DocumentHead<'a>,
    pub verified: Option<Signature<'a>>,
    pub validated: Option<Signature<'a>>,
    pub review: Option<ReviewView>,
}

/// Who checked or validated a document, and when.
#[derive(Serialize)]
pub struct Signature<'a> {
    pub name: &'a str,
    pub date: String,
    pub date_iso: String,
}

impl<'a> Signature<'a> {
    fn new(person: &'a Person) -> Signature<'a> {
        Signature { name: &person.name, date: person.date.french(), date_iso: person.date.iso() }
    }
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
        let approval = doc.fields.approval.as_ref();
        RegisterRow {
            head: DocumentHead::new(doc),
            verified: approval.and_then(|a| a.verified_by.as_ref()).map(Signature::new),
            validated: approval.and_then(|a| a.validated_by.as_ref()).map(Signature::new),
            review: review_state(doc, model, today),
        }
    }
}

/// Rows of the register that call for the same action: the overdue reviews first, then the
/// reviews due soon, then the other documents.
#[derive(Serialize)]
pub struct RegisterGroup<'a> {
    /// The anchor the counters link to.
    pub id: &'static str,
    pub label: &'static str,
    pub rows: Vec<RegisterRow<'a>>,
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
    let shown = (
        RegisterRow::new(doc, model, today),
        doc.audience().as_str(),
        doc.list_order(),
        engagements,
        doc.changes.as_ref(),
        versions,
        // The register says where a fork stands against its model's newest version.
        doc.fields.extends.as_deref().map(String::as_str),
    );
    let mut hasher = DefaultHasher::new();
    serde_json::to_vec(&shown).unwrap_or_default().hash(&mut hasher);
    hasher.finish()
}

/// The register's rows in groups (the most overdue review first, then the soonest due, then
/// the other documents in list order) and its counts.
pub fn register<'a>(
    documents: &[&'a Document],
    model: &SiteModel,
    today: Date,
) -> (Vec<RegisterGroup<'a>>, RegisterCounts) {
    let mut counts = RegisterCounts { documents: documents.len(), ..RegisterCounts::default() };
    let mut groups = [
        RegisterGroup { id: "revues-en-retard", label: "Revues en retard", rows: Vec::new() },
        RegisterGroup { id: "revues-bientot", label: "Revues à faire bientôt", rows: Vec::new() },
        RegisterGroup { id: "autres-documents", label: "Autres documents", rows: Vec::new() },
    ];
    for doc in in_list_order(documents) {
        match doc.status() {
            Status::Validated => counts.validated += 1,
            Status::Review => counts.review += 1,
            Status::Draft => counts.draft += 1,
            Status::Archived => counts.archived += 1,
        }
        let group = match doc.review_state(&model.site.review, today).map(|(_, state)| state) {
            Some(ReviewState::Overdue) => {
                counts.overdue += 1;
                0
            }
            Some(ReviewState::DueSoon) => {
                counts.due_soon += 1;
                1
            }
            _ => 2,
        };
        groups[group].rows.push(RegisterRow::new(doc, model, today));
    }
    // The most urgent first: the earliest due date (stable, so list order otherwise).
    for group in &mut groups[..2] {
        group.rows.sort_by(|a, b| {
            let due = |r: &RegisterRow| r.review.as_ref().map(|r| r.due_iso.clone());
            due(a).cmp(&due(b))
        });
    }
    (groups.into_iter().filter(|g| !g.rows.is_empty()).collect(), counts)
}

/// The register as CSV for French spreadsheets: UTF-8 with a byte-order mark, `;`-separated,
/// fields quoted when they need it, dates as YYYY-MM-DD, rows in the page's order.
pub fn register_csv(groups: &[RegisterGroup], base_url: &str) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
        "Titre",
        "Adresse",
        "Type",
        "Destinataires",
        "Version",
        "Statut",
        "Vérifié par",
        "Vérifié le",
        "Validé par",
        "Validé le",
        "Dernière revue",
        "Prochaine revue",
        "État de la revue",
        "Jours de retard",
    ];
    push_csv_line(&mut out, header.iter().copied());
    for row in groups.iter().flat_map(|g| &g.rows) {
        let head = &row.head;
        let url = format!("{}/{}", base_url.trim_end_matches('/'), head.url);
        let review = row.review.as_ref();
        let late = review.and_then(|r| r.days_late).map(|d| d.to_string()).unwrap_or_default();
        push_csv_line(
            &mut out,
            [
                head.title,
                &url,
                head.kind_label,
                head.audience_label,
                head.version.unwrap_or(""),
                head.status.status_label,
                row.verified.as_ref().map(|s| s.name).unwrap_or(""),
                row.verified.as_ref().map(|s| s.date_iso.as_str()).unwrap_or(""),
                row.validated.as_ref().map(|s| s.name).unwrap_or(""),
                row.validated.as_ref().map(|s| s.date_iso.as_str()).unwrap_or(""),
                review.and_then(|r| r.last_iso.as_deref()).unwrap_or(""),
                review.map(|r| r.due_iso.as_str()).unwrap_or(""),
                review.map(|r| r.state_label).unwrap_or("sans objet"),
                &late,
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

/// An engagement of the referential, a column of the matrix: how many documents answer it.
#[derive(Serialize)]
pub struct EngagementColumn<'a> {
    pub number: &'a str,
    /// The anchor of its entry in the list of engagements.
    pub id: String,
    pub text: &'a str,
    /// The documents of the build that answer it.
    pub published: usize,
    /// The documents this build leaves out (the internal ones of a public build) that answer
    /// it: counted, never named.
    pub unpublished: usize,
}

/// A document that answers at least one engagement, a row of the matrix.
#[derive(Serialize)]
pub struct MatrixRow<'a> {
    #[serde(flatten)]
    pub head: DocumentHead<'a>,
    pub review: Option<ReviewView>,
    /// Whether it answers each engagement, in the columns' order.
    pub answers: Vec<Answer<'a>>,
}

/// A cell of the matrix: whether a document answers the engagement `number`.
#[derive(Serialize)]
pub struct Answer<'a> {
    pub number: &'a str,
    pub yes: bool,
}

/// The engagement matrix: engagements in columns, the documents that answer them in rows.
#[derive(Serialize)]
pub struct EngagementMatrix<'a> {
    pub engagements: Vec<EngagementColumn<'a>>,
    pub rows: Vec<MatrixRow<'a>>,
    /// How many documents of the build answer no engagement.
    pub answering_none: usize,
    /// Whether the build leaves documents out (then the matrix counts their answers).
    pub has_unpublished: bool,
}

/// The matrix of `documents` (the build's), with the answers of the current documents the
/// build leaves out counted.
pub fn engagement_matrix<'a>(
    documents: &[&'a Document],
    model: &'a SiteModel,
    today: Date,
    selection: Selection,
) -> EngagementMatrix<'a> {
    let answers = |doc: &Document, number: &str| doc.fields.engagements.iter().any(|n| n.as_str() == number);
    let unpublished: Vec<&Document> =
        model.documents.iter().map(|d| &**d).filter(|d| d.is_current() && !model.publishes(d, selection)).collect();
    let engagements: Vec<EngagementColumn> = model
        .referential
        .engagements
        .iter()
        .map(|e| EngagementColumn {
            number: &e.number,
            id: format!("engagement-{}", e.number.replace(|c: char| !c.is_ascii_alphanumeric(), "-")),
            text: &e.text,
            published: documents.iter().filter(|d| answers(d, &e.number)).count(),
            unpublished: unpublished.iter().filter(|d| answers(d, &e.number)).count(),
        })
        .collect();
    let mut answering_none = 0;
    let rows = in_list_order(documents)
        .into_iter()
        .filter_map(|doc| {
            let row: Vec<Answer> =
                engagements.iter().map(|e| Answer { number: e.number, yes: answers(doc, e.number) }).collect();
            if !row.iter().any(|a| a.yes) {
                answering_none += 1;
                return None;
            }
            Some(MatrixRow { head: DocumentHead::new(doc), review: review_state(doc, model, today), answers: row })
        })
        .collect();
    EngagementMatrix { engagements, rows, answering_none, has_unpublished: !unpublished.is_empty() }
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
    /// Whether the document or its model has rules to compare.
    pub has_rules: bool,
    pub pin: Option<PinView>,
}

/// The documents made from a model, with what they changed and, for a library model, where
/// they stand against its newest version.
pub fn forks<'a>(documents: &[&'a Document], model: &SiteModel) -> Vec<ForkView<'a>> {
    documents
        .iter()
        .filter_map(|d| {
            d.changes.as_ref().map(|changes| ForkView {
                url: d.url_path(),
                title: &d.title,
                changes,
                has_rules: !d.rules.is_empty() || !changes.removed.is_empty(),
                pin: pin_state(d, &model.built_in.models).map(PinView::new),
            })
        })
        .collect()
}

/// Where a fork of a library model stands, as the register says it.
#[derive(Serialize)]
pub struct PinView {
    pub model: String,
    /// The version it is made from, when it pins one.
    pub pinned: Option<String>,
    pub newest: String,
    /// `up-to-date`, `update-available`, `to-review` (the fork changes what the newer version
    /// changes too) or `unpinned`.
    pub state: &'static str,
    /// The address of the page of the model's changes from the pinned version to the newest,
    /// when the fork is behind.
    pub redline: Option<String>,
}

impl PinView {
    fn new(state: PinState) -> PinView {
        match state {
            PinState::Unpinned { model, newest } => {
                PinView { model, pinned: None, newest, state: "unpinned", redline: None }
            }
            PinState::UpToDate { model, pinned } => {
                PinView { model, newest: pinned.clone(), pinned: Some(pinned), state: "up-to-date", redline: None }
            }
            PinState::Behind(plan) => PinView {
                state: if plan.needs_review() { "to-review" } else { "update-available" },
                redline: ModelRedline::url(&plan.model, &plan.pinned, &plan.newest),
                model: plan.model,
                pinned: Some(plan.pinned),
                newest: plan.newest,
            },
        }
    }
}

/// The pages of the models' changes the register links to, one per model and pinned version
/// some fork is behind on: address and comparison.
pub fn model_redlines(forks: &[ForkView], model: &SiteModel) -> Vec<(String, ModelRedline)> {
    let mut seen = std::collections::BTreeMap::new();
    for pin in forks.iter().filter_map(|f| f.pin.as_ref()) {
        if let (Some(url), Some(pinned)) = (&pin.redline, &pin.pinned) {
            seen.entry(url.clone()).or_insert_with(|| (pin.model.clone(), pinned.clone()));
        }
    }
    seen.into_iter()
        .filter_map(|(url, (name, pinned))| {
            ModelRedline::new(&name, &pinned, &model.built_in.models, &model.site).map(|redline| (url, redline))
        })
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
