# UI strings of the USE-IT! portal, Arabic (العربية, Modern Standard Arabic).
# Translated from en.ftl: same keys, same variables.
# Plural categories (CLDR): zero, one, two, few, many, other.
# Keys used by the generator itself (dates, names of kinds, categories...) come first;
# keys used by the theme's templates follow.

## Kinds of content
kind-home = الرئيسية
kind-page = صفحة
kind-story = قصة
kind-champion = سفير المجتمع
kind-event = فعالية
kind-opportunity = فرصة
kind-survey = استبيان
kind-toolkit = حقيبة أدوات

## Sections (navigation and listing titles when no introduction file gives one)
section-stories = قصص
section-champions = سفراء المجتمع
section-events = الفعاليات
section-opportunities = الفرص
section-surveys = الاستبيانات
section-toolkits = حقائب الأدوات
section-pages = الصفحات
nav-home = الرئيسية

## Listings
listing-past-events = الفعاليات السابقة
listing-upcoming-events = الفعاليات القادمة
listing-all-upcoming-events = كل الفعاليات القادمة
listing-events-in-category = الفعاليات: { $category }
listing-events-in-place = الفعاليات في { $place }
listing-closed-opportunities = الفرص المغلقة
listing-open-opportunities = الفرص المفتوحة
listing-all-open-opportunities = كل الفرص المفتوحة
# The page of training events and training opportunities together (/training/). reviewed: false (draft)
listing-training-and-courses = تدريب ودورات
listing-opportunities-of-kind = الفرص: { $kind }
listing-opportunities-in-place = الفرص في { $place }
listing-all-toolkits = كل حقائب الأدوات
listing-toolkits-about = حقائب أدوات عن { $topic }
listing-toolkits-for = حقائب أدوات موجّهة إلى { $audience }
filter-by-category = حسب الفئة
filter-by-neighbourhood = حسب الحي
filter-by-kind = حسب النوع
filter-by-topic = حسب الموضوع
filter-by-audience = حسب مَن تناسبه

## Taxonomies
taxonomy-neighbourhoods = الأحياء
taxonomy-themes = المجالات
taxonomy-tags = الوسوم
taxonomy-organisations = المنظمات
taxonomy-developments = مشاريع التطوير

## Champion roles
role-community-researcher = باحث مجتمعي
role-community-partner = شريك مجتمعي
role-social-entrepreneur = رائد أعمال اجتماعي
role-mentor = مرشد
role-matched-health-professional = عامل صحي وجد فرصة تناسب مهاراته
role-volunteer = متطوع

## Event categories, status, attendance, venue facilities
category-training = تدريب
category-network-meeting = اجتماع شبكة
category-awareness-day = يوم توعية
category-community-event = فعالية مجتمعية
status-scheduled = في موعدها
status-cancelled = ملغاة
status-postponed = مؤجّلة
attendance-in-person = حضوريًا
attendance-online = عبر الإنترنت
attendance-hybrid = حضوريًا وعبر الإنترنت
facility-step-free = دخول بلا درجات
facility-hearing-loop = حلقة سمعية
facility-lunch = مع وجبة الغداء
facility-childcare = رعاية الأطفال
facility-prayer-space = مكان للصلاة
facility-accessible-toilet = دورة مياه لذوي الإعاقة

## When an event happens ($date: a date with weekday; $start, $end: times)
when-all-day = { $date } (طوال اليوم)
when-days = من { $first } إلى { $last }
when-same-day = { $date }، من { $start } إلى { $end }
when-each-day = من { $first } إلى { $last }، من { $start } إلى { $end } كل يوم
when-span = من { $date }، { $start }، إلى { $end_date }، { $end }
when-start = { $date }، { $start }

