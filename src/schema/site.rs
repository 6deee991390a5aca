//! `content/site.yaml` as written: the organisation and its article, its accounts, contacts,
//! review defaults and licence, and what the legal pages of a French public site say (the
//! publication, the accessibility statement, personal data).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use super::date::Date;
use super::required::{required, required_option};
use super::Text;
use crate::source::Spanned;

/// The French article that goes with the organisation's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[schemars(extend("enum" = ["le", "la", "l'", "l’", "les"]))]
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

/// The grammatical gender of the organisation's name, which texts agree with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Feminine,
    Masculine,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The name as a title writes it (`Préfecture de la Somme`).
    #[serde(deserialize_with = "required")]
    pub name: Text,
    pub article: Article,
    /// The name as running text writes it after its article (`préfecture de la Somme`), when
    /// it differs from the title form; `org.de`, `org.le` and `org.a` use it.
    #[serde(default, deserialize_with = "required_option")]
    pub name_in_text: Option<Text>,
    /// The name's gender: implied by `la` and `le`, needed with `l'` and `les` by texts that
    /// agree with it (default: masculine).
    #[serde(default)]
    pub gender: Option<Spanned<Gender>>,
    #[serde(default)]
    pub short_name: Option<Text>,
    #[serde(default)]
    pub territory: Option<Text>,
    #[serde(default)]
    pub service: Option<Text>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Account {
    pub network: String,
    #[serde(deserialize_with = "required")]
    pub handle: Text,
    #[serde(deserialize_with = "required")]
    pub url: Text,
    #[serde(default)]
    pub since: Option<Date>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewDefaults {
    #[serde(default = "default_every_months")]
    pub every_months: Spanned<u32>,
    #[serde(default = "default_warn_days")]
    pub warn_days: Spanned<u32>,
}

impl Default for ReviewDefaults {
    fn default() -> Self {
        ReviewDefaults { every_months: default_every_months(), warn_days: default_warn_days() }
    }
}

fn default_every_months() -> Spanned<u32> {
    Spanned::unspanned(12)
}
fn default_warn_days() -> Spanned<u32> {
    Spanned::unspanned(30)
}
fn default_language() -> String {
    "fr".to_owned()
}
fn default_theme() -> Spanned<String> {
    Spanned::unspanned("default".to_owned())
}
fn default_licence() -> String {
    "etalab-2.0".to_owned()
}

/// A person named by function on a legal page (the director of publication).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NamedPerson {
    #[serde(deserialize_with = "required")]
    pub name: Text,
    /// The function, written as it reads after the name (`préfète de l'Exemple`).
    #[serde(deserialize_with = "required")]
    pub role: Text,
}

/// The company or service that hosts the site.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Host {
    #[serde(deserialize_with = "required")]
    pub name: Text,
    /// Its postal address.
    #[serde(deserialize_with = "required")]
    pub address: Text,
    #[serde(default)]
    pub phone: Option<Text>,
}

/// `publication`: what the legal notice names (the publisher, the director of publication, the
/// host: loi 2004-575, art. 6).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// The director of publication (directeur ou directrice de la publication).
    #[serde(default)]
    pub director: Option<NamedPerson>,
    /// The organisation's postal address.
    #[serde(default)]
    pub address: Option<Text>,
    #[serde(default)]
    pub phone: Option<Text>,
    /// The contact page of the organisation's main site.
    #[serde(default)]
    pub contact_page: Option<Text>,
    #[serde(default)]
    pub host: Option<Host>,
}

/// An audit of the site against the RGAA.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Audit {
    pub date: Spanned<Date>,
    /// The share of the RGAA's applicable criteria met, in percent.
    pub rate: Spanned<f64>,
    /// The RGAA version of the audit (default `4.1`).
    #[serde(default)]
    pub rgaa: Option<Text>,
    /// Who carried it out.
    #[serde(default)]
    pub by: Option<Text>,
}

/// Content that is not accessible, and why.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NonAccessible {
    #[serde(deserialize_with = "required")]
    pub content: Text,
    #[serde(deserialize_with = "required")]
    pub reason: Text,
}

/// `accessibility`: what the accessibility statement says (décret 2019-768). Its compliance is
/// never written: it follows from the audit's rate, and without an audit it is "non conforme".
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    #[serde(default)]
    pub audit: Option<Audit>,
    /// The date of the statement (default: the audit's).
    #[serde(default)]
    pub statement_date: Option<Spanned<Date>>,
    #[serde(default)]
    pub non_accessible: Vec<NonAccessible>,
    /// Where readers report a barrier: an e-mail or a web address.
    #[serde(default)]
    pub contact: Option<Text>,
    /// The address of the multi-year accessibility plan (schéma pluriannuel).
    #[serde(default)]
    pub schema_url: Option<Text>,
    /// The address of this year's action plan.
    #[serde(default)]
    pub action_plan_url: Option<Text>,
}

