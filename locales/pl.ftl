# UI strings of the USE-IT! portal, Polish (polski).
# Translated from en.ftl: same keys, same variables. Plural categories (CLDR): one, few, many, other.
# Keys used by the generator itself (dates, names of kinds, categories...) come first;
# keys used by the theme's templates follow.

## Kinds of content
kind-home = Strona główna
kind-page = Strona
kind-story = Historia
kind-champion = Ambasador
kind-event = Wydarzenie
kind-opportunity = Możliwość
kind-survey = Ankieta
kind-toolkit = Zestaw materiałów

## Sections (navigation and listing titles when no introduction file gives one)
section-stories = Historie
section-champions = Ambasadorzy
section-events = Wydarzenia
section-opportunities = Możliwości
section-surveys = Ankiety
section-toolkits = Materiały do pobrania
section-pages = Strony
nav-home = Strona główna

## Listings
listing-past-events = Minione wydarzenia
listing-upcoming-events = Nadchodzące wydarzenia
listing-all-upcoming-events = Wszystkie nadchodzące wydarzenia
listing-events-in-category = Wydarzenia: { $category }
listing-events-in-place = Wydarzenia w { $place }
listing-closed-opportunities = Zamknięte możliwości
listing-open-opportunities = Otwarte możliwości
listing-all-open-opportunities = Wszystkie otwarte możliwości
# The page of training events and training opportunities together (/training/). reviewed: false (draft)
listing-training-and-courses = Szkolenia i kursy
listing-opportunities-of-kind = Możliwości: { $kind }
listing-opportunities-in-place = Możliwości w { $place }
listing-all-toolkits = Wszystkie zestawy materiałów
listing-toolkits-about = Zestawy materiałów na temat: { $topic }
listing-toolkits-for = Zestawy materiałów dla: { $audience }
filter-by-category = Według kategorii
filter-by-neighbourhood = Według dzielnicy
filter-by-kind = Według rodzaju
filter-by-topic = Według tematu
filter-by-audience = Według tego, dla kogo są

## Taxonomies
taxonomy-neighbourhoods = Dzielnice
taxonomy-themes = Tematy
taxonomy-tags = Tagi
taxonomy-organisations = Organizacje
taxonomy-developments = Inwestycje

## Champion roles
role-community-researcher = Badacz społeczny
role-community-partner = Partner społeczności
role-social-entrepreneur = Przedsiębiorca społeczny
role-mentor = Mentor
role-matched-health-professional = Pracownik medyczny (dopasowanie umiejętności do pracy)
role-volunteer = Wolontariusz

## Event categories, status, attendance, venue facilities
category-training = Szkolenie
category-network-meeting = Spotkanie sieci
category-awareness-day = Dzień informacyjny
category-community-event = Wydarzenie lokalne
status-scheduled = Zaplanowane
status-cancelled = Odwołane
status-postponed = Przełożone
attendance-in-person = Na miejscu
attendance-online = Online
attendance-hybrid = Na miejscu i online
facility-step-free = Wejście bez schodów
facility-hearing-loop = Pętla indukcyjna
facility-lunch = Obiad zapewniony
facility-childcare = Opieka nad dziećmi
facility-prayer-space = Miejsce do modlitwy
facility-accessible-toilet = Toaleta dla osób z niepełnosprawnościami

## When an event happens ($date: a date with weekday; $start, $end: times)
# Dates arrive in the nominative ("czwartek, 11 marca 2027"), so ranges use a dash, not "od … do …".
when-all-day = { $date } (cały dzień)
when-days = { $first } – { $last }
when-same-day = { $date }, od { $start } do { $end }
when-each-day = { $first } – { $last }, codziennie od { $start } do { $end }
when-span = { $date }, { $start } – { $end_date }, { $end }
when-start = { $date }, { $start }

