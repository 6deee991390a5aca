//! What `extends` names: a model, and the version of it that a fork is made from, written like
//! the file of an earlier version (`moderation@1.1.md`): `"@etat-moderation@2.0"` is version 2.0
//! of the built-in model `@etat-moderation`, `"chartes/moderation@1.1"` version 1.1 of a document
//! of the site. Without a version, the model is taken as it is now.

/// `extends` read as a model and an optional version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelRef<'a> {
    /// `@etat-moderation`, or a document's path under `content/` without extension.
    pub model: &'a str,
    /// The pinned version (`2.0`), when one is written.
    pub version: Option<&'a str>,
}

impl<'a> ModelRef<'a> {
    pub fn parse(extends: &'a str) -> ModelRef<'a> {
        let text = extends.trim();
        // The `@` that starts a built-in model's name is not a version's.
        match text.rfind('@') {
            Some(at) if at > 0 => ModelRef { model: text[..at].trim_end(), version: Some(text[at + 1..].trim()) },
            _ => ModelRef { model: text, version: None },
        }
    }

    /// Whether the model comes from a library (charte's own models: `@NAME`) rather than from
    /// the site: such a model changes apart from the site, so forks pin its version.
    pub fn is_library(&self) -> bool {
        self.model.starts_with('@')
    }

    /// How `extends` is written to pin `version` of `model`.
    pub fn pinned(model: &str, version: &str) -> String {
        format!("{model}@{version}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_follows_the_last_at_sign() {
        let read = |text| {
            let r = ModelRef::parse(text);
            (r.model, r.version)
        };
        assert_eq!(read("@etat-moderation"), ("@etat-moderation", None));
        assert_eq!(read(" @etat-moderation@2.0 "), ("@etat-moderation", Some("2.0")));
        assert_eq!(read("chartes/moderation@1.1"), ("chartes/moderation", Some("1.1")));
        assert_eq!(read("chartes/moderation"), ("chartes/moderation", None));
        assert_eq!(read("@etat-moderation@"), ("@etat-moderation", Some("")));
        assert_eq!(read("@"), ("@", None));
        assert_eq!(read(""), ("", None));
        assert!(ModelRef::parse("@glossaire@1.0").is_library());
        assert!(!ModelRef::parse("chartes/moderation@1.0").is_library());
        assert_eq!(ModelRef::pinned("@glossaire", "1.0"), "@glossaire@1.0");
    }
}
