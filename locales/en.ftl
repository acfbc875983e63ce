# UI strings of the USE-IT! portal, English (the default language).
# Every key here must exist; other languages fall back to these when a key is missing.
# Keys used by the generator itself (dates, names of kinds, categories...) come first;
# keys used by the theme's templates follow.

## Kinds of content
kind-home = Home
kind-page = Page
kind-story = Story
kind-champion = Champion
kind-event = Event
kind-opportunity = Opportunity
kind-survey = Survey
kind-toolkit = Toolkit

## Sections (navigation and listing titles when no introduction file gives one)
section-stories = Stories
section-champions = Champions
section-events = Events
section-opportunities = Opportunities
section-surveys = Surveys
section-toolkits = Toolkits
section-pages = Pages
nav-home = Home

## Listings
listing-past-events = Past events
listing-upcoming-events = Upcoming events
listing-all-upcoming-events = All upcoming events
listing-events-in-category = Events: { $category }
listing-events-in-place = Events in { $place }
listing-closed-opportunities = Closed opportunities
listing-open-opportunities = Open opportunities
listing-all-open-opportunities = All open opportunities
# The page of training events and training opportunities together (/training/).
listing-training-and-courses = Training and courses
listing-opportunities-of-kind = Opportunities: { $kind }
listing-opportunities-in-place = Opportunities in { $place }
listing-all-toolkits = All toolkits
listing-toolkits-about = Toolkits about { $topic }
listing-toolkits-for = Toolkits for { $audience }
filter-by-category = By category
filter-by-neighbourhood = By neighbourhood
filter-by-kind = By kind
filter-by-topic = By topic
filter-by-audience = By who it is for

## Taxonomies
taxonomy-neighbourhoods = Neighbourhoods
taxonomy-themes = Themes
taxonomy-tags = Tags
taxonomy-organisations = Organisations
taxonomy-developments = Developments

## Champion roles
role-community-researcher = Community researcher
role-community-partner = Community partner
role-social-entrepreneur = Social entrepreneur
role-mentor = Mentor
role-matched-health-professional = Matched health professional
role-volunteer = Volunteer

## Event categories, status, attendance, venue facilities
category-training = Training
category-network-meeting = Network meeting
category-awareness-day = Awareness day
category-community-event = Community event
status-scheduled = Scheduled
status-cancelled = Cancelled
status-postponed = Postponed
attendance-in-person = In person
attendance-online = Online
attendance-hybrid = In person and online
facility-step-free = Step-free access
facility-hearing-loop = Hearing loop
facility-lunch = Lunch included
facility-childcare = Childcare
facility-prayer-space = Prayer space
facility-accessible-toilet = Accessible toilet

## When an event happens ($date: a date with weekday; $start, $end: times)
when-all-day = { $date } (all day)
when-days = { $first } to { $last }
when-same-day = { $date }, { $start } to { $end }
when-each-day = { $first } to { $last }, { $start } to { $end } each day
when-span = { $date }, { $start } to { $end_date }, { $end }
when-start = { $date }, { $start }

## Repeating events ($interval: every how many weeks or months)
repeat-weekly = { $interval ->
    [one] Every week
   *[other] Every { $interval } weeks
}
repeat-monthly = { $interval ->
    [one] Every month
   *[other] Every { $interval } months
}
repeat-on = { $every } on { $days }
repeat-on-day = { $every } on day { $day } of the month
repeat-count = { $rule }, { $count ->
    [one] once
   *[other] { $count } times
}
repeat-until = { $rule }, until { $date }
ordinal-1 = the first { $day }
ordinal-2 = the second { $day }
ordinal-3 = the third { $day }
ordinal-4 = the fourth { $day }
ordinal-5 = the fifth { $day }
ordinal-last = the last { $day }
ordinal-every = every { $day }
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

