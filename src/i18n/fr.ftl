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

## The command line's help
help-usage-heading = Utilisation :
help-heading-commands = Commandes{"\u00A0"}
help-heading-options = Options{"\u00A0"}
help-heading-arguments = Arguments{"\u00A0"}
help-arg-help = Affiche l’aide
help-arg-version = Affiche la version
help-value-dir = DOSSIER
help-value-date = AAAA-MM-JJ
help-value-name = NOM
help-value-version = VERSION
help-value-address = ADRESSE
help-about = Publie les chartes des réseaux sociaux, les guides d’usage, les glossaires et les fiches de procédure Qual-e-pref d’une administration sous la forme d’un site statique accessible.
help-build = Construit le site dans le dossier de sortie (RACINE/public par défaut).
help-init = Crée un site dans DOSSIER à partir des modèles intégrés ; `--list` liste les gabarits et les modèles.
help-new = Ajoute content/CHEMIN.md, un document du type voulu dont les champs sont commentés.
help-new-version = Commence une nouvelle version d’un document : garde le texte en vigueur dans NOM@VERSION.md et fait du document le brouillon de la version suivante.
help-serve = Sert le site en local et le recharge à chaque modification : chaque enregistrement reconstruit ce qu’il touche.
help-check = Vérifie le contenu et signale chaque problème, sans rien écrire.
help-schema = Affiche le schéma JSON d’un type de fichier, qui permet à un éditeur de compléter les noms de champs et de signaler une faute de frappe ; `--output` les écrit tous dans un dossier.
help-arg-schema-file = Le type de fichier : site (site.yaml), front-matter (l’en-tête d’un document Markdown), document (un document écrit en YAML), folder (_index.yaml), referential (referentiel.yaml) ou library (library.yaml, le manifeste d’une bibliothèque de modèles) ; par défaut, document.
help-arg-schema-output = Écrit le schéma de chaque type de fichier dans ce dossier (site.schema.json…) au lieu d’en afficher un.
help-value-document = DOCUMENT
help-value-file = FICHIER
unknown-schema-file = type de fichier inconnu : `{ $file }` (attendu : { $files })
help-arg-root = Le dossier racine du site (il contient content/ et, s’il y a lieu, themes/ et templates/) ; par défaut le dossier courant.
help-arg-today = La date à laquelle calculer les échéances de revue (AAAA-MM-JJ) ; aujourd’hui par défaut.
help-arg-build-output = Où écrire le site (RACINE/public par défaut) ; il est remplacé en entier, et seulement si la construction réussit.
help-arg-build-force = Remplacer un dossier de sortie qui n’est pas vide et n’a pas été écrit par charte.
help-arg-build-audience = Les documents à publier : `public` laisse de côté les documents internes et les liens vers eux ; `all` (par défaut) les publie tous, comme sur l’intranet.
help-arg-build-with-register = Avec `--audience public`, publier aussi le registre des documents publics.
help-arg-init-dir = Le dossier où créer le site (il doit être vide ou ne pas exister).
help-arg-init-template = `etat` (un service de l’État, par défaut) ou `collectivite` (une collectivité territoriale).
help-arg-init-list = Lister les gabarits et les modèles intégrés.
help-arg-new-kind = Le type de document : `moderation`, `usage`, `glossary`, `procedure` ou `page`.
help-arg-new-slug = L’emplacement du document sous content/, sans extension : `chartes/facebook`.
help-arg-new-version-path = Le document : son fichier (`content/chartes/moderation.md`) ou son adresse (`chartes/moderation`).
help-arg-new-version-version = La nouvelle version (par défaut la suivante : 2.1 → 2.2).
help-arg-serve-port = Le port d’écoute (1111 par défaut ; 0 : n’importe quel port libre).
help-arg-serve-bind = L’adresse d’écoute ; par défaut 127.0.0.1, cette machine seulement.
help-arg-serve-open = Ouvrir le site dans le navigateur.
help-arg-check-strict = Échouer (code de sortie 1) aussi sur les avertissements.
help-arg-check-format = `text` (par défaut) pour une personne, `json` pour un outil.

## Usage errors (exit 2)
usage-unknown-argument = argument inconnu : `{ $argument }`
usage-unknown-command = commande inconnue : `{ $command }`
usage-invalid-value = valeur `{ $value }` inconnue pour `{ $argument }` ; valeurs possibles : { $valid }
usage-bad-value = valeur `{ $value }` refusée pour `{ $argument }` : { $reason }
usage-missing-argument = il manque { $argument }
usage-missing-command = il manque la commande : `build`, `check`, `serve`, `init`, `new`, `new-version` ou `update`
usage-conflict = `{ $argument }` ne va pas avec un autre argument donné
usage-wrong-values = nombre de valeurs incorrect pour `{ $argument }`
usage-other = arguments incorrects
usage-more = Pour en savoir plus : `charte --help`
help-value-kind = TYPE
help-value-slug = CHEMIN
help-value-path = DOCUMENT
help-value-port = PORT
help-value-audience = DESTINATAIRES
help-value-format = FORMAT
help-value-command = COMMANDE
help-arg-new-version-today = La date de la nouvelle entrée de l’historique (AAAA-MM-JJ) ; aujourd’hui par défaut.

## Dates
date-malformed = une date s’écrit AAAA-MM-JJ (par exemple 2025-09-10) ; trouvé : `{ $text }`
date-impossible = `{ $text }` n’est pas une date du calendrier (ce mois n’a pas ce jour)

## Reading YAML
word-or = {" "}ou{" "}
yaml-empty = ce YAML est vide : des lignes `champ: valeur` étaient attendues
yaml-second-document = un second document YAML commence ici : un fichier n’en contient qu’un
yaml-second-document-help = supprimez cette ligne `---` et ce qui la suit, ou déplacez-le dans un fichier à part
yaml-too-deep = les valeurs sont imbriquées sur plus de { $levels } niveaux ici
yaml-too-deep-help = les champs d’un document s’imbriquent sur quelques niveaux au plus : vérifiez l’indentation et les `-` des listes
yaml-unknown-field = champ inconnu : `{ $field }`
yaml-unknown-field-close = vouliez-vous dire `{ $close }` ? Champs possibles : { $fields }
yaml-unknown-field-help = champs possibles : { $fields }
yaml-expected-integer = un nombre entier était attendu
yaml-expected-number = un nombre était attendu
yaml-expected-boolean = `true` ou `false` était attendu
yaml-empty-field = ce champ est vide : un texte était attendu
yaml-empty-field-help = écrivez son texte, ou supprimez la ligne
yaml-in-field = { $message } (dans `{ $path }`)
yaml-unknown-value = valeur inconnue : { $value } ; valeurs possibles : { $expected }
yaml-invalid-type = attendu : { $expected } ; trouvé : { $given }
yaml-given-list = une liste
yaml-given-fields = des lignes `champ: valeur`
yaml-given-text = un texte
yaml-given-number = un nombre
yaml-given-boolean = `true` ou `false`
yaml-expected-one-value = une seule des valeurs possibles
yaml-given-nothing = une valeur vide
yaml-missing-field = il manque le champ { $field }
yaml-quote-variable = une valeur qui commence par `{"{{"}` doit être entre guillemets
yaml-quote-variable-help = écrivez-la entre guillemets droits : `title: "{"{{"} org.name {"}}"}"`
yaml-indentation = YAML incorrect : cette ligne n’est pas indentée comme les champs qui la précèdent
yaml-indentation-help = indentez chaque champ d’un même niveau du même nombre d’espaces (deux par niveau, d’habitude)
yaml-unclosed = YAML incorrect : ce `{ $bracket }` n’est jamais refermé
yaml-unclosed-help = refermez-le par `{ $closing }` sur la même ligne, ou mettez la valeur entre guillemets
yaml-invalid = YAML incorrect : { $detail }
yaml-invalid-help = vérifiez l’indentation (des espaces seulement, les mêmes pour tous les champs d’un niveau) et mettez entre guillemets les valeurs qui contiennent `: ` ou commencent par un caractère spécial
yaml-top-level = des lignes `champ: valeur` étaient attendues au premier niveau
yaml-anchor = les ancres et les alias YAML (`&nom`, `*nom`) ne sont pas pris en charge : écrivez la valeur en entier
yaml-key-not-scalar = un nom de champ doit être un mot simple, pas une liste ni des lignes `champ: valeur`
yaml-tag = les étiquettes YAML (`!nom`) ne sont pas prises en charge
yaml-duplicate-field = le champ `{ $field }` est donné deux fois (la première fois ligne { $first })

