//! The one walk over a document's texts (its Markdown body aside), written once for shared and
//! for mutable access: variables are replaced through it, blanks are looked for through it, and
//! every later pass over the words of a document goes through it too. Each text field is named
//! by a [`TextField`], declared once.

use std::sync::Arc;

use super::document::Document;
use crate::schema::Text;

/// A text field of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextField {
    Title,
    Version,
    Summary,
    ApprovalName,
    ApprovalRole,
    HistoryVersion,
    HistoryChanges,
    RuleTitle,
    RuleBody,
    FaqQuestion,
    FaqAnswer,
    Term,
    TermGroup,
    TermAbbr,
    TermAlias,
    TermDefinition,
    Reference,
    Service,
    Diffusion,
    Storage,
    /// A value of `vars`: what a `{{ vars.NAME }}` stands for.
    Var,
}

impl TextField {
    /// The field as the author writes it, for messages.
    pub fn name(self) -> &'static str {
        match self {
            TextField::Title => "title",
            TextField::Version => "version",
            TextField::Summary => "summary",
            TextField::ApprovalName => "approval.name",
            TextField::ApprovalRole => "approval.role",
            TextField::HistoryVersion => "history.version",
            TextField::HistoryChanges => "history.changes",
            TextField::RuleTitle => "rules.title",
            TextField::RuleBody => "rules.body",
            TextField::FaqQuestion => "faq.question",
            TextField::FaqAnswer => "faq.answer",
            TextField::Term => "terms.term",
            TextField::TermGroup => "terms.group",
            TextField::TermAbbr => "terms.abbr",
            TextField::TermAlias => "terms.aliases",
            TextField::TermDefinition => "terms.definition",
            TextField::Reference => "reference",
            TextField::Service => "service",
            TextField::Diffusion => "diffusion",
            TextField::Storage => "storage",
            TextField::Var => "vars",
        }
    }

    /// Whether the text is Markdown (rendered as such, its links checked).
    pub fn is_markdown(self) -> bool {
        matches!(
            self,
            TextField::HistoryChanges | TextField::RuleBody | TextField::FaqAnswer | TextField::TermDefinition
        )
    }
}

/// Calls `$f(field, text)` on every text of `$doc`, whose fields are `$fields`; `&` or
/// `&mut` access as `$($m)?` says.
macro_rules! each_text {
    ($doc:expr, $fields:expr, $f:ident $(, $m:tt)?) => {{
        let fields = $fields;
        $f(TextField::Title, & $($m)? $doc.title);
        if let Some(t) = & $($m)? fields.version {
            $f(TextField::Version, t);
        }
        if let Some(t) = & $($m)? fields.summary {
            $f(TextField::Summary, t);
        }
        if let Some(approval) = & $($m)? fields.approval {
            for person in [& $($m)? approval.drafted_by, & $($m)? approval.verified_by, & $($m)? approval.validated_by] {
                if let Some(person) = person {
                    $f(TextField::ApprovalName, & $($m)? person.name);
                    $f(TextField::ApprovalRole, & $($m)? person.role);
                }
            }
        }
        for h in & $($m)? fields.history {
            $f(TextField::HistoryVersion, & $($m)? h.version);
            $f(TextField::HistoryChanges, & $($m)? h.changes);
        }
        for rule in & $($m)? $doc.rules {
            $f(TextField::RuleTitle, & $($m)? rule.title);
            $f(TextField::RuleBody, & $($m)? rule.body);
        }
        if let Some(faq) = & $($m)? fields.faq {
            for q in & $($m)? **faq {
                $f(TextField::FaqQuestion, & $($m)? q.question);
                $f(TextField::FaqAnswer, & $($m)? q.answer);
            }
        }
        if let Some(terms) = & $($m)? fields.terms {
            for t in & $($m)? **terms {
                $f(TextField::Term, & $($m)? t.term);
                if let Some(group) = & $($m)? t.group {
                    $f(TextField::TermGroup, group);
                }
                if let Some(abbr) = & $($m)? t.abbr {
                    $f(TextField::TermAbbr, abbr);
                }
                for alias in & $($m)? t.aliases {
                    $f(TextField::TermAlias, alias);
                }
                $f(TextField::TermDefinition, & $($m)? t.definition);
            }
        }
        if let Some(t) = & $($m)? fields.reference {
            $f(TextField::Reference, t);
        }
        if let Some(t) = & $($m)? fields.service {
            $f(TextField::Service, t);
        }
        if let Some(diffusion) = & $($m)? fields.diffusion {
            for t in & $($m)? **diffusion {
                $f(TextField::Diffusion, t);
            }
        }
        if let Some(t) = & $($m)? fields.storage {
            $f(TextField::Storage, t);
        }
        for (_, t) in & $($m)? fields.vars {
            $f(TextField::Var, t);
        }
    }};
}

impl Document {
    /// Calls `f` on every text of the document, its body aside.
    pub fn each_text<'a>(&'a self, mut f: impl FnMut(TextField, &'a Text)) {
        each_text!(self, &*self.fields, f);
    }

    /// Calls `f` on every text of the document, its body aside, to change it. The fields are
    /// copied first if they are still shared with the document as read.
    pub fn each_text_mut(&mut self, mut f: impl FnMut(TextField, &mut Text)) {
        each_text!(self, Arc::make_mut(&mut self.fields), f, mut);
    }

    /// Whether any text (the body aside) satisfies `test`.
    pub fn any_text(&self, mut test: impl FnMut(&Text) -> bool) -> bool {
        let mut found = false;
        self.each_text(|_, text| found = found || test(text));
        found
    }
}
