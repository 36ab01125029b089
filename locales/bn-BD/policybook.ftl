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
action-submitting = জমা দেওয়া
action-approving = অনুমোদন
action-rejecting = ফেরত পাঠানো
translation-source = মূল
translation-current = হালনাগাদ
translation-stale = পুরোনো
translation-missing = নেই

## The employee handbook (DOCX)

handbook-default-title = কর্মী হ্যান্ডবুক
handbook-language = ভাষা: { $language }
handbook-exported = রপ্তানির তারিখ: { $date }
handbook-as-of = { $date } তারিখে যেমন ছিল (রপ্তানির তারিখ: { $exported })
handbook-contents = সূচিপত্র
handbook-policy-meta = কার্যকর: { $date } · সংস্করণ { $revision } · অনুমোদনকারী: { $approver }
# Word fills in the page numbers: keep { $page } and { $pages } where they belong.
handbook-page = পৃষ্ঠা { $page } / { $pages }
handbook-translation-pending = অনুবাদ এখনো বাকি: এই নীতিটি এর মূল ভাষায় ({ $language }) দেখানো হচ্ছে।
handbook-notes = টীকা

## Redline documents

redline-title = { $title }: সংস্করণ { $from } থেকে সংস্করণ { $to } পর্যন্ত পরিবর্তন
acks-report-title = স্বীকৃতির প্রতিবেদন
acks-report-as-of = { $date } পর্যন্ত
acks-report-due-days = অনুমোদনের { $days } দিনের মধ্যে স্বীকৃতি দিতে হয়।
acks-report-none = স্বীকার করার মতো অনুমোদিত লেখা কোনো নীতির নেই।
acks-report-policy = সংশোধন { $revision } বলবৎ; পড়তে হবে সংশোধন { $required }, অনুমোদিত { $date }
acks-report-audience = যাদের জন্য: { $groups }
acks-report-everyone = সবাই
acks-report-figures = { $readers } পাঠক: { $done } জন স্বীকার করেছেন, { $pending } জনের সময় বাকি, { $overdue } জন মেয়াদোত্তীর্ণ।
acks-report-acknowledged = স্বীকার করেছেন
acks-report-overdue = মেয়াদোত্তীর্ণ
acks-report-stale = অনুবাদ মূল লেখার চেয়ে পিছিয়ে
acks-col-person = ব্যক্তি
acks-col-date = তারিখ
acks-col-language = ভাষা
acks-col-revision = সংশোধন
acks-col-due = নির্ধারিত তারিখ

## Review reminders

ics-summary = পর্যালোচনা করতে হবে: { $title } ({ $language })
# Bengali `one` covers 0 and 1: both variants carry the number.
notify-overdue =
    { $count ->
        [one] { $count }টি নীতির পর্যালোচনার সময় পেরিয়ে গেছে।
       *[other] { $count }টি নীতির পর্যালোচনার সময় পেরিয়ে গেছে।
    }
notify-unread =
    { $count ->
        [one] পড়ে স্বীকার করার জন্য { $count }টি নীতি আছে।
       *[other] পড়ে স্বীকার করার জন্য { $count }টি নীতি আছে।
    }

## Command-line output

# কমান্ড লাইনে ত্রুটিটি যা চায় তা করার উপায় (মূল বার্তায় যোগ হয়; উইন্ডোও একই বার্তা দেখায়)।
cli-hint-identity-none = (চালান: policybook identity new --name NAME --email EMAIL)
cli-hint-people-no-identity = (চালান: policybook identity new --name NAME --email EMAIL)
cli-hint-ack-no-name = (--as NAME দিয়ে)
cli-hint-word-tracked-changes = (--accept-changes দিয়ে)
cli-hint-sync-no-remote = (চালান: policybook remote set URL)
cli-hint-people-not-listed = (একজন অ্যাডমিন চালান: policybook people add)
cli-hint-ack-signed = (একজন অ্যাডমিন চালান: policybook people add)
cli-imported = আমদানি করা হয়েছে: { $id } ({ $lang }), সংস্করণ { $revision }
cli-unchanged = অপরিবর্তিত: { $id } ({ $lang })
cli-import-summary =
    { $new ->
        [one] { $new }টি নতুন সংস্করণ
       *[other] { $new }টি নতুন সংস্করণ
    }, { $unchanged }টি অপরিবর্তিত।
