//! Comparing texts: word by word (runs of changed words kept together, so that a reworded
//! phrase reads as one removal and one addition), and a document's rules against its model's.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use super::document::Rule;

/// What became of a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Same,
    Removed,
    Added,
}

/// A piece of a word-by-word comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Segment {
    pub change: Change,
    pub text: String,
}

/// A rule whose wording differs from the model's.
#[derive(Debug, Clone, Serialize)]
pub struct RuleChange {
    pub id: String,
    pub title: String,
    /// The title and the body, compared word by word with the model's.
    pub segments: Vec<Segment>,
}

/// How a document departs from its model, rule by rule.
#[derive(Debug, Clone, Serialize)]
pub struct ModelChanges {
    pub model: String,
    pub removed: Vec<String>,
    pub added: Vec<String>,
    pub changed: Vec<RuleChange>,
}

impl ModelChanges {
    pub fn is_empty(&self) -> bool {
        self.removed.is_empty() && self.added.is_empty() && self.changed.is_empty()
    }
}

/// The rules removed, added and reworded compared with the model's (texts as written, before
/// variables are replaced).
pub fn from_model(model: &str, before: &[Rule], after: &[Rule]) -> ModelChanges {
    let removed = before
        .iter()
        .filter(|b| !after.iter().any(|a| a.id.as_str() == b.id.as_str()))
        .map(|r| r.id.to_string())
        .collect();
    let added = after
        .iter()
        .filter(|a| !before.iter().any(|b| a.id.as_str() == b.id.as_str()))
        .map(|r| r.id.to_string())
        .collect();
    let changed = after
        .iter()
        .filter_map(|a| {
            let b = before.iter().find(|b| b.id.as_str() == a.id.as_str())?;
            let old = format!("{}\n{}", b.title.as_str(), b.body.as_str());
            let new = format!("{}\n{}", a.title.as_str(), a.body.as_str());
            (old != new).then(|| RuleChange {
                id: a.id.to_string(),
                title: a.title.to_string(),
                segments: word_diff(&old, &new),
            })
        })
        .collect();
    ModelChanges { model: model.to_owned(), removed, added, changed }
}

/// `old` and `new` compared word by word. Changed words separated only by spaces form one
/// run, so that a reworded phrase reads as one removal and one addition.
pub fn word_diff(old: &str, new: &str) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    let (mut removed, mut added, mut gap) = (String::new(), String::new(), String::new());
    let flush = |segments: &mut Vec<Segment>, removed: &mut String, added: &mut String| {
        for (change, text) in [(Change::Removed, removed), (Change::Added, added)] {
            if !text.is_empty() {
                segments.push(Segment { change, text: std::mem::take(text) });
            }
        }
    };
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        let value = change.value();
        let changing = !(removed.is_empty() && added.is_empty());
        match change.tag() {
            // Spaces between changed words belong to both runs.
            ChangeTag::Equal if changing && value.trim().is_empty() => gap.push_str(value),
            ChangeTag::Equal => {
                flush(&mut segments, &mut removed, &mut added);
                let text = std::mem::take(&mut gap) + value;
                match segments.last_mut() {
                    Some(last) if last.change == Change::Same => last.text.push_str(&text),
                    _ => segments.push(Segment { change: Change::Same, text }),
                }
            }
            tag => {
                for run in [&mut removed, &mut added] {
                    if !run.is_empty() {
                        run.push_str(&gap);
                    }
                }
                gap.clear();
                if tag == ChangeTag::Delete { &mut removed } else { &mut added }.push_str(value);
            }
        }
    }
    flush(&mut segments, &mut removed, &mut added);
    if !gap.is_empty() {
        segments.push(Segment { change: Change::Same, text: gap });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::{word_diff, Change};

    #[test]
    fn word_diff_keeps_runs_together() {
        let d = word_diff("Les messages sont supprimés.", "Les messages sont retirés sans délai.");
        let shown: Vec<(Change, &str)> = d.iter().map(|s| (s.change, s.text.as_str())).collect();
        assert_eq!(
            shown,
            [
                (Change::Same, "Les messages sont "),
                (Change::Removed, "supprimés."),
                (Change::Added, "retirés sans délai.")
            ]
        );
        let d = word_diff("seront systématiquement supprimés.", "sont supprimés sans avertissement.");
        let shown: Vec<(Change, &str)> = d.iter().map(|s| (s.change, s.text.as_str())).collect();
        assert_eq!(
            shown,
            [
                (Change::Removed, "seront systématiquement supprimés."),
                (Change::Added, "sont supprimés sans avertissement.")
            ]
        );
    }
}
