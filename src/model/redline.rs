//! What changed from one version of a document to the next: rules matched by id (added,
//! removed, reworded, moved), the body's sections matched by their headings and the questions of
//! the FAQ matched by their wording, each changed text compared word by word.

use serde::Serialize;

use super::diff::{word_diff, Change, Segment};
use super::document::Document;
use super::slug::fold;

/// What became of a rule, a section or a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Fate {
    Added,
    Removed,
    Reworded,
    Unchanged,
}

/// A rule of either version, and what became of it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleDiff {
    pub id: String,
    /// Its number in the older version, and in the newer.
    pub old_number: Option<usize>,
    pub new_number: Option<usize>,
    /// Its title in the newer version (the older's when removed).
    pub title: String,
    pub fate: Fate,
    /// Whether it changed places among the rules the two versions share.
    pub moved: bool,
    /// Its title and body, word by word (empty when unchanged).
    pub segments: Vec<Segment>,
}

/// A section of the body, or a question and its answer, and what became of it.
#[derive(Debug, Clone, Serialize)]
pub struct PartDiff {
    pub title: String,
    pub fate: Fate,
    pub segments: Vec<Segment>,
}

/// Two versions compared.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Comparison {
    pub rules: Vec<RuleDiff>,
    pub body: Vec<PartDiff>,
    pub faq: Vec<PartDiff>,
}

impl Comparison {
    pub fn new(older: &Document, newer: &Document) -> Comparison {
        Comparison { rules: rules(older, newer), body: body(&older.body, &newer.body), faq: faq(older, newer) }
    }
}

/// The whole of `text` as one run of a kind.
fn whole(change: Change, text: &str) -> Vec<Segment> {
    vec![Segment { change, text: text.to_owned() }]
}

fn compare(old: &str, new: &str) -> (Fate, Vec<Segment>) {
    if old == new {
        (Fate::Unchanged, Vec::new())
    } else {
        (Fate::Reworded, word_diff(old, new))
    }
}

fn rules(older: &Document, newer: &Document) -> Vec<RuleDiff> {
    let text = |title: &str, body: &str| format!("{title}\n{body}");
    let old_ids: Vec<&str> = older.rules.iter().map(|r| r.id.as_str()).collect();
    let new_ids: Vec<&str> = newer.rules.iter().map(|r| r.id.as_str()).collect();
    // The rules both versions have, in each one's order: a rule moved when its rank among them
    // differs.
    let shared_old: Vec<&str> = old_ids.iter().copied().filter(|id| new_ids.contains(id)).collect();
    let shared_new: Vec<&str> = new_ids.iter().copied().filter(|id| old_ids.contains(id)).collect();
    let mut diffs: Vec<RuleDiff> = newer
        .rules
        .iter()
        .enumerate()
        .map(|(i, rule)| {
            let new_text = text(&rule.title, &rule.body);
            match older.rules.iter().position(|r| r.id.as_str() == rule.id.as_str()) {
                Some(j) => {
                    let old = &older.rules[j];
                    let (fate, segments) = compare(&text(&old.title, &old.body), &new_text);
                    let rank = |shared: &[&str]| shared.iter().position(|id| *id == rule.id.as_str());
                    RuleDiff {
                        id: rule.id.to_string(),
                        old_number: Some(j + 1),
                        new_number: Some(i + 1),
                        title: rule.title.to_string(),
                        fate,
                        moved: rank(&shared_old) != rank(&shared_new),
                        segments,
                    }
                }
                None => RuleDiff {
                    id: rule.id.to_string(),
                    old_number: None,
                    new_number: Some(i + 1),
                    title: rule.title.to_string(),
                    fate: Fate::Added,
                    moved: false,
                    segments: whole(Change::Added, &new_text),
                },
            }
        })
        .collect();
    for (j, rule) in older.rules.iter().enumerate().filter(|(_, r)| !new_ids.contains(&r.id.as_str())) {
        // A removed rule is shown where it stood.
        let at = diffs.iter().position(|d| d.old_number.is_some_and(|n| n > j + 1)).unwrap_or(diffs.len());
        diffs.insert(
            at,
            RuleDiff {
                id: rule.id.to_string(),
                old_number: Some(j + 1),
                new_number: None,
                title: rule.title.to_string(),
                fate: Fate::Removed,
                moved: false,
                segments: whole(Change::Removed, &text(&rule.title, &rule.body)),
            },
        );
    }
    diffs
}