cli-preview-policy = { $id } ({ $lang }) “{ $title }”, বিভাগ { $category }, { $chars }টি অক্ষর
cli-preview-translation = “{ $id }”-এর অনুবাদ হিসেবে জোড়া হবে
cli-preview-summary =
    { $count ->
        [one] { $count }টি নীতি আমদানি হবে (কিছুই লেখা হয়নি)।
       *[other] { $count }টি নীতি আমদানি হবে (কিছুই লেখা হয়নি)।
    }
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
cli-no-remote = এই হ্যান্ডবুকটি শেয়ার করা নেই (policybook remote set URL দিয়ে শেয়ার করুন)।
cli-not-signed = স্বাক্ষরহীন
cli-synced = { $remote }-এর সাথে সিঙ্ক হয়েছে: { $pulled }টি আনা হয়েছে, { $pushed }টি পাঠানো হয়েছে, { $waiting }টি পাঠানোর অপেক্ষায়।
cli-synced-acks = স্বীকৃতি: { $pulled }টি আনা হয়েছে, { $pushed }টি পাঠানো হয়েছে।
cli-demo = ডেমো হ্যান্ডবুক আনা হয়েছে: নীতির { $count }টি লেখা।
cli-read-only = শুধু পড়ার অনুমতি: রিমোট এই ডেস্কের পরিবর্তন নেয় না ({ $reason }); হ্যান্ডবুকটি কেবল আনে।
cli-refused = { $by }-এর { $action } প্রত্যাখ্যাত: { $reason }
cli-conflict = দ্বন্দ্ব: “{ $id }” ({ $lang }) সংস্করণ { $ours } সংস্করণ { $base } থেকে লেখা, এর মধ্যে অন্য ডেস্ক সংস্করণ { $theirs } সংরক্ষণ করেছে; মীমাংসা করতে নতুন সংস্করণ সংরক্ষণ করুন।
cli-unread-none = { $who }-এর পড়ার কিছু নেই।
cli-unread-count = { $who }-এর পড়ার আছে { $count }টি:
cli-unread-item = { $id } ({ $lang }) সংশোধন { $revision } “{ $title }”, নির্ধারিত তারিখ { $date }
cli-unread-overdue = { $id } ({ $lang }) সংশোধন { $revision } “{ $title }”, { $date } থেকে মেয়াদোত্তীর্ণ
cli-unread-since = আপনার স্বীকৃত সংশোধন { $revision }-এর পর থেকে যা বদলেছে
cli-unread-never = এখনও পড়া হয়নি: পুরো লেখা
cli-unread-stale = এই অনুবাদ মূল লেখার ({ $source } সংশোধন { $revision }) চেয়ে পিছিয়ে আছে: মূল লেখাও পড়ুন
cli-acked = { $who } { $id } ({ $lang }) সংশোধন { $revision } পড়েছেন ও বুঝেছেন।
cli-acked-already = { $who } আগেই { $id } ({ $lang }) সংশোধন { $revision } স্বীকার করেছিলেন।
cli-acks-as-of = { $date } পর্যন্ত স্বীকৃতি
cli-acks-policy = { $id } ({ $lang }) সংশোধন { $revision }, অনুমোদিত { $date }: { $readers } পাঠক, { $done } জন স্বীকার করেছেন, { $pending } জনের সময় বাকি, { $overdue } জন মেয়াদোত্তীর্ণ
cli-audience = { $id } যাদের জন্য: { $groups }
cli-audience-everyone = { $id } সবার জন্য।
cli-readers-none = এখনও কোনো পাঠক নেই (policybook readers set NAME --groups GROUP দিয়ে যোগ করুন)।
error-sync-no-remote = এই হ্যান্ডবুকটি শেয়ার করা নেই: আগে রিমোট ঠিক করুন।
error-sync-bad-url = “{ $url }” ব্যবহারযোগ্য রিমোট ঠিকানা নয়: { $reason }
error-sync-unreachable = রিমোট { $remote }-এ পৌঁছানো যাচ্ছে না: { $reason }
error-sync-not-a-handbook = রিমোট { $remote }-এ কোনো Policybook হ্যান্ডবুক নেই; কিছুই বদলানো হয়নি।
error-sync-rewritten = রিমোট { $remote }-এর ইতিহাস নতুন করে লেখা হয়েছে (এখানে সিঙ্ক করা কমিট { $commit } আর নেই); কিছুই বদলানো হয়নি।
error-sync-unrelated = রিমোট { $remote }-এ অন্য একটি হ্যান্ডবুক আছে, আর এই হ্যান্ডবুকের নিজস্ব ইতিহাস আছে; কিছুই বদলানো হয়নি (বরং রিমোটটি নতুন হ্যান্ডবুকে clone করুন)।
error-sync-damaged = রিমোটের হ্যান্ডবুকটি ক্ষতিগ্রস্ত: { $what }; কিছুই বদলানো হয়নি।
error-sync-push-refused = রিমোট { $remote } পরিবর্তনগুলো নেয়নি: { $reason }
error-sync-busy = সিঙ্কের সময় রিমোট { $remote } বারবার বদলেছে; আবার চেষ্টা করুন।
error-sync-exists = { $path } আগে থেকেই আছে: নতুন ফাইলে clone করুন।
error-sync-already-shared = এই হ্যান্ডবুকটি ইতিমধ্যে { $remote }-এর মাধ্যমে শেয়ার করা: অন্য একটি শেয়ার করা হ্যান্ডবুক খুলতে আগে শেয়ার বন্ধ করুন।
error-sync-refused = রিমোটের কমিট { $commit } গ্রহণ করা হয়নি: { $reason }; কিছুই বদলানো হয়নি।
error-sync-cannot-send = এই ডেস্কের পরিবর্তনগুলো পাঠানো যাচ্ছে না: { $reason } (কিছুই পাঠানো হয়নি)।
error-identity-none = এই ডেস্কের এখনো কোনো পরিচয় নেই: আগে একটি তৈরি করুন।
error-identity-exists = { $path }-এ আগে থেকেই একটি পরিচয় আছে: সেটি রাখা হলো (আরেকটি বানাতে আগে সেটি সরিয়ে নিন)।
error-identity-file = পরিচয়ের ফাইল { $path }: { $reason }
error-identity-bad-key = পরিচয়ের ফাইল { $path } এনক্রিপ্ট-না-করা OpenSSH Ed25519 প্রাইভেট কী নয়: { $reason }
error-identity-bad-public-key = “{ $key }” কোনো OpenSSH Ed25519 পাবলিক কী নয় (ssh-ed25519 AAAA…): { $reason }
error-identity-invalid = { $reason }
error-people-bad-role = “{ $role }” কোনো ভূমিকা নয়: admin, manager, editor বা staff।
error-people-no-identity = এই হ্যান্ডবুকটি স্বাক্ষরিত: আগে আপনার পরিচয় তৈরি করুন এবং একজন অ্যাডমিনকে তার কী যোগ করতে বলুন।
error-people-not-listed = আপনার কী { $key } এই হ্যান্ডবুকের মানুষের তালিকায় নেই: একজন অ্যাডমিনকে এটি যোগ করতে বলুন।
error-people-removed = আপনার কী { $key } { $date } থেকে এই হ্যান্ডবুক থেকে সরানো হয়েছে।
error-people-not-allowed = { $who } হলেন { $role }: একজন { $role } { $action } করতে পারেন না।
error-people-not-you = এই স্বাক্ষরিত হ্যান্ডবুকে আপনি { $me } (কী { $key }): আপনি { $other } হিসেবে কাজ করতে পারেন না।
error-people-unknown = এই হ্যান্ডবুকের মানুষের তালিকায় “{ $who }” নামে বা কী-তে কেউ নেই।
error-people-name-taken = { $who } নামটি এই হ্যান্ডবুকে অন্য একজনের (অন্য ইমেইল): একটি আলাদা নাম বেছে নিন।
error-people-key-taken = কী { $key } ইতিমধ্যে { $who }-এর।
error-people-last-admin = { $who } হ্যান্ডবুকের শেষ অ্যাডমিন: আগে আরেকজন অ্যাডমিন যোগ করুন।
error-ack-not-in-force = “{ $id }” ({ $lang })-এর সংশোধন { $revision } বর্তমানে বলবৎ লেখা নয় (সেটি সংশোধন { $newest }): সংশোধন { $newest } পড়ে স্বীকার করুন।
error-ack-nothing-approved = “{ $id }” নীতির { $lang } ভাষায় স্বীকার করার মতো অনুমোদিত লেখা নেই।
error-ack-nothing-in-force = { $date } তারিখে “{ $id }” নীতির { $lang } ভাষায় কোনো অনুমোদিত লেখা বলবৎ ছিল না।
error-ack-retired = “{ $id }” নীতি অবসরপ্রাপ্ত: স্বীকার করার কিছু নেই।
error-ack-no-name = কে পড়ছেন তা বলুন।
error-ack-bad-name = “{ $who }” ব্যবহারযোগ্য নাম নয় (এক লাইন, ১ থেকে ২০০ অক্ষর)।
error-ack-bad-group = “{ $group }” ব্যবহারযোগ্য দলের নাম নয় (১ থেকে ৬০ অক্ষর, কমা বা নতুন লাইন ছাড়া)।
error-ack-bad-days = স্বীকৃতির সময়সীমা “{ $days }” দিন: ১ থেকে ৩৬৫-এর মধ্যে পূর্ণ সংখ্যা দিন।
error-ack-unknown-reader = পাঠকের তালিকায় “{ $who }” নামে কেউ নেই।
error-ack-signed = এই হ্যান্ডবুক স্বাক্ষরিত: এর পাঠক এর মানুষেরা, এবং একজন অ্যাডমিন তাদের দল ঠিক করেন।
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
error-import-too-large = { $file }: আকার { $size } MB, যা একটি নীতির সর্বোচ্চ আকারের ({ $max } MB) চেয়ে বড়।
error-word-encrypted = { $file }: নথিটি পাসওয়ার্ড দিয়ে সুরক্ষিত: Word-এ পাসওয়ার্ড সরিয়ে আবার আমদানি করুন।
error-word-legacy-doc = { $file }: Word 97–2003 নথি (.doc): এটিকে .docx হিসেবে সংরক্ষণ করে সেটি আমদানি করুন।
error-word-macros = { $file }: ম্যাক্রো-সহ নথি (.docm): কিছুই আমদানি হয়নি, এর ম্যাক্রো চালানো বা রাখা হয়নি; এটিকে .docx হিসেবে সংরক্ষণ করে সেটি আমদানি করুন।
error-word-not-zip = { $file }: এটি Word নথি নয় (.docx একটি zip প্যাকেজ)।
error-word-not-word = { $file }: এটি Word নথি নয় (মূল অংশ নেই)।
error-word-too-big = { $file }: প্রত্যাখ্যাত: { $what }।
error-word-malformed = { $file }: { $part }: ত্রুটিপূর্ণ: { $reason }
error-word-tracked-changes = { $file }: { $count }টি ট্র্যাক করা পরিবর্তন, প্রথমটি { $place }-এর অধীনে: আগে Word-এ সেগুলি গ্রহণ বা বাতিল করুন, অথবা সেগুলি গ্রহণ করে আমদানি করুন।
error-word-empty = { $file }: নথিতে কোনো লেখা নেই।
error-store-not-a-database = { $path } কোনো Policybook হ্যান্ডবুক নয় (এটি SQLite ডেটাবেস নয়, অথবা ক্ষতিগ্রস্ত)।
error-store-too-new = এই হ্যান্ডবুকটি Policybook-এর একটি নতুনতর সংস্করণে তৈরি।
error-store-read-only = হ্যান্ডবুকে লেখা যাচ্ছে না: { $reason }
error-store-unwritable = { $path } শুধু পড়া যায় (এর ফাইল, ফোল্ডার বা ডিস্কে লেখা নিষেধ); কিছুই পরিবর্তন করা হয়নি।
error-store-disk-full = ডিস্ক পূর্ণ; কোনো কিছু পরিবর্তন করা হয়নি।
error-store-busy = হ্যান্ডবুকটি অন্য একটি প্রোগ্রামে ব্যবহৃত হচ্ছে; আবার চেষ্টা করুন।
error-store-no-policy = “{ $id }” নামে কোনো নীতি নেই।
error-store-no-revision = “{ $id }” নীতির { $lang } ভাষায় সংস্করণ { $revision } নেই।
error-store-no-language = “{ $id }” নীতির { $lang } ভাষায় কোনো লেখা নেই।
error-store-exists = “{ $id }” নামে একটি নীতি আগে থেকেই আছে।
error-store-review-cycle = নীতি ১ থেকে ১২০ মাস পরপর পর্যালোচনা করা হয়, { $months } মাস নয়।
error-store-no-text = সংশোধনে কিছু লেখা থাকতে হবে।
error-store-no-title = সংশোধনের একটি শিরোনাম থাকতে হবে।
error-store-no-author = সংশোধনের একজন লেখক থাকতে হবে।
error-store-unknown-setting = “{ $key }” নামে কোনো সেটিং নেই (আছে: { $known })।
error-store-not-empty = ডেমো কেবল খালি হ্যান্ডবুকে যায়; এটিতে নীতি বা সেটিং আছে।
error-store-out-of-order = “{ $id }” ({ $lang }) নীতির সংশোধন { $revision } সংশোধন { $newest }-এর পরেরটি নয়।
error-store-hash-mismatch = “{ $id }” ({ $lang }) নীতির সংশোধন { $revision }-এর লেখা তার হ্যাশের সঙ্গে মেলে না।
error-store-retired-already = “{ $id }” নীতিটি আগেই প্রত্যাহার করা হয়েছে।
error-store-no-source-revision = “{ $id }” নীতির অনুবাদ করার মতো { $lang } সংশোধন { $revision } নেই।
error-store-bad-id = “{ $id }” নীতির আইডি হতে পারে না: অক্ষর, সংখ্যা, “-”, “_” ও “.”, শুরুতে অক্ষর বা সংখ্যা, সর্বোচ্চ ১০০টি।
error-store-too-large = লেখাটির আকার { $size } MB, যা একটি নীতির সর্বোচ্চ আকারের ({ $max } MB) চেয়ে বড়।
error-store-sqlite = ডেটাবেস ত্রুটি: { $reason }
error-store-io = { $path } পড়তে বা লিখতে সমস্যা: { $reason }
error-review-own-revision = “{ $id }” ({ $lang }) নীতির সংস্করণ { $revision } লিখেছেন { $who }; এটি অন্য কাউকে অনুমোদন করতে হবে।
error-review-wrong-status = “{ $id }” ({ $lang }) নীতির সংস্করণ { $revision } এখন “{ $status }” অবস্থায় আছে; এই কাজের ({ $action }) জন্য সংস্করণটিকে “{ $needed }” অবস্থায় থাকতে হবে।
error-review-not-newest = “{ $id }” ({ $lang }) নীতির সংস্করণ { $revision } সর্বশেষ সংস্করণ নয় (সর্বশেষটি হলো { $newest })।
error-review-no-reason = প্রত্যাখ্যান করতে হলে একটি কারণ উল্লেখ করুন।
error-review-no-actor = অনুগ্রহ করে আপনার নাম উল্লেখ করুন।
error-review-future-date = অনুমোদনের তারিখ ভবিষ্যতের হতে পারে না ({ $date })।
error-review-before-revision = অনুমোদনের তারিখ ({ $date }) সংশোধনটি লেখার তারিখের ({ $written }) আগে হতে পারে না।
error-image-too-large = ছবিটি অনেক বড় ({ $size } বাইট; সর্বোচ্চ { $max })।
error-image-not-a-picture = এটি PNG বা JPEG ছবি নয়।
error-image-unknown = হ্যান্ডবুকে এমন কোনো ছবি নেই।
error-review-retired = “{ $id }” নীতিটি প্রত্যাহার করা হয়েছে।
error-search-empty-query = অনুসন্ধানে খোঁজার মতো কোনো শব্দ নেই।
error-search-too-long = অনুসন্ধানটি অনেক দীর্ঘ ({ $length } অক্ষর; সর্বোচ্চ ১,০০০)।
error-search-index = অনুসন্ধান সূচিতে ত্রুটি হয়েছে: { $reason }
error-search-busy = অনুসন্ধান সূচি অন্য একটি প্রোগ্রামে ব্যস্ত; আবার চেষ্টা করুন।
error-category-unknown = “{ $category }” বিভাগে কোনো নীতি নেই।
error-category-too-long = বিভাগের নাম সর্বোচ্চ { $max } অক্ষরের হতে পারে।
error-export-nothing-approved = রপ্তানি করার মতো কিছু নেই: কোনো নীতির অনুমোদিত সংস্করণ নেই।
error-export-write = { $path } লেখা যায়নি: { $reason }
error-export-build = নথি তৈরি করা যায়নি: { $reason }
error-export-disk-full = { $path } লেখা যায়নি: ডিস্ক পূর্ণ; কোনো কিছু লেখা হয়নি।
error-export-tampered = “{ $id }” ({ $lang }) নীতির সংশোধন { $revision } অনুমোদনের পর Policybook-এর বাইরে বদলানো হয়েছে; কিছুই রপ্তানি হয়নি (হ্যান্ডবুক যাচাই করলে বদলগুলো দেখা যায়)।
error-i18n-broken = { $locale } ভাষার অনুবাদ ক্ষতিগ্রস্ত: { $reason }

