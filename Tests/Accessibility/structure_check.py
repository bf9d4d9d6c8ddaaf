#!/usr/bin/env python3
"""Checks the accessible structure of every page of a built site.

Usage: structure_check.py SITE_DIR

Pure Python (html.parser), no tools to install. Every *.html file (404.html
too) must have:
  - <html lang="..."> with a language;
  - a skip link: the first focusable element in <body> is an <a href="#id">
    whose id exists (typically the <main>);
  - landmarks: a page <header>, exactly one <main>, a page <footer>; when a page
    has several <nav>, each is named by aria-label or aria-labelledby, and the
    names differ;
  - exactly one <h1>, and headings that never skip a level going down
    (the first heading is the h1);
  - a label on every form control (<label for>, a wrapping <label>,
    aria-label or aria-labelledby);
  - an alt attribute on every <img>.
Prints "file:line: problem" lines; exit status 1 when any page has a problem.
"""

import sys
from html.parser import HTMLParser
from pathlib import Path

# Elements that scope a <header>/<footer> to themselves, so it is no page banner/contentinfo.
SECTIONING = {"article", "aside", "main", "nav", "section"}
# Input types that need no label: hidden ones, and buttons that carry their own text.
UNLABELLED_INPUT_TYPES = {"hidden", "submit", "button", "reset", "image"}
ALWAYS_FOCUSABLE = {"button", "select", "textarea", "iframe", "summary"}


