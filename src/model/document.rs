//! Documents: the fields a charter, guide, glossary, procedure sheet or page may carry, as
//! written in front matter or in a YAML document, and the typed [`Document`] built from them.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::site::ReviewDefaults;
use crate::diagnostics::{line_column, SourceFile};
use crate::load::yaml::{self, Spanned};

pub use super::site::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Moderation,
    Usage,
    Glossary,
    Procedure,
    Page,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Moderation => "moderation",
            Kind::Usage => "usage",
            Kind::Glossary => "glossary",
            Kind::Procedure => "procedure",
            Kind::Page => "page",
        }
    }

    /// What a French reader calls this kind of document.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Moderation => "Charte de modération",
            Kind::Usage => "Guide d'usage",
            Kind::Glossary => "Glossaire",
            Kind::Procedure => "Fiche de procédure",
            Kind::Page => "Page",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Draft,
    Review,
    Validated,
    Archived,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Review => "review",
            Status::Validated => "validated",
            Status::Archived => "archived",
        }
    }

    /// The status in words, never by colour alone.
    pub fn label(self) -> &'static str {
        match self {
            Status::Draft => "Projet (brouillon)",
            Status::Review => "Projet (en relecture)",
            Status::Validated => "Validé",
            Status::Archived => "Archivé",
        }
    }

    /// A symbol that repeats the status for readers who do not see colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Draft => "✎",
            Status::Review => "◔",
            Status::Validated => "✔",
            Status::Archived => "▣",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Public,
    /// The default: a document is internal until its author says it is for the public.
    #[default]
    Internal,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Public => "public",
            Audience::Internal => "internal",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Audience::Public => "Public",
            Audience::Internal => "Interne (agents)",
        }
    }
}

/// One link of the validation chain.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: Text,
    pub role: Text,
    pub date: Spanned<Date>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    #[serde(default)]
    pub drafted_by: Option<Person>,
    #[serde(default)]
    pub verified_by: Option<Person>,
    #[serde(default)]
    pub validated_by: Option<Person>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    #[serde(default)]
    pub last: Option<Spanned<Date>>,
    #[serde(default)]
    pub every_months: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    pub version: Spanned<String>,
    pub date: Spanned<Date>,
    /// Markdown.
    pub changes: Text,
}

/// A rule as written: a new rule, or, in a document that extends a model, a change to one of
/// the model's rules (the same `id`: what it sets replaces the model's) or its removal.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleEntry {
    pub id: Text,
    #[serde(default)]
    pub title: Option<Text>,
    /// Markdown.
    #[serde(default)]
    pub body: Option<Text>,
    /// Leaves out the model's rule of this id.
    #[serde(default)]
    pub remove: bool,
}

/// A numbered rule with a stable anchor, once the model's rules and the document's are merged.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: Text,
    pub title: Text,
    /// Markdown.
    pub body: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    pub question: Text,
    /// Markdown.
    pub answer: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: Spanned<String>,
    /// Markdown.
    pub definition: Text,
    #[serde(default)]
    pub group: Option<Text>,
    #[serde(default)]
    pub aliases: Vec<Text>,
    #[serde(default)]
    pub abbr: Option<Text>,
}

/// Every field a document may set, as written. Which fields a kind accepts is checked when the
/// [`Document`] is built, so that a misplaced field is reported at its position.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fields {
    /// Required, unless the document extends a model.
    #[serde(default)]
    pub kind: Option<Spanned<Kind>>,
    /// Required, unless the document extends a model.
    #[serde(default)]
    pub title: Option<Text>,
    #[serde(default)]
    pub version: Option<Spanned<String>>,
    #[serde(default)]
    pub status: Option<Spanned<Status>>,
    #[serde(default)]
    pub audience: Option<Spanned<Audience>>,
    #[serde(default)]
    pub summary: Option<Text>,
    #[serde(default)]
    pub approval: Option<Approval>,
    #[serde(default)]
    pub review: Option<Review>,
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
    #[serde(default)]
    pub engagements: Vec<Spanned<String>>,
    #[serde(default)]
    pub extends: Option<Spanned<String>>,
    #[serde(default)]
    pub vars: BTreeMap<String, Text>,
    #[serde(default)]
    pub rules: Option<Spanned<Vec<RuleEntry>>>,
    #[serde(default)]
    pub faq: Option<Spanned<Vec<FaqEntry>>>,
    #[serde(default)]
    pub terms: Option<Spanned<Vec<Term>>>,
    #[serde(default)]
    pub reference: Option<Spanned<String>>,
    #[serde(default)]
    pub service: Option<Spanned<String>>,
    #[serde(default)]
    pub diffusion: Option<Spanned<Vec<Text>>>,
    #[serde(default)]
    pub storage: Option<Spanned<String>>,
    /// The Markdown body of a YAML document (a Markdown file has its body after the front matter).
    #[serde(default)]
    pub body: Option<Spanned<String>>,
}

