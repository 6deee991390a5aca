//! Internal links: every link to a document, a rule, a glossary term or a heading of the site
//! must lead somewhere. External links are not fetched.

use std::collections::{HashMap, HashSet};

use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::model::SiteModel;
use crate::render::links::resolve;
use crate::render::PreparedSite;

/// Pages charte writes itself, besides the documents.
const GENERATED: &[&str] =
    &["", "registre/", "registre.csv", "engagements/", "recherche/", "404.html", "sitemap.xml", "atom.xml"];

pub fn check(model: &SiteModel, prepared: &PreparedSite, out: &mut Vec<Diagnostic>) {
    let anchors: HashMap<String, &HashSet<String>> =
        prepared.documents.iter().map(|p| (p.doc.url_path(), &p.facts.anchors)).collect();
    let assets: HashSet<String> =
        model.assets.iter().map(|a| a.relative.to_string_lossy().replace('\\', "/")).collect();
    let base_url = model.site.base_url.as_str();
    for page in &prepared.documents {
        let from = page.doc.url_path();
        for link in &page.facts.links {
            let Some(target) = resolve(&from, &link.destination, base_url) else { continue };
            let problem = if let Some(ids) = anchors.get(&target.path) {
                match &target.fragment {
                    Some(fragment) if !fragment.is_empty() && !ids.contains(fragment) => Some((
                        "broken-anchor",
                        format!(
                            "the link `{}` points to #{fragment}, which is not on /{}",
                            link.destination, target.path
                        ),
                        did_you_mean(fragment, ids.iter().map(String::as_str)).map(|c| format!("did you mean #{c}?")),
                    )),
                    _ => None,
                }
            } else if GENERATED.contains(&target.path.as_str())
                || target.path.starts_with("static/")
                || assets.contains(&target.path)
                || prepared.excluded.contains(target.path.trim_end_matches('/'))
            {
                None
            } else {
                let candidates = anchors.keys().map(String::as_str).chain(assets.iter().map(String::as_str));
                Some((
                    "broken-link",
                    format!("the link `{}` leads nowhere: there is no page /{}", link.destination, target.path),
                    did_you_mean(&target.path, candidates).map(|c| format!("did you mean /{c}?")),
                ))
            };
            if let Some((code, message, suggestion)) = problem {
                let help = suggestion.unwrap_or_else(|| "correct the address, or remove the link".to_owned());
                let (line, column) = link.position(page.doc);
                out.push(page.doc.file.error_at(code, line, column, message).with_help(help));
            }
        }
    }
}
