//! The search index through the files a build writes: a query is looked up as the search page's
//! script does (its words folded and stemmed, one shard per word, the records that hold them
//! all), on the example site; a public build indexes public documents only; and the script's
//! own folding and stemming, run in node, agree with charte's on a list of words.

mod common;

use std::path::Path;
use std::process::Command;

use charte::render::search::words;
use common::{assert_success, Site};
use serde_json::Value;

/// The index a build wrote under `public`.
struct Index {
    dir: std::path::PathBuf,
    meta: Value,
}

/// A record of a result: its address, title and context.
#[derive(Debug)]
struct Found {
    url: String,
    title: String,
    context: String,
}

impl Index {
    fn open(public: &Path) -> Index {
        let dir = public.join("recherche/index");
        let meta = read_json(&dir.join("meta.json"));
        assert_eq!(meta["format"], 1);
        Index { dir, meta }
    }

    /// The records that hold every word of `query`, best first, as the script ranks them.
    fn search(&self, query: &str) -> Vec<Found> {
        let shards = self.meta["shards"].as_u64().unwrap() as u32;
        let mut scores: Option<Vec<(u64, u64)>> = None;
        for stem in words::stems(query) {
            let shard = read_json(&self.dir.join(format!("s/{}.json", words::shard_of(&stem, shards))));
            let postings = shard[&stem].as_array().cloned().unwrap_or_default();
            let mut here = Vec::new();
            let mut id = 0;
            for pair in postings.chunks(2) {
                id += pair[0].as_u64().unwrap();
                here.push((id, pair[1].as_u64().unwrap()));
            }
            scores = Some(match scores {
                None => here,
                Some(before) => before
                    .into_iter()
                    .filter_map(|(id, s)| here.iter().find(|(i, _)| *i == id).map(|(_, w)| (id, s + w)))
                    .collect(),
            });
        }
        let mut ranked = scores.unwrap_or_default();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.into_iter().map(|(id, _)| self.record(id)).collect()
    }

