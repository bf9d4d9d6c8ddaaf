// Shared by the search tests: builds a site with the huis binary into a
// temporary folder and opens a region's search index from disk, with the
// same query engine the browser runs (themes/default/assets/search.js).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { execFileSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "../..");
const engine = require(path.join(ROOT, "themes/default/assets/search.js"));

/** The huis executable: $HUIS_BIN, else the debug or release build. */
function huisBinary() {
  const candidates = [process.env.HUIS_BIN, path.join(ROOT, ".build/debug/huis"), path.join(ROOT, ".build/release/huis")];
  const found = candidates.find((c) => c && fs.existsSync(c));
  if (!found) throw new Error("no huis binary: run `swift build` first or set HUIS_BIN");
  return found;
}

/** Builds `content` (a folder) into a new temporary folder; returns the output folder. */
function buildSite(content, now) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "huis-search-"));
  execFileSync(huisBinary(), ["build", "--content", content, "--theme", path.join(ROOT, "themes/default"),
    "--out", path.join(out, "public"), "--now", now], { stdio: "pipe" });
  return path.join(out, "public");
}

/** The fixture network plus the files of Tests/SearchJS/fixture-extra, built at 2026-03-01. */
function buildFixture() {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), "huis-search-content-"));
  fs.cpSync(path.join(ROOT, "Tests/Fixtures/network"), content, { recursive: true });
  fs.cpSync(path.join(__dirname, "fixture-extra"), content, { recursive: true });
  return buildSite(content, "2026-03-01");
}

/**
 * A loader that reads index files from disk and records what was fetched
 * (file name and bytes), like the browser would fetch them.
 */
function diskLoader(folder, log) {
  return function load(name) {
    const bytes = fs.readFileSync(path.join(folder, name + ".js"));
    if (log) log.push({ name, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length });
    return Promise.resolve(engine.unwrap(bytes.toString("utf8"), name));
  };
}

/** Opens the search index of `region` in a built site. */
function openIndex(site, region, log) {
  return engine.openIndex(diskLoader(path.join(site, region, "zoekindex"), log));
}

/** Runs a query and returns the result cards, best first (all of them, or the first `limit`). */
async function query(index, text, options, limit) {
  const found = await engine.search(index, text, options || {});
  const ids = found.results.slice(0, limit || found.results.length).map((r) => r.id);
  const cards = await index.cards(ids);
  return { found, cards, titles: cards.map((c) => c.t), paths: cards.map((c) => c.u) };
}

module.exports = { ROOT, engine, huisBinary, buildSite, buildFixture, diskLoader, openIndex, query };
