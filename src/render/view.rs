//! What templates see: small serialisable views of the site and of each document, with
//! Markdown already rendered and dates already written in French. Templates get what they need,
//! not the whole model.

use serde::Serialize;

use super::markdown::{self, Heading};
use super::slug::{french_cmp, IdSet};
use crate::model::date::Date;
use crate::model::document::{Audience, Document, Kind, Person, Status};
use crate::model::site::{capitalise, Licence, OrganisationForms, Site};
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
    pub contact: std::collections::BTreeMap<String, String>,
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
    pub fn new(site: &Site) -> SiteView {
        let org = site.organisation.forms();
        SiteView {
            title: site
                .title
                .clone()
                .unwrap_or_else(|| format!("Réseaux sociaux {}", org.de)),
            language: site.language.clone(),
            base_url: site.base_url.trim_end_matches('/').to_owned(),
            accounts: site
                .accounts
                .iter()
                .map(|a| AccountView {
                    network: network_label(&a.network),
                    handle: a.handle.clone(),
                    url: a.url.clone(),
                    since: a.since.map(|d| d.french()),
                })
                .collect(),
            contacts: site
                .contacts
                .iter()
                .map(|(key, email)| ContactView {
                    key: key.clone(),
                    label: contact_label(key),
                    email: email.clone(),
                })
                .collect(),
            contact: site.contacts.clone(),
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

#[derive(Serialize)]
pub struct Crumb {
    pub label: String,
    /// Site-relative address, when the crumb is a link.
    pub url: Option<String>,
    pub is_link: bool,
}

#[derive(Serialize)]
pub struct ApprovalStep {
    pub step: &'static str,
    pub name: String,
    pub role: String,
    pub date: String,
    pub date_iso: String,
}

/// When the next review is due, and whether it is late, in words.
#[derive(Serialize)]
pub struct ReviewView {
    pub last: Option<String>,
    pub due: String,
    pub due_iso: String,
    pub state: &'static str,
    pub state_label: &'static str,
    pub state_symbol: &'static str,
}

impl ReviewView {
    fn new(doc: &Document, model: &SiteModel, today: Date) -> Option<ReviewView> {
        let defaults = &model.site.review;
        let due = doc.next_review(defaults.every_months)?;
        let days_left = today.days_until(due);
        let (state, state_label, state_symbol) = if days_left < 0 {
            ("overdue", "en retard", "⚠")
        } else if days_left <= i64::from(defaults.warn_days) {
            ("due-soon", "à revoir bientôt", "◔")
        } else {
            ("up-to-date", "à jour", "✔")
        };
        let last = doc
            .fields
            .review
            .as_ref()
            .and_then(|r| r.last.as_deref())
            .map(Date::french);
        Some(ReviewView {
            last,
            due: due.french(),
            due_iso: due.iso(),
            state,
            state_label,
            state_symbol,
        })
    }
}

#[derive(Serialize)]
pub struct HistoryView {
    pub version: String,
    pub date: String,
    pub date_iso: String,
    pub changes_html: String,
}

#[derive(Serialize)]
pub struct RuleView {
    pub id: String,
    pub number: usize,
    pub title: String,
    pub body_html: String,
}

#[derive(Serialize)]
pub struct FaqView {
    pub id: String,
    pub question: String,
    pub answer_html: String,
}

#[derive(Serialize)]
pub struct TermView {
    pub id: String,
    pub term: String,
    pub abbr: Option<String>,
    pub aliases: Vec<String>,
    pub definition_html: String,
}

#[derive(Serialize)]
pub struct TermGroupView {
    pub id: String,
    pub name: String,
    pub terms: Vec<TermView>,
}

#[derive(Serialize)]
pub struct EngagementView {
    pub number: String,
    pub text: String,
}

#[derive(Serialize)]
pub struct CartoucheView {
    pub reference: Option<String>,
    pub service: Option<String>,
    pub diffusion: Vec<String>,
    pub storage: Option<String>,
}

#[derive(Serialize)]
pub struct TocEntry {
    pub id: String,
    pub text: String,
    pub children: Vec<TocEntry>,
}

/// The section ids a document page uses, after rule ids have been reserved.
#[derive(Serialize)]
pub struct SectionIds {
    pub engagements: String,
    pub rules: String,
    pub faq: String,
    pub history: String,
    pub cartouche: String,
    pub image_rights: String,
}

#[derive(Serialize)]
pub struct DocumentView {
    pub url: String,
    pub slug: String,
    pub title: String,
    pub kind: &'static str,
    pub kind_label: &'static str,
    pub version: Option<String>,
    pub status: &'static str,
    pub status_label: &'static str,
    pub status_symbol: &'static str,
    pub is_project: bool,
    pub audience: &'static str,
    pub audience_label: &'static str,
    pub summary: Option<String>,
    pub in_force_since: Option<String>,
    pub in_force_since_iso: Option<String>,
    pub review: Option<ReviewView>,
    pub approval: Vec<ApprovalStep>,
    pub history: Vec<HistoryView>,
    pub engagements: Vec<EngagementView>,
    pub rules_title: &'static str,
    pub rules: Vec<RuleView>,
    pub faq: Vec<FaqView>,
    pub term_groups: Vec<TermGroupView>,
    pub body_html: String,
    pub toc: Vec<TocEntry>,
    pub ids: SectionIds,
    pub cartouche: Option<CartoucheView>,
    /// A moderation charter says where to ask for a photograph to be removed.
    pub image_rights: bool,
    pub breadcrumb: Vec<Crumb>,
}

/// A document as the home page lists it.
#[derive(Serialize)]
pub struct DocumentSummary {
    pub url: String,
    pub title: String,
    pub kind_label: &'static str,
    pub summary: Option<String>,
    pub version: Option<String>,
    pub status_label: &'static str,
    pub status_symbol: &'static str,
    pub status: &'static str,
}

impl DocumentSummary {
    pub fn new(doc: &Document) -> DocumentSummary {
        let status = doc.status();
        DocumentSummary {
            url: doc.url_path(),
            title: doc.fields.title.to_string(),
            kind_label: doc.kind().label(),
            summary: doc.fields.summary.clone(),
            version: doc.fields.version.as_deref().cloned(),
            status_label: status.label(),
            status_symbol: status.symbol(),
            status: status.as_str(),
        }
    }
}

#[derive(Serialize)]
pub struct AudienceGroup {
    pub id: &'static str,
    pub label: &'static str,
    pub documents: Vec<DocumentSummary>,
}

/// Documents grouped by audience, the public ones first.
pub fn audience_groups(documents: &[Document]) -> Vec<AudienceGroup> {
    [
        (Audience::Public, "documents-publics", "Documents publics"),
        (Audience::Internal, "documents-internes", "Documents internes (agents)"),
    ]
    .into_iter()
    .map(|(audience, id, label)| AudienceGroup {
        id,
        label,
        documents: documents
            .iter()
            .filter(|d| d.audience() == audience)
            .map(DocumentSummary::new)
            .collect(),
    })
    .filter(|g| !g.documents.is_empty())
    .collect()
}

fn step(label: &'static str, person: &Option<Person>) -> Option<ApprovalStep> {
    person.as_ref().map(|p| ApprovalStep {
        step: label,
        name: p.name.clone(),
        role: p.role.clone(),
        date: p.date.french(),
        date_iso: p.date.iso(),
    })
}

fn french_date(date: Option<Date>) -> (Option<String>, Option<String>) {
    (date.map(|d| d.french()), date.map(|d| d.iso()))
}

/// Markdown of a field inside a block (a rule, an answer, a definition): its headings, if any,
/// go under the block's own.
fn fragment(markdown: &str, top_level: u8, ids: &mut IdSet) -> String {
    markdown::render(markdown, top_level, ids).html
}

impl DocumentView {
    pub fn new(doc: &Document, model: &SiteModel, today: Date) -> DocumentView {
        let referential = &model.referential;
        let kind = doc.kind();
        let status = doc.status();
        let audience = doc.audience();
        let f = &doc.fields;
        let mut ids = IdSet::default();
        for reserved in ["contenu", "sommaire", "navigation", "haut"] {
            ids.reserve(reserved);
        }
        for rule in doc.rules() {
            ids.reserve(&rule.id);
        }
        let section_ids = SectionIds {
            engagements: ids.unique("engagements"),
            rules: ids.unique(if kind == Kind::Usage { "consignes" } else { "regles" }),
            faq: ids.unique("questions"),
            history: ids.unique("historique"),
            cartouche: ids.unique("cartouche"),
            image_rights: ids.unique("droit-a-l-image"),
        };
        let image_rights = kind == Kind::Moderation && model.site.contacts.contains_key("image_rights");

        let rules: Vec<RuleView> = doc
            .rules()
            .iter()
            .enumerate()
            .map(|(i, r)| RuleView {
                id: r.id.to_string(),
                number: i + 1,
                title: r.title.clone(),
                body_html: fragment(&r.body, 4, &mut ids),
            })
            .collect();
        let term_groups = term_groups(doc, &mut ids);
        let faq: Vec<FaqView> = doc
            .faq()
            .iter()
            .map(|q| FaqView {
                id: ids.unique(&q.question),
                question: q.question.clone(),
                answer_html: fragment(&q.answer, 4, &mut ids),
            })
            .collect();
        let body = markdown::render(&doc.body, 2, &mut ids);
        let history: Vec<HistoryView> = f
            .history
            .iter()
            .map(|h| HistoryView {
                version: h.version.to_string(),
                date: h.date.french(),
                date_iso: h.date.iso(),
                changes_html: fragment(&h.changes, 4, &mut ids),
            })
            .collect();
        let engagements: Vec<EngagementView> = f
            .engagements
            .iter()
            .filter_map(|n| referential.get(n))
            .map(|e| EngagementView {
                number: e.number.clone(),
                text: e.text.clone(),
            })
            .collect();
        let approval = f.approval.clone().unwrap_or_default();
        let approval: Vec<ApprovalStep> = [
            step("Rédaction", &approval.drafted_by),
            step(
                if kind == Kind::Procedure {
                    "Vérification par le référent qualité"
                } else {
                    "Vérification"
                },
                &approval.verified_by,
            ),
            step("Validation", &approval.validated_by),
        ]
        .into_iter()
        .flatten()
        .collect();
        let cartouche = (kind == Kind::Procedure).then(|| CartoucheView {
            reference: f.reference.as_deref().cloned(),
            service: f.service.as_deref().cloned(),
            diffusion: f.diffusion.as_deref().cloned().unwrap_or_default(),
            storage: f.storage.as_deref().cloned(),
        });

        let sections = Sections {
            engagements: &engagements,
            headings: &body.headings,
            rules: &rules,
            faq: &faq,
            groups: &term_groups,
            image_rights,
            history: &history,
            cartouche: cartouche.is_some(),
        };
        let toc = table_of_contents(kind, &section_ids, &sections);
        let (in_force_since, in_force_since_iso) = french_date(doc.in_force_since());
        DocumentView {
            url: doc.url_path(),
            slug: doc.slug.clone(),
            title: f.title.to_string(),
            kind: kind.as_str(),
            kind_label: kind.label(),
            version: f.version.as_deref().cloned(),
            status: status.as_str(),
            status_label: status.label(),
            status_symbol: status.symbol(),
            is_project: matches!(status, Status::Draft | Status::Review),
            audience: audience.as_str(),
            audience_label: audience.label(),
            summary: f.summary.clone(),
            in_force_since,
            in_force_since_iso,
            review: ReviewView::new(doc, model, today),
            approval,
            history,
            engagements,
            rules_title: if kind == Kind::Usage { "Consignes" } else { "Règles" },
            rules,
            faq,
            term_groups,
            body_html: body.html,
            toc,
            ids: section_ids,
            cartouche,
            image_rights,
            breadcrumb: breadcrumb(doc),
        }
    }
}

fn term_groups(doc: &Document, ids: &mut IdSet) -> Vec<TermGroupView> {
    let mut names: Vec<String> = Vec::new();
    for term in doc.terms() {
        let name = term.group.clone().unwrap_or_else(|| "Général".to_owned());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let mut groups: Vec<TermGroupView> = names
        .into_iter()
        .map(|name| TermGroupView {
            id: ids.unique(&format!("groupe {name}")),
            name,
            terms: Vec::new(),
        })
        .collect();
    let mut terms: Vec<_> = doc.terms().iter().collect();
    terms.sort_by(|a, b| french_cmp(&a.term, &b.term));
    for term in terms {
        let name = term.group.as_deref().unwrap_or("Général");
        let view = TermView {
            id: ids.unique(&term.term),
            term: term.term.to_string(),
            abbr: term.abbr.clone(),
            aliases: term.aliases.clone(),
            definition_html: fragment(&term.definition, 4, ids),
        };
        if let Some(group) = groups.iter_mut().find(|g| g.name == name) {
            group.terms.push(view);
        }
    }
    groups
}

/// The sections of a document page, in page order, for the table of contents.
struct Sections<'a> {
    engagements: &'a [EngagementView],
    headings: &'a [Heading],
    rules: &'a [RuleView],
    faq: &'a [FaqView],
    groups: &'a [TermGroupView],
    image_rights: bool,
    history: &'a [HistoryView],
    cartouche: bool,
}

fn table_of_contents(kind: Kind, ids: &SectionIds, s: &Sections) -> Vec<TocEntry> {
    let entry = |id: &str, text: &str| TocEntry {
        id: id.to_owned(),
        text: text.to_owned(),
        children: Vec::new(),
    };
    let mut toc = Vec::new();
    if !s.engagements.is_empty() {
        toc.push(entry(&ids.engagements, "Engagements Qual-e-pref"));
    }
    for h in s.headings {
        match (h.level, toc.last_mut()) {
            (2, _) | (_, None) => toc.push(entry(&h.id, &h.text)),
            (3, Some(parent)) => parent.children.push(entry(&h.id, &h.text)),
            _ => {}
        }
    }
    if !s.rules.is_empty() {
        let mut e = entry(&ids.rules, if kind == Kind::Usage { "Consignes" } else { "Règles" });
        e.children = s
            .rules
            .iter()
            .map(|r| entry(&r.id, &format!("{}. {}", r.number, r.title)))
            .collect();
        toc.push(e);
    }
    if !s.faq.is_empty() {
        toc.push(entry(&ids.faq, "Questions fréquentes"));
    }
    for g in s.groups {
        toc.push(entry(&g.id, &g.name));
    }
    if s.image_rights {
        toc.push(entry(&ids.image_rights, "Droit à l'image"));
    }
    if !s.history.is_empty() {
        toc.push(entry(&ids.history, "Historique des versions"));
    }
    if s.cartouche {
        toc.push(entry(&ids.cartouche, "Cartouche"));
    }
    if toc.len() > 3 {
        toc
    } else {
        Vec::new()
    }
}

fn breadcrumb(doc: &Document) -> Vec<Crumb> {
    let mut crumbs = vec![Crumb {
        label: "Accueil".to_owned(),
        url: Some(String::new()),
        is_link: true,
    }];
    let parts: Vec<&str> = doc.slug.split('/').collect();
    for folder in &parts[..parts.len() - 1] {
        let label = capitalise(&folder.replace(['-', '_'], " "));
        crumbs.push(Crumb {
            label,
            url: None,
            is_link: false,
        });
    }
    crumbs.push(Crumb {
        label: doc.fields.title.to_string(),
        url: None,
        is_link: false,
    });
    crumbs
}
