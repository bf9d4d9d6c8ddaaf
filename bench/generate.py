#!/usr/bin/env python3
"""Generate a synthetic Huis van het Kind network for benchmarks.

    bench/generate.py N OUT_DIR [--seed S]

writes the same network twice:

    OUT_DIR/huis/content/   in huis's content format (site.md, regions/<id>/...)
    OUT_DIR/hugo/           as a Hugo site (config.yaml, content/, layouts/)

N partners over three regions (about 5% network-level partners in
content/partners/), plus a few pages, news items, events and locations per
region so that every page kind exists. The output depends only on N and the
seed: running it twice gives byte-identical files. Python 3 standard library
only, no network access.

See bench/README.md for the mapping between the two sites.
"""

import argparse
import os
import random
import re
import shutil
import sys
from pathlib import Path

GENERATOR_VERSION = "2"  # bump when the output changes, so run.sh regenerates
HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------
# The network: fixed regions, topics and the default ages of huis.
# --------------------------------------------------------------------------

REGIONS = [
    {"id": "noorderkempen", "title": "Huis van het Kind Noorderkempen", "short": "HvhK Noorderkempen",
     "municipalities": ["Arendonk", "Kasterlee", "Ravels", "Retie"], "postcode": "2370",
     "share": 0.45, "primary": "#0b5a8a", "accent": "#b45309"},
    {"id": "rivierenland", "title": "Huis van het Kind Rivierenland", "short": "HvhK Rivierenland",
     "municipalities": ["Duffel"], "postcode": "2570",
     "share": 0.30, "primary": "#7a2e0e", "accent": "#0f766e"},
    {"id": "pajottenland", "title": "Huis van het Kind Pajottenland", "short": "HvhK Pajottenland",
     "municipalities": ["Lennik"], "postcode": "1750",
     "share": 0.25, "primary": "#14532d", "accent": "#a16207"},
]

# huis's default age groups (site.md leaves `ages` out, so these apply).
AGES = [
    ("zwanger", "Zwanger"), ("0-3", "0 tot 3 jaar"), ("3-6", "3 tot 6 jaar"),
    ("6-12", "6 tot 12 jaar"), ("12-18", "12 tot 18 jaar"), ("18-24", "18 tot en met 24 jaar"),
]

TOPICS = [
    ("gezondheid", "Gezondheid"), ("opvoeding", "Opvoeding"), ("kinderopvang", "Kinderopvang"),
    ("onderwijs", "School en leren"), ("vrije-tijd", "Vrije tijd"), ("welzijn", "Welzijn en hulp"),
    ("financien", "Geld en rechten"), ("ontmoeting", "Ontmoeting"), ("wonen", "Wonen"),
    ("werk", "Werk en jobs"),
]

LANGUAGES = {"nl": "Nederlands", "fr": "Frans", "en": "Engels", "ar": "Arabisch", "tr": "Turks",
             "pl": "Pools", "ro": "Roemeens", "es": "Spaans", "de": "Duits", "ru": "Russisch",
             "uk": "Oekraïens", "so": "Somalisch", "ti": "Tigrinya", "vgt": "Vlaamse Gebarentaal"}

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
NOW = "2026-11-23"  # the --now of the benchmark: events before it are past

# --------------------------------------------------------------------------
# A small Dutch vocabulary: sentences are word salad, but Dutch word salad
# with realistic word lengths, so tokenising, stemming and rendering cost
# what they would cost on real text.
# --------------------------------------------------------------------------

NOUNS = """ouders gezin kinderen baby peuter kleuter tiener jongere vroedvrouw dokter
school opvang vraag hulp gesprek afspraak consultatie onthaal werking activiteit
buurt gemeente wijk taal spel boek muziek sport zwembad speelplein bibliotheek
toekomst opvoeding gezondheid voeding slaap ontwikkeling zorg ondersteuning
begeleiding info informatie inschrijving formulier premie toelage kinderbijslag
groeipakket woning huur werk job studie diploma les cursus workshop lezing
vrijwilliger medewerker team partner organisatie dienst loket huis plek ruimte
week maand jaar dag avond namiddag ochtend vakantie zomer winter schooljaar""".split()

ADJECTIVES = """gratis nieuw klein groot warm open vriendelijk veilig rustig gezellig
handig nuttig professioneel persoonlijk vertrouwelijk anoniem laagdrempelig
snel eenvoudig duidelijk lokaal extra vaste eigen elke andere goede jonge""".split()

VERBS = """helpt begeleidt ondersteunt organiseert luistert zoekt biedt geeft
bespreekt bekijkt vindt verwijst informeert antwoordt werkt speelt leert
ontmoet deelt kiest plant regelt betaalt""".split()

