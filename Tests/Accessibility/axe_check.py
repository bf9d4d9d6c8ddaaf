#!/usr/bin/env python3
"""Runs axe-core (WCAG 2.2 A/AA rules) on every page of a built site.

Usage: axe_check.py SITE_DIR [--max-pages N] [--mobile index|all|none]

The site is served over HTTP on 127.0.0.1 (so fetch() works as on a real
host) and every *.html page is opened in one reused headless Chromium.
Every page is checked at a desktop viewport; the section front pages
(index.html at depth <= 2) are checked again at 320x640, where WCAG's
reflow and target-size rules bite hardest. A page that scrolls sideways at
320 px (WCAG 1.4.10, no axe rule) gets a warning, or fails with
--strict-reflow. Exit status: 0 when no page has a violation, 1 when some
page has one, 2 when the check could not run.

Needs the tools from install.sh; run with any python3 and it switches to
.tools/venv/bin/python by itself.
"""

import argparse
import functools
import http.server
import json
import os
import re
import sys
import threading
import time
import urllib.parse
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(os.environ.get("HUIS_TOOLS", REPO_ROOT / ".tools"))
VENV_PYTHON = TOOLS / "venv" / "bin" / "python"



def cannot_run(message):
    """Exit status 2: the check did not run, which is not the same as a page failing it."""
    print(f"axe_check: {message}", file=sys.stderr)
    sys.exit(2)


try:
    from axe_selenium_python import Axe
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
except ImportError:
    # Started with a python that lacks the tools: use the venv install.sh made.
    if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != VENV_PYTHON.parents[1].resolve():
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])
    cannot_run("selenium and axe-selenium-python are missing; run Tests/Accessibility/install.sh first")

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
MIN_AXE = (4, 5)
DESKTOP = (1280, 800)
MOBILE = (320, 640)
SNIPPET_LIMIT = 240