## Repeating events ($interval: every how many weeks or months)
repeat-weekly = { $interval ->
    [one] Co tydzień
    [few] Co { $interval } tygodnie
    [many] Co { $interval } tygodni
   *[other] Co { $interval } tygodnia
}
repeat-monthly = { $interval ->
    [one] Co miesiąc
    [few] Co { $interval } miesiące
    [many] Co { $interval } miesięcy
   *[other] Co { $interval } miesiąca
}
repeat-on = { $every }, { $days }
repeat-on-day = { $every }, { $day }. dnia miesiąca
repeat-count = { $rule }, { $count ->
    [one] jeden raz
   *[other] { $count } razy
}
repeat-until = { $rule }, do { $date }
# The weekday names below are in the accusative ("w środę", "co środę"), the only place they are
# used. The ordinals avoid gender agreement: "w 2. czwartek miesiąca", "w środę (ostatni taki
# dzień w miesiącu)".
ordinal-1 = w 1. { $day } miesiąca
ordinal-2 = w 2. { $day } miesiąca
ordinal-3 = w 3. { $day } miesiąca
ordinal-4 = w 4. { $day } miesiąca
ordinal-5 = w 5. { $day } miesiąca
ordinal-last = w { $day } (ostatni taki dzień w miesiącu)
ordinal-every = co { $day }
weekday-monday = poniedziałek
weekday-tuesday = wtorek
weekday-wednesday = środę
weekday-thursday = czwartek
weekday-friday = piątek
weekday-saturday = sobotę
weekday-sunday = niedzielę

## Opportunity kinds
opportunity-job = Praca
opportunity-training = Szkolenie
opportunity-volunteering = Wolontariat
opportunity-mentoring = Mentoring
opportunity-funding = Dofinansowanie
opportunity-start-up-support = Pomoc w założeniu działalności

## Feeds and calendars
feed-stories = Historie
feed-opportunities = Możliwości
calendar-events = Wydarzenia

## Languages
language-in = w języku: { $language }

## Surveys
survey-qr-label = Kod QR: otwórz „{ $title }” w telefonie

## Templates
# Strings of the theme's templates (themes/useit/templates/), called as t(key="...").
# Variables hold text the generator or the content gives (already in the page's language);
# `$count`, `$number` and `$total` are numbers (plural forms follow CLDR rules).
# A variable can stand for a link or a date that the template puts in: keep every `{ $... }`.

## Shared: labels of facts (shown before a value), badges, small words
label-when = Kiedy
label-where = Gdzie
label-repeats = Jak często
label-cost = Koszt
label-how-to-take-part = Jak wziąć udział
label-event-type = Rodzaj wydarzenia
label-accessibility = Dostępność
label-provider = Organizator
label-opportunity-type = Rodzaj
label-closes = Do kiedy
label-closing-date = Termin zgłoszeń
label-who-can-apply = Kto może się zgłosić
label-area = Obszar
label-published = Opublikowano
label-updated = Zaktualizowano
label-champion = Ambasador
label-role = Rola
label-neighbourhood = Dzielnica
label-languages = Języki
label-files = Pliki
label-for = Dla kogo
label-topics = Tematy
label-licence = Licencja
# Licences in plain words (src/render/licence.rs) and toolkit file details (toolkit.html). reviewed: false (draft)
licence-cc-by = Można bezpłatnie używać i udostępniać, podając autora
licence-cc-by-sa = Można bezpłatnie używać, udostępniać i zmieniać, podając autora; to, co z tego powstanie, udostępniaj na tych samych zasadach
licence-cc-by-nc = Można bezpłatnie używać i udostępniać w celach niekomercyjnych, podając autora
licence-cc-by-nc-sa = Można bezpłatnie używać, udostępniać i zmieniać w celach niekomercyjnych, podając autora; to, co z tego powstanie, udostępniaj na tych samych zasadach
licence-cc-by-nd = Można bezpłatnie używać i udostępniać bez zmian, podając autora
licence-cc0 = Można bezpłatnie używać w dowolnym celu; bez podawania autora
licence-ogl = Można bezpłatnie używać i udostępniać, podając autora (Open Government Licence)
toolkit-technical-details = Szczegóły techniczne
licence-full-text = Pełny tekst licencji
label-version = Wersja
label-format = Format
label-size = Rozmiar
label-language = Język
label-file-name = Nazwa pliku
label-phone = Telefon
label-email = E-mail
# A label followed by its value on the same line, e.g. "Phone: 0121 …"
label-with-colon = { $label }:
# Between the items of a list written on one line ("Finance, Marketing")
list-separator = {", "}
badge-closed = Zamknięta
badge-closing-soon = Wkrótce koniec zgłoszeń
badge-past-event = Minione wydarzenie
where-online = Online
add-to-calendar = Dodaj do kalendarza
# What screen readers say for "Add to calendar" on a card ($title: the event)
add-to-calendar-item = Dodaj do kalendarza: { $title }
empty-nothing-here = Na razie nic tu nie ma.

