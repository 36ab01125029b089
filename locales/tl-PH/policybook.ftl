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
action-submitting = pagsusumite
action-approving = pag-apruba
action-rejecting = pagtanggi
translation-source = orihinal
translation-current = napapanahon
translation-stale = luma na
translation-missing = wala

## The employee handbook (DOCX)

handbook-default-title = Handbook ng mga Empleyado
handbook-language = Wika: { $language }
handbook-exported = In-export noong { $date }
handbook-as-of = Gaya noong { $date } (in-export noong { $exported })
handbook-contents = Nilalaman
handbook-policy-meta = Epektibo simula { $date } · Rebisyon { $revision } · Inaprubahan ni { $approver }
# Word fills in the page numbers: keep { $page } and { $pages } where they belong.
handbook-page = Pahina { $page } ng { $pages }
handbook-translation-pending = Hinihintay pa ang salin: ipinapakita ang patakarang ito sa { $language }, ang orihinal nitong wika.
handbook-notes = Mga Tala

## Redline documents

redline-title = { $title }: mga pagbabago mula rebisyon { $from } hanggang rebisyon { $to }
acks-report-title = Ulat ng mga pagkilala
acks-report-as-of = Hanggang { $date }
acks-report-due-days = Takdang kilalanin sa loob ng { $days } araw mula sa pag-apruba.
acks-report-none = Walang patakarang may aprubadong teksto na makikilala.
acks-report-policy = Umiiral ang rebisyon { $revision }; babasahin ang rebisyon { $required }, inaprubahan noong { $date }
acks-report-audience = Para sa: { $groups }
acks-report-everyone = lahat
acks-report-figures = { $readers } mambabasa: { $done } kumilala, { $pending } hindi pa takdang araw, { $overdue } lampas na.
acks-report-acknowledged = Kumilala
acks-report-overdue = Lampas na
acks-report-stale = nahuhuli ang salin sa pinagmulan
acks-col-person = Tao
acks-col-date = Petsa
acks-col-language = Wika
acks-col-revision = Rebisyon
acks-col-due = Takdang araw

## Review reminders

ics-summary = Dapat nang i-review: { $title } ({ $language })
# Filipino `one` covers 1, 2, 3, 5, 7, 8, 11…: every variant carries the number.
notify-overdue =
    { $count ->
        [one] { $count } review ng patakaran ang lampas na sa takdang petsa.
       *[other] { $count } review ng patakaran ang lampas na sa takdang petsa.
    }
notify-unread =
    { $count ->
        [one] May { $count } patakarang babasahin at kikilalanin.
       *[other] May { $count } patakarang babasahin at kikilalanin.
    }

## Command-line output

# Ang paraan ng command line para gawin ang hinihingi ng error (idinadagdag sa mensahe).
cli-hint-identity-none = (patakbuhin: policybook identity new --name NAME --email EMAIL)
cli-hint-people-no-identity = (patakbuhin: policybook identity new --name NAME --email EMAIL)
cli-hint-ack-no-name = (gamit ang --as NAME)
cli-hint-word-tracked-changes = (gamit ang --accept-changes)
cli-hint-sync-no-remote = (patakbuhin: policybook remote set URL)
cli-hint-people-not-listed = (patatakbuhin ng admin: policybook people add)
cli-hint-ack-signed = (patatakbuhin ng admin: policybook people add)
cli-imported = na-import ang { $id } ({ $lang }) rebisyon { $revision }
cli-unchanged = walang pagbabago: { $id } ({ $lang })
cli-import-summary =
    { $new ->
        [one] { $new } bagong rebisyon
       *[other] { $new } bagong rebisyon
    }, { $unchanged } walang pagbabago.
