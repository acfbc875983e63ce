# UI strings of the USE-IT! portal, Urdu (اردو).
# Translated from en.ftl: same keys, same variables. Plural categories (CLDR): one, other.
# Keys used by the generator itself (dates, names of kinds, categories...) come first;
# keys used by the theme's templates follow.

## Kinds of content
kind-home = مرکزی صفحہ
kind-page = صفحہ
kind-story = کہانی
kind-champion = چیمپیئن
kind-event = تقریب
kind-opportunity = موقع
kind-survey = سروے
kind-toolkit = ٹول کٹ

## Sections (navigation and listing titles when no introduction file gives one)
section-stories = کہانیاں
section-champions = چیمپیئنز
section-events = تقریبات
section-opportunities = مواقع
section-surveys = سروے
section-toolkits = ٹول کٹس
section-pages = صفحات
nav-home = مرکزی صفحہ

## Listings
listing-past-events = پچھلی تقریبات
listing-upcoming-events = آنے والی تقریبات
listing-all-upcoming-events = آنے والی تمام تقریبات
listing-events-in-category = تقریبات: { $category }
listing-events-in-place = { $place } میں تقریبات
listing-closed-opportunities = بند مواقع
listing-open-opportunities = کھلے مواقع
listing-all-open-opportunities = تمام کھلے مواقع
# The page of training events and training opportunities together (/training/). reviewed: false (draft)
listing-training-and-courses = تربیت اور کورسز
listing-opportunities-of-kind = مواقع: { $kind }
listing-opportunities-in-place = { $place } میں مواقع
listing-all-toolkits = تمام ٹول کٹس
listing-toolkits-about = { $topic } کے بارے میں ٹول کٹس
listing-toolkits-for = ٹول کٹس، ان کے لیے: { $audience }
filter-by-category = قسم کے لحاظ سے
filter-by-neighbourhood = محلے کے لحاظ سے
filter-by-kind = قسم کے لحاظ سے
filter-by-topic = موضوع کے لحاظ سے
filter-by-audience = یہ کس کے لیے ہے

## Taxonomies
taxonomy-neighbourhoods = محلے
taxonomy-themes = شعبے
taxonomy-tags = ٹیگ
taxonomy-organisations = تنظیمیں
taxonomy-developments = ترقیاتی منصوبے

## Champion roles
role-community-researcher = کمیونٹی ریسرچر
role-community-partner = کمیونٹی پارٹنر
role-social-entrepreneur = سماجی کاروباری
role-mentor = مینٹر (رہنما)
role-matched-health-professional = صحت کا ماہر (مہارت کے مطابق کام سے جوڑا گیا)
role-volunteer = رضاکار

## Event categories, status, attendance, venue facilities
category-training = تربیت
category-network-meeting = نیٹ ورک میٹنگ
category-awareness-day = آگاہی کا دن
category-community-event = کمیونٹی تقریب
status-scheduled = طے شدہ
status-cancelled = منسوخ
status-postponed = ملتوی
attendance-in-person = خود آ کر
attendance-online = آن لائن
attendance-hybrid = خود آ کر اور آن لائن
facility-step-free = سیڑھیوں کے بغیر راستہ
facility-hearing-loop = ہیئرنگ لوپ
facility-lunch = دوپہر کا کھانا شامل
facility-childcare = بچوں کی دیکھ بھال
facility-prayer-space = نماز کی جگہ
facility-accessible-toilet = معذور افراد کے لیے ٹوائلٹ

## When an event happens ($date: a date with weekday; $start, $end: times)
when-all-day = { $date } (سارا دن)
when-days = { $first } سے { $last } تک
when-same-day = { $date }، { $start } سے { $end } تک
when-each-day = { $first } سے { $last } تک، روزانہ { $start } سے { $end } تک
when-span = { $date }، { $start } سے { $end_date }، { $end } تک
when-start = { $date }، { $start }

