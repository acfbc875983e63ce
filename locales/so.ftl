# UI strings of the USE-IT! portal, Somali (Soomaali).
# Translated from en.ftl: same keys, same variables. Plural categories (CLDR): one, other.
# Keys used by the generator itself (dates, names of kinds, categories...) come first;
# keys used by the theme's templates follow.

## Kinds of content
kind-home = Bogga hore
kind-page = Bog
kind-story = Sheeko
kind-champion = Danjire bulsheed
kind-event = Munaasabad
kind-opportunity = Fursad
kind-survey = Sahan
kind-toolkit = Qalab iyo hagayaal

## Sections (navigation and listing titles when no introduction file gives one)
section-stories = Sheekooyin
section-champions = Danjirayaasha bulshada
section-events = Munaasabadaha
section-opportunities = Fursado
section-surveys = Sahanno
section-toolkits = Qalabka iyo hagayaasha
section-pages = Bogag
nav-home = Bogga hore

## Listings
listing-past-events = Munaasabadihii hore
listing-upcoming-events = Munaasabadaha soo socda
listing-all-upcoming-events = Dhammaan munaasabadaha soo socda
listing-events-in-category = Munaasabadaha: { $category }
listing-events-in-place = Munaasabadaha ka dhaca { $place }
listing-closed-opportunities = Fursadaha xiran
listing-open-opportunities = Fursadaha furan
listing-all-open-opportunities = Dhammaan fursadaha furan
# The page of training events and training opportunities together (/training/). reviewed: false (draft)
listing-training-and-courses = Tababar iyo koorsooyin
listing-opportunities-of-kind = Fursadaha: { $kind }
listing-opportunities-in-place = Fursadaha ka jira { $place }
listing-all-toolkits = Dhammaan qalabka iyo hagayaasha
listing-toolkits-about = Qalab iyo hagayaal ku saabsan { $topic }
listing-toolkits-for = Qalab iyo hagayaal loogu talagalay { $audience }
filter-by-category = Qaybta
filter-by-neighbourhood = Xaafadda
filter-by-kind = Nooca
filter-by-topic = Mawduuca
filter-by-audience = Cidda loogu talagalay

## Taxonomies
taxonomy-neighbourhoods = Xaafadaha
taxonomy-themes = Mawduucyada
taxonomy-tags = Calaamadaha
taxonomy-organisations = Hay'adaha
taxonomy-developments = Mashaariicda horumarinta

## Champion roles
role-community-researcher = Cilmi-baare bulsho
role-community-partner = La-hawlgale bulsho
role-social-entrepreneur = Ganacsade bulsheed
role-mentor = Hage (mentor)
role-matched-health-professional = Xirfadle caafimaad oo lala xiriiriyay shaqo ku habboon
role-volunteer = Tabarruce

## Event categories, status, attendance, venue facilities
category-training = Tababar
category-network-meeting = Kulan shabakad
category-awareness-day = Maalin wacyigelin
category-community-event = Munaasabad bulsho
status-scheduled = Qorshaysan
status-cancelled = La joojiyay
status-postponed = Dib loo dhigay
attendance-in-person = Fool ka fool
attendance-online = Internetka
attendance-hybrid = Fool ka fool iyo internetka
facility-step-free = Gelid jaranjaro la'aan ah
facility-hearing-loop = Hearing loop (qalabka maqalka)
facility-lunch = Qado ayaa lagu daray
facility-childcare = Daryeel carruur
facility-prayer-space = Meel lagu tukado
facility-accessible-toilet = Musqul loogu talagalay dadka naafada ah

## When an event happens ($date: a date with weekday; $start, $end: times)
when-all-day = { $date } (maalinta oo dhan)
when-days = { $first } ilaa { $last }
when-same-day = { $date }, { $start } ilaa { $end }
when-each-day = { $first } ilaa { $last }, maalin kasta { $start } ilaa { $end }
when-span = { $date }, { $start } ilaa { $end_date }, { $end }
when-start = { $date }, { $start }