## Repeating events ($interval: every how many weeks or months)
repeat-weekly = { $interval ->
    [zero] كل { $interval } أسبوع
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $interval } أسابيع
    [many] كل { $interval } أسبوعًا
   *[other] كل { $interval } أسبوع
}
repeat-monthly = { $interval ->
    [zero] كل { $interval } شهر
    [one] كل شهر
    [two] كل شهرين
    [few] كل { $interval } أشهر
    [many] كل { $interval } شهرًا
   *[other] كل { $interval } شهر
}
repeat-on = { $every }، { $days }
repeat-on-day = { $every }، في اليوم { $day } من الشهر
repeat-count = { $rule }، عدد المرات: { $count }
repeat-until = { $rule }، حتى { $date }
# $day is a weekday with the article (الخميس): "الخميس الثاني من الشهر", "كل يوم الخميس".
ordinal-1 = { $day } الأول من الشهر
ordinal-2 = { $day } الثاني من الشهر
ordinal-3 = { $day } الثالث من الشهر
ordinal-4 = { $day } الرابع من الشهر
ordinal-5 = { $day } الخامس من الشهر
ordinal-last = { $day } الأخير من الشهر
ordinal-every = كل يوم { $day }
weekday-monday = الاثنين
weekday-tuesday = الثلاثاء
weekday-wednesday = الأربعاء
weekday-thursday = الخميس
weekday-friday = الجمعة
weekday-saturday = السبت
weekday-sunday = الأحد

## Opportunity kinds
opportunity-job = وظيفة
opportunity-training = تدريب
opportunity-volunteering = تطوّع
opportunity-mentoring = إرشاد
opportunity-funding = تمويل
opportunity-start-up-support = دعم لبدء المشاريع

## Feeds and calendars
feed-stories = قصص
feed-opportunities = الفرص
calendar-events = الفعاليات

## Languages
language-in = باللغة { $language }

## Surveys
survey-qr-label = رمز QR: افتح «{ $title }» على هاتفك

## Templates
# Strings of the theme's templates (themes/useit/templates/), called as t(key="...").
# Variables hold text the generator or the content gives (already in the page's language);
# `$count`, `$number` and `$total` are numbers (plural forms follow CLDR rules).
# A variable can stand for a link or a date that the template puts in: keep every `{ $... }`.

## Shared: labels of facts (shown before a value), badges, small words
label-when = متى
label-where = أين
label-repeats = التكرار
label-cost = التكلفة
label-how-to-take-part = كيف تشارك
label-event-type = نوع الفعالية
label-accessibility = سهولة الوصول
label-provider = الجهة المقدِّمة
label-opportunity-type = النوع
label-closes = آخر موعد
label-closing-date = آخر موعد للتقديم
label-who-can-apply = من يمكنه التقديم
label-area = المنطقة
label-published = تاريخ النشر
label-updated = آخر تحديث
label-champion = سفير المجتمع
label-role = الدور
label-neighbourhood = الحي
label-languages = اللغات
label-files = الملفات
label-for = لمن
label-topics = المواضيع
label-licence = الترخيص
# Licences in plain words (src/render/licence.rs) and toolkit file details (toolkit.html). reviewed: false (draft)
licence-cc-by = مجاني للاستخدام والمشاركة، مع ذكر المصدر
licence-cc-by-sa = مجاني للاستخدام والمشاركة والتعديل، مع ذكر المصدر؛ شارك ما تصنعه منه بالطريقة نفسها
licence-cc-by-nc = مجاني للاستخدام والمشاركة لأغراض غير تجارية، مع ذكر المصدر
licence-cc-by-nc-sa = مجاني للاستخدام والمشاركة والتعديل لأغراض غير تجارية، مع ذكر المصدر؛ شارك ما تصنعه منه بالطريقة نفسها
licence-cc-by-nd = مجاني للاستخدام والمشاركة دون تعديل، مع ذكر المصدر
licence-cc0 = مجاني للاستخدام لأي غرض؛ لا يلزم ذكر المصدر
licence-ogl = مجاني للاستخدام والمشاركة، مع ذكر المصدر (رخصة الحكومة المفتوحة)
toolkit-technical-details = تفاصيل تقنية
licence-full-text = نص الرخصة كاملًا
label-version = الإصدار
label-format = الصيغة
label-size = الحجم
label-language = اللغة
label-file-name = اسم الملف
label-phone = الهاتف
label-email = البريد الإلكتروني
# A label followed by its value on the same line, e.g. "Phone: 0121 …"
label-with-colon = { $label }:
# Between the items of a list written on one line ("Finance, Marketing")
list-separator = {"، "}
badge-closed = انتهى الموعد
badge-closing-soon = الموعد ينتهي قريبًا
badge-past-event = فعالية سابقة
where-online = عبر الإنترنت
add-to-calendar = أضف إلى التقويم
# What screen readers say for "Add to calendar" on a card ($title: the event)
add-to-calendar-item = أضف إلى التقويم: { $title }
empty-nothing-here = لا يوجد شيء هنا حاليًا.

