// Queries against a real index: the fixture network (plus the partners and
// events in Tests/SearchJS/fixture-extra) built by the huis binary.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { buildFixture, openIndex, query, engine } = require("./helpers.js");

const site = buildFixture();
const zuiderkempen = openIndex(site, "zuiderkempen");
const noordrand = openIndex(site, "noordrand");

async function top(text, options, n) {
  return (await query(await zuiderkempen, text, options, n || 3)).titles;
}

function includes(titles, title) {
  assert.ok(titles.includes(title), `expected "${title}" in [${titles.join(" | ")}]`);
}

test("a word without its accent finds the accented word, and the other way round", async () => {
  includes(await top("geintegreerde"), "Centrum Geestelijke Gezondheidszorg Kempen");
  includes(await top("GEÏNTEGREERDE"), "Centrum Geestelijke Gezondheidszorg Kempen");
});

test("synonyms from site.md: creche and crèche find kinderopvang", async () => {
  includes(await top("creche"), "Kinderopvang 't Kuikentje");
  includes(await top("crèche"), "Kinderopvang 't Kuikentje");
  includes(await top("kinderdagverblijf"), "Kinderopvang 't Kuikentje");
});

test("a word finds the compounds it is part of: opvang → kinderopvang", async () => {
  const titles = await top("opvang");
  assert.equal(titles[0], "Kinderopvang 't Kuikentje");
});

test("an unknown compound finds pages about each of its parts", async () => {
  const titles = await top("opvoedingsondersteuning", {}, 3);
  includes(titles, "Opvoedingspunt Heidebeek");
  includes(titles, "Thuisbegeleiding Zonnekind");
});

test("inflections meet through the stemmer", async () => {
  includes(await top("psychologen"), "Centrum Geestelijke Gezondheidszorg Kempen");
  includes(await top("masseren baby"), "Babymassage in de lente");
});

test("one typo is forgiven in words of five letters or more", async () => {
  includes(await top("kinderopvnag"), "Kinderopvang 't Kuikentje");
  includes(await top("psycholooog"), "Centrum Geestelijke Gezondheidszorg Kempen");
  includes(await top("speelotheeek"), "Speelotheek De Knikker");
  assert.deepEqual(await top("kidn"), [], "short words need to be right");
});

test("a word spelled as it sounds is found: psigoloog → psycholoog", async () => {
  includes(await top("psigoloog"), "Centrum Geestelijke Gezondheidszorg Kempen");
});

test("the last word is completed while typing, not when searching", async () => {
  includes(await top("kinderop", { prefix: true }), "Kinderopvang 't Kuikentje");
  includes(await top("speelgoed le", { prefix: true }), "Speelotheek De Knikker");
  assert.deepEqual(await top("kinderop"), []);
});

test("every word must match; a page with all words beats one with some", async () => {
  const result = await query(await zuiderkempen, "speelgoed lenen", {}, 10);
  assert.deepEqual(result.titles, ["Speelotheek De Knikker"]);
  const partial = await query(await zuiderkempen, "speelgoed olifant", {}, 10);
  assert.ok(partial.found.partial, "no page has both words, so some words will do");
  assert.equal(partial.titles[0], "Speelotheek De Knikker");
});

test("titles rank above summaries, summaries above bodies", async () => {
  const titles = (await query(await zuiderkempen, "psycholoog", {}, 5)).titles;
  assert.equal(titles[0], "Centrum Geestelijke Gezondheidszorg Kempen");
  const zorg = (await query(await zuiderkempen, "opvoeding", {}, 5)).titles;
  assert.equal(zorg[0], "Opvoedingspunt Heidebeek", "title and summary beat a topic label");
});

test("past events stay findable but rank below upcoming ones", async () => {
  const titles = await top("babymassage");
  assert.equal(titles[0], "Babymassage in de lente");
  assert.equal(titles[1], "Babymassage in het najaar");
});

test("filters by age, topic and municipality narrow the results", async () => {
  const index = await zuiderkempen;
  const all = await query(index, "baby", {});
  const toddlers = await query(index, "baby", { filters: { ages: "3-6" } });
  assert.ok(all.titles.includes("Thuisbegeleiding Zonnekind"));
  assert.ok(!toddlers.titles.includes("Thuisbegeleiding Zonnekind"), "0-3 only, not 3-6");
  const games = await query(index, "", { filters: { topics: "vrije-tijd" } });
  assert.deepEqual(games.titles.sort(), ["Speelotheek De Knikker", "Voorleesuur"]);
  const heidebeek = await query(index, "", { filters: { municipalities: "Heidebeek", topics: "kinderopvang" } });
  assert.deepEqual(heidebeek.titles, ["Nieuwe openingsuren"], "Kuikentje is in Bergdorp only");
  const filtered = await query(index, "opvoeding", { filters: { ages: "zwanger" } }, 3);
  includes(filtered.titles, "Consultatiebureau Kind & Gezin");
  assert.ok(!filtered.titles.includes("Opvoedingspunt Heidebeek"));
});

test("network-level partners are found in every region they serve", async () => {
  includes((await query(await noordrand, "consultatiebureau", {}, 3)).titles, "Consultatiebureau Kind & Gezin");
  assert.deepEqual((await query(await noordrand, "CAW", {}, 3)).titles, [], "the CAW serves Zuiderkempen only");
  includes(await top("CAW"), "CAW Kempen");
});

test("pages, news, events and contact points are searchable", async () => {
  includes((await query(await noordrand, "gegevens", {}, 3)).titles, "Privacy");
  includes(await top("woensdag"), "Nieuwe openingsuren");
  const library = await query(await zuiderkempen, "rolstoeltoilet", {}, 3);
  assert.equal(library.titles[0], "Bibliotheek Bergdorp");
  assert.equal(library.paths[0], "contact/index.html#bibliotheek");
});

test("result cards carry what a result shows", async () => {
  const result = await query(await zuiderkempen, "voorleesuur", {}, 1);
  const card = result.cards[0];
  assert.equal(card.k, "event");
  assert.equal(card.u, "activiteiten/voorleesuur/index.html");
  assert.equal(card.s, "Verhalen voor peuters.");
  assert.deepEqual(card.a, ["3-6"]);
  assert.deepEqual(card.o, ["vrije-tijd"]);
  assert.match(card.m, /4 maart 2026/);
});

test("highlighting marks matched words, whole compounds and the word being typed", async () => {
  const index = await zuiderkempen;
  const marked = (pieces) => pieces.filter((p) => p.mark).map((p) => p.text);
  let found = await engine.search(index, "opvang", {});
  assert.deepEqual(marked(engine.highlight("Kinderopvang 't Kuikentje", found.terms)), ["Kinderopvang"]);
  found = await engine.search(index, "psigoloog", {});
  assert.deepEqual(marked(engine.highlight("Een psycholoog voor kinderen", found.terms)), ["psycholoog"]);
  found = await engine.search(index, "speelg", { prefix: true });
  assert.deepEqual(marked(engine.highlight("Speelgoed lenen voor elke leeftijd.", found.terms)), ["Speelgoed"]);
  found = await engine.search(index, "gezin", {});
  assert.deepEqual(marked(engine.highlight("Kind-en-Gezin", found.terms)), ["Gezin"]);
  const pieces = engine.highlight("Kinderopvang 't Kuikentje", { stems: new Set(), words: new Set(["opvang"]), prefix: null });
  assert.equal(pieces.map((p) => p.text).join(""), "Kinderopvang 't Kuikentje", "no text is lost");
});

test("stopwords alone find nothing", async () => {
  assert.deepEqual(await top("de het een"), []);
});
