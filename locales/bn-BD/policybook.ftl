# Policybook — Bengali (Bangladesh), বাংলা (বাংলাদেশ). en-US is the source of truth: this file must have
# exactly its messages, with the same variables. Register: formal (আপনি).

## Languages, as their names are written in this locale

lang-en = ইংরেজি
lang-bn = বাংলা
lang-tl = তাগালগ
lang-ur = উর্দু

## Dates

month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর
# $day and $year come already written in this locale's digits.
date-long = { $day } { $month } { $year }

## Workflow and translation states

status-draft = খসড়া
status-in_review = পর্যালোচনাধীন
status-approved = অনুমোদিত
translation-source = মূল
translation-current = হালনাগাদ
translation-stale = পুরোনো
translation-missing = নেই

## The employee handbook (DOCX)

handbook-default-title = কর্মী হ্যান্ডবুক
handbook-language = ভাষা: { $language }
handbook-exported = রপ্তানির তারিখ: { $date }
handbook-contents = সূচিপত্র
handbook-policy-meta = কার্যকর: { $date } · সংস্করণ { $revision } · অনুমোদনকারী: { $approver }
# Word fills in the page numbers: keep { $page } and { $pages } where they belong.
handbook-page = পৃষ্ঠা { $page } / { $pages }
handbook-translation-pending = অনুবাদ এখনো বাকি: এই নীতিটি এর মূল ভাষায় ({ $language }) দেখানো হচ্ছে।
handbook-notes = টীকা

## Redline documents

redline-title = { $title }: সংস্করণ { $from } থেকে সংস্করণ { $to } পর্যন্ত পরিবর্তন

## Review reminders

ics-summary = পর্যালোচনা করতে হবে: { $title } ({ $language })
# Bengali `one` covers 0 and 1: both variants carry the number.
notify-overdue =
    { $count ->
        [one] { $count }টি নীতির পর্যালোচনার সময় পেরিয়ে গেছে।
       *[other] { $count }টি নীতির পর্যালোচনার সময় পেরিয়ে গেছে।
    }

## Command-line output

cli-imported = আমদানি করা হয়েছে: { $id } ({ $lang }), সংস্করণ { $revision }
cli-unchanged = অপরিবর্তিত: { $id } ({ $lang })
cli-import-summary =
    { $new ->
        [one] { $new }টি নতুন সংস্করণ
       *[other] { $new }টি নতুন সংস্করণ
    }, { $unchanged }টি অপরিবর্তিত।
cli-empty = হ্যান্ডবুকটি খালি। “policybook import ফোল্ডার” কমান্ড দিয়ে নীতি আমদানি করুন।
cli-retired-tag = প্রত্যাহৃত
cli-created = নীতি { $id } তৈরি করা হয়েছে।
cli-saved-draft = { $id } ({ $lang }) সংস্করণ { $revision } খসড়া হিসেবে সংরক্ষণ করা হয়েছে।
cli-submitted = { $id } ({ $lang }) সংস্করণ { $revision } পর্যালোচনার জন্য জমা দেওয়া হয়েছে।
cli-approved = { $id } ({ $lang }) সংস্করণ { $revision } অনুমোদন করা হয়েছে।
cli-rejected = { $id } ({ $lang }) সংস্করণ { $revision } খসড়ায় ফেরত পাঠানো হয়েছে।
cli-retired = { $id } প্রত্যাহার করা হয়েছে: এর ইতিহাস সংরক্ষিত থাকবে, তবে আর রপ্তানি হবে না।
cli-no-due = কোনো পর্যালোচনা বাকি নেই।
cli-overdue = সময়োত্তীর্ণ
cli-due = আসন্ন
cli-owner = দায়িত্বে: { $owner }
cli-intact = হ্যান্ডবুকটি অক্ষত আছে।
# The check shows this only when it found problems (none gives cli-intact); the tests require 0 and 1
# to read the same, so the `one` variant carries no number.
cli-problems =
    { $count ->
        [one] { $count }টি সমস্যা পাওয়া গেছে।
       *[other] { $count }টি সমস্যা পাওয়া গেছে।
    }
cli-no-hits = কোনো নীতি মেলেনি।
cli-reindexed = অনুসন্ধান সূচি নতুন করে তৈরি করা হয়েছে: { $count }টি সংস্করণ।
cli-backup = ব্যাকআপ রাখা হয়েছে: { $path }
cli-exported =
    { $path } ফাইলে লেখা হয়েছে: { $count ->
        [one] { $count }টি নীতি
       *[other] { $count }টি নীতি
    }।
