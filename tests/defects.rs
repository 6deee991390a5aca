//! Defects that came from lists kept by hand in several places, each pinned through the binary:
//! a glossary group outside the text walk, links to pages a build does not write, removed HTML
//! not reported, a missing `kind` located past the end of a file, file names the README
//! forbids, and empty required fields.

mod common;

use serde_json::Value;

use common::{assert_success, texts, Site};

/// `charte check --format json` on `site`: the exit code and the diagnostics as
/// `code file:line:column severity`.
fn check(site: &Site) -> (i32, Vec<String>) {
    let out = site.charte(&["check", "--format", "json", "--today", "2025-06-01"]);
    let report: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    let found = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}:{}:{} {}",
                d["code"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                d["line"],
                d["column"],
                d["severity"].as_str().unwrap()
            )
        })
        .collect();
    (out.status.code().unwrap(), found)
}

fn with(files: &[(&str, &str)]) -> Site {
    let site = Site::from_fixture("basic");
    for (file, text) in files {
        site.write(file, text);
    }
    site
}

fn has(found: &[String], expected: &str) -> bool {
    found.iter().any(|f| f == expected)
}

#[test]
fn a_glossary_group_has_its_variables_replaced_and_its_blanks_found() {
    let glossary = "kind: glossary\ntitle: G\nstatus: draft\nterms:\n  - { term: A, group: \"Mots {{ org.short_name }}\", definition: D }\n  - { term: B, group: \"xxxxxx\", definition: D }\n";
    let site = with(&[("content/glossaire.yaml", glossary)]);
    let (_, found) = check(&site);
    assert!(has(&found, "blank content/glossaire.yaml:6:24 warning"), "{found:#?}");
    assert_success(&site.build());
    let html = site.page("glossaire/index.html");
    assert_eq!(texts(&html, "section.term-group > h2"), ["Mots Communauté de communes du Val", "xxxxxx"]);
}

#[test]
fn links_lead_only_to_pages_this_build_writes() {
    let page = "---\nkind: page\ntitle: T\naudience: public\n---\n[a](../sitemap.xml) [b](../documents.json) [c](../recherche/) [d](../registre/) [e](../static/nulle.css) [f](../static/style.css)\n";
    let site = with(&[("content/liens.md", page)]);
    let (code, found) = check(&site);
    assert_eq!(code, 1);
    let broken: Vec<&String> = found.iter().filter(|f| f.starts_with("broken-link")).collect();
    // The search page, the sitemap and documents.json are written by every build: links to
    // them lead somewhere.
    assert_eq!(broken.len(), 1, "a missing static file: {found:#?}");
    assert!(!found.iter().any(|f| f.starts_with("broken-link content/liens.md:6:48")), "{found:#?}");
    // A public build without the register: a link to it leads nowhere.
    let page = "---\nkind: page\ntitle: T\naudience: public\n---\n[registre](../registre/)\n";
    let site = with(&[("content/liens.md", page)]);
    let out = site.charte(&["build", "--today", "2025-06-01", "--audience", "public"]);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("broken-link"), "{}", common::stderr(&out));
    assert_success(&site.charte(&["build", "--today", "2025-06-01", "--audience", "public", "--with-register"]));
}

#[test]
fn every_kind_of_removed_html_is_reported() {
    let page = "---\nkind: page\ntitle: T\n---\n<video src=\"a.mp4\"></video>\n\nUn <font color=\"red\">mot</font> et <span style=\"color:red\">un autre</span>.\n";
    let site = with(&[("content/html.md", page)]);
    let (code, found) = check(&site);
    assert_eq!(code, 0);
    let removed: Vec<&String> = found.iter().filter(|f| f.starts_with("html-removed content/html.md")).collect();
    assert_eq!(
        removed,
        [
            "html-removed content/html.md:5:1 warning",
            "html-removed content/html.md:7:4 warning",
            "html-removed content/html.md:7:42 warning"
        ],
        "{found:#?}"
    );
}