## Opportunity kinds
opportunity-job = Job
opportunity-training = Training
opportunity-volunteering = Volunteering
opportunity-mentoring = Mentoring
opportunity-funding = Funding
opportunity-start-up-support = Start-up support

## Feeds and calendars
feed-stories = Stories
feed-opportunities = Opportunities
calendar-events = Events

## Languages
language-in = in { $language }

## Surveys
survey-qr-label = QR code: open “{ $title }” on your phone

## Templates
# Strings of the theme's templates (themes/useit/templates/), called as t(key="...").
# Variables hold text the generator or the content gives (already in the page's language);
# `$count`, `$number` and `$total` are numbers (plural forms follow CLDR rules).
# A variable can stand for a link or a date that the template puts in: keep every `{ $... }`.

## Shared: labels of facts (shown before a value), badges, small words
label-when = When
label-where = Where
label-repeats = Repeats
label-cost = Cost
label-how-to-take-part = How to take part
label-event-type = Type of event
label-accessibility = Accessibility
label-provider = Provider
label-opportunity-type = Type
label-closes = Closes
label-closing-date = Closing date
label-who-can-apply = Who can apply
label-area = Area
label-published = Published
label-updated = Updated
label-champion = Champion
label-role = Role
label-neighbourhood = Neighbourhood
label-languages = Languages
label-files = Files
label-for = For
label-topics = Topics
label-licence = Licence
# Licences in plain words (src/render/licence.rs) and toolkit file details (toolkit.html)
licence-cc-by = Free to use and share, with credit
licence-cc-by-sa = Free to use, share and adapt, with credit; share what you make from it the same way
licence-cc-by-nc = Free to use and share for non-commercial purposes, with credit
licence-cc-by-nc-sa = Free to use, share and adapt for non-commercial purposes, with credit; share what you make from it the same way
licence-cc-by-nd = Free to use and share unchanged, with credit
licence-cc0 = Free to use for any purpose; no credit needed
licence-ogl = Free to use and share, with credit (Open Government Licence)
toolkit-technical-details = Technical details
licence-full-text = The licence in full
label-version = Version
label-format = Format
label-size = Size
label-language = Language
label-file-name = File name
label-phone = Phone
label-email = Email
# A label followed by its value on the same line, e.g. "Phone: 0121 …"
label-with-colon = { $label }:
# Between the items of a list written on one line ("Finance, Marketing")
list-separator = {", "}
badge-closed = Closed
badge-closing-soon = Closing soon
badge-past-event = Past event
where-online = Online
add-to-calendar = Add to calendar
# What screen readers say for "Add to calendar" on a card ($title: the event)
add-to-calendar-item = Add to calendar: { $title }
empty-nothing-here = There is nothing here at the moment.

## base.html: every page
skip-link = Skip to main content
# Name of the main navigation (read by screen readers)
nav-main-label = Main
# Name of the footer navigation (read by screen readers)
nav-footer-label = Footer
# Name of the list of the languages this page is in (read by screen readers)
language-switcher = Choose a language
# Name of the footer list of every language of the website, each linking to its home page
# (read by screen readers)
footer-languages-label = Languages of this website
# Title of the stories feed, shown by feed readers
head-feed-title = { $site }: stories
footer-feed = Stories feed (Atom)
footer-site-year = { $site }, { $year }.

## 404.html
not-found-title = Page not found
not-found-description = This page could not be found.
not-found-lede = Sorry, we cannot find that page. It may have moved, or the address may be wrong.
not-found-try = You could try one of these:
not-found-home = Home page
not-found-events = Events
not-found-opportunities = Jobs, training and other opportunities
not-found-stories = Stories
not-found-champions = Champions
not-found-toolkits = Toolkits
not-found-surveys = Surveys

