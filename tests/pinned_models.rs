//! Pinned models: `extends: "@etat-moderation@1.0"` builds a fork from version 1.0 of the model,
//! never from a newer one; a version with no text is an error; a fork of a built-in model that
//! pins nothing is a warning that gives the line to write; `charte init` pins every model.

mod common;

use serde_json::Value;

use common::{assert_success, charte, check_json, diagnostics, place, texts, Site};

/// A fork of the built-in moderation model, `extends` written as given.
fn fork_of(extends: &str) -> Site {
    let site = Site::from_fixture("fork");
    site.write(
        "content/chartes/prefecture.md",
        &format!("---\nextends: \"{extends}\"\nstatus: draft\naudience: public\nvars: {{}}\n---\n"),
    );
    site
}

fn rule_ids(site: &Site) -> Vec<String> {
    let html = site.page("chartes/prefecture/index.html");
    common::select(&html, "li.rule").iter().map(|r| r.value().attr("id").unwrap().to_owned()).collect()
}

#[test]
fn a_fork_pinned_to_an_earlier_version_is_built_from_that_text() {
    let old = fork_of("@etat-moderation@1.0");
    assert_success(&old.build());
    let old_ids = rule_ids(&old);
    assert!(old_ids.contains(&"liens".to_owned()), "{old_ids:?}");
    assert!(!old_ids.contains(&"exclusion".to_owned()), "{old_ids:?}");
    let html = old.page("chartes/prefecture/index.html");
    assert_eq!(texts(&html, "#publicite h3"), ["3. Pas de publicité"]);
    let credit = texts(&html, ".doc-meta dd").into_iter().find(|t| t.contains("modèle")).unwrap();
    assert!(credit.contains("version 1.0"), "{credit}");

    let new = fork_of("@etat-moderation@2.1");
    assert_success(&new.build());
    let new_ids = rule_ids(&new);
    assert!(new_ids.contains(&"exclusion".to_owned()) && !new_ids.contains(&"liens".to_owned()), "{new_ids:?}");
    assert!(new_ids.contains(&"images-generees".to_owned()), "{new_ids:?}");

    // Pinning the newest version gives the text an unpinned fork gets today.
    let unpinned = fork_of("@etat-moderation");
    assert_success(&unpinned.build());
    let rules = |site: &Site| texts(&site.page("chartes/prefecture/index.html"), ".rule-list");
    assert_eq!(rules(&new), rules(&unpinned));
    assert_ne!(rules(&new), rules(&old));
    for site in [&old, &new] {
        let (_, report) = check_json(site);
        assert!(diagnostics(&report, "model-unpinned").is_empty());
    }
}

