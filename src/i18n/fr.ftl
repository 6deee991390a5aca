# charte's messages in French, the tool's first language. Each message has its counterpart,
# under the same identifier, in en.ftl (a test checks it). French typography: a no-break space
# (U+00A0) before a colon and inside « », a narrow no-break space (U+202F) before ; ? and !,
# typographic apostrophes; code between backticks is written as it is typed.

## Diagnostics as people read them
severity-error = erreur
severity-warning = avertissement
severity-notice = remarque
diagnostic-help = aide :
diagnostic-more = { $count ->
     [one] { $count } autre cas du même type dans ce fichier, non affiché
    *[other] { $count } autres cas du même type dans ce fichier, non affichés
  }
diagnostic-more-help = corrigez ceux qui précèdent, puis relancez la vérification

## What the commands say when they are done
notices-not-shown = { $count ->
     [one] { $count } remarque non affichée : `charte check` les liste
    *[other] { $count } remarques non affichées : `charte check` les liste
  }
usage-error = erreur : { $message }
build-failed = échec de la construction : { $errors ->
     [one] { $errors } erreur ; rien n’a été écrit
    *[other] { $errors } erreurs ; rien n’a été écrit
  }
build-done = { $documents ->
     [one] { $documents } document construit
    *[other] { $documents } documents construits
  } ({ $pages ->
     [one] { $pages } page
    *[other] { $pages } pages
  }) dans { $output } en { $ms } ms
new-version-done = version { $old } conservée dans { $archived } ; { $current } est désormais le brouillon de la version { $new } : décrivez ses changements dans son historique (à la place des xxxxxx), puis faites-la valider
new-done = { $path } créé : remplissez chaque xxxxxx (`charte check` les liste)
init-needs-folder = charte init a besoin d’un dossier : `charte init DOSSIER`
init-done = site créé dans { $dir } à partir du modèle `{ $template }` :
init-next = ensuite : remplacez chaque xxxxxx (`charte check --root { $root }` les liste), puis lancez `charte build --root { $root }`

## The summary of `charte check`
summary-title = bilan au { $today }
summary-documents = { $documents ->
     [one] { $documents } document
    *[other] { $documents } documents
  } : { $validated ->
     [one] { $validated } validé
    *[other] { $validated } validés
  }, { $review } en relecture, { $draft ->
     [one] { $draft } brouillon
    *[other] { $draft } brouillons
  }, { $archived ->
     [one] { $archived } archivé
    *[other] { $archived } archivés
  }
summary-diagnostics = { $errors ->
     [one] { $errors } erreur
    *[other] { $errors } erreurs
  }, { $warnings ->
     [one] { $warnings } avertissement
    *[other] { $warnings } avertissements
  }, { $notices ->
     [one] { $notices } remarque
    *[other] { $notices } remarques
  }
summary-reviews = revues : { $overdue } en retard, { $soon } à faire bientôt
summary-overdue = en retard : { $title } ({ $document }), échéance { $due }
summary-due-soon = bientôt : { $title } ({ $document }), échéance { $due }
diagnostic-colon =  :
