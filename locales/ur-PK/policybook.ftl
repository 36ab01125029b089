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
action-submitting = جمع کرانا
action-approving = منظوری
action-rejecting = مسترد کرنا
translation-source = اصل
translation-current = تازہ ترین
translation-stale = پرانا
translation-missing = موجود نہیں

## The employee handbook (DOCX)

handbook-default-title = ملازمین کی ہینڈ بک
handbook-language = زبان: { $language }
handbook-exported = برآمد کی تاریخ: { $date }
handbook-as-of = { $date } کی صورت میں (برآمد کی تاریخ: { $exported })
handbook-contents = فہرستِ مضامین
handbook-policy-meta = تاریخِ نفاذ: { $date } · ترمیم { $revision } · منظور کنندہ: { $approver }
# Word fills in the page numbers: keep { $page } and { $pages } where they belong.
handbook-page = صفحہ { $page } از { $pages }
handbook-translation-pending = ترجمہ ابھی باقی ہے: یہ پالیسی اپنی اصل زبان ({ $language }) میں دکھائی گئی ہے۔
handbook-notes = یادداشتیں

## Redline documents

redline-title = { $title }: ترمیم { $from } سے ترمیم { $to } تک تبدیلیاں
acks-report-title = تصدیقات کی رپورٹ
acks-report-as-of = { $date } تک
acks-report-due-days = منظوری کے { $days } دن کے اندر تصدیق لازم ہے۔
acks-report-none = کسی پالیسی کا تصدیق کے لیے منظور شدہ متن نہیں۔
acks-report-policy = نظرِ ثانی { $revision } نافذ؛ پڑھنی ہے نظرِ ثانی { $required }، منظوری { $date }
acks-report-audience = برائے: { $groups }
acks-report-everyone = سب
acks-report-figures = { $readers } قارئین: { $done } نے تصدیق کی، { $pending } کی مدت باقی، { $overdue } تاخیر میں۔
acks-report-acknowledged = تصدیق کی
acks-report-overdue = تاخیر میں
acks-report-stale = ترجمہ اصل متن سے پیچھے
acks-col-person = فرد
acks-col-date = تاریخ
acks-col-language = زبان
acks-col-revision = نظرِ ثانی
acks-col-due = آخری تاریخ

## Review reminders

ics-summary = جائزے کی مقررہ تاریخ: { $title } ({ $language })
notify-overdue =
    { $count ->
        [one] ایک پالیسی کے جائزے کا مقررہ وقت گزر چکا ہے۔
       *[other] { $count } پالیسیوں کے جائزے کا مقررہ وقت گزر چکا ہے۔
    }
notify-unread =
    { $count ->
        [one] ایک پالیسی پڑھ کر تصدیق کرنی ہے۔
       *[other] { $count } پالیسیاں پڑھ کر تصدیق کرنی ہیں۔
    }

## Command-line output

# کمانڈ لائن میں غلطی کی مانگی ہوئی چیز کرنے کا طریقہ (پیغام کے ساتھ جوڑا جاتا ہے)۔
cli-hint-identity-none = (چلائیں: policybook identity new --name NAME --email EMAIL)
cli-hint-people-no-identity = (چلائیں: policybook identity new --name NAME --email EMAIL)
cli-hint-ack-no-name = (--as NAME کے ساتھ)
cli-hint-word-tracked-changes = (--accept-changes کے ساتھ)
cli-hint-sync-no-remote = (چلائیں: policybook remote set URL)
cli-hint-people-not-listed = (ایڈمن چلائے: policybook people add)
cli-hint-ack-signed = (ایڈمن چلائے: policybook people add)
cli-imported = درآمد کی گئی: { $id } ({ $lang })، ترمیم { $revision }
cli-unchanged = کوئی تبدیلی نہیں: { $id } ({ $lang })
cli-import-summary =
    { $new ->
        [one] ایک نئی ترمیم
       *[other] { $new } نئی ترامیم
    }، { $unchanged } میں کوئی تبدیلی نہیں۔
