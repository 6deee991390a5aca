//! The one place that parses YAML. Everything else sees typed values and
//! [`crate::source::Spanned`] positions; swapping the YAML library means changing this folder
//! only.
//!
//! Positions are those of the original file: the loader hands over the file's text with every
//! line that is not YAML blanked out, so that the parser's lines are the file's lines.

use marked_yaml::spanned_serde::NodeDeserializer;
use marked_yaml::{FromYamlError, LoadError, LoaderOptions, Marker};
use serde::de::DeserializeOwned;

use crate::schema::required;
use crate::source::{did_you_mean, Code, Diagnostic, SourceFile};
use crate::tr;

mod events;

use events::Shape;

/// Parses `yaml` (the text of `source` with non-YAML lines blanked) into `T`.
pub fn parse<T: DeserializeOwned>(source: &SourceFile, yaml: &str) -> Result<T, Diagnostic> {
    let has_fields =
        yaml.lines().map(str::trim).any(|l| !(l.is_empty() || l.starts_with('#') || l == "---" || l == "..."));
    if !has_fields {
        return Err(source.diagnostic(Code::YamlEmpty, (1, 1), tr!("yaml-empty")));
    }
    if let Ok(value) = events::from_str(yaml) {
        return Ok(value);
    }
    match events::shape(yaml) {
        Some(Shape::SecondDocument(at)) => {
            return Err(source
                .diagnostic(Code::YamlSyntax, at, tr!("yaml-second-document"))
                .with_help(tr!("yaml-second-document-help")))
        }
        Some(Shape::TooDeep(at)) => {
            return Err(source
                .diagnostic(Code::YamlSyntax, at, tr!("yaml-too-deep", levels = events::MAX_DEPTH))
                .with_help(tr!("yaml-too-deep-help")))
        }
        None => {}
    }
    // The file is broken, or unusual: the tree reader reads it again, and says what is wrong.
    by_tree(source, yaml)
}

/// Parses `yaml` through a tree of nodes: slower, and able to say what is wrong and where.
fn by_tree<T: DeserializeOwned>(source: &SourceFile, yaml: &str) -> Result<T, Diagnostic> {
    let options = LoaderOptions::default().error_on_duplicate_keys(true);
    let node = marked_yaml::parse_yaml_with_options(0, yaml, options).map_err(|err| load_error(source, yaml, err))?;
    // Keeping the path to every value (for a message such as "in `approval.validated_by`")
    // costs on every file: it is worked out only for a file that does not deserialise.
    T::deserialize(NodeDeserializer::new(&node))
        .or_else(|_| marked_yaml::from_node(&node).map_err(|err| to_diagnostic(source, FromYamlError::FromNode(err))))
}

fn at(source: &SourceFile, code: Code, marker: Option<&Marker>, message: String) -> Diagnostic {
    source.diagnostic(code, marker.map(|m| (m.line(), m.column())).unwrap_or((1, 1)), message)
}

fn to_diagnostic(source: &SourceFile, err: FromYamlError) -> Diagnostic {
    match err {
        FromYamlError::ParseYaml(load) => load_error(source, &source.text, load),
        FromYamlError::FromNode(err) => {
            let mut context = err.path().filter(|p| !p.is_empty() && *p != ".").map(str::to_owned);
            let marker = err.start_mark();
            let inner = err.into_inner();
            let (mut empty, mut missing) = (false, false);
            let (code, message, help) = match inner {
                marked_yaml::Error::UnknownFieldError(field, expected, _) => {
                    // The path ends with the unknown field itself: the message names the fields
                    // it is among (`approval`), or none at the top level.
                    context = context.and_then(|path| {
                        let parent = path.strip_suffix(field.as_str())?.trim_end_matches('.');
                        (!parent.is_empty()).then(|| parent.to_owned())
                    });
                    let fields = expected.join(", ");
                    let help = match did_you_mean(&field, expected.iter().copied()) {
                        Some(close) => tr!("yaml-unknown-field-close", close = close, fields = fields),
                        None => tr!("yaml-unknown-field-help", fields = fields),
                    };
                    (Code::UnknownField, tr!("yaml-unknown-field", field = field), Some(help))
                }
                marked_yaml::Error::IntegerParseFailure(_, _) => {
                    (Code::InvalidValue, tr!("yaml-expected-integer"), None)
                }
                marked_yaml::Error::FloatParseFailure(_, _) => (Code::InvalidValue, tr!("yaml-expected-number"), None),
                marked_yaml::Error::NotBoolean(_) => (Code::InvalidValue, tr!("yaml-expected-boolean"), None),
                marked_yaml::Error::Other(message, _) if message == required::EMPTY => {
                    empty = true;
                    (Code::InvalidValue, tr!("yaml-empty-field"), Some(tr!("yaml-empty-field-help")))
                }
                other => {
                    let mut message = other.to_string();
                    // The tree holds `null` and `~` as texts: said as what they are.
                    if message.starts_with("invalid type: string") && written_null(source, marker.as_ref()) {
                        message = message.replacen("string", "null", 1);
                    }
                    missing = message.starts_with("missing field");
                    (Code::InvalidValue, humanise(&message), None)
                }
            };
            let message = match context {
                Some(path) => tr!("yaml-in-field", message = message, path = tidy_path(&path)),
                None => message,
            };
            let mut diagnostic = at(source, code, marker.as_ref(), message);
            if empty {
                point_after_key(source, &mut diagnostic);
            }
            if missing {
                // The parser marks the mapping; the reader looks for the start of its line.
                point_at_line_start(source, &mut diagnostic);
            }
            diagnostic.help = help;
            diagnostic
        }
    }
}

