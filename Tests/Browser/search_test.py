#!/usr/bin/env python3
"""The search page in a real browser (headless Chromium through selenium).

    python3 Tests/Browser/search_test.py [--site public] [--region ranst]

Serves a built site (default: public/, as ./build.sh makes it) on
127.0.0.1 and checks, on the region's search page:

- typing a query shows results as links inside #zoekresultaten, best first,
  with the matched words in <mark>, announced in the polite status region;
- the address bar follows the query (history.replaceState), and opening
  zoeken/index.html?q=… runs the search on load;
- the filters are labelled selects and narrow the results;
- a typo and a word spelled as it sounds still find the page;
- the page works from file:// too (the index loads as scripts there);
- everything is reachable with the keyboard (Tab from the field reaches a result);
- with the index missing, the page says so and offers the links without search.

Prints "N passed, N failed" and exits non-zero on a failure.
"""

import argparse
import functools
import http.server
import shutil
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = Path(__file__).resolve().parents[2]


def browser():
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900"):
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def serve(folder):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def wait_for(driver, condition, timeout=10):
    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def results(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#zoekresultaten a")


def status(driver):
    return driver.find_element(By.ID, "zoekstatus").text


def type_query(driver, text):
    field = driver.find_element(By.ID, "zoekterm")
    field.clear()
    field.send_keys(text)
    # The results of exactly this query: the status names it.
    wait_for(driver, lambda d: text.strip() in status(d))
    return field


class Checks:
    def __init__(self, driver, base, region):
        self.driver = driver
        self.base = base
        self.region = region

    def page(self, query=""):
        url = f"{self.base}/{self.region}/zoeken/index.html"
        return url + ("?" + urllib.parse.urlencode(query) if query else "")

    def test_typing_shows_ranked_links_with_marks(self):
        d = self.driver
        d.get(self.page())
        wait_for(d, lambda d: d.find_element(By.ID, "zoekformulier").get_attribute("class") == "search-ready")
        type_query(d, "kinderopvang")
        links = results(d)
        assert links, "no results"
        assert "kinderopvang" in links[0].text.lower(), links[0].text
        assert links[0].find_elements(By.TAG_NAME, "mark"), "the title has no <mark>"
        message = status(d)
        assert "resultaten voor" in message or "resultaat voor" in message, message
        live = d.find_element(By.ID, "zoekstatus")
        assert live.get_attribute("aria-live") == "polite" and live.get_attribute("role") == "status"
        assert "q=kinderopvang" in d.current_url, d.current_url
        href = links[0].get_attribute("href")
        assert href.startswith(self.base) and href.endswith("index.html"), href

    def test_query_in_the_address_runs_on_load(self):
        d = self.driver
        d.get(self.page({"q": "zwanger"}))
        wait_for(d, lambda d: results(d))
        assert d.find_element(By.ID, "zoekterm").get_attribute("value") == "zwanger"
        assert "zwanger" in status(d)

    def test_typos_and_sound_alikes(self):
        d = self.driver
        d.get(self.page())
        type_query(d, "kinderopvnag")
        assert any("kinderopvang" in a.text.lower() for a in results(d)[:3]), [a.text for a in results(d)[:3]]
        type_query(d, "fakantie")
        assert results(d), "fakantie found nothing"

    def test_filters_are_labelled_selects_that_narrow(self):
        d = self.driver
        d.get(self.page({"q": "opvoeding"}))
        wait_for(d, lambda d: results(d))
        before = len(d.find_elements(By.CSS_SELECTOR, "#zoekresultaten li"))
        select = d.find_element(By.ID, "zoek-leeftijd")
        label = d.find_element(By.CSS_SELECTOR, "label[for=zoek-leeftijd]")
        assert label.text.strip(), "the age filter has no label"
        assert d.find_element(By.ID, "zoek-thema")
        Select(select).select_by_value("zwanger")
        wait_for(d, lambda d: "leeftijd=zwanger" in d.current_url)
        wait_for(d, lambda d: results(d))
        after = len(d.find_elements(By.CSS_SELECTOR, "#zoekresultaten li"))
        assert after <= before, (before, after)
        d.get(self.page({"thema": "kinderopvang"}))
        wait_for(d, lambda d: results(d))
        assert "keuze" in status(d), status(d)

    def test_keyboard_reaches_results_and_more(self):
        d = self.driver
        d.get(self.page())
        field = type_query(d, "kind")
        field.send_keys(Keys.ENTER)
        wait_for(d, lambda d: results(d))
        assert "zoeken/index.html" in d.current_url, "Enter must not leave the page"
        field.send_keys(Keys.TAB)
        focused = d.switch_to.active_element
        assert focused.tag_name in ("button", "select"), focused.tag_name
        for _ in range(12):
            if d.switch_to.active_element.tag_name == "a" and d.switch_to.active_element.find_elements(By.XPATH, "ancestor::*[@id='zoekresultaten']"):
                break
            d.switch_to.active_element.send_keys(Keys.TAB)
        else:
            raise AssertionError("Tab never reached a result link")
        more = d.find_elements(By.CSS_SELECTOR, "#zoekresultaten button.search-more")
        if more:
            shown = len(results(d))
            more[0].send_keys(Keys.ENTER)
            wait_for(d, lambda d: len(results(d)) > shown)
            assert d.switch_to.active_element.tag_name == "a", "focus moves to the first new result"

    def test_no_results_offers_the_lists(self):
        d = self.driver
        d.get(self.page())
        type_query(d, "xqzwv")
        assert not results(d)
        assert "Geen resultaten" in status(d), status(d)
        assert d.find_element(By.ID, "zoekalternatief").is_displayed()

    def test_works_from_file(self):
        d = self.driver
        d.get((self.site / self.region / "zoeken" / "index.html").as_uri() + "?q=kinderopvang")
        wait_for(d, lambda d: results(d))
        assert results(d)[0].get_attribute("href").startswith("file://")

    def test_missing_index_says_so(self):
        d = self.driver
        broken = Path(tempfile.mkdtemp(prefix="huis-search-broken-"))
        shutil.copytree(self.site / self.region, broken / self.region)
        shutil.rmtree(broken / self.region / "zoekindex")
        d.get((broken / self.region / "zoeken" / "index.html").as_uri() + "?q=kinderopvang")
        wait_for(d, lambda d: d.find_element(By.ID, "zoekalternatief").is_displayed())
        assert status(d), "the failure is announced"
        shutil.rmtree(broken)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=str(ROOT / "public"), help="a built site (default: public/)")
    parser.add_argument("--region", default="ranst")
    args = parser.parse_args()
    site = Path(args.site).resolve()
    if not (site / args.region / "zoekindex" / "index.js").exists():
        print(f"search_test: no search index in {site / args.region}; build the site first", file=sys.stderr)
        return 2

    server = serve(site)
    driver = browser()
    checks = Checks(driver, f"http://127.0.0.1:{server.server_address[1]}", args.region)
    checks.site = site
    passed = failed = 0
    try:
        for name in sorted(n for n in dir(checks) if n.startswith("test_")):
            started = time.time()
            try:
                getattr(checks, name)()
                passed += 1
                print(f"ok   {name} ({time.time() - started:.1f} s)")
            except Exception:
                failed += 1
                print(f"FAIL {name}\n{traceback.format_exc()}")
    finally:
        driver.quit()
        server.shutdown()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
