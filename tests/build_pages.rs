//! `charte build` on a fixture site with every document kind: the structure of each page.

mod common;

use common::{assert_success, select, text, texts, Site};

/// Every page the fixture site produces.
const PAGES: [&str; 7] = [
    "index.html",
    "404.html",
    "chartes/moderation/index.html",
    "guides/agents/index.html",
    "glossaire/index.html",
    "fiche/index.html",
    "mentions/index.html",
];

fn built() -> Site {
    let site = Site::from_fixture("basic");
    assert_success(&site.build());
    site
}

#[test]
fn every_kind_is_published_at_its_address() {
    let site = built();
    for page in PAGES {
        assert!(site.public().join(page).is_file(), "{page} missing");
    }
    assert!(site.public().join("static/style.css").is_file(), "theme static files are copied");
    assert_eq!(std::fs::read(site.public().join("logo.png")).unwrap(), b"PNG", "content assets are copied");
    assert!(site.public().join(".charte-output").is_file(), "the output folder is marked");
}

#[test]
fn pages_declare_their_language_have_one_h1_and_ordered_headings() {
    let site = built();
    for page in PAGES {
        let html = site.page(page);
        let lang = select(&html, "html")[0].value().attr("lang").map(str::to_owned);
        assert_eq!(lang.as_deref(), Some("fr"), "{page}");
        assert_eq!(select(&html, "h1").len(), 1, "{page}: one h1");
        assert_eq!(select(&html, "a.skip-link[href='#contenu']").len(), 1, "{page}: skip link");
        assert_eq!(select(&html, "main#contenu").len(), 1, "{page}: main landmark");
        let mut previous = 1;
        for h in select(&html, "h1, h2, h3, h4, h5, h6") {
            let level: u8 = h.value().name()[1..].parse().unwrap();
            assert!(level <= previous + 1, "{page}: heading {} jumps from h{previous} to h{level}", text(&h));
            previous = level;
        }
    }
}

#[test]
fn moderation_rules_have_stable_anchors_and_self_links() {
    let site = built();
    let html = site.page("chartes/moderation/index.html");
    let rules = select(&html, "li.rule");
    assert_eq!(rules.iter().map(|r| r.value().id().unwrap()).collect::<Vec<_>>(), ["publicite", "respect"]);
    assert_eq!(select(&html, "#publicite a[href='#publicite']").len(), 1, "visible self-link");
    assert!(texts(&html, "#publicite h3")[0].contains("1. Pas de publicité"));
    assert_eq!(texts(&html, "#respect .rule-body em"), ["injurieux"], "Markdown in rule bodies");
    let contact = select(&html, "a[href='mailto:image@example.org']");
    assert!(!contact.is_empty(), "the image-rights contact from site.yaml is shown");
}

#[test]
fn raw_html_and_script_links_are_sanitised() {
    let site = built();
    let raw = std::fs::read_to_string(site.public().join("chartes/moderation/index.html")).unwrap();
    // The one script element is the document's JSON-LD, a data block that never runs.
    assert_eq!(raw.matches("<script").count(), 1, "script removed");
    assert!(raw.contains("<script type=\"application/ld+json\">{"));
    assert!(!raw.contains("alert"), "script removed");
    assert!(!raw.contains("onmouseover"), "event handler removed");
    assert!(!raw.contains("javascript:"), "javascript: link removed");
    assert!(raw.contains("<em>souligné</em>"), "harmless HTML kept");
}

#[test]
fn status_in_words_and_project_notice() {
    let site = built();
    let moderation = site.page("chartes/moderation/index.html");
    assert!(texts(&moderation, ".doc-meta .status")[0].contains("Validé"));
    assert!(select(&moderation, ".notice-project").is_empty());
    assert!(
        texts(&moderation, ".doc-meta").join(" ").contains("le 20\u{a0}janvier\u{a0}2025"),
        "in force since the validation date"
    );

    let guide = site.page("guides/agents/index.html");
    assert!(texts(&guide, ".doc-meta .status")[0].contains("Projet (brouillon)"));
    assert_eq!(select(&guide, ".notice-project").len(), 1, "a draft says it is a project");
    assert!(texts(&guide, ".doc-meta").join(" ").contains("pas en vigueur"));

    let glossary = site.page("glossaire/index.html");
    assert!(texts(&glossary, ".doc-meta .status")[0].contains("Projet (en relecture)"));
}

