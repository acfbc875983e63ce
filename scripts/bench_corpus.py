"""The benchmark corpus: one deterministic generator of a synthetic community portal, written
both as a useit site and as a Hugo site with the same bodies (used by `scripts/bench` and
`scripts/bench-build`; stdlib only).

    python3 scripts/bench_corpus.py --pages 10000 --out /dev/shm/c10k [--languages 6] [--seed 42]

writes `/dev/shm/c10k/useit/` (content, site.yaml, the bundled theme and locales) and
`/dev/shm/c10k/hugo/` (content, hugo.toml, minimal layouts equivalent to the theme's pages:
item page, section lists and tag pages paginated by 10, tag index, feeds).

Pages are about 60 % stories, 25 % events, 15 % champions, with 2 to 5 of 40 tags, bodies of
~930 words on average (headings, lists, links between pages, a quote, a table, a code block or
a survey note in a few). Champions get synthetic names unique to each and used nowhere else;
a story or event that links to a champion lists them in `people:` (useit's name check), and a
champion links only to stories and events. With `--languages N` (N > 1), 30 % of stories and
events get a translation (same body, translated title) in each other language.

Same --seed, --pages and --languages give byte-identical files.
"""
import argparse
import datetime as dt
import os
import random
import re
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTIONS = [("stories", 0.60, "Stories"), ("events", 0.25, "Events"),
            ("champions", 0.15, "Champions")]

TAGS = [
    "youth", "health", "housing", "education", "climate", "food security",
    "mental health", "volunteering", "arts", "sport", "elders", "families",
    "migrants", "disability", "digital inclusion", "employment", "safety",
    "parks", "transport", "libraries", "faith", "women", "lgbtq", "literacy",
    "small business", "gardening", "repair cafe", "music", "heritage",
    "languages", "survey", "toolkit", "training", "funding", "partnerships",
    "research", "advocacy", "wellbeing", "neighbourhood", "celebration",
]

FIRST = ["Amara", "Bilal", "Chen", "Dolores", "Emeka", "Fatima", "Goran", "Hana",
         "Ines", "Jamal", "Keiko", "Lars", "Mariam", "Nikhil", "Olga", "Priya",
         "Quentin", "Rosa", "Samir", "Tamsin", "Umar", "Valentina", "Wei", "Ximena",
         "Yusuf", "Zofia"]
LAST = ["Okafor", "Haddad", "Nguyen", "Silva", "Kowalski", "Mensah", "Rossi",
        "Tanaka", "Ibrahim", "O'Neill", "Petrov", "Garcia", "Singh", "Andersen",
        "Mbeki", "Dubois", "Yilmaz", "Novak", "Costa", "Lindqvist"]
PLACES = ["Riverside", "Northgate", "Elm Park", "Harbour View", "Old Town",
          "Millbrook", "Southfields", "Westcliff", "Greenhill", "Canal Quarter",
          "Eastbank", "Market Square", "Oakridge", "Fairview", "Stonebridge"]
VENUES = ["Community Hall", "Public Library", "Youth Centre", "Town Hall Annex",
          "Civic Centre", "Sports Pavilion", "Arts Hub", "Primary School Gym",
          "Health Centre Atrium", "Market Hall"]

ADJ = ["local", "vibrant", "inclusive", "practical", "small", "weekly", "new",
       "long-running", "volunteer-led", "free", "accessible", "hands-on",
       "multilingual", "intergenerational", "grassroots", "informal", "open",
       "shared", "seasonal", "neighbourhood"]
NOUN = ["workshop", "network", "project", "garden", "group", "programme",
        "meeting", "survey", "toolkit", "festival", "clinic", "club",
        "partnership", "campaign", "forum", "initiative", "drop-in session",
        "training day", "listening circle", "pilot"]
SUBJ = ["Residents", "Volunteers", "Our champions", "Young people", "Parents",
        "Local businesses", "The steering group", "Older neighbours",
        "Newcomers", "Community organisers", "Teachers", "Health workers",
        "Library staff", "Faith leaders", "Students"]