cli-preview-policy = { $id } ({ $lang }) “{ $title }” sa { $category }, { $chars } karakter
cli-preview-translation = ipapares bilang salin ng “{ $id }”
cli-preview-summary =
    { $count ->
        [one] { $count } patakaran ang ii-import (walang naisulat).
       *[other] { $count } patakaran ang ii-import (walang naisulat).
    }
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
cli-no-remote = Hindi nakabahagi ang handbook na ito (ibahagi sa policybook remote set URL).
cli-not-signed = walang lagda
cli-synced = Naka-sync sa { $remote }: { $pulled } ang nakuha, { $pushed } ang naipadala, { $waiting } ang naghihintay ipadala.
cli-synced-acks = Mga pagkilala: { $pulled } kinuha, { $pushed } ipinadala.
cli-demo = Na-import ang demo handbook: { $count } teksto ng patakaran.
cli-read-only = Basa lamang: tinatanggihan ng remote ang mga pagbabago ng desk na ito ({ $reason }); kumukuha lamang ang handbook.
cli-refused = Tinanggihan ang { $action } ni { $by }: { $reason }
cli-conflict = Salungatan: ang rebisyon { $ours } ng “{ $id }” ({ $lang }) ay isinulat mula sa rebisyon { $base } habang nag-save ang ibang desk ng rebisyon { $theirs }; mag-save ng bagong rebisyon para malutas ito.
cli-unread-none = Walang babasahin si { $who }.
cli-unread-count = May { $count } na babasahin si { $who }:
cli-unread-item = { $id } ({ $lang }) rebisyon { $revision } “{ $title }”, takdang araw { $date }
cli-unread-overdue = { $id } ({ $lang }) rebisyon { $revision } “{ $title }”, LAMPAS na mula { $date }
cli-unread-since = nagbago mula sa rebisyon { $revision }, na kinilala mo
cli-unread-never = hindi pa nababasa: ang buong teksto
cli-unread-stale = nahuhuli ang salin na ito sa pinagmulan ({ $source } rebisyon { $revision }): basahin din ang pinagmulan
cli-acked = Nabasa at naunawaan ni { $who } ang { $id } ({ $lang }) rebisyon { $revision }.
cli-acked-already = Nakilala na ni { $who } ang { $id } ({ $lang }) rebisyon { $revision }.
cli-acks-as-of = Mga pagkilala hanggang { $date }
cli-acks-policy = { $id } ({ $lang }) rebisyon { $revision }, inaprubahan { $date }: { $readers } mambabasa, { $done } kumilala, { $pending } hindi pa takdang araw, { $overdue } lampas na
cli-audience = Para sa { $id }: { $groups }
cli-audience-everyone = Para sa lahat ang { $id }.
cli-readers-none = Wala pang mambabasa (policybook readers set NAME --groups GROUP para magdagdag).
error-sync-no-remote = Hindi nakabahagi ang handbook na ito: itakda muna ang remote nito.
error-sync-bad-url = Ang “{ $url }” ay hindi magagamit na address ng remote: { $reason }
error-sync-unreachable = Hindi maabot ang remote na { $remote }: { $reason }
error-sync-not-a-handbook = Walang Policybook handbook sa remote na { $remote }; walang binago.
error-sync-rewritten = Binago ang kasaysayan ng remote na { $remote } (wala na rito ang commit na { $commit } na naka-sync dito: force-push?); walang binago.
error-sync-unrelated = Ibang handbook ang nasa remote na { $remote }, at may sariling kasaysayan ang handbook na ito; walang binago (i-clone na lang ang remote sa bagong handbook).
error-sync-damaged = Sira ang handbook ng remote: { $what }; walang binago.
error-sync-push-refused = Tinanggihan ng remote na { $remote } ang mga pagbabago: { $reason }
error-sync-busy = Patuloy na nagbago ang remote na { $remote } habang nagsi-sync; pakisubukang muli.
error-sync-exists = Mayroon na ang { $path }: mag-clone sa bagong file.
error-sync-already-shared = Ibinabahagi na ang handbook na ito sa pamamagitan ng { $remote }: itigil muna ang pagbabahagi para magbukas ng ibang nakabahaging handbook.
error-sync-refused = Tinanggihan ang commit na { $commit } ng remote: { $reason }; walang binago.
error-sync-cannot-send = Hindi maipadala ang mga pagbabago ng desk na ito: { $reason } (walang ipinadala).
error-identity-none = Wala pang pagkakakilanlan ang desk na ito: gumawa muna ng isa.
error-identity-exists = May pagkakakilanlan na sa { $path }: pinanatili ito (ilipat muna ito para gumawa ng iba).
error-identity-file = Ang file ng pagkakakilanlan na { $path }: { $reason }
error-identity-bad-key = Ang file ng pagkakakilanlan na { $path } ay hindi OpenSSH Ed25519 private key na walang passphrase: { $reason }
error-identity-bad-public-key = Ang “{ $key }” ay hindi OpenSSH Ed25519 public key (ssh-ed25519 AAAA…): { $reason }
error-identity-invalid = { $reason }
error-people-bad-role = Ang “{ $role }” ay hindi isang tungkulin: admin, manager, editor o staff.
error-people-no-identity = Nilagdaan ang handbook na ito: gawin muna ang iyong pagkakakilanlan at hilingin sa isang admin na idagdag ang key nito.
error-people-not-listed = Wala sa listahan ng mga tao ng handbook na ito ang iyong key na { $key }: hilingin sa isang admin na idagdag ito.
error-people-removed = Inalis ang iyong key na { $key } sa handbook na ito simula { $date }.
error-people-not-allowed = Si { $who } ay { $role }: hindi maaaring mag-{ $action } ang isang { $role }.
error-people-not-you = Ikaw si { $me } (key { $key }) sa nilagdaang handbook na ito: hindi ka maaaring kumilos bilang { $other }.
error-people-unknown = Walang taong may pangalan o key na “{ $who }” sa listahan ng mga tao ng handbook na ito.
error-people-name-taken = Ang pangalang { $who } ay sa ibang tao sa handbook na ito (ibang email): pumili ng ibang pangalan.
error-people-key-taken = Ang key na { $key } ay kay { $who } na.
error-people-last-admin = Si { $who } ang huling admin ng handbook: magdagdag muna ng isa pang admin.
error-ack-not-in-force = Ang rebisyon { $revision } ng “{ $id }” ({ $lang }) ay hindi ang tekstong umiiral (iyon ay rebisyon { $newest }): basahin at kilalanin ang rebisyon { $newest }.
error-ack-nothing-approved = Walang aprubadong teksto ang patakarang “{ $id }” sa { $lang } na makikilala.
error-ack-nothing-in-force = Walang aprubadong teksto ang patakarang “{ $id }” sa { $lang } na umiiral noong { $date }.
error-ack-retired = Retirado na ang patakarang “{ $id }”: walang kikilalanin.
error-ack-no-name = Sabihin kung sino ang nagbabasa.
error-ack-bad-name = Hindi magagamit na pangalan ang “{ $who }” (isang linya, 1 hanggang 200 titik).
error-ack-bad-group = Hindi magagamit na pangalan ng grupo ang “{ $group }” (1 hanggang 60 titik, walang kuwit o bagong linya).
error-ack-bad-days = Panahon ng pagkilala na “{ $days }” araw: magbigay ng buong bilang mula 1 hanggang 365.
error-ack-unknown-reader = Walang nagngangalang “{ $who }” sa listahan ng mga mambabasa.
error-ack-signed = May lagda ang handbook na ito: ang mga mambabasa nito ay ang mga tao nito, at isang admin ang nagtatakda ng kanilang grupo.
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
error-import-too-large = { $file }: { $size } MB ito, mas malaki kaysa sa puwedeng laki ng isang patakaran ({ $max } MB).
error-word-encrypted = { $file }: may password ang dokumento: alisin ang password sa Word (File › Info › Protect Document) at i-import itong muli.
error-word-legacy-doc = { $file }: dokumentong Word 97–2003 (.doc): i-save ito bilang Word Document (.docx) at iyon ang i-import.
error-word-macros = { $file }: dokumentong may macro (.docm): walang na-import at hindi pinatakbo o itinago ang mga macro nito; i-save ito bilang Word Document (.docx) at iyon ang i-import.
error-word-not-zip = { $file }: hindi ito dokumentong Word (ang .docx ay isang zip package).
error-word-not-word = { $file }: hindi ito dokumentong Word (walang pangunahing bahaging word/document.xml).
error-word-too-big = { $file }: tinanggihan: { $what }.
error-word-malformed = { $file }: { $part }: sira: { $reason }
error-word-tracked-changes = { $file }: { $count } tracked change, ang una ay sa ilalim ng { $place }: tanggapin o tanggihan muna ang mga ito sa Word, o i-import ang mga ito nang tinatanggap.
error-word-empty = { $file }: walang teksto ang dokumento.
error-store-not-a-database = Ang { $path } ay hindi handbook ng Policybook (hindi ito SQLite database, o sira ito).
error-store-too-new = Ginawa ang handbook na ito ng mas bagong bersyon ng Policybook.
error-store-read-only = Hindi maisulat ang handbook: { $reason }
error-store-unwritable = Mababasa lamang ang { $path } (read-only ang file, folder o disk nito); walang binago.
error-store-disk-full = Puno na ang disk; walang binago.
error-store-busy = Ginagamit ang handbook ng ibang program; pakisubukang muli.
error-store-no-policy = Walang patakarang “{ $id }”.
error-store-no-revision = Walang rebisyon { $revision } sa { $lang } ang patakarang “{ $id }”.
error-store-no-language = Walang teksto sa { $lang } ang patakarang “{ $id }”.
error-store-exists = Mayroon nang patakarang “{ $id }”.
error-store-review-cycle = Sinusuri ang patakaran tuwing 1 hanggang 120 buwan, hindi { $months }.
error-store-no-text = Kailangan ng rebisyon ng kaunting teksto.
error-store-no-title = Kailangan ng rebisyon ng pamagat.
error-store-no-author = Kailangan ng rebisyon ng may-akda.
error-store-unknown-setting = Walang setting na “{ $key }” (mayroon: { $known }).
error-store-not-empty = Sa walang-lamang handbook lang inilalagay ang demo; may mga patakaran o setting na ito.
error-store-out-of-order = Hindi sumusunod ang rebisyon { $revision } ng “{ $id }” ({ $lang }) sa rebisyon { $newest }.
error-store-hash-mismatch = Hindi tugma sa hash nito ang teksto ng rebisyon { $revision } ng “{ $id }” ({ $lang }).
error-store-retired-already = Hindi na aktibo ang patakarang “{ $id }” noon pa.
error-store-no-source-revision = Walang rebisyon { $revision } sa { $lang } ang patakarang “{ $id }” na maisasalin.
error-store-bad-id = Hindi magagamit na id ng patakaran ang “{ $id }”: mga titik, numero, “-”, “_” at “.”, nagsisimula sa titik o numero, hanggang 100.
error-store-too-large = { $size } MB ang teksto, mas malaki kaysa sa puwedeng laki ng isang patakaran ({ $max } MB).
error-store-sqlite = Error sa database: { $reason }
error-store-io = Problema sa pagbasa o pagsulat ng { $path }: { $reason }
error-review-own-revision = Si { $who } ang sumulat ng rebisyon { $revision } ng “{ $id }” ({ $lang }); ibang tao ang dapat mag-apruba nito.
error-review-wrong-status = Ang rebisyon { $revision } ng “{ $id }” ({ $lang }) ay “{ $status }”; para sa { $action }, kailangang “{ $needed }” ang rebisyon.
error-review-not-newest = Hindi pinakabago ang rebisyon { $revision } ng “{ $id }” ({ $lang }) (ang pinakabago ay { $newest }).
error-review-no-reason = Kailangan ng dahilan kapag tinatanggihan.
error-review-no-actor = Pakilagay ang inyong pangalan.
error-review-future-date = Hindi maaaring nasa hinaharap ang petsa ng pag-apruba ({ $date }).
error-review-before-revision = Hindi maaaring mas maaga ang petsa ng pag-apruba ({ $date }) kaysa sa pagkakasulat ng rebisyon ({ $written }).
error-image-too-large = Masyadong malaki ang larawan ({ $size } byte; hanggang { $max } lang).
error-image-not-a-picture = Hindi ito larawang PNG o JPEG.
error-image-unknown = Walang ganitong larawan sa handbook.
error-review-retired = Hindi na aktibo ang patakarang “{ $id }”.
error-search-empty-query = Walang salitang hahanapin.
error-search-too-long = Masyadong mahaba ang hinahanap ({ $length } character; hanggang 1,000 lang).
error-search-index = Nagka-error ang search index: { $reason }
error-search-busy = Abala ang search index sa ibang programa; subukang muli.
error-category-unknown = Walang patakaran sa kategoryang “{ $category }”.
error-category-too-long = Hanggang { $max } na character lamang ang pangalan ng kategorya.
error-export-nothing-approved = Walang mai-export: walang patakarang may inaprubahang rebisyon.
error-export-write = Hindi maisulat ang { $path }: { $reason }
error-export-build = Hindi nabuo ang dokumento: { $reason }
error-export-disk-full = Hindi maisulat ang { $path }: puno na ang disk; walang naisulat.
error-export-tampered = Ang rebisyon { $revision } ng patakarang “{ $id }” ({ $lang }) ay binago sa labas ng Policybook mula nang aprubahan; walang na-export (ipinapakita ng pagsuri sa handbook ang nagbago).
error-i18n-broken = Sira ang mga salin ng { $locale }: { $reason }