cli-preview-policy = { $id } ({ $lang }) “{ $title }”، زمرہ { $category }، { $chars } حروف
cli-preview-translation = “{ $id }” کے ترجمے کے طور پر جوڑا جائے گا
cli-preview-summary =
    { $count ->
        [one] ایک پالیسی درآمد ہوگی (کچھ نہیں لکھا گیا)۔
       *[other] { $count } پالیسیاں درآمد ہوں گی (کچھ نہیں لکھا گیا)۔
    }
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
cli-no-remote = یہ ہینڈ بک شیئر نہیں ہے (policybook remote set URL سے شیئر کریں)۔
cli-not-signed = بغیر دستخط
cli-synced = { $remote } کے ساتھ ہم آہنگ: { $pulled } لائے گئے، { $pushed } بھیجے گئے، { $waiting } بھیجے جانے کے منتظر۔
cli-synced-acks = تصدیقات: { $pulled } موصول، { $pushed } روانہ۔
cli-demo = ڈیمو ہینڈ بک درآمد ہو گئی: پالیسیوں کے { $count } متن۔
cli-read-only = صرف پڑھنے کے لیے: ریموٹ اس ڈیسک کی تبدیلیاں قبول نہیں کرتا ({ $reason })؛ ہینڈ بک صرف لاتی ہے۔
cli-refused = { $by } کا { $action } مسترد: { $reason }
cli-conflict = تصادم: “{ $id }” ({ $lang }) کی ترمیم { $ours } ترمیم { $base } سے لکھی گئی جبکہ دوسرے ڈیسک نے ترمیم { $theirs } محفوظ کی؛ حل کرنے کے لیے نئی ترمیم محفوظ کریں۔
cli-unread-none = { $who } کے پاس پڑھنے کو کچھ نہیں۔
cli-unread-count = { $who } کو { $count } پڑھنی ہیں:
cli-unread-item = { $id } ({ $lang }) نظرِ ثانی { $revision } “{ $title }”، آخری تاریخ { $date }
cli-unread-overdue = { $id } ({ $lang }) نظرِ ثانی { $revision } “{ $title }”، { $date } سے تاخیر
cli-unread-since = نظرِ ثانی { $revision } کے بعد سے تبدیلیاں، جس کی آپ نے تصدیق کی تھی
cli-unread-never = ابھی نہیں پڑھی: پورا متن
cli-unread-stale = یہ ترجمہ اصل متن ({ $source } نظرِ ثانی { $revision }) سے پیچھے ہے: اصل متن بھی پڑھیں
cli-acked = { $who } نے { $id } ({ $lang }) نظرِ ثانی { $revision } پڑھ کر سمجھ لی۔
cli-acked-already = { $who } پہلے ہی { $id } ({ $lang }) نظرِ ثانی { $revision } کی تصدیق کر چکے تھے۔
cli-acks-as-of = { $date } تک کی تصدیقات
cli-acks-policy = { $id } ({ $lang }) نظرِ ثانی { $revision }، منظوری { $date }: { $readers } قارئین، { $done } نے تصدیق کی، { $pending } کی مدت باقی، { $overdue } تاخیر میں
cli-audience = { $id } ان کے لیے ہے: { $groups }
cli-audience-everyone = { $id } سب کے لیے ہے۔
cli-readers-none = ابھی کوئی قاری نہیں (policybook readers set NAME --groups GROUP سے شامل کریں)۔
error-sync-no-remote = یہ ہینڈ بک شیئر نہیں ہے: پہلے اس کا ریموٹ مقرر کریں۔
error-sync-bad-url = “{ $url }” قابلِ استعمال ریموٹ پتا نہیں ہے: { $reason }
error-sync-unreachable = ریموٹ { $remote } تک رسائی نہیں ہو سکی: { $reason }
error-sync-not-a-handbook = ریموٹ { $remote } میں کوئی Policybook ہینڈ بک نہیں ہے؛ کچھ نہیں بدلا گیا۔
error-sync-rewritten = ریموٹ { $remote } کی تاریخ دوبارہ لکھی گئی ہے (یہاں ہم آہنگ کمٹ { $commit } اب اس میں نہیں)؛ کچھ نہیں بدلا گیا۔
error-sync-unrelated = ریموٹ { $remote } میں کوئی اور ہینڈ بک ہے، اور اس ہینڈ بک کی اپنی تاریخ ہے؛ کچھ نہیں بدلا گیا (اس کے بجائے ریموٹ کو نئی ہینڈ بک میں clone کریں)۔
error-sync-damaged = ریموٹ کی ہینڈ بک خراب ہے: { $what }؛ کچھ نہیں بدلا گیا۔
error-sync-push-refused = ریموٹ { $remote } نے تبدیلیاں قبول نہیں کیں: { $reason }
error-sync-busy = ہم آہنگی کے دوران ریموٹ { $remote } بدلتا رہا؛ دوبارہ کوشش کریں۔
error-sync-exists = { $path } پہلے سے موجود ہے: نئی فائل میں clone کریں۔
error-sync-already-shared = یہ ہینڈ بک پہلے ہی { $remote } کے ذریعے شیئر ہے: کوئی اور شیئر شدہ ہینڈ بک کھولنے کے لیے پہلے شیئرنگ بند کریں۔
error-sync-refused = ریموٹ کا کمٹ { $commit } قبول نہیں کیا گیا: { $reason }؛ کچھ نہیں بدلا گیا۔
error-sync-cannot-send = اس ڈیسک کی تبدیلیاں نہیں بھیجی جا سکتیں: { $reason } (کچھ نہیں بھیجا گیا)۔
error-identity-none = اس ڈیسک کی ابھی کوئی شناخت نہیں: پہلے ایک بنائیں۔
error-identity-exists = { $path } میں پہلے سے ایک شناخت موجود ہے: اسے رکھا گیا (دوسری بنانے کے لیے پہلے اسے ہٹا دیں)۔
error-identity-file = شناخت کی فائل { $path }: { $reason }
error-identity-bad-key = شناخت کی فائل { $path } بغیر پاس فریز کی OpenSSH Ed25519 نجی کلید نہیں ہے: { $reason }
error-identity-bad-public-key = “{ $key }” کوئی OpenSSH Ed25519 عوامی کلید نہیں ہے (ssh-ed25519 AAAA…): { $reason }
error-identity-invalid = { $reason }
error-people-bad-role = “{ $role }” کوئی کردار نہیں ہے: admin، manager، editor یا staff۔
error-people-no-identity = یہ ہینڈ بک دستخط شدہ ہے: پہلے اپنی شناخت بنائیں اور کسی ایڈمن سے اس کی کلید شامل کرنے کو کہیں۔
error-people-not-listed = آپ کی کلید { $key } اس ہینڈ بک کے افراد کی فہرست میں نہیں ہے: کسی ایڈمن سے اسے شامل کرنے کو کہیں۔
error-people-removed = آپ کی کلید { $key } { $date } سے اس ہینڈ بک سے ہٹا دی گئی ہے۔
error-people-not-allowed = { $who } { $role } ہیں: ایک { $role } { $action } نہیں کر سکتا۔
error-people-not-you = اس دستخط شدہ ہینڈ بک میں آپ { $me } ہیں (کلید { $key }): آپ { $other } کے طور پر کام نہیں کر سکتے۔
error-people-unknown = اس ہینڈ بک کے افراد کی فہرست میں “{ $who }” نام یا کلید والا کوئی نہیں۔
error-people-name-taken = نام { $who } اس ہینڈ بک میں کسی اور شخص کا ہے (دوسری ای میل): کوئی الگ نام چنیں۔
error-people-key-taken = کلید { $key } پہلے ہی { $who } کی ہے۔
error-people-last-admin = { $who } ہینڈ بک کے آخری ایڈمن ہیں: پہلے کوئی اور ایڈمن شامل کریں۔
error-ack-not-in-force = “{ $id }” ({ $lang }) کی نظرِ ثانی { $revision } نافذ متن نہیں (وہ نظرِ ثانی { $newest } ہے): نظرِ ثانی { $newest } پڑھ کر اس کی تصدیق کریں۔
error-ack-nothing-approved = پالیسی “{ $id }” کا { $lang } میں تصدیق کے لیے کوئی منظور شدہ متن نہیں۔
error-ack-nothing-in-force = { $date } کو پالیسی “{ $id }” کا { $lang } میں کوئی منظور شدہ متن نافذ نہیں تھا۔
error-ack-retired = پالیسی “{ $id }” ختم ہو چکی ہے: تصدیق کے لیے کچھ نہیں۔
error-ack-no-name = بتائیں کون پڑھ رہا ہے۔
error-ack-bad-name = “{ $who }” قابلِ استعمال نام نہیں (ایک سطر، 1 سے 200 حروف)۔
error-ack-bad-group = “{ $group }” قابلِ استعمال گروپ کا نام نہیں (1 سے 60 حروف، کوما یا نئی سطر کے بغیر)۔
error-ack-bad-days = تصدیق کی مدت “{ $days }” دن: 1 سے 365 تک پورا عدد دیں۔
error-ack-unknown-reader = قارئین کی فہرست میں “{ $who }” نام کا کوئی نہیں۔
error-ack-signed = یہ ہینڈ بک دستخط شدہ ہے: اس کے قارئین اس کے لوگ ہیں، اور ایڈمن ان کے گروپ طے کرتا ہے۔
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
error-import-too-large = { $file }: اس کا حجم { $size } MB ہے، جو کسی پالیسی کی زیادہ سے زیادہ حد ({ $max } MB) سے بڑا ہے۔
error-word-encrypted = { $file }: دستاویز پاس ورڈ سے محفوظ ہے: Word میں پاس ورڈ ہٹائیں اور دوبارہ درآمد کریں۔
error-word-legacy-doc = { $file }: Word 97–2003 کی دستاویز (.doc): اسے .docx کے طور پر محفوظ کر کے وہ درآمد کریں۔
error-word-macros = { $file }: میکرو والی دستاویز (.docm): کچھ درآمد نہیں ہوا اور اس کے میکرو نہ چلائے گئے نہ رکھے گئے؛ اسے .docx کے طور پر محفوظ کر کے وہ درآمد کریں۔
error-word-not-zip = { $file }: یہ Word دستاویز نہیں ہے (‎.docx ایک zip پیکج ہوتا ہے)۔
error-word-not-word = { $file }: یہ Word دستاویز نہیں ہے (مرکزی حصہ نہیں)۔
error-word-too-big = { $file }: مسترد: { $what }۔
error-word-malformed = { $file }: { $part }: خراب: { $reason }
error-word-tracked-changes = { $file }: { $count } ٹریک شدہ تبدیلیاں، پہلی { $place } کے تحت: پہلے Word میں انہیں قبول یا مسترد کریں، یا انہیں قبول کر کے درآمد کریں۔
error-word-empty = { $file }: دستاویز میں کوئی متن نہیں۔
error-store-not-a-database = { $path } کوئی Policybook ہینڈ بک نہیں ہے (یہ SQLite ڈیٹا بیس نہیں، یا خراب ہے)۔
error-store-too-new = یہ ہینڈ بک Policybook کے کسی نئے ورژن میں لکھی گئی ہے۔
error-store-read-only = ہینڈ بک میں لکھا نہیں جا سکتا: { $reason }
error-store-unwritable = { $path } صرف پڑھی جا سکتی ہے (اس کی فائل، فولڈر یا ڈسک میں لکھا نہیں جا سکتا)؛ کچھ بھی تبدیل نہیں کیا گیا۔
error-store-disk-full = ڈسک بھر چکی ہے؛ کچھ بھی تبدیل نہیں کیا گیا۔
error-store-busy = ہینڈ بک کسی دوسرے پروگرام میں زیرِ استعمال ہے؛ دوبارہ کوشش کریں۔
error-store-no-policy = “{ $id }” نام کی کوئی پالیسی موجود نہیں۔
error-store-no-revision = پالیسی “{ $id }” کی { $lang } میں ترمیم { $revision } موجود نہیں۔
error-store-no-language = پالیسی “{ $id }” کا { $lang } میں کوئی متن موجود نہیں۔
error-store-exists = “{ $id }” نام کی پالیسی پہلے سے موجود ہے۔
error-store-review-cycle = پالیسی کا جائزہ ہر 1 سے 120 ماہ میں ہوتا ہے، { $months } میں نہیں۔
error-store-no-text = ترمیم میں کچھ متن ہونا ضروری ہے۔
error-store-no-title = ترمیم کا عنوان ہونا ضروری ہے۔
error-store-no-author = ترمیم کا مصنف ہونا ضروری ہے۔
error-store-unknown-setting = “{ $key }” نام کی کوئی ترتیب نہیں ہے (موجود: { $known })۔
error-store-not-empty = ڈیمو صرف خالی ہینڈ بک میں جاتا ہے؛ اس میں پالیسیاں یا ترتیبات موجود ہیں۔
error-store-out-of-order = “{ $id }” ({ $lang }) کی ترمیم { $revision } ترمیم { $newest } کے بعد والی نہیں ہے۔
error-store-hash-mismatch = “{ $id }” ({ $lang }) کی ترمیم { $revision } کا متن اس کے ہیش سے نہیں ملتا۔
error-store-retired-already = پالیسی “{ $id }” پہلے ہی منسوخ ہو چکی ہے۔
error-store-no-source-revision = پالیسی “{ $id }” کی ترجمے کے لیے { $lang } میں ترمیم { $revision } نہیں ہے۔
error-store-bad-id = “{ $id }” پالیسی کی شناخت نہیں ہو سکتی: حروف، ہندسے، “-”، “_” اور “.”، شروع میں حرف یا ہندسہ، زیادہ سے زیادہ 100۔
error-store-too-large = متن کا حجم { $size } MB ہے، جو کسی پالیسی کی زیادہ سے زیادہ حد ({ $max } MB) سے بڑا ہے۔
error-store-sqlite = ڈیٹا بیس کی خرابی: { $reason }
error-store-io = { $path } کو پڑھنے یا لکھنے میں خرابی: { $reason }
error-review-own-revision = { $who } نے “{ $id }” ({ $lang }) کی ترمیم { $revision } لکھی ہے؛ اس کی منظوری کسی اور کو دینی ہو گی۔
error-review-wrong-status = “{ $id }” ({ $lang }) کی ترمیم { $revision } اس وقت “{ $status }” ہے؛ اس کارروائی ({ $action }) کے لیے ترمیم کا “{ $needed }” ہونا ضروری ہے۔
error-review-not-newest = “{ $id }” ({ $lang }) کی ترمیم { $revision } تازہ ترین نہیں ہے (تازہ ترین ترمیم { $newest } ہے)۔
error-review-no-reason = مسترد کرنے کے لیے وجہ بتانا ضروری ہے۔
error-review-no-actor = براہِ کرم اپنا نام بتائیں۔
error-review-future-date = منظوری کی تاریخ مستقبل کی نہیں ہو سکتی ({ $date })۔
error-review-before-revision = منظوری کی تاریخ ({ $date }) نظرِ ثانی لکھے جانے کی تاریخ ({ $written }) سے پہلے کی نہیں ہو سکتی۔
error-image-too-large = تصویر بہت بڑی ہے ({ $size } بائٹ؛ زیادہ سے زیادہ { $max })۔
error-image-not-a-picture = یہ PNG یا JPEG تصویر نہیں ہے۔
error-image-unknown = ہینڈ بک میں ایسی کوئی تصویر نہیں ہے۔
error-review-retired = پالیسی “{ $id }” منسوخ ہو چکی ہے۔
error-search-empty-query = تلاش میں ڈھونڈنے کے لیے کوئی لفظ نہیں ہے۔
error-search-too-long = تلاش بہت طویل ہے ({ $length } حروف؛ زیادہ سے زیادہ 1,000)۔
error-search-index = تلاش کے انڈیکس میں خرابی: { $reason }
error-search-busy = تلاش کا اشاریہ کسی اور پروگرام میں مصروف ہے؛ دوبارہ کوشش کریں۔
error-category-unknown = “{ $category }” زمرے میں کوئی پالیسی نہیں۔
error-category-too-long = زمرے کا نام زیادہ سے زیادہ { $max } حروف کا ہو سکتا ہے۔
error-export-nothing-approved = برآمد کرنے کے لیے کچھ نہیں: کسی بھی پالیسی کی منظور شدہ ترمیم موجود نہیں۔
error-export-write = { $path } میں لکھا نہیں جا سکا: { $reason }
error-export-build = دستاویز تیار نہیں ہو سکی: { $reason }
error-export-disk-full = { $path } میں لکھا نہیں جا سکا: ڈسک بھر چکی ہے؛ کچھ بھی نہیں لکھا گیا۔
error-export-tampered = پالیسی “{ $id }” ({ $lang }) کی نظرِ ثانی { $revision } منظوری کے بعد Policybook کے باہر بدلی گئی؛ کچھ برآمد نہیں ہوا (ہینڈ بک کی جانچ تبدیلیاں دکھاتی ہے)۔
error-i18n-broken = { $locale } کے ترجمے خراب ہیں: { $reason }

