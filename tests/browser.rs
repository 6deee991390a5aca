//! The accessibility audit in a real browser: builds the example site and the fixture site, then
//! runs `tests/browser/audit.mjs` (axe-core in Debian's chromium, driven by playwright-core) on
//! every page at 1280, 375 and 320 px; and the scripts beside it (live reload, payloads, print,
//! search under `charte serve`). `.ci/run` installs chromium and the npm packages; on a
//! machine without them the test says so and is skipped, except under CI, where it fails.

mod common;

use std::path::Path;
use std::process::Command;

use common::{assert_success, Site};

/// The folder of the browser scripts, or `None` (with a message) when the browser is missing
/// outside CI.
fn browser_dir() -> Option<std::path::PathBuf> {
    let browser_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let missing: Vec<&str> = [
        (!Path::new("/usr/bin/chromium").exists()).then_some("/usr/bin/chromium (apt-get install chromium)"),
        (!browser_dir.join("node_modules/playwright-core").is_dir())
            .then_some("tests/browser/node_modules (npm ci in tests/browser)"),
        Command::new("node").arg("--version").output().is_err().then_some("node"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !missing.is_empty() {
        assert!(
            std::env::var_os("CI").is_none(),
            "the browser audit cannot run under CI without: {}",
            missing.join(", ")
        );
        eprintln!("browser test skipped: missing {}", missing.join(", "));
        return None;
    }
    Some(browser_dir)
}

#[test]
fn every_page_passes_axe_in_chromium_at_two_widths() {
    let Some(browser_dir) = browser_dir() else { return };

    let (_example, example_public) = example_site();
    let fixture = Site::from_fixture("basic");
    assert_success(&fixture.build());

    let out = Command::new("node")
        .current_dir(&browser_dir)
        .arg("audit.mjs")
        .arg(format!("{}=/chartes", example_public.display()))
        .arg(format!("{}=/site", fixture.public().display()))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(out.status.success(), "accessibility audit failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
}

#[test]
fn live_reload_and_the_error_overlay_work_in_chromium() {
    let Some(browser_dir) = browser_dir() else { return };
    let site = Site::from_fixture("basic");
    let (mut server, url) = common::start_serve(&site, Some("2025-06-01"));
    let out = Command::new("node")
        .current_dir(&browser_dir)
        .arg("live.mjs")
        .arg(format!("{url}mentions/"))
        .arg(site.root().join("content/mentions.md"))
        .output()
        .unwrap();
    let _ = server.kill();
    let _ = server.wait();
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(out.status.success(), "live reload failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn no_script_runs_on_any_page_of_the_payload_and_example_sites() {
    let Some(browser_dir) = browser_dir() else { return };
    let payload = Site::from_fixture("payload");
    assert_success(&payload.build());
    let (_example, example_public) = example_site();
    for site in [payload.public(), example_public] {
        let out = Command::new("node")
            .current_dir(&browser_dir)
            .arg("payload.mjs")
            .arg(format!("{}=/chartes", site.display()))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        println!("{stdout}");
        assert!(out.status.success(), "a script ran:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.contains(", 0 failed"), "{stdout}");
    }
}

/// The example site built into a temporary folder (returned with it), its address's path being
/// `/chartes`.
fn example_site() -> (tempfile::TempDir, std::path::PathBuf) {
    let example = tempfile::tempdir().unwrap();
    common::copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), &example.path().join("content"));
    let out = assert_cmd::Command::cargo_bin("charte")
        .unwrap()
        .args(["build", "--today", "2026-11-22", "--root"])
        .arg(example.path())
        .output()
        .unwrap();
    assert_success(&out);
    let public = example.path().join("public");
    (example, public)
}

#[test]
fn a_printed_procedure_sheet_carries_its_reference_version_and_page_numbers_on_every_page() {
    let Some(browser_dir) = browser_dir() else { return };
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "the print test cannot run under CI without pdftotext");
        eprintln!("print test skipped: missing pdftotext (apt-get install poppler-utils)");
        return;
    }
    let (_example, public) = example_site();
    let pdfs = tempfile::tempdir().unwrap();
    let out = Command::new("node")
        .current_dir(&browser_dir)
        .arg("print.mjs")
        .arg(format!("{}=/chartes", public.display()))
        .arg(pdfs.path())
        .arg("procedures/charte-reseaux-sociaux/")
        .output()
        .unwrap();
    assert!(out.status.success(), "printing failed: {}", String::from_utf8_lossy(&out.stderr));
    let pdf = pdfs.path().join("procedures_charte-reseaux-sociaux.pdf");
    let out = Command::new("pdftotext").arg("-layout").arg(&pdf).arg("-").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    // pdftotext ends each page with a form feed.
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert!(pages.len() >= 2, "the sheet is printed on several pages: {text}");
    for (i, page) in pages.iter().enumerate() {
        let number = format!("page {} / {}", i + 1, pages.len());
        for expected in ["Réf. QP-COM-07", "Version 3.0", number.as_str()] {
            assert!(page.contains(expected), "page {} lacks {expected:?}:\n{page}", i + 1);
        }
    }
    // The page's address once, the validation chain once (the cartouche), e-mail addresses
    // without their scheme, the licence's address.
    let address = "https://www.exemple.gouv.fr/chartes/procedures/charte-reseaux-sociaux/";
    assert_eq!(text.matches(address).count(), 1, "{text}");
    assert_eq!(text.matches("Dominique Leroy").count(), 1, "{text}");
    assert!(!text.contains("mailto:"), "{text}");
    assert!(text.contains("(https://www.etalab.gouv.fr/licence-ouverte-open-licence/)"), "{text}");
}

#[test]
fn the_search_page_finds_the_rule_and_the_term_under_the_served_policy() {
    let Some(browser_dir) = browser_dir() else { return };
    let site = Site::example();
    let (mut server, url) = common::start_serve(&site, None);
    let out = Command::new("node").current_dir(&browser_dir).arg("search.mjs").arg(&url).output().unwrap();
    let _ = server.kill();
    let _ = server.wait();
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(out.status.success(), "search failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("\n0 failed"), "{stdout}");
}
