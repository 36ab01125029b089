# Policybook — English (United States). The source of truth for every message: the other locales
# must have exactly these messages, with the same variables.

## Languages, as their names are written in this locale

lang-en = English
lang-bn = Bengali
lang-tl = Tagalog
lang-ur = Urdu

## Dates

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# $day and $year come already written in this locale's digits.
date-long = { $month } { $day }, { $year }

## Workflow and translation states

status-draft = draft
status-in_review = in review
status-approved = approved
action-submitting = submitting
action-approving = approving
action-rejecting = rejecting
translation-source = source
translation-current = current
translation-stale = out of date
translation-missing = missing

## The employee handbook (DOCX)

handbook-default-title = Employee Handbook
handbook-language = Language: { $language }
handbook-exported = Exported on { $date }
handbook-as-of = As it stood on { $date } (exported on { $exported })
handbook-contents = Contents
handbook-policy-meta = Effective { $date } · Revision { $revision } · Approved by { $approver }
# Word fills in the page numbers: keep { $page } and { $pages } where they belong.
handbook-page = Page { $page } of { $pages }
handbook-translation-pending = Translation pending: this policy is shown in { $language }, its source language.
handbook-notes = Notes

## Redline documents

redline-title = { $title }: changes from revision { $from } to revision { $to }
acks-report-title = Acknowledgement report
acks-report-as-of = As of { $date }
acks-report-due-days = Acknowledgements are due { $days } days after approval.
acks-report-none = No policy has an approved text to acknowledge.
acks-report-policy = Revision { $revision } in force; revision { $required } to be read, approved on { $date }
acks-report-audience = For: { $groups }
acks-report-everyone = everyone
acks-report-figures = { $readers } readers: { $done } acknowledged, { $pending } not yet due, { $overdue } overdue.
acks-report-acknowledged = Acknowledged
acks-report-overdue = Overdue
acks-report-stale = translation behind its source
acks-col-person = Person
acks-col-date = Date
acks-col-language = Language
acks-col-revision = Revision
acks-col-due = Due

## Review reminders

ics-summary = Review due: { $title } ({ $language })
notify-overdue =
    { $count ->
        [one] One policy review is overdue.
       *[other] { $count } policy reviews are overdue.
    }
notify-unread =
    { $count ->
        [one] One policy to read and acknowledge.
       *[other] { $count } policies to read and acknowledge.
    }

## Command-line output

# The command line's own way to do what an error asks (added to the core's message, which names
# no command or flag: the window shows the same message).
cli-hint-identity-none = (run: policybook identity new --name NAME --email EMAIL)
cli-hint-people-no-identity = (run: policybook identity new --name NAME --email EMAIL)
cli-hint-ack-no-name = (with --as NAME)
cli-hint-word-tracked-changes = (with --accept-changes)
cli-hint-sync-no-remote = (run: policybook remote set URL)
cli-hint-people-not-listed = (an admin runs: policybook people add)
cli-hint-ack-signed = (an admin runs: policybook people add)
cli-imported = imported { $id } ({ $lang }) revision { $revision }
cli-unchanged = unchanged { $id } ({ $lang })
cli-import-summary =
    { $new ->
        [one] One new revision
       *[other] { $new } new revisions
    }, { $unchanged } unchanged.
cli-preview-policy = { $id } ({ $lang }) “{ $title }” in { $category }, { $chars } characters
cli-preview-translation = the translation of “{ $id }”, which it pairs with
cli-preview-summary =
    { $count ->
        [one] One policy would be imported (nothing was written).
       *[other] { $count } policies would be imported (nothing was written).
    }
cli-empty = The handbook is empty. Import policies with “policybook import FOLDER”.
cli-retired-tag = retired
cli-created = Created policy { $id }.
cli-saved-draft = Saved { $id } ({ $lang }) revision { $revision } as a draft.
cli-submitted = { $id } ({ $lang }) revision { $revision } submitted for review.
cli-approved = { $id } ({ $lang }) revision { $revision } approved.
cli-rejected = { $id } ({ $lang }) revision { $revision } sent back to draft.
cli-retired = Retired { $id }: kept with its history, no longer exported.
cli-no-due = No reviews due.
cli-overdue = OVERDUE
cli-due = due
cli-owner = owner: { $owner }
cli-intact = The handbook is intact.
cli-problems =
    { $count ->
        [one] One problem found.
       *[other] { $count } problems found.
    }