## Repeating events ($interval: every how many weeks or months)
repeat-weekly = { $interval ->
    [one] ہر ہفتے
   *[other] ہر { $interval } ہفتے بعد
}
repeat-monthly = { $interval ->
    [one] ہر مہینے
   *[other] ہر { $interval } مہینے بعد
}
repeat-on = { $every }، { $days }
repeat-on-day = { $every }، مہینے کی { $day } تاریخ کو
repeat-count = { $rule }، کل { $count } بار
repeat-until = { $rule }، { $date } تک
# The ordinals avoid adjective agreement with $day (جمعرات is feminine, the other days masculine):
# "جمعرات کو، جب یہ دن مہینے میں دوسری بار آئے" = "on the second Thursday of the month".
ordinal-1 = { $day } کو، جب یہ دن مہینے میں پہلی بار آئے
ordinal-2 = { $day } کو، جب یہ دن مہینے میں دوسری بار آئے
ordinal-3 = { $day } کو، جب یہ دن مہینے میں تیسری بار آئے
ordinal-4 = { $day } کو، جب یہ دن مہینے میں چوتھی بار آئے
ordinal-5 = { $day } کو، جب یہ دن مہینے میں پانچویں بار آئے
ordinal-last = { $day } کو، جب یہ دن مہینے میں آخری بار آئے
ordinal-every = ہر { $day } کو
weekday-monday = پیر
weekday-tuesday = منگل
weekday-wednesday = بدھ
weekday-thursday = جمعرات
weekday-friday = جمعہ
weekday-saturday = ہفتہ
weekday-sunday = اتوار

## Opportunity kinds
opportunity-job = نوکری
opportunity-training = تربیت
opportunity-volunteering = رضاکارانہ کام
opportunity-mentoring = رہنمائی (مینٹرنگ)
opportunity-funding = مالی مدد
opportunity-start-up-support = نیا کاروبار شروع کرنے میں مدد

## Feeds and calendars
feed-stories = کہانیاں
feed-opportunities = مواقع
calendar-events = تقریبات

## Languages
language-in = { $language } میں

## Surveys
survey-qr-label = QR کوڈ: “{ $title }” اپنے فون پر کھولیں

## Templates
# Strings of the theme's templates (themes/useit/templates/), called as t(key="...").
# Variables hold text the generator or the content gives (already in the page's language);
# `$count`, `$number` and `$total` are numbers (plural forms follow CLDR rules).
# A variable can stand for a link or a date that the template puts in: keep every `{ $... }`.

## Shared: labels of facts (shown before a value), badges, small words
label-when = کب
label-where = کہاں
label-repeats = کتنی بار
label-cost = خرچ
label-how-to-take-part = حصہ کیسے لیں
label-event-type = تقریب کی قسم
label-accessibility = رسائی
label-provider = ادارہ
label-opportunity-type = قسم
label-closes = آخری تاریخ
label-closing-date = درخواست کی آخری تاریخ
label-who-can-apply = کون درخواست دے سکتا ہے
label-area = علاقہ
label-published = شائع ہوا
label-updated = تازہ کیا گیا
label-champion = چیمپیئن
label-role = کردار
label-neighbourhood = محلہ
label-languages = زبانیں
label-files = فائلیں
label-for = کس کے لیے
label-topics = موضوعات
label-licence = لائسنس
# Licences in plain words (src/render/licence.rs) and toolkit file details (toolkit.html). reviewed: false (draft)
licence-cc-by = استعمال اور شیئر کرنے کے لیے مفت، حوالہ دے کر
licence-cc-by-sa = استعمال، شیئر اور تبدیل کرنے کے لیے مفت، حوالہ دے کر؛ جو آپ اس سے بنائیں اسے بھی اسی طرح شیئر کریں
licence-cc-by-nc = غیر تجارتی مقاصد کے لیے استعمال اور شیئر کرنے کے لیے مفت، حوالہ دے کر
licence-cc-by-nc-sa = غیر تجارتی مقاصد کے لیے استعمال، شیئر اور تبدیل کرنے کے لیے مفت، حوالہ دے کر؛ جو آپ اس سے بنائیں اسے بھی اسی طرح شیئر کریں
licence-cc-by-nd = بغیر تبدیلی کے استعمال اور شیئر کرنے کے لیے مفت، حوالہ دے کر
licence-cc0 = کسی بھی مقصد کے لیے استعمال کے لیے مفت؛ حوالہ ضروری نہیں
licence-ogl = استعمال اور شیئر کرنے کے لیے مفت، حوالہ دے کر (اوپن گورنمنٹ لائسنس)
toolkit-technical-details = تکنیکی تفصیلات
licence-full-text = مکمل لائسنس
label-version = ورژن
label-format = فائل کی قسم
label-size = سائز
label-language = زبان
label-file-name = فائل کا نام
label-phone = فون
label-email = ای میل
# A label followed by its value on the same line, e.g. "Phone: 0121 …"
label-with-colon = { $label }:
# Between the items of a list written on one line ("Finance, Marketing")
list-separator = {"، "}
badge-closed = بند
badge-closing-soon = آخری تاریخ قریب ہے
badge-past-event = گزری ہوئی تقریب
where-online = آن لائن
add-to-calendar = کیلنڈر میں شامل کریں
# What screen readers say for "Add to calendar" on a card ($title: the event)
add-to-calendar-item = کیلنڈر میں شامل کریں: { $title }
empty-nothing-here = ابھی یہاں کچھ نہیں ہے۔

