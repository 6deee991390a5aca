# charte's messages in English, for an English locale. Each message has its counterpart, under
# the same identifier, in fr.ftl (a test checks it).

## Diagnostics as people read them
severity-error = error
severity-warning = warning
severity-notice = notice
diagnostic-help = help:
diagnostic-more = { $count ->
     [one] { $count } more of the same in this file, not shown
    *[other] { $count } more of the same in this file, not shown
  }
diagnostic-more-help = correct those above, then check again

## What the commands say when they are done
notices-not-shown = { $count ->
     [one] { $count } notice not shown: `charte check` lists them
    *[other] { $count } notices not shown: `charte check` lists them
  }
usage-error = error: { $message }
build-failed = build failed: { $errors ->
     [one] { $errors } error; nothing was written
    *[other] { $errors } errors; nothing was written
  }
build-done = built { $documents ->
     [one] { $documents } document
    *[other] { $documents } documents
  } ({ $pages ->
     [one] { $pages } page
    *[other] { $pages } pages
  }) into { $output } in { $ms } ms
new-version-done = kept version { $old } in { $archived }; { $current } is now a draft of version { $new }: describe its changes in its history (the xxxxxx), then have it validated
new-done = created { $path }: fill in each xxxxxx (`charte check` lists them)
init-needs-folder = charte init needs a folder: `charte init DIR`
init-done = created a site in { $dir } from the `{ $template }` template:
init-next = next: replace each xxxxxx (`charte check --root { $root }` lists them), then `charte build --root { $root }`

## The summary of `charte check`
summary-title = summary on { $today }
summary-documents = { $documents ->
     [one] { $documents } document
    *[other] { $documents } documents
  }: { $validated } validated, { $review } in review, { $draft } draft, { $archived } archived
summary-diagnostics = { $errors ->
     [one] { $errors } error
    *[other] { $errors } errors
  }, { $warnings ->
     [one] { $warnings } warning
    *[other] { $warnings } warnings
  }, { $notices ->
     [one] { $notices } notice
    *[other] { $notices } notices
  }
summary-reviews = reviews: { $overdue } overdue, { $soon } due soon
summary-overdue = overdue: { $title } ({ $document }), due { $due }
summary-due-soon = due soon: { $title } ({ $document }), due { $due }
diagnostic-colon = :

## The command line's help
help-usage-heading = Usage:
help-heading-commands = Commands
help-heading-options = Options
help-heading-arguments = Arguments
help-arg-help = Print help
help-arg-version = Print version
help-value-dir = DIR
help-value-date = YYYY-MM-DD
help-value-name = NAME
help-value-version = VERSION
help-value-address = ADDRESS
help-about = Publishes social-network charters, usage guides, glossaries and Qual-e-pref procedure sheets as an accessible static site.
help-build = Builds the site into the output folder (ROOT/public by default).
help-init = Creates a site in DIR from the built-in models; `--list` lists the templates and models.
help-new = Adds content/SLUG.md, a document of KIND with its fields commented.
help-new-version = Starts a new version of a document: keeps the text in force as NAME@VERSION.md, and makes the document a draft of the next version.
help-serve = Serves the site with live reload: every edit rebuilds what it touches.
help-check = Checks the content and reports every problem, without writing anything.
help-arg-root = The site's root folder (it holds content/, and optionally themes/ and templates/); the current folder by default.
help-arg-today = The date to compute review deadlines against (YYYY-MM-DD); today by default.
help-arg-build-output = Where to write the site (ROOT/public by default); replaced whole, and only if the build succeeds.
help-arg-build-force = Replace an output folder that is not empty and was not written by charte.
help-arg-build-audience = Which documents to publish: `public` leaves out internal documents and the links to them; `all` (the default) publishes every document, as on the intranet.
help-arg-build-with-register = With `--audience public`, publish the register of the public documents too.
help-arg-init-dir = The folder to create the site in (it must be empty or not exist).
help-arg-init-template = `etat` (a State service, the default) or `collectivite` (a local authority).
help-arg-init-list = List the templates and the built-in models.
help-arg-new-kind = The kind of document: `moderation`, `usage`, `glossary`, `procedure` or `page`.
help-arg-new-slug = Where the document goes under content/, without extension: `chartes/facebook`.
help-arg-new-version-path = The document: its file (`content/chartes/moderation.md`) or its address (`chartes/moderation`).
help-arg-new-version-version = The new version (by default the next one: 2.1 → 2.2).
help-arg-serve-port = The port to listen on (1111 by default; 0: any free port).
help-arg-serve-bind = The address to listen on; 127.0.0.1 by default, this machine only.
help-arg-serve-open = Open the site in the browser.
help-arg-check-strict = Fail (exit 1) on warnings too.
help-arg-check-format = `text` (the default) for people, `json` for tools.

