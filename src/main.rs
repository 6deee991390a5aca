//! The `charte` command line: parses arguments, runs a command, prints diagnostics, and exits
//! 0 (success), 1 (the content has errors, or warnings under `check --strict`) or 2 (bad usage
//! or an I/O failure).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use charte::build::{self, BuildOptions, Failure};
use charte::check::summary;
use charte::model::address::Selection;
use charte::schema::date::Date;
use charte::schema::document::Audience;
use charte::schema::json_schema::SchemaFile;
use charte::schema::kind::Kind;
use charte::source::{use_color, Diagnostic, Severity};
use charte::tr;

/// A build makes millions of small allocations from both threads (YAML values, Markdown events,
/// strings of the views): mimalloc serves them faster than the system allocator. Transparent huge
/// pages are left off, so that memory is taken in small pages as it is needed.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use charte::{scaffold, serve};

mod cli;

#[derive(Parser)]
#[command(
    name = "charte",
    version,
    about = "Publishes social-network charters, usage guides, glossaries and Qual-e-pref procedure sheets as an accessible static site."
)]
struct Cli {
    /// The site's root folder (it holds content/, and optionally themes/ and templates/).
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum AudienceArg {
    /// Only the documents for the public, as on the citizens' site.
    Public,
    /// Every document, as on the intranet.
    All,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Builds the site into the output folder (ROOT/public by default).
    Build {
        /// Where to write the site; replaced whole, and only if the build succeeds.
        #[arg(long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// The date to compute review deadlines against (YYYY-MM-DD); today by default.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<Date>,
        /// Replace an output folder that is not empty and was not written by charte.
        #[arg(long)]
        force: bool,
        /// Which documents to publish: `public` leaves out internal documents and the links to them.
        #[arg(long, value_enum, default_value = "all")]
        audience: AudienceArg,
        /// With `--audience public`, publish the register of the public documents too.
        #[arg(long)]
        with_register: bool,
    },
    /// Creates a site in DIR from the built-in models; `--list` lists the templates and models.
    Init {
        /// The folder to create the site in (it must be empty or not exist).
        #[arg(value_name = "DIR", required_unless_present = "list")]
        dir: Option<PathBuf>,
        /// `etat` (a State service) or `collectivite` (a local authority).
        #[arg(long, default_value = "etat", value_name = "NAME")]
        template: String,
        /// List the templates and the built-in models.
        #[arg(long)]
        list: bool,
    },
    /// Adds content/SLUG.md, a document of KIND with its fields commented.
    New {
        /// The kind of document.
        #[arg(value_enum)]
        kind: Kind,
        /// Where the document goes under content/, without extension: `chartes/facebook`.
        slug: String,
    },
    /// Starts a new version of a document: keeps the text in force as NAME@VERSION.md, and makes
    /// the document a draft of the next version.
    NewVersion {
        /// The document: its file (`content/chartes/moderation.md`) or its address (`chartes/moderation`).
        path: String,
        /// The new version (by default the next one: 2.1 → 2.2).
        #[arg(long, value_name = "VERSION")]
        version: Option<String>,
        /// The date of the new history entry (YYYY-MM-DD); today by default.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<Date>,
    },
    /// Takes the newest version of the model of each fork, with a three-way merge.
    Update {
        /// The documents to update (file or address); every fork that pins its model's version by default.
        #[arg(value_name = "DOCUMENT")]
        documents: Vec<String>,
        /// Show the merge without writing anything.
        #[arg(long)]
        dry_run: bool,
        /// The date of the new history entry (YYYY-MM-DD); today by default.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<Date>,
    },
    /// Serves the site with live reload: every edit rebuilds what it touches.
    Serve {
        /// The port to listen on (0: any free port).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; only this machine by default.
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
        bind: std::net::IpAddr,
        /// Open the site in the browser.
        #[arg(long)]
        open: bool,
        /// The date to compute review deadlines against (YYYY-MM-DD); today by default.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<Date>,
    },
    /// Prints the JSON Schema of one kind of file, or writes them all into a folder.
    Schema {
        /// site, front-matter, document, folder or referential.
        #[arg(value_name = "FILE", default_value = "document")]
        file: String,
        /// Write the schema of every kind of file into DIR rather than print one.
        #[arg(long, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    /// Checks the content and reports every problem, without writing anything.
    Check {
        /// The date to compute review deadlines against (YYYY-MM-DD); today by default.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<Date>,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        strict: bool,
        /// `text` for people, `json` for tools.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text)
}

/// Prints the errors and warnings of a build; notices are only counted (`charte check` lists
/// them), so that a large site's build does not bury its warnings under them.
fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let color = use_color(std::io::stderr().is_terminal());
    let mut notices = 0usize;
    for d in diagnostics {
        if d.severity == Severity::Notice {
            notices += 1;
        } else {
            eprintln!("{}", d.render(color));
        }
    }
    if notices > 0 {
        eprintln!("{}", tr!("notices-not-shown", count = notices));
    }
}

/// The arguments, or the exit code when there is nothing more to do: help or version shown (0),
/// a usage error said (2).
fn arguments() -> Result<Cli, ExitCode> {
    let mut command = cli::localised(Cli::command());
    let usage = command.render_usage().to_string();
    let parsed = command.try_get_matches().and_then(|m| Cli::from_arg_matches(&m));
    parsed.map_err(|error| match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{}", cli::usage_error(&error, &usage));
            ExitCode::from(2)
        }
    })
}

