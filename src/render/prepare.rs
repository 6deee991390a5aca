//! Preparing a document for its template: every Markdown text rendered (anchors unique on the
//! page), and, on the way, what the link check needs (the page's anchors and its links, located
//! in the file) and warnings about HTML the sanitiser removes.

use crate::tr;
use std::borrow::Cow;
use std::collections::HashSet;

use super::glossary_links::GlossaryLinker;
use super::lang_spans;
use super::markdown::{self, Rendered};
use super::outline::{self, Entries};
use super::view::*;
use crate::check::links::{FoundLink, PageFacts};
use crate::model::address::{resolve, Selection};
use crate::model::document::{Document, Origin};
use crate::model::redline::Comparison;
use crate::model::slug::{french_cmp, IdSet};
use crate::model::SiteModel;
use crate::schema::date::Date;
use crate::schema::document::{Person, Status, Step};
use crate::schema::kind::Section;
use crate::schema::Text;
use crate::source::{Code, Diagnostic, Quota};

/// What a page needs from the build besides its document.
pub struct PageContext<'m, 'e> {
    pub model: &'m SiteModel,
    pub today: Date,
    /// Slugs of the documents left out of this build (internal ones in a public build): links
    /// to them are rendered as plain text.
    pub excluded: &'e HashSet<&'m str>,
    /// Whether pages are rendered: not when the site is only checked, which needs only each
    /// page's anchors, links and warnings.
    pub html: bool,
    pub selection: Selection,
    /// The site's glossary terms, linked from the texts of other documents.
    pub glossary: Option<&'e GlossaryLinker>,
}

/// A document ready for its template, with what the checks need to know about it.
pub struct Prepared<'a> {
    pub view: DocumentView<'a>,
    pub facts: PageFacts,
    /// For a current document, the pages of its redlines (their addresses even when pages are
    /// not rendered, for the link check).
    pub redlines: Vec<RedlineView<'a>>,
}

/// Renders the Markdown texts of one document, keeping the page's anchors unique and noting
/// links and removed HTML where the file has them.
struct MarkdownPass<'a, 'c> {
    doc: &'a Document,
    ctx: &'c PageContext<'a, 'c>,
    ids: IdSet,
    links: Vec<FoundLink>,
    /// Whether a text of the document's own file links to a document the build leaves out.
    names_left_out: bool,
    warnings: Vec<Diagnostic>,
    removed: Quota,
}

impl<'a> MarkdownPass<'a, '_> {
    fn render(&mut self, markdown: &str, origin: Origin, top_level: u8) -> Rendered {
        let from = self.doc.links_from();
        let base = &self.ctx.model.base;
        let excluded = self.ctx.excluded;
        let unlink = |destination: &str| {
            !excluded.is_empty()
                && resolve(&from, destination, base).is_some_and(|t| excluded.contains(t.path.trim_end_matches('/')))
        };
        let rendered = markdown::render(markdown, top_level, &mut self.ids, &unlink, self.ctx.html, self.doc.rebase());
        if self.doc.is_inherited(origin) {
            // Checked where it is written: in the model.
            return rendered;
        }
        self.names_left_out |= rendered.left_out;
        let field = match origin {
            Origin::Field(text) if !rendered.links.is_empty() => Some(text.clone()),
            _ => None,
        };
        for link in &rendered.links {
            self.links.push(FoundLink {
                destination: link.destination.clone(),
                field: field.clone(),
                offset: link.offset,
            });
        }
        if let Some(offset) = rendered.too_deep {
            let at = self.doc.locate(origin, offset, "");
            self.warnings.push(
                self.doc
                    .file
                    .diagnostic(Code::NestingTooDeep, at, tr!("nesting-too-deep", levels = markdown::MAX_DEPTH))
                    .with_help(tr!("nesting-too-deep-help")),
            );
        }
        for (offset, name) in &rendered.unclosed {
            let at = self.doc.locate(origin, *offset, &format!("<{name}"));
            self.warnings.push(
                self.doc
                    .file
                    .diagnostic(Code::HtmlUnclosed, at, tr!("html-unclosed", name = format!("<{name}>")))
                    .with_help(tr!("html-unclosed-help", closing = format!("</{name}>"))),
            );
        }
        for removed in &rendered.removed {
            if !self.removed.admits() {
                continue;
            }
            let at = self.doc.locate(origin, removed.offset, &removed.needle);
            self.warnings.push(
                self.doc
                    .file
                    .diagnostic(Code::HtmlRemoved, at, tr!("html-removed", what = removed.what))
                    .with_help(tr!("html-removed-help")),
            );
        }
        rendered
    }

    fn field(&mut self, text: &Text, top_level: u8) -> String {
        self.render(text, Origin::Field(text), top_level).html
    }

    /// A text of another document shown on this page (the current document's change notes on
    /// an earlier version's page): rendered as written for that document, and checked there.
    fn foreign(&mut self, text: &Text, of: &Document) -> String {
        if !self.ctx.html {
            return String::new();
        }
        let from = of.links_from();
        let (base, excluded) = (&self.ctx.model.base, self.ctx.excluded);
        let unlink = |destination: &str| {
            resolve(&from, destination, base).is_some_and(|t| excluded.contains(t.path.trim_end_matches('/')))
        };
        markdown::render(text, 4, &mut self.ids, &unlink, true, self.doc.rebase()).html
    }
}

