//! The `build` pipeline end to end: load → model → check → render → write, stopping before
//! anything is written if any step found an error.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::diagnostics::Diagnostic;
use crate::model::date::Date;
use crate::model::SiteModel;
use crate::{check, load, render, write};

pub struct BuildOptions {
    pub root: PathBuf,
    pub output: Option<PathBuf>,
    pub today: Date,
    pub force: bool,
}

/// What a successful build did.
pub struct BuildReport {
    pub output: PathBuf,
    pub documents: usize,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
    pub elapsed: Duration,
}

/// Why a build stopped.
pub enum BuildFailure {
    /// Bad usage or an I/O failure outside the content (exit 2).
    Usage(String),
    /// The content has errors (exit 1); warnings come along.
    Content(Vec<Diagnostic>),
}

impl BuildFailure {
    pub fn exit_code(&self) -> i32 {
        match self {
            BuildFailure::Usage(_) => 2,
            BuildFailure::Content(_) => 1,
        }
    }
}

/// Loads, checks and models the site at `root`; every diagnostic found on the way.
pub fn load_site(root: &Path) -> Result<(SiteModel, Vec<Diagnostic>), BuildFailure> {
    if !root.join("content").is_dir() {
        return Err(BuildFailure::Usage(format!(
            "{} is not a charte site: it has no content/ folder (use --root to point at one)",
            root.display()
        )));
    }
    let mut loaded = load::load(root);
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    let Some(model) = SiteModel::new(loaded) else {
        return Err(BuildFailure::Content(diagnostics));
    };
    diagnostics.extend(check::check(&model));
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(BuildFailure::Content(diagnostics));
    }
    Ok((model, diagnostics))
}

pub fn build(options: &BuildOptions) -> Result<BuildReport, BuildFailure> {
    let start = Instant::now();
    let root = &options.root;
    let output = options.output.clone().unwrap_or_else(|| root.join("public"));
    let output = write::check_output(root, &output, options.force).map_err(BuildFailure::Usage)?;
    let (model, warnings) = load_site(root)?;
    let rendered = render::render(root, &model, options.today).map_err(|mut errors| {
        errors.extend(warnings.iter().cloned());
        BuildFailure::Content(errors)
    })?;
    write::write(&output, &rendered)
        .map_err(|e| BuildFailure::Usage(format!("cannot write {}: {e}", output.display())))?;
    Ok(BuildReport {
        output,
        documents: model.documents.len(),
        pages: rendered.pages.len(),
        warnings,
        elapsed: start.elapsed(),
    })
}