## Repeating events ($interval: every how many weeks or months)
repeat-weekly = { $interval ->
    [one] Toddobaad kasta
   *[other] { $interval }-dii toddobaadba mar
}
repeat-monthly = { $interval ->
    [one] Bil kasta
   *[other] { $interval }-dii biloodba mar
}
repeat-on = { $every }, { $days }
repeat-on-day = { $every }, maalinta { $day } ee bisha
repeat-count = { $rule }, wadar { $count } jeer
repeat-until = { $rule }, ilaa { $date }
# The weekday names below are in the definite form ("Khamiista"), the only place they are used:
# "Khamiista labaad ee bisha" = the second Thursday of the month.
ordinal-1 = { $day } koowaad ee bisha
ordinal-2 = { $day } labaad ee bisha
ordinal-3 = { $day } saddexaad ee bisha
ordinal-4 = { $day } afraad ee bisha
ordinal-5 = { $day } shanaad ee bisha
ordinal-last = { $day } toddobaadka ugu dambeeya ee bisha
ordinal-every = { $day } toddobaad kasta
weekday-monday = Isniinta
weekday-tuesday = Talaadada
weekday-wednesday = Arbacada
weekday-thursday = Khamiista
weekday-friday = Jimcaha
weekday-saturday = Sabtida
weekday-sunday = Axadda

## Opportunity kinds
opportunity-job = Shaqo
opportunity-training = Tababar
opportunity-volunteering = Tabarruc
opportunity-mentoring = Hagid (mentoring)
opportunity-funding = Maalgelin
opportunity-start-up-support = Taageero bilaabista ganacsi

## Feeds and calendars
feed-stories = Sheekooyin
feed-opportunities = Fursado
calendar-events = Munaasabadaha

## Languages
language-in = af { $language }

## Surveys
survey-qr-label = Koodhka QR: ku fur “{ $title }” telefoonkaaga

## Templates
# Strings of the theme's templates (themes/useit/templates/), called as t(key="...").
# Variables hold text the generator or the content gives (already in the page's language);
# `$count`, `$number` and `$total` are numbers (plural forms follow CLDR rules).
# A variable can stand for a link or a date that the template puts in: keep every `{ $... }`.

## Shared: labels of facts (shown before a value), badges, small words
label-when = Goorma
label-where = Halkee
label-repeats = Intee jeer
label-cost = Qiimaha
label-how-to-take-part = Sida loo qayb galo
label-event-type = Nooca munaasabadda
label-accessibility = Fududaynta gelitaanka
label-provider = Hay'adda bixisa
label-opportunity-type = Nooca
label-closes = Taariikhda xiritaanka
label-closing-date = Taariikhda ugu dambeysa ee codsiga
label-who-can-apply = Yaa codsan kara
label-area = Deegaanka
label-published = La daabacay
label-updated = La cusboonaysiiyay
label-champion = Danjire bulsheed
label-role = Doorka
label-neighbourhood = Xaafadda
label-languages = Luqadaha
label-files = Faylasha
label-for = Loogu talagalay
label-topics = Mawduucyada
label-licence = Ruqsadda
# Licences in plain words (src/render/licence.rs) and toolkit file details (toolkit.html). reviewed: false (draft)
licence-cc-by = Bilaash in la isticmaalo oo la wadaago, adigoo xusaya cidda samaysay
licence-cc-by-sa = Bilaash in la isticmaalo, la wadaago oo wax laga beddelo, adigoo xusaya cidda samaysay; wixii aad ka samayso sidaas oo kale u wadaag
licence-cc-by-nc = Bilaash in la isticmaalo oo la wadaago ujeeddooyin aan ganacsi ahayn, adigoo xusaya cidda samaysay
licence-cc-by-nc-sa = Bilaash in la isticmaalo, la wadaago oo wax laga beddelo ujeeddooyin aan ganacsi ahayn, adigoo xusaya cidda samaysay; wixii aad ka samayso sidaas oo kale u wadaag
licence-cc-by-nd = Bilaash in la isticmaalo oo la wadaago iyadoo aan wax laga beddelin, adigoo xusaya cidda samaysay
licence-cc0 = Bilaash in loo isticmaalo ujeeddo kasta; looma baahna in la xuso cidda samaysay
licence-ogl = Bilaash in la isticmaalo oo la wadaago, adigoo xusaya cidda samaysay (Open Government Licence)
toolkit-technical-details = Faahfaahin farsamo
licence-full-text = Shatiga oo dhammaystiran
label-version = Nuqulka
label-format = Qaabka
label-size = Cabbirka
label-language = Luqadda
label-file-name = Magaca faylka
label-phone = Telefoon
label-email = E-mail
# A label followed by its value on the same line, e.g. "Phone: 0121 …"
label-with-colon = { $label }:
# Between the items of a list written on one line ("Finance, Marketing")
list-separator = {", "}
badge-closed = Xiran
badge-closing-soon = Dhowaan waa la xirayaa
badge-past-event = Munaasabad dhacday
where-online = Internetka
add-to-calendar = Ku dar kalandarka
# What screen readers say for "Add to calendar" on a card ($title: the event)
add-to-calendar-item = Ku dar kalandarka: { $title }
empty-nothing-here = Hadda halkan waxba ma yaallaan.