## Desktop app (ui/): every string the window shows. Shortcut keys come in as variables ($shortcut,
## $enter…), so that the key names stay as printed on the keyboard. Bengali `one` covers 0 and 1, so
## counts are written with the number and without plural variants.

ui-skip-to-main = মূল বিষয়বস্তুতে যান
ui-loading = লোড হচ্ছে…
ui-close = বন্ধ করুন
ui-cancel = বাতিল করুন
ui-create = তৈরি করুন
ui-dismiss = সরিয়ে দিন
ui-error-unknown = একটি সমস্যা হয়েছে।
ui-toasts-label = বিজ্ঞপ্তি
ui-readonly-tag = শুধু পড়ার জন্য
ui-retired = প্রত্যাহৃত

ui-nav-label = প্রধান মেনু
ui-nav-search = খুঁজুন
ui-nav-new-policy = নতুন নীতি…
ui-nav-due = পর্যালোচনা বাকি
ui-nav-export = হ্যান্ডবুক রপ্তানি…
ui-nav-settings = সেটিংস
ui-overdue-count = { $count }টি পর্যালোচনার সময় পেরিয়ে গেছে
ui-overdue-banner = { $count }টি নীতির পর্যালোচনার নির্ধারিত সময় পেরিয়ে গেছে।
ui-overdue-show = বাকি পর্যালোচনাগুলো দেখুন

