//! What machines read: `/sitemap.xml` and `/robots.txt` for search engines, `/registre.ics`
//! for the quality officer's calendar, each read back by a real parser, and nothing of an
//! internal document in any of them after a public build.

mod common;

use std::fs;
use std::io::BufReader;
use std::path::Path;

use common::{assert_success, Site};

const BASE: &str = "https://www.exemple.gouv.fr/chartes";

/// The example site, built as on `today` with `args`.
fn example(today: &str, args: &[&str]) -> Site {
    let site = Site::example();
    let mut all = vec!["build", "--today", today];
    all.extend(args);
    assert_success(&site.charte(&all));
    site
}

/// Every `<loc>` and `<lastmod>` of a sitemap, read by an XML parser.
fn sitemap(site: &Site) -> Vec<(String, Option<String>)> {
    let text = fs::read_to_string(site.public().join("sitemap.xml")).unwrap();
    let xml = roxmltree::Document::parse(&text).unwrap();
    let root = xml.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(root.tag_name().namespace(), Some("http://www.sitemaps.org/schemas/sitemap/0.9"));
    root.children()
        .filter(|n| n.is_element())
        .map(|url| {
            assert_eq!(url.tag_name().name(), "url");
            let child = |name: &str| url.children().find(|c| c.tag_name().name() == name).and_then(|c| c.text());
            (child("loc").unwrap().to_owned(), child("lastmod").map(str::to_owned))
        })
        .collect()
}

#[test]
fn the_sitemap_lists_every_published_page_at_its_absolute_address() {
    let site = example("2026-11-24", &[]);
    let urls = sitemap(&site);
    for (loc, lastmod) in &urls {
        let path = loc.strip_prefix(&format!("{BASE}/")).unwrap_or_else(|| panic!("{loc} is not absolute"));
        assert!(site.public().join(path).join("index.html").is_file(), "{loc}: no such page");
        assert!(!path.contains("/v"), "{loc}: an earlier version is left out");
        if let Some(date) = lastmod {
            assert!(date.len() == 10 && date.as_bytes()[4] == b'-', "{date}");
        }
    }
    let find = |path: &str| urls.iter().find(|(loc, _)| *loc == format!("{BASE}/{path}"));
    assert_eq!(find("chartes/moderation/").unwrap().1.as_deref(), Some("2024-09-08"), "the date in force");
    assert!(find("").is_some() && find("accessibilite/").is_some() && find("registre/").is_some());
    assert!(find("guides/compte-twitter/").is_some(), "a full build lists its internal documents");
    assert!(find("404.html").is_none());
    // Every document page of the build is there.
    let documents = fs::read_dir(site.public().join("guides")).unwrap().count();
    assert_eq!(urls.iter().filter(|(loc, _)| loc.contains("/guides/")).count(), documents);

    let robots = fs::read_to_string(site.public().join("robots.txt")).unwrap();
    assert!(robots.lines().any(|l| l == format!("Sitemap: {BASE}/sitemap.xml")), "{robots}");
    assert!(robots.starts_with("User-agent: *\n"));
}

/// The events of the review calendar, read by an iCalendar parser: each one's properties by name.
fn calendar(path: &Path) -> Vec<Vec<(String, String)>> {
    let text = fs::read(path).unwrap();
    let mut calendars = ical::IcalParser::new(BufReader::new(&text[..]));
    let calendar = calendars.next().expect("one calendar").expect("a calendar that parses");
    assert!(calendars.next().is_none());
    let version = calendar.properties.iter().find(|p| p.name == "VERSION").and_then(|p| p.value.clone());
    assert_eq!(version.as_deref(), Some("2.0"));
    calendar
        .events
        .iter()
        .map(|event| {
            assert_eq!(event.alarms.len(), 1, "one reminder per review");
            let mut properties: Vec<(String, String)> =
                event.properties.iter().map(|p| (p.name.clone(), p.value.clone().unwrap_or_default())).collect();
            properties.extend(
                event.alarms[0]
                    .properties
                    .iter()
                    .map(|p| (format!("ALARM-{}", p.name), p.value.clone().unwrap_or_default())),
            );
            properties
        })
        .collect()
}

