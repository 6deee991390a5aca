//! The Qual-e-pref referential as written: the built-in one and `content/referentiel.yaml`.

use schemars::JsonSchema;
use serde::Deserialize;

use super::required::{required, required_option};
use super::Text;
use crate::source::Spanned;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Engagement {
    /// Such as `"20.3"`.
    #[serde(deserialize_with = "required")]
    pub number: Text,
    #[serde(deserialize_with = "required")]
    pub text: Text,
    /// The module of the referential it belongs to, such as `"1"`.
    #[serde(default, deserialize_with = "required_option")]
    pub module: Option<Text>,
}

/// The file format of the referential.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferentialFile {
    pub engagements: Vec<Spanned<Engagement>>,
}