/// `privacy`: what the personal-data page names.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    /// The data protection officer's e-mail (délégué à la protection des données).
    #[serde(default)]
    pub dpo: Option<Text>,
    /// Where readers exercise their rights (default: the image-rights contact).
    #[serde(default)]
    pub contact: Option<Text>,
}

/// The longest time between two reviews, in months (ten years).
pub const MAX_MONTHS: u32 = 120;
/// The longest warning before a review, in days (a year).
pub const MAX_WARN_DAYS: u32 = 366;

/// `content/site.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub organisation: Organisation,
    /// A title for the whole site; defaults to one built from the organisation's name.
    #[serde(default)]
    pub title: Option<Text>,
    pub base_url: Spanned<String>,
    #[serde(default = "default_language")]
    pub language: String,
    /// French typography in the pages' text (default: on when `language` is French).
    #[serde(default)]
    pub typography: Option<bool>,
    #[serde(default = "default_theme")]
    pub theme: Spanned<String>,
    #[serde(default)]
    pub accounts: Vec<Account>,
    #[serde(default)]
    pub contacts: BTreeMap<String, Text>,
    #[serde(default)]
    pub review: ReviewDefaults,
    #[serde(default = "default_licence")]
    #[schemars(extend("examples" = ["etalab-2.0", "cc-by-4.0", "cc-by-sa-4.0", "cc0-1.0"]))]
    pub licence: String,
    #[serde(default)]
    pub publication: Option<Spanned<Publication>>,
    #[serde(default)]
    pub accessibility: Option<Spanned<Accessibility>>,
    #[serde(default)]
    pub privacy: Option<Spanned<Privacy>>,
    /// Model libraries, by the name `extends` gives them: `sig: ../modeles-sig` (a folder,
    /// relative to the site's root) for `extends: "@sig/moderation@2.1"`. The folder holds the
    /// models with their earlier versions (`moderation.md`, `moderation@2.0.md`) and a
    /// `library.yaml` that names the library, its publisher and its licence.
    #[serde(default)]
    pub models: BTreeMap<String, Text>,
}

impl Site {
    /// Whether pages get French typography: as `typography` says, else when the site is French.
    pub fn french_typography(&self) -> bool {
        self.typography.unwrap_or_else(|| self.language == "fr" || self.language.starts_with("fr-"))
    }

    /// Every text of `site.yaml` that pages show, each with its field name.
    pub fn texts(&self) -> Vec<(&'static str, &Text)> {
        let o = &self.organisation;
        let mut out = vec![("organisation.name", &o.name)];
        out.extend(o.name_in_text.iter().map(|t| ("organisation.name_in_text", t)));
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
        if let Some(p) = &self.publication {
            if let Some(d) = &p.director {
                out.extend([("publication.director.name", &d.name), ("publication.director.role", &d.role)]);
            }
            out.extend(p.address.iter().map(|t| ("publication.address", t)));
            out.extend(p.phone.iter().map(|t| ("publication.phone", t)));
            out.extend(p.contact_page.iter().map(|t| ("publication.contact_page", t)));
            if let Some(h) = &p.host {
                out.extend([("publication.host.name", &h.name), ("publication.host.address", &h.address)]);
                out.extend(h.phone.iter().map(|t| ("publication.host.phone", t)));
            }
        }
        if let Some(a) = &self.accessibility {
            if let Some(audit) = &a.audit {
                out.extend(audit.rgaa.iter().map(|t| ("accessibility.audit.rgaa", t)));
                out.extend(audit.by.iter().map(|t| ("accessibility.audit.by", t)));
            }
            for n in &a.non_accessible {
                out.extend([
                    ("accessibility.non_accessible.content", &n.content),
                    ("accessibility.non_accessible.reason", &n.reason),
                ]);
            }
            out.extend(a.contact.iter().map(|t| ("accessibility.contact", t)));
            out.extend(a.schema_url.iter().map(|t| ("accessibility.schema_url", t)));
            out.extend(a.action_plan_url.iter().map(|t| ("accessibility.action_plan_url", t)));
        }
        if let Some(p) = &self.privacy {
            out.extend(p.dpo.iter().map(|t| ("privacy.dpo", t)));
            out.extend(p.contact.iter().map(|t| ("privacy.contact", t)));
        }
        out
    }
}
