//! The pages French law requires of a public site: the accessibility statement, the legal notice
//! and the personal-data page, generated from `site.yaml`, with the compliance in every footer;
//! each mandatory field that is missing is a located warning.

mod common;

use common::{copy_tree, Site};
use scraper::{Html, Selector};
use serde_json::Value;

const LEGAL_PAGES: [&str; 4] = [
    "accessibilite/index.html",
    "mentions-legales/index.html",
    "donnees-personnelles/index.html",
    "plan-du-site/index.html",
];

fn text_of(html: &Html, selector: &str) -> String {
    let selector = Selector::parse(selector).unwrap();
    html.select(&selector).flat_map(|e| e.text()).collect::<String>()
}

/// The `basic` fixture with no legal section in its `site.yaml`.
fn site_without_legal_fields() -> Site {
    let site = Site::from_fixture("basic");
    let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    let end = yaml.find("\npublication:").expect("the fixture's legal sections come last");
    site.write("content/site.yaml", &yaml[..=end]);
    site
}

fn check_json(site: &Site) -> Value {
    let out = site.charte(&["check", "--format", "json", "--today", "2025-06-01"]);
    serde_json::from_slice(&out.stdout).unwrap()
}

fn legal_warnings(report: &Value) -> Vec<(String, u64)> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "legal-missing")
        .map(|d| {
            let message = d["message"].as_str().unwrap();
            let field = message.split('`').nth(1).unwrap().to_owned();
            (field, d["line"].as_u64().unwrap())
        })
        .collect()
}

#[test]
fn every_page_of_the_example_site_links_to_the_legal_pages_and_says_its_compliance() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_tree(&root.join("content"), &dir.path().join("content"));
    let site = Site { dir };
    let out = site.charte(&["build", "--today", "2026-11-23"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for page in LEGAL_PAGES {
        assert!(site.public().join(page).is_file(), "{page}");
    }
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(site.public()) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let html = Html::parse_document(&std::fs::read_to_string(entry.path()).unwrap());
        let links = Selector::parse("footer .footer-links a").unwrap();
        let found: Vec<(String, String)> = html
            .select(&links)
            .map(|a| (a.text().collect::<String>(), a.value().attr("href").unwrap_or("").to_owned()))
            .collect();
        let path = entry.path().display();
        assert!(
            found
                .iter()
                .any(|(text, href)| text == "Accessibilité\u{a0}: non conforme" && href.ends_with("accessibilite/")),
            "{path}: {found:?}"
        );
        for (label, address) in [
            ("Mentions légales", "mentions-legales/"),
            ("Données personnelles", "donnees-personnelles/"),
            ("Plan du site", "plan-du-site/"),
        ] {
            assert!(found.iter().any(|(t, h)| t == label && h.ends_with(address)), "{path}: {label} in {found:?}");
        }
    }
    assert!(pages >= 10, "{pages} pages");
    // Without an audit, the statement claims no conformity, and says why.
    let statement = site.page("accessibilite/index.html");
    let main = text_of(&statement, "main");
    assert!(main.contains("Le site est non conforme"), "{main}");
    assert!(main.contains("n’a pas encore fait l’objet d’un audit"), "{main}");
    assert!(!main.contains("partiellement conforme") && !main.contains("totalement conforme"), "{main}");
    for recourse in ["formulaire.defenseurdesdroits.fr", "Libre réponse 71120"] {
        assert!(statement.html().contains(recourse), "{recourse}");
    }
    let notice = text_of(&site.page("mentions-legales/index.html"), "main");
    for expected in ["Claude Exemple, préfète de la région Exemple", "Hébergeur Exemple", "1 place de la République"]
    {
        assert!(notice.contains(expected), "{expected} in {notice}");
    }
    let privacy = text_of(&site.page("donnees-personnelles/index.html"), "main");
    assert!(privacy.contains("aucun cookie") && privacy.contains("dpd@exemple.gouv.fr"), "{privacy}");
    // The site map links to every document.
    let map = site.page("plan-du-site/index.html");
    let hrefs: Vec<String> = map
        .select(&Selector::parse("main a").unwrap())
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    for document in ["../chartes/moderation/", "../glossaire/", "../registre/"] {
        assert!(hrefs.iter().any(|h| h == document), "{document} in {hrefs:?}");
    }
}