FUNCTION = """de het een en of met voor van in op bij naar over aan door
om als dan ook nog al wel niet zo wat wie waar hoe samen graag even""".split()

OPENERS = ["Wij", "Je", "Ouders", "Kinderen", "Jongeren", "Ons team", "Elke ouder",
           "Het gezin", "Een medewerker", "De vroedvrouw", "Iedereen", "Samen"]

HEADINGS = ["Wat doen we?", "Voor wie?", "Hoe werkt het?", "Wat kost het?",
            "Praktisch", "Inschrijven", "Onze werking", "Veelgestelde vragen",
            "Waar vind je ons?", "Samenwerking", "Meer weten?", "Ons aanbod",
            "Tijdens de vakantie", "Voor ouders", "Voor jongeren", "Na de bevalling"]

PARTNER_KINDS = [
    ("Kinderdagverblijf", ["0-3"], ["kinderopvang"]),
    ("Consultatiebureau", ["zwanger", "0-3", "3-6"], ["gezondheid", "opvoeding"]),
    ("Speelotheek", ["0-3", "3-6", "6-12"], ["vrije-tijd", "ontmoeting"]),
    ("Jeugdhuis", ["12-18", "18-24"], ["vrije-tijd", "ontmoeting"]),
    ("Bibliotheek", ["0-3", "3-6", "6-12", "12-18"], ["onderwijs", "vrije-tijd"]),
    ("Opvoedingswinkel", ["0-3", "3-6", "6-12", "12-18"], ["opvoeding"]),
    ("Vroedvrouwenpraktijk", ["zwanger", "0-3"], ["gezondheid"]),
    ("Logopediepraktijk", ["3-6", "6-12"], ["gezondheid", "onderwijs"]),
    ("Sportclub", ["6-12", "12-18", "18-24"], ["vrije-tijd"]),
    ("Tienerwerking", ["12-18"], ["vrije-tijd", "ontmoeting"]),
    ("Buitenschoolse opvang", ["3-6", "6-12"], ["kinderopvang"]),
    ("Speelpleinwerking", ["3-6", "6-12"], ["vrije-tijd"]),
    ("Huiswerkklas", ["6-12", "12-18"], ["onderwijs"]),
    ("Taalcafé", ["18-24"], ["ontmoeting", "onderwijs"]),
    ("Inloopteam", ["zwanger", "0-3", "3-6"], ["ontmoeting", "welzijn"]),
    ("Sociale kruidenier", ["all"], ["financien", "welzijn"]),
    ("Jeugdbeweging", ["6-12", "12-18"], ["vrije-tijd"]),
    ("Muziekacademie", ["6-12", "12-18", "18-24"], ["vrije-tijd", "onderwijs"]),
    ("Kraamzorg", ["zwanger", "0-3"], ["gezondheid"]),
    ("Wijkgezondheidscentrum", ["all"], ["gezondheid"]),
    ("Studentenwerking", ["18-24"], ["onderwijs", "werk"]),
    ("Woonwinkel", ["18-24"], ["wonen"]),
    ("Jobpunt", ["18-24"], ["werk"]),
    ("Centrum voor Leerlingenbegeleiding", ["3-6", "6-12", "12-18"], ["onderwijs", "welzijn"]),
]

NAME_ADJ = ["Blije", "Vrolijke", "Kleine", "Grote", "Gouden", "Groene", "Blauwe", "Rode",
            "Wijze", "Dappere", "Stille", "Zonnige", "Warme", "Nieuwe", "Oude", "Wilde"]
NAME_NOUN = ["Bij", "Vlinder", "Uil", "Eik", "Linde", "Zon", "Maan", "Ster", "Regenboog",
             "Klaproos", "Egel", "Vos", "Kabouter", "Molen", "Brug", "Haven", "Tol", "Kever",
             "Boomhut", "Speelbal", "Duif", "Reiger", "Wilg", "Beek"]
STREETS = ["Kerkstraat", "Dorpsstraat", "Stationsstraat", "Markt", "Schoolstraat", "Molenstraat",
           "Nieuwstraat", "Kapelstraat", "Beekstraat", "Lindelaan", "Parklaan", "Gemeenteplein"]

HOUR_RANGES = ["09:00-12:00", "13:00-16:30", "08:30-12:00, 13:00-17:00", "09:00-12:00, 13:30-16:00",
               "14:00-18:00", "16:00-20:00", "07:00-18:30", "18:00-21:00", "10:00-12:00"]