#[test]
fn usage_guide_has_its_faq_and_a_table_of_contents() {
    let site = built();
    let html = site.page("guides/agents/index.html");
    assert_eq!(
        texts(&html, "section.faq h3"),
        ["Puis-je publier une photo prise au travail\u{202f}?", "Que risque-t-on\u{202f}?"]
    );
    assert_eq!(texts(&html, "section.faq .faq-answer strong"), ["écrit"]);
    assert_eq!(texts(&html, "section.rules > h2"), ["Consignes"]);
    let toc = texts(&html, "nav.toc details > ol > li > a");
    assert_eq!(
        toc,
        [
            "Introduction",
            "Comptes personnels",
            "Sécurité",
            "Consignes",
            "Questions fréquentes",
            "À propos de ce document"
        ]
    );
    for link in select(&html, "nav.toc a") {
        let target = &link.value().attr("href").unwrap()[1..];
        assert_eq!(select(&html, &format!("[id='{target}']")).len(), 1, "toc target #{target} exists once");
    }
}

#[test]
fn glossary_is_grouped_and_sorted_in_french_order() {
    let site = built();
    let html = site.page("glossaire/index.html");
    assert_eq!(texts(&html, "section.term-group > h2"), ["Général", "Facebook"]);
    let groups = select(&html, "section.term-group");
    let terms =
        |i: usize| groups[i].select(&scraper::Selector::parse("dt dfn").unwrap()).map(|e| text(&e)).collect::<Vec<_>>();
    assert_eq!(terms(0), ["abonné", "Émoticône", "Étiquette", "Zèbre"]);
    assert_eq!(terms(1), ["Ami", "Message direct", "Mur"]);
    assert_eq!(select(&html, "#etiquette .aliases").len(), 1, "terms have anchors and aliases");
    assert!(texts(&html, "#etiquette .aliases")[0].contains("tag, mot-dièse"));
    assert_eq!(texts(&html, "#message-direct abbr"), ["DM"]);
}

#[test]
fn procedure_sheet_quotes_engagements_and_ends_with_its_cartouche() {
    let site = built();
    let html = site.page("fiche/index.html");
    let engagements = texts(&html, "section.engagements li");
    assert_eq!(engagements.len(), 2);
    assert!(engagements[0].starts_with("Engagement 19.1 Nous assurons une publication régulière"));
    assert!(engagements[1].contains("au moins une fois par an"));
    let rows: Vec<(String, String)> =
        select(&html, ".cartouche-table tr").iter().map(|tr| (texts_in(tr, "th"), texts_in(tr, "td"))).collect();
    let cell = |label: &str| {
        rows.iter()
            .find(|(th, _)| th == label)
            .map(|(_, td)| td.clone())
            .unwrap_or_else(|| panic!("no row {label}: {rows:?}"))
    };
    assert_eq!(cell("Référence"), "QP-COM-01");
    assert_eq!(cell("Version"), "1.1");
    assert_eq!(cell("Direction / service"), "Communication");
    assert_eq!(cell("Diffusion"), "Agents du service\u{202f}; Cabinet");
    assert_eq!(cell("Support d’enregistrement"), "Réseau partagé");
    assert_eq!(cell("Rédaction"), "Alice Durand, Chargée de communication, le 1er\u{a0}février\u{a0}2025");
    assert_eq!(
        cell("Vérification par le référent qualité"),
        "Chloé Vidal, Référente qualité, le 3\u{a0}février\u{a0}2025"
    );
    assert_eq!(cell("Validation"), "Bruno Caron, Directeur général des services, le 5\u{a0}février\u{a0}2025");
    let sections = select(&html, "article > section, article > div");
    assert!(sections.last().unwrap().value().classes().any(|c| c == "cartouche"), "the cartouche comes last");
}

