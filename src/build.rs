//! The pipeline end to end: load → model → check → prepare → check links → render → write.
//! `check` stops before rendering; `build` stops there too when anything is an error, so that a
//! failed build writes nothing.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::check;
use crate::diagnostics::Diagnostic;
use crate::model::date::Date;
use crate::model::SiteModel;
use crate::render::{self, PreparedSite, Selection};
use crate::report::Summary;
use crate::{load, write};

/// Why a command stopped.
pub enum Failure {
    /// Bad usage or an I/O failure outside the content (exit 2).
    Usage(String),
    /// The content has errors (exit 1); the other diagnostics come along.
    Content(Vec<Diagnostic>),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::Content(_) => 1,
        }
    }
}

/// Reads and checks the site at `root`, then hands the model, its prepared documents and every
/// diagnostic to `then`. Fails only when the site cannot be read at all.
fn analyse<R>(
    root: &Path,
    today: Date,
    selection: Selection,
    then: impl FnOnce(&SiteModel, &PreparedSite, Vec<Diagnostic>) -> R,
) -> Result<R, Failure> {
    if !root.join("content").is_dir() {
        return Err(Failure::Usage(format!(
            "{} is not a charte site: it has no content/ folder (use --root to point at one)",
            root.display()
        )));
    }
    let mut loaded = load::load(root);
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    let Some(model) = SiteModel::new(loaded, &mut diagnostics) else {
        return Err(Failure::Content(diagnostics));
    };
    diagnostics.extend(check::check(&model, today));
    let prepared = render::prepare(&model, today, selection);
    diagnostics.extend(prepared.warnings().cloned());
    check::links::check(&model, &prepared, &mut diagnostics);
    Ok(then(&model, &prepared, diagnostics))
}

/// What `charte check` found.
pub struct CheckReport {
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
}

/// Runs every diagnostic without writing anything. A site whose `site.yaml` cannot be read
/// still gets a report (of that error).
pub fn check(root: &Path, today: Date) -> Result<CheckReport, Failure> {
    match analyse(root, today, Selection::ALL, |model, _, diagnostics| CheckReport {
        summary: Summary::new(Some(model), &diagnostics, today),
        diagnostics,
    }) {
        Err(Failure::Content(diagnostics)) => {
            Ok(CheckReport { summary: Summary::new(None, &diagnostics, today), diagnostics })
        }
        other => other,
    }
}

pub struct BuildOptions {
    pub root: PathBuf,
    pub output: Option<PathBuf>,
    pub today: Date,
    pub force: bool,
    pub selection: Selection,
}

/// What a successful build did.
pub struct BuildReport {
    pub output: PathBuf,
    pub documents: usize,
    pub pages: usize,
    /// Warnings and notices (a build with errors fails).
    pub diagnostics: Vec<Diagnostic>,
    pub elapsed: Duration,
}

pub fn build(options: &BuildOptions) -> Result<BuildReport, Failure> {
    let start = Instant::now();
    let root = &options.root;
    let output = options.output.clone().unwrap_or_else(|| root.join("public"));
    let output = write::check_output(root, &output, options.force).map_err(Failure::Usage)?;
    analyse(root, options.today, options.selection, |model, prepared, diagnostics| {
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(Failure::Content(diagnostics));
        }
        let rendered = match render::render(root, model, prepared, options.today, options.selection) {
            Ok(rendered) => rendered,
            Err(mut errors) => {
                errors.extend(diagnostics);
                return Err(Failure::Content(errors));
            }
        };
        write::write(&output, &rendered)
            .map_err(|e| Failure::Usage(format!("cannot write {}: {e}", output.display())))?;
        Ok(BuildReport {
            output: output.clone(),
            documents: prepared.documents.len(),
            pages: rendered.pages.len(),
            diagnostics,
            elapsed: start.elapsed(),
        })
    })?
}