## home.html
# $title: the survey's title
home-survey-heading = Have your say: { $title }
home-survey-anonymous = Your answers are anonymous.
home-survey-more = About the survey and help filling it in
home-events-heading = Upcoming events
home-events-empty = No events are planned at the moment.
home-events-all = See all events
home-opportunities-heading = Jobs, training and opportunities
home-opportunities-empty = There are no open opportunities at the moment.
home-opportunities-all = See all opportunities
home-stories-heading = Latest stories
home-stories-empty = No stories yet.
home-stories-all = See all stories
home-champions-all = Meet our champions
home-toolkits-heading = Toolkits for social enterprises
home-toolkits-empty = No toolkits yet.
home-toolkits-all = See all toolkits

## section.html, term.html, taxonomy.html: listings
# Page title of page 2, 3… of a listing
listing-title-paged = { $title } (page { $number } of { $total })
# Under the heading of page 2, 3… of a listing
listing-page-of = page { $number } of { $total }
# $subscribe and $download are links, with the texts of the next two strings
listing-calendar = Put these events in your phone's calendar: { $subscribe } (updates by itself) or { $download }.
listing-calendar-subscribe = subscribe
listing-calendar-download = download the calendar file
# $kind: what the listing lists
listing-feed = { $kind ->
    [opportunity] Follow new opportunities in a feed reader
    [story] Follow new stories in a feed reader
    [event] Follow new events in a feed reader
    [toolkit] Follow new toolkits in a feed reader
   *[other] Follow new items in a feed reader
}
# Name of the filter links (read by screen readers); $kind: what the listing lists
listing-filters-label = { $kind ->
    [event] Filter event listings
    [opportunity] Filter opportunity listings
    [toolkit] Filter toolkit listings
   *[other] Filter listings
}
listing-empty = There is nothing here at the moment. Please check again soon.
# $taxonomy: e.g. "neighbourhoods"
taxonomy-description = All { $taxonomy } on { $site }.
# After each term: how many pages carry it
taxonomy-term-count = ({ $count ->
    [one] { $count } page
   *[other] { $count } pages
})
# $taxonomy: e.g. "Neighbourhoods"; $term: e.g. "Ladywood"
term-title = { $taxonomy }: { $term }
term-description = Everything on { $site } about { $term }.
term-lede = { $count ->
    [one] { $count } page
   *[other] { $count } pages
} about { $term }.
# On the page of an organisation or development of data/: the heading over what it offers
development-offers-heading = What it offers residents
# Before the names of the organisations behind a development
development-organisations = Who is behind it:
# $name: the organisation's or development's name
record-website = Website of { $name }
record-unreviewed = This translation has not yet been checked by a reader of this language.
# Heading over the list of what names the organisation or development
record-listed-heading = Stories, events and opportunities

## partials/item.html: cards in listings
# On the card of an item shown in English because it has no translation in this language
card-shown-in-default-language = In English
# $venue: the name of the venue
card-venue-and-online = { $venue } and online
card-no-closing-date = No closing date
# Number of files of a toolkit and their total size
card-files-with-size = { $count } ({ $size } in all)

## partials/pager.html
# Name of the page links (read by screen readers)
pager-label = Pagination
pager-status = Page { $number } of { $total }
# Shown on the link; screen readers say pager-previous-page instead
pager-previous = Previous
pager-previous-page = Previous page
# Shown on the link; screen readers say pager-next-page instead
pager-next = Next
pager-next-page = Next page
# What screen readers say for the link to page $number (the link shows the number only)
pager-page = Page { $number }

## page.html
page-last-updated = Last updated { $date }

## story.html
story-by = By { $author }
story-by-on = By { $author }, { $date }
story-updated = (updated { $date })
story-champion-heading = The champion in this story
back-all-stories = All stories

## champion.html
# Followed by champion-illustrative-text, in bold
champion-illustrative-label = Illustrative profile:
champion-illustrative-text = this person is an example, not a real resident.
champion-pseudonym-notice = This champion asked us not to use their real name. The name shown is a pseudonym.
champion-stories-heading = Stories with { $name }
back-all-champions = All champions

