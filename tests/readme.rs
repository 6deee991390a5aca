//! The README says what the tool does: its table of diagnostic codes lists exactly the codes
//! charte has, each with its severity.

use charte::source::Code;

#[test]
fn the_readme_lists_exactly_the_diagnostic_codes() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("### Diagnostic codes").nth(1).expect("a section of diagnostic codes");
    let rows: Vec<(String, String)> = section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let code = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            Some((code.to_owned(), cells.get(2)?.to_string()))
        })
        .collect();
    let listed: Vec<&str> = rows.iter().map(|(code, _)| code.as_str()).collect();
    let known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(listed, known, "the README's table, in the order of Code::ALL");
    for ((_, severity), code) in rows.iter().zip(Code::ALL) {
        assert!(severity.starts_with(code.severity().as_str()), "{code}: the README says {severity:?}");
    }
}
