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
help-schema = Prints the JSON Schema of a kind of file, with which an editor completes field names and flags a typo; `--output` writes them all into a folder.
help-arg-schema-file = The kind of file: site (site.yaml), front-matter (a Markdown document's front matter), document (a document written in YAML), folder (_index.yaml), referential (referentiel.yaml) or library (library.yaml, a model library's manifest); document by default.
help-arg-schema-output = Write the schema of every kind of file into this folder (site.schema.json…) rather than print one.
help-value-document = DOCUMENT
help-value-file = FILE
unknown-schema-file = unknown kind of file: `{ $file }` (expected: { $files })
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
usage-missing-command = the command is missing: `build`, `check`, `serve`, `init`, `new`, `new-version` or `update`
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
yaml-expected-one-value = one of the allowed values
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

## Reviews and the validation chain
unit-months = months
range-out = `{ $field }` is { $value }: expected from { $min } to { $max } { $unit }
range-out-help = write a number of { $unit } from { $min } to { $max }
review-missing = this document answers engagement 20.3 (annual review) but has no `review`
review-missing-help = add `review: { "{" } last: YYYY-MM-DD { "}" }` with the date of the last review
review-future = the last review is dated { $date }, after today
review-future-help = `review.last` is the date of a review that took place
review-due-soon = the review is due on { $date } ({ $days ->
     [one] { $days } day
    *[other] { $days } days
  } from now)
review-overdue = the review was due on { $date } ({ $days ->
     [one] { $days } day
    *[other] { $days } days
  } ago)
review-due-help = review the document, then set `review.last` to the date of the review (and record a new version if it changed)
validation-missing = this document is `validated` but does not say who validated it
validation-missing-help = add `approval: { "{" } validated_by: { "{" } name: …, role: …, date: YYYY-MM-DD { "}" } { "}" }`, or set `status: draft`
verification-missing = a validated { $kind } needs the quality officer's check
verification-missing-help = add `approval: { "{" } verified_by: { "{" } name: …, role: "référent qualité", date: … { "}" } { "}" }`
approval-order = `{ $step }` on { $date }, before `{ $earlier }` on { $earlier_date }
approval-order-help = the chain goes drafted, then verified, then validated: correct the dates
approval-future = `{ $step }` on { $date }, which is after today
approval-future-help = a validation chain records what has happened: correct the date

## History and earlier versions
history-order = version { $version } ({ $date }) is listed after version { $other } ({ $other_date }), which is older
history-order-help = list the history from the newest version to the oldest
history-future = version { $version } is dated { $date }, after today
history-future-help = the history records published versions: correct the date
history-duplicate = version { $version } is already in the history on line { $first }
history-duplicate-help = give each version one entry
history-version = the document says version { $version } but its newest history entry is version { $newest }
history-version-help = add a history entry for this version, or correct `version`
history-version-missing = `version` is missing; the newest history entry is version { $newest }
history-version-missing-help = add `version: "{ $newest }"`
version-of-nothing = this is the text of version { $version } of `{ $document }`, but there is no such document
version-of-nothing-help = the current text goes in the file `{ $document }` (.md or .yaml) beside it
version-name = the file holds version { $version } by its name, but says `version: { $said }`
version-name-help = the file of version V is named NAME@V.md: rename it, or correct `version`
version-kind = this version is `{ $kind }` but the current document is `{ $current }`
version-kind-help = a document keeps its kind from one version to the next
version-unlisted = version { $version } is not in the history of { $document }
version-unlisted-help = add `{ "{" } version: "{ $version }", date: …, changes: … { "}" }` to its `history`
version-newer = version { $version } is not older than the current version { $current } of { $document }
version-newer-help = the current text is the document's own file; a file NAME@V.md holds an older version
version-without-text = version { $version } has no text: readers cannot consult it
version-without-text-help = to publish it, put its text in `{ $file }` beside this file

## Changes from a model
changes-quote = “{ $text }”
changes-both = removed { $removed }; added { $added }
changes-removed = removed { $removed }
changes-added = added { $added }
changes-whitespace = whitespace only
changes-rule-removed = rule `{ $id }` of the model { $model } is removed
changes-rule-added = rule `{ $id }` is not in the model { $model }
changes-rule-differs = rule `{ $id }` differs from the model { $model }: { $changes }