## base.html: every page
skip-link = سیدھا اصل مواد پر جائیں
# Name of the main navigation (read by screen readers)
nav-main-label = مرکزی فہرست
# Name of the footer navigation (read by screen readers)
nav-footer-label = صفحے کا نچلا حصہ
# Name of the list of the languages this page is in (read by screen readers)
language-switcher = زبان چنیں
# Name of the footer list of every language of the website, each linking to its home page
# (read by screen readers)
footer-languages-label = اس ویب سائٹ کی زبانیں
# Title of the stories feed, shown by feed readers
head-feed-title = { $site }: کہانیاں
footer-feed = کہانیوں کی فیڈ (Atom)
footer-site-year = { $site }، { $year }۔

## 404.html
not-found-title = صفحہ نہیں ملا
not-found-description = یہ صفحہ نہیں مل سکا۔
not-found-lede = معاف کیجیے، ہمیں یہ صفحہ نہیں مل رہا۔ ہو سکتا ہے یہ کہیں اور چلا گیا ہو، یا پتہ غلط ہو۔
not-found-try = آپ ان میں سے کوئی صفحہ دیکھ سکتے ہیں:
not-found-home = مرکزی صفحہ
not-found-events = تقریبات
not-found-opportunities = نوکریاں، تربیت اور دوسرے مواقع
not-found-stories = کہانیاں
not-found-champions = چیمپیئنز
not-found-toolkits = ٹول کٹس
not-found-surveys = سروے

## home.html
# $title: the survey's title
home-survey-heading = اپنی رائے دیں: { $title }
home-survey-anonymous = آپ کے جوابات گمنام ہیں۔
home-survey-more = سروے کے بارے میں، اور اسے بھرنے میں مدد
home-events-heading = آنے والی تقریبات
home-events-empty = ابھی کوئی تقریب طے نہیں ہے۔
home-events-all = تمام تقریبات دیکھیں
home-opportunities-heading = نوکریاں، تربیت اور مواقع
home-opportunities-empty = ابھی کوئی کھلا موقع نہیں ہے۔
home-opportunities-all = تمام مواقع دیکھیں
home-stories-heading = تازہ کہانیاں
home-stories-empty = ابھی کوئی کہانی نہیں ہے۔
home-stories-all = تمام کہانیاں دیکھیں
home-champions-all = ہمارے چیمپیئنز سے ملیں
home-toolkits-heading = سوشل انٹرپرائزز کے لیے ٹول کٹس
home-toolkits-empty = ابھی کوئی ٹول کٹ نہیں ہے۔
home-toolkits-all = تمام ٹول کٹس دیکھیں

