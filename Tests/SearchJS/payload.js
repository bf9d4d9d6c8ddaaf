#!/usr/bin/env node
// Measures what the search page downloads for typical queries: the bytes of
// every index file the query engine asks for (manifest, shards, result
// cards, filters), raw and gzip-compressed (level 9, as a web server would
// send them), plus search.js itself.
//
//   node Tests/SearchJS/payload.js SITE [REGION] [--json]
//
// SITE is a built site (public/); without REGION every region is measured.
// Two ways of searching are measured per query: typing it (each keystroke
// after the second letter runs a prefix search, files are cached between
// them) and opening a shared link (one full search). Both load the cards of
// the first 10 results.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { ROOT, engine, diskLoader } = require("./helpers.js");

const QUERIES = ["kinderopvang", "opvang", "creche", "zwanger", "psycholoog", "psigoloog", "kinderopvnag",
  "opvoedingsondersteuning", "speelgoed lenen", "huiswerk begeleiding", "consultatiebureau mol"];
const PAGE = 10;

function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

async function measure(folder, query, typing) {
  const log = [];
  const index = await engine.openIndex(diskLoader(folder, log));
  let found;
  if (typing) {
    for (let end = 3; end <= query.length; end++) {
      if (query[end - 1] === " ") continue;
      found = await engine.search(index, query.slice(0, end), { prefix: end < query.length });
    }
  } else {
    found = await engine.search(index, query, {});
  }
  await index.cards(found.results.slice(0, PAGE).map((r) => r.id));
  const sum = (filter) => log.filter(filter).reduce((a, f) => ({ raw: a.raw + f.bytes, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return {
    query, typing, results: found.results.length, files: log.length,
    manifest: sum((f) => f.name === "index"),
    shards: sum((f) => f.name[0] === "t"),
    cards: sum((f) => f.name[0] === "d"),
    total: sum(() => true),
  };
}

function kb(n) {
  return (n / 1024).toFixed(1).padStart(6);
}

async function main() {
  const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const json = process.argv.includes("--json");
  const site = path.resolve(args[0] || path.join(ROOT, "public"));
  const regions = args[1] ? [args[1]] : fs.readdirSync(site).filter((r) => fs.existsSync(path.join(site, r, "zoekindex", "index.js")));
  const script = fs.readFileSync(path.join(ROOT, "themes/default/assets/search.js"));
  const report = { searchJs: { raw: script.length, gzip: gzipSize(script) }, regions: [] };

  for (const region of regions) {
    const folder = path.join(site, region, "zoekindex");
    const files = fs.readdirSync(folder);
    const total = files.reduce((a, f) => {
      const bytes = fs.readFileSync(path.join(folder, f));
      return { raw: a.raw + bytes.length, gzip: a.gzip + gzipSize(bytes) };
    }, { raw: 0, gzip: 0 });
    const manifest = JSON.parse(JSON.stringify(engine.unwrap(fs.readFileSync(path.join(folder, "index.js"), "utf8"), "index")));
    const rows = [];
    for (const q of QUERIES) {
      rows.push(await measure(folder, q, false));
      rows.push(await measure(folder, q, true));
    }
    report.regions.push({ region, documents: manifest.documents, shards: manifest.shards.length, chunks: manifest.chunks,
      files: files.length, index: total, queries: rows });
  }

  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`search.js: ${kb(report.searchJs.raw)} kB raw, ${kb(report.searchJs.gzip)} kB gzip`);
  for (const r of report.regions) {
    console.log(`\n${r.region}: ${r.documents} documents, ${r.shards} shards, ${r.chunks} card chunks; ` +
      `whole index ${kb(r.index.raw)} kB raw, ${kb(r.index.gzip)} kB gzip in ${r.files} files`);
    console.log("query                       how     results files  manifest   shards    cards    total raw  total gzip  (kB)");
    for (const q of r.queries) {
      console.log(`${q.query.padEnd(27)} ${(q.typing ? "typed" : "link").padEnd(7)} ${String(q.results).padStart(6)} ${String(q.files).padStart(5)}` +
        ` ${kb(q.manifest.raw)}   ${kb(q.shards.raw)}   ${kb(q.cards.raw)}   ${kb(q.total.raw)}     ${kb(q.total.gzip)}`);
    }
    const totals = r.queries.map((q) => q.total.gzip).sort((a, b) => a - b);
    console.log(`median ${kb(totals[Math.floor(totals.length / 2)])} kB gzip, max ${kb(totals[totals.length - 1])} kB gzip ` +
      `(+ search.js ${kb(report.searchJs.gzip)} kB gzip once)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
