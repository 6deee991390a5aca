//! What a document's template sees as `doc`: its fields with Markdown rendered, dates in French,
//! section anchors, table of contents, review state. Preparing a view also collects what the
//! link check needs (the page's anchors and its links, located in the file) and warnings about
//! HTML the sanitiser removes.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use serde::Serialize;

use super::links::resolve;
use super::markdown::{self, Heading, Rendered};
use super::slug::{french_cmp, IdSet};
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::date::Date;
use crate::model::document::{Document, Kind, ModelCredit, Origin, Person, Status, Text};
use crate::model::site::capitalise;
use crate::model::SiteModel;

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
}

/// A link written in a document, located in its file.
#[derive(Debug, Clone)]
pub struct FoundLink {
    pub destination: String,
    /// Where it is: the text it is in (`None`: the body) and its byte offset there. The line
    /// and column are worked out only for a link that is reported, with [`FoundLink::position`].
    pub field: Option<Text>,
    pub offset: usize,
}

impl FoundLink {
    pub fn position(&self, doc: &Document) -> (usize, usize) {
        let origin = self.field.as_ref().map_or(Origin::Body, Origin::Field);
        doc.locate(origin, self.offset, &self.destination)
    }
}

/// A document ready for its template, with what the checks need to know about it.
pub struct Prepared<'a> {
    pub view: DocumentView<'a>,
    pub facts: PageFacts,
}

/// What the checks need to know about a page, kept between rebuilds with its HTML.
#[derive(Debug, Default)]
pub struct PageFacts {
    /// Every `id` on the page, for links with a `#fragment`.
    pub anchors: HashSet<String>,
    /// A fingerprint of `anchors`, whatever their order: links to the page need checking again
    /// only when it changes.
    pub anchors_key: u64,
    pub links: Vec<FoundLink>,
    pub warnings: Vec<Diagnostic>,
}

impl PageFacts {
    pub fn new(anchors: HashSet<String>, links: Vec<FoundLink>, warnings: Vec<Diagnostic>) -> PageFacts {
        let anchors_key = anchors.iter().fold(anchors.len() as u64, |key, anchor| {
            let mut hasher = DefaultHasher::new();
            anchor.hash(&mut hasher);
            key ^ hasher.finish()
        });
        PageFacts { anchors, anchors_key, links, warnings }
    }
}

#[derive(Serialize)]
pub struct Crumb<'a> {
    pub label: Cow<'a, str>,
    /// Site-relative address, when the crumb is a link.
    pub url: Option<String>,
    pub is_link: bool,
}

#[derive(Serialize)]
pub struct ApprovalStep<'a> {
    pub step: &'static str,
    pub name: &'a str,
    pub role: &'a str,
    pub date: String,
    pub date_iso: String,
}

/// When the next review is due, and whether it is late, in words.
#[derive(Serialize, Clone)]
pub struct ReviewView {
    pub last: Option<String>,
    pub last_iso: Option<String>,
    pub due: String,
    pub due_iso: String,
    pub state: &'static str,
    pub state_label: &'static str,
    pub state_symbol: &'static str,
}

/// The review state of a document on `today`, for templates: `None` for archived documents
/// and for documents neither reviewed nor validated.
pub fn review_state(doc: &Document, model: &SiteModel, today: Date) -> Option<ReviewView> {
    let (due, state) = doc.review_state(&model.site.review, today)?;
    let last = doc.fields.review.as_ref().and_then(|r| r.last.as_deref());
    Some(ReviewView {
        last: last.map(Date::french),
        last_iso: last.map(Date::iso),
        due: due.french(),
        due_iso: due.iso(),
        state: state.as_str(),
        state_label: state.label(),
        state_symbol: state.symbol(),
    })
}

#[derive(Serialize)]
pub struct HistoryView<'a> {
    pub version: &'a str,
    pub date: String,
    pub date_iso: String,
    pub changes_html: String,
}

#[derive(Serialize)]
pub struct RuleView<'a> {
    pub id: &'a str,
    pub number: usize,
    pub title: &'a str,
    pub body_html: String,
}

#[derive(Serialize)]
pub struct FaqView<'a> {
    pub id: String,
    pub question: &'a str,
    pub answer_html: String,
}

#[derive(Serialize)]
pub struct TermView<'a> {
    pub id: String,
    pub term: &'a str,
    pub abbr: Option<&'a str>,
    pub aliases: Vec<&'a str>,
    pub definition_html: String,
}

