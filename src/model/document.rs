//! Documents: the fields a charter, guide, glossary, procedure sheet or page may carry, as
//! written in front matter or in a YAML document, and the typed [`Document`] built from them.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::date::Date;
use crate::diagnostics::SourceFile;
use crate::load::yaml::Spanned;

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
    pub name: String,
    pub role: String,
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
    pub changes: String,
}

/// A numbered rule with a stable anchor.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: Spanned<String>,
    pub title: String,
    /// Markdown.
    pub body: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    pub question: String,
    /// Markdown.
    pub answer: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: Spanned<String>,
    /// Markdown.
    pub definition: String,
    #[serde(default)]
    pub group: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub abbr: Option<String>,
}

/// Every field a document may set, as written. Which fields a kind accepts is checked when the
/// [`Document`] is built, so that a misplaced field is reported at its position.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fields {
    pub kind: Spanned<Kind>,
    pub title: Spanned<String>,
    #[serde(default)]
    pub version: Option<Spanned<String>>,
    #[serde(default)]
    pub status: Option<Spanned<Status>>,
    #[serde(default)]
    pub audience: Option<Spanned<Audience>>,
    #[serde(default)]
    pub summary: Option<String>,
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
    pub vars: BTreeMap<String, String>,
    #[serde(default)]
    pub rules: Option<Spanned<Vec<Rule>>>,
    #[serde(default)]
    pub faq: Option<Spanned<Vec<FaqEntry>>>,
    #[serde(default)]
    pub terms: Option<Spanned<Vec<Term>>>,
    #[serde(default)]
    pub reference: Option<Spanned<String>>,
    #[serde(default)]
    pub service: Option<Spanned<String>>,
    #[serde(default)]
    pub diffusion: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub storage: Option<Spanned<String>>,
    /// The Markdown body of a YAML document (a Markdown file has its body after the front matter).
    #[serde(default)]
    pub body: Option<Spanned<String>>,
}

/// A document of the site, ready to be checked and rendered.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to `content/`, with `/` separators, without extension: `chartes/moderation`.
    pub slug: String,
    /// The source file (path relative to the site root, and text), for messages.
    pub file: Arc<SourceFile>,
    pub fields: Fields,
    /// The Markdown body.
    pub body: String,
    /// The file line on which the body starts (1-based).
    pub body_line: usize,
}

impl Document {
    pub fn kind(&self) -> Kind {
        *self.fields.kind
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
        self.fields.rules.as_deref().map(Vec::as_slice).unwrap_or(&[])
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
        self.fields
            .history
            .iter()
            .find(|h| *h.version == *version)
            .map(|h| *h.date)
    }
}

impl Document {
    /// When the next review is due: `every_months` (the document's, else the site's) after the
    /// last review, else after the validation. `None` for archived documents and for documents
    /// never reviewed nor validated.
    pub fn next_review(&self, site_every_months: u32) -> Option<Date> {
        if self.status() == Status::Archived {
            return None;
        }
        let review = self.fields.review.as_ref();
        let months = review.and_then(|r| r.every_months).unwrap_or(site_every_months);
        let validated = self
            .fields
            .approval
            .as_ref()
            .and_then(|a| a.validated_by.as_ref())
            .map(|p| *p.date);
        let last = review.and_then(|r| r.last.as_deref().copied()).or(validated)?;
        Some(last.add_months(months))
    }
}
