//! The titles of the folders of `content/`, as breadcrumbs show them: the title of the folder's
//! `_index.yaml`, else its name made readable, with the accents a web name cannot carry given
//! back from a small dictionary (`procedures` → "Procédures", `reseaux-sociaux` → "Réseaux
//! sociaux").

use std::collections::BTreeMap;

use crate::load::FolderTitle;

/// Words of folder names written without their accents, and how French writes them.
const ACCENTED: &[(&str, &str)] = &[
    ("actualite", "actualité"),
    ("actualites", "actualités"),
    ("annee", "année"),
    ("annees", "années"),
    ("categorie", "catégorie"),
    ("categories", "catégories"),
    ("communique", "communiqué"),
    ("communiques", "communiqués"),
    ("creation", "création"),
    ("deontologie", "déontologie"),
    ("departement", "département"),
    ("departements", "départements"),
    ("donnees", "données"),
    ("ecole", "école"),
    ("ecoles", "écoles"),
    ("education", "éducation"),
    ("elu", "élu"),
    ("elus", "élus"),
    ("equipe", "équipe"),
    ("equipes", "équipes"),
    ("etat", "État"),
    ("evenement", "événement"),
    ("evenements", "événements"),
    ("general", "général"),
    ("generale", "générale"),
    ("generales", "générales"),
    ("generaux", "généraux"),
    ("interieur", "intérieur"),
    ("media", "média"),
    ("medias", "médias"),
    ("modele", "modèle"),
    ("modeles", "modèles"),
    ("moderation", "modération"),
    ("numerique", "numérique"),
    ("periode", "période"),
    ("prefecture", "préfecture"),
    ("prefectures", "préfectures"),
    ("prevention", "prévention"),
    ("procedure", "procédure"),
    ("procedures", "procédures"),
    ("qualite", "qualité"),
    ("reference", "référence"),
    ("references", "références"),
    ("referent", "référent"),
    ("referents", "référents"),
    ("region", "région"),
    ("regions", "régions"),
    ("regle", "règle"),
    ("regles", "règles"),
    ("reglement", "règlement"),
    ("reglements", "règlements"),
    ("reponse", "réponse"),
    ("reponses", "réponses"),
    ("reseau", "réseau"),
    ("reseaux", "réseaux"),
    ("sante", "santé"),
    ("securite", "sécurité"),
    ("societe", "société"),
    ("strategie", "stratégie"),
    ("telephone", "téléphone"),
    ("theme", "thème"),
    ("themes", "thèmes"),
    ("video", "vidéo"),
    ("videos", "vidéos"),
    ("a", "à"),
];

/// Words of folder names that French writes as they are.
const PLAIN: &[&str] = &[
    "agents",
    "archives",
    "cabinet",
    "charte",
    "chartes",
    "communication",
    "comptes",
    "crise",
    "crises",
    "de",
    "des",
    "direction",
    "documents",
    "du",
    "en",
    "et",
    "facebook",
    "fiche",
    "fiches",
    "gestion",
    "glossaire",
    "glossaires",
    "guide",
    "guides",
    "instagram",
    "interne",
    "internes",
    "la",
    "le",
    "les",
    "linkedin",
    "mairie",
    "pages",
    "presse",
    "public",
    "publics",
    "publiques",
    "ressources",
    "service",
    "services",
    "sociaux",
    "textes",
    "twitter",
    "usage",
    "usages",
    "youtube",
    "x",
    "sur",
    "ou",
    "propos",
    "droit",
    "image",
    "images",
    "contact",
    "aide",
    "accueil",
    "page",
];

/// Words that French elides before a vowel, which an address writes as words of their own.
const ELIDED: &[&str] = &["l", "d", "qu", "j", "n", "s", "c"];

/// The folders' titles, by folder (relative to `content/`, `/`-separated).
#[derive(Debug, Default, Hash)]
pub struct Folders {
    titles: BTreeMap<String, String>,
}

impl Folders {
    pub fn new(found: &[FolderTitle]) -> Folders {
        Folders { titles: found.iter().map(|f| (f.folder.clone(), f.title.trim().to_owned())).collect() }
    }

    /// The title of `folder` (`procedures`, `chartes/internes`).
    pub fn title(&self, folder: &str) -> String {
        match self.titles.get(folder) {
            Some(title) => title.clone(),
            None => readable(folder.rsplit('/').next().unwrap_or(folder)).0,
        }
    }

    /// The folders that hold documents and have no title of their own, and whose name has a
    /// word the dictionary does not know (it may have lost an accent): what their breadcrumbs
    /// say.
    pub fn untitled<'a>(&self, slugs: impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
        let mut folders: Vec<String> = Vec::new();
        for slug in slugs {
            let parts: Vec<&str> = slug.split('/').collect();
            for depth in 1..parts.len() {
                let folder = parts[..depth].join("/");
                if !folders.contains(&folder) {
                    folders.push(folder);
                }
            }
        }
        folders.sort();
        folders
            .into_iter()
            .filter(|f| !self.titles.contains_key(f))
            .filter_map(|f| {
                let (label, known) = readable(f.rsplit('/').next().unwrap_or(&f));
                (!known).then_some((f, label))
            })
            .collect()
    }
}

/// A folder's name as words, accents given back, the first in capitals; and whether every word
/// was known (a word the dictionary does not hold may have lost an accent).
pub fn readable(name: &str) -> (String, bool) {
    let mut known = true;
    let words: Vec<&str> = name
        .split('-')
        .filter(|w| !w.is_empty())
        .map(|word| match ACCENTED.iter().find(|(plain, _)| *plain == word) {
            Some((_, accented)) => *accented,
            None => {
                known &= PLAIN.contains(&word) || ELIDED.contains(&word) || word.bytes().all(|b| b.is_ascii_digit());
                word
            }
        })
        .collect();
    let mut text = String::new();
    for (i, word) in words.iter().enumerate() {
        text.push_str(word);
        if i + 1 < words.len() {
            // `droit-a-l-image`: the article lost its apostrophe in the address.
            text.push(if ELIDED.contains(word) { '\'' } else { ' ' });
        }
    }
    (super::site::capitalise(&text), known)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_get_their_accents_back() {
        assert_eq!(readable("procedures"), ("Procédures".to_owned(), true));
        assert_eq!(readable("qualite"), ("Qualité".to_owned(), true));
        assert_eq!(readable("reseaux-sociaux"), ("Réseaux sociaux".to_owned(), true));
        assert_eq!(readable("etat"), ("État".to_owned(), true));
        assert_eq!(readable("chartes"), ("Chartes".to_owned(), true));
        assert_eq!(readable("zorglub"), ("Zorglub".to_owned(), false));
        assert_eq!(readable("a-propos").0, "À propos");
        assert_eq!(readable("droit-a-l-image").0, "Droit à l'image");
    }
}