## base.html: every page
skip-link = انتقل إلى المحتوى الرئيسي
# Name of the main navigation (read by screen readers)
nav-main-label = القائمة الرئيسية
# Name of the footer navigation (read by screen readers)
nav-footer-label = أسفل الصفحة
# Name of the list of the languages this page is in (read by screen readers)
language-switcher = اختر لغة
# Name of the footer list of every language of the website, each linking to its home page
# (read by screen readers)
footer-languages-label = لغات هذا الموقع
# Title of the stories feed, shown by feed readers
head-feed-title = { $site }: قصص
footer-feed = خلاصة القصص (Atom)
footer-site-year = { $site }، { $year }.

## 404.html
not-found-title = الصفحة غير موجودة
not-found-description = لم نجد هذه الصفحة.
not-found-lede = عذرًا، لا نجد هذه الصفحة. ربما نُقلت إلى مكان آخر، أو ربما العنوان خطأ.
not-found-try = يمكنك أن تجرّب إحدى هذه الصفحات:
not-found-home = الصفحة الرئيسية
not-found-events = الفعاليات
not-found-opportunities = وظائف وتدريب وفرص أخرى
not-found-stories = قصص
not-found-champions = سفراء المجتمع
not-found-toolkits = حقائب الأدوات
not-found-surveys = الاستبيانات

## home.html
# $title: the survey's title
home-survey-heading = شارك برأيك: { $title }
home-survey-anonymous = إجاباتك لا تحمل اسمك.
home-survey-more = عن الاستبيان، والمساعدة في ملئه
home-events-heading = الفعاليات القادمة
home-events-empty = لا توجد فعاليات مخطط لها حاليًا.
home-events-all = شاهد كل الفعاليات
home-opportunities-heading = وظائف وتدريب وفرص
home-opportunities-empty = لا توجد فرص مفتوحة حاليًا.
home-opportunities-all = شاهد كل الفرص
home-stories-heading = أحدث القصص
home-stories-empty = لا توجد قصص بعد.
home-stories-all = شاهد كل القصص
home-champions-all = تعرّف على سفراء المجتمع
home-toolkits-heading = حقائب أدوات للمؤسسات الاجتماعية
home-toolkits-empty = لا توجد حقائب أدوات بعد.
home-toolkits-all = شاهد كل حقائب الأدوات

## section.html, term.html, taxonomy.html: listings
# Page title of page 2, 3… of a listing
listing-title-paged = { $title } (الصفحة { $number } من { $total })
# Under the heading of page 2, 3… of a listing
listing-page-of = الصفحة { $number } من { $total }
# $subscribe and $download are links, with the texts of the next two strings
listing-calendar = أضف هذه الفعاليات إلى تقويم هاتفك: { $subscribe } (يتحدّث التقويم وحده) أو { $download }.
listing-calendar-subscribe = اشترك
listing-calendar-download = نزّل ملف التقويم
# $kind: what the listing lists
listing-feed = { $kind ->
    [opportunity] تابع الفرص الجديدة في قارئ الخلاصات
    [story] تابع القصص الجديدة في قارئ الخلاصات
    [event] تابع الفعاليات الجديدة في قارئ الخلاصات
    [toolkit] تابع حقائب الأدوات الجديدة في قارئ الخلاصات
   *[other] تابع كل جديد في قارئ الخلاصات
}
# Name of the filter links (read by screen readers); $kind: what the listing lists
listing-filters-label = { $kind ->
    [event] تصفية قوائم الفعاليات
    [opportunity] تصفية قوائم الفرص
    [toolkit] تصفية قوائم حقائب الأدوات
   *[other] تصفية القوائم
}
listing-empty = لا يوجد شيء هنا حاليًا. من فضلك عُد قريبًا.
# $taxonomy: e.g. "neighbourhoods"
taxonomy-description = كل { $taxonomy } في { $site }.
# After each term: how many pages carry it
taxonomy-term-count = ({ $count ->
    [zero] { $count } صفحة
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
})
# $taxonomy: e.g. "Neighbourhoods"; $term: e.g. "Ladywood"
term-title = { $taxonomy }: { $term }
term-description = كل ما في { $site } عن { $term }.
term-lede = { $count ->
    [zero] { $count } صفحة
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
} عن { $term }.
# On the page of an organisation or development of data/: the heading over what it offers
development-offers-heading = ما يقدمه للسكان
# Before the names of the organisations behind a development
development-organisations = الجهات المسؤولة:
# $name: the organisation's or development's name
record-website = موقع { $name }
record-unreviewed = لم يراجع هذه الترجمة بعد قارئ لهذه اللغة.
# Heading over the list of what names the organisation or development
record-listed-heading = قصص وفعاليات وفرص