## Reviews and the validation chain
unit-months = mois
range-out = `{ $field }` vaut { $value } : une valeur de { $min } à { $max } { $unit } est attendue
range-out-help = écrivez un nombre de { $unit } compris entre { $min } et { $max }
review-missing = ce document répond à l’engagement 20.3 (revue annuelle) mais n’a pas de `review`
review-missing-help = ajoutez `review: { "{" } last: AAAA-MM-JJ { "}" }` avec la date de la dernière revue
review-future = la dernière revue est datée du { $date }, postérieure à aujourd’hui
review-future-help = `review.last` est la date d’une revue qui a eu lieu
review-due-soon = la revue est à faire au plus tard le { $date } (dans { $days ->
     [one] { $days } jour
    *[other] { $days } jours
  })
review-overdue = la revue devait avoir lieu au plus tard le { $date } (il y a { $days ->
     [one] { $days } jour
    *[other] { $days } jours
  })
review-due-help = relisez le document, puis indiquez la date de cette revue dans `review.last` (et enregistrez une nouvelle version s’il a changé)
validation-missing = ce document est `validated` mais ne dit pas qui l’a validé
validation-missing-help = ajoutez `approval: { "{" } validated_by: { "{" } name: …, role: …, date: AAAA-MM-JJ { "}" } { "}" }`, ou passez-le en `status: draft`
verification-missing = un document `{ $kind }` validé doit porter la vérification du référent qualité
verification-missing-help = ajoutez `approval: { "{" } verified_by: { "{" } name: …, role: "référent qualité", date: … { "}" } { "}" }`
approval-order = `{ $step }` est daté du { $date }, avant `{ $earlier }` daté du { $earlier_date }
approval-order-help = la chaîne va de la rédaction à la vérification, puis à la validation : corrigez les dates
approval-future = `{ $step }` est daté du { $date }, postérieur à aujourd’hui
approval-future-help = une chaîne de validation rend compte de ce qui a eu lieu : corrigez la date

## History and earlier versions
history-order = la version { $version } ({ $date }) est listée après la version { $other } ({ $other_date }), qui est plus ancienne
history-order-help = listez l’historique de la version la plus récente à la plus ancienne
history-future = la version { $version } est datée du { $date }, postérieure à aujourd’hui
history-future-help = l’historique rend compte des versions publiées : corrigez la date
history-duplicate = la version { $version } figure déjà dans l’historique, ligne { $first }
history-duplicate-help = donnez une seule entrée à chaque version
history-version = le document indique la version { $version }, mais la dernière entrée de son historique est la version { $newest }
history-version-help = ajoutez une entrée d’historique pour cette version, ou corrigez `version`
history-version-missing = il manque `version` ; la dernière entrée de l’historique est la version { $newest }
history-version-missing-help = ajoutez `version: "{ $newest }"`
version-of-nothing = ce fichier est le texte de la version { $version } de `{ $document }`, mais ce document n’existe pas
version-of-nothing-help = le texte en vigueur se place à côté, dans le fichier `{ $document }` (.md ou .yaml)
version-name = d’après son nom, ce fichier contient la version { $version }, mais il indique `version: { $said }`
version-name-help = le fichier de la version V se nomme NOM@V.md : renommez-le, ou corrigez `version`
version-kind = cette version est de type `{ $kind }`, mais le document en vigueur est de type `{ $current }`
version-kind-help = un document garde son type d’une version à l’autre
version-unlisted = la version { $version } ne figure pas dans l’historique de { $document }
version-unlisted-help = ajoutez `{ "{" } version: "{ $version }", date: …, changes: … { "}" }` à son `history`
version-newer = la version { $version } n’est pas antérieure à la version en vigueur { $current } de { $document }
version-newer-help = le texte en vigueur est le fichier du document lui-même ; un fichier NOM@V.md contient une version antérieure
version-without-text = la version { $version } n’a pas de texte : les lecteurs ne peuvent pas la consulter
version-without-text-help = pour la publier, placez son texte dans `{ $file }` à côté de ce fichier

## Changes from a model
changes-quote = « { $text } »
changes-both = supprimé : { $removed } ; ajouté : { $added }
changes-removed = supprimé : { $removed }
changes-added = ajouté : { $added }
changes-whitespace = espaces seulement
changes-rule-removed = la règle `{ $id }` du modèle { $model } est supprimée
changes-rule-added = la règle `{ $id }` ne figure pas dans le modèle { $model }
changes-rule-differs = la règle `{ $id }` diffère du modèle { $model } : { $changes }