VERB = ["organised", "launched", "supported", "co-designed", "ran", "hosted",
        "expanded", "evaluated", "funded", "promoted", "documented", "shared",
        "reviewed", "celebrated", "rebuilt"]
TAIL = ["across the district", "over the winter months", "with very little money",
        "after months of planning", "in three languages", "on a shoestring budget",
        "with help from the council", "every other Saturday",
        "in partnership with local schools", "despite the rain",
        "for the first time this year", "with surprising results",
        "alongside the housing association", "using the community toolkit",
        "in response to the latest survey"]
CONNECT = ["Meanwhile,", "As a result,", "In practice,", "Crucially,",
           "At the same time,", "Looking back,", "For many,", "Since then,",
           "In the end,", "Above all,"]
EXTRA = ["Attendance grew steadily and the feedback was overwhelmingly positive.",
         "Several participants said it was the first time they had felt heard.",
         "The organisers kept costs low by borrowing equipment from partners.",
         "Childcare and interpretation were offered at every session.",
         "A follow-up meeting is planned to agree the next steps.",
         "Most of the materials can be downloaded and adapted freely.",
         "Feedback forms were available on paper and online.",
         "Transport was the most common barrier mentioned by residents.",
         "Small grants made a disproportionate difference to what was possible.",
         "The group now meets monthly and welcomes new members."]

SURVEY = [
    "**Encuesta comunitaria:** queremos conocer su opinión sobre los servicios del barrio. "
    "La encuesta dura unos diez minutos y está disponible en varios idiomas.",
    "**Enquête de quartier :** donnez-nous votre avis sur les activités proposées. "
    "Le questionnaire prend environ dix minutes ; vos réponses restent anonymes.",
    "**Nachbarschaftsumfrage:** Ihre Meinung zählt! Die Umfrage dauert etwa zehn "
    "Minuten und ist selbstverständlich anonym.",
    "**Pesquisa comunitária:** participe e ajude-nos a melhorar os serviços "
    "locais. Leva cerca de dez minutos.",
    "**Ankieta sąsiedzka:** podziel się swoją opinią o działaniach w dzielnicy. "
    "Wypełnienie zajmie około dziesięciu minut.",
    "**استبيان المجتمع:** نود معرفة رأيك في خدمات الحي. يستغرق الاستبيان حوالي عشر دقائق.",
    "**社区问卷调查：** 我们希望了解您对社区服务的看法。问卷大约需要十分钟。",
    "**कम्युनिटी सर्वे:** मोहल्ले की सेवाओं के बारे में अपनी राय दें। इसमें लगभग दस मिनट लगते हैं।",
    "**Topluluk anketi:** mahalle hizmetleri hakkındaki görüşlerinizi paylaşın. "
    "Anket yaklaşık on dakika sürer.",
    "**Опрос жителей:** поделитесь мнением о работе районных служб. Это займёт около десяти минут.",
]

CODE_SNIPPETS = [
    ("yaml", "# toolkit-config.yaml\nevent:\n  name: Repair Cafe\n  capacity: 40\n"
             "  languages: [en, es, pl]\n  accessibility:\n    step_free: true\n"
             "    hearing_loop: false\n"),
    ("bash", "# unpack the downloadable toolkit\ncurl -LO https://example.org/toolkits/"
             "outreach-v3.zip\nunzip outreach-v3.zip -d outreach\nls outreach/templates\n"),
    ("csv", "ward,responses,response_rate\nRiverside,412,0.31\nNorthgate,298,0.24\n"
            "Elm Park,503,0.38\nOld Town,187,0.19\n"),
    ("json", '{\n  "survey": "neighbourhood-2024",\n  "languages": ["en", "fr", "ar", "zh"],\n'
             '  "closes": "2024-11-30",\n  "incentive": "prize draw"\n}\n'),
]



# Syllables of the champions' synthetic names: no word of the vocabulary above contains them
# as a whole word, and each champion's first name is its index spelt in these, so unique.
SYLLABLES = ["qa", "zu", "vy", "xo", "jy", "wu", "ky", "zo"]
LANG_CODES = ["en", "ur", "ar", "pl", "bn", "so"]


