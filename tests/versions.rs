//! Versions in force and what changed: earlier versions published read-only with their banner,
//! the versions table, redlines of known changes, the Atom feed read by an XML parser and held
//! to RFC 4287, the version checks, a public build that leaks no internal version, and
//! `charte new-version`.

mod common;

use common::{assert_success, select, stderr, text, texts, Site};

fn built() -> Site {
    let site = Site::from_fixture("versions");
    assert_success(&site.build());
    site
}

#[test]
fn an_earlier_version_is_published_read_only_with_its_banner() {
    let site = built();
    let html = site.page("chartes/moderation/v1.1/index.html");
    let banner = texts(&html, ".notice-archive");
    assert_eq!(banner.len(), 1);
    assert!(
        banner[0].starts_with("Version archivée \u{a0}: remplacée par la version 2.0 du 1er\u{a0}mars\u{a0}2025"),
        "{banner:?}"
    );
    let to_current = select(&html, ".notice-archive a")[0].value().attr("href").unwrap().to_owned();
    assert_eq!(to_current, "../../../chartes/moderation/");
    let canonical = select(&html, "link[rel=canonical]")[0].value().attr("href").unwrap().to_owned();
    assert_eq!(canonical, "https://valbourg.example/chartes/chartes/moderation/");
    assert_eq!(select(&html, "meta[name=robots][content=noindex]").len(), 1);
    // The rules keep their anchors: #horaires is the rule as it stood.
    assert_eq!(texts(&html, "#horaires h3"), ["3. Horaires"]);
    // Its relative links were written for the document's address, one folder up.
    let links: Vec<String> =
        select(&html, ".doc-body a").iter().map(|a| a.value().attr("href").unwrap().to_owned()).collect();
    assert_eq!(links, ["../../../guide/"]);
    // The current page has no banner, and is indexed.
    let current = site.page("chartes/moderation/index.html");
    assert!(select(&current, ".notice-archive").is_empty() && select(&current, "meta[name=robots]").is_empty());
}

#[test]
fn the_current_page_lists_its_versions_with_texts_and_redlines() {
    let site = built();
    let html = site.page("chartes/moderation/index.html");
    let rows: Vec<String> = select(&html, "table.versions tbody tr").iter().map(text).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows[0].starts_with(
        "2.0 1er\u{a0}mars\u{a0}2025 Règle sur la langue ajoutée\u{202f}; horaires retirés. version en vigueur (cette page)"
    ));
    assert!(rows[0].ends_with("ce qui a changé depuis la version 1.1"), "{}", rows[0]);
    assert!(rows[1].contains("lire la version 1.1") && rows[1].contains("ce qui a changé depuis la version 1.0"));
    assert!(rows[2].contains("lire la version 1.0") && !rows[2].contains("ce qui a changé"));
    let hrefs: Vec<String> =
        select(&html, "table.versions a").iter().map(|a| a.value().attr("href").unwrap().to_owned()).collect();
    assert_eq!(
        hrefs,
        [
            "../../chartes/moderation/v1.1-2.0/",
            "../../chartes/moderation/v1.1/",
            "../../chartes/moderation/v1.0-1.1/",
            "../../chartes/moderation/v1.0/"
        ]
    );
}

#[test]
fn a_redline_shows_rule_by_rule_and_word_by_word_what_changed() {
    let site = built();
    let html = site.page("chartes/moderation/v1.1-2.0/index.html");
    assert_eq!(texts(&html, "h1"), ["Charte de modération\u{a0}: de la version 1.1 à la version 2.0"]);
    assert_eq!(texts(&html, ".redline-note p"), ["Règle sur la langue ajoutée\u{202f}; horaires retirés."]);
    let rules: Vec<String> = select(&html, ".redline-list > li > h3").iter().map(text).collect();
    assert_eq!(
        rules,
        [
            "1. Respect — inchangée, déplacée (ancienne règle 2)",
            "2. Pas de publicité — règle reformulée, déplacée (ancienne règle 1)",
            "3. Langue — règle ajoutée",
            "(ancienne 3) Horaires — règle supprimée"
        ]
    );
    // An unchanged rule is its title alone; a reworded one shows the words, marked in words.
    assert!(select(&html, "#respect .diff").is_empty());
    assert_eq!(texts(&html, "#publicite del"), ["Suppression\u{a0}: supprimés."]);
    assert_eq!(texts(&html, "#publicite ins"), ["Ajout\u{a0}: supprimés sans avertissement."]);
    assert_eq!(texts(&html, "#horaires del"), ["Suppression\u{a0}: Horaires La page est modérée en semaine."]);
    assert_eq!(texts(&html, "#langue ins"), ["Ajout\u{a0}: Langue Les commentaires sont écrits en français."]);
    // The body, section by section.
    let sections: Vec<String> =
        select(&html, "section[aria-labelledby=texte] > section > h3").iter().map(text).collect();
    assert_eq!(sections, ["Bienvenue — partie modifiée", "Contact — partie ajoutée"]);
    assert_eq!(
        texts(&html, "section[aria-labelledby=texte] del"),
        ["Suppression\u{a0}: aux habitants. Voir [le guide](../../guide/)."]
    );
    assert_eq!(
        texts(&html, "section[aria-labelledby=texte] ins"),
        ["Ajout\u{a0}: à tous.", "Ajout\u{a0}: Écrire à la mairie."]
    );
    // The register lists the latest changes.
    let register = site.page("registre/index.html");
    assert_eq!(
        texts(&register, "#modifications + p + ul li a"),
        [
            "Charte de modération\u{a0}: de la version 1.1 à la version 2.0",
            "Guide interne\u{a0}: de la version 1 à la version 2",
            "Charte de modération\u{a0}: de la version 1.0 à la version 1.1"
        ]
    );
}