fn texts_in(element: &scraper::ElementRef, css: &str) -> String {
    element.select(&scraper::Selector::parse(css).unwrap()).map(|e| text(&e)).collect::<Vec<_>>().join(" ")
}

#[test]
fn home_lists_accounts_and_documents_public_first_and_contacts_once() {
    let site = built();
    let html = site.page("index.html");
    assert_eq!(texts(&html, "section.doc-group > h2"), ["Documents publics", "Documents internes (agents)"]);
    let public = select(&html, "section.doc-group")[0]
        .select(&scraper::Selector::parse("h3 a").unwrap())
        .map(|a| text(&a))
        .collect::<Vec<_>>();
    assert!(public.contains(&"Charte de modération".to_owned()) && !public.contains(&"Guide des agents".to_owned()));
    assert_eq!(select(&html, "a[href='https://www.facebook.com/ccval']").len(), 1);
    // The contacts are in the footer of every page, and only there.
    assert_eq!(select(&html, "a[href='mailto:com@example.org']").len(), 1);
    assert_eq!(select(&html, "footer a[href='mailto:com@example.org']").len(), 1);
    let link = select(&html, "section.doc-group a")[0].value().attr("href").unwrap().to_owned();
    assert!(!link.starts_with('/'), "links are relative so the site works under any path: {link}");
}

/// The titles of the public documents on the home page, in order.
fn public_cards(site: &Site) -> Vec<String> {
    let html = site.page("index.html");
    select(&html, "#documents-publics ~ ul h3 a").iter().map(text).collect()
}

#[test]
fn home_lists_documents_by_kind_for_citizens_and_weight_changes_the_order() {
    let site = Site::from_fixture("basic");
    // A page whose title comes first in alphabetical order still comes after the charter.
    site.write(
        "content/aide.md",
        "---\nkind: page\ntitle: \"Aide à la lecture\"\nstatus: review\naudience: public\n---\nTexte.\n",
    );
    assert_success(&site.build());
    assert_eq!(public_cards(&site), ["Charte de modération", "Glossaire", "Aide à la lecture", "Mentions légales"]);
    // `weight` moves a document: smaller first, 0 by default.
    let mentions = std::fs::read_to_string(site.root().join("content/mentions.md")).unwrap();
    site.write("content/mentions.md", &mentions.replacen("kind: page", "kind: page\nweight: -1", 1));
    assert_success(&site.build());
    assert_eq!(public_cards(&site), ["Mentions légales", "Charte de modération", "Glossaire", "Aide à la lecture"]);
    // A weight that is not a whole number is an error at its place.
    site.write("content/mentions.md", &mentions.replacen("kind: page", "kind: page\nweight: premier", 1));
    let output = site.build();
    assert_eq!(output.status.code(), Some(1));
    assert!(common::stderr(&output).contains("content/mentions.md:3:9"), "{}", common::stderr(&output));
}

#[test]
fn home_cards_say_the_review_state_in_words() {
    let site = Site::from_fixture("basic");
    assert_success(&site.charte(&["build", "--today", "2026-11-23"]));
    let html = site.page("index.html");
    let card = |title: &str| {
        select(&html, "li.doc-card")
            .into_iter()
            .find(|c| texts_in(c, "h3") == title)
            .map(|c| texts_in(&c, ".doc-card-review"))
            .unwrap_or_else(|| panic!("no card {title}"))
    };
    // Reviewed on 20 January 2025 every 12 months: late since 20 January 2026.
    assert_eq!(card("Charte de modération"), "⚠ Revue\u{a0}: en retard depuis le 20\u{a0}janvier\u{a0}2026");
    assert_success(&site.charte(&["build", "--today", "2025-06-01"]));
    let html = site.page("index.html");
    let review = select(&html, "li.doc-card").into_iter().map(|c| texts_in(&c, ".doc-card-review")).next().unwrap();
    assert_eq!(review, "✔ Revue\u{a0}: à jour jusqu’au 20\u{a0}janvier\u{a0}2026");
    assert_success(&site.charte(&["build", "--today", "2026-01-01"]));
    let html = site.page("index.html");
    let review = select(&html, "li.doc-card").into_iter().map(|c| texts_in(&c, ".doc-card-review")).next().unwrap();
    assert_eq!(review, "◔ Revue\u{a0}: à revoir bientôt, avant le 20\u{a0}janvier\u{a0}2026");
}