cli-no-hits = No policies match.
cli-reindexed = Rebuilt the search index: { $count } revisions.
cli-backup = Backed up to { $path }.
cli-no-remote = This handbook is not shared (policybook remote set URL shares it).
cli-not-signed = not signed
cli-synced = Synced with { $remote }: { $pulled } pulled, { $pushed } pushed, { $waiting } waiting to go out.
cli-synced-acks = Acknowledgements: { $pulled } pulled, { $pushed } pushed.
cli-demo = Imported the demo handbook: { $count } policy texts.
cli-read-only = Read-only: the remote refuses this desk's changes ({ $reason }); the handbook only pulls.
cli-refused = Refused { $action } by { $by }: { $reason }
cli-conflict = Conflict: “{ $id }” ({ $lang }) revision { $ours } was written from revision { $base } while another desk saved revision { $theirs }; save a new revision to resolve it.
cli-unread-none = { $who } has nothing to read.
cli-unread-count = { $who } has { $count } to read:
cli-unread-item = { $id } ({ $lang }) revision { $revision } “{ $title }”, due { $date }
cli-unread-overdue = { $id } ({ $lang }) revision { $revision } “{ $title }”, OVERDUE since { $date }
cli-unread-since = changed since revision { $revision }, which you acknowledged
cli-unread-never = not read yet: the whole text
cli-unread-stale = this translation lags behind the source ({ $source } revision { $revision }): read the source too
cli-acked = { $who } has read and understood { $id } ({ $lang }) revision { $revision }.
cli-acked-already = { $who } had already acknowledged { $id } ({ $lang }) revision { $revision }.
cli-acks-as-of = Acknowledgements as of { $date }
cli-acks-policy = { $id } ({ $lang }) revision { $revision }, approved { $date }: { $readers } readers, { $done } acknowledged, { $pending } not yet due, { $overdue } overdue
cli-audience = { $id } concerns: { $groups }
cli-audience-everyone = { $id } concerns everyone.
cli-readers-none = No readers yet (policybook readers set NAME --groups GROUP adds one).
error-sync-no-remote = This handbook is not shared: set its remote first.
error-sync-bad-url = “{ $url }” is not a usable remote address: { $reason }
error-sync-unreachable = Cannot reach the remote { $remote }: { $reason }
error-sync-not-a-handbook = The remote { $remote } holds no Policybook handbook; nothing was changed.
error-sync-rewritten = The remote { $remote }'s history was rewritten (commit { $commit }, synced here, is gone from it: a force-push?); nothing was changed.
error-sync-unrelated = The remote { $remote } holds another handbook, and this handbook has its own history; nothing was changed (clone the remote into a new handbook instead).
error-sync-damaged = The remote's handbook is damaged: { $what }; nothing was changed.
error-sync-push-refused = The remote { $remote } refused the changes: { $reason }
error-sync-busy = The remote { $remote } kept changing while syncing; try again.
error-sync-exists = { $path } exists already: clone into a new file.
error-sync-already-shared = This handbook is shared through { $remote } already: stop sharing it first to open another shared handbook.
error-sync-refused = The remote's commit { $commit } is refused: { $reason }; nothing was changed.
error-sync-cannot-send = This desk's changes cannot go out: { $reason } (nothing was sent).
error-identity-none = This desk has no identity yet: make one first.
error-identity-exists = An identity exists already in { $path }: it is kept (move it away first to make another).
error-identity-file = The identity file { $path }: { $reason }
error-identity-bad-key = The identity file { $path } is not an unencrypted OpenSSH Ed25519 private key: { $reason }
error-identity-bad-public-key = “{ $key }” is not an OpenSSH Ed25519 public key (ssh-ed25519 AAAA…): { $reason }
error-identity-invalid = { $reason }
error-people-bad-role = “{ $role }” is not a role: admin, manager, editor or staff.
error-people-no-identity = This handbook is signed: make your identity first and ask an admin to add its key.
error-people-not-listed = Your key { $key } is not in this handbook's people list: ask an admin to add it.
error-people-removed = Your key { $key } was removed from this handbook from { $date }.
error-people-not-allowed = { $who } is { $role }: a { $role } may not { $action }.
error-people-not-you = You are { $me } (key { $key }) in this signed handbook: you cannot act as { $other }.
error-people-unknown = Nobody named or keyed “{ $who }” in this handbook's people list.
error-people-name-taken = The name { $who } belongs to another person in this handbook (another email): choose a distinct name.
error-people-key-taken = The key { $key } is already { $who }'s.
error-people-last-admin = { $who } is the handbook's last admin: add another admin first.
error-ack-not-in-force = Revision { $revision } of “{ $id }” ({ $lang }) is not the text in force (that is revision { $newest }): read revision { $newest } and acknowledge it.
error-ack-nothing-approved = Policy “{ $id }” has no approved text in { $lang } to acknowledge.
error-ack-nothing-in-force = Policy “{ $id }” had no approved text in { $lang } in force on { $date }.
error-ack-retired = Policy “{ $id }” is retired: there is nothing to acknowledge.
error-ack-no-name = Say who is reading.
error-ack-bad-name = “{ $who }” is not a usable name (one line, 1 to 200 characters).
error-ack-bad-group = “{ $group }” is not a usable group name (1 to 60 characters, no commas or line breaks).
error-ack-bad-days = An acknowledgement period of “{ $days }” days: give a whole number of days from 1 to 365.
error-ack-unknown-reader = Nobody named “{ $who }” in the readers' list.
error-ack-signed = This handbook is signed: its readers are its people, and an admin sets their groups.
cli-exported =
    Wrote { $path }: { $count ->
        [one] one policy
       *[other] { $count } policies
    }.
