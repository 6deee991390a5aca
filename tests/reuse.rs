//! "Réutiliser ce document": each current public document's file, published as written beside a
//! page that shows it highlighted and explains how to reuse it; none for internal documents,
//! earlier versions, or a file that names a document the build leaves out.

mod common;

use std::fs;

use common::{assert_success, select, texts, Site};

#[test]
fn each_public_document_offers_its_file_as_written() {
    let site = Site::example();
    assert_success(&site.charte(&["build", "--today", "2026-11-24"]));
    for (slug, file) in [("chartes/moderation", "chartes/moderation.md"), ("glossaire", "glossaire.yaml")] {
        let name = file.rsplit('/').next().unwrap();
        // The file, byte for byte.
        let written = fs::read(site.root().join("content").join(file)).unwrap();
        assert_eq!(fs::read(site.public().join(slug).join("source").join(name)).unwrap(), written, "{file}");

        // The document's page links to its source page, which offers the file for download.
        let page = site.page(&format!("{slug}/index.html"));
        let reuse: Vec<_> = select(&page, ".doc-reuse a").iter().map(|a| a.attr("href").unwrap().to_owned()).collect();
        let depth = slug.split('/').count();
        assert_eq!(reuse, [format!("{}{slug}/source/", "../".repeat(depth))], "{slug}");
        let source = site.page(&format!("{slug}/source/index.html"));
        let download = select(&source, "a[download]");
        assert_eq!(download.len(), 1);
        assert_eq!(download[0].attr("href"), Some(name));
        assert_eq!(download[0].attr("download"), Some(name));
        assert_eq!(select(&source, "meta[name=robots]")[0].attr("content"), Some("noindex"));
        assert!(texts(&source, "h1")[0].ends_with("le fichier source"));

        // Shown as written: the text of the highlighted block is the file.
        let code = select(&source, "pre.source-file code");
        assert_eq!(code.len(), 1);
        assert_eq!(code[0].text().collect::<String>().as_bytes(), written, "{file}");
        for class in ["hl-key", "hl-string", "hl-date"] {
            assert!(!select(&source, &format!("pre.source-file .{class}")).is_empty(), "{file}: no .{class}");
        }
        // Colours come from the style sheet: no inline style, no script but the theme's.
        let html = fs::read_to_string(site.public().join(slug).join("source/index.html")).unwrap();
        assert!(!html.contains("style=") && !html.contains("<style"), "{slug}");
        assert!(select(&source, "script").iter().all(|s| s.attr("src").is_some_and(|src| src.contains("static/"))));

        // Machines find both addresses in the document's JSON.
        let json: serde_json::Value =
            serde_json::from_slice(&fs::read(site.public().join(slug).join("index.json")).unwrap()).unwrap();
        let base = "https://www.exemple.gouv.fr/chartes";
        assert_eq!(json["source_url"], format!("{base}/{slug}/source/"));
        assert_eq!(json["source_file_url"], format!("{base}/{slug}/source/{name}"));
    }
    // The moderation charter is made from a built-in model, and its variables are explained.
    let source = fs::read_to_string(site.public().join("chartes/moderation/source/index.html")).unwrap();
    assert!(
        source.contains("<code>extends: \"@etat-moderation@2.1\"</code>"),
        "the built-in model is named, pinned at its newest version"
    );
    assert!(source.contains("<span class=\"hl-variable\">{{ vars.territoire }}</span>"));

    // None for internal documents, and none for earlier versions.
    for slug in ["guides/compte-twitter", "guides/comptes-personnels", "procedures/charte-reseaux-sociaux"] {
        assert!(!site.public().join(slug).join("source").exists(), "{slug}");
        assert!(select(&site.page(&format!("{slug}/index.html")), ".doc-reuse").is_empty());
        let json: serde_json::Value =
            serde_json::from_slice(&fs::read(site.public().join(slug).join("index.json")).unwrap()).unwrap();
        assert!(json["source_url"].is_null() && json["source_file_url"].is_null(), "{slug}");
    }
    assert!(!site.public().join("chartes/moderation/v2.0/source").exists());
}

const PUBLIC: &str = "---\nkind: page\ntitle: \"Nous contacter\"\nstatus: draft\naudience: public\n---\nVoir aussi [le guide interne](../guides/secret/).\n";
const INTERNAL: &str = "---\nkind: usage\ntitle: \"Guide secret\"\nstatus: draft\naudience: internal\n---\nTexte.\n";

#[test]
fn a_file_that_names_a_document_left_out_is_not_published() {
    let site = Site::example();
    site.write("content/contact.md", PUBLIC);
    site.write("content/guides/secret.md", INTERNAL);
    // The intranet publishes it: its link leads somewhere there.
    assert_success(&site.charte(&["build", "--today", "2026-11-24"]));
    assert!(site.public().join("contact/source/contact.md").exists());
    // The citizens' site does not: the file would name the internal guide.
    assert_success(&site.charte(&["build", "--today", "2026-11-24", "--audience", "public"]));
    assert!(!site.public().join("contact/source").exists());
    assert!(select(&site.page("contact/index.html"), ".doc-reuse").is_empty());
    assert!(site.public().join("chartes/moderation/source/moderation.md").exists());
    for entry in walkdir::WalkDir::new(site.public()).into_iter().flatten().filter(|e| e.file_type().is_file()) {
        let text = fs::read_to_string(entry.path()).unwrap_or_default();
        assert!(!text.contains("guides/secret") && !text.contains("Guide secret"), "{}", entry.path().display());
    }
}

/// The codes of the diagnostics `check` gives about `file`.
fn codes_about(site: &Site, file: &str) -> Vec<String> {
    let output = site.charte(&["check", "--today", "2026-11-24", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let about = |d: &&serde_json::Value| d["file"] == file;
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(about)
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_document_may_link_to_a_source_page_and_its_file() {
    let site = Site::example();
    let page = |body: &str| {
        format!("---\nkind: page\ntitle: \"Nous contacter\"\nstatus: draft\naudience: public\n---\n{body}\n")
    };
    site.write(
        "content/contact.md",
        &page("[Source](../chartes/moderation/source/), [fichier](../chartes/moderation/source/moderation.md), [JSON](../glossaire/index.json)."),
    );
    assert_eq!(codes_about(&site, "content/contact.md"), Vec::<String>::new());
    site.write("content/contact.md", &page("[Source](../guides/compte-twitter/source/)."));
    assert_eq!(codes_about(&site, "content/contact.md"), ["broken-link"], "an internal document has no source page");
}

#[test]
fn no_document_may_take_the_place_of_a_source_page() {
    let site = Site::example();
    site.write(
        "content/chartes/moderation/source.md",
        "---\nkind: page\ntitle: \"Source\"\nstatus: draft\n---\nTexte.\n",
    );
    assert_eq!(codes_about(&site, "content/chartes/moderation/source.md"), ["reserved-url"]);
    site.write("content/chartes/moderation/source/index.html", "<p>x</p>");
    assert!(codes_about(&site, "content/chartes/moderation/source/index.html").contains(&"reserved-url".to_owned()));
}