## site.yaml: folders, organisation, legal pages, addresses
folder-title = ce dossier n’a pas de titre : le fil d’Ariane le nomme « { $label } », d’après son nom
folder-title-help = pour lui donner un titre en français, ajoutez content/{ $folder }/_index.yaml avec `title: "…"`
gender-contradiction = `gender` vaut `{ $written }`, mais l’article `{ $article }` dit le contraire
gender-contradiction-help = supprimez `gender` : avec `le` ou `la`, l’article le donne
gender-missing = l’article ne dit pas si `{ $name }` est féminin ou masculin : les textes qui s’accordent avec le nom le prennent au masculin
gender-missing-help = ajoutez `gender: feminine` ou `gender: masculine` à `organisation`
bad-web-address = `{ $value }` ne peut pas être l’adresse d’un lien (dans `{ $field }`)
bad-web-address-help = écrivez une adresse web qui commence par `https://` (ou `http://`), sans espace
bad-email = `{ $value }` n’est pas une adresse électronique (dans `{ $field }`)
bad-email-help = écrivez l’adresse à laquelle les lecteurs écrivent, par exemple `{ $example }`
legal-notice = la page des mentions légales
legal-statement = la déclaration d’accessibilité
legal-data = la page des données personnelles
legal-missing = il manque `{ $field }` à { $page }
legal-missing-help = { $help } (voir le README, « Legal pages »)
legal-director-help = indiquez le nom (`name`) et la fonction (`role`) du directeur ou de la directrice de la publication
legal-address-help = indiquez l’adresse postale de l’organisation
legal-host-help = indiquez le nom (`name`) et l’adresse postale (`address`) de l’hébergeur
legal-contact-help = indiquez l’adresse électronique ou la page web où signaler un défaut d’accessibilité
legal-schema-help = indiquez l’adresse du schéma pluriannuel de mise en accessibilité
legal-dpo-help = indiquez l’adresse électronique du délégué ou de la déléguée à la protection des données
legal-contact-bad = `{ $value }` n’est ni une adresse électronique ni une adresse web (dans `accessibility.contact`)
legal-contact-bad-help = écrivez une adresse électronique, ou une adresse web qui commence par `https://`
legal-rate = `accessibility.audit.rate` vaut { $rate } : un pourcentage de 0 à 100 est attendu
legal-rate-help = écrivez la part des critères applicables du RGAA que l’audit a trouvés respectés, par exemple `72.5`

## Blanks left to fill in
blank = `{ $word }` est un blanc à remplir (dans `{ $field }`)
blank-organisation-name = écrivez le nom de l’organisation, sans son article : « Préfecture de la Somme », « Commune de Trifouillis »
blank-organisation-short-name = écrivez un nom court pour le texte courant : « la préfecture », « la commune »
blank-organisation-territory = écrivez son territoire, tel qu’il se lit après son nom : « en région Picardie et dans la Somme »
blank-organisation-service = écrivez le service qui anime les comptes
blank-base-url = écrivez l’adresse à laquelle le site sera publié
blank-account-handle = écrivez le nom du compte sur le réseau, par exemple « @Prefet80 »
blank-account-url = écrivez l’adresse du compte
blank-contact = écrivez l’adresse électronique à laquelle écrire
blank-variable = écrivez la valeur que représente cette variable (voir le commentaire à côté)
blank-group = écrivez le nom du groupe de termes
blank-cartouche = remplissez le cartouche de la fiche de procédure : sa référence, son service, sa diffusion et son classement
blank-text = écrivez le texte attendu à cet endroit

## Addresses, fields, rules, terms, engagements, links
did-you-mean = vouliez-vous dire { $candidate } ?
duplicate-url = ce document et { $other } seraient publiés tous deux à l’adresse { $address }
duplicate-url-help = renommez l’un des deux fichiers
reserved-url = { $address } est une adresse que charte réserve à ses propres pages
reserved-url-help = renommez le fichier
asset-replaces-page = la page d’un document
asset-replaces-generated = une page que charte écrit
asset-replaces-static = un fichier du thème
asset-replaces = ce fichier remplacerait { $what } à l’adresse { $address }
asset-replaces-help = renommez-le, ou déplacez-le dans un autre dossier
field-not-for-kind = `{ $field }` appartient aux documents de type { $owners } ; celui-ci est de type `{ $kind }`
field-not-for-kind-help-one = supprimez `{ $field }`, ou passez `kind` à `{ $owner }`
field-not-for-kind-help = supprimez `{ $field }`
rule-id = l’identifiant de règle `{ $id }` ne peut pas servir d’ancre stable
rule-id-help = utilisez des minuscules sans accents, des chiffres et des traits d’union, en commençant par une lettre, par exemple `{ $example }`
rule-duplicate = l’identifiant de règle `{ $id }` est déjà utilisé ligne { $first } : chaque règle a le sien
term-lang = `lang` vaut `{ $lang }` : un code de langue est attendu, par exemple `en` ou `en-GB`
term-duplicate = le terme `{ $term }` est déjà défini ligne { $first }
glossary-conflict-term = le terme `{ $term }` est déjà défini dans { $other }, ligne { $line } : les liens du glossaire mènent à cette première définition
glossary-conflict-alias = `{ $alias }` est aussi le terme défini dans { $other }, ligne { $line } : les liens du glossaire mènent à ce terme
glossary-conflict-help = gardez une seule définition de chaque mot, ou retirez l’alias
engagement-unknown = l’engagement `{ $number }` ne figure pas dans le référentiel Qual-e-pref
engagement-unknown-close = vouliez-vous dire `{ $close }` ? Engagements connus : { $known } ; ajoutez-en d’autres dans content/referentiel.yaml
engagement-unknown-help = engagements connus : { $known } ; ajoutez-en d’autres dans content/referentiel.yaml
broken-anchor = le lien `{ $link }` mène à { $anchor }, qui ne se trouve pas sur { $page }
broken-link = le lien `{ $link }` ne mène nulle part : il n’y a pas de page { $page }
broken-link-help = corrigez l’adresse, ou supprimez le lien

## Markdown, HTML and variables
removed-element = l’élément `{ $name }` et son contenu sont supprimés
removed-tag = la balise `{ $name }` est supprimée
removed-handler = le gestionnaire d’événement `{ $name }` est supprimé
removed-attribute = l’attribut `{ $name }` est supprimé
removed-address = le lien vers `{ $address }` est supprimé
html-removed = { $what } de la page publiée
html-removed-help = écrivez le texte en Markdown ; le HTML brut n’est gardé que s’il est sans danger
nesting-too-deep = le texte imbrique ici des blocs ou des éléments sur plus de { $levels } niveaux
nesting-too-deep-help = imbriquez moins de citations, de listes ou d’éléments HTML
html-unclosed = `{ $name }` n’est jamais refermé : ce qui le suit serait perdu
html-unclosed-help = refermez-le par `{ $closing }`, ou écrivez le texte en Markdown
variable-unknown = variable inconnue : `{ $variable }`
variable-from-model = le modèle utilise `{ $variable }`, qui n’a pas de valeur ici
variable-close = vouliez-vous dire `{ $close }` ? Écrivez `\{"{{"}` pour obtenir `{"{{"}` tel quel
variable-known = noms connus : { $names }
variable-define = ajoutez `vars: { "{" } { $name }: "…" { "}" }` à ce document