## event.html
# Page title of a cancelled or postponed event; $status: "Cancelled" or "Postponed"
event-title-with-status = { $status }: { $title }
# In bold before event-cancelled-notice or event-postponed-notice
event-status-label = { $status }:
event-cancelled-notice = this event will not take place.
event-postponed-notice = this event will not take place on the date shown. Contact the organisers for details.
event-past-notice = This event has already taken place.
# Before a link to the event that replaces a postponed or cancelled one
event-moved-notice = It has moved to a new date:
# Heading of the contact to ask about a postponed event
event-ask-heading = Ask the organisers
event-map-link = Find it on OpenStreetMap
event-join-online = Join online
event-watch-recording = Watch the recording
event-venue-heading = At the venue
event-next-dates = Next dates
event-booking-heading = How to book
event-book-a-place = Book a place
back-all-upcoming-events = All upcoming events
back-all-past-events = All past events

## opportunity.html
opportunity-closed-notice = This opportunity is closed: applications are no longer accepted.
opportunity-no-closing-date = No closing date: open until filled
opportunity-apply-heading = How to apply
opportunity-apply-online = Apply online
back-all-opportunities = All opportunities

## toolkit.html
toolkit-download-all = Download the whole toolkit
# After toolkit-download-all: what the download is
toolkit-bundle-format = (ZIP archive, { $count ->
    [one] { $count } file
   *[other] { $count } files
}, { $size })
# Followed by the checksum; $name: the file name of the archive
toolkit-bundle-checksum = SHA-256 of { $name }:
toolkit-files-heading = Files to download
# After the title of each file; $format: e.g. "PDF document"; $size: e.g. "53.4 kB"
toolkit-file-format = ({ $format }, { $size })
back-all-toolkits = All toolkits

## survey.html, survey-languages.html, flyer.html
survey-take = Take the survey
survey-print-flyer = Print a flyer
# Under the QR code on the survey page
survey-qr-caption = Scan this code with your phone's camera to open the survey.
survey-qr-download = Download the QR code (SVG image)
survey-closed-notice = This survey is closed. Thank you to everyone who took part.
# $date: the closing date
survey-open-until = Open until { $date }.
survey-closed-on = Closed on { $date }.
survey-anonymous = Your answers are anonymous: they are not linked to your name.
survey-not-anonymous = This survey is not anonymous: your answers may be linked to your name.
survey-partial-answers = You can stop at any time: a partly completed survey still counts.
# $prize: what can be won, as the survey describes it
survey-prize-draw = Prize draw: { $prize }
survey-versions-heading = This survey in other languages
# Link to the page that lists every language of the survey (one address to share or print)
survey-chooser-link = One link for every language, to share or print
survey-help-heading = Help filling it in
survey-help-intro = These people and places can help you fill in the survey.
back-all-surveys = All surveys
# Page that lists every language of a survey; $title: the survey's title
survey-languages-title = { $title }: choose your language
survey-languages-lede = Choose your language: each link opens the survey page in that language.
# The printable flyer ($title: the survey's title)
flyer-title = Flyer: { $title }
flyer-screen-hint = This flyer fits on one A5 page (or A4, scaled to fit). Use your browser's Print command to print it.
flyer-back = Back to the survey page
# Name of the list of the flyer in other languages (read by screen readers)
flyer-languages-label = This flyer in other languages
flyer-kicker = Have your say
flyer-anonymous = Your answers are anonymous.
flyer-partial-answers = Answer as much as you like: every answer counts.
# Under the QR code on the flyer
flyer-scan = Scan with your phone's camera
# Followed by the address of the survey
flyer-or-type = Or type this address:
flyer-help-heading = Need help filling it in?

