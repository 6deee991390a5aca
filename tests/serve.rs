//! `charte serve`: the served site follows edits, a broken edit keeps the last good site and
//! reports the error, traversal gets 404, many clients at once, a clean stop on Ctrl-C, the search
//! index follows edits; and an incremental rebuild gives the same bytes as a full build.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::Site;

/// A running `charte serve` on a free port.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(site: &Site) -> Server {
        let (child, url) = common::start_serve(site, Some("2025-06-01"));
        let port = url.trim_start_matches("http://127.0.0.1:").split('/').next().unwrap().parse().unwrap();
        Server { child, port }
    }

    fn get(&self, path: &str) -> (u16, String) {
        get(self.port, path)
    }

    /// The events the live-reload stream sends, as they arrive.
    fn events(&self) -> mpsc::Receiver<String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(stream, "GET /site/__charte/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
            .unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut event = String::new();
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { break };
                if let Some(name) = line.strip_prefix("event: ") {
                    event = name.to_owned();
                } else if let Some(data) = line.strip_prefix("data: ") {
                    if tx.send(format!("{event}: {data}")).is_err() {
                        break;
                    }
                }
            }
        });
        std::thread::sleep(Duration::from_millis(200));
        rx
    }

    /// Waits until `get(path)` satisfies `ok`.
    fn wait_for(&self, path: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let (_, body) = self.get(path);
            if ok(&body) {
                return body;
            }
            assert!(Instant::now() < deadline, "timed out waiting on {path}:\n{body}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// `GET path` on the local `port`: the status code and the body.
fn get(port: u16, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (status, body)
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn next_event(events: &mpsc::Receiver<String>, starting: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    while let Ok(event) = events.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        if event.starts_with(starting) {
            return event;
        }
    }
    panic!("no `{starting}` event");
}

const PAGE: &str = "/site/mentions/";

#[test]
fn edits_reload_errors_keep_the_last_good_site_and_fixes_recover() {
    let site = Site::from_fixture("basic");
    let server = Server::start(&site);
    let (status, body) = server.get(PAGE);
    assert_eq!(status, 200);
    assert!(body.contains("Texte des mentions.") && body.contains("/site/__charte/live.js"));
    let original = std::fs::read_to_string(site.root().join("content/mentions.md")).unwrap();

    let events = server.events();
    site.write("content/mentions.md", &original.replace("Texte des mentions.", "Texte modifié."));
    assert_eq!(next_event(&events, "reload"), "reload: reload");
    server.wait_for(PAGE, |b| b.contains("Texte modifié."));

    site.write("content/mentions.md", "---\nkind: page\ntitle: \"Mentions\n---\n");
    let error = next_event(&events, "build-error");
    assert!(error.contains("yaml-syntax"), "{error}");
    let next = events.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(next.contains("content/mentions.md:3:8"), "the error names file, line and column: {next}");
    let (status, body) = server.get(PAGE);
    assert_eq!(status, 200);
    assert!(body.contains("Texte modifié."), "the last good page stays served");
    let late = server.events();
    assert!(next_event(&late, "build-error").contains("yaml-syntax"), "a page opened now learns of the error");

    site.write("content/mentions.md", &original);
    next_event(&events, "reload");
    server.wait_for(PAGE, |b| b.contains("Texte des mentions."));
}

#[test]
fn a_stylesheet_change_swaps_the_stylesheet() {
    let site = Site::from_fixture("basic");
    site.write("static/extra.css", "body { margin: 0 }");
    let server = Server::start(&site);
    let events = server.events();
    site.write("static/extra.css", "body { margin: 1px }");
    assert_eq!(next_event(&events, "css"), "css: css");
    server.wait_for("/site/static/extra.css", |b| b.contains("1px"));
}

#[test]
fn only_what_the_build_produced_is_served() {
    let site = Site::from_fixture("basic");
    site.write("content/secret.txt", "asset");
    let server = Server::start(&site);
    assert_eq!(server.get("/").0, 301);
    assert_eq!(server.get("/site/chartes/moderation").0, 301, "a folder without its final slash is redirected");
    assert_eq!(server.get("/site/secret.txt"), (200, "asset".to_owned()));
    for path in [
        "/site/../../../../etc/passwd",
        "/site/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/site/static/%2e%2e%2f%2e%2e%2fcontent/site.yaml",
        "/site//etc/passwd",
        "/site/%2Fetc%2Fpasswd",
        "/etc/passwd",
        "/site/content/site.yaml",
        "/site/chartes/",
    ] {
        let (status, body) = server.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("root:") && !body.contains("organisation:"), "{path}");
        assert!(body.contains("Page introuvable"), "the theme's 404 page for {path}");
    }
}

#[test]
fn many_clients_at_once() {
    let site = Site::from_fixture("basic");
    let server = Server::start(&site);
    let port = server.port;
    let threads: Vec<_> = (0..16)
        .map(|i| {
            std::thread::spawn(move || {
                let paths = ["/site/", "/site/chartes/moderation/", "/site/static/style.css", "/site/registre.csv"];
                (0..25).filter(|j| get(port, paths[(i + j) % paths.len()]).0 == 200).count()
            })
        })
        .collect();
    let ok: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
    assert_eq!(ok, 16 * 25);
}

#[test]
fn ctrl_c_stops_cleanly() {
    let site = Site::from_fixture("basic");
    let mut server = Server::start(&site);
    let _events = server.events();
    Command::new("kill").args(["-INT", &server.child.id().to_string()]).status().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "serve did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    let leftovers =
        std::fs::read_dir(site.root()).unwrap().filter(|e| e.as_ref().unwrap().file_name() != "content").count();
    assert_eq!(leftovers, 0, "serve writes nothing into the site");
}

/// Sends `request` as it is; returns the status code and the whole response.
fn raw(port: u16, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split_whitespace().nth(1).unwrap_or("0").parse().unwrap();
    (status, response)
}

#[test]
fn only_get_and_head_from_this_machine_with_the_security_headers() {
    let site = Site::from_fixture("basic");
    let server = Server::start(&site);
    let (status, response) = raw(server.port, "GET /site/ HTTP/1.0\r\nHost: localhost\r\n\r\n");
    assert_eq!(status, 200);
    let headers = response.split("\r\n\r\n").next().unwrap().to_ascii_lowercase();
    assert!(headers.contains("content-security-policy: default-src 'self'; script-src 'self'"), "{headers}");
    assert!(headers.contains("x-content-type-options: nosniff") && headers.contains("referrer-policy: same-origin"));
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let (status, response) = raw(server.port, &format!("{method} /site/ HTTP/1.0\r\nHost: localhost\r\n\r\n"));
        assert_eq!(status, 405, "{method}");
        assert!(response.to_ascii_lowercase().contains("allow: get, head"), "{response}");
    }
    assert_eq!(raw(server.port, "HEAD /site/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").0, 200);
    // A page of another site whose name was pointed at this machine reads nothing.
    for host in ["evil.example", "evil.example:1111", "127.0.0.1.evil.example"] {
        let (status, response) = raw(server.port, &format!("GET /site/ HTTP/1.0\r\nHost: {host}\r\n\r\n"));
        assert_eq!(status, 403, "{host}");
        assert!(!response.contains("Communauté"), "{host}");
    }
    assert_eq!(raw(server.port, "GET /site/ HTTP/1.0\r\n\r\n").0, 403, "no Host at all");
}