def slugify(text):
    text = text.lower().replace("é", "e").replace("ë", "e").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def quote(text):
    """A double-quoted scalar, readable by huis's strict YAML subset and by Hugo."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(items):
    return "[" + ", ".join(items) + "]"


class Writer:
    """Makes the Dutch word salad from one seeded random generator."""

    def __init__(self, rng):
        self.rng = rng

    def sentence(self, words=None, markup=True):
        """One sentence; `markup` adds the odd bold or italic word (not in
        summaries, which are plain text)."""
        rng = self.rng
        n = words or rng.randint(6, 16)
        parts = [rng.choice(OPENERS), rng.choice(VERBS)]
        while len(parts) < n:
            r = rng.random()
            if r < 0.40:
                parts.append(rng.choice(FUNCTION))
            elif r < 0.75:
                parts.append(rng.choice(NOUNS))
            elif r < 0.90:
                parts.append(rng.choice(ADJECTIVES))
            else:
                parts.append(rng.choice(VERBS))
        if not markup:
            pass
        elif rng.random() < 0.08:
            i = rng.randrange(2, len(parts))
            parts[i] = "**" + parts[i] + "**"
        elif rng.random() < 0.08:
            i = rng.randrange(2, len(parts))
            parts[i] = "*" + parts[i] + "*"
        end = "?" if rng.random() < 0.07 else "."
        return " ".join(parts) + end

    def paragraph(self, sentences):
        text = " ".join(self.sentence() for _ in range(sentences))
        return wrap(text)

    def bullets(self, count):
        return "\n".join("- " + self.sentence(self.rng.randint(4, 9)).rstrip(".?") + ";"
                         for _ in range(count))


def wrap(text, width=80):
    """Break a paragraph into lines, as editors write Markdown."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return "\n".join(lines)


def body(w, target_words, links, external=False):
    """A Markdown body of about target_words words. `links` is a list of
    (title, href) pairs in huis's form, woven into paragraphs."""
    rng = w.rng
    blocks = [w.paragraph(rng.randint(2, 4))]
    words = len(blocks[0].split())
    links = list(links)
    headings = rng.sample(HEADINGS, len(HEADINGS))
    while words < target_words:
        heading = headings.pop() if headings else "Meer info"
        blocks.append("## " + heading)
        r = rng.random()
        if r < 0.35:
            block = w.bullets(rng.randint(3, 6))
        elif r < 0.45 and target_words > 300:
            block = "### " + rng.choice(HEADINGS) + "\n\n" + w.paragraph(rng.randint(2, 4))
        else:
            block = w.paragraph(rng.randint(2, 6))
        blocks.append(block)
        words += len(block.split()) + 2
    # Links go into their own short paragraphs so the body's shape stays simple.
    for title, href in links:
        at = rng.randrange(1, len(blocks) + 1)
        blocks.insert(at, f"Meer hulp vind je bij [{title}]({href}). " + w.sentence(rng.randint(5, 9)))
    if external:
        blocks.append("Lees ook de informatie op [de website van Opgroeien](https://www.opgroeien.be/).")
    return "\n\n".join(blocks) + "\n"


def body_length(rng):
    r = rng.random()
    if r < 0.35:
        return 100
    if r < 0.70:
        return 250
    if r < 0.90:
        return 450
    return 800


# --------------------------------------------------------------------------
# The model: plain dicts, then written in both formats.
# --------------------------------------------------------------------------

def make_partner(rng, w, slug, title, kind, region, network_regions=None):
    name, ages, topics = kind
    if ages == ["all"] or rng.random() < 0.08:
        ages = "all"
    else:
        ages = list(ages)
        if rng.random() < 0.3:
            extra = rng.choice(AGES)[0]
            if extra not in ages:
                ages.append(extra)
        ages.sort(key=[a for a, _ in AGES].index)
    topics = list(topics)
    if rng.random() < 0.4:
        extra = rng.choice(TOPICS)[0]
        if extra not in topics:
            topics.append(extra)
    municipalities = None
    if region and len(region["municipalities"]) > 1 and rng.random() < 0.4:
        municipalities = sorted(rng.sample(region["municipalities"], rng.randint(1, 2)))
    place = region["municipalities"][0] if region else "Mechelen"
    postcode = region["postcode"] if region else "2800"
    contact = {
        "address": f"{rng.choice(STREETS)} {rng.randint(1, 180)}, {postcode} {place}",
        "phone": "0{} {:02d} {:02d} {:02d}".format(rng.randint(10, 99), rng.randint(0, 99),
                                                   rng.randint(0, 99), rng.randint(0, 99)),
        "email": f"info@{slug}.example",
    }
    if rng.random() < 0.8:
        contact["website"] = f"https://www.{slug}.example/"
    hours = None
    if rng.random() < 0.85:
        hours = {}
        for day in DAYS:
            chance = 0.85 if day not in ("sat", "sun") else (0.3 if day == "sat" else 0.05)
            if rng.random() < chance:
                r = rng.random()
                hours[day] = "appointment" if r < 0.12 else ("closed" if r < 0.18 else rng.choice(HOUR_RANGES))
        if rng.random() < 0.3:
            hours["exceptions"] = ["2026-12-25", "2026-12-26", "2027-01-01"]
        if not hours:
            hours = None
    languages = ["nl"] + sorted(rng.sample([c for c in LANGUAGES if c != "nl"], rng.randint(0, 3)))
    return {
        "slug": slug, "title": title, "summary": w.sentence(rng.randint(8, 16), markup=False),
        "ages": ages, "topics": topics, "municipalities": municipalities,
        "regions": network_regions, "contact": contact, "hours": hours,
        "languages": languages,
        "updated": "2026-{:02d}-{:02d}".format(rng.randint(1, 10), rng.randint(1, 28)),
        "draft": rng.random() < 0.01,
        "words": body_length(rng),
    }


