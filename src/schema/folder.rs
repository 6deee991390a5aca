//! `_index.yaml` in a folder of `content/`: the folder's title, which breadcrumbs show in place
//! of its name (`procedures/_index.yaml` with `title: "Procédures qualité"`).

use schemars::JsonSchema;
use serde::Deserialize;

use super::required::required;
use super::Text;

/// The name of a folder's title file.
pub const FILE_NAME: &str = "_index.yaml";

/// A folder's `_index.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Folder {
    /// The folder's title, as breadcrumbs show it.
    #[serde(deserialize_with = "required")]
    pub title: Text,
}
