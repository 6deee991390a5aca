//! `charte check`: every rule through the binary, its JSON shape, its summary, and how the
//! register follows `--today`.

mod common;

use serde_json::Value;

use common::{assert_success, select, texts, Site};

/// Runs `charte check --format json` with `today`; returns the exit code and the report.
fn check(site: &Site, today: &str, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["check", "--format", "json", "--today", today];
    args.extend_from_slice(extra);
    let out = site.charte(&args);
    let report: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}{}", String::from_utf8_lossy(&out.stdout), common::stderr(&out)));
    (out.status.code().unwrap(), report)
}

/// The diagnostics with `code`, as `file:line:column severity`.
fn found(report: &Value, code: &str) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .map(|d| {
            format!("{}:{}:{} {}", d["file"].as_str().unwrap(), d["line"], d["column"], d["severity"].as_str().unwrap())
        })
        .collect()
}

/// The diagnostics with `code` about `file`.
fn found_in(report: &Value, code: &str, file: &str) -> Vec<String> {
    found(report, code).into_iter().filter(|f| f.starts_with(&format!("{file}:"))).collect()
}

/// The fixture site with one more document.
fn with(file: &str, text: &str) -> Site {
    let site = Site::from_fixture("basic");
    site.write(file, text);
    site
}

const PAGE: &str = "---\nkind: page\ntitle: T\n";