def plan_partners(rng, w, n):
    """Titles, slugs and front matter of all partners; bodies come later,
    once every slug is known, so links always point at existing partners."""
    used = set()

    def unique(title):
        slug = slugify(title)
        candidate, k = slug, 2
        while candidate in used:
            candidate = f"{slug}-{k}"
            k += 1
        used.add(candidate)
        return candidate

    def title_for(place):
        kind = rng.choice(PARTNER_KINDS)
        title = f"{kind[0]} De {rng.choice(NAME_ADJ)} {rng.choice(NAME_NOUN)}"
        if place:
            title += " " + place
        return kind, title

    network_count = max(2, round(n * 0.05))
    network = []
    for i in range(network_count):
        kind, title = title_for(None)
        # Half serve every region; the rest a list of one or two regions.
        if i % 2 == 0:
            regions = "all"
        else:
            regions = sorted(r["id"] for r in rng.sample(REGIONS, rng.randint(1, 2)))
        network.append(make_partner(rng, w, unique(title), title, kind, None, regions))

    local = {r["id"]: [] for r in REGIONS}
    remaining = n - network_count
    for index, region in enumerate(REGIONS):
        count = remaining - sum(len(v) for v in local.values()) if index == len(REGIONS) - 1 \
            else round(remaining * region["share"])
        for _ in range(count):
            kind, title = title_for(rng.choice(region["municipalities"]))
            local[region["id"]].append(make_partner(rng, w, unique(title), title, kind, region))
    return network, local


def add_bodies(rng, w, network, local):
    everywhere = [p for p in network if p["regions"] == "all"]
    for p in network:
        # A network partner may only link to network partners it shares every
        # region with: those with `regions: all`.
        targets = [t for t in rng.sample(everywhere, min(len(everywhere), 2)) if t is not p]
        p["body"] = body(w, p["words"], [(t["title"], t["slug"] + ".md") for t in targets],
                         external=rng.random() < 0.15)
    for partners in local.values():
        for p in partners:
            count = rng.choice([0, 1, 1, 2, 3])
            targets = [t for t in rng.sample(partners, min(len(partners), count)) if t is not p]
            p["body"] = body(w, p["words"], [(t["title"], t["slug"] + ".md") for t in targets],
                             external=rng.random() < 0.15)