#[test]
fn the_compliance_follows_the_audit() {
    for (rate, compliance) in
        [("100", "totalement conforme"), ("72.5", "partiellement conforme"), ("31", "non conforme")]
    {
        let site = site_without_legal_fields();
        let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
        site.write(
            "content/site.yaml",
            &format!("{yaml}accessibility:\n  audit: {{ date: 2025-03-01, rate: {rate}, by: \"Cabinet Exemple\" }}\n  non_accessible:\n    - {{ content: \"Les vidéos de 2019\", reason: \"elles n'ont pas de sous-titres\" }}\n"),
        );
        let out = site.build();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let home = text_of(&site.page("index.html"), "footer");
        assert!(home.contains(&format!("Accessibilité\u{a0}: {compliance}")), "{rate}: {home}");
        let statement = text_of(&site.page("accessibilite/index.html"), "main");
        assert!(statement.contains(&format!("Le site est {compliance}")), "{statement}");
        assert!(statement.contains("1er\u{a0}mars\u{a0}2025"), "{statement}");
        assert!(statement.contains("Cabinet Exemple") && statement.contains("Les vidéos de 2019"), "{statement}");
        let shown = if rate == "72.5" { "72,5\u{202f}%".to_owned() } else { format!("{rate}\u{202f}%") };
        assert!(statement.contains(&shown), "{shown} in {statement}");
    }
}

#[test]
fn each_missing_legal_field_is_a_warning_at_its_place() {
    // No section at all: each field at the end of the file, where the section would go.
    let site = site_without_legal_fields();
    let lines = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap().lines().count() as u64;
    let report = check_json(&site);
    let found = legal_warnings(&report);
    let fields: Vec<&str> = found.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        [
            "publication.director",
            "publication.address",
            "publication.host",
            "accessibility.contact",
            "accessibility.schema_url",
            "privacy.dpo"
        ],
        "{report:#}"
    );
    assert!(found.iter().all(|(_, line)| *line == lines), "{found:?}");
    assert_eq!(report["summary"]["errors"], 0);
    // Warnings do not stop a build, and fail `check --strict`.
    assert!(site.build().status.success());
    assert_eq!(site.charte(&["check", "--strict", "--today", "2025-06-01"]).status.code(), Some(1));

    // A section given in part: the fields it lacks, at the section.
    let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        &format!("{yaml}publication:\n  address: \"1 rue Haute\"\naccessibility:\n  contact: \"a11y@example.org\"\n  schema_url: \"https://example.org/schema\"\nprivacy:\n  dpo: \"dpd@example.org\"\n"),
    );
    let found = legal_warnings(&check_json(&site));
    assert_eq!(
        found,
        [("publication.director".to_owned(), lines + 2), ("publication.host".to_owned(), lines + 2)],
        "{found:?}"
    );
    // The pages say what is missing rather than leave a hole.
    assert!(site.build().status.success());
    let notice = text_of(&site.page("mentions-legales/index.html"), "main");
    assert!(notice.contains("Non renseigné"), "{notice}");
}

#[test]
fn legal_addresses_are_checked() {
    for (field, value, code) in [
        ("accessibility:\n  contact", "\"javascript:alert(1)\"", "bad-url"),
        ("accessibility:\n  schema_url", "\"data:text/html,x\"", "bad-url"),
        ("publication:\n  contact_page", "\" JavaScript:alert(1)\"", "bad-url"),
        ("privacy:\n  dpo", "\"not an address\"", "bad-url"),
        ("accessibility:\n  audit: { date: 2025-01-01, rate: 150 }\n  contact", "\"a@b.fr\"", "invalid-value"),
    ] {
        let site = site_without_legal_fields();
        let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
        site.write("content/site.yaml", &format!("{yaml}{field}: {value}\n"));
        let report = check_json(&site);
        let errors: Vec<&Value> =
            report["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").collect();
        assert!(errors.iter().any(|d| d["code"] == code && d["file"] == "content/site.yaml"), "{field}: {report:#}");
        assert_eq!(site.build().status.code(), Some(1), "{field}");
    }
}