ui-home-title = নীতিমালার হ্যান্ডবুক
ui-home-title-company = { $company }: নীতিমালার হ্যান্ডবুক
ui-home-count =
    { $count ->
        [0] হ্যান্ডবুকে এখনো কোনো নীতি নেই।
       *[other] হ্যান্ডবুকে { $count }টি নীতি আছে।
    }
ui-home-hint = তালিকা থেকে একটি নীতি বেছে নিন, অথবা খুঁজতে { $shortcut } চাপুন।

ui-filter-label = নীতির তালিকা ছাঁকুন
ui-filter-placeholder = ছাঁকুন…
ui-filter-none = এই শর্তে কোনো নীতি মেলেনি।
ui-list-empty = এখনো কোনো নীতি নেই।
ui-list-label = নীতিসমূহ

ui-policy-meta = { $id } · { $category } · দায়িত্বে: { $owner } · প্রতি { $months } মাস পরপর পর্যালোচনা
ui-lang-tabs-label = ভাষা
ui-view-tabs-label = প্রদর্শন
ui-tab-edit = সম্পাদনা
ui-tab-read = পড়ুন
ui-tab-history = ইতিহাস
ui-revision-line = সংস্করণ { $revision }, লিখেছেন { $author }, { $date }
ui-no-text = { $language } ভাষায় এখনো কোনো লেখা নেই।
ui-show-source = { $language } লেখাটি দেখুন
ui-new-text = এই নীতির প্রথম { $language } লেখাটি লিখুন।
ui-new-translation = এখানে { $language } অনুবাদটি লিখুন; এর পাশে মূল { $source } লেখাটিও দেখা যাবে।
ui-title-label = শিরোনাম
ui-title-required = একটি শিরোনাম দরকার (অথবা লেখাটি একটি শিরোনাম দিয়ে শুরু করুন)।
ui-editor-label = লেখা (মার্কডাউন)
ui-editor-placeholder = নীতিটি মার্কডাউনে লিখুন…
ui-preview = প্রাকদর্শন
ui-right-pane-label = সম্পাদকের পাশে যা দেখানো হবে
ui-source-text = মূল { $language } লেখা
ui-summary-label = পরিবর্তনের সারসংক্ষেপ
ui-summary-placeholder = কী বদলেছে, এবং কেন?
ui-save-revision = সংস্করণ সংরক্ষণ করুন
ui-saving = সংরক্ষণ করা হচ্ছে…
ui-saved-revision = সংস্করণ { $revision } হিসেবে খসড়াটি সংরক্ষণ করা হয়েছে।
ui-nothing-to-save = সংরক্ষণ করার মতো কোনো পরিবর্তন নেই।
ui-unsaved-changes = অসংরক্ষিত পরিবর্তন (স্বয়ংক্রিয়ভাবে রাখা হচ্ছে)
ui-no-changes = কোনো অসংরক্ষিত পরিবর্তন নেই
ui-shortcut-hint = শর্টকাট: { $shortcut }
ui-autosave-found = { $date } সময়ের কিছু অসংরক্ষিত পরিবর্তন রাখা আছে। সেগুলো ফিরিয়ে আনবেন?
ui-autosave-restore = ফিরিয়ে আনুন
ui-autosave-discard = বাদ দিন

