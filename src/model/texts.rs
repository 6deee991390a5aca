//! The one walk over a document's texts (its Markdown body aside), written once for shared and
//! for mutable access: variables are replaced through it, blanks are looked for through it, and
//! every later pass over the words of a document goes through it too. Each text field is named
//! by a [`TextField`], declared once.

use std::sync::Arc;

use super::document::Document;
use crate::schema::Text;

/// A text field of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::sync::Arc;

    use serde_json::{json, Map, Value};

    use super::TextField;
    use crate::load::{builtin, yaml};
    use crate::model::extends::{self, SiteModels};
    use crate::schema::document::{Body, Fields, RawDocument};
    use crate::source::SourceFile;

    /// Fields that are not texts for readers, with the value they are given.
    fn not_a_text(path: &str) -> Option<Value> {
        match path {
            "extends" => Some(Value::Null),
            "rules.id" => Some(json!("regle")),
            "terms.lang" => Some(json!("en")),
            "rules.remove" => Some(json!(false)),
            "engagements" => Some(json!(["20.3"])),
            "body" => Some(json!("Le texte.")),
            _ => None,
        }
    }

    /// A value for the schema `schema` at `path`, every text a marker of its own (`MARKn`),
    /// collected in `markers`.
    fn fill(schema: &Value, defs: &Map<String, Value>, path: &str, markers: &mut Vec<String>) -> Value {
        if let Some(value) = not_a_text(path) {
            return value;
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.rsplit('/').next().unwrap();
            return fill(&defs[name], defs, path, markers);
        }
        for choice in ["anyOf", "oneOf"] {
            if let Some(options) = schema.get(choice).and_then(Value::as_array) {
                let option = options.iter().find(|o| o.get("type") != Some(&json!("null"))).unwrap();
                return fill(option, defs, path, markers);
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            return values[0].clone();
        }
        if let Some(value) = schema.get("const") {
            return value.clone();
        }
        let types: Vec<&str> = match schema.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => panic!("no type at {path}: {schema}"),
        };
        match types.iter().copied().find(|t| *t != "null").unwrap() {
            "string" if schema.get("format") == Some(&json!("date")) => json!("2024-01-01"),
            "string" => {
                let marker = format!("MARK{}", markers.len());
                markers.push(marker.clone());
                json!(marker)
            }
            "integer" => json!(1),
            "boolean" => json!(false),
            "array" => json!([fill(&schema["items"], defs, path, markers)]),
            "object" => {
                let mut object = Map::new();
                for (name, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
                    // What `charte update` could not merge is never published, nor walked.
                    if name == "conflict" {
                        continue;
                    }
                    let path = if path.is_empty() { name.clone() } else { format!("{path}.{name}") };
                    let value = fill(property, defs, &path, markers);
                    if !value.is_null() {
                        object.insert(name.clone(), value);
                    }
                }
                if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object()) {
                    object.insert("cle".to_owned(), fill(values, defs, path, markers));
                }
                Value::Object(object)
            }
            other => panic!("type {other} at {path}"),
        }
    }

    #[test]
    fn the_walk_visits_every_text_field_of_the_schema() {
        let schema = serde_json::to_value(schemars::schema_for!(Fields)).unwrap();
        let defs = schema.get("$defs").and_then(Value::as_object).cloned().unwrap_or_default();
        let mut markers = Vec::new();
        let instance = fill(&schema, &defs, "", &mut markers);
        let text = serde_json::to_string_pretty(&instance).unwrap();
        let source = Arc::new(SourceFile::new("content/tout.yaml", text.clone()));
        let fields: Fields = yaml::parse(&source, &text).unwrap_or_else(|d| panic!("{d}\n{text}"));
        let raw = RawDocument {
            slug: "tout".into(),
            file: source,
            fields: Arc::new(fields),
            body: Body::default(),
            body_offset: None,
            earlier: None,
        };
        let mut doc =
            extends::resolve(&raw, &SiteModels::default(), builtin::models()).unwrap_or_else(|d| panic!("{d:?}"));

        let mut visited = BTreeSet::new();
        let mut fields = BTreeSet::new();
        doc.each_text(|field, text| {
            visited.insert(text.to_string());
            fields.insert(field);
        });
        let expected: BTreeSet<String> = markers.iter().cloned().collect();
        assert_eq!(visited, expected, "every text field, and only those, is visited");
        // The walk that changes texts visits the same ones.
        let mut changed = BTreeSet::new();
        doc.each_text_mut(|_, text| {
            changed.insert(text.to_string());
            *text = text.with_value(format!("{}!", text.as_str()));
        });
        assert_eq!(changed, expected);
        assert!(doc.any_text(|t| t.ends_with('!')));
        assert!(fields.contains(&TextField::TermGroup), "a term's group is a text");
    }
}
