//! Addresses: the site's own address (`base_url`, read once), which documents a build publishes,
//! the pages charte writes itself besides the documents, and where an internal link points.

use crate::schema::document::Audience;

/// The site's address, from `base_url`: read here once, used everywhere (pages, links, `serve`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BaseUrl {
    /// The whole address, without a trailing slash: `https://www.exemple.gouv.fr/chartes`.
    pub url: String,
    /// Its path, without a trailing slash; empty for a site at the root of its host: `/chartes`.
    pub path: String,
}

impl BaseUrl {
    pub fn new(base_url: &str) -> BaseUrl {
        let url = base_url.trim().trim_end_matches('/').to_owned();
        let after_scheme = url.split_once("://").map(|(_, rest)| rest).unwrap_or(&url);
        let path = after_scheme.find('/').map(|i| after_scheme[i..].to_owned()).unwrap_or_default();
        BaseUrl { url, path }
    }
}

/// Whether `url` is a web address a page may link to: `https://` or `http://` (in any case), a
/// host, and neither spaces nor control characters anywhere (browsers drop those, which lets
/// `java\tscript:` pass for a scheme).
pub fn is_web_address(url: &str) -> bool {
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    clean && rest.is_some_and(|rest| rest.split(['/', '?', '#']).next().is_some_and(|host| !host.is_empty()))
}

/// Whether `address` is an e-mail address a `mailto:` link may use: one `@` between a name
/// and a domain with a dot, and none of the characters that end or change a link.
pub fn is_email(address: &str) -> bool {
    let forbidden = |c: char| c.is_whitespace() || c.is_control() || "<>\"'`()[]\\,;:/?#%&=".contains(c);
    match address.split_once('@') {
        Some((name, domain)) => {
            !name.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !address.chars().any(forbidden)
        }
        None => false,
    }
}

/// Which documents a build publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Selection {
    /// `Some(Public)`: only public documents (the citizens' site); `None`: all of them.
    pub audience: Option<Audience>,
    /// Whether the register (`/registre/`, `/registre.csv`) is published.
    pub register: bool,
}

impl Selection {
    pub const ALL: Selection = Selection { audience: None, register: true };

    pub fn includes(&self, audience: Audience) -> bool {
        self.audience.is_none_or(|a| audience == a)
    }
}

/// A page charte writes itself, besides the documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generated {
    Home,
    NotFound,
    Register,
    RegisterCsv,
    Engagements,
    /// The Atom feed of versions.
    Feed,
    /// The accessibility statement (déclaration d'accessibilité).
    Accessibility,
    /// The legal notice (mentions légales).
    LegalNotice,
    /// What the site does with personal data (données personnelles).
    Privacy,
    /// Every page of the site (plan du site).
    SiteMap,
    /// The search page, with its index under `recherche/index/`.
    Search,
    /// The pages search engines may index.
    Sitemap,
    /// Every document of the build, for machines.
    Documents,
    /// What crawlers may read, and where the sitemap is.
    Robots,
    /// The register as a calendar of reviews (internal, like the register).
    RegisterCalendar,
}

impl Generated {
    pub const ALL: &'static [Generated] = &[
        Generated::Home,
        Generated::NotFound,
        Generated::Register,
        Generated::RegisterCsv,
        Generated::Engagements,
        Generated::Feed,
        Generated::Accessibility,
        Generated::LegalNotice,
        Generated::Privacy,
        Generated::SiteMap,
        Generated::Search,
        Generated::Sitemap,
        Generated::Documents,
        Generated::Robots,
        Generated::RegisterCalendar,
    ];

    /// Its address, relative to the site's root (a folder ends with `/`).
    pub fn path(self) -> &'static str {
        match self {
            Generated::Home => "",
            Generated::NotFound => "404.html",
            Generated::Register => "registre/",
            Generated::RegisterCsv => "registre.csv",
            Generated::Engagements => "engagements/",
            Generated::Feed => "atom.xml",
            Generated::Accessibility => "accessibilite/",
            Generated::LegalNotice => "mentions-legales/",
            Generated::Privacy => "donnees-personnelles/",
            Generated::SiteMap => "plan-du-site/",
            Generated::Search => "recherche/",
            Generated::Sitemap => "sitemap.xml",
            Generated::Documents => "documents.json",
            Generated::Robots => "robots.txt",
            Generated::RegisterCalendar => "registre.ics",
        }
    }

    /// The file it is written to, relative to the output folder.
    pub fn file(self) -> String {
        match self.path() {
            folder if folder.is_empty() || folder.ends_with('/') => format!("{folder}index.html"),
            file => file.to_owned(),
        }
    }

    /// Whether a build of `selection` writes it.
    pub fn is_in(self, selection: Selection) -> bool {
        match self {
            Generated::Register | Generated::RegisterCsv | Generated::RegisterCalendar => selection.register,
            Generated::Home
            | Generated::NotFound
            | Generated::Engagements
            | Generated::Feed
            | Generated::Accessibility
            | Generated::LegalNotice
            | Generated::Privacy
            | Generated::SiteMap
            | Generated::Search
            | Generated::Sitemap
            | Generated::Documents
            | Generated::Robots => true,
        }
    }

    /// The pages a build of `selection` writes.
    pub fn written(selection: Selection) -> impl Iterator<Item = Generated> {
        Generated::ALL.iter().copied().filter(move |g| g.is_in(selection))
    }
}

