//! The site: `content/site.yaml` — the organisation and its French grammatical forms, its
//! accounts, contacts, review defaults and licence.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::date::Date;
use crate::load::yaml::{unspanned, Spanned};

/// A text as written in YAML, with the position where it starts.
pub type Text = Spanned<String>;

/// The French article that goes with the organisation's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Article {
    #[serde(rename = "le")]
    Le,
    #[serde(rename = "la")]
    La,
    #[serde(rename = "l'", alias = "l’")]
    Elided,
    #[serde(rename = "les")]
    Les,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: Spanned<String>,
    pub article: Article,
    #[serde(default)]
    pub short_name: Option<Text>,
    #[serde(default)]
    pub territory: Option<Text>,
    #[serde(default)]
    pub service: Option<Text>,
}

/// The name with its article in the three grammatical positions French needs.
#[derive(Debug, Clone, Serialize)]
pub struct OrganisationForms {
    pub name: String,
    pub short_name: String,
    pub territory: String,
    pub service: String,
    /// "de la Préfecture", "du Conseil", "de l'Agence", "des Services"
    pub de: String,
    /// "la Préfecture", "le Conseil", "l'Agence", "les Services"
    pub le: String,
    /// "à la Préfecture", "au Conseil", "à l'Agence", "aux Services"
    pub a: String,
    #[serde(rename = "De")]
    pub de_cap: String,
    #[serde(rename = "Le")]
    pub le_cap: String,
    #[serde(rename = "A")]
    pub a_cap: String,
}

impl Organisation {
    /// The name in every form, stripped of an article the author may have written in it.
    pub fn forms(&self) -> OrganisationForms {
        let name = self.name.trim().to_owned();
        let (de, le, a) = match self.article {
            Article::La => (format!("de la {name}"), format!("la {name}"), format!("à la {name}")),
            Article::Le => (format!("du {name}"), format!("le {name}"), format!("au {name}")),
            Article::Elided => (format!("de l'{name}"), format!("l'{name}"), format!("à l'{name}")),
            Article::Les => (format!("des {name}"), format!("les {name}"), format!("aux {name}")),
        };
        OrganisationForms {
            short_name: self.short_name.as_deref().cloned().unwrap_or_else(|| name.clone()),
            territory: self.territory.as_deref().cloned().unwrap_or_default(),
            service: self.service.as_deref().cloned().unwrap_or_default(),
            de_cap: capitalise(&de),
            le_cap: capitalise(&le),
            a_cap: capitalise(&a),
            name,
            de,
            le,
            a,
        }
    }
}

/// The text with its first letter in capitals (`à la` → `À la`).
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    pub network: String,
    pub handle: Text,
    pub url: Text,
    #[serde(default)]
    pub since: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewDefaults {
    #[serde(default = "default_every_months")]
    pub every_months: u32,
    #[serde(default = "default_warn_days")]
    pub warn_days: u32,
}

impl Default for ReviewDefaults {
    fn default() -> Self {
        ReviewDefaults { every_months: default_every_months(), warn_days: default_warn_days() }
    }
}

fn default_every_months() -> u32 {
    12
}
fn default_warn_days() -> u32 {
    30
}
fn default_language() -> String {
    "fr".to_owned()
}
fn default_theme() -> Spanned<String> {
    unspanned("default".to_owned())
}
fn default_licence() -> String {
    "etalab-2.0".to_owned()
}

/// `content/site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub organisation: Organisation,
    /// A title for the whole site; defaults to one built from the organisation's name.
    #[serde(default)]
    pub title: Option<Text>,
    pub base_url: Spanned<String>,
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default = "default_theme")]
    pub theme: Spanned<String>,
    #[serde(default)]
    pub accounts: Vec<Account>,
    #[serde(default)]
    pub contacts: BTreeMap<String, Text>,
    #[serde(default)]
    pub review: ReviewDefaults,
    #[serde(default = "default_licence")]
    pub licence: String,
}

/// A licence the footer can name and link to.
#[derive(Debug, Clone, Serialize)]
pub struct Licence {
    pub id: String,
    pub name: String,
    pub url: Option<String>,
}

impl Site {
    pub fn licence(&self) -> Licence {
        let (name, url) = match self.licence.as_str() {
            "etalab-2.0" => (
                "Licence Ouverte / Open Licence version 2.0",
                Some("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
            ),
            "cc-by-4.0" => {
                ("Creative Commons Attribution 4.0", Some("https://creativecommons.org/licenses/by/4.0/deed.fr"))
            }
            "cc-by-sa-4.0" => (
                "Creative Commons Attribution - Partage dans les mêmes conditions 4.0",
                Some("https://creativecommons.org/licenses/by-sa/4.0/deed.fr"),
            ),
            "cc0-1.0" => {
                ("Creative Commons Zero 1.0", Some("https://creativecommons.org/publicdomain/zero/1.0/deed.fr"))
            }
            other => (other, None),
        };
        Licence { id: self.licence.clone(), name: name.to_owned(), url: url.map(str::to_owned) }
    }

    /// The path part of `base_url` (`/chartes` for `https://example.org/chartes`), without a
    /// trailing slash; empty for a site at the root of its host.
    pub fn base_path(&self) -> String {
        let url = self.base_url.trim();
        let after_scheme = url.split_once("://").map(|(_, rest)| rest).unwrap_or(url);
        match after_scheme.find('/') {
            Some(i) => after_scheme[i..].trim_end_matches('/').to_owned(),
            None => String::new(),
        }
    }
}

impl Site {
    /// Every text of `site.yaml` that pages show, each with its field name.
    pub fn texts(&self) -> Vec<(&'static str, &Text)> {
        let o = &self.organisation;
        let mut out = vec![("organisation.name", &o.name)];
        out.extend(o.short_name.iter().map(|t| ("organisation.short_name", t)));
        out.extend(o.territory.iter().map(|t| ("organisation.territory", t)));
        out.extend(o.service.iter().map(|t| ("organisation.service", t)));
        out.extend(self.title.iter().map(|t| ("title", t)));
        out.push(("base_url", &self.base_url));
        for account in &self.accounts {
            out.push(("accounts.handle", &account.handle));
            out.push(("accounts.url", &account.url));
        }
        out.extend(self.contacts.values().map(|t| ("contacts", t)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(name: &str, article: Article) -> Organisation {
        Organisation { name: unspanned(name.to_owned()), article, short_name: None, territory: None, service: None }
    }

    #[test]
    fn article_forms() {
        let f = org("Préfecture de l'Exemple", Article::La).forms();
        assert_eq!(
            (f.de.as_str(), f.le.as_str(), f.a.as_str()),
            ("de la Préfecture de l'Exemple", "la Préfecture de l'Exemple", "à la Préfecture de l'Exemple")
        );
        assert_eq!(f.de_cap, "De la Préfecture de l'Exemple");
        let f = org("Conseil départemental", Article::Le).forms();
        assert_eq!(
            (f.de.as_str(), f.le.as_str(), f.a.as_str()),
            ("du Conseil départemental", "le Conseil départemental", "au Conseil départemental")
        );
        assert_eq!(f.a_cap, "Au Conseil départemental");
        let f = org("Agence", Article::Elided).forms();
        assert_eq!((f.de.as_str(), f.a_cap.as_str()), ("de l'Agence", "À l'Agence"));
        let f = org("Services de l'État", Article::Les).forms();
        assert_eq!(
            (f.de.as_str(), f.le.as_str(), f.a.as_str()),
            ("des Services de l'État", "les Services de l'État", "aux Services de l'État")
        );
    }
}