## section.html, term.html, taxonomy.html: listings
# Page title of page 2, 3… of a listing
listing-title-paged = { $title } ({ $total } میں سے صفحہ { $number })
# Under the heading of page 2, 3… of a listing
listing-page-of = { $total } میں سے صفحہ { $number }
# $subscribe and $download are links, with the texts of the next two strings
listing-calendar = یہ تقریبات اپنے فون کے کیلنڈر میں ڈالیں: { $subscribe } (کیلنڈر خود بخود تازہ ہوتا رہے گا) یا { $download }۔
listing-calendar-subscribe = سبسکرائب کریں
listing-calendar-download = کیلنڈر فائل ڈاؤن لوڈ کریں
# $kind: what the listing lists
listing-feed = { $kind ->
    [opportunity] نئے مواقع فیڈ ریڈر میں دیکھتے رہیں
    [story] نئی کہانیاں فیڈ ریڈر میں دیکھتے رہیں
    [event] نئی تقریبات فیڈ ریڈر میں دیکھتے رہیں
    [toolkit] نئی ٹول کٹس فیڈ ریڈر میں دیکھتے رہیں
   *[other] نئی چیزیں فیڈ ریڈر میں دیکھتے رہیں
}
# Name of the filter links (read by screen readers); $kind: what the listing lists
listing-filters-label = { $kind ->
    [event] تقریبات کی فہرست چھانٹیں
    [opportunity] مواقع کی فہرست چھانٹیں
    [toolkit] ٹول کٹس کی فہرست چھانٹیں
   *[other] فہرست چھانٹیں
}
listing-empty = ابھی یہاں کچھ نہیں ہے۔ براہِ کرم جلد دوبارہ دیکھیں۔
# $taxonomy: e.g. "neighbourhoods"
taxonomy-description = { $site } پر تمام { $taxonomy }۔
# After each term: how many pages carry it
taxonomy-term-count = ({ $count ->
    [one] { $count } صفحہ
   *[other] { $count } صفحات
})
# $taxonomy: e.g. "Neighbourhoods"; $term: e.g. "Ladywood"
term-title = { $taxonomy }: { $term }
term-description = { $site } پر { $term } کے بارے میں سب کچھ۔
term-lede = { $term } کے بارے میں { $count ->
    [one] { $count } صفحہ
   *[other] { $count } صفحات
}۔
# On the page of an organisation or development of data/: the heading over what it offers
development-offers-heading = رہائشیوں کے لیے کیا ہے
# Before the names of the organisations behind a development
development-organisations = ذمہ دار ادارے:
# $name: the organisation's or development's name
record-website = { $name } کی ویب سائٹ
record-unreviewed = اس ترجمے کو ابھی اس زبان کے کسی قاری نے نہیں جانچا۔
# Heading over the list of what names the organisation or development
record-listed-heading = کہانیاں، تقریبات اور مواقع

## partials/item.html: cards in listings
# On the card of an item shown in English because it has no translation in this language
card-shown-in-default-language = انگریزی میں
# $venue: the name of the venue
card-venue-and-online = { $venue } اور آن لائن
card-no-closing-date = کوئی آخری تاریخ نہیں
# Number of files of a toolkit and their total size
card-files-with-size = { $count } (کل { $size })

## partials/pager.html
# Name of the page links (read by screen readers)
pager-label = صفحات
pager-status = { $total } میں سے صفحہ { $number }
# Shown on the link; screen readers say pager-previous-page instead
pager-previous = پچھلا
pager-previous-page = پچھلا صفحہ
# Shown on the link; screen readers say pager-next-page instead
pager-next = اگلا
pager-next-page = اگلا صفحہ
# What screen readers say for the link to page $number (the link shows the number only)
pager-page = صفحہ { $number }

## page.html
page-last-updated = آخری بار تازہ کیا گیا: { $date }

## story.html
story-by = تحریر: { $author }
story-by-on = تحریر: { $author }، { $date }
story-updated = (تازہ کیا گیا: { $date })
story-champion-heading = اس کہانی کا چیمپیئن
back-all-stories = تمام کہانیاں

## champion.html
# Followed by champion-illustrative-text, in bold
champion-illustrative-label = مثالی پروفائل:
champion-illustrative-text = یہ شخص صرف ایک مثال ہے، کوئی حقیقی رہائشی نہیں۔
champion-pseudonym-notice = اس چیمپیئن نے ہم سے کہا کہ ان کا اصل نام استعمال نہ کریں۔ یہاں دکھایا گیا نام فرضی ہے۔
champion-stories-heading = { $name } کے بارے میں کہانیاں
back-all-champions = تمام چیمپیئنز