## Reading content/
symlink-ignored = les liens symboliques de content/ ne sont pas suivis : celui-ci est ignoré
unreadable = lecture impossible : { $error }
site-missing = ce fichier manque : tout site a besoin de content/site.yaml
site-missing-help = créez-le avec au moins `organisation: { "{" } name: …, article: … { "}" }` et `base_url: …` (voir le README)
not-an-asset-help = renommez-le `NOM.md` (ou `NOM.yaml`) pour le publier comme document, ou sortez-le de content/
bad-file-name = `{ $part }` ne peut pas faire partie d’une adresse web : nommez les fichiers et les dossiers avec des minuscules sans accents, des chiffres et des traits d’union seulement (par exemple `charte-moderation.md`)
named-like-a-document = `{ $name }` est nommé comme un document mais n’en est pas un : il serait copié tel quel dans le site
front-matter-in-asset = ce fichier commence par un en-tête (`---`) : il serait copié tel quel dans le site
engagement-duplicate = l’engagement { $number } est déjà défini ligne { $first }
engagement-duplicate-help = gardez une seule entrée par numéro d’engagement
encoding = ce fichier n’est pas en UTF-8 : enregistrez-le en UTF-8
front-matter-missing = en-tête attendu : un document Markdown commence par une ligne `---`, puis ses champs (`kind: …`, `title: …`), puis une ligne `---`
front-matter-unclosed = l’en-tête ouvert ici n’est jamais refermé : une ligne `---` est attendue après le dernier champ

## Forking a model
extends-too-long = `extends` passe par plus de { $count } modèles : { $chain } → …
extends-too-long-help = un document reprend un modèle, qui peut en reprendre un autre : gardez la chaîne courte, et sans boucle
extends-cycle = `extends` tourne en rond : { $cycle }
extends-cycle-help = un modèle ne peut pas reprendre, directement ou non, le document qui le reprend
model-missing = pas de modèle `{ $model }`
model-missing-via = pas de modèle `{ $model }` (par { $chain })
model-missing-help = écrivez le chemin d’un document sous content/, sans extension (par exemple `chartes/moderation`), ou un modèle intégré ({ $models })
model-version-unknown = le modèle `{ $model }` n’a pas de version { $version }
model-version-empty = `extends` se termine par `@` sans version après le modèle `{ $model }`
model-version-unknown-help = versions connues de ce modèle : { $versions }
model-versions-none = aucune (le modèle n’indique pas sa version)
model-unpinned = ce document reprend le modèle `{ $model }` sans en épingler la version : son texte changerait avec le modèle
model-unpinned-help = écrivez `extends: "{ $pinned }"` pour rester sur la version { $version }, celle dont il est fait aujourd’hui
model-update = le modèle `{ $model }` a une version plus récente : { $newest } (ce document est fait de la version { $pinned })
model-update-help = ce qui a changé : { $notes }. Relisez les remarques qui suivent, puis lancez `charte update { $document }` pour reprendre cette version (avec `--dry-run`, la fusion s’affiche sans rien écrire)
model-update-inherited = avec la version { $newest } du modèle `{ $model }`, la règle `{ $id }`, reprise telle quelle, changerait : { $changes }
model-update-review = la règle `{ $id }`, que ce document modifie, change aussi dans la version { $newest } du modèle `{ $model }` : { $changes }
model-update-review-help = à revoir : comparez votre texte à celui du modèle avant de reprendre sa nouvelle version
model-update-removed-changed = la règle `{ $id }`, que ce document retire, change dans la version { $newest } du modèle `{ $model }` : { $changes }
model-update-added = la version { $newest } du modèle `{ $model }` ajoute la règle `{ $id }`
model-update-added-clash = la version { $newest } du modèle `{ $model }` ajoute une règle `{ $id }`, et ce document a déjà une règle de ce nom
model-update-dropped = la version { $newest } du modèle `{ $model }` retire la règle `{ $id }`
model-update-dropped-review = la version { $newest } du modèle `{ $model }` retire la règle `{ $id }`, que ce document modifie
model-update-note = { $version } : { $changes }
update-conflict-rule = la mise à jour du modèle { $update } n’a pas pu fusionner la règle `{ $id }` : le conflit n’est pas résolu
update-conflict-document = la mise à jour du modèle { $update } n’a pas pu fusionner ce document : le conflit n’est pas résolu
update-conflict-both-help = le modèle et ce document ont modifié les mêmes mots de { $fields } : `conflict` donne le texte du modèle avant (`before`) et après (`after`) ; écrivez le texte à garder, puis supprimez `conflict`
update-conflict-removed-help = le modèle retire cette règle, que ce document modifie : gardez-la comme règle du document (avec `title` et `body`) ou supprimez-la, puis supprimez `conflict`
update-conflict-added-help = le modèle ajoute une règle de même identifiant (`conflict` en donne le texte) : renommez la vôtre (`id`) ou reprenez celle du modèle, puis supprimez `conflict`
rule-remove-without-model = la règle `{ $id }` indique `remove`, mais ce document ne reprend aucun modèle
rule-remove-without-model-help = `remove: true` retire une règle du modèle nommé dans `extends`
rule-incomplete = il manque à la règle `{ $id }` un titre (`title`) ou un texte (`body`)
rule-incomplete-help = donnez à la règle `title: …` et `body: …`
rule-new-incomplete = la règle `{ $id }` ne figure pas dans le modèle : il lui faut donc un titre (`title`) et un texte (`body`)
rule-new-incomplete-help = donnez à la nouvelle règle `title: …` et `body: …`, ou reprenez l’identifiant d’une règle du modèle
rule-remove-unknown = le modèle n’a pas de règle `{ $id }` à retirer
rule-remove-unknown-help = les règles du modèle sont : { $rules }
extends-kind = ce document est de type `{ $kind }`, mais son modèle est de type `{ $model }`
extends-kind-help = supprimez `kind` : un document a le type de son modèle
kind-missing-help = ajoutez `kind:` (moderation, usage, glossary, procedure ou page), ou reprenez un modèle avec `extends:`
title-missing-help = ajoutez `title: "…"`

## The output folder
not-a-site = { $root } n’est pas un site charte : il n’a pas de dossier content/ (indiquez-en un avec --root)
cannot-write = écriture impossible dans { $path } : { $error }
unreadable-path = lecture impossible de { $path } : { $error }
output-root-unreadable = impossible d’ouvrir la racine du site { $root } : { $error }
output-unresolved = impossible de trouver le dossier de sortie { $output } : { $error }
output-is-root = refus d’écrire dans { $output } : c’est la racine du site elle-même
output-holds-root = refus d’écrire dans { $output } : il contient la racine du site
output-inside-sources = refus d’écrire dans { $output } : il se trouve dans les sources du site ({ $folder })
output-holds-sources = refus d’écrire dans { $output } : il contient des sources du site ({ $folder })
output-is-file = refus d’écrire dans { $output } : c’est un fichier, pas un dossier
output-not-ours = refus de remplacer { $output } : il n’est pas vide et n’a pas été écrit par charte (il ne contient pas { $marker }) ; ajoutez --force pour le remplacer
interrupted = interrompu : rien n’a été écrit, la sortie précédente est intacte

## charte serve
serve-has-errors = le site contient des erreurs : corrigez-les, puis relancez `charte serve`
serve-warnings = { $count ->
     [one] { $count } avertissement ou remarque (`charte check` les liste)
    *[other] { $count } avertissements et remarques (`charte check` les liste)
  }