## Desktop app (ui/): every string the window shows. Shortcut keys come in as variables ($shortcut,
## $enter…), so that the key names stay as printed on the keyboard. Filipino `one` covers 1, 2, 3, 5…:
## counts carry the number and have no plural variants.

ui-skip-to-main = Lumaktaw sa pangunahing nilalaman
ui-loading = Naglo-load…
ui-close = Isara
ui-cancel = Kanselahin
ui-create = Gumawa
ui-dismiss = Alisin
ui-error-unknown = May nangyaring mali.
ui-toasts-label = Mga abiso
ui-readonly-tag = pagbasa lamang
ui-retired = hindi na aktibo

ui-nav-label = Pangunahing menu
ui-nav-search = Maghanap
ui-nav-new-policy = Bagong patakaran…
ui-nav-due = Dapat nang i-review
ui-nav-export = I-export ang handbook…
ui-nav-settings = Mga setting
ui-overdue-count = { $count } review na lampas na sa takdang petsa
ui-overdue-banner = { $count } review ng patakaran ang lampas na sa takdang petsa.
ui-overdue-show = Ipakita ang mga dapat i-review

ui-home-title = Handbook ng mga patakaran
ui-home-title-company = { $company }: handbook ng mga patakaran
ui-home-count =
    { $count ->
        [0] Wala pang patakaran sa handbook.
       *[other] May { $count } patakaran sa handbook.
    }
