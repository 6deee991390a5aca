//! [`Spanned`]: a value with where it starts in its file. Kept small (16 bytes besides the
//! value), since a site holds one for every text of every document.
//!
//! The YAML library's tree reader hands positions to a type that asks for them through serde by
//! a struct name and field names of its own; [`Spanned`] asks in the same words. The fast reader
//! of `load/yaml/events.rs` answers the same struct name with a sequence: character, line,
//! column, value.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::Deref;

use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Where a value starts: its line and column (1-based) and its character offset (0-based) in
/// the text that was parsed, and whether it was taken from a model. Line 0: no position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    character: u32,
    line: u32,
    column: u32,
    inherited: bool,
}

impl Span {
    pub(crate) fn at(character: usize, line: usize, column: usize) -> Span {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span { character: narrow(character), line: narrow(line), column: narrow(column), inherited: false }
    }

    /// Line and column (1-based), if the value came from a file.
    pub fn start(&self) -> Option<(usize, usize)> {
        (self.line > 0).then_some((self.line as usize, self.column as usize))
    }

    /// The offset, in characters, where the value starts in its file.
    pub fn character(&self) -> usize {
        self.character as usize
    }

    /// Whether the value there was taken from a model.
    pub fn is_inherited(&self) -> bool {
        self.inherited
    }

    /// The same place, marked as taken from a model (or at the model's first line if unknown).
    pub fn inherited(self) -> Span {
        let base = if self.line > 0 { self } else { Span::at(0, 1, 1) };
        Span { inherited: true, ..base }
    }
}

/// A value and where it starts. Compares and hashes as its value.
#[derive(Debug, Clone, Copy)]
pub struct Spanned<T> {
    span: Span,
    value: T,
}

impl<T> Spanned<T> {
    pub fn new(span: Span, value: T) -> Spanned<T> {
        Spanned { span, value }
    }

    /// A value that did not come from a file (a default), with no position.
    pub fn unspanned(value: T) -> Spanned<T> {
        Spanned::new(Span::default(), value)
    }

    pub fn span(&self) -> &Span {
        &self.span
    }

    /// Line and column (1-based) where the value starts; `(1, 1)` when it has no position.
    pub fn position(&self) -> (usize, usize) {
        self.span.start().unwrap_or((1, 1))
    }

    /// Whether the value was taken from a model.
    pub fn is_inherited(&self) -> bool {
        self.span.is_inherited()
    }

    /// Another value at the same place (a text after its variables are replaced).
    pub fn with_value<U>(&self, value: U) -> Spanned<U> {
        Spanned::new(self.span, value)
    }
}

impl<T: Clone> Spanned<T> {
    /// The value, marked as taken from a model: its position is the model's, not the document's.
    pub fn inherited(&self) -> Spanned<T> {
        Spanned::new(self.span.inherited(), self.value.clone())
    }
}

impl<T> Deref for Spanned<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> std::ops::DerefMut for Spanned<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Spanned<T> {}

impl<T: PartialEq> PartialEq<T> for Spanned<T> {
    fn eq(&self, other: &T) -> bool {
        self.value == *other
    }
}

impl PartialEq<&str> for Spanned<String> {
    fn eq(&self, other: &&str) -> bool {
        self.value == *other
    }
}

impl<T: Hash> Hash for Spanned<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state)
    }
}

impl Borrow<str> for Spanned<String> {
    fn borrow(&self) -> &str {
        &self.value
    }
}

impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

/// The words in which the YAML library's deserialisers hand out positions: a struct of this
/// name, whose fields are the start (source, character, line, column), perhaps the end, then
/// the value.
pub(crate) const STRUCT: &str = "$___::marked_data::serde::Spanned<T>";
const START_SOURCE: &str = "$___::marked_data::serde::Spanned<T>::span_start_source";
const START_CHARACTER: &str = "$___::marked_data::serde::Spanned<T>::span_start_char";
const START_LINE: &str = "$___::marked_data::serde::Spanned<T>::span_start_line";
const START_COLUMN: &str = "$___::marked_data::serde::Spanned<T>::span_start_column";
const INNER: &str = "$___::marked_data::serde::Spanned<T>::inner";
const FIELDS: &[&str] = &[
    START_SOURCE,
    START_CHARACTER,
    START_LINE,
    START_COLUMN,
    "$___::marked_data::serde::Spanned<T>::span_end_source",
    "$___::marked_data::serde::Spanned<T>::span_end_char",
    "$___::marked_data::serde::Spanned<T>::span_end_line",
    "$___::marked_data::serde::Spanned<T>::span_end_column",
    INNER,
];

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SpannedVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for SpannedVisitor<T> {
            type Value = Spanned<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value with its position in the file")
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Spanned<T>, M::Error> {
                let (mut character, mut line, mut column) = (0, 0, 0);
                while let Some(key) = map.next_key::<&str>()? {
                    match key {
                        START_CHARACTER => character = map.next_value()?,
                        START_LINE => line = map.next_value()?,
                        START_COLUMN => column = map.next_value()?,
                        INNER => {
                            let value = map.next_value()?;
                            return Ok(Spanned::new(Span::at(character, line, column), value));
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Err(de::Error::custom("the YAML reader gave no value"))
            }

            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Spanned<T>, S::Error> {
                let mut next_number = || -> Result<usize, S::Error> {
                    seq.next_element()?.ok_or_else(|| de::Error::custom("the YAML reader gave no position"))
                };
                let (character, line, column) = (next_number()?, next_number()?, next_number()?);
                let value = seq.next_element()?.ok_or_else(|| de::Error::custom("the YAML reader gave no value"))?;
                Ok(Spanned::new(Span::at(character, line, column), value))
            }
        }

        deserializer.deserialize_struct(STRUCT, FIELDS, SpannedVisitor(PhantomData))
    }
}

/// A value with its position is described as the value alone.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}