#[test]
fn a_fork_that_pins_nothing_is_told_which_version_to_pin() {
    let site = fork_of("@etat-moderation");
    let (code, report) = check_json(&site);
    assert_eq!(code, 0, "a warning does not fail `check`");
    let found = diagnostics(&report, "model-unpinned");
    assert_eq!(found.len(), 1, "{report}");
    assert_eq!(place(found[0]), "content/chartes/prefecture.md:2:10");
    assert_eq!(found[0]["severity"], "warning");
    assert!(found[0]["help"].as_str().unwrap().contains("extends: \"@etat-moderation@2.1\""), "{}", found[0]);
    // A document of the site used as a model moves with the site: pinning it is a choice.
    assert!(diagnostics(&report, "model-unpinned").iter().all(|d| d["file"] != "content/chartes/val.md"));
    let strict = site.charte(&["check", "--strict", "--today", "2025-06-01"]);
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn a_version_without_a_text_is_an_error_that_lists_the_versions() {
    for (extends, known) in
        [("@etat-moderation@9.9", "2.1, 2.0, 1.0"), ("@etat-moderation@", "2.1, 2.0, 1.0"), ("@glossaire@0.1", "1.0")]
    {
        let site = fork_of(extends);
        let (code, report) = check_json(&site);
        assert_eq!(code, 1, "{extends}");
        let found = diagnostics(&report, "model-version-unknown");
        assert_eq!(found.len(), 1, "{extends}: {report}");
        assert_eq!(place(found[0]), "content/chartes/prefecture.md:2:10");
        assert!(found[0]["help"].as_str().unwrap().ends_with(known), "{}", found[0]);
        let build = site.build();
        assert_eq!(build.status.code(), Some(1));
        assert!(!site.public().exists(), "a failed build writes nothing");
    }
    let long = format!("@etat-moderation@{}", "9".repeat(5000));
    let (_, report) = check_json(&fork_of(&long));
    let message = diagnostics(&report, "model-version-unknown")[0]["message"].as_str().unwrap().to_owned();
    assert!(message.chars().count() < 120 && message.ends_with('…'), "{message}");
    let (_, report) = check_json(&fork_of("@etat-moderation@"));
    let message = diagnostics(&report, "model-version-unknown")[0]["message"].as_str().unwrap().to_owned();
    assert!(message.contains("sans version"), "{message}");
}

#[test]
fn a_document_of_the_site_can_be_pinned_to_one_of_its_versions() {
    let site = Site::from_fixture("fork");
    let model = std::fs::read_to_string(site.root().join("content/chartes/modele.md")).unwrap();
    let current = model.replace(
        "summary:",
        "version: \"2\"\nhistory:\n  - { version: \"2\", date: 2025-01-02, changes: \"Deux.\" }\n  - { version: \"1\", date: 2024-01-02, changes: \"Un.\" }\nsummary:",
    );
    site.write("content/chartes/modele.md", &current);
    let earlier = model
        .replace("summary:", "version: \"1\"\nsummary:")
        .replace("Les propos injurieux sont supprimés.", "Les insultes sont interdites.");
    site.write("content/chartes/modele@1.md", &earlier);
    let val = std::fs::read_to_string(site.root().join("content/chartes/val.md")).unwrap();

    site.write("content/chartes/val.md", &val.replace("extends: chartes/modele", "extends: chartes/modele@1"));
    assert_success(&site.build());
    let html = site.page("chartes/val/index.html");
    assert_eq!(texts(&html, "#respect .rule-body"), ["Les insultes sont interdites."]);
    // The credit leads to the text of the version it is made from.
    let credit =
        common::select(&html, ".doc-meta dd a").into_iter().find_map(|a| a.value().attr("href").map(str::to_owned));
    assert_eq!(credit.as_deref(), Some("../../chartes/modele/v1/"));

    site.write("content/chartes/val.md", &val.replace("extends: chartes/modele", "extends: chartes/modele@2"));
    assert_success(&site.build());
    assert_eq!(
        texts(&site.page("chartes/val/index.html"), "#respect .rule-body"),
        ["Les propos injurieux sont supprimés."]
    );

    site.write("content/chartes/val.md", &val.replace("extends: chartes/modele", "extends: chartes/modele@3"));
    let (code, report) = check_json(&site);
    assert_eq!(code, 1);
    let found = diagnostics(&report, "model-version-unknown");
    assert_eq!(found.len(), 1, "{report}");
    assert!(found[0]["help"].as_str().unwrap().ends_with("2, 1"), "{}", found[0]);
}

#[test]
fn init_pins_every_model_at_its_newest_version() {
    for template in ["etat", "collectivite"] {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        let out = charte().args(["init"]).arg(&root).args(["--template", template]).output().unwrap();
        assert_success(&out);
        let mut pinned = 0;
        for entry in walkdir::WalkDir::new(root.join("content")) {
            let entry = entry.unwrap();
            let Ok(text) = std::fs::read_to_string(entry.path()) else { continue };
            assert!(!text.contains("@VERSION"), "{}", entry.path().display());
            pinned += text.lines().filter(|l| l.starts_with("extends: \"@") && l.matches('@').count() == 2).count();
        }
        assert!(pinned >= 3, "{template}: {pinned}");
        let check = charte().args(["check", "--format", "json", "--root"]).arg(&root).output().unwrap();
        let report: Value = serde_json::from_slice(&check.stdout).unwrap();
        assert!(diagnostics(&report, "model-unpinned").is_empty(), "{template}: {report}");
        assert!(diagnostics(&report, "model-version-unknown").is_empty(), "{template}: {report}");
    }
}

/// The `model-update` notices of `site`, as `line: message`.
fn updates(site: &Site) -> Vec<String> {
    let (code, report) = check_json(site);
    assert_eq!(code, 0, "notices do not fail `check`: {report}");
    diagnostics(&report, "model-update")
        .iter()
        .map(|d| {
            assert_eq!(d["severity"], "notice");
            assert_eq!(d["file"], "content/chartes/prefecture.md");
            format!("{}: {}", d["line"], d["message"].as_str().unwrap())
        })
        .collect()
}

#[test]
fn a_fork_pinned_to_an_older_version_is_told_what_the_newest_would_change() {
    // Taken as it is: every change lands on inherited rules.
    let site = fork_of("@etat-moderation@1.0");
    let found = updates(&site);
    assert_eq!(found.len(), 6, "{found:#?}");
    assert!(found[0].starts_with("2: le modèle `@etat-moderation` a une version plus récente\u{a0}: 2.1 (ce document est fait de la version 1.0)"), "{}", found[0]);
    for expected in [
        "2: la version 2.1 du modèle `@etat-moderation` retire la règle `liens`",
        "2: la version 2.1 du modèle `@etat-moderation` ajoute la règle `exclusion`",
        "2: la version 2.1 du modèle `@etat-moderation` ajoute la règle `images-generees`",
    ] {
        assert!(found.iter().any(|f| f == expected), "{expected}: {found:#?}");
    }
    let publicite = found.iter().find(|f| f.contains("`publicite`")).unwrap();
    assert!(publicite.starts_with("2: avec la version 2.1 du modèle `@etat-moderation`, la règle `publicite`, reprise telle quelle, changerait"), "{publicite}");
    assert!(publicite.contains("ni de coordonnées"), "{publicite}");
    let personal = found.iter().find(|f| f.contains("`ordre-public`")).unwrap();
    assert!(personal.contains("divulguerait"), "{personal}");
    let (_, report) = check_json(&site);
    let help = diagnostics(&report, "model-update")[0]["help"].as_str().unwrap().to_owned();
    // The change notes since the pinned version, newest first.
    let (newer, older) =
        (help.find("2.1\u{a0}: Règle « Images").unwrap(), help.find("2.0\u{a0}: Règle « Avertissement").unwrap());
    assert!(newer < older, "{help}");
    assert!(!help.contains("1.0\u{a0}:"), "the pinned version's own note is not a change: {help}");
    assert!(help.contains("lancez `charte update chartes/prefecture`") && !help.contains(".."), "{help}");

    // Changed by the fork: what both sides changed is to review, at the fork's own entry.
    site.write(
        "content/chartes/prefecture.md",
        "---\nextends: \"@etat-moderation@1.0\"\nstatus: draft\naudience: public\nvars: {}\nrules:\n  - { id: publicite, body: \"La publicité est retirée.\" }\n  - { id: liens, remove: true }\n  - { id: exclusion, title: \"Exclusion\", body: \"Les récidivistes sont exclus.\" }\n  - { id: repetition, remove: true }\n---\n",
    );
    let found = updates(&site);
    assert_eq!(found.len(), 5, "{found:#?}");
    assert!(
        found.iter().any(|f| f.starts_with("7: la règle `publicite`, que ce document modifie, change aussi")),
        "{found:#?}"
    );
    assert!(found.iter().any(|f| f.starts_with("9: la version 2.1 du modèle `@etat-moderation` ajoute une règle `exclusion`, et ce document a déjà une règle de ce nom")), "{found:#?}");
    assert!(!found.iter().any(|f| f.contains("`liens`") || f.contains("`repetition`")), "{found:#?}");

    // One version behind: the two changes of 2.1.
    let found = updates(&fork_of("@etat-moderation@2.0"));
    assert_eq!(found.len(), 3, "{found:#?}");
    // Pinned to the newest version: nothing to tell.
    assert!(updates(&fork_of("@etat-moderation@2.1")).is_empty());
}

#[test]
fn the_register_says_where_each_fork_stands_against_its_model() {
    let site = fork_of("@etat-moderation@1.0");
    site.write(
        "content/chartes/suivie.md",
        "---\nextends: \"@etat-moderation\"\ntitle: \"Suivie\"\nstatus: draft\naudience: public\nvars: {}\n---\n",
    );
    site.write(
        "content/chartes/recente.md",
        "---\nextends: \"@etat-moderation@2.1\"\ntitle: \"Récente\"\nstatus: draft\naudience: public\nvars: {}\n---\n",
    );
    site.write(
        "content/chartes/revoir.md",
        "---\nextends: \"@etat-moderation@1.0\"\ntitle: \"À revoir\"\nstatus: draft\naudience: public\nvars: {}\nrules:\n  - { id: publicite, body: \"La publicité est retirée.\" }\n---\n",
    );
    assert_success(&site.build());
    let html = site.page("registre/index.html");
    let state = |title: &str| {
        common::select(&html, "section.fork")
            .into_iter()
            .find(|s| common::text(&common::select_in(s, "h3")[0]).starts_with(title))
            .map(|s| common::text(&common::select_in(&s, ".fork-pin")[0]))
            .unwrap_or_else(|| panic!("{title}"))
    };
    let nb = '\u{a0}';
    let nnb = '\u{202f}';
    assert_eq!(state("Charte de modération"), format!("Version du modèle retenue{nb}: 1.0{nnb}; version la plus récente{nb}: 2.1. Mise à jour disponible. Modifications du modèle de la version 1.0 à la version 2.1 . charte check détaille leurs effets sur ce document, règle par règle, et charte update les y reporte."));
    let link = common::select(&html, "section.fork .fork-pin a")
        .into_iter()
        .find(|a| common::text(a).starts_with("Modifications du modèle de la version 1.0"));
    assert_eq!(link.and_then(|a| a.value().attr("href")), Some("../registre/modeles/etat-moderation/v1.0-2.1/"));
    let changes =
        std::fs::read_to_string(site.public().join("registre/modeles/etat-moderation/v1.0-2.1/index.html")).unwrap();
    assert!(changes.contains("— règle ajoutée") && changes.contains("— règle supprimée"), "{changes}");
    assert!(state("À revoir").contains("Mise à jour disponible, à revoir"), "{}", state("À revoir"));
    assert!(state("Récente").contains("2.1. À jour."), "{}", state("Récente"));
    assert!(
        state("Suivie").contains("non épinglée") && state("Suivie").contains("Version à épingler."),
        "{}",
        state("Suivie")
    );
    // A document of the site used as a model has no version to compare.
    assert!(common::select(&html, "section.fork").iter().any(|s| common::select_in(s, ".fork-pin").is_empty()));
}

#[test]
fn a_pinned_fork_keeps_its_text_when_its_model_moves_on() {
    let site = Site::from_fixture("fork");
    let model = std::fs::read_to_string(site.root().join("content/chartes/modele.md")).unwrap();
    let two = model.replace(
        "summary:",
        "version: \"2\"\nhistory:\n  - { version: \"2\", date: 2025-01-02, changes: \"Deux.\" }\nsummary:",
    );
    site.write("content/chartes/modele.md", &two);
    let val = std::fs::read_to_string(site.root().join("content/chartes/val.md")).unwrap();
    site.write("content/chartes/val.md", &val.replace("extends: chartes/modele", "extends: chartes/modele@2"));
    assert_success(&site.build());
    let before = std::fs::read_to_string(site.public().join("chartes/val/index.html")).unwrap();

    // The model moves to version 3: its text of version 2 is kept beside it.
    site.write("content/chartes/modele@2.md", &two);
    let three = two
        .replace("version: \"2\"\n", "version: \"3\"\n")
        .replace("history:\n", "history:\n  - { version: \"3\", date: 2025-03-02, changes: \"Trois.\" }\n")
        .replace("Les propos injurieux sont supprimés.", "Les insultes sont interdites.");
    site.write("content/chartes/modele.md", &three);
    assert_success(&site.build());
    let after = std::fs::read_to_string(site.public().join("chartes/val/index.html")).unwrap();
    assert!(site.page("chartes/modele/index.html").html().contains("Les insultes sont interdites."));
    // The same text, word for word; only the credit now leads to the version it is made from.
    assert_eq!(before.replace("href=\"../../chartes/modele/\"", "href=\"../../chartes/modele/v2/\""), after);
    assert!(after.contains("href=\"../../chartes/modele/v2/\""));
}
