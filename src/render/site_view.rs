//! What every template sees as `site`: the organisation's forms, accounts, contacts, licence.
//! Built once per build and shared by all pages.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::site::{capitalise, Licence, OrganisationForms};
use crate::model::SiteModel;

#[derive(Serialize)]
pub struct SiteView {
    pub title: String,
    pub org: OrganisationForms,
    pub language: String,
    pub base_url: String,
    pub accounts: Vec<AccountView>,
    pub contacts: Vec<ContactView>,
    /// Contacts by name (`site.contact.image_rights`).
    pub contact: BTreeMap<String, String>,
    pub licence: Licence,
}

#[derive(Serialize)]
pub struct AccountView {
    pub network: String,
    pub handle: String,
    pub url: String,
    pub since: Option<String>,
}

#[derive(Serialize)]
pub struct ContactView {
    pub key: String,
    pub label: String,
    pub email: String,
}

impl SiteView {
    pub fn new(model: &SiteModel) -> SiteView {
        let site = &model.site;
        let org = site.organisation.forms();
        SiteView {
            title: site.title.as_deref().cloned().unwrap_or_else(|| format!("Réseaux sociaux {}", org.de)),
            language: site.language.clone(),
            base_url: model.base.url.clone(),
            accounts: site
                .accounts
                .iter()
                .map(|a| AccountView {
                    network: network_label(&a.network),
                    handle: a.handle.to_string(),
                    url: a.url.to_string(),
                    since: a.since.map(|d| d.french()),
                })
                .collect(),
            contacts: site
                .contacts
                .iter()
                .map(|(key, email)| ContactView {
                    key: key.clone(),
                    label: contact_label(key),
                    email: email.to_string(),
                })
                .collect(),
            contact: site.contacts.iter().map(|(k, v)| (k.clone(), v.to_string())).collect(),
            licence: site.licence(),
            org,
        }
    }
}

fn network_label(network: &str) -> String {
    match network.to_ascii_lowercase().as_str() {
        "twitter" => "Twitter".into(),
        "x" => "X (Twitter)".into(),
        "facebook" => "Facebook".into(),
        "linkedin" => "LinkedIn".into(),
        "instagram" => "Instagram".into(),
        "youtube" => "YouTube".into(),
        "mastodon" => "Mastodon".into(),
        "bluesky" => "Bluesky".into(),
        "tiktok" => "TikTok".into(),
        "threads" => "Threads".into(),
        _ => network.to_owned(),
    }
}

fn contact_label(key: &str) -> String {
    match key {
        "community_manager" => "Gestion des comptes (community manager)".into(),
        "image_rights" => "Demandes de retrait d'image (droit à l'image)".into(),
        other => capitalise(&other.replace('_', " ")),
    }
}