def synthetic_name(n):
    digits = []
    for _ in range(6):
        digits.append(SYLLABLES[n % 8])
        n //= 8
    return "".join(digits).capitalize() + " Quorvale"


def slugify(words):
    return "-".join(w.lower().replace("'", "") for w in words.split())


class Links:
    """Link targets for one page's body; a champion's body links to stories and events only,
    and the champions another page links to are recorded in its `people`."""

    def __init__(self, pool, others, page):
        self.pool, self.others, self.page = pool, others, page

    def pick(self, rng):
        t = rng.choice(self.others if self.page["section"] == "champions" else self.pool)
        if t["section"] == "champions" and t["slug"] not in self.page["people"]:
            self.page["people"].append(t["slug"])
        return t


def make_meta(rng, n):
    """Section, slug, title, date, tags, summary (+ event fields, champion name) per page."""
    pages, used, champions = [], set(), 0
    base = dt.datetime(2018, 1, 1, tzinfo=dt.timezone.utc)
    span = int((dt.datetime(2025, 12, 31, tzinfo=dt.timezone.utc) - base).total_seconds())
    for i in range(n):
        r = rng.random()
        section = "stories" if r < 0.60 else "events" if r < 0.85 else "champions"
        p = {"section": section, "people": []}
        if section == "champions":
            p["name"] = synthetic_name(champions)
            champions += 1
            title = f"{p['name']}: {rng.choice(ADJ)} {rng.choice(NOUN)} champion in {rng.choice(PLACES)}"
            stem = p["name"]
        elif section == "events":
            title = f"{rng.choice(ADJ).capitalize()} {rng.choice(NOUN)} at {rng.choice(PLACES)} {rng.choice(VENUES)}"
            stem = title
        else:
            title = f"How {rng.choice(SUBJ).lower()} {rng.choice(VERB)} {a_an(rng.choice(ADJ))} {rng.choice(NOUN)} in {rng.choice(PLACES)}"
            stem = title
        slug = slugify(stem.replace(":", ""))[:60].strip("-")
        if slug in used:
            slug = f"{slug}-{i}"
        used.add(slug)
        date = (base + dt.timedelta(seconds=rng.randrange(span))).replace(second=0, microsecond=0)
        p.update(slug=slug, title=title, date=date, tags=rng.sample(TAGS, rng.randint(2, 5)),
                 summary=f"{rng.choice(SUBJ)} {rng.choice(VERB)} {a_an(rng.choice(ADJ))} "
                         f"{rng.choice(NOUN)} {rng.choice(TAIL)}.")
        if section == "events":
            # Daytime only: a local time in a clock change's gap would be an error.
            start = date + dt.timedelta(days=rng.randint(7, 60))
            p["start"] = start.replace(hour=rng.randint(9, 17), minute=rng.choice([0, 30]))
            p["end"] = p["start"] + dt.timedelta(hours=rng.choice([1, 2, 3, 4, 5]))
            p["venue"] = f"{rng.choice(PLACES)} {rng.choice(VENUES)}"
        p["translated"] = section != "champions" and rng.random() < 0.30
        pages.append(p)
    return pages

def a_an(word):
    return ("an " if word[0] in "aeiou" else "a ") + word


def sentence(rng, link_pool, links_left):
    s = f"{rng.choice(SUBJ)} {rng.choice(VERB)} {a_an(rng.choice(ADJ))} {rng.choice(NOUN)} {rng.choice(TAIL)}."
    r = rng.random()
    if r < 0.25:
        s = f"{rng.choice(CONNECT)} {s[0].lower()}{s[1:]}"
    elif r < 0.45:
        s = s + " " + rng.choice(EXTRA)
    words = s.split(" ")
    r = rng.random()
    if r < 0.15 and len(words) > 4:
        k = rng.randrange(1, len(words) - 1)
        words[k] = f"*{words[k]}*"
    elif r < 0.25 and len(words) > 5:
        k = rng.randrange(1, len(words) - 2)
        words[k] = f"**{words[k]}"
        words[k + 1] = f"{words[k + 1]}**"
    s = " ".join(words)
    if links_left[0] > 0 and rng.random() < 0.12:
        t = link_pool.pick(rng)
        s += f" See [{t['title']}](/{t['section']}/{t['slug']}/) for more."
        links_left[0] -= 1
    return s


