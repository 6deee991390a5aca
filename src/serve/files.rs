//! The site as `charte serve` holds it: every file of a build, in memory, found by its address,
//! and brought up to date after each rebuild by touching only the pages of what changed.
//! Nothing is read from the disk to answer a request, so no address — `..`, percent-encoded
//! traversal, an absolute path, a symbolic link — can reach a file outside the build.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::render::cache::PageGroup;
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
    /// A file of the theme built into the program.
    Embedded(&'static [u8]),
}

impl Body {
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Body::Text(text) => text.as_bytes(),
            Body::Bytes(bytes) => bytes,
            Body::Embedded(bytes) => bytes,
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

#[derive(Default)]
pub struct SiteFiles {
    files: FxHashMap<Arc<str>, Entry>,
    /// The documents' groups of pages of the last update, by their address in memory: a group
    /// the next build hands on again is the very same, and its pages are not looked at.
    groups: FxHashMap<usize, PageGroup>,
    /// How many pages the groups hold.
    grouped: usize,
    /// The files of the search index, built when first asked for.
    index: Option<Arc<LazyIndex>>,
    types: ContentTypes,
    /// How many times the files were updated: an entry of no group that the last update did not
    /// mark is gone.
    generation: u64,
}

struct Entry {
    file: File,
    /// The update that last gave the file, for a file of no group; `None` for a document's page.
    generation: Option<u64>,
}

/// The files of a build as [`SiteFiles::update`] takes them: the pages shared with the build,
/// and the static files and assets read from the disk beforehand, so that a file that cannot be
/// read leaves the site served as it was.
pub struct NewFiles {
    output: Output,
    read: Vec<(String, Body)>,
}

impl NewFiles {
    /// Reads the static files and assets of `output`.
    pub fn read(output: Output) -> std::io::Result<NewFiles> {
        let mut read = Vec::with_capacity(output.statics.len() + output.assets.len());
        for (path, source) in &output.statics {
            let body = match source {
                StaticSource::Embedded(bytes) => Body::Embedded(bytes),
                StaticSource::File(file) => Body::Bytes(Arc::from(std::fs::read(file)?)),
            };
            read.push((key(path).into_owned(), body));
        }
        for asset in &output.assets {
            read.push((key(&asset.relative).into_owned(), Body::Bytes(Arc::from(std::fs::read(&asset.absolute)?))));
        }
        Ok(NewFiles { output, read })
    }
}

fn group_id(group: &PageGroup) -> usize {
    Arc::as_ptr(group) as *const () as usize
}

/// A path of the output folder as an address: `/` between folders.
fn key(path: &std::path::Path) -> Cow<'_, str> {
    match path.to_string_lossy() {
        key if key.contains('\\') => Cow::Owned(key.replace('\\', "/")),
        key => key,
    }
}

impl SiteFiles {
    /// Makes the files those of `new`. A page that is the very one already served (the build
    /// shares an unchanged page from one rebuild to the next) is left as it is, so that an edit
    /// touches only the entries of what changed.
    pub fn update(&mut self, new: &NewFiles) {
        // The documents' pages: the groups that went first, then those that came, so that a
        // page that moved from one group to another stays.
        let came: FxHashMap<usize, &PageGroup> = new.output.groups.iter().map(|g| (group_id(g), g)).collect();
        let went: Vec<usize> = self.groups.keys().filter(|id| !came.contains_key(id)).copied().collect();
        for id in went {
            let group = self.groups.remove(&id).unwrap_or_else(|| Arc::new([]));
            self.grouped -= group.len();
            for (path, _) in group.iter() {
                self.files.remove(&*key(path));
            }
        }
        for (id, group) in came {
            if self.groups.contains_key(&id) {
                continue;
            }
            for (path, html) in group.iter() {
                let key = key(path);
                let file = File { body: Body::Text(html.clone()), content_type: self.types.of(&key) };
                self.files.insert(Arc::from(key), Entry { file, generation: None });
            }
            self.grouped += group.len();
            self.groups.insert(id, group.clone());
        }
        // The other files, few: each is looked at.
        self.generation += 1;
        let mut marked = 0;
        for (key, body) in &new.read {
            marked += self.mark(Cow::Borrowed(key), || body.clone(), |_| false);
        }
        for (path, html) in &new.output.pages {
            let same = |old: &Body| matches!(old, Body::Text(old) if Arc::ptr_eq(old, html));
            marked += self.mark(key(path), || Body::Text(html.clone()), same);
        }
        if marked + self.grouped != self.files.len() {
            let generation = self.generation;
            self.files.retain(|_, entry| entry.generation.is_none_or(|g| g == generation));
        }
        self.index = new.output.search_index.clone();
    }

    /// Marks the file at `key`, of no group, as one of this update's, with `body` unless `same`
    /// says that it already has it; 1 when it was not marked yet.
    fn mark(&mut self, key: Cow<str>, body: impl FnOnce() -> Body, same: impl FnOnce(&Body) -> bool) -> usize {
        let generation = Some(self.generation);
        match self.files.get_mut(&*key) {
            Some(entry) => {
                if !same(&entry.file.body) {
                    entry.file.body = body();
                }
                let first = entry.generation != generation;
                entry.generation = generation;
                usize::from(first)
            }
            None => {
                let file = File { body: body(), content_type: self.types.of(&key) };
                self.files.insert(Arc::from(key), Entry { file, generation });
                1
            }
        }
    }

