# UI strings of the USE-IT! portal, Bengali (বাংলা).
# Translated from en.ftl: same keys, same variables. Plural categories (CLDR): one, other.
# Keys used by the generator itself (dates, names of kinds, categories...) come first;
# keys used by the theme's templates follow.

## Kinds of content
kind-home = প্রথম পাতা
kind-page = পাতা
kind-story = গল্প
kind-champion = চ্যাম্পিয়ন
kind-event = অনুষ্ঠান
kind-opportunity = সুযোগ
kind-survey = জরিপ
kind-toolkit = টুলকিট

## Sections (navigation and listing titles when no introduction file gives one)
section-stories = গল্প
section-champions = চ্যাম্পিয়নরা
section-events = অনুষ্ঠান
section-opportunities = সুযোগ
section-surveys = জরিপ
section-toolkits = টুলকিট
section-pages = পাতা
nav-home = প্রথম পাতা

## Listings
listing-past-events = আগের অনুষ্ঠান
listing-upcoming-events = আসন্ন অনুষ্ঠান
listing-all-upcoming-events = সব আসন্ন অনুষ্ঠান
listing-events-in-category = অনুষ্ঠান: { $category }
listing-events-in-place = { $place } এলাকার অনুষ্ঠান
listing-closed-opportunities = বন্ধ হয়ে যাওয়া সুযোগ
listing-open-opportunities = খোলা সুযোগ
listing-all-open-opportunities = সব খোলা সুযোগ
# The page of training events and training opportunities together (/training/). reviewed: false (draft)
listing-training-and-courses = প্রশিক্ষণ ও কোর্স
listing-opportunities-of-kind = সুযোগ: { $kind }
listing-opportunities-in-place = { $place } এলাকার সুযোগ
listing-all-toolkits = সব টুলকিট
listing-toolkits-about = { $topic } বিষয়ে টুলকিট
listing-toolkits-for = যাঁদের জন্য টুলকিট: { $audience }
filter-by-category = ধরন অনুযায়ী
filter-by-neighbourhood = পাড়া অনুযায়ী
filter-by-kind = ধরন অনুযায়ী
filter-by-topic = বিষয় অনুযায়ী
filter-by-audience = কাদের জন্য, সেই অনুযায়ী

## Taxonomies
taxonomy-neighbourhoods = পাড়া
taxonomy-themes = মূল বিষয়
taxonomy-tags = ট্যাগ
taxonomy-organisations = সংস্থা
taxonomy-developments = উন্নয়ন প্রকল্প

## Champion roles
role-community-researcher = কমিউনিটি গবেষক
role-community-partner = কমিউনিটি সহযোগী
role-social-entrepreneur = সামাজিক উদ্যোক্তা
role-mentor = মেন্টর
role-matched-health-professional = স্বাস্থ্যকর্মী (দক্ষতা অনুযায়ী কাজের সাথে যুক্ত)
role-volunteer = স্বেচ্ছাসেবক

## Event categories, status, attendance, venue facilities
category-training = প্রশিক্ষণ
category-network-meeting = নেটওয়ার্ক মিটিং
category-awareness-day = সচেতনতা দিবস
category-community-event = কমিউনিটি অনুষ্ঠান
status-scheduled = নির্ধারিত
status-cancelled = বাতিল
status-postponed = স্থগিত
attendance-in-person = সশরীরে
attendance-online = অনলাইনে
attendance-hybrid = সশরীরে ও অনলাইনে
facility-step-free = সিঁড়ি ছাড়া ঢোকার পথ
facility-hearing-loop = হিয়ারিং লুপ
facility-lunch = দুপুরের খাবারসহ
facility-childcare = বাচ্চাদের দেখাশোনা
facility-prayer-space = নামাজের জায়গা
facility-accessible-toilet = প্রতিবন্ধী মানুষের উপযোগী টয়লেট

## When an event happens ($date: a date with weekday; $start, $end: times)
when-all-day = { $date } (সারা দিন)
when-days = { $first } থেকে { $last }
when-same-day = { $date }, { $start } থেকে { $end }
when-each-day = { $first } থেকে { $last }, প্রতিদিন { $start } থেকে { $end }
when-span = { $date }, { $start } থেকে { $end_date }, { $end }
when-start = { $date }, { $start }