## Desktop app (ui/): every string the window shows. Shortcut keys come in as variables ($shortcut,
## $enter…), so that the key names stay as printed on the keyboard.

ui-skip-to-main = مرکزی مواد پر جائیں
ui-loading = لوڈ ہو رہا ہے…
ui-close = بند کریں
ui-cancel = منسوخ کریں
ui-create = بنائیں
ui-dismiss = ہٹائیں
ui-error-unknown = کوئی خرابی پیش آ گئی۔
ui-toasts-label = اطلاعات
ui-readonly-tag = صرف پڑھنے کے لیے
ui-retired = منسوخ شدہ

ui-nav-label = مرکزی فہرست
ui-nav-search = تلاش
ui-nav-new-policy = نئی پالیسی…
ui-nav-due = واجب جائزے
ui-nav-export = ہینڈ بک برآمد کریں…
ui-nav-settings = ترتیبات
ui-overdue-count =
    { $count ->
        [one] ایک جائزہ تاخیر کا شکار
       *[other] { $count } جائزے تاخیر کا شکار
    }
ui-overdue-banner =
    { $count ->
        [one] ایک پالیسی کے جائزے کا مقررہ وقت گزر چکا ہے۔
       *[other] { $count } پالیسیوں کے جائزے کا مقررہ وقت گزر چکا ہے۔
    }