fn property<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    event.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn the_review_calendar_has_one_event_per_due_review() {
    let site = example("2026-11-24", &[]);
    let events = calendar(&site.public().join("registre.ics"));
    assert_eq!(events.len(), 5, "one per validated document");
    let twitter = events.iter().find(|e| property(e, "URL") == format!("{BASE}/guides/compte-twitter/")).unwrap();
    // Due on 16 June 2026: overdue on 24 November, shown today and said so.
    assert!(property(twitter, "SUMMARY").starts_with("Revue en retard"), "{twitter:?}");
    assert_eq!(property(twitter, "DTSTART"), "20261124");
    assert!(property(twitter, "DESCRIPTION").contains("16 juin 2026"));
    let procedure =
        events.iter().find(|e| property(e, "URL") == format!("{BASE}/procedures/charte-reseaux-sociaux/")).unwrap();
    assert_eq!(property(procedure, "DTSTART"), "20270115");
    assert_eq!(property(procedure, "DTEND"), "20270116", "an all-day event ends the next day");
    assert!(property(procedure, "SUMMARY").starts_with("Revue\u{a0}: Charte des réseaux sociaux"));
    // Reminded `warn_days` (30) before.
    assert_eq!(property(procedure, "ALARM-TRIGGER"), "-PT2592000S");
    assert_eq!(property(procedure, "ALARM-ACTION"), "DISPLAY");
    // The same site gives the same calendar.
    let again = example("2026-11-24", &[]);
    assert_eq!(
        fs::read(site.public().join("registre.ics")).unwrap(),
        fs::read(again.public().join("registre.ics")).unwrap()
    );
}

#[test]
fn a_title_cannot_add_lines_to_the_calendar() {
    let site = Site::example();
    let path = site.root().join("content/chartes/moderation.md");
    let text = fs::read_to_string(&path).unwrap().replace(
        "title: \"Charte de modération\"",
        "title: \"Charte\\r\\nBEGIN:VEVENT\\rSUMMARY:pirate; x, y \\\\ z\"",
    );
    assert!(text.contains("pirate"));
    fs::write(&path, text).unwrap();
    assert_success(&site.charte(&["build", "--today", "2026-11-24"]));
    let bytes = fs::read(site.public().join("registre.ics")).unwrap();
    let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count();
    assert_eq!(bytes.iter().filter(|b| **b == b'\r').count(), crlf, "no carriage return but at the end of a line");
    assert_eq!(bytes.iter().filter(|b| **b == b'\n').count(), crlf, "no line feed but at the end of a line");
    let events = calendar(&site.public().join("registre.ics"));
    assert_eq!(events.len(), 5);
    assert!(events.iter().any(|e| property(e, "SUMMARY").contains("pirate")));
}

/// The internal documents of the example site: their titles and their addresses.
const INTERNAL: [&str; 6] = [
    "Charte d'usage interne du compte Twitter",
    "compte-twitter",
    "Bon usage des réseaux sociaux par les agents",
    "comptes-personnels",
    "Charte des réseaux sociaux de la préfecture",
    "charte-reseaux-sociaux",
];

/// Every file of `dir` that is not a page (pages are checked elsewhere), with its text.
fn machine_files(dir: &Path) -> Vec<(String, String)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| ["xml", "txt", "ics", "json", "csv", "md", "yaml"].iter().any(|k| x == *k))
        })
        .map(|e| (e.path().display().to_string(), fs::read_to_string(e.path()).unwrap()))
        .collect()
}

