//! The kinds of document, each declared once in [`KINDS`]: its name in `kind:`, what a reader
//! calls it, what its rules are called, the fields only it accepts, whether its validation needs
//! the quality officer's check, the skeleton `charte new` writes, and the sections of its page
//! in order. Adding a kind is a variant of [`Kind`], its place in [`Kind::spec`] (the compiler
//! points at it) and its entry in [`KINDS`], its skeleton in `starters/new/`, and a line in the
//! README (see CONTRIBUTING.md).

use serde::{Deserialize, Serialize};

/// A document kind, as written in `kind:`.
/// Their order is the order in which the site lists them, for citizens: the moderation
/// charter first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Moderation,
    Usage,
    Glossary,
    Procedure,
    Page,
}

/// A field that only some kinds accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindField {
    Rules,
    Faq,
    Terms,
    Reference,
    Service,
    Diffusion,
    Storage,
}

impl KindField {
    pub const ALL: &'static [KindField] = &[
        KindField::Rules,
        KindField::Faq,
        KindField::Terms,
        KindField::Reference,
        KindField::Service,
        KindField::Diffusion,
        KindField::Storage,
    ];

    /// The field's name, as written.
    pub fn name(self) -> &'static str {
        match self {
            KindField::Rules => "rules",
            KindField::Faq => "faq",
            KindField::Terms => "terms",
            KindField::Reference => "reference",
            KindField::Service => "service",
            KindField::Diffusion => "diffusion",
            KindField::Storage => "storage",
        }
    }
}

/// A section of a document's page. The page shows a kind's sections in the order its
/// [`KindSpec`] gives, and its table of contents follows the same order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// The Qual-e-pref engagements the document answers.
    Engagements,
    /// The Markdown body.
    Body,
    /// The numbered rules.
    Rules,
    /// Questions and answers.
    Faq,
    /// The glossary's terms, by group.
    Glossary,
    /// Where to ask for a photograph to be removed (from `contacts.image_rights`), unless the
    /// document says it itself.
    ImageRights,
    /// How to contest a moderation decision (from `contacts.community_manager`).
    Contest,
    /// The organisation's accounts the document governs (from `accounts`).
    Accounts,
    /// Version, status, dates, review and validation chain: after the text, for its readers
    /// come for the rules first.
    About,
    /// The versions of the document.
    History,
    /// The procedure sheet's cartouche.
    Cartouche,
}

/// What a kind of document is and has.
pub struct KindSpec {
    pub kind: Kind,
    /// As written in `kind:` and `charte new KIND`.
    pub name: &'static str,
    /// What a French reader calls it.
    pub label: &'static str,
    /// What its numbered rules are called, as a heading; `None`: it has no rules.
    pub rules_label: Option<&'static str>,
    /// The anchor of its rules' section.
    pub rules_anchor: &'static str,
    /// The fields of [`KindField`] it accepts.
    pub fields: &'static [KindField],
    /// Whether a validated document of this kind needs `approval.verified_by`.
    pub needs_verification: bool,
    /// The document `charte new` writes (`__TITLE__` stands for its title).
    pub skeleton: &'static str,
    /// The sections of its page, in order.
    pub sections: &'static [Section],
}

use KindField as F;
use Section as S;

/// Every kind, in the order of `charte new --help`.
pub static KINDS: &[KindSpec] = &[
    KindSpec {
        kind: Kind::Moderation,
        name: "moderation",
        label: "Charte de modération",
        rules_label: Some("Règles"),
        rules_anchor: "regles",
        fields: &[F::Rules],
        needs_verification: false,
        skeleton: include_str!("../../starters/new/moderation.md"),
        sections: &[S::Body, S::Rules, S::ImageRights, S::Contest, S::Accounts, S::Engagements, S::About, S::History],
    },
    KindSpec {
        kind: Kind::Usage,
        name: "usage",
        label: "Guide d'usage",
        rules_label: Some("Consignes"),
        rules_anchor: "consignes",
        fields: &[F::Rules, F::Faq],
        needs_verification: false,
        skeleton: include_str!("../../starters/new/usage.md"),
        sections: &[S::Body, S::Rules, S::Faq, S::Engagements, S::About, S::History],
    },
    KindSpec {
        kind: Kind::Glossary,
        name: "glossary",
        label: "Glossaire",
        rules_label: None,
        rules_anchor: "regles",
        fields: &[F::Terms],
        needs_verification: false,
        skeleton: include_str!("../../starters/new/glossary.md"),
        sections: &[S::Body, S::Glossary, S::Engagements, S::About, S::History],
    },
    KindSpec {
        kind: Kind::Procedure,
        name: "procedure",
        label: "Fiche de procédure",
        rules_label: Some("Règles"),
        rules_anchor: "regles",
        fields: &[F::Rules, F::Reference, F::Service, F::Diffusion, F::Storage],
        needs_verification: true,
        skeleton: include_str!("../../starters/new/procedure.md"),
        sections: &[S::Engagements, S::Body, S::Rules, S::Accounts, S::About, S::History, S::Cartouche],
    },
    KindSpec {
        kind: Kind::Page,
        name: "page",
        label: "Page",
        rules_label: Some("Règles"),
        rules_anchor: "regles",
        fields: &[F::Rules],
        needs_verification: false,
        skeleton: include_str!("../../starters/new/page.md"),
        sections: &[S::Body, S::Rules, S::Engagements, S::About, S::History],
    },
];

impl Kind {
    /// Every kind, in the order of [`KINDS`].
    pub fn all() -> impl Iterator<Item = Kind> {
        KINDS.iter().map(|spec| spec.kind)
    }

    /// The kind's declaration.
    pub fn spec(self) -> &'static KindSpec {
        let index = match self {
            Kind::Moderation => 0,
            Kind::Usage => 1,
            Kind::Glossary => 2,
            Kind::Procedure => 3,
            Kind::Page => 4,
        };
        &KINDS[index]
    }

    pub fn as_str(self) -> &'static str {
        self.spec().name
    }

    /// What a French reader calls this kind of document.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// Whether documents of this kind accept `field`.
    pub fn accepts(self, field: KindField) -> bool {
        self.spec().fields.contains(&field)
    }
}

impl clap::ValueEnum for Kind {
    fn value_variants<'a>() -> &'a [Self] {
        static VARIANTS: std::sync::LazyLock<Vec<Kind>> = std::sync::LazyLock::new(|| Kind::all().collect());
        &VARIANTS
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.as_str()).help(self.label()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn the_table_declares_each_kind_once_in_its_place() {
        assert_eq!(Kind::value_variants().len(), KINDS.len());
        for (i, spec) in KINDS.iter().enumerate() {
            assert!(std::ptr::eq(spec.kind.spec(), &KINDS[i]), "{} is not at its place", spec.name);
            assert_eq!(Kind::value_variants()[i], spec.kind);
            // The name is the one serde reads.
            let read: Kind = serde_json::from_value(serde_json::json!(spec.name)).unwrap();
            assert_eq!(read, spec.kind);
            assert!(spec.skeleton.contains(&format!("kind: {}", spec.name)), "{}'s skeleton", spec.name);
            assert_eq!(spec.rules_label.is_some(), spec.fields.contains(&KindField::Rules), "{}", spec.name);
            assert_eq!(spec.sections.contains(&Section::Rules), spec.rules_label.is_some(), "{}", spec.name);
        }
    }
}