def plan_region_extras(rng, w, region, partners, n):
    """Pages, news, events and locations of one region."""
    rid = region["id"]
    some = [p for p in partners if not p["draft"]]

    def partner_links(k):
        return [(p["title"], "../partners/" + p["slug"] + ".md") for p in rng.sample(some, min(k, len(some)))]

    pages = []
    for slug, title, menu in [("over-ons", "Over ons", 1), ("missie-en-visie", "Missie en visie", 2),
                              ("werkgroepen", "Werkgroepen", 3), ("privacy", "Privacy", None),
                              ("contact", "Contact", None)]:
        pages.append({"slug": slug, "title": title, "summary": w.sentence(10, markup=False), "menu": menu,
                      "body": body(w, rng.choice([150, 300]), partner_links(2) if slug != "privacy" else [])})

    locations = []
    for m in region["municipalities"]:
        for name in ["Gemeentehuis", "Antennepunt"] if len(region["municipalities"]) == 1 else ["Antennepunt"]:
            slug = slugify(f"{name} {m}")
            locations.append({
                "slug": slug, "title": f"{name} {m}", "municipality": m,
                "address": f"{rng.choice(STREETS)} {rng.randint(1, 60)}, {region['postcode']} {m}",
                "phone": "0{} {:02d} {:02d} {:02d}".format(rng.randint(10, 99), rng.randint(0, 99),
                                                          rng.randint(0, 99), rng.randint(0, 99)),
                "email": f"{slug}@{rid}.example",
                "hours": {"mon": "09:00-12:00", "tue": "09:00-12:00, 13:00-16:00", "thu": "appointment",
                          "fri": "09:00-12:00"},
                "hours_note": "In de schoolvakanties alleen op afspraak.",
                "accessibility": "Gelijkvloers, met een rolstoeltoilet.",
                "body": w.paragraph(2) + "\n",
            })

    extra = 6 + n // 1000
    news = []
    for i in range(extra):
        title = f"Nieuws over {rng.choice(NOUNS)} en {rng.choice(NOUNS)} {i + 1}"
        news.append({
            "slug": slugify(title), "title": title,
            "date": "2026-{:02d}-{:02d}".format(rng.randint(1, 11), rng.randint(1, 20)),
            "summary": w.sentence(10, markup=False),
            "ages": sorted(rng.sample([a for a, _ in AGES], 2), key=[a for a, _ in AGES].index),
            "topics": [rng.choice(TOPICS)[0]],
            "body": body(w, rng.choice([100, 200]), partner_links(1)),
        })
    events = []
    for i in range(extra):
        title = f"Activiteit {rng.choice(NOUNS)} voor {rng.choice(['ouders', 'kinderen', 'tieners', 'gezinnen'])} {i + 1}"
        month, year = rng.choice([(9, 2026), (10, 2026), (11, 2026), (12, 2026), (1, 2027), (2, 2027), (3, 2027)])
        day = rng.randint(1, 28)
        hour = rng.choice([9, 10, 14, 19])
        start = f"{year}-{month:02d}-{day:02d} {hour:02d}:00"
        end = f"{year}-{month:02d}-{day:02d} {hour + 2:02d}:00"
        location = rng.choice(locations)["slug"] if rng.random() < 0.6 else f"Zaal De {rng.choice(NAME_NOUN)}"
        events.append({
            "slug": slugify(title), "title": title, "start": start, "end": end, "location": location,
            "summary": w.sentence(10, markup=False),
            "ages": sorted(rng.sample([a for a, _ in AGES], 2), key=[a for a, _ in AGES].index),
            "topics": [rng.choice(TOPICS)[0]],
            "registration": f"https://www.{rid}.example/inschrijven/{i + 1}" if rng.random() < 0.5 else None,
            "price": rng.choice(["Gratis", "5 euro", "2 euro per kind"]),
            "body": body(w, 100, partner_links(1)),
        })
    return {"pages": pages, "locations": locations, "news": news, "events": events}


# --------------------------------------------------------------------------
# huis format
# --------------------------------------------------------------------------

def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def huis_hours(hours, indent="  "):
    lines = ["hours:"]
    for day in DAYS:
        if day in hours:
            lines.append(f"{indent}{day}: {hours[day]}")
    if "exceptions" in hours:
        lines.append(f"{indent}exceptions: {flow(hours['exceptions'])}")
    return lines


def huis_partner(p):
    fm = [f"title: {quote(p['title'])}", f"summary: {quote(p['summary'])}",
          "ages: " + (p["ages"] if p["ages"] == "all" else flow(p["ages"])),
          "topics: " + flow(p["topics"])]
    if p["municipalities"]:
        fm.append("municipalities: " + flow(p["municipalities"]))
    if p["regions"]:
        fm.append("regions: " + (p["regions"] if p["regions"] == "all" else flow(p["regions"])))
    fm.append("contact:")
    for key, value in p["contact"].items():
        fm.append(f"  {key}: {quote(value) if key in ('address', 'phone') else value}")
    if p["hours"]:
        fm += huis_hours(p["hours"])
    fm.append("languages: " + flow(p["languages"]))
    fm.append(f"updated: {p['updated']}")
    if p["draft"]:
        fm.append("draft: true")
    return "---\n" + "\n".join(fm) + "\n---\n" + p["body"]


