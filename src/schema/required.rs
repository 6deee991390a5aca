//! Texts that may not be empty: a required field written `""`, `~`, `null` or with nothing after
//! its colon is an error where it is written, not a blank published as is.

use serde::de::Error;
use serde::{Deserialize, Deserializer};

use super::Text;

/// What the reader says of an empty text; the loader words the diagnostic from it.
pub const EMPTY: &str = "this field is empty";

/// Whether `text` stands for no value: nothing but spaces, or YAML's words for null.
pub fn is_empty(text: &str) -> bool {
    matches!(text.trim(), "" | "~" | "null" | "Null" | "NULL")
}

/// A text that must say something.
pub fn required<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
    let text = Text::deserialize(deserializer)?;
    if is_empty(&text) {
        return Err(D::Error::custom(EMPTY));
    }
    Ok(text)
}

/// An optional field that, when given, must say something.
pub fn required_option<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Text>, D::Error> {
    required(deserializer).map(Some)
}