cli-export-progress = রপ্তানি হচ্ছে: { $total }টির মধ্যে { $done }টি…
cli-no-translations = এখনো কোনো নীতি নেই।

## Errors, by their stable code (dots and underscores become dashes)

error-import-unreadable = { $file }: পড়া যাচ্ছে না: { $reason }
error-import-not-utf8 = { $file }:{ $line }: লেখাটি UTF-8 এনকোডিংয়ে নয় (ফাইলটি UTF-8 হিসেবে সংরক্ষণ করুন)
error-import-front-matter = { $file }:{ $line }: ফ্রন্ট ম্যাটার: { $reason }
error-import-unknown-lang = { $file }: অজানা ভাষা “{ $lang }” (en, bn, tl অথবা ur হতে হবে)
error-import-invalid = { $file }: { $reason }
error-import-nothing-found = { $path } ফোল্ডারে কোনো মার্কডাউন বা টেক্সট ফাইল পাওয়া যায়নি।
error-store-not-a-database = { $path } কোনো Policybook হ্যান্ডবুক নয় (এটি SQLite ডেটাবেস নয়, অথবা ক্ষতিগ্রস্ত)।
error-store-too-new = এই হ্যান্ডবুকটি Policybook-এর একটি নতুনতর সংস্করণে তৈরি।
error-store-read-only = হ্যান্ডবুকে লেখা যাচ্ছে না: { $reason }
error-store-disk-full = ডিস্ক পূর্ণ; কোনো কিছু পরিবর্তন করা হয়নি।
error-store-busy = হ্যান্ডবুকটি অন্য একটি প্রোগ্রামে ব্যবহৃত হচ্ছে; আবার চেষ্টা করুন।
error-store-no-policy = “{ $id }” নামে কোনো নীতি নেই।
error-store-no-revision = “{ $id }” নীতির { $lang } ভাষায় সংস্করণ { $revision } নেই।
error-store-no-language = “{ $id }” নীতির { $lang } ভাষায় কোনো লেখা নেই।
error-store-exists = “{ $id }” নামে একটি নীতি আগে থেকেই আছে।
error-store-invalid = { $reason }
error-store-sqlite = ডেটাবেস ত্রুটি: { $reason }
error-store-io = { $path } পড়তে বা লিখতে সমস্যা: { $reason }
error-review-own-revision = “{ $id }” ({ $lang }) নীতির সংস্করণ { $revision } লিখেছেন { $who }; এটি অন্য কাউকে অনুমোদন করতে হবে।
error-review-wrong-status = “{ $id }” ({ $lang }) নীতির সংস্করণ { $revision } এখন “{ $status }” অবস্থায় আছে; এই কাজের ({ $action }) জন্য সংস্করণটিকে “{ $needed }” অবস্থায় থাকতে হবে।
error-review-not-newest = “{ $id }” ({ $lang }) নীতির সংস্করণ { $revision } সর্বশেষ সংস্করণ নয় (সর্বশেষটি হলো { $newest })।
error-review-no-reason = প্রত্যাখ্যান করতে হলে একটি কারণ উল্লেখ করুন।
error-review-no-actor = অনুগ্রহ করে আপনার নাম উল্লেখ করুন।
error-review-future-date = অনুমোদনের তারিখ ভবিষ্যতের হতে পারে না ({ $date })।
error-review-retired = “{ $id }” নীতিটি প্রত্যাহার করা হয়েছে।
error-search-empty-query = অনুসন্ধানে খোঁজার মতো কোনো শব্দ নেই।
error-search-too-long = অনুসন্ধানটি অনেক দীর্ঘ ({ $length } অক্ষর; সর্বোচ্চ ১,০০০)।
error-search-index = অনুসন্ধান সূচিতে ত্রুটি হয়েছে: { $reason }
error-export-nothing-approved = রপ্তানি করার মতো কিছু নেই: কোনো নীতির অনুমোদিত সংস্করণ নেই।
error-export-write = { $path } লেখা যায়নি: { $reason }
error-export-build = নথি তৈরি করা যায়নি: { $reason }
error-i18n-broken = { $locale } ভাষার অনুবাদ ক্ষতিগ্রস্ত: { $reason }