def write_huis(root, network, local, extras):
    content = root / "content"
    topics = "\n".join(f"  - {{ id: {tid}, label: {label} }}" for tid, label in TOPICS)
    write(content / "site.md", f"""---
title: Huizen van het Kind (benchmark)
language: nl-BE
theme: default
topics:
{topics}
synonyms:
  - [kinderopvang, crèche, kinderdagverblijf, onthaalouder]
  - [zwanger, zwangerschap, bevalling, geboorte]
---
Dit netwerk is **synthetisch**: het dient om huis te meten.
""")
    for p in network:
        write(content / "partners" / f"{p['slug']}.md", huis_partner(p))
    for region in REGIONS:
        rid = region["id"]
        folder = content / "regions" / rid
        write(folder / "region.md", f"""---
title: {region['title']}
short_title: {region['short']}
municipalities: {flow(region['municipalities'])}
base_url: https://{rid}.huisvanhetkind.example/
contact:
  address: "Markt 1, {region['postcode']} {region['municipalities'][0]}"
  phone: "000 00 00 20"
  email: info@{rid}.example
colors:
  primary: "{region['primary']}"
  accent: "{region['accent']}"
languages: [nl]
---
Ben je zwanger, of heb je kinderen of jongeren tot 25 jaar? Hier vind je wie je
kan helpen in {', '.join(region['municipalities'])}. Kies de leeftijd van je kind.

Liever iemand spreken? Kom langs in een van onze [contactpunten](pages/contact.md).
""")
        for p in local[rid]:
            write(folder / "partners" / f"{p['slug']}.md", huis_partner(p))
        x = extras[rid]
        for page in x["pages"]:
            fm = [f"title: {page['title']}", f"summary: {quote(page['summary'])}"]
            if page["menu"]:
                fm.append(f"menu: {page['menu']}")
            write(folder / "pages" / f"{page['slug']}.md", "---\n" + "\n".join(fm) + "\n---\n" + page["body"])
        for loc in x["locations"]:
            fm = [f"title: {loc['title']}", f"address: {quote(loc['address'])}",
                  f"municipality: {loc['municipality']}", f"phone: {quote(loc['phone'])}",
                  f"email: {loc['email']}"] + huis_hours(loc["hours"]) + [
                  f"hours_note: {loc['hours_note']}", f"accessibility: {loc['accessibility']}"]
            write(folder / "locations" / f"{loc['slug']}.md", "---\n" + "\n".join(fm) + "\n---\n" + loc["body"])
        for item in x["news"]:
            fm = [f"title: {quote(item['title'])}", f"date: {item['date']}", f"summary: {quote(item['summary'])}",
                  f"ages: {flow(item['ages'])}", f"topics: {flow(item['topics'])}"]
            write(folder / "news" / f"{item['slug']}.md", "---\n" + "\n".join(fm) + "\n---\n" + item["body"])
        for e in x["events"]:
            fm = [f"title: {quote(e['title'])}", f"start: {e['start']}", f"end: {e['end']}",
                  f"location: {e['location']}", f"summary: {quote(e['summary'])}",
                  f"ages: {flow(e['ages'])}", f"topics: {flow(e['topics'])}"]
            if e["registration"]:
                fm.append(f"registration: {e['registration']}")
            fm.append(f"price: {e['price']}")
            write(folder / "events" / f"{e['slug']}.md", "---\n" + "\n".join(fm) + "\n---\n" + e["body"])


# --------------------------------------------------------------------------
# Hugo format (see bench/README.md, "Like for like")
# --------------------------------------------------------------------------

PARTNER_LINK = re.compile(r"\]\(([a-z0-9-]+)\.md\)")
SECTION_LINK = re.compile(r"\]\(\.\./partners/([a-z0-9-]+)\.md\)")


def yaml_list(items):
    return "[" + ", ".join(quote(i) for i in items) + "]"


def hugo_partner(p, rid, region, network):
    ages = [a for a, _ in AGES] if p["ages"] == "all" else p["ages"]
    fm = ["type: partner", f"region: {rid}", f"title: {quote(p['title'])}", f"summary: {quote(p['summary'])}",
          "ages: " + yaml_list(f"{rid}-{a}" for a in ages),
          "topics: " + yaml_list(f"{rid}-{t}" for t in p["topics"])]
    if len(region["municipalities"]) > 1:
        # huis: no municipalities means all of the region; Hugo needs them spelled out.
        fm.append("municipalities: " + yaml_list(p["municipalities"] or region["municipalities"]))
    if network:
        fm.append("network: true")
    fm.append("contact:")
    for key, value in p["contact"].items():
        fm.append(f"  {key}: {quote(value)}")
    if p["hours"]:
        fm.append("hours:")
        for day in DAYS:
            if day in p["hours"]:
                fm.append(f"  {day}: {quote(p['hours'][day])}")
        if "exceptions" in p["hours"]:
            fm.append("  exceptions: " + yaml_list(p["hours"]["exceptions"]))
    fm.append("languages: " + yaml_list(p["languages"]))
    fm.append(f"updated: {quote(p['updated'])}")
    if p["draft"]:
        fm.append("draft: true")
    text = PARTNER_LINK.sub(r"](../\1/)", p["body"])
    return "---\n" + "\n".join(fm) + "\n---\n" + text


