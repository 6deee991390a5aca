//! Internal links: resolving a link written in a document to the site path it points at, so
//! that links can be checked and, in a public build, links to internal documents unlinked.

/// Where an internal link points: a site path without leading slash (`chartes/moderation/`,
/// empty for the home page) and an optional `#fragment`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub path: String,
    pub fragment: Option<String>,
}

/// Resolves `destination`, written in the page at `from` (a site path such as
/// `procedures/fiche/`), against the site. `None` for external links (a scheme, `//host`) and
/// for addresses on the same host outside the site. `base_url` is the site's address.
pub fn resolve(from: &str, destination: &str, base_url: &str) -> Option<Target> {
    let destination = destination.trim();
    let base_url = base_url.trim_end_matches('/');
    let (destination, from) = if let Some(rest) = destination.strip_prefix(base_url) {
        if !(rest.is_empty() || rest.starts_with('/') || rest.starts_with('#')) {
            return None;
        }
        (rest.trim_start_matches('/'), "")
    } else if has_scheme(destination) || destination.starts_with("//") {
        return None;
    } else if let Some(absolute) = destination.strip_prefix('/') {
        let base_path = base_path(base_url);
        let inside = absolute.strip_prefix(base_path.trim_start_matches('/'));
        match inside {
            Some(rest) if base_path.is_empty() || rest.is_empty() || rest.starts_with('/') => {
                (rest.trim_start_matches('/'), "")
            }
            _ => return None,
        }
    } else {
        (destination, from)
    };
    let (path, fragment) = match destination.split_once('#') {
        Some((p, f)) => (p, Some(f.to_owned())),
        None => (destination, None),
    };
    let path = path.split('?').next().unwrap_or("");
    if path.is_empty() {
        return Some(Target { path: from.to_owned(), fragment });
    }
    let mut parts: Vec<&str> = from.split('/').filter(|p| !p.is_empty()).collect();
    let trailing = path.ends_with('/');
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let mut path = parts.join("/");
    if path.ends_with("index.html") {
        path.truncate(path.len() - "index.html".len());
    } else if (trailing || !path.rsplit('/').next().unwrap_or("").contains('.')) && !path.is_empty() {
        path.push('/');
    }
    Some(Target { path, fragment })
}

fn has_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(i) => url[..i].chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) && i > 0,
        None => false,
    }
}

fn base_path(base_url: &str) -> &str {
    let after_scheme = base_url.split_once("://").map(|(_, rest)| rest).unwrap_or(base_url);
    after_scheme.find('/').map(|i| after_scheme[i..].trim_end_matches('/')).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://www.exemple.gouv.fr/chartes";

    fn t(path: &str, fragment: Option<&str>) -> Option<Target> {
        Some(Target { path: path.to_owned(), fragment: fragment.map(str::to_owned) })
    }

    #[test]
    fn relative_links() {
        assert_eq!(
            resolve("procedures/fiche/", "../../chartes/moderation/#publicite", BASE),
            t("chartes/moderation/", Some("publicite"))
        );
        assert_eq!(resolve("procedures/fiche/", "../../chartes/moderation", BASE), t("chartes/moderation/", None));
        assert_eq!(resolve("procedures/fiche/", "../../", BASE), t("", None));
        assert_eq!(resolve("procedures/fiche/", "#cartouche", BASE), t("procedures/fiche/", Some("cartouche")));
        assert_eq!(resolve("glossaire/", "../logo.png", BASE), t("logo.png", None));
        assert_eq!(resolve("a/", "../b/index.html", BASE), t("b/", None));
    }

    #[test]
    fn absolute_links_to_the_site() {
        assert_eq!(resolve("a/", "/chartes/glossaire/#mur", BASE), t("glossaire/", Some("mur")));
        assert_eq!(resolve("a/", "https://www.exemple.gouv.fr/chartes/glossaire/", BASE), t("glossaire/", None));
        assert_eq!(resolve("a/", "/ailleurs/", BASE), None);
        assert_eq!(resolve("a/", "/x/", "https://site.org"), t("x/", None));
    }

    #[test]
    fn external_links() {
        assert_eq!(resolve("a/", "https://twitter.com/x", BASE), None);
        assert_eq!(resolve("a/", "mailto:a@b.fr", BASE), None);
        assert_eq!(resolve("a/", "//cdn.example/x", BASE), None);
        assert_eq!(resolve("a/", "https://www.exemple.gouv.fr/chartesX/", BASE), None);
    }
}
