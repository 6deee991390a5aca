//! Anchors and French ordering: turning titles into stable `id`s, and sorting terms the way a
//! French dictionary does (accents, case and punctuation ignored at first).

use std::cmp::Ordering;
use std::collections::HashSet;

/// Lowercase ASCII transliteration: `Œuvre d'État` → `oeuvre d'etat`.
pub fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// An anchor from a title: `Les publications sur le mur` → `les-publications-sur-le-mur`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// French dictionary order: letters only, accents and case ignored; ties broken by the folded
/// text and then by the text itself, so the order is total and stable.
pub fn french_cmp(a: &str, b: &str) -> Ordering {
    let letters = |s: &str| fold(s).chars().filter(char::is_ascii_alphanumeric).collect::<String>();
    letters(a).cmp(&letters(b)).then_with(|| fold(a).cmp(&fold(b))).then_with(|| a.cmp(b))
}

/// The `id`s used on one page, so that no two elements share one.
#[derive(Debug, Default)]
pub struct IdSet {
    used: HashSet<String>,
    /// For each base, the next suffix to try: a page of many equal headings stays linear.
    next: std::collections::HashMap<String, usize>,
}

impl IdSet {
    /// Reserves `id` as it is (template sections, rule ids).
    pub fn reserve(&mut self, id: &str) {
        self.used.insert(id.to_owned());
    }

    /// Every id given or reserved so far.
    pub fn into_used(self) -> HashSet<String> {
        self.used
    }

    /// A fresh id from `text`, suffixed `-2`, `-3`… when taken; `section` when `text` has no
    /// letters.
    pub fn unique(&mut self, text: &str) -> String {
        let mut base = slugify(text);
        if base.is_empty() {
            base = "section".to_owned();
        }
        if self.used.insert(base.clone()) {
            return base;
        }
        let mut n = self.next.get(&base).copied().unwrap_or(2);
        let candidate = loop {
            let candidate = format!("{base}-{n}");
            n += 1;
            if self.used.insert(candidate.clone()) {
                break candidate;
            }
        };
        self.next.insert(base, n);
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slugify("Les publications sur le mur"), "les-publications-sur-le-mur");
        assert_eq!(slugify("Qu'est-ce que je risque ?"), "qu-est-ce-que-je-risque");
        assert_eq!(slugify("Œuvre « d'État »"), "oeuvre-d-etat");
    }

    #[test]
    fn french_order_ignores_accents_and_case() {
        let mut words = vec!["Émoji", "ami", "E-reputation", "zèbre", "Commentaire", "être"];
        words.sort_by(|a, b| french_cmp(a, b));
        assert_eq!(words, vec!["ami", "Commentaire", "Émoji", "E-reputation", "être", "zèbre"]);
    }

    #[test]
    fn unique_ids() {
        let mut ids = IdSet::default();
        ids.reserve("regles");
        assert_eq!(ids.unique("Règles"), "regles-2");
        assert_eq!(ids.unique("Règles"), "regles-3");
        assert_eq!(ids.unique("?"), "section");
        // Many equal headings take linear time: each base remembers its next suffix.
        let mut ids = IdSet::default();
        ids.reserve("a-3");
        let made: Vec<String> = (0..5).map(|_| ids.unique("a")).collect();
        assert_eq!(made, ["a", "a-2", "a-4", "a-5", "a-6"]);
    }
}
