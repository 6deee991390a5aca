//! Forking model charters: variables, `extends` (site documents and built-in models), the
//! changes from the model, `charte init` and `charte new`.

mod common;

use std::path::Path;

use serde_json::Value;

use common::{assert_success, charte, check_json, diagnostics, place, select, stderr, text, texts, Site};

#[test]
fn variables_give_the_name_with_its_article_and_capitals() {
    let site = Site::from_fixture("fork");
    site.write(
        "content/page.md",
        "---\nkind: page\ntitle: \"Accueil {{ org.de }}\"\n---\n\n{{ org.De }}, {{ org.le }}, {{ org.Le }}, {{ org.a }}, {{ org.A }} ; {{ org.short_name }} {{ org.territory }} ; {{ contacts.image_rights }}. Écrire \\{{ org.name }}.\n",
    );
    assert_success(&site.build());
    let html = site.page("page/index.html");
    assert_eq!(texts(&html, "h1"), ["Accueil de la Communauté de communes du Val"]);
    assert_eq!(
        texts(&html, ".doc-body p"),
        ["De la Communauté de communes du Val, la Communauté de communes du Val, La Communauté de communes du Val, à la Communauté de communes du Val, À la Communauté de communes du Val\u{202f}; la communauté dans le Val\u{202f}; image@example.org. Écrire {{ org.name }}."]
    );
    for (article, de, a) in [
        ("le", "du Syndicat", "au Syndicat"),
        ("l'", "de l’Syndicat", "à l’Syndicat"),
        ("les", "des Syndicat", "aux Syndicat"),
    ] {
        site.write(
            "content/site.yaml",
            &format!("organisation: {{ name: Syndicat, article: \"{article}\" }}\nbase_url: https://example.org\n"),
        );
        site.write("content/page.md", "---\nkind: page\ntitle: T\n---\n\n{{ org.de }} / {{ org.a }}\n");
        site.remove("content/chartes/modele.md");
        site.remove("content/chartes/val.md");
        assert_success(&site.build());
        assert_eq!(texts(&site.page("page/index.html"), ".doc-body p"), [format!("{de} / {a}")]);
        site.write(
            "content/chartes/modele.md",
            &std::fs::read_to_string(common::fixture("fork").join("content/chartes/modele.md")).unwrap(),
        );
        site.write(
            "content/chartes/val.md",
            &std::fs::read_to_string(common::fixture("fork").join("content/chartes/val.md")).unwrap(),
        );
    }
}

#[test]
fn unknown_variables_are_located_with_a_suggestion() {
    let site = Site::from_fixture("fork");
    site.write("content/page.md", "---\nkind: page\ntitle: T\nsummary: \"Site {{ org.nom }}\"\n---\n\nTexte.\n\nÉcrire à {{ contacts.image_right }}.\n");
    let (code, report) = check_json(&site);
    assert_eq!(code, 1);
    let found = diagnostics(&report, "unknown-variable");
    let places: Vec<String> = found.iter().map(|d| place(d)).collect();
    assert_eq!(places, ["content/page.md:4:16", "content/page.md:9:10"]);
    assert_eq!(
        found[0]["help"].as_str().unwrap().split('?').next().unwrap(),
        "vouliez-vous dire `{{ org.name }}`\u{202f}"
    );
    assert!(found[1]["help"].as_str().unwrap().contains("contacts.image_rights"));
}

#[test]
fn extends_removes_replaces_and_adds_rules_and_credits_the_model() {
    let site = Site::from_fixture("fork");
    assert_success(&site.build());
    let html = site.page("chartes/val/index.html");
    let ids: Vec<String> = select(&html, "li.rule").iter().map(|r| r.value().id().unwrap().to_owned()).collect();
    assert_eq!(ids, ["publicite", "respect", "langue"], "removed, kept in order, added at the end");
    assert_eq!(texts(&html, "#publicite .rule-body"), ["Les messages publicitaires sont retirés sans délai."]);
    assert_eq!(texts(&html, "#publicite h3"), ["1. Pas de publicité"], "what the document does not set is the model's");
    assert_eq!(
        texts(&html, ".doc-body p"),
        ["Bienvenue sur les pages de la Communauté de communes du Val, à Valbourg."],
        "the model's body, with this document's vars"
    );
    assert!(texts(&html, ".doc-summary")[0].contains("Le modèle de la Communauté"), "inherited summary");
    let licence = select(&html, "footer a[href='https://www.etalab.gouv.fr/licence-ouverte-open-licence/']");
    assert_eq!(licence.len(), 1, "the licence (etalab-2.0 by default) is in the footer with its link");
    let credit = select(&html, ".doc-meta a[href='../../chartes/modele/']");
    assert_eq!(credit.len(), 1, "the page credits its model");
    assert!(text(&credit[0]).contains("Charte de modération type"));
}