#[test]
fn the_fixture_and_the_example_site_pass() {
    let site = Site::from_fixture("basic");
    let (code, report) = check(&site, "2025-06-01", &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["summary"]["errors"], 0);

    let example = tempfile::tempdir().unwrap();
    common::copy_tree(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        &example.path().join("content"),
    );
    let out = assert_cmd::Command::cargo_bin("charte")
        .unwrap()
        .args(["check", "--format", "json", "--today", "2026-11-22", "--root"])
        .arg(example.path())
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{report:#}");
    assert_eq!(report["summary"]["errors"], 0, "{report:#}");
    assert_eq!(found(&report, "review-overdue"), ["content/guides/compte-twitter.md:13:17 warning"]);
    assert_eq!(report["summary"]["warnings"], 1, "the one overdue review is the only warning: {report:#}");
}

#[test]
fn json_report_has_the_documented_shape() {
    let site = with("content/x.md", &format!("{PAGE}status: validated\n---\nxxxxxx\n"));
    site.remove("content/site.yaml");
    site.write("content/site.yaml", "organisation: { name: Mairie, article: la }\nbase_url: https://m.fr\n");
    let (code, report) = check(&site, "2025-06-01", &[]);
    assert_eq!(code, 1);
    let object = report.as_object().unwrap();
    assert_eq!(object.keys().collect::<Vec<_>>(), ["diagnostics", "summary"]);
    for d in report["diagnostics"].as_array().unwrap() {
        let mut keys: Vec<&String> = d.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(keys, ["code", "column", "file", "help", "line", "message", "severity"], "{d}");
        assert!(d["code"].is_string() && d["message"].is_string() && d["file"].is_string());
        assert!(["error", "warning", "notice"].contains(&d["severity"].as_str().unwrap()));
        assert!(d["line"].is_u64() && d["column"].is_u64() || d["line"].is_null());
        assert!(d["help"].is_string() || d["help"].is_null());
    }
    let s = &report["summary"];
    assert_eq!(s["today"], "2025-06-01");
    assert!(s["documents"].is_u64() && s["errors"].is_u64() && s["warnings"].is_u64() && s["notices"].is_u64());
    for status in ["draft", "review", "validated", "archived"] {
        assert!(s["by_status"][status].is_u64(), "{status}");
    }
    assert!(s["reviews"]["overdue"].is_array() && s["reviews"]["due_soon"].is_array());
    assert_eq!(s["errors"], 2, "{report:#}");
}

#[test]
fn a_missing_site_yaml_is_still_reported_in_json() {
    let site = Site::from_fixture("basic");
    site.remove("content/site.yaml");
    let (code, report) = check(&site, "2025-06-01", &[]);
    assert_eq!(code, 1);
    assert_eq!(report["diagnostics"][0]["code"], "missing-site");
    assert!(report["diagnostics"][0]["line"].is_null());
}

#[test]
fn validation_chain() {
    let site = with("content/x.md", &format!("{PAGE}status: validated\n---\n"));
    assert_eq!(found(&check(&site, "2025-06-01", &[]).1, "validation-missing"), ["content/x.md:4:9 error"]);

    let site = with(
        "content/p.md",
        "---\nkind: procedure\ntitle: P\nstatus: validated\napproval:\n  validated_by: { name: A, role: B, date: 2025-01-10 }\n---\n",
    );
    assert_eq!(found(&check(&site, "2025-06-01", &[]).1, "verification-missing"), ["content/p.md:4:9 error"]);

    let site = with(
        "content/x.md",
        &format!("{PAGE}approval:\n  drafted_by: {{ name: A, role: B, date: 2025-01-10 }}\n  verified_by: {{ name: C, role: D, date: 2025-01-12 }}\n  validated_by: {{ name: E, role: F, date: 2025-01-11 }}\n---\n"),
    );
    let (code, report) = check(&site, "2025-06-01", &[]);
    assert_eq!(code, 1);
    assert_eq!(found(&report, "approval-order"), ["content/x.md:7:43 error"]);
    assert_eq!(
        found_in(&check(&site, "2025-01-11", &[]).1, "approval-future", "content/x.md"),
        ["content/x.md:6:42 error"]
    );
}

#[test]
fn history() {
    let site = with(
        "content/x.md",
        &format!("{PAGE}version: \"3\"\nhistory:\n  - {{ version: \"2\", date: 2024-01-01, changes: a }}\n  - {{ version: \"1\", date: 2024-06-01, changes: b }}\n  - {{ version: \"2\", date: 2023-01-01, changes: c }}\n---\n"),
    );
    let (_, report) = check(&site, "2025-06-01", &[]);
    assert_eq!(found(&report, "history-order"), ["content/x.md:7:27 error"]);
    assert_eq!(found(&report, "duplicate-version"), ["content/x.md:8:16 error"]);
    assert_eq!(found(&report, "history-version"), ["content/x.md:4:10 error"]);
    assert_eq!(
        found_in(&check(&site, "2024-03-01", &[]).1, "history-future", "content/x.md"),
        ["content/x.md:7:27 error"]
    );
}

#[test]
fn reviews_overdue_due_soon_archived_and_calendar_months() {
    let doc = |status: &str| {
        format!("{PAGE}status: {status}\napproval:\n  validated_by: {{ name: A, role: B, date: 2025-01-31 }}\nreview: {{ last: 2025-01-31, every_months: 1 }}\n---\n")
    };
    let site = with("content/x.md", &doc("validated"));
    let (code, report) = check(&site, "2025-02-28", &[]);
    assert_eq!(code, 0);
    assert_eq!(found(&report, "review-due-soon"), ["content/x.md:7:17 notice"], "31 January + 1 month = 28 February");
    assert!(found(&report, "review-overdue").is_empty());
    let (code, report) = check(&site, "2025-03-01", &[]);
    assert_eq!(code, 0, "an overdue review is a warning");
    assert_eq!(found(&report, "review-overdue"), ["content/x.md:7:17 warning"]);
    assert_eq!(report["summary"]["reviews"]["overdue"][0]["document"], "x");
    assert_eq!(report["summary"]["reviews"]["overdue"][0]["due"], "2025-02-28");
    assert_eq!(check(&site, "2025-03-01", &["--strict"]).0, 1, "--strict fails on warnings");

    let site = with("content/x.md", &doc("archived"));
    let (_, report) = check(&site, "2026-03-01", &[]);
    assert!(found_in(&report, "review-overdue", "content/x.md").is_empty(), "archived documents are exempt");

    let site = with("content/x.md", &format!("{PAGE}engagements: [\"20.3\"]\n---\n"));
    assert_eq!(found(&check(&site, "2025-06-01", &[]).1, "review-missing"), ["content/x.md:4:15 error"]);
}

#[test]
fn blanks_left_from_a_model_are_located_exactly() {
    let site = with(
        "content/x.md",
        &format!("{PAGE}summary: \"Charte de la mairie de xxxxxx\"\nrules:\n  - id: a\n    title: Règle\n    body: >-\n      Écrire à\n      TODO avant tout.\n---\n\nLe service [à compléter] répond.\n"),
    );
    site.write(
        "content/site.yaml",
        "organisation: { name: \"Commune de XXX\", article: la }\nbase_url: https://m.fr\n",
    );
    let (code, report) = check(&site, "2025-06-01", &[]);
    assert_eq!(code, 1);
    let mut blanks = found(&report, "blank");
    blanks.sort();
    assert_eq!(
        blanks,
        [
            "content/site.yaml:1:35 error",
            "content/x.md:13:12 warning",
            "content/x.md:4:34 warning",
            "content/x.md:10:7 warning",
        ]
        .map(String::from)
        .into_iter()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>()
    );
}

#[test]
fn blanks_are_errors_in_validated_documents_and_warnings_in_drafts() {
    let doc = |status: &str| {
        format!("{PAGE}status: {status}\napproval:\n  validated_by: {{ name: A, role: B, date: 2025-01-10 }}\n---\n\nLa mairie de xxxxxx.\n")
    };
    let site = with("content/x.md", &doc("validated"));
    let (code, report) = check(&site, "2025-06-01", &[]);
    assert_eq!(code, 1);
    assert_eq!(found_in(&report, "blank", "content/x.md"), ["content/x.md:9:14 error"]);
    let site = with("content/x.md", &doc("draft"));
    let (code, report) = check(&site, "2025-06-01", &[]);
    assert_eq!(code, 0, "a draft may keep its blanks: {report:#}");
    assert_eq!(found_in(&report, "blank", "content/x.md"), ["content/x.md:9:14 warning"]);
}

#[test]
fn internal_links_must_lead_somewhere() {
    let site = with(
        "content/x.md",
        &format!(
            "{PAGE}rules:\n  - {{ id: a, title: R, body: \"Voir [la règle](../chartes/moderation/#publicit).\" }}\n---\n\n\
             [ok](../chartes/moderation/#publicite) [terme](../glossaire/#etiquette) [titre](../guides/agents/#securite)\n\
             [logo](../logo.png) [registre](../registre/) [dehors](https://example.org/nulle-part)\n\n\
             [perdu](../chartes/moderaton/) [ancre](../glossaire/#zebr)\n"
        ),
    );
    let (code, report) = check(&site, "2025-06-01", &[]);
    assert_eq!(code, 1, "{report:#}");
    let broken = found(&report, "broken-link");
    assert_eq!(broken, ["content/x.md:11:9 error"]);
    let anchors = found(&report, "broken-anchor");
    assert_eq!(anchors, ["content/x.md:5:47 error", "content/x.md:11:40 error"]);
    let messages: Vec<&str> =
        report["diagnostics"].as_array().unwrap().iter().filter_map(|d| d["help"].as_str()).collect();
    assert!(messages.contains(&"vouliez-vous dire /chartes/moderation/\u{202f}?"), "{messages:?}");
    assert!(messages.contains(&"vouliez-vous dire #zebre\u{202f}?"), "{messages:?}");
}

#[test]
fn removed_html_is_a_warning_at_its_position() {
    let site = Site::from_fixture("basic");
    let (code, report) = check(&site, "2025-06-01", &[]);
    assert_eq!(code, 0);
    assert_eq!(
        found(&report, "html-removed"),
        [
            "content/chartes/moderation.md:18:12 warning",
            "content/chartes/moderation.md:18:50 warning",
            "content/chartes/moderation.md:20:9 warning"
        ]
    );
}

#[test]
fn duplicates_are_errors_in_check_too() {
    let site = with("content/mentions.yaml", "kind: page\ntitle: Doublon\n");
    assert_eq!(found(&check(&site, "2025-06-01", &[]).1, "duplicate-url"), ["content/mentions.yaml:null:null error"]);
}

#[test]
fn text_output_ends_with_a_summary_and_is_plain_when_piped() {
    let site = with("content/x.md", &format!("{PAGE}status: validated\n---\n"));
    let out = site.charte(&["check", "--today", "2025-06-01"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "no colour codes when not a terminal");
    assert!(text.contains("erreur[validation-missing]"));
    let tail: Vec<&str> = text.trim_end().lines().rev().take(4).collect();
    assert!(tail.iter().any(|l| l.contains("1 erreur")), "{text}");
    assert!(tail.iter().any(|l| l.contains("revues\u{a0}:")), "{text}");
    assert!(text.contains("bilan au 2025-06-01"));
}

#[test]
fn register_follows_today() {
    let site = Site::from_fixture("basic");
    assert_success(&site.charte(&["build", "--today", "2025-06-01"]));
    let html = site.page("registre/index.html");
    let row = |html: &scraper::Html, title: &str| -> String {
        select(html, "table.register tbody tr")
            .into_iter()
            .find(|tr| common::text(tr).contains(title))
            .map(|tr| common::text(&tr))
            .unwrap_or_else(|| panic!("no row for {title}"))
    };
    let before = row(&html, "Charte de modération");
    assert!(before.contains("à jour") && before.contains("20\u{a0}janvier\u{a0}2026"), "{before}");
    assert!(before.contains("Bruno Caron, le 20\u{a0}janvier\u{a0}2025"), "{before}");
    assert!(texts(&html, ".counts").join(" ").contains("Revues en retard 0"), "{:?}", texts(&html, ".counts"));
    let csv = std::fs::read_to_string(site.public().join("registre.csv")).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    assert!(
        csv.lines().any(|l| l.starts_with("Charte de modération;https://example.org/site/chartes/moderation/;")
            && l.ends_with(";2025-01-20;2026-01-20;à jour;")),
        "{csv}"
    );

    assert_success(&site.charte(&["build", "--today", "2026-02-01"]));
    let html = site.page("registre/index.html");
    // Overdue rows come first, in their own group, the most overdue first, with their delay.
    assert_eq!(texts(&html, "#revues-en-retard .group-row"), ["Revues en retard (2)"]);
    assert_eq!(texts(&html, "#revues-en-retard th[scope=row] a"), ["Mentions légales", "Charte de modération"]);
    assert_eq!(select(&html, "table.register tbody")[0].value().attr("id"), Some("revues-en-retard"));
    let late = row(&html, "Charte de modération");
    assert!(late.contains("en retard de 12\u{a0}jours"), "{late}");
    assert!(row(&html, "Mentions légales").contains("en retard de 27\u{a0}jours"), "{}", row(&html, "Mentions"));
    // The counter of overdue reviews leads to their rows.
    assert_eq!(select(&html, ".counts a[href='#revues-en-retard']").len(), 1);
    assert!(texts(&html, ".counts").join(" ").contains("Revues en retard 2"), "{:?}", texts(&html, ".counts"));
    // Who checked each document, beside who validated it.
    assert_eq!(texts(&html, "table.register thead th")[3..5], ["Vérifié par", "Validé par"]);
    let csv = std::fs::read_to_string(site.public().join("registre.csv")).unwrap();
    assert!(csv.lines().any(|l| l.starts_with("Charte de modération;") && l.ends_with(";en retard;12")), "{csv}");
    assert!(csv.lines().nth(1).unwrap().starts_with("Mentions légales;"), "the CSV keeps the page's order");
    // One day late; a review due within 30 days has its own group, after the overdue ones.
    assert_success(&site.charte(&["build", "--today", "2026-01-06"]));
    let html = site.page("registre/index.html");
    assert!(row(&html, "Mentions légales").ends_with("en retard de 1\u{a0}jour"), "{}", row(&html, "Mentions"));
    assert_eq!(texts(&html, "#revues-bientot th[scope=row] a"), ["Charte de modération", "Fiche réseaux sociaux"]);
    assert_eq!(select(&html, ".counts a[href='#revues-bientot']").len(), 1);

    let (_, report) = check(&site, "2026-02-01", &[]);
    assert!(!found(&report, "review-overdue").is_empty());
    let (_, report) = check(&site, "2025-06-01", &[]);
    assert!(found(&report, "review-overdue").is_empty());
}

#[test]
fn engagement_matrix_is_a_table_of_documents_and_engagements() {
    let site = Site::from_fixture("basic");
    assert_success(&site.charte(&["build", "--today", "2025-06-01"]));
    let html = site.page("engagements/index.html");
    assert_eq!(texts(&html, ".engagement-list dt"), ["Engagement 19.1", "Engagement 20.2", "Engagement 20.3"]);
    let answers = texts(&html, ".engagement-answers");
    assert_eq!(answers[0], "Documents\u{a0}: 1");
    assert!(answers[1].contains("Aucun document ne répond à cet engagement"), "{answers:?}");
    assert_eq!(texts(&html, "table.matrix thead th"), ["Document", "État de la revue", "19.1", "20.2", "20.3"]);
    let rows: Vec<Vec<String>> = select(&html, "table.matrix tbody tr")
        .iter()
        .map(|tr| tr.select(&scraper::Selector::parse("th, td").unwrap()).map(|c| common::text(&c)).collect())
        .collect();
    assert_eq!(rows.len(), 1, "only the documents that answer an engagement: {rows:?}");
    assert!(rows[0][0].starts_with("Fiche réseaux sociaux"), "{rows:?}");
    assert_eq!(rows[0][1], "État de la revue\u{a0}: ✔ à jour");
    assert_eq!(
        rows[0][2..],
        ["Engagement 19.1\u{a0}: ✔ oui", "Engagement 20.2\u{a0}: non", "Engagement 20.3\u{a0}: ✔ oui"]
    );
    assert!(texts(&html, "main p").iter().any(|p| p == "4 autres documents ne répondent à aucun engagement."));
}

#[test]
fn a_public_matrix_counts_the_internal_documents_without_naming_them() {
    let site = Site::from_fixture("basic");
    let charter = std::fs::read_to_string(site.root().join("content/chartes/moderation.md")).unwrap();
    site.write(
        "content/chartes/moderation.md",
        &charter.replacen("kind: moderation", "kind: moderation\nengagements: [\"20.2\"]", 1),
    );
    assert_success(&site.charte(&["build", "--audience", "public", "--today", "2025-06-01"]));
    let html = site.page("engagements/index.html");
    let answers = texts(&html, ".engagement-answers");
    // 19.1 and 20.3 are answered by the internal procedure sheet only.
    assert_eq!(answers[0], "Documents publiés\u{a0}: 0 — documents internes\u{a0}: 1");
    assert!(!answers[0].contains("Aucun"), "{answers:?}");
    assert_eq!(answers[1], "Documents publiés\u{a0}: 1 — documents internes\u{a0}: 0");
    assert_eq!(texts(&html, "table.matrix tbody th a"), ["Charte de modération"]);
    assert_eq!(
        texts(&html, "table.matrix tfoot td"),
        ["Engagement 19.1\u{a0}: 1", "Engagement 20.2\u{a0}: 0", "Engagement 20.3\u{a0}: 1"]
    );
    assert!(!html.html().contains("Fiche réseaux sociaux") && !html.html().contains("fiche/"));
}

#[test]
fn a_public_build_leaves_out_internal_documents_and_links_to_them() {
    let site = Site::from_fixture("basic");
    site.write(
        "content/mentions.md",
        "---\nkind: page\ntitle: Mentions\nstatus: draft\naudience: public\n---\n\nVoir [le guide des agents](../guides/agents/) et [la charte](../chartes/moderation/).\n",
    );
    assert_success(&site.charte(&["build", "--audience", "public", "--today", "2025-06-01"]));
    assert!(!site.public().join("guides/agents/index.html").exists(), "internal documents are left out");
    assert!(!site.public().join("fiche/index.html").exists());
    assert!(site.public().join("chartes/moderation/index.html").exists());
    assert!(!site.public().join("registre/index.html").exists(), "no register unless asked");
    assert!(!site.public().join("registre.csv").exists());
    let mentions = site.page("mentions/index.html");
    assert_eq!(
        select(&mentions, "main a[href='../guides/agents/']").len(),
        0,
        "links to internal documents are unlinked"
    );
    assert!(texts(&mentions, ".doc-body").join(" ").contains("Voir le guide des agents et la charte"));
    assert_eq!(select(&mentions, "main a[href='../chartes/moderation/']").len(), 1);
    let home = std::fs::read_to_string(site.public().join("index.html")).unwrap();
    assert!(!home.contains("Guide des agents") && !home.contains("guides/agents"));
    let matrix = std::fs::read_to_string(site.public().join("engagements/index.html")).unwrap();
    assert!(!matrix.contains("Fiche réseaux sociaux"));
    assert!(!site.page("index.html").html().contains("registre/"), "no link to a register that is not there");

    assert_success(&site.charte(&["build", "--audience", "public", "--with-register", "--today", "2025-06-01"]));
    let register = std::fs::read_to_string(site.public().join("registre/index.html")).unwrap();
    assert!(register.contains("Charte de modération") && !register.contains("Guide des agents"));
}

#[test]
fn a_review_dated_after_today_is_an_error() {
    let site = with("content/x.md", &format!("{PAGE}review: {{ last: 2025-07-01 }}\n---\n"));
    assert_eq!(
        found_in(&check(&site, "2025-06-01", &[]).1, "review-future", "content/x.md"),
        ["content/x.md:4:17 error"]
    );
    assert!(found_in(&check(&site, "2025-07-01", &[]).1, "review-future", "content/x.md").is_empty());
}