## Repeating events ($interval: every how many weeks or months)
repeat-weekly = { $interval ->
    [one] প্রতি সপ্তাহে
   *[other] প্রতি { $interval } সপ্তাহ অন্তর
}
repeat-monthly = { $interval ->
    [one] প্রতি মাসে
   *[other] প্রতি { $interval } মাস অন্তর
}
repeat-on = { $every }, { $days }
repeat-on-day = { $every }, মাসের { $day } তারিখে
repeat-count = { $rule }, মোট { $count } বার
repeat-until = { $rule }, { $date } পর্যন্ত
ordinal-1 = মাসের প্রথম { $day }
ordinal-2 = মাসের দ্বিতীয় { $day }
ordinal-3 = মাসের তৃতীয় { $day }
ordinal-4 = মাসের চতুর্থ { $day }
ordinal-5 = মাসের পঞ্চম { $day }
ordinal-last = মাসের শেষ { $day }
ordinal-every = প্রতি { $day }
weekday-monday = সোমবার
weekday-tuesday = মঙ্গলবার
weekday-wednesday = বুধবার
weekday-thursday = বৃহস্পতিবার
weekday-friday = শুক্রবার
weekday-saturday = শনিবার
weekday-sunday = রবিবার

## Opportunity kinds
opportunity-job = চাকরি
opportunity-training = প্রশিক্ষণ
opportunity-volunteering = স্বেচ্ছাসেবা
opportunity-mentoring = মেন্টরিং
opportunity-funding = অনুদান
opportunity-start-up-support = ব্যবসা শুরু করার সাহায্য

## Feeds and calendars
feed-stories = গল্প
feed-opportunities = সুযোগ
calendar-events = অনুষ্ঠান

## Languages
language-in = { $language } ভাষায়

## Surveys
survey-qr-label = QR কোড: আপনার ফোনে “{ $title }” খুলুন

## Templates
# Strings of the theme's templates (themes/useit/templates/), called as t(key="...").
# Variables hold text the generator or the content gives (already in the page's language);
# `$count`, `$number` and `$total` are numbers (plural forms follow CLDR rules).
# A variable can stand for a link or a date that the template puts in: keep every `{ $... }`.

## Shared: labels of facts (shown before a value), badges, small words
label-when = কখন
label-where = কোথায়
label-repeats = কত দিন পরপর
label-cost = খরচ
label-how-to-take-part = কীভাবে অংশ নেবেন
label-event-type = অনুষ্ঠানের ধরন
label-accessibility = ঢোকা ও চলাফেরার সুবিধা
label-provider = সংস্থা
label-opportunity-type = ধরন
label-closes = শেষ তারিখ
label-closing-date = আবেদনের শেষ তারিখ
label-who-can-apply = কারা আবেদন করতে পারেন
label-area = এলাকা
label-published = প্রকাশিত
label-updated = হালনাগাদ
label-champion = চ্যাম্পিয়ন
label-role = ভূমিকা
label-neighbourhood = পাড়া
label-languages = ভাষা
label-files = ফাইল
label-for = কাদের জন্য
label-topics = বিষয়
label-licence = লাইসেন্স
# Licences in plain words (src/render/licence.rs) and toolkit file details (toolkit.html). reviewed: false (draft)
licence-cc-by = ব্যবহার ও শেয়ার করা বিনামূল্যে, কৃতজ্ঞতা স্বীকার করে
licence-cc-by-sa = ব্যবহার, শেয়ার ও পরিবর্তন করা বিনামূল্যে, কৃতজ্ঞতা স্বীকার করে; এটি থেকে যা বানাবেন তা-ও একইভাবে শেয়ার করুন
licence-cc-by-nc = অবাণিজ্যিক কাজে ব্যবহার ও শেয়ার করা বিনামূল্যে, কৃতজ্ঞতা স্বীকার করে
licence-cc-by-nc-sa = অবাণিজ্যিক কাজে ব্যবহার, শেয়ার ও পরিবর্তন করা বিনামূল্যে, কৃতজ্ঞতা স্বীকার করে; এটি থেকে যা বানাবেন তা-ও একইভাবে শেয়ার করুন
licence-cc-by-nd = অপরিবর্তিত অবস্থায় ব্যবহার ও শেয়ার করা বিনামূল্যে, কৃতজ্ঞতা স্বীকার করে
licence-cc0 = যেকোনো কাজে ব্যবহার করা বিনামূল্যে; কৃতজ্ঞতা স্বীকার লাগবে না
licence-ogl = ব্যবহার ও শেয়ার করা বিনামূল্যে, কৃতজ্ঞতা স্বীকার করে (ওপেন গভর্নমেন্ট লাইসেন্স)
toolkit-technical-details = প্রযুক্তিগত বিবরণ
licence-full-text = পুরো লাইসেন্স
label-version = সংস্করণ
label-format = ফাইলের ধরন
label-size = আকার
label-language = ভাষা
label-file-name = ফাইলের নাম
label-phone = ফোন
label-email = ই-মেইল
# A label followed by its value on the same line, e.g. "Phone: 0121 …"
label-with-colon = { $label }:
# Between the items of a list written on one line ("Finance, Marketing")
list-separator = {", "}
badge-closed = বন্ধ
badge-closing-soon = শীঘ্রই বন্ধ হবে
badge-past-event = শেষ হয়ে যাওয়া অনুষ্ঠান
where-online = অনলাইনে
add-to-calendar = ক্যালেন্ডারে যোগ করুন
# What screen readers say for "Add to calendar" on a card ($title: the event)
add-to-calendar-item = ক্যালেন্ডারে যোগ করুন: { $title }
empty-nothing-here = এই মুহূর্তে এখানে কিছু নেই।