def paragraph(rng, link_pool, links_left):
    return " ".join(sentence(rng, link_pool, links_left) for _ in range(rng.randint(3, 7)))


def count_words(text):
    return len(text.split())


def make_body(rng, link_pool):
    target = rng.randint(250, 1300)  # body lands at ~300-1500 words incl. links, lists, headings
    links_left = [rng.randint(2, 6)]
    blocks = [paragraph(rng, link_pool, links_left)]
    words = count_words(blocks[0])
    quote_at = rng.randint(1, 4)
    has_code = rng.random() < 0.05
    has_table = rng.random() < 0.05
    has_survey = rng.random() < 0.10
    nsec = 0
    while words < target:
        nsec += 1
        h = f"## {rng.choice(ADJ).capitalize()} {rng.choice(NOUN)}s {rng.choice(TAIL)}"
        blocks.append(h)
        for _ in range(rng.randint(1, 3)):
            p = paragraph(rng, link_pool, links_left)
            blocks.append(p)
            words += count_words(p)
        if rng.random() < 0.5:
            items = [f"- {rng.choice(ADJ).capitalize()} {rng.choice(NOUN)}: {rng.choice(EXTRA)}"
                     for _ in range(rng.randint(3, 6))]
            blocks.append("\n".join(items))
            words += sum(count_words(x) for x in items)
        if rng.random() < 0.3:
            blocks.append(f"### {rng.choice(NOUN).capitalize()} notes")
            p = paragraph(rng, link_pool, links_left)
            blocks.append(p)
            words += count_words(p)
        if nsec == quote_at:
            q = f"> {rng.choice(EXTRA)} {rng.choice(EXTRA)}\n>\n> — {rng.choice(FIRST)} {rng.choice(LAST)}, {rng.choice(PLACES)}"
            blocks.append(q)
            words += count_words(q)
        if nsec == 1 and has_survey:
            t = link_pool.pick(rng)
            blocks.append(rng.choice(SURVEY) + f" [Take the survey](/{t['section']}/{t['slug']}/).")
        if nsec == 1 and has_code:
            lang, code = rng.choice(CODE_SNIPPETS)
            blocks.append(f"```{lang}\n{code}```")
        if nsec == 1 and has_table:
            rows = ["| Session | Date | Attendees | Languages |", "|---|---|---:|---|"]
            for k in range(rng.randint(3, 8)):
                rows.append(f"| {rng.choice(NOUN).capitalize()} {k + 1} | 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                            f"| {rng.randint(5, 120)} | {rng.choice(['en', 'en, es', 'en, ar', 'en, pl, uk', 'fr'])} |")
            blocks.append("\n".join(rows))
    if nsec < quote_at:
        blocks.append(f"> {rng.choice(EXTRA)}")
    # always at least two internal links
    while links_left[0] > 0:
        t = link_pool.pick(rng)
        blocks.append(f"Related: [{t['title']}](/{t['section']}/{t['slug']}/).")
        links_left[0] -= 1
    blocks.append(f"Download the [{rng.choice(NOUN)} toolkit (PDF)](https://downloads.example.org/toolkit-{rng.randint(1, 40)}.pdf).")
    return "\n\n".join(blocks) + "\n"


HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ block "title" . }}{{ .Site.Title }}{{ end }}</title></head>
<body><header><a href="/">{{ .Site.Title }}</a> <nav><a href="/stories/">Stories</a> <a href="/events/">Events</a> <a href="/champions/">Champions</a> <a href="/tags/">Tags</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>Community Portal</footer></body></html>
""",
    "index.html": """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<p>Stories, champions and events from our neighbourhoods.</p>