/// The sections of a Markdown body: the text before the first heading, then each heading with
/// what follows it until the next. Headings inside fenced code are text.
fn sections(body: &str) -> Vec<(String, String)> {
    let mut sections = vec![(String::new(), String::new())];
    let mut fenced = false;
    for line in body.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
        }
        let heading = trimmed.strip_prefix('#').filter(|_| !fenced && line.len() - trimmed.len() < 4);
        match heading.map(|h| h.trim_start_matches('#')) {
            Some(title) if title.is_empty() || title.starts_with(' ') => {
                sections.push((title.trim().trim_end_matches('#').trim().to_owned(), String::new()))
            }
            _ => {
                let text = &mut sections.last_mut().expect("one section at least").1;
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    sections.retain(|(title, text)| !(title.is_empty() && text.trim().is_empty()));
    sections
}

/// Parts matched by their folded title: those of `new` in their order, then those only `old`
/// had.
fn parts(old: Vec<(String, String)>, new: Vec<(String, String)>) -> Vec<PartDiff> {
    let key = |title: &str| fold(title).split_whitespace().collect::<Vec<_>>().join(" ");
    let mut diffs: Vec<PartDiff> = new
        .iter()
        .map(|(title, text)| match old.iter().find(|(t, _)| key(t) == key(title)) {
            Some((_, old_text)) => {
                let (fate, segments) = compare(old_text.trim(), text.trim());
                PartDiff { title: title.clone(), fate, segments }
            }
            None => PartDiff { title: title.clone(), fate: Fate::Added, segments: whole(Change::Added, text.trim()) },
        })
        .collect();
    for (title, text) in old.iter().filter(|(t, _)| !new.iter().any(|(n, _)| key(n) == key(t))) {
        diffs.push(PartDiff {
            title: title.clone(),
            fate: Fate::Removed,
            segments: whole(Change::Removed, text.trim()),
        });
    }
    diffs
}

fn body(old: &str, new: &str) -> Vec<PartDiff> {
    parts(sections(old), sections(new))
}

fn faq(older: &Document, newer: &Document) -> Vec<PartDiff> {
    let questions =
        |doc: &Document| doc.faq().iter().map(|q| (q.question.to_string(), q.answer.to_string())).collect::<Vec<_>>();
    parts(questions(older), questions(newer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_compared_section_by_section() {
        let old = "Intro.\n\n## Horaires\n\nDe 9 h à 17 h.\n\n## Ancienne\n\nPartie retirée.\n";
        let new =
            "Intro.\n\n## Horaires\n\nDe 9 h à 18 h.\n\n## Nouvelle\n\nPartie ajoutée.\n```\n# pas un titre\n```\n";
        let diffs = body(old, new);
        let shown: Vec<(&str, Fate)> = diffs.iter().map(|d| (d.title.as_str(), d.fate)).collect();
        assert_eq!(
            shown,
            [
                ("", Fate::Unchanged),
                ("Horaires", Fate::Reworded),
                ("Nouvelle", Fate::Added),
                ("Ancienne", Fate::Removed)
            ]
        );
        let changed: Vec<(Change, &str)> = diffs[1]
            .segments
            .iter()
            .filter(|s| s.change != Change::Same)
            .map(|s| (s.change, s.text.as_str()))
            .collect();
        assert_eq!(changed, [(Change::Removed, "17"), (Change::Added, "18")]);
        assert!(diffs[2].segments[0].text.contains("# pas un titre"));
    }
}