## base.html: every page
skip-link = সরাসরি মূল লেখায় যান
# Name of the main navigation (read by screen readers)
nav-main-label = প্রধান মেনু
# Name of the footer navigation (read by screen readers)
nav-footer-label = পাতার নিচের অংশ
# Name of the list of the languages this page is in (read by screen readers)
language-switcher = ভাষা বেছে নিন
# Name of the footer list of every language of the website, each linking to its home page
# (read by screen readers)
footer-languages-label = এই ওয়েবসাইটের ভাষাগুলো
# Title of the stories feed, shown by feed readers
head-feed-title = { $site }: গল্প
footer-feed = গল্পের ফিড (Atom)
footer-site-year = { $site }, { $year }।

## 404.html
not-found-title = পাতাটি পাওয়া যায়নি
not-found-description = এই পাতাটি খুঁজে পাওয়া যায়নি।
not-found-lede = দুঃখিত, পাতাটি আমরা খুঁজে পাচ্ছি না। হয়তো এটি সরানো হয়েছে, অথবা ঠিকানাটি ভুল।
not-found-try = এগুলোর কোনো একটি দেখতে পারেন:
not-found-home = প্রথম পাতা
not-found-events = অনুষ্ঠান
not-found-opportunities = চাকরি, প্রশিক্ষণ ও অন্যান্য সুযোগ
not-found-stories = গল্প
not-found-champions = চ্যাম্পিয়নরা
not-found-toolkits = টুলকিট
not-found-surveys = জরিপ

## home.html
# $title: the survey's title
home-survey-heading = আপনার মতামত দিন: { $title }
home-survey-anonymous = আপনার উত্তরে আপনার নাম থাকে না।
home-survey-more = জরিপ সম্পর্কে জানুন, আর পূরণ করতে সাহায্য নিন
home-events-heading = আসন্ন অনুষ্ঠান
home-events-empty = এই মুহূর্তে কোনো অনুষ্ঠানের পরিকল্পনা নেই।
home-events-all = সব অনুষ্ঠান দেখুন
home-opportunities-heading = চাকরি, প্রশিক্ষণ ও সুযোগ
home-opportunities-empty = এই মুহূর্তে কোনো খোলা সুযোগ নেই।
home-opportunities-all = সব সুযোগ দেখুন
home-stories-heading = সাম্প্রতিক গল্প
home-stories-empty = এখনো কোনো গল্প নেই।
home-stories-all = সব গল্প দেখুন
home-champions-all = আমাদের চ্যাম্পিয়নদের সাথে পরিচিত হোন
home-toolkits-heading = সোশ্যাল এন্টারপ্রাইজের জন্য টুলকিট
home-toolkits-empty = এখনো কোনো টুলকিট নেই।
home-toolkits-all = সব টুলকিট দেখুন

