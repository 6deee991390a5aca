//! The language of the tool: every message it prints (diagnostics, summaries, help, what a
//! command did) is in French, or in English when the locale asks for it (`LC_ALL`, then
//! `LC_MESSAGES`, then `LANG`, the first one set decides; a value starting with `en` means
//! English). The messages are Fluent files, `fr.ftl` and `en.ftl` beside this module, embedded
//! in the binary; [`tr!`](crate::tr) formats one of them by its identifier.
//!
//! The pages of a site are not concerned: their language is the site's (`language` in
//! `site.yaml`).

pub mod comments;

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The messages in French, the tool's first language.
pub const FRENCH: &str = include_str!("fr.ftl");
/// The same messages in English.
pub const ENGLISH: &str = include_str!("en.ftl");

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    French,
    English,
}

impl Language {
    /// The language the locale variables ask for: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set and not empty decides (as POSIX orders them); French unless it starts
    /// with `en`.
    pub fn from_locale(get: impl Fn(&str) -> Option<String>) -> Language {
        let chosen = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|name| get(name).filter(|v| !v.is_empty()));
        match chosen {
            Some(value) if value.to_ascii_lowercase().starts_with("en") => Language::English,
            _ => Language::French,
        }
    }

    fn source(self) -> &'static str {
        match self {
            Language::French => FRENCH,
            Language::English => ENGLISH,
        }
    }

    fn tag(self) -> unic_langid::LanguageIdentifier {
        match self {
            Language::French => "fr".parse().unwrap_or_default(),
            Language::English => "en".parse().unwrap_or_default(),
        }
    }
}

/// The language of this process, read once from the environment (French in the unit tests,
/// whatever the machine's locale, so that they assert the same words everywhere).
#[cfg(test)]
pub fn language() -> Language {
    Language::French
}

/// The language of this process, read once from the environment.
#[cfg(not(test))]
pub fn language() -> Language {
    static CHOSEN: LazyLock<Language> = LazyLock::new(|| Language::from_locale(|name| std::env::var(name).ok()));
    *CHOSEN
}

/// The messages of one language.
pub struct Messages {
    bundle: FluentBundle<FluentResource>,
}

impl Messages {
    /// The messages of `language`. The files are part of the binary and a test reads them both:
    /// a mistake in one is a mistake of the program.
    pub fn new(language: Language) -> Messages {
        let resource =
            FluentResource::try_new(language.source().to_owned()).unwrap_or_else(|(resource, _errors)| resource);
        let mut bundle = FluentBundle::new_concurrent(vec![language.tag()]);
        // The messages go to a terminal, where the isolation marks around each value would
        // show as odd characters.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Messages { bundle }
    }

    /// The message `id` with its arguments; the identifier itself if there is no such message
    /// (a test checks that every identifier the code uses has its message in both languages).
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Whether there is a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.get_message(id).is_some_and(|m| m.value().is_some())
    }
}

/// The messages of `language`, loaded on first use.
pub fn messages(language: Language) -> &'static Messages {
    static FRENCH_MESSAGES: LazyLock<Messages> = LazyLock::new(|| Messages::new(Language::French));
    static ENGLISH_MESSAGES: LazyLock<Messages> = LazyLock::new(|| Messages::new(Language::English));
    match language {
        Language::French => &FRENCH_MESSAGES,
        Language::English => &ENGLISH_MESSAGES,
    }
}

/// The message `id` in the tool's language, with `args`.
pub fn message(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let messages = messages(language());
    if args.is_empty() {
        return messages.format(id, None);
    }
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    messages.format(id, Some(&fluent))
}

/// A value given to a message: text as it is, numbers so that Fluent chooses the plural form.
pub trait Argument {
    fn argument(&self) -> FluentValue<'_>;
}

impl Argument for str {
    fn argument(&self) -> FluentValue<'_> {
        FluentValue::from(self)
    }
}

impl Argument for String {
    fn argument(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl<T: Argument + ?Sized> Argument for &T {
    fn argument(&self) -> FluentValue<'_> {
        (**self).argument()
    }
}

impl Argument for std::path::Path {
    fn argument(&self) -> FluentValue<'_> {
        FluentValue::from(self.display().to_string())
    }
}

impl Argument for std::path::PathBuf {
    fn argument(&self) -> FluentValue<'_> {
        self.as_path().argument()
    }
}

macro_rules! number_arguments {
    ($($t:ty),*) => {$(
        impl Argument for $t {
            fn argument(&self) -> FluentValue<'_> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arguments!(usize, u8, u16, u32, u64, i32, i64);

/// The message `id` in the tool's language: `tr!("build-done")`, or with arguments
/// `tr!("build-failed", errors = 2)`. Text, paths and numbers may be given; numbers choose the
/// plural form ("1 erreur", "2 erreurs").
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Argument::argument(&$value))),+])
    };
}

#[cfg(test)]
mod tests;