ui-overdue-show = واجب جائزے دیکھیں

ui-home-title = پالیسی ہینڈ بک
ui-home-title-company = { $company }: پالیسی ہینڈ بک
ui-home-count =
    { $count ->
        [0] ہینڈ بک میں ابھی کوئی پالیسی نہیں۔
        [one] ہینڈ بک میں ایک پالیسی ہے۔
       *[other] ہینڈ بک میں { $count } پالیسیاں ہیں۔
    }
ui-home-hint = فہرست میں سے کوئی پالیسی منتخب کریں، یا تلاش کے لیے { $shortcut } دبائیں۔

ui-filter-label = پالیسیاں چھانٹیں
ui-filter-placeholder = چھانٹیں…
ui-filter-none = کوئی پالیسی اس چھانٹی سے مطابقت نہیں رکھتی۔
ui-list-empty = ابھی کوئی پالیسی موجود نہیں۔
ui-list-label = پالیسیاں

ui-policy-meta = { $id } · { $category } · ذمہ دار: { $owner } · ہر { $months } ماہ بعد جائزہ
ui-lang-tabs-label = زبانیں
ui-view-tabs-label = منظر
ui-tab-edit = تدوین
ui-tab-read = مطالعہ
ui-tab-history = تاریخچہ
ui-revision-line = ترمیم { $revision }، از { $author }، { $date }
ui-no-text = ابھی { $language } میں کوئی متن موجود نہیں۔
ui-show-source = { $language } متن دکھائیں
ui-new-text = اس پالیسی کا پہلا { $language } متن لکھیں۔
ui-new-translation = { $language } ترجمہ یہاں لکھیں؛ اصل { $source } متن اس کے ساتھ دکھایا جا سکتا ہے۔
ui-title-label = عنوان
ui-title-required = عنوان ضروری ہے (یا متن کا آغاز کسی سرخی سے کریں)۔
ui-editor-label = متن (مارک ڈاؤن)
ui-editor-placeholder = پالیسی مارک ڈاؤن میں لکھیں…
ui-preview = پیش منظر
ui-right-pane-label = مدیر کے ساتھ دکھایا جانے والا حصہ
ui-source-text = اصل { $language } متن
ui-summary-label = تبدیلیوں کا خلاصہ
ui-summary-placeholder = کیا بدلا، اور کیوں؟
ui-save-revision = ترمیم محفوظ کریں
ui-saving = محفوظ کیا جا رہا ہے…
ui-saved-revision = مسودہ ترمیم { $revision } کے طور پر محفوظ کر دیا گیا۔
ui-nothing-to-save = محفوظ کرنے کے لیے کوئی تبدیلی نہیں۔
ui-unsaved-changes = غیر محفوظ تبدیلیاں (خودکار طور پر رکھی جا رہی ہیں)
ui-no-changes = کوئی غیر محفوظ تبدیلی نہیں
ui-shortcut-hint = فوری کلید: { $shortcut }
ui-autosave-found = { $date } کی غیر محفوظ تبدیلیاں رکھی گئی ہیں۔ کیا آپ انہیں بحال کرنا چاہیں گے؟
ui-autosave-restore = بحال کریں
ui-autosave-discard = ضائع کریں