cli-export-progress = Exporting { $done } of { $total }…
cli-no-translations = No policies yet.

## Errors, by their stable code (dots and underscores become dashes)

error-import-unreadable = { $file }: cannot be read: { $reason }
error-import-not-utf8 = { $file }:{ $line }: not UTF-8 text (save it as UTF-8)
error-import-front-matter = { $file }:{ $line }: front matter: { $reason }
error-import-unknown-lang = { $file }: unknown language “{ $lang }” (expected en, bn, tl or ur)
error-import-invalid = { $file }: { $reason }
error-import-nothing-found = No Markdown or text files found in { $path }.
error-import-too-large = { $file }: { $size } MB is larger than a policy can be ({ $max } MB).
error-word-encrypted = { $file }: the document is protected by a password: remove the password in Word (File › Info › Protect Document) and import it again.
error-word-legacy-doc = { $file }: a Word 97–2003 document (.doc): save it as a Word Document (.docx) and import that.
error-word-macros = { $file }: a macro-enabled document (.docm): nothing was imported and its macros were neither run nor kept; save it as a Word Document (.docx) and import that.
error-word-not-zip = { $file }: not a Word document (a .docx is a zip package).
error-word-not-word = { $file }: not a Word document (no word/document.xml main part).
error-word-too-big = { $file }: refused: { $what }.
error-word-malformed = { $file }: { $part }: malformed: { $reason }
error-word-tracked-changes = { $file }: { $count } tracked changes, the first under { $place }: accept or reject them in Word first, or import them accepted.
error-word-empty = { $file }: the document has no text.
error-store-not-a-database = { $path } is not a Policybook handbook (not an SQLite database, or damaged).
error-store-too-new = This handbook was written by a newer Policybook.
error-store-read-only = The handbook cannot be written: { $reason }
error-store-unwritable = { $path } can only be read (its file, folder or disk is read-only); nothing was changed.
error-store-disk-full = The disk is full; nothing was changed.
error-store-busy = The handbook is busy in another program; try again.
error-store-no-policy = There is no policy “{ $id }”.
error-store-no-revision = Policy “{ $id }” has no revision { $revision } in { $lang }.
error-store-no-language = Policy “{ $id }” has no text in { $lang }.
error-store-exists = A policy “{ $id }” exists already.
error-store-review-cycle = A policy is reviewed every 1 to 120 months, not { $months }.
error-store-no-text = A revision needs some text.
error-store-no-title = A revision needs a title.
error-store-no-author = A revision needs an author.
error-store-unknown-setting = There is no setting “{ $key }” (known: { $known }).
error-store-not-empty = The demo goes into an empty handbook only; this one has policies or settings.
error-store-out-of-order = Revision { $revision } of “{ $id }” ({ $lang }) does not follow revision { $newest }.
error-store-hash-mismatch = The text of revision { $revision } of “{ $id }” ({ $lang }) does not match its hash.
error-store-retired-already = Policy “{ $id }” is retired already.
error-store-no-source-revision = Policy “{ $id }” has no { $lang } revision { $revision } to translate.
error-store-bad-id = “{ $id }” is not a usable policy id: letters, digits, “-”, “_” and “.”, starting with a letter or digit, at most 100.
error-store-too-large = The text is { $size } MB, larger than a policy can be ({ $max } MB).
error-store-sqlite = Database error: { $reason }
error-store-io = { $path }: { $reason }
error-review-own-revision = { $who } wrote revision { $revision } of “{ $id }” ({ $lang }); someone else must approve it.
error-review-wrong-status = Revision { $revision } of “{ $id }” ({ $lang }) is { $status }; { $action } needs a revision that is { $needed }.
error-review-not-newest = Revision { $revision } of “{ $id }” ({ $lang }) is not the newest (that is { $newest }).
error-review-no-reason = A rejection needs a reason.
error-review-no-actor = Say who you are.
error-review-future-date = An approval date must not be in the future ({ $date }).
error-review-before-revision = An approval date ({ $date }) must not be before the revision was written ({ $written }).
error-image-too-large = The picture is too large ({ $size } bytes; at most { $max }).
error-image-not-a-picture = This is not a PNG or JPEG picture.
error-image-unknown = The handbook holds no such picture.
error-review-retired = Policy “{ $id }” is retired.
error-search-empty-query = The search has no words to look for.
error-search-too-long = The search is too long ({ $length } characters; at most 1,000).
error-search-index = The search index failed: { $reason }
error-search-busy = The search index is busy in another program; try again.
error-category-unknown = No policy is in the category “{ $category }”.
error-category-too-long = A category name is at most { $max } characters long.
error-export-nothing-approved = Nothing to export: no policy has an approved revision.
error-export-write = { $path }: { $reason }
error-export-build = Building the document failed: { $reason }
error-export-disk-full = { $path }: the disk is full; nothing was written.
error-export-tampered = Policy “{ $id }” ({ $lang }) revision { $revision } was changed outside Policybook since it was approved; nothing was exported (a check of the handbook lists what changed).
error-i18n-broken = The translations of { $locale } are damaged: { $reason }

