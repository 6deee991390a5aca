//! `charte serve`: builds the site into memory, serves it over HTTP, watches the sources and
//! rebuilds what an edit touches, telling open pages to reload (or only to swap their
//! stylesheets) through Server-Sent Events. A broken edit keeps the last good site served and
//! shows the error in the terminal and over the page; fixing it clears the error.

mod files;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{header, StatusCode, Uri};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tokio::sync::{broadcast, watch};
use tokio_stream::wrappers::{BroadcastStream, WatchStream};
use tokio_stream::StreamExt;

use crate::build::{render_site, Caches, Failure};
use crate::model::address::Selection;
use crate::schema::date::Date;
use crate::source::Diagnostic;
use files::{Lookup, SiteFiles};

const LIVE_JS: &str = include_str!("live.js");

pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
    pub today: Option<Date>,
}

/// What the browser is told after a rebuild.
#[derive(Clone, Debug)]
enum Notice {
    Reload,
    Css,
    Error(String),
}

struct Shared {
    files: RwLock<SiteFiles>,
    /// The error of the last build, while it is not fixed.
    error: RwLock<Option<String>>,
    notices: broadcast::Sender<Notice>,
    /// The path of the site under the host (`/chartes`), from `base_url`.
    base_path: String,
    shutdown: watch::Receiver<bool>,
}

/// A site built for serving.
struct Built {
    files: SiteFiles,
    /// The documents rendered anew.
    fresh: Vec<String>,
    warnings: Vec<Diagnostic>,
    base_path: String,
}

/// One build of the sources: the site, or the diagnostics that stopped it.
struct Builder {
    root: PathBuf,
    today: Option<Date>,
    caches: Caches,
}

impl Builder {
    /// Builds the site; `changed` are the paths changed since the last build, when known.
    fn build(&mut self, changed: Option<&[PathBuf]>) -> Result<Built, String> {
        self.caches.changed = changed.map(<[PathBuf]>::to_vec);
        let today = self.today.unwrap_or_else(Date::today);
        match render_site(&self.root, today, Selection::ALL, &mut self.caches) {
            Ok(site) => {
                let files =
                    SiteFiles::from_output(&site.output).map_err(|e| format!("cannot read a file of the site: {e}"))?;
                Ok(Built { files, fresh: site.fresh, warnings: site.diagnostics, base_path: site.base_path })
            }
            Err(Failure::Usage(message)) => Err(format!("error: {message}\n")),
            Err(Failure::Content(diagnostics)) => {
                Err(diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string() + "\n").collect())
            }
        }
    }
}

/// Runs the server until Ctrl-C. Returns an error message for a failure to start.
pub fn run(options: ServeOptions) -> Result<(), String> {
    let root = options.root.clone();
    let mut builder = Builder { root: root.clone(), today: options.today, caches: Caches::default() };
    let start = Instant::now();
    let Built { files, warnings, base_path, .. } = builder
        .build(None)
        .map_err(|errors| format!("{errors}the site has errors: fix them, then run charte serve again"))?;
    if !warnings.is_empty() {
        println!("{} warnings and notices (charte check lists them)", warnings.len());
    }
    println!("built the site in {} ms", start.elapsed().as_millis());

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let (notices, _) = broadcast::channel(64);
        let (stop, shutdown) = watch::channel(false);
        let shared = Arc::new(Shared {
            files: RwLock::new(files),
            error: RwLock::new(None),
            notices,
            base_path: base_path.clone(),
            shutdown,
        });
        let address = SocketAddr::new(options.bind, options.port);
        let listener =
            tokio::net::TcpListener::bind(address).await.map_err(|e| format!("cannot listen on {address}: {e}"))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        let url = format!("http://{address}{base_path}/");
        if !options.bind.is_loopback() {
            eprintln!("WARNING: listening on {address}, which other machines can reach: anyone on the network can read this site, internal documents included");
        }
        println!("serving {url} (Ctrl-C to stop)");
        if options.open {
            open_browser(&url);
        }

        let watcher = watch_sources(&root, builder, shared.clone())?;
        let app = Router::new().fallback(handle).with_state(shared.clone());
        let server = axum::serve(listener, app).with_graceful_shutdown(async move {
            let _ = tokio::signal::ctrl_c().await;
            let _ = stop.send(true);
        });
        server.await.map_err(|e| e.to_string())?;
        drop(watcher);
        println!("stopped");
        Ok(())
    })
}

fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(command).arg(url).spawn() {
        eprintln!("could not open a browser ({command}: {e}); open {url} yourself");
    }
}

