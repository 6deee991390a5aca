//! Variables in texts: `{{ org.name }}`, `{{ org.de }}` (and the other forms of the
//! organisation's name), `{{ contacts.NAME }}` and `{{ vars.NAME }}` are replaced by their
//! values; `\{{` writes a literal `{{`. An unknown name is reported with the closest known one.

use std::collections::BTreeMap;

use super::site::OrganisationForms;
use crate::schema::site::Site;
use crate::source::did_you_mean;

/// The values a document's texts may use.
pub struct Variables {
    values: BTreeMap<String, String>,
    /// The organisation's forms, for `org.plural(…)` and `org.feminine(…)`.
    org: OrganisationForms,
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
            ("name_in_text", &org.name_in_text),
        ] {
            values.insert(format!("org.{name}"), value.clone());
        }
        for (name, value) in org.agreements() {
            values.insert(format!("org.{name}"), value.to_owned());
        }
        for (name, value) in &site.contacts {
            values.insert(format!("contacts.{name}"), value.to_string());
        }
        for (name, value) in vars {
            values.insert(format!("vars.{name}"), value);
        }
        Variables { values, org }
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
            match self.values.get(name).map(String::as_str).or_else(|| self.org.choice(name)) {
                Some(value) => out.push_str(value),
                None => {
                    unknown.push(Unknown {
                        offset: consumed + open,
                        written: written.to_owned(),
                        name: name.to_owned(),
                        suggestion: self.suggestion(name),
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

    /// The closest name to `name`, or the form of a choice written wrongly.
    fn suggestion(&self, name: &str) -> Option<String> {
        let function = name.split('(').next().unwrap_or(name).trim();
        match function {
            "org.plural" => Some("org.plural(\"singulier\", \"pluriel\")".to_owned()),
            "org.feminine" => Some("org.feminine(\"masculin\", \"féminin\")".to_owned()),
            _ => did_you_mean(name, self.values.keys().map(String::as_str)).map(str::to_owned),
        }
    }

    /// The names a text may use, for messages.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        let choices = ["org.plural(\"…\", \"…\")", "org.feminine(\"…\", \"…\")"];
        self.values.keys().map(String::as_str).chain(choices)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::site::{Article, Gender, Organisation, Site};
    use crate::source::Spanned;

    fn site(name: &str, article: Article) -> Site {
        site_with(name, article, None, None)
    }

    fn site_with(name: &str, article: Article, in_text: Option<&str>, gender: Option<Gender>) -> Site {
        let source = crate::source::SourceFile::new("content/site.yaml", String::new());
        let mut site: Site = crate::load::yaml::parse(
            &source,
            "organisation: { name: X, article: la }\nbase_url: https://x.fr\ncontacts: { image_rights: image@x.fr }\n",
        )
        .unwrap();
        site.organisation = Organisation {
            name: Spanned::unspanned(name.to_owned()),
            article,
            name_in_text: in_text.map(|n| Spanned::unspanned(n.to_owned())),
            gender: gender.map(Spanned::unspanned),
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
    fn texts_agree_with_the_name_and_its_article() {
        let text = "{{ org.Le }} se réserve{{ org.nt }} le droit ; {{ org.il }} est attaché{{ org.e }}{{ org.s }} à \
                    {{ org.plural(\"sa\", \"leur\") }} réputation, {{ org.feminine('le', 'la') }} seul{{ org.e }}.";
        for (name, article, gender, expected) in [
            (
                "Conseil départemental",
                Article::Le,
                None,
                "Le Conseil départemental se réserve le droit ; il est attaché à sa réputation, le seul.",
            ),
            (
                "Préfecture de la Somme",
                Article::La,
                None,
                "La Préfecture de la Somme se réserve le droit ; elle est attachée à sa réputation, la seule.",
            ),
            (
                "Agence régionale de santé",
                Article::Elided,
                Some(Gender::Feminine),
                "L'Agence régionale de santé se réserve le droit ; elle est attachée à sa réputation, la seule.",
            ),
            (
                "Office du tourisme",
                Article::Elided,
                None,
                "L'Office du tourisme se réserve le droit ; il est attaché à sa réputation, le seul.",
            ),
            (
                "Hospices civils de Lyon",
                Article::Les,
                Some(Gender::Masculine),
                "Les Hospices civils de Lyon se réservent le droit ; ils sont attachés à leur réputation, le seul.",
            ),
            (
                "Archives départementales",
                Article::Les,
                Some(Gender::Feminine),
                "Les Archives départementales se réservent le droit ; elles sont attachées à leur réputation, la seule.",
            ),
        ] {
            let vars = Variables::new(&site_with(name, article, None, gender), []);
            let text = text.replace(" est ", " {{ org.plural('est', 'sont') }} ");
            assert_eq!(vars.substitute(&text).unwrap().0, expected, "{name}");
        }
    }

    #[test]
    fn running_text_has_its_own_form_of_the_name() {
        let vars =
            Variables::new(&site_with("Préfecture de la Somme", Article::La, Some("préfecture de la Somme"), None), []);
        assert_eq!(
            vars.substitute("{{ org.name }} : {{ org.De }} et {{ org.a }}, {{ org.name_in_text }}").unwrap().0,
            "Préfecture de la Somme : De la préfecture de la Somme et à la préfecture de la Somme, préfecture de la Somme"
        );
    }

    #[test]
    fn a_choice_written_wrongly_is_reported_with_its_form() {
        let vars = Variables::new(&site("Mairie", Article::La), []);
        for written in ["{{ org.plural(sa, leur) }}", "{{ org.plural(\"sa\") }}", "{{ org.feminine(\"a\", \"b\" }}"] {
            let (_, unknown) = vars.substitute(written).unwrap();
            assert_eq!(unknown.len(), 1, "{written}");
            assert!(unknown[0].suggestion.as_deref().unwrap().contains("(\""), "{written}");
        }
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