/// The redlines of a current document whose two versions this build publishes (without their
/// comparisons when pages are not rendered).
fn redlines<'a>(doc: &'a Document, versions: &[VersionView<'a>], ctx: &PageContext<'a, '_>) -> Vec<RedlineView<'a>> {
    if !doc.is_current() {
        return Vec::new();
    }
    let model = ctx.model;
    let line = model.versions.line(doc);
    line.iter()
        .zip(versions)
        .filter_map(|(entry, view)| {
            let redline = entry.redline.as_ref()?;
            let published =
                model.publishes(redline.older, ctx.selection) && model.publishes(redline.newer, ctx.selection);
            published.then(|| RedlineView {
                url: format!("{}/", redline.slug),
                title: &doc.title,
                older: redline.older.earlier.as_ref().map_or("", |e| e.version.as_str()),
                newer: entry.version,
                older_url: redline.older.url_path(),
                newer_url: redline.newer.url_path(),
                current_url: doc.url_path(),
                date: entry.date.french(),
                date_iso: entry.date.iso(),
                changes_html: view.changes_html.clone(),
                model: None,
                comparison: if ctx.html {
                    Comparison::new(redline.older, redline.newer)
                } else {
                    Comparison::default()
                },
            })
        })
        .collect()
}

/// The versions of `doc`'s document, newest first, and for an earlier version what replaced it.
fn versions<'a>(doc: &'a Document, pass: &mut MarkdownPass<'a, '_>) -> (Vec<VersionView<'a>>, Option<ArchiveView<'a>>) {
    let model = pass.ctx.model;
    let Some(current) = (match &doc.earlier {
        Some(earlier) => model.document(&earlier.of).map(|d| &**d),
        None => Some(doc),
    }) else {
        return (Vec::new(), None);
    };
    let line = model.versions.line(current);
    let selection = pass.ctx.selection;
    let shown = move |text: &Document| model.publishes(text, selection);
    let views: Vec<VersionView> = line
        .iter()
        .map(|entry| VersionView {
            version: entry.version,
            anchor: pass.ids.unique(&format!("version {}", entry.version.as_str())),
            date: entry.date.french(),
            date_iso: entry.date.iso(),
            changes_html: if std::ptr::eq(current, doc) {
                pass.field(entry.changes, 4)
            } else {
                pass.foreign(entry.changes, current)
            },
            url: entry.text.filter(|t| shown(t)).map(|t| t.url_path()),
            is_this_page: entry.text.is_some_and(|t| std::ptr::eq(t, doc)),
            is_current: entry.text.is_some_and(|t| std::ptr::eq(t, current)),
            redline_url: entry.redline.as_ref().filter(|r| shown(r.older)).map(|r| format!("{}/", r.slug)),
            redline_from: entry.redline.as_ref().and_then(|r| r.older.earlier.as_ref()).map(|e| e.version.as_str()),
        })
        .collect();
    let archive = doc.earlier.as_ref().map(|earlier| {
        let at = line.iter().position(|v| *v.version == earlier.version);
        let replacing = at.and_then(|i| i.checked_sub(1)).map(|i| &line[i]);
        ArchiveView {
            version: &earlier.version,
            replaced_by: replacing.map(|v| v.version.as_str()),
            replaced_on: replacing.map(|v| v.date.french()),
            replaced_on_iso: replacing.map(|v| v.date.iso()),
            current_url: current.url_path(),
            current_version: current.fields.version.as_deref().map(String::as_str),
            still_in_force: replacing.is_some_and(|v| v.text.is_some_and(|t| std::ptr::eq(t, current)))
                && matches!(current.status(), Status::Draft | Status::Review),
        }
    });
    (views, archive)
}

