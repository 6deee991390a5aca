//! Glossary links through the built pages: the first occurrence of each term, alias or
//! abbreviation in a document links to its entry, in French (plurals, accents, case), never
//! inside code, links, headings or other words, and documents and terms can opt out.

mod common;

use common::{assert_success, select, text, Site};

/// The fixture site with a page whose text is `body` (Markdown), built.
fn built_with(body: &str, front: &str) -> Site {
    let site = Site::from_fixture("basic");
    let glossary = std::fs::read_to_string(site.root().join("content/glossaire.yaml")).unwrap();
    site.write(
        "content/glossaire.yaml",
        &format!(
            "{glossary}  - {{ term: \"réseau social\", definition: \"Un réseau.\" }}\n  - {{ term: \"média\", definition: \"Un média.\" }}\n  - {{ term: \"Retweet\", abbr: \"RT\", definition: \"Republier.\" }}\n  - {{ term: \"Caché\", definition: \"Jamais lié.\", link: false }}\n"
        ),
    );
    site.write("content/page.md", &format!("---\nkind: page\ntitle: Page\n{front}---\n{body}\n"));
    assert_success(&site.build());
    site
}

/// The links to the glossary in the page's body: (text, target).
fn links(site: &Site) -> Vec<(String, String)> {
    let html = site.page("page/index.html");
    select(&html, ".doc-body a.glossary-link")
        .iter()
        .map(|a| (text(a), a.value().attr("href").unwrap().to_owned()))
        .collect()
}

#[test]
fn the_first_occurrence_of_each_term_links_to_its_entry_in_french() {
    let site =
        built_with("Les RÉSEAUX SOCIAUX et les médias. Des étiquettes, un Mur, des amis. Encore un réseau social.", "");
    assert_eq!(
        links(&site),
        [
            ("RÉSEAUX SOCIAUX".to_owned(), "../glossaire/#reseau-social".to_owned()),
            ("médias".to_owned(), "../glossaire/#media".to_owned()),
            ("étiquettes".to_owned(), "../glossaire/#etiquette".to_owned()),
            ("Mur".to_owned(), "../glossaire/#mur".to_owned()),
            ("amis".to_owned(), "../glossaire/#ami".to_owned()),
        ],
        "the second « réseau social » is not linked"
    );
    // The targets exist on the glossary page.
    let glossary = site.page("glossaire/index.html");
    for id in ["reseau-social", "media", "etiquette", "mur", "ami"] {
        assert_eq!(select(&glossary, &format!("[id='{id}']")).len(), 1, "{id}");
    }
}

#[test]
fn aliases_and_abbreviations_link_and_an_abbreviation_keeps_its_case() {
    let site = built_with("Un mot-dièse. Un rt n'est pas un RT. Un DM.", "");
    assert_eq!(
        links(&site),
        [
            ("mot-dièse".to_owned(), "../glossaire/#etiquette".to_owned()),
            ("RT".to_owned(), "../glossaire/#retweet".to_owned()),
            ("DM".to_owned(), "../glossaire/#message-direct".to_owned()),
        ]
    );
    let html = site.page("page/index.html");
    let abbr = select(&html, "a.glossary-link abbr");
    assert_eq!(abbr.len(), 2);
    assert_eq!(abbr[0].value().attr("title"), Some("Retweet"));
}

#[test]
fn nothing_is_linked_in_code_links_headings_or_inside_words() {
    let site = built_with(
        "## Le mur\n\nMurat, muraille, `mur`, [un mur](https://exemple.fr/), <abbr title=\"x\">mur</abbr>, « Caché ».\n\n```\nmur\n```\n\nEnfin le mur.",
        "",
    );
    assert_eq!(links(&site), [("mur".to_owned(), "../glossaire/#mur".to_owned())]);
    let html = site.page("page/index.html");
    assert!(text(&select(&html, ".doc-body p").last().unwrap().clone()).starts_with("Enfin le mur"));
    // A glossary's own page links nothing.
    assert!(select(&site.page("glossaire/index.html"), "a.glossary-link").is_empty());
}

#[test]
fn a_document_can_opt_out() {
    let site = built_with("Un mur et des amis.", "glossary_links: false\n");
    assert!(links(&site).is_empty());
}

#[test]
fn a_term_in_two_glossaries_or_an_alias_that_is_a_term_is_a_located_warning() {
    let site = Site::from_fixture("basic");
    site.write(
        "content/lexique.yaml",
        "kind: glossary\ntitle: Lexique\nstatus: review\naudience: public\nterms:\n  - { term: \"mur\", definition: \"Encore.\" }\n  - { term: \"Tag\", definition: \"Un tag.\" }\n",
    );
    let out = site.charte(&["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "glossary-conflict")
        .map(|d| format!("{}:{}:{}", d["file"].as_str().unwrap(), d["line"], d["column"]))
        .collect();
    // `mur` repeats the first glossary's *Mur* (content/glossaire.yaml comes first); the first
    // glossary's alias `tag` is the second one's term.
    assert_eq!(found, ["content/lexique.yaml:6:13", "content/glossaire.yaml:7:77"], "{report:#}");
    // Links lead to the first definition, and to the term rather than the alias.
    site.write("content/page.md", "---\nkind: page\ntitle: Page\n---\nUn mur, un tag.\n");
    assert_success(&site.build());
    let html = site.page("page/index.html");
    let targets: Vec<&str> = select(&html, "a.glossary-link").iter().map(|a| a.value().attr("href").unwrap()).collect();
    assert_eq!(targets, ["../glossaire/#mur", "../lexique/#tag"]);
}
