#!/usr/bin/env python3
"""Turn the raw measurements of bench/run.sh into a Markdown table.

    bench/summarize.py RAW.tsv

RAW.tsv has one line per build: n, tool, scenario, rep, seconds (wall),
cpu_seconds (user + system), peak_kb, pages, written, html_files (written and pages are empty for hugo). Prints the
table, then one line per target of issue 9 with PASS or FAIL.
"""

import csv
import statistics
import sys
from collections import defaultdict

SCENARIOS = [("cold", "cold build"), ("nochange", "no-change rebuild"), ("onechange", "one-file-changed rebuild")]


def median(values):
    return statistics.median(values) if values else float("nan")


def seconds(value):
    return f"{value:.2f} s" if value == value else "–"


def megabytes(kb):
    return f"{kb / 1024:.0f} MB" if kb == kb else "–"


def ratio(a, b):
    return f"{a / b:.2f}" if b and a == a and b == b else "–"


def verdict(ok):
    return "PASS" if ok else "FAIL"


def main(path):
    runs = defaultdict(list)  # (n, tool, scenario) -> [row]
    with open(path, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            runs[(int(row["n"]), row["tool"], row["scenario"])].append(row)
    sizes = sorted({n for n, _, _ in runs})

    def times(n, tool, scenario):
        return [float(r["seconds"]) for r in runs[(n, tool, scenario)]]

    def cpu(n, tool, scenario):
        return [float(r["cpu_seconds"]) for r in runs[(n, tool, scenario)]]

    def peaks(n, tool):
        return [float(r["peak_kb"]) for r in runs[(n, tool, "cold")]]

    def first(n, tool, field):
        rows = runs[(n, tool, "cold")]
        return rows[0][field] if rows else ""

    out = ["| N partners | HTML files huis / hugo | measure | huis (median) | hugo (median) | huis / hugo "
           "| CPU huis | CPU hugo |",
           "|---:|---|---|---:|---:|---:|---:|---:|"]
    checks = []
    per_page = {}
    for n in sizes:
        files = f"{first(n, 'huis', 'html_files')} / {first(n, 'hugo', 'html_files')}"
        huis_median = {}
        for scenario, label in SCENARIOS:
            h, g = median(times(n, "huis", scenario)), median(times(n, "hugo", scenario))
            huis_median[scenario] = h
            hc, gc = median(cpu(n, "huis", scenario)), median(cpu(n, "hugo", scenario))
            out.append(f"| {n:,} | {files} | {label} | {seconds(h)} | {seconds(g)} | {ratio(h, g)} "
                       f"| {seconds(hc)} | {seconds(gc)} |")
            files = ""
        hm, gm = median(peaks(n, "huis")), median(peaks(n, "hugo"))
        out.append(f"| {n:,} | | peak memory (cold) | {megabytes(hm)} | {megabytes(gm)} | {ratio(hm, gm)} | | |")

        huis_cold, hugo_cold = huis_median["cold"], median(times(n, "hugo", "cold"))
        written = [int(r["written"] or 0) for r in runs[(n, "huis", "nochange")]]
        one = [int(r["written"] or 0) for r in runs[(n, "huis", "onechange")]]
        pages = int(first(n, "huis", "pages") or 0)
        if pages:
            per_page[n] = huis_cold / pages
        checks += [
            f"- N={n:,}: cold build ≤ 0.5 × hugo: {ratio(huis_cold, hugo_cold)} × → {verdict(huis_cold <= 0.5 * hugo_cold)}",
            f"- N={n:,}: peak memory ≤ 0.5 × hugo: {ratio(hm, gm)} × → {verdict(hm <= 0.5 * gm)}",
            f"- N={n:,}: no-change rebuild ≤ 10% of huis cold: "
            f"{100 * huis_median['nochange'] / huis_cold:.0f}% → {verdict(huis_median['nochange'] <= 0.10 * huis_cold)}; "
            f"files written (added + changed) per run: {written} → {verdict(all(w == 0 for w in written))}",
            f"- N={n:,}: one-file-changed rebuild ≤ 25% of huis cold: "
            f"{100 * huis_median['onechange'] / huis_cold:.0f}% → {verdict(huis_median['onechange'] <= 0.25 * huis_cold)}; "
            f"files written per run: {one}",
        ]
    if 1000 in per_page and 50000 in per_page:
        growth = per_page[50000] / per_page[1000]
        checks.append(f"- time per page at 50,000 within 20% of 1,000: {per_page[1000] * 1000:.2f} ms vs "
                      f"{per_page[50000] * 1000:.2f} ms ({growth:.2f} ×) → {verdict(growth <= 1.2)}")
    else:
        checks.append("- time per page at 50,000 vs 1,000: not measured (needs both sizes in one run)")
    for n, value in sorted(per_page.items()):
        checks.append(f"- huis cold time per page at N={n:,}: {value * 1000:.2f} ms")
    print("\n".join(out))
    print()
    print("Targets (issue 9):")
    print()
    print("\n".join(checks))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: bench/summarize.py RAW.tsv")
    main(sys.argv[1])
