//! What every template sees as `site`: the organisation's forms, accounts, contacts, licence,
//! and what the legal pages and the footer say. Built once per build and shared by all pages.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::address::is_email;
use crate::model::site::{capitalise, Licence, OrganisationForms};
use crate::model::SiteModel;
use crate::schema::site::Site;

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
    pub legal: LegalView,
}

/// What the legal pages say, from `site.yaml`'s `publication`, `accessibility` and `privacy`.
#[derive(Serialize)]
pub struct LegalView {
    /// "non conforme", "partiellement conforme" or "totalement conforme".
    pub compliance: &'static str,
    pub audit: Option<AuditView>,
    pub statement_date: Option<String>,
    pub statement_date_iso: Option<String>,
    pub non_accessible: Vec<NonAccessibleView>,
    /// Where readers report a barrier.
    pub accessibility_contact: Option<LinkView>,
    pub schema_url: Option<String>,
    pub action_plan_url: Option<String>,
    pub director: Option<PersonView>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub contact_page: Option<String>,
    pub host: Option<HostView>,
    pub dpo: Option<String>,
    /// Where readers exercise their rights over their personal data.
    pub rights_contact: Option<String>,
}

#[derive(Serialize)]
pub struct AuditView {
    pub date: String,
    pub date_iso: String,
    /// "72,5 %"
    pub rate: String,
    pub rgaa: String,
    pub by: Option<String>,
}

#[derive(Serialize)]
pub struct NonAccessibleView {
    pub content: String,
    pub reason: String,
}

#[derive(Serialize)]
pub struct LinkView {
    pub text: String,
    pub href: String,
}

#[derive(Serialize)]
pub struct PersonView {
    pub name: String,
    pub role: String,
}

#[derive(Serialize)]
pub struct HostView {
    pub name: String,
    pub address: String,
    pub phone: Option<String>,
}

impl LegalView {
    fn new(site: &Site) -> LegalView {
        let text = |t: &crate::schema::Text| t.trim().to_owned();
        let a = site.accessibility.as_deref();
        let p = site.publication.as_deref();
        let privacy = site.privacy.as_deref();
        let audit = a.and_then(|a| a.audit.as_ref());
        let statement = a.and_then(|a| a.statement_date.as_deref().copied()).or(audit.map(|a| *a.date));
        LegalView {
            compliance: site.compliance().label(),
            audit: audit.map(|audit| AuditView {
                date: audit.date.french(),
                date_iso: audit.date.iso(),
                rate: french_percent(*audit.rate),
                rgaa: audit.rgaa.as_ref().map_or_else(|| "4.1".to_owned(), text),
                by: audit.by.as_ref().map(text),
            }),
            statement_date: statement.map(|d| d.french()),
            statement_date_iso: statement.map(|d| d.iso()),
            non_accessible: a
                .map(|a| &a.non_accessible[..])
                .unwrap_or_default()
                .iter()
                .map(|n| NonAccessibleView { content: text(&n.content), reason: text(&n.reason) })
                .collect(),
            accessibility_contact: a.and_then(|a| a.contact.as_ref()).map(|c| {
                let c = text(c);
                let href = if is_email(&c) { format!("mailto:{c}") } else { c.clone() };
                LinkView { text: c, href }
            }),
            schema_url: a.and_then(|a| a.schema_url.as_ref()).map(text),
            action_plan_url: a.and_then(|a| a.action_plan_url.as_ref()).map(text),
            director: p
                .and_then(|p| p.director.as_ref())
                .map(|d| PersonView { name: text(&d.name), role: text(&d.role) }),
            address: p.and_then(|p| p.address.as_ref()).map(text),
            phone: p.and_then(|p| p.phone.as_ref()).map(text),
            contact_page: p.and_then(|p| p.contact_page.as_ref()).map(text),
            host: p.and_then(|p| p.host.as_ref()).map(|h| HostView {
                name: text(&h.name),
                address: text(&h.address),
                phone: h.phone.as_ref().map(text),
            }),
            dpo: privacy.and_then(|p| p.dpo.as_ref()).map(text),
            rights_contact: privacy
                .and_then(|p| p.contact.as_ref())
                .or_else(|| site.contacts.get("image_rights"))
                .map(text),
        }
    }
}

/// A percentage as French writes it: `72,5 %` (a narrow no-break space before the sign).
fn french_percent(rate: f64) -> String {
    let rounded = (rate * 10.0).round() / 10.0;
    let number =
        if rounded.fract() == 0.0 { format!("{rounded:.0}") } else { format!("{rounded:.1}").replace('.', ",") };
    format!("{number}\u{202f}%")
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
            legal: LegalView::new(site),
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
        "community_manager" => "Gestion des comptes et modération".into(),
        "image_rights" => "Demandes de retrait d'image (droit à l'image)".into(),
        other => capitalise(&other.replace('_', " ")),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn percentages_are_written_the_french_way() {
        assert_eq!(super::french_percent(72.5), "72,5\u{202f}%");
        assert_eq!(super::french_percent(100.0), "100\u{202f}%");
        assert_eq!(super::french_percent(66.66), "66,7\u{202f}%");
    }
}
