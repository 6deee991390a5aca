//! A document as written: the fields of its front matter (or of its YAML file), and the document
//! as read from its file ([`RawDocument`]), before its model is merged in.

use std::collections::BTreeMap;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::Date;
use super::kind::{Kind, KindField};
use super::required::{required, required_option};
use super::Text;
use crate::source::{SourceFile, Span, Spanned};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Draft,
    Review,
    Validated,
    Archived,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Draft, Status::Review, Status::Validated, Status::Archived];

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, Default, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    #[serde(deserialize_with = "required")]
    pub name: Text,
    #[serde(deserialize_with = "required")]
    pub role: Text,
    pub date: Spanned<Date>,
}

#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    #[serde(default)]
    pub drafted_by: Option<Person>,
    #[serde(default)]
    pub verified_by: Option<Person>,
    #[serde(default)]
    pub validated_by: Option<Person>,
}

impl Approval {
    /// The people of the chain, in its order, with the step each took.
    pub fn steps(&self) -> [(Step, Option<&Person>); 3] {
        [
            (Step::Drafted, self.drafted_by.as_ref()),
            (Step::Verified, self.verified_by.as_ref()),
            (Step::Validated, self.validated_by.as_ref()),
        ]
    }

    /// The same, to change them.
    pub fn steps_mut(&mut self) -> [(Step, Option<&mut Person>); 3] {
        [
            (Step::Drafted, self.drafted_by.as_mut()),
            (Step::Verified, self.verified_by.as_mut()),
            (Step::Validated, self.validated_by.as_mut()),
        ]
    }
}

/// A step of the validation chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Drafted,
    Verified,
    Validated,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Drafted => "drafted",
            Step::Verified => "verified",
            Step::Validated => "validated",
        }
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    #[serde(default)]
    pub last: Option<Spanned<Date>>,
    #[serde(default)]
    pub every_months: Option<Spanned<u32>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    #[serde(deserialize_with = "required")]
    pub version: Text,
    pub date: Spanned<Date>,
    /// Markdown.
    #[serde(deserialize_with = "required")]
    pub changes: Text,
}

/// A rule as written: a new rule, or, in a document that extends a model, a change to one of
/// the model's rules (the same `id`: what it sets replaces the model's) or its removal.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleEntry {
    #[serde(deserialize_with = "required")]
    pub id: Text,
    #[serde(default, deserialize_with = "required_option")]
    pub title: Option<Text>,
    /// Markdown.
    #[serde(default, deserialize_with = "required_option")]
    pub body: Option<Text>,
    /// Leaves out the model's rule of this id.
    #[serde(default)]
    pub remove: bool,
    /// What `charte update` could not merge in this rule; `check` refuses the document until it
    /// is resolved and removed.
    #[serde(default)]
    pub conflict: Option<Conflict>,
}

/// What `charte update` could not merge: the model's wording at the pinned version (`before`)
/// and at the newest (`after`) of each field both sides changed, beside the document's own
/// wording, for a person to choose. Never published: `check` refuses a document that has one.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The update that met the conflict: `"2.0 → 2.1"`.
    #[serde(deserialize_with = "required")]
    pub update: Text,
    pub reason: Spanned<ConflictReason>,
    #[serde(default)]
    pub title: Option<ConflictSides>,
    #[serde(default)]
    pub summary: Option<ConflictSides>,
    /// The Markdown body, or a rule's body.
    #[serde(default)]
    pub body: Option<ConflictSides>,
}

/// Why an update did not merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictReason {
    /// The document and the model both changed the same words.
    BothChanged,
    /// The model removed a rule the document changes.
    RemovedByModel,
    /// The model added a rule under an id the document already uses for its own.
    AddedByModel,
}