fn main() -> ExitCode {
    let cli = match arguments() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let result = match cli.command {
        Command::Build { output, today, force, audience, with_register } => {
            let selection = match audience {
                AudienceArg::All => Selection::ALL,
                AudienceArg::Public => Selection { audience: Some(Audience::Public), register: with_register },
            };
            let today = today.unwrap_or_else(Date::today);
            run_build(BuildOptions { root: cli.root, output, today, force, selection })
        }
        Command::Check { today, strict, format } => {
            run_check(cli.root, today.unwrap_or_else(Date::today), strict, format)
        }
        Command::Init { dir, template, list } => run_init(dir, &template, list),
        Command::Schema { file, output } => run_schema(&file, output),
        Command::Serve { port, bind, open, today } => {
            serve::run(serve::ServeOptions { root: cli.root, bind, port, open, today })
                .map(|()| 0)
                .map_err(Failure::Usage)
        }
        Command::NewVersion { path, version, today } => {
            scaffold::new_version(&cli.root, &path, version.as_deref(), today.unwrap_or_else(Date::today))
                .map(|done| {
                    println!(
                        "{}",
                        tr!(
                            "new-version-done",
                            old = done.old,
                            archived = done.archived,
                            current = done.current,
                            new = done.new
                        )
                    );
                    0
                })
                .map_err(Failure::Usage)
        }
        Command::Update { documents, dry_run, today } => {
            run_update(cli.root, &documents, dry_run, today.unwrap_or_else(Date::today))
        }
        Command::New { kind, slug } => scaffold::new_document(&cli.root, kind, &slug)
            .map(|path| {
                println!("{}", tr!("new-done", path = path));
                0
            })
            .map_err(Failure::Usage),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            match &failure {
                Failure::Usage(message) => eprintln!("{}", tr!("usage-error", message = message)),
                Failure::Content(diagnostics) => {
                    print_diagnostics(diagnostics);
                    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                    eprintln!("{}", tr!("build-failed", errors = errors));
                }
            }
            ExitCode::from(failure.exit_code())
        }
    }
}

fn run_build(options: BuildOptions) -> Result<u8, Failure> {
    let report = build::build(&options)?;
    print_diagnostics(&report.diagnostics);
    println!(
        "{}",
        tr!(
            "build-done",
            documents = report.documents,
            pages = report.pages,
            output = report.output,
            ms = report.elapsed.as_millis() as u64
        )
    );
    Ok(0)
}

fn run_check(root: PathBuf, today: Date, strict: bool, format: Format) -> Result<u8, Failure> {
    let report = build::check(&root, today)?;
    match format {
        Format::Json => println!("{}", summary::json(&report.diagnostics, &report.summary)),
        Format::Text => {
            let color = use_color(std::io::stdout().is_terminal());
            for d in &report.diagnostics {
                println!("{}", d.render(color));
            }
            print!("{}", report.summary.text(color));
        }
    }
    let fails =
        report.diagnostics.iter().any(|d| d.severity == Severity::Error || (strict && d.severity == Severity::Warning));
    Ok(u8::from(fails))
}

/// Prints what the update did (or would do, with `--dry-run`: then the change to each file
/// too); 1 when a conflict is left to resolve.
fn run_update(root: PathBuf, documents: &[String], dry_run: bool, today: Date) -> Result<u8, Failure> {
    let report = match scaffold::update(&root, documents, dry_run, today) {
        Ok(report) => report,
        Err(scaffold::UpdateError::Usage(message)) => return Err(Failure::Usage(message)),
        Err(scaffold::UpdateError::Content(diagnostics)) => {
            print_diagnostics(&diagnostics);
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            eprintln!("{}", tr!("update-failed", errors = errors));
            return Ok(1);
        }
    };
    for (file, model, version) in &report.up_to_date {
        println!("{}", tr!("update-up-to-date", file = file, model = model.as_str(), version = version.as_str()));
    }
    if report.updated.is_empty() && report.up_to_date.is_empty() {
        println!("{}", tr!("update-none"));
    }
    for done in &report.updated {
        print!("{}", done.describe());
        if dry_run {
            print!("{}", done.diff());
        }
    }
    if dry_run && !report.updated.is_empty() {
        println!("{}", tr!("update-dry-run"));
    }
    Ok(u8::from(report.updated.iter().any(|d| d.merge.conflicts() > 0)))
}

fn run_schema(file: &str, output: Option<PathBuf>) -> Result<u8, Failure> {
    if let Some(dir) = output {
        for path in scaffold::write_schemas(&dir).map_err(Failure::Usage)? {
            println!("{}", path.display());
        }
        return Ok(0);
    }
    let names = || SchemaFile::ALL.map(SchemaFile::name).join(", ");
    let file = SchemaFile::from_name(file)
        .ok_or_else(|| Failure::Usage(tr!("unknown-schema-file", file = file, files = names())))?;
    print!("{}", file.text(charte::i18n::language()));
    Ok(0)
}

fn run_init(dir: Option<PathBuf>, template: &str, list: bool) -> Result<u8, Failure> {
    if list {
        print!("{}", scaffold::list());
        return Ok(0);
    }
    let dir = dir.ok_or_else(|| Failure::Usage(tr!("init-needs-folder")))?;
    let files = scaffold::init(&dir, template).map_err(Failure::Usage)?;
    println!("{}", tr!("init-done", dir = dir, template = template));
    for file in files {
        println!("  {}", file.display());
    }
    println!("{}", tr!("init-next", root = dir));
    Ok(0)
}