ui-review-label = পর্যালোচনা
ui-review-submit = পর্যালোচনার জন্য জমা দিন
ui-review-approve = অনুমোদন করুন
ui-review-reject = প্রত্যাখ্যান করুন…
ui-review-reason-label = প্রত্যাখ্যানের কারণ (আবশ্যক)
ui-review-reject-confirm = সংস্করণটি প্রত্যাখ্যান করুন
ui-review-own-hint = এই সংস্করণটি আপনার লেখা: অন্য কাউকে এটি অনুমোদন করতে হবে।
ui-review-done-submit = সংস্করণ { $revision } পর্যালোচনার জন্য জমা দেওয়া হয়েছে।
ui-review-done-approve = সংস্করণ { $revision } অনুমোদিত হয়েছে।
ui-review-done-reject = সংস্করণ { $revision } খসড়ায় ফেরত পাঠানো হয়েছে।

ui-history-choose = সংস্করণসমূহ: তুলনা করতে দুটি বেছে নিন
ui-history-compare = তুলনা
ui-history-compare-rev = সংস্করণ { $revision } তুলনা করুন
ui-history-revision = সংস্করণ
ui-history-title = শিরোনাম
ui-history-author = লেখক
ui-history-date = লেখার সময়
ui-history-status = অবস্থা
ui-history-summary = সারসংক্ষেপ
ui-history-pick-two = কী বদলেছে তা দেখতে দুটি সংস্করণ বেছে নিন।
ui-approved-by = { $date } তারিখে { $who } অনুমোদন করেছেন
ui-translated-from = { $language } সংস্করণ { $revision } থেকে অনূদিত
ui-diff-title = সংস্করণ { $from } থেকে সংস্করণ { $to } পর্যন্ত পরিবর্তন
ui-diff-old = সংস্করণ { $revision } (পুরোনো)
ui-diff-new = সংস্করণ { $revision } (নতুন)
ui-diff-side = পাশাপাশি
ui-diff-inline = একটানা
ui-diff-mode-label = পরিবর্তনগুলো যেভাবে দেখাবে
ui-diff-stats = { $inserted }টি শব্দ যোগ হয়েছে, { $deleted }টি শব্দ বাদ গেছে
ui-diff-identical = দুটি সংস্করণের লেখা হুবহু এক।
ui-export-redline = পরিবর্তন-চিহ্নিত নথি রপ্তানি…
ui-exported-to = { $path } সংরক্ষণ করা হয়েছে।
ui-filter-word = ওয়ার্ড নথি
ui-filter-calendar = ক্যালেন্ডার
ui-source-changed = এই অনুবাদের পর মূল { $language } লেখায় যা বদলেছে (সংস্করণ { $from } → { $to })
ui-translation-beside-source = মূল লেখার পাশে অনুবাদ
ui-translation-rev = { $language }, সংস্করণ { $revision }

