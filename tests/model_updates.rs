//! Model libraries and `charte update`: a site declares the national team's library in
//! `site.yaml`; its forks pin version 2.0 of `@sig/moderation`; the library moves to 2.1 (a rule
//! reworded, one added, one removed). Forks that (a) change nothing, (b) reword a rule the model
//! does not touch, (c) reword the words the model rewords, (d) remove a rule the model changes,
//! (e) add a rule under the id the model now adds, (f) reword other words of a rule the model
//! rewords: the notices, the merged files, the conflicts, the new drafts, and a second update
//! that changes nothing.

mod common;

use std::fs;

use common::{assert_success, check_json, diagnostics, place, snapshot, stderr, Site};

/// Version 2.1 of the library's moderation model: `respect` and `donnees` reworded, `spam`
/// removed, `images-generees` added.
const MODEL_2_1: &str = r#"---
kind: moderation
title: "Charte de modération"
version: "2.1"
summary: "Les règles de modération des pages de {{ org.name }}."
history:
  - { version: "2.1", date: 2026-10-01, changes: "Règle sur les images générées ; données personnelles précisées." }
  - { version: "2.0", date: 2024-03-01, changes: "Règles sur les données personnelles et les messages répétés." }
  - { version: "1.0", date: 2023-01-10, changes: "Première version." }
rules:
  - id: respect
    title: "Respect des personnes"
    body: >-
      Les propos injurieux, diffamatoires ou discriminatoires envers une personne ou un groupe
      de personnes sont supprimés sans avertissement.
  - id: donnees
    title: "Données personnelles"
    body: >-
      Les publications qui contiennent l'adresse, le numéro de téléphone ou la photographie d'une
      personne sont supprimées.
  - id: publicite
    title: "Publicité"
    body: "Les messages publicitaires sont supprimés."
  - id: images-generees
    title: "Images générées"
    body: "Les images générées qui ne sont pas présentées comme telles sont supprimées."
---
Cette charte s'applique aux pages de {{ org.name }}.
"#;

/// A validated fork of version 2.0 with `rules` as given.
fn fork(rules: &str) -> String {
    format!(
        r#"---
# The prefecture's charter, made from the national model.
extends: "@sig/moderation@2.0"   # pinned
version: "1.0"
status: validated
audience: public
approval:
  drafted_by: {{ name: "Camille Martin", role: "chargée de communication", date: 2025-01-10 }}
  verified_by: {{ name: "Sacha Petit", role: "référent qualité", date: 2025-01-12 }}
  validated_by: {{ name: "Dominique Leroy", role: "directeur de cabinet", date: 2025-01-15 }}
history:
  - {{ version: "1.0", date: 2025-01-15, changes: "Première version." }}
{rules}---
"#
    )
}

const FORKS: [(&str, &str); 6] = [
    ("a", ""),
    (
        "b",
        "rules:\n  - id: publicite\n    body: \"Les messages publicitaires et les petites annonces sont supprimés.\"\n",
    ),
    (
        "c",
        "rules:\n  # Our own wording.\n  - id: donnees\n    body: >-\n      Les publications qui contiennent l'adresse, le courriel ou le numéro de téléphone d'une\n      personne sont supprimées.\n",
    ),
    ("d", "rules:\n  - { id: donnees, remove: true }\n  - { id: spam, remove: true }\n"),
    (
        "e",
        "rules:\n  - id: images-generees\n    title: \"Montages\"\n    body: \"Les montages trompeurs sont supprimés.\"\n",
    ),
    (
        "f",
        "rules:\n  - id: respect\n    body: >-\n      Les commentaires injurieux, diffamatoires ou discriminatoires envers une personne ou un groupe\n      de personnes sont supprimés.\n",
    ),
];

/// The library site with the six forks, the library at version 2.0.
fn site() -> Site {
    let site = Site::from_fixture("library");
    for (name, rules) in FORKS {
        site.write(&format!("content/chartes/fork-{name}.md"), &fork(rules));
    }
    site
}

/// The library moves to 2.1: the text of 2.0 is kept as `moderation@2.0.md`.
fn move_library(site: &Site) {
    let current = site.root().join("modeles-sig/moderation.md");
    fs::copy(&current, site.root().join("modeles-sig/moderation@2.0.md")).unwrap();
    fs::write(current, MODEL_2_1).unwrap();
}

fn read(site: &Site, relative: &str) -> String {
    fs::read_to_string(site.root().join(relative)).unwrap()
}

fn update(site: &Site, args: &[&str]) -> std::process::Output {
    let mut all = vec!["update", "--today", "2025-06-01"];
    all.extend_from_slice(args);
    site.charte(&all)
}