## Desktop app (ui/): every string the window shows. Shortcut keys come in as variables ($shortcut,
## $enter…), so that the key names stay as printed on the keyboard.

ui-skip-to-main = Skip to the main content
ui-loading = Loading…
ui-close = Close
ui-cancel = Cancel
ui-create = Create
ui-dismiss = Dismiss
ui-error-unknown = Something went wrong.
ui-toasts-label = Notifications
ui-readonly-tag = read-only
ui-retired = retired

ui-nav-label = Main menu
ui-nav-search = Search
ui-nav-new-policy = New policy…
ui-nav-due = Due for review
ui-nav-export = Export handbook…
ui-nav-settings = Settings
ui-overdue-count =
    { $count ->
        [one] One overdue review
       *[other] { $count } overdue reviews
    }
ui-overdue-banner =
    { $count ->
        [one] One policy review is overdue.
       *[other] { $count } policy reviews are overdue.
    }
ui-overdue-show = Show reviews due

ui-home-title = Policy handbook
ui-home-title-company = { $company }: policy handbook
ui-home-count =
    { $count ->
        [0] The handbook has no policies yet.
        [one] The handbook has one policy.
       *[other] The handbook has { $count } policies.
    }
ui-home-hint = Choose a policy from the list, or press { $shortcut } to search.

ui-filter-label = Filter the policies
ui-filter-placeholder = Filter…
ui-filter-none = No policy matches the filter.
ui-list-empty = No policies yet.
ui-list-label = Policies

ui-policy-meta =
    { $id } · { $category } · owner: { $owner } · reviewed every { $months ->
        [one] month
       *[other] { $months } months
    }
