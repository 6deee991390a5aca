//! Correct French in every page: typography in every text node of the example site (and none in
//! code, addresses, times, attributes, or words in another language), texts that agree with the
//! organisation's name, and breadcrumbs that never show a folder's raw name.

mod common;

use charte::schema::date::MONTHS;
use common::{copy_tree, select, texts, Site};
use scraper::{Html, Node};
use serde_json::Value;

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// The example site, built.
fn example() -> Site {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), &dir.path().join("content"));
    let site = Site { dir };
    let out = site.charte(&["build", "--today", "2026-11-23"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    site
}

fn pages(site: &Site) -> Vec<(String, Html)> {
    walkdir::WalkDir::new(site.public())
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let name = e.path().strip_prefix(site.public()).unwrap().display().to_string();
            (name, Html::parse_document(&std::fs::read_to_string(e.path()).unwrap()))
        })
        .collect()
}

/// The text nodes French typography applies to: not in code, not in another language.
fn french_texts(html: &Html) -> Vec<String> {
    let mut out = Vec::new();
    for node in html.tree.nodes() {
        let Node::Text(text) = node.value() else { continue };
        let excluded = node.ancestors().any(|a| match a.value() {
            Node::Element(e) => {
                ["code", "pre", "kbd", "samp", "script", "style"].contains(&e.name())
                    || e.attr("lang").is_some_and(|l| !l.starts_with("fr"))
            }
            _ => false,
        });
        if excluded {
            continue;
        }
        // A parser that runs scripts reads what `noscript` holds as one text: read it as HTML.
        let in_noscript =
            node.parent().is_some_and(|p| matches!(p.value(), Node::Element(e) if e.name() == "noscript"));
        if in_noscript {
            out.extend(french_texts(&Html::parse_fragment(text)));
        } else {
            out.push(text.to_string());
        }
    }
    out
}

fn is_address(word: &str) -> bool {
    word.contains("://") || word.contains('@') || word.starts_with("www.")
}

/// What breaks French typography in one text node.
fn faults(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let word_before = before.is_some_and(|b| b.is_alphanumeric());
        let context = || chars[i.saturating_sub(15)..(i + 15).min(chars.len())].iter().collect::<String>();
        match c {
            '\'' | '"' => found.push(format!("straight quote in {:?}", context())),
            ';' | '!' | '?' if before.is_some_and(|b| b.is_whitespace() && b != NNBSP) => {
                found.push(format!("breakable space before {c} in {:?}", context()))
            }
            ';' | '!' | '?' if word_before && after.is_none_or(char::is_whitespace) => {
                found.push(format!("no space before {c} in {:?}", context()))
            }
            ':' if before.is_some_and(|b| b.is_whitespace() && b != NBSP) => {
                found.push(format!("breakable space before : in {:?}", context()))
            }
            ':' if word_before && after.is_none_or(char::is_whitespace) => {
                found.push(format!("no space before : in {:?}", context()))
            }
            '«' if after != Some(NBSP) && after.is_some() => {
                found.push(format!("no no-break space after « in {:?}", context()))
            }
            '»' if before != Some(NBSP) && before.is_some() => {
                found.push(format!("no no-break space before » in {:?}", context()))
            }
            _ => {}
        }
    }
    // Words that belong together, separated by a space a line may break at.
    let words: Vec<&str> = text.split([' ', '\n', '\t']).filter(|w| !w.is_empty()).collect();
    for pair in words.windows(2) {
        // The words a no-break space already holds to their neighbours.
        let a = pair[0].rsplit([NBSP, NNBSP]).next().unwrap_or("");
        let b = pair[1].split([NBSP, NNBSP]).next().unwrap_or("").trim_end_matches([',', '.', ';', ')']);
        let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == ',');
        let together = (a == "1er" || a.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))) && MONTHS.contains(&b)
            || MONTHS.contains(&a) && b.len() == 4 && number(b)
            || ["n°", "art."].contains(&a) && b.starts_with(|c: char| c.is_ascii_digit())
            || number(a) && ["%", "€", "ans", "mois", "jours", "h"].contains(&b);
        if together && !is_address(a) {
            found.push(format!("`{a} {b}` may be split at the end of a line"));
        }
    }
    found
}