#[test]
fn a_missing_kind_is_located_in_the_file() {
    let site = with(&[("content/seul.yaml", "title: Seul\n")]);
    let (code, found) = check(&site);
    assert_eq!(code, 1);
    assert!(has(&found, "invalid-value content/seul.yaml:1:1 error"), "{found:#?}");
    let site = with(&[("content/seul.md", "---\n# un commentaire\n\ntitle: Seul\n---\n")]);
    let (_, found) = check(&site);
    assert!(has(&found, "invalid-value content/seul.md:4:1 error"), "{found:#?}");
}

#[test]
fn file_and_folder_names_follow_the_readme() {
    for name in ["content/a_b.md", "content/a..b.md", "content/x.md/a.md", "content/v1.2/a.md", "content/A.md"] {
        let site = with(&[(name, "---\nkind: page\ntitle: T\n---\n")]);
        let (code, found) = check(&site);
        assert_eq!(code, 1, "{name}");
        assert!(found.iter().any(|f| f.starts_with(&format!("bad-file-name {name}:"))), "{name}: {found:#?}");
    }
    let site = with(&[("content/bon-nom-2.md", "---\nkind: page\ntitle: T\n---\n")]);
    assert_eq!(check(&site).0, 0);
}

#[test]
fn empty_required_fields_are_located_errors() {
    let cases = [
        ("content/mentions.md", "---\nkind: page\ntitle: \"\"\n---\n", "content/mentions.md:3:8"),
        ("content/mentions.md", "---\nkind: page\ntitle: ~\n---\n", "content/mentions.md:3:8"),
        ("content/mentions.md", "---\nkind: page\ntitle:\n---\n", "content/mentions.md:3:"),
        (
            "content/glossaire.yaml",
            "kind: glossary\ntitle: G\nterms:\n  - { term: \"\", definition: D }\n",
            "content/glossaire.yaml:4:",
        ),
        (
            "content/site.yaml",
            "organisation: { name: \"\", article: la }\nbase_url: https://example.org\n",
            "content/site.yaml:1:",
        ),
        (
            "content/referentiel.yaml",
            "engagements:\n  - { number: \"30.1\", text: \"\" }\n",
            "content/referentiel.yaml:2:",
        ),
        (
            "content/referentiel.yaml",
            "engagements:\n  - { number: \"\", text: \"Texte\" }\n",
            "content/referentiel.yaml:2:",
        ),
    ];
    for (file, text, place) in cases {
        let site = with(&[(file, text)]);
        let (code, found) = check(&site);
        assert_eq!(code, 1, "{text}: {found:#?}");
        assert!(found.iter().any(|f| f.starts_with("invalid-value ") && f.contains(place)), "{text}: {found:#?}");
    }
}

#[test]
fn a_number_twice_in_the_referential_and_a_second_document_are_errors() {
    let referential =
        "engagements:\n  - { number: \"30.1\", text: \"Un\" }\n  - { number: \"30.1\", text: \"Deux\" }\n";
    let (code, found) = check(&with(&[("content/referentiel.yaml", referential)]));
    assert_eq!(code, 1);
    assert!(has(&found, "duplicate-engagement content/referentiel.yaml:3:15 error"), "{found:#?}");

    let site_yaml = std::fs::read_to_string(common::fixture("basic").join("content/site.yaml")).unwrap();
    let (code, found) = check(&with(&[("content/site.yaml", &format!("{site_yaml}---\ntitle: Autre\n"))]));
    assert_eq!(code, 1);
    let line = site_yaml.lines().count() + 1;
    assert!(has(&found, &format!("yaml-syntax content/site.yaml:{line}:1 error")), "{found:#?}");

    let glossary = "kind: glossary\ntitle: G\n---\nkind: page\n";
    let (code, found) = check(&with(&[("content/glossaire.yaml", glossary)]));
    assert_eq!(code, 1);
    assert!(has(&found, "yaml-syntax content/glossaire.yaml:3:1 error"), "{found:#?}");
}