    /// Builds the search index now, on another thread, so that it is ready when a search asks
    /// for it (a request that comes first waits for it).
    pub fn prepare_index(&self) {
        if let Some(index) = self.index.clone() {
            std::thread::spawn(move || index.files().len());
        }
    }

    pub fn get(&self, key: &str) -> Option<&File> {
        self.files.get(key).map(|entry| &entry.file)
    }

    /// The file for `path`, the part of the address after the site's base path (still
    /// percent-encoded, without its leading `/`).
    pub fn find(&self, path: &str) -> Lookup<'_> {
        let Some(decoded) = decode(path) else { return Lookup::Missing };
        let key =
            if decoded.is_empty() || decoded.ends_with('/') { format!("{decoded}index.html") } else { decoded.clone() };
        if let Some(file) = self.get(&key) {
            return Lookup::File(Cow::Borrowed(file));
        }
        let index_file = key.strip_prefix(INDEX_FOLDER).filter(|rest| rest.starts_with('/'));
        if let (Some(index), Some(_)) = (&self.index, index_file) {
            if let Some(contents) = index.file(&key) {
                let body = Body::Text(contents.clone());
                return Lookup::File(Cow::Owned(File { body, content_type: Arc::from(content_type(&key)) }));
            }
        }
        if !decoded.is_empty() && self.files.contains_key(format!("{decoded}/index.html").as_str()) {
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
    use std::path::PathBuf;

    type Pages<'a> = &'a [(&'a str, &'a Arc<str>)];

    /// A build's output: the groups of documents' pages, then other pages, and a static file.
    fn output(groups: &[&PageGroup], pages: Pages) -> Output {
        Output {
            groups: groups.iter().map(|group| Arc::clone(group)).collect(),
            pages: pages.iter().map(|(path, html)| (PathBuf::from(path), Arc::clone(html))).collect(),
            sent: 0,
            search_index: None,
            statics: [(PathBuf::from("static/style.css"), StaticSource::Embedded(b"body {}"))].into(),
            assets: Vec::new(),
        }
    }

    fn group(pages: Pages) -> PageGroup {
        pages.iter().map(|(path, html)| (PathBuf::from(path), Arc::clone(html))).collect()
    }

    fn updated(site: &mut SiteFiles, output: Output) {
        site.update(&NewFiles::read(output).expect("nothing to read from the disk"));
    }

    fn site() -> SiteFiles {
        let mut site = SiteFiles::default();
        let (home, page): (Arc<str>, Arc<str>) = (Arc::from("home"), Arc::from("page"));
        updated(&mut site, output(&[&group(&[("chartes/moderation/index.html", &page)])], &[("index.html", &home)]));
        site
    }

    fn text(site: &SiteFiles, key: &str) -> Option<Arc<str>> {
        match &site.get(key)?.body {
            Body::Text(text) => Some(text.clone()),
            _ => None,
        }
    }

    fn keys(site: &SiteFiles) -> Vec<&str> {
        let mut keys: Vec<&str> = site.files.keys().map(|k| &**k).collect();
        keys.sort();
        keys
    }

    #[test]
    fn an_update_keeps_the_same_pages_and_takes_the_others() {
        let [same, before, after, added] = ["same", "before", "after", "added"].map(Arc::<str>::from);
        let (a, b) = (group(&[("a/index.html", &same), ("a/index.json", &same)]), group(&[("b/index.html", &before)]));
        let gone = group(&[("gone/index.html", &before)]);
        let mut site = SiteFiles::default();
        updated(&mut site, output(&[&a, &b, &gone], &[("index.html", &before), ("plan/index.html", &same)]));
        assert_eq!(keys(&site).len(), 7);

        // `b` changed (a new group for the same page), `c` came, `gone` went, a listing page
        // changed and another went.
        let (b2, c) = (group(&[("b/index.html", &after)]), group(&[("c/index.html", &added)]));
        updated(&mut site, output(&[&a, &b2, &c], &[("index.html", &after)]));
        assert!(Arc::ptr_eq(&text(&site, "a/index.html").expect("a page"), &same));
        assert_eq!(text(&site, "b/index.html").as_deref(), Some("after"));
        assert_eq!(text(&site, "c/index.html").as_deref(), Some("added"));
        assert_eq!(text(&site, "index.html").as_deref(), Some("after"));
        assert_eq!(&*site.get("a/index.json").expect("a's JSON").content_type, "application/json; charset=utf-8");
        assert_eq!(site.get("static/style.css").map(|f| f.body.as_bytes()), Some(&b"body {}"[..]));
        assert_eq!(
            keys(&site),
            ["a/index.html", "a/index.json", "b/index.html", "c/index.html", "index.html", "static/style.css"]
        );

        // A page that moves from one document's group to another's stays; a path given twice
        // counts once.
        let moved = group(&[("c/index.html", &added), ("a/index.json", &same)]);
        let a2 = group(&[("a/index.html", &same)]);
        updated(&mut site, output(&[&a2, &moved], &[("index.html", &after), ("index.html", &after)]));
        assert_eq!(keys(&site), ["a/index.html", "a/index.json", "c/index.html", "index.html", "static/style.css"]);
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
