#!/usr/bin/env python3
"""Check iCalendar files written by huis with an independent reader.

Usage:
    python3 Tests/Feeds/check_ics.py [--expect EXPECTED.json] FILE.ics...
    python3 Tests/Feeds/check_ics.py --expect DIR/expected.json    # every file it names

Needs the PyPI package `icalendar` (it brings `tzdata`):
    python3 -m pip install icalendar

For every file it checks:
  - the text layer (RFC 5545 section 3.1): CRLF line ends only, at most 75
    octets per line, every physical line valid UTF-8;
  - that `icalendar` reads it without errors, with VERSION 2.0 and a PRODID;
  - the VTIMEZONE for Europe/Brussels: the offsets it gives agree with the
    tz database (zoneinfo) at every event and around every switch 2020-2035;
  - every VEVENT: a unique UID, a UTC DTSTAMP, a DTSTART; timed events in
    Europe/Brussels, all-day events as dates with a DTEND after DTSTART.
With --expect, each file's events (UID, SUMMARY, DTSTART, DTEND) must equal
the list that the Swift test `ICSSampleExport` wrote from the content model.
Exits with 1 when anything is wrong.
"""

import argparse
import datetime as dt
import json
import os
import sys
from zoneinfo import ZoneInfo

import icalendar

BRUSSELS = ZoneInfo("Europe/Brussels")


def text_problems(data: bytes) -> list[str]:
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("does not end in CRLF")
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if b"\r" in line or b"\n" in line:
            problems.append(f"line {number}: bare CR or LF")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets (at most 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: not valid UTF-8 on its own (a split sequence?)")
    return problems


def iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat()


def timezone_problems(calendar, starts) -> list[str]:
    zones = calendar.walk("VTIMEZONE")
    if len(zones) != 1 or str(zones[0].get("TZID")) != "Europe/Brussels":
        return ["expected exactly one VTIMEZONE with TZID Europe/Brussels"]
    # lookup_tzid=False: build the zone from our VTIMEZONE, not from the tz database by name.
    ours = zones[0].to_tz(lookup_tzid=False)
    moments = list(starts)
    for year in range(2020, 2036):
        for month, day in ((3, 20), (3, 31), (4, 1), (7, 1), (10, 20), (10, 31), (12, 31)):
            for hour in (0, 1, 4, 12, 23):
                moments.append(dt.datetime(year, month, day, hour, 30))
    problems = []
    for moment in moments:
        naive = moment.replace(tzinfo=None)
        expected = naive.replace(tzinfo=BRUSSELS).utcoffset()
        got = naive.replace(tzinfo=ours).utcoffset()
        if expected != got:
            problems.append(f"VTIMEZONE gives {got} at {naive}, the tz database {expected}")
    return problems[:5]


def event_summary(event) -> dict:
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND") if "DTEND" in event else None
    return {
        "uid": str(event.get("UID")),
        "summary": str(event.get("SUMMARY")),
        "dtstart": iso(start),
        "dtend": iso(end),
    }


def event_problems(event) -> list[str]:
    uid = str(event.get("UID", ""))
    problems = []
    for name in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
        if name not in event:
            problems.append(f"{uid or 'an event'}: no {name}")
    if problems:
        return problems
    stamp = event.decoded("DTSTAMP")
    if not isinstance(stamp, dt.datetime) or stamp.utcoffset() != dt.timedelta(0):
        problems.append(f"{uid}: DTSTAMP is not a UTC date-time")
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND") if "DTEND" in event else None
    if isinstance(start, dt.datetime):
        if start.tzinfo is None or "Brussels" not in str(event["DTSTART"].params.get("TZID", "")):
            problems.append(f"{uid}: a timed DTSTART without TZID=Europe/Brussels")
        if end is not None and (not isinstance(end, dt.datetime) or end <= start):
            problems.append(f"{uid}: DTEND is not a date-time after DTSTART")
    else:
        if event["DTSTART"].params.get("VALUE") != "DATE":
            problems.append(f"{uid}: an all-day DTSTART without VALUE=DATE")
        if end is None or isinstance(end, dt.datetime) or end <= start:
            problems.append(f"{uid}: an all-day event needs a DTEND date after DTSTART")
    return problems


def check_file(path: str, expected: list | None) -> tuple[list[str], int]:
    """The problems found in one file, and how many events it holds."""
    with open(path, "rb") as handle:
        data = handle.read()
    problems = text_problems(data)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # noqa: BLE001 - any parse failure is a finding
        return problems + [f"icalendar cannot read it: {error}"], 0
    for component in calendar.walk():
        for error in getattr(component, "errors", []) or []:
            problems.append(f"{component.name}: {error}")
    if str(calendar.get("VERSION")) != "2.0" or "PRODID" not in calendar:
        problems.append("VERSION 2.0 and PRODID are required")
    events = calendar.walk("VEVENT")
    uids = [str(e.get("UID")) for e in events]
    if len(set(uids)) != len(uids):
        problems.append("UIDs repeat")
    starts = []
    for event in events:
        problems += event_problems(event)
        if "DTSTART" in event and isinstance(event.decoded("DTSTART"), dt.datetime):
            starts.append(event.decoded("DTSTART"))
    problems += timezone_problems(calendar, starts)
    if expected is not None:
        got = sorted((event_summary(e) for e in events), key=lambda e: e["uid"])
        want = sorted(expected, key=lambda e: e["uid"])
        if got != want:
            problems.append(f"events differ from the expectations:\n    got  {got}\n    want {want}")
    return problems, len(events)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--expect", help="expected.json written by the Swift test ICSSampleExport")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()

    expectations, root = {}, None
    if args.expect:
        with open(args.expect, encoding="utf-8") as handle:
            expectations = json.load(handle)
        root = os.path.dirname(os.path.abspath(args.expect))
    files = args.files
    if not files and root:
        files = [os.path.join(root, name) for name in sorted(expectations)]
    if not files:
        parser.error("no files to check")

    failed = 0
    events = 0
    for path in files:
        key = os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/") if root else None
        expected = expectations.get(key) if key is not None else None
        if args.expect and expected is None:
            print(f"FAIL {path}\n  not named in {args.expect}")
            failed += 1
            continue
        problems, count = check_file(path, expected)
        if problems:
            failed += 1
            print(f"FAIL {path}")
            for problem in problems:
                print(f"  {problem}")
        else:
            events += count
            print(f"ok   {path} ({count} events)")
    checked = " and matched the expectations" if args.expect else ""
    print(f"{len(files) - failed} of {len(files)} calendars ok ({events} events in the good ones{checked})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
