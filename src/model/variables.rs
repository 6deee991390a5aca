//! Variables in texts: `{{ org.name }}`, `{{ org.de }}` (and the other forms of the
//! organisation's name), `{{ contacts.NAME }}` and `{{ vars.NAME }}` are replaced by their
//! values; `\{{` writes a literal `{{`. An unknown name is reported with the closest known one.

use std::collections::BTreeMap;

use crate::schema::site::Site;
use crate::source::did_you_mean;

/// The values a document's texts may use.
pub struct Variables {
    values: BTreeMap<String, String>,
}

/// A variable that has no value, at a byte offset of the text.
#[derive(Debug, PartialEq, Eq)]
pub struct Unknown {
    pub offset: usize,
    /// The reference as written, `{{ org.nom }}`.
    pub written: String,
    pub name: String,
    pub suggestion: Option<String>,
}

impl Variables {
    /// The organisation's forms and contacts from `site.yaml`, and the document's `vars`.
    pub fn new(site: &Site, vars: impl IntoIterator<Item = (String, String)>) -> Variables {
        let org = site.organisation.forms();
        let mut values = BTreeMap::new();
        for (name, value) in [
            ("name", &org.name),
            ("short_name", &org.short_name),
            ("territory", &org.territory),
            ("service", &org.service),
            ("de", &org.de),
            ("le", &org.le),
            ("a", &org.a),
            ("De", &org.de_cap),
            ("Le", &org.le_cap),
            ("A", &org.a_cap),
        ] {
            values.insert(format!("org.{name}"), value.clone());
        }
        for (name, value) in &site.contacts {
            values.insert(format!("contacts.{name}"), value.to_string());
        }
        for (name, value) in vars {
            values.insert(format!("vars.{name}"), value);
        }
        Variables { values }
    }

    /// `text` with its variables replaced, and the references that have no value (left as
    /// written). `None` when there is nothing to replace, so that most texts are not copied.
    pub fn substitute(&self, text: &str) -> Option<(String, Vec<Unknown>)> {
        if !text.contains("{{") {
            return None;
        }
        let mut out = String::with_capacity(text.len() + 32);
        let mut unknown = Vec::new();
        let mut rest = text;
        let mut consumed = 0;
        while let Some(open) = rest.find("{{") {
            if open > 0 && rest.as_bytes()[open - 1] == b'\\' {
                out.push_str(&rest[..open - 1]);
                out.push_str("{{");
                consumed += open + 2;
                rest = &rest[open + 2..];
                continue;
            }
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find("}}") else {
                out.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let written = &rest[open..open + close + 2];
            let name = written[2..written.len() - 2].trim();
            match self.values.get(name) {
                Some(value) => out.push_str(value),
                None => {
                    unknown.push(Unknown {
                        offset: consumed + open,
                        written: written.to_owned(),
                        name: name.to_owned(),
                        suggestion: did_you_mean(name, self.values.keys().map(String::as_str)).map(str::to_owned),
                    });
                    out.push_str(written);
                }
            }
            consumed += open + close + 2;
            rest = &rest[open + close + 2..];
        }
        out.push_str(rest);
        Some((out, unknown))
    }

    /// The names a text may use, for messages.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.values.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::site::{Article, Organisation, Site};
    use crate::source::Spanned;

    fn site(name: &str, article: Article) -> Site {
        let source = crate::source::SourceFile::new("content/site.yaml", String::new());
        let mut site: Site = crate::load::yaml::parse(
            &source,
            "organisation: { name: X, article: la }\nbase_url: https://x.fr\ncontacts: { image_rights: image@x.fr }\n",
        )
        .unwrap();
        site.organisation = Organisation {
            name: Spanned::unspanned(name.to_owned()),
            article,
            short_name: None,
            territory: None,
            service: None,
        };
        site
    }

    #[test]
    fn organisation_forms_contacts_and_vars() {
        let vars =
            Variables::new(&site("Préfecture de l'Exemple", Article::La), [("referent".into(), "Camille".into())]);
        let (text, unknown) = vars
            .substitute("{{ org.De }} et {{org.le}}, {{ org.a }} ; écrire à {{ contacts.image_rights }} ou à {{ vars.referent }}.")
            .unwrap();
        assert_eq!(
            text,
            "De la Préfecture de l'Exemple et la Préfecture de l'Exemple, à la Préfecture de l'Exemple ; écrire à image@x.fr ou à Camille."
        );
        assert!(unknown.is_empty());
        let vars = Variables::new(&site("Conseil départemental", Article::Le), []);
        assert_eq!(vars.substitute("{{ org.a }}").unwrap().0, "au Conseil départemental");
        assert_eq!(vars.substitute("{{ org.De }}").unwrap().0, "Du Conseil départemental");
        assert!(vars.substitute("no braces").is_none());
    }

    #[test]
    fn unknown_names_are_reported_with_a_suggestion() {
        let vars = Variables::new(&site("Mairie", Article::La), []);
        let (text, unknown) = vars.substitute("Texte {{ org.nom }} et {{ contacts.image_right }}").unwrap();
        assert_eq!(text, "Texte {{ org.nom }} et {{ contacts.image_right }}");
        assert_eq!(unknown[0].offset, 6);
        assert_eq!(unknown[0].suggestion.as_deref(), Some("org.name"));
        assert_eq!(unknown[1].written, "{{ contacts.image_right }}");
        assert_eq!(unknown[1].suggestion.as_deref(), Some("contacts.image_rights"));
    }

    #[test]
    fn escaped_braces_stay_literal() {
        let vars = Variables::new(&site("Mairie", Article::La), []);
        let (text, unknown) = vars.substitute("Écrire \\{{ org.name }} donne {{ org.name }}.").unwrap();
        assert_eq!(text, "Écrire {{ org.name }} donne Mairie.");
        assert!(unknown.is_empty());
    }
}