## section.html, term.html, taxonomy.html: listings
# Page title of page 2, 3… of a listing
listing-title-paged = { $title } (পাতা { $number }, মোট { $total })
# Under the heading of page 2, 3… of a listing
listing-page-of = পাতা { $number }, মোট { $total }
# $subscribe and $download are links, with the texts of the next two strings
listing-calendar = এই অনুষ্ঠানগুলো আপনার ফোনের ক্যালেন্ডারে রাখুন: { $subscribe } (ক্যালেন্ডার নিজে থেকেই হালনাগাদ হবে) অথবা { $download }।
listing-calendar-subscribe = সাবস্ক্রাইব করুন
listing-calendar-download = ক্যালেন্ডার ফাইল ডাউনলোড করুন
# $kind: what the listing lists
listing-feed = { $kind ->
    [opportunity] ফিড রিডারে নতুন সুযোগের খবর পান
    [story] ফিড রিডারে নতুন গল্পের খবর পান
    [event] ফিড রিডারে নতুন অনুষ্ঠানের খবর পান
    [toolkit] ফিড রিডারে নতুন টুলকিটের খবর পান
   *[other] ফিড রিডারে নতুন সবকিছুর খবর পান
}
# Name of the filter links (read by screen readers); $kind: what the listing lists
listing-filters-label = { $kind ->
    [event] অনুষ্ঠানের তালিকা ফিল্টার করুন
    [opportunity] সুযোগের তালিকা ফিল্টার করুন
    [toolkit] টুলকিটের তালিকা ফিল্টার করুন
   *[other] তালিকা ফিল্টার করুন
}
listing-empty = এই মুহূর্তে এখানে কিছু নেই। কিছুদিন পরে আবার দেখুন।
# $taxonomy: e.g. "neighbourhoods"
taxonomy-description = { $site }-এর সব { $taxonomy }।
# After each term: how many pages carry it
taxonomy-term-count = ({ $count ->
    [one] { $count }টি পাতা
   *[other] { $count }টি পাতা
})
# $taxonomy: e.g. "Neighbourhoods"; $term: e.g. "Ladywood"
term-title = { $taxonomy }: { $term }
term-description = { $site }-এ { $term } সম্পর্কে সবকিছু।
term-lede = { $term } সম্পর্কে { $count ->
    [one] { $count }টি পাতা
   *[other] { $count }টি পাতা
}।
# On the page of an organisation or development of data/: the heading over what it offers
development-offers-heading = বাসিন্দাদের জন্য যা আছে
# Before the names of the organisations behind a development
development-organisations = দায়িত্বে:
# $name: the organisation's or development's name
record-website = { $name }-এর ওয়েবসাইট
record-unreviewed = এই অনুবাদটি এখনও এই ভাষার কোনো পাঠক যাচাই করেননি।
# Heading over the list of what names the organisation or development
record-listed-heading = গল্প, অনুষ্ঠান ও সুযোগ

## partials/item.html: cards in listings
# On the card of an item shown in English because it has no translation in this language
card-shown-in-default-language = ইংরেজিতে
# $venue: the name of the venue
card-venue-and-online = { $venue } ও অনলাইনে
card-no-closing-date = কোনো শেষ তারিখ নেই
# Number of files of a toolkit and their total size
card-files-with-size = { $count }টি (মোট { $size })

## partials/pager.html
# Name of the page links (read by screen readers)
pager-label = পাতা নম্বর
pager-status = পাতা { $number }, মোট { $total }
# Shown on the link; screen readers say pager-previous-page instead
pager-previous = আগের
pager-previous-page = আগের পাতা
# Shown on the link; screen readers say pager-next-page instead
pager-next = পরের
pager-next-page = পরের পাতা
# What screen readers say for the link to page $number (the link shows the number only)
pager-page = পাতা { $number }

## page.html
page-last-updated = শেষ হালনাগাদ: { $date }

## story.html
story-by = লেখক: { $author }
story-by-on = লেখক: { $author }, { $date }
story-updated = (হালনাগাদ: { $date })
story-champion-heading = এই গল্পের চ্যাম্পিয়ন
back-all-stories = সব গল্প

## champion.html
# Followed by champion-illustrative-text, in bold
champion-illustrative-label = উদাহরণ প্রোফাইল:
champion-illustrative-text = এই মানুষটি একটি উদাহরণ মাত্র, এলাকার বাস্তব কোনো বাসিন্দা নন।
champion-pseudonym-notice = এই চ্যাম্পিয়ন তাঁর আসল নাম ব্যবহার না করতে বলেছেন। এখানে দেখানো নামটি একটি ছদ্মনাম।
champion-stories-heading = যে গল্পে { $name } আছেন
back-all-champions = সব চ্যাম্পিয়ন