ui-review-label = جائزہ
ui-review-submit = جائزے کے لیے جمع کرائیں
ui-review-approve = منظور کریں
ui-review-reject = مسترد کریں…
ui-review-reason-label = مسترد کرنے کی وجہ (ضروری)
ui-review-reject-confirm = ترمیم مسترد کریں
ui-review-own-hint = یہ ترمیم آپ نے لکھی ہے: اس کی منظوری کسی اور کو دینی ہو گی۔
ui-review-done-submit = ترمیم { $revision } جائزے کے لیے جمع کرا دی گئی۔
ui-review-done-approve = ترمیم { $revision } منظور کر لی گئی۔
ui-review-done-reject = ترمیم { $revision } واپس مسودے میں بھیج دی گئی۔

ui-history-choose = ترامیم: موازنے کے لیے دو منتخب کریں
ui-history-compare = موازنہ
ui-history-compare-rev = ترمیم { $revision } کا موازنہ کریں
ui-history-revision = ترمیم
ui-history-title = عنوان
ui-history-author = مصنف
ui-history-date = تاریخِ تحریر
ui-history-status = حیثیت
ui-history-summary = خلاصہ
ui-history-pick-two = کیا بدلا، یہ دیکھنے کے لیے دو ترامیم منتخب کریں۔
ui-approved-by = { $date } کو { $who } نے منظور کی
ui-translated-from = { $language } کی ترمیم { $revision } سے ترجمہ شدہ
ui-diff-title = ترمیم { $from } سے ترمیم { $to } تک تبدیلیاں
ui-diff-old = ترمیم { $revision } (پرانی)
ui-diff-new = ترمیم { $revision } (نئی)
ui-diff-side = ساتھ ساتھ
ui-diff-inline = ایک ہی متن میں
ui-diff-mode-label = تبدیلیاں دکھانے کا طریقہ
ui-diff-stats =
    { $inserted ->
        [one] ایک لفظ شامل
       *[other] { $inserted } الفاظ شامل
    }، { $deleted ->
        [one] ایک لفظ حذف
       *[other] { $deleted } الفاظ حذف
    }
ui-diff-identical = دونوں ترامیم کا متن ایک جیسا ہے۔
ui-export-redline = تبدیلیوں والی دستاویز برآمد کریں…
ui-exported-to = محفوظ کر دیا گیا: { $path }
ui-filter-word = ورڈ دستاویز
ui-filter-calendar = کیلنڈر
ui-source-changed = اس ترجمے کے بعد اصل { $language } متن میں کیا بدلا (ترمیم { $from } ← { $to })
ui-translation-beside-source = ترجمہ، اصل متن کے ساتھ
ui-translation-rev = { $language }، ترمیم { $revision }

