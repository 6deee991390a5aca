//! `/atom.xml`: an Atom 1.0 feed (RFC 4287) of the versions of the documents of a build, one
//! entry per version in force, newest first — its change note, its text and what changed — so
//! that followers of a charter learn of each new version. A feed is read for what is new: it
//! holds the newest [`MAX_ENTRIES`] versions (every version of a site of a few hundred
//! documents); older ones stay in each document's table of versions.

use std::str::FromStr;

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};

use super::markdown;
use crate::model::address::resolve;
use crate::model::document::Document;
use crate::model::slug::{slugify, IdSet};
use crate::model::versions::VersionEntry;
use crate::model::SiteModel;
use crate::schema::date::Date;
use crate::schema::document::Status;

/// How many versions the feed holds at most: enough for every version of most sites, few enough
/// that a feed reader can load it (a site of 10 000 documents has some 25 000 versions: 17 MB).
pub const MAX_ENTRIES: usize = 200;

/// The anchor of a version's row in its document's table of versions (and the end of its
/// entry's id in the feed): `version-2-1`.
pub fn version_anchor(version: &str) -> String {
    slugify(&format!("version {version}"))
}

fn datetime(date: Date) -> FixedDateTime {
    FixedDateTime::from_str(&format!("{}T00:00:00+00:00", date.iso())).unwrap_or_default()
}

fn link(href: String, rel: &str) -> Link {
    Link { href, rel: rel.to_owned(), mime_type: Some("text/html".to_owned()), ..Link::default() }
}

/// The feed of `documents` (the current ones a build publishes), its addresses absolute from
/// `base_url`; links to documents the build leaves out (`excluded`) are kept as text only.
pub fn atom(
    model: &SiteModel,
    documents: &[&Document],
    title: &str,
    today: Date,
    excluded: &dyn Fn(&str) -> bool,
) -> String {
    let base = &model.base.url;
    // The newest versions first, found before anything is rendered.
    let mut versions: Vec<(&Document, VersionEntry)> = Vec::new();
    for doc in documents {
        let in_force = doc.status() == Status::Validated || doc.status() == Status::Archived;
        let current = doc.fields.version.as_deref();
        // A version being drafted is not in force yet.
        let line = model.versions.line(doc).into_iter().filter(|v| in_force || current != Some(&**v.version));
        versions.extend(line.map(|v| (*doc, v)));
    }
    versions.sort_by(|a, b| b.1.date.cmp(&a.1.date).then_with(|| a.0.title.cmp(&b.0.title)));
    versions.truncate(MAX_ENTRIES);
    let mut entries: Vec<(Date, Entry)> = Vec::new();
    for (doc, version) in versions {
        {
            let page = format!("{base}/{}", doc.url_path());
            let text = version.text.filter(|t| !excluded(&t.slug)).map(|t| format!("{base}/{}", t.url_path()));
            let mut links = vec![link(text.unwrap_or_else(|| page.clone()), "alternate")];
            if let Some(redline) = version.redline.as_ref().filter(|r| !excluded(&r.older.slug)) {
                links.push(link(format!("{base}/{}/", redline.slug), "related"));
            }
            let from = doc.links_from();
            let unlink = |destination: &str| {
                resolve(&from, destination, &model.base).is_some_and(|t| excluded(t.path.trim_end_matches('/')))
            };
            let changes = markdown::render(version.changes, 2, &mut IdSet::default(), &unlink, true, "").html;
            let entry = Entry {
                title: Text::plain(format!("{} — version {}", doc.title.as_str(), version.version.as_str())),
                id: format!("{page}#{}", version_anchor(version.version)),
                updated: datetime(version.date),
                published: Some(datetime(version.date)),
                links,
                content: Some(Content {
                    // Relative links of the change note are written from the document's page.
                    base: Some(page.clone()),
                    value: Some(changes),
                    content_type: Some("html".to_owned()),
                    ..Content::default()
                }),
                ..Entry::default()
            };
            entries.push((version.date, entry));
        }
    }
    entries.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.title.value.cmp(&b.1.title.value)));
    let updated = entries.first().map_or(today, |(date, _)| *date);
    let feed = Feed {
        title: Text::plain(format!("{title} — nouvelles versions")),
        id: format!("{base}/"),
        updated: datetime(updated),
        authors: vec![Person { name: model.site.organisation.name.to_string(), ..Person::default() }],
        links: vec![
            Link { href: format!("{base}/atom.xml"), rel: "self".to_owned(), ..Link::default() },
            link(format!("{base}/"), "alternate"),
        ],
        lang: Some(model.site.language.clone()),
        entries: entries.into_iter().map(|(_, entry)| entry).collect(),
        ..Feed::default()
    };
    feed.to_string()
}