## base.html: every page
skip-link = Przejdź do treści
# Name of the main navigation (read by screen readers)
nav-main-label = Menu główne
# Name of the footer navigation (read by screen readers)
nav-footer-label = Stopka
# Name of the list of the languages this page is in (read by screen readers)
language-switcher = Wybór języka
# Name of the footer list of every language of the website, each linking to its home page
# (read by screen readers)
footer-languages-label = Języki tej strony
# Title of the stories feed, shown by feed readers
head-feed-title = { $site }: historie
footer-feed = Kanał z historiami (Atom)
footer-site-year = { $site }, { $year }.

## 404.html
not-found-title = Nie znaleziono strony
not-found-description = Nie udało się znaleźć tej strony.
not-found-lede = Przepraszamy, nie możemy znaleźć tej strony. Być może została przeniesiona albo adres jest błędny.
not-found-try = Można spróbować jednej z tych stron:
not-found-home = Strona główna
not-found-events = Wydarzenia
not-found-opportunities = Praca, szkolenia i inne możliwości
not-found-stories = Historie
not-found-champions = Ambasadorzy
not-found-toolkits = Materiały do pobrania
not-found-surveys = Ankiety

## home.html
# $title: the survey's title
home-survey-heading = Zabierz głos: { $title }
home-survey-anonymous = Odpowiedzi są anonimowe.
home-survey-more = O ankiecie i pomoc w jej wypełnieniu
home-events-heading = Nadchodzące wydarzenia
home-events-empty = Na razie nie planujemy żadnych wydarzeń.
home-events-all = Zobacz wszystkie wydarzenia
home-opportunities-heading = Praca, szkolenia i inne możliwości
home-opportunities-empty = Na razie nie ma otwartych możliwości.
home-opportunities-all = Zobacz wszystkie możliwości
home-stories-heading = Najnowsze historie
home-stories-empty = Nie ma jeszcze żadnych historii.
home-stories-all = Zobacz wszystkie historie
home-champions-all = Poznaj naszych ambasadorów
home-toolkits-heading = Materiały dla przedsiębiorstw społecznych
home-toolkits-empty = Nie ma jeszcze żadnych materiałów.
home-toolkits-all = Zobacz wszystkie materiały

## section.html, term.html, taxonomy.html: listings
# Page title of page 2, 3… of a listing
listing-title-paged = { $title } (strona { $number } z { $total })
# Under the heading of page 2, 3… of a listing
listing-page-of = strona { $number } z { $total }
# $subscribe and $download are links, with the texts of the next two strings
listing-calendar = Te wydarzenia można dodać do kalendarza w telefonie: { $subscribe } (kalendarz sam się aktualizuje) albo { $download }.
listing-calendar-subscribe = subskrybuj
listing-calendar-download = pobierz plik kalendarza
# $kind: what the listing lists
listing-feed = { $kind ->
    [opportunity] Śledź nowe możliwości w czytniku kanałów
    [story] Śledź nowe historie w czytniku kanałów
    [event] Śledź nowe wydarzenia w czytniku kanałów
    [toolkit] Śledź nowe materiały w czytniku kanałów
   *[other] Śledź nowości w czytniku kanałów
}
# Name of the filter links (read by screen readers); $kind: what the listing lists
listing-filters-label = { $kind ->
    [event] Filtry listy wydarzeń
    [opportunity] Filtry listy możliwości
    [toolkit] Filtry listy materiałów
   *[other] Filtry listy
}
listing-empty = Na razie nic tu nie ma. Prosimy zajrzeć wkrótce ponownie.
# $taxonomy: e.g. "neighbourhoods"
taxonomy-description = Wszystkie { $taxonomy } na stronie { $site }.
# After each term: how many pages carry it
taxonomy-term-count = ({ $count ->
    [one] { $count } strona
    [few] { $count } strony
    [many] { $count } stron
   *[other] { $count } strony
})
# $taxonomy: e.g. "Neighbourhoods"; $term: e.g. "Ladywood"
term-title = { $taxonomy }: { $term }
term-description = Wszystko na temat „{ $term }” na stronie { $site }.
term-lede = Na temat „{ $term }”: { $count ->
    [one] { $count } strona
    [few] { $count } strony
    [many] { $count } stron
   *[other] { $count } strony
}.
# On the page of an organisation or development of data/: the heading over what it offers
development-offers-heading = Co oferuje mieszkańcom
# Before the names of the organisations behind a development
development-organisations = Prowadzą:
# $name: the organisation's or development's name
record-website = Strona internetowa: { $name }
record-unreviewed = To tłumaczenie nie zostało jeszcze sprawdzone przez osobę znającą ten język.
# Heading over the list of what names the organisation or development
record-listed-heading = Historie, wydarzenia i możliwości

