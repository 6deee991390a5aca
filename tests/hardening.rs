//! Hostile input, through the binary: no live script in a page, no panic or crash, no content
//! lost, nothing of the content reaching a spreadsheet or a terminal as a command.

mod common;

use common::{assert_success, stderr, Site};

fn with(files: &[(&str, &str)]) -> Site {
    let site = Site::from_fixture("basic");
    for (file, text) in files {
        site.write(file, text);
    }
    site
}

/// `site.yaml` of the fixture with `line` added.
/// The `basic` fixture's `site.yaml` with `line` added as its line 12 (before its legal sections).
fn site_yaml_with(line: &str) -> String {
    let text = std::fs::read_to_string(common::fixture("basic").join("content/site.yaml")).unwrap();
    let at = text.find("\npublication:").expect("the fixture's legal sections") + 1;
    assert_eq!(text[..at].lines().count(), 11);
    format!("{}{line}\n{}", &text[..at], &text[at..])
}

fn build(site: &Site) -> std::process::Output {
    site.charte(&["build", "--today", "2025-06-01"])
}

#[test]
fn a_script_address_in_site_yaml_is_refused_where_it_is() {
    for url in [
        "javascript:alert(1)",
        " javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\\tscript:alert(1)",
        "data:text/html,x",
    ] {
        let yaml = std::fs::read_to_string(common::fixture("basic").join("content/site.yaml"))
            .unwrap()
            .replace("\"https://www.facebook.com/ccval\"", &format!("\"{url}\""));
        let site = with(&[("content/site.yaml", &yaml)]);
        let out = build(&site);
        assert_eq!(out.status.code(), Some(1), "{url}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("erreur[bad-url]") && err.contains("content/site.yaml:8:48"), "{url}: {err}");
        assert!(!site.public().exists(), "nothing is written");
    }
    let site =
        with(&[("content/site.yaml", &site_yaml_with("").replace("com@example.org", "javascript:alert(1)//@x.fr"))]);
    assert!(stderr(&build(&site)).contains("erreur[bad-url]"));
}

#[test]
fn numbers_out_of_range_are_located_errors_not_panics() {
    let page = "---\nkind: page\ntitle: T\nstatus: validated\napproval:\n  validated_by: { name: A, role: B, date: 2025-01-01 }\nreview: { last: 2025-01-02, every_months: 239977 }\n---\n";
    let site = with(&[("content/mentions.md", page)]);
    let out = build(&site);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("content/mentions.md:7:43"), "{}", stderr(&out));
    for (review, place) in [
        ("review: { every_months: 0 }", "content/site.yaml:12:25"),
        ("review: { warn_days: 4000000000 }", "content/site.yaml:12:22"),
    ] {
        let site = with(&[("content/site.yaml", &site_yaml_with(review))]);
        let out = build(&site);
        assert_eq!(out.status.code(), Some(1), "{review}: {}", stderr(&out));
        assert!(stderr(&out).contains(place), "{review}: {}", stderr(&out));
    }
    // A number too large for any field is a located error too.
    let site = with(&[("content/site.yaml", &site_yaml_with("review: { every_months: 99999999999999999999 }"))]);
    let out = build(&site);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn a_title_cannot_run_a_formula_in_the_register_spreadsheet() {
    let page = "---\nkind: page\ntitle: \"=HYPERLINK(\\\"https://x.fr\\\",\\\"clic\\\")\"\n---\n";
    let site = with(&[("content/mentions.md", page)]);
    assert_success(&build(&site));
    let csv = std::fs::read_to_string(site.public().join("registre.csv")).unwrap();
    assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
    assert!(!csv.lines().any(|l| l.starts_with('=') || l.contains(";=")), "{csv}");
}

#[test]
fn a_nul_character_never_reaches_a_page() {
    let page = "---\nkind: page\ntitle: \"Ti\0tre\"\n---\n\nUn\0texte.\n";
    let site = with(&[("content/mentions.md", page)]);
    assert_success(&build(&site));
    let html = std::fs::read_to_string(site.public().join("mentions/index.html")).unwrap();
    assert!(!html.contains('\0'));
    assert!(html.contains("Ti\u{FFFD}tre") && html.contains("Un\u{FFFD}texte"), "{html}");
}

#[test]
fn nothing_from_the_content_reaches_the_terminal_as_an_escape_sequence() {
    let page = "---\nkind: page\ntitle: T\nstatus: \"\x1b]0;pwned\x07\x1b[2J\"\n---\n";
    let site = with(&[("content/mentions.md", page)]);
    let out = build(&site);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("content/mentions.md:4:"), "{err}");
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "{err:?}");
}

#[test]
fn deeply_nested_yaml_is_a_located_error_not_a_stack_overflow() {
    let deep = format!("---\n{}x\n---\n", "- ".repeat(5000));
    let site = with(&[("content/mentions.md", &deep)]);
    let out = build(&site);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("imbriquées sur plus de 64 niveaux") && stderr(&out).contains("content/mentions.md:2:")
    );
    let site_yaml = site_yaml_with(&format!("title: {}x", "[".repeat(3000)));
    let site = with(&[("content/site.yaml", &site_yaml)]);
    let out = build(&site);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("content/site.yaml:12:"), "{}", stderr(&out));
}