## base.html: every page
skip-link = Toos ugu gudub qoraalka bogga
# Name of the main navigation (read by screen readers)
nav-main-label = Liiska weyn
# Name of the footer navigation (read by screen readers)
nav-footer-label = Qaybta hoose ee bogga
# Name of the list of the languages this page is in (read by screen readers)
language-switcher = Dooro luqad
# Name of the footer list of every language of the website, each linking to its home page
# (read by screen readers)
footer-languages-label = Luqadaha website-kan
# Title of the stories feed, shown by feed readers
head-feed-title = { $site }: sheekooyin
footer-feed = Feed-ka sheekooyinka (Atom)
footer-site-year = { $site }, { $year }.

## 404.html
not-found-title = Bogga lama helin
not-found-description = Boggan lama heli karo.
not-found-lede = Waan ka xunnahay, boggaas ma helayno. Waxaa laga yaabaa in meel kale loo raray, ama cinwaanku khaldan yahay.
not-found-try = Waxaad isku dayi kartaa mid ka mid ah kuwan:
not-found-home = Bogga hore
not-found-events = Munaasabadaha
not-found-opportunities = Shaqooyin, tababar iyo fursado kale
not-found-stories = Sheekooyin
not-found-champions = Danjirayaasha bulshada
not-found-toolkits = Qalabka iyo hagayaasha
not-found-surveys = Sahanno

## home.html
# $title: the survey's title
home-survey-heading = Ra'yigaaga noo sheeg: { $title }
home-survey-anonymous = Jawaabahaagu magacaaga ma laha.
home-survey-more = Wax ku saabsan sahanka, iyo caawimaad aad ku buuxiso
home-events-heading = Munaasabadaha soo socda
home-events-empty = Hadda ma jiraan munaasabado la qorsheeyay.
home-events-all = Eeg dhammaan munaasabadaha
home-opportunities-heading = Shaqooyin, tababar iyo fursado
home-opportunities-empty = Hadda ma jiraan fursado furan.
home-opportunities-all = Eeg dhammaan fursadaha
home-stories-heading = Sheekooyinka ugu dambeeyay
home-stories-empty = Weli ma jiraan sheekooyin.
home-stories-all = Eeg dhammaan sheekooyinka
home-champions-all = La kulan danjirayaashayada bulshada
home-toolkits-heading = Qalab iyo hagayaal loogu talagalay ganacsiyada bulsheed
home-toolkits-empty = Weli ma jiraan qalab iyo hagayaal.
home-toolkits-all = Eeg dhammaan qalabka iyo hagayaasha