#[test]
fn a_public_build_names_no_internal_document_in_what_machines_read() {
    let site = example("2026-11-24", &["--audience", "public"]);
    assert!(!site.public().join("registre.ics").exists(), "the calendar is internal");
    let files = machine_files(&site.public());
    assert!(
        files.iter().any(|(p, _)| p.ends_with("sitemap.xml")) && files.iter().any(|(p, _)| p.ends_with("robots.txt"))
    );
    for (path, text) in &files {
        for internal in INTERNAL {
            assert!(!text.contains(internal), "{path} names {internal}");
        }
    }
    assert_eq!(sitemap(&site).iter().filter(|(_, lastmod)| lastmod.is_some()).count(), 2, "two public documents");

    let site = example("2026-11-24", &["--audience", "public", "--with-register"]);
    let events = calendar(&site.public().join("registre.ics"));
    assert_eq!(events.len(), 2, "the public documents' reviews");
    for (path, text) in machine_files(&site.public()) {
        for internal in INTERNAL {
            assert!(!text.contains(internal), "{path} names {internal}");
        }
    }
}

/// The fields the README documents for a JSON file, from the table after `heading`: each
/// backticked name of its first column (`rules[].id`).
fn documented(heading: &str) -> std::collections::BTreeSet<String> {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme.find(heading).unwrap_or_else(|| panic!("no {heading} in the README"));
    let mut fields = std::collections::BTreeSet::new();
    let table = readme[start..].lines().skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|'));
    for row in table.skip(2) {
        let first = row.split('|').nth(1).unwrap();
        fields.extend(first.split('`').skip(1).step_by(2).map(str::to_owned));
    }
    assert!(fields.len() > 10, "{heading}: {fields:?}");
    fields
}

/// Every field of `value`, named as the README names them (`rules[].id`), with its value.
fn fields<'a>(value: &'a serde_json::Value, at: &str, out: &mut Vec<(String, &'a serde_json::Value)>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                let name = if at.is_empty() { key.clone() } else { format!("{at}.{key}") };
                let nested = child.is_object() || child.as_array().is_some_and(|a| a.iter().any(|v| v.is_object()));
                if !nested {
                    out.push((name.clone(), child));
                }
                fields(child, &name, out);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items.iter().filter(|v| v.is_object()) {
                fields(item, &format!("{at}[]"), out);
            }
        }
        _ => {}
    }
}

/// Checks every field of a JSON file against the README's table: each one documented, each
/// date a date, each address absolute. Returns the names found.
fn check_against_readme(
    json: &serde_json::Value,
    documented: &std::collections::BTreeSet<String>,
    file: &str,
) -> Vec<String> {
    assert_eq!(json["schema_version"], 1, "{file}");
    let mut found = Vec::new();
    fields(json, "", &mut found);
    for (name, value) in &found {
        let short = name.rsplit(['.', ']']).next().unwrap();
        // An object left out (`null`) or a list with nothing in it is documented by its fields.
        let empty = value.is_null() || value.as_array().is_some_and(Vec::is_empty);
        let parent = empty
            && documented.iter().any(|d| d.starts_with(&format!("{name}.")) || d.starts_with(&format!("{name}[]")));
        assert!(documented.contains(name) || parent, "{file}: `{name}` is not documented in the README");
        if let Some(text) = value.as_str() {
            if short == "url" || short.ends_with("_url") {
                assert!(text.starts_with("https://"), "{file}: {name} = {text}");
            }
            if ["date", "in_force_since", "next_review", "last", "due"].contains(&short) {
                assert!(
                    text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-',
                    "{file}: {name} = {text}"
                );
            }
        }
    }
    found.into_iter().map(|(name, _)| name).collect()
}