## event.html
# Page title of a cancelled or postponed event; $status: "Cancelled" or "Postponed"
event-title-with-status = { $status }: { $title }
# In bold before event-cancelled-notice or event-postponed-notice
event-status-label = { $status }:
event-cancelled-notice = یہ تقریب نہیں ہوگی۔
event-postponed-notice = یہ تقریب دی گئی تاریخ پر نہیں ہوگی۔ تفصیل کے لیے منتظمین سے رابطہ کریں۔
event-past-notice = یہ تقریب ہو چکی ہے۔
# Event moves (event.html). reviewed: false (draft)
# Before a link to the event that replaces a postponed or cancelled one
event-moved-notice = یہ تقریب نئی تاریخ پر منتقل ہو گئی ہے:
# Heading of the contact to ask about a postponed event
event-ask-heading = منتظمین سے پوچھیں
event-map-link = اسے OpenStreetMap پر دیکھیں
event-join-online = آن لائن شامل ہوں
event-watch-recording = ریکارڈنگ دیکھیں
event-venue-heading = تقریب کی جگہ پر
event-next-dates = اگلی تاریخیں
event-booking-heading = بکنگ کیسے کریں
event-book-a-place = جگہ بک کریں
back-all-upcoming-events = آنے والی تمام تقریبات
back-all-past-events = تمام پچھلی تقریبات

## opportunity.html
opportunity-closed-notice = یہ موقع بند ہو چکا ہے: اب درخواستیں نہیں لی جاتیں۔
opportunity-no-closing-date = کوئی آخری تاریخ نہیں: جگہیں بھرنے تک کھلا ہے
opportunity-apply-heading = درخواست کیسے دیں
opportunity-apply-online = آن لائن درخواست دیں
back-all-opportunities = تمام مواقع

## toolkit.html
toolkit-download-all = پوری ٹول کٹ ڈاؤن لوڈ کریں
# After toolkit-download-all: what the download is
toolkit-bundle-format = (ZIP فائل، { $count ->
    [one] { $count } فائل
   *[other] { $count } فائلیں
}، { $size })
# Followed by the checksum; $name: the file name of the archive
toolkit-bundle-checksum = { $name } کا SHA-256:
toolkit-files-heading = ڈاؤن لوڈ کے لیے فائلیں
# After the title of each file; $format: e.g. "PDF document"; $size: e.g. "53.4 kB"
toolkit-file-format = ({ $format }، { $size })
back-all-toolkits = تمام ٹول کٹس

## survey.html, survey-languages.html, flyer.html
survey-take = سروے میں حصہ لیں
survey-print-flyer = پرچہ پرنٹ کریں
# Under the QR code on the survey page
survey-qr-caption = سروے کھولنے کے لیے اپنے فون کے کیمرے سے یہ کوڈ اسکین کریں۔
survey-qr-download = QR کوڈ ڈاؤن لوڈ کریں (SVG تصویر)
survey-closed-notice = یہ سروے بند ہو چکا ہے۔ حصہ لینے والے سب لوگوں کا شکریہ۔
# $date: the closing date
survey-open-until = { $date } تک کھلا ہے۔
survey-closed-on = { $date } کو بند ہوا۔
survey-anonymous = آپ کے جوابات گمنام ہیں: انہیں آپ کے نام سے نہیں جوڑا جاتا۔
survey-not-anonymous = یہ سروے گمنام نہیں ہے: آپ کے جوابات آپ کے نام سے جوڑے جا سکتے ہیں۔
survey-partial-answers = آپ جب چاہیں رک سکتے ہیں: ادھورا بھرا ہوا سروے بھی گنا جاتا ہے۔
# $prize: what can be won, as the survey describes it
survey-prize-draw = قرعہ اندازی: { $prize }
survey-versions-heading = یہ سروے دوسری زبانوں میں
# Link to the page that lists every language of the survey (one address to share or print)
survey-chooser-link = ہر زبان کے لیے ایک ہی لنک، شیئر یا پرنٹ کرنے کے لیے
survey-help-heading = بھرنے میں مدد
survey-help-intro = یہ لوگ اور جگہیں سروے بھرنے میں آپ کی مدد کر سکتے ہیں۔
back-all-surveys = تمام سروے
# Page that lists every language of a survey; $title: the survey's title
survey-languages-title = { $title }: اپنی زبان چنیں
survey-languages-lede = اپنی زبان چنیں: ہر لنک اسی زبان میں سروے کا صفحہ کھولتا ہے۔
# The printable flyer ($title: the survey's title)
flyer-title = پرچہ: { $title }
flyer-screen-hint = یہ پرچہ A5 کے ایک صفحے پر آ جاتا ہے (یا A4 پر، سائز بدل کر)۔ اسے پرنٹ کرنے کے لیے اپنے براؤزر کا Print (پرنٹ) کا حکم استعمال کریں۔
flyer-back = واپس سروے کے صفحے پر
# Name of the list of the flyer in other languages (read by screen readers)
flyer-languages-label = یہ پرچہ دوسری زبانوں میں
flyer-kicker = اپنی رائے دیں
flyer-anonymous = آپ کے جوابات گمنام ہیں۔
flyer-partial-answers = جتنا چاہیں جواب دیں: ہر جواب کام آتا ہے۔
# Under the QR code on the flyer
flyer-scan = اپنے فون کے کیمرے سے اسکین کریں
# Followed by the address of the survey
flyer-or-type = یا یہ پتہ لکھیں:
flyer-help-heading = بھرنے میں مدد چاہیے؟

