//! Broken content: each mistake exits 1, names the file, line and column, says what was
//! expected, and leaves the previous output byte for byte. Refused output folders exit 2.

mod common;

use common::{assert_success, snapshot, stderr, Site};

/// Builds once, breaks `file` with `text`, builds again: checks the exit code, the location in
/// the message, and that the output did not change.
fn breaks(file: &str, text: &str, location: &str, expected: &[&str]) {
    breaks_with(file, text, location, expected);
}

/// [`breaks`], giving back what the build printed on its error output.
fn breaks_with(file: &str, text: &str, location: &str, expected: &[&str]) -> String {
    let site = Site::from_fixture("basic");
    assert_success(&site.build());
    let before = snapshot(&site.public());
    site.write(file, text);
    let out = site.build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "exit code for {file}: {err}");
    assert!(err.contains(location), "expected {location} in:\n{err}");
    for word in expected {
        assert!(err.contains(word), "expected {word:?} in:\n{err}");
    }
    assert!(err.contains("rien n’a été écrit"), "{err}");
    assert_eq!(snapshot(&site.public()), before, "the previous output must stay byte for byte");
    assert_no_staging_left(&site);
    err
}

fn assert_no_staging_left(site: &Site) {
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".charte"))
        .collect();
    assert!(leftovers.is_empty(), "no staging folder left behind: {leftovers:?}");
}

#[test]
fn bad_indentation() {
    breaks(
        "content/chartes/moderation.md",
        "---\nkind: moderation\ntitle: \"T\"\napproval:\n  validated_by:\n    name: \"A\"\n     role: \"B\"\n---\n",
        "content/chartes/moderation.md:7:6",
        &["indentée", "^"],
    );
}

#[test]
fn unknown_field_suggests_the_right_one() {
    breaks(
        "content/chartes/moderation.md",
        "---\nkind: moderation\ntitle: \"T\"\napproval:\n  validted_by: { name: A, role: B, date: 2024-01-01 }\n---\n",
        "content/chartes/moderation.md:5:3",
        &["champ inconnu\u{a0}: `validted_by`", "vouliez-vous dire `validated_by`"],
    );
}

#[test]
fn an_unknown_field_at_the_top_level_names_no_enclosing_field() {
    let out = breaks_with(
        "content/page.md",
        "---\nkind: page\ntitle: \"T\"\nsumary: \"S\"\n---\n",
        "content/page.md:4:1",
        &["champ inconnu\u{a0}: `sumary`", "vouliez-vous dire `summary`"],
    );
    assert!(!out.contains("(dans"), "{out}");
}

#[test]
fn a_list_where_one_value_is_expected_is_said_in_words() {
    breaks(
        "content/page.md",
        "---\nkind: page\ntitle: \"T\"\naudience: [public]\n---\n",
        "content/page.md:4",
        &["attendu\u{a0}: une seule des valeurs possibles\u{202f}; trouvé\u{a0}: une liste (dans `audience`)"],
    );
}

#[test]
fn a_null_where_fields_are_expected_is_said_to_be_empty_and_a_quoted_one_a_text() {
    breaks(
        "content/page.md",
        "---\nkind: page\ntitle: \"T\"\nvars: ~\n---\n",
        "content/page.md:4:7",
        &["attendu\u{a0}: des lignes `champ: valeur`\u{202f}; trouvé\u{a0}: une valeur vide (dans `vars`)"],
    );
    breaks(
        "content/page.md",
        "---\nkind: page\ntitle: \"T\"\nvars: \"null\"\n---\n",
        "content/page.md:4:7",
        &["trouvé\u{a0}: un texte (dans `vars`)"],
    );
}

#[test]
fn wrong_enum_value_lists_the_allowed_ones() {
    breaks(
        "content/chartes/moderation.md",
        "---\nkind: moderation\ntitle: \"T\"\nstatus: publised\n---\n",
        "content/chartes/moderation.md:4:9",
        &["`publised`", "`draft`", "`review`", "`validated`", "`archived`"],
    );
    breaks(
        "content/mentions.md",
        "---\nkind: charter\ntitle: \"T\"\n---\n",
        "content/mentions.md:2:7",
        &["`moderation`", "`usage`", "`glossary`", "`procedure`", "`page`"],
    );
    breaks(
        "content/mentions.md",
        "---\nkind: page\ntitle: \"T\"\naudience: everyone\n---\n",
        "content/mentions.md:4:11",
        &["`public`", "`internal`"],
    );
}