/// The model's wording of one field, at the pinned version and at the newest (absent when the
/// model did not have the field, or the rule, then).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConflictSides {
    #[serde(default)]
    pub before: Option<Text>,
    #[serde(default)]
    pub after: Option<Text>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    #[serde(deserialize_with = "required")]
    pub question: Text,
    /// Markdown.
    #[serde(deserialize_with = "required")]
    pub answer: Text,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    #[serde(deserialize_with = "required")]
    pub term: Text,
    /// Markdown.
    #[serde(deserialize_with = "required")]
    pub definition: Text,
    #[serde(default, deserialize_with = "required_option")]
    pub group: Option<Text>,
    #[serde(default)]
    pub aliases: Vec<Text>,
    #[serde(default, deserialize_with = "required_option")]
    pub abbr: Option<Text>,
    /// The term's language when it is not the site's (`en` for "community manager"): screen
    /// readers pronounce it in that language.
    #[serde(default)]
    pub lang: Option<Spanned<String>>,
    /// `false`: the term is not linked from other documents.
    #[serde(default)]
    pub link: Option<Spanned<bool>>,
}

/// Every field a document may set, as written. Which fields a kind accepts is checked once the
/// document's kind is known, so that a misplaced field is reported at its position.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fields {
    /// Required, unless the document extends a model.
    #[serde(default)]
    pub kind: Option<Spanned<Kind>>,
    /// Required, unless the document extends a model.
    #[serde(default, deserialize_with = "required_option")]
    pub title: Option<Text>,
    #[serde(default, deserialize_with = "required_option")]
    pub version: Option<Text>,
    #[serde(default)]
    pub status: Option<Spanned<Status>>,
    #[serde(default)]
    pub audience: Option<Spanned<Audience>>,
    #[serde(default)]
    pub summary: Option<Text>,
    /// Where the document comes in the site's lists and navigation: smaller first, 0 by
    /// default; documents of equal weight follow their kind (the moderation charter first),
    /// then their title.
    #[serde(default)]
    pub weight: Option<Spanned<i32>>,
    /// `false`: the glossary's terms are not linked from this document's texts.
    #[serde(default)]
    pub glossary_links: Option<Spanned<bool>>,
    #[serde(default)]
    pub approval: Option<Approval>,
    #[serde(default)]
    pub review: Option<Review>,
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
    #[serde(default)]
    pub engagements: Vec<Text>,
    #[serde(default, deserialize_with = "required_option")]
    pub extends: Option<Text>,
    #[serde(default)]
    pub vars: BTreeMap<String, Text>,
    #[serde(default)]
    pub rules: Option<Spanned<Vec<RuleEntry>>>,
    #[serde(default)]
    pub faq: Option<Spanned<Vec<FaqEntry>>>,
    #[serde(default)]
    pub terms: Option<Spanned<Vec<Term>>>,
    #[serde(default)]
    pub reference: Option<Text>,
    #[serde(default)]
    pub service: Option<Text>,
    #[serde(default)]
    pub diffusion: Option<Spanned<Vec<Text>>>,
    #[serde(default)]
    pub storage: Option<Text>,
    /// The Markdown body of a YAML document (a Markdown file has its body after the front matter).
    #[serde(default)]
    pub body: Option<Text>,
    /// What `charte update` could not merge in the title, summary or body.
    #[serde(default)]
    pub conflict: Option<Conflict>,
}

impl Fields {
    /// Where `field` is written, if it is.
    pub fn kind_field(&self, field: KindField) -> Option<&Span> {
        match field {
            KindField::Rules => self.rules.as_ref().map(Spanned::span),
            KindField::Faq => self.faq.as_ref().map(Spanned::span),
            KindField::Terms => self.terms.as_ref().map(Spanned::span),
            KindField::Reference => self.reference.as_ref().map(Spanned::span),
            KindField::Service => self.service.as_ref().map(Spanned::span),
            KindField::Diffusion => self.diffusion.as_ref().map(Spanned::span),
            KindField::Storage => self.storage.as_ref().map(Spanned::span),
        }
    }
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
    /// For the text of an earlier version (`moderation@1.1.md`), the version its file name
    /// gives; `slug` is then the current document's.
    pub earlier: Option<String>,
}

impl RawDocument {
    /// Where its page is, relative to the site: the slug, and for an earlier version
    /// `SLUG/vVERSION` (`chartes/moderation/v1.1`).
    pub fn page_slug(&self) -> String {
        match &self.earlier {
            Some(version) => format!("{}/v{version}", self.slug),
            None => self.slug.clone(),
        }
    }
}