<ul>{{ range .Sections }}<li><a href="{{ .Permalink }}">{{ .Title }}</a></li>{{ end }}<li><a href="/tags/">Tags</a></li></ul>
{{ end }}
""",
    "_default/single.html": """{{ define "title" }}{{ .Title }} | {{ .Site.Title }}{{ end }}
{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>
{{ with .Params.venue }}<p class="event">{{ $.Params.start }} – {{ $.Params.end }} at {{ . }}</p>{{ end }}
{{ .Content }}
<ul class="tags">{{ range .GetTerms "tags" }}<li><a href="{{ .Permalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
</article>{{ end }}
""",
    "_default/list.html": """{{ define "title" }}{{ .Title }} | {{ .Site.Title }}{{ end }}
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .Permalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Params.summary }}</p></li>{{ end }}</ul>
<nav>{{ with .Paginator.Prev }}<a href="{{ .URL }}">Previous</a>{{ end }} Page {{ .Paginator.PageNumber }} of {{ .Paginator.TotalPages }} {{ with .Paginator.Next }}<a href="{{ .URL }}">Next</a>{{ end }}</nav>
{{ end }}
""",
    "_default/terms.html": """{{ define "title" }}{{ .Title }} | {{ .Site.Title }}{{ end }}
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.Permalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "_default/term.html": """{{ define "title" }}{{ .Title }} | {{ .Site.Title }}{{ end }}
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .Permalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Params.summary }}</p></li>{{ end }}</ul>
<nav>{{ with .Paginator.Prev }}<a href="{{ .URL }}">Previous</a>{{ end }} Page {{ .Paginator.PageNumber }} of {{ .Paginator.TotalPages }} {{ with .Paginator.Next }}<a href="{{ .URL }}">Next</a>{{ end }}</nav>
{{ end }}
""",
    "_default/rss.xml": """{{- $pages := .Pages -}}{{- if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end -}}
{{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<rss version="2.0"><channel><title>{{ .Site.Title }}{{ if not .IsHome }} - {{ .Title }}{{ end }}</title><link>{{ .Permalink }}</link><description>Community Portal</description>
{{- range first 20 $pages.ByDate.Reverse }}
<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" }}</pubDate><guid>{{ .Permalink }}</guid><description>{{ .Params.summary }}</description></item>
{{- end }}
</channel></rss>
""",
    "404.html": """{{ define "main" }}<h1>Page not found</h1>{{ end }}
""",
}

def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


LINK = re.compile(r"\]\(/(stories|events|champions)/([^/)]+)/\)")


def useit_links(body):
    def sub(m):
        kind, slug = m.groups()
        return f"](@/champions/{slug}/index.md)" if kind == "champions" else f"](@/{kind}/{slug}.md)"
    return LINK.sub(sub, body)


def useit_front(p):
    tags = "[" + ", ".join(yq(t) for t in p["tags"]) + "]"
    people = f"people: [{', '.join(p['people'])}]\n" if p["people"] else ""
    if p["section"] == "stories":
        return (f"title: {yq(p['title'])}\ndate: {p['date']:%Y-%m-%d}\nsummary: {yq(p['summary'])}\n"
                f"tags: {tags}\n{people}")
    if p["section"] == "events":
        return (f"title: {yq(p['title'])}\nsummary: {yq(p['summary'])}\nstart: {p['start']:%Y-%m-%d %H:%M}\n"
                f"end: {p['end']:%Y-%m-%d %H:%M}\nvenue:\n  name: {yq(p['venue'])}\ncost: Free\n"
                f"category: community-event\ntags: {tags}\n{people}")
    return (f"name: {yq(p['name'])}\nrole: volunteer\nneighbourhood: greater-icknield\n"
            f"quote: {yq(p['summary'])}\nillustrative: true\n"
            "consent:\n  uses: [web]\n  given: 2018-01-01\n  recorded_by: bench\n  record: CR-2018-001\n")


