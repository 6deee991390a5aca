//! A document of the site, once its model is merged in and its variables replaced: its kind,
//! title and rules, where each of its texts comes from, its review state.

use std::sync::Arc;

use crate::schema::date::Date;
use crate::schema::document::{Audience, Body, FaqEntry, Fields, Status, Term};
use crate::schema::kind::{Kind, Section};
use crate::schema::site::ReviewDefaults;
use crate::schema::Text;
use crate::source::{line_column, SourceFile};

/// A numbered rule with a stable anchor, once the model's rules and the document's are merged.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: Text,
    pub title: Text,
    /// Markdown.
    pub body: Text,
}

/// The model a document was made from, for the credit on its page.
#[derive(Debug, Clone)]
pub struct ModelCredit {
    /// As written in `extends`, without the version: `@etat-moderation` or `chartes/moderation`.
    pub name: String,
    /// The version of the model the document is made from, when `extends` pins one.
    pub version: Option<String>,
    pub title: String,
    /// The model's address on the site, for a model that is a document of the site.
    pub url: Option<String>,
}

/// A document of the site, ready to be checked and rendered.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to `content/`, with `/` separators, without extension: `chartes/moderation`.
    pub slug: String,
    /// The source file (path relative to the site root, and text), for messages.
    pub file: Arc<SourceFile>,
    /// Shared with the document as read while nothing in them changes (no model, no variable).
    pub fields: Arc<Fields>,
    /// The Markdown body.
    pub body: Body,
    /// Where the body starts in the file (bytes): after the front matter of a Markdown file,
    /// `None` for a YAML document, whose body is its `body` field.
    pub body_offset: Option<usize>,
    /// The body came from the model.
    pub body_inherited: bool,
    pub kind: Kind,
    pub title: Text,
    /// The rules, the model's merged with the document's.
    pub rules: Vec<Rule>,
    pub model: Option<ModelCredit>,
    /// How the document departs from its model.
    pub changes: Option<super::diff::ModelChanges>,
    /// The texts as written, before their variables were replaced (only those that had some),
    /// so that checks of the writing look at what the author wrote.
    pub originals: Vec<Text>,
    /// The body as written, when it had variables.
    pub original_body: Option<Body>,
    /// The files of its models, nearest first: what the page depends on besides its own file.
    pub model_files: Vec<Arc<SourceFile>>,
    /// For the text of an earlier version: which document and which version.
    pub earlier: Option<Earlier>,
    /// The files of its other versions (of the current document, for an earlier version's
    /// banner; of the earlier versions, for the current document's redlines): its page depends
    /// on them too.
    pub version_files: Vec<Arc<SourceFile>>,
}

/// What an earlier version's file name says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Earlier {
    /// The current document's slug.
    pub of: String,
    /// The version, as its file name gives it (`1.1` for `moderation@1.1.md`).
    pub version: String,
}

/// Where a text that diagnostics point into comes from.
#[derive(Clone, Copy)]
pub enum Origin<'a> {
    Body,
    Field(&'a Text),
}

/// The file name of a procedure sheet's print stylesheet ([`Document::print_stylesheet`]).
pub const PRINT_STYLESHEET: &str = "impression.css";

/// Where to write a document's JSON, beside its page.
pub const JSON_FILE: &str = "index.json";

/// The folder, under a document's own, of the page that shows its file as written and of the
/// file itself: `chartes/moderation/source/moderation.md`.
pub const SOURCE_FOLDER: &str = "source";

impl Document {
    /// `text` as the author wrote it, before variables were replaced.
    pub fn original<'a>(&'a self, text: &'a Text) -> &'a str {
        self.originals.iter().find(|o| o.span() == text.span()).map_or(text.as_str(), |o| o.as_str())
    }

    /// The body as the author wrote it.
    pub fn original_body(&self) -> &str {
        self.original_body.as_deref().unwrap_or(&self.body)
    }

    /// Line and column of the byte `offset` of the body as written (before variables).
    pub fn locate_in_original_body(&self, offset: usize, needle: &str) -> (usize, usize) {
        match (self.body_offset, &self.fields.body) {
            (Some(body_offset), _) => self.file.line_column(body_offset + offset),
            (None, Some(body)) => self.file.locate(body, self.original_body(), offset, needle),
            (None, None) => (1, 1),
        }
    }

    /// Whether a text came from the model rather than from this document's file: it is checked
    /// where it is written, not here.
    pub fn is_inherited(&self, origin: Origin) -> bool {
        match origin {
            Origin::Body => self.body_inherited,
            Origin::Field(text) => text.is_inherited(),
        }
    }