## event.html
# Page title of a cancelled or postponed event; $status: "Cancelled" or "Postponed"
event-title-with-status = { $status }: { $title }
# In bold before event-cancelled-notice or event-postponed-notice
event-status-label = { $status }:
event-cancelled-notice = এই অনুষ্ঠানটি হবে না।
event-postponed-notice = এই অনুষ্ঠানটি দেখানো তারিখে হবে না। বিস্তারিত জানতে আয়োজকদের সাথে যোগাযোগ করুন।
event-past-notice = এই অনুষ্ঠানটি আগেই হয়ে গেছে।
# Event moves (event.html). reviewed: false (draft)
# Before a link to the event that replaces a postponed or cancelled one
event-moved-notice = অনুষ্ঠানটি নতুন তারিখে সরানো হয়েছে:
# Heading of the contact to ask about a postponed event
event-ask-heading = আয়োজকদের জিজ্ঞেস করুন
event-map-link = OpenStreetMap-এ জায়গাটি দেখুন
event-join-online = অনলাইনে যোগ দিন
event-watch-recording = রেকর্ডিং দেখুন
event-venue-heading = অনুষ্ঠানের জায়গায়
event-next-dates = পরের তারিখগুলো
event-booking-heading = কীভাবে বুক করবেন
event-book-a-place = জায়গা বুক করুন
back-all-upcoming-events = সব আসন্ন অনুষ্ঠান
back-all-past-events = সব আগের অনুষ্ঠান

## opportunity.html
opportunity-closed-notice = এই সুযোগটি বন্ধ হয়ে গেছে: এখন আর আবেদন নেওয়া হচ্ছে না।
opportunity-no-closing-date = কোনো শেষ তারিখ নেই: জায়গা পূরণ না হওয়া পর্যন্ত খোলা
opportunity-apply-heading = কীভাবে আবেদন করবেন
opportunity-apply-online = অনলাইনে আবেদন করুন
back-all-opportunities = সব সুযোগ

## toolkit.html
toolkit-download-all = পুরো টুলকিট ডাউনলোড করুন
# After toolkit-download-all: what the download is
toolkit-bundle-format = (ZIP ফাইল, { $count ->
    [one] { $count }টি ফাইল
   *[other] { $count }টি ফাইল
}, { $size })
# Followed by the checksum; $name: the file name of the archive
toolkit-bundle-checksum = { $name }-এর SHA-256:
toolkit-files-heading = ডাউনলোড করার ফাইল
# After the title of each file; $format: e.g. "PDF document"; $size: e.g. "53.4 kB"
toolkit-file-format = ({ $format }, { $size })
back-all-toolkits = সব টুলকিট

## survey.html, survey-languages.html, flyer.html
survey-take = জরিপে অংশ নিন
survey-print-flyer = লিফলেট প্রিন্ট করুন
# Under the QR code on the survey page
survey-qr-caption = জরিপটি খুলতে আপনার ফোনের ক্যামেরা দিয়ে এই কোডটি স্ক্যান করুন।
survey-qr-download = QR কোড ডাউনলোড করুন (SVG ছবি)
survey-closed-notice = এই জরিপ বন্ধ হয়ে গেছে। যাঁরা অংশ নিয়েছেন, সবাইকে ধন্যবাদ।
# $date: the closing date
survey-open-until = { $date } পর্যন্ত খোলা।
survey-closed-on = { $date } তারিখে বন্ধ হয়েছে।
survey-anonymous = আপনার উত্তরে আপনার নাম থাকে না: উত্তরগুলো আপনার নামের সাথে যুক্ত করা হয় না।
survey-not-anonymous = এই জরিপে আপনার নাম গোপন থাকে না: আপনার উত্তর আপনার নামের সাথে যুক্ত হতে পারে।
survey-partial-answers = আপনি যেকোনো সময় থামতে পারেন: আংশিক পূরণ করা জরিপও গোনা হয়।
# $prize: what can be won, as the survey describes it
survey-prize-draw = লটারি: { $prize }
survey-versions-heading = অন্য ভাষায় এই জরিপ
# Link to the page that lists every language of the survey (one address to share or print)
survey-chooser-link = সব ভাষার জন্য একটি লিংক, শেয়ার বা প্রিন্ট করার জন্য
survey-help-heading = পূরণ করতে সাহায্য
survey-help-intro = এই মানুষ ও জায়গাগুলো আপনাকে জরিপ পূরণ করতে সাহায্য করতে পারে।
back-all-surveys = সব জরিপ
# Page that lists every language of a survey; $title: the survey's title
survey-languages-title = { $title }: আপনার ভাষা বেছে নিন
survey-languages-lede = আপনার ভাষা বেছে নিন: প্রতিটি লিংক সেই ভাষায় জরিপের পাতা খোলে।
# The printable flyer ($title: the survey's title)
flyer-title = লিফলেট: { $title }
flyer-screen-hint = এই লিফলেট একটি A5 পাতায় ধরে যায় (অথবা A4 পাতায়, মাপমতো বড় করে)। প্রিন্ট করতে আপনার ব্রাউজারের Print (প্রিন্ট) কমান্ড ব্যবহার করুন।
flyer-back = জরিপের পাতায় ফিরে যান
# Name of the list of the flyer in other languages (read by screen readers)
flyer-languages-label = অন্য ভাষায় এই লিফলেট
flyer-kicker = আপনার মতামত দিন
flyer-anonymous = আপনার উত্তরে আপনার নাম থাকে না।
flyer-partial-answers = যতটা চান উত্তর দিন: প্রতিটি উত্তরই কাজে লাগে।
# Under the QR code on the flyer
flyer-scan = আপনার ফোনের ক্যামেরা দিয়ে স্ক্যান করুন
# Followed by the address of the survey
flyer-or-type = অথবা এই ঠিকানাটি লিখুন:
flyer-help-heading = পূরণ করতে সাহায্য লাগবে?