    fn record(&self, id: u64) -> Found {
        let starts: Vec<u64> = self.meta["chunks"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect();
        let chunk = starts.iter().rposition(|s| *s <= id).unwrap();
        let records = read_json(&self.dir.join(format!("r/{chunk}.json")));
        let record = &records[(id - starts[chunk]) as usize];
        let field = |i: usize| record[i].as_str().unwrap().to_owned();
        Found { url: field(0), title: field(1), context: field(2) }
    }

    /// Every record of the index.
    fn all_records(&self) -> Vec<Found> {
        (0..self.meta["records"].as_u64().unwrap()).map(|id| self.record(id)).collect()
    }
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn built_example(args: &[&str]) -> (Site, Index) {
    let site = Site::example();
    let mut all = vec!["build", "--today", "2026-11-22"];
    all.extend(args);
    assert_success(&site.charte(&all));
    let index = Index::open(&site.public());
    (site, index)
}

#[test]
fn words_without_their_accents_and_in_the_plural_find_the_rule_the_term_and_the_question() {
    let (_site, index) = built_example(&[]);
    // "publicite" finds the rule "Pas de publicité…" at its own anchor, first.
    let found = index.search("publicite");
    assert_eq!(found.first().map(|f| f.url.as_str()), Some("chartes/moderation/#publicite"), "{found:#?}");
    assert!(found[0].context.starts_with("Charte de modération — Règle "), "{found:#?}");
    // "hashtags" finds the glossary's term "Hashtag", first.
    let found = index.search("hashtags");
    assert_eq!(found.first().map(|f| f.title.as_str()), Some("Hashtag"), "{found:#?}");
    assert!(found[0].url.starts_with("glossaire/#"), "{found:#?}");
    // "RÉSEAUX" finds "réseau" and "réseaux"; "publications" finds "publication".
    assert!(index.search("RÉSEAUX").len() > 5);
    assert!(!index.search("publications").is_empty());
    // Every word must be there: two words found apart find less than each alone.
    let both = index.search("hashtag publicité");
    assert!(both.len() < index.search("hashtag").len());
    assert!(index.search("zzzxq").is_empty());
    // Common words alone find nothing rather than everything.
    assert!(index.search("les de la").is_empty());
    // Questions of the usage guides are records of their own.
    assert!(index
        .all_records()
        .iter()
        .any(|r| r.url.starts_with("guides/") && r.context.ends_with("Question fréquente")));
}

#[test]
fn a_public_build_indexes_public_documents_only_and_no_earlier_version() {
    let (_site, all) = built_example(&[]);
    let urls: Vec<String> = all.all_records().into_iter().map(|r| r.url).collect();
    assert!(
        urls.iter().any(|u| u.starts_with("guides/comptes-personnels/")),
        "the intranet build indexes internal guides"
    );
    assert!(!urls.iter().any(|u| u.contains("/v1.0/") || u.contains("/v2.0/")), "{urls:?}");

    let (site, public) = built_example(&["--audience", "public"]);
    let urls: Vec<String> = public.all_records().into_iter().map(|r| r.url).collect();
    assert!(urls.iter().any(|u| u.starts_with("chartes/moderation/")));
    for internal in ["guides/", "procedures/"] {
        assert!(!urls.iter().any(|u| u.starts_with(internal)), "{internal} in a public index: {urls:?}");
    }
    // Nor a word of theirs: the guide's title is nowhere in the index's files.
    for entry in walkdir::WalkDir::new(site.public().join("recherche/index")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            assert!(!text.contains("comptes-personnels"), "{}", entry.path().display());
        }
    }
}

#[test]
fn the_search_page_and_the_header_form_are_on_the_site() {
    let (site, _index) = built_example(&[]);
    let page = site.page("recherche/index.html");
    let form = common::select(&page, "form.search-form[role=search][method=get]");
    assert_eq!(form.len(), 1);
    assert_eq!(common::texts(&page, "label[for=recherche-mots]").len(), 1);
    assert_eq!(common::select(&page, "[role=status][aria-live=polite]").len(), 1);
    assert!(
        common::texts(&page, "noscript").iter().any(|t| t.contains("plan-du-site/")),
        "the page says what to do without JavaScript"
    );
    assert_eq!(common::select(&page, "script[type=module][src='../static/search.js']").len(), 1);
    // The page carries no second search form in its header; every other page does.
    assert!(common::select(&page, "form.site-search").is_empty());
    let home = site.page("index.html");
    let header =
        common::select(&home, "header form.site-search[role=search][action='recherche/'][method=get] input[name=q]");
    assert_eq!(header.len(), 1);
    assert!(site.public().join("static/search.js").is_file());
}

#[test]
fn the_search_script_folds_and_stems_words_as_charte_does() {
    if Command::new("node").arg("--version").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "the search script's test cannot run under CI without node");
        eprintln!("skipped: node is missing");
        return;
    }
    let text = "Publications publicité PUBLICITÉS réseaux réseau journaux médias hashtags modérée modérer \
        Œuvre cœur æther straße l’image d'un e-réputation RT 10 h 30 ΟΔΟΣ İstanbul naïve Noël ça \
        commentaires passés jeux eaux mais les de la vous 1er 2ᵉ n° № ½ ٣";
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/search.js");
    let program = format!(
        "import {{ stems, shardOf }} from {:?}; const s = stems(process.argv[1]); \
         console.log(JSON.stringify([s, s.map((w) => shardOf(w, 97))]));",
        format!("file://{}", script.display())
    );
    let out = Command::new("node").args(["--input-type=module", "-e", &program, text]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (js_stems, js_shards): (Vec<String>, Vec<u32>) = serde_json::from_slice(&out.stdout).unwrap();
    let stems = words::stems(text);
    assert_eq!(js_stems, stems);
    assert_eq!(js_shards, stems.iter().map(|s| words::shard_of(s, 97)).collect::<Vec<_>>());
}
