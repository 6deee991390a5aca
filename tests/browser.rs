//! The accessibility audit in a real browser: builds the example site and the fixture site, then
//! runs `tests/browser/audit.mjs` (axe-core in Debian's chromium, driven by playwright-core) on
//! every page at 1280, 375 and 320 px. `.ci/run` installs chromium and the npm packages; on a
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

    let example = tempfile::tempdir().unwrap();
    let example_root = example.path().join("site");
    std::fs::create_dir(&example_root).unwrap();
    common::copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), &example_root.join("content"));
    let out = assert_cmd::Command::cargo_bin("charte")
        .unwrap()
        .args(["build", "--today", "2026-11-22", "--root"])
        .arg(&example_root)
        .output()
        .unwrap();
    assert_success(&out);

    let fixture = Site::from_fixture("basic");
    assert_success(&fixture.build());

    let out = Command::new("node")
        .current_dir(&browser_dir)
        .arg("audit.mjs")
        .arg(format!("{}=/chartes", example_root.join("public").display()))
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
    let (mut server, url) = common::start_serve(&site);
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
    let example = tempfile::tempdir().unwrap();
    common::copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), &example.path().join("content"));
    let out = assert_cmd::Command::cargo_bin("charte")
        .unwrap()
        .args(["build", "--today", "2026-11-22", "--root"])
        .arg(example.path())
        .output()
        .unwrap();
    assert_success(&out);
    for site in [payload.public(), example.path().join("public")] {
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
