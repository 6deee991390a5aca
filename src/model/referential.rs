//! The Qual-e-pref referential: the engagements a document can answer. A built-in list (from
//! the prefectures' procedure sheets) that `content/referentiel.yaml` extends or overrides.

use serde::{Deserialize, Serialize};

use crate::diagnostics::SourceFile;
use crate::load::yaml::{self, Spanned};

const BUILT_IN: &str = include_str!("referentiel.yaml");

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Engagement {
    pub number: String,
    pub text: String,
}

/// The file format of the referential, built-in or `content/referentiel.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferentialFile {
    pub engagements: Vec<Spanned<Engagement>>,
}

/// The engagements in force for a site, in number order.
#[derive(Debug, Clone, Default)]
pub struct Referential {
    pub engagements: Vec<Engagement>,
}

impl Referential {
    /// The built-in engagements, overridden number by number by the site's own file.
    pub fn new(site_file: Option<&ReferentialFile>) -> Referential {
        let source = SourceFile::new("(built-in referentiel.yaml)", BUILT_IN.to_owned());
        let built_in: ReferentialFile = yaml::parse(&source, BUILT_IN).expect("the built-in referential is valid YAML");
        let mut engagements: Vec<Engagement> = built_in.engagements.into_iter().map(|e| (*e).clone()).collect();
        for own in site_file.iter().flat_map(|f| f.engagements.iter()) {
            match engagements.iter_mut().find(|e| e.number == own.number) {
                Some(existing) => existing.text = own.text.clone(),
                None => engagements.push((**own).clone()),
            }
        }
        engagements.sort_by_key(|e| number_key(&e.number));
        Referential { engagements }
    }

    pub fn get(&self, number: &str) -> Option<&Engagement> {
        self.engagements.iter().find(|e| e.number == number)
    }
}

/// "20.3" sorts after "19.10" and before "20.10".
fn number_key(number: &str) -> Vec<u32> {
    number.split('.').map(|p| p.trim().parse().unwrap_or(u32::MAX)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_has_the_seed_engagements() {
        let r = Referential::new(None);
        assert!(r.get("19.1").unwrap().text.starts_with("Nous assurons une publication régulière"));
        assert!(r.get("20.2").is_some());
        assert!(r.get("20.3").unwrap().text.contains("au moins une fois par an"));
    }

    #[test]
    fn site_file_overrides_and_extends() {
        let source = SourceFile::new("content/referentiel.yaml", String::new());
        let own: ReferentialFile = yaml::parse(
            &source,
            "engagements:\n  - { number: \"20.3\", text: \"Autre\" }\n  - { number: \"2.1\", text: \"Accueil\" }\n",
        )
        .unwrap();
        let r = Referential::new(Some(&own));
        assert_eq!(r.get("20.3").unwrap().text, "Autre");
        assert_eq!(r.engagements[0].number, "2.1");
    }
}