/// A document's Markdown body: a slice of its file, shared rather than copied, or a text of its
/// own (the `body` field of a YAML document, a body whose variables were replaced).
#[derive(Clone)]
pub enum Body {
    /// The file's text from this byte on.
    InFile(Arc<SourceFile>, usize),
    Own(Arc<str>),
}

impl Body {
    pub fn own(text: impl Into<Arc<str>>) -> Body {
        Body::Own(text.into())
    }
}

impl Default for Body {
    fn default() -> Body {
        Body::own("")
    }
}

impl std::ops::Deref for Body {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Body::InFile(file, start) => &file.text[*start..],
            Body::Own(text) => text,
        }
    }
}

impl std::fmt::Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

/// A document as read from its file, before its model (if any) is merged in.
#[derive(Debug, Clone)]
pub struct RawDocument {
    /// Path relative to `content/`, with `/` separators, without extension: `chartes/moderation`.
    pub slug: String,
    /// The source file (path relative to the site root, and text), for messages.
    pub file: Arc<SourceFile>,
    pub fields: Arc<Fields>,
    /// The Markdown body.
    pub body: Body,
    /// Where the body starts in the file (bytes); `None` for a YAML document.
    pub body_offset: Option<usize>,
}

/// The model a document was made from, for the credit on its page.
#[derive(Debug, Clone)]
pub struct ModelCredit {
    /// As written in `extends`: `@etat-moderation` or `chartes/moderation`.
    pub name: String,
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
    pub changes: Option<super::extends::ModelChanges>,
    /// The texts as written, before their variables were replaced (only those that had some),
    /// so that checks of the writing look at what the author wrote.
    pub originals: Vec<Text>,
    /// The body as written, when it had variables.
    pub original_body: Option<Body>,
    /// The files of its models, nearest first: what the page depends on besides its own file.
    pub model_files: Vec<Arc<SourceFile>>,
}

/// Where a text that diagnostics point into comes from.
#[derive(Clone, Copy)]
pub enum Origin<'a> {
    Body,
    Field(&'a Text),
}

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
            (Some(body_offset), _) => line_column(&self.file.text, body_offset + offset),
            (None, Some(body)) => yaml::locate(&self.file.text, body, self.original_body(), offset, needle),
            (None, None) => (1, 1),
        }
    }

    /// Whether a text came from the model rather than from this document's file: it is checked
    /// where it is written, not here.
    pub fn is_inherited(&self, origin: Origin) -> bool {
        match origin {
            Origin::Body => self.body_inherited,
            Origin::Field(text) => yaml::is_inherited(text),
        }
    }

    /// Line and column in the file of the byte `offset` of a text, which holds `needle` there.
    /// A Markdown body is a slice of the file, so its positions are exact. A YAML value may be
    /// quoted, folded or escaped: `needle` is looked for in the file from where the value
    /// starts, at the same rank among its occurrences; failing that, the value's start is given.
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
                Some(body) => yaml::locate(file, body, &self.body, offset, needle),
                None => (1, 1),
            },
            (Origin::Field(text), _) => yaml::locate(file, text, text, offset, needle),
        }
    }
}

impl Document {
    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn status(&self) -> Status {
        self.fields.status.as_deref().copied().unwrap_or_default()
    }

    pub fn audience(&self) -> Audience {
        self.fields.audience.as_deref().copied().unwrap_or_default()
    }

    /// The site-relative URL path: `chartes/moderation/`.
    pub fn url_path(&self) -> String {
        format!("{}/", self.slug)
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
        self.current_history_date()
    }

    fn current_history_date(&self) -> Option<Date> {
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
        let due = self.next_review(defaults.every_months)?;
        let days_left = today.days_until(due);
        let state = if days_left < 0 {
            ReviewState::Overdue
        } else if days_left <= i64::from(defaults.warn_days) {
            ReviewState::DueSoon
        } else {
            ReviewState::UpToDate
        };
        Some((due, state))
    }