## section.html, term.html, taxonomy.html: listings
# Page title of page 2, 3… of a listing
listing-title-paged = { $title } (bogga { $number } ee { $total })
# Under the heading of page 2, 3… of a listing
listing-page-of = bogga { $number } ee { $total }
# $subscribe and $download are links, with the texts of the next two strings
listing-calendar = Munaasabadahan ku dar kalandarka telefoonkaaga: { $subscribe } (kalandarku si iskiis ah ayuu isu cusboonaysiiyaa) ama { $download }.
listing-calendar-subscribe = is-diiwaangeli (subscribe)
listing-calendar-download = soo deji faylka kalandarka
# $kind: what the listing lists
listing-feed = { $kind ->
    [opportunity] Kula soco fursadaha cusub feed reader
    [story] Kula soco sheekooyinka cusub feed reader
    [event] Kula soco munaasabadaha cusub feed reader
    [toolkit] Kula soco qalabka iyo hagayaasha cusub feed reader
   *[other] Kula soco waxyaabaha cusub feed reader
}
# Name of the filter links (read by screen readers); $kind: what the listing lists
listing-filters-label = { $kind ->
    [event] Shaandhee liiska munaasabadaha
    [opportunity] Shaandhee liiska fursadaha
    [toolkit] Shaandhee liiska qalabka iyo hagayaasha
   *[other] Shaandhee liiska
}
listing-empty = Hadda halkan waxba ma yaallaan. Fadlan dib u soo eeg dhowaan.
# $taxonomy: e.g. "neighbourhoods"
taxonomy-description = Dhammaan { $taxonomy } ee { $site }.
# After each term: how many pages carry it
taxonomy-term-count = ({ $count ->
    [one] { $count } bog
   *[other] { $count } bog
})
# $taxonomy: e.g. "Neighbourhoods"; $term: e.g. "Ladywood"
term-title = { $taxonomy }: { $term }
term-description = Wax kasta oo ku saabsan { $term } ee ku jira { $site }.
term-lede = { $count ->
    [one] { $count } bog
   *[other] { $count } bog
} oo ku saabsan { $term }.
# On the page of an organisation or development of data/: the heading over what it offers
development-offers-heading = Waxa ay u hayso dadka deegaanka
# Before the names of the organisations behind a development
development-organisations = Waxaa hogaaminaya:
# $name: the organisation's or development's name
record-website = Bogga internetka ee { $name }
record-unreviewed = Turjumaaddan weli ma hubin qof akhriya luqaddan.
# Heading over the list of what names the organisation or development
record-listed-heading = Sheekooyin, dhacdooyin iyo fursado

## partials/item.html: cards in listings
# On the card of an item shown in English because it has no translation in this language
card-shown-in-default-language = Ingiriisi
# $venue: the name of the venue
card-venue-and-online = { $venue } iyo internetka
card-no-closing-date = Taariikh xiritaan ma leh
# Number of files of a toolkit and their total size
card-files-with-size = { $count } (wadar ahaan { $size })

## partials/pager.html
# Name of the page links (read by screen readers)
pager-label = Lambarrada bogagga
pager-status = Bogga { $number } ee { $total }
# Shown on the link; screen readers say pager-previous-page instead
pager-previous = Kii hore
pager-previous-page = Boggii hore
# Shown on the link; screen readers say pager-next-page instead
pager-next = Kan xiga
pager-next-page = Bogga xiga
# What screen readers say for the link to page $number (the link shows the number only)
pager-page = Bogga { $number }

## page.html
page-last-updated = Markii ugu dambeysay ee la cusboonaysiiyay: { $date }

## story.html
story-by = Qoraa: { $author }
story-by-on = Qoraa: { $author }, { $date }
story-updated = (la cusboonaysiiyay { $date })
story-champion-heading = Danjiraha bulshada ee sheekadan
back-all-stories = Dhammaan sheekooyinka

## champion.html
# Followed by champion-illustrative-text, in bold
champion-illustrative-label = Bog tusaale ah:
champion-illustrative-text = qofkan waa tusaale, ma aha qof dhab ah oo deegaanka ku nool.
champion-pseudonym-notice = Qofkan wuxuu na weydiistay inaanan isticmaalin magaciisa dhabta ah. Magaca halkan ku qoran ma aha magaca dhabta ah.
champion-stories-heading = Sheekooyin ku saabsan { $name }
back-all-champions = Dhammaan danjirayaasha bulshada