## Decision facts of opportunities and events (src/render/facts.rs). reviewed: false (draft)
label-cost-note = لاگت کے بارے میں
label-pay = معاوضہ
label-time = وقت
label-english = درکار انگریزی
label-runs-in = زبانیں
label-qualification = سند
label-eligible-places = آپ کہاں رہتے ہوں
label-places = جگہیں
label-support = دی جانے والی مدد
cost-free = مفت
pay-unpaid = بلا معاوضہ
pay-hourly = { $amount } فی گھنٹہ
pay-yearly = { $amount } سالانہ
pay-vouchers = { $amount } کے شاپنگ واؤچر
badge-paid-hourly = معاوضہ { $amount } فی گھنٹہ
badge-paid-yearly = معاوضہ { $amount } سالانہ
badge-paid-vouchers = { $amount } کے واؤچر
hours-a-week = ہفتے میں { $hours } گھنٹے
duration-weeks = { $weeks } ہفتے
dates-from-to = { $start } سے { $end } تک
dates-from = { $start } سے
dates-until = { $end } تک
english-none = کوئی نہیں: آپ دوسری زبان میں حصہ لے سکتے ہیں
english-basic = روزمرہ کی بنیادی انگریزی
english-cefr = انگریزی لیول { $level } (کسی ٹیسٹ کی ضرورت نہیں)
english-ielts = IELTS { $score } یا اس سے زیادہ
badge-no-english-test = انگریزی ٹیسٹ کی ضرورت نہیں
badge-ielts = IELTS { $score } درکار
places-eligible = ان لوگوں کے لیے جو { $places } میں رہتے ہیں
places-count = { $count } جگہیں
places-waiting-list = بھر چکا ہے: آپ انتظار کی فہرست میں شامل ہو سکتے ہیں
badge-waiting-list = انتظار کی فہرست
support-childcare = بچوں کی نگہداشت
support-travel = سفر کا خرچ ادا کیا جاتا ہے
support-lunch = دوپہر کا کھانا
support-refreshments = چائے، کافی اور ہلکا ناشتہ
support-interpreter = ترجمان
support-equipment = سامان فراہم کیا جاتا ہے
list-or = { $first } یا { $last }
filter-practical = آپ کے لیے موزوں
filter-free = مفت
filter-no-english-test = انگریزی ٹیسٹ کی ضرورت نہیں
filter-this-week = اس ہفتے
filter-this-month = اس مہینے
filter-paid = معاوضے والے
filter-closing-within-14-days = 14 دن میں بند ہونے والے
listing-events-only = آنے والی تقریبات: { $which }
listing-opportunities-only = کھلے مواقع: { $which }

## Fallback pages (an item not yet translated) and the compact header (base.html). reviewed: false (draft)
fallback-notice = یہ صفحہ ابھی اردو میں دستیاب نہیں؛ یہاں یہ اپنی اصل زبان میں ہے: { $original }۔
header-menu = مینو
header-language = زبان