ui-due-title = পর্যালোচনা বাকি
ui-due-window-label = যে সময়ের মধ্যে পর্যালোচনা বাকি
ui-due-window = { $days } দিন
ui-due-none = এই সময়ের মধ্যে কোনো পর্যালোচনা বাকি নেই।
ui-due-in =
    { $days ->
        [0] আজই নির্ধারিত
       *[other] { $days } দিনের মধ্যে নির্ধারিত
    }
ui-due-overdue-by = নির্ধারিত সময়ের পর { $days } দিন পেরিয়ে গেছে
ui-due-owner = দায়িত্বে: { $owner } · সংস্করণ { $revision }
ui-export-ics = ক্যালেন্ডার রপ্তানি (.ics)…

ui-search-title = হ্যান্ডবুকে খুঁজুন
ui-search-label = যে শব্দগুলো খুঁজবেন
ui-search-placeholder = সব নীতিতে খুঁজুন…
ui-search-lang-label = যে ভাষায় খুঁজবেন
ui-search-all-langs = সব ভাষা
ui-search-help = { $up } { $down } বেছে নিন · { $enter } খুলুন · { $escape } বন্ধ করুন
ui-search-count =
    { $count ->
        [0] কোনো নীতি মেলেনি।
       *[other] { $count }টি ফলাফল
    }
ui-search-results = ফলাফল

ui-export-title = কর্মী হ্যান্ডবুক রপ্তানি
ui-export-lang = ভাষা
ui-export-categories = বিভাগ
ui-export-no-categories = অন্তত একটি বিভাগ বেছে নিন।
ui-export-missing = যেসব নীতির অনুবাদ এখনো হয়নি
ui-export-missing-source = সেগুলো মূল ভাষায় রাখুন
ui-export-missing-skip = সেগুলো বাদ দিন
ui-export-embed-fonts = ফন্ট সংযুক্ত করুন (যেকোনো কম্পিউটারে বাংলা ও উর্দু ঠিকভাবে দেখা যাবে)
ui-export-doc-title = নথির শিরোনাম
ui-export-run = রপ্তানি করুন…
ui-export-progress = { $total }টির মধ্যে { $done }টি রপ্তানি হচ্ছে…
ui-export-done = { $count }টি নীতি { $path } ফাইলে রপ্তানি করা হয়েছে।

ui-new-policy-title = নতুন নীতি
ui-new-policy-id = নীতির আইডি
ui-new-policy-id-help = ইংরেজি বর্ণ, অঙ্ক, “-”, “_” ও “.”; শুরুতে বর্ণ বা অঙ্ক থাকবে; সর্বোচ্চ ১০০টি চিহ্ন।
ui-new-policy-category = বিভাগ
ui-new-policy-owner = দায়িত্বপ্রাপ্ত ব্যক্তি
ui-new-policy-months = পর্যালোচনার বিরতি (মাস)
ui-new-policy-months-whole = পর্যালোচনার সময় মাসের একটি পূর্ণ সংখ্যায় দিন।
ui-new-policy-lang = মূল ভাষা
ui-policy-created = নীতি { $id } তৈরি করা হয়েছে: এখন এর লেখা লিখুন।

