//! Themes: the default theme embedded in the binary (`themes/default/`), overridden file by file
//! by the site's `themes/NAME/` (a named theme need only hold the files it changes) and then by
//! `ROOT/templates/`. Compiles the Tera templates once.

use crate::tr;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use tera::{ErrorKind, Tera};

use super::typography;
use crate::model::SiteModel;
use crate::source::{relative_to, Code, Diagnostic, SourceFile};

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Where a static file's bytes come from.
#[derive(Debug, Clone)]
pub enum StaticSource {
    Embedded(&'static [u8]),
    File(PathBuf),
}

/// The compiled templates and the static files of the theme in force.
#[derive(Clone)]
pub struct Theme {
    pub tera: Tera,
    /// Output path (relative to the output folder) → source, later layers winning.
    pub statics: BTreeMap<PathBuf, StaticSource>,
    /// Template name → where it came from, to locate rendering errors.
    sources: BTreeMap<String, TemplateSource>,
    /// Whether pages get French typography ([`typography::french`]).
    typography: bool,
    /// What the templates and static files hold, worked out once ([`Theme::fingerprint`]).
    fingerprint: u64,
}

#[derive(Clone)]
struct TemplateSource {
    display: PathBuf,
    text: String,
}

pub fn load(root: &Path, model: &SiteModel) -> Result<Theme, Vec<Diagnostic>> {
    let site = &model.site;
    let mut templates: BTreeMap<String, TemplateSource> = BTreeMap::new();
    let mut statics = BTreeMap::new();
    let mut diagnostics = Vec::new();

    let name = site.theme.as_str();
    let theme_dir = root.join("themes").join(name);
    // A theme is a folder of themes/, named by the rule of names: never a path that leads out.
    let named = crate::schema::names::is_web_name(name);
    if name != "default" && !(named && theme_dir.is_dir()) {
        return Err(vec![model
            .site_file
            .at(Code::UnknownTheme, &site.theme, tr!("theme-unknown", name = name))
            .with_help(tr!("theme-unknown-help"))]);
    }
    embedded_layer(&mut templates, &mut statics);
    if theme_dir.is_dir() {
        disk_layer(root, &theme_dir.join("templates"), &mut templates, &mut diagnostics);
        static_layer(&theme_dir.join("static"), &mut statics);
    }
    disk_layer(root, &root.join("templates"), &mut templates, &mut diagnostics);
    static_layer(&root.join("static"), &mut statics);
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }

    let mut tera = Tera::new();
    tera.register_filter("css_string", css_string);
    let raw: Vec<(&str, &str)> = templates.iter().map(|(n, t)| (n.as_str(), t.text.as_str())).collect();
    if let Err(err) = tera.add_raw_templates(raw) {
        return Err(vec![template_error(&err, &templates)]);
    }
    let fingerprint = fingerprint(&templates, &statics);
    Ok(Theme { tera, statics, sources: templates, typography: site.french_typography(), fingerprint })
}

/// A fingerprint of what `templates` and `statics` hold.
fn fingerprint(templates: &BTreeMap<String, TemplateSource>, statics: &BTreeMap<PathBuf, StaticSource>) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    for (name, source) in templates {
        (name, &source.text).hash(&mut hasher);
    }
    for (path, source) in statics {
        path.hash(&mut hasher);
        match source {
            StaticSource::Embedded(bytes) => bytes.hash(&mut hasher),
            StaticSource::File(file) => std::fs::read(file).unwrap_or_default().hash(&mut hasher),
        }
    }
    hasher.finish()
}

fn embedded_layer(templates: &mut BTreeMap<String, TemplateSource>, statics: &mut BTreeMap<PathBuf, StaticSource>) {
    fn walk<'a>(dir: &'a Dir<'a>, out: &mut Vec<&'a include_dir::File<'a>>) {
        out.extend(dir.files());
        for sub in dir.dirs() {
            walk(sub, out);
        }
    }
    let mut files = Vec::new();
    walk(&DEFAULT_THEME, &mut files);
    for file in files {
        let path = file.path();
        if let Ok(name) = path.strip_prefix("templates") {
            let text = file.contents_utf8().unwrap_or_default().to_owned();
            let display = Path::new("(built-in theme)").join(path);
            templates.insert(template_name(name), TemplateSource { display, text });
        } else if let Ok(rel) = path.strip_prefix("static") {
            statics.insert(Path::new("static").join(rel), StaticSource::Embedded(file.contents()));
        }
    }
}

