//! `site.yaml`: its review defaults within sane bounds; its addresses: every one that reaches a
//! link of a page (`base_url`, the accounts' addresses, the contacts written as `mailto:`, the
//! legal pages' addresses) is a web address or an e-mail address, so that no field can put a
//! `javascript:` or `data:` link into the site; and what the legal pages need, each missing
//! field a warning where it belongs (a site without them still builds, and its accessibility
//! statement says "non conforme").

use super::review::out_of_range;
use crate::model::address::{is_email, is_web_address};
use crate::model::SiteModel;
use crate::schema::site::{Article, Gender, MAX_MONTHS, MAX_WARN_DAYS};
use crate::schema::Text;
use crate::source::{Code, Diagnostic, SourceFile, Spanned};
use crate::tr;

pub fn check(model: &SiteModel, out: &mut Vec<Diagnostic>) {
    let site = &model.site;
    let file = &model.site_file;
    out.extend(not_web(file, "base_url", &site.base_url));
    out.extend(site.accounts.iter().filter_map(|a| not_web(file, "accounts.url", &a.url)));
    let review = &site.review;
    out.extend(out_of_range(file, &review.every_months, "review.every_months", 1..=MAX_MONTHS, "months"));
    out.extend(out_of_range(file, &review.warn_days, "review.warn_days", 0..=MAX_WARN_DAYS, "days"));
    for (name, address) in &site.contacts {
        out.extend(not_email(file, &format!("contacts.{name}"), address, "communication@exemple.gouv.fr"));
    }
    organisation(model, out);
    legal(model, out);
    folders(model, out);
}

/// A folder named with a word charte cannot tell is French as written: a notice that asks for
/// its title.
fn folders(model: &SiteModel, out: &mut Vec<Diagnostic>) {
    for (folder, label) in model.folders.untitled(model.documents.iter().map(|d| d.slug.as_str())) {
        out.push(
            Diagnostic::about_file(Code::FolderTitle, format!("content/{folder}"), tr!("folder-title", label = label))
                .with_help(tr!("folder-title-help", folder = folder)),
        );
    }
}

/// The name's gender: the article's when it has one, asked for when it has not (`l'`, `les`).
fn organisation(model: &SiteModel, out: &mut Vec<Diagnostic>) {
    let org = &model.site.organisation;
    let file = &model.site_file;
    let implied = match org.article {
        Article::La => Some(Gender::Feminine),
        Article::Le => Some(Gender::Masculine),
        Article::Elided | Article::Les => None,
    };
    match (&org.gender, implied) {
        (Some(gender), Some(implied)) if **gender != implied => {
            let (written, article) = match implied {
                Gender::Feminine => ("masculine", "la"),
                Gender::Masculine => ("feminine", "le"),
            };
            out.push(
                file.at(
                    Code::InvalidValue,
                    gender,
                    tr!("gender-contradiction", written = written.to_string(), article = article.to_string()),
                )
                .with_help(tr!("gender-contradiction-help")),
            );
        }
        (None, None) => out.push(
            file.at(Code::GenderMissing, &org.name, tr!("gender-missing", name = org.name.as_str()))
                .with_help(tr!("gender-missing-help")),
        ),
        _ => {}
    }
}

/// A located `bad-url` error unless `url` is a web address.
fn not_web(file: &SourceFile, field: &str, url: &Text) -> Option<Diagnostic> {
    (!is_web_address(url)).then(|| {
        file.at(Code::BadUrl, url, tr!("bad-web-address", value = url.as_str(), field = field))
            .with_help(tr!("bad-web-address-help"))
    })
}

/// A located `bad-url` error unless `address` is an e-mail address.
fn not_email(file: &SourceFile, field: &str, address: &Text, example: &str) -> Option<Diagnostic> {
    (!is_email(address)).then(|| {
        file.at(Code::BadUrl, address, tr!("bad-email", value = address.as_str(), field = field))
            .with_help(tr!("bad-email-help", example = example))
    })
}

/// The legal pages' fields: each mandatory one present, each address safe, the audit's rate a
/// percentage.
fn legal(model: &SiteModel, out: &mut Vec<Diagnostic>) {
    let site = &model.site;
    let file = &model.site_file;
    let (p, a, privacy) = (site.publication.as_deref(), site.accessibility.as_deref(), site.privacy.as_deref());
    let publication = site.publication.as_ref().map(Spanned::position);
    let accessibility = site.accessibility.as_ref().map(Spanned::position);
    let privacy_at = site.privacy.as_ref().map(Spanned::position);
    let (notice, statement, data) = (&tr!("legal-notice"), &tr!("legal-statement"), &tr!("legal-data"));
    // Each mandatory field: where its section is, whether it is given, what it is for.
    let mandatory = [
        (
            publication,
            p.is_some_and(|p| p.director.is_some()),
            "publication.director",
            notice,
            tr!("legal-director-help"),
        ),
        (publication, p.is_some_and(|p| p.address.is_some()), "publication.address", notice, tr!("legal-address-help")),
        (publication, p.is_some_and(|p| p.host.is_some()), "publication.host", notice, tr!("legal-host-help")),
        (
            accessibility,
            a.is_some_and(|a| a.contact.is_some()),
            "accessibility.contact",
            statement,
            tr!("legal-contact-help"),
        ),
        (
            accessibility,
            a.is_some_and(|a| a.schema_url.is_some()),
            "accessibility.schema_url",
            statement,
            tr!("legal-schema-help"),
        ),
        (privacy_at, privacy.is_some_and(|p| p.dpo.is_some()), "privacy.dpo", data, tr!("legal-dpo-help")),
    ];
    for (section, given, field, page, help) in mandatory {
        if !given {
            out.push(missing(file, section, field, page, &help));
        }
    }
    if let Some(p) = p {
        out.extend(p.contact_page.as_ref().and_then(|u| not_web(file, "publication.contact_page", u)));
    }
    if let Some(a) = a {
        if let Some(contact) = a.contact.as_ref().filter(|c| !is_email(c) && !is_web_address(c)) {
            out.push(
                file.at(Code::BadUrl, contact, tr!("legal-contact-bad", value = contact.as_str()))
                    .with_help(tr!("legal-contact-bad-help")),
            );
        }
        out.extend(a.schema_url.as_ref().and_then(|u| not_web(file, "accessibility.schema_url", u)));
        out.extend(a.action_plan_url.as_ref().and_then(|u| not_web(file, "accessibility.action_plan_url", u)));
        if let Some(rate) = a.audit.as_ref().map(|audit| &audit.rate).filter(|r| !(0.0..=100.0).contains(&***r)) {
            out.push(
                file.at(Code::InvalidValue, rate, tr!("legal-rate", rate = rate.to_string()))
                    .with_help(tr!("legal-rate-help")),
            );
        }
    }
    if let Some(p) = privacy {
        out.extend(p.dpo.as_ref().and_then(|d| not_email(file, "privacy.dpo", d, "dpd@exemple.gouv.fr")));
        out.extend(p.contact.as_ref().and_then(|c| not_email(file, "privacy.contact", c, "dpd@exemple.gouv.fr")));
    }
}

/// A mandatory field of a legal page left out: at its section when there is one, else at the
/// end of the file, where the section would be added.
fn missing(file: &SourceFile, section: Option<(usize, usize)>, field: &str, page: &str, help: &str) -> Diagnostic {
    let place = section.unwrap_or_else(|| (file.text.lines().count().max(1), 1));
    file.diagnostic(Code::LegalMissing, place, tr!("legal-missing", page = page, field = field))
        .with_help(tr!("legal-missing-help", help = help))
}
