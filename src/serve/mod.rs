//! `charte serve`: builds the site into memory, serves it over HTTP, watches the sources and
//! rebuilds what an edit touches, telling open pages to reload (or only to swap their
//! stylesheets) through Server-Sent Events. A broken edit keeps the last good site served and
//! shows the error in the terminal and over the page; fixing it clears the error.

mod files;
mod http;

use crate::tr;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::sync::{broadcast, watch};

use crate::build::{render_site, Caches, Failure};
use crate::model::address::Selection;
use crate::schema::date::Date;
use crate::source::Diagnostic;
use files::{NewFiles, SiteFiles};
use http::{Notice, Shared};

pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
    pub today: Option<Date>,
}

/// How long a client may take to send a request's headers, or keep a connection idle between
/// requests, before it is closed: a client that holds a half-sent request holds nothing long.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long open connections are given to finish once the server is told to stop.
const STOP_GRACE: Duration = Duration::from_millis(500);

/// A site built for serving.
struct Built {
    files: NewFiles,
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
                let files = NewFiles::read(site.output).map_err(|e| tr!("serve-unreadable", error = e.to_string()))?;
                Ok(Built { files, fresh: site.fresh, warnings: site.diagnostics, base_path: site.base_path })
            }
            Err(Failure::Usage(message)) => Err(format!("{}\n", tr!("usage-error", message = message))),
            Err(Failure::Content(diagnostics)) => {
                Err(diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string() + "\n").collect())
            }
        }
    }
}

/// Runs the server until Ctrl-C. Returns an error message for a failure to start.
pub fn run(options: ServeOptions) -> Result<(), String> {
    let root = watched_root(&options.root);
    let mut builder = Builder { root: root.clone(), today: options.today, caches: Caches::default() };
    let start = Instant::now();
    let Built { files: new, warnings, base_path, .. } =
        builder.build(None).map_err(|errors| format!("{errors}{}", tr!("serve-has-errors")))?;
    let mut files = SiteFiles::default();
    files.update(&new);
    files.prepare_index();
    drop(new);
    if !warnings.is_empty() {
        println!("{}", tr!("serve-warnings", count = warnings.len()));
    }
    println!("{}", tr!("serve-built", ms = start.elapsed().as_millis() as u64));

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    let result = runtime.block_on(async move {
        let (notices, _) = broadcast::channel(64);
        let (stop, shutdown) = watch::channel(false);
        let address = SocketAddr::new(options.bind, options.port);
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .map_err(|e| tr!("serve-cannot-listen", address = address.to_string(), error = e.to_string()))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        let shared = Arc::new(Shared {
            files: RwLock::new(files),
            error: RwLock::new(None),
            notices,
            base_path: RwLock::new(base_path.clone()),
            shutdown,
            bound: options.bind,
        });
        let url = format!("http://{address}{base_path}/");
        if !options.bind.is_loopback() {
            eprintln!("{}", tr!("serve-reachable", address = address.to_string()));
        }
        println!("{}", tr!("serve-serving", url = url));
        if options.open {
            open_browser(&url);
        }
        let watcher = watch_sources(&root, builder, shared.clone())?;
        let app = Router::new().fallback(http::handle).with_state(shared.clone());
        accept(listener, app, stop).await;
        drop(watcher);
        Ok(())
    });
    // Connections still open (a client that never finishes its request) are dropped here.
    runtime.shutdown_timeout(STOP_GRACE);
    println!("{}", tr!("serve-stopped"));
    result
}

/// Serves connections until Ctrl-C or SIGTERM, each with [`HEADER_TIMEOUT`]; then tells the
/// open pages' event streams to end.
async fn accept(listener: tokio::net::TcpListener, app: Router, stop: watch::Sender<bool>) {
    let service = TowerToHyperService::new(app);
    let signal = stop_signal();
    tokio::pin!(signal);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => continue,
            },
            () = &mut signal => break,
        };
        let service = service.clone();
        tokio::spawn(async move {
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
    let _ = stop.send(true);
    tokio::time::sleep(Duration::from_millis(50)).await;
}

/// Ctrl-C, or SIGTERM where there is one.
async fn stop_signal() {
    #[cfg(unix)]
    {
        let mut terminate = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(signal) => signal,
            Err(_) => return std::future::pending().await,
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
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
        eprintln!("{}", tr!("serve-no-browser", command = command, error = e.to_string(), url = url));
    }
}

/// Watches `content/`, `themes/`, `templates/`, `static/` and the model libraries `site.yaml`
/// declares when serving starts; rebuilds after each burst of
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
    .map_err(|e| tr!("serve-cannot-watch", path = "content/", error = e.to_string()))?;
    let fixed = ["content", "themes", "templates", "static"].map(|folder| root.join(folder));
    for path in fixed.into_iter().chain(crate::load::library::folders(root)) {
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| tr!("serve-cannot-watch", path = path, error = e.to_string()))?;
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

/// The site's root as the watcher names the files it reports: absolute, so that an edited file
/// is recognised under `content/` and read alone, rather than with a walk of the whole folder.
fn watched_root(root: &Path) -> PathBuf {
    std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf())
}

/// How long the sources must stay still before a rebuild.
const DEBOUNCE: Duration = Duration::from_millis(40);

fn rebuild(builder: &mut Builder, shared: &Shared, changed: &[PathBuf]) {
    let start = Instant::now();
    // A failure of charte itself must not stop the rebuilds: it is reported like an error of
    // the content, and the next edit starts from empty caches.
    let built = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| builder.build(Some(changed)))).unwrap_or_else(
        |panic| {
            builder.caches = Caches::default();
            let what = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("unknown failure");
            Err(format!("{}\n", tr!("serve-rebuild-failed", what = what)))
        },
    );
    match built {
        Ok(Built { files, fresh, warnings, base_path }) => {
            *shared.base_path.write().expect("base path lock") = base_path;
            if !warnings.is_empty() {
                println!("{}", tr!("serve-warnings", count = warnings.len()));
            }
            {
                let mut served = shared.files.write().expect("site lock");
                served.update(&files);
                served.prepare_index();
            }
            let was_broken = shared.error.write().expect("error lock").take().is_some();
            let css_only = !was_broken && changed.iter().all(|p| p.extension().is_some_and(|e| e == "css"));
            let what = if fresh.is_empty() { tr!("serve-nothing-changed") } else { fresh.join(", ") };
            println!("{}", tr!("serve-rebuilt", what = what, ms = start.elapsed().as_millis() as u64));
            let _ = shared.notices.send(if css_only { Notice::Css } else { Notice::Reload });
            // The build's list of files is let go of once the pages are told to reload.
            drop(files);
        }
        Err(errors) => {
            eprintln!("{errors}{}", tr!("serve-last-good"));
            *shared.error.write().expect("error lock") = Some(errors.clone());
            let _ = shared.notices.send(Notice::Error(errors));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// notify names files by absolute paths: with the root as typed (`.`), an edit would not be
    /// found under `content/` and every rebuild would walk the whole folder again.
    #[test]
    fn a_relative_root_is_watched_as_the_watcher_names_files() {
        let reported = std::env::current_dir().expect("a working folder").join("content/chartes/moderation.md");
        assert!(reported.strip_prefix(Path::new(".").join("content")).is_err());
        let content = watched_root(Path::new(".")).join("content");
        assert_eq!(reported.strip_prefix(content).ok(), Some(Path::new("chartes/moderation.md")));
    }
}