#[test]
fn a_half_sent_request_is_dropped_and_does_not_hold_ctrl_c() {
    let site = Site::from_fixture("basic");
    let mut server = Server::start(&site);
    // A client that sends part of a request and then waits.
    let mut stalled = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stalled.write_all(b"GET /site/ HTTP/1.1\r\nHost: local").unwrap();
    let mut held = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    held.write_all(b"GET /site/ HTTP/1.1\r\nHo").unwrap();
    // The server closes it once the time to send headers is over.
    stalled.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut rest = Vec::new();
    let closed = stalled.read_to_end(&mut rest);
    assert!(closed.is_ok(), "the stalled connection is closed by the server: {closed:?}");
    // Ctrl-C stops the server even while another client holds a half-sent request.
    held.write_all(b"st: loc").unwrap();
    Command::new("kill").args(["-INT", &server.child.id().to_string()]).status().unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    while server.child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "serve did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn an_edit_that_once_crashed_a_rebuild_is_reported_and_later_edits_rebuild() {
    let site = Site::from_fixture("basic");
    let server = Server::start(&site);
    let events = server.events();
    let original = std::fs::read_to_string(site.root().join("content/mentions.md")).unwrap();
    site.write(
        "content/mentions.md",
        "---\nkind: page\ntitle: T\nstatus: validated\napproval:\n  validated_by: { name: A, role: B, date: 2025-01-01 }\nreview: { last: 2025-01-02, every_months: 239977 }\n---\n",
    );
    assert!(next_event(&events, "build-error").contains("invalid-value"));
    site.write("content/mentions.md", &original.replace("Texte des mentions.", "Texte rétabli."));
    next_event(&events, "reload");
    server.wait_for(PAGE, |b| b.contains("Texte rétabli."));
}