#[derive(Serialize)]
pub struct TermGroupView<'a> {
    pub id: String,
    pub name: &'a str,
    pub terms: Vec<TermView<'a>>,
}

#[derive(Serialize)]
pub struct EngagementView<'a> {
    pub number: &'a str,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct CartoucheView<'a> {
    pub reference: Option<&'a str>,
    pub service: Option<&'a str>,
    pub diffusion: Vec<&'a str>,
    pub storage: Option<&'a str>,
}

#[derive(Serialize)]
pub struct TocEntry {
    pub id: String,
    pub text: String,
    pub children: Vec<TocEntry>,
}

/// The section ids a document page uses, after rule ids have been reserved.
#[derive(Serialize)]
pub struct SectionIds {
    pub engagements: String,
    pub rules: String,
    pub faq: String,
    pub history: String,
    pub cartouche: String,
    pub image_rights: String,
}

/// A status as templates show it: `status` (the code, for styles), `status_label` (in words) and
/// `status_symbol` (repeating it for readers who do not see colour).
#[derive(Serialize, Clone, Copy)]
pub struct StatusWords {
    pub status: &'static str,
    pub status_label: &'static str,
    pub status_symbol: &'static str,
}

impl StatusWords {
    pub fn new(status: Status) -> StatusWords {
        StatusWords { status: status.as_str(), status_label: status.label(), status_symbol: status.symbol() }
    }
}

#[derive(Serialize)]
pub struct DocumentView<'a> {
    pub url: String,
    pub slug: &'a str,
    pub title: &'a str,
    pub kind: &'static str,
    pub kind_label: &'static str,
    pub version: Option<&'a str>,
    #[serde(flatten)]
    pub status: StatusWords,
    pub is_project: bool,
    pub audience: &'static str,
    pub audience_label: &'static str,
    pub summary: Option<&'a str>,
    pub in_force_since: Option<String>,
    pub in_force_since_iso: Option<String>,
    pub review: Option<ReviewView>,
    pub approval: Vec<ApprovalStep<'a>>,
    pub history: Vec<HistoryView<'a>>,
    pub engagements: Vec<EngagementView<'a>>,
    pub rules_title: &'static str,
    pub rules: Vec<RuleView<'a>>,
    pub faq: Vec<FaqView<'a>>,
    pub term_groups: Vec<TermGroupView<'a>>,
    pub body_html: String,
    pub toc: Vec<TocEntry>,
    pub ids: SectionIds,
    pub cartouche: Option<CartoucheView<'a>>,
    /// A moderation charter says where to ask for a photograph to be removed.
    pub image_rights: bool,
    pub breadcrumb: Vec<Crumb<'a>>,
    /// The model the document was made from, credited on the page.
    pub model: Option<ModelView<'a>>,
}

#[derive(Serialize)]
pub struct ModelView<'a> {
    pub name: &'a str,
    pub title: &'a str,
    pub url: Option<&'a str>,
    pub built_in: bool,
}

impl<'a> ModelView<'a> {
    pub fn new(credit: &'a ModelCredit) -> ModelView<'a> {
        ModelView {
            name: &credit.name,
            title: &credit.title,
            url: credit.url.as_deref(),
            built_in: credit.name.starts_with('@'),
        }
    }
}

/// Renders the Markdown texts of one document, keeping the page's anchors unique and noting
/// links and removed HTML where the file has them.
struct MarkdownPass<'a, 'c> {
    doc: &'a Document,
    ctx: &'c PageContext<'a, 'c>,
    ids: IdSet,
    links: Vec<FoundLink>,
    warnings: Vec<Diagnostic>,
}

impl<'a> MarkdownPass<'a, '_> {
    fn render(&mut self, markdown: &str, origin: Origin, top_level: u8) -> Rendered {
        let from = self.doc.url_path();
        let base_url = self.ctx.model.site.base_url.as_str();
        let excluded = self.ctx.excluded;
        let unlink = |destination: &str| {
            !excluded.is_empty()
                && resolve(&from, destination, base_url)
                    .is_some_and(|t| excluded.contains(t.path.trim_end_matches('/')))
        };
        let rendered = markdown::render(markdown, top_level, &mut self.ids, &unlink, self.ctx.html);
        if self.doc.is_inherited(origin) {
            // Checked where it is written: in the model.
            return rendered;
        }
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
        for removed in &rendered.removed {
            let (line, column) = self.doc.locate(origin, removed.offset, &removed.needle);
            let mut d = self.doc.file.error_at(
                "html-removed",
                line,
                column,
                format!("{} is removed from the published page", removed.what),
            );
            d.severity = Severity::Warning;
            self.warnings.push(d.with_help("write the text in Markdown; raw HTML is kept only when it is harmless"));
        }
        rendered
    }

