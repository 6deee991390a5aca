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