serve-built = site construit en { $ms } ms
serve-cannot-listen = impossible d’écouter sur { $address } : { $error }
serve-reachable = ATTENTION : écoute sur { $address }, que d’autres machines peuvent joindre : toute personne sur le réseau peut lire ce site, documents internes compris
serve-serving = site servi à l’adresse { $url } (Ctrl-C pour arrêter)
serve-stopped = arrêté
serve-no-browser = impossible d’ouvrir un navigateur ({ $command } : { $error }) ; ouvrez vous-même { $url }
serve-rebuild-failed = charte a échoué en reconstruisant ({ $what }) : la prochaine modification reconstruira tout
serve-nothing-changed = le site (aucune page de document n’a changé)
serve-rebuilt = { $what } reconstruit en { $ms } ms
serve-last-good = la dernière version correcte reste servie

## charte init, new and new-version
template-etat = un service de l’État (préfecture) : charte de modération, guide des agents, glossaire, fiche de procédure Qual-e-pref
template-collectivite = une collectivité territoriale : charte de modération, charte des agents et ses sept règles, glossaire
list-templates = Gabarits (`charte init DOSSIER --template NOM`) :
list-models = Modèles intégrés, à leur version la plus récente (`extends: "@NOM@VERSION"` dans un document) :
template-unknown = pas de gabarit `{ $template }` ; gabarits possibles : { $templates }
init-not-empty = refus de créer un site dans { $dir } : le dossier n’est pas vide
new-bad-slug = `{ $slug }` ne peut pas être une adresse web : utilisez des minuscules sans accents, des chiffres et des traits d’union, et `/` entre les dossiers (par exemple `chartes/facebook`)
new-reserved = { $address } est une adresse que charte réserve à ses propres pages (comme les mentions légales) : choisissez un autre nom
new-exists = { $path } existe déjà
new-version-fix-first = corrigez-le d’abord
new-version-no-version = { $path } n’a pas de `version` : donnez-lui en une avant de commencer la suivante
new-version-no-next = impossible de savoir quelle version suit `{ $old }` : indiquez-la avec --version, par exemple `--version { $old }.1`
new-version-bad-old = `{ $old }` ne peut pas faire partie d’un nom de fichier : utilisez des chiffres et des points, par exemple 2.1
new-version-bad-new = `{ $new }` ne peut pas être la nouvelle version : utilisez des chiffres et des points, autre chose que { $old }
new-version-listed = la version { $new } figure déjà dans l’historique de { $path }
new-version-kept = { $path } existe déjà : la version { $old } a déjà été conservée
new-version-unreadable = le fichier révisé ne se lirait pas : { $diagnostic }
new-version-no-document = pas de document `{ $document }` dans { $content }
new-version-no-version-line = le document n’a pas de ligne `version` à modifier
new-version-history-inline = pour ajouter une entrée, écrivez `history` comme une liste d’entrées, une par ligne (`- { "{" } version: …, date: …, changes: … { "}" }`)

## Themes and templates
theme-unknown = thème `{ $name }` introuvable : un dossier themes/{ $name }/ est attendu (minuscules sans accents, chiffres et traits d’union)
theme-unknown-help = écrivez `theme: default` pour le thème intégré
template-unreadable = lecture impossible de ce gabarit : { $error }
template-failed-help = corrigez le gabarit, ou supprimez-le pour reprendre celui du thème par défaut
serve-unreadable = lecture impossible d’un fichier du site : { $error }
serve-cannot-watch = impossible de surveiller { $path } : { $error }
blank-organisation-name-in-text = écrivez le nom tel qu’il se lit dans une phrase, sans son article : « préfecture de la Somme »

## Comments of the starter files (`charte init`, `charte new`): one line, or several, each
## written after `# ` at the place of its `# @id` marker.
starter-date = AAAA-MM-JJ
starter-site-org-etat =
    L’organisation qui publie ces documents. Toutes les pages l’utilisent, et les documents citent
    son nom au moyen de variables comme {"{{"} org.name {"}}"} ou {"{{"} org.de {"}}"}.
starter-site-org-collectivite =
    La collectivité qui publie ces documents. Toutes les pages l’utilisent, et les documents citent
    son nom au moyen de variables comme {"{{"} org.name {"}}"} ou {"{{"} org.de {"}}"}.
starter-site-blanks = Remplacez chaque xxxxxx : `charte check` signale ceux qui restent, avec leur ligne.
starter-site-name-etat = Le nom, sans son article : « Préfecture de la Somme », « Préfecture de l’Indre ».
starter-site-name-collectivite = Le nom, sans son article : « Commune de Trifouillis », « Communauté de communes du Val ».
starter-site-article-etat = L’article du nom : `le`, `la`, `l'` ou `les`. Il donne « de la … », « à la … », « la … ».
starter-site-article-collectivite =
    L’article du nom : `le`, `la`, `l'` ou `les`. `la` donne « de la Commune… », « à la Commune… » ;
    `le` donne « du Syndicat… », « au Syndicat… » ; `l'` donne « de l’Agglomération… ».
starter-site-gender =
    Avec `l'` ou `les`, le genre du nom, pour que les textes s’accordent avec lui (« l’Agglomération
    se réserve… », « les Hospices civils se réservent… ») : `feminine` (féminin) ou `masculine` (masculin).
starter-site-name-in-text-etat =
    Le nom tel qu’il s’écrit dans une phrase, après son article, quand il diffère du titre :
    « la préfecture de la Somme » dans une phrase, « Préfecture de la Somme » dans un titre.
starter-site-name-in-text-collectivite = Le nom tel qu’il s’écrit dans une phrase, après son article, quand il diffère du titre.
starter-site-short-name-etat = Un nom court pour le fil du texte.
starter-site-short-name-collectivite = Un nom court pour le fil du texte : « la commune », « la communauté ».
starter-site-territory-etat = Le territoire des services, tel qu’il se lit après leur nom : « en région Picardie et dans la Somme ».
starter-site-territory-collectivite = Le territoire, tel qu’il se lit après le nom (facultatif) : « dans le Val ».
starter-site-service = Le service qui gère les comptes.
starter-site-title = Le titre du site (facultatif : par défaut, il est formé à partir du nom de l’organisation).
starter-site-base-url = L’adresse à laquelle le site sera publié.
starter-site-language = La langue des pages.
starter-site-theme = Le thème : `default` est intégré à charte ; un dossier `themes/NOM/` le remplace fichier par fichier.
starter-site-accounts-etat =
    Les comptes : réseau (twitter, facebook, linkedin, instagram, youtube, mastodon…), identifiant,
    adresse, et date d’ouverture du compte (AAAA-MM-JJ, facultative).
starter-site-accounts-collectivite = Les comptes : réseau, identifiant, adresse, et date d’ouverture (facultative).
starter-site-contacts = Les adresses que donnent les documents : {"{{"} contacts.community_manager {"}}"}, {"{{"} contacts.image_rights {"}}"}.
starter-site-image-rights = L’adresse où demander le retrait d’une photographie (droit à l’image).
starter-site-review = Revues : tous les 12 mois par défaut (engagement Qual-e-pref 20.3) ; alerte 30 jours avant l’échéance.
starter-site-licence = La licence des textes, indiquée en pied de page.
starter-site-legal =
    Les pages que la loi impose à un site public, liées depuis le pied de chaque page.
    Les mentions légales (loi 2004-575, art. 6) : qui publie le site et qui l’héberge.