def serves(p, rid):
    return p["regions"] == "all" or rid in p["regions"]


def write_hugo(root, network, local, extras):
    content = root / "content"
    shutil.copytree(HERE / "hugo" / "layouts", root / "layouts")
    regions_yaml = "\n".join(
        f"    {r['id']}:\n      title: {quote(r['title'])}\n      municipalities: {yaml_list(r['municipalities'])}\n"
        f"      address: \"Markt 1, {r['postcode']} {r['municipalities'][0]}\"\n"
        f"      phone: \"000 00 00 20\"\n      email: \"info@{r['id']}.example\""
        for r in REGIONS)
    ages_yaml = "\n".join(f"    - {{id: {quote(a)}, label: {quote(l)}}}" for a, l in AGES)
    topics_yaml = "\n".join(f"    - {{id: {quote(t)}, label: {quote(l)}}}" for t, l in TOPICS)
    langs_yaml = "\n".join(f"    {c}: {quote(n)}" for c, n in LANGUAGES.items())
    write(root / "config.yaml", f"""# Generated by bench/generate.py: the Hugo twin of the huis benchmark network.
baseURL: "https://bench.huisvanhetkind.example/"
languageCode: nl-BE
title: "Huizen van het Kind (benchmark)"
# huis writes relative links everywhere (sites work from any folder and file://).
relativeURLs: true
# huis writes no feeds, sitemap or robots.txt yet, and no list of all ages:
# keep Hugo to the same pages (re-enable when huis writes them).
disableKinds: [taxonomy, RSS, sitemap, robotsTXT]
# "taxonomy" here means the list of all terms (e.g. /ages/), which huis lacks.
ignoreErrors: [error-disable-taxonomy]
enableRobotsTXT: false
timeout: "600s"
taxonomies:
  age: ages
  topic: topics
  municipality: municipalities
markup:
  goldmark:
    renderer:
      unsafe: false
params:
  now: "{NOW}"
  regionIDs: {yaml_list(r['id'] for r in REGIONS)}
  regions:
{regions_yaml}
  ages:
{ages_yaml}
  topics:
{topics_yaml}
  langnames:
{langs_yaml}
""")
    write(content / "_index.md", "---\ntitle: \"Huizen van het Kind (benchmark)\"\n---\n"
          "Dit netwerk is **synthetisch**: het dient om huis te meten.\n")
    for region in REGIONS:
        rid = region["id"]
        folder = content / rid
        write(folder / "_index.md", f"""---
type: region
region: {rid}
title: {quote(region['title'])}
---
Ben je zwanger, of heb je kinderen of jongeren tot 25 jaar? Hier vind je wie je
kan helpen in {', '.join(region['municipalities'])}. Kies de leeftijd van je kind.

Liever iemand spreken? Kom langs in een van onze [contactpunten](contact/).
""")
        # Term pages live at huis's URLs, with their labels as titles.
        for i, (aid, label) in enumerate(AGES):
            write(content / "ages" / f"{rid}-{aid}" / "_index.md",
                  f"---\ntitle: {quote(label)}\nregion: {rid}\nid: {quote(aid)}\nindex: {i}\n"
                  f"url: /{rid}/leeftijd/{aid}/\n---\n")
        for tid, label in TOPICS:
            write(content / "topics" / f"{rid}-{tid}" / "_index.md",
                  f"---\ntitle: {quote(label)}\nregion: {rid}\nid: {quote(tid)}\nurl: /{rid}/thema/{tid}/\n---\n")
        if len(region["municipalities"]) > 1:
            for m in region["municipalities"]:
                write(content / "municipalities" / slugify(m) / "_index.md",
                      f"---\ntitle: {quote(m)}\nregion: {rid}\nurl: /{rid}/gemeente/{slugify(m)}/\n---\n")
        write(folder / "partners" / "_index.md", f"---\ntype: azlist\nregion: {rid}\ntitle: Partners van A tot Z\n---\n")
        for p in local[rid]:
            write(folder / "partners" / f"{p['slug']}.md", hugo_partner(p, rid, region, False))
        # A network partner is published in every region it serves.
        for p in network:
            if serves(p, rid):
                write(folder / "partners" / f"{p['slug']}.md", hugo_partner(p, rid, region, True))
        x = extras[rid]
        for page in x["pages"]:
            kind = "contact" if page["slug"] == "contact" else "page"
            text = SECTION_LINK.sub(r"](../partners/\1/)", page["body"])
            write(folder / f"{page['slug']}.md", f"---\ntype: {kind}\nregion: {rid}\ntitle: {quote(page['title'])}\n"
                  f"summary: {quote(page['summary'])}\n---\n" + text)
        write(folder / "zoeken.md", f"---\ntype: search\nregion: {rid}\ntitle: Zoeken\n---\n")
        write(folder / "locaties" / "_index.md",
              f"---\ntitle: Locaties\nregion: {rid}\n_build: {{render: never, list: never}}\n"
              f"cascade:\n  _build: {{render: never, list: always}}\n---\n")
        for loc in x["locations"]:
            fm = ["type: location", f"region: {rid}", f"title: {quote(loc['title'])}", f"address: {quote(loc['address'])}",
                  f"municipality: {quote(loc['municipality'])}", f"phone: {quote(loc['phone'])}",
                  f"email: {quote(loc['email'])}", "hours:"]
            fm += [f"  {d}: {quote(v)}" for d, v in loc["hours"].items()]
            fm += [f"hours_note: {quote(loc['hours_note'])}", f"accessibility: {quote(loc['accessibility'])}"]
            write(folder / "locaties" / f"{loc['slug']}.md", "---\n" + "\n".join(fm) + "\n---\n" + loc["body"])
        write(folder / "nieuws" / "_index.md", f"---\ntype: newsindex\nregion: {rid}\ntitle: Nieuws\n---\n")
        for item in x["news"]:
            text = SECTION_LINK.sub(r"](../../partners/\1/)", item["body"])
            write(folder / "nieuws" / f"{item['slug']}.md", f"""---
type: news
region: {rid}
title: {quote(item['title'])}
date: {item['date']}
summary: {quote(item['summary'])}
ages: {yaml_list(f"{rid}-{a}" for a in item['ages'])}
topics: {yaml_list(f"{rid}-{t}" for t in item['topics'])}
---
""" + text)
        write(folder / "activiteiten" / "_index.md", f"---\ntype: events\nregion: {rid}\ntitle: Activiteiten\n---\n")
        write(folder / "activiteiten" / "archief.md",
              f"---\ntype: eventarchive\nregion: {rid}\ntitle: Voorbije activiteiten\n---\n")
        for e in x["events"]:
            text = SECTION_LINK.sub(r"](../../partners/\1/)", e["body"])
            fm = ["type: event", f"region: {rid}", f"title: {quote(e['title'])}", f"start: {quote(e['start'])}",
                  f"end: {quote(e['end'])}", f"location: {quote(e['location'])}", f"summary: {quote(e['summary'])}",
                  f"ages: {yaml_list(f'{rid}-{a}' for a in e['ages'])}",
                  f"topics: {yaml_list(f'{rid}-{t}' for t in e['topics'])}", f"price: {quote(e['price'])}"]
            if e["registration"]:
                fm.append(f"registration: {quote(e['registration'])}")
            write(folder / "activiteiten" / f"{e['slug']}.md", "---\n" + "\n".join(fm) + "\n---\n" + text)


