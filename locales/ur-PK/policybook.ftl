# Policybook — Urdu (Pakistan), اردو (پاکستان). en-US is the source of truth: this file must have
# exactly its messages, with the same variables. Register: formal (آپ). Urdu letters only (ی ک ہ ھ ے).

## Languages, as their names are written in this locale

lang-en = انگریزی
lang-bn = بنگالی
lang-tl = ٹیگالوگ
lang-ur = اردو

## Dates

month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
# $day and $year come already written in this locale's digits.
date-long = { $day } { $month } { $year }

## Workflow and translation states

status-draft = مسودہ
status-in_review = زیرِ جائزہ
status-approved = منظور شدہ
translation-source = اصل
translation-current = تازہ ترین
translation-stale = پرانا
translation-missing = موجود نہیں

## The employee handbook (DOCX)

handbook-default-title = ملازمین کی ہینڈ بک
handbook-language = زبان: { $language }
handbook-exported = برآمد کی تاریخ: { $date }
handbook-contents = فہرستِ مضامین
handbook-policy-meta = تاریخِ نفاذ: { $date } · ترمیم { $revision } · منظور کنندہ: { $approver }
# Word fills in the page numbers: keep { $page } and { $pages } where they belong.
handbook-page = صفحہ { $page } از { $pages }
handbook-translation-pending = ترجمہ ابھی باقی ہے: یہ پالیسی اپنی اصل زبان ({ $language }) میں دکھائی گئی ہے۔
handbook-notes = یادداشتیں

## Redline documents

redline-title = { $title }: ترمیم { $from } سے ترمیم { $to } تک تبدیلیاں

## Review reminders

ics-summary = جائزے کی مقررہ تاریخ: { $title } ({ $language })
notify-overdue =
    { $count ->
        [one] ایک پالیسی کے جائزے کا مقررہ وقت گزر چکا ہے۔
       *[other] { $count } پالیسیوں کے جائزے کا مقررہ وقت گزر چکا ہے۔
    }

## Command-line output

cli-imported = درآمد کی گئی: { $id } ({ $lang })، ترمیم { $revision }
cli-unchanged = کوئی تبدیلی نہیں: { $id } ({ $lang })
cli-import-summary =
    { $new ->
        [one] ایک نئی ترمیم
       *[other] { $new } نئی ترامیم
    }، { $unchanged } میں کوئی تبدیلی نہیں۔
cli-empty = ہینڈ بک خالی ہے۔ “policybook import فولڈر” کے ذریعے پالیسیاں درآمد کریں۔
cli-retired-tag = منسوخ شدہ
cli-created = پالیسی { $id } بنا دی گئی۔
cli-saved-draft = { $id } ({ $lang }) کی ترمیم { $revision } مسودے کے طور پر محفوظ کر دی گئی۔
cli-submitted = { $id } ({ $lang }) کی ترمیم { $revision } جائزے کے لیے جمع کرا دی گئی۔
cli-approved = { $id } ({ $lang }) کی ترمیم { $revision } منظور کر لی گئی۔
cli-rejected = { $id } ({ $lang }) کی ترمیم { $revision } واپس مسودے میں بھیج دی گئی۔
cli-retired = پالیسی { $id } منسوخ کر دی گئی: اس کا سابقہ ریکارڈ محفوظ رہے گا، لیکن اب یہ برآمد نہیں ہو گی۔
cli-no-due = کوئی جائزہ باقی نہیں۔
cli-overdue = تاخیر شدہ
cli-due = آئندہ
cli-owner = ذمہ دار: { $owner }
cli-intact = ہینڈ بک درست حالت میں ہے۔
cli-problems =
    { $count ->
        [one] ایک مسئلہ ملا۔
       *[other] { $count } مسائل ملے۔
    }
cli-no-hits = کوئی مطابقت رکھنے والی پالیسی نہیں ملی۔
cli-reindexed = تلاش کا انڈیکس دوبارہ بنا دیا گیا (ترامیم: { $count })۔
cli-backup = بیک اپ محفوظ کر دیا گیا: { $path }
cli-exported =
    { $path } میں محفوظ کر دیا گیا: { $count ->
        [one] ایک پالیسی
       *[other] { $count } پالیسیاں
    }۔