#[test]
fn changes_from_the_model_are_listed_by_check_and_in_the_register() {
    let site = Site::from_fixture("fork");
    let (code, report) = check_json(&site);
    assert_eq!(code, 0, "{report:#}");
    let changes: Vec<(String, String)> = diagnostics(&report, "model-changes")
        .iter()
        .map(|d| (place(d), d["message"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(
        changes,
        [
            ("content/chartes/val.md:9:11".to_owned(), "la règle `hors-sujet` du modèle chartes/modele est supprimée".to_owned()),
            ("content/chartes/val.md:11:11".to_owned(), "la règle `langue` ne figure pas dans le modèle chartes/modele".to_owned()),
            (
                "content/chartes/val.md:10:11".to_owned(),
                "la règle `publicite` diffère du modèle chartes/modele\u{a0}: supprimé\u{a0}: «\u{a0}supprimés.\u{a0}»\u{202f}; ajouté\u{a0}: «\u{a0}retirés sans délai.\u{a0}»"
                    .to_owned()
            ),
        ]
    );
    assert!(diagnostics(&report, "model-changes").iter().all(|d| d["severity"] == "notice"));

    assert_success(&site.build());
    let register = site.page("registre/index.html");
    let fork = texts(&register, "section.fork");
    assert_eq!(fork.len(), 1);
    assert!(fork[0].contains("Règle hors-sujet retirée") && fork[0].contains("Règle langue ajoutée"), "{fork:?}");
    // The words changed are marked in words too, for screen readers.
    assert_eq!(texts(&register, "section.fork del"), ["Suppression\u{a0}: supprimés."]);
    assert_eq!(texts(&register, "section.fork ins"), ["Ajout\u{a0}: retirés sans délai."]);
}

#[test]
fn built_in_models_are_used_with_this_site_s_names() {
    let site = Site::from_fixture("fork");
    site.write(
        "content/guide.md",
        "---\nextends: \"@collectivite-agents\"\naudience: internal\nvars: { referent: \"Alex Martin\", suppleant: \"Lou Bernard\", sujets_associes: \"ses partenaires\" }\nrules:\n  - { id: photos-et-videos, remove: true }\n---\n",
    );
    assert_success(&site.build());
    let html = site.page("guide/index.html");
    assert_eq!(select(&html, "li.rule").len(), 6);
    let body = texts(&html, ".doc-body").join(" ");
    assert!(body.contains("La personne référente des réseaux sociaux de la Communauté de communes du Val est Alex Martin (ou Lou Bernard"), "{body}");
    assert!(!std::fs::read_to_string(site.public().join("guide/index.html")).unwrap().contains("{{"));
    // Public pages name the model in words; its name (`@collectivite-agents`) is the register's.
    let meta = texts(&html, ".doc-meta").join(" ");
    assert!(meta.contains("texte établi à partir du modèle national «\u{a0}"), "{meta}");
    assert!(!meta.contains('@'), "{meta}");
}

#[test]
fn a_variable_the_model_needs_is_asked_for_at_extends() {
    let site = Site::from_fixture("fork");
    site.write("content/guide.md", "---\nextends: \"@collectivite-agents\"\nvars: { referent: \"Alex\" }\n---\n");
    let (code, report) = check_json(&site);
    assert_eq!(code, 1);
    let found = diagnostics(&report, "unknown-variable");
    assert!(!found.is_empty());
    assert!(found.iter().all(|d| place(d) == "content/guide.md:2:10"), "{found:?}");
    assert!(found.iter().any(|d| d["help"].as_str().unwrap().contains("vars: { suppleant")));
}

#[test]
fn cycles_missing_models_and_bad_rule_changes_are_errors() {
    let site = Site::from_fixture("fork");
    site.write("content/a.md", "---\nextends: b\n---\n");
    site.write("content/b.md", "---\nextends: a\n---\n");
    site.write("content/c.md", "---\nextends: \"@etat-moderaton\"\n---\n");
    site.write("content/d.md", "---\nextends: chartes/modele\nrules:\n  - { id: inconnue, remove: true }\n  - { id: nouvelle, title: Sans corps }\n---\n");
    let (code, report) = check_json(&site);
    assert_eq!(code, 1);
    let cycles: Vec<String> =
        diagnostics(&report, "extends-cycle").iter().map(|d| d["message"].as_str().unwrap().to_owned()).collect();
    assert!(cycles.contains(&"`extends` tourne en rond\u{a0}: a → b → a".to_owned()), "{cycles:?}");
    let missing = diagnostics(&report, "missing-model");
    assert_eq!(missing.len(), 1);
    assert_eq!(place(missing[0]), "content/c.md:2:10");
    assert_eq!(missing[0]["help"], "vouliez-vous dire `@etat-moderation`\u{202f}?");
    let rules: Vec<String> = diagnostics(&report, "rule-incomplete").iter().map(|d| place(d)).collect();
    assert_eq!(rules, ["content/d.md:4:11", "content/d.md:5:11"]);
}

#[test]
fn init_makes_a_site_that_builds_and_lists_its_blanks() {
    for template in ["etat", "collectivite"] {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        let out = charte().args(["init", "--template", template]).arg(&root).output().unwrap();
        assert_success(&out);
        let out = charte().args(["build", "--today", "2026-11-22", "--root"]).arg(&root).output().unwrap();
        assert_success(&out);
        assert!(root.join("public/chartes/moderation/index.html").is_file());
        // The models' catalogue descriptions ("Charte de modération des pages d'une
        // administration…") are for `charte init --list`, not for the fork's readers.
        for page in ["chartes/moderation", "guides/agents", "glossaire", ""] {
            let html = std::fs::read_to_string(root.join("public").join(page).join("index.html")).unwrap();
            for catalogue in [
                "d’une administration",
                "d’un service de l’État",
                "d’une collectivité ou",
                "Glossaire des réseaux sociaux\u{a0}:",
            ] {
                assert!(!html.contains(catalogue), "{template}: {page} shows {catalogue:?}");
            }
        }
        for page in ["accessibilite", "mentions-legales", "donnees-personnelles", "plan-du-site"] {
            assert!(root.join("public").join(page).join("index.html").is_file(), "{template}: {page}");
        }
        let out = charte()
            .args(["check", "--format", "json", "--today", "2026-11-22", "--root"])
            .arg(&root)
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["summary"]["errors"], 0, "{template}: {report:#}");
        assert!(diagnostics(&report, "legal-missing").is_empty(), "{template}: {report:#}");
        let blanks = diagnostics(&report, "blank");
        assert!(blanks.len() >= 8, "{template}: every blank is listed: {report:#}");
        assert!(blanks
            .iter()
            .any(|d| d["file"] == "content/site.yaml" && d["message"].as_str().unwrap().contains("organisation.name")));
        for blank in blanks {
            let file = std::fs::read_to_string(root.join(blank["file"].as_str().unwrap())).unwrap();
            let line = file.lines().nth(blank["line"].as_u64().unwrap() as usize - 1).unwrap();
            let column = blank["column"].as_u64().unwrap() as usize - 1;
            assert!(
                line.chars().skip(column).collect::<String>().starts_with("xxxxxx"),
                "{template}: {blank} points at {line}"
            );
        }
    }
}

#[test]
fn init_refuses_a_folder_that_is_not_empty_and_lists_its_models() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "keep").unwrap();
    let out = charte().arg("init").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("n’est pas vide"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let out = charte().args(["init", "--list"]).output().unwrap();
    assert_success(&out);
    let list = String::from_utf8(out.stdout).unwrap();
    for name in [
        "etat",
        "collectivite",
        "@etat-moderation@2.1",
        "@etat-agents",
        "@glossaire",
        "@procedure-reseaux-sociaux",
        "@collectivite-agents",
    ] {
        assert!(list.contains(name), "{name} in {list}");
    }
    let out = charte().args(["init", "--template", "mairie"]).arg(dir.path().join("x")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn new_adds_a_document_of_each_kind_that_builds() {
    let site = Site::from_fixture("fork");
    for (kind, slug) in [
        ("moderation", "chartes/facebook"),
        ("usage", "guides/linkedin"),
        ("glossary", "lexique"),
        ("procedure", "procedures/revue"),
        ("page", "a-propos"),
    ] {
        let out = site.charte(&["new", kind, slug]);
        assert_success(&out);
        assert!(site.root().join(format!("content/{slug}.md")).is_file());
    }
    assert_success(&site.build());
    assert_eq!(texts(&site.page("a-propos/index.html"), "h1"), ["À propos"]);
    let (_, report) = check_json(&site);
    assert!(diagnostics(&report, "blank").iter().any(|d| d["file"] == "content/guides/linkedin.md"));
    assert_eq!(site.charte(&["new", "page", "a-propos"]).status.code(), Some(2), "an existing document is kept");
    // The addresses of the pages charte writes itself are refused before any file is made.
    for reserved in ["mentions-legales", "accessibilite", "plan-du-site", "registre"] {
        assert_eq!(site.charte(&["new", "page", reserved]).status.code(), Some(2), "{reserved}");
        assert!(!site.root().join(format!("content/{reserved}.md")).exists());
    }
    assert_eq!(site.charte(&["new", "page", "Mentions Légales"]).status.code(), Some(2));
    assert_eq!(site.charte(&["new", "charter", "x"]).status.code(), Some(2));
}

#[test]
fn the_example_site_uses_variables_and_extends() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let texts: String = walkdir::WalkDir::new(&content)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    assert!(texts.contains("extends:") && texts.contains("{{ org."));
}

#[test]
fn an_unquoted_variable_in_yaml_says_to_quote_it() {
    let site = Site::from_fixture("fork");
    site.write("content/page.md", "---\nkind: page\ntitle: {{ org.name }}\n---\n");
    let (code, report) = check_json(&site);
    assert_eq!(code, 1);
    let d = &diagnostics(&report, "yaml-syntax")[0];
    assert_eq!(place(d), "content/page.md:3:9");
    assert!(d["message"].as_str().unwrap().contains("doit être entre guillemets"));
}