/// Whether the value at `marker` is written as YAML's null (`null`, `~`), unquoted.
fn written_null(source: &SourceFile, marker: Option<&Marker>) -> bool {
    let Some(marker) = marker else { return false };
    let line = source.text.lines().nth(marker.line().max(1) - 1).unwrap_or("");
    let value: String = line.chars().skip(marker.column().max(1) - 1).collect();
    let token = value.split([' ', ',', '}', ']', '#']).next().unwrap_or("");
    matches!(token, "null" | "Null" | "NULL" | "~")
}

/// Moves the caret to the first character of the diagnostic's line that is not a space.
fn point_at_line_start(source: &SourceFile, diagnostic: &mut Diagnostic) {
    let Some(location) = diagnostic.location.as_mut() else {
        return;
    };
    if let Some(line) = source.text.lines().nth(location.line.max(1) - 1) {
        location.column = line.chars().take_while(|c| *c == ' ').count() + 1;
    }
}

/// The byte offset of the last `{` or `[` of `text` that no `}` or `]` closes, outside quotes
/// and comments: where an unclosed flow mapping or list starts.
fn unclosed_bracket(text: &str) -> Option<usize> {
    let mut open = Vec::new();
    for (start, line) in text.split_inclusive('\n').scan(0, |offset, line| {
        let start = *offset;
        *offset += line.len();
        Some((start, line))
    }) {
        let mut quote = None;
        for (i, c) in line.char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') if i == 0 || line[..i].ends_with(' ') => break,
                (None, '{' | '[') => open.push(start + i),
                (None, '}' | ']') => {
                    open.pop();
                }
                _ => {}
            }
        }
    }
    open.last().copied()
}

/// An empty value written `key:` with nothing after it is marked where the next token starts, on
/// a later line: the caret goes back after the colon.
fn point_after_key(source: &SourceFile, diagnostic: &mut Diagnostic) {
    let Some(location) = diagnostic.location else { return };
    if location.column != 1 || location.line < 2 {
        return;
    }
    let previous = source.text.lines().nth(location.line - 2).unwrap_or("");
    let key = previous.split(" #").next().unwrap_or("").trim_end();
    if key.ends_with(':') {
        let help = diagnostic.help.take();
        *diagnostic =
            source.diagnostic(diagnostic.code, (location.line - 1, key.chars().count() + 2), &diagnostic.message);
        diagnostic.help = help;
    }
}

/// serde's paths look like `approval.validated_by` or `rules[2].id`; drop a leading dot.
fn tidy_path(path: &str) -> &str {
    path.trim_start_matches('.')
}

