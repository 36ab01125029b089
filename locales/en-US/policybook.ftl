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
translation-source = source
translation-current = current
translation-stale = out of date
translation-missing = missing

## The employee handbook (DOCX)

handbook-default-title = Employee Handbook
handbook-language = Language: { $language }
handbook-exported = Exported on { $date }
handbook-contents = Contents
handbook-policy-meta = Effective { $date } · Revision { $revision } · Approved by { $approver }
# Word fills in the page numbers: keep { $page } and { $pages } where they belong.
handbook-page = Page { $page } of { $pages }
handbook-translation-pending = Translation pending: this policy is shown in { $language }, its source language.
handbook-notes = Notes

## Redline documents

redline-title = { $title }: changes from revision { $from } to revision { $to }

## Review reminders

ics-summary = Review due: { $title } ({ $language })
notify-overdue =
    { $count ->
        [one] One policy review is overdue.
       *[other] { $count } policy reviews are overdue.
    }

## Command-line output

cli-imported = imported { $id } ({ $lang }) revision { $revision }
cli-unchanged = unchanged { $id } ({ $lang })
cli-import-summary =
    { $new ->
        [one] One new revision
       *[other] { $new } new revisions
    }, { $unchanged } unchanged.
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
error-store-not-a-database = { $path } is not a Policybook handbook (not an SQLite database, or damaged).
error-store-too-new = This handbook was written by a newer Policybook.
error-store-read-only = The handbook cannot be written: { $reason }
error-store-disk-full = The disk is full; nothing was changed.
error-store-busy = The handbook is busy in another program; try again.
error-store-no-policy = There is no policy “{ $id }”.
error-store-no-revision = Policy “{ $id }” has no revision { $revision } in { $lang }.
error-store-no-language = Policy “{ $id }” has no text in { $lang }.
error-store-exists = A policy “{ $id }” exists already.
error-store-invalid = { $reason }
error-store-sqlite = Database error: { $reason }
error-store-io = { $path }: { $reason }
error-review-own-revision = { $who } wrote revision { $revision } of “{ $id }” ({ $lang }); someone else must approve it.
error-review-wrong-status = Revision { $revision } of “{ $id }” ({ $lang }) is { $status }; { $action } needs a revision that is { $needed }.
error-review-not-newest = Revision { $revision } of “{ $id }” ({ $lang }) is not the newest (that is { $newest }).
error-review-no-reason = A rejection needs a reason.
error-review-no-actor = Say who you are.
error-review-future-date = An approval date must not be in the future ({ $date }).
error-review-retired = Policy “{ $id }” is retired.
error-search-empty-query = The search has no words to look for.
error-search-too-long = The search is too long ({ $length } characters; at most 1,000).
error-search-index = The search index failed: { $reason }
error-export-nothing-approved = Nothing to export: no policy has an approved revision.
error-export-write = { $path }: { $reason }
error-export-build = Building the document failed: { $reason }
error-i18n-broken = The translations of { $locale } are damaged: { $reason }
