//! What a document's template sees as `doc`: its fields with Markdown rendered, dates in French,
//! its sections in page order with their anchors, its table of contents, its review state.

use std::borrow::Cow;

use serde::Serialize;

use crate::model::document::{Document, ModelCredit, ReviewState};
use crate::model::SiteModel;
use crate::schema::date::Date;
use crate::schema::document::Status;
use crate::schema::model_ref::ModelRef;

#[derive(Serialize)]
pub struct Crumb<'a> {
    pub label: Cow<'a, str>,
    /// Site-relative address, when the crumb is a link.
    pub url: Option<String>,
    pub is_link: bool,
}

#[derive(Serialize)]
pub struct ApprovalStep<'a> {
    /// The step in words, and as a stable code (`drafted`, `verified`, `validated`).
    pub step: &'static str,
    pub code: &'static str,
    pub name: &'a str,
    pub role: &'a str,
    pub date: String,
    pub date_iso: String,
}

/// When the next review is due, and whether it is late, in words.
#[derive(Serialize, Clone)]
pub struct ReviewView {
    pub last: Option<String>,
    pub last_iso: Option<String>,
    pub due: String,
    pub due_iso: String,
    pub state: &'static str,
    pub state_label: &'static str,
    pub state_symbol: &'static str,
    /// How many days late the review is, when it is.
    pub days_late: Option<i64>,
}

/// The review state of a document on `today`, for templates: `None` for archived documents
/// and for documents neither reviewed nor validated.
pub fn review_state(doc: &Document, model: &SiteModel, today: Date) -> Option<ReviewView> {
    let (due, state) = doc.review_state(&model.site.review, today)?;
    let last = doc.fields.review.as_ref().and_then(|r| r.last.as_deref());
    Some(ReviewView {
        last: last.map(Date::french),
        last_iso: last.map(Date::iso),
        due: due.french(),
        due_iso: due.iso(),
        state: state.as_str(),
        state_label: state.label(),
        state_symbol: state.symbol(),
        days_late: (state == ReviewState::Overdue).then(|| due.days_until(today)),
    })
}

#[derive(Serialize)]
pub struct VersionView<'a> {
    pub version: &'a str,
    /// The anchor of its row: `version-2-1`.
    pub anchor: String,
    /// The date it came into force.
    pub date: String,
    pub date_iso: String,
    pub changes_html: String,
    /// The site-relative address of its text, when it has one.
    pub url: Option<String>,
    /// Whether it is the text this page shows.
    pub is_this_page: bool,
    /// Whether it is the version in force.
    pub is_current: bool,
    /// The redline from the previous version with a text: its address and that version.
    pub redline_url: Option<String>,
    pub redline_from: Option<&'a str>,
}

/// What the page of an earlier version says at its top.
#[derive(Serialize)]
pub struct ArchiveView<'a> {
    pub version: &'a str,
    /// The version that replaced it, and since when.
    pub replaced_by: Option<&'a str>,
    pub replaced_on: Option<String>,
    pub replaced_on_iso: Option<String>,
    /// The current text's site-relative address and version.
    pub current_url: String,
    pub current_version: Option<&'a str>,
    /// Whether this text is still the one in force: the version that follows it is a draft.
    pub still_in_force: bool,
}

#[derive(Serialize)]
pub struct RuleView<'a> {
    pub id: &'a str,
    pub number: usize,
    pub title: &'a str,
    pub body_html: String,
}

#[derive(Serialize)]
pub struct FaqView<'a> {
    pub id: String,
    pub question: &'a str,
    pub answer_html: String,
}

#[derive(Serialize)]
pub struct TermView<'a> {
    pub id: String,
    pub term: &'a str,
    pub abbr: Option<&'a str>,
    /// The term's language, when not the site's.
    pub lang: Option<&'a str>,
    pub aliases: Vec<AliasView<'a>>,
    pub definition_html: String,
}

/// Another name of a term, in its language when the author marked it (`[Like]{lang=en}`).
#[derive(Serialize)]
pub struct AliasView<'a> {
    pub name: &'a str,
    pub lang: Option<&'a str>,
}

#[derive(Serialize)]
pub struct TermGroupView<'a> {
    pub id: String,
    pub name: &'a str,
    pub terms: Vec<TermView<'a>>,
}

#[derive(Serialize)]
pub struct EngagementView<'a> {
    pub number: &'a str,
    pub text: &'a str,
    pub module: Option<&'a str>,
}

#[derive(Serialize)]
pub struct CartoucheView<'a> {
    pub reference: Option<&'a str>,
    pub service: Option<&'a str>,
    pub diffusion: Vec<&'a str>,
    pub storage: Option<&'a str>,
}

#[derive(Serialize)]
pub struct TocEntry {
    pub id: String,
    pub text: String,
    pub children: Vec<TocEntry>,
}

/// A section of a document's page, in page order: its name (`rules`, `faq`…: which partial
/// shows it), the anchor of its heading and the heading's text.
#[derive(Serialize)]
pub struct SectionView {
    pub name: crate::schema::kind::Section,
    pub id: String,
    pub title: &'static str,
}

