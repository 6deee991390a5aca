//! Property: any sequence of edits, rebuilt incrementally as `charte serve` does (reading only
//! the files the watcher reports, keeping every cache), gives the same pages and the same
//! diagnostics as a full build from nothing.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use charte::build::{render_site, Caches, Failure, RenderedSite};
use charte::model::address::Selection;
use charte::schema::date::Date;
use proptest::prelude::*;

use common::Site;

/// The documents the edits play with (besides the fixture's model and its fork).
const PAGES: [&str; 3] = ["content/a.md", "content/guides/b.md", "content/neuf/c.md"];

/// One edit of the site.
#[derive(Debug, Clone)]
enum Edit {
    /// Writes page `page` with a title, a heading, and a link to another page's heading.
    Write {
        page: usize,
        title: u8,
        heading: u8,
        link_to: usize,
        anchor: u8,
    },
    /// Breaks page `page`'s YAML.
    Break {
        page: usize,
    },
    Remove {
        page: usize,
    },
    /// Rewords a rule of the model the fork extends.
    Model {
        words: u8,
    },
    /// Renames the organisation in `site.yaml`.
    Organisation {
        name: u8,
    },
    /// Leaves a blank in a page, or a variable no one knows.
    Blank {
        page: usize,
        unknown_variable: bool,
    },
    /// Overrides a template of the theme (or breaks it), or adds a static file.
    Theme {
        words: u8,
        broken: bool,
        static_file: bool,
    },
    /// Writes or removes the text of version 1 of a page (`NAME@1.md`).
    Earlier {
        page: usize,
        words: u8,
        remove: bool,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    let page = 0..PAGES.len();
    prop_oneof![
        4 => (page.clone(), 0..3u8, 0..3u8, 0..PAGES.len(), 0..3u8)
            .prop_map(|(page, title, heading, link_to, anchor)| Edit::Write { page, title, heading, link_to, anchor }),
        1 => page.clone().prop_map(|page| Edit::Break { page }),
        1 => page.clone().prop_map(|page| Edit::Remove { page }),
        1 => (0..3u8).prop_map(|words| Edit::Model { words }),
        1 => (0..2u8).prop_map(|name| Edit::Organisation { name }),
        1 => (page.clone(), any::<bool>()).prop_map(|(page, unknown_variable)| Edit::Blank { page, unknown_variable }),
        2 => (page, 0..3u8, any::<bool>()).prop_map(|(page, words, remove)| Edit::Earlier { page, words, remove }),
        1 => (0..3u8, prop::bool::weighted(0.2), any::<bool>())
            .prop_map(|(words, broken, static_file)| Edit::Theme { words, broken, static_file }),
    ]
}

/// The slug of page `i` as seen from another page (`../../guides/b/`).
fn link(from: usize, to: usize, anchor: u8) -> String {
    let depth = PAGES[from].trim_start_matches("content/").matches('/').count() + 1;
    let slug = PAGES[to].trim_start_matches("content/").trim_end_matches(".md");
    format!("{}{slug}/#titre-{anchor}", "../".repeat(depth))
}

/// Applies `edit` to `site`; returns the paths it touched, as the watcher reports them.
fn apply(site: &Site, edit: &Edit) -> Vec<PathBuf> {
    let path = |file: &str| site.root().join(file);
    match *edit {
        Edit::Write { page, title, heading, link_to, anchor } => {
            let text = format!(
                "---\nkind: page\ntitle: \"Page {title}\"\naudience: public\nversion: \"2\"\nhistory:\n  - {{ version: \"2\", date: 2025-01-02, changes: \"Deux.\" }}\n  - {{ version: \"1\", date: 2024-01-02, changes: \"Un.\" }}\n---\n\n## Titre {heading}\n\nVoir [l'autre]({}).\n",
                link(page, link_to, anchor)
            );
            site.write(PAGES[page], &text);
            vec![path(PAGES[page])]
        }
        Edit::Break { page } => {
            site.write(PAGES[page], "---\nkind: page\ntitle: [\n---\n");
            vec![path(PAGES[page])]
        }
        Edit::Remove { page } => {
            let _ = std::fs::remove_file(path(PAGES[page]));
            vec![path(PAGES[page])]
        }
        Edit::Model { words } => {
            let file = "content/chartes/modele.md";
            let text = std::fs::read_to_string(path(file)).unwrap();
            let start = text.find("Les propos injurieux").unwrap();
            let end = start + text[start..].find('"').unwrap();
            let text = format!("{}Les propos injurieux sont retirés ({words}).{}", &text[..start], &text[end..]);
            site.write(file, &text);
            vec![path(file)]
        }
        Edit::Organisation { name } => {
            let file = "content/site.yaml";
            let text = std::fs::read_to_string(path(file)).unwrap();
            let line = text.lines().find(|l| l.trim_start().starts_with("name:")).unwrap().to_owned();
            site.write(file, &text.replace(&line, &format!("  name: \"Communauté numéro {name}\"")));
            vec![path(file)]
        }
        Edit::Earlier { page, words, remove } => {
            let file = PAGES[page].replace(".md", "@1.md");
            if remove {
                let _ = std::fs::remove_file(path(&file));
            } else {
                site.write(&file, &format!("---\nkind: page\ntitle: \"Ancienne {words}\"\nversion: \"1\"\n---\n\n## Titre {words}\n\nAncien texte {words}.\n"));
            }
            vec![path(&file)]
        }
        Edit::Theme { words, broken, static_file } => {
            let file = if static_file { format!("static/ajout-{words}.txt") } else { "templates/404.html".to_owned() };
            let text = match (static_file, broken) {
                (true, _) => format!("Fichier {words}.\n"),
                (false, true) => "{% extends \"base.html\" %}{% block content %}{{ oups(".to_owned(),
                (false, false) => format!(
                    "{{% extends \"base.html\" %}}{{% block content %}}<h1>Introuvable {words}</h1>{{% endblock %}}\n"
                ),
            };
            site.write(&file, &text);
            vec![path(&file)]
        }
        Edit::Blank { page, unknown_variable } => {
            let body = if unknown_variable { "{{ org.nom }}" } else { "xxxxxx" };
            site.write(PAGES[page], &format!("---\nkind: page\ntitle: \"Page\"\n---\n\n{body}\n"));
            vec![path(PAGES[page])]
        }
    }
}

/// A build's pages and its diagnostics, or its errors.
type Outcome = Result<(BTreeMap<PathBuf, String>, Vec<String>), Vec<String>>;

/// What a build gives, to compare.
fn outcome(result: Result<RenderedSite, Failure>) -> Outcome {
    let sorted = |diagnostics: &[charte::source::Diagnostic]| {
        let mut shown: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        shown.sort();
        shown
    };
    match result {
        Ok(site) => {
            let mut pages: BTreeMap<PathBuf, String> =
                site.output.all_pages().map(|(p, html)| (p.clone(), html.to_string())).collect();
            // The theme's static files, by where they come from.
            pages.extend(site.output.statics.iter().map(|(p, source)| (p.clone(), format!("{source:?}"))));
            Ok((pages, sorted(&site.diagnostics)))
        }
        Err(Failure::Content(diagnostics)) => Err(sorted(&diagnostics)),
        Err(Failure::Usage(message)) => Err(vec![message]),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_edit_sequence_rebuilds_as_a_full_build(edits in prop::collection::vec(edit(), 1..12)) {
        let site = Site::from_fixture("fork");
        let today = Date::parse("2025-06-01").unwrap();
        let mut caches = Caches::default();
        let _ = render_site(site.root(), today, Selection::ALL, &mut caches);
        for edit in &edits {
            caches.changed = Some(apply(&site, edit));
            let incremental = outcome(render_site(site.root(), today, Selection::ALL, &mut caches));
            let full = outcome(render_site(site.root(), today, Selection::ALL, &mut Caches::default()));
            prop_assert_eq!(incremental, full, "after {:?}", edit);
        }
    }
}