## partials/item.html: cards in listings
# On the card of an item shown in English because it has no translation in this language
card-shown-in-default-language = بالإنجليزية
# $venue: the name of the venue
card-venue-and-online = { $venue } وعبر الإنترنت
card-no-closing-date = لا يوجد آخر موعد
# Number of files of a toolkit and their total size
card-files-with-size = { $count } (المجموع { $size })

## partials/pager.html
# Name of the page links (read by screen readers)
pager-label = أرقام الصفحات
pager-status = الصفحة { $number } من { $total }
# Shown on the link; screen readers say pager-previous-page instead
pager-previous = السابق
pager-previous-page = الصفحة السابقة
# Shown on the link; screen readers say pager-next-page instead
pager-next = التالي
pager-next-page = الصفحة التالية
# What screen readers say for the link to page $number (the link shows the number only)
pager-page = الصفحة { $number }

## page.html
page-last-updated = آخر تحديث: { $date }

## story.html
story-by = بقلم { $author }
story-by-on = بقلم { $author }، { $date }
story-updated = (آخر تحديث: { $date })
story-champion-heading = سفير المجتمع في هذه القصة
back-all-stories = كل القصص

## champion.html
# Followed by champion-illustrative-text, in bold
champion-illustrative-label = ملف توضيحي:
champion-illustrative-text = هذا الشخص مثال، وليس من سكان المنطقة الحقيقيين.
champion-pseudonym-notice = طلب منا هذا السفير ألا نستخدم اسمه الحقيقي. الاسم المعروض هنا اسم مستعار.
champion-stories-heading = قصص عن { $name }
back-all-champions = كل سفراء المجتمع

## event.html
# Page title of a cancelled or postponed event; $status: "Cancelled" or "Postponed"
event-title-with-status = { $status }: { $title }
# In bold before event-cancelled-notice or event-postponed-notice
event-status-label = { $status }:
event-cancelled-notice = لن تُقام هذه الفعالية.
event-postponed-notice = لن تُقام هذه الفعالية في التاريخ المذكور. تواصل مع المنظّمين لمعرفة التفاصيل.
event-past-notice = أُقيمت هذه الفعالية من قبل.
# Event moves (event.html). reviewed: false (draft)
# Before a link to the event that replaces a postponed or cancelled one
event-moved-notice = نُقلت الفعالية إلى موعد جديد:
# Heading of the contact to ask about a postponed event
event-ask-heading = اسأل المنظّمين
event-map-link = اعرض المكان على OpenStreetMap
event-join-online = انضم عبر الإنترنت
event-watch-recording = شاهد التسجيل
event-venue-heading = في مكان الفعالية
event-next-dates = المواعيد القادمة
event-booking-heading = كيف تحجز
event-book-a-place = احجز مكانًا
back-all-upcoming-events = كل الفعاليات القادمة
back-all-past-events = كل الفعاليات السابقة

## opportunity.html
opportunity-closed-notice = هذه الفرصة مغلقة: لم نعد نقبل الطلبات.
opportunity-no-closing-date = لا يوجد آخر موعد: التقديم مفتوح حتى تمتلئ الأماكن
opportunity-apply-heading = كيف تقدّم طلبك
opportunity-apply-online = قدّم طلبك عبر الإنترنت
back-all-opportunities = كل الفرص

## toolkit.html
toolkit-download-all = نزّل حقيبة الأدوات كاملة
# After toolkit-download-all: what the download is
toolkit-bundle-format = (ملف ZIP، { $count ->
    [zero] { $count } ملف
    [one] ملف واحد
    [two] ملفان
    [few] { $count } ملفات
    [many] { $count } ملفًا
   *[other] { $count } ملف
}، { $size })
# Followed by the checksum; $name: the file name of the archive
toolkit-bundle-checksum = بصمة SHA-256 للملف { $name }:
toolkit-files-heading = ملفات للتنزيل
# After the title of each file; $format: e.g. "PDF document"; $size: e.g. "53.4 kB"
toolkit-file-format = ({ $format }، { $size })
back-all-toolkits = كل حقائب الأدوات