#[test]
fn long_chains_and_large_cycles_of_extends_are_errors() {
    let site = Site::from_fixture("basic");
    for i in 0..2000 {
        let next = if i + 1 < 2000 { format!("extends: chaine/d{}\n", i + 1) } else { "kind: page\ntitle: T\n".into() };
        site.write(&format!("content/chaine/d{i}.md"), &format!("---\n{next}---\n"));
    }
    let out = build(&site);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("plus de 16 modèles"), "{}", &stderr(&out)[..2000]);
    let site = Site::from_fixture("basic");
    for i in 0..3000 {
        site.write(&format!("content/cycle/d{i}.md"), &format!("---\nextends: cycle/d{}\n---\n", (i + 1) % 3000));
    }
    let out = build(&site);
    assert_eq!(out.status.code(), Some(1));
    // A short cycle is named.
    let site = with(&[("content/a.md", "---\nextends: b\n---\n"), ("content/b.md", "---\nextends: a\n---\n")]);
    assert!(stderr(&build(&site)).contains("a → b → a"));
}

#[test]
fn repeated_problems_are_counted_past_twenty_per_file() {
    let page = format!("---\nkind: page\ntitle: T\n---\n{}\n", "[x](#nulle) ".repeat(10_000));
    let site = with(&[("content/mentions.md", &page)]);
    let out = site.charte(&["check", "--format", "json", "--today", "2025-06-01"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let anchors: Vec<&serde_json::Value> =
        report["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == "broken-anchor").collect();
    assert_eq!(anchors.len(), 21);
    assert_eq!(anchors[20]["message"], "9980 autres cas du même type dans ce fichier, non affichés");
    // Twenty thousand equal headings get twenty thousand distinct anchors.
    let page = format!("---\nkind: page\ntitle: T\n---\n{}", "## a\n\n".repeat(20_000));
    let site = with(&[("content/mentions.md", &page)]);
    assert_success(&build(&site));
    let html = site.page("mentions/index.html");
    let ids: std::collections::HashSet<String> =
        common::select(&html, ".doc-body h2[id]").iter().map(|h| h.value().id().unwrap().to_owned()).collect();
    assert_eq!(ids.len(), 20_000);
}

#[test]
fn force_never_replaces_the_sources_behind_a_symbolic_link() {
    let site = Site::from_fixture("basic");
    let elsewhere = tempfile::tempdir().unwrap();
    let real = elsewhere.path().join("sources");
    std::fs::rename(site.root().join("content"), &real).unwrap();
    std::os::unix::fs::symlink(&real, site.root().join("content")).unwrap();
    for output in [real.clone(), elsewhere.path().to_path_buf(), real.join("chartes")] {
        let out = site.charte(&["build", "--today", "2025-06-01", "--force", "--output", output.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{}: {}", output.display(), stderr(&out));
        assert!(stderr(&out).contains("refus d’"), "{}", stderr(&out));
    }
    assert!(real.join("site.yaml").is_file() && real.join("chartes/moderation.md").is_file(), "sources intact");
}

#[test]
fn documents_under_another_name_are_refused_not_copied() {
    for name in [
        "content/interne.MD",
        "content/interne.Md",
        "content/interne.markdown",
        "content/interne.YAML",
        "content/interne.md.bak",
        "content/interne.md.orig",
        "content/notes.txt",
    ] {
        let site = with(&[(name, "---\nkind: page\ntitle: Interne\naudience: internal\n---\nSecret.\n")]);
        let out = site.charte(&["build", "--today", "2025-06-01", "--audience", "public"]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains("bad-file-name") && stderr(&out).contains(name), "{name}: {}", stderr(&out));
    }
    // Any other file is copied as it is.
    let site = with(&[("content/notes.txt", "Des notes.\n")]);
    assert_success(&build(&site));
    assert!(site.public().join("notes.txt").is_file());
}

#[test]
fn an_element_left_open_is_an_error_and_nothing_is_lost() {
    for tag in ["style", "script", "template", "title", "xmp", "noscript", "textarea", "iframe"] {
        let page = format!("---\nkind: page\ntitle: T\n---\nAvant.\n\n<{tag}>\n\nAprès, le reste du texte.\n");
        let site = with(&[("content/mentions.md", &page)]);
        let out = build(&site);
        assert_eq!(out.status.code(), Some(1), "{tag}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("erreur[html-unclosed]") && stderr(&out).contains("content/mentions.md:7:1"),
            "{tag}: {}",
            stderr(&out)
        );
    }
    // Closed, it is only removed (with a warning), and the rest stays.
    let page = "---\nkind: page\ntitle: T\n---\nAvant.\n\n<style>p{}</style>\n\nAprès, le reste du texte.\n";
    let site = with(&[("content/mentions.md", page)]);
    assert_success(&build(&site));
    assert!(std::fs::read_to_string(site.public().join("mentions/index.html"))
        .unwrap()
        .contains("Après, le reste du texte."));
}

#[test]
fn a_file_of_content_cannot_replace_a_page_or_the_theme() {
    for (file, place) in [
        ("content/mentions/index.html", "/mentions/index.html"),
        ("content/static/style.css", "/static/style.css"),
        ("content/registre.csv", "/registre.csv"),
        // The print stylesheet written beside a procedure sheet's page.
        ("content/fiche/impression.css", "/fiche/impression.css"),
    ] {
        let site = with(&[(file, "<p>remplacé</p>")]);
        let out = build(&site);
        assert_eq!(out.status.code(), Some(1), "{file}: {}", stderr(&out));
        assert!(stderr(&out).contains("reserved-url") && stderr(&out).contains(place), "{file}: {}", stderr(&out));
    }
}

/// The staging folders beside the output of `site`.
fn staging_folders(site: &Site) -> Vec<String> {
    std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".charte-"))
        .collect()
}

/// Starts a build of a site large enough to be stopped midway, and waits until it writes.
fn start_large_build(site: &Site) -> std::process::Child {
    for i in 0..3000 {
        site.write(
            &format!("content/lot/page-{i}.md"),
            &format!("---\nkind: page\ntitle: Page {i}\n---\n\n{}\n", "Un texte. ".repeat(200)),
        );
    }
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_charte"))
        .args(["build", "--today", "2025-06-01", "--root"])
        .arg(site.root())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while staging_folders(site).is_empty() {
        assert!(std::time::Instant::now() < deadline, "the build never started writing");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child
}

#[test]
fn an_interrupted_build_leaves_nothing_and_the_next_cleans_what_a_kill_left() {
    let site = Site::from_fixture("basic");
    assert_success(&build(&site));
    let before = common::snapshot(&site.public());

    let mut child = start_large_build(&site);
    std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "the build was interrupted: {status}");
    assert!(staging_folders(&site).is_empty(), "Ctrl-C deletes the staging folder: {:?}", staging_folders(&site));
    assert_eq!(common::snapshot(&site.public()), before, "the previous output is untouched");

    let mut child = start_large_build(&site);
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!staging_folders(&site).is_empty(), "a killed build leaves its staging folder");
    assert_eq!(common::snapshot(&site.public()), before);
    assert_success(&build(&site));
    assert!(staging_folders(&site).is_empty(), "the next build deletes it: {:?}", staging_folders(&site));
}

#[test]
fn errors_at_the_end_of_a_file_point_inside_it_with_a_caret() {
    for (file, text, place) in [
        ("content/doc.yaml", "kind: page\ntitle: { a: b\n", "content/doc.yaml:2:8"),
        ("content/doc.yaml", "kind: page\ntitle: [a, b\n", "content/doc.yaml:2:8"),
        ("content/doc.yaml", "kind: page\nti\0tle: T\n", "content/doc.yaml:2:1"),
        ("content/doc.md", "---\n", "content/doc.md:1:1"),
        ("content/doc.md", "---\n---\n", "content/doc.md:1:1"),
    ] {
        let site = with(&[(file, text)]);
        let out = build(&site);
        assert_eq!(out.status.code(), Some(1), "{text:?}");
        let err = stderr(&out);
        let shown = err.split("\n\n").find(|d| d.contains(file)).unwrap_or_else(|| panic!("{text:?}: {err}"));
        assert!(shown.contains(place), "{text:?}: {shown}");
        assert!(shown.lines().any(|l| l.trim_end().ends_with('^')), "{text:?}: a caret under the place: {shown}");
    }
}

#[test]
fn text_nested_hundreds_of_levels_deep_is_a_located_error() {
    for body in [
        format!("{} x\n\n<b>y</b>", ">".repeat(20_000)),
        format!("{}x{}", "<div>".repeat(40_000), "</div>".repeat(40_000)),
    ] {
        let site = with(&[("content/mentions.md", &format!("---\nkind: page\ntitle: T\n---\n{body}\n"))]);
        let out = build(&site);
        assert_eq!(out.status.code(), Some(1));
        assert!(
            stderr(&out).contains("erreur[nesting-too-deep]") && stderr(&out).contains("content/mentions.md:5:"),
            "{}",
            stderr(&out)
        );
    }
    let site = with(&[("content/mentions.md", &format!("---\nkind: page\ntitle: T\n---\n{} x\n", ">".repeat(30)))]);
    assert_success(&build(&site));
}

#[test]
fn a_theme_is_named_like_a_folder_of_themes() {
    for theme in ["../../etc", "/etc", "a/b", "défaut"] {
        let site = with(&[("content/site.yaml", &site_yaml_with(&format!("theme: \"{theme}\"")))]);
        let out = build(&site);
        assert_eq!(out.status.code(), Some(1), "{theme}");
        assert!(
            stderr(&out).contains("unknown-theme") && stderr(&out).contains("content/site.yaml:12:"),
            "{theme}: {}",
            stderr(&out)
        );
    }
}