## Decision facts of opportunities and events (src/render/facts.rs): the facts box and badges
## $amount: money as written ("£12.60"); $hours, $weeks, $count: numbers; $level: A1 to C2;
## $score: an IELTS band ("5.5"); $start, $end: dates; $places: a list ending in "or ...".
label-cost-note = About the cost
label-pay = Pay
label-time = Time
label-english = English needed
label-runs-in = Runs in
label-qualification = Qualification
label-eligible-places = Where you must live
label-places = Places
label-support = Support offered
cost-free = Free
pay-unpaid = Unpaid
pay-hourly = { $amount } an hour
pay-yearly = { $amount } a year
pay-vouchers = { $amount } in shopping vouchers
badge-paid-hourly = Paid { $amount } an hour
badge-paid-yearly = Paid { $amount } a year
badge-paid-vouchers = { $amount } in vouchers
hours-a-week = { $hours } hours a week
duration-weeks = { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}
dates-from-to = { $start } to { $end }
dates-from = From { $start }
dates-until = Until { $end }
english-none = None: you can take part in another language
english-basic = Basic everyday English
english-cefr = English at level { $level } (no test needed)
english-ielts = IELTS { $score } or higher
badge-no-english-test = No English test needed
badge-ielts = IELTS { $score } needed
places-eligible = For people who live in { $places }
places-count = { $count ->
    [one] 1 place
   *[other] { $count } places
}
places-waiting-list = Full: you can join the waiting list
badge-waiting-list = Waiting list
support-childcare = Childcare
support-travel = Travel costs paid
support-lunch = Lunch
support-refreshments = Tea, coffee and snacks
support-interpreter = An interpreter
support-equipment = Equipment provided
list-or = { $first } or { $last }
filter-practical = What suits you
filter-free = Free
filter-no-english-test = No English test needed
filter-this-week = This week
filter-this-month = This month
filter-paid = Paid
filter-closing-within-14-days = Closing within 14 days
listing-events-only = Upcoming events: { $which }
listing-opportunities-only = Open opportunities: { $which }

## Fallback pages (an item not yet translated) and the compact header (base.html).
fallback-notice = This page is not yet in English; here it is in { $original }.
header-menu = Menu
header-language = Language

# ---- Vocabularies (src/i18n/vocab.rs): names of the neighbourhoods, themes and toolkit
# topics of site.yaml (by slug) and of toolkit audiences. Keys: neighbourhood-<slug>,
# theme-<slug>, topic-<slug>, audience-<slug of the words in toolkit.yaml>.
# Every slug in site.yaml needs its name here (useit check: an error otherwise).
## Vocabularies
neighbourhood-cape-hill = Cape Hill
neighbourhood-ladywood = Ladywood
neighbourhood-summerfield = Summerfield
neighbourhood-spring-hill = Spring Hill
neighbourhood-soho = Soho
neighbourhood-greater-icknield = Greater Icknield (whole area)
theme-social-enterprise = Social enterprise
theme-community-research = Community research
theme-skills-matching = Skills matching
topic-getting-started = Getting started
topic-business-planning = Business planning
topic-finance = Finance and cash flow
topic-marketing = Marketing
topic-legal-forms = Legal forms and governance
topic-crowdfunding = Crowdfunding
topic-social-value = Social value and impact
audience-people-with-a-community-idea = people with a community idea
audience-new-social-entrepreneurs = new social entrepreneurs
audience-community-groups = community groups
audience-social-enterprises = social enterprises
audience-soho-network-members = SOHO network members
audience-fuse-participants = FUSE participants
audience-residents-with-a-community-idea = residents with a community idea
audience-young-people = young people
# ---- end of vocabularies

## Search (src/render/jobs/search.rs, partials/search-form.html, search.js); $query: the words searched for
search-label = Search the site
search-placeholder = Jobs, training, events…
search-button = Search
search-title = Search
search-description = Search jobs, training, events, stories and toolkits in this language or in all languages.
search-results-for = Results for { $query }
search-no-results = Nothing found for { $query }. Try another word, or browse the lists below.
search-failed = Search could not load. Browse the lists below instead.
search-kind-label = Kind
search-all-kinds = All kinds
search-all-languages = Search all languages
search-no-script = Searching as you type needs JavaScript, which is off or not loaded. You can still browse every opportunity and event with the filters below.
search-browse-heading = Browse instead
search-kind-page = Page