## partials/item.html: cards in listings
# On the card of an item shown in English because it has no translation in this language
card-shown-in-default-language = Po angielsku
# $venue: the name of the venue
card-venue-and-online = { $venue } i online
card-no-closing-date = Bez terminu
# Number of files of a toolkit and their total size
card-files-with-size = { $count } (łącznie { $size })

## partials/pager.html
# Name of the page links (read by screen readers)
pager-label = Numery stron
pager-status = Strona { $number } z { $total }
# Shown on the link; screen readers say pager-previous-page instead
pager-previous = Poprzednia
pager-previous-page = Poprzednia strona
# Shown on the link; screen readers say pager-next-page instead
pager-next = Następna
pager-next-page = Następna strona
# What screen readers say for the link to page $number (the link shows the number only)
pager-page = Strona { $number }

## page.html
page-last-updated = Ostatnia aktualizacja: { $date }

## story.html
story-by = Tekst: { $author }
story-by-on = Tekst: { $author }, { $date }
story-updated = (zaktualizowano: { $date })
story-champion-heading = Ambasador z tej historii
back-all-stories = Wszystkie historie

## champion.html
# Followed by champion-illustrative-text, in bold
champion-illustrative-label = Profil przykładowy:
champion-illustrative-text = to przykładowa postać, a nie prawdziwa osoba z okolicy.
champion-pseudonym-notice = Ta osoba poprosiła, aby nie podawać jej prawdziwego imienia. Podane imię to pseudonim.
champion-stories-heading = Historie z udziałem: { $name }
back-all-champions = Wszyscy ambasadorzy

## event.html
# Page title of a cancelled or postponed event; $status: "Cancelled" or "Postponed"
event-title-with-status = { $status }: { $title }
# In bold before event-cancelled-notice or event-postponed-notice
event-status-label = { $status }:
event-cancelled-notice = to wydarzenie się nie odbędzie.
event-postponed-notice = to wydarzenie nie odbędzie się w podanym terminie. Szczegóły można uzyskać u organizatorów.
event-past-notice = To wydarzenie już się odbyło.
# Event moves (event.html). reviewed: false (draft)
# Before a link to the event that replaces a postponed or cancelled one
event-moved-notice = Wydarzenie przeniesiono na nowy termin:
# Heading of the contact to ask about a postponed event
event-ask-heading = Zapytaj organizatorów
event-map-link = Zobacz na mapie OpenStreetMap
event-join-online = Dołącz online
event-watch-recording = Obejrzyj nagranie
event-venue-heading = W miejscu wydarzenia
event-next-dates = Kolejne terminy
event-booking-heading = Jak się zapisać
event-book-a-place = Zarezerwuj miejsce
back-all-upcoming-events = Wszystkie nadchodzące wydarzenia
back-all-past-events = Wszystkie minione wydarzenia

## opportunity.html
opportunity-closed-notice = Nabór jest zamknięty: zgłoszenia nie są już przyjmowane.
opportunity-no-closing-date = Bez terminu: nabór trwa do wyczerpania miejsc
opportunity-apply-heading = Jak się zgłosić
opportunity-apply-online = Zgłoś się online
back-all-opportunities = Wszystkie możliwości