cli-export-progress = برآمد جاری ہے: { $total } میں سے { $done }…
cli-no-translations = ابھی تک کوئی پالیسی موجود نہیں۔

## Errors, by their stable code (dots and underscores become dashes)

error-import-unreadable = { $file }: پڑھی نہیں جا سکی: { $reason }
error-import-not-utf8 = { $file }:{ $line }: یہ UTF-8 متن نہیں ہے (اسے UTF-8 میں محفوظ کریں)
error-import-front-matter = { $file }:{ $line }: فرنٹ میٹر: { $reason }
error-import-unknown-lang = { $file }: نامعلوم زبان “{ $lang }” (en، bn، tl یا ur ہونی چاہیے)
error-import-invalid = { $file }: { $reason }
error-import-nothing-found = { $path } میں کوئی مارک ڈاؤن یا ٹیکسٹ فائل نہیں ملی۔
error-store-not-a-database = { $path } کوئی Policybook ہینڈ بک نہیں ہے (یہ SQLite ڈیٹا بیس نہیں، یا خراب ہے)۔
error-store-too-new = یہ ہینڈ بک Policybook کے کسی نئے ورژن میں لکھی گئی ہے۔
error-store-read-only = ہینڈ بک میں لکھا نہیں جا سکتا: { $reason }
error-store-disk-full = ڈسک بھر چکی ہے؛ کچھ بھی تبدیل نہیں کیا گیا۔
error-store-busy = ہینڈ بک کسی دوسرے پروگرام میں زیرِ استعمال ہے؛ دوبارہ کوشش کریں۔
error-store-no-policy = “{ $id }” نام کی کوئی پالیسی موجود نہیں۔
error-store-no-revision = پالیسی “{ $id }” کی { $lang } میں ترمیم { $revision } موجود نہیں۔
error-store-no-language = پالیسی “{ $id }” کا { $lang } میں کوئی متن موجود نہیں۔
error-store-exists = “{ $id }” نام کی پالیسی پہلے سے موجود ہے۔
error-store-invalid = { $reason }
error-store-sqlite = ڈیٹا بیس کی خرابی: { $reason }
error-store-io = { $path } کو پڑھنے یا لکھنے میں خرابی: { $reason }
error-review-own-revision = { $who } نے “{ $id }” ({ $lang }) کی ترمیم { $revision } لکھی ہے؛ اس کی منظوری کسی اور کو دینی ہو گی۔
error-review-wrong-status = “{ $id }” ({ $lang }) کی ترمیم { $revision } اس وقت “{ $status }” ہے؛ اس کارروائی ({ $action }) کے لیے ترمیم کا “{ $needed }” ہونا ضروری ہے۔
error-review-not-newest = “{ $id }” ({ $lang }) کی ترمیم { $revision } تازہ ترین نہیں ہے (تازہ ترین ترمیم { $newest } ہے)۔
error-review-no-reason = مسترد کرنے کے لیے وجہ بتانا ضروری ہے۔
error-review-no-actor = براہِ کرم اپنا نام بتائیں۔
error-review-future-date = منظوری کی تاریخ مستقبل کی نہیں ہو سکتی ({ $date })۔
error-review-retired = پالیسی “{ $id }” منسوخ ہو چکی ہے۔
error-search-empty-query = تلاش میں ڈھونڈنے کے لیے کوئی لفظ نہیں ہے۔
error-search-too-long = تلاش بہت طویل ہے ({ $length } حروف؛ زیادہ سے زیادہ 1,000)۔
error-search-index = تلاش کے انڈیکس میں خرابی: { $reason }
error-export-nothing-approved = برآمد کرنے کے لیے کچھ نہیں: کسی بھی پالیسی کی منظور شدہ ترمیم موجود نہیں۔
error-export-write = { $path } میں لکھا نہیں جا سکا: { $reason }
error-export-build = دستاویز تیار نہیں ہو سکی: { $reason }
error-i18n-broken = { $locale } کے ترجمے خراب ہیں: { $reason }