ui-home-hint = Pumili ng patakaran sa listahan, o pindutin ang { $shortcut } para maghanap.

ui-filter-label = Salain ang mga patakaran
ui-filter-placeholder = Salain…
ui-filter-none = Walang patakarang tumutugma sa pagsala.
ui-list-empty = Wala pang patakaran.
ui-list-label = Mga patakaran

ui-policy-meta = { $id } · { $category } · may-ari: { $owner } · nire-review tuwing { $months } buwan
ui-lang-tabs-label = Mga wika
ui-view-tabs-label = Tingnan
ui-tab-edit = I-edit
ui-tab-read = Basahin
ui-tab-history = Kasaysayan
ui-revision-line = Rebisyon { $revision } ni { $author }, { $date }
ui-no-text = Wala pang teksto sa { $language }.
ui-show-source = Ipakita ang teksto sa { $language }
ui-new-text = Isulat ang unang teksto sa { $language } ng patakarang ito.
ui-new-translation = Isulat dito ang salin sa { $language }; maipapakita sa tabi nito ang orihinal na teksto sa { $source }.
ui-title-label = Pamagat
ui-title-required = Kailangan ng pamagat (o simulan ang teksto sa isang heading).
ui-editor-label = Teksto (Markdown)
ui-editor-placeholder = Isulat ang patakaran sa Markdown…
ui-preview = Preview
ui-right-pane-label = Ipinapakita sa tabi ng editor
ui-source-text = Orihinal sa { $language }
ui-summary-label = Buod ng mga pagbabago
ui-summary-placeholder = Ano ang nagbago, at bakit?
ui-save-revision = I-save ang rebisyon
ui-saving = Sine-save…
ui-saved-revision = Na-save bilang rebisyon { $revision }, isang draft.
ui-nothing-to-save = Walang pagbabagong ise-save.
ui-unsaved-changes = May mga pagbabagong hindi pa naka-save (awtomatikong itinatabi)
ui-no-changes = Walang pagbabagong hindi naka-save
ui-shortcut-hint = Shortcut: { $shortcut }
ui-autosave-found = May itinabing pagbabagong hindi naka-save mula { $date }. Ibalik ba ang mga ito?
ui-autosave-restore = Ibalik
ui-autosave-discard = Itapon