ui-lang-tabs-label = Languages
ui-view-tabs-label = View
ui-tab-edit = Edit
ui-tab-read = Read
ui-tab-history = History
ui-revision-line = Revision { $revision } by { $author }, { $date }
ui-no-text = There is no { $language } text yet.
ui-show-source = Show the { $language } text
ui-new-text = Write the first { $language } text of this policy.
ui-new-translation = Write the { $language } translation here; the { $source } source text can be shown beside it.
ui-title-label = Title
ui-title-required = A title is needed (or begin the text with a heading).
ui-editor-label = Text (Markdown)
ui-editor-placeholder = Write the policy in Markdown…
ui-preview = Preview
ui-right-pane-label = Shown beside the editor
ui-source-text = { $language } source
ui-summary-label = Summary of the changes
ui-summary-placeholder = What changed, and why?
ui-save-revision = Save revision
ui-saving = Saving…
ui-saved-revision = Saved as revision { $revision }, a draft.
ui-nothing-to-save = There are no changes to save.
ui-unsaved-changes = Unsaved changes (kept automatically)
ui-no-changes = No unsaved changes
ui-shortcut-hint = Shortcut: { $shortcut }
ui-autosave-found = Unsaved changes from { $date } were kept. Restore them?
ui-autosave-restore = Restore
ui-autosave-discard = Discard

ui-review-label = Review
ui-review-submit = Submit for review
ui-review-approve = Approve
ui-review-reject = Reject…
ui-review-reason-label = Reason for the rejection (required)
ui-review-reject-confirm = Reject the revision
ui-review-own-hint = You wrote this revision: someone else must approve it.
ui-review-done-submit = Revision { $revision } was submitted for review.
ui-review-done-approve = Revision { $revision } is approved.
ui-review-done-reject = Revision { $revision } was sent back to draft.

ui-history-choose = Revisions: choose two to compare
ui-history-compare = Compare
ui-history-compare-rev = Compare revision { $revision }
ui-history-revision = Revision
ui-history-title = Title
ui-history-author = Author
ui-history-date = Written
ui-history-status = Status
ui-history-summary = Summary
ui-history-pick-two = Choose two revisions to see what changed.
ui-approved-by = approved by { $who } on { $date }
ui-translated-from = translated from { $language } revision { $revision }
ui-diff-title = Changes from revision { $from } to revision { $to }
ui-diff-old = Revision { $revision } (older)
ui-diff-new = Revision { $revision } (newer)
ui-diff-side = Side by side
ui-diff-inline = Inline
ui-diff-mode-label = How to show the changes
ui-diff-stats =
    { $inserted ->
        [one] one word added
       *[other] { $inserted } words added
    }, { $deleted ->
        [one] one word removed
       *[other] { $deleted } words removed
    }
ui-diff-identical = The two revisions have the same text.
ui-export-redline = Export redline…
ui-exported-to = Saved { $path }.
ui-filter-word = Word document
ui-filter-calendar = Calendar
ui-source-changed = What changed in the { $language } source since this translation (revision { $from } → { $to })
ui-translation-beside-source = The translation beside its source
ui-translation-rev = { $language }, revision { $revision }

ui-due-title = Due for review
ui-due-window-label = Show reviews due within
ui-due-window =
    { $days ->
        [one] one day
       *[other] { $days } days
    }
ui-due-none = No reviews are due in this period.
ui-due-in =
    { $days ->
        [0] due today
        [one] due tomorrow
       *[other] due in { $days } days
    }
ui-due-overdue-by =
    { $days ->
        [one] one day overdue
       *[other] { $days } days overdue
    }
ui-due-owner = Owner: { $owner } · revision { $revision }
ui-export-ics = Export calendar (.ics)…

ui-search-title = Search the handbook
ui-search-label = Words to search for
ui-search-placeholder = Search all policies…
ui-search-lang-label = Language to search
ui-search-all-langs = All languages
ui-search-help = { $up } { $down } choose · { $enter } open · { $escape } close
ui-search-count =
    { $count ->
        [0] No policies match.
        [one] One result
       *[other] { $count } results
    }
ui-search-results = Results

ui-export-title = Export the employee handbook
ui-export-lang = Language
ui-export-categories = Categories
ui-export-no-categories = Choose at least one category.
ui-export-missing = Policies not yet translated
ui-export-missing-source = Include them in their source language
ui-export-missing-skip = Leave them out
ui-export-embed-fonts = Embed the fonts (Bengali and Urdu read right on any computer)
ui-export-doc-title = Document title
ui-export-run = Export…
ui-export-progress = Exporting { $done } of { $total }…
ui-export-done =
    { $count ->
        [one] Exported one policy to { $path }.
       *[other] Exported { $count } policies to { $path }.
    }

