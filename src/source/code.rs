//! Diagnostic codes: each declared once, with the stable name users and tools see and the
//! severity it has. The README's table of codes lists exactly [`Code::ALL`] (a test checks it).

use serde::{Serialize, Serializer};

/// How serious a diagnostic is. Errors stop a build; warnings and notices are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Notice,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Notice => "notice",
        }
    }

    /// The word people read in the tool's language: "erreur", "avertissement", "remarque".
    pub fn word(self) -> String {
        match self {
            Severity::Error => crate::tr!("severity-error"),
            Severity::Warning => crate::tr!("severity-warning"),
            Severity::Notice => crate::tr!("severity-notice"),
        }
    }
}

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident $name:literal $severity:ident,)*) => {
        /// What a diagnostic is about.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code {
            $($(#[$doc])* $variant,)*
        }

        impl Code {
            /// Every code, in the order of the README's table.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable name: `unknown-field`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// The severity a diagnostic of this code has (a blank in a draft is the one
            /// exception: a warning, see [`super::Diagnostic::with_severity`]).
            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

codes! {
    /// The YAML cannot be read.
    YamlSyntax "yaml-syntax" Error,
    /// A YAML file or front matter with no field.
    YamlEmpty "yaml-empty" Error,
    /// A Markdown file without front matter, or whose front matter is never closed.
    FrontMatter "front-matter" Error,
    UnknownField "unknown-field" Error,
    /// A value of the wrong kind, or a required field missing or empty.
    InvalidValue "invalid-value" Error,
    DuplicateField "duplicate-field" Error,
    Encoding "encoding" Error,
    Unreadable "unreadable" Error,
    BadFileName "bad-file-name" Error,
    MissingSite "missing-site" Error,
    /// An address or an e-mail in `site.yaml` that cannot be a safe link.
    BadUrl "bad-url" Error,
    /// A field the legal pages need, missing from `site.yaml`.
    LegalMissing "legal-missing" Warning,
    /// An organisation named with `l'` or `les` whose gender is not given.
    GenderMissing "gender-missing" Notice,
    /// A folder whose name breadcrumbs show as it is written, which may lack its accents.
    FolderTitle "folder-title" Notice,
    SymlinkIgnored "symlink-ignored" Warning,
    FieldNotForKind "field-not-for-kind" Error,
    RuleId "rule-id" Error,
    DuplicateRule "duplicate-rule" Error,
    DuplicateTerm "duplicate-term" Error,
    /// A term defined in two glossaries, or an alias that is also a term: glossary links lead
    /// to one of them.
    GlossaryConflict "glossary-conflict" Warning,
    DuplicateUrl "duplicate-url" Error,
    ReservedUrl "reserved-url" Error,
    UnknownEngagement "unknown-engagement" Error,
    DuplicateEngagement "duplicate-engagement" Error,
    UnknownVariable "unknown-variable" Error,
    MissingModel "missing-model" Error,
    /// `extends` pins a version of its model that has no text.
    ModelVersionUnknown "model-version-unknown" Error,
    /// A fork of a library model that does not pin the model's version.
    ModelUnpinned "model-unpinned" Warning,
    /// A newer version of a pinned built-in model, and what taking it would do, rule by rule.
    ModelUpdate "model-update" Notice,
    /// What `charte update` could not merge, left in the document for a person to resolve.
    UpdateConflict "update-conflict" Error,
    /// A model library of `site.yaml` that cannot be read: no folder, no manifest, another name.
    ModelLibrary "model-library" Error,
    ExtendsCycle "extends-cycle" Error,
    ExtendsKind "extends-kind" Error,
    RuleIncomplete "rule-incomplete" Error,
    ModelChanges "model-changes" Notice,
    UnknownTheme "unknown-theme" Error,
    Template "template" Error,
    ValidationMissing "validation-missing" Error,
    VerificationMissing "verification-missing" Error,
    ApprovalOrder "approval-order" Error,
    ApprovalFuture "approval-future" Error,
    HistoryOrder "history-order" Error,
    HistoryFuture "history-future" Error,
    HistoryVersion "history-version" Error,
    DuplicateVersion "duplicate-version" Error,
    /// The text of an earlier version that its document's history does not list.
    VersionUnknown "version-unknown" Error,
    VersionNewer "version-newer" Error,
    VersionKind "version-kind" Error,
    /// A version the history lists without a text.
    VersionWithoutText "version-without-text" Notice,
    ReviewMissing "review-missing" Error,
    ReviewFuture "review-future" Error,
    ReviewOverdue "review-overdue" Warning,
    ReviewDueSoon "review-due-soon" Notice,
    /// An error in a validated document, a warning in a draft.
    Blank "blank" Error,
    BrokenLink "broken-link" Error,
    BrokenAnchor "broken-anchor" Error,
    HtmlRemoved "html-removed" Warning,
    /// Raw HTML opened and never closed, which would swallow the rest of the text.
    HtmlUnclosed "html-unclosed" Error,
    /// Markdown or raw HTML that nests blocks or elements hundreds of levels deep.
    NestingTooDeep "nesting-too-deep" Error,
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Code;

    #[test]
    fn names_are_unique_and_kebab_case() {
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert!(names.iter().all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len());
    }
}