ui-review-label = Review
ui-review-submit = Isumite para sa review
ui-review-approve = Aprubahan
ui-review-reject = Tanggihan…
ui-review-reason-label = Dahilan ng pagtanggi (kailangan)
ui-review-reject-confirm = Tanggihan ang rebisyon
ui-review-own-hint = Kayo ang sumulat ng rebisyong ito: ibang tao ang dapat mag-apruba nito.
ui-review-done-submit = Isinumite para sa review ang rebisyon { $revision }.
ui-review-done-approve = Inaprubahan ang rebisyon { $revision }.
ui-review-done-reject = Ibinalik sa draft ang rebisyon { $revision }.

ui-history-choose = Mga rebisyon: pumili ng dalawa para paghambingin
ui-history-compare = Paghambingin
ui-history-compare-rev = Ihambing ang rebisyon { $revision }
ui-history-revision = Rebisyon
ui-history-title = Pamagat
ui-history-author = May-akda
ui-history-date = Isinulat
ui-history-status = Katayuan
ui-history-summary = Buod
ui-history-pick-two = Pumili ng dalawang rebisyon para makita ang nagbago.
ui-approved-by = inaprubahan ni { $who } noong { $date }
ui-translated-from = isinalin mula sa { $language } rebisyon { $revision }
ui-diff-title = Mga pagbabago mula rebisyon { $from } hanggang rebisyon { $to }
ui-diff-old = Rebisyon { $revision } (mas luma)
ui-diff-new = Rebisyon { $revision } (mas bago)
ui-diff-side = Magkatabi
ui-diff-inline = Pinagsama
ui-diff-mode-label = Paano ipapakita ang mga pagbabago
ui-diff-stats = { $inserted } salitang idinagdag, { $deleted } salitang inalis
ui-diff-identical = Magkapareho ang teksto ng dalawang rebisyon.
ui-export-redline = I-export ang redline…
ui-exported-to = Na-save ang { $path }.
ui-filter-word = Dokumentong Word
ui-filter-calendar = Kalendaryo
ui-source-changed = Ang nagbago sa orihinal na { $language } mula nang isalin ito (rebisyon { $from } → { $to })
ui-translation-beside-source = Ang salin sa tabi ng orihinal
ui-translation-rev = { $language }, rebisyon { $revision }