## toolkit.html
toolkit-download-all = Pobierz cały zestaw
# After toolkit-download-all: what the download is
toolkit-bundle-format = (archiwum ZIP, { $count ->
    [one] { $count } plik
    [few] { $count } pliki
    [many] { $count } plików
   *[other] { $count } pliku
}, { $size })
# Followed by the checksum; $name: the file name of the archive
toolkit-bundle-checksum = SHA-256 pliku { $name }:
toolkit-files-heading = Pliki do pobrania
# After the title of each file; $format: e.g. "PDF document"; $size: e.g. "53.4 kB"
toolkit-file-format = ({ $format }, { $size })
back-all-toolkits = Wszystkie zestawy materiałów

## survey.html, survey-languages.html, flyer.html
survey-take = Wypełnij ankietę
survey-print-flyer = Wydrukuj ulotkę
# Under the QR code on the survey page
survey-qr-caption = Aby otworzyć ankietę, wystarczy zeskanować ten kod aparatem w telefonie.
survey-qr-download = Pobierz kod QR (obraz SVG)
survey-closed-notice = Ta ankieta jest już zamknięta. Dziękujemy wszystkim, którzy wzięli w niej udział.
# $date: the closing date
survey-open-until = Ankieta jest otwarta do { $date }.
survey-closed-on = Ankietę zamknięto { $date }.
survey-anonymous = Odpowiedzi są anonimowe: nie są łączone z imieniem i nazwiskiem.
survey-not-anonymous = Ta ankieta nie jest anonimowa: odpowiedzi mogą być powiązane z imieniem i nazwiskiem.
survey-partial-answers = Można przerwać w każdej chwili: ankieta wypełniona tylko częściowo też się liczy.
# $prize: what can be won, as the survey describes it
survey-prize-draw = Losowanie nagród: { $prize }
survey-versions-heading = Ta ankieta w innych językach
# Link to the page that lists every language of the survey (one address to share or print)
survey-chooser-link = Jeden link do wszystkich wersji językowych – do udostępnienia lub wydruku
survey-help-heading = Pomoc w wypełnieniu
survey-help-intro = Te osoby i miejsca pomagają w wypełnieniu ankiety.
back-all-surveys = Wszystkie ankiety
# Page that lists every language of a survey; $title: the survey's title
survey-languages-title = { $title }: wybór języka
survey-languages-lede = Prosimy wybrać język: każdy link otwiera stronę ankiety w tym języku.
# The printable flyer ($title: the survey's title)
flyer-title = Ulotka: { $title }
flyer-screen-hint = Ta ulotka mieści się na jednej stronie A5 (albo A4, po dopasowaniu rozmiaru). Aby ją wydrukować, należy użyć polecenia Drukuj w przeglądarce.
flyer-back = Powrót do strony ankiety
# Name of the list of the flyer in other languages (read by screen readers)
flyer-languages-label = Ta ulotka w innych językach
flyer-kicker = Zabierz głos
flyer-anonymous = Odpowiedzi są anonimowe.
flyer-partial-answers = Można odpowiedzieć na tyle pytań, na ile się chce: każda odpowiedź się liczy.
# Under the QR code on the flyer
flyer-scan = Zeskanuj aparatem w telefonie
# Followed by the address of the survey
flyer-or-type = Albo wpisz ten adres:
flyer-help-heading = Potrzebna pomoc w wypełnieniu?

