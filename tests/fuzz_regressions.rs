//! Every input kept in `fuzz/regressions/TARGET/` (what fuzzing found, and hostile inputs known
//! to have broken charte) goes through the code of its fuzz target again: none may panic.

use std::path::Path;

fn run(target: &str, harness: fn(&[u8])) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions").join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())) {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| harness(&bytes));
        assert!(outcome.is_ok(), "{} panicked", path.display());
        count += 1;
    }
    assert!(count > 0, "no input kept for {target}");
}

#[test]
fn front_matter() {
    run("front_matter", charte::fuzzing::front_matter);
}

#[test]
fn yaml_document() {
    run("yaml_document", charte::fuzzing::yaml_document);
}

#[test]
fn text_pipeline() {
    run("text_pipeline", charte::fuzzing::text_pipeline);
}

#[test]
fn one_document_site() {
    run("one_document_site", charte::fuzzing::one_document_site);
}
