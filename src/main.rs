//! The `charte` command line: parses arguments, runs a command, prints diagnostics, and exits
//! 0 (success), 1 (the content has errors) or 2 (bad usage or an I/O failure).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use charte::build::{build, BuildFailure, BuildOptions};
use charte::diagnostics::Diagnostic;
use charte::model::date::Date;

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
    },
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text)
}

fn print_diagnostics(diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        eprintln!("{d}");
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { output, today, force } => {
            let options = BuildOptions {
                root: cli.root,
                output,
                today: today.unwrap_or_else(Date::today),
                force,
            };
            match build(&options) {
                Ok(report) => {
                    print_diagnostics(&report.warnings);
                    let shown = report.output.display();
                    let line = format!(
                        "built {} documents ({} pages) into {shown} in {} ms",
                        report.documents,
                        report.pages,
                        report.elapsed.as_millis()
                    );
                    println!("{line}");
                    ExitCode::SUCCESS
                }
                Err(failure) => {
                    match &failure {
                        BuildFailure::Usage(message) => eprintln!("error: {message}"),
                        BuildFailure::Content(diagnostics) => {
                            print_diagnostics(diagnostics);
                            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                            eprintln!("build failed: {errors} error(s); nothing was written");
                        }
                    }
                    ExitCode::from(failure.exit_code() as u8)
                }
            }
        }
    }
}