ui-due-title = Dapat nang i-review
ui-due-window-label = Ipakita ang mga review na dapat gawin sa loob ng
ui-due-window = { $days } araw
ui-due-none = Walang review na dapat gawin sa panahong ito.
ui-due-in =
    { $days ->
        [0] takdang petsa ngayong araw
       *[other] takdang petsa sa loob ng { $days } araw
    }
ui-due-overdue-by = lampas na nang { $days } araw
ui-due-owner = May-ari: { $owner } · rebisyon { $revision }
ui-export-ics = I-export ang kalendaryo (.ics)…

ui-search-title = Maghanap sa handbook
ui-search-label = Mga salitang hahanapin
ui-search-placeholder = Maghanap sa lahat ng patakaran…
ui-search-lang-label = Wikang hahanapan
ui-search-all-langs = Lahat ng wika
ui-search-help = { $up } { $down } pumili · { $enter } buksan · { $escape } isara
ui-search-count =
    { $count ->
        [0] Walang tumutugmang patakaran.
       *[other] { $count } resulta
    }
ui-search-results = Mga resulta

ui-export-title = I-export ang handbook ng mga empleyado
ui-export-lang = Wika
ui-export-categories = Mga kategorya
ui-export-no-categories = Pumili ng kahit isang kategorya.
ui-export-missing = Mga patakarang wala pang salin
ui-export-missing-source = Isama sa kanilang orihinal na wika
ui-export-missing-skip = Huwag isama
ui-export-embed-fonts = Isama ang mga font (tama ang Bengali at Urdu sa anumang computer)
ui-export-doc-title = Pamagat ng dokumento
ui-export-run = I-export…
ui-export-progress = Ine-export ang { $done } sa { $total }…
ui-export-done = Na-export ang { $count } patakaran sa { $path }.

ui-new-policy-title = Bagong patakaran
ui-new-policy-id = ID ng patakaran
ui-new-policy-id-help = Mga titik, numero, “-”, “_” at “.”, na nagsisimula sa titik o numero; hanggang 100.
ui-new-policy-category = Kategorya
ui-new-policy-owner = May-ari
ui-new-policy-months = I-review tuwing (buwan)
ui-new-policy-months-whole = Ibigay ang siklo ng pagsusuri bilang buong bilang ng buwan.
ui-new-policy-lang = Orihinal na wika
ui-policy-created = Nagawa ang patakarang { $id }: isulat na ang teksto nito.