starter-site-director = Le directeur ou la directrice de la publication, et sa fonction telle qu’elle se lit après le nom.
starter-site-address = L’adresse postale de l’organisation, reprise en pied de page.
starter-site-contact-page = La page de contact du site principal, liée depuis le pied de page (facultative).
starter-site-accessibility =
    La déclaration d’accessibilité (décret 2019-768). L’état de conformité ne s’écrit jamais ici : sans
    audit, le site est « non conforme » ; après un audit, le taux mesuré décide (100 % : totalement,
    50 % ou plus : partiellement).
starter-site-accessibility-contact = Où les lecteurs signalent un obstacle : une adresse électronique ou une adresse web.
starter-site-schema = Le schéma pluriannuel de mise en accessibilité et le plan d’action de l’année.
starter-site-privacy = Données personnelles : le site ne dépose aucun témoin de connexion (cookie) et ne mesure pas l’audience.
starter-site-dpo = Le délégué ou la déléguée à la protection des données (DPD).
starter-site-privacy-contact = Où les lecteurs exercent leurs droits (par défaut : `contacts.image_rights`).
starter-moderation-etat = La charte de modération publique : le modèle intégré, adapté à la préfecture.
starter-moderation-collectivite = La charte de modération publique : le modèle intégré, adapté à la collectivité.
starter-override-rules =
    Pour modifier une règle, donnez son `id` et le nouveau texte ; pour en retirer une : `{"{"} id: …, remove: true {"}"}` ;
    pour en ajouter une, donnez un nouvel `id`, un titre et un texte. `charte check` liste chaque écart au modèle.
