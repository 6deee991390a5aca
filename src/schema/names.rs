//! The one rule for names that become web addresses: file and folder names under `content/`,
//! the slugs `charte new` takes, and rule ids (anchors). Lowercase ASCII letters, digits and
//! hyphens; a rule id starts with a letter; the file of an earlier version ends with
//! `@VERSION` (`moderation@1.1.md`).

/// Whether `name` is made of lowercase ASCII letters, digits and hyphens, neither starting nor
/// ending with a hyphen.
pub fn is_web_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('-')
        && !name.ends_with('-')
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `code` is a language tag as pages use them (BCP 47's common forms): `en`, `en-GB`,
/// `oc`, `de-CH`.
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
        && code.len() <= 35
}

/// Whether `id` can be a rule's anchor: a web name that starts with a letter.
pub fn is_rule_id(id: &str) -> bool {
    is_web_name(id) && id.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Whether `version` can end the name of an earlier version's file (`1.1`, `2`, `2024-06`):
/// digits, lowercase letters, dots and hyphens, starting and ending with a digit or a letter.
pub fn is_version_suffix(version: &str) -> bool {
    let alphanumeric = |c: char| c.is_ascii_digit() || c.is_ascii_lowercase();
    version.starts_with(alphanumeric)
        && version.ends_with(alphanumeric)
        && version.chars().all(|c| alphanumeric(c) || c == '.' || c == '-')
}

/// A content path without its extension (`chartes/moderation`, `chartes/moderation@1.1`) split
/// into its slug and the version of an earlier version; or the part that breaks the rule.
pub fn split_slug(stem: &str) -> Result<(String, Option<String>), String> {
    let parts: Vec<&str> = stem.split('/').collect();
    let (folders, last) = parts.split_at(parts.len() - 1);
    for folder in folders {
        if !is_web_name(folder) {
            return Err((*folder).to_owned());
        }
    }
    let (name, version) = match last[0].split_once('@') {
        Some((name, version)) if is_version_suffix(version) => (name, Some(version.to_owned())),
        Some(_) => return Err(last[0].to_owned()),
        None => (last[0], None),
    };
    if !is_web_name(name) {
        return Err(last[0].to_owned());
    }
    let slug = folders.iter().copied().chain([name]).collect::<Vec<_>>().join("/");
    Ok((slug, version))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_for_every_name() {
        for good in ["moderation", "charte-2024", "a1"] {
            assert!(is_web_name(good), "{good}");
        }
        for bad in ["", "a_b", "a..b", "x.md", "v1.2", "Charte", "é", "-a", "a-", "a b", "a@1"] {
            assert!(!is_web_name(bad), "{bad}");
        }
        assert!(is_rule_id("publicite") && !is_rule_id("2-regle"));
    }

    #[test]
    fn slugs_and_earlier_versions() {
        assert_eq!(split_slug("chartes/moderation"), Ok(("chartes/moderation".to_owned(), None)));
        assert_eq!(split_slug("chartes/moderation@1.1"), Ok(("chartes/moderation".to_owned(), Some("1.1".to_owned()))));
        assert_eq!(split_slug("glossaire@3"), Ok(("glossaire".to_owned(), Some("3".to_owned()))));
        assert_eq!(split_slug("x.md/a"), Err("x.md".to_owned()));
        assert_eq!(split_slug("v1.2/a"), Err("v1.2".to_owned()));
        assert_eq!(split_slug("a_b"), Err("a_b".to_owned()));
        assert_eq!(split_slug("a..b"), Err("a..b".to_owned()));
        assert_eq!(split_slug("a@"), Err("a@".to_owned()));
        assert_eq!(split_slug("a@1.1.x."), Err("a@1.1.x.".to_owned()));
        assert_eq!(split_slug("dossier@1/a"), Err("dossier@1".to_owned()));
    }
}