## survey.html, survey-languages.html, flyer.html
survey-take = شارك في الاستبيان
survey-print-flyer = اطبع منشورًا
# Under the QR code on the survey page
survey-qr-caption = امسح هذا الرمز بكاميرا هاتفك لتفتح الاستبيان.
survey-qr-download = نزّل رمز QR (صورة SVG)
survey-closed-notice = هذا الاستبيان مغلق. شكرًا لكل من شارك.
# $date: the closing date
survey-open-until = مفتوح حتى { $date }.
survey-closed-on = أُغلق في { $date }.
survey-anonymous = إجاباتك لا تحمل اسمك: لا نربطها باسمك.
survey-not-anonymous = هذا الاستبيان ليس مجهول الهوية: قد تُربط إجاباتك باسمك.
survey-partial-answers = يمكنك التوقف في أي وقت: الاستبيان الذي تملأ جزءًا منه فقط يُحتسب أيضًا.
# $prize: what can be won, as the survey describes it
survey-prize-draw = سحب على جوائز: { $prize }
survey-versions-heading = هذا الاستبيان بلغات أخرى
# Link to the page that lists every language of the survey (one address to share or print)
survey-chooser-link = رابط واحد لكل اللغات، للمشاركة أو الطباعة
survey-help-heading = مساعدة في ملء الاستبيان
survey-help-intro = يمكن لهؤلاء الأشخاص وهذه الأماكن مساعدتك في ملء الاستبيان.
back-all-surveys = كل الاستبيانات
# Page that lists every language of a survey; $title: the survey's title
survey-languages-title = { $title }: اختر لغتك
survey-languages-lede = اختر لغتك: كل رابط يفتح صفحة الاستبيان بتلك اللغة.
# The printable flyer ($title: the survey's title)
flyer-title = منشور: { $title }
flyer-screen-hint = يناسب هذا المنشور صفحة واحدة بحجم A5 (أو A4 بعد ضبط الحجم). استخدم أمر الطباعة (Print) في متصفحك لطباعته.
flyer-back = العودة إلى صفحة الاستبيان
# Name of the list of the flyer in other languages (read by screen readers)
flyer-languages-label = هذا المنشور بلغات أخرى
flyer-kicker = شارك برأيك
flyer-anonymous = إجاباتك لا تحمل اسمك.
flyer-partial-answers = أجب بقدر ما تريد: كل إجابة لها قيمة.
# Under the QR code on the flyer
flyer-scan = امسح الرمز بكاميرا هاتفك
# Followed by the address of the survey
flyer-or-type = أو اكتب هذا العنوان:
flyer-help-heading = هل تحتاج إلى مساعدة في ملئه؟

## Decision facts of opportunities and events (src/render/facts.rs). reviewed: false (draft)
label-cost-note = عن التكلفة
label-pay = الأجر
label-time = الوقت
label-english = الإنجليزية المطلوبة
label-runs-in = اللغات
label-qualification = المؤهل
label-eligible-places = مكان السكن المطلوب
label-places = الأماكن
label-support = الدعم المقدَّم
cost-free = مجاني
pay-unpaid = بدون أجر
pay-hourly = { $amount } في الساعة
pay-yearly = { $amount } في السنة
pay-vouchers = { $amount } قسائم شراء
badge-paid-hourly = بأجر { $amount } في الساعة
badge-paid-yearly = بأجر { $amount } في السنة
badge-paid-vouchers = { $amount } قسائم
hours-a-week = { $hours } ساعة في الأسبوع
duration-weeks = { $weeks ->
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
   *[other] { $weeks } أسبوعًا
}
dates-from-to = من { $start } إلى { $end }
dates-from = ابتداءً من { $start }
dates-until = حتى { $end }
english-none = لا شيء: يمكنك المشاركة بلغة أخرى
english-basic = إنجليزية يومية أساسية
english-cefr = الإنجليزية بمستوى { $level } (بدون اختبار)
english-ielts = IELTS { $score } أو أعلى
badge-no-english-test = لا حاجة لاختبار الإنجليزية
badge-ielts = مطلوب IELTS { $score }
places-eligible = لمن يسكن في { $places }
places-count = { $count ->
    [one] مكان واحد
    [two] مكانان
    [few] { $count } أماكن
   *[other] { $count } مكانًا
}
places-waiting-list = ممتلئ: يمكنك الانضمام إلى قائمة الانتظار
badge-waiting-list = قائمة انتظار
support-childcare = رعاية الأطفال
support-travel = تُدفع تكاليف المواصلات
support-lunch = غداء
support-refreshments = شاي وقهوة ووجبات خفيفة
support-interpreter = مترجم فوري
support-equipment = تُوفَّر المعدات
list-or = { $first } أو { $last }
filter-practical = ما يناسبك
filter-free = مجاني
filter-no-english-test = لا حاجة لاختبار الإنجليزية
filter-this-week = هذا الأسبوع
filter-this-month = هذا الشهر
filter-paid = بأجر
filter-closing-within-14-days = يُغلق خلال 14 يومًا
listing-events-only = الفعاليات القادمة: { $which }
listing-opportunities-only = الفرص المفتوحة: { $which }