fn step<'a>(label: &'static str, code: Step, person: &'a Person) -> ApprovalStep<'a> {
    ApprovalStep {
        step: label,
        code: code.as_str(),
        name: &person.name,
        role: &person.role,
        date: person.date.french(),
        date_iso: person.date.iso(),
    }
}

/// Builds the view of `doc` and collects its anchors, links and warnings.
pub fn prepare<'a>(doc: &'a Document, ctx: &PageContext<'a, '_>) -> Prepared<'a> {
    let model = ctx.model;
    let kind = doc.kind();
    let status = doc.status();
    let audience = doc.audience();
    let f = &doc.fields;
    let (mut ids, sections) = page_ids(doc);
    // A glossary's terms take their anchors before any text of the page, so that other pages
    // can link to them (see `term_anchors`).
    let anchors = term_anchors(doc, &mut ids);
    let mut pass = MarkdownPass {
        doc,
        ctx,
        ids,
        links: Vec::new(),
        names_left_out: false,
        warnings: Vec::new(),
        removed: Quota::default(),
    };

    let rules: Vec<RuleView> = doc
        .rules()
        .iter()
        .enumerate()
        .map(|(i, r)| RuleView { id: &r.id, number: i + 1, title: &r.title, body_html: pass.field(&r.body, 4) })
        .collect();
    let term_groups = term_groups(anchors, &mut pass);
    let faq: Vec<FaqView> = doc
        .faq()
        .iter()
        .map(|q| FaqView {
            id: pass.ids.unique(&q.question),
            question: &q.question,
            answer_html: pass.field(&q.answer, 4),
        })
        .collect();
    let body = pass.render(&doc.body, Origin::Body, 2);
    let (versions, archive) = versions(doc, &mut pass);
    let redlines = redlines(doc, &versions, ctx);
    let engagements: Vec<EngagementView> = f
        .engagements
        .iter()
        .filter_map(|n| model.referential.get(n))
        .map(|e| EngagementView { number: &e.number, text: &e.text, module: e.module.as_deref() })
        .collect();
    let approval: Vec<ApprovalStep> = f
        .approval
        .iter()
        .flat_map(|a| a.steps())
        .filter_map(|(which, person)| {
            let label = match which {
                Step::Drafted => "Rédaction",
                Step::Verified if kind.spec().needs_verification => "Vérification par le référent qualité",
                Step::Verified => "Vérification",
                Step::Validated => "Validation",
            };
            person.map(|p| step(label, which, p))
        })
        .collect();
    let cartouche = kind.spec().sections.contains(&Section::Cartouche).then(|| CartoucheView {
        reference: f.reference.as_deref().map(String::as_str),
        service: f.service.as_deref().map(String::as_str),
        diffusion: f.diffusion.iter().flat_map(|d| d.iter()).map(|t| t.as_str()).collect(),
        storage: f.storage.as_deref().map(String::as_str),
    });
    let shown = |section: &SectionView| match section.name {
        Section::Engagements => !engagements.is_empty(),
        Section::Body => !body.html.is_empty() || !body.headings.is_empty(),
        Section::Rules => !rules.is_empty(),
        Section::Faq => !faq.is_empty(),
        Section::Glossary => !term_groups.is_empty(),
        Section::ImageRights => model.site.contacts.contains_key("image_rights") && !says_image_rights(doc, &body),
        Section::Contest => model.site.contacts.contains_key("community_manager"),
        Section::Accounts => !model.site.accounts.is_empty(),
        Section::About => true,
        Section::History => !versions.is_empty(),
        Section::Cartouche => cartouche.is_some(),
    };
    let mut sections: Vec<SectionView> = sections.into_iter().filter(shown).collect();
    // An introduction before the rules gets a heading of its own, so that it does not read as
    // part of the header (a body that starts with its own heading needs none).
    if !rules.is_empty() && !body.html.trim_start().starts_with("<h") {
        if let Some(intro) = sections.iter_mut().find(|s| s.name == Section::Body) {
            intro.id = pass.ids.unique("presentation");
            intro.title = "Présentation";
        }
    }
    let entries = Entries {
        headings: &body.headings,
        // The table of contents numbers them itself (an ordered list).
        rules: rules.iter().map(|r| (r.id.to_owned(), r.title.to_string())).collect(),
        groups: term_groups.iter().map(|g| (g.id.clone(), g.name.to_owned())).collect(),
    };
    let toc = outline::table_of_contents(&sections, entries);
    let in_force_since = doc.in_force_since();
    let mut view = DocumentView {
        head: DocumentHead::new(doc),
        slug: &doc.slug,
        kind: kind.as_str(),
        is_project: matches!(status, Status::Draft | Status::Review),
        audience: audience.as_str(),
        in_force_since: in_force_since.map(|d| d.french()),
        in_force_since_iso: in_force_since.map(|d| d.iso()),
        review: review_state(doc, model, ctx.today),
        approval,
        versions,
        archive,
        engagements,
        rules,
        faq,
        term_groups,
        body_html: body.html,
        sections,
        toc,
        cartouche,
        breadcrumb: breadcrumb(doc, model),
        model: doc.model.as_ref().map(ModelView::new),
        source: None,
    };
    let excluded = |slug: &str| ctx.excluded.contains(slug);
    view.source = super::reuse::source_view(doc, pass.names_left_out, &excluded);
    if let Some(linker) = ctx.glossary.filter(|_| ctx.html) {
        link_terms(doc, &mut view, linker);
    }
    pass.warnings.extend(pass.removed.rest(Code::HtmlRemoved, &doc.file.display));
    let mut anchors = pass.ids.into_used();
    anchors.extend(doc.rules().iter().map(|r| r.id.to_string()));
    Prepared { view, facts: PageFacts::new(anchors, pass.links, pass.warnings), redlines }
}

