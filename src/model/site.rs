//! The site's derived forms: the organisation's name with its article in the positions French
//! needs, the licence the footer names, and the accessibility statement's compliance.

use serde::Serialize;

use crate::schema::site::{Article, Gender, Organisation, Site};

/// The name with its article in the three grammatical positions French needs.
#[derive(Debug, Clone, Serialize)]
pub struct OrganisationForms {
    pub name: String,
    pub short_name: String,
    pub territory: String,
    pub service: String,
    /// "de la Préfecture", "du Conseil", "de l'Agence", "des Services"
    pub de: String,
    /// "la Préfecture", "le Conseil", "l'Agence", "les Services"
    pub le: String,
    /// "à la Préfecture", "au Conseil", "à l'Agence", "aux Services"
    pub a: String,
    #[serde(rename = "De")]
    pub de_cap: String,
    #[serde(rename = "Le")]
    pub le_cap: String,
    #[serde(rename = "A")]
    pub a_cap: String,
    /// The name as running text writes it ("préfecture de la Somme").
    pub name_in_text: String,
    /// Whether the name is feminine, and plural: what texts agree with.
    pub feminine: bool,
    pub plural: bool,
}

impl OrganisationForms {
    /// The endings and pronouns texts agree with the name: `org.e` ("réservée"), `org.s`
    /// ("réservés"), `org.nt` ("se réservent"), `org.il` and `org.Il` ("elle", "ils").
    pub fn agreements(&self) -> [(&'static str, &'static str); 5] {
        let pronoun = match (self.feminine, self.plural) {
            (false, false) => ("il", "Il"),
            (true, false) => ("elle", "Elle"),
            (false, true) => ("ils", "Ils"),
            (true, true) => ("elles", "Elles"),
        };
        [
            ("e", if self.feminine { "e" } else { "" }),
            ("s", if self.plural { "s" } else { "" }),
            ("nt", if self.plural { "nt" } else { "" }),
            ("il", pronoun.0),
            ("Il", pronoun.1),
        ]
    }

    /// `org.plural("singular", "plural")` and `org.feminine("masculine", "feminine")`: the form
    /// that agrees with the name, or `None` when `call` is not one of them, well written.
    pub fn choice<'t>(&self, call: &'t str) -> Option<&'t str> {
        let (function, arguments) = call.split_once('(')?;
        let second = match function.trim() {
            "org.plural" => self.plural,
            "org.feminine" => self.feminine,
            _ => return None,
        };
        let (first, rest) = quoted(arguments.trim_start())?;
        let (other, rest) = quoted(rest.trim_start().strip_prefix(',')?.trim_start())?;
        (rest.trim() == ")").then_some(if second { other } else { first })
    }
}

/// The text of the quoted string (`"…"` or `'…'`) that starts `text`, and what follows it.
fn quoted(text: &str) -> Option<(&str, &str)> {
    let quote = text.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let end = text[1..].find(quote)? + 1;
    Some((&text[1..end], &text[end + 1..]))
}

impl Organisation {
    /// The name in every form, stripped of an article the author may have written in it.
    pub fn forms(&self) -> OrganisationForms {
        let name = self.name.trim().to_owned();
        let in_text = self.name_in_text.as_deref().map_or(name.as_str(), |n| n.trim());
        let (de, le, a) = match self.article {
            Article::La => (format!("de la {in_text}"), format!("la {in_text}"), format!("à la {in_text}")),
            Article::Le => (format!("du {in_text}"), format!("le {in_text}"), format!("au {in_text}")),
            Article::Elided => (format!("de l'{in_text}"), format!("l'{in_text}"), format!("à l'{in_text}")),
            Article::Les => (format!("des {in_text}"), format!("les {in_text}"), format!("aux {in_text}")),
        };
        let feminine = match self.article {
            Article::La => true,
            Article::Le => false,
            Article::Elided | Article::Les => self.gender.as_deref() == Some(&Gender::Feminine),
        };
        OrganisationForms {
            short_name: self.short_name.as_deref().cloned().unwrap_or_else(|| name.clone()),
            territory: self.territory.as_deref().cloned().unwrap_or_default(),
            service: self.service.as_deref().cloned().unwrap_or_default(),
            de_cap: capitalise(&de),
            le_cap: capitalise(&le),
            a_cap: capitalise(&a),
            name_in_text: in_text.to_owned(),
            feminine,
            plural: self.article == Article::Les,
            name,
            de,
            le,
            a,
        }
    }
}