ui-new-policy-title = New policy
ui-new-policy-id = Policy id
ui-new-policy-id-help = Letters, digits, “-”, “_” and “.”, beginning with a letter or a digit; at most 100.
ui-new-policy-category = Category
ui-new-policy-owner = Owner
ui-new-policy-months = Review every (months)
ui-new-policy-months-whole = Give the review cycle as a whole number of months.
ui-new-policy-lang = Source language
ui-policy-created = Policy { $id } was created: write its text now.

ui-settings-title = Settings
ui-settings-who = Please say who you are: your name is recorded with every revision and review.
ui-settings-user = Your name
ui-settings-user-help = Recorded as the author of your revisions and reviews.
ui-identity-title = Your identity
ui-identity-none = This desk has no identity yet. Make one: a key pair that stays on this computer and signs what you write and approve in a shared handbook.
ui-identity-name = Name
ui-identity-email = Email
ui-identity-create = Make my identity
ui-identity-made = Your identity is made. Give your public key to the handbook's admin.
ui-identity-fingerprint = Key fingerprint:
ui-identity-public-key = Public key
ui-identity-key-help = The private key stays on this computer; others see only the public key.
ui-identity-not-listed = not in this handbook's people list
ui-people-title = People
ui-people-none = This handbook has no people: it is not signed, and names are typed.
ui-people-role = Role
ui-people-key = Key
ui-people-add = Add a person
ui-people-remove = Remove key
ui-people-remove-confirm = Remove { $who }'s key from today? What they signed before stays valid.
ui-people-removed-from = removed from { $date }
ui-sync-title = Sharing
ui-sync-now = Sync
ui-sync-running = Syncing…
ui-sync-last = Synced { $when }
ui-sync-never = Not synced yet
ui-sync-waiting = { $count ->
    [one] one change waiting to go out
   *[other] { $count } changes waiting to go out
}
ui-sync-read-only = Read-only: the remote does not take this desk's changes ({ $reason }). They stay here.
ui-sync-conflicts = { $count ->
    [one] One conflict to resolve:
   *[other] { $count } conflicts to resolve:
}
ui-sync-done = Synced: { $pulled } in, { $pushed } out.
ui-sync-refused = Refused ({ $action }): { $reason }
ui-conflict-title = Conflict: { $id } ({ $language })
ui-conflict-help = Two desks revised this text while apart. Revision { $theirs } came from another desk first; this desk's text is revision { $ours }. Both started from revision { $base }. Save a new revision to resolve it.
ui-conflict-theirs = The other desk's changes (revision { $base } → { $theirs })
ui-conflict-ours = This desk's changes (revision { $base } → { $ours })
ui-conflict-edit = Edit and resolve
ui-share-title = Share through a git repository
ui-share-help = Give the address of an empty repository on your company's forge (GitLab, GitHub, Gitea) or server. The first sync publishes the whole handbook with its history.
ui-share-url = Repository address
ui-share-run = Share and sync
ui-share-remote = Shared through
ui-share-stop = Stop sharing
ui-share-stop-confirm = Stop sharing this handbook? It stays here as it is; sharing again through the same address carries on.
ui-confirm-yes = Yes, go on
ui-join-title = Or open a shared handbook
ui-join-help = Your team shares its handbook already? Open it here instead of this one. This handbook is kept beside it, in a file of its own.
ui-join-run = Open the shared handbook
ui-joined = The shared handbook is open. The one before is kept in { $path }.
ui-link-no-policy = This handbook has no policy “{ $id }”.
ui-link-title = A link out of Policybook
ui-link-open = This link leads out of the handbook, to:
ui-link-go = Open in the browser
role-admin = admin
role-manager = manager
role-editor = editor
role-staff = staff
ui-signed = signed { $key }…
ui-not-signed = not signed
ui-settings-company = Company name
ui-settings-lang = Interface language
ui-settings-readonly = Read-only mode (staff)
ui-settings-readonly-help = Shows the handbook without any editing or review controls.
ui-settings-saved = Settings saved.
ui-settings-db = Handbook file: { $path }

ui-read-only-refused = The app is in read-only mode: turn it off in Settings to make changes.
ui-internal-error = Something went wrong inside Policybook. Nothing was changed; you can go on working.
ui-no-save-target = Choose where to save the file again.
ui-bad-link = Not a web or mail address: { $url }
ui-no-browser = { $url } could not be opened: { $reason }
ui-prefs-unsaved = Your settings could not be saved in { $path }: { $reason }
ui-nav-read = To read
ui-read-count =
    { $count ->
        [one] One policy to read
       *[other] { $count } policies to read
    }