## event.html
# Page title of a cancelled or postponed event; $status: "Cancelled" or "Postponed"
event-title-with-status = { $status }: { $title }
# In bold before event-cancelled-notice or event-postponed-notice
event-status-label = { $status }:
event-cancelled-notice = munaasabaddan ma dhici doonto.
event-postponed-notice = munaasabaddan ma dhici doonto taariikhda halkan ku qoran. La xiriir qabanqaabiyayaasha si aad u hesho faahfaahin.
event-past-notice = Munaasabaddan horay ayay u dhacday.
# Event moves (event.html). reviewed: false (draft)
# Before a link to the event that replaces a postponed or cancelled one
event-moved-notice = Dhacdadan waxaa loo wareejiyey taariikh cusub:
# Heading of the contact to ask about a postponed event
event-ask-heading = Weydii qabanqaabiyeyaasha
event-map-link = Ka eeg OpenStreetMap
event-join-online = Ku soo biir internetka
event-watch-recording = Daawo duubista
event-venue-heading = Goobta munaasabadda
event-next-dates = Taariikhaha xiga
event-booking-heading = Sida loo ballansado
event-book-a-place = Ballanso meel
back-all-upcoming-events = Dhammaan munaasabadaha soo socda
back-all-past-events = Dhammaan munaasabadihii hore

## opportunity.html
opportunity-closed-notice = Fursaddan waa xiran tahay: codsiyo cusub lama aqbalayo.
opportunity-no-closing-date = Taariikh xiritaan ma leh: way furan tahay ilaa boosaska la buuxiyo
opportunity-apply-heading = Sida loo codsado
opportunity-apply-online = Ka codso internetka
back-all-opportunities = Dhammaan fursadaha

## toolkit.html
toolkit-download-all = Soo deji qalabka oo dhan
# After toolkit-download-all: what the download is
toolkit-bundle-format = (fayl ZIP ah, { $count ->
    [one] { $count } fayl
   *[other] { $count } fayl
}, { $size })
# Followed by the checksum; $name: the file name of the archive
toolkit-bundle-checksum = SHA-256 ee { $name }:
toolkit-files-heading = Faylal la soo dejisan karo
# After the title of each file; $format: e.g. "PDF document"; $size: e.g. "53.4 kB"
toolkit-file-format = ({ $format }, { $size })
back-all-toolkits = Dhammaan qalabka iyo hagayaasha

## survey.html, survey-languages.html, flyer.html
survey-take = Ka qayb gal sahanka
survey-print-flyer = Daabac waraaqda ogeysiiska
# Under the QR code on the survey page
survey-qr-caption = Koodhkan ku iskaan garee kamarada telefoonkaaga si aad u furto sahanka.
survey-qr-download = Soo deji koodhka QR (sawir SVG ah)
survey-closed-notice = Sahankan waa xiran yahay. Mahadsanid qof kasta oo ka qayb qaatay.
# $date: the closing date
survey-open-until = Wuu furan yahay ilaa { $date }.
survey-closed-on = Waxaa la xiray { $date }.
survey-anonymous = Jawaabahaagu magacaaga ma laha: laguma xiro magacaaga.
survey-not-anonymous = Sahankan magacaaga lama qariyo: jawaabahaaga waxaa lagu xiri karaa magacaaga.
survey-partial-answers = Wakhti kasta waad joojin kartaa: sahan qayb ahaan la buuxiyay isna waa la tiriyaa.
# $prize: what can be won, as the survey describes it
survey-prize-draw = Bakhtiyaanasiib: { $prize }
survey-versions-heading = Sahankan oo luqado kale ah
# Link to the page that lists every language of the survey (one address to share or print)
survey-chooser-link = Hal link oo luqad kasta leh, si loo wadaago ama loo daabaco
survey-help-heading = Caawimaad buuxinta
survey-help-intro = Dadkan iyo goobahan ayaa kaa caawin kara buuxinta sahanka.
back-all-surveys = Dhammaan sahannada
# Page that lists every language of a survey; $title: the survey's title
survey-languages-title = { $title }: dooro luqaddaada
survey-languages-lede = Dooro luqaddaada: link kasta wuxuu ku furayaa bogga sahanka luqaddaas.
# The printable flyer ($title: the survey's title)
flyer-title = Waraaqda ogeysiiska: { $title }
flyer-screen-hint = Waraaqdan waxay ku filan tahay hal bog oo A5 ah (ama A4, iyadoo la weyneeyo). Si aad u daabacdo, isticmaal amarka Print (daabac) ee browser-kaaga.
flyer-back = Dib ugu noqo bogga sahanka
# Name of the list of the flyer in other languages (read by screen readers)
flyer-languages-label = Waraaqdan oo luqado kale ah
flyer-kicker = Ra'yigaaga noo sheeg
flyer-anonymous = Jawaabahaagu magacaaga ma laha.
flyer-partial-answers = Ka jawaab inta aad rabto: jawaab kasta waa la tiriyaa.
# Under the QR code on the flyer
flyer-scan = Ku iskaan garee kamarada telefoonkaaga
# Followed by the address of the survey
flyer-or-type = Ama qor cinwaankan:
flyer-help-heading = Ma u baahan tahay caawimaad buuxinta?