/// Whether a document at `slug` would take an address charte keeps for itself: the first part
/// of one of its pages' addresses (in any build), `index` or `static/`.
pub fn is_reserved(slug: &str) -> bool {
    let top = slug.split('/').next().unwrap_or("");
    let generated = Generated::ALL.iter().any(|g| {
        let name = g.path().split('/').next().unwrap_or("");
        !name.is_empty() && name.split('.').next() == Some(top)
    });
    generated || top == "index" || top == "static" || slug.ends_with("/index")
}

/// Where an internal link points: a site path without leading slash (`chartes/moderation/`,
/// empty for the home page) and an optional `#fragment`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub path: String,
    pub fragment: Option<String>,
}

/// Resolves `destination`, written in the page at `from` (a site path such as
/// `procedures/fiche/`), against the site. `None` for external links (a scheme, `//host`) and
/// for addresses on the same host outside the site.
pub fn resolve(from: &str, destination: &str, base: &BaseUrl) -> Option<Target> {
    let destination = destination.trim();
    let (destination, from) = if let Some(rest) = destination.strip_prefix(base.url.as_str()) {
        if !(rest.is_empty() || rest.starts_with('/') || rest.starts_with('#')) {
            return None;
        }
        (rest.trim_start_matches('/'), "")
    } else if has_scheme(destination) || destination.starts_with("//") {
        return None;
    } else if let Some(absolute) = destination.strip_prefix('/') {
        let inside = absolute.strip_prefix(base.path.trim_start_matches('/'));
        match inside {
            Some(rest) if base.path.is_empty() || rest.is_empty() || rest.starts_with('/') => {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> BaseUrl {
        BaseUrl::new("https://www.exemple.gouv.fr/chartes/")
    }

    fn t(path: &str, fragment: Option<&str>) -> Option<Target> {
        Some(Target { path: path.to_owned(), fragment: fragment.map(str::to_owned) })
    }

    #[test]
    fn the_base_url_is_read_once() {
        assert_eq!(base(), BaseUrl { url: "https://www.exemple.gouv.fr/chartes".into(), path: "/chartes".into() });
        assert_eq!(BaseUrl::new("https://x.fr").path, "");
        assert_eq!(BaseUrl::new("https://x.fr/").path, "");
    }

    #[test]
    fn relative_links() {
        let base = base();
        assert_eq!(
            resolve("procedures/fiche/", "../../chartes/moderation/#publicite", &base),
            t("chartes/moderation/", Some("publicite"))
        );
        assert_eq!(resolve("procedures/fiche/", "../../chartes/moderation", &base), t("chartes/moderation/", None));
        assert_eq!(resolve("procedures/fiche/", "../../", &base), t("", None));
        assert_eq!(resolve("procedures/fiche/", "#cartouche", &base), t("procedures/fiche/", Some("cartouche")));
        assert_eq!(resolve("glossaire/", "../logo.png", &base), t("logo.png", None));
        assert_eq!(resolve("a/", "../b/index.html", &base), t("b/", None));
    }

    #[test]
    fn absolute_links_to_the_site() {
        let base = base();
        assert_eq!(resolve("a/", "/chartes/glossaire/#mur", &base), t("glossaire/", Some("mur")));
        assert_eq!(resolve("a/", "https://www.exemple.gouv.fr/chartes/glossaire/", &base), t("glossaire/", None));
        assert_eq!(resolve("a/", "/ailleurs/", &base), None);
        assert_eq!(resolve("a/", "/x/", &BaseUrl::new("https://site.org")), t("x/", None));
    }

    #[test]
    fn external_links() {
        let base = base();
        assert_eq!(resolve("a/", "https://twitter.com/x", &base), None);
        assert_eq!(resolve("a/", "mailto:a@b.fr", &base), None);
        assert_eq!(resolve("a/", "//cdn.example/x", &base), None);
        assert_eq!(resolve("a/", "https://www.exemple.gouv.fr/chartesX/", &base), None);
    }

    #[test]
    fn web_addresses_and_emails() {
        for good in ["https://twitter.com/Prefet00", "HTTP://x.fr", "https://x.fr?a=b#c"] {
            assert!(is_web_address(good), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "https://",
            "https:///x",
            "//x.fr",
            "x.fr",
            "https://x.fr/a b",
            " https://x.fr",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
        assert!(is_email("droit-image@exemple.gouv.fr"));
        for bad in ["a", "a@b", "@b.fr", "a@b.fr?subject=x", "a b@c.fr", "\"a\"@b.fr", "a@b.fr>", "javascript:a@b.fr"] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn reserved_addresses_come_from_the_generated_pages() {
        for slug in ["registre", "registre/a", "engagements", "index", "static/x", "a/index", "404"] {
            assert!(is_reserved(slug), "{slug}");
        }
        assert!(is_reserved("atom"));
        assert!(is_reserved("mentions-legales") && is_reserved("plan-du-site") && is_reserved("recherche"));
        for slug in ["chartes/registre", "moderation", "chartes/recherche"] {
            assert!(!is_reserved(slug), "{slug}");
        }
    }
}
