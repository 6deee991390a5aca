//! `content/site.yaml` as written: the organisation and its article, its accounts, contacts,
//! review defaults and licence.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use super::date::Date;
use super::required::required;
use super::Text;
use crate::source::Spanned;

/// The French article that goes with the organisation's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    #[serde(deserialize_with = "required")]
    pub name: Text,
    pub article: Article,
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