## Decision facts of opportunities and events (src/render/facts.rs). reviewed: false (draft)
label-cost-note = খরচ সম্পর্কে
label-pay = পারিশ্রমিক
label-time = সময়
label-english = প্রয়োজনীয় ইংরেজি
label-runs-in = ভাষা
label-qualification = যোগ্যতা
label-eligible-places = কোথায় থাকতে হবে
label-places = আসন
label-support = দেওয়া সহায়তা
cost-free = বিনামূল্যে
pay-unpaid = অবৈতনিক
pay-hourly = ঘণ্টায় { $amount }
pay-yearly = বছরে { $amount }
pay-vouchers = { $amount } মূল্যের শপিং ভাউচার
badge-paid-hourly = ঘণ্টায় { $amount } পারিশ্রমিক
badge-paid-yearly = বছরে { $amount } পারিশ্রমিক
badge-paid-vouchers = { $amount } ভাউচার
hours-a-week = সপ্তাহে { $hours } ঘণ্টা
duration-weeks = { $weeks } সপ্তাহ
dates-from-to = { $start } থেকে { $end }
dates-from = { $start } থেকে
dates-until = { $end } পর্যন্ত
english-none = লাগবে না: আপনি অন্য ভাষায় অংশ নিতে পারেন
english-basic = দৈনন্দিন মৌলিক ইংরেজি
english-cefr = { $level } স্তরের ইংরেজি (পরীক্ষা লাগবে না)
english-ielts = IELTS { $score } বা তার বেশি
badge-no-english-test = ইংরেজি পরীক্ষা লাগবে না
badge-ielts = IELTS { $score } প্রয়োজন
places-eligible = যাঁরা { $places } এলাকায় থাকেন তাঁদের জন্য
places-count = { $count }টি আসন
places-waiting-list = পূর্ণ: আপনি অপেক্ষা তালিকায় যোগ দিতে পারেন
badge-waiting-list = অপেক্ষা তালিকা
support-childcare = শিশু যত্ন
support-travel = যাতায়াত খরচ দেওয়া হয়
support-lunch = দুপুরের খাবার
support-refreshments = চা, কফি ও হালকা খাবার
support-interpreter = দোভাষী
support-equipment = সরঞ্জাম দেওয়া হয়
list-or = { $first } বা { $last }
filter-practical = আপনার উপযোগী
filter-free = বিনামূল্যে
filter-no-english-test = ইংরেজি পরীক্ষা লাগবে না
filter-this-week = এই সপ্তাহে
filter-this-month = এই মাসে
filter-paid = বেতনসহ
filter-closing-within-14-days = ১৪ দিনের মধ্যে বন্ধ হবে
listing-events-only = আসন্ন অনুষ্ঠান: { $which }
listing-opportunities-only = খোলা সুযোগ: { $which }

## Fallback pages (an item not yet translated) and the compact header (base.html). reviewed: false (draft)
fallback-notice = এই পৃষ্ঠাটি এখনও বাংলায় নেই; এখানে এটি মূল ভাষায় দেওয়া হলো: { $original }।
header-menu = মেনু
header-language = ভাষা