## Decision facts of opportunities and events (src/render/facts.rs). reviewed: false (draft)
label-cost-note = Ku saabsan qiimaha
label-pay = Mushahar
label-time = Waqtiga
label-english = Ingiriisiga loo baahan yahay
label-runs-in = Luqadaha
label-qualification = Shahaado
label-eligible-places = Halka ay tahay inaad ku nooshahay
label-places = Meelaha
label-support = Taageerada la bixiyo
cost-free = Bilaash
pay-unpaid = Lacag la'aan
pay-hourly = { $amount } saacaddii
pay-yearly = { $amount } sanadkii
pay-vouchers = { $amount } oo foojarro wax iibsi ah
badge-paid-hourly = Lacag { $amount } saacaddii
badge-paid-yearly = Lacag { $amount } sanadkii
badge-paid-vouchers = { $amount } foojarro
hours-a-week = { $hours } saacadood toddobaadkii
duration-weeks = { $weeks ->
    [one] 1 toddobaad
   *[other] { $weeks } toddobaad
}
dates-from-to = { $start } ilaa { $end }
dates-from = Laga bilaabo { $start }
dates-until = Ilaa { $end }
english-none = Looma baahna: waxaad ka qayb qaadan kartaa luqad kale
english-basic = Ingiriis maalmeed oo aasaasi ah
english-cefr = Ingiriis heerka { $level } (imtixaan looma baahna)
english-ielts = IELTS { $score } ama ka sarreeya
badge-no-english-test = Imtixaan Ingiriisi looma baahna
badge-ielts = IELTS { $score } ayaa loo baahan yahay
places-eligible = Dadka ku nool { $places }
places-count = { $count ->
    [one] 1 meel
   *[other] { $count } meelood
}
places-waiting-list = Waa buuxaa: waxaad ku biiri kartaa liiska sugitaanka
badge-waiting-list = Liiska sugitaanka
support-childcare = Daryeelka carruurta
support-travel = Kharashka gaadiidka waa la bixiyaa
support-lunch = Qado
support-refreshments = Shaah, kafee iyo cunto fudud
support-interpreter = Turjubaan
support-equipment = Qalab ayaa la bixiyaa
list-or = { $first } ama { $last }
filter-practical = Waxa kugu habboon
filter-free = Bilaash
filter-no-english-test = Imtixaan Ingiriisi looma baahna
filter-this-week = Toddobaadkan
filter-this-month = Bishan
filter-paid = Lacag leh
filter-closing-within-14-days = Waxay xirmaysaa 14 maalmood gudahood
listing-events-only = Munaasabadaha soo socda: { $which }
listing-opportunities-only = Fursadaha furan: { $which }

## Fallback pages (an item not yet translated) and the compact header (base.html). reviewed: false (draft)
fallback-notice = Boggan weli laguma turjumin Soomaali; waa kan oo ku qoran { $original }.
header-menu = Liiska
header-language = Luqadda

