//! `/registre.ics`: the register as a calendar (iCalendar, RFC 5545) that a quality officer
//! subscribes to: one all-day event per document on its next review's due date, with its title
//! and address and a reminder `warn_days` before; a review already overdue is dated today, with
//! "en retard" in its summary. Internal, like the register: a public build writes it only with
//! `--with-register`, and then for the public documents only.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, DatePerhapsTime, Event, EventLike, Trigger};

use crate::model::document::{Document, ReviewState};
use crate::model::SiteModel;
use crate::schema::date::Date;

/// A no-break space, before a colon in French.
const NBSP: char = '\u{a0}';

/// `text` on one line: the crate escapes line feeds, but a carriage return or another control
/// character would reach the file as it is, where some readers end the line at it.
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

fn naive(date: Date) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&date.iso(), "%Y-%m-%d").ok()
}

/// The calendar of the reviews of `documents` (the current ones the build publishes), as on
/// `today`.
pub fn reviews(model: &SiteModel, documents: &[&Document], site_title: &str, today: Date) -> String {
    let base = &model.base.url;
    let defaults = &model.site.review;
    let mut due: Vec<(Date, ReviewState, &Document)> = documents
        .iter()
        .filter(|d| d.is_current())
        .filter_map(|d| d.review_state(defaults, today).map(|(date, state)| (date, state, *d)))
        .collect();
    due.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.2.title.as_str().cmp(b.2.title.as_str())));
    let stamp: DateTime<Utc> =
        naive(today).and_then(|d| d.and_hms_opt(0, 0, 0)).map(|t| t.and_utc()).unwrap_or_default();
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//charte//Revues des documents//FR"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(&format!("Revues des documents — {site_title}"))
        .description(&format!("Échéances de revue des documents de {site_title}"));
    // The calendar is written around its events, each written as soon as it is made, so that
    // ten thousand events are never held as values at once.
    let frame = calendar.done().to_string();
    let end = frame.rfind("END:VCALENDAR").unwrap_or(frame.len());
    let mut out = String::with_capacity(frame.len() + due.len() * 700);
    out.push_str(&frame[..end]);
    for (date, state, doc) in due {
        let overdue = state == ReviewState::Overdue;
        let Some(day) = naive(if overdue { today } else { date }) else { continue };
        let url = format!("{base}/{}", doc.url_path());
        let title = &one_line(&doc.title);
        let version = doc.fields.version.as_deref().map(|v| format!(", version {}", one_line(v))).unwrap_or_default();
        let (summary, description) = if overdue {
            (
                format!("Revue en retard{NBSP}: {title}"),
                format!("La revue de «{NBSP}{title}{NBSP}»{version} est en retard depuis le {}.\n{url}", date.french()),
            )
        } else {
            (
                format!("Revue{NBSP}: {title}"),
                format!(
                    "La revue de «{NBSP}{title}{NBSP}»{version} est à faire au plus tard le {}.\n{url}",
                    date.french()
                ),
            )
        };
        // A reminder `warn_days` before the due date; for an overdue review, on the day shown.
        let before = if overdue { 0 } else { i64::from(*defaults.warn_days) };
        let mut reminder =
            Alarm::display(&format!("Revue à faire{NBSP}: {title}"), Trigger::before_start(Duration::days(before)));
        // The crate gives every component a stamp and an identifier, the time and a random one
        // unless they are set: set, the same site gives the same calendar.
        reminder.timestamp(stamp).uid(&format!("{url}#revue-rappel"));
        let event = Event::new()
            .uid(&format!("{url}#revue"))
            .timestamp(stamp)
            .summary(&summary)
            .description(&description)
            .url(&url)
            .starts(DatePerhapsTime::Date(day))
            .ends(DatePerhapsTime::Date(day + Duration::days(1)))
            .alarm(reminder)
            .done();
        out.push_str(&event.to_string());
    }
    out.push_str(&frame[end..]);
    out
}