## Usage errors (exit 2)
usage-unknown-argument = unknown argument: `{ $argument }`
usage-unknown-command = unknown command: `{ $command }`
usage-invalid-value = unknown value `{ $value }` for `{ $argument }`; possible values: { $valid }
usage-bad-value = value `{ $value }` refused for `{ $argument }`: { $reason }
usage-missing-argument = { $argument } is missing
usage-missing-command = the command is missing: `build`, `check`, `serve`, `init`, `new` or `new-version`
usage-conflict = `{ $argument }` cannot be used with another argument given
usage-wrong-values = wrong number of values for `{ $argument }`
usage-other = invalid arguments
usage-more = For more information, try `charte --help`.
help-value-kind = KIND
help-value-slug = SLUG
help-value-path = DOCUMENT
help-value-port = PORT
help-value-audience = AUDIENCE
help-value-format = FORMAT
help-value-command = COMMAND
help-arg-new-version-today = The date of the new history entry (YYYY-MM-DD); today by default.

## Dates
date-malformed = expected a date written YYYY-MM-DD (such as 2025-09-10), found `{ $text }`
date-impossible = `{ $text }` is not a real calendar date (no such day in that month)

## Reading YAML
word-or = {" "}or{" "}
yaml-empty = this YAML is empty: expected `field: value` lines
yaml-second-document = a second YAML document starts here: a file holds one document
yaml-second-document-help = remove this `---` line and what follows it, or move it into a file of its own
yaml-too-deep = values are nested more than { $levels } levels deep here
yaml-too-deep-help = a document's fields nest a few levels at most: check the indentation and the `-` of lists
yaml-unknown-field = unknown field `{ $field }`
yaml-unknown-field-close = did you mean `{ $close }`? expected one of: { $fields }
yaml-unknown-field-help = expected one of: { $fields }
yaml-expected-integer = expected a whole number
yaml-expected-number = expected a number
yaml-expected-boolean = expected `true` or `false`
yaml-empty-field = this field is empty: expected a text
yaml-empty-field-help = write its text, or remove the line
yaml-in-field = { $message } (in `{ $path }`)
yaml-unknown-value = unknown value { $value }, expected one of { $expected }
yaml-invalid-type = expected { $expected }, but { $given } was given
yaml-given-list = a list
yaml-given-fields = `field: value` lines
yaml-given-text = a text
yaml-given-number = a number
yaml-given-boolean = `true` or `false`
yaml-given-nothing = an empty value
yaml-missing-field = missing field { $field }
yaml-quote-variable = a value that starts with `{"{{"}` must be quoted
yaml-quote-variable-help = write it between double quotes: `title: "{"{{"} org.name {"}}"}"`
yaml-indentation = invalid YAML: this line is not indented like the fields above it
yaml-indentation-help = indent every field of one level by the same number of spaces (two per level is usual)
yaml-unclosed = invalid YAML: this `{ $bracket }` is never closed
yaml-unclosed-help = close it with `{ $closing }` on the same line, or quote the value
yaml-invalid = invalid YAML: { $detail }
yaml-invalid-help = check the indentation (spaces only, the same for every field of one level) and quote values that contain `: ` or start with a special character
yaml-top-level = expected `field: value` lines at the top level
yaml-anchor = YAML anchors and aliases (`&name`, `*name`) are not supported: write the value out
yaml-key-not-scalar = a field name must be a plain word, not a list or a mapping
yaml-tag = YAML tags (`!name`) are not supported
yaml-duplicate-field = field `{ $field }` is given twice (first on line { $first })