#[test]
fn a_fork_pinned_to_2_0_builds_the_same_pages_after_the_library_moves() {
    let site = site();
    assert_success(&site.build());
    let before = snapshot(&site.public());
    let html = fs::read_to_string(site.public().join("chartes/fork-a/index.html")).unwrap();
    assert!(html.contains("Messages répétés") && !html.contains("Images générées"), "{html}");
    move_library(&site);
    assert_success(&site.build());
    let after = snapshot(&site.public());
    let differ: Vec<_> =
        before.keys().chain(after.keys()).filter(|p| before.get(*p) != after.get(*p)).cloned().collect();
    assert!(differ.iter().all(|p| p.starts_with("registre")), "pages that changed: {differ:?}");
    assert!(differ.iter().any(|p| p.starts_with("registre")), "the register shows the update");
    let register = fs::read_to_string(site.public().join("registre/index.html")).unwrap();
    assert!(register.contains("<strong>Mise à jour disponible.</strong>"), "{register}");
}

#[test]
fn the_register_links_each_fork_behind_to_a_redline_of_its_model() {
    let site = site();
    move_library(&site);
    assert_success(&site.build());
    let register = fs::read_to_string(site.public().join("registre/index.html")).unwrap();
    let link = "<a href=\"../registre/modeles/sig/moderation/v2.0-2.1/\">Modifications du modèle de la version 2.0 à la version 2.1</a>";
    assert_eq!(register.matches(link).count(), 6, "one link per fork: {register}");
    let page = fs::read_to_string(site.public().join("registre/modeles/sig/moderation/v2.0-2.1/index.html")).unwrap();
    for expected in [
        "Charte de modération\u{a0}: de la version 2.0 à la version 2.1 du modèle",
        "<code>@sig/moderation</code>",
        "Version 2.1 du modèle publiée le <time datetime=\"2026-10-01\">",
        "<strong>Version 2.1</strong>",
        "images générées\u{202f}; données personnelles précisées.",
        "Suppression\u{a0}: </span>",
        "Ajout\u{a0}: </span>supprimés sans avertissement.</ins>",
        "— règle supprimée",
        "— règle ajoutée",
        "— règle reformulée",
        "aria-current=\"page\">Modèle @sig/moderation, de la version 2.0 à la version 2.1",
    ] {
        assert!(page.contains(expected), "missing {expected:?} in {page}");
    }
    assert!(!page.contains("{{"), "the site's variables are replaced: {page}");
    // A public build has no register, so no page of the model's changes either.
    assert_success(&site.charte(&["build", "--audience", "public"]));
    assert!(!site.public().join("registre").exists());
}

#[test]
fn check_tells_each_fork_what_the_update_would_do() {
    let site = site();
    move_library(&site);
    let (code, report) = check_json(&site);
    assert_eq!(code, 0, "{report}");
    let notices = diagnostics(&report, "model-update");
    let at = |file: &str| -> Vec<String> {
        notices
            .iter()
            .filter(|d| d["file"] == format!("content/chartes/fork-{file}.md"))
            .map(|d| format!("{} {}", place(d), d["message"].as_str().unwrap()))
            .collect()
    };
    // (a) takes everything: the update, then each rule it inherits, at `extends`.
    let a = at("a");
    assert!(a[0].contains(":3:10") && a[0].contains("2.1") && a[0].contains("2.0"), "{a:?}");
    assert!(a.iter().any(|n| n.contains("`images-generees`")), "{a:?}");
    assert!(a.iter().any(|n| n.contains("`spam`")), "{a:?}");
    // (c) and (e): at their own entries, to review.
    assert!(
        at("c").iter().any(|n| n.starts_with("content/chartes/fork-c.md:15:9") && n.contains("`donnees`")),
        "{:?}",
        at("c")
    );
    assert!(at("e").iter().any(|n| n.contains(":14:9") && n.contains("`images-generees`")), "{:?}", at("e"));
    assert!(diagnostics(&report, "model-library").is_empty());
}