#[test]
fn the_navigation_reaches_the_charter_and_the_glossary_and_marks_only_the_current_page() {
    let site = built();
    let nav = |page: &str| texts(&site.page(page), "nav.site-nav a");
    assert_eq!(
        nav("index.html"),
        ["Accueil", "Charte de modération", "Glossaire", "Registre", "Engagements Qual-e-pref"]
    );
    let current = |page: &str| texts(&site.page(page), "nav.site-nav a[aria-current=page]");
    assert_eq!(current("chartes/moderation/index.html"), ["Charte de modération"]);
    assert_eq!(current("index.html"), ["Accueil"]);
    assert!(current("404.html").is_empty(), "the page not found is none of the navigation's");
    // A public build does not lead with the engagements.
    assert_success(&site.charte(&["build", "--audience", "public"]));
    assert_eq!(nav("index.html"), ["Accueil", "Charte de modération", "Glossaire", "Engagements Qual-e-pref"]);
    // The site title is the home page's heading, not repeated in the header.
    let home = site.page("index.html");
    let title = texts(&home, "h1").remove(0);
    let body = select(&home, "body").iter().map(text).collect::<String>();
    assert_eq!(body.matches(title.as_str()).count(), 1, "{body}");
}

#[test]
fn review_deadline_follows_today() {
    let site = Site::from_fixture("basic");
    assert_success(&site.charte(&["build", "--today", "2025-06-01"]));
    let html = site.page("chartes/moderation/index.html");
    assert!(texts(&html, ".review")[0].contains("à jour"));
    assert!(texts(&html, ".doc-meta").join(" ").contains("20\u{a0}janvier\u{a0}2026"));
    assert_success(&site.charte(&["build", "--today", "2026-02-01"]));
    let html = site.page("chartes/moderation/index.html");
    assert!(texts(&html, ".review")[0].contains("en retard"));
}

#[test]
fn theme_files_are_overridden_one_by_one() {
    let site = Site::from_fixture("basic");
    site.write("templates/404.html", "{% extends \"base.html\" %}{% block content %}<h1>Perdu</h1>{% endblock %}");
    site.write("static/extra.css", "body{}");
    assert_success(&site.build());
    assert_eq!(texts(&site.page("404.html"), "h1"), ["Perdu"]);
    assert_eq!(
        texts(&site.page("index.html"), "h2")[0],
        "Documents publics",
        "other templates stay the default theme's"
    );
    assert!(site.public().join("static/extra.css").is_file());
    assert!(site.public().join("static/style.css").is_file());
}

#[test]
fn a_template_error_names_the_template_file_and_line() {
    let site = Site::from_fixture("basic");
    site.write(
        "templates/index.html",
        "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ site.title </h1>\n{% endblock %}\n",
    );
    let out = site.build();
    assert_eq!(out.status.code(), Some(1));
    let err = common::stderr(&out);
    assert!(err.contains("templates/index.html:3:"), "{err}");
}