## Decision facts of opportunities and events (src/render/facts.rs). reviewed: false (draft)
label-cost-note = O kosztach
label-pay = Wynagrodzenie
label-time = Czas
label-english = Wymagany angielski
label-runs-in = Języki
label-qualification = Kwalifikacja
label-eligible-places = Gdzie trzeba mieszkać
label-places = Miejsca
label-support = Oferowane wsparcie
cost-free = Bezpłatnie
pay-unpaid = Bez wynagrodzenia
pay-hourly = { $amount } za godzinę
pay-yearly = { $amount } rocznie
pay-vouchers = { $amount } w bonach na zakupy
badge-paid-hourly = Płatne { $amount } za godzinę
badge-paid-yearly = Płatne { $amount } rocznie
badge-paid-vouchers = { $amount } w bonach
hours-a-week = { $hours } godz. tygodniowo
duration-weeks = { $weeks ->
    [one] 1 tydzień
    [few] { $weeks } tygodnie
   *[other] { $weeks } tygodni
}
dates-from-to = od { $start } do { $end }
dates-from = od { $start }
dates-until = do { $end }
english-none = Nie jest potrzebny: można uczestniczyć w innym języku
english-basic = Podstawowy angielski na co dzień
english-cefr = Angielski na poziomie { $level } (bez testu)
english-ielts = IELTS { $score } lub wyżej
badge-no-english-test = Bez testu z angielskiego
badge-ielts = Wymagany IELTS { $score }
places-eligible = Dla mieszkańców: { $places }
places-count = { $count ->
    [one] 1 miejsce
    [few] { $count } miejsca
   *[other] { $count } miejsc
}
places-waiting-list = Brak miejsc: można zapisać się na listę oczekujących
badge-waiting-list = Lista oczekujących
support-childcare = Opieka nad dziećmi
support-travel = Zwrot kosztów dojazdu
support-lunch = Obiad
support-refreshments = Herbata, kawa i przekąski
support-interpreter = Tłumacz
support-equipment = Zapewniony sprzęt
list-or = { $first } lub { $last }
filter-practical = Co ci pasuje
filter-free = Bezpłatne
filter-no-english-test = Bez testu z angielskiego
filter-this-week = W tym tygodniu
filter-this-month = W tym miesiącu
filter-paid = Płatne
filter-closing-within-14-days = Zamykane w ciągu 14 dni
listing-events-only = Nadchodzące wydarzenia: { $which }
listing-opportunities-only = Otwarte możliwości: { $which }

## Fallback pages (an item not yet translated) and the compact header (base.html). reviewed: false (draft)
fallback-notice = Ta strona nie jest jeszcze dostępna po polsku; oto wersja w języku: { $original }.
header-menu = Menu
header-language = Język

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
neighbourhood-greater-icknield = Greater Icknield (cały obszar)
theme-social-enterprise = Przedsiębiorczość społeczna
theme-community-research = Badania społeczności
theme-skills-matching = Dopasowanie umiejętności
topic-getting-started = Pierwsze kroki
topic-business-planning = Planowanie biznesowe
topic-finance = Finanse i przepływy pieniężne
topic-marketing = Marketing
topic-legal-forms = Formy prawne i zarządzanie
topic-crowdfunding = Finansowanie społecznościowe
topic-social-value = Wartość społeczna i wpływ
audience-people-with-a-community-idea = osoby z pomysłem dla społeczności
audience-new-social-entrepreneurs = nowi przedsiębiorcy społeczni
audience-community-groups = grupy społeczne
audience-social-enterprises = przedsiębiorstwa społeczne
audience-soho-network-members = członkowie sieci SOHO
audience-fuse-participants = uczestnicy FUSE
audience-residents-with-a-community-idea = mieszkańcy z pomysłem dla społeczności
audience-young-people = młodzi ludzie
# ---- end of vocabularies

## Search (src/render/jobs/search.rs, partials/search-form.html, search.js); $query: the words searched for. reviewed: false (draft)
search-label = Szukaj w serwisie
search-placeholder = Praca, szkolenia, wydarzenia…
search-button = Szukaj
search-title = Wyszukiwanie
search-description = Szukaj ofert pracy, szkoleń, wydarzeń, historii i materiałów w tym języku lub we wszystkich językach.
search-results-for = Wyniki dla { $query }
search-no-results = Nic nie znaleziono dla { $query }. Spróbuj innego słowa lub przejrzyj listy poniżej.
search-failed = Nie udało się wczytać wyszukiwarki. Przejrzyj listy poniżej.
search-kind-label = Rodzaj
search-all-kinds = Wszystkie rodzaje
search-all-languages = Szukaj we wszystkich językach
search-no-script = Wyszukiwanie w trakcie pisania wymaga JavaScriptu, który jest wyłączony lub się nie wczytał. Wszystkie oferty i wydarzenia możesz przeglądać za pomocą filtrów poniżej.
search-browse-heading = Przeglądaj
search-kind-page = Strona

