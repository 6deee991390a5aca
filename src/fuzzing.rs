//! What the fuzz targets of `fuzz/` run, one function a target, so that `cargo test` runs the
//! same code on every input kept in `fuzz/regressions/` (`tests/fuzz_regressions.rs`). Each
//! function takes any bytes and must return without panicking, hanging or allocating without
//! bound; what it returns does not matter.

use std::path::Path;
use std::sync::Arc;

use crate::build::{self, render_site, Caches};
use crate::load::{front_matter, yaml};
use crate::model::address::Selection;
use crate::model::slug::IdSet;
use crate::model::variables::Variables;
use crate::render::markdown;
use crate::schema::date::Date;
use crate::schema::document::Fields;
use crate::schema::referential::ReferentialFile;
use crate::schema::site::Site;
use crate::source::SourceFile;

/// A `site.yaml` every site of the targets uses.
pub const SITE_YAML: &str = "organisation: { name: \"Préfecture de l'Exemple\", article: la, short_name: Préfecture }\nbase_url: https://www.exemple.gouv.fr/chartes\ncontacts: { image_rights: image@exemple.gouv.fr }\n";

fn text(bytes: &[u8]) -> Option<&str> {
    std::str::from_utf8(bytes).ok()
}

/// Splits front matter from a Markdown file.
pub fn front_matter(bytes: &[u8]) {
    if let Some(text) = text(bytes) {
        if let Ok(split) = front_matter::split(text) {
            assert!(text.ends_with(split.body));
        }
    }
}

/// Reads bytes as a document (Markdown with front matter, and YAML), as `site.yaml` and as the
/// referential; every diagnostic must point inside the file.
pub fn yaml_document(bytes: &[u8]) {
    let Some(text) = text(bytes) else { return };
    let source = Arc::new(SourceFile::new("content/doc.md", text.to_owned()));
    let results = [
        crate::load::document("doc".into(), source.clone(), false).err(),
        crate::load::document("doc".into(), source.clone(), true).err(),
        yaml::parse::<Site>(&source, text).err(),
        yaml::parse::<ReferentialFile>(&source, text).err(),
        yaml::parse::<Fields>(&source, text).err(),
    ];
    let lines = text.lines().count().max(1);
    for diagnostic in results.into_iter().flatten() {
        if let Some(location) = diagnostic.location {
            assert!(location.line >= 1 && location.line <= lines, "{diagnostic}");
        }
        let _ = diagnostic.render(true);
    }
}

/// One text through what every text of a document goes through: variables, Markdown, the
/// sanitiser.
pub fn text_pipeline(bytes: &[u8]) {
    let Some(text) = text(bytes) else { return };
    let source = SourceFile::new("content/site.yaml", SITE_YAML.to_owned());
    let site: Site = yaml::parse(&source, SITE_YAML).expect("the targets' site.yaml is valid");
    let variables = Variables::new(&site, [("x".to_owned(), "valeur".to_owned())]);
    let replaced = variables.substitute(text).map_or_else(|| text.to_owned(), |(t, _)| t);
    let unlink = |destination: &str| destination.contains("interne");
    for html in [true, false] {
        let rendered = markdown::render(&replaced, 2, &mut IdSet::default(), &unlink, html, "../");
        assert!(!rendered.html.contains("<script"), "{}", rendered.html);
    }
}

/// A whole site of one document whose file is `bytes`: checked, then built in memory.
pub fn one_document_site(bytes: &[u8]) {
    let Ok(dir) = tempfile::tempdir() else { return };
    let content = dir.path().join("content");
    let written = std::fs::create_dir_all(&content)
        .and_then(|()| std::fs::write(content.join("site.yaml"), SITE_YAML))
        .and_then(|()| std::fs::write(content.join("doc.md"), bytes));
    if written.is_err() {
        return;
    }
    one_site(dir.path());
}

/// Checks and builds in memory the site at `root`.
pub fn one_site(root: &Path) {
    let today = Date::parse("2025-06-01").expect("a date");
    let _ = build::check(root, today);
    if let Ok(site) = render_site(root, today, Selection::ALL, &mut Caches::default()) {
        for (_, html) in site.output.all_pages() {
            assert!(!html.contains('\0'));
        }
    }
}