## Fallback pages (an item not yet translated) and the compact header (base.html). reviewed: false (draft)
fallback-notice = هذه الصفحة غير متوفرة بالعربية بعد؛ إليك نصها الأصلي بلغة: { $original }.
header-menu = القائمة
header-language = اللغة

# ---- Vocabularies (src/i18n/vocab.rs): names of the neighbourhoods, themes and toolkit
# topics of site.yaml (by slug) and of toolkit audiences. Keys: neighbourhood-<slug>,
# theme-<slug>, topic-<slug>, audience-<slug of the words in toolkit.yaml>.
# Place names are transliterated in non-Latin scripts, kept as written in Latin ones.
## Vocabularies. reviewed: false (draft)
neighbourhood-cape-hill = كيب هيل
neighbourhood-ladywood = ليديوود
neighbourhood-summerfield = سمرفيلد
neighbourhood-spring-hill = سبرينغ هيل
neighbourhood-soho = سوهو
neighbourhood-greater-icknield = غريتر إكنيلد (المنطقة كلها)
theme-social-enterprise = المؤسسات الاجتماعية
theme-community-research = البحث المجتمعي
theme-skills-matching = مطابقة المهارات
topic-getting-started = البداية
topic-business-planning = تخطيط الأعمال
topic-finance = المالية والتدفق النقدي
topic-marketing = التسويق
topic-legal-forms = الأشكال القانونية والحوكمة
topic-crowdfunding = التمويل الجماعي
topic-social-value = القيمة الاجتماعية والأثر
audience-people-with-a-community-idea = أصحاب فكرة لخدمة المجتمع
audience-new-social-entrepreneurs = روّاد الأعمال الاجتماعيون الجدد
audience-community-groups = المجموعات المجتمعية
audience-social-enterprises = المؤسسات الاجتماعية
audience-soho-network-members = أعضاء شبكة SOHO
audience-fuse-participants = المشاركون في FUSE
audience-residents-with-a-community-idea = سكان لديهم فكرة لخدمة المجتمع
audience-young-people = الشباب
# ---- end of vocabularies

## Search (src/render/jobs/search.rs, partials/search-form.html, search.js); $query: the words searched for. reviewed: false (draft)
search-label = ابحث في الموقع
search-placeholder = وظائف، تدريب، فعاليات…
search-button = بحث
search-title = بحث
search-description = ابحث عن الوظائف والتدريب والفعاليات والقصص والأدوات بهذه اللغة أو بكل اللغات.
search-results-for = نتائج { $query }
search-no-results = لم يُعثر على شيء لـ { $query }. جرّب كلمة أخرى أو تصفح القوائم أدناه.
search-failed = تعذّر تحميل البحث. تصفح القوائم أدناه بدلاً من ذلك.
search-kind-label = النوع
search-all-kinds = كل الأنواع
search-all-languages = ابحث في كل اللغات
search-no-script = البحث أثناء الكتابة يحتاج إلى جافاسكربت، وهي متوقفة أو لم تُحمَّل. يمكنك تصفح كل الفرص والفعاليات بالمرشحات أدناه.
search-browse-heading = تصفح بدلاً من ذلك
search-kind-page = صفحة

