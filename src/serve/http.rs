//! What `charte serve` answers: the in-memory site under the path of `base_url`, the live-reload
//! script and its stylesheet, and the stream of rebuild events. Only to `GET` and `HEAD`, only to
//! a `Host` that is this machine or the address it listens on (a page of another site that
//! points its own name at this machine must not read the intranet documents served here), and
//! with the headers that keep a page to its own scripts and styles.

use std::net::IpAddr;
use std::sync::{Arc, RwLock};

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use tokio::sync::{broadcast, watch};
use tokio_stream::wrappers::{BroadcastStream, WatchStream};
use tokio_stream::StreamExt;

use super::files::{self, Lookup, SiteFiles};
use crate::render::CONTENT_SECURITY_POLICY;

const LIVE_JS: &str = include_str!("live.js");
const LIVE_CSS: &str = include_str!("live.css");

/// What the browser is told after a rebuild.
#[derive(Clone, Debug)]
pub enum Notice {
    Reload,
    Css,
    Error(String),
}

/// What the server and the rebuilding thread share.
pub struct Shared {
    pub files: RwLock<SiteFiles>,
    /// The error of the last build, while it is not fixed.
    pub error: RwLock<Option<String>>,
    pub notices: broadcast::Sender<Notice>,
    /// The path of the site under the host (`/chartes`), from `base_url`.
    pub base_path: RwLock<String>,
    pub shutdown: watch::Receiver<bool>,
    /// The address the server listens on, for the `Host` check.
    pub bound: IpAddr,
}

/// Answers one request.
pub async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let refused = refusal(&shared, &request);
    let path = request.uri().path().to_owned();
    drop(request);
    let mut response = match refused {
        Some(refused) => refused,
        None => answer(&shared, &path).await,
    };
    let headers = response.headers_mut();
    headers.insert("content-security-policy", HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The answer to a request that is not served: another method than `GET` or `HEAD`, or a
/// `Host` that is not this machine.
fn refusal(shared: &Shared, request: &Request) -> Option<Response> {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        let answer = (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")], "GET or HEAD only\n");
        return Some(answer.into_response());
    }
    if !host_is_allowed(request.headers(), shared.bound) {
        let answer = (StatusCode::FORBIDDEN, "charte serve answers only to the addresses of this machine\n");
        return Some(answer.into_response());
    }
    None
}

async fn answer(shared: &Arc<Shared>, path: &str) -> Response {
    let base = shared.base_path.read().expect("base path lock").clone();
    let Some(rest) = path.strip_prefix(base.as_str()).and_then(|r| r.strip_prefix('/')) else {
        return if path == "/" || path == base { redirect(&format!("{base}/")) } else { not_found(shared, &base) };
    };
    match rest {
        "__charte/events" => return events(shared.clone()).await.into_response(),
        "__charte/live.js" => {
            return ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], LIVE_JS).into_response()
        }
        "__charte/live.css" => return ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], LIVE_CSS).into_response(),
        _ => {}
    }
    let files = shared.files.read().expect("site lock");
    match files.find(rest) {
        Lookup::File(file) => respond(StatusCode::OK, &file, &base),
        Lookup::Redirect(to) => redirect(&format!("{base}/{to}")),
        Lookup::Missing => {
            drop(files);
            not_found(shared, &base)
        }
    }
}

/// Whether the request names this machine: a loopback name or address, the address the server
/// listens on, or — when it listens on every address — any address written as numbers (a
/// rebinding attack needs a name of its own).
pub fn host_is_allowed(headers: &HeaderMap, bound: IpAddr) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else { return false };
    let name = match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) && !name.ends_with(':') => name,
        _ => host,
    };
    let name = name.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
    if name == "localhost" || name.ends_with(".localhost") {
        return true;
    }
    match name.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback() || ip == bound || bound.is_unspecified(),
        Err(_) => false,
    }
}

fn respond(status: StatusCode, file: &files::File, base: &str) -> Response {
    let headers = [(header::CONTENT_TYPE, file.content_type.to_string())];
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

fn not_found(shared: &Shared, base: &str) -> Response {
    let files = shared.files.read().expect("site lock");
    match files.get("404.html") {
        Some(page) => respond(StatusCode::NOT_FOUND, page, base),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

async fn events(shared: Arc<Shared>) -> impl IntoResponse {
    let current = shared.error.read().expect("error lock").clone().map(Notice::Error);
    // The stream ends when the server stops, so that stopping does not wait for open pages.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn host(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn only_names_of_this_machine_are_answered() {
        let loopback: IpAddr = "127.0.0.1".parse().unwrap();
        for good in ["localhost", "localhost:1111", "127.0.0.1:1111", "[::1]:1111", "LOCALHOST", "site.localhost:8"] {
            assert!(host_is_allowed(&host(good), loopback), "{good}");
        }
        for bad in ["evil.example", "evil.example:1111", "127.0.0.1.evil.example", "192.168.1.10:1111", ""] {
            assert!(!host_is_allowed(&host(bad), loopback), "{bad}");
        }
        assert!(!host_is_allowed(&HeaderMap::new(), loopback));
        let lan: IpAddr = "192.168.1.10".parse().unwrap();
        assert!(host_is_allowed(&host("192.168.1.10:1111"), lan));
        assert!(!host_is_allowed(&host("intranet.example:1111"), lan));
        let every: IpAddr = "0.0.0.0".parse().unwrap();
        assert!(host_is_allowed(&host("10.0.0.2:1111"), every));
        assert!(!host_is_allowed(&host("rebound.example:1111"), every));
    }
}
