//! The words of French search: a text cut into words, each folded (lower case, accents
//! removed) and reduced to its stem by a light French stemmer (plurals, feminine `e`,
//! infinitive `-er`), common words left out. The search page's script (`static/search.js` of
//! the default theme) does exactly the same to the words of a query, so that *publications*
//! finds *publication* and *publicite* finds *publicité*; a test holds the two to each other.

/// Words too common to search for: articles, pronouns, prepositions, conjunctions (folded).
const STOP_WORDS: &[&str] = &[
    "a", "au", "aux", "avec", "c", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle", "elles", "en",
    "est", "et", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais", "me",
    "mes", "n", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "s", "sa", "se",
    "ses", "son", "sont", "sur", "t", "ta", "te", "tes", "ton", "tu", "un", "une", "vos", "votre", "vous", "y",
];

/// The length in bytes of the longest of [`STOP_WORDS`].
const LONGEST_STOP_WORD: usize = 5;

/// Whether `c` belongs to a word: a letter or a digit of any script.
pub fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c.is_numeric()
}

/// Appends `word` to `out` in lower case, its accents removed and its ligatures opened.
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
}

/// Reduces a folded word to its stem, in place: `reseaux` → `reseau`, `journaux` → `journal`,
/// `hashtags` → `hashtag`, `moderee` and `moderer` → `moder`, `publicite` → `publicit`.
pub fn stem(word: &mut String) {
    // Every suffix taken off is ASCII: the length in characters is counted once.
    let mut chars = if word.is_ascii() { word.len() } else { word.chars().count() };
    if chars <= 3 {
        return;
    }
    if word.ends_with("eaux") {
        word.pop();
        chars -= 1;
    } else if word.ends_with("aux") && chars > 4 {
        word.truncate(word.len() - 3);
        word.push_str("al");
        chars -= 1;
    } else if (word.ends_with('s') || word.ends_with('x')) && !word.ends_with("ss") {
        word.pop();
        chars -= 1;
    }
    if chars > 5 && word.ends_with("er") {
        word.truncate(word.len() - 2);
        chars -= 2;
    }
    while chars > 4 && word.ends_with('e') {
        word.pop();
        chars -= 1;
    }
}

/// Cuts texts into stems, remembering the stem of each word it met: most words of a site come
/// back again and again, and finding one is cheaper than folding and stemming it.
#[derive(Default)]
pub struct Stemmer {
    /// Word as written → its stem, or `None` for a common word.
    known: rustc_hash::FxHashMap<Box<str>, Option<Box<str>>>,
    buffer: String,
}

impl Stemmer {
    /// How many words a stemmer remembers before it starts again (some 10 MB).
    const MAX_KNOWN: usize = 100_000;

    /// Calls `each` with the stem of every word of `text` that is not a common word, in order.
    pub fn for_each_stem(&mut self, text: &str, mut each: impl FnMut(&str)) {
        let not_in_word = |c: char| if c.is_ascii() { !c.is_ascii_alphanumeric() } else { !is_word_char(c) };
        for word in text.split(not_in_word).filter(|w| !w.is_empty()) {
            if let Some(known) = self.known.get(word) {
                if let Some(stem) = known {
                    each(stem);
                }
                continue;
            }
            let stem = stem_of(word, &mut self.buffer);
            if let Some(stem) = stem {
                each(stem);
            }
            if self.known.len() >= Self::MAX_KNOWN {
                self.known.clear();
            }
            let stem = stem.map(Box::from);
            self.known.insert(word.into(), stem);
        }
    }
}

/// The stem of one word, folded into `buffer`; `None` for a common word.
fn stem_of<'b>(word: &str, buffer: &'b mut String) -> Option<&'b str> {
    buffer.clear();
    fold_into(word, buffer);
    if buffer.len() <= LONGEST_STOP_WORD && STOP_WORDS.binary_search(&buffer.as_str()).is_ok() {
        return None;
    }
    stem(buffer);
    Some(buffer)
}

/// The stems of `text`, in order (for tests and for the search script's own test).
pub fn stems(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    Stemmer::default().for_each_stem(text, |s| out.push(s.to_owned()));
    out
}

/// The shard of the index that holds `stem`: FNV-1a of its UTF-8 bytes, modulo `shards`.
pub fn shard_of(stem: &str, shards: u32) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in stem.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash % shards
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_the_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(STOP_WORDS.iter().map(|w| w.len()).max(), Some(LONGEST_STOP_WORD));
    }

    #[test]
    fn plurals_accents_and_feminines_meet() {
        for (a, b) in [
            ("publications", "publication"),
            ("publicite", "Publicité"),
            ("publicités", "publicité"),
            ("réseaux", "réseau"),
            ("médias", "MÉDIA"),
            ("hashtags", "hashtag"),
            ("modérée", "modéré"),
            ("modérer", "modérées"),
            ("journaux", "journal"),
            ("Œuvres", "oeuvre"),
        ] {
            assert_eq!(stems(a), stems(b), "{a} / {b}");
        }
        assert_ne!(stems("publicité"), stems("publication"));
    }

    #[test]
    fn texts_are_cut_into_words_without_common_ones() {
        assert_eq!(
            stems("L’image d’un agent, sur les réseaux : 10 h 30 !"),
            ["imag", "agent", "reseau", "10", "h", "30"]
        );
        assert_eq!(stems("RT e-réputation"), ["rt", "e", "reputation"]);
        assert!(stems("").is_empty());
    }
}
