//! The tool's language follows the locale: French for `fr_FR.UTF-8`, for `C.UTF-8` and when no
//! variable is set, English for `en_GB.UTF-8`; `LC_ALL` before `LC_MESSAGES` before `LANG`. The
//! rendering of diagnostics is pinned in both languages by snapshots (`tests/snapshots/`), so that
//! a change to it is seen in review.

mod common;

use common::{stderr, Site};

/// A site with one mistake of each common sort: a YAML syntax error stops the reading of its
/// file, so the other mistakes are in other files.
fn broken_site() -> Site {
    let site = Site::from_fixture("basic");
    site.write(
        "content/chartes/moderation.md",
        "---\nkind: moderation\ntitle: \"Charte\"\napproval:\n  validted_by: { name: A, role: B, date: 2024-01-01 }\n---\n",
    );
    site.write("content/statut.md", "---\nkind: page\ntitle: \"Statut\"\nstatus: publised\n---\n");
    site.write("content/mentions.md", "---\nkind: page\ntitle: \"Mentions\"\nsummary: [\"a\"]\n---\n");
    site.write("content/fiche.md", "---\nkind: page\ntitle: \"Fiche\"\n  status: draft\n---\n");
    site
}

fn check(site: &Site, lang: &str) -> (String, String) {
    let out = site.charte_in(lang, &["check", "--today", "2025-06-01"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    (String::from_utf8(out.stdout).unwrap(), err)
}

#[test]
fn french_unless_the_locale_says_english() {
    let site = broken_site();
    for lang in ["fr_FR.UTF-8", "C.UTF-8", ""] {
        let (out, _) = check(&site, lang);
        assert!(out.contains("erreur[unknown-field]\u{a0}: champ inconnu\u{a0}: `validted_by`"), "{lang}: {out}");
        assert!(out.contains("= aide\u{a0}: vouliez-vous dire `validated_by`\u{202f}?"), "{lang}: {out}");
        assert!(out.contains("bilan au 2025-06-01"), "{lang}: {out}");
        assert!(out.contains("4 erreurs"), "{lang}: {out}");
        let help = site.charte_in(lang, &["build", "--help"]);
        let help = String::from_utf8(help.stdout).unwrap();
        assert!(help.contains("Utilisation\u{a0}: charte build") && help.contains("Affiche l’aide"), "{help}");
    }
    let (out, _) = check(&site, "en_GB.UTF-8");
    assert!(out.contains("error[unknown-field]: unknown field `validted_by`"), "{out}");
    assert!(out.contains("= help: did you mean `validated_by`?"), "{out}");
    assert!(out.contains("summary on 2025-06-01") && out.contains("4 errors"), "{out}");
    let help = site.charte_in("en_GB.UTF-8", &["build", "--help"]);
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("Usage: charte build") && help.contains("Print help"), "{help}");
}

#[test]
fn lc_all_comes_before_lc_messages_before_lang() {
    let site = broken_site();
    let run = |vars: &[(&str, &str)]| {
        let mut command = common::charte_in("fr_FR.UTF-8");
        for (name, value) in vars {
            command.env(name, value);
        }
        let out = command.args(["check", "--today", "2025-06-01", "--root"]).arg(site.root()).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(run(&[("LC_MESSAGES", "en_US.UTF-8")]).contains("summary on"));
    assert!(run(&[("LC_ALL", "fr_FR.UTF-8"), ("LC_MESSAGES", "en_US.UTF-8")]).contains("bilan au"));
    assert!(run(&[("LC_ALL", "en_US.UTF-8")]).contains("summary on"));
}

/// `charte init` and `charte new` write their comments in the tool's language, and the two sites
/// made from one template differ only there: the same values, checked the same way.
#[test]
fn starter_files_are_commented_in_the_tool_s_language() {
    let dir = tempfile::tempdir().unwrap();
    let (french, english) = (dir.path().join("fr"), dir.path().join("en"));
    for (lang, root) in [("C.UTF-8", &french), ("en_GB.UTF-8", &english)] {
        let out = common::charte_in(lang).arg("init").arg(root).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let out =
            common::charte_in(lang).args(["new", "usage", "guides/twitter", "--root"]).arg(root).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let read = |root: &std::path::Path, file: &str| std::fs::read_to_string(root.join(file)).unwrap();
    let site = read(&french, "content/site.yaml");
    // After the line that gives editors its schema.
    assert!(
        site.starts_with(
            "# yaml-language-server: $schema=../schemas/site.schema.json\n# L’organisation qui publie ces documents."
        ),
        "{site}"
    );
    assert!(site.contains("# Les pages que la loi impose à un site public"), "{site}");
    assert!(!site.contains("# @") && !site.contains("The organisation"), "{site}");
    let guide = read(&french, "content/guides/twitter.md");
    assert!(guide.contains("status: draft              # draft (brouillon) |"), "{guide}");
    assert!(guide.contains("# Questions et réponses") && guide.contains("date: AAAA-MM-JJ"), "{guide}");
    let site = read(&english, "content/site.yaml");
    assert!(site.lines().nth(1).unwrap().starts_with("# The organisation that publishes these documents."), "{site}");
    let guide = read(&english, "content/guides/twitter.md");
    assert!(guide.contains("# Questions and answers") && guide.contains("date: YYYY-MM-DD"), "{guide}");
    // Without their comments, the files are the same.
    let values = |text: String| -> Vec<String> {
        text.lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .map(|l| l.split(" # ").next().unwrap().trim_end().to_owned())
            .collect()
    };
    for file in ["content/site.yaml", "content/procedures/charte-reseaux-sociaux.md", "content/guides/twitter.md"] {
        assert_eq!(values(read(&french, file)), values(read(&english, file)), "{file}");
    }
    // Both sites are read the same way: the same blanks to fill, at the same places (the lines
    // quoted under each diagnostic differ by their comments).
    let check = |root: &std::path::Path| {
        let out =
            common::charte_in("C.UTF-8").args(["check", "--today", "2026-06-01", "--root"]).arg(root).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        text.lines().filter(|l| !l.contains(" # ")).map(str::to_owned).collect::<Vec<_>>()
    };
    assert_eq!(check(&french), check(&english));
}

#[test]
fn usage_errors_speak_the_language_and_exit_2() {
    let site = Site::from_fixture("basic");
    let french = site.charte_in("fr_FR.UTF-8", &["build", "--today", "2025-02-30"]);
    assert_eq!(french.status.code(), Some(2));
    assert!(stderr(&french).contains("n’est pas une date du calendrier"), "{}", stderr(&french));
    let english = site.charte_in("en_GB.UTF-8", &["build", "--bogus"]);
    assert_eq!(english.status.code(), Some(2));
    assert!(stderr(&english).starts_with("error: unknown argument: `--bogus`"), "{}", stderr(&english));
}

#[test]
fn the_rendering_of_diagnostics_is_pinned_in_both_languages() {
    let site = broken_site();
    let (french, _) = check(&site, "fr_FR.UTF-8");
    insta::assert_snapshot!("diagnostics_fr", french);
    let (english, _) = check(&site, "en_GB.UTF-8");
    insta::assert_snapshot!("diagnostics_en", english);
    let build = site.charte_in("fr_FR.UTF-8", &["build", "--today", "2025-06-01"]);
    insta::assert_snapshot!("build_failed_fr", stderr(&build));
}