ui-due-title = واجب جائزے
ui-due-window-label = اتنی مدت میں واجب جائزے دکھائیں
ui-due-window =
    { $days ->
        [one] ایک دن
       *[other] { $days } دن
    }
ui-due-none = اس مدت میں کوئی جائزہ واجب نہیں۔
ui-due-in =
    { $days ->
        [0] آج واجب
        [one] کل واجب
       *[other] { $days } دن میں واجب
    }
ui-due-overdue-by =
    { $days ->
        [one] ایک دن کی تاخیر
       *[other] { $days } دن کی تاخیر
    }
ui-due-owner = ذمہ دار: { $owner } · ترمیم { $revision }
ui-export-ics = کیلنڈر برآمد کریں (.ics)…

ui-search-title = ہینڈ بک میں تلاش
ui-search-label = تلاش کے الفاظ
ui-search-placeholder = تمام پالیسیوں میں تلاش کریں…
ui-search-lang-label = تلاش کی زبان
ui-search-all-langs = تمام زبانیں
ui-search-help = { $up } { $down } منتخب کریں · { $enter } کھولیں · { $escape } بند کریں
ui-search-count =
    { $count ->
        [0] کوئی پالیسی نہیں ملی۔
        [one] ایک نتیجہ
       *[other] { $count } نتائج
    }
ui-search-results = نتائج

ui-export-title = ملازمین کی ہینڈ بک برآمد کریں
ui-export-lang = زبان
ui-export-categories = زمرے
ui-export-no-categories = کم از کم ایک زمرہ منتخب کریں۔
ui-export-missing = وہ پالیسیاں جن کا ابھی ترجمہ نہیں ہوا
ui-export-missing-source = انہیں ان کی اصل زبان میں شامل کریں
ui-export-missing-skip = انہیں شامل نہ کریں
ui-export-embed-fonts = فونٹ شامل کریں (بنگالی اور اردو ہر کمپیوٹر پر درست نظر آئیں گی)
ui-export-doc-title = دستاویز کا عنوان
ui-export-run = برآمد کریں…
ui-export-progress = برآمد جاری ہے: { $total } میں سے { $done }…
ui-export-done =
    { $count ->
        [one] ایک پالیسی { $path } میں برآمد کر دی گئی۔
       *[other] { $count } پالیسیاں { $path } میں برآمد کر دی گئیں۔
    }

ui-new-policy-title = نئی پالیسی
ui-new-policy-id = پالیسی کی شناخت
ui-new-policy-id-help = انگریزی حروف، ہندسے، “-”، “_” اور “.”؛ آغاز کسی حرف یا ہندسے سے ہو؛ زیادہ سے زیادہ 100۔
ui-new-policy-category = زمرہ
ui-new-policy-owner = ذمہ دار
ui-new-policy-months = جائزے کا وقفہ (مہینے)
ui-new-policy-months-whole = جائزے کی مدت مہینوں کی پوری تعداد میں دیں۔
ui-new-policy-lang = اصل زبان
ui-policy-created = پالیسی { $id } بنا دی گئی: اب اس کا متن لکھیں۔