## Weekly digest (src/render/jobs/digest.rs, digest-email.html, digest.txt, digest-index.html). reviewed: false (draft)
feed-events = الفعاليات
digest-title = { $site }: أسبوع { $from } إلى { $to }
digest-heading = الأسبوع { $number }
digest-intro = ما يجري في غريتر آيكنيلد هذا الأسبوع: فعاليات وفرص جديدة وقصص. يمكن للشركاء نسخه كما هو في نشراتهم الإخبارية.
digest-empty = لا جديد هذا الأسبوع. الفعاليات القادمة والفرص المفتوحة موجودة دائمًا على الموقع.
digest-events = فعاليات هذا الأسبوع
digest-new-opportunities = فرص جديدة
digest-closing = تُغلق هذا الأسبوع
digest-stories = قصص جديدة
digest-all-events = كل الفعاليات القادمة
digest-all-opportunities = كل الفرص المفتوحة
digest-web-version = اقرأه على الموقع
digest-text-version = نسخة نصية
digest-feed = موجز الفعاليات (Atom)
digest-in-languages = هذا الملخص باللغات:
digest-index-title = الملخص الأسبوعي
digest-index-intro = صفحة كل أسبوع لنشرات الشركاء ولوحات الإعلانات: فعاليات الأسبوع والفرص الجديدة وتلك التي تُغلق والقصص الجديدة، جاهزة للصقها في رسالة بريد إلكتروني. لكل أسبوع نسخة نصية أيضًا.
digest-count = { $count ->
    [zero] لا جديد
    [one] إدخال واحد
    [two] إدخالان
    [few] { $count } إدخالات
   *[other] { $count } إدخالًا
}

## Footer: channels and funding (base.html, site.yaml `channels` and `funding`). reviewed: false (draft)
footer-channels-label = البرنامج في أماكن أخرى
footer-channels = تابعوا USE-IT!
footer-digest = الملخص الأسبوعي للشركاء
footer-funding-emblem = علم الاتحاد الأوروبي
footer-funding = هذا المشروع مموَّل جزئيًا من الصندوق الأوروبي للتنمية الإقليمية عبر مبادرة الإجراءات الحضرية المبتكرة.

## Short addresses and flyers (redirect.html, flyer.html; site.yaml `short_links`, front matter `aliases`). reviewed: false (draft)
# The page of a short address (/survey), shown only when the browser does not move on by itself;
# followed by a link to the page
redirect-heading = تغيّر هذا العنوان
redirect-go = انتقل إلى:
# On the flyer of an event or opportunity, above it on screen
flyer-back-page = العودة إلى الصفحة

## Share links (partials/share.html, share.js). reviewed: false (draft)
share-heading = شارِك هذا
share-sms = رسالة نصية
share-email = بريد إلكتروني
share-address = عنوان هذه الصفحة:
share-copy = نسخ الرابط
share-copied = تم نسخ الرابط
share-copy-failed = تعذّر النسخ: حدِّد العنوان وانسخه

## Preview of drafts and scheduled items (`useit build --drafts`, `useit serve`); $when: the date, or date and time, it is published from. reviewed: false (draft)
preview-draft = مسودة: لن تُنشر حتى يُحذف `draft: true`
preview-scheduled = مجدولة: تُنشر ابتداءً من { $when }

## Footnotes in Markdown (src/markdown/footnotes.rs): the words of the link from a note back to where it is referred to (read by screen readers; the link shows an arrow). reviewed: false (draft)
footnote-back = العودة إلى النص

## Table of contents above a long text (front matter `toc: true`; src/markdown/contents.rs). reviewed: false (draft)
toc-heading = المحتويات

## Videos of stories and champion pages (src/render/videos.rs, partials/videos.html); $length: e.g. "4 min 12 s"; $size: e.g. "18.2 MB"; $host: e.g. "youtube.com". reviewed: false (draft)
video-length-minutes = { $minutes } د { $seconds } ث
video-length-seconds = { $seconds } ث
video-facts = فيديو: { $length }، { $size }
video-recorded = سُجّل في { $date }
video-illustrative = مقطع توضيحي أُعدّ للموقع، ولم يُصوَّر تصويرًا حقيقيًا.
video-unsupported = لا يستطيع هذا المتصفح تشغيل الفيديو هنا: نزّله بدلًا من ذلك.
video-download = نزّل الفيديو ({ $size })
video-captions = الترجمة النصية: { $languages }
video-transcript = نص الفيديو
video-transcript-in = نص الفيديو (باللغة { $language })
video-external-note = هذا الفيديو موجود على { $host }. لا يُحمَّل أي شيء من { $host } حتى تختار تشغيله؛ وعندها يرى { $host } عنوان جهازك.
video-external-play = شغّل الفيديو من { $host }
video-external-open = شاهده على { $host }