/// The text with its first letter in capitals (`à la` → `À la`).
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// How far the site complies with the RGAA, as the accessibility statement and every page's
/// footer say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compliance {
    /// No audit, or under half of the criteria met.
    Non,
    /// At least half of the criteria met, not all.
    Partial,
    /// Every criterion met.
    Total,
}

impl Compliance {
    pub fn label(self) -> &'static str {
        match self {
            Compliance::Non => "non conforme",
            Compliance::Partial => "partiellement conforme",
            Compliance::Total => "totalement conforme",
        }
    }

    /// The compliance an audit's rate (percent) establishes; none without an audit, whatever
    /// the site would like to claim.
    pub fn from_rate(rate: Option<f64>) -> Compliance {
        match rate {
            Some(rate) if rate >= 100.0 => Compliance::Total,
            Some(rate) if rate >= 50.0 => Compliance::Partial,
            _ => Compliance::Non,
        }
    }
}

/// A licence the footer can name and link to.
#[derive(Debug, Clone, Serialize)]
pub struct Licence {
    pub id: String,
    pub name: String,
    pub url: Option<String>,
}

impl Site {
    /// The compliance the site's last audit establishes.
    pub fn compliance(&self) -> Compliance {
        let rate = self.accessibility.as_ref().and_then(|a| a.audit.as_ref()).map(|audit| *audit.rate);
        Compliance::from_rate(rate.filter(|r| (0.0..=100.0).contains(r)))
    }

    pub fn licence(&self) -> Licence {
        let (name, url) = match self.licence.as_str() {
            "etalab-2.0" => (
                "Licence Ouverte / Open Licence version 2.0",
                Some("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
            ),
            "cc-by-4.0" => {
                ("Creative Commons Attribution 4.0", Some("https://creativecommons.org/licenses/by/4.0/deed.fr"))
            }
            "cc-by-sa-4.0" => (
                "Creative Commons Attribution - Partage dans les mêmes conditions 4.0",
                Some("https://creativecommons.org/licenses/by-sa/4.0/deed.fr"),
            ),
            "cc0-1.0" => {
                ("Creative Commons Zero 1.0", Some("https://creativecommons.org/publicdomain/zero/1.0/deed.fr"))
            }
            other => (other, None),
        };
        Licence { id: self.licence.clone(), name: name.to_owned(), url: url.map(str::to_owned) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Spanned;

    fn org(name: &str, article: Article) -> Organisation {
        Organisation {
            name: Spanned::unspanned(name.to_owned()),
            article,
            name_in_text: None,
            gender: None,
            short_name: None,
            territory: None,
            service: None,
        }
    }

    #[test]
    fn compliance_follows_the_audit_alone() {
        assert_eq!(Compliance::from_rate(None), Compliance::Non);
        assert_eq!(Compliance::from_rate(Some(49.9)), Compliance::Non);
        assert_eq!(Compliance::from_rate(Some(50.0)), Compliance::Partial);
        assert_eq!(Compliance::from_rate(Some(99.99)), Compliance::Partial);
        assert_eq!(Compliance::from_rate(Some(100.0)), Compliance::Total);
        assert_eq!(Compliance::from_rate(Some(f64::NAN)), Compliance::Non);
    }

    #[test]
    fn article_forms() {
        let f = org("Préfecture de l'Exemple", Article::La).forms();
        assert_eq!(
            (f.de.as_str(), f.le.as_str(), f.a.as_str()),
            ("de la Préfecture de l'Exemple", "la Préfecture de l'Exemple", "à la Préfecture de l'Exemple")
        );
        assert_eq!(f.de_cap, "De la Préfecture de l'Exemple");
        let f = org("Conseil départemental", Article::Le).forms();
        assert_eq!(
            (f.de.as_str(), f.le.as_str(), f.a.as_str()),
            ("du Conseil départemental", "le Conseil départemental", "au Conseil départemental")
        );
        assert_eq!(f.a_cap, "Au Conseil départemental");
        let f = org("Agence", Article::Elided).forms();
        assert_eq!((f.de.as_str(), f.a_cap.as_str()), ("de l'Agence", "À l'Agence"));
        let f = org("Services de l'État", Article::Les).forms();
        assert_eq!(
            (f.de.as_str(), f.le.as_str(), f.a.as_str()),
            ("des Services de l'État", "les Services de l'État", "aux Services de l'État")
        );
    }
}
