//! Property: numbers and dates at their extremes (the largest, zero, the first and last days of
//! the calendar, days that do not exist) never make charte panic: each is built or reported.

use charte::build::{self, render_site, Caches};
use charte::model::address::Selection;
use charte::schema::date::Date;
use proptest::prelude::*;

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..=9999, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (0u32..=99999, 0u32..=99, 0u32..=99).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        Just("9999-12-31".to_owned()),
        Just("0000-01-01".to_owned()),
    ]
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<u64>().prop_map(|n| n.to_string()),
        any::<u32>().prop_map(|n| n.to_string()),
        (0u32..=200).prop_map(|n| n.to_string()),
        Just("4294967296".to_owned()),
        Just("-1".to_owned()),
        Just("99999999999999999999999".to_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn extreme_numbers_and_dates_never_panic(
        validated in date(), last in date(), history in date(), today in date(),
        every_months in number(), site_months in number(), warn_days in number(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        std::fs::create_dir_all(&content).unwrap();
        std::fs::write(
            content.join("site.yaml"),
            format!("organisation: {{ name: X, article: la }}\nbase_url: https://x.fr\nreview: {{ every_months: {site_months}, warn_days: {warn_days} }}\n"),
        )
        .unwrap();
        std::fs::write(
            content.join("doc.md"),
            format!(
                "---\nkind: procedure\ntitle: T\nversion: \"1\"\nstatus: validated\napproval:\n  verified_by: {{ name: A, role: B, date: {validated} }}\n  validated_by: {{ name: A, role: B, date: {validated} }}\nreview: {{ last: {last}, every_months: {every_months} }}\nhistory:\n  - {{ version: \"1\", date: {history}, changes: C }}\nengagements: [\"20.3\"]\n---\n"
            ),
        )
        .unwrap();
        let today = Date::parse(&today).unwrap_or_else(|_| Date::parse("2025-06-01").unwrap());
        let root = dir.path().to_path_buf();
        let outcome = std::panic::catch_unwind(move || {
            let _ = build::check(&root, today);
            let _ = render_site(&root, today, Selection::ALL, &mut Caches::default());
        });
        prop_assert!(outcome.is_ok());
    }
}