class PageStructure(HTMLParser):
    """Collects what the checks need in one pass; problems are judged in `problems()`."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html_lang = None  # None: no <html> tag seen; "": no lang
        self.ids = set()
        self.in_body = False
        self.first_focusable = None  # (line, tag, attrs)
        self.open = []  # open elements this check cares about: label, template, sectioning
        self.h1_lines = []
        self.heading_problems = []
        self.last_heading = 0
        self.mains = []
        self.page_headers = 0
        self.page_footers = 0
        self.navs = []  # (line, aria-label, aria-labelledby)
        self.controls = []  # (line, description, id, wrapped, aria-label, aria-labelledby)
        self.label_fors = set()
        self.images_without_alt = []

    # --- parsing ---------------------------------------------------------

    def handle_starttag(self, tag, attr_list):
        attrs = {name: (value or "") for name, value in attr_list}
        line = self.getpos()[0]
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if self.inside("template"):
            if tag == "template":
                self.open.append(tag)
            return
        if tag == "html":
            self.html_lang = attrs.get("lang", "").strip()
        elif tag == "body":
            self.in_body = True

        if self.in_body and self.first_focusable is None and is_focusable(tag, attrs):
            self.first_focusable = (line, tag, attrs)

        role = attrs.get("role", "")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.heading(int(tag[1]), line)
        if tag == "main" or role == "main":
            if "hidden" not in attrs:
                self.mains.append(line)
        if (tag == "header" and not self.inside(*SECTIONING)) or role == "banner":
            self.page_headers += 1
        if (tag == "footer" and not self.inside(*SECTIONING)) or role == "contentinfo":
            self.page_footers += 1
        if tag == "nav" or role == "navigation":
            self.navs.append((line, attrs.get("aria-label", "").strip(), attrs.get("aria-labelledby", "").strip()))
        if tag == "label" and attrs.get("for"):
            self.label_fors.add(attrs["for"])
        if tag == "img" and "alt" not in attrs:
            self.images_without_alt.append((line, attrs.get("src", "")))
        if is_labelable_control(tag, attrs):
            kind = f'input type="{attrs.get("type", "text")}"' if tag == "input" else tag
            name = attrs.get("name")
            description = f'<{kind} name="{name}">' if name else f"<{kind}>"
            self.controls.append((line, description, attrs.get("id"), self.inside("label"),
                                  attrs.get("aria-label", "").strip(), attrs.get("aria-labelledby", "").strip()))

        if tag in SECTIONING or tag in ("label", "template"):
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in SECTIONING or tag in ("label", "template"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in self.open:
            # Close up to the latest element of that name (tolerates sloppy nesting).
            index = len(self.open) - 1 - self.open[::-1].index(tag)
            del self.open[index:]

    def inside(self, *tags):
        return any(t in tags for t in self.open)

    def heading(self, level, line):
        if level == 1:
            self.h1_lines.append(line)
        if level > self.last_heading + 1:
            before = f"h{self.last_heading}" if self.last_heading else "the start of the page"
            self.heading_problems.append(
                f"{line}: heading level skipped: h{level} follows {before}; use h{self.last_heading + 1} "
                "(headings may go down one level at a time)")
        self.last_heading = level

    # --- judging -----------------------------------------------------------

    def problems(self):
        found = []
        if self.html_lang is None:
            found.append("1: no <html> element; add <html lang=\"nl\">")
        elif not self.html_lang:
            found.append("1: <html> has no lang attribute; add lang=\"nl\" (or the page's language)")

        found.extend(self.skip_link_problems())

        if not self.page_headers:
            found.append("0: no page <header> landmark (a <header> outside article/aside/main/nav/section)")
        if len(self.mains) != 1:
            where = ", ".join(map(str, self.mains)) or "none"
            found.append(f"{self.mains[1] if len(self.mains) > 1 else 0}: "
                         f"a page needs exactly one <main>, found {len(self.mains)} (lines: {where})")
        if not self.page_footers:
            found.append("0: no page <footer> landmark (a <footer> outside article/aside/main/nav/section)")
        found.extend(self.nav_problems())

        if len(self.h1_lines) != 1:
            where = ", ".join(map(str, self.h1_lines)) or "none"
            found.append(f"{self.h1_lines[1] if len(self.h1_lines) > 1 else 0}: "
                         f"a page needs exactly one <h1>, found {len(self.h1_lines)} (lines: {where})")
        found.extend(self.heading_problems)

        for line, description, control_id, wrapped, aria_label, labelledby in self.controls:
            if wrapped or aria_label or (control_id and control_id in self.label_fors):
                continue
            if labelledby and all(ref in self.ids for ref in labelledby.split()):
                continue
            found.append(f"{line}: {description} has no label; add <label for=\"...\"> with a matching id, "
                         "wrap it in <label>, or give it aria-label")
        for line, src in self.images_without_alt:
            found.append(f"{line}: <img src=\"{src[:60]}\"> has no alt attribute; describe the image, "
                         "or use alt=\"\" when it is decoration")
        return sorted(found, key=lambda text: int(text.split(":", 1)[0]))

    def skip_link_problems(self):
        if self.first_focusable is None:
            return ["0: no skip link: <body> has no focusable element; start it with <a href=\"#main-id\">"]
        line, tag, attrs = self.first_focusable
        href = attrs.get("href", "")
        if tag != "a" or not href.startswith("#") or len(href) < 2:
            what = f'<a href="{href}">' if tag == "a" else f"<{tag}>"
            return [f"{line}: no skip link: the first focusable element is {what}; "
                    "start <body> with <a href=\"#id-of-main\">"]
        if href[1:] not in self.ids:
            return [f"{line}: the skip link points at #{href[1:]}, but no element has that id"]
        return []

    def nav_problems(self):
        if len(self.navs) < 2:
            return []
        found, names = [], {}
        for line, label, labelledby in self.navs:
            if labelledby:
                missing = [ref for ref in labelledby.split() if ref not in self.ids]
                if missing:
                    found.append(f"{line}: <nav aria-labelledby> points at missing id {missing[0]}")
                    continue
                name = "#" + labelledby
            elif label:
                name = label
            else:
                found.append(f"{line}: the page has {len(self.navs)} <nav>s; name each with aria-label "
                             "(e.g. aria-label=\"Hoofdmenu\") or aria-labelledby")
                continue
            if name in names:
                found.append(f"{line}: two <nav>s share the name \"{name}\" (also line {names[name]}); "
                             "give each its own name")
            names.setdefault(name, line)
        return found


def is_focusable(tag, attrs):
    tabindex = attrs.get("tabindex")
    if tabindex is not None:
        try:
            if int(tabindex) < 0:
                return False
        except ValueError:
            pass
    if "disabled" in attrs and tag in ("button", "input", "select", "textarea"):
        return False
    if tag in ("a", "area"):
        return "href" in attrs
    if tag == "input":
        return attrs.get("type", "").lower() != "hidden"
    if tag in ("audio", "video"):
        return "controls" in attrs
    if tag in ALWAYS_FOCUSABLE:
        return True
    return tabindex is not None or attrs.get("contenteditable", "false").lower() in ("", "true")


def is_labelable_control(tag, attrs):
    if tag == "input":
        return attrs.get("type", "text").lower() not in UNLABELLED_INPUT_TYPES
    return tag in ("select", "textarea")


def check_file(path: Path):
    parser = PageStructure()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser.problems()


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if len(argv) == 2 else 2
    site = Path(argv[1])
    if not site.is_dir():
        print(f"structure_check: {site} is not a folder", file=sys.stderr)
        return 2
    pages = sorted(p for p in site.rglob("*.html") if p.is_file())
    if not pages:
        print(f"structure_check: no .html pages in {site}", file=sys.stderr)
        return 2
    problem_count = failed = 0
    for page in pages:
        problems = check_file(page)
        if problems:
            failed += 1
            problem_count += len(problems)
            for problem in problems:
                line, message = problem.split(": ", 1)
                print(f"{page.relative_to(site)}:{line}: {message}" if line != "0"
                      else f"{page.relative_to(site)}: {message}")
    print(f"structure: {len(pages)} pages, {problem_count} problems in {failed} pages")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