/// Links the first occurrence of each glossary term in the texts of `view`, in page order,
/// unless the document is a glossary or says `glossary_links: false`.
fn link_terms(doc: &Document, view: &mut DocumentView, linker: &GlossaryLinker) {
    if doc.kind() == crate::schema::kind::Kind::Glossary || doc.fields.glossary_links.as_deref() == Some(&false) {
        return;
    }
    let root = "../".repeat(doc.slug.split('/').count());
    let mut seen = HashSet::new();
    let mut link = |html: &mut String| {
        if let Some(linked) = linker.link(html, &root, &mut seen) {
            *html = linked;
        }
    };
    for section in view.sections.iter().map(|s| s.name).collect::<Vec<_>>() {
        match section {
            Section::Body => link(&mut view.body_html),
            Section::Rules => view.rules.iter_mut().for_each(|r| link(&mut r.body_html)),
            Section::Faq => view.faq.iter_mut().for_each(|q| link(&mut q.answer_html)),
            _ => {}
        }
    }
}

/// Whether the document has its own section or rule on the right to one's image, so that the
/// page does not add a second one.
fn says_image_rights(doc: &Document, body: &Rendered) -> bool {
    let about = |text: &str| crate::model::slug::slugify(text).contains("droit-a-l-image");
    body.headings.iter().any(|h| about(&h.text)) || doc.rules().iter().any(|r| about(&r.title))
}

const DEFAULT_GROUP: &str = "Général";