#[test]
fn impossible_date() {
    breaks(
        "content/fiche.md",
        "---\nkind: procedure\ntitle: \"T\"\nhistory:\n  - { version: \"1\", date: 2025-02-30, changes: x }\n---\n",
        "content/fiche.md:5:27",
        &["2025-02-30", "n’est pas une date du calendrier"],
    );
}

#[test]
fn unterminated_front_matter() {
    breaks(
        "content/mentions.md",
        "---\nkind: page\ntitle: \"T\"\n\nText without the closing line.\n",
        "content/mentions.md:1:1",
        &["jamais refermé", "`---`"],
    );
}

#[test]
fn missing_site_yaml() {
    let site = Site::from_fixture("basic");
    assert_success(&site.build());
    let before = snapshot(&site.public());
    site.remove("content/site.yaml");
    let out = site.build();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("content/site.yaml"), "{}", stderr(&out));
    assert_eq!(snapshot(&site.public()), before);
}

#[test]
fn errors_in_a_yaml_document_and_in_site_yaml_are_located() {
    breaks(
        "content/glossaire.yaml",
        "kind: glossary\ntitle: G\nterms:\n  - { term: A, definiton: B }\n",
        "content/glossaire.yaml:4:",
        &["champ inconnu\u{a0}: `definiton`", "vouliez-vous dire `definition`"],
    );
    breaks(
        "content/site.yaml",
        "organisation:\n  name: X\n  article: lo\nbase_url: https://x.org\n",
        "content/site.yaml:3:12",
        &["`le`", "`la`", "`l'`", "`les`"],
    );
}

#[test]
fn every_error_of_a_build_is_reported() {
    let site = Site::from_fixture("basic");
    site.write("content/a.md", "---\nkind: page\ntitle: A\nstatus: nope\n---\n");
    site.write("content/b.md", "---\nkind: page\ntitle: B\nengagements: [\"99.9\"]\n---\n");
    site.write("content/c.md", "---\nkind: page\ntitle: C\nfaq: []\n---\n");
    let out = site.build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("content/a.md:4:9"), "{err}");
    assert!(err.contains("content/b.md:4:15") && err.contains("engagement `99.9`"), "{err}");
    assert!(
        err.contains("content/c.md:4:6") && err.contains("`faq` appartient aux documents de type `usage`"),
        "{err}"
    );
    assert!(err.contains("3 erreurs"), "{err}");
    assert!(!site.public().exists(), "a failed first build writes nothing");
}

#[test]
fn errors_found_after_the_pages_are_written_leave_nothing_behind() {
    // Links are checked once every page is rendered and written into the staging folder: the
    // failed build must still leave the previous output as it was, and no staging folder.
    breaks(
        "content/mentions.md",
        "---\nkind: page\ntitle: \"Mentions\"\nstatus: validated\napproval:\n  validated_by: { name: \"B\", role: \"R\", date: 2025-01-05 }\n---\n\nVoir [la charte](../chartes/moderaton/).\n",
        "content/mentions.md:9:18",
        &["broken-link", "vouliez-vous dire /chartes/moderation/\u{202f}?"],
    );
    // A template that fails on document pages only, after other pages were written.
    let site = Site::from_fixture("basic");
    site.write("templates/document.html", "{{ doc.nothing_here.at_all }}");
    let out = site.build();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!site.public().exists(), "a failed first build writes nothing");
    assert_no_staging_left(&site);
}

#[test]
fn rule_ids_must_be_stable_anchors_and_unique() {
    breaks(
        "content/chartes/moderation.md",
        "---\nkind: moderation\ntitle: T\nrules:\n  - { id: Pas de pub, title: A, body: B }\n  - { id: ok, title: A, body: B }\n  - { id: ok, title: C, body: D }\n---\n",
        "content/chartes/moderation.md:5:11",
        &["l’identifiant de règle `Pas de pub`", "`pas-de-pub`", "content/chartes/moderation.md:7:11", "déjà utilisé ligne 6"],
    );
}

