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