    /// When the next review is due: `every_months` (the document's, else the site's) after the
    /// last review, else after the validation. `None` for archived documents and for documents
    /// never reviewed nor validated.
    pub fn next_review(&self, site_every_months: u32) -> Option<Date> {
        if self.status() == Status::Archived {
            return None;
        }
        let review = self.fields.review.as_ref();
        let months = review.and_then(|r| r.every_months).unwrap_or(site_every_months);
        let validated = self.fields.approval.as_ref().and_then(|a| a.validated_by.as_ref()).map(|p| *p.date);
        let last = review.and_then(|r| r.last.as_deref().copied()).or(validated)?;
        Some(last.add_months(months))
    }
}

/// A text of a document that readers see, with where it comes from.
pub struct TextRef<'a> {
    pub field: &'static str,
    pub text: &'a Text,
    /// Rendered as Markdown (links are checked in it).
    pub markdown: bool,
}

impl Document {
    /// Calls `f` on every text field of the document (the Markdown body aside), to change it.
    pub fn for_each_text_mut(&mut self, f: &mut dyn FnMut(&mut Text)) {
        f(&mut self.title);
        // The fields are copied here if they are still shared with the document as read.
        let fields = Arc::make_mut(&mut self.fields);
        fields.version.iter_mut().chain(fields.summary.iter_mut()).for_each(&mut *f);
        if let Some(approval) = &mut fields.approval {
            for person in
                [&mut approval.drafted_by, &mut approval.verified_by, &mut approval.validated_by].into_iter().flatten()
            {
                f(&mut person.name);
                f(&mut person.role);
            }
        }
        for h in &mut fields.history {
            f(&mut h.changes);
        }
        for rule in &mut self.rules {
            f(&mut rule.title);
            f(&mut rule.body);
        }
        if let Some(faq) = &mut fields.faq {
            yaml::edit(faq, |faq| {
                for q in faq {
                    f(&mut q.question);
                    f(&mut q.answer);
                }
            });
        }
        if let Some(terms) = &mut fields.terms {
            yaml::edit(terms, |terms| {
                for t in terms {
                    f(&mut t.term);
                    t.abbr.iter_mut().for_each(&mut *f);
                    t.aliases.iter_mut().for_each(&mut *f);
                    f(&mut t.definition);
                }
            });
        }
        fields.reference.iter_mut().chain(fields.service.iter_mut()).chain(fields.storage.iter_mut()).for_each(&mut *f);
        if let Some(diffusion) = &mut fields.diffusion {
            yaml::edit(diffusion, |diffusion| diffusion.iter_mut().for_each(&mut *f));
        }
    }

    /// Every text field of the document (the Markdown body aside), each with its field name.
    pub fn texts(&self) -> Vec<TextRef<'_>> {
        fn text<'a>(field: &'static str, text: &'a Text, markdown: bool) -> TextRef<'a> {
            TextRef { field, text, markdown }
        }
        let f = &self.fields;
        let mut out = vec![text("title", &self.title, false)];
        out.extend(f.version.iter().map(|t| text("version", t, false)));
        out.extend(f.summary.iter().map(|t| text("summary", t, false)));
        if let Some(approval) = &f.approval {
            for person in [&approval.drafted_by, &approval.verified_by, &approval.validated_by].into_iter().flatten() {
                out.push(text("approval.name", &person.name, false));
                out.push(text("approval.role", &person.role, false));
            }
        }
        for h in &f.history {
            out.push(text("history.version", &h.version, false));
            out.push(text("history.changes", &h.changes, true));
        }
        for rule in self.rules() {
            out.push(text("rules.title", &rule.title, false));
            out.push(text("rules.body", &rule.body, true));
        }
        for q in self.faq() {
            out.push(text("faq.question", &q.question, false));
            out.push(text("faq.answer", &q.answer, true));
        }
        for t in self.terms() {
            out.push(text("terms.term", &t.term, false));
            out.extend(t.abbr.iter().map(|a| text("terms.abbr", a, false)));
            out.extend(t.aliases.iter().map(|a| text("terms.aliases", a, false)));
            out.push(text("terms.definition", &t.definition, true));
        }
        out.extend(f.reference.iter().map(|t| text("reference", t, false)));
        out.extend(f.service.iter().map(|t| text("service", t, false)));
        out.extend(f.diffusion.iter().flat_map(|d| d.iter()).map(|t| text("diffusion", t, false)));
        out.extend(f.storage.iter().map(|t| text("storage", t, false)));
        out
    }
}