# ---- Vocabularies (src/i18n/vocab.rs): names of the neighbourhoods, themes and toolkit
# topics of site.yaml (by slug) and of toolkit audiences. Keys: neighbourhood-<slug>,
# theme-<slug>, topic-<slug>, audience-<slug of the words in toolkit.yaml>.
# Place names are transliterated in non-Latin scripts, kept as written in Latin ones.
## Vocabularies. reviewed: false (draft)
neighbourhood-cape-hill = কেপ হিল
neighbourhood-ladywood = লেডিউড
neighbourhood-summerfield = সামারফিল্ড
neighbourhood-spring-hill = স্প্রিং হিল
neighbourhood-soho = সোহো
neighbourhood-greater-icknield = গ্রেটার ইকনিল্ড (পুরো এলাকা)
theme-social-enterprise = সামাজিক উদ্যোগ
theme-community-research = কমিউনিটি গবেষণা
theme-skills-matching = দক্ষতার মিল
topic-getting-started = শুরু করা
topic-business-planning = ব্যবসার পরিকল্পনা
topic-finance = অর্থ ও নগদ প্রবাহ
topic-marketing = বিপণন
topic-legal-forms = আইনি কাঠামো ও পরিচালনা
topic-crowdfunding = ক্রাউডফান্ডিং
topic-social-value = সামাজিক মূল্য ও প্রভাব
audience-people-with-a-community-idea = কমিউনিটির জন্য ভাবনা আছে এমন মানুষ
audience-new-social-entrepreneurs = নতুন সামাজিক উদ্যোক্তা
audience-community-groups = কমিউনিটি গ্রুপ
audience-social-enterprises = সামাজিক উদ্যোগ প্রতিষ্ঠান
audience-soho-network-members = SOHO নেটওয়ার্কের সদস্য
audience-fuse-participants = FUSE-এর অংশগ্রহণকারী
audience-residents-with-a-community-idea = কমিউনিটির জন্য ভাবনা আছে এমন বাসিন্দা
audience-young-people = তরুণরা
# ---- end of vocabularies
# ---- Times (src/i18n/dates.rs): the day period of 12-hour times, for CLDR's Latin "AM"/"PM".
## Times. reviewed: false (draft)
time-am = পূর্বাহ্ণ
time-pm = অপরাহ্ণ
# ---- end of times

## Search (src/render/jobs/search.rs, partials/search-form.html, search.js); $query: the words searched for. reviewed: false (draft)
search-label = সাইটে খুঁজুন
search-placeholder = চাকরি, প্রশিক্ষণ, অনুষ্ঠান…
search-button = খুঁজুন
search-title = খোঁজ
search-description = এই ভাষায় বা সব ভাষায় চাকরি, প্রশিক্ষণ, অনুষ্ঠান, গল্প ও টুলকিট খুঁজুন।
search-results-for = { $query } এর ফলাফল
search-no-results = { $query } এর জন্য কিছু পাওয়া যায়নি। অন্য শব্দ চেষ্টা করুন, বা নিচের তালিকাগুলো দেখুন।
search-failed = খোঁজ লোড হয়নি। তার বদলে নিচের তালিকাগুলো দেখুন।
search-kind-label = ধরন
search-all-kinds = সব ধরন
search-all-languages = সব ভাষায় খুঁজুন
search-no-script = লেখার সাথে সাথে খোঁজার জন্য জাভাস্ক্রিপ্ট দরকার, যা বন্ধ আছে বা লোড হয়নি। নিচের ফিল্টার দিয়ে সব সুযোগ ও অনুষ্ঠান দেখতে পারেন।
search-browse-heading = তার বদলে দেখুন
search-kind-page = পাতা

## Weekly digest (src/render/jobs/digest.rs, digest-email.html, digest.txt, digest-index.html). reviewed: false (draft)
feed-events = অনুষ্ঠান
digest-title = { $site }: { $from } থেকে { $to } পর্যন্ত সপ্তাহ
digest-heading = সপ্তাহ { $number }
digest-intro = এই সপ্তাহে গ্রেটার আইকনিল্ডে যা হচ্ছে: অনুষ্ঠান, নতুন সুযোগ ও গল্প। অংশীদাররা এটি হুবহু তাদের নিউজলেটারে দিতে পারেন।
digest-empty = এই সপ্তাহে নতুন কিছু নেই। আসন্ন অনুষ্ঠান ও খোলা সুযোগ সবসময় ওয়েবসাইটে থাকে।
digest-events = এই সপ্তাহের অনুষ্ঠান
digest-new-opportunities = নতুন সুযোগ
digest-closing = এই সপ্তাহে বন্ধ হচ্ছে
digest-stories = নতুন গল্প
digest-all-events = সব আসন্ন অনুষ্ঠান
digest-all-opportunities = সব খোলা সুযোগ
digest-web-version = ওয়েবসাইটে পড়ুন
digest-text-version = সাধারণ লেখা
digest-feed = অনুষ্ঠানের ফিড (Atom)
digest-in-languages = এই সারাংশ অন্য ভাষায়:
digest-index-title = সাপ্তাহিক সারাংশ
digest-index-intro = অংশীদারদের নিউজলেটার ও নোটিশ বোর্ডের জন্য সপ্তাহে একটি পাতা: সপ্তাহের অনুষ্ঠান, নতুন ও বন্ধ হতে চলা সুযোগ এবং নতুন গল্প, ই-মেইলে বসানোর জন্য তৈরি। প্রতি সপ্তাহের একটি সাধারণ লেখার সংস্করণও আছে।
digest-count = { $count ->
    [0] নতুন কিছু নেই
    [one] ১টি বিষয়
   *[other] { $count }টি বিষয়
}