    fn field(&mut self, text: &Text, top_level: u8) -> String {
        self.render(text, Origin::Field(text), top_level).html
    }
}

fn step<'a>(label: &'static str, person: &'a Option<Person>) -> Option<ApprovalStep<'a>> {
    person.as_ref().map(|p| ApprovalStep {
        step: label,
        name: &p.name,
        role: &p.role,
        date: p.date.french(),
        date_iso: p.date.iso(),
    })
}

/// Builds the view of `doc` and collects its anchors, links and warnings.
pub fn prepare<'a>(doc: &'a Document, ctx: &PageContext<'a, '_>) -> Prepared<'a> {
    let model = ctx.model;
    let kind = doc.kind();
    let status = doc.status();
    let audience = doc.audience();
    let f = &doc.fields;
    let mut ids = IdSet::default();
    for reserved in ["contenu", "sommaire", "navigation", "haut"] {
        ids.reserve(reserved);
    }
    for rule in doc.rules() {
        ids.reserve(&rule.id);
    }
    let section_ids = SectionIds {
        engagements: ids.unique("engagements"),
        rules: ids.unique(if kind == Kind::Usage { "consignes" } else { "regles" }),
        faq: ids.unique("questions"),
        history: ids.unique("historique"),
        cartouche: ids.unique("cartouche"),
        image_rights: ids.unique("droit-a-l-image"),
    };
    let mut pass = MarkdownPass { doc, ctx, ids, links: Vec::new(), warnings: Vec::new() };

    let rules: Vec<RuleView> = doc
        .rules()
        .iter()
        .enumerate()
        .map(|(i, r)| RuleView { id: &r.id, number: i + 1, title: &r.title, body_html: pass.field(&r.body, 4) })
        .collect();
    let term_groups = term_groups(doc, &mut pass);
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
    let history: Vec<HistoryView> = f
        .history
        .iter()
        .map(|h| HistoryView {
            version: &h.version,
            date: h.date.french(),
            date_iso: h.date.iso(),
            changes_html: pass.field(&h.changes, 4),
        })
        .collect();
    let engagements: Vec<EngagementView> = f
        .engagements
        .iter()
        .filter_map(|n| model.referential.get(n))
        .map(|e| EngagementView { number: &e.number, text: &e.text })
        .collect();
    let approval: Vec<ApprovalStep> = match &f.approval {
        Some(a) => [
            step("Rédaction", &a.drafted_by),
            step(
                if kind == Kind::Procedure { "Vérification par le référent qualité" } else { "Vérification" },
                &a.verified_by,
            ),
            step("Validation", &a.validated_by),
        ]
        .into_iter()
        .flatten()
        .collect(),
        None => Vec::new(),
    };
    let cartouche = (kind == Kind::Procedure).then(|| CartoucheView {
        reference: f.reference.as_deref().map(String::as_str),
        service: f.service.as_deref().map(String::as_str),
        diffusion: f.diffusion.iter().flat_map(|d| d.iter()).map(|t| t.as_str()).collect(),
        storage: f.storage.as_deref().map(String::as_str),
    });
    let image_rights = kind == Kind::Moderation && model.site.contacts.contains_key("image_rights");

    let sections = Sections {
        engagements: &engagements,
        headings: &body.headings,
        rules: &rules,
        faq: &faq,
        groups: &term_groups,
        image_rights,
        history: &history,
        cartouche: cartouche.is_some(),
    };
    let toc = table_of_contents(kind, &section_ids, &sections);
    let in_force_since = doc.in_force_since();
    let view = DocumentView {
        url: doc.url_path(),
        slug: &doc.slug,
        title: &doc.title,
        kind: kind.as_str(),
        kind_label: kind.label(),
        version: f.version.as_deref().map(String::as_str),
        status: StatusWords::new(status),
        is_project: matches!(status, Status::Draft | Status::Review),
        audience: audience.as_str(),
        audience_label: audience.label(),
        summary: f.summary.as_deref().map(String::as_str),
        in_force_since: in_force_since.map(|d| d.french()),
        in_force_since_iso: in_force_since.map(|d| d.iso()),
        review: review_state(doc, model, ctx.today),
        approval,
        history,
        engagements,
        rules_title: if kind == Kind::Usage { "Consignes" } else { "Règles" },
        rules,
        faq,
        term_groups,
        body_html: body.html,
        toc,
        ids: section_ids,
        cartouche,
        image_rights,
        breadcrumb: breadcrumb(doc),
        model: doc.model.as_ref().map(ModelView::new),
    };
    let mut anchors = pass.ids.into_used();
    anchors.extend(doc.rules().iter().map(|r| r.id.to_string()));
    Prepared { view, facts: PageFacts::new(anchors, pass.links, pass.warnings) }
}