#[test]
fn an_incremental_rebuild_is_byte_for_byte_a_full_build() {
    use charte::build::{render_site, Caches};
    use charte::model::address::Selection;
    use charte::schema::date::Date;

    let site = Site::from_fixture("fork");
    let today = Date::parse("2025-06-01").unwrap();
    let mut cache = Caches::default();
    let first = render_site(site.root(), today, Selection::ALL, &mut cache).ok().unwrap();
    assert_eq!(first.fresh.len(), first.documents, "a cold cache renders every page");

    let model = site.root().join("content/chartes/modele.md");
    let text = std::fs::read_to_string(&model).unwrap();
    std::fs::write(&model, text.replace("Les propos injurieux sont supprimés.", "Les propos injurieux sont retirés."))
        .unwrap();
    site.write(
        "content/nouvelle.md",
        "---\nkind: page\ntitle: Nouvelle\n---\n\nVoir [la charte](../chartes/val/#respect).\n",
    );

    let incremental = render_site(site.root(), today, Selection::ALL, &mut cache).ok().unwrap();
    let mut fresh = incremental.fresh.clone();
    fresh.sort();
    assert_eq!(
        fresh,
        ["chartes/modele", "chartes/val", "nouvelle"],
        "the edited model, the document that extends it, the new page"
    );
    let full = render_site(site.root(), today, Selection::ALL, &mut Caches::default()).ok().unwrap();
    let pages = |site: &charte::build::RenderedSite| {
        site.output
            .all_pages()
            .map(|(p, html)| (p.clone(), html.to_string()))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    assert_eq!(pages(&incremental), pages(&full));
    assert!(pages(&full)[std::path::Path::new("chartes/val/index.html")].contains("retirés"));
}

#[test]
fn an_incremental_rebuild_finds_what_an_edit_breaks_elsewhere() {
    use charte::build::{render_site, Caches, Failure};
    use charte::model::address::Selection;
    use charte::schema::date::Date;

    let site = Site::from_fixture("basic");
    let today = Date::parse("2025-06-01").unwrap();
    site.write("content/cible.md", "---\nkind: page\ntitle: Cible\n---\n\n## Horaires\n\nTexte.\n");
    site.write(
        "content/source.md",
        "---\nkind: page\ntitle: Source\n---\n\nVoir [les horaires](../cible/#horaires).\n",
    );
    let mut cache = Caches::default();
    let build = |cache: &mut Caches| render_site(site.root(), today, Selection::ALL, cache);
    assert!(build(&mut cache).is_ok());

    // Renaming the heading breaks the link of another, unchanged, document.
    site.write("content/cible.md", "---\nkind: page\ntitle: Cible\n---\n\n## Heures d'ouverture\n\nTexte.\n");
    let Err(Failure::Content(errors)) = build(&mut cache) else { panic!("the broken anchor must be found") };
    let broken: Vec<String> = errors.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert_eq!(broken.len(), 1, "{broken:?}");
    assert!(broken[0].contains("content/source.md:6:") && broken[0].contains("#horaires"), "{}", broken[0]);

    // Fixing it, and renaming the page, shows in the pages that list documents.
    site.write("content/cible.md", "---\nkind: page\ntitle: Cible renommée\n---\n\n## Horaires\n\nTexte.\n");
    let rebuilt = build(&mut cache).ok().expect("fixed");
    let page = |path: &str| {
        rebuilt.output.all_pages().find(|(p, _)| p == std::path::Path::new(path)).map(|(_, html)| html.to_string())
    };
    assert!(page("index.html").unwrap().contains("Cible renommée"));
    assert!(page("registre/index.html").unwrap().contains("Cible renommée"));
    assert!(page("registre.csv").unwrap().contains("Cible renommée"));

    // A warning of an unchanged document stays reported from one rebuild to the next.
    let warnings =
        |site: &charte::build::RenderedSite| site.diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>();
    let before = warnings(&rebuilt);
    assert!(!before.is_empty(), "the fixture has warnings");
    site.write("content/cible.md", "---\nkind: page\ntitle: Cible renommée\n---\n\n## Horaires\n\nAutre texte.\n");
    let again = build(&mut cache).ok().expect("still fine");
    let full = render_site(site.root(), today, Selection::ALL, &mut Caches::default()).ok().unwrap();
    let mut after = warnings(&again);
    after.sort();
    let mut expected = warnings(&full);
    expected.sort();
    assert_eq!(after, expected, "the cached diagnostics are those of a full build");

    // Removing the page breaks the link too; bringing it back mends it.
    let target = site.root().join("content/cible.md");
    let text = std::fs::read_to_string(&target).unwrap();
    std::fs::remove_file(&target).unwrap();
    let Err(Failure::Content(errors)) = build(&mut cache) else { panic!("the broken link must be found") };
    assert!(errors.iter().any(|d| d.is_error() && d.code == charte::source::Code::BrokenLink), "{errors:?}");
    std::fs::write(&target, text).unwrap();
    assert!(build(&mut cache).is_ok());
}

#[test]
fn the_search_index_is_served_and_follows_edits() {
    use charte::render::search::words;
    let site = Site::from_fixture("basic");
    let server = Server::start(&site);
    let (status, meta) = server.get("/site/recherche/index/meta.json");
    assert_eq!(status, 200);
    assert!(meta.starts_with("{\"format\":1,"), "{meta}");
    // The shard that holds a stem, in the index now served.
    let shard = |stem: &str| {
        let (_, meta) = server.get("/site/recherche/index/meta.json");
        let meta: serde_json::Value = serde_json::from_str(&meta).unwrap();
        let shards = u32::try_from(meta["shards"].as_u64().unwrap()).unwrap();
        server.get(&format!("/site/recherche/index/s/{}.json", words::shard_of(stem, shards))).1
    };
    let stem = words::stems("zythologie").remove(0);
    assert!(!shard(&stem).contains(&format!("\"{stem}\"")));

    let events = server.events();
    let original = std::fs::read_to_string(site.root().join("content/mentions.md")).unwrap();
    site.write(
        "content/mentions.md",
        &original.replace("Texte des mentions.", "Texte des mentions sur la zythologie."),
    );
    assert_eq!(next_event(&events, "reload"), "reload: reload");
    let found = shard(&stem);
    assert!(found.contains(&format!("\"{stem}\":[")), "{found}");
    assert_eq!(server.get("/site/recherche/index/s/99999.json").0, 404);
}