# ---- Vocabularies (src/i18n/vocab.rs): names of the neighbourhoods, themes and toolkit
# topics of site.yaml (by slug) and of toolkit audiences. Keys: neighbourhood-<slug>,
# theme-<slug>, topic-<slug>, audience-<slug of the words in toolkit.yaml>.
# Place names are transliterated in non-Latin scripts, kept as written in Latin ones.
## Vocabularies. reviewed: false (draft)
neighbourhood-cape-hill = کیپ ہل
neighbourhood-ladywood = لیڈی وڈ
neighbourhood-summerfield = سمرفیلڈ
neighbourhood-spring-hill = اسپرنگ ہل
neighbourhood-soho = سوہو
neighbourhood-greater-icknield = گریٹر آئکنیلڈ (پورا علاقہ)
theme-social-enterprise = سماجی کاروبار
theme-community-research = کمیونٹی تحقیق
theme-skills-matching = مہارتوں کا ملاپ
topic-getting-started = آغاز
topic-business-planning = کاروباری منصوبہ بندی
topic-finance = مالیات اور نقدی کا بہاؤ
topic-marketing = مارکیٹنگ
topic-legal-forms = قانونی شکلیں اور نظم و نسق
topic-crowdfunding = کراؤڈ فنڈنگ
topic-social-value = سماجی قدر اور اثر
audience-people-with-a-community-idea = کمیونٹی کے لیے خیال رکھنے والے لوگ
audience-new-social-entrepreneurs = نئے سماجی کاروباری افراد
audience-community-groups = کمیونٹی گروپ
audience-social-enterprises = سماجی کاروباری ادارے
audience-soho-network-members = SOHO نیٹ ورک کے اراکین
audience-fuse-participants = FUSE کے شرکاء
audience-residents-with-a-community-idea = کمیونٹی کے لیے خیال رکھنے والے رہائشی
audience-young-people = نوجوان
# ---- end of vocabularies
# ---- Times (src/i18n/dates.rs): the day period of 12-hour times, for CLDR's Latin "AM"/"PM".
## Times. reviewed: false (draft)
time-am = قبل دوپہر
time-pm = بعد دوپہر
# ---- end of times

## Search (src/render/jobs/search.rs, partials/search-form.html, search.js); $query: the words searched for. reviewed: false (draft)
search-label = سائٹ میں تلاش کریں
search-placeholder = نوکریاں، تربیت، تقریبات…
search-button = تلاش
search-title = تلاش
search-description = اس زبان یا تمام زبانوں میں نوکریاں، تربیت، تقریبات، کہانیاں اور ٹول کٹس تلاش کریں۔
search-results-for = { $query } کے نتائج
search-no-results = { $query } کے لیے کچھ نہیں ملا۔ کوئی اور لفظ آزمائیں، یا نیچے دی گئی فہرستیں دیکھیں۔
search-failed = تلاش لوڈ نہیں ہو سکی۔ اس کے بجائے نیچے دی گئی فہرستیں دیکھیں۔
search-kind-label = قسم
search-all-kinds = تمام اقسام
search-all-languages = تمام زبانوں میں تلاش کریں
search-no-script = لکھتے وقت تلاش کے لیے جاوا اسکرپٹ درکار ہے، جو بند ہے یا لوڈ نہیں ہوا۔ آپ نیچے دیے گئے فلٹرز سے تمام مواقع اور تقریبات دیکھ سکتے ہیں۔
search-browse-heading = اس کے بجائے دیکھیں
search-kind-page = صفحہ

## Weekly digest (src/render/jobs/digest.rs, digest-email.html, digest.txt, digest-index.html). reviewed: false (draft)
feed-events = تقریبات
digest-title = { $site }: { $from } سے { $to } تک کا ہفتہ
digest-heading = ہفتہ { $number }
digest-intro = اس ہفتے گریٹر آئیکنیلڈ میں کیا ہو رہا ہے: تقریبات، نئے مواقع اور کہانیاں۔ شراکت دار اسے جوں کا توں اپنے نیوز لیٹر میں شامل کر سکتے ہیں۔
digest-empty = اس ہفتے کچھ نیا نہیں۔ آنے والی تقریبات اور کھلے مواقع ہمیشہ ویب سائٹ پر موجود ہیں۔
digest-events = اس ہفتے کی تقریبات
digest-new-opportunities = نئے مواقع
digest-closing = اس ہفتے بند ہونے والے
digest-stories = نئی کہانیاں
digest-all-events = تمام آنے والی تقریبات
digest-all-opportunities = تمام کھلے مواقع
digest-web-version = ویب سائٹ پر پڑھیں
digest-text-version = سادہ متن
digest-feed = تقریبات کی فیڈ (Atom)
digest-in-languages = یہ خلاصہ ان زبانوں میں:
digest-index-title = ہفتہ وار خلاصہ
digest-index-intro = شراکت داروں کے نیوز لیٹرز اور نوٹس بورڈز کے لیے ہر ہفتے ایک صفحہ: ہفتے کی تقریبات، نئے اور بند ہونے والے مواقع اور نئی کہانیاں، ای میل میں چسپاں کرنے کے لیے تیار۔ ہر ہفتے کا سادہ متن بھی موجود ہے۔
digest-count = { $count ->
    [0] کچھ نیا نہیں
    [one] 1 اندراج
   *[other] { $count } اندراجات
}