ui-settings-title = সেটিংস
ui-settings-who = অনুগ্রহ করে আপনার নাম লিখুন: প্রতিটি সংস্করণ ও পর্যালোচনার সঙ্গে আপনার নাম সংরক্ষিত হয়।
ui-settings-user = আপনার নাম
ui-settings-user-help = আপনার সংস্করণ ও পর্যালোচনায় লেখক হিসেবে এই নাম থাকবে।
ui-identity-title = আপনার পরিচয়
ui-identity-none = এই ডেস্কের এখনো কোনো পরিচয় নেই। একটি তৈরি করুন: একটি কী-জোড়া যা এই কম্পিউটারেই থাকে এবং শেয়ার করা হ্যান্ডবুকে আপনার লেখা ও অনুমোদনে স্বাক্ষর করে।
ui-identity-name = নাম
ui-identity-email = ইমেইল
ui-identity-create = আমার পরিচয় তৈরি করুন
ui-identity-made = আপনার পরিচয় তৈরি হয়েছে। আপনার পাবলিক কী হ্যান্ডবুকের অ্যাডমিনকে দিন।
ui-identity-fingerprint = কী-এর ফিঙ্গারপ্রিন্ট:
ui-identity-public-key = পাবলিক কী
ui-identity-key-help = প্রাইভেট কী এই কম্পিউটারেই থাকে; অন্যরা শুধু পাবলিক কী দেখেন।
ui-identity-not-listed = এই হ্যান্ডবুকের মানুষের তালিকায় নেই
ui-people-title = মানুষ
ui-people-none = এই হ্যান্ডবুকে কোনো মানুষ নেই: এটি স্বাক্ষরিত নয়, নাম টাইপ করা হয়।
ui-people-role = ভূমিকা
ui-people-key = কী
ui-people-add = একজন মানুষ যোগ করুন
ui-people-remove = কী সরান
ui-people-remove-confirm = আজ থেকে { $who }-এর কী সরাবেন? আগে যা স্বাক্ষর করেছেন তা বৈধ থাকবে।
ui-people-removed-from = { $date } থেকে সরানো
ui-sync-title = শেয়ার করা
ui-sync-now = সিঙ্ক
ui-sync-running = সিঙ্ক হচ্ছে…
ui-sync-last = সিঙ্ক হয়েছে { $when }
ui-sync-never = এখনো সিঙ্ক হয়নি
ui-sync-waiting = { $count ->
    [one] একটি পরিবর্তন পাঠানোর অপেক্ষায়
   *[other] { $count }টি পরিবর্তন পাঠানোর অপেক্ষায়
}
ui-sync-read-only = শুধু পড়ার জন্য: রিমোট এই ডেস্কের পরিবর্তন নেয় না ({ $reason })। সেগুলো এখানেই থাকে।
ui-sync-conflicts = { $count ->
    [one] একটি দ্বন্দ্ব মেটাতে হবে:
   *[other] { $count }টি দ্বন্দ্ব মেটাতে হবে:
}
ui-sync-done = সিঙ্ক হয়েছে: { $pulled }টি এসেছে, { $pushed }টি গেছে।
ui-sync-refused = প্রত্যাখ্যাত ({ $action }): { $reason }
ui-conflict-title = দ্বন্দ্ব: { $id } ({ $language })
ui-conflict-help = দুটি ডেস্ক আলাদা থাকার সময় এই লেখাটি সংশোধন করেছে। সংশোধন { $theirs } অন্য ডেস্ক থেকে আগে এসেছে; এই ডেস্কের লেখা সংশোধন { $ours }। দুটিই সংশোধন { $base } থেকে শুরু। মেটাতে একটি নতুন সংশোধন সংরক্ষণ করুন।
ui-conflict-theirs = অন্য ডেস্কের পরিবর্তন (সংশোধন { $base } → { $theirs })
ui-conflict-ours = এই ডেস্কের পরিবর্তন (সংশোধন { $base } → { $ours })
ui-conflict-edit = সম্পাদনা করে মেটান
ui-share-title = একটি গিট রিপোজিটরির মাধ্যমে শেয়ার করুন
ui-share-help = আপনার প্রতিষ্ঠানের ফোর্জ (GitLab, GitHub, Gitea) বা সার্ভারে একটি খালি রিপোজিটরির ঠিকানা দিন। প্রথম সিঙ্ক পুরো হ্যান্ডবুক তার ইতিহাসসহ প্রকাশ করে।
ui-share-url = রিপোজিটরির ঠিকানা
ui-share-run = শেয়ার ও সিঙ্ক করুন
ui-share-remote = শেয়ার হচ্ছে এর মাধ্যমে
ui-share-stop = শেয়ার বন্ধ করুন
ui-share-stop-confirm = এই হ্যান্ডবুক শেয়ার করা বন্ধ করবেন? এটি যেমন আছে তেমনই এখানে থাকবে; একই ঠিকানায় আবার শেয়ার করলে আগের জায়গা থেকে চলবে।
ui-confirm-yes = হ্যাঁ, এগিয়ে যান
ui-join-title = অথবা একটি শেয়ার করা হ্যান্ডবুক খুলুন
ui-join-help = আপনার দল কি আগে থেকেই হ্যান্ডবুক শেয়ার করে? এটির বদলে সেটি এখানে খুলুন। এই হ্যান্ডবুকটি তার পাশে নিজস্ব ফাইলে রাখা হবে।
ui-join-run = শেয়ার করা হ্যান্ডবুক খুলুন
ui-joined = শেয়ার করা হ্যান্ডবুক খোলা হয়েছে। আগেরটি { $path }-এ রাখা আছে।
ui-link-no-policy = এই হ্যান্ডবুকে “{ $id }” নামে কোনো নীতি নেই।
ui-link-title = Policybook-এর বাইরের একটি লিংক
ui-link-open = এই লিংকটি হ্যান্ডবুকের বাইরে নিয়ে যায়, এখানে:
ui-link-go = ব্রাউজারে খুলুন
role-admin = অ্যাডমিন
role-manager = ম্যানেজার
role-editor = সম্পাদক
role-staff = কর্মী
ui-signed = স্বাক্ষরিত { $key }…
ui-not-signed = স্বাক্ষরহীন
ui-settings-company = প্রতিষ্ঠানের নাম
ui-settings-lang = অ্যাপের ভাষা
ui-settings-readonly = শুধু পড়ার মোড (কর্মীদের জন্য)
ui-settings-readonly-help = সম্পাদনা বা পর্যালোচনার কোনো নিয়ন্ত্রণ ছাড়াই হ্যান্ডবুকটি দেখায়।
ui-settings-saved = সেটিংস সংরক্ষণ করা হয়েছে।
ui-settings-db = হ্যান্ডবুক ফাইল: { $path }

ui-read-only-refused = অ্যাপটি কেবল-পড়ার মোডে আছে: পরিবর্তন করতে সেটিংসে এটি বন্ধ করুন।
ui-internal-error = Policybook-এর ভেতরে একটি সমস্যা হয়েছে। কিছুই বদলায়নি; আপনি কাজ চালিয়ে যেতে পারেন।
ui-no-save-target = ফাইলটি কোথায় সংরক্ষণ করবেন তা আবার বেছে নিন।
ui-bad-link = এটি ওয়েব বা মেইলের ঠিকানা নয়: { $url }
ui-no-browser = { $url } খোলা গেল না: { $reason }
ui-prefs-unsaved = আপনার সেটিংস { $path }-এ সংরক্ষণ করা গেল না: { $reason }
ui-nav-read = পড়তে হবে
ui-read-count =
    { $count ->
        [one] পড়ার জন্য { $count }টি নীতি
       *[other] পড়ার জন্য { $count }টি নীতি
    }
ui-read-start =
    { $count ->
        [one] আপনার পড়ে স্বীকার করার জন্য { $count }টি নীতি আছে।
       *[other] আপনার পড়ে স্বীকার করার জন্য { $count }টি নীতি আছে।
    }
