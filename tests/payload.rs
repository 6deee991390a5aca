//! The payload site (`tests/fixtures/payload`) puts a script in every field that reaches a page
//! and in its Markdown, in every form known to slip past filters. Every page it builds is parsed:
//! nothing in it can run, and each page carries the Content-Security-Policy.

mod common;

use common::{assert_success, select, Site};

/// Whether an address would run something when followed or loaded.
fn runs(url: &str) -> bool {
    // Browsers drop spaces and control characters in a scheme, and ignore case.
    let url: String = url.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_lowercase();
    ["javascript:", "vbscript:", "data:"].iter().any(|scheme| url.starts_with(scheme))
}

/// Whether a script element only loads a file of the theme, with nothing written inline.
fn is_theme_script(script: &scraper::ElementRef) -> bool {
    let src = script.value().attr("src").unwrap_or("");
    let theme_file = src.trim_start_matches("../").strip_prefix("static/").is_some_and(|file| {
        file.ends_with(".js") && file.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    });
    theme_file && script.inner_html().trim().is_empty()
}

/// Whether a script element is the document's JSON-LD: a data block that browsers never run,
/// whose whole text is one JSON object (a title that closed the element would leave a broken
/// object, and elements of its own).
fn is_json_ld(script: &scraper::ElementRef) -> bool {
    let data = script.value().attr("type") == Some("application/ld+json") && script.value().attrs().count() == 1;
    let text = script.text().collect::<String>();
    let json = serde_json::from_str::<serde_json::Value>(&text);
    data && json.is_ok_and(|v| v["@type"] == "DigitalDocument")
}

#[test]
fn nothing_in_any_page_of_the_payload_site_can_run() {
    let site = Site::from_fixture("payload");
    assert_success(&site.build());
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(site.public()).into_iter().map(Result::unwrap) {
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let name = entry.path().strip_prefix(site.public()).unwrap().display().to_string();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let html = scraper::Html::parse_document(&text);
        for element in select(&html, "*") {
            let tag = element.value().name();
            if tag == "script" && (is_theme_script(&element) || is_json_ld(&element)) {
                continue;
            }
            assert!(
                !["script", "iframe", "object", "embed", "base", "style", "frame", "applet", "svg", "math", "template"]
                    .contains(&tag),
                "{name}: a <{tag}> element"
            );
            if tag == "meta" {
                let refresh = element.value().attr("http-equiv").is_some_and(|h| h.eq_ignore_ascii_case("refresh"));
                assert!(!refresh, "{name}: a refresh");
            }
            for (attribute, value) in element.value().attrs() {
                assert!(!attribute.starts_with("on"), "{name}: <{tag} {attribute}=\"{value}\">");
                assert!(attribute != "style", "{name}: <{tag} style=\"{value}\">");
                if ["href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset"]
                    .contains(&attribute)
                {
                    assert!(!runs(value), "{name}: <{tag} {attribute}=\"{value}\">");
                }
            }
        }
        let policy: Vec<String> = select(&html, "head meta[http-equiv='Content-Security-Policy']")
            .iter()
            .filter_map(|m| m.value().attr("content").map(str::to_owned))
            .collect();
        assert_eq!(policy.len(), 1, "{name}: one policy");
        for directive in [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ] {
            assert!(policy[0].contains(directive), "{name}: {directive} in {}", policy[0]);
        }
        assert!(!policy[0].contains("unsafe-inline"), "{name}");
    }
    assert!(pages >= 8, "only {pages} pages");
}