/// A status as templates show it: `status` (the code, for styles), `status_label` (in words) and
/// `status_symbol` (repeating it for readers who do not see colour).
#[derive(Serialize, Clone, Copy)]
pub struct StatusWords {
    pub status: &'static str,
    pub status_label: &'static str,
    pub status_symbol: &'static str,
}

impl StatusWords {
    pub fn new(status: Status) -> StatusWords {
        StatusWords { status: status.as_str(), status_label: status.label(), status_symbol: status.symbol() }
    }
}

/// What every page that shows a document shows of it: its address, title, kind, audience,
/// summary, version and status.
#[derive(Serialize)]
pub struct DocumentHead<'a> {
    pub url: String,
    pub title: &'a str,
    pub kind_label: &'static str,
    pub audience_label: &'static str,
    pub summary: Option<&'a str>,
    pub version: Option<&'a str>,
    #[serde(flatten)]
    pub status: StatusWords,
}

impl<'a> DocumentHead<'a> {
    pub fn new(doc: &'a Document) -> DocumentHead<'a> {
        DocumentHead {
            url: doc.url_path(),
            title: &doc.title,
            kind_label: doc.kind().label(),
            audience_label: doc.audience().label(),
            summary: doc.fields.summary.as_deref().map(String::as_str),
            version: doc.fields.version.as_deref().map(String::as_str),
            status: StatusWords::new(doc.status()),
        }
    }
}

#[derive(Serialize)]
pub struct DocumentView<'a> {
    #[serde(flatten)]
    pub head: DocumentHead<'a>,
    pub slug: &'a str,
    pub kind: &'static str,
    pub is_project: bool,
    pub audience: &'static str,
    pub in_force_since: Option<String>,
    pub in_force_since_iso: Option<String>,
    pub review: Option<ReviewView>,
    pub approval: Vec<ApprovalStep<'a>>,
    /// The document's versions, newest first, with their texts and redlines.
    pub versions: Vec<VersionView<'a>>,
    /// For the text of an earlier version: what replaced it.
    pub archive: Option<ArchiveView<'a>>,
    pub engagements: Vec<EngagementView<'a>>,
    pub rules: Vec<RuleView<'a>>,
    pub faq: Vec<FaqView<'a>>,
    pub term_groups: Vec<TermGroupView<'a>>,
    pub body_html: String,
    /// The sections the page shows, in order (those with nothing to show left out).
    pub sections: Vec<SectionView>,
    pub toc: Vec<TocEntry>,
    pub cartouche: Option<CartoucheView<'a>>,
    pub breadcrumb: Vec<Crumb<'a>>,
    /// The model the document was made from, credited on the page.
    pub model: Option<ModelView<'a>>,
    /// Where its file is shown as written and offered for download, when this build publishes
    /// it.
    pub source: Option<SourceView>,
}

/// A document's source page and file, relative to the site.
#[derive(Serialize, Clone, Debug)]
pub struct SourceView {
    /// `chartes/moderation/source/`
    pub page: String,
    /// `chartes/moderation/source/moderation.md`
    pub file: String,
    /// `moderation.md`
    pub file_name: String,
}

#[derive(Serialize)]
pub struct ModelView<'a> {
    pub name: &'a str,
    /// The version the document is made from, when it pins one.
    pub version: Option<&'a str>,
    /// What a document writes in `extends` to start from this model today: a built-in model
    /// pinned at its newest version (`@etat-moderation@2.0`).
    pub pinned: String,
    pub title: &'a str,
    pub url: Option<&'a str>,
    pub built_in: bool,
}

impl<'a> ModelView<'a> {
    pub fn new(credit: &'a ModelCredit) -> ModelView<'a> {
        ModelView {
            name: &credit.name,
            version: credit.version.as_deref(),
            pinned: credit
                .name
                .strip_prefix('@')
                .and_then(|name| crate::load::builtin::models().versions(name).first().copied())
                .map_or_else(|| credit.name.clone(), |newest| ModelRef::pinned(&credit.name, newest)),
            title: &credit.title,
            url: credit.url.as_deref(),
            built_in: credit.name.starts_with('@'),
        }
    }
}

/// The page that shows what changed from one version of a document to the next.
#[derive(Serialize)]
pub struct RedlineView<'a> {
    /// Where it is published, relative to the site (`chartes/moderation/v1.1-2.0/`).
    pub url: String,
    pub title: &'a str,
    pub older: &'a str,
    pub newer: &'a str,
    pub older_url: String,
    pub newer_url: String,
    /// The current text's address.
    pub current_url: String,
    /// When the newer version came into force, and its change note.
    pub date: String,
    pub date_iso: String,
    pub changes_html: String,
    /// For the changes of a model (which has no pages, so no text to link to): its reference,
    /// `@etat-moderation`.
    pub model: Option<&'a str>,
    #[serde(flatten)]
    pub comparison: crate::model::redline::Comparison,
}