## site.yaml: folders, organisation, legal pages, addresses
folder-title = this folder has no title: breadcrumbs name it "{ $label }", from its name
folder-title-help = to name it in French, add content/{ $folder }/_index.yaml with `title: "…"`
gender-contradiction = `gender` is `{ $written }`, but the article `{ $article }` says the name is not
gender-contradiction-help = remove `gender`: with `le` or `la`, the article gives it
gender-missing = the article does not say whether `{ $name }` is feminine or masculine: texts that agree with the name take it as masculine
gender-missing-help = add `gender: feminine` or `gender: masculine` to `organisation`
bad-web-address = `{ $value }` cannot be the address of a link (in `{ $field }`)
bad-web-address-help = write a web address that starts with `https://` (or `http://`), with no space in it
bad-email = `{ $value }` is not an e-mail address (in `{ $field }`)
bad-email-help = write the address readers write to, such as `{ $example }`
legal-notice = the legal notice
legal-statement = the accessibility statement
legal-data = the personal data page
legal-missing = { $page } needs `{ $field }`, which is missing
legal-missing-help = { $help } (see the README, Legal pages)
legal-director-help = give the director of publication's `name` and `role`
legal-address-help = give the organisation's postal address
legal-host-help = give the host's `name` and postal `address`
legal-contact-help = give the e-mail or the web address where readers report a barrier
legal-schema-help = give the address of the multi-year accessibility plan (schéma pluriannuel)
legal-dpo-help = give the e-mail of the data protection officer (délégué à la protection des données)
legal-contact-bad = `{ $value }` is neither an e-mail nor a web address (in `accessibility.contact`)
legal-contact-bad-help = write an e-mail address, or a web address that starts with `https://`
legal-rate = `accessibility.audit.rate` is { $rate }: expected a percentage from 0 to 100
legal-rate-help = write the share of the RGAA's applicable criteria the audit found met, such as `72.5`

## Blanks left to fill in
blank = `{ $word }` is a blank left to fill in (in `{ $field }`)
blank-organisation-name = write the organisation's name, without its article: "Préfecture de la Somme", "Commune de Trifouillis"
blank-organisation-short-name = write a short name for running text: "la préfecture", "la commune"
blank-organisation-territory = write where it acts, as it follows its name: "en région Picardie et dans la Somme"
blank-organisation-service = write the service that runs the accounts
blank-base-url = write the address where the site will be published
blank-account-handle = write the account's name on the network, such as "@Prefet80"
blank-account-url = write the account's address
blank-contact = write the e-mail address to write to
blank-variable = write the value this variable stands for (see the comment beside it)
blank-group = write the name of the group of terms
blank-cartouche = fill in the procedure sheet's cartouche: its reference, service, diffusion and storage
blank-text = write the text that belongs here

## Addresses, fields, rules, terms, engagements, links
did-you-mean = did you mean { $candidate }?
duplicate-url = this document and { $other } would both be published at { $address }
duplicate-url-help = rename one of the two files
reserved-url = { $address } is an address charte keeps for its own pages
reserved-url-help = rename the file
asset-replaces-page = the page of a document
asset-replaces-generated = a page charte writes
asset-replaces-static = a file of the theme
asset-replaces = this file would replace { $what } at { $address }
asset-replaces-help = rename it, or move it to another folder
field-not-for-kind = `{ $field }` belongs to { $owners } documents; this one is `{ $kind }`
field-not-for-kind-help-one = remove `{ $field }`, or change `kind` to `{ $owner }`
field-not-for-kind-help = remove `{ $field }`
rule-id = rule id `{ $id }` cannot be a stable anchor
rule-id-help = use lowercase letters, digits and hyphens, starting with a letter, such as `{ $example }`
rule-duplicate = rule id `{ $id }` is already used on line { $first }: each rule needs its own id
term-lang = `lang` is `{ $lang }`: expected a language code such as `en` or `en-GB`
term-duplicate = the term `{ $term }` is already defined on line { $first }
glossary-conflict-term = the term `{ $term }` is already defined in { $other }, line { $line }: glossary links lead to that first definition
glossary-conflict-alias = `{ $alias }` is also the term defined in { $other }, line { $line }: glossary links lead to that term
glossary-conflict-help = keep one definition of each word, or remove the alias
engagement-unknown = engagement `{ $number }` is not in the Qual-e-pref referential
engagement-unknown-close = did you mean `{ $close }`? known engagements: { $known }; add others in content/referentiel.yaml
engagement-unknown-help = known engagements: { $known }; add others in content/referentiel.yaml
broken-anchor = the link `{ $link }` points to { $anchor }, which is not on { $page }
broken-link = the link `{ $link }` leads nowhere: there is no page { $page }
broken-link-help = correct the address, or remove the link

## Markdown, HTML and variables
removed-element = the `{ $name }` element and its content is removed
removed-tag = the `{ $name }` tag is removed
removed-handler = the event handler `{ $name }` is removed
removed-attribute = the attribute `{ $name }` is removed
removed-address = the link to `{ $address }` is removed
html-removed = { $what } from the published page
html-removed-help = write the text in Markdown; raw HTML is kept only when it is harmless
nesting-too-deep = the text nests blocks or elements more than { $levels } levels deep here
nesting-too-deep-help = nest fewer quotes, lists or HTML elements
html-unclosed = `{ $name }` is never closed: what follows it would be lost
html-unclosed-help = close it with `{ $closing }`, or write the text in Markdown
variable-unknown = unknown variable `{ $variable }`
variable-from-model = the model uses `{ $variable }`, which has no value here
variable-close = did you mean `{ $close }`? write `\{"{{"}` for a literal `{"{{"}`
variable-known = known names: { $names }
variable-define = add `vars: { "{" } { $name }: "…" { "}" }` to this document