ui-settings-title = ترتیبات
ui-settings-who = براہِ کرم اپنا نام بتائیں: ہر ترمیم اور جائزے کے ساتھ آپ کا نام درج ہوتا ہے۔
ui-settings-user = آپ کا نام
ui-settings-user-help = آپ کی ترامیم اور جائزوں میں مصنف کے طور پر یہی نام درج ہو گا۔
ui-identity-title = آپ کی شناخت
ui-identity-none = اس ڈیسک کی ابھی کوئی شناخت نہیں۔ ایک بنائیں: کلیدوں کا ایک جوڑا جو اسی کمپیوٹر پر رہتا ہے اور شیئر کی گئی ہینڈ بک میں آپ کی تحریر اور منظوری پر دستخط کرتا ہے۔
ui-identity-name = نام
ui-identity-email = ای میل
ui-identity-create = میری شناخت بنائیں
ui-identity-made = آپ کی شناخت بن گئی ہے۔ اپنی عوامی کلید ہینڈ بک کے ایڈمن کو دیں۔
ui-identity-fingerprint = کلید کا فنگر پرنٹ:
ui-identity-public-key = عوامی کلید
ui-identity-key-help = نجی کلید اسی کمپیوٹر پر رہتی ہے؛ دوسرے صرف عوامی کلید دیکھتے ہیں۔
ui-identity-not-listed = اس ہینڈ بک کے افراد کی فہرست میں نہیں
ui-people-title = افراد
ui-people-none = اس ہینڈ بک میں کوئی فرد نہیں: یہ دستخط شدہ نہیں، اور نام لکھے جاتے ہیں۔
ui-people-role = کردار
ui-people-key = کلید
ui-people-add = کوئی فرد شامل کریں
ui-people-remove = کلید ہٹائیں
ui-people-remove-confirm = آج سے { $who } کی کلید ہٹائیں؟ جو انہوں نے پہلے دستخط کیا وہ درست رہے گا۔
ui-people-removed-from = { $date } سے ہٹائی گئی
ui-sync-title = شیئرنگ
ui-sync-now = ہم آہنگ کریں
ui-sync-running = ہم آہنگی جاری ہے…
ui-sync-last = ہم آہنگ { $when }
ui-sync-never = ابھی ہم آہنگ نہیں ہوا
ui-sync-waiting = { $count ->
    [one] ایک تبدیلی بھیجے جانے کی منتظر
   *[other] { $count } تبدیلیاں بھیجے جانے کی منتظر
}
ui-sync-read-only = صرف پڑھنے کے لیے: ریموٹ اس ڈیسک کی تبدیلیاں قبول نہیں کرتا ({ $reason })۔ وہ یہیں رہتی ہیں۔
ui-sync-conflicts = { $count ->
    [one] ایک تنازع حل کرنا ہے:
   *[other] { $count } تنازعات حل کرنے ہیں:
}
ui-sync-done = ہم آہنگ: { $pulled } آئیں، { $pushed } گئیں۔
ui-sync-refused = مسترد ({ $action }): { $reason }
ui-conflict-title = تنازع: { $id } ({ $language })
ui-conflict-help = دو ڈیسکوں نے الگ رہتے ہوئے یہ متن بدلا۔ نظرثانی { $theirs } دوسرے ڈیسک سے پہلے آئی؛ اس ڈیسک کا متن نظرثانی { $ours } ہے۔ دونوں نظرثانی { $base } سے شروع ہوئے۔ حل کرنے کے لیے نئی نظرثانی محفوظ کریں۔
ui-conflict-theirs = دوسرے ڈیسک کی تبدیلیاں (نظرثانی { $base } → { $theirs })
ui-conflict-ours = اس ڈیسک کی تبدیلیاں (نظرثانی { $base } → { $ours })
ui-conflict-edit = ترمیم کر کے حل کریں
ui-share-title = گٹ ریپوزٹری کے ذریعے شیئر کریں
ui-share-help = اپنی کمپنی کے فورج (GitLab، GitHub، Gitea) یا سرور پر کسی خالی ریپوزٹری کا پتا دیں۔ پہلی ہم آہنگی پوری ہینڈ بک اس کی تاریخ سمیت شائع کرتی ہے۔
ui-share-url = ریپوزٹری کا پتا
ui-share-run = شیئر اور ہم آہنگ کریں
ui-share-remote = اس کے ذریعے شیئر
ui-share-stop = شیئرنگ بند کریں
ui-share-stop-confirm = اس ہینڈ بک کی شیئرنگ بند کریں؟ یہ یہاں جیسی ہے ویسی رہے گی؛ اسی پتے سے دوبارہ شیئر کرنے پر وہیں سے جاری رہے گی۔
ui-confirm-yes = ہاں، جاری رکھیں
ui-join-title = یا کوئی شیئر شدہ ہینڈ بک کھولیں
ui-join-help = کیا آپ کی ٹیم پہلے سے ہینڈ بک شیئر کرتی ہے؟ اس کے بجائے اسے یہاں کھولیں۔ یہ ہینڈ بک اس کے ساتھ اپنی الگ فائل میں محفوظ رہے گی۔
ui-join-run = شیئر شدہ ہینڈ بک کھولیں
ui-joined = شیئر شدہ ہینڈ بک کھل گئی ہے۔ پہلے والی { $path } میں محفوظ ہے۔
ui-link-no-policy = اس ہینڈ بک میں “{ $id }” نام کی کوئی پالیسی نہیں۔
ui-link-title = Policybook سے باہر کا ایک لنک
ui-link-open = یہ لنک ہینڈ بک سے باہر لے جاتا ہے، یہاں:
ui-link-go = براؤزر میں کھولیں
role-admin = ایڈمن
role-manager = منیجر
role-editor = مدیر
role-staff = عملہ
ui-signed = دستخط شدہ { $key }…
ui-not-signed = بغیر دستخط
ui-settings-company = ادارے کا نام
ui-settings-lang = ایپ کی زبان
ui-settings-readonly = صرف پڑھنے کی سہولت (عملے کے لیے)
ui-settings-readonly-help = ہینڈ بک کو تدوین یا جائزے کے کسی اختیار کے بغیر دکھاتا ہے۔
ui-settings-saved = ترتیبات محفوظ کر دی گئیں۔
ui-settings-db = ہینڈ بک فائل: { $path }

ui-read-only-refused = ایپ صرف پڑھنے کی حالت میں ہے: تبدیلیاں کرنے کے لیے اسے ترتیبات میں بند کریں۔
ui-internal-error = Policybook کے اندر کچھ غلط ہو گیا۔ کچھ نہیں بدلا؛ آپ کام جاری رکھ سکتے ہیں۔
ui-no-save-target = فائل محفوظ کرنے کی جگہ دوبارہ منتخب کریں۔
ui-bad-link = یہ ویب یا میل کا پتا نہیں ہے: { $url }
ui-no-browser = { $url } نہیں کھل سکا: { $reason }
ui-prefs-unsaved = آپ کی ترتیبات { $path } میں محفوظ نہیں ہو سکیں: { $reason }
ui-nav-read = پڑھنا ہے
ui-read-count =
    { $count ->
        [one] پڑھنے کے لیے ایک پالیسی
       *[other] پڑھنے کے لیے { $count } پالیسیاں
    }
ui-read-start =
    { $count ->
        [one] آپ کو ایک پالیسی پڑھ کر تصدیق کرنی ہے۔
       *[other] آپ کو { $count } پالیسیاں پڑھ کر تصدیق کرنی ہیں۔
    }