    /// Line and column in the file of the byte `offset` of a text, which holds `needle` there.
    /// A Markdown body is a slice of the file, so its positions are exact. A YAML value may be
    /// quoted, folded or escaped: see [`SourceFile::locate`].
    pub fn locate(&self, origin: Origin, offset: usize, needle: &str) -> (usize, usize) {
        let file = self.file.text.as_str();
        match (origin, self.body_offset) {
            (Origin::Body, Some(body_offset)) => {
                // Variables may have changed the body's length: find the needle at its rank.
                let rank = self.body.get(..offset).map(|before| before.matches(needle).count()).unwrap_or(0);
                let found = (!needle.is_empty())
                    .then(|| file[body_offset..].match_indices(needle).nth(rank).map(|(at, _)| at))
                    .flatten();
                line_column(file, body_offset + found.unwrap_or(offset))
            }
            (Origin::Body, None) => match &self.fields.body {
                Some(body) => self.file.locate(body, &self.body, offset, needle),
                None => (1, 1),
            },
            (Origin::Field(text), _) => self.file.locate(text, text, offset, needle),
        }
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn status(&self) -> Status {
        self.fields.status.as_deref().copied().unwrap_or_default()
    }

    pub fn audience(&self) -> Audience {
        self.fields.audience.as_deref().copied().unwrap_or_default()
    }

    /// Where the document comes in the site's lists: by `weight`, then by kind, then by title.
    pub fn list_order(&self) -> (i32, Kind, &str) {
        (self.fields.weight.as_deref().copied().unwrap_or(0), self.kind, &self.title)
    }

    /// Whether this is the current text of its document (not an earlier version's).
    pub fn is_current(&self) -> bool {
        self.earlier.is_none()
    }

    /// The address from which the relative links of its texts are written: its own, and for an
    /// earlier version its document's (the text was written there, and is published a folder
    /// below it).
    pub fn links_from(&self) -> String {
        match &self.earlier {
            Some(earlier) => format!("{}/", earlier.of),
            None => self.url_path(),
        }
    }

    /// What goes before a relative address of its texts on its page: `../` for an earlier
    /// version, published a folder below where it was written.
    pub fn rebase(&self) -> &'static str {
        if self.earlier.is_some() {
            "../"
        } else {
            ""
        }
    }

    /// The site-relative URL path: `chartes/moderation/`.
    pub fn url_path(&self) -> String {
        format!("{}/", self.slug)
    }

    /// The stylesheet beside the page of a document with a cartouche (a procedure sheet, whose
    /// view then has a `cartouche`),
    /// relative to the output folder: it puts the sheet's reference and version on every
    /// printed page.
    pub fn print_stylesheet(&self) -> Option<String> {
        self.kind.spec().sections.contains(&Section::Cartouche).then(|| format!("{}/{PRINT_STYLESHEET}", self.slug))
    }

    /// The page that shows a current document's file as written and the file itself, relative
    /// to the site (`chartes/moderation/source/`, `chartes/moderation/source/moderation.md`):
    /// where a build that publishes them puts them.
    pub fn source_addresses(&self) -> Option<(String, String)> {
        if !self.is_current() {
            return None;
        }
        let name = self.file.display.file_name()?.to_string_lossy();
        let page = format!("{}/{SOURCE_FOLDER}/", self.slug);
        let file = format!("{page}{name}");
        Some((page, file))
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn faq(&self) -> &[FaqEntry] {
        self.fields.faq.as_deref().map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn terms(&self) -> &[Term] {
        self.fields.terms.as_deref().map(Vec::as_slice).unwrap_or(&[])
    }

    /// The date since which the current version is in force: its validation, else the date of
    /// the history entry for the current version. `None` while it is not validated.
    pub fn in_force_since(&self) -> Option<Date> {
        if self.status() != Status::Validated {
            return None;
        }
        if let Some(p) = self.fields.approval.as_ref().and_then(|a| a.validated_by.as_ref()) {
            return Some(*p.date);
        }
        let version = self.fields.version.as_deref()?;
        self.fields.history.iter().find(|h| *h.version == *version).map(|h| *h.date)
    }
}

/// Where a document stands against its next review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewState {
    UpToDate,
    /// Due within the site's `warn_days`.
    DueSoon,
    Overdue,
}

impl ReviewState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewState::UpToDate => "up-to-date",
            ReviewState::DueSoon => "due-soon",
            ReviewState::Overdue => "overdue",
        }
    }

    /// In words, as the register says it.
    pub fn label(self) -> &'static str {
        match self {
            ReviewState::UpToDate => "à jour",
            ReviewState::DueSoon => "à revoir bientôt",
            ReviewState::Overdue => "en retard",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            ReviewState::UpToDate => "✔",
            ReviewState::DueSoon => "◔",
            ReviewState::Overdue => "⚠",
        }
    }
}

impl Document {
    /// The next review's due date and where the document stands on `today`; `None` when no
    /// review is due (archived, or neither reviewed nor validated).
    pub fn review_state(&self, defaults: &ReviewDefaults, today: Date) -> Option<(Date, ReviewState)> {
        if self.earlier.is_some() {
            return None; // an earlier version is never reviewed again
        }
        let due = self.next_review(*defaults.every_months)?;
        let days_left = today.days_until(due);
        let state = if days_left < 0 {
            ReviewState::Overdue
        } else if days_left <= i64::from(*defaults.warn_days) {
            ReviewState::DueSoon
        } else {
            ReviewState::UpToDate
        };
        Some((due, state))
    }

    /// When the next review is due: `every_months` (the document's, else the site's) after the
    /// last review, else after the validation. `None` for archived documents and earlier
    /// versions, for documents never reviewed nor validated, and past the calendar's end.
    pub fn next_review(&self, site_every_months: u32) -> Option<Date> {
        if self.status() == Status::Archived || self.earlier.is_some() {
            return None;
        }
        let review = self.fields.review.as_ref();
        let months = review.and_then(|r| r.every_months.as_deref().copied()).unwrap_or(site_every_months);
        let validated = self.fields.approval.as_ref().and_then(|a| a.validated_by.as_ref()).map(|p| *p.date);
        let last = review.and_then(|r| r.last.as_deref().copied()).or(validated)?;
        last.add_months(months)
    }
}
