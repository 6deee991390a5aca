//! Three-way merge of a text, word by word: a fork's wording (ours) and the model's newest
//! (theirs) both start from the model's pinned wording (base). Where only one side changed a run
//! of words, its change is taken; where both changed the same run differently, the text does not
//! merge and a person must choose.

use similar::{capture_diff_slices, Algorithm, DiffOp};

/// The words and the runs of spaces between them, in order: joined, they give `text` back.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space.is_some_and(|s| s != space) {
            out.push(&text[start..i]);
            start = i;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// For each token of `base`, where it stands unchanged in `other`.
fn matches(base: &[&str], other: &[&str]) -> Vec<Option<usize>> {
    let mut at = vec![None; base.len()];
    for op in capture_diff_slices(Algorithm::Myers, base, other) {
        if let DiffOp::Equal { old_index, new_index, len } = op {
            for k in 0..len {
                at[old_index + k] = Some(new_index + k);
            }
        }
    }
    at
}

/// `base` changed as `ours` changes it and as `theirs` changes it, or `None` when both change
/// the same words differently.
pub fn merge(base: &str, ours: &str, theirs: &str) -> Option<String> {
    if ours == theirs || theirs == base {
        return Some(ours.to_owned());
    }
    if ours == base {
        return Some(theirs.to_owned());
    }
    let (b, o, t) = (tokens(base), tokens(ours), tokens(theirs));
    let (in_ours, in_theirs) = (matches(&b, &o), matches(&b, &t));
    let mut out = String::with_capacity(ours.len().max(theirs.len()));
    let (mut i, mut oi, mut ti) = (0, 0, 0);
    loop {
        // The next token of the base that both sides keep: the end of the run in between.
        let sync = (i..b.len()).find_map(|j| Some((j, in_ours[j]?, in_theirs[j]?)));
        let (j, oj, tj) = sync.unwrap_or((b.len(), o.len(), t.len()));
        let (base_run, our_run, their_run) = (&b[i..j], &o[oi..oj], &t[ti..tj]);
        if our_run == base_run {
            out.extend(their_run.iter().copied());
        } else if their_run == base_run || our_run == their_run {
            out.extend(our_run.iter().copied());
        } else {
            return None;
        }
        if j == b.len() {
            return Some(out);
        }
        out.push_str(b[j]);
        (i, oi, ti) = (j + 1, oj + 1, tj + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn changes_to_different_words_merge() {
        let base = "Les messages publicitaires sont supprimés sans avertissement.";
        let ours = "Les messages publicitaires sont masqués sans avertissement.";
        let theirs = "Les messages publicitaires et les annonces sont supprimés sans avertissement.";
        assert_eq!(
            merge(base, ours, theirs).as_deref(),
            Some("Les messages publicitaires et les annonces sont masqués sans avertissement.")
        );
        assert_eq!(merge(base, base, theirs).as_deref(), Some(theirs));
        assert_eq!(merge(base, ours, base).as_deref(), Some(ours));
        assert_eq!(merge(base, ours, ours).as_deref(), Some(ours));
    }

    #[test]
    fn changes_to_the_same_words_conflict() {
        let base = "Les commentaires sont supprimés.";
        assert_eq!(merge(base, "Les commentaires sont masqués.", "Les commentaires sont retirés."), None);
        // Both sides add different words at the same place.
        assert_eq!(merge("a b", "a x b", "a y b"), None);
        // The same addition on both sides is taken once.
        assert_eq!(merge("a b", "a x b", "a x b c").as_deref(), Some("a x b c"));
    }

    #[test]
    fn empty_texts_and_edges() {
        assert_eq!(merge("", "", "").as_deref(), Some(""));
        assert_eq!(merge("", "a", "").as_deref(), Some("a"));
        assert_eq!(merge("", "a", "b"), None);
        assert_eq!(merge("a", "", "a b").as_deref(), None);
        assert_eq!(merge("a b c", "x b c", "a b y").as_deref(), Some("x b y"));
        assert_eq!(tokens("  a\n\nb "), vec!["  ", "a", "\n\n", "b", " "]);
    }

    proptest! {
        /// Whatever the texts, the merge ends, and when it succeeds it keeps each side's words
        /// where the other kept the base's; one side unchanged gives the other side.
        #[test]
        fn merging_is_total_and_faithful(base in "[ab \n]{0,24}", ours in "[ab \n]{0,24}", theirs in "[abc \n]{0,24}") {
            let merged = merge(&base, &ours, &theirs);
            prop_assert_eq!(merge(&base, &base, &theirs), Some(theirs.clone()));
            prop_assert_eq!(merge(&base, &ours, &base), Some(ours.clone()));
            if let Some(merged) = merged {
                // Every `c` comes from theirs, so the merge keeps them all.
                prop_assert_eq!(merged.matches('c').count(), theirs.matches('c').count());
            }
        }
    }
}
