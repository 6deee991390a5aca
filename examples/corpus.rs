//! A deterministic benchmark corpus: N documents of every kind in realistic proportions, with
//! Markdown bodies of 6 to 8 KB (headings, lists, links between documents and to rules), a
//! glossary of 200 terms used across the texts, histories of several versions, and engagements.
//! With `--hugo DIR`, the same pages as a Hugo site (same Markdown bodies, minimal templates).
//!
//! cargo run --release --example corpus -- --docs 1000 --out /tmp/corpus [--hugo /tmp/corpus-hugo]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// A small deterministic generator (a linear congruential one): the corpus is the same on
/// every machine.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "la",
    "publication",
    "des",
    "informations",
    "sur",
    "les",
    "réseaux",
    "sociaux",
    "doit",
    "respecter",
    "ligne",
    "éditoriale",
    "du",
    "service",
    "communication",
    "agents",
    "comptes",
    "modération",
    "commentaires",
    "usagers",
    "préfecture",
    "crise",
    "alerte",
    "population",
    "conseils",
    "pratiques",
    "campagnes",
    "nationales",
    "relais",
    "gouvernement",
    "droit",
    "image",
    "photographie",
    "retrait",
    "courriel",
    "délai",
    "réserve",
    "discrétion",
    "professionnelle",
    "secret",
    "confidentialité",
    "sécurité",
    "paramètres",
    "compte",
    "personnel",
    "officiel",
    "institution",
    "qualité",
    "revue",
    "annuelle",
    "stratégie",
    "engagement",
    "référentiel",
];

const KINDS: &[(&str, usize)] = &[("moderation", 15), ("usage", 25), ("procedure", 25), ("page", 35)];

struct Options {
    docs: usize,
    out: PathBuf,
    hugo: Option<PathBuf>,
}

fn options() -> Options {
    let mut args = std::env::args().skip(1);
    let mut options = Options { docs: 1000, out: PathBuf::from("corpus"), hugo: None };
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--docs" => options.docs = value.parse().expect("--docs N"),
            "--out" => options.out = PathBuf::from(value),
            "--hugo" => options.hugo = Some(PathBuf::from(value)),
            other => panic!("unknown option {other}"),
        }
    }
    options
}