def main():
    parser = argparse.ArgumentParser(description="Generate a synthetic huis + Hugo benchmark network.")
    parser.add_argument("n", type=int, help="number of partners (e.g. 1000, 10000, 50000)")
    parser.add_argument("out", type=Path, help="output folder (gets huis/ and hugo/)")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--if-needed", action="store_true",
                        help="do nothing when OUT_DIR already holds this exact corpus")
    args = parser.parse_args()
    if args.n < 10:
        sys.exit("generate.py: N must be at least 10")
    out = args.out
    stamp = out / ".complete"
    prefix = f"generator {GENERATOR_VERSION} n={args.n} seed={args.seed} "
    if args.if_needed and stamp.exists() and stamp.read_text().startswith(prefix):
        return
    if out.exists():
        shutil.rmtree(out)
    # One generator seeded from (seed, N): the same arguments give the same files.
    rng = random.Random(f"{args.seed}-{args.n}")
    w = Writer(rng)
    network, local = plan_partners(rng, w, args.n)
    add_bodies(rng, w, network, local)
    extras = {r["id"]: plan_region_extras(rng, w, r, local[r["id"]], args.n) for r in REGIONS}
    write_huis(out / "huis", network, local, extras)
    write_hugo(out / "hugo", network, local, extras)
    total = len(network) + sum(len(v) for v in local.values())
    write(stamp, f"{prefix}partners={total}\n")
    print(f"generated {total} partners ({len(network)} network-level) in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