# ---- Vocabularies (src/i18n/vocab.rs): names of the neighbourhoods, themes and toolkit
# topics of site.yaml (by slug) and of toolkit audiences. Keys: neighbourhood-<slug>,
# theme-<slug>, topic-<slug>, audience-<slug of the words in toolkit.yaml>.
# Place names are transliterated in non-Latin scripts, kept as written in Latin ones.
## Vocabularies. reviewed: false (draft)
neighbourhood-cape-hill = Cape Hill
neighbourhood-ladywood = Ladywood
neighbourhood-summerfield = Summerfield
neighbourhood-spring-hill = Spring Hill
neighbourhood-soho = Soho
neighbourhood-greater-icknield = Greater Icknield (aagga oo dhan)
theme-social-enterprise = Ganacsiga bulshada
theme-community-research = Cilmi-baarista bulshada
theme-skills-matching = Isku-aadinta xirfadaha
topic-getting-started = Bilaabidda
topic-business-planning = Qorsheynta ganacsiga
topic-finance = Maaliyadda iyo socodka lacagta
topic-marketing = Suuq-geynta
topic-legal-forms = Qaababka sharciga iyo maamulka
topic-crowdfunding = Lacag-ururinta dadweynaha
topic-social-value = Qiimaha bulshada iyo saameynta
audience-people-with-a-community-idea = dadka haysta fikrad bulsho
audience-new-social-entrepreneurs = ganacsato bulsho oo cusub
audience-community-groups = kooxaha bulshada
audience-social-enterprises = ganacsiyada bulshada
audience-soho-network-members = xubnaha shabakadda SOHO
audience-fuse-participants = ka-qaybgalayaasha FUSE
audience-residents-with-a-community-idea = dadka deegaanka ee haysta fikrad bulsho
audience-young-people = dhalinyarada
# ---- end of vocabularies

## Search (src/render/jobs/search.rs, partials/search-form.html, search.js); $query: the words searched for. reviewed: false (draft)
search-label = Ka raadi goobta
search-placeholder = Shaqooyin, tababar, munaasabado…
search-button = Raadi
search-title = Raadin
search-description = Ka raadi shaqooyin, tababar, munaasabado, sheekooyin iyo qalab luqaddan ama dhammaan luqadaha.
search-results-for = Natiijooyinka { $query }
search-no-results = Wax looma helin { $query }. Isku day eray kale, ama eeg liisaska hoose.
search-failed = Raadintu ma shaqayn. Halkii eeg liisaska hoose.
search-kind-label = Nooca
search-all-kinds = Dhammaan noocyada
search-all-languages = Ka raadi dhammaan luqadaha
search-no-script = Raadinta marka aad qorayso waxay u baahan tahay JavaScript, oo xiran ama aan soo degin. Waxaad ku eegi kartaa dhammaan fursadaha iyo munaasabadaha shaandhooyinka hoose.
search-browse-heading = Halkii eeg
search-kind-page = Bog

## Weekly digest (src/render/jobs/digest.rs, digest-email.html, digest.txt, digest-index.html). reviewed: false (draft)
feed-events = Dhacdooyin
digest-title = { $site }: toddobaadka { $from } ilaa { $to }
digest-heading = Toddobaadka { $number }
digest-intro = Waxa ka socda Greater Icknield toddobaadkan: dhacdooyin, fursado cusub iyo sheekooyin. La-hawlgalayaashu sida ay tahay ayay ugu dari karaan warsidahooda.
digest-empty = Wax cusub toddobaadkan ma jiraan. Dhacdooyinka soo socda iyo fursadaha furan had iyo jeer waxay ku yaallaan bogga.
digest-events = Dhacdooyinka toddobaadkan
digest-new-opportunities = Fursado cusub
digest-closing = Xiraya toddobaadkan
digest-stories = Sheekooyin cusub
digest-all-events = Dhammaan dhacdooyinka soo socda
digest-all-opportunities = Dhammaan fursadaha furan
digest-web-version = Ka akhri bogga
digest-text-version = Qoraal fudud
digest-feed = Feed-ka dhacdooyinka (Atom)
digest-in-languages = Soo koobidan luqadahan:
digest-index-title = Soo koobid toddobaadle ah
digest-index-intro = Bog toddobaad kasta ah oo loogu talagalay warsidaha la-hawlgalayaasha iyo looxyada ogeysiiska: dhacdooyinka toddobaadka, fursadaha cusub iyo kuwa xiraya iyo sheekooyinka cusub, diyaar u ah in lagu dhejiyo iimayl. Toddobaad kasta wuxuu leeyahay qoraal fudud.
digest-count = { $count ->
    [0] wax cusub ma jiro
    [one] 1 qodob
   *[other] { $count } qodob
}