def positive_int(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def parse_args():
    parser = argparse.ArgumentParser(description="axe-core WCAG 2.2 A/AA check of every page of a site")
    parser.add_argument("site", type=Path, help="folder with the built site (e.g. public)")
    parser.add_argument("--max-pages", type=positive_int, metavar="N", help="check only the first N pages (sorted by path)")
    parser.add_argument("--mobile", choices=["index", "all", "none"], default="index",
                        help="which pages get a second pass at 320x640: index.html at depth <= 2 (default), all, none")
    parser.add_argument("--strict-reflow", action="store_true",
                        help="fail pages that scroll sideways at 320 px (WCAG 1.4.10) instead of warning")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--chromedriver", default=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return parser.parse_args()


def find_pages(site: Path):
    """Every *.html file below site, as POSIX paths relative to it, sorted."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.is_file())


def is_mobile_sample(page: str, mode: str) -> bool:
    if mode == "all":
        return True
    if mode == "none":
        return False
    parts = page.split("/")
    return parts[-1] == "index.html" and len(parts) - 1 <= 2


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def start_server(site: Path):
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def start_browser(chromium: str, chromedriver: str):
    for path in (chromium, chromedriver):
        if not os.access(path, os.X_OK):
            cannot_run(f"{path} is missing; run Tests/Accessibility/install.sh first")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    # As root Chromium only starts without its sandbox; the others keep it
    # steady in containers (no GPU, a small /dev/shm).
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--window-size={DESKTOP[0]},{DESKTOP[1]}", "--hide-scrollbars", "--lang=nl-BE"):
        options.add_argument(flag)
    # Both paths are given, so selenium never tries to download a driver.
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def axe_version(source: str):
    match = re.search(r"axe v(\d+)\.(\d+)\.(\d+)", source[:200])
    if not match:
        cannot_run("cannot read the axe-core version from the first line of axe.min.js")
    return tuple(int(n) for n in match.groups())


def set_viewport(driver, size):
    if size is None:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    else:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": True})


# One round trip per page: run axe, and measure sideways scrolling (WCAG 1.4.10).
RUN_AXE = """
const done = arguments[arguments.length - 1];
const root = document.documentElement;
axe.run(document, arguments[0])
  .then(results => done({violations: results.violations, overflow: root.scrollWidth - root.clientWidth}))
  .catch(error => done({error: String(error)}));
"""
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}


def preload_axe(driver, axe_source):
    """Has Chromium evaluate axe-core in every new document, which beats injecting it after each load."""
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": axe_source})


def check_page(driver, axe_source, url):
    driver.get(url)
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(axe_source)  # e.g. a page that replaced window.axe
    outcome = driver.execute_async_script(RUN_AXE, AXE_OPTIONS)
    if "error" in outcome:
        raise RuntimeError(f"axe.run failed: {outcome['error']}")
    return outcome["violations"], outcome["overflow"]


def only_new(violations, seen):
    """The violations minus the (rule, element) pairs already reported for this page."""
    fresh = []
    for violation in violations:
        nodes = [n for n in violation["nodes"] if (violation["id"], json.dumps(n["target"])) not in seen]
        if nodes:
            fresh.append({**violation, "nodes": nodes})
    return fresh


def message(error):
    return getattr(error, "msg", None) or str(error)


def shorten(text: str, limit: int = SNIPPET_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def report(label, violations):
    print(f"FAIL {label}")
    for violation in violations:
        print(f"  [{violation.get('impact') or 'n/a'}] {violation['id']}: {violation['help']}")
        print(f"      {violation['helpUrl']}")
        for node in violation["nodes"]:
            target = " ".join(json.dumps(t) if not isinstance(t, str) else t for t in node["target"])
            print(f"    at {target}")
            print(f"       {shorten(node.get('html', ''))}")
            # The failure summary holds the useful numbers (e.g. "contrast of 2.5 (foreground ...").
            summary = [line.strip() for line in node.get("failureSummary", "").splitlines()[1:] if line.strip()]
            for line in summary[:3]:
                print(f"       {shorten(line)}")


def main():
    args = parse_args()
    site = args.site.resolve()
    if not site.is_dir():
        cannot_run(f"{args.site} is not a folder")
    pages = find_pages(site)
    total = len(pages)
    if total == 0:
        cannot_run(f"no .html pages in {args.site}")
    if args.max_pages is not None:
        pages = pages[: args.max_pages]

    # axe-selenium-python is the carrier of axe-core; its run() is replaced by RUN_AXE.
    with open(Axe(None).script_url, encoding="utf-8") as f:
        axe_source = f.read()
    version = axe_version(axe_source)
    version_text = ".".join(map(str, version))
    if version[:2] < MIN_AXE:
        cannot_run(f"axe-core {version_text} has no WCAG 2.2 rules; "
                   f"need {'.'.join(map(str, MIN_AXE))} or newer (rerun Tests/Accessibility/install.sh)")

    server = start_server(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        driver = start_browser(args.chromium, args.chromedriver)
    except WebDriverException as error:
        server.shutdown()
        print(f"axe_check: Chromium did not start: {shorten(message(error), 600)}", file=sys.stderr)
        return 2

    mobile_pages = [p for p in pages if is_mobile_sample(p, args.mobile)]
    violation_count = node_count = failed_pages = 0
    reflow = []
    seen = {}  # page -> (rule, target) found at the desktop size, not repeated for the mobile pass
    started = time.monotonic()
    try:
        preload_axe(driver, axe_source)
        for viewport, batch in ((None, pages), (MOBILE, mobile_pages)):
            if not batch:
                continue
            set_viewport(driver, viewport)
            suffix = f" @{viewport[0]}x{viewport[1]}" if viewport else ""
            for page in batch:
                url = base + urllib.parse.quote(page)
                try:
                    violations, overflow = check_page(driver, axe_source, url)
                except (WebDriverException, RuntimeError) as error:
                    print(f"FAIL {page}{suffix}: the page could not be checked: {shorten(message(error))}")
                    failed_pages += 1
                    continue
                if viewport and overflow > 0:
                    reflow.append(f"{page}{suffix}: scrolls sideways by {overflow} px")
                if viewport:
                    violations = only_new(violations, seen.get(page, set()))
                else:
                    seen[page] = {(v["id"], json.dumps(n["target"])) for v in violations for n in v["nodes"]}
                if violations:
                    failed_pages += 1
                    violation_count += len(violations)
                    node_count += sum(len(v["nodes"]) for v in violations)
                    report(page + suffix, violations)
    finally:
        driver.quit()
        server.shutdown()
    elapsed = time.monotonic() - started

    for line in reflow:
        # WCAG 1.4.10 (reflow) is no axe rule: a warning unless --strict-reflow.
        print(f"{'FAIL' if args.strict_reflow else 'warning:'} {line}")
    if args.strict_reflow and reflow:
        failed_pages += len(reflow)
    checked = len(pages) + len(mobile_pages)
    sideways = f", {len(reflow)} scroll sideways at {MOBILE[0]} px" if reflow else ""
    limited = f" (first {len(pages)} of {total}, --max-pages)" if len(pages) < total else ""
    print(f"axe-core {version_text}: {len(pages)} pages{limited}, {violation_count} violations "
          f"({node_count} elements){sideways} [+{len(mobile_pages)} at {MOBILE[0]}x{MOBILE[1]}; "
          f"{elapsed:.1f} s, {elapsed / checked:.2f} s per check]")
    return 1 if failed_pages else 0


if __name__ == "__main__":
    sys.exit(main())
