//! The Qual-e-pref referential in force for a site: the built-in engagements (from the
//! prefectures' procedure sheets), overridden number by number and extended by
//! `content/referentiel.yaml`, in number order.

use serde::Serialize;

use crate::schema::referential::ReferentialFile;

#[derive(Debug, Clone, Serialize)]
pub struct Engagement {
    pub number: String,
    pub text: String,
    /// The module of the referential, such as `"1"`.
    pub module: Option<String>,
}

/// The engagements in force for a site, in number order.
#[derive(Debug, Clone, Default)]
pub struct Referential {
    pub engagements: Vec<Engagement>,
}

impl Referential {
    /// The `built_in` engagements, overridden number by number by the site's own file.
    pub fn new(built_in: &ReferentialFile, site_file: Option<&ReferentialFile>) -> Referential {
        let mut engagements: Vec<Engagement> = Vec::new();
        for e in built_in.engagements.iter().chain(site_file.iter().flat_map(|f| f.engagements.iter())) {
            let (number, text) = (e.number.trim().to_owned(), e.text.to_string());
            let module = e.module.as_ref().map(|m| m.trim().to_owned());
            match engagements.iter_mut().find(|known| known.number == number) {
                Some(known) => {
                    known.text = text;
                    known.module = module.or(known.module.take());
                }
                None => engagements.push(Engagement { number, text, module }),
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
    use crate::schema::referential::Engagement as Written;
    use crate::source::Spanned;

    fn file(entries: &[(&str, &str)]) -> ReferentialFile {
        let text = |t: &str| Spanned::unspanned(t.to_owned());
        let engagements = entries
            .iter()
            .map(|(n, t)| Spanned::unspanned(Written { number: text(n), text: text(t), module: None }))
            .collect();
        ReferentialFile { engagements }
    }

    #[test]
    fn the_site_file_overrides_and_extends() {
        let built_in = file(&[("20.3", "Revue annuelle"), ("19.1", "Publication régulière")]);
        let r = Referential::new(&built_in, Some(&file(&[("20.3", "Autre"), ("2.1", "Accueil")])));
        assert_eq!(r.get("20.3").unwrap().text, "Autre");
        let numbers: Vec<&str> = r.engagements.iter().map(|e| e.number.as_str()).collect();
        assert_eq!(numbers, ["2.1", "19.1", "20.3"]);
    }
}
