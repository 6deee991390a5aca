//! Helpers shared by the integration tests: copy a fixture site into a scratch folder, run the
//! `charte` binary on it, read and parse what it wrote.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use scraper::{Html, Selector};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A scratch copy of a fixture site (deleted when dropped).
pub struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    pub fn from_fixture(name: &str) -> Site {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(&fixture(name), dir.path());
        Site { dir }
    }

    /// A scratch copy of the repository's example site (its `content/`).
    pub fn example() -> Site {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), &dir.path().join("content"));
        Site { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.root().join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    pub fn remove(&self, relative: &str) {
        fs::remove_file(self.root().join(relative)).unwrap();
    }

    /// Runs `charte ARGS --root ROOT`, in French.
    pub fn charte(&self, args: &[&str]) -> Output {
        charte().args(args).arg("--root").arg(self.root()).output().unwrap()
    }

    /// Runs `charte ARGS --root ROOT` with the locale `LANG=lang`.
    pub fn charte_in(&self, lang: &str, args: &[&str]) -> Output {
        charte_in(lang).args(args).arg("--root").arg(self.root()).output().unwrap()
    }

    pub fn build(&self) -> Output {
        self.charte(&["build", "--today", "2025-06-01"])
    }

    pub fn page(&self, relative: &str) -> Html {
        let text = fs::read_to_string(self.public().join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"));
        Html::parse_document(&text)
    }
}

pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, to compare a folder before and after.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().to_path_buf(), fs::read(e.path()).unwrap()))
        .collect()
}

pub fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

/// The text of an element, its text nodes separated by spaces and whitespace collapsed.
pub fn text(element: &scraper::ElementRef) -> String {
    element.text().collect::<Vec<_>>().join(" ").split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn texts(html: &Html, css: &str) -> Vec<String> {
    select(html, css).iter().map(text).collect()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn assert_success(output: &Output) {
    assert!(output.status.success(), "charte failed: {}\n{}", output.status, stderr(output));
}

/// Starts `charte serve --port 0` on `site`, on the day `today` if given; returns the process
/// and the site's address (`http://127.0.0.1:PORT/BASE/`). The rest of its output is read and
/// dropped.
pub fn start_serve(site: &Site, today: Option<&str>) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_charte"));
    command.args(["serve", "--port", "0", "--root"]).arg(site.root());
    if let Some(today) = today {
        command.args(["--today", today]);
    }
    let mut child = command.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::null()).spawn().unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let url = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        // "site servi à l’adresse http://127.0.0.1:PORT/ (…)": the address, whatever the language.
        if let Some(at) = line.find("http://") {
            break line[at..].split(' ').next().unwrap().to_owned();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    (child, url)
}

/// The `charte` binary, speaking French as on a French agent's machine whatever the locale of
/// the machine running the tests.
pub fn charte() -> Command {
    charte_in("fr_FR.UTF-8")
}

/// The `charte` binary with `LANG=lang` and no other locale variable.
pub fn charte_in(lang: &str) -> Command {
    let mut command = Command::cargo_bin("charte").unwrap();
    command.env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", lang);
    command
}

/// The elements under `element` that match `css`.
pub fn select_in<'a>(element: &scraper::ElementRef<'a>, css: &str) -> Vec<scraper::ElementRef<'a>> {
    element.select(&scraper::Selector::parse(css).unwrap()).collect()
}

/// `charte check --format json --today 2025-06-01` on `site`: its exit code and its report.
pub fn check_json(site: &Site) -> (i32, serde_json::Value) {
    let out = site.charte(&["check", "--format", "json", "--today", "2025-06-01"]);
    (out.status.code().unwrap(), serde_json::from_slice(&out.stdout).unwrap())
}

/// The diagnostics of `report` with `code`.
pub fn diagnostics<'a>(report: &'a serde_json::Value, code: &str) -> Vec<&'a serde_json::Value> {
    report["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == code).collect()
}

/// Where a diagnostic of a JSON report points: `FILE:LINE:COLUMN`.
pub fn place(d: &serde_json::Value) -> String {
    format!("{}:{}:{}", d["file"].as_str().unwrap(), d["line"], d["column"])
}