const DEFAULT_GROUP: &str = "Général";

fn term_groups<'a>(doc: &'a Document, pass: &mut MarkdownPass<'a, '_>) -> Vec<TermGroupView<'a>> {
    let mut names: Vec<&'a str> = Vec::new();
    for term in doc.terms() {
        let name = term.group.as_deref().map(String::as_str).unwrap_or(DEFAULT_GROUP);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let mut groups: Vec<TermGroupView> = names
        .into_iter()
        .map(|name| TermGroupView { id: pass.ids.unique(&format!("groupe {name}")), name, terms: Vec::new() })
        .collect();
    let mut terms: Vec<_> = doc.terms().iter().collect();
    terms.sort_by(|a, b| french_cmp(&a.term, &b.term));
    for term in terms {
        let name = term.group.as_deref().map(String::as_str).unwrap_or(DEFAULT_GROUP);
        let view = TermView {
            id: pass.ids.unique(&term.term),
            term: &term.term,
            abbr: term.abbr.as_deref().map(String::as_str),
            aliases: term.aliases.iter().map(|a| a.as_str()).collect(),
            definition_html: pass.field(&term.definition, 4),
        };
        if let Some(group) = groups.iter_mut().find(|g| g.name == name) {
            group.terms.push(view);
        }
    }
    groups
}

/// The sections of a document page, in page order, for the table of contents.
struct Sections<'s, 'a> {
    engagements: &'s [EngagementView<'a>],
    headings: &'s [Heading],
    rules: &'s [RuleView<'a>],
    faq: &'s [FaqView<'a>],
    groups: &'s [TermGroupView<'a>],
    image_rights: bool,
    history: &'s [HistoryView<'a>],
    cartouche: bool,
}

fn table_of_contents(kind: Kind, ids: &SectionIds, s: &Sections) -> Vec<TocEntry> {
    let entry = |id: &str, text: &str| TocEntry { id: id.to_owned(), text: text.to_owned(), children: Vec::new() };
    let mut toc = Vec::new();
    if !s.engagements.is_empty() {
        toc.push(entry(&ids.engagements, "Engagements Qual-e-pref"));
    }
    for h in s.headings {
        match (h.level, toc.last_mut()) {
            (2, _) | (_, None) => toc.push(entry(&h.id, &h.text)),
            (3, Some(parent)) => parent.children.push(entry(&h.id, &h.text)),
            _ => {}
        }
    }
    if !s.rules.is_empty() {
        let mut e = entry(&ids.rules, if kind == Kind::Usage { "Consignes" } else { "Règles" });
        e.children = s.rules.iter().map(|r| entry(r.id, &format!("{}. {}", r.number, r.title))).collect();
        toc.push(e);
    }
    if !s.faq.is_empty() {
        toc.push(entry(&ids.faq, "Questions fréquentes"));
    }
    for g in s.groups {
        toc.push(entry(&g.id, g.name));
    }
    if s.image_rights {
        toc.push(entry(&ids.image_rights, "Droit à l'image"));
    }
    if !s.history.is_empty() {
        toc.push(entry(&ids.history, "Historique des versions"));
    }
    if s.cartouche {
        toc.push(entry(&ids.cartouche, "Cartouche"));
    }
    if toc.len() > 3 {
        toc
    } else {
        Vec::new()
    }
}

fn breadcrumb(doc: &Document) -> Vec<Crumb<'_>> {
    let mut crumbs = vec![Crumb { label: Cow::Borrowed("Accueil"), url: Some(String::new()), is_link: true }];
    let parts: Vec<&str> = doc.slug.split('/').collect();
    for folder in &parts[..parts.len() - 1] {
        crumbs.push(Crumb {
            label: Cow::Owned(capitalise(&folder.replace(['-', '_'], " "))),
            url: None,
            is_link: false,
        });
    }
    crumbs.push(Crumb { label: Cow::Borrowed(&doc.title), url: None, is_link: false });
    crumbs
}