## Reading content/
symlink-ignored = symbolic links in content/ are not followed: this one is ignored
unreadable = cannot read: { $error }
site-missing = this file is missing: every site needs content/site.yaml
site-missing-help = create it with at least `organisation: { "{" } name: …, article: … { "}" }` and `base_url: …` (see the README)
not-an-asset-help = rename it `NAME.md` (or `NAME.yaml`) to publish it as a document, or move it out of content/
bad-file-name = `{ $part }` cannot be part of a web address: name files and folders with lowercase letters, digits and hyphens only (for example `charte-moderation.md`)
named-like-a-document = `{ $name }` is named like a document but is not one: it would be copied into the site as it is
front-matter-in-asset = this file starts with front matter (`---`): it would be copied into the site as it is
engagement-duplicate = engagement { $number } is already defined on line { $first }
engagement-duplicate-help = keep one entry per engagement number
encoding = this file is not valid UTF-8: save it as UTF-8
front-matter-missing = expected front matter: a Markdown document starts with a line `---`, then its fields (`kind: …`, `title: …`), then a line `---`
front-matter-unclosed = the front matter opened here is never closed: expected a line `---` after the last field

## Forking a model
extends-too-long = `extends` leads through more than { $count } models: { $chain } → …
extends-too-long-help = a document extends a model, which may extend another: keep the chain short, and without a circle
extends-cycle = `extends` goes round in a circle: { $cycle }
extends-cycle-help = a model cannot extend, directly or not, the document that extends it
model-missing = no model `{ $model }`
model-missing-via = no model `{ $model }` (via { $chain })
model-missing-help = write a document's path under content/ without extension (such as `chartes/moderation`) or a built-in model ({ $models })
model-version-unknown = model `{ $model }` has no version { $version }
model-version-empty = `extends` ends with `@` and no version after model `{ $model }`
model-version-unknown-help = known versions of this model: { $versions }
model-versions-none = none (the model gives no version)
model-unpinned = this document extends model `{ $model }` without pinning its version: its text would change with the model
model-unpinned-help = write `extends: "{ $pinned }"` to stay on version { $version }, the one it is made from today
model-update = model `{ $model }` has a newer version: { $newest } (this document is made from version { $pinned })
model-update-help = what changed: { $notes }. Read the notices that follow, then run `charte update { $document }` to take that version (with `--dry-run`, the merge is shown and nothing is written)
model-update-inherited = with version { $newest } of model `{ $model }`, rule `{ $id }`, taken as it is, would change: { $changes }
model-update-review = rule `{ $id }`, which this document changes, also changes in version { $newest } of model `{ $model }`: { $changes }
model-update-review-help = to review: compare your text with the model's before taking its new version
model-update-removed-changed = rule `{ $id }`, which this document removes, changes in version { $newest } of model `{ $model }`: { $changes }
model-update-added = version { $newest } of model `{ $model }` adds rule `{ $id }`
model-update-added-clash = version { $newest } of model `{ $model }` adds a rule `{ $id }`, and this document already has a rule of that name
model-update-dropped = version { $newest } of model `{ $model }` removes rule `{ $id }`
model-update-dropped-review = version { $newest } of model `{ $model }` removes rule `{ $id }`, which this document changes
model-update-note = { $version }: { $changes }
update-conflict-rule = the update of the model { $update } could not merge rule `{ $id }`: the conflict is not resolved
update-conflict-document = the update of the model { $update } could not merge this document: the conflict is not resolved
update-conflict-both-help = the model and this document changed the same words of { $fields }: `conflict` gives the model's text before (`before`) and after (`after`); write the text to keep, then remove `conflict`
update-conflict-removed-help = the model removes this rule, which this document changes: keep it as the document's own rule (with `title` and `body`) or remove it, then remove `conflict`
update-conflict-added-help = the model adds a rule with the same id (`conflict` gives its text): rename yours (`id`) or take the model's, then remove `conflict`
rule-remove-without-model = rule `{ $id }` says `remove`, but this document extends no model
rule-remove-without-model-help = `remove: true` leaves out a rule of the model named in `extends`
rule-incomplete = rule `{ $id }` needs a `title` and a `body`
rule-incomplete-help = give the rule `title: …` and `body: …`
rule-new-incomplete = rule `{ $id }` is not in the model, so it needs a `title` and a `body`
rule-new-incomplete-help = give the new rule `title: …` and `body: …`, or use the id of one of the model's rules
rule-remove-unknown = the model has no rule `{ $id }` to remove
rule-remove-unknown-help = the model's rules are: { $rules }
extends-kind = this document is `{ $kind }` but its model is `{ $model }`
extends-kind-help = remove `kind`: a document has the kind of its model
kind-missing-help = add `kind:` (moderation, usage, glossary, procedure or page), or `extends:` a model
title-missing-help = add `title: "…"`

