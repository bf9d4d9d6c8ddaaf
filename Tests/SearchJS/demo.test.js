// The demo network (content/): the browser's text processing agrees with
// the build's on every word of the real indexes, and typical parent
// queries find what they should.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { ROOT, buildSite, openIndex, query, engine } = require("./helpers.js");

const site = buildSite(path.join(ROOT, "content"), "2026-11-23");
const REGIONS = ["balen-dessel-mol-retie", "kortenberg", "ranst"];

async function allShards(index) {
  return Promise.all(index.manifest.shards.map((_, n) => index.shard(n)));
}

test("search.js stems every word of the index as the build did", async () => {
  let words = 0;
  for (const region of REGIONS) {
    const index = await openIndex(site, region);
    for (const shard of await allShards(index)) {
      for (const [word, stem] of Object.entries(shard.w || {})) {
        assert.equal(engine.termOf(word), stem, `${region}: ${word}`);
        words++;
      }
    }
  }
  assert.ok(words > 1000, `${words} words checked`);
});

test("search.js computes the same sound keys as the build", async () => {
  let keys = 0;
  for (const region of REGIONS) {
    const index = await openIndex(site, region);
    for (const shard of await allShards(index)) {
      for (const [key, stems] of Object.entries(shard.s || {})) {
        for (const stem of stems) assert.equal(engine.soundKey(stem), key, `${region}: ${stem}`);
        keys++;
      }
    }
  }
  assert.ok(keys > 500, `${keys} sound keys checked`);
});

test("shard bounds are sorted and every key is in the shard the manifest points to", async () => {
  const index = await openIndex(site, "ranst");
  const bounds = index.manifest.shards;
  for (let i = 1; i < bounds.length; i++) assert.ok(bounds[i - 1] < bounds[i]);
  const shards = await allShards(index);
  shards.forEach((shard, n) => {
    for (const map of [shard.t, shard.w || {}, shard.s || {}]) {
      for (const key of Object.keys(map)) assert.equal(index.shardNumber(key), n, key);
    }
  });
});

async function top3(region, text, options) {
  return (await query(await openIndex(site, region), text, options || {}, 3)).titles.join(" | ");
}

test("typical queries on the demo site", async () => {
  assert.match(await top3("ranst", "kinderopvang"), /kinderopvang/i);
  assert.match(await top3("ranst", "crèche"), /kinderopvang|Kinderdagverblijf|Onthaalouders/i);
  assert.match(await top3("ranst", "kinderopvnag"), /kinderopvang/i);
  assert.match(await top3("kortenberg", "psigoloog"), /Zonnewijzer|Opvoedingspunt|CGG/i);
  assert.match(await top3("ranst", "logopedie"), /Logopedie/i);
  assert.match(await top3("balen-dessel-mol-retie", "groeipakket"), /Groeipakket/);
  assert.match(await top3("balen-dessel-mol-retie", "vroedfrouw"), /Vroedvrouw/);
  assert.match(await top3("balen-dessel-mol-retie", "buitenschoolse opvang"), /Buitenschoolse opvang/);
  assert.match(await top3("kortenberg", "studiekeuze"), /Studiekeuze/);
  assert.match(await top3("ranst", "kinderop", { prefix: true }), /kinderopvang/i);
});

test("a municipality filter appears only where a region has several", async () => {
  const balen = await openIndex(site, "balen-dessel-mol-retie");
  assert.deepEqual(balen.manifest.filters.municipalities.map((m) => m[0]), ["Balen", "Dessel", "Mol", "Retie"]);
  const ranst = await openIndex(site, "ranst");
  assert.deepEqual(ranst.manifest.filters.municipalities, []);
  const mol = await query(balen, "", { filters: { municipalities: "Mol", topics: "kinderopvang" } });
  assert.ok(mol.titles.length > 0);
  const all = await query(balen, "", { filters: { topics: "kinderopvang" } });
  assert.ok(mol.titles.length <= all.titles.length);
});
