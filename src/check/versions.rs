//! Earlier versions: each text of an earlier version belongs to a current document of the same
//! kind, is a version its history lists, older than the current one; each version the history
//! lists without a text is a notice (its text cannot be read on the site).

use crate::model::document::Document;
use crate::model::SiteModel;
use crate::source::{Code, Diagnostic};
use crate::tr;

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
                tr!("version-of-nothing", version = earlier.version, document = earlier.of),
            )
            .with_help(tr!("version-of-nothing-help", document = earlier.of)),
        );
        return;
    };
    match &doc.fields.version {
        Some(version) if version.trim() != earlier.version => out.push(
            file.at(
                Code::VersionUnknown,
                version,
                tr!("version-name", version = earlier.version, said = version.as_str()),
            )
            .with_help(tr!("version-name-help")),
        ),
        _ => {}
    }
    if doc.kind() != current.kind() {
        let at = doc.fields.kind.as_ref().map(|k| k.position()).unwrap_or((1, 1));
        out.push(
            file.diagnostic(
                Code::VersionKind,
                at,
                tr!("version-kind", kind = doc.kind().as_str(), current = current.kind().as_str()),
            )
            .with_help(tr!("version-kind-help")),
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
                tr!("version-unlisted", version = earlier.version, document = current.file.display),
            )
            .with_help(tr!("version-unlisted-help", version = earlier.version)),
        ),
        (Some(at), Some(current_at)) if at <= current_at => out.push(
            Diagnostic::about_file(
                Code::VersionNewer,
                file.display.clone(),
                tr!(
                    "version-newer",
                    version = earlier.version,
                    current = current.fields.version.as_deref().map_or("", String::as_str),
                    document = current.file.display
                ),
            )
            .with_help(tr!("version-newer-help")),
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
                    tr!("version-without-text", version = entry.version.as_str()),
                )
                .with_help(tr!(
                    "version-without-text-help",
                    file =
                        format!("{}@{}.md", doc.slug.rsplit('/').next().unwrap_or(&doc.slug), entry.version.as_str())
                )),
        );
    }
}