fn sentence(rng: &mut Random, terms: &[String], slugs: &[String]) -> String {
    let mut s = String::new();
    let len = 12 + rng.below(14);
    for i in 0..len {
        if i > 0 {
            s.push(' ');
        }
        match rng.below(40) {
            0 if !terms.is_empty() => {
                let t = &terms[rng.below(terms.len())];
                let _ = write!(s, "[{t}](../../glossaire/#{})", slugify(t));
            }
            // A term written plainly, which charte links to the glossary itself.
            3 if !terms.is_empty() => s.push_str(&terms[rng.below(terms.len())].to_lowercase()),
            1 if !slugs.is_empty() => {
                let slug = &slugs[rng.below(slugs.len())];
                let _ = write!(s, "[voir la règle](../../{slug}/#regle-1)");
            }
            2 => {
                let _ = write!(s, "**{}**", rng.pick(WORDS));
            }
            _ => s.push_str(rng.pick(WORDS)),
        }
    }
    s.push('.');
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The anchor charte gives a glossary term.
fn slugify(text: &str) -> String {
    charte::model::slug::slugify(text)
}

/// A Markdown body of 6 to 8 KB: blocks are added, and paragraphs and lists grow sentence by
/// sentence, until a length drawn between 6 000 and 7 800 bytes is reached (a sentence is
/// shorter than 200 bytes).
fn body(rng: &mut Random, terms: &[String], slugs: &[String]) -> String {
    let target = 6000 + rng.below(1800);
    let mut out = String::with_capacity(target + 512);
    let mut section = 1;
    while out.len() < target {
        let _ = writeln!(out, "## Section {section} : {} {}\n", rng.pick(WORDS), rng.pick(WORDS));
        for _ in 0..2 + rng.below(3) {
            let n = 3 + rng.below(4);
            let mut paragraph = Vec::new();
            while paragraph.len() < n && out.len() + paragraph.iter().map(String::len).sum::<usize>() < target {
                paragraph.push(sentence(rng, terms, slugs));
            }
            if !paragraph.is_empty() {
                let _ = writeln!(out, "{}\n", paragraph.join(" "));
            }
        }
        if rng.below(2) == 0 && out.len() < target {
            for _ in 0..3 + rng.below(4) {
                if out.len() >= target {
                    break;
                }
                let _ = writeln!(out, "- {}", sentence(rng, terms, slugs));
            }
            out.push('\n');
        }
        if rng.below(3) == 0 && out.len() < target {
            let _ = writeln!(out, "### Précisions\n\n{}\n", sentence(rng, terms, slugs));
        }
        section += 1;
    }
    out
}

fn yaml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn main() {
    let options = options();
    let mut rng = Random(20261122);
    let terms: Vec<String> = (0..200).map(|i| format!("Terme {i} {}", WORDS[i % WORDS.len()])).collect();
    let content = options.out.join("content");
    if options.out.exists() {
        fs::remove_dir_all(&options.out).expect("remove the previous corpus");
    }
    fs::create_dir_all(&content).unwrap();
    fs::write(
        content.join("site.yaml"),
        "organisation: { name: \"Préfecture de l'Exemple\", article: la, territory: \"dans l'Exemple\" }\n\
         base_url: \"https://www.exemple.gouv.fr\"\n\
         contacts: { community_manager: \"communication@exemple.gouv.fr\", image_rights: \"image@exemple.gouv.fr\" }\n",
    )
    .unwrap();

    // The glossary: one document, 200 terms in three groups.
    let mut glossary = String::from(
        "---\nkind: glossary\ntitle: \"Glossaire\"\nstatus: validated\naudience: public\nversion: \"1.0\"\n",
    );
    glossary.push_str(
        "approval:\n  validated_by: { name: \"Camille Martin\", role: \"Directrice de cabinet\", date: 2025-01-10 }\n",
    );
    glossary.push_str("review: { last: 2026-01-10 }\nhistory:\n  - { version: \"1.0\", date: 2025-01-10, changes: \"Première version.\" }\nterms:\n");
    for (i, term) in terms.iter().enumerate() {
        let group = ["Général", "Facebook", "Twitter"][i % 3];
        let _ = writeln!(
            glossary,
            "  - {{ term: {}, group: {group}, definition: {} }}",
            yaml_string(term),
            yaml_string(&sentence(&mut rng, std::slice::from_ref(term), &[]))
        );
    }
    glossary.push_str("---\n");
    fs::write(content.join("glossaire.md"), &glossary).unwrap();

    let total: usize = KINDS.iter().map(|(_, w)| w).sum();
    let mut written: Vec<(String, String, String)> = Vec::new(); // (slug, title, body)
    let mut rule_slugs: Vec<String> = Vec::new();
    for i in 0..options.docs.saturating_sub(1) {
        let mut roll = rng.below(total);
        let kind = KINDS
            .iter()
            .find(|(_, w)| {
                if roll < *w {
                    true
                } else {
                    roll -= w;
                    false
                }
            })
            .unwrap()
            .0;
        let folder = match kind {
            "moderation" => "chartes",
            "usage" => "guides",
            "procedure" => "procedures",
            _ => "pages",
        };
        let slug = format!("{folder}/{kind}-{i}");
        let title = format!(
            "{} {i} : {} {}",
            match kind {
                "moderation" => "Charte de modération",
                "usage" => "Guide des agents",
                "procedure" => "Fiche de procédure",
                _ => "Page",
            },
            rng.pick(WORDS),
            rng.pick(WORDS)
        );
        let text = body(&mut rng, &terms, &rule_slugs);
        // One document in five has the text of its previous version beside it.
        let earlier = i % 5 == 0;
        let versions = if earlier { 2 + rng.below(3) } else { 1 + rng.below(4) };
        let audience = if rng.below(2) == 0 { "public" } else { "internal" };
        let mut fm = format!(
            "---\nkind: {kind}\ntitle: {}\nstatus: validated\naudience: {}\nversion: \"{versions}.0\"\n",
            yaml_string(&title),
            audience
        );
        let year = 2025 - versions as i32;
        let _ = writeln!(fm, "approval:\n  drafted_by: {{ name: \"Sacha Petit\", role: \"Chargé de communication\", date: 2025-0{}-0{} }}", 1 + rng.below(3), 1 + rng.below(9));
        fm.push_str("  verified_by: { name: \"Dominique Leroy\", role: \"Référent qualité\", date: 2025-04-10 }\n");
        fm.push_str(
            "  validated_by: { name: \"Camille Martin\", role: \"Directrice de cabinet\", date: 2025-04-20 }\n",
        );
        let _ = writeln!(fm, "review: {{ last: 2026-0{}-15 }}", 1 + rng.below(9));
        fm.push_str("history:\n");
        for v in (1..=versions).rev() {
            let date = if v == versions { "2025-04-20".to_owned() } else { format!("{}-06-01", year + v as i32) };
            let _ = writeln!(
                fm,
                "  - {{ version: \"{v}.0\", date: {date}, changes: {} }}",
                yaml_string(&sentence(&mut rng, &[], &[]))
            );
        }
        // One moderation charter in three is made from the built-in model, pinned to its
        // version 2.0: it builds that text, and `check` and the register say that 2.1 is out.
        if kind == "moderation" && i % 3 == 0 {
            fm.push_str("extends: \"@etat-moderation@2.0\"\n");
        }
        let engagement = ["19.1", "20.2", "20.3"][rng.below(3)];
        let _ = writeln!(fm, "engagements: [\"{engagement}\"]");
        if kind == "procedure" {
            fm.push_str("reference: \"QP-COM\"\nservice: \"SRCI\"\ndiffusion: [\"Agents\"]\nstorage: \"Intranet\"\n");
        }
        if kind == "moderation" || kind == "usage" {
            fm.push_str("rules:\n");
            for r in 1..=5 + rng.below(4) {
                let _ = writeln!(
                    fm,
                    "  - {{ id: regle-{r}, title: {}, body: {} }}",
                    yaml_string(&format!("Règle {r}")),
                    yaml_string(&sentence(&mut rng, &[], &[]))
                );
            }
            rule_slugs.push(slug.clone());
        }
        if kind == "usage" {
            fm.push_str("faq:\n");
            for q in 1..=3 {
                let _ = writeln!(
                    fm,
                    "  - {{ question: \"Question {q} ?\", answer: {} }}",
                    yaml_string(&sentence(&mut rng, &[], &[]))
                );
            }
        }
        fm.push_str("---\n\n");
        let path = content.join(format!("{slug}.md"));
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        if earlier {
            // The previous version: its last rule reworded and one rule fewer, a paragraph
            // fewer in its body.
            let previous = versions - 1;
            let mut old = fm.replacen(&format!("version: \"{versions}.0\""), &format!("version: \"{previous}.0\""), 1);
            old = old.replacen("status: validated", "status: archived", 1);
            // Its history stops at its own version.
            if let Some(newest) = old.find(&format!("  - {{ version: \"{versions}.0\"")) {
                let end = old[newest..].find('\n').map_or(old.len(), |e| newest + e + 1);
                old.replace_range(newest..end, "");
            }
            if let Some(last) = old.rfind("  - { id: regle-") {
                let end = old[last..].find('\n').map_or(old.len(), |e| last + e + 1);
                old.replace_range(last..end, "");
            }
            let old_text = text.split("\n\n").skip(1).collect::<Vec<_>>().join("\n\n");
            let old_path = content.join(format!("{slug}@{previous}.0.md"));
            fs::write(&old_path, format!("{old}{old_text}")).unwrap();
            written.push((format!("{slug}/v{previous}.0"), title.clone(), old_text));
        }
        fs::write(&path, format!("{fm}{text}")).unwrap();
        written.push((slug, title, text));
    }

    if let Some(hugo) = &options.hugo {
        write_hugo(hugo, &written, &glossary);
    }
    println!("wrote {} documents into {}", options.docs, options.out.display());
}

/// The same pages for Hugo: the same Markdown bodies, minimal templates.
fn write_hugo(dir: &Path, pages: &[(String, String, String)], glossary: &str) {
    if dir.exists() {
        fs::remove_dir_all(dir).unwrap();
    }
    let layouts = dir.join("layouts/_default");
    fs::create_dir_all(&layouts).unwrap();
    fs::write(dir.join("hugo.toml"), "baseURL = 'https://www.exemple.gouv.fr/'\nlanguageCode = 'fr'\ntitle = 'Corpus'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n").unwrap();
    let page = "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n";
    fs::write(layouts.join("single.html"), page).unwrap();
    fs::write(layouts.join("list.html"), "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n").unwrap();
    let content = dir.join("content");
    for (slug, title, body) in pages {
        let path = content.join(format!("{slug}.md"));
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, format!("---\ntitle: {}\n---\n\n{body}", yaml_string(title))).unwrap();
    }
    let terms: String =
        glossary.lines().filter(|l| l.starts_with("  - {")).map(|l| format!("- {}\n", &l[5..])).collect();
    fs::write(content.join("glossaire.md"), format!("---\ntitle: \"Glossaire\"\n---\n\n{terms}")).unwrap();
}