ui-read-title = پڑھنا ہے
ui-read-person = بطور { $who } پڑھ رہے ہیں
ui-read-none = پڑھنے کو کچھ نہیں: آپ نے اپنی ہر متعلقہ پالیسی کی تصدیق کر دی ہے۔
ui-read-list-label = پڑھنے کی پالیسیاں
ui-read-due = آخری تاریخ { $date }
ui-read-overdue = { $date } سے تاخیر
ui-read-never = ابھی نہیں پڑھی
ui-read-since = نظرِ ثانی { $revision } کے بعد بدلی
ui-read-revision = نظرِ ثانی { $revision }، نافذ
ui-read-stale = یہ ترجمہ نافذ { $language } متن سے پیچھے ہے: وہ بھی پڑھیں۔
ui-read-show-source = اصل متن دکھائیں
ui-read-hide-source = اصل متن چھپائیں
ui-read-changes-since = نظرِ ثانی { $revision } کے بعد کی تبدیلیاں، جس کی آپ نے تصدیق کی تھی:
ui-read-you-read = نظرِ ثانی { $revision } (آپ نے پڑھی)
ui-read-in-force = نظرِ ثانی { $revision } (نافذ)
ui-read-whole = آپ نے یہ پالیسی ابھی نہیں پڑھی: پوری یہاں ہے۔
ui-read-ack = میں نے پڑھ کر سمجھ لیا
ui-read-acked = تصدیق ہو گئی: { $title }، نظرِ ثانی { $revision }۔
ui-nav-acks = تصدیقات
ui-acks-title = تصدیقات
ui-acks-as-of = تاریخ تک
ui-acks-refresh = تازہ کریں
ui-acks-export = رپورٹ برآمد کریں (ورڈ)
ui-acks-due-days = منظوری کے { $days } دن کے اندر؛ { $date } تک۔
ui-acks-none = کسی پالیسی کا تصدیق کے لیے منظور شدہ متن نہیں۔
ui-acks-policy = پالیسی
ui-acks-audience = برائے
ui-acks-everyone = سب
ui-acks-readers = قارئین
ui-acks-done = تصدیق کی
ui-acks-pending = مدت باقی
ui-acks-overdue = تاخیر میں
ui-acks-revision = نظرِ ثانی { $revision }، منظوری { $date }
ui-acks-overdue-title = تاخیر میں
ui-acks-due-on = آخری تاریخ { $date }
ui-acks-given-title = تصدیق کی
ui-acks-entry = نظرِ ثانی { $revision }، { $date }
ui-acks-stale = ترجمہ اصل متن سے پیچھے
ui-acks-signed = دستخط شدہ
ui-acks-none-given = ابھی کوئی تصدیق نہیں۔
ui-review-editorial = صرف الفاظ بدلے (عملے کو دوبارہ پڑھنے کی ضرورت نہیں)
ui-in-force-approved = نافذ: { $date } کو { $approver } نے منظور کی
ui-no-text-in-force = { $language } میں ابھی کچھ منظور نہیں ہوا: مسودہ منظوری سے پہلے نہیں دکھایا جاتا۔
ui-export-as-of = جس تاریخ کی صورت میں (اختیاری)
ui-export-as-of-help = اس دن نافذ متن؛ خالی: ہینڈ بک جیسی اب ہے۔
ui-acks-days-label = منظوری کے بعد تصدیق کے دن
ui-home-empty = یہ ہینڈ بک خالی ہے۔ دیکھنے کے لیے ڈیمو ہینڈ بک سے شروع کریں (چار زبانوں میں ایک درجن کسٹمر سروس پالیسیاں)، یا اپنی پہلی پالیسی لکھیں۔
ui-home-demo = ڈیمو ہینڈ بک لوڈ کریں
ui-audience-for = برائے: { $groups }
ui-audience-change = بدلیں
ui-audience-label = ان گروپوں کے لیے
ui-audience-placeholder = مثلاً دکانیں، رابطہ مرکز (خالی: سب)
ui-audience-help = گروپ کوما سے الگ کریں؛ کوئی گروپ نہ ہو تو سب کے لیے۔
ui-audience-save = محفوظ کریں
ui-readers-title = قارئین اور ان کے گروپ
ui-readers-none = ابھی کوئی قاری درج نہیں۔
ui-readers-name = نام
ui-readers-groups = گروپ
ui-readers-set = گروپ طے کریں

# Import from Word, in the window.
ui-nav-import = ورڈ سے درآمد…
ui-import-title = ورڈ سے درآمد
ui-import-choose = فائل منتخب کریں…
ui-import-help = ورڈ ہینڈ بک (.docx) اپنی سرخیوں پر پالیسیوں میں تقسیم ہوتی ہے؛ ہر مارک ڈاؤن اور ٹیکسٹ فائل ایک پالیسی ہے۔ درآمد کرنے تک کچھ نہیں لکھا جاتا۔
ui-filter-import = ورڈ، مارک ڈاؤن یا ٹیکسٹ
ui-import-lang = زبان
ui-import-lang-auto = ہر پالیسی کے رسم الخط اور الفاظ سے
ui-import-split = پالیسیوں میں تقسیم
ui-import-split-level = درجہ { $level } کی سرخیوں پر
ui-import-category = ہر پالیسی کا زمرہ
ui-import-category-auto = وہ سرخی جس کے تحت ہے
ui-import-accept-changes = ٹریک شدہ تبدیلیاں قبول شدہ مانیں
ui-import-pair = پہلے درآمد کی گئی ورڈ ہینڈ بک کے ترجمے کے طور پر جوڑیں
ui-import-summary = { $count ->
    [one] ایک پالیسی درآمد ہو گی:
   *[other] { $count } پالیسیاں درآمد ہوں گی:
}
ui-import-col-id = شناخت
ui-import-col-title = عنوان
ui-import-col-category = زمرہ
ui-import-col-lang = زبان
ui-import-col-chars = حروف
ui-import-col-notes = نوٹ
ui-import-translation-of = “{ $id }” کا ترجمہ
ui-import-run = { $count ->
    [one] ایک پالیسی درآمد کریں
   *[other] { $count } پالیسیاں درآمد کریں
}
ui-import-done = درآمد ہو گئیں: { $count } نئی ترامیم، { $unchanged } بغیر تبدیلی۔
ui-no-open-file = درآمد کی فائل دوبارہ منتخب کریں۔
