//! The bottom layer, under every step: positions in source files ([`Span`], [`Spanned`],
//! [`SourceFile`], [`Location`]) and the diagnostics that point at them ([`Diagnostic`], with
//! its [`Code`] and [`Severity`]). It imports nothing of the crate.

mod code;
mod diagnostic;
mod file;
mod span;

pub use code::{Code, Severity};
pub use diagnostic::{did_you_mean, paint, use_color, Diagnostic, JsonDiagnostic, Quota, SHOWN_PER_FILE};
pub use file::{line_column, relative_to, Location, SourceFile};
pub(crate) use span::STRUCT;
pub use span::{Span, Spanned};
