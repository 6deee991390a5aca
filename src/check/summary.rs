//! What `charte check` reports besides the diagnostics: a one-screen summary, as text for people
//! (coloured on a terminal unless `NO_COLOR` is set), and the whole report as one JSON object
//! for tools.

use std::fmt::Write;

use serde::Serialize;

use crate::model::document::ReviewState;
use crate::model::SiteModel;
use crate::schema::date::Date;
use crate::schema::document::Status;
use crate::source::{paint, Diagnostic, JsonDiagnostic, Severity};
use crate::tr;

#[derive(Serialize, Default)]
pub struct ByStatus {
    pub draft: usize,
    pub review: usize,
    pub validated: usize,
    pub archived: usize,
}

/// A document whose review is overdue or due soon.
#[derive(Serialize)]
pub struct ReviewItem {
    pub document: String,
    pub title: String,
    pub due: String,
}

#[derive(Serialize, Default)]
pub struct Reviews {
    pub overdue: Vec<ReviewItem>,
    pub due_soon: Vec<ReviewItem>,
}

#[derive(Serialize)]
pub struct Summary {
    pub today: String,
    pub documents: usize,
    pub by_status: ByStatus,
    pub errors: usize,
    pub warnings: usize,
    pub notices: usize,
    pub reviews: Reviews,
}

impl Summary {
    pub fn new(model: Option<&SiteModel>, diagnostics: &[Diagnostic], today: Date) -> Summary {
        let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
        let mut by_status = ByStatus::default();
        let mut reviews = Reviews::default();
        let all = model.map(|m| m.documents.as_slice()).unwrap_or(&[]);
        let documents: Vec<_> = all.iter().filter(|d| d.is_current()).collect();
        for doc in &documents {
            match doc.status() {
                Status::Draft => by_status.draft += 1,
                Status::Review => by_status.review += 1,
                Status::Validated => by_status.validated += 1,
                Status::Archived => by_status.archived += 1,
            }
            let Some(model) = model else { continue };
            if let Some((due, state)) = doc.review_state(&model.site.review, today) {
                let item = || ReviewItem { document: doc.slug.clone(), title: doc.title.to_string(), due: due.iso() };
                match state {
                    ReviewState::Overdue => reviews.overdue.push(item()),
                    ReviewState::DueSoon => reviews.due_soon.push(item()),
                    ReviewState::UpToDate => {}
                }
            }
        }
        Summary {
            today: today.iso(),
            documents: documents.len(),
            by_status,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            notices: count(Severity::Notice),
            reviews,
        }
    }

    /// The summary for people, a few lines at most.
    pub fn text(&self, color: bool) -> String {
        let b = &self.by_status;
        let mut out = String::new();
        let _ = writeln!(out, "{}", paint(color, "1", &tr!("summary-title", today = self.today)));
        let documents = tr!(
            "summary-documents",
            documents = self.documents,
            validated = b.validated,
            review = b.review,
            draft = b.draft,
            archived = b.archived
        );
        let _ = writeln!(out, "  {documents}");
        let counts = tr!("summary-diagnostics", errors = self.errors, warnings = self.warnings, notices = self.notices);
        let _ = writeln!(out, "  {counts}");
        let reviews = tr!("summary-reviews", overdue = self.reviews.overdue.len(), soon = self.reviews.due_soon.len());
        let _ = writeln!(out, "  {reviews}");
        for item in &self.reviews.overdue {
            let line = tr!("summary-overdue", title = item.title, document = item.document, due = item.due);
            let _ = writeln!(out, "    {line}");
        }
        for item in &self.reviews.due_soon {
            let line = tr!("summary-due-soon", title = item.title, document = item.document, due = item.due);
            let _ = writeln!(out, "    {line}");
        }
        out
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    diagnostics: Vec<JsonDiagnostic<'a>>,
    summary: &'a Summary,
}

/// The report as one JSON object: `{ "diagnostics": [...], "summary": {...} }`.
pub fn json(diagnostics: &[Diagnostic], summary: &Summary) -> String {
    let report = JsonReport { diagnostics: diagnostics.iter().map(Diagnostic::json).collect(), summary };
    serde_json::to_string_pretty(&report).expect("the report serialises")
}
