//! The site as `charte serve` holds it: every file of a build, in memory, found by its address.
//! Nothing is read from the disk to answer a request, so no address — `..`, percent-encoded
//! traversal, an absolute path, a symbolic link — can reach a file outside the build.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use crate::render::search::index::{LazyIndex, FOLDER as INDEX_FOLDER};
use crate::render::theme::StaticSource;
use crate::render::Output;

/// One file of the site.
#[derive(Clone)]
pub struct File {
    pub body: Body,
    pub content_type: Arc<str>,
}

/// A file's contents, shared with the build (pages are not copied).
#[derive(Clone)]
pub enum Body {
    Text(Arc<str>),
    Bytes(Arc<[u8]>),
}

impl Body {
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Body::Text(text) => text.as_bytes(),
            Body::Bytes(bytes) => bytes,
        }
    }
}

/// What an address leads to.
pub enum Lookup<'a> {
    File(Cow<'a, File>),
    /// A folder asked for without its final `/`: relative links need it.
    Redirect(String),
    Missing,
}

#[derive(Default, Clone)]
pub struct SiteFiles {
    files: HashMap<String, File>,
    /// The files of the search index, built when first asked for.
    index: Option<Arc<LazyIndex>>,
}

impl SiteFiles {
    /// Every file of `output`, with static files and assets read now.
    pub fn from_output(output: &Output) -> std::io::Result<SiteFiles> {
        let mut files = HashMap::with_capacity(output.pages.len() + output.statics.len() + output.assets.len());
        let mut types = ContentTypes::default();
        let mut add = |path: &std::path::Path, body: Body| {
            let key = path.to_string_lossy();
            let key = if key.contains('\\') { key.replace('\\', "/") } else { key.into_owned() };
            let content_type = types.of(&key);
            files.insert(key, File { body, content_type });
        };
        for (path, source) in &output.statics {
            let bytes: Arc<[u8]> = match source {
                StaticSource::Embedded(bytes) => Arc::from(*bytes),
                StaticSource::File(file) => Arc::from(std::fs::read(file)?),
            };
            add(path, Body::Bytes(bytes));
        }
        for asset in &output.assets {
            add(&asset.relative, Body::Bytes(Arc::from(std::fs::read(&asset.absolute)?)));
        }
        for (path, html) in &output.pages {
            add(path, Body::Text(html.clone()));
        }
        Ok(SiteFiles { files, index: output.search_index.clone() })
    }

    /// Builds the search index now, on another thread, so that it is ready when a search asks
    /// for it (a request that comes first waits for it).
    pub fn prepare_index(&self) {
        if let Some(index) = self.index.clone() {
            std::thread::spawn(move || index.files().len());
        }
    }

    pub fn get(&self, key: &str) -> Option<&File> {
        self.files.get(key)
    }

    /// The file for `path`, the part of the address after the site's base path (still
    /// percent-encoded, without its leading `/`).
    pub fn find(&self, path: &str) -> Lookup<'_> {
        let Some(decoded) = decode(path) else { return Lookup::Missing };
        let key =
            if decoded.is_empty() || decoded.ends_with('/') { format!("{decoded}index.html") } else { decoded.clone() };
        if let Some(file) = self.files.get(&key) {
            return Lookup::File(Cow::Borrowed(file));
        }
        let index_file = key.strip_prefix(INDEX_FOLDER).filter(|rest| rest.starts_with('/'));
        if let (Some(index), Some(_)) = (&self.index, index_file) {
            if let Some(contents) = index.file(&key) {
                let body = Body::Text(contents.clone());
                return Lookup::File(Cow::Owned(File { body, content_type: Arc::from(content_type(&key)) }));
            }
        }
        if !decoded.is_empty() && self.files.contains_key(&format!("{decoded}/index.html")) {
            return Lookup::Redirect(format!("{path}/"));
        }
        Lookup::Missing
    }
}

/// The decoded path, or `None` when it tries to leave the site or is not a plain path.
fn decode(path: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
    let bad_segment = decoded.split('/').any(|s| s == ".." || s == ".");
    if bad_segment || decoded.starts_with('/') || decoded.contains(['\\', '\0', ':']) || decoded.contains("//") {
        return None;
    }
    Some(decoded.into_owned())
}

/// Content types by extension, each worked out once for a whole site (tens of thousands of files
/// share a few extensions).
#[derive(Default)]
struct ContentTypes(HashMap<String, Arc<str>>);

impl ContentTypes {
    fn of(&mut self, path: &str) -> Arc<str> {
        let extension = std::path::Path::new(path).extension().map(|e| e.to_string_lossy()).unwrap_or_default();
        if let Some(known) = self.0.get(extension.as_ref()) {
            return known.clone();
        }
        let found: Arc<str> = Arc::from(content_type(path));
        self.0.insert(extension.into_owned(), found.clone());
        found
    }
}

fn content_type(path: &str) -> Cow<'static, str> {
    if path.ends_with(".html") {
        return Cow::Borrowed("text/html; charset=utf-8"); // every page: worked out once
    }
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    Cow::Owned(match mime.type_() {
        mime_guess::mime::TEXT => format!("{mime}; charset=utf-8"),
        _ if mime.subtype() == "javascript" || mime.subtype() == "json" => format!("{mime}; charset=utf-8"),
        _ => mime.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteFiles {
        let mut files = HashMap::new();
        for key in ["index.html", "chartes/moderation/index.html", "static/style.css"] {
            files.insert(
                key.to_owned(),
                File { body: Body::Text(Arc::from(key)), content_type: Arc::from(content_type(key)) },
            );
        }
        SiteFiles { files, index: None }
    }

    #[test]
    fn addresses_find_files_and_nothing_else() {
        let site = site();
        assert!(matches!(site.find(""), Lookup::File(_)));
        assert!(matches!(site.find("chartes/moderation/"), Lookup::File(_)));
        assert!(matches!(site.find("chartes/moderation"), Lookup::Redirect(r) if r == "chartes/moderation/"));
        assert!(
            matches!(site.find("static/style.css"), Lookup::File(f) if &*f.content_type == "text/css; charset=utf-8")
        );
        for bad in [
            "../etc/passwd",
            "%2e%2e/%2e%2e/etc/passwd",
            "chartes/../index.html",
            "/etc/passwd",
            "%2Fetc%2Fpasswd",
            "static%5c..%5cx",
            "C:/x",
            "a//b",
        ] {
            assert!(matches!(site.find(bad), Lookup::Missing), "{bad}");
        }
    }

    #[test]
    fn content_types_worked_out_once_per_extension_are_the_same() {
        let mut types = ContentTypes::default();
        for path in [
            "a/index.json",
            "b/index.json",
            "c/source/moderation.md",
            "d/source/glossaire.yaml",
            "registre.ics",
            "static/style.css",
            "static/search.js",
            "x/index.html",
            "no-extension",
            "other/no-extension",
            "image.PNG",
        ] {
            assert_eq!(&*types.of(path), content_type(path), "{path}");
        }
        assert_eq!(&*types.of("z.json"), "application/json; charset=utf-8");
    }
}