#[test]
fn a_file_name_that_cannot_be_an_address_is_refused() {
    breaks(
        "content/Charte Modération.md",
        "---\nkind: page\ntitle: T\n---\n",
        "content/Charte Modération.md",
        &["minuscules sans accents"],
    );
}

#[test]
fn hostile_bytes_do_not_panic() {
    let site = Site::from_fixture("basic");
    for (i, text) in [
        "\u{0}\u{1}---",
        "---\n\u{feff}kind: [\n---\n",
        "---\n: : :\n---\n",
        "---\nkind: page\ntitle: *x\n---\n",
        "---\nkind: page\ntitle: !!binary aGk=\n---\n",
    ]
    .iter()
    .enumerate()
    {
        site.write("content/x.md", text);
        let out = site.build();
        assert_eq!(out.status.code(), Some(1), "input {i}: {}", stderr(&out));
        assert!(stderr(&out).contains("content/x.md"), "input {i}: {}", stderr(&out));
    }
    std::fs::write(site.root().join("content/x.md"), [0xff, 0xfe, b'\n']).unwrap();
    let out = site.build();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("UTF-8"));
}

#[test]
fn refused_output_folders_exit_2_and_touch_nothing() {
    let site = Site::from_fixture("basic");
    site.write("themes/default/static/x.css", "x");
    let before = snapshot(site.root());
    let parent = site.root().parent().unwrap().to_path_buf();
    for output in [
        site.root().to_path_buf(),
        site.root().join("content"),
        site.root().join("content/chartes"),
        site.root().join("themes/default"),
        parent,
        std::path::PathBuf::from("/"),
    ] {
        let out = site.charte(&["build", "--output", output.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{}: {}", output.display(), stderr(&out));
        assert!(stderr(&out).contains("refus d’"), "{}", stderr(&out));
    }
    assert_eq!(snapshot(site.root()), before);
}

#[test]
fn a_foreign_non_empty_folder_needs_force() {
    let site = Site::from_fixture("basic");
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("www");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("precious.txt"), "keep me").unwrap();
    let out = site.charte(&["build", "--output", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--force"));
    assert_eq!(std::fs::read_to_string(target.join("precious.txt")).unwrap(), "keep me");

    assert_success(&site.charte(&["build", "--output", target.to_str().unwrap(), "--force"]));
    assert!(target.join("index.html").is_file());
    assert!(!target.join("precious.txt").exists());
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 1, "nothing left beside the output");
    // Written by charte now: a second build needs no --force.
    assert_success(&site.charte(&["build", "--output", target.to_str().unwrap()]));
}

#[test]
fn usage_errors_exit_2() {
    let site = Site::from_fixture("basic");
    assert_eq!(site.charte(&["build", "--today", "2025-02-30"]).status.code(), Some(2));
    let empty = tempfile::tempdir().unwrap();
    let out = common::charte().args(["build", "--root"]).arg(empty.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("pas de dossier content/"));
    assert_eq!(site.charte(&["build", "--no-such-flag"]).status.code(), Some(2));
}

#[test]
fn duplicate_terms_and_unknown_themes_are_errors() {
    breaks(
        "content/glossaire.yaml",
        "kind: glossary\ntitle: G\nterms:\n  - { term: Mur, definition: A }\n  - { term: mur, definition: B }\n",
        "content/glossaire.yaml:5:13",
        &["le terme `mur` est déjà défini ligne 4"],
    );
    breaks(
        "content/site.yaml",
        "organisation: { name: X, article: la }\nbase_url: https://x.org\ntheme: sobre\n",
        "content/site.yaml:3:8",
        &["thème `sobre` introuvable", "themes/sobre/"],
    );
}

#[test]
fn two_documents_on_one_address() {
    breaks("content/mentions.yaml", "kind: page\ntitle: Doublon\n", "content/mentions.yaml", &["/mentions/"]);
}