## The output folder
not-a-site = { $root } is not a charte site: it has no content/ folder (use --root to point at one)
cannot-write = cannot write { $path }: { $error }
unreadable-path = cannot read { $path }: { $error }
output-root-unreadable = cannot open the site root { $root }: { $error }
output-unresolved = cannot resolve the output folder { $output }: { $error }
output-is-root = refusing to write into { $output }: it is the site root itself
output-holds-root = refusing to write into { $output }: it contains the site root
output-inside-sources = refusing to write into { $output }: it is inside the site's sources ({ $folder })
output-holds-sources = refusing to write into { $output }: it holds the site's sources ({ $folder })
output-is-file = refusing to write into { $output }: it is a file, not a folder
output-not-ours = refusing to replace { $output }: it is not empty and was not written by charte (no { $marker } inside); pass --force to replace it
interrupted = interrupted: nothing was written, the previous output is unchanged

## charte serve
serve-has-errors = the site has errors: fix them, then run `charte serve` again
serve-warnings = { $count ->
     [one] { $count } warning or notice (`charte check` lists them)
    *[other] { $count } warnings and notices (`charte check` lists them)
  }
serve-built = built the site in { $ms } ms
serve-cannot-listen = cannot listen on { $address }: { $error }
serve-reachable = WARNING: listening on { $address }, which other machines can reach: anyone on the network can read this site, internal documents included
serve-serving = serving { $url } (Ctrl-C to stop)
serve-stopped = stopped
serve-no-browser = could not open a browser ({ $command }: { $error }); open { $url } yourself
serve-rebuild-failed = charte failed while rebuilding ({ $what }): the next edit rebuilds everything
serve-nothing-changed = the site (no document page changed)
serve-rebuilt = rebuilt { $what } in { $ms } ms
serve-last-good = the last good version stays served

## charte init, new and new-version
template-etat = a State service (prefecture): moderation charter, agents' guide, glossary, Qual-e-pref procedure sheet
template-collectivite = a local authority: moderation charter, agents' charter with its seven rules, glossary
list-templates = Templates (`charte init DIR --template NAME`):
list-models = Built-in models, at their newest version (`extends: "@NAME@VERSION"` in a document):
template-unknown = no template `{ $template }`: expected one of { $templates }
init-not-empty = refusing to create a site in { $dir }: the folder is not empty
new-bad-slug = `{ $slug }` cannot be a web address: use lowercase letters, digits and hyphens, and `/` between folders (such as `chartes/facebook`)
new-reserved = { $address } is an address charte keeps for its own pages (such as the legal notice): choose another name
new-exists = { $path } already exists
new-version-fix-first = fix it first
new-version-no-version = { $path } has no `version`: give it one before starting the next
new-version-no-next = cannot tell which version follows `{ $old }`: say it with --version, such as `--version { $old }.1`
new-version-bad-old = `{ $old }` cannot be part of a file name: use digits and dots, such as 2.1
new-version-bad-new = `{ $new }` cannot be the new version: use digits and dots, other than { $old }
new-version-listed = version { $new } is already in the history of { $path }
new-version-kept = { $path } already exists: version { $old } was kept already
new-version-unreadable = the revised file would not read: { $diagnostic }
new-version-no-document = no document `{ $document }` under { $content }
new-version-no-version-line = the document has no `version` line to move
new-version-history-inline = write `history` as a list of entries, one per line (`- { "{" } version: …, date: …, changes: … { "}" }`), to add one

## Themes and templates
theme-unknown = theme `{ $name }` not found: expected a folder themes/{ $name }/ (lowercase letters, digits and hyphens)
theme-unknown-help = use `theme: default` for the built-in theme
template-unreadable = cannot read this template: { $error }
template-failed-help = fix the template, or remove the override to use the default theme's
serve-unreadable = cannot read a file of the site: { $error }
serve-cannot-watch = cannot watch { $path }: { $error }
blank-organisation-name-in-text = write the name as it reads in a sentence, without its article: "préfecture de la Somme"

## Comments of the starter files (`charte init`, `charte new`): one line, or several, each
## written after `# ` at the place of its `# @id` marker.
starter-date = YYYY-MM-DD
starter-site-org-etat =
    The organisation that publishes these documents. Every page uses it, and the documents say
    its name through variables such as {"{{"} org.name {"}}"} or {"{{"} org.de {"}}"}.