#[test]
fn update_merges_each_fork_and_a_second_update_changes_nothing() {
    let site = site();
    move_library(&site);
    let originals: Vec<String> =
        FORKS.iter().map(|(n, _)| read(&site, &format!("content/chartes/fork-{n}.md"))).collect();

    // A dry run writes nothing and shows the merge.
    let content = snapshot(&site.root().join("content"));
    let dry = update(&site, &["--dry-run"]);
    assert_eq!(dry.status.code(), Some(1), "conflicts: exit 1\n{}", stderr(&dry));
    assert_eq!(snapshot(&site.root().join("content")), content);
    let shown = String::from_utf8(dry.stdout).unwrap();
    assert!(shown.contains("+extends: \"@sig/moderation@2.1\"   # pinned"), "{shown}");
    assert!(shown.contains("Essai"), "{shown}");

    let out = update(&site, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let said = String::from_utf8(out.stdout).unwrap();
    for (name, original) in FORKS.iter().map(|(n, _)| n).zip(&originals) {
        let file = format!("content/chartes/fork-{name}.md");
        let text = read(&site, &file);
        // Every fork: the new pin (its comment kept), a new draft version, the old one kept.
        assert!(text.contains("extends: \"@sig/moderation@2.1\"   # pinned\n"), "{file}:\n{text}");
        assert!(text.contains("# The prefecture's charter, made from the national model.\n"), "{text}");
        assert!(text.contains("version: \"1.1\"\nstatus: draft\n"), "{text}");
        assert!(
            text.contains("  - { version: \"1.1\", date: 2025-06-01, changes: \"Mise à jour du modèle 2.0 → 2.1\" }\n  - { version: \"1.0\""),
            "{text}"
        );
        assert_eq!(&read(&site, &format!("content/chartes/fork-{name}@1.0.md")), original, "{file}");
        assert!(
            said.contains(&format!(
                "content/chartes/fork-{name}.md\u{a0}: modèle `@sig/moderation`, version 2.0 → 2.1"
            )),
            "{said}"
        );
    }
    // (a) and (d)'s inherited rules take the new words with the pin: nothing else is written.
    let a = read(&site, "content/chartes/fork-a.md");
    assert!(!a.contains("rules") && !a.contains("conflict"), "{a}");
    // (b) keeps its wording.
    let b = read(&site, "content/chartes/fork-b.md");
    assert!(b.contains("    body: \"Les messages publicitaires et les petites annonces sont supprimés.\"\n"), "{b}");
    assert!(!b.contains("conflict"));
    // (c) keeps its wording, with the model's before and after in a conflict.
    let c = read(&site, "content/chartes/fork-c.md");
    assert!(c.contains("  # Our own wording.\n  - id: donnees\n    body: >-\n      Les publications qui contiennent l'adresse, le courriel"), "{c}");
    assert!(
        c.contains(
            "    conflict:\n      update: \"2.0 → 2.1\"\n      reason: both-changed\n      body:\n        before: "
        ),
        "{c}"
    );
    assert!(c.contains("ou la photographie d'une"), "{c}");
    // (d): `donnees` stays removed; the removal of `spam`, which the model removes too, goes.
    let d = read(&site, "content/chartes/fork-d.md");
    assert!(d.contains("rules:\n  - { id: donnees, remove: true }\n---"), "{d}");
    // (e): a conflict that gives the model's new rule.
    let e = read(&site, "content/chartes/fork-e.md");
    assert!(e.contains("      reason: added-by-model\n      title:\n        after: \"Images générées\"\n"), "{e}");
    // (f): the fork's words and the model's, merged.
    let f = read(&site, "content/chartes/fork-f.md");
    assert!(
        f.contains("Les commentaires injurieux, diffamatoires ou discriminatoires envers une personne ou un groupe de personnes sont supprimés sans avertissement.")
            || f.contains("Les commentaires injurieux, diffamatoires ou discriminatoires envers une personne ou un\n      groupe de personnes sont supprimés sans avertissement."),
        "{f}"
    );
    assert!(!f.contains("conflict"), "{f}");
    assert!(said.contains("règle `respect`\u{a0}: vos changements et ceux du modèle sont fusionnés"), "{said}");

    // `check` refuses the two conflicts, at the conflicts, and nothing else.
    let (code, report) = check_json(&site);
    assert_eq!(code, 1);
    let conflicts: Vec<String> = diagnostics(&report, "update-conflict").iter().map(|d| place(d)).collect();
    assert_eq!(conflicts.len(), 2, "{report}");
    assert!(conflicts.iter().any(|p| p.starts_with("content/chartes/fork-c.md:")), "{conflicts:?}");
    assert!(conflicts.iter().any(|p| p.starts_with("content/chartes/fork-e.md:")), "{conflicts:?}");
    let errors: Vec<_> =
        report["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_ne!(site.build().status.code(), Some(0), "a conflict is never published");

    // A second update changes nothing.
    let files = snapshot(&site.root().join("content"));
    let again = update(&site, &[]);
    assert_success(&again);
    assert_eq!(snapshot(&site.root().join("content")), files);
    assert!(String::from_utf8(again.stdout).unwrap().contains("à jour (modèle `@sig/moderation`, version 2.1)"));

    // Resolved: each conflict removed (fork-e's rule renamed), the site checks clean.
    let resolve = |text: &str| text[..text.find("    # Conflit").unwrap()].to_owned() + "---\n";
    site.write("content/chartes/fork-c.md", &resolve(&c));
    site.write("content/chartes/fork-e.md", &resolve(&e).replace("id: images-generees", "id: montages"));
    let (code, report) = check_json(&site);
    assert_eq!(code, 0, "{report}");
}

#[test]
fn rules_in_a_flow_list_and_crlf_lines_are_updated_and_a_conflict_blocks_the_next_update() {
    let site = site();
    // The rules on one line, as `[ … ]`: written again one per line, in order.
    let flow = fork(
        "rules: [ { id: donnees, body: \"Les publications avec l'adresse d'une personne sont supprimées.\" }, { id: publicite, title: \"Réclame\" } ]\n",
    );
    site.write("content/chartes/fork-g.md", &flow);
    // Lines that end with CRLF keep their ends.
    site.write("content/chartes/fork-h.md", &fork(FORKS[1].1).replace('\n', "\r\n"));
    move_library(&site);
    let out = update(&site, &["chartes/fork-g", "chartes/fork-h"]);
    assert_eq!(out.status.code(), Some(1), "fork-g conflicts\n{}", stderr(&out));
    let g = read(&site, "content/chartes/fork-g.md");
    assert!(
        g.contains("rules:\n  - id: \"donnees\"\n    body: \"Les publications avec l'adresse d'une personne sont supprimées.\"\n    # Conflit"),
        "{g}"
    );
    assert!(g.contains("      reason: both-changed\n"), "{g}");
    assert!(g.ends_with("  - id: \"publicite\"\n    title: \"Réclame\"\n---\n"), "{g}");
    let h = read(&site, "content/chartes/fork-h.md");
    assert!(h.contains("@sig/moderation@2.1") && !h.replace("\r\n", "").contains('\n'), "{h:?}");
    assert!(
        h.contains("    body: \"Les messages publicitaires et les petites annonces sont supprimés.\"\r\n"),
        "{h:?}"
    );
    let (_, report) = check_json(&site);
    assert_eq!(diagnostics(&report, "update-conflict").len(), 1, "{report}");
    assert!(diagnostics(&report, "update-conflict").iter().all(|d| place(d).starts_with("content/chartes/fork-g.md:")));

    // The library moves on while fork-g's conflict is open: no update is taken on top of it,
    // and nothing is written, not even for the other forks.
    let current = read(&site, "modeles-sig/moderation.md");
    fs::write(site.root().join("modeles-sig/moderation@2.1.md"), &current).unwrap();
    let newer = current
        .replace("version: \"2.1\"", "version: \"2.2\"")
        .replace(
            "history:\n",
            "history:\n  - { version: \"2.2\", date: 2026-11-01, changes: \"Publicité précisée.\" }\n",
        )
        .replace(
            "\"Les messages publicitaires sont supprimés.\"",
            "\"Les messages publicitaires et les liens sont supprimés.\"",
        );
    fs::write(site.root().join("modeles-sig/moderation.md"), newer).unwrap();
    let content = snapshot(&site.root().join("content"));
    let out = update(&site, &[]);
    assert_eq!(out.status.code(), Some(1));
    let said = stderr(&out);
    assert!(said.contains("erreur[update-conflict]") && said.contains("content/chartes/fork-g.md:"), "{said}");
    assert!(said.contains("mise à jour impossible\u{a0}: 1 erreur à corriger d’abord"), "{said}");
    assert_eq!(snapshot(&site.root().join("content")), content);
}

#[test]
fn update_of_one_document_leaves_the_others() {
    let site = site();
    move_library(&site);
    let b = read(&site, "content/chartes/fork-b.md");
    let out = update(&site, &["chartes/fork-a"]);
    assert_success(&out);
    assert!(read(&site, "content/chartes/fork-a.md").contains("@sig/moderation@2.1"));
    assert_eq!(read(&site, "content/chartes/fork-b.md"), b);
    // Not a fork: a usage error.
    site.write("content/page.md", "---\nkind: page\ntitle: P\n---\n");
    let out = update(&site, &["page"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("n’est pas fait d’un modèle"), "{}", stderr(&out));
}

#[test]
fn a_library_that_cannot_be_read_is_an_error_in_site_yaml() {
    let site = site();
    let yaml = read(&site, "content/site.yaml");
    site.write("content/site.yaml", &yaml.replace("sig: modeles-sig", "sig: nowhere"));
    let (code, report) = check_json(&site);
    assert_eq!(code, 1);
    let found = diagnostics(&report, "model-library");
    assert_eq!(place(found[0]), "content/site.yaml:12:8", "{report}");

    site.write("content/site.yaml", &yaml.replace("sig: modeles-sig", "autre: modeles-sig"));
    let (_, report) = check_json(&site);
    let found = diagnostics(&report, "model-library");
    assert_eq!(place(found[0]), "modeles-sig/library.yaml:2:7", "{report}");
    assert!(found[0]["help"].as_str().unwrap().contains("sig:"), "{}", found[0]);

    site.write("content/site.yaml", &yaml);
    site.remove("modeles-sig/library.yaml");
    let (_, report) = check_json(&site);
    assert_eq!(diagnostics(&report, "model-library")[0]["file"], "modeles-sig/library.yaml", "{report}");
}