starter-approval-when = Une fois le document validé, indiquez qui l’a rédigé, vérifié et validé :
starter-approval-when-short = Une fois le document validé :
starter-glossary-model = Le glossaire des réseaux sociaux : le modèle intégré. Donnez ici `terms:` pour remplacer ses termes.
starter-agents-collectivite = La charte des agents : le modèle intégré pour les collectivités, avec ses sept consignes.
starter-agents-referent = la personne référente des réseaux sociaux (nom, service, courriel)
starter-agents-suppleant = la personne qui la remplace en son absence
starter-agents-sujets-associes = ce dont les pages parlent aussi, au-delà de l’activité de l’institution (ses partenaires, son territoire…)
starter-agents-etat = Le guide des comptes personnels des agents : le modèle intégré, adapté à la préfecture.
starter-procedure-etat = La fiche de procédure Qual-e-pref (engagements 19.1, 20.2 et 20.3), avec son cartouche.
starter-cartouche = Le cartouche.
starter-cartouche-end = Le cartouche, en fin de fiche.
starter-reference = la référence de la fiche dans le système qualité
starter-service = la direction ou le service responsable de la fiche
starter-diffusion = la diffusion : qui la reçoit
starter-storage = le support d’enregistrement (dossier réseau, intranet)
starter-since = l’année d’ouverture du premier compte
starter-procedure-approval = Une fiche de procédure validée demande la vérification du référent qualité :
starter-procedure-approval-field = Une fiche de procédure validée demande la vérification du référent qualité (`verified_by`) :
starter-review-last = ajoutez `last: AAAA-MM-JJ` après chaque revue annuelle
starter-glossary-terms = Les termes sont classés dans l’ordre alphabétique et regroupés par `group`.
starter-summary = une phrase sous le titre
starter-rules-moderation =
    Les règles numérotées : `id` est l’ancre de la règle (#publicite), pour citer la règle au titre de
    laquelle un commentaire a été retiré. Les textes sont en Markdown et peuvent employer {"{{"} org.name {"}}"}, {"{{"} org.de {"}}"}…
starter-engagements-sheet = les engagements Qual-e-pref auxquels répond la fiche, cités en tête
starter-rules-usage = Les consignes, numérotées, chacune avec son ancre.
starter-faq = Questions et réponses (les réponses sont en Markdown).
starter-status-values = draft (brouillon) | review (relecture) | validated (validé) | archived (archivé)
starter-audience-values = public (tout le monde) | internal (les agents)
starter-engagements-charter = les engagements Qual-e-pref auxquels répond la charte
starter-term-aliases = les autres noms du terme
starter-term-abbr = son abréviation

## The JSON Schema of each file (charte schema): what an editor shows about each field
schema-file-site = Fichier site.yaml d’un site charte
schema-file-front-matter = En-tête YAML d’un document Markdown de charte
schema-file-document = Document de charte écrit en YAML
schema-file-folder = Fichier _index.yaml d’un dossier de content/
schema-file-referential = Référentiel Qual-e-pref (content/referentiel.yaml)
schema-file-library = Manifeste d’une bibliothèque de modèles (library.yaml)
schema-document-kind = Le type du document : `moderation` (charte de modération), `usage` (guide d’usage), `glossary` (glossaire), `procedure` (fiche de procédure Qual-e-pref) ou `page` (page libre). Obligatoire, sauf si le document reprend un modèle (`extends`).
schema-document-title = Le titre du document, tel que sa page l’affiche. Obligatoire, sauf si le document reprend un modèle.
schema-document-version = Le numéro de la version en vigueur, entre guillemets : `"2.1"`.
schema-document-status = L’état du document : `draft` (brouillon, par défaut), `review` (en relecture), `validated` (validé) ou `archived` (archivé).
schema-document-audience = À qui s’adresse le document : `public` (tout le monde) ou `internal` (les agents, par défaut).
schema-document-summary = Un résumé d’une ou deux phrases, repris dans les listes et par la recherche.
schema-document-weight = La place du document dans les listes : les plus petits nombres d’abord (0 par défaut) ; à égalité, l’ordre des types, puis celui des titres.
schema-document-glossary-links = `false` : les termes du glossaire ne sont pas liés depuis les textes de ce document.
schema-document-approval = La chaîne de validation : qui a rédigé, vérifié et validé le document, et quand.
schema-document-review = La revue du document : la date de la dernière et le nombre de mois entre deux revues.
schema-document-history = Les versions successives, de la plus récente à la plus ancienne : numéro, date d’entrée en vigueur et modifications.
schema-document-engagements = Les engagements Qual-e-pref auxquels répond le document, par leur numéro entre guillemets : `"20.3"`.
schema-document-extends = Le modèle que reprend le document : le chemin d’un document de content/ sans extension (`chartes/moderation`) ou un modèle intégré (`"@etat-moderation"`), suivi de la version dont le document est fait (`"@etat-moderation@2.0"`) : le document garde ce texte quand le modèle change.
schema-document-vars = Les valeurs des variables du modèle, par nom : `{"{{ vars.NOM }}"}` dans les textes.
schema-document-rules = Les règles numérotées, chacune avec un identifiant stable (son ancre), un titre et un texte. Dans un document qui reprend un modèle, le même `id` modifie la règle du modèle et `remove: true` la retire.
schema-document-faq = Les questions fréquentes d’un guide d’usage, chacune avec sa réponse.
schema-document-terms = Les termes d’un glossaire, chacun avec sa définition.
schema-document-reference = La référence de la fiche de procédure, dans son cartouche : `PR-COM-001`.
schema-document-service = Le service qui porte la fiche de procédure, dans son cartouche.
schema-document-diffusion = À qui la fiche de procédure est diffusée, dans son cartouche (une liste).
schema-document-storage = Où la fiche de procédure est classée, dans son cartouche.
schema-document-body = Le texte du document, en Markdown (un document Markdown a son texte après l’en-tête).
schema-approval-drafted-by = Qui a rédigé le document.
schema-approval-verified-by = Qui l’a vérifié (pour une fiche de procédure, le référent qualité).
schema-approval-validated-by = Qui l’a validé.
schema-person-name = Le prénom et le nom.
schema-person-role = La fonction : « chargée de communication ».
schema-person-date = La date de cette étape.
schema-review-last = La date de la dernière revue.
schema-review-every-months = Le nombre de mois entre deux revues (par défaut, celui de site.yaml, ou 12).
schema-history-entry-version = Le numéro de la version, entre guillemets.
schema-history-entry-date = La date d’entrée en vigueur de la version.
schema-history-entry-changes = Ce qui a changé dans cette version (Markdown).
schema-rule-entry-id = L’identifiant stable de la règle, qui devient son ancre (`#publicite`) : lettres minuscules, chiffres et tirets.
schema-rule-entry-title = Le titre de la règle.
schema-rule-entry-body = Le texte de la règle (Markdown).
schema-rule-entry-remove = `true` : retire la règle du modèle qui porte cet identifiant.
schema-document-conflict = Ce que `charte update` n’a pas pu fusionner dans le titre, le résumé ou le texte : `charte check` refuse le document tant que ce champ est là.
schema-rule-entry-conflict = Ce que `charte update` n’a pas pu fusionner dans cette règle : `charte check` refuse le document tant que ce champ est là.
schema-conflict-update = La mise à jour qui a rencontré le conflit : `"2.0 → 2.1"`.
schema-conflict-reason = Pourquoi la fusion a échoué : `both-changed` (le modèle et le document ont modifié les mêmes mots), `removed-by-model` (le modèle retire la règle), `added-by-model` (le modèle ajoute une règle de même identifiant).
schema-conflict-title = Le titre du modèle avant et après la mise à jour.
schema-conflict-summary = Le résumé du modèle avant et après la mise à jour.
schema-conflict-body = Le texte du modèle avant et après la mise à jour.
schema-conflict-sides-before = Le texte du modèle à la version épinglée.
schema-conflict-sides-after = Le texte du modèle à sa version la plus récente.
schema-faq-entry-question = La question.
schema-faq-entry-answer = La réponse (Markdown).
schema-term-term = Le terme, tel qu’il s’écrit.
schema-term-definition = Sa définition (Markdown).
schema-term-group = Le groupe sous lequel le glossaire le range (« Général » par défaut).
schema-term-aliases = D’autres façons de l’écrire, qui mènent elles aussi à sa définition.
schema-term-abbr = Son abréviation : `RT` pour « Retweet ».
schema-term-lang = La langue du terme quand ce n’est pas celle du site (`en` pour « community manager ») : les lecteurs d’écran le prononcent dans cette langue.
schema-term-link = `false` : le terme n’est pas lié depuis les autres documents.
schema-status = `draft` (brouillon), `review` (en relecture), `validated` (validé) ou `archived` (archivé).
schema-audience = `public` (tout le monde) ou `internal` (les agents).
schema-kind = `moderation` (charte de modération), `usage` (guide d’usage), `glossary` (glossaire), `procedure` (fiche de procédure Qual-e-pref) ou `page` (page libre).
schema-date = Une date au format AAAA-MM-JJ : `2025-06-01`.
schema-site-organisation = L’organisation qui publie : son nom, son article, son territoire et son service.
schema-site-title = Le titre du site (par défaut, il est formé à partir du nom de l’organisation).
schema-site-base-url = L’adresse publique du site : `https://www.exemple.gouv.fr/chartes`.
schema-site-language = La langue des pages : `fr` (par défaut) ou `en`.
schema-site-typography = `true` ou `false` : la typographie française dans le texte des pages (par défaut, activée quand la langue est le français).
schema-site-theme = Le thème, un dossier de themes/ (`default` par défaut).
schema-site-accounts = Les comptes de l’organisation sur les réseaux sociaux.
schema-site-contacts = Les adresses de contact, par nom : `community_manager` (gestion des comptes et modération), `image_rights` (droit à l’image).
schema-site-review = Les revues par défaut : le nombre de mois entre deux revues, et les jours d’alerte avant l’échéance.
schema-site-licence = La licence des contenus : `etalab-2.0` (par défaut), `cc-by-4.0`, `cc-by-sa-4.0` ou `cc0-1.0`.
schema-site-publication = Ce que disent les mentions légales : le directeur ou la directrice de la publication, l’adresse, l’hébergeur.
schema-site-accessibility = Ce que dit la déclaration d’accessibilité : l’audit, les contenus non accessibles, le contact, le schéma pluriannuel.
schema-site-privacy = Ce que dit la page des données personnelles : le délégué ou la déléguée à la protection des données, le contact.
schema-site-models = Les bibliothèques de modèles, sous le nom que leur donne `extends` : `sig: ../modeles-sig` (un dossier, par rapport à la racine du site) pour `extends: "@sig/moderation@2.1"`.
schema-organisation-name = Le nom, tel qu’un titre l’écrit : « Préfecture de la Somme ».
schema-organisation-article = L’article du nom (`le`, `la`, `l'` ou `les`), qui donne « de la … », « à la … », « la … ».
schema-organisation-name-in-text = Le nom tel que le texte courant l’écrit après son article (« préfecture de la Somme »), s’il diffère du titre.
schema-organisation-gender = Le genre du nom, avec lequel les textes s’accordent : `feminine` ou `masculine` ; déduit de `le` et de `la`, utile avec `l'` et `les`.
schema-organisation-short-name = Le nom court : « Préfecture ».
schema-organisation-territory = Le territoire : « en région Exemple et dans l’Exemple ».
schema-organisation-service = Le service qui gère les comptes.
schema-account-network = Le réseau : `twitter`, `facebook`, `instagram`, `linkedin`, `youtube`…
schema-account-handle = Le nom du compte : `@Prefet00`.
schema-account-url = L’adresse du compte.
schema-account-since = La date d’ouverture du compte.
schema-review-defaults-every-months = Le nombre de mois entre deux revues d’un document (12 par défaut).
schema-review-defaults-warn-days = Le nombre de jours avant l’échéance à partir duquel une revue est à faire bientôt (30 par défaut).
schema-publication-director = Le directeur ou la directrice de la publication.
schema-publication-address = L’adresse postale de l’organisation.
schema-publication-phone = Son numéro de téléphone.
schema-publication-contact-page = L’adresse de la page de contact de son site principal.
schema-publication-host = L’hébergeur du site.
schema-named-person-name = Le prénom et le nom.
schema-named-person-role = La fonction, telle qu’elle se lit après le nom : « préfète de l’Exemple ».
schema-host-name = Le nom de l’hébergeur.
schema-host-address = Son adresse postale.
schema-host-phone = Son numéro de téléphone.
schema-accessibility-audit = Le dernier audit RGAA ; sans audit, le site est déclaré « non conforme ».
schema-accessibility-statement-date = La date de la déclaration (par défaut, celle de l’audit).
schema-accessibility-non-accessible = Les contenus non accessibles, chacun avec sa raison.
schema-accessibility-contact = Où signaler un défaut d’accessibilité : une adresse électronique ou une adresse web.
schema-accessibility-schema-url = L’adresse du schéma pluriannuel de mise en accessibilité.
schema-accessibility-action-plan-url = L’adresse du plan d’action de l’année.
schema-audit-date = La date de l’audit.
schema-audit-rate = La part des critères RGAA applicables qui sont respectés, en pourcentage (de 0 à 100).
schema-audit-rgaa = La version du RGAA de l’audit (`4.1` par défaut).
schema-audit-by = Qui l’a réalisé.
schema-non-accessible-content = Le contenu non accessible.
schema-non-accessible-reason = Pourquoi : une non-conformité, une dérogation pour charge disproportionnée, un contenu non soumis à l’obligation.
schema-privacy-dpo = L’adresse électronique du délégué ou de la déléguée à la protection des données.
schema-privacy-contact = Où exercer ses droits (par défaut, l’adresse des demandes de droit à l’image).
schema-article = `le`, `la`, `l'` ou `les`.
schema-gender = `feminine` (féminin) ou `masculine` (masculin).
schema-folder-title = Le titre du dossier, que le fil d’Ariane affiche à la place de son nom.
schema-library-file-name = Le nom que les documents donnent à la bibliothèque dans `extends` (`sig` pour `@sig/moderation`), le même que dans `models` de `site.yaml`.
schema-library-file-publisher = Qui publie ces modèles : « Service d’information du Gouvernement ».
schema-library-file-licence = La licence sous laquelle les modèles peuvent être repris : « etalab-2.0 » (Licence Ouverte 2.0).
schema-referential-file-engagements = Les engagements du référentiel.
schema-engagement-number = Le numéro de l’engagement, entre guillemets : `"20.3"`.
schema-engagement-text = Le texte de l’engagement.
schema-engagement-module = Le module du référentiel auquel il appartient : `"1"`.

## charte update
help-update = Reprend la version la plus récente du modèle de chaque document qui en est fait, par une fusion à trois voies : ce que le document change est gardé, ce qui entre en conflit est signalé.
help-arg-update-documents = Les documents à mettre à jour (fichier ou adresse) ; par défaut tous ceux qui épinglent la version de leur modèle.
help-arg-update-dry-run = Montrer la fusion sans rien écrire.
help-arg-update-today = La date de l’entrée ajoutée à l’historique (AAAA-MM-JJ) ; aujourd’hui par défaut.
update-header = { $file } : modèle `{ $model }`, version { $from } → { $to }
update-header-pinned = { $file } : modèle `{ $model }` épinglé à sa version { $to }, celle dont il est fait aujourd’hui (le texte publié ne change pas)
update-what-rule = règle `{ $id }`
update-what-document = titre, résumé et texte du document
update-line = { $what } : { $outcome }
update-taken = reprise du modèle, avec ses nouveaux mots
update-added = ajoutée par le modèle
update-removed = retirée par le modèle
update-kept = votre texte est gardé (le modèle ne change que ce que vous reprenez)
update-replaced = votre texte reprenait celui du modèle : il prend le nouveau
update-merged = vos changements et ceux du modèle sont fusionnés
update-removal-dropped = le modèle la retire aussi : votre `remove: true` disparaît
update-stays-removed = reste retirée, bien que le modèle la modifie
update-conflict-both = conflit : le modèle et ce document ont modifié les mêmes mots
update-conflict-removed = conflit : le modèle retire cette règle, que ce document modifie
update-conflict-added = conflit : le modèle ajoute une règle de même identifiant que la vôtre
update-revision = nouvelle version { $version } en brouillon ; la version en vigueur est gardée dans { $archived }
update-conflicts = { $count ->
     [one] { $count } conflit à résoudre : voyez `conflict` dans le fichier ; `charte check` refuse le document jusque-là
    *[other] { $count } conflits à résoudre : voyez `conflict` dans le fichier ; `charte check` refuse le document jusque-là
  }
update-failed = mise à jour impossible : { $errors ->
     [one] { $errors } erreur à corriger d’abord ; rien n’a été écrit
    *[other] { $errors } erreurs à corriger d’abord ; rien n’a été écrit
  }
update-history = Mise à jour du modèle { $update }
update-conflict-comment = Conflit de mise à jour : écrivez le texte à garder, puis supprimez `conflict`.
update-not-a-fork = `{ $document }` n’est pas fait d’un modèle dont il épingle la version : rien à mettre à jour
update-not-a-document = { $file } ne se lit pas comme un document
update-no-model = { $file } : le modèle `{ $model }` est introuvable
update-no-version = le modèle `{ $model }` n’a pas de version { $version }
update-unsafe = la mise à jour de { $path } ne se relit pas comme prévu ({ $detail }) : rien n’a été écrit
update-none = aucun document n’est fait d’un modèle dont il épingle la version : rien à mettre à jour
update-up-to-date = { $file } : à jour (modèle `{ $model }`, version { $version })
update-dry-run = Essai : rien n’a été écrit.

## Model libraries
library-bad-name = `{ $name }` ne peut pas nommer une bibliothèque de modèles
library-bad-name-help = un nom de bibliothèque s’écrit en minuscules, chiffres et traits d’union : `sig`, `modeles-etat`
library-missing = le dossier `{ $folder }` de la bibliothèque de modèles `{ $name }` est introuvable
library-missing-help = indiquez le dossier de la bibliothèque par rapport à la racine du site (celle qui contient content/), par exemple `../modeles-sig`
library-no-manifest = ce dossier n’a pas de fichier library.yaml : ce n’est pas une bibliothèque de modèles
library-no-manifest-help = une bibliothèque de modèles commence par un fichier library.yaml qui donne son nom (`name`), son éditeur (`publisher`) et sa licence (`licence`)
library-other-name = cette bibliothèque s’appelle `{ $found }`, mais site.yaml la déclare sous le nom `{ $name }`
library-other-name-help = déclarez-la sous son nom dans site.yaml (`{ $found }:`), pour que `extends: "@{ $found }/…"` désigne les mêmes modèles dans tous les sites
library-bad-file = `{ $part }` ne peut pas nommer un modèle : lettres minuscules, chiffres et traits d’union, suivis de `@VERSION` pour une version antérieure