ui-settings-title = Mga setting
ui-settings-who = Pakilagay ang inyong pangalan: itinatala ito sa bawat rebisyon at review.
ui-settings-user = Ang inyong pangalan
ui-settings-user-help = Itatala bilang may-akda ng inyong mga rebisyon at review.
ui-identity-title = Ang iyong pagkakakilanlan
ui-identity-none = Wala pang pagkakakilanlan ang desk na ito. Gumawa ng isa: isang pares ng key na nananatili sa computer na ito at lumalagda sa isinusulat at inaaprubahan mo sa nakabahaging handbook.
ui-identity-name = Pangalan
ui-identity-email = Email
ui-identity-create = Gawin ang aking pagkakakilanlan
ui-identity-made = Nagawa na ang iyong pagkakakilanlan. Ibigay ang iyong public key sa admin ng handbook.
ui-identity-fingerprint = Fingerprint ng key:
ui-identity-public-key = Public key
ui-identity-key-help = Nananatili sa computer na ito ang private key; ang public key lang ang nakikita ng iba.
ui-identity-not-listed = wala sa listahan ng mga tao ng handbook na ito
ui-people-title = Mga tao
ui-people-none = Walang tao ang handbook na ito: hindi ito nilagdaan, at tina-type ang mga pangalan.
ui-people-role = Tungkulin
ui-people-key = Key
ui-people-add = Magdagdag ng tao
ui-people-remove = Alisin ang key
ui-people-remove-confirm = Alisin ang key ni { $who } simula ngayon? Mananatiling balido ang nilagdaan niya dati.
ui-people-removed-from = inalis simula { $date }
ui-sync-title = Pagbabahagi
ui-sync-now = I-sync
ui-sync-running = Nagsi-sync…
ui-sync-last = Na-sync { $when }
ui-sync-never = Hindi pa na-sync
ui-sync-waiting = { $count ->
    [one] isang pagbabagong naghihintay maipadala
   *[other] { $count } pagbabagong naghihintay maipadala
}
ui-sync-read-only = Basa lamang: hindi tinatanggap ng remote ang mga pagbabago ng desk na ito ({ $reason }). Nananatili ang mga ito rito.
ui-sync-conflicts = { $count ->
    [one] Isang salungatang aayusin:
   *[other] { $count } salungatang aayusin:
}
ui-sync-done = Na-sync: { $pulled } pumasok, { $pushed } lumabas.
ui-sync-refused = Tinanggihan ({ $action }): { $reason }
ui-conflict-title = Salungatan: { $id } ({ $language })
ui-conflict-help = Binago ng dalawang desk ang tekstong ito habang magkahiwalay. Naunang dumating ang rebisyon { $theirs } mula sa ibang desk; ang teksto ng desk na ito ay rebisyon { $ours }. Parehong nagsimula sa rebisyon { $base }. Mag-save ng bagong rebisyon para maayos ito.
ui-conflict-theirs = Mga pagbabago ng ibang desk (rebisyon { $base } → { $theirs })
ui-conflict-ours = Mga pagbabago ng desk na ito (rebisyon { $base } → { $ours })
ui-conflict-edit = I-edit at ayusin
ui-share-title = Ibahagi sa pamamagitan ng git repository
ui-share-help = Ibigay ang address ng isang walang-lamang repository sa forge (GitLab, GitHub, Gitea) o server ng inyong kumpanya. Ilalathala ng unang sync ang buong handbook kasama ang kasaysayan nito.
ui-share-url = Address ng repository
ui-share-run = Ibahagi at i-sync
ui-share-remote = Ibinabahagi sa pamamagitan ng
ui-share-stop = Itigil ang pagbabahagi
ui-share-stop-confirm = Itigil ang pagbabahagi ng handbook na ito? Mananatili ito rito gaya ng dati; magpapatuloy kung ibabahagi muli sa parehong address.
ui-confirm-yes = Oo, ituloy
ui-join-title = O magbukas ng nakabahaging handbook
ui-join-help = Nagbabahagi na ba ng handbook ang inyong team? Buksan ito rito sa halip na ito. Itatabi ang handbook na ito sa sarili nitong file.
ui-join-run = Buksan ang nakabahaging handbook
ui-joined = Bukas na ang nakabahaging handbook. Nakatabi ang nauna sa { $path }.
ui-link-no-policy = Walang patakarang “{ $id }” ang handbook na ito.
ui-link-title = Isang link palabas ng Policybook
ui-link-open = Palabas ng handbook ang link na ito, papunta sa:
ui-link-go = Buksan sa browser
role-admin = admin
role-manager = manager
role-editor = editor
role-staff = kawani
ui-signed = nilagdaan { $key }…
ui-not-signed = walang lagda
ui-settings-company = Pangalan ng kompanya
ui-settings-lang = Wika ng app
ui-settings-readonly = Pagbasa lamang (para sa mga kawani)
ui-settings-readonly-help = Ipinapakita ang handbook nang walang anumang kontrol sa pag-edit o pag-review.
ui-settings-saved = Na-save ang mga setting.
ui-settings-db = File ng handbook: { $path }

ui-read-only-refused = Naka-read-only ang app: patayin ito sa Mga Setting para makapagbago.
ui-internal-error = May nagkamali sa loob ng Policybook. Walang nabago; maaari kang magpatuloy.
ui-no-save-target = Piliin muli kung saan ise-save ang file.
ui-bad-link = Hindi ito address ng web o mail: { $url }
ui-no-browser = Hindi mabuksan ang { $url }: { $reason }
ui-prefs-unsaved = Hindi mai-save ang iyong mga setting sa { $path }: { $reason }
ui-nav-read = Babasahin
ui-read-count =
    { $count ->
        [one] Isang patakarang babasahin
       *[other] { $count } patakarang babasahin
    }
ui-read-start =
    { $count ->
        [one] May isa kang patakarang babasahin at kikilalanin.
       *[other] May { $count } kang patakarang babasahin at kikilalanin.
    }