fn template_name(relative: &Path) -> String {
    relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

fn disk_layer(
    root: &Path,
    dir: &Path,
    templates: &mut BTreeMap<String, TemplateSource>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if !dir.is_dir() {
        return;
    }
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name().into_iter().flatten() {
        if !entry.file_type().is_file() || entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let display = relative_to(entry.path(), root);
        match std::fs::read_to_string(entry.path()) {
            Ok(text) => {
                let name = template_name(entry.path().strip_prefix(dir).unwrap_or(entry.path()));
                templates.insert(name, TemplateSource { display, text });
            }
            Err(e) => diagnostics.push(Diagnostic::about_file(
                Code::Template,
                display,
                tr!("template-unreadable", error = e.to_string()),
            )),
        }
    }
}

fn static_layer(dir: &Path, statics: &mut BTreeMap<PathBuf, StaticSource>) {
    if !dir.is_dir() {
        return;
    }
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name().into_iter().flatten() {
        if entry.file_type().is_file() && !entry.file_name().to_string_lossy().starts_with('.') {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            statics.insert(Path::new("static").join(rel), StaticSource::File(entry.path().to_path_buf()));
        }
    }
}

/// A Tera error as a diagnostic naming the template file and line.
fn template_error(err: &tera::Error, templates: &BTreeMap<String, TemplateSource>) -> Diagnostic {
    match err.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let name = report.filename();
            match templates.get(name) {
                Some(t) => {
                    let source = SourceFile::new(t.display.clone(), t.text.clone());
                    let span = report.span();
                    source.diagnostic(
                        Code::Template,
                        (span.start_line, span.start_col + 1),
                        report.message().to_owned(),
                    )
                }
                None => Diagnostic::about_file(Code::Template, name, report.message().to_owned()),
            }
        }
        other => Diagnostic::about_file(Code::Template, "templates", other.to_string()),
    }
}

impl Theme {
    /// The addresses of the static files, relative to the output folder (`static/style.css`).
    pub fn static_paths(&self) -> Vec<String> {
        self.statics.keys().map(|p| p.to_string_lossy().replace('\\', "/")).collect()
    }

    /// A fingerprint of the templates and static files, which every page depends on.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }
}

/// The Tera filter `css_string`: a value as a CSS string, quoted, with quotes, backslashes,
/// angle brackets and control characters escaped, so that no value can end the string or the
/// rule it sits in.
fn css_string(text: &str, _: tera::Kwargs, _: &tera::State) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if matches!(c, '"' | '\\' | '<' | '>') || c.is_control() {
            out.push_str(&format!("\\{:x} ", c as u32));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

/// Renders `name` as it is written, without French typography: for files that are not pages
/// (a stylesheet), where typography would change quotes and spaces that mean something.
pub fn render_plain(theme: &Theme, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
    theme.tera.render(name, context).map_err(|err| failed(theme, &err))
}

/// Renders `name`, turning a Tera error into a diagnostic that names the template and line.
pub fn render(theme: &Theme, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
    let html = theme.tera.render(name, context).map_err(|err| failed(theme, &err))?;
    Ok(if theme.typography { typography::french(&html) } else { html })
}

/// Renders the template `name` at the end of `out`, as bytes: for a page that goes to a file,
/// which has no need of the check that the page is text (every piece of it is).
pub fn render_to(theme: &Theme, name: &str, context: &tera::Context, out: &mut Vec<u8>) -> Result<(), Diagnostic> {
    if !theme.typography {
        return theme.tera.render_to(name, context, out).map_err(|err| failed(theme, &err));
    }
    let html = theme.tera.render(name, context).map_err(|err| failed(theme, &err))?;
    // The buffer keeps its capacity from page to page (it comes empty: nothing to check).
    match String::from_utf8(std::mem::take(out)) {
        Ok(mut page) => {
            typography::french_into(&html, &mut page);
            *out = page.into_bytes();
        }
        Err(not_text) => {
            *out = not_text.into_bytes();
            out.extend_from_slice(typography::french(&html).as_bytes());
        }
    }
    Ok(())
}

impl Theme {
    /// Whether its pages get French typography.
    pub fn typography(&self) -> bool {
        self.typography
    }
}

fn failed(theme: &Theme, err: &tera::Error) -> Diagnostic {
    template_error(err, &theme.sources).with_help(tr!("template-failed-help"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_css_string_cannot_end_its_string_or_rule() {
        let mut tera = tera::Tera::default();
        tera.register_filter("css_string", super::css_string);
        tera.add_raw_template("t.css", "{{ v | css_string }}").unwrap();
        let css = |v: &str| {
            let mut context = tera::Context::new();
            context.insert("v", v);
            tera.render("t.css", &context).unwrap()
        };
        assert_eq!(css("PR-COM-001"), "\"PR-COM-001\"");
        assert_eq!(css("a\"; } body { x"), "\"a\\22 ; } body { x\"");
        assert_eq!(css("\\\n</style>"), "\"\\5c \\a \\3c /style\\3e \"");
        assert_eq!(css("Réf. — version"), "\"Réf. — version\"");
    }
}