## Footer: channels and funding (base.html, site.yaml `channels` and `funding`). reviewed: false (draft)
footer-channels-label = Barnaamijka meelo kale
footer-channels = Raac USE-IT!
footer-digest = Soo koobid toddobaadle ah oo la-hawlgalayaasha
footer-funding-emblem = Calanka Midowga Yurub
footer-funding = Mashruucan waxaa si wadajir ah u maalgeliya Sanduuqa Horumarinta Gobollada Yurub iyada oo loo marayo Hindisaha Ficillada Magaalooyinka ee Hal-abuurka leh (Urban Innovative Actions).

## Short addresses and flyers (redirect.html, flyer.html; site.yaml `short_links`, front matter `aliases`). reviewed: false (draft)
# The page of a short address (/survey), shown only when the browser does not move on by itself;
# followed by a link to the page
redirect-heading = Cinwaankan waa la beddelay
redirect-go = U gudub:
# On the flyer of an event or opportunity, above it on screen
flyer-back-page = Ku noqo bogga

## Share links (partials/share.html, share.js). reviewed: false (draft)
share-heading = La wadaag
share-sms = Fariin qoraal ah
share-email = Iimayl
share-address = Cinwaanka boggan:
share-copy = Koobi link-ga
share-copied = Link-ga waa la koobiyeeyay
share-copy-failed = Lama koobiyeyn karin: dooro cinwaanka oo koobi

## Preview of drafts and scheduled items (`useit build --drafts`, `useit serve`); $when: the date, or date and time, it is published from. reviewed: false (draft)
preview-draft = Qabyo: lama daabici doono ilaa `draft: true` laga saaro
preview-scheduled = La qorsheeyay: waa la daabici doonaa laga bilaabo { $when }

## Footnotes in Markdown (src/markdown/footnotes.rs): the words of the link from a note back to where it is referred to (read by screen readers; the link shows an arrow). reviewed: false (draft)
footnote-back = Ku noqo qoraalka

## Table of contents above a long text (front matter `toc: true`; src/markdown/contents.rs). reviewed: false (draft)
toc-heading = Tusmada

## Videos of stories and champion pages (src/render/videos.rs, partials/videos.html); $length: e.g. "4 min 12 s"; $size: e.g. "18.2 MB"; $host: e.g. "youtube.com". reviewed: false (draft)
video-length-minutes = { $minutes } daqiiqo { $seconds } ilbiriqsi
video-length-seconds = { $seconds } ilbiriqsi
video-facts = Muuqaal: { $length }, { $size }
video-recorded = Waxaa la duubay { $date }
video-illustrative = Muuqaal tusaale ah oo loo sameeyay website-kan, dhab ahaan lama duubin.
video-unsupported = Browser-kan muuqaalka halkan ma daari karo: taa beddelkeeda, soo deji.
video-download = Soo deji muuqaalka ({ $size })
video-captions = Qoraalka hoose: { $languages }
video-transcript = Qoraalka hadalka
video-transcript-in = Qoraalka hadalka (af { $language })
video-external-note = Muuqaalkan wuxuu ku jiraa { $host }. Waxba lagama soo raro { $host } ilaa aad doorato inaad daarto; markaas { $host } wuxuu arkaa cinwaanka qalabkaaga.
video-external-play = Ka daar muuqaalka { $host }
video-external-open = Ku daawo { $host }