/// serde's own wording ("unknown variant `x`, expected one of `a`, `b`", "invalid type: map,
/// expected a string", "missing field `x`"), said in the tool's language.
fn humanise(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let expected = expected.strip_prefix("one of ").unwrap_or(expected).replace(" or ", &tr!("word-or"));
        return tr!("yaml-unknown-value", value = value, expected = expected);
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (given, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let given = match given.split([' ', ',']).next().unwrap_or("") {
            "sequence" => tr!("yaml-given-list"),
            "map" => tr!("yaml-given-fields"),
            "string" => tr!("yaml-given-text"),
            "integer" | "floating" => tr!("yaml-given-number"),
            "boolean" => tr!("yaml-given-boolean"),
            "unit" | "null" | "Option" => tr!("yaml-given-nothing"),
            _ => given.to_owned(),
        };
        let expected = match expected {
            "a string" | "string" => tr!("yaml-given-text"),
            "a sequence" | "sequence" => tr!("yaml-given-list"),
            e if e.starts_with("struct ") || e.starts_with("a map") || e == "map" => tr!("yaml-given-fields"),
            // One of a field's values (`audience: public`), given as a list or fields.
            e if e.starts_with("enum ") => tr!("yaml-expected-one-value"),
            "a boolean" | "bool" => tr!("yaml-given-boolean"),
            e if is_number_type(e) => tr!("yaml-given-number"),
            e => e.to_owned(),
        };
        return tr!("yaml-invalid-type", given = given, expected = expected);
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return tr!("yaml-missing-field", field = field);
    }
    message.to_owned()
}

