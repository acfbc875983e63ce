// The search page: results as you type from this language's Pagefind index (pagefind.js, served
// from this site, never a third party). Without JavaScript the form still submits and the page
// offers the filter pages instead. Loaded only by the search page.
const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const kind = document.getElementById("search-kind");
const all = document.getElementById("search-all");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const start = new URLSearchParams(location.search);
const say = (template, q) => template.replace("@@q@@", "\u201c" + q + "\u201d");

// The language's bundle first; the other languages' bundles are merged in only when asked for.
const pagefind = await import(form.dataset.bundle + "pagefind.js");
await pagefind.options({ excerptLength: 24 });
await pagefind.init();
let merged = false;
const mergeOthers = async () => {
  if (merged) return;
  merged = true;
  for (const entry of form.dataset.others.split(";").filter(Boolean)) {
    const [code, url] = entry.split(" ");
    await pagefind.mergeIndex(url, { language: code });
  }
};

// Kinds to narrow to, from the index itself: loaded beside the first search, not before it.
const kinds = pagefind.filters().then((filters) => {
  for (const value of Object.keys(filters.kind || {}).sort()) {
    if (![...kind.options].some((o) => o.value === value)) kind.add(new Option(value, value));
  }
  if (start.has("kind")) kind.value = start.get("kind");
  document.getElementById("search-options").hidden = false;
});

// An excerpt keeps only its text and Pagefind's <mark> around the matched words.
const excerpt = (html) => {
  const t = document.createElement("template");
  t.innerHTML = html;
  const p = document.createElement("p");
  p.className = "excerpt";
  for (const n of t.content.childNodes) {
    if (n.nodeName === "MARK") {
      const m = document.createElement("mark");
      m.textContent = n.textContent;
      p.append(m);
    } else {
      p.append(n.textContent);
    }
  }
  return p;
};

const card = (r) => {
  const li = document.createElement("li");
  li.className = "result";
  const meta = r.meta || {};
  const k = document.createElement("p");
  k.className = "kind";
  k.textContent = [meta.kind, meta.date].filter(Boolean).join(" · ");
  const h = document.createElement("h2");
  h.className = "card-title";
  const a = document.createElement("a");
  a.href = r.url;
  a.textContent = meta.title || r.url;
  h.append(a);
  li.append(k, h);
  if (meta.badges) {
    const ul = document.createElement("ul");
    ul.className = "badges";
    for (const b of meta.badges.split(" · ")) {
      const bi = document.createElement("li");
      bi.className = "badge";
      bi.textContent = b;
      ul.append(bi);
    }
    li.append(ul);
  }
  li.append(excerpt(r.excerpt || ""));
  return li;
};

let latest = 0;
const run = async () => {
  const q = input.value.trim();
  const ticket = ++latest;
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (kind.value) params.set("kind", kind.value);
  if (all.checked) params.set("all", "1");
  history.replaceState(null, "", params.size ? "?" + params : location.pathname);
  if (!q) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  if (all.checked) await mergeOthers();
  const options = kind.value ? { filters: { kind: kind.value } } : {};
  const search = await pagefind.debouncedSearch(q, options, 200);
  if (search === null || ticket !== latest) return;
  // The first few results show as soon as their fragments arrive (one round trip on a slow
  // connection), the rest of the first 20 follow; the status line speaks once all are there.
  const top = search.results.slice(0, 20);
  const first = await Promise.all(top.slice(0, 4).map((r) => r.data()));
  if (ticket !== latest) return;
  list.replaceChildren(...first.map(card));
  const rest = await Promise.all(top.slice(4).map((r) => r.data()));
  if (ticket !== latest) return;
  list.append(...rest.map(card));
  status.textContent = say(top.length ? form.dataset.resultsFor : form.dataset.noResults, q);
};
const safely = () => run().catch(() => { status.textContent = form.dataset.failed; });


// What the address asks for; words typed while the index loaded are kept.
if (start.has("q") && !input.value) input.value = start.get("q");
if (start.get("all") === "1") all.checked = true;
form.addEventListener("submit", (e) => { e.preventDefault(); safely(); });
input.addEventListener("input", safely);
kind.addEventListener("change", safely);
all.addEventListener("change", safely);
// With a kind in the address, the first search waits for the kinds; without, it starts at once.
if (start.has("kind")) kinds.then(() => input.value && safely());
else if (input.value) safely();