#[test]
fn every_json_file_has_the_shape_the_readme_documents() {
    let site = example("2026-11-24", &[]);
    let per_document = documented("`index.json` (the fields");
    let mut seen = std::collections::BTreeSet::new();
    let mut files = 0;
    for entry in walkdir::WalkDir::new(site.public()).into_iter().flatten() {
        if entry.file_name() != "index.json" {
            continue;
        }
        files += 1;
        let name = entry.path().display().to_string();
        let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(entry.path()).unwrap()).unwrap();
        seen.extend(check_against_readme(&json, &per_document, &name));
        // The JSON is the page's: same title, and every rule at an anchor the page has.
        let page = site.page(&format!(
            "{}/index.html",
            entry.path().parent().unwrap().strip_prefix(site.public()).unwrap().display()
        ));
        // Text fields are as written; the page sets them in French typography.
        let plain = |s: &str| s.replace('\u{2019}', "'").replace(['\u{a0}', '\u{202f}'], " ");
        let h1 = common::texts(&page, "h1");
        assert!(plain(&h1[0]).contains(json["title"].as_str().unwrap()), "{name}: {h1:?}");
        for rule in json["rules"].as_array().unwrap() {
            let id = rule["id"].as_str().unwrap();
            assert_eq!(common::select(&page, &format!("[id='{id}']")).len(), 1, "{name}: #{id}");
            assert!(rule["url"].as_str().unwrap().ends_with(&format!("/#{id}")));
        }
    }
    assert_eq!(files, 5 + 2, "five documents and two earlier versions");
    let missing: Vec<_> = per_document.iter().filter(|f| !seen.contains(*f)).collect();
    assert!(missing.is_empty(), "documented but never written: {missing:?}");

    let moderation: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(site.public().join("chartes/moderation/index.json")).unwrap())
            .unwrap();
    assert_eq!(moderation["url"], format!("{BASE}/chartes/moderation/"));
    assert_eq!(
        moderation["rules"].as_array().unwrap().iter().find(|r| r["id"] == "publicite").unwrap()["url"],
        format!("{BASE}/chartes/moderation/#publicite")
    );
    assert_eq!(moderation["approval"][2]["step"], "validated");
    assert_eq!(moderation["versions"][0]["current"], true);
    assert!(moderation["body_html"].as_str().unwrap().contains('\u{2019}'), "French typography in the texts");
    let earlier: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(site.public().join("chartes/moderation/v1.0/index.json")).unwrap())
            .unwrap();
    assert_eq!(earlier["current"], false);
    assert_eq!(earlier["current_url"], format!("{BASE}/chartes/moderation/"));

    let directory: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(site.public().join("documents.json")).unwrap()).unwrap();
    let names = check_against_readme(&directory, &documented("`documents.json`:"), "documents.json");
    let listed = directory["documents"].as_array().unwrap();
    assert_eq!(listed.len(), 5, "the current documents");
    for doc in listed {
        let path = doc["json_url"].as_str().unwrap().strip_prefix(&format!("{BASE}/")).unwrap();
        assert!(site.public().join(path).is_file(), "{path}");
    }
    assert!(names.iter().any(|n| n == "documents[].review_state"));
}

#[test]
fn each_document_page_carries_its_json_ld() {
    let site = example("2026-11-24", &[]);
    let page = site.page("chartes/moderation/index.html");
    let scripts = common::select(&page, "head script[type='application/ld+json']");
    assert_eq!(scripts.len(), 1);
    let json: serde_json::Value = serde_json::from_str(&scripts[0].text().collect::<String>()).unwrap();
    assert_eq!(json["@context"], "https://schema.org");
    assert_eq!(json["@type"], "DigitalDocument");
    assert_eq!(json["name"], "Charte de modération");
    assert_eq!(json["version"], "2.1");
    assert_eq!(json["url"], format!("{BASE}/chartes/moderation/"));
    assert_eq!(json["dateModified"], "2024-09-08");
    assert_eq!(json["datePublished"], "2014-02-01", "its first version");
    assert_eq!(json["inLanguage"], "fr");
    assert_eq!(json["license"], "https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
    assert_eq!(json["publisher"]["@type"], "GovernmentOrganization");
    assert_eq!(json["publisher"]["name"], "Préfecture de l'Exemple");
    // Only document pages describe a document.
    assert!(common::select(&site.page("index.html"), "script[type='application/ld+json']").is_empty());
}
