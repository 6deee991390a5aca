//! `library.yaml`, the manifest of a model library: the folder of models a national team
//! publishes for administrations to fork.

use schemars::JsonSchema;
use serde::Deserialize;

use super::required::required;
use super::Text;

/// `library.yaml` at the top of a model library's folder.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LibraryFile {
    /// The name forks give it in `extends` (`sig` for `@sig/moderation`); the site declares it
    /// under the same name in `site.yaml`.
    #[serde(deserialize_with = "required")]
    pub name: Text,
    /// Who publishes the models: "Service d'information du Gouvernement".
    #[serde(deserialize_with = "required")]
    pub publisher: Text,
    /// Under what licence forks may reuse them: "etalab-2.0".
    #[serde(deserialize_with = "required")]
    pub licence: Text,
}