/// Watches `content/`, `themes/`, `templates/` and `static/`; rebuilds after each burst of
/// changes (waiting for the editor to finish writing), in its own thread. The watcher stops
/// when the returned value is dropped.
fn watch_sources(root: &Path, mut builder: Builder, shared: Arc<Shared>) -> Result<notify::RecommendedWatcher, String> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let (tx, rx) = std::sync::mpsc::channel::<notify::Event>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            // Reads (our own rebuilds read every file) are not changes.
            if matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)) {
                let _ = tx.send(event);
            }
        }
    })
    .map_err(|e| format!("cannot watch the sources: {e}"))?;
    for folder in ["content", "themes", "templates", "static"] {
        let path = root.join(folder);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", path.display()))?;
        }
    }
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut changed = first.paths;
            // An editor saves in several steps: wait until the writes stop.
            while let Ok(more) = rx.recv_timeout(DEBOUNCE) {
                changed.extend(more.paths);
            }
            changed.retain(|p| !p.file_name().is_some_and(crate::load::is_ignored));
            changed.sort();
            changed.dedup();
            if !changed.is_empty() {
                rebuild(&mut builder, &shared, &changed);
            }
        }
    });
    Ok(watcher)
}

/// How long the sources must stay still before a rebuild.
const DEBOUNCE: Duration = Duration::from_millis(40);

fn rebuild(builder: &mut Builder, shared: &Shared, changed: &[PathBuf]) {
    let start = Instant::now();
    match builder.build(Some(changed)) {
        Ok(Built { files, fresh, warnings, .. }) => {
            if !warnings.is_empty() {
                println!("{} warnings and notices (charte check lists them)", warnings.len());
            }
            *shared.files.write().expect("site lock") = files;
            let was_broken = shared.error.write().expect("error lock").take().is_some();
            let css_only = !was_broken && changed.iter().all(|p| p.extension().is_some_and(|e| e == "css"));
            let what =
                if fresh.is_empty() { "the site (no document page changed)".to_owned() } else { fresh.join(", ") };
            println!("rebuilt {what} in {} ms", start.elapsed().as_millis());
            let _ = shared.notices.send(if css_only { Notice::Css } else { Notice::Reload });
        }
        Err(errors) => {
            eprintln!("{errors}the last good version stays served");
            *shared.error.write().expect("error lock") = Some(errors.clone());
            let _ = shared.notices.send(Notice::Error(errors));
        }
    }
}

async fn handle(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    let path = uri.path();
    let base = shared.base_path.as_str();
    let Some(rest) = path.strip_prefix(base).and_then(|r| r.strip_prefix('/')) else {
        return if path == "/" || path == base { redirect(&format!("{base}/")) } else { not_found(&shared) };
    };
    match rest {
        "__charte/events" => return events(shared).await.into_response(),
        "__charte/live.js" => {
            return (
                [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "no-store")],
                LIVE_JS,
            )
                .into_response()
        }
        _ => {}
    }
    let files = shared.files.read().expect("site lock");
    match files.find(rest) {
        Lookup::File(file) => respond(StatusCode::OK, file, base),
        Lookup::Redirect(to) => redirect(&format!("{base}/{to}")),
        Lookup::Missing => {
            drop(files);
            not_found(&shared)
        }
    }
}

fn respond(status: StatusCode, file: &files::File, base: &str) -> Response {
    let headers =
        [(header::CONTENT_TYPE, file.content_type.to_string()), (header::CACHE_CONTROL, "no-store".to_owned())];
    if file.content_type.starts_with("text/html") {
        let html = String::from_utf8_lossy(file.body.as_bytes());
        let script =
            format!("<script src=\"{base}/__charte/live.js\" data-events=\"{base}/__charte/events\" defer></script>");
        let body = match html.rfind("</body>") {
            Some(i) => format!("{}{script}{}", &html[..i], &html[i..]),
            None => format!("{html}{script}"),
        };
        (status, headers, body).into_response()
    } else {
        (status, headers, file.body.as_bytes().to_vec()).into_response()
    }
}

fn redirect(to: &str) -> Response {
    (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, to.to_owned())]).into_response()
}

fn not_found(shared: &Shared) -> Response {
    let files = shared.files.read().expect("site lock");
    match files.get("404.html") {
        Some(page) => respond(StatusCode::NOT_FOUND, page, &shared.base_path),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

async fn events(shared: Arc<Shared>) -> impl IntoResponse {
    let current = shared.error.read().expect("error lock").clone().map(Notice::Error);
    // The stream ends when the server stops, so that graceful shutdown does not wait for pages.
    let stop = WatchStream::new(shared.shutdown.clone()).filter(|stop| *stop).map(|_| None);
    let updates = BroadcastStream::new(shared.notices.subscribe()).filter_map(|n| n.ok());
    let stream = tokio_stream::iter(current)
        .chain(updates)
        .map(Some)
        .merge(stop)
        .take_while(Option::is_some)
        .filter_map(|notice| notice)
        .map(|notice| {
            Ok::<_, std::convert::Infallible>(match notice {
                Notice::Reload => Event::default().event("reload").data("reload"),
                Notice::Css => Event::default().event("css").data("css"),
                Notice::Error(text) => Event::default().event("build-error").data(text),
            })
        });
    Sse::new(stream).keep_alive(KeepAlive::default())
}