/// The ids every page of `doc` reserves before its texts: the theme's own, the rules', and the
/// headings of its sections.
pub fn page_ids(doc: &Document) -> (IdSet, Vec<SectionView>) {
    let mut ids = IdSet::default();
    for reserved in ["contenu", "sommaire", "navigation", "haut"] {
        ids.reserve(reserved);
    }
    for rule in doc.rules() {
        ids.reserve(&rule.id);
    }
    let sections = outline::sections(doc.kind(), &mut ids);
    (ids, sections)
}

/// The anchors of a glossary's groups and terms, given right after [`page_ids`] and before any
/// text is rendered, so that they depend on the terms alone: the glossary links of other pages
/// compute the same ones.
pub struct TermAnchors<'a> {
    /// Each group's name and anchor, in order of first appearance.
    pub groups: Vec<(&'a str, String)>,
    /// Each term and its anchor, in French alphabetical order.
    pub terms: Vec<(&'a crate::schema::document::Term, String)>,
}

pub fn term_anchors<'a>(doc: &'a Document, ids: &mut IdSet) -> TermAnchors<'a> {
    let mut groups: Vec<(&str, String)> = Vec::new();
    for term in doc.terms() {
        let name = group_of(term);
        if !groups.iter().any(|(n, _)| *n == name) {
            groups.push((name, ids.unique(&format!("groupe {name}"))));
        }
    }
    let mut terms: Vec<_> = doc.terms().iter().collect();
    terms.sort_by(|a, b| french_cmp(&a.term, &b.term));
    let terms = terms.into_iter().map(|t| (t, ids.unique(&t.term))).collect();
    TermAnchors { groups, terms }
}

fn group_of(term: &crate::schema::document::Term) -> &str {
    term.group.as_deref().map_or(DEFAULT_GROUP, String::as_str)
}

fn term_groups<'a>(anchors: TermAnchors<'a>, pass: &mut MarkdownPass<'a, '_>) -> Vec<TermGroupView<'a>> {
    let mut groups: Vec<TermGroupView> =
        anchors.groups.into_iter().map(|(name, id)| TermGroupView { id, name, terms: Vec::new() }).collect();
    for (term, id) in anchors.terms {
        let view = TermView {
            id,
            term: &term.term,
            abbr: term.abbr.as_deref().map(String::as_str),
            lang: term.lang.as_deref().map(String::as_str).filter(|l| crate::schema::names::is_language_code(l)),
            aliases: term
                .aliases
                .iter()
                .map(|a| match lang_spans::marked(a) {
                    Some((name, lang)) => AliasView { name, lang: Some(lang) },
                    None => AliasView { name: a, lang: None },
                })
                .collect(),
            definition_html: pass.field(&term.definition, 4),
        };
        if let Some(group) = groups.iter_mut().find(|g| g.name == group_of(term)) {
            group.terms.push(view);
        }
    }
    groups
}

fn breadcrumb<'a>(doc: &'a Document, model: &'a SiteModel) -> Vec<Crumb<'a>> {
    let mut crumbs = vec![Crumb { label: Cow::Borrowed("Accueil"), url: Some(String::new()), is_link: true }];
    let current = doc.earlier.as_ref().and_then(|e| model.document(&e.of));
    let slug = current.map_or(doc.slug.as_str(), |c| c.slug.as_str());
    let parts: Vec<&str> = slug.split('/').collect();
    for depth in 1..parts.len() {
        let folder = parts[..depth].join("/");
        crumbs.push(Crumb { label: Cow::Owned(model.folders.title(&folder)), url: None, is_link: false });
    }
    match (current, &doc.earlier) {
        (Some(current), Some(earlier)) => {
            crumbs.push(Crumb { label: Cow::Borrowed(&current.title), url: Some(current.url_path()), is_link: true });
            crumbs.push(Crumb { label: Cow::Owned(format!("Version {}", earlier.version)), url: None, is_link: false });
        }
        _ => crumbs.push(Crumb { label: Cow::Borrowed(&doc.title), url: None, is_link: false }),
    }
    crumbs
}
