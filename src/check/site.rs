//! `site.yaml`: its review defaults within sane bounds, and its addresses: every one that reaches a link of a page (`base_url`, the accounts'
//! addresses, the contacts written as `mailto:`) is a web address or an e-mail address, so that
//! no field can put a `javascript:` or `data:` link into the site.

use super::review::out_of_range;
use crate::model::address::{is_email, is_web_address};
use crate::model::SiteModel;
use crate::schema::site::{MAX_MONTHS, MAX_WARN_DAYS};
use crate::source::{Code, Diagnostic};

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
}