/// Whether serde names a number type (`u32`, `i64`, `f64`, `usize`…).
fn is_number_type(name: &str) -> bool {
    let digits = name.strip_prefix(['u', 'i', 'f']).unwrap_or("");
    digits == "size" || (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// A diagnostic for what stopped the parser of `yaml` (the YAML part of `source`).
fn load_error(source: &SourceFile, yaml: &str, err: LoadError) -> Diagnostic {
    let mut d = load_error_at(source, yaml, err);
    let line = d.source_line.as_deref().unwrap_or("");
    if line.contains("{{") && !line.contains("\"{{") && !line.contains("'{{") {
        d.message = tr!("yaml-quote-variable");
        d.help = Some(tr!("yaml-quote-variable-help"));
    }
    d
}

fn load_error_at(source: &SourceFile, yaml: &str, err: LoadError) -> Diagnostic {
    match err {
        LoadError::ScanError(marker, scan) => {
            let detail = scan.info().to_owned();
            if detail.contains("did not find expected key") {
                let mut d = at(source, Code::YamlSyntax, Some(&marker), tr!("yaml-indentation"));
                point_at_line_start(source, &mut d);
                return d.with_help(tr!("yaml-indentation-help"));
            }
            if detail.contains("flow mapping") || detail.contains("flow sequence") {
                if let Some(open) = unclosed_bracket(yaml) {
                    let bracket = &yaml[open..=open];
                    let closing = if bracket == "{" { "}" } else { "]" };
                    return source
                        .diagnostic(Code::YamlSyntax, source.line_column(open), tr!("yaml-unclosed", bracket = bracket))
                        .with_help(tr!("yaml-unclosed-help", closing = closing));
                }
            }
            at(source, Code::YamlSyntax, Some(&marker), tr!("yaml-invalid", detail = detail))
                .with_help(tr!("yaml-invalid-help"))
        }
        LoadError::TopLevelMustBeMapping(marker) | LoadError::TopLevelMustBeSequence(marker) => {
            at(source, Code::YamlSyntax, Some(&marker), tr!("yaml-top-level"))
        }
        LoadError::UnexpectedAnchor(marker) => at(source, Code::YamlSyntax, Some(&marker), tr!("yaml-anchor")),
        LoadError::MappingKeyMustBeScalar(marker) => {
            at(source, Code::YamlSyntax, Some(&marker), tr!("yaml-key-not-scalar"))
        }
        LoadError::UnexpectedTag(marker) => at(source, Code::YamlSyntax, Some(&marker), tr!("yaml-tag")),
        LoadError::DuplicateKey(inner) => {
            let first = inner.prev_key.span().start().map(|m| m.line()).unwrap_or(0);
            at(
                source,
                Code::DuplicateField,
                inner.key.span().start(),
                tr!("yaml-duplicate-field", field = inner.key.as_str(), first = first),
            )
        }
        #[allow(unreachable_patterns)]
        other => source.diagnostic(Code::YamlSyntax, (1, 1), tr!("yaml-invalid", detail = other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::document::Fields;
    use crate::schema::referential::ReferentialFile;
    use crate::schema::site::Site;
    use crate::source::Spanned;
    use serde::Deserialize;
    use std::path::Path;

    /// Reads `yaml` both ways. Whenever the fast reader gives a value, the tree reader gives the
    /// same, positions included. Says whether the fast reader gave one.
    fn same_both_ways<T: DeserializeOwned + std::fmt::Debug>(yaml: &str) -> bool {
        let Ok(fast) = events::from_str::<T>(yaml) else { return false };
        let source = SourceFile::new("test.yaml", yaml.to_owned());
        let slow = by_tree::<T>(&source, yaml).unwrap_or_else(|d| panic!("{}\n{yaml}", d.message));
        assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "{yaml}");
        true
    }

    #[test]
    fn every_file_of_the_repository_reads_the_same_both_ways_and_fast() {
        let top = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut read = 0;
        for folder in ["content", "models", "tests/fixtures", "starters"] {
            for entry in walkdir::WalkDir::new(top.join(folder)).into_iter().filter_map(Result::ok) {
                let path = entry.path();
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                let Ok(text) = std::fs::read_to_string(path) else { continue };
                let fast = if name.ends_with(".md") {
                    let Ok(split) = crate::load::front_matter::split(&text) else { continue };
                    same_both_ways::<Fields>(split.yaml)
                } else if name == "site.yaml" {
                    same_both_ways::<Site>(&text)
                } else if name == "referentiel.yaml" {
                    same_both_ways::<ReferentialFile>(&text)
                } else if name.ends_with(".yaml") {
                    same_both_ways::<Fields>(&text)
                } else {
                    continue;
                };
                // The example site and the built-in models are read the fast way.
                if folder == "content" || folder == "models" {
                    assert!(fast, "{} is not read the fast way", path.display());
                }
                read += 1;
            }
        }
        assert!(read > 20, "only {read} files read");
    }

    #[test]
    fn the_fast_reader_gives_up_on_what_the_tree_reader_refuses_or_reads_its_own_way() {
        let refused = [
            "- kind: page\n",
            "kind: page\ntitle: A\ntitle: B\n",
            "kind: page\napproval:\n  drafted_by: { name: A, name: B, role: R, date: 2024-01-01 }\n",
            "kind: &k page\n",
            "kind: !!str page\n",
            "kind: page\n? [a]\n: b\n",
            "kind: page\ntitle: [A]\n",
            "kind: page\nreview: { every_months: douze }\n",
            "kind: chapitre\n",
            "kind: page\nsurprise: 1\n",
            "kind: page\ntitle: \"A\n",
            "kind: page\n---\nkind: usage\n",
            "kind: page\ntitle: \"\"\n",
            "kind: page\ntitle: ~\n",
        ];
        for yaml in refused {
            assert!(events::from_str::<Fields>(yaml).is_err(), "{yaml}");
        }
        let read = [
            "kind: page\nsummary:\n",
            "kind: page\nsummary: ~\nservice: null\n",
            "kind: page\ntitle: \"true\"\nrules: []\n",
            "kind: page\ntitle: 'Le « titre »'\nrules:\n",
            "kind: page\nreview: { every_months: 6, last: 2025-01-02 }\n",
            "kind: glossary\nterms:\n  - term: A\n    definition: >\n      plié\n      ici\n    aliases: [b, c]\n",
            "kind: moderation\nrules:\n  - { id: a, remove: TRUE }\nvars: { x: 1, y: \"2\" }\n",
            "---\nkind: page\n...\n",
        ];
        for yaml in read {
            assert!(same_both_ways::<Fields>(yaml), "{yaml}");
        }
    }

    #[derive(Deserialize)]
    struct Person {
        name: Spanned<String>,
        roles: Vec<Spanned<String>>,
    }

    #[derive(Deserialize)]
    struct Page {
        title: Spanned<String>,
        author: Spanned<Person>,
    }

    #[test]
    fn every_value_keeps_where_it_starts() {
        let text = "title: Étude\nauthor:\n  name: \"Camille\"\n  roles: [a, bé]\n";
        let page: Page = parse(&SourceFile::new("page.yaml", text.to_owned()), text).unwrap();
        assert_eq!(*page.title, "Étude");
        assert_eq!(page.title.position(), (1, 8));
        assert_eq!(page.author.name.position(), (3, 9));
        assert_eq!(page.author.roles[1].position(), (4, 14));
        // The offset in characters, not bytes: "É" is one character.
        let offset = page.author.roles[1].span().character();
        assert_eq!(text.chars().skip(offset).take(2).collect::<String>(), "bé");
        assert!(!page.title.is_inherited());
        let inherited = page.title.inherited();
        assert!(inherited.is_inherited());
        assert_eq!(inherited.position(), (1, 8));
        assert_eq!(Spanned::unspanned(1).position(), (1, 1));
    }
}