ui-read-start =
    { $count ->
        [one] You have one policy to read and acknowledge.
       *[other] You have { $count } policies to read and acknowledge.
    }
ui-read-title = To read
ui-read-person = Reading as { $who }
ui-read-none = Nothing to read: you have acknowledged every policy that concerns you.
ui-read-list-label = Policies to read
ui-read-due = Due { $date }
ui-read-overdue = Overdue since { $date }
ui-read-never = Not read yet
ui-read-since = Changed since revision { $revision }
ui-read-revision = Revision { $revision }, in force
ui-read-stale = This translation lags behind the { $language } text in force: read that too.
ui-read-show-source = Show the source
ui-read-hide-source = Hide the source
ui-read-changes-since = What changed since revision { $revision }, which you acknowledged:
ui-read-you-read = Revision { $revision } (you read)
ui-read-in-force = Revision { $revision } (in force)
ui-read-whole = You have not read this policy yet: here is all of it.
ui-read-ack = I have read and understood
ui-read-acked = Acknowledged: { $title }, revision { $revision }.
ui-nav-acks = Acknowledgements
ui-acks-title = Acknowledgements
ui-acks-as-of = As of
ui-acks-refresh = Refresh
ui-acks-export = Export report (Word)
ui-acks-due-days = Due { $days } days after approval; as of { $date }.
ui-acks-none = No policy has an approved text to acknowledge.
ui-acks-policy = Policy
ui-acks-audience = For
ui-acks-everyone = everyone
ui-acks-readers = Readers
ui-acks-done = Acknowledged
ui-acks-pending = Not yet due
ui-acks-overdue = Overdue
ui-acks-revision = revision { $revision }, approved { $date }
ui-acks-overdue-title = Overdue
ui-acks-due-on = due { $date }
ui-acks-given-title = Acknowledged
ui-acks-entry = revision { $revision }, { $date }
ui-acks-stale = translation behind its source
ui-acks-signed = signed
ui-acks-none-given = No acknowledgements yet.
ui-review-editorial = Only the wording changed (staff need not read it again)
ui-in-force-approved = in force: approved { $date } by { $approver }
ui-no-text-in-force = Nothing approved in { $language } yet: a draft is not shown until it is approved.
ui-export-as-of = As it stood on (optional)
ui-export-as-of-help = The texts in force on that day; empty: the handbook as it is now.
ui-acks-days-label = Days to acknowledge after approval
ui-home-empty = This handbook is empty. Start with the demo handbook (a dozen customer-service policies in four languages) to look around, or write your first policy.
ui-home-demo = Load the demo handbook
ui-audience-for = For: { $groups }
ui-audience-change = Change
ui-audience-label = For the groups
ui-audience-placeholder = e.g. stores, contact centre (empty: everyone)
ui-audience-help = Separate groups with commas; no group means everyone.
ui-audience-save = Save
ui-readers-title = Readers and their groups
ui-readers-none = No readers listed yet.
ui-readers-name = Name
ui-readers-groups = Groups
ui-readers-set = Set groups

# Import from Word, in the window.
ui-nav-import = Import from Word…
ui-import-title = Import from Word
ui-import-choose = Choose a file…
ui-import-help = A Word handbook (.docx) is cut into policies at its headings; Markdown and text files are one policy each. Nothing is written until you import.
ui-filter-import = Word, Markdown or text
ui-import-lang = Language
ui-import-lang-auto = From each policy’s script and words
ui-import-split = Cut into policies at
ui-import-split-level = headings of level { $level }
ui-import-category = Category of every policy
ui-import-category-auto = the heading that groups it
ui-import-accept-changes = Take tracked changes as accepted
ui-import-pair = Pair with a Word handbook imported before, as its translation
ui-import-summary = { $count ->
    [one] One policy would be imported:
   *[other] { $count } policies would be imported:
}
ui-import-col-id = Id
ui-import-col-title = Title
ui-import-col-category = Category
ui-import-col-lang = Language
ui-import-col-chars = Characters
ui-import-col-notes = Notes
ui-import-translation-of = the translation of “{ $id }”
ui-import-run = { $count ->
    [one] Import one policy
   *[other] Import { $count } policies
}
ui-import-done = Imported: { $count } new revisions, { $unchanged } unchanged.
ui-no-open-file = Choose the file to import again.