## Footer: channels and funding (base.html, site.yaml `channels` and `funding`). reviewed: false (draft)
footer-channels-label = অন্য জায়গায় এই কর্মসূচি
footer-channels = USE-IT! অনুসরণ করুন
footer-digest = অংশীদারদের জন্য সাপ্তাহিক সারাংশ
footer-funding-emblem = ইউরোপীয় ইউনিয়নের পতাকা
footer-funding = এই প্রকল্পটি আরবান ইনোভেটিভ অ্যাকশনস উদ্যোগের মাধ্যমে ইউরোপীয় আঞ্চলিক উন্নয়ন তহবিলের সহ-অর্থায়নে পরিচালিত।

## Short addresses and flyers (redirect.html, flyer.html; site.yaml `short_links`, front matter `aliases`). reviewed: false (draft)
# The page of a short address (/survey), shown only when the browser does not move on by itself;
# followed by a link to the page
redirect-heading = এই ঠিকানাটি সরানো হয়েছে
redirect-go = এখানে যান:
# On the flyer of an event or opportunity, above it on screen
flyer-back-page = পাতায় ফিরে যান

## Share links (partials/share.html, share.js). reviewed: false (draft)
share-heading = শেয়ার করুন
share-sms = টেক্সট মেসেজ
share-email = ই-মেইল
share-address = এই পাতার ঠিকানা:
share-copy = লিংক কপি করুন
share-copied = লিংক কপি হয়েছে
share-copy-failed = কপি করা যায়নি: ঠিকানাটি বেছে নিয়ে কপি করুন

## Preview of drafts and scheduled items (`useit build --drafts`, `useit serve`); $when: the date, or date and time, it is published from. reviewed: false (draft)
preview-draft = খসড়া: `draft: true` সরানো না হলে প্রকাশিত হবে না
preview-scheduled = নির্ধারিত: { $when } থেকে প্রকাশিত হবে

## Footnotes in Markdown (src/markdown/footnotes.rs): the words of the link from a note back to where it is referred to (read by screen readers; the link shows an arrow). reviewed: false (draft)
footnote-back = লেখায় ফিরে যান

## Table of contents above a long text (front matter `toc: true`; src/markdown/contents.rs). reviewed: false (draft)
toc-heading = সূচিপত্র

## Videos of stories and champion pages (src/render/videos.rs, partials/videos.html); $length: e.g. "4 min 12 s"; $size: e.g. "18.2 MB"; $host: e.g. "youtube.com". reviewed: false (draft)
video-length-minutes = { $minutes } মিনিট { $seconds } সেকেন্ড
video-length-seconds = { $seconds } সেকেন্ড
video-facts = ভিডিও: { $length }, { $size }
video-recorded = { $date } তারিখে রেকর্ড করা হয়েছে
video-illustrative = পোর্টালের জন্য তৈরি একটি উদাহরণমূলক ক্লিপ, বাস্তবে চিত্রায়িত নয়।
video-unsupported = এই ব্রাউজার এখানে ভিডিওটি চালাতে পারে না: এর বদলে এটি ডাউনলোড করুন।
video-download = ভিডিওটি ডাউনলোড করুন ({ $size })
video-captions = ক্যাপশন: { $languages }
video-transcript = প্রতিলিপি
video-transcript-in = প্রতিলিপি ({ $language } ভাষায়)
video-external-note = এই ভিডিওটি { $host }-এ আছে। আপনি চালাতে না চাওয়া পর্যন্ত { $host } থেকে কিছুই লোড হয় না; তখন { $host } আপনার ডিভাইসের ঠিকানা দেখতে পায়।
video-external-play = { $host } থেকে ভিডিওটি চালান
video-external-open = { $host }-এ দেখুন
