#!/usr/bin/env python3
"""Where a build spends its wall time: busy cores and stages per time window.

    perf record -e cpu-clock -F 2000 -g -o perf.data .build/release/huis build ...
    bench/perf-timeline.py perf.data [--window 0.04] [--frequency 2000]

For every window of the run it prints how many cores were busy (1.0 means
one core's worth of samples) and the stages most samples were in. A stage is
the innermost frame whose (demangled) name contains one of STAGES; "?" is
time outside them (kernel, runtime, start-up). Windows with one busy core on
a two-core machine are where a rebuild waits on serial work.

    bench/perf-timeline.py --totals small.data:PAGES large.data:PAGES

instead prints, per stage, the CPU time per page of each recording side by
side, and how much it grew: where a build stops scaling linearly. (Record
both at the same --frequency.)
"""
import argparse
import collections
import re
import subprocess

STAGES = [
    "BuildFingerprint", "FileScanner", "BuildCache.load", "StagingMirror", "ContentLoader",
    "BodyStage", "CrossChecks", "FragmentCheck", "ContentChecker", "Theme", "PublishedRegion",
    "RegionRenderData", "PageKeys", "SearchDocumentCollector", "SearchIndexBuilder",
    "SearchIndexFiles", "SiteRenderer.render", "RegionFeeds", "SitemapWriter", "EventCalendars",
    "OpenData", "keepIfUnchanged", "OutputTransaction.commit", "OutputTree", "BuildCache.save",
    "BuildState", "BuildReport", "SiteBuilder",
]


def samples(path):
    text = subprocess.run(["perf", "script", "-i", path, "-F", "tid,time,ip,sym"],
                          capture_output=True, text=True, check=True).stdout
    for block in text.strip().split("\n\n"):
        lines = block.strip().split("\n")
        head = re.match(r"\s*(\d+)\s+([\d.]+):", lines[0])
        if head:
            frames = [line.strip().split(None, 1)[-1] for line in lines[1:]]
            yield float(head.group(2)), int(head.group(1)), frames


def staged(path):
    """(time, thread, stage) of every sample in a recording."""
    runs = list(samples(path))
    if not runs:
        raise SystemExit("no samples in " + path)
    names = sorted({frame for _, _, frames in runs for frame in frames})
    demangled = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
                               capture_output=True, text=True).stdout.split("\n")
    readable = dict(zip(names, demangled))
    for time, thread, frames in runs:
        stage = next((name for frame in frames for name in STAGES if name in readable.get(frame, frame)), "?")
        yield time, thread, stage


def totals(recordings, frequency):
    """CPU time per page and stage of several recordings (PATH:PAGES), side by side."""
    columns = []
    for recording in recordings:
        path, _, pages = recording.rpartition(":")
        if not path or not pages.isdigit() or int(pages) == 0:
            raise SystemExit(f"'{recording}': give a recording and its page count, as perf.data:1192")
        counts = collections.Counter(stage for _, _, stage in staged(path))
        columns.append((path, int(pages), counts))
    per_page = [{stage: n / frequency / pages * 1e6 for stage, n in counts.items()} for _, pages, counts in columns]
    order = sorted({stage for column in per_page for stage in column}, key=lambda s: -per_page[-1].get(s, 0))
    print(f"{'stage (µs CPU per page)':28}" + "".join(f"{p:>14.14}" for p, _, _ in columns) + "   last / first")
    for stage in order + ["total"]:
        values = [sum(c.values()) if stage == "total" else c.get(stage, 0) for c in per_page]
        growth = f"{values[-1] / values[0]:8.2f}" if values[0] else "       -"
        print(f"{stage:28}" + "".join(f"{v:14.1f}" for v in values) + "   " + growth)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="+")
    parser.add_argument("--window", type=float, default=0.04, help="seconds per line (0.04)")
    parser.add_argument("--frequency", type=int, default=2000, help="the -F given to perf record (2000)")
    parser.add_argument("--totals", action="store_true", help="CPU per page and stage of recordings given as PATH:PAGES")
    args = parser.parse_args()
    if args.totals:
        totals(args.data, args.frequency)
        return
    if len(args.data) != 1:
        raise SystemExit("a timeline reads one recording (use --totals to compare several)")

    runs = list(staged(args.data[0]))
    start = min(time for time, _, _ in runs)
    stages = collections.defaultdict(collections.Counter)
    threads = collections.defaultdict(set)
    for time, thread, stage in runs:
        window = int((time - start) / args.window)
        threads[window].add(thread)
        stages[window][stage] += 1
    for window in sorted(stages):
        counts = stages[window]
        total = sum(counts.values())
        busy = total / (args.window * args.frequency)
        top = ", ".join(f"{name} {count}" for name, count in counts.most_common(4))
        print(f"{window * args.window:6.2f} s  cores {busy:3.1f}  threads {len(threads[window])}  {top}")


if __name__ == "__main__":
    main()
