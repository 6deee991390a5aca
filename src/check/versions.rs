//! Earlier versions: each text of an earlier version belongs to a current document of the same
//! kind, is a version its history lists, older than the current one; each version the history
//! lists without a text is a notice (its text cannot be read on the site).

use crate::model::document::Document;
use crate::model::SiteModel;
use crate::source::{Code, Diagnostic};

/// The checks of one document's versions. They read the document's other versions, on which the
/// model makes it depend (`version_files`), so that their result is kept with the document.
pub fn check_document(model: &SiteModel, doc: &Document, out: &mut Vec<Diagnostic>) {
    match &doc.earlier {
        Some(_) => earlier(model, doc, out),
        None => without_text(model, doc, out),
    }
}

/// The checks of the text of an earlier version.
fn earlier(model: &SiteModel, doc: &Document, out: &mut Vec<Diagnostic>) {
    let Some(earlier) = &doc.earlier else { return };
    let file = &doc.file;
    let Some(current) = model.document(&earlier.of) else {
        out.push(
            Diagnostic::about_file(
                Code::VersionUnknown,
                file.display.clone(),
                format!(
                    "this is the text of version {} of `{}`, but there is no such document",
                    earlier.version, earlier.of
                ),
            )
            .with_help(format!("the current text goes in the file `{}` (.md or .yaml) beside it", earlier.of)),
        );
        return;
    };
    match &doc.fields.version {
        Some(version) if version.trim() != earlier.version => out.push(
            file.at(
                Code::VersionUnknown,
                version,
                format!(
                    "the file holds version {} by its name, but says `version: {}`",
                    earlier.version,
                    version.as_str()
                ),
            )
            .with_help("the file of version V is named NAME@V.md: rename it, or correct `version`"),
        ),
        _ => {}
    }
    if doc.kind() != current.kind() {
        let at = doc.fields.kind.as_ref().map(|k| k.position()).unwrap_or((1, 1));
        out.push(
            file.diagnostic(
                Code::VersionKind,
                at,
                format!(
                    "this version is `{}` but the current document is `{}`",
                    doc.kind().as_str(),
                    current.kind().as_str()
                ),
            )
            .with_help("a document keeps its kind from one version to the next"),
        );
    }
    let history = &current.fields.history;
    let listed = history.iter().position(|h| h.version.trim() == earlier.version);
    let current_at = current.fields.version.as_deref().and_then(|v| history.iter().position(|h| *h.version == *v));
    match (listed, current_at) {
        (None, _) => out.push(
            Diagnostic::about_file(
                Code::VersionUnknown,
                file.display.clone(),
                format!("version {} is not in the history of {}", earlier.version, current.file.display.display()),
            )
            .with_help(format!("add `{{ version: \"{}\", date: …, changes: … }}` to its `history`", earlier.version)),
        ),
        (Some(at), Some(current_at)) if at <= current_at => out.push(
            Diagnostic::about_file(
                Code::VersionNewer,
                file.display.clone(),
                format!(
                    "version {} is not older than the current version {} of {}",
                    earlier.version,
                    current.fields.version.as_deref().map_or("", String::as_str),
                    current.file.display.display()
                ),
            )
            .with_help("the current text is the document's own file; a file NAME@V.md holds an older version"),
        ),
        _ => {}
    }
}

/// The versions `doc`'s history lists that have no text, as notices.
fn without_text(model: &SiteModel, doc: &Document, out: &mut Vec<Diagnostic>) {
    if doc.fields.history.len() < 2 {
        return;
    }
    for entry in model.versions.line(doc).into_iter().filter(|v| v.text.is_none()) {
        out.push(
            doc.file
                .at(
                    Code::VersionWithoutText,
                    entry.version,
                    format!("version {} has no text: readers cannot consult it", entry.version.as_str()),
                )
                .with_help(format!(
                    "to publish it, put its text in `{}@{}.md` beside this file",
                    doc.slug.rsplit('/').next().unwrap_or(&doc.slug),
                    entry.version.as_str()
                )),
        );
    }
}
