//! The command line in the tool's language: every help text, heading and value name of `--help`
//! comes from the messages (clap's own words are English), and clap's errors of usage are
//! said again in those words before exiting 2.

use std::error::Error;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use charte::tr;

/// The help text of each argument, by subcommand ("" for the global ones) and argument id.
fn argument_help(subcommand: &str, id: &str) -> Option<String> {
    Some(match (subcommand, id) {
        (_, "root") => tr!("help-arg-root"),
        ("new-version", "today") => tr!("help-arg-new-version-today"),
        ("update", "today") => tr!("help-arg-update-today"),
        ("update", "documents") => tr!("help-arg-update-documents"),
        ("update", "dry_run") => tr!("help-arg-update-dry-run"),
        (_, "today") => tr!("help-arg-today"),
        ("build", "output") => tr!("help-arg-build-output"),
        ("build", "force") => tr!("help-arg-build-force"),
        ("build", "audience") => tr!("help-arg-build-audience"),
        ("build", "with_register") => tr!("help-arg-build-with-register"),
        ("init", "dir") => tr!("help-arg-init-dir"),
        ("init", "template") => tr!("help-arg-init-template"),
        ("init", "list") => tr!("help-arg-init-list"),
        ("new", "kind") => tr!("help-arg-new-kind"),
        ("new", "slug") => tr!("help-arg-new-slug"),
        ("new-version", "path") => tr!("help-arg-new-version-path"),
        ("new-version", "version") => tr!("help-arg-new-version-version"),
        ("serve", "port") => tr!("help-arg-serve-port"),
        ("serve", "bind") => tr!("help-arg-serve-bind"),
        ("serve", "open") => tr!("help-arg-serve-open"),
        ("schema", "file") => tr!("help-arg-schema-file"),
        ("schema", "output") => tr!("help-arg-schema-output"),
        ("check", "strict") => tr!("help-arg-check-strict"),
        ("check", "format") => tr!("help-arg-check-format"),
        _ => return None,
    })
}

fn about(subcommand: &str) -> Option<String> {
    Some(match subcommand {
        "" => tr!("help-about"),
        "build" => tr!("help-build"),
        "init" => tr!("help-init"),
        "new" => tr!("help-new"),
        "new-version" => tr!("help-new-version"),
        "serve" => tr!("help-serve"),
        "check" => tr!("help-check"),
        "schema" => tr!("help-schema"),
        "update" => tr!("help-update"),
        _ => return None,
    })
}

/// A value name as the help shows it: `<DOSSIER>` in French.
fn value_name(name: &str) -> String {
    match name {
        "DIR" => tr!("help-value-dir"),
        "YYYY-MM-DD" => tr!("help-value-date"),
        "NAME" => tr!("help-value-name"),
        "VERSION" => tr!("help-value-version"),
        "ADDRESS" => tr!("help-value-address"),
        "KIND" => tr!("help-value-kind"),
        "SLUG" => tr!("help-value-slug"),
        "PATH" => tr!("help-value-path"),
        "PORT" => tr!("help-value-port"),
        "AUDIENCE" => tr!("help-value-audience"),
        "FORMAT" => tr!("help-value-format"),
        "FILE" => tr!("help-value-file"),
        "DOCUMENT" => tr!("help-value-document"),
        other => other.to_owned(),
    }
}

/// `command` with its words in the tool's language, and its subcommands' too.
pub fn localised(command: Command) -> Command {
    localise(command, "")
}

fn localise(mut command: Command, name: &str) -> Command {
    if let Some(about) = about(name) {
        command = command.about(about).long_about(None);
    }
    let template =
        format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", tr!("help-usage-heading"));
    command = command
        .help_template(template)
        .subcommand_help_heading(tr!("help-heading-commands"))
        .subcommand_value_name(tr!("help-value-command"))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(tr!("help-arg-help")));
    if name.is_empty() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version").short('V').long("version").action(ArgAction::Version).help(tr!("help-arg-version")),
        );
    }
    let ids: Vec<String> = command.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        let subcommand = name.to_owned();
        command = command.mut_arg(id.as_str(), |arg| localise_argument(arg, &subcommand));
    }
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_owned()).collect();
    for sub in names {
        command = command.mut_subcommand(sub.as_str(), |c| localise(c, &sub));
    }
    command
}

fn localise_argument(mut arg: Arg, subcommand: &str) -> Arg {
    if let Some(help) = argument_help(subcommand, arg.get_id().as_str()) {
        // The default value and the possible values are said in the help, in words.
        arg = arg.help(help).long_help(None);
        if arg.get_action().takes_values() {
            arg = arg.hide_default_value(true).hide_possible_values(true);
        }
    }
    if arg.get_action().takes_values() {
        let names: Vec<String> = match arg.get_value_names() {
            Some(names) => names.iter().map(|n| value_name(n.as_str())).collect(),
            None => vec![value_name(&arg.get_id().as_str().to_uppercase())],
        };
        arg = arg.value_names(names);
    }
    let heading = if arg.is_positional() { tr!("help-heading-arguments") } else { tr!("help-heading-options") };
    arg.help_heading(heading)
}

/// A usage error of clap's, said in the tool's language (clap's own text is English).
pub fn usage_error(error: &clap::Error, usage: &str) -> String {
    let context = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let argument = context(ContextKind::InvalidArg);
    let value = context(ContextKind::InvalidValue);
    let message = match error.kind() {
        ErrorKind::UnknownArgument => tr!("usage-unknown-argument", argument = argument),
        ErrorKind::InvalidSubcommand => tr!("usage-unknown-command", command = context(ContextKind::InvalidSubcommand)),
        ErrorKind::InvalidValue => {
            tr!("usage-invalid-value", value = value, argument = argument, valid = context(ContextKind::ValidValue))
        }
        ErrorKind::ValueValidation => {
            // A date given to `--today`: the reason is the parser's, already in the tool's language.
            let reason = error.source().map(ToString::to_string).unwrap_or_default();
            tr!("usage-bad-value", value = value, argument = argument, reason = reason)
        }
        ErrorKind::MissingRequiredArgument => tr!("usage-missing-argument", argument = argument),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            tr!("usage-missing-command")
        }
        ErrorKind::ArgumentConflict => tr!("usage-conflict", argument = argument),
        ErrorKind::NoEquals | ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            tr!("usage-wrong-values", argument = argument)
        }
        _ => tr!("usage-other"),
    };
    // Clap words the usage line "Usage: charte build [OPTIONS]": the command alone is kept.
    let usage = match context(ContextKind::Usage) {
        given if !given.trim().is_empty() => given,
        _ => usage.to_owned(),
    };
    let usage = usage.trim().split_once(' ').map_or(usage.trim(), |(_, rest)| rest.trim()).to_owned();
    format!("{}\n\n{} {usage}\n{}", tr!("usage-error", message = message), tr!("help-usage-heading"), tr!("usage-more"))
}