starter-site-org-collectivite =
    The local authority that publishes these documents. Every page uses it, and the documents say
    its name through variables such as {"{{"} org.name {"}}"} or {"{{"} org.de {"}}"}.
starter-site-blanks = Replace each xxxxxx: `charte check` lists every one that is left, with its line.
starter-site-name-etat = The name, without its article: "Préfecture de la Somme", "Préfecture de l'Indre".
starter-site-name-collectivite = The name, without its article: "Commune de Trifouillis", "Communauté de communes du Val".
starter-site-article-etat = The article of the name: le | la | l' | les. It gives "de la …", "à la …", "la …".
starter-site-article-collectivite =
    The article of the name: le | la | l' | les. "la" gives "de la Commune…", "à la Commune…";
    "le" gives "du Syndicat…", "au Syndicat…"; "l'" gives "de l'Agglomération…".
starter-site-gender =
    With "l'" or "les", the gender of the name, so that texts agree with it ("l'Agglomération
    se réserve…", "les Hospices civils se réservent…"): feminine | masculine.
starter-site-name-in-text-etat =
    The name as running text writes it after its article, when it differs from the title:
    "la préfecture de la Somme" in a sentence, "Préfecture de la Somme" as a title.
starter-site-name-in-text-collectivite = The name as running text writes it after its article, when it differs from the title.
starter-site-short-name-etat = A short name for running text.
starter-site-short-name-collectivite = A short name for running text: "la commune", "la communauté".
starter-site-territory-etat = Where the services act, as it follows their name: "en région Picardie et dans la Somme".
starter-site-territory-collectivite = Where it acts, as it follows its name (optional): "dans le Val".
starter-site-service = The service that runs the accounts.
starter-site-title = The title of the site (optional: by default, built from the organisation's name).
starter-site-base-url = The address where the site will be published.
starter-site-language = The language of the pages.
starter-site-theme = The theme: `default` is built into charte; a folder themes/NAME/ overrides it file by file.
starter-site-accounts-etat =
    The accounts: network (twitter, facebook, linkedin, instagram, youtube, mastodon…), handle,
    address, and the date the account opened (YYYY-MM-DD, optional).
starter-site-accounts-collectivite = The accounts: network, handle, address, and the date it opened (optional).
starter-site-contacts = Addresses the documents give: {"{{"} contacts.community_manager {"}}"}, {"{{"} contacts.image_rights {"}}"}.
starter-site-image-rights = Where to ask for a photograph to be removed (right to one's image).
starter-site-review = Reviews: every 12 months by default (Qual-e-pref engagement 20.3); warn 30 days before.
starter-site-licence = The licence of the texts, shown in the footer.
starter-site-legal =
    The pages French law requires of a public site, linked from every page's footer.
    The legal notice (mentions légales, loi 2004-575 art. 6): who publishes and who hosts the site.
starter-site-director = The director of publication, and the function as it reads after the name.
starter-site-address = The organisation's postal address, also shown in the footer.
starter-site-contact-page = The contact page of the main site, linked from the footer (optional).
starter-site-accessibility =
    The accessibility statement (décret 2019-768). Its compliance is never written here: without
    an audit the site is "non conforme"; with one, the audit's rate decides (100 %: totalement,
    50 % or more: partiellement).
starter-site-accessibility-contact = Where readers report a barrier: an e-mail or a web address.
starter-site-schema = The multi-year accessibility plan (schéma pluriannuel) and this year's action plan.
starter-site-privacy = Personal data: the site sets no cookie and measures no audience.
starter-site-dpo = The data protection officer (délégué à la protection des données).
starter-site-privacy-contact = Where readers exercise their rights (default: contacts.image_rights).
starter-moderation-etat = The public moderation charter: the built-in model, adapted to the prefecture.
starter-moderation-collectivite = The public moderation charter: the built-in model, adapted to the local authority.
starter-override-rules =
    To change a rule, give its id and the new text; to leave one out: `{"{"} id: …, remove: true {"}"}`;
    to add one, give a new id, a title and a body. `charte check` lists every change from the model.
starter-approval-when = When it is validated, record who drafted, checked and validated it:
starter-approval-when-short = When it is validated:
starter-glossary-model = The social-network glossary: the built-in model. Give `terms:` here to replace its terms.
starter-agents-collectivite = The charter for agents: the built-in model for local authorities, with its seven rules.
starter-agents-referent = the person in charge of the social networks (name, service, e-mail)
starter-agents-suppleant = who replaces them when they are away
starter-agents-sujets-associes = what the pages also speak of, beyond the institution's own work (its partners, its territory…)
starter-agents-etat = The guide for agents' personal accounts: the built-in model, adapted to the prefecture.
starter-procedure-etat = The Qual-e-pref procedure sheet (engagements 19.1, 20.2 and 20.3), with its cartouche.
starter-cartouche = The cartouche.
starter-cartouche-end = The cartouche, at the end of the sheet.
starter-reference = the sheet's reference in the quality system
starter-service = the direction or service that owns it
starter-diffusion = who receives it
starter-storage = where it is filed (network folder, intranet)
starter-since = the year the first account opened
starter-procedure-approval = A validated procedure sheet needs the quality officer's check:
starter-procedure-approval-field = A validated procedure sheet needs the quality officer's check (verified_by):
starter-review-last = add `last: YYYY-MM-DD` after each annual review
starter-glossary-terms = Terms are sorted in French alphabetical order and grouped by `group`.
starter-summary = one sentence under the title
starter-rules-moderation =
    Numbered rules: `id` is the rule's anchor (#publicite), to cite the rule under which a
    comment was removed. Bodies are Markdown and may use {"{{"} org.name {"}}"}, {"{{"} org.de {"}}"}…
starter-engagements-sheet = the Qual-e-pref engagements this sheet answers, quoted at the top
starter-rules-usage = The rules ("consignes"), numbered, each with its anchor.
starter-faq = Questions and answers (answers are Markdown).
starter-status-values = draft | review | validated | archived
starter-audience-values = public | internal
starter-engagements-charter = Qual-e-pref engagements this charter answers
starter-term-aliases = other names for the term
starter-term-abbr = its abbreviation

## The JSON Schema of each file (charte schema): what an editor shows about each field
schema-file-site = The site.yaml file of a charte site
schema-file-front-matter = The YAML front matter of a charte Markdown document
schema-file-document = A charte document written in YAML
schema-file-folder = The _index.yaml file of a folder of content/
schema-file-referential = The Qual-e-pref referential (content/referentiel.yaml)
schema-file-library = The manifest of a model library (library.yaml)
schema-document-kind = The kind of document: `moderation` (moderation charter), `usage` (usage guide), `glossary`, `procedure` (Qual-e-pref procedure sheet) or `page` (free page). Required, unless the document extends a model (`extends`).
schema-document-title = The document's title, as its page shows it. Required, unless the document extends a model.
schema-document-version = The number of the version in force, in quotes: `"2.1"`.
schema-document-status = The document's state: `draft` (the default), `review`, `validated` or `archived`.
schema-document-audience = Who the document is for: `public` (everyone) or `internal` (agents, the default).
schema-document-summary = A summary of one or two sentences, shown in lists and by search.
schema-document-weight = The document's place in lists: smaller numbers first (0 by default); when equal, the order of kinds, then of titles.
schema-document-glossary-links = `false`: the glossary's terms are not linked from this document's texts.
schema-document-approval = The validation chain: who drafted, verified and validated the document, and when.
schema-document-review = The document's review: the date of the last one and the months between two reviews.
schema-document-history = The successive versions, newest first: number, date in force and changes.
schema-document-engagements = The Qual-e-pref engagements the document answers, by their number in quotes: `"20.3"`.
schema-document-extends = The model the document extends: the path of a document of content/ without extension (`chartes/moderation`) or a built-in model (`"@etat-moderation"`), followed by the version the document is made from (`"@etat-moderation@2.0"`): the document keeps that text when the model changes.
schema-document-vars = The values of the model's variables, by name: `{"{{ vars.NAME }}"}` in the texts.
schema-document-rules = The numbered rules, each with a stable identifier (its anchor), a title and a text. In a document that extends a model, the same `id` changes the model's rule and `remove: true` leaves it out.
schema-document-faq = The frequent questions of a usage guide, each with its answer.
schema-document-terms = The terms of a glossary, each with its definition.
schema-document-reference = The procedure sheet's reference, in its cartouche: `PR-COM-001`.
schema-document-service = The service that owns the procedure sheet, in its cartouche.
schema-document-diffusion = Who the procedure sheet is sent to, in its cartouche (a list).
schema-document-storage = Where the procedure sheet is filed, in its cartouche.
schema-document-body = The document's text, in Markdown (a Markdown document has its text after the front matter).
schema-approval-drafted-by = Who drafted the document.
schema-approval-verified-by = Who verified it (for a procedure sheet, the quality officer).
schema-approval-validated-by = Who validated it.
schema-person-name = First name and name.
schema-person-role = The function: "communication officer".
schema-person-date = The date of this step.
schema-review-last = The date of the last review.
schema-review-every-months = The months between two reviews (by default, site.yaml's, or 12).
schema-history-entry-version = The version's number, in quotes.
schema-history-entry-date = The date the version came into force.
schema-history-entry-changes = What changed in this version (Markdown).
schema-rule-entry-id = The rule's stable identifier, which becomes its anchor (`#publicite`): lowercase letters, digits and hyphens.
schema-rule-entry-title = The rule's title.
schema-rule-entry-body = The rule's text (Markdown).
schema-rule-entry-remove = `true`: leaves out the model's rule with this identifier.
schema-document-conflict = What `charte update` could not merge in the title, summary or text: `charte check` refuses the document while this field is there.
schema-rule-entry-conflict = What `charte update` could not merge in this rule: `charte check` refuses the document while this field is there.
schema-conflict-update = The update that met the conflict: `"2.0 → 2.1"`.
schema-conflict-reason = Why the merge failed: `both-changed` (the model and the document changed the same words), `removed-by-model` (the model removes the rule), `added-by-model` (the model adds a rule with the same id).
schema-conflict-title = The model's title before and after the update.
schema-conflict-summary = The model's summary before and after the update.
schema-conflict-body = The model's text before and after the update.
schema-conflict-sides-before = The model's text at the pinned version.
schema-conflict-sides-after = The model's text at its newest version.
schema-faq-entry-question = The question.
schema-faq-entry-answer = The answer (Markdown).
schema-term-term = The term, as it is written.
schema-term-definition = Its definition (Markdown).
schema-term-group = The group the glossary files it under ("Général" by default).
schema-term-aliases = Other ways of writing it, which lead to its definition too.
schema-term-abbr = Its abbreviation: `RT` for "Retweet".
schema-term-lang = The term's language when it is not the site's (`en` for "community manager"): screen readers pronounce it in that language.
schema-term-link = `false`: the term is not linked from other documents.
schema-status = `draft`, `review`, `validated` or `archived`.
schema-audience = `public` (everyone) or `internal` (agents).
schema-kind = `moderation` (moderation charter), `usage` (usage guide), `glossary`, `procedure` (Qual-e-pref procedure sheet) or `page` (free page).
schema-date = A date written YYYY-MM-DD: `2025-06-01`.
schema-site-organisation = The publishing organisation: its name, article, territory and service.
schema-site-title = The site's title (by default, made from the organisation's name).
schema-site-base-url = The site's public address: `https://www.exemple.gouv.fr/chartes`.
schema-site-language = The pages' language: `fr` (the default) or `en`.
schema-site-typography = `true` or `false`: French typography in the pages' text (by default, on when the language is French).
schema-site-theme = The theme, a folder of themes/ (`default` by default).
schema-site-accounts = The organisation's accounts on social networks.
schema-site-contacts = The contact addresses, by name: `community_manager` (accounts and moderation), `image_rights` (image-rights requests).
schema-site-review = The default reviews: the months between two reviews, and the days of warning before the deadline.
schema-site-licence = The content's licence: `etalab-2.0` (the default), `cc-by-4.0`, `cc-by-sa-4.0` or `cc0-1.0`.
schema-site-publication = What the legal notice says: the director of publication, the address, the host.
schema-site-accessibility = What the accessibility statement says: the audit, the non-accessible content, the contact, the multi-year plan.
schema-site-privacy = What the personal-data page says: the data protection officer, the contact.
schema-site-models = The model libraries, under the name `extends` gives them: `sig: ../modeles-sig` (a folder, from the site's root) for `extends: "@sig/moderation@2.1"`.
schema-organisation-name = The name, as a title writes it: "Préfecture de la Somme".
schema-organisation-article = The name's French article (`le`, `la`, `l'` or `les`), which gives "de la …", "à la …", "la …".
schema-organisation-name-in-text = The name as running text writes it after its article ("préfecture de la Somme"), when it differs from the title.
schema-organisation-gender = The name's gender, which texts agree with: `feminine` or `masculine`; implied by `le` and `la`, needed with `l'` and `les`.
schema-organisation-short-name = The short name: "Préfecture".
schema-organisation-territory = The territory: "en région Exemple et dans l'Exemple".
schema-organisation-service = The service that runs the accounts.
schema-account-network = The network: `twitter`, `facebook`, `instagram`, `linkedin`, `youtube`…
schema-account-handle = The account's name: `@Prefet00`.
schema-account-url = The account's address.
schema-account-since = The date the account was opened.
schema-review-defaults-every-months = The months between two reviews of a document (12 by default).
schema-review-defaults-warn-days = The days before the deadline from which a review is due soon (30 by default).
schema-publication-director = The director of publication.
schema-publication-address = The organisation's postal address.
schema-publication-phone = Its phone number.
schema-publication-contact-page = The address of the contact page of its main site.
schema-publication-host = The site's host.
schema-named-person-name = First name and name.
schema-named-person-role = The function, as it reads after the name: "préfète de l'Exemple".
schema-host-name = The host's name.
schema-host-address = Its postal address.
schema-host-phone = Its phone number.
schema-accessibility-audit = The last RGAA audit; without one, the site is stated "non conforme".
schema-accessibility-statement-date = The statement's date (by default, the audit's).
schema-accessibility-non-accessible = The non-accessible content, each with its reason.
schema-accessibility-contact = Where to report an accessibility barrier: an e-mail or a web address.
schema-accessibility-schema-url = The address of the multi-year accessibility plan (schéma pluriannuel).
schema-accessibility-action-plan-url = The address of this year's action plan.
schema-audit-date = The audit's date.
schema-audit-rate = The share of the applicable RGAA criteria met, in percent (0 to 100).
schema-audit-rgaa = The RGAA version of the audit (`4.1` by default).
schema-audit-by = Who carried it out.
schema-non-accessible-content = The non-accessible content.
schema-non-accessible-reason = Why: a non-compliance, an exemption for disproportionate burden, content outside the obligation.
schema-privacy-dpo = The data protection officer's e-mail address.
schema-privacy-contact = Where to exercise one's rights (by default, the image-rights address).
schema-article = `le`, `la`, `l'` or `les`.
schema-gender = `feminine` or `masculine`.
schema-folder-title = The folder's title, which breadcrumbs show in place of its name.
schema-library-file-name = The name documents give the library in `extends` (`sig` for `@sig/moderation`), the same as under `models` in `site.yaml`.
schema-library-file-publisher = Who publishes these models: "Service d’information du Gouvernement".
schema-library-file-licence = The licence under which the models may be reused: "etalab-2.0" (Licence Ouverte 2.0).
schema-referential-file-engagements = The referential's engagements.
schema-engagement-number = The engagement's number, in quotes: `"20.3"`.
schema-engagement-text = The engagement's text.
schema-engagement-module = The module of the referential it belongs to: `"1"`.

## charte update
help-update = Takes the newest version of the model of each document made from one, with a three-way merge: what the document changes is kept, what conflicts is reported.
help-arg-update-documents = The documents to update (file or address); by default every one that pins the version of its model.
help-arg-update-dry-run = Show the merge without writing anything.
help-arg-update-today = The date of the entry added to the history (YYYY-MM-DD); today by default.
update-header = { $file }: model `{ $model }`, version { $from } → { $to }
update-header-pinned = { $file }: model `{ $model }` pinned to its version { $to }, the one it is made from today (the published text does not change)
update-what-rule = rule `{ $id }`
update-what-document = title, summary and text of the document
update-line = { $what }: { $outcome }
update-taken = taken from the model, with its new words
update-added = added by the model
update-removed = removed by the model
update-kept = your text is kept (the model only changes what you take from it)
update-replaced = your text repeated the model's: it takes the new one
update-merged = your changes and the model's are merged
update-removal-dropped = the model removes it too: your `remove: true` goes
update-stays-removed = stays removed, although the model changes it
update-conflict-both = conflict: the model and this document changed the same words
update-conflict-removed = conflict: the model removes this rule, which this document changes
update-conflict-added = conflict: the model adds a rule with the same id as yours
update-revision = new version { $version } as a draft; the version in force is kept in { $archived }
update-conflicts = { $count ->
     [one] { $count } conflict to resolve: see `conflict` in the file; `charte check` refuses the document until then
    *[other] { $count } conflicts to resolve: see `conflict` in the file; `charte check` refuses the document until then
  }
update-failed = cannot update: { $errors ->
     [one] { $errors } error to fix first; nothing was written
    *[other] { $errors } errors to fix first; nothing was written
  }
update-history = Model update { $update }
update-conflict-comment = Update conflict: write the text to keep, then remove `conflict`.
update-not-a-fork = `{ $document }` is not made from a model whose version it pins: nothing to update
update-not-a-document = { $file } does not read as a document
update-no-model = { $file }: the model `{ $model }` cannot be found
update-no-version = the model `{ $model }` has no version { $version }
update-unsafe = the update of { $path } does not read back as planned ({ $detail }): nothing was written
update-none = no document is made from a model whose version it pins: nothing to update
update-up-to-date = { $file }: up to date (model `{ $model }`, version { $version })
update-dry-run = Dry run: nothing was written.

## Model libraries
library-bad-name = `{ $name }` cannot name a model library
library-bad-name-help = a library's name is written in lowercase letters, digits and hyphens: `sig`, `state-models`
library-missing = the folder `{ $folder }` of the model library `{ $name }` cannot be found
library-missing-help = give the library's folder from the site's root (the one that holds content/), for example `../modeles-sig`
library-no-manifest = this folder has no library.yaml file: it is not a model library
library-no-manifest-help = a model library starts with a library.yaml file that gives its name (`name`), its publisher (`publisher`) and its licence (`licence`)
library-other-name = this library is called `{ $found }`, but site.yaml declares it as `{ $name }`
library-other-name-help = declare it under its own name in site.yaml (`{ $found }:`), so that `extends: "@{ $found }/…"` names the same models on every site
library-bad-file = `{ $part }` cannot name a model: lowercase letters, digits and hyphens, followed by `@VERSION` for an earlier version