def useit_site(out, pages, bodies, languages):
    c = os.path.join(out, "content")
    write(os.path.join(c, "_index.md"), "---\ntitle: Benchmark portal\nsummary: A large synthetic site.\n---\nHello.\n")
    for p, body in zip(pages, bodies):
        body = useit_links(body)
        if p["section"] == "champions":
            write(os.path.join(c, "champions", p["slug"], "index.md"), f"---\n{useit_front(p)}---\n{body}")
            continue
        stem = os.path.join(c, p["section"], p["slug"])
        write(stem + ".md", f"---\n{useit_front(p)}---\n{body}")
        if p["translated"]:
            for code in LANG_CODES[1:languages]:
                write(f"{stem}.{code}.md", f"---\ntitle: {yq(f'[{code}] ' + p['title'])}\n"
                      f"summary: {yq(p['summary'])}\n---\n{body}")
    config = open(os.path.join(ROOT, "site.yaml"), encoding="utf-8").read()
    kept, langs, block = [], 0, None
    for line in config.splitlines(keepends=True):
        # The portal's short links name its own pages, which the corpus does not have.
        if not line.startswith((" ", "#", "\n")):
            block = line.split(":", 1)[0]
        if block == "short_links":
            continue
        if line.startswith("  - { code: "):
            langs += 1
            if langs > languages:
                continue
        kept.append(line)
    write(os.path.join(out, "site.yaml"), "".join(kept))
    for d in ("themes", "locales"):
        shutil.copytree(os.path.join(ROOT, d), os.path.join(out, d))


def hugo_config(languages):
    langs = "".join(f"[languages.{code}]\n  weight = {i + 1}\n  languageName = {yq(code)}\n"
                    for i, code in enumerate(LANG_CODES[:languages]))
    return f"""baseURL = "https://portal.example.org/"
title = "Community Portal"
defaultContentLanguage = "en"
enableRobotsTXT = false
disableKinds = []

[pagination]
  pagerSize = 10

[services.rss]
  limit = 20

[taxonomies]
  tag = "tags"

[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML", "RSS"]

[markup.highlight]
  codeFences = false

{langs}"""


def hugo_site(out, pages, bodies, languages):
    c = os.path.join(out, "content")
    for p, body in zip(pages, bodies):
        fm = [f"title: {yq(p['title'])}", f"date: {iso(p['date'])}", f"summary: {yq(p['summary'])}",
              "tags:"] + [f"  - {yq(t)}" for t in p["tags"]]
        if "venue" in p:
            fm += [f"start: {yq(iso(p['start']))}", f"end: {yq(iso(p['end']))}", f"venue: {yq(p['venue'])}"]
        stem = os.path.join(c, p["section"], p["slug"])
        write(stem + ".md", "---\n" + "\n".join(fm) + "\n---\n\n" + body)
        if p["translated"]:
            for code in LANG_CODES[1:languages]:
                write(f"{stem}.{code}.md", "---\n" + "\n".join([f"title: {yq(f'[{code}] ' + p['title'])}"] + fm[1:])
                      + "\n---\n\n" + body)
    for name, _, title in SECTIONS:
        write(os.path.join(c, name, "_index.md"), f"---\ntitle: {yq(title)}\n---\n")
    write(os.path.join(out, "hugo.toml"), hugo_config(languages))
    for rel, text in HUGO_LAYOUTS.items():
        write(os.path.join(out, "layouts", rel), text)


def generate(pages, out, languages=1, seed=42):
    """Writes `out/useit` and `out/hugo`; returns the source count per section."""
    if os.path.exists(out):
        shutil.rmtree(out)
    rng = random.Random(seed)
    meta = make_meta(rng, pages)
    others = [p for p in meta if p["section"] != "champions"] or meta
    bodies = [make_body(rng, Links(meta, others, p)) for p in meta]
    useit_site(os.path.join(out, "useit"), meta, bodies, languages)
    hugo_site(os.path.join(out, "hugo"), meta, bodies, languages)
    counts = {s: sum(1 for p in meta if p["section"] == s) for s, _, _ in SECTIONS}
    counts["translations"] = sum(p["translated"] for p in meta) * (languages - 1)
    counts["words"] = sum(len(b.split()) for b in bodies) // max(1, pages)
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--out", required=True, help="folder to write (replaced if it exists)")
    ap.add_argument("--languages", type=int, default=1, choices=range(1, len(LANG_CODES) + 1))
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    print(generate(a.pages, a.out, a.languages, a.seed))


if __name__ == "__main__":
    main()
