//! `site.yaml`: its review defaults within sane bounds; its addresses: every one that reaches a
//! link of a page (`base_url`, the accounts' addresses, the contacts written as `mailto:`, the
//! legal pages' addresses) is a web address or an e-mail address, so that no field can put a
//! `javascript:` or `data:` link into the site; and what the legal pages need, each missing
//! field a warning where it belongs (a site without them still builds, and its accessibility
//! statement says "non conforme").

use super::review::out_of_range;
use crate::model::address::{is_email, is_web_address};
use crate::model::SiteModel;
use crate::schema::site::{MAX_MONTHS, MAX_WARN_DAYS};
use crate::schema::Text;
use crate::source::{Code, Diagnostic, SourceFile, Spanned};

pub fn check(model: &SiteModel, out: &mut Vec<Diagnostic>) {
    let site = &model.site;
    let file = &model.site_file;
    let web = |field: &str, url: &crate::schema::Text| {
        file.at(Code::BadUrl, url, format!("`{}` cannot be the address of a link (in `{field}`)", url.as_str()))
            .with_help("write a web address that starts with `https://` (or `http://`), with no space in it")
    };
    if !is_web_address(&site.base_url) {
        out.push(web("base_url", &site.base_url));
    }
    for account in site.accounts.iter().filter(|a| !is_web_address(&a.url)) {
        out.push(web("accounts.url", &account.url));
    }
    let review = &site.review;
    out.extend(out_of_range(file, &review.every_months, "review.every_months", 1..=MAX_MONTHS, "months"));
    out.extend(out_of_range(file, &review.warn_days, "review.warn_days", 0..=MAX_WARN_DAYS, "days"));
    for (name, address) in site.contacts.iter().filter(|(_, a)| !is_email(a)) {
        out.push(
            file.at(
                Code::BadUrl,
                address,
                format!("`{}` is not an e-mail address (in `contacts.{name}`)", address.as_str()),
            )
            .with_help("write the address readers write to, such as `communication@exemple.gouv.fr`"),
        );
    }
    legal(model, out);
}

/// The legal pages' fields: each mandatory one present, each address safe, the audit's rate a
/// percentage.
fn legal(model: &SiteModel, out: &mut Vec<Diagnostic>) {
    let site = &model.site;
    let file = &model.site_file;
    let web = |field: &str, url: &Text| {
        (!is_web_address(url)).then(|| {
            file.at(Code::BadUrl, url, format!("`{}` cannot be the address of a link (in `{field}`)", url.as_str()))
                .with_help("write a web address that starts with `https://` (or `http://`), with no space in it")
        })
    };
    let email = |field: &str, address: &Text| {
        (!is_email(address)).then(|| {
            file.at(Code::BadUrl, address, format!("`{}` is not an e-mail address (in `{field}`)", address.as_str()))
                .with_help("write the address readers write to, such as `dpd@exemple.gouv.fr`")
        })
    };
    let absent = |section: Option<(usize, usize)>, field: &str, page: &str, help: &str| {
        missing(file, section, field, page, help)
    };
    let publication = site.publication.as_ref().map(Spanned::position);
    let p = site.publication.as_deref();
    if p.is_none_or(|p| p.director.is_none()) {
        out.push(absent(
            publication,
            "publication.director",
            "legal notice",
            "give the director of publication's `name` and `role`",
        ));
    }
    if p.is_none_or(|p| p.address.is_none()) {
        out.push(absent(publication, "publication.address", "legal notice", "give the organisation's postal address"));
    }
    if p.is_none_or(|p| p.host.is_none()) {
        out.push(absent(
            publication,
            "publication.host",
            "legal notice",
            "give the host's `name` and postal `address`",
        ));
    }
    if let Some(p) = p {
        out.extend(p.contact_page.as_ref().and_then(|u| web("publication.contact_page", u)));
    }
    let accessibility = site.accessibility.as_ref().map(Spanned::position);
    let a = site.accessibility.as_deref();
    if a.is_none_or(|a| a.contact.is_none()) {
        out.push(absent(
            accessibility,
            "accessibility.contact",
            "accessibility statement",
            "give the e-mail or the web address where readers report a barrier",
        ));
    }
    if a.is_none_or(|a| a.schema_url.is_none()) {
        out.push(absent(
            accessibility,
            "accessibility.schema_url",
            "accessibility statement",
            "give the address of the multi-year accessibility plan (schéma pluriannuel)",
        ));
    }
    if let Some(a) = a {
        if let Some(contact) = &a.contact {
            if !is_email(contact) && !is_web_address(contact) {
                out.push(
                    file.at(
                        Code::BadUrl,
                        contact,
                        format!(
                            "`{}` is neither an e-mail nor a web address (in `accessibility.contact`)",
                            contact.as_str()
                        ),
                    )
                    .with_help("write an e-mail address, or a web address that starts with `https://`"),
                );
            }
        }
        out.extend(a.schema_url.as_ref().and_then(|u| web("accessibility.schema_url", u)));
        out.extend(a.action_plan_url.as_ref().and_then(|u| web("accessibility.action_plan_url", u)));
        if let Some(audit) = &a.audit {
            let rate = *audit.rate;
            if !(0.0..=100.0).contains(&rate) {
                out.push(
                    file.at(
                        Code::InvalidValue,
                        &audit.rate,
                        format!("`accessibility.audit.rate` is {rate}: expected a percentage from 0 to 100"),
                    )
                    .with_help("write the share of the RGAA's applicable criteria the audit found met, such as `72.5`"),
                );
            }
        }
    }
    let privacy = site.privacy.as_ref().map(Spanned::position);
    if site.privacy.as_ref().is_none_or(|p| p.dpo.is_none()) {
        out.push(absent(
            privacy,
            "privacy.dpo",
            "personal data page",
            "give the e-mail of the data protection officer (délégué à la protection des données)",
        ));
    }
    if let Some(p) = &site.privacy {
        out.extend(p.dpo.as_ref().and_then(|d| email("privacy.dpo", d)));
        out.extend(p.contact.as_ref().and_then(|c| email("privacy.contact", c)));
    }
}

/// A mandatory field of a legal page left out: at its section when there is one, else at the
/// end of the file, where the section would be added.
fn missing(file: &SourceFile, section: Option<(usize, usize)>, field: &str, page: &str, help: &str) -> Diagnostic {
    let place = section.unwrap_or_else(|| (file.text.lines().count().max(1), 1));
    file.diagnostic(Code::LegalMissing, place, format!("the {page} needs `{field}`, which is missing"))
        .with_help(format!("{help} (see the README, Legal pages)"))
}
