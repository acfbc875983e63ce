#!/usr/bin/env python3
"""Independent check of a built site's calendars and event structured data.

    python3 tests/calendars/check_calendars.py PUBLIC_DIR

Parses every .ics file with the `icalendar` package (not the generator's own code) and every
event page's JSON-LD with `json`, then cross-checks them field by field:

- each .ics: CRLF line endings, lines of at most 75 octets, VERSION 2.0, a VTIMEZONE for every
  TZID used, and per VEVENT a UID, DTSTAMP, DTSTART, SUMMARY, URL and STATUS;
- each event page: its JSON-LD is an Event whose startDate carries a UTC offset (or is a date),
  and equals the DTSTART of the page's own .ics (same instant);
- repeating events: the RRULE/EXDATE in the .ics, expanded with dateutil, gives exactly the
  "Next dates" listed on the page;
- cancelled events carry STATUS:CANCELLED and eventStatus EventCancelled.

Prints one line per file checked and exits 1 on the first class of failure found.
"""
import datetime as dt
import glob
import json
import os
import re
import sys

try:
    import icalendar
    from dateutil import rrule as du_rrule
except ImportError:
    sys.exit("needs the Python packages icalendar and python-dateutil: pip install icalendar")

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL", msg)


def check_ics(path):
    raw = open(path, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        fail(f"{path}: a line ends without CRLF")
    for n, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 75:
            fail(f"{path}:{n}: {len(line)} octets (over 75)")
    cal = icalendar.Calendar.from_ical(raw)
    if str(cal.get("VERSION")) != "2.0":
        fail(f"{path}: VERSION is not 2.0")
    tzids = {str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")}
    events = cal.walk("VEVENT")
    for ev in events:
        for field in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "URL", "STATUS"):
            if ev.get(field) is None:
                fail(f"{path}: VEVENT {ev.get('UID')} has no {field}")
        start = ev.get("DTSTART")
        tzid = start.params.get("TZID") if start is not None else None
        if tzid and tzid not in tzids:
            fail(f"{path}: TZID {tzid} has no VTIMEZONE")
    return cal, events


def page_of(ics_path):
    return os.path.join(os.path.dirname(ics_path), "index.html")


def json_ld(html):
    m = re.search(r'<script type="?application/ld\+json"?>(.*?)</script>', html, re.S)
    return json.loads(m.group(1)) if m else None


def as_instant(value):
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc)
    return value


def parse_iso(s):
    if len(s) == 10:
        return dt.date.fromisoformat(s)
    return dt.datetime.fromisoformat(s).astimezone(dt.timezone.utc)


def check_event_page(ics_path, events):
    page = page_of(ics_path)
    html = open(page, encoding="utf-8").read()
    doc = json_ld(html)
    if doc is None:
        fail(f"{page}: no JSON-LD")
        return
    if doc.get("@type") != "Event":
        fail(f"{page}: JSON-LD @type is {doc.get('@type')}")
    for key in ("name", "startDate", "eventStatus", "eventAttendanceMode", "location", "organizer"):
        if key not in doc:
            fail(f"{page}: JSON-LD lacks {key}")
    start = doc.get("startDate", "")
    if len(start) != 10 and not re.search(r"[+-]\d\d:\d\d$", start):
        fail(f"{page}: startDate {start} has no UTC offset")
    ev = events[0]
    status = str(ev.get("STATUS"))
    if (status == "CANCELLED") != doc.get("eventStatus", "").endswith("EventCancelled"):
        fail(f"{page}: STATUS {status} disagrees with eventStatus {doc.get('eventStatus')}")
    dtstart = ev.decoded("DTSTART")
    rule = ev.get("RRULE")
    tail = re.split(r'id="?dates-heading', html)[-1]
    shown = re.findall(r'<li><time datetime="?([^" >]+)"?>', tail) if rule else []
    if rule and "DAILY" not in rule.to_ical().decode():
        # Expand the series independently and compare with the dates the page lists.
        exdates = set()
        for ex in ev.get("EXDATE") if isinstance(ev.get("EXDATE"), list) else [ev.get("EXDATE")] if ev.get("EXDATE") else []:
            for d in ex.dts:
                exdates.add(as_instant(d.dt))
        series = du_rrule.rrulestr(rule.to_ical().decode(), dtstart=dtstart)
        now = parse_iso(shown[0]) if shown else None
        expected = [as_instant(d) for d in series if as_instant(d) not in exdates and (now is None or as_instant(d) >= now)]
        got = [parse_iso(s) for s in shown]
        if got != expected[: len(got)] or not got:
            fail(f"{page}: next dates {shown} do not match the RRULE expansion {expected[:len(got)]}")
        if now is not None and parse_iso(start) != now:
            fail(f"{page}: JSON-LD startDate {start} is not the next date {shown[0]}")
    elif as_instant(dtstart) != parse_iso(start):
        fail(f"{page}: JSON-LD startDate {start} != .ics DTSTART {dtstart}")
    print(f"ok {page}: {doc['name']} at {start}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    files = sorted(glob.glob(os.path.join(root, "**", "*.ics"), recursive=True))
    if not files:
        sys.exit(f"no .ics files under {root}")
    pages = 0
    for path in files:
        cal, events = check_ics(path)
        print(f"ok {path}: {len(events)} events")
        if os.path.basename(path) != "calendar.ics" and os.path.exists(page_of(path)):
            if len(events) != 1:
                fail(f"{path}: an event's calendar must hold exactly one VEVENT")
            else:
                check_event_page(path, events)
                pages += 1
    if pages == 0:
        fail("no event page was cross-checked")
    print(f"{len(files)} calendars, {pages} event pages checked, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
