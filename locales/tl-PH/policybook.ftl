# Policybook — Tagalog/Filipino (Philippines). en-US is the source of truth: this file must have
# exactly its messages, with the same variables.

## Languages, as their names are written in this locale

lang-en = Ingles
lang-bn = Bengali
lang-tl = Tagalog
lang-ur = Urdu

## Dates

month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre
# $day and $year come already written in this locale's digits.
date-long = { $month } { $day }, { $year }

## Workflow and translation states

status-draft = draft
status-in_review = sinusuri
status-approved = inaprubahan
translation-source = orihinal
translation-current = napapanahon
translation-stale = luma na
translation-missing = wala

## The employee handbook (DOCX)

handbook-default-title = Handbook ng mga Empleyado
handbook-language = Wika: { $language }
handbook-exported = In-export noong { $date }
handbook-contents = Nilalaman
handbook-policy-meta = Epektibo simula { $date } · Rebisyon { $revision } · Inaprubahan ni { $approver }
# Word fills in the page numbers: keep { $page } and { $pages } where they belong.
handbook-page = Pahina { $page } ng { $pages }
handbook-translation-pending = Hinihintay pa ang salin: ipinapakita ang patakarang ito sa { $language }, ang orihinal nitong wika.
handbook-notes = Mga Tala

## Redline documents

redline-title = { $title }: mga pagbabago mula rebisyon { $from } hanggang rebisyon { $to }

## Review reminders

ics-summary = Dapat nang i-review: { $title } ({ $language })
# Filipino `one` covers 1, 2, 3, 5, 7, 8, 11…: every variant carries the number.
notify-overdue =
    { $count ->
        [one] { $count } review ng patakaran ang lampas na sa takdang petsa.
       *[other] { $count } review ng patakaran ang lampas na sa takdang petsa.
    }

## Command-line output

cli-imported = na-import ang { $id } ({ $lang }) rebisyon { $revision }
cli-unchanged = walang pagbabago: { $id } ({ $lang })
cli-import-summary =
    { $new ->
        [one] { $new } bagong rebisyon
       *[other] { $new } bagong rebisyon
    }, { $unchanged } walang pagbabago.
cli-empty = Walang laman ang handbook. Mag-import ng mga patakaran gamit ang “policybook import FOLDER”.
cli-retired-tag = hindi na aktibo
cli-created = Ginawa ang patakarang { $id }.
cli-saved-draft = Na-save bilang draft ang { $id } ({ $lang }) rebisyon { $revision }.
cli-submitted = Isinumite para sa review ang { $id } ({ $lang }) rebisyon { $revision }.
cli-approved = Inaprubahan ang { $id } ({ $lang }) rebisyon { $revision }.
cli-rejected = Ibinalik sa draft ang { $id } ({ $lang }) rebisyon { $revision }.
cli-retired = Hindi na aktibo ang { $id }: nananatili ito kasama ang kasaysayan nito, pero hindi na ito ie-export.
cli-no-due = Walang nakatakdang review.
cli-overdue = LAMPAS NA
cli-due = nakatakda
cli-owner = may-ari: { $owner }
cli-intact = Buo at walang sira ang handbook.
# The tests require the two variants to differ (2 reads like 1, 4 does not).
cli-problems =
    { $count ->
        [one] Nakakita ng { $count } problema.
       *[other] May { $count } problemang nakita.
    }
cli-no-hits = Walang tugmang patakaran.
cli-reindexed = Muling binuo ang search index: { $count } rebisyon.
cli-backup = Na-back up sa { $path }.
cli-exported =
    Naisulat ang { $path }: { $count ->
        [one] { $count } patakaran
       *[other] { $count } patakaran
    }.
cli-export-progress = Ine-export ang { $done } sa { $total }…
cli-no-translations = Wala pang patakaran.

## Errors, by their stable code (dots and underscores become dashes)

error-import-unreadable = { $file }: hindi mabasa: { $reason }
error-import-not-utf8 = { $file }:{ $line }: hindi UTF-8 na text (i-save ito bilang UTF-8)
error-import-front-matter = { $file }:{ $line }: front matter: { $reason }
error-import-unknown-lang = { $file }: hindi kilalang wika “{ $lang }” (dapat en, bn, tl o ur)
error-import-invalid = { $file }: { $reason }
error-import-nothing-found = Walang nakitang Markdown o text file sa { $path }.
error-store-not-a-database = Ang { $path } ay hindi handbook ng Policybook (hindi ito SQLite database, o sira ito).
error-store-too-new = Ginawa ang handbook na ito ng mas bagong bersyon ng Policybook.
error-store-read-only = Hindi maisulat ang handbook: { $reason }
error-store-disk-full = Puno na ang disk; walang binago.
error-store-busy = Ginagamit ang handbook ng ibang program; pakisubukang muli.
error-store-no-policy = Walang patakarang “{ $id }”.
error-store-no-revision = Walang rebisyon { $revision } sa { $lang } ang patakarang “{ $id }”.
error-store-no-language = Walang teksto sa { $lang } ang patakarang “{ $id }”.
error-store-exists = Mayroon nang patakarang “{ $id }”.
error-store-invalid = { $reason }
error-store-sqlite = Error sa database: { $reason }
error-store-io = Problema sa pagbasa o pagsulat ng { $path }: { $reason }
error-review-own-revision = Si { $who } ang sumulat ng rebisyon { $revision } ng “{ $id }” ({ $lang }); ibang tao ang dapat mag-apruba nito.
error-review-wrong-status = Ang rebisyon { $revision } ng “{ $id }” ({ $lang }) ay “{ $status }”; para sa { $action }, kailangang “{ $needed }” ang rebisyon.
error-review-not-newest = Hindi pinakabago ang rebisyon { $revision } ng “{ $id }” ({ $lang }) (ang pinakabago ay { $newest }).
error-review-no-reason = Kailangan ng dahilan kapag tinatanggihan.
error-review-no-actor = Pakilagay ang inyong pangalan.
error-review-future-date = Hindi maaaring nasa hinaharap ang petsa ng pag-apruba ({ $date }).
error-review-retired = Hindi na aktibo ang patakarang “{ $id }”.
error-search-empty-query = Walang salitang hahanapin.
error-search-too-long = Masyadong mahaba ang hinahanap ({ $length } character; hanggang 1,000 lang).
error-search-index = Nagka-error ang search index: { $reason }
error-export-nothing-approved = Walang mai-export: walang patakarang may inaprubahang rebisyon.
error-export-write = Hindi maisulat ang { $path }: { $reason }
error-export-build = Hindi nabuo ang dokumento: { $reason }
error-i18n-broken = Sira ang mga salin ng { $locale }: { $reason }