## Footer: channels and funding (base.html, site.yaml `channels` and `funding`). reviewed: false (draft)
footer-channels-label = پروگرام دوسری جگہوں پر
footer-channels = USE-IT! کو فالو کریں
footer-digest = شراکت داروں کے لیے ہفتہ وار خلاصہ
footer-funding-emblem = یورپی یونین کا جھنڈا
footer-funding = یہ منصوبہ اربن انوویٹو ایکشنز انیشی ایٹو کے ذریعے یورپی علاقائی ترقیاتی فنڈ کی مشترکہ مالی معاونت سے چل رہا ہے۔

## Short addresses and flyers (redirect.html, flyer.html; site.yaml `short_links`, front matter `aliases`). reviewed: false (draft)
# The page of a short address (/survey), shown only when the browser does not move on by itself;
# followed by a link to the page
redirect-heading = یہ پتہ بدل گیا ہے
redirect-go = یہاں جائیں:
# On the flyer of an event or opportunity, above it on screen
flyer-back-page = صفحے پر واپس جائیں

## Share links (partials/share.html, share.js). reviewed: false (draft)
share-heading = یہ شیئر کریں
share-sms = ٹیکسٹ میسج
share-email = ای میل
share-address = اس صفحے کا پتا:
share-copy = لنک کاپی کریں
share-copied = لنک کاپی ہو گیا
share-copy-failed = کاپی نہیں ہو سکا: پتا منتخب کر کے کاپی کریں

## Preview of drafts and scheduled items (`useit build --drafts`, `useit serve`); $when: the date, or date and time, it is published from. reviewed: false (draft)
preview-draft = مسودہ: `draft: true` ہٹانے تک شائع نہیں ہوگا
preview-scheduled = طے شدہ: { $when } سے شائع ہوگا

## Footnotes in Markdown (src/markdown/footnotes.rs): the words of the link from a note back to where it is referred to (read by screen readers; the link shows an arrow). reviewed: false (draft)
footnote-back = متن پر واپس جائیں

## Table of contents above a long text (front matter `toc: true`; src/markdown/contents.rs). reviewed: false (draft)
toc-heading = فہرست

## Videos of stories and champion pages (src/render/videos.rs, partials/videos.html); $length: e.g. "4 min 12 s"; $size: e.g. "18.2 MB"; $host: e.g. "youtube.com". reviewed: false (draft)
video-length-minutes = { $minutes } منٹ { $seconds } سیکنڈ
video-length-seconds = { $seconds } سیکنڈ
video-facts = ویڈیو: { $length }، { $size }
video-recorded = { $date } کو ریکارڈ کی گئی
video-illustrative = پورٹل کے لیے بنایا گیا ایک وضاحتی کلپ، جسے فلمایا نہیں گیا۔
video-unsupported = یہ براؤزر یہاں ویڈیو نہیں چلا سکتا: اس کے بجائے اسے ڈاؤن لوڈ کریں۔
video-download = ویڈیو ڈاؤن لوڈ کریں ({ $size })
video-captions = کیپشن: { $languages }
video-transcript = تحریری متن
video-transcript-in = تحریری متن ({ $language } میں)
video-external-note = یہ ویڈیو { $host } پر ہے۔ جب تک آپ اسے چلانے کا انتخاب نہ کریں، { $host } سے کچھ بھی لوڈ نہیں ہوتا؛ پھر { $host } آپ کے آلے کا پتہ دیکھ لیتا ہے۔
video-external-play = ویڈیو { $host } سے چلائیں
video-external-open = اسے { $host } پر دیکھیں