#[test]
fn every_text_of_the_example_site_follows_french_typography() {
    let site = example();
    let mut problems = Vec::new();
    let mut checked = 0;
    for (name, html) in pages(&site) {
        for text in french_texts(&html) {
            checked += 1;
            // An address is written as it is: its words are not French text.
            let prose: String = text.split(' ').filter(|w| !is_address(w)).collect::<Vec<_>>().join(" ");
            problems.extend(faults(&prose).into_iter().map(|f| format!("{name}: {f}")));
        }
    }
    assert!(checked > 1000, "{checked} text nodes");
    assert!(problems.is_empty(), "{} faults:\n{}", problems.len(), problems.join("\n"));
}

/// The checker itself finds what it looks for.
#[test]
fn the_typography_check_finds_each_fault() {
    for bad in [
        "l'État",
        "Pourquoi ?",
        "Pourquoi?",
        "Note : voir",
        "Note: voir",
        "« oui»",
        "le 1er juin\u{a0}2026",
        "le 3\u{a0}juin 2026",
        "n° 97189",
        "art. 6",
        "72,5 %",
    ] {
        assert!(!faults(bad).is_empty(), "{bad}");
    }
    for good in
        ["l’État", "Pourquoi\u{202f}?", "Note\u{a0}: voir", "«\u{a0}oui\u{a0}»", "le 1er\u{a0}juin\u{a0}2026", "10:30"]
    {
        assert!(faults(good).is_empty(), "{good}: {:?}", faults(good));
    }
}

#[test]
fn code_addresses_times_attributes_and_other_languages_are_left_as_written() {
    let site = Site::from_fixture("basic");
    site.write(
        "content/page.md",
        "---\nkind: page\ntitle: \"Exceptions : l'essai\"\n---\n\n\
         Code `a ; b : c'd` et, en bloc :\n\n```\nl'option : oui ; non !\n```\n\n\
         Écrire à <o'neil@example.org> ou voir <https://example.org/a?b=c!d>, et https://example.org/x?y ; \
         de 10:30 à 12:00. [Un lien](https://example.org/ \"Titre : l'info\") et <abbr title=\"Qu'est-ce ?\">QEC</abbr>. \
         Le [community manager!]{lang=en} répond ; le [*tweet* d'hier]{lang=en-GB} aussi.\n",
    );
    let out = site.build();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let raw = std::fs::read_to_string(site.public().join("page/index.html")).unwrap();
    let html = Html::parse_document(&raw);
    // The text is set…
    assert_eq!(texts(&html, "h1"), ["Exceptions\u{a0}: l’essai"]);
    assert!(texts(&html, ".doc-body p")[0].starts_with("Code a ; b : c'd et, en bloc\u{a0}:"));
    // …never its code,
    assert_eq!(texts(&html, ".doc-body code"), ["a ; b : c'd", "l'option : oui ; non !"]);
    // its addresses (links and text alike),
    let hrefs: Vec<&str> = select(&html, ".doc-body a").iter().filter_map(|a| a.value().attr("href")).collect();
    assert_eq!(hrefs, ["mailto:o'neil@example.org", "https://example.org/a?b=c!d", "https://example.org/"]);
    assert_eq!(texts(&html, ".doc-body a")[..2], ["o'neil@example.org", "https://example.org/a?b=c!d"]);
    let body = texts(&html, ".doc-body p")[1].clone();
    assert!(body.contains("https://example.org/x?y\u{202f};"), "{body}");
    // its times,
    assert!(body.contains("de 10:30 à 12:00."), "{body}");
    // its attributes,
    assert_eq!(select(&html, ".doc-body a")[2].value().attr("title"), Some("Titre : l'info"));
    assert_eq!(select(&html, ".doc-body abbr")[0].value().attr("title"), Some("Qu'est-ce ?"));
    // and words in another language, marked as such.
    let english: Vec<(String, String)> = select(&html, ".doc-body span[lang]")
        .iter()
        .map(|s| (s.value().attr("lang").unwrap().to_owned(), common::text(s)))
        .collect();
    assert_eq!(
        english,
        [("en".to_owned(), "community manager!".to_owned()), ("en-GB".to_owned(), "tweet d'hier".to_owned())]
    );
    assert!(body.contains("répond\u{202f}; le"), "{body}");
    assert!(!raw.contains("{lang="), "the marks are not published");
}