## Weekly digest (src/render/jobs/digest.rs, templates digest-email.html, digest.txt, digest-index.html)
feed-events = Events
# $site: the site's name; $from, $to: the week's Monday and Sunday
digest-title = { $site }: the week of { $from } to { $to }
# $number: the ISO week number
digest-heading = Week { $number }
digest-intro = What is on in Greater Icknield this week: events, new opportunities and stories. Partners may copy it into their newsletters as it is.
digest-empty = Nothing new this week. Upcoming events and open opportunities are always on the website.
digest-events = Events this week
digest-new-opportunities = New opportunities
digest-closing = Closing this week
digest-stories = New stories
digest-all-events = All upcoming events
digest-all-opportunities = All open opportunities
digest-web-version = Read it on the website
digest-text-version = Plain-text version
digest-feed = Events feed (Atom)
digest-in-languages = This digest in:
digest-index-title = Weekly digest
digest-index-intro = One page a week for partners' newsletters and notice boards: the week's events, new and closing opportunities and new stories, ready to paste into an e-mail. Each week also has a plain-text version.
# $count: entries in that week's digest
digest-count = { $count ->
    [0] nothing new
    [one] 1 entry
   *[other] { $count } entries
}

## Footer: channels and funding (base.html, site.yaml `channels` and `funding`)
footer-channels-label = The programme elsewhere
footer-channels = Follow USE-IT!
footer-digest = Weekly digest for partners
footer-funding-emblem = Flag of the European Union
footer-funding = This project is co-financed by the European Regional Development Fund through the Urban Innovative Actions Initiative.

## Short addresses and flyers (redirect.html, flyer.html; site.yaml `short_links`, front matter `aliases`).
# The page of a short address (/survey), shown only when the browser does not move on by itself;
# followed by a link to the page
redirect-heading = This address has moved
redirect-go = Go to:
# On the flyer of an event or opportunity, above it on screen
flyer-back-page = Back to the page

## Share links (partials/share.html, share.js)
share-heading = Share this
share-sms = Text message
share-email = E-mail
share-address = Address of this page:
share-copy = Copy link
share-copied = Link copied
share-copy-failed = Could not copy: select the address and copy it

## Preview of drafts and scheduled items (`useit build --drafts`, `useit serve`); $when: the date, or date and time, it is published from
preview-draft = Draft: not published until `draft: true` is removed
preview-scheduled = Scheduled: published from { $when }

## Footnotes in Markdown (src/markdown/footnotes.rs): the words of the link from a note back to where it is referred to (read by screen readers; the link shows an arrow)
footnote-back = Back to the text

## Table of contents above a long text (front matter `toc: true`; src/markdown/contents.rs)
toc-heading = Contents

## Videos of stories and champion pages (src/render/videos.rs, partials/videos.html); $length: e.g. "4 min 12 s"; $size: e.g. "18.2 MB"; $host: e.g. "youtube.com"
video-length-minutes = { $minutes } min { $seconds } s
video-length-seconds = { $seconds } s
video-facts = Video: { $length }, { $size }
video-recorded = Recorded on { $date }
video-illustrative = An illustrative clip made for the portal, not filmed.
video-unsupported = This browser cannot play the video here: download it instead.
video-download = Download the video ({ $size })
video-captions = Captions: { $languages }
video-transcript = Transcript
video-transcript-in = Transcript (in { $language })
video-external-note = This video is on { $host }. Nothing is loaded from { $host } until you choose to play it; then { $host } sees your device's address.
video-external-play = Play the video from { $host }
video-external-open = Watch it on { $host }