/// The elements of `node` named `name` in the Atom namespace.
fn atom<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Vec<roxmltree::Node<'a, 'i>> {
    node.children().filter(|c| c.has_tag_name(("http://www.w3.org/2005/Atom", name))).collect()
}

#[test]
fn the_feed_is_atom_with_one_entry_per_version_newest_first() {
    let site = built();
    let xml = std::fs::read_to_string(site.public().join("atom.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let feed = doc.root_element();
    assert!(feed.has_tag_name(("http://www.w3.org/2005/Atom", "feed")));
    // RFC 4287, 4.1.1: one id, title and updated; an author (here on the feed); a self link.
    for required in ["id", "title", "updated", "author"] {
        assert_eq!(atom(feed, required).len(), 1, "feed/{required}");
    }
    let self_link = atom(feed, "link").into_iter().find(|l| l.attribute("rel") == Some("self")).unwrap();
    assert_eq!(self_link.attribute("href"), Some("https://valbourg.example/chartes/atom.xml"));
    let entries = atom(feed, "entry");
    let titles: Vec<&str> = entries.iter().map(|e| atom(*e, "title")[0].text().unwrap()).collect();
    assert_eq!(
        titles,
        [
            "Charte de modération — version 2.0",
            "Guide interne — version 2",
            "Charte de modération — version 1.1",
            "Guide interne — version 1",
            "Charte de modération — version 1.0"
        ]
    );
    let mut ids = std::collections::HashSet::new();
    for entry in &entries {
        // RFC 4287, 4.1.2: one id, title and updated; a content or an alternate link.
        for required in ["id", "title", "updated"] {
            assert_eq!(atom(*entry, required).len(), 1, "entry/{required}");
        }
        assert!(ids.insert(atom(*entry, "id")[0].text().unwrap().to_owned()), "ids are unique");
        let updated = atom(*entry, "updated")[0].text().unwrap();
        assert_eq!(updated.len(), 25, "RFC 3339 dates: {updated}");
        assert!(atom(*entry, "link").iter().any(|l| l.attribute("rel") == Some("alternate")));
        assert_eq!(atom(*entry, "content")[0].attribute("type"), Some("html"));
    }
    let first = entries[0];
    let links: Vec<(&str, &str)> =
        atom(first, "link").iter().map(|l| (l.attribute("rel").unwrap(), l.attribute("href").unwrap())).collect();
    assert_eq!(
        links,
        [
            ("alternate", "https://valbourg.example/chartes/chartes/moderation/"),
            ("related", "https://valbourg.example/chartes/chartes/moderation/v1.1-2.0/")
        ]
    );
    assert!(atom(first, "content")[0].text().unwrap().contains("<em>horaires</em>"));
    // Every page points to the feed.
    let html = site.page("index.html");
    assert_eq!(select(&html, "link[rel=alternate][type='application/atom+xml']").len(), 1);
}

#[test]
fn a_public_build_leaks_no_internal_version() {
    let site = Site::from_fixture("versions");
    assert_success(&site.charte(&["build", "--today", "2025-06-01", "--audience", "public"]));
    assert!(!site.public().join("guide").exists());
    for entry in walkdir::WalkDir::new(site.public()).into_iter().map(Result::unwrap) {
        if entry.file_type().is_file() {
            let text = String::from_utf8_lossy(&std::fs::read(entry.path()).unwrap()).into_owned();
            for secret in ["Secret interne", "Guide interne", "Ancien texte interne"] {
                assert!(!text.contains(secret), "{}: {secret}", entry.path().display());
            }
        }
    }
}

fn check(site: &Site) -> (i32, String) {
    let out = site.charte(&["check", "--today", "2025-06-01"]);
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn each_problem_of_an_earlier_version_is_a_located_error() {
    let cases = [
        // A version the history does not list.
        (
            "content/chartes/moderation@1.5.md",
            "---\nkind: moderation\ntitle: T\nversion: \"1.5\"\n---\n",
            "erreur[version-unknown]",
            "content/chartes/moderation@1.5.md",
        ),
        // A file name and a `version` that disagree.
        (
            "content/chartes/moderation@1.0.md",
            "---\nkind: moderation\ntitle: T\nversion: \"1.1\"\n---\n",
            "erreur[version-unknown]",
            "content/chartes/moderation@1.0.md:4:10",
        ),
        // No such document.
        (
            "content/chartes/absente@1.0.md",
            "---\nkind: page\ntitle: T\n---\n",
            "erreur[version-unknown]",
            "content/chartes/absente@1.0.md",
        ),
        // The current version again.
        (
            "content/chartes/moderation@2.0.md",
            "---\nkind: moderation\ntitle: T\nversion: \"2.0\"\n---\n",
            "erreur[version-newer]",
            "content/chartes/moderation@2.0.md",
        ),
        // Another kind.
        (
            "content/chartes/moderation@1.0.md",
            "---\nkind: page\ntitle: T\nversion: \"1.0\"\n---\n",
            "erreur[version-kind]",
            "content/chartes/moderation@1.0.md:2:7",
        ),
        // Two files for one version.
        (
            "content/chartes/moderation@1.0.yaml",
            "kind: moderation\ntitle: T\nversion: \"1.0\"\n",
            "erreur[duplicate-url]",
            "content/chartes/moderation@1.0",
        ),
    ];
    for (file, text, code, place) in cases {
        let site = Site::from_fixture("versions");
        site.write(file, text);
        let (status, out) = check(&site);
        assert_eq!(status, 1, "{file}: {out}");
        let found =
            out.split("\n\n").find(|d| d.starts_with(code)).unwrap_or_else(|| panic!("{code} for {file}: {out}"));
        assert!(found.contains(place), "{file}: {found}");
    }
    // A version the history lists with no text is a notice; an earlier version is never due
    // for review.
    let site = Site::from_fixture("versions");
    site.remove("content/chartes/moderation@1.0.md");
    let (status, out) = check(&site);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("remarque[version-without-text]\u{a0}: la version 1.0 n’a pas de texte"), "{out}");
    // A build counts its notices rather than printing them.
    let built = site.build();
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(built.status.success(), "{stderr}");
    assert!(!stderr.contains("remarque[") && stderr.contains("1 remarque non affichée"), "{stderr}");
    assert!(!out.contains("moderation@1.1.md:") || !out.contains("review-overdue"), "{out}");
    let (_, out) = check(&Site::from_fixture("versions"));
    assert!(
        !out.contains("review-overdue") && !out.contains("review-due-soon"),
        "an earlier version is never due: {out}"
    );
}

#[test]
fn new_version_keeps_the_text_in_force_and_starts_a_draft() {
    let site = Site::from_fixture("versions");
    let before = std::fs::read_to_string(site.root().join("content/chartes/moderation.md")).unwrap();
    let out = site.charte(&["new-version", "chartes/moderation", "--today", "2025-06-01"]);
    assert_success(&out);
    assert_eq!(std::fs::read_to_string(site.root().join("content/chartes/moderation@2.0.md")).unwrap(), before);
    let after = std::fs::read_to_string(site.root().join("content/chartes/moderation.md")).unwrap();
    assert!(after.contains("version: \"2.1\"\nstatus: draft\n"), "{after}");
    assert!(
        after.contains(
            "history:\n  - { version: \"2.1\", date: 2025-06-01, changes: \"xxxxxx\" }\n  - { version: \"2.0\""
        ),
        "{after}"
    );
    assert!(after.ends_with("Écrire à la mairie.\n"), "the body stays");
    // The site still builds: 2.0 is in force until 2.1 is validated.
    assert_success(&site.build());
    let html = site.page("chartes/moderation/v2.0/index.html");
    assert!(texts(&html, ".notice-archive")[0]
        .starts_with("Version 2.0, en vigueur \u{a0}: la version 2.1 est en préparation."));
    // A version the history has already is refused.
    let again = site.charte(&["new-version", "content/chartes/moderation.md", "--version", "1.1"]);
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
    assert!(stderr(&again).contains("figure déjà dans l’historique"), "{}", stderr(&again));
}