## Weekly digest (src/render/jobs/digest.rs, digest-email.html, digest.txt, digest-index.html). reviewed: false (draft)
feed-events = Wydarzenia
digest-title = { $site }: tydzień od { $from } do { $to }
digest-heading = Tydzień { $number }
digest-intro = Co dzieje się w Greater Icknield w tym tygodniu: wydarzenia, nowe możliwości i historie. Partnerzy mogą skopiować to do swoich biuletynów bez zmian.
digest-empty = W tym tygodniu nic nowego. Nadchodzące wydarzenia i otwarte możliwości zawsze są na stronie.
digest-events = Wydarzenia w tym tygodniu
digest-new-opportunities = Nowe możliwości
digest-closing = Kończą się w tym tygodniu
digest-stories = Nowe historie
digest-all-events = Wszystkie nadchodzące wydarzenia
digest-all-opportunities = Wszystkie otwarte możliwości
digest-web-version = Przeczytaj na stronie
digest-text-version = Wersja tekstowa
digest-feed = Kanał wydarzeń (Atom)
digest-in-languages = To podsumowanie w językach:
digest-index-title = Podsumowanie tygodnia
digest-index-intro = Jedna strona na tydzień dla biuletynów partnerów i tablic ogłoszeń: wydarzenia tygodnia, nowe i kończące się możliwości oraz nowe historie, gotowe do wklejenia do e-maila. Każdy tydzień ma też wersję tekstową.
digest-count = { $count ->
    [0] nic nowego
    [one] 1 pozycja
    [few] { $count } pozycje
   *[other] { $count } pozycji
}

## Footer: channels and funding (base.html, site.yaml `channels` and `funding`). reviewed: false (draft)
footer-channels-label = Program w innych miejscach
footer-channels = Obserwuj USE-IT!
footer-digest = Podsumowanie tygodnia dla partnerów
footer-funding-emblem = Flaga Unii Europejskiej
footer-funding = Projekt jest współfinansowany przez Europejski Fundusz Rozwoju Regionalnego w ramach inicjatywy Innowacyjne Działania Miejskie (Urban Innovative Actions).

## Short addresses and flyers (redirect.html, flyer.html; site.yaml `short_links`, front matter `aliases`). reviewed: false (draft)
# The page of a short address (/survey), shown only when the browser does not move on by itself;
# followed by a link to the page
redirect-heading = Ten adres się zmienił
redirect-go = Przejdź do:
# On the flyer of an event or opportunity, above it on screen
flyer-back-page = Wróć do strony

## Share links (partials/share.html, share.js). reviewed: false (draft)
share-heading = Udostępnij
share-sms = SMS
share-email = E-mail
share-address = Adres tej strony:
share-copy = Kopiuj link
share-copied = Link skopiowany
share-copy-failed = Nie udało się skopiować: zaznacz adres i skopiuj go

## Preview of drafts and scheduled items (`useit build --drafts`, `useit serve`); $when: the date, or date and time, it is published from. reviewed: false (draft)
preview-draft = Szkic: nie zostanie opublikowany, dopóki nie usuniesz `draft: true`
preview-scheduled = Zaplanowane: publikacja od { $when }

## Footnotes in Markdown (src/markdown/footnotes.rs): the words of the link from a note back to where it is referred to (read by screen readers; the link shows an arrow). reviewed: false (draft)
footnote-back = Powrót do tekstu

## Table of contents above a long text (front matter `toc: true`; src/markdown/contents.rs). reviewed: false (draft)
toc-heading = Spis treści

## Videos of stories and champion pages (src/render/videos.rs, partials/videos.html); $length: e.g. "4 min 12 s"; $size: e.g. "18.2 MB"; $host: e.g. "youtube.com". reviewed: false (draft)
video-length-minutes = { $minutes } min { $seconds } s
video-length-seconds = { $seconds } s
video-facts = Film: { $length }, { $size }
video-recorded = Nagrano { $date }
video-illustrative = Poglądowy klip przygotowany na potrzeby portalu, a nie prawdziwe nagranie.
video-unsupported = Ta przeglądarka nie może tu odtworzyć filmu: zamiast tego pobierz go.
video-download = Pobierz film ({ $size })
video-captions = Napisy: { $languages }
video-transcript = Transkrypcja
video-transcript-in = Transkrypcja (w języku: { $language })
video-external-note = Ten film jest w serwisie { $host }. Nic nie jest wczytywane z serwisu { $host }, dopóki nie zdecydujesz się go odtworzyć; wtedy serwis { $host } widzi adres Twojego urządzenia.
video-external-play = Odtwórz film z serwisu { $host }
video-external-open = Obejrzyj w serwisie { $host }
