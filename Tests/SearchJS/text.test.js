// The text processing of search.js: folding, words, the Dutch stemmer
// (against the Snowball vocabulary, like the Swift stemmer), sound keys
// and one-typo matching.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { ROOT, engine } = require("./helpers.js");

test("folding removes case, accents and ligatures in any normalisation form", () => {
  assert.equal(engine.fold("Crèche"), "creche");
  assert.equal(engine.fold("cre\u0300che"), "creche");
  assert.equal(engine.fold("geïntegreerde"), engine.fold("geintegreerde"));
  assert.equal(engine.fold("Ĳsselmonde"), "ijsselmonde");
  assert.equal(engine.fold("ﬁets"), "fiets");
  assert.equal(engine.fold("Straße"), "strasse");
  assert.equal(engine.fold("baby’s"), "baby's");
  assert.equal(engine.fold("Œuvre"), "oeuvre");
});

test("words keep apostrophes inside, join hyphenated groups and keep offsets", () => {
  const found = engine.words("Baby's en Kind-en-Gezin, 0-3 jaar");
  assert.deepEqual(found.map((w) => w.folded), ["baby's", "en", "kindengezin", "0-3", "jaar"]);
  assert.equal(found[2].start, 10);
  assert.deepEqual(found[2].parts.map((p) => p.folded), ["kind", "en", "gezin"]);
  assert.equal(found[3].parts, null);
  assert.deepEqual(engine.words("'t Kuikentje").map((w) => w.folded), ["t", "kuikentje"]);
});

test("the stemmer reproduces the Snowball Dutch vocabulary", () => {
  const shared = process.env.HUIS_SHARED || path.join(ROOT, "..", "shared");
  const folder = path.join(shared, "testdata", "snowball-dutch");
  const words = fs.readFileSync(path.join(folder, "voc.txt"), "utf8").split("\n");
  const stems = fs.readFileSync(path.join(folder, "output.txt"), "utf8").split("\n");
  assert.equal(words.length, stems.length);
  assert.ok(words.length > 40000, "the vocabulary is complete");
  const wrong = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i]) continue;
    const got = engine.stem(words[i]);
    if (got !== stems[i]) wrong.push(`${words[i]} → ${got}, expected ${stems[i]}`);
  }
  assert.deepEqual(wrong.slice(0, 20), []);
});

test("index terms: words are stemmed, numbers are not", () => {
  assert.equal(engine.termOf("kinderen"), "kinder");
  assert.equal(engine.termOf("0-3"), "0-3");
  assert.equal(engine.termOf("2024"), "2024");
});

test("sound keys meet the spellings of a word heard, not read", () => {
  const same = [["psycholoog", "psigoloog"], ["vakantie", "fakantie"], ["kind", "kint"], ["logopedist", "logopeddist"],
    ["crèche", "kreche"], ["fysiotherapie", "fisioterapie"], ["pedagoog", "pedagooch"], ["bijles", "beiles"]];
  for (const [a, b] of same) assert.equal(engine.soundKey(engine.fold(a)), engine.soundKey(engine.fold(b)), `${a} ~ ${b}`);
  assert.notEqual(engine.soundKey("kind"), engine.soundKey("kant"));
  assert.equal(engine.soundKey("psycholoog"), "psigolog");
  assert.ok(engine.soundApplies("zorg"));
  assert.ok(!engine.soundApplies("bib"));
  assert.ok(!engine.soundApplies("0-3a"));
});

test("one edit: insert, delete, substitute, or swap two neighbours", () => {
  assert.ok(engine.withinOneEdit("kinderopvang", "kinderopvnag"));
  assert.ok(engine.withinOneEdit("kinderopvang", "kinderopvag"));
  assert.ok(engine.withinOneEdit("kinderopvang", "kinderopvangg"));
  assert.ok(engine.withinOneEdit("kinderopvang", "kinderopfang"));
  assert.ok(!engine.withinOneEdit("kinderopvang", "kinderpovnag"));
  assert.ok(!engine.withinOneEdit("opvang", "opvoeding"));
});

test("posting lists and document sets decode as the docs describe", () => {
  // Gaps minus one as 5-bit varints, then a score digit: doc 0 score 5, doc 40 score 63, doc 41 score 1.
  assert.deepEqual(engine.decodePostings("05d1_01"), { docs: [0, 40, 41], levels: [5, 63, 1] });
  assert.deepEqual(Array.from(engine.decodeDocumentSet("b5", 6)), [1, 0, 1, 0, 0, 0]);
  assert.deepEqual(Array.from(engine.decodeDocumentSet("l01", 4)), [1, 0, 1, 0]);
});