#[test]
fn typography_can_be_turned_off() {
    let site = Site::from_fixture("basic");
    let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &yaml.replace("language: fr\n", "language: fr\ntypography: false\n"));
    site.write("content/page.md", "---\nkind: page\ntitle: \"Titre : l'essai\"\n---\n\nTexte ; fin !\n");
    assert!(site.build().status.success());
    let html = site.page("page/index.html");
    assert_eq!(texts(&html, "h1"), ["Titre : l'essai"]);
    assert_eq!(texts(&html, ".doc-body p"), ["Texte ; fin !"]);
}

#[test]
fn glossary_terms_and_aliases_carry_their_language() {
    let site = example();
    let html = site.page("glossaire/index.html");
    let dfn: Vec<String> = select(&html, "dfn[lang=en]").iter().map(common::text).collect();
    assert_eq!(dfn, ["Fan page", "Following"]);
    let aliases: Vec<String> = select(&html, ".aliases span[lang=en]").iter().map(common::text).collect();
    assert!(aliases.contains(&"Like".to_owned()) && aliases.contains(&"Direct Message".to_owned()), "{aliases:?}");
    // "Autre nom" or "Autres noms", never "Aussi appelé(e)(s)".
    let labels = texts(&html, ".aliases");
    assert!(
        labels.iter().all(|l| l.starts_with("Autre nom\u{a0}: ") || l.starts_with("Autres noms\u{a0}: ")),
        "{labels:?}"
    );
    assert!(
        labels.iter().any(|l| l.starts_with("Autres noms")) && labels.iter().any(|l| l.starts_with("Autre nom\u{a0}"))
    );
    // A language code that is not one is refused where it is written.
    let site = Site::from_fixture("basic");
    let glossary = std::fs::read_to_string(site.root().join("content/glossaire.yaml")).unwrap();
    let first_term = glossary.find("  - { term:").expect("a term");
    let line = glossary[..first_term].lines().count() + 2;
    let mut edited = glossary.clone();
    edited.insert_str(first_term, "  - term: \"Hashtag\"\n    lang: \"en gb\"\n    definition: \"Mot-dièse.\"\n");
    site.write("content/glossaire.yaml", &edited);
    let out = site.charte(&["check", "--format", "json", "--today", "2025-06-01"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "invalid-value" && d["message"].as_str().unwrap().contains("code de langue"))
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(found["line"].as_u64(), Some(line as u64));
}

/// A site whose organisation is `name` with `article` (and `gender`), whose moderation charter
/// is the built-in model.
fn site_named(name: &str, article: &str, gender: Option<&str>) -> Site {
    let site = Site::from_fixture("basic");
    let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    let gender = gender.map(|g| format!("\n  gender: {g}")).unwrap_or_default();
    let yaml = yaml.replacen(
        "  name: \"Communauté de communes du Val\"\n  article: \"la\"",
        &format!("  name: \"{name}\"\n  article: \"{article}\"{gender}"),
        1,
    );
    site.write("content/site.yaml", &yaml);
    site.write(
        "content/chartes/moderation.md",
        "---\nextends: \"@etat-moderation\"\nversion: \"1\"\nstatus: draft\naudience: public\n---\n",
    );
    site
}

#[test]
fn the_built_in_models_agree_with_the_organisation() {
    for (name, article, gender, subject, verb, possessive) in [
        ("Syndicat des eaux", "le", None, "Le Syndicat des eaux", "se réserve", "son action"),
        ("Préfecture de la Somme", "la", None, "La Préfecture de la Somme", "se réserve", "son action"),
        (
            "Agence régionale de santé",
            "l'",
            Some("feminine"),
            "L’Agence régionale de santé",
            "se réserve",
            "son action",
        ),
        (
            "Hospices civils de Lyon",
            "les",
            Some("masculine"),
            "Les Hospices civils de Lyon",
            "se réservent",
            "leur action",
        ),
        (
            "Archives départementales",
            "les",
            Some("feminine"),
            "Les Archives départementales",
            "se réservent",
            "leur action",
        ),
    ] {
        let site = site_named(name, article, gender);
        let out = site.build();
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let text = texts(&site.page("chartes/moderation/index.html"), "main").join(" ");
        assert!(text.contains(&format!("{subject} {verb} le droit")), "{name}: {text}");
        assert!(text.contains(&format!("sur {possessive}")), "{name}: {text}");
    }
}

#[test]
fn the_gender_is_asked_for_when_the_article_does_not_give_it() {
    let codes = |site: &Site| -> Vec<(String, String)> {
        let out = site.charte(&["check", "--format", "json", "--today", "2025-06-01"]);
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["code"].as_str().unwrap().to_owned(), d["severity"].as_str().unwrap().to_owned()))
            .collect()
    };
    let has = |site: &Site, code: &str| codes(site).iter().any(|(c, _)| c == code);
    assert!(has(&site_named("Hospices civils", "les", None), "gender-missing"));
    assert!(!has(&site_named("Hospices civils", "les", Some("masculine")), "gender-missing"));
    assert!(!has(&site_named("Mairie", "la", None), "gender-missing"));
    let contradiction = site_named("Mairie", "la", Some("masculine"));
    assert!(codes(&contradiction).contains(&("invalid-value".to_owned(), "error".to_owned())));
}