ui-read-title = Babasahin
ui-read-person = Nagbabasa bilang { $who }
ui-read-none = Walang babasahin: nakilala mo na ang bawat patakarang para sa iyo.
ui-read-list-label = Mga patakarang babasahin
ui-read-due = Takdang araw { $date }
ui-read-overdue = Lampas na mula { $date }
ui-read-never = Hindi pa nababasa
ui-read-since = Nagbago mula sa rebisyon { $revision }
ui-read-revision = Rebisyon { $revision }, umiiral
ui-read-stale = Nahuhuli ang salin na ito sa umiiral na tekstong { $language }: basahin din iyon.
ui-read-show-source = Ipakita ang pinagmulan
ui-read-hide-source = Itago ang pinagmulan
ui-read-changes-since = Ang nagbago mula sa rebisyon { $revision }, na kinilala mo:
ui-read-you-read = Rebisyon { $revision } (nabasa mo)
ui-read-in-force = Rebisyon { $revision } (umiiral)
ui-read-whole = Hindi mo pa nababasa ang patakarang ito: narito ang kabuuan.
ui-read-ack = Nabasa at naunawaan ko
ui-read-acked = Kinilala: { $title }, rebisyon { $revision }.
ui-nav-acks = Mga pagkilala
ui-acks-title = Mga pagkilala
ui-acks-as-of = Hanggang
ui-acks-refresh = I-refresh
ui-acks-export = I-export ang ulat (Word)
ui-acks-due-days = Takdang kilalanin sa loob ng { $days } araw mula sa pag-apruba; hanggang { $date }.
ui-acks-none = Walang patakarang may aprubadong teksto na makikilala.
ui-acks-policy = Patakaran
ui-acks-audience = Para sa
ui-acks-everyone = lahat
ui-acks-readers = Mambabasa
ui-acks-done = Kumilala
ui-acks-pending = Hindi pa takdang araw
ui-acks-overdue = Lampas na
ui-acks-revision = rebisyon { $revision }, inaprubahan { $date }
ui-acks-overdue-title = Lampas na
ui-acks-due-on = takdang araw { $date }
ui-acks-given-title = Kumilala
ui-acks-entry = rebisyon { $revision }, { $date }
ui-acks-stale = nahuhuli ang salin sa pinagmulan
ui-acks-signed = may lagda
ui-acks-none-given = Wala pang pagkilala.
ui-review-editorial = Pananalita lang ang nagbago (hindi na kailangang basahing muli ng mga kawani)
ui-in-force-approved = umiiral: inaprubahan noong { $date } ni { $approver }
ui-no-text-in-force = Wala pang aprubado sa { $language }: hindi ipinapakita ang draft hangga’t hindi naaaprubahan.
ui-export-as-of = Gaya noong (opsiyonal)
ui-export-as-of-help = Ang mga tekstong umiiral noong araw na iyon; kung walang laman: ang handbook ngayon.
ui-acks-days-label = Mga araw para kumilala mula sa pag-apruba
ui-home-empty = Walang laman ang handbook na ito. Magsimula sa demo handbook (isang dosenang patakaran sa serbisyo sa customer sa apat na wika) para makita ang lahat, o isulat ang una mong patakaran.
ui-home-demo = I-load ang demo handbook
ui-audience-for = Para sa: { $groups }
ui-audience-change = Baguhin
ui-audience-label = Para sa mga grupo
ui-audience-placeholder = hal. tindahan, contact centre (walang laman: lahat)
ui-audience-help = Paghiwalayin ng kuwit ang mga grupo; kapag walang grupo, para sa lahat.
ui-audience-save = I-save
ui-readers-title = Mga mambabasa at ang kanilang grupo
ui-readers-none = Wala pang nakalistang mambabasa.
ui-readers-name = Pangalan
ui-readers-groups = Mga grupo
ui-readers-set = Itakda ang grupo

# Import from Word, in the window.
ui-nav-import = Mag-import mula sa Word…
ui-import-title = Mag-import mula sa Word
ui-import-choose = Pumili ng file…
ui-import-help = Hinahati sa mga patakaran ang handbook na Word (.docx) ayon sa mga heading nito; tig-isang patakaran ang bawat file na Markdown at text. Walang maisusulat hangga’t hindi ka nag-iimport.
ui-filter-import = Word, Markdown o text
ui-import-lang = Wika
ui-import-lang-auto = Ayon sa sulat at mga salita ng bawat patakaran
ui-import-split = Hatiin sa mga patakaran sa
ui-import-split-level = mga heading na antas { $level }
ui-import-category = Kategorya ng bawat patakaran
ui-import-category-auto = ang heading na nagbubuklod dito
ui-import-accept-changes = Tanggapin ang mga tracked change
ui-import-pair = Ipares bilang salin ng handbook na Word na na-import na
ui-import-summary = { $count ->
    [one] Isang patakaran ang ii-import:
   *[other] { $count } patakaran ang ii-import:
}
ui-import-col-id = Id
ui-import-col-title = Pamagat
ui-import-col-category = Kategorya
ui-import-col-lang = Wika
ui-import-col-chars = Karakter
ui-import-col-notes = Tala
ui-import-translation-of = salin ng “{ $id }”
ui-import-run = { $count ->
    [one] I-import ang isang patakaran
   *[other] I-import ang { $count } patakaran
}
ui-import-done = Na-import: { $count } bagong rebisyon, { $unchanged } walang pagbabago.
ui-no-open-file = Piliin muli ang file na ii-import.