ui-read-title = পড়তে হবে
ui-read-person = { $who } হিসেবে পড়ছেন
ui-read-none = পড়ার কিছু নেই: আপনার জন্য প্রযোজ্য সব নীতি আপনি স্বীকার করেছেন।
ui-read-list-label = পড়ার নীতিগুলো
ui-read-due = নির্ধারিত তারিখ { $date }
ui-read-overdue = { $date } থেকে মেয়াদোত্তীর্ণ
ui-read-never = এখনও পড়া হয়নি
ui-read-since = সংশোধন { $revision }-এর পর বদলেছে
ui-read-revision = সংশোধন { $revision }, বলবৎ
ui-read-stale = এই অনুবাদ বলবৎ { $language } লেখার চেয়ে পিছিয়ে আছে: সেটিও পড়ুন।
ui-read-show-source = মূল লেখা দেখান
ui-read-hide-source = মূল লেখা লুকান
ui-read-changes-since = আপনার স্বীকৃত সংশোধন { $revision }-এর পর যা বদলেছে:
ui-read-you-read = সংশোধন { $revision } (আপনি পড়েছেন)
ui-read-in-force = সংশোধন { $revision } (বলবৎ)
ui-read-whole = আপনি এই নীতি এখনও পড়েননি: পুরোটা এখানে।
ui-read-ack = আমি পড়েছি ও বুঝেছি
ui-read-acked = স্বীকার করা হয়েছে: { $title }, সংশোধন { $revision }।
ui-nav-acks = স্বীকৃতি
ui-acks-title = স্বীকৃতি
ui-acks-as-of = তারিখ পর্যন্ত
ui-acks-refresh = হালনাগাদ
ui-acks-export = প্রতিবেদন রপ্তানি (ওয়ার্ড)
ui-acks-due-days = অনুমোদনের { $days } দিনের মধ্যে; { $date } পর্যন্ত।
ui-acks-none = স্বীকার করার মতো অনুমোদিত লেখা কোনো নীতির নেই।
ui-acks-policy = নীতি
ui-acks-audience = যাদের জন্য
ui-acks-everyone = সবাই
ui-acks-readers = পাঠক
ui-acks-done = স্বীকার করেছেন
ui-acks-pending = সময় বাকি
ui-acks-overdue = মেয়াদোত্তীর্ণ
ui-acks-revision = সংশোধন { $revision }, অনুমোদিত { $date }
ui-acks-overdue-title = মেয়াদোত্তীর্ণ
ui-acks-due-on = নির্ধারিত তারিখ { $date }
ui-acks-given-title = স্বীকার করেছেন
ui-acks-entry = সংশোধন { $revision }, { $date }
ui-acks-stale = অনুবাদ মূল লেখার চেয়ে পিছিয়ে
ui-acks-signed = স্বাক্ষরিত
ui-acks-none-given = এখনও কোনো স্বীকৃতি নেই।
ui-review-editorial = শুধু ভাষা বদলেছে (কর্মীদের আবার পড়তে হবে না)
ui-in-force-approved = বলবৎ: { $date } তারিখে { $approver } অনুমোদন করেছেন
ui-no-text-in-force = { $language } ভাষায় এখনও কিছু অনুমোদিত হয়নি: অনুমোদনের আগে খসড়া দেখানো হয় না।
ui-export-as-of = যে তারিখে যেমন ছিল (ঐচ্ছিক)
ui-export-as-of-help = সেই তারিখে বলবৎ লেখা; খালি রাখলে: এখন যেমন আছে।
ui-acks-days-label = অনুমোদনের পর স্বীকৃতির দিন
ui-home-empty = এই হ্যান্ডবুক খালি। ঘুরে দেখতে ডেমো হ্যান্ডবুক দিয়ে শুরু করুন (চার ভাষায় এক ডজন গ্রাহকসেবা নীতি), অথবা আপনার প্রথম নীতি লিখুন।
ui-home-demo = ডেমো হ্যান্ডবুক আনুন
ui-audience-for = যাদের জন্য: { $groups }
ui-audience-change = বদলান
ui-audience-label = যে দলগুলোর জন্য
ui-audience-placeholder = যেমন দোকান, যোগাযোগ কেন্দ্র (খালি: সবাই)
ui-audience-help = দলগুলো কমা দিয়ে আলাদা করুন; কোনো দল না থাকলে সবাই।
ui-audience-save = সংরক্ষণ
ui-readers-title = পাঠক ও তাদের দল
ui-readers-none = এখনও কোনো পাঠক তালিকায় নেই।
ui-readers-name = নাম
ui-readers-groups = দল
ui-readers-set = দল ঠিক করুন

# Import from Word, in the window.
ui-nav-import = ওয়ার্ড থেকে আমদানি…
ui-import-title = ওয়ার্ড থেকে আমদানি
ui-import-choose = একটি ফাইল বেছে নিন…
ui-import-help = ওয়ার্ড হ্যান্ডবুক (.docx) শিরোনাম ধরে নীতিতে ভাগ হয়; প্রতিটি মার্কডাউন ও টেক্সট ফাইল একটি নীতি। আমদানি না করা পর্যন্ত কিছুই লেখা হয় না।
ui-filter-import = ওয়ার্ড, মার্কডাউন বা টেক্সট
ui-import-lang = ভাষা
ui-import-lang-auto = প্রতিটি নীতির লিপি ও শব্দ দেখে
ui-import-split = নীতিতে ভাগ হবে
ui-import-split-level = { $level } স্তরের শিরোনামে
ui-import-category = সব নীতির বিভাগ
ui-import-category-auto = যে শিরোনামের অধীনে আছে
ui-import-accept-changes = ট্র্যাক করা পরিবর্তন গৃহীত ধরে নিন
ui-import-pair = আগে আমদানি করা ওয়ার্ড হ্যান্ডবুকের অনুবাদ হিসেবে জোড়া দিন
ui-import-summary = { $count ->
    [one] একটি নীতি আমদানি হবে:
   *[other] { $count }টি নীতি আমদানি হবে:
}
ui-import-col-id = আইডি
ui-import-col-title = শিরোনাম
ui-import-col-category = বিভাগ
ui-import-col-lang = ভাষা
ui-import-col-chars = অক্ষর
ui-import-col-notes = মন্তব্য
ui-import-translation-of = “{ $id }”-এর অনুবাদ
ui-import-run = { $count ->
    [one] একটি নীতি আমদানি করুন
   *[other] { $count }টি নীতি আমদানি করুন
}
ui-import-done = আমদানি হয়েছে: { $count }টি নতুন সংশোধন, { $unchanged }টি অপরিবর্তিত।
ui-no-open-file = আমদানির ফাইলটি আবার বেছে নিন।