#[test]
fn breadcrumbs_never_show_a_raw_folder_name() {
    let site = example();
    let mut crumbs = Vec::new();
    for (name, html) in pages(&site) {
        for label in texts(&html, ".breadcrumb li") {
            crumbs.push((name.clone(), label));
        }
    }
    let folders: Vec<String> = std::fs::read_dir(site.root().join("content"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(folders.contains(&"procedures".to_owned()), "{folders:?}");
    for (page, label) in &crumbs {
        for folder in &folders {
            let raw = folder.replace('-', " ");
            let capitalised = raw[..1].to_uppercase() + &raw[1..];
            assert!(
                label != folder && (label != &capitalised || folder == "chartes"),
                "{page}: the breadcrumb shows the folder `{folder}` as `{label}`"
            );
        }
    }
    let labels: Vec<&str> = crumbs.iter().map(|(_, l)| l.as_str()).collect();
    assert!(labels.contains(&"Procédures") && labels.contains(&"Guides des agents"), "{labels:?}");

    // A folder's title, its accents given back, or a notice when charte cannot tell.
    let site = Site::from_fixture("basic");
    site.write("content/qualite/reseaux-sociaux/fiche-a.md", "---\nkind: page\ntitle: A\n---\n\nTexte.\n");
    site.write("content/zorglub/b.md", "---\nkind: page\ntitle: B\n---\n\nTexte.\n");
    site.write("content/titre/c.md", "---\nkind: page\ntitle: C\n---\n\nTexte.\n");
    site.write("content/titre/_index.yaml", "title: \"Fiches de la communication\"\n");
    assert!(site.build().status.success());
    assert_eq!(
        texts(&site.page("qualite/reseaux-sociaux/fiche-a/index.html"), ".breadcrumb li"),
        ["Accueil", "Qualité", "Réseaux sociaux", "A"]
    );
    assert_eq!(
        texts(&site.page("titre/c/index.html"), ".breadcrumb li"),
        ["Accueil", "Fiches de la communication", "C"]
    );
    let out = site.charte(&["check", "--format", "json", "--today", "2025-06-01"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let notices: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "folder-title")
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(notices, ["content/zorglub"]);
    // A title file with a field charte does not know is an error where it is written.
    site.write("content/titre/_index.yaml", "title: \"Fiches\"\ntitel: \"x\"\n");
    let out = site.build();
    assert!(!out.status.success());
    assert!(common::stderr(&out).contains("content/titre/_index.yaml:2:1"), "{}", common::stderr(&out));
}

/// The text of `page`'s `main`, spaces made plain and typographic apostrophes straight, to search
/// for sentences.
fn main_text(site: &Site, page: &str) -> String {
    texts(&site.page(page), "main").join(" ").replace([NBSP, NNBSP], " ").replace('’', "'")
}

#[test]
fn the_example_site_and_the_models_say_what_the_seeds_say() {
    let site = example();
    let guide = main_text(&site, "guides/comptes-personnels/index.html");
    for said in [
        "Modérez vos propos",
        "informations classifiées « secret », le code pénal la punit d'une peine de prison",
        "Relayer les publications de la préfecture",
        "suivre le compte @Prefet00",
        // Right to erasure and delisting exist: the guide does not deny them.
        "article 17 du RGPD",
    ] {
        assert!(guide.contains(said), "the agents' guide lacks {said:?}: {guide}");
    }
    // Private use outside working hours, and the answer on use at work, agree.
    assert!(guide.contains("Pour votre compte personnel, non"), "{guide}");
    let twitter = main_text(&site, "guides/compte-twitter/index.html");
    assert!(!twitter.contains("il n'existe pas de droit à l'oubli"), "{twitter}");
    assert!(twitter.contains("article 17 du RGPD"), "{twitter}");
    // The same person has the same function in the text and in the validation chain.
    assert!(twitter.contains("Yanis Garnier, chef du bureau"), "{twitter}");
    assert!(!twitter.contains("Yanis Garnier, chargé de communication"), "{twitter}");
    let sheet = main_text(&site, "procedures/charte-reseaux-sociaux/index.html");
    assert!(sheet.contains("Engagements du référentiel : module 1"), "{sheet}");
    assert!(sheet.contains("La communication des services avec les médias s'effectue dans le cadre strict"), "{sheet}");
    let headings = texts(&site.page("procedures/charte-reseaux-sociaux/index.html"), "main h2, main h3");
    assert_eq!(
        headings.iter().filter(|h| h.starts_with("Où")).count(),
        1,
        "the accounts are listed once: {headings:?}"
    );

    // The local authorities' model keeps seed 003's whole list and its blank on what the pages
    // also speak of.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let out = common::charte().args(["init", "--template", "collectivite"]).arg(&root).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let agents = std::fs::read_to_string(root.join("content/guides/agents.md")).unwrap();
    assert!(agents.contains("sujets_associes: \"xxxxxx\""), "{agents}");
    let site = Site { dir };
    let out = common::charte().args(["build", "--root"]).arg(&root).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(root.join("public/guides/agents/index.html")).unwrap().replace('’', "'");
    for said in [
        "la pornographie, la pédophilie, le révisionnisme ou le négationnisme",
        "provoquent au suicide",
        "la copie ou la diffusion non autorisée",
        "ou à des fins commerciales",
        "informations qui se rapportent à xxxxxx",
        "Relayer nos publications",
    ] {
        assert!(text.contains(said), "the model lacks {said:?}");
    }
    drop(site);
}