#[test]
fn a_site_referential_and_yaml_bodies_and_heading_anchors() {
    let site = Site::from_fixture("basic");
    site.write("content/referentiel.yaml", "engagements:\n  - { number: \"2.1\", text: \"Nous vous accueillons.\" }\n");
    site.write(
        "content/accueil.yaml",
        "kind: page\ntitle: Accueil du public\nengagements: [\"2.1\"]\nbody: |\n  ## Horaires {#heures}\n\n  Du lundi au vendredi.\n",
    );
    assert_success(&site.build());
    let html = site.page("accueil/index.html");
    assert_eq!(texts(&html, "section.engagements li"), ["Engagement 2.1 Nous vous accueillons."]);
    assert_eq!(texts(&html, "h2#heures"), ["Horaires"]);
}

#[test]
fn a_named_theme_overrides_the_default_and_the_site_templates_override_it() {
    let site = Site::from_fixture("basic");
    let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &format!("{yaml}theme: sobre\n"));
    site.write(
        "themes/sobre/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Sobre</h1>{% endblock %}",
    );
    site.write("themes/sobre/static/sobre.css", "body{}");
    assert_success(&site.build());
    assert_eq!(texts(&site.page("404.html"), "h1"), ["Sobre"]);
    assert!(site.public().join("static/sobre.css").is_file());
    site.write("templates/404.html", "{% extends \"base.html\" %}{% block content %}<h1>Site</h1>{% endblock %}");
    assert_success(&site.build());
    assert_eq!(texts(&site.page("404.html"), "h1"), ["Site"]);
}

/// The citizen comes for the rules: after the title, one line on the version in force, the
/// introduction under its own heading, then the rules; how to contest a decision and where the
/// charter applies; the engagements and what is known of the document after the text.
#[test]
fn a_moderation_charter_puts_the_rules_first_and_says_where_it_applies_and_how_to_contest() {
    let site = built();
    let html = site.page("chartes/moderation/index.html");
    assert_eq!(
        texts(&html, "article > section > h2, article > h2"),
        [
            "Présentation",
            "Règles",
            "Droit à l’image",
            "Contester une décision de modération",
            "Où s’applique cette charte\u{202f}?",
            "À propos de ce document",
            "Historique des versions"
        ]
    );
    assert_eq!(
        texts(&html, ".doc-header .doc-in-force"),
        ["En vigueur depuis le 20\u{a0}janvier\u{a0}2025 — version 2.0"]
    );
    assert!(select(&html, ".doc-header .doc-meta").is_empty(), "the validation chain is not in the header");
    assert_eq!(select(&html, "section.about .doc-meta").len(), 1);
    // The table of contents is an ordered list: the rules' titles carry no number of their own.
    assert_eq!(texts(&html, "nav.toc li li a"), ["Pas de publicité", "Respect"]);
    assert_eq!(select(&html, "section.contest a[href='mailto:com@example.org']").len(), 1);
    assert_eq!(texts(&html, "section.accounts-governed li a"), ["Facebook\u{a0}: ccval"]);
    // The procedure sheet lists the accounts too ("Où ?").
    let sheet = site.page("fiche/index.html");
    assert_eq!(texts(&sheet, "section.accounts-governed h2"), ["Où\u{202f}?"]);
}

/// A charter that says itself how to have a photograph removed does not get a second section.
#[test]
fn the_right_to_one_s_image_is_added_only_when_the_charter_does_not_say_it() {
    let site = Site::from_fixture("basic");
    let path = site.root().join("content/chartes/moderation.md");
    let text = std::fs::read_to_string(&path).unwrap();
    site.write("content/chartes/moderation.md", &format!("{text}\n## Droit à l'image\n\nÉcrivez-nous.\n"));
    assert_success(&site.build());
    let html = site.page("chartes/moderation/index.html");
    let headings = texts(&html, "h2");
    assert_eq!(headings.iter().filter(|h| h.contains("Droit à l’image")).count(), 1, "{headings:?}");
    assert!(select(&html, "section.image-rights").is_empty());
    // With no such heading, the section is there (the fixture as it is).
    let html = built().page("chartes/moderation/index.html");
    assert_eq!(select(&html, "section.image-rights").len(), 1);
}
