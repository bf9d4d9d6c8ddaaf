// huis default theme: site search. Plain JavaScript, no build step, no
// WebAssembly, no eval; works under a strict Content-Security-Policy.
//
// The index (zoekindex/, written by `huis build`, format in docs/search.md)
// is loaded piece by piece: the manifest, then only the shards that hold the
// query's words, then the result cards of the results on screen.
// In node (`require`), this file exports the query engine for the tests.
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else if (typeof document !== "undefined") {
    api.startPage(document);
  }
})(this, function () {
  "use strict";

  var CALLBACK = "huisZoekindex";
  var FORMAT = 1;

  // ---------------------------------------------------------------------
  // Text: folding and tokens, as DutchAnalyzer does it at build time.
  // ---------------------------------------------------------------------

  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var SPELLED = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t" };

  /** Lower case, accents removed, ligatures spelled out: the search key of a word. */
  function fold(text) {
    return String(text)
      .replace(/[\u2019\u2018\u02bc\u00b4`]/g, "'")
      .replace(/[\u2010\u2011\u2013]/g, "-")
      .replace(/[\u0140\u013f]/g, "l")
      .normalize("NFKD")
      .toLowerCase()
      .replace(MARKS, "")
      .replace(/[ßæœøłđðþıħŧ]/g, function (c) { return SPELLED[c]; });
  }

  // A word: letters and digits (with accents), inner apostrophes before a
  // letter ("baby's"), hyphens between word characters ("Kind-en-Gezin").
  var WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['\u2019\u2018\u02bc\u00b4`](?=\p{L})|[-\u2010\u2011\u2013](?=[\p{L}\p{N}]))[\p{L}\p{N}\p{M}]+)*/gu;
  var HYPHEN = /[-\u2010\u2011\u2013]/;
  var LETTER = /\p{L}/u;

  /**
   * The words of a text with their place (UTF-16 offsets). A hyphenated
   * group is one word, spelled without hyphens ("kindengezin"), unless it
   * has no letters ("0-3"); `parts` then lists its pieces.
   */
  function words(text) {
    var out = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var raw = match[0];
      var folded = fold(raw);
      var parts = null;
      if (HYPHEN.test(raw) && LETTER.test(raw)) {
        parts = [];
        var offset = 0;
        raw.split(HYPHEN).forEach(function (piece) {
          parts.push({ folded: fold(piece), start: match.index + offset, end: match.index + offset + piece.length });
          offset += piece.length + 1;
        });
        folded = folded.replace(/-/g, "");
      }
      out.push({ folded: folded, start: match.index, end: match.index + raw.length, parts: parts });
    }
    return out;
  }

  // ---------------------------------------------------------------------
  // The Dutch stemmer: Snowball's Kraaij-Pohlmann algorithm, the same steps
  // as Sources/HuisKit/Search/Dutch/DutchStemmer.swift.
  // ---------------------------------------------------------------------

  function inSet(set) { return function (c) { return c !== null && c !== undefined && set.indexOf(c) >= 0; }; }
  var isA = inSet("aäáàâ"), isE = inSet("eëéèê"), isI = inSet("iïíìî"), isO = inSet("oöóòô"), isU = inSet("uüúùû");
  function isAIOU(c) { return isA(c) || isI(c) || isO(c) || isU(c); }
  function isAEIOU(c) { return isAIOU(c) || isE(c); }
  function isVowel(c) { return c === "y" || isAEIOU(c); }
  function isVowelWX(c) { return c === "w" || c === "x" || isVowel(c); }
  var UNDOUBLED = "bcdfghjklmnpqrstvwxz";

  function Word(text) {
    this.l = Array.from(text);
    this.p1 = 0;
    this.p2 = 0;
  }
  Word.prototype = {
    get count() { return this.l.length; },
    measure: function () {
      this.p1 = this.p2 = this.count;
      var first = this.syllableEnd(0);
      if (first === null) return;
      this.p1 = first;
      var second = this.syllableEnd(first);
      if (second !== null) this.p2 = second;
    },
    syllableEnd: function (start) {
      var i = start;
      while (i < this.count && !isVowel(this.l[i])) i++;
      var after = this.vowelRunEnd(i);
      if (!(after > i)) return null;
      return after < this.count ? after + 1 : null;
    },
    vowelRunEnd: function (start) {
      var i = start;
      while (i < this.count) {
        if (this.isIJ(i)) i += 2;
        else if (isVowel(this.l[i])) i++;
        else break;
      }
      return i;
    },
    isIJ: function (i) { return i + 1 < this.count && this.l[i] === "i" && this.l[i + 1] === "j"; },
    r1: function (p) { return this.p1 <= p; },
    r2: function (p) { return this.p2 <= p; },
    has: function (text, end) {
      var n = text.length;
      if (end > this.count || end < n) return false;
      for (var i = 0; i < n; i++) if (this.l[end - n + i] !== text[i]) return false;
      return true;
    },
    before: function (end) { return end > 0 && end <= this.count ? this.l[end - 1] : null; },
    endsIJ: function (end) { return end >= 2 && this.l[end - 2] === "i" && this.l[end - 1] === "j"; },
    vowelBefore: function (end) { return isVowel(this.before(end)) || this.endsIJ(end); },
    vowelOneBefore: function (end) { return end >= 1 && this.vowelBefore(end - 1); },
    consonantBefore: function (end) {
      var c = this.before(end);
      if (c === null || isVowel(c)) return false;
      return !this.endsIJ(end);
    },
    replace: function (start, end, text) {
      var args = [start, end - start].concat(Array.from(text));
      Array.prototype.splice.apply(this.l, args);
    },
    cut: function (start) { this.l.length = start; },
    // The longest of `suffixes` that ends the word: [suffix, start] or null.
    longest: function (suffixes) {
      var best = null;
      for (var i = 0; i < suffixes.length; i++) {
        var s = suffixes[i];
        if ((best === null || s.length > best.length) && this.has(s, this.count)) best = s;
      }
      return best === null ? null : [best, this.count - best.length];
    },

    lengthen: function (end) {
      var consonant = this.before(end);
      if (consonant === null || isVowelWX(consonant)) return;
      var vowelEnd = end - 1;
      var vowel = this.before(vowelEnd);
      if (vowel === null) return;
      var vowelStart = vowelEnd - 1;
      if (vowel === "ë") {
        var previous = this.before(vowelStart);
        if (previous === "e") this.replace(vowelStart - 1, vowelEnd, "eëe");
        else if (previous === "i") this.replace(vowelStart - 1, vowelEnd, "iee");
        return;
      }
      var b = this.before(vowelStart);
      if (b !== null && isAEIOU(b)) return;
      if (isA(vowel) || isO(vowel) || isU(vowel)) this.l.splice(vowelStart, 0, vowel);
      else if (isE(vowel) && this.eMayDouble(vowelStart)) this.l.splice(vowelStart, 0, vowel);
    },
    eMayDouble: function (vowelStart) {
      var position = vowelStart === 0 ? 0 : vowelStart - 1;
      var previous = this.before(position);
      if (previous !== null) {
        if (isAIOU(previous)) return false;
        if (isE(previous) && position - 1 === 0) return false;
      }
      if (position >= 1) {
        var v = this.before(position - 1);
        var c = this.before(position - 2);
        if (v !== null && isAIOU(v) && c !== null && !isAEIOU(c)) return false;
      }
      return true;
    },

    step1: function () {
      var m = this.longest(["'s", "s", "ies", "es", "és", "aus", "en", "nde"]);
      if (m === null) return false;
      var start = m[1];
      switch (m[0]) {
        case "'s": this.cut(start); return true;
        case "s":
          var afterT = this.before(start) === "t" && this.r1(start - 1);
          if (!this.r1(start) || afterT || !this.consonantBefore(start)) return false;
          this.cut(start); return true;
        case "ies":
          if (!this.r1(start)) return false;
          this.replace(start, this.count, "ie"); return true;
        case "es":
          if (this.has("ar", start) && this.r1(start - 2) && this.consonantBefore(start - 2)) {
            this.cut(start); this.lengthen(start);
          } else if (this.has("er", start) && this.r1(start - 2) && this.consonantBefore(start - 2)) {
            this.cut(start);
          } else if (this.r1(start) && this.consonantBefore(start)) {
            this.replace(start, this.count, "e");
          } else return false;
          return true;
        case "és":
          if (!this.r1(start)) return false;
          this.replace(start, this.count, "é"); return true;
        case "aus":
          if (!this.r1(start) || !this.vowelBefore(start)) return false;
          this.replace(start, this.count, "au"); return true;
        case "en": return this.removeEn(start);
        default: this.replace(start, this.count, "nd"); return true; // nde
      }
    },
    removeEn: function (start) {
      var c = this.before(start);
      if (this.has("hed", start) && this.r1(start - 3)) this.replace(start - 3, this.count, "heid");
      else if (this.has("nd", start)) this.cut(start);
      else if (this.has("d", start) && this.r1(start - 1) && this.consonantBefore(start - 1)) this.cut(start - 1);
      else if ((c === "i" || c === "j") && this.vowelBefore(start - 1)) this.cut(start);
      else if (this.r1(start) && this.consonantBefore(start)) { this.cut(start); this.lengthen(start); }
      else return false;
      return true;
    },

    step2: function () {
      var m = this.longest(["je", "ge", "lijke", "ische", "de", "te", "se", "re", "le", "ene", "ieve"]);
      if (m === null) return false;
      var start = m[1];
      switch (m[0]) {
        case "je": return this.removeJe(start);
        case "de":
          if (!this.r1(start) || !this.consonantBefore(start)) return false;
          this.cut(start); return true;
        case "le":
          if (!this.r1(start)) return false;
          this.cut(this.count - 1); this.lengthen(this.count); return true;
        case "ene":
          if (!this.r1(start) || !this.consonantBefore(start)) return false;
          this.cut(this.count - 1); this.lengthen(this.count); return true;
        case "ieve":
          if (!this.r1(start) || !this.consonantBefore(start)) return false;
          this.replace(start, this.count, "ief"); return true;
        default: // ge, lijke, ische, te, se, re: only the final e goes
          if (!this.r1(start)) return false;
          this.cut(this.count - 1); return true;
      }
    },
    removeJe: function (start) {
      if (this.has("'t", start)) this.cut(start - 2);
      else if (this.has("et", start) && this.r1(start - 2) && this.consonantBefore(start - 2)) this.cut(start - 2);
      else if (this.has("rnt", start)) this.replace(start - 3, this.count, "rn");
      else if (this.has("t", start) && this.r1(start - 1) && this.vowelOneBefore(start - 1)) this.cut(start - 1);
      else if (this.has("ink", start)) this.replace(start - 3, this.count, "ing");
      else if (this.has("mp", start)) this.replace(start - 2, this.count, "m");
      else if (this.has("'", start) && this.r1(start - 1)) this.cut(start - 1);
      else if (this.r1(start) && this.consonantBefore(start)) this.cut(start);
      else return false;
      return true;
    },

    step3: function () {
      var m = this.longest(["atie", "iteit", "heid", "sel", "ster", "rder", "ing", "isme", "erij", "arij", "fie", "gie", "tst", "dst"]);
      if (m === null) return false;
      var start = m[1];
      switch (m[0]) {
        case "atie":
          if (!this.r1(start)) return false;
          this.replace(start, this.count, "eer"); return true;
        case "iteit":
          if (!this.r1(start)) return false;
          this.cut(start); this.lengthen(start); return true;
        case "heid": case "sel": case "ster":
          if (!this.r1(start)) return false;
          this.cut(start); return true;
        case "rder": this.replace(start, this.count, "r"); return true;
        case "ing": case "isme": case "erij":
          if (this.has("ild", start)) { this.replace(start, this.count, "er"); return true; }
          if (!this.r1(start)) return false;
          this.cut(start); this.lengthen(start); return true;
        case "arij":
          if (!this.r1(start) || !this.consonantBefore(start)) return false;
          this.replace(start, this.count, "aar"); return true;
        case "fie": case "gie":
          if (!this.r2(start)) return false;
          this.cut(start + 1); this.lengthen(this.count); return true;
        default: // tst, dst
          if (!this.r1(start) || !this.consonantBefore(start)) return false;
          this.cut(start + 1); return true;
      }
    },

    step4: function () { return this.listedAdjective() || this.removeIg(); },
    listedAdjective: function () {
      var m = this.longest(["ioneel", "atief", "baar", "naar", "laar", "raar", "tant", "lijker", "lijkst",
        "achtig", "achtiger", "achtigst", "eriger", "erigst", "erig", "end"]);
      if (m === null) return false;
      var start = m[1];
      if (!this.r1(start)) return false;
      switch (m[0]) {
        case "ioneel": this.replace(start, this.count, "ie"); return true;
        case "atief": this.replace(start, this.count, "eer"); return true;
        case "baar": case "achtig": case "achtiger": case "achtigst": this.cut(start); return true;
        case "naar": case "laar": case "raar":
          if (!this.vowelBefore(start)) return false;
          this.cut(start + 1); return true;
        case "tant": this.replace(start, this.count, "teer"); return true;
        case "lijker": case "lijkst": this.replace(start, this.count, "lijk"); return true;
        default: // eriger, erigst, erig, end
          if (!this.consonantBefore(start)) return false;
          this.cut(start); this.lengthen(start); return true;
      }
    },
    removeIg: function () {
      var m = this.longest(["iger", "igst", "ig"]);
      if (m === null) return false;
      var start = m[1];
      var innig = start === 3 && this.has("inn", start);
      if (!this.r1(start) || innig || !this.consonantBefore(start)) return false;
      this.cut(start); this.lengthen(start);
      return true;
    },

    canFollowGe: function (start) {
      if (this.count - start < 3) return false;
      var i = start;
      while (i < this.count && !isVowel(this.l[i])) i++;
      if (i >= this.count) return false;
      return this.vowelRunEnd(i) < this.count;
    },
    dropDiaeresis: function (i) {
      if (i >= this.count) return;
      if (this.l[i] === "ë") this.l[i] = "e";
      else if (this.l[i] === "ï") this.l[i] = "i";
    },
    removeGePrefix: function () {
      if (!this.has("ge", 2) || !this.canFollowGe(2)) return false;
      var resumeAt = 0;
      if (this.has("vali", 6)) resumeAt = 4;
      else if (this.has("vare", 6) || this.has("eft", 5) || this.has("val", 5) || this.has("vaa", 5)) return false;
      this.l.splice(0, 2);
      this.dropDiaeresis(resumeAt);
      return true;
    },
    removeGeInfix: function () {
      if (this.count < 1) return false;
      var i = 1;
      while (i + 1 < this.count && !(this.l[i] === "g" && this.l[i + 1] === "e")) i++;
      if (!(i + 1 < this.count) || !this.canFollowGe(i + 2)) return false;
      this.l.splice(i, 2);
      this.dropDiaeresis(i);
      return true;
    },
    removeParticipleDOrT: function () {
      var last = this.before(this.count);
      if (last !== "d" && last !== "t") return;
      var start = this.count - 1;
      if (!this.r1(start) || !this.consonantBefore(start)) return;
      if (last === "d") {
        if (this.before(start) === "n" && this.r1(start - 1)) return;
        if (start === 2 && this.has("in", start)) this.replace(start, this.count, "n");
        else this.cut(start);
      } else {
        if (this.before(start) === "h" && this.r1(start - 1)) return;
        if (start === 2 && this.has("en", start)) return;
        this.cut(start);
      }
    },
    removeFinalT: function () {
      if (!(this.has("kt", this.count) || this.has("ft", this.count) || this.has("pt", this.count))) return false;
      this.cut(this.count - 1);
      return true;
    },
    normaliseFinal: function () {
      var last = this.before(this.count);
      if (last === null) return;
      if (this.before(this.count - 1) === last && UNDOUBLED.indexOf(last) >= 0) {
        if (last === "n" && this.count === 3 && this.l[0] === "i") return;
        this.cut(this.count - 1);
      } else if (last === "v") this.l[this.count - 1] = "f";
      else if (last === "z") this.l[this.count - 1] = "s";
    }
  };

  /** The stem of a lower-cased (NFC) Dutch word. */
  function stem(text) {
    var w = new Word(text);
    w.measure();
    var stemmed = false;
    if (w.step1()) stemmed = true;
    if (w.step2()) stemmed = true;
    if (w.step3()) stemmed = true;
    if (w.step4()) stemmed = true;
    if (w.removeGePrefix()) { stemmed = true; w.measure(); w.removeParticipleDOrT(); }
    if (w.removeGeInfix()) { stemmed = true; w.measure(); w.removeParticipleDOrT(); }
    if (w.removeFinalT()) stemmed = true;
    if (stemmed) w.normaliseFinal();
    return w.l.join("");
  }

  /** The index term of a folded word: stemmed, unless it is a number or address. */
  function termOf(folded) {
    return /^[\p{L}\p{M}']+$/u.test(folded) || (LETTER.test(folded) && !/[.@\/]/.test(folded)) ? stem(folded) : folded;
  }

  // ---------------------------------------------------------------------
  // Sound keys (DutchSoundKey.swift) and one-typo matching.
  // ---------------------------------------------------------------------

  /** A rough "sounds like" key of a folded word (psycholoog, psigoloog → psigolog). */
  function soundKey(word) {
    var out = "";
    var n = word.length;
    for (var i = 0; i < n; i++) {
      var c = word[i], next = i + 1 < n ? word[i + 1] : "";
      if (c === "c") {
        if (next === "h") { out += "g"; i++; }
        else if (next === "k") { out += "k"; i++; }
        else out += next === "e" || next === "i" || next === "y" ? "s" : "k";
      } else if (c === "p" && next === "h") { out += "f"; i++; }
      else if (c === "t" && next === "h") { out += "t"; i++; }
      else if (c === "q" && next === "u") { out += "kw"; i++; }
      else if (c === "x") out += "ks";
      else if (c === "y") out += "i";
      else if (c === "i" && next === "j") { out += "ei"; i++; }
      else if (c === "a" && next === "u") { out += "ou"; i++; }
      else if (c === "v") out += "f";
      else if (c === "z") out += "s";
      else if (c === "d" && next === "t") { out += "t"; i++; }
      else if (c === "d" && i === n - 1) out += "t";
      else out += c;
    }
    var key = "";
    for (var j = 0; j < out.length; j++) if (out[j] !== key[key.length - 1]) key += out[j];
    return key;
  }

  function soundApplies(word) { return /^[a-z]{4,}$/.test(word); }

  /** Whether a and b differ by at most one edit: insert, delete, substitute or swap two neighbours. */
  function withinOneEdit(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // ---------------------------------------------------------------------
  // Index files.
  // ---------------------------------------------------------------------

  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var VALUE = {};
  for (var d = 0; d < DIGITS.length; d++) VALUE[DIGITS[d]] = d;

  /** A posting list: { docs: [id…], levels: [1…63] }. */
  function decodePostings(text) {
    var docs = [], levels = [];
    var i = 0, previous = -1;
    while (i < text.length) {
      var number = 0, shift = 0, digit;
      do {
        digit = VALUE[text[i++]];
        number += (digit & 31) * Math.pow(2, shift);
        shift += 5;
      } while (digit >= 32);
      previous += number + 1;
      docs.push(previous);
      levels.push(VALUE[text[i++]]);
    }
    return { docs: docs, levels: levels };
  }

  /** A document set (bitmap or gap list) as an array of booleans. */
  function decodeDocumentSet(text, count) {
    var set = new Uint8Array(count);
    if (text[0] === "b") {
      for (var i = 1; i < text.length; i++) {
        var bits = VALUE[text[i]];
        for (var bit = 0; bit < 6; bit++) if (bits & (1 << bit)) set[(i - 1) * 6 + bit] = 1;
      }
    } else {
      var previous = -1, j = 1;
      while (j < text.length) {
        var number = 0, shift = 0, digit;
        do {
          digit = VALUE[text[j++]];
          number += (digit & 31) * Math.pow(2, shift);
          shift += 5;
        } while (digit >= 32);
        previous += number + 1;
        set[previous] = 1;
      }
    }
    return set;
  }

  /** The JSON inside `huisZoekindex("<name>",<JSON>);`. */
  function unwrap(text, name) {
    var prefix = CALLBACK + "(\"" + name + "\",";
    var body = text.replace(/\s+$/, "");
    if (body.slice(0, prefix.length) !== prefix || body.slice(-2) !== ");") {
      throw new Error("zoekindex/" + name + ".js is not an index file");
    }
    return JSON.parse(body.slice(prefix.length, -2));
  }

  /**
   * An index, given its manifest and `load(name, version)` → Promise of the
   * JSON of file `<name>.js`. Files are loaded once and kept.
   */
  function Index(manifest, load) {
    if (manifest.format !== FORMAT) throw new Error("unknown search index format " + manifest.format);
    this.manifest = manifest;
    this.load = load;
    this.files = {};
    this.step = Math.log(manifest.range) / (manifest.levels - 1);
    this.stopwords = new Set(manifest.stopwords);
    this.decoded = new Map();
    // Synonym groups: one-word members by stem, phrases as lists.
    this.groupsByStem = new Map();
    this.phrases = [];
    var self = this;
    manifest.synonyms.forEach(function (members, group) {
      members.forEach(function (stems) {
        if (stems.length === 1) {
          if (!self.groupsByStem.has(stems[0])) self.groupsByStem.set(stems[0], []);
          self.groupsByStem.get(stems[0]).push(group);
        } else {
          self.phrases.push({ stems: stems, group: group });
        }
      });
    });
  }

  Index.prototype = {
    file: function (name) {
      if (!this.files[name]) this.files[name] = this.load(name, this.manifest.build);
      return this.files[name];
    },
    shardNumber: function (key) {
      var bounds = this.manifest.shards, low = 0, high = bounds.length - 1;
      while (low < high) {
        var middle = (low + high + 1) >> 1;
        if (key < bounds[middle]) high = middle - 1; else low = middle;
      }
      return low;
    },
    shard: function (number) { return this.file("t" + number); },
    isLoaded: function (key) { return !!this.files["t" + this.shardNumber(key)]; },
    /** { t: postings text, w: stem, s: [stems] } for one key (fields absent when unknown). */
    entry: function (key) {
      return this.shard(this.shardNumber(key)).then(function (shard) {
        return {
          t: shard.t && Object.prototype.hasOwnProperty.call(shard.t, key) ? shard.t[key] : undefined,
          w: shard.w && Object.prototype.hasOwnProperty.call(shard.w, key) ? shard.w[key] : undefined,
          s: shard.s && Object.prototype.hasOwnProperty.call(shard.s, key) ? shard.s[key] : undefined
        };
      });
    },
    /** The stem a known key stands for, or null. */
    known: function (key) {
      return this.entry(key).then(function (e) {
        if (e.w !== undefined) return e.w;
        return e.t !== undefined ? key : null;
      });
    },
    /** Every term or word key in [from, to), from shard `first` on, over at most `maxShards` shards: [{ key, stem }]. */
    range: function (from, to, first, maxShards) {
      var last = Math.min(this.shardNumber(to), first + maxShards - 1);
      var loads = [];
      for (var n = first; n <= last; n++) loads.push(this.shard(n));
      return Promise.all(loads).then(function (shards) {
        var out = [];
        shards.forEach(function (shard) {
          Object.keys(shard.t || {}).forEach(function (key) { if (key >= from && key < to) out.push({ key: key, stem: key }); });
          Object.keys(shard.w || {}).forEach(function (key) { if (key >= from && key < to) out.push({ key: key, stem: shard.w[key] }); });
        });
        return out;
      });
    },
    /** The postings of a term, decoded once: { docs, levels } (empty when unknown). */
    postings: function (term) {
      var self = this;
      if (this.decoded.has(term)) return Promise.resolve(this.decoded.get(term));
      return this.entry(term).then(function (e) {
        var list = e.t === undefined ? { docs: [], levels: [] } : decodePostings(e.t);
        self.decoded.set(term, list);
        return list;
      });
    },
    value: function (level) { return Math.exp((level - this.manifest.levels) * this.step); },
    /** The documents of a filter value, as a Uint8Array of 0/1 by document id. */
    filterSet: function (group, id) {
      var count = this.manifest.documents;
      return this.file("filters").then(function (filters) {
        var text = filters[group] && filters[group][id];
        return text === undefined ? new Uint8Array(count) : decodeDocumentSet(text, count);
      });
    },
    /** The result cards of `ids`, in that order. */
    cards: function (ids) {
      var size = this.manifest.chunk, self = this;
      return Promise.all(ids.map(function (id) {
        return self.file("d" + Math.floor(id / size)).then(function (chunk) { return chunk[id % size]; });
      }));
    }
  };

  // ---------------------------------------------------------------------
  // Queries.
  // ---------------------------------------------------------------------

  var WEIGHT = { exact: 1, synonym: 1, prefix: 0.75, completion: 0.35, part: 0.5, typo: 0.6 };
  var MAX_COMPLETIONS = 24;
  // Words of this length or more are tried as compounds when they are in fewer than RARE documents.
  var MIN_COMPOUND = 8, RARE = 5, MIN_PART = 4, MIN_FIRST_ALONE = 6, SPLIT_BUDGET = 6;
  // Typos are forgiven in words of five letters or more.
  var MIN_TYPO = 5;
  var LINKS = ["", "en", "s", "e"];
  var NOT_HEADS = new Set(["eren", "ende", "enden", "ing", "ingen", "heid", "heden", "tje", "tjes", "lijk", "lijke",
    "isch", "ische", "baar", "bare", "loos", "loze", "schap", "ster", "sters", "erig", "achtig",
    "nen", "sen", "ten", "den", "ers", "tie", "ties", "ies", "ner", "aar", "aars"]);

  /**
   * Reads a query: its words (folded, stopwords left out, hyphenated groups
   * whole), each with its stem.
   */
  function parseQuery(index, text) {
    var out = [];
    words(text).forEach(function (w) {
      if (!w.folded || index.stopwords.has(w.folded)) return;
      out.push({ folded: w.folded, stem: termOf(w.folded) });
    });
    return out;
  }

  /**
   * The ways one query word can match, as [{ term, weight, how, word }]:
   * the stem itself, its synonym groups, completions of the last word while
   * typing, the parts of a compound that is rare or unknown, and for an
   * unknown word of five letters or more, words one typo or one sound away.
   */
  async function expand(index, word, isPrefix) {
    var found = [];
    var seen = new Set();
    function add(term, weight, how, shown) {
      if (seen.has(term)) return;
      seen.add(term);
      found.push({ term: term, weight: weight, how: how, word: shown });
    }
    function addGroups(stem, weight, how) {
      (index.groupsByStem.get(stem) || []).forEach(function (group) { add("~" + group, weight, how, null); });
    }

    var exactStem = (await index.known(word.folded)) || word.stem;
    var exact = await index.postings(exactStem);
    if (exact.docs.length) add(exactStem, WEIGHT.exact, "exact", word.folded);
    addGroups(exactStem, WEIGHT.synonym, "synonym");

    if (isPrefix && word.folded.length >= 2) {
      // A word typed in full ranks its own matches first; completions then count for less.
      var prefixWeight = exact.docs.length ? WEIGHT.completion : WEIGHT.prefix;
      (await completions(index, word.folded)).forEach(function (k) {
        var weight = prefixWeight * (0.6 + 0.4 * word.folded.length / k.key.length);
        add(k.stem, weight, "prefix", k.key);
        if (!exact.docs.length) addGroups(k.stem, weight, "prefix");
      });
      // Synonyms that are in no text still complete ("crech" → crèche).
      index.groupsByStem.forEach(function (groups, stem) {
        if (!exact.docs.length && stem.length > word.folded.length && stem.slice(0, word.folded.length) === word.folded) {
          groups.forEach(function (g) { add("~" + g, WEIGHT.prefix, "prefix", null); });
        }
      });
    }
    var direct = found.length > 0;

    var corrected = false;
    if (!direct && word.folded.length >= MIN_TYPO) {
      (await typos(index, word)).forEach(function (c) {
        add(c.stem, WEIGHT.typo, "typo", c.key);
        addGroups(c.stem, WEIGHT.typo, "typo");
        corrected = true;
      });
    }
    // A long word that is rare or unknown may be a compound of known words;
    // a lone first part only helps a word that no typo explains.
    if (word.folded.length >= MIN_COMPOUND && (await documentCount(index, found)) < RARE) {
      ((await compoundParts(index, word.folded, !exact.docs.length && !corrected)) || []).forEach(function (part) {
        add(part.stem, WEIGHT.part, "part", part.word);
      });
    }
    return found;
  }

  /** How many documents the expansions found so far reach. */
  async function documentCount(index, found) {
    var lists = await Promise.all(found.map(function (x) { return index.postings(x.term); }));
    var docs = new Set();
    lists.forEach(function (list) { list.docs.forEach(function (id) { docs.add(id); }); });
    return docs.size;
  }

  /** Keys that start with `prefix` (the shortest first), from at most two shards. */
  async function completions(index, prefix) {
    var keys = await index.range(prefix, prefix + "\uffff", index.shardNumber(prefix), 2);
    keys = keys.filter(function (k) { return k.key !== prefix && k.key.indexOf("~") !== 0; });
    keys.sort(function (a, b) { return a.key.length - b.key.length || (a.key < b.key ? -1 : 1); });
    return keys.slice(0, MAX_COMPLETIONS);
  }

  /**
   * Splits a word into indexed parts, with Dutch linking sounds between
   * them (opvoeding·s·ondersteuning): the longest known first part wins,
   * then a known head, or (once) a head that splits again. Every part has
   * four letters or more. For a word the index does not know at all, a
   * known first part of six letters or more is used alone when no head is
   * known ("zwangerschapsyoga" → zwangerschap). At most a few extra shards are loaded: first
   * parts are prefixes of the word, so their shards are near its own.
   */
  async function compoundParts(index, folded, unknown) {
    if (!/^\p{L}+$/u.test(folded)) return null;
    // For an unknown word, the longest known first part will do when no head is found ("zwangerschapsyoga").
    var longestFirst = null;
    var budget = SPLIT_BUDGET;
    async function lookup(key) {
      if (!index.isLoaded(key)) {
        if (budget <= 0) return null;
        budget--;
      }
      return index.known(key);
    }
    async function knownPart(part, isHead) {
      if (part.length < MIN_PART || index.stopwords.has(part) || (isHead && NOT_HEADS.has(part))) return null;
      var s = await lookup(part);
      if (s !== null) return { word: part, stem: s };
      if (!isHead) return null;
      var headStem = stem(part);
      if (headStem === part || (await lookup(headStem)) === null) return null;
      return { word: part, stem: headStem };
    }
    async function split(text, depth) {
      for (var end = text.length - MIN_PART; end >= MIN_PART; end--) {
        var left = await knownPart(text.slice(0, end), false);
        if (!left) continue;
        if (depth === 0 && !longestFirst && end >= MIN_FIRST_ALONE) longestFirst = left;
        for (var i = 0; i < LINKS.length; i++) {
          var cut = end + LINKS[i].length;
          if (text.slice(end, cut) !== LINKS[i] || text.length - cut < MIN_PART) continue;
          var rest = text.slice(cut);
          var head = await knownPart(rest, true);
          if (head) return [left, head];
          if (depth === 0) {
            var more = await split(rest, 1);
            if (more) return [left].concat(more);
          }
        }
      }
      return null;
    }
    var parts = await split(folded, 0);
    return parts || (unknown && longestFirst ? [longestFirst] : null);
  }

  /** Indexed words one typo away, or that sound the same (DutchSoundKey). */
  async function typos(index, word) {
    var f = word.folded;
    var found = [];
    // The index keeps the sound keys of stems, so inflections meet too.
    if (soundApplies(word.stem)) {
      var key = soundKey(word.stem);
      var e = await index.entry(key);
      (e.s || []).forEach(function (s) { found.push({ key: key, stem: s }); });
      if (e.t !== undefined) found.push({ key: key, stem: key });
      // Synonyms that are in no text, by their sound.
      index.groupsByStem.forEach(function (groups, member) {
        if (soundApplies(member) && soundKey(member) === key) found.push({ key: member, stem: member });
      });
    }
    // One typo after the first letter: look at the words that start with
    // the same letter in the shard of the word and its neighbours.
    var head = f.slice(0, 1);
    var near = index.shardNumber(f);
    var keys = await index.range(head, head + "\uffff", Math.max(near - 1, index.shardNumber(head)), 3);
    keys.forEach(function (k) {
      if (Math.abs(k.key.length - f.length) <= 1 && withinOneEdit(k.key, f)) found.push(k);
    });
    return found;
  }

  /**
   * Runs a query: resolves to { results: [{ id, score }], terms, partial }.
   * `options.prefix`: the last word is still being typed (complete it).
   * `options.filters`: { ages, topics, municipalities } → id ("" or absent: any).
   * Every word must match (through any of its expansions); when no document
   * matches all, documents that match most words are shown, `partial` true.
   */
  function search(index, text, options) {
    options = options || {};
    var query = parseQuery(index, text);
    var filters = options.filters || {};
    var active = ["ages", "topics", "municipalities"].filter(function (g) { return filters[g]; });
    var filterLoad = Promise.all(active.map(function (g) { return index.filterSet(g, filters[g]); }));

    var phraseGroups = phrasesIn(index, query);
    var expansions = Promise.all(query.map(function (word, i) {
      return expand(index, word, options.prefix && i === query.length - 1).then(function (list) {
        (phraseGroups[i] || []).forEach(function (g) { list.push({ term: "~" + g, weight: WEIGHT.synonym, how: "synonym", word: null }); });
        return list;
      });
    }));

    return Promise.all([expansions, filterLoad]).then(function (loaded) {
      var perWord = loaded[0], sets = loaded[1];
      return Promise.all(perWord.map(function (list) {
        return Promise.all(list.map(function (x) { return index.postings(x.term); })).then(function (postings) {
          var scores = new Map();
          postings.forEach(function (p, j) {
            for (var k = 0; k < p.docs.length; k++) {
              var v = list[j].weight * index.value(p.levels[k]);
              if (!(scores.get(p.docs[k]) >= v)) scores.set(p.docs[k], v);
            }
          });
          return scores;
        });
      })).then(function (scoresPerWord) {
        function allowed(id) {
          for (var s = 0; s < sets.length; s++) if (!sets[s][id]) return false;
          return true;
        }
        var results = [];
        var partial = false;
        if (!query.length) {
          if (active.length) {
            for (var id = 0; id < index.manifest.documents; id++) if (allowed(id)) results.push({ id: id, score: 0 });
          }
        } else {
          results = combine(scoresPerWord, allowed, true);
          if (!results.length && query.length > 1) {
            results = combine(scoresPerWord, allowed, false);
            partial = results.length > 0;
          }
        }
        results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
        return { results: results, terms: matchInfo(query, perWord, options.prefix), partial: partial, words: query.length };
      });
    });
  }

  function combine(scoresPerWord, allowed, all) {
    var totals = new Map(), counts = new Map();
    scoresPerWord.forEach(function (scores) {
      scores.forEach(function (v, id) {
        totals.set(id, (totals.get(id) || 0) + v);
        counts.set(id, (counts.get(id) || 0) + 1);
      });
    });
    var n = scoresPerWord.length, out = [];
    totals.forEach(function (total, id) {
      var matched = counts.get(id);
      if ((all && matched < n) || !allowed(id)) return;
      out.push({ id: id, score: all ? total : total * (matched / n) * (matched / n) });
    });
    return out;
  }

  /** Synonym phrases ("buitenschoolse opvang") in the query: word index → groups. */
  function phrasesIn(index, query) {
    var byWord = {};
    index.phrases.forEach(function (phrase) {
      for (var i = 0; i + phrase.stems.length <= query.length; i++) {
        var ok = phrase.stems.every(function (s, j) { return query[i + j].stem === s; });
        if (!ok) continue;
        for (var j = 0; j < phrase.stems.length; j++) (byWord[i + j] = byWord[i + j] || []).push(phrase.group);
      }
    });
    return byWord;
  }

  /** What to highlight: stems and words that matched, and the prefix being typed. */
  function matchInfo(query, perWord, prefix) {
    var stems = new Set(), folded = new Set();
    query.forEach(function (w, i) {
      stems.add(w.stem);
      folded.add(w.folded);
      perWord[i].forEach(function (x) {
        if (x.term.indexOf("~") !== 0) stems.add(x.term);
        if (x.word) folded.add(x.word);
      });
    });
    return { stems: stems, words: folded, prefix: prefix && query.length ? query[query.length - 1].folded : null };
  }

  /** Splits `text` into [{ text, mark }] pieces, marking the words that matched. */
  function highlight(text, terms) {
    if (!text) return [];
    var pieces = [], at = 0;
    function matches(f) {
      if (!f) return false;
      if (terms.words.has(f) || terms.stems.has(termOf(f))) return true;
      if (terms.prefix && terms.prefix.length >= 2 && f.slice(0, terms.prefix.length) === terms.prefix) return true;
      // A compound that contains a matched word of four letters or more ("kinderopvang" for "opvang").
      var hit = false;
      terms.words.forEach(function (w) { if (w.length >= 4 && f.length > w.length && f.indexOf(w) >= 0) hit = true; });
      return hit;
    }
    function mark(start, end) {
      if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
      pieces.push({ text: text.slice(start, end), mark: true });
      at = end;
    }
    words(text).forEach(function (w) {
      var parts = (w.parts || []).filter(function (p) { return matches(p.folded); });
      if (parts.length) parts.forEach(function (p) { mark(p.start, p.end); });
      else if (matches(w.folded)) mark(w.start, w.end);
    });
    if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
    return pieces;
  }

  // ---------------------------------------------------------------------
  // Loading in the browser.
  // ---------------------------------------------------------------------

  /**
   * Loads index files from `base` (a URL ending in "/"): with fetch over
   * http(s), and as scripts from file://, where browsers refuse fetch.
   */
  function browserLoader(base, doc) {
    var pending = {};
    var win = doc.defaultView;
    function viaScript(name, version) {
      return new Promise(function (resolve, reject) {
        if (!win[CALLBACK]) {
          win[CALLBACK] = function (fileName, data) {
            var waiting = pending[fileName];
            if (waiting) { delete pending[fileName]; waiting.resolve(data); }
          };
        }
        pending[name] = { resolve: resolve };
        var script = doc.createElement("script");
        script.src = base + name + ".js" + (version ? "?v=" + version : "");
        script.onerror = function () { delete pending[name]; reject(new Error("cannot load " + script.src)); };
        script.onload = function () { script.remove(); };
        doc.head.appendChild(script);
      });
    }
    function viaFetch(name, version) {
      var url = base + name + ".js" + (version ? "?v=" + version : "");
      return fetch(url, { cache: version ? "default" : "no-cache" }).then(function (response) {
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.text();
      }).then(function (text) { return unwrap(text, name); });
    }
    return function load(name, version) {
      if (win.location.protocol === "file:" || typeof fetch !== "function") return viaScript(name, version);
      return viaFetch(name, version).catch(function (error) {
        // A Content-Security-Policy without connect-src 'self' blocks fetch; scripts may still load.
        if (error instanceof TypeError) return viaScript(name, version);
        throw error;
      });
    };
  }

  function openIndex(load) {
    return load("index", null).then(function (manifest) { return new Index(manifest, load); });
  }

  // ---------------------------------------------------------------------
  // The search page.
  // ---------------------------------------------------------------------

  var PAGE_SIZE = 10;
  var FILTERS = [
    { group: "ages", param: "leeftijd", label: "filterAge", any: "filterAgeAny" },
    { group: "topics", param: "thema", label: "filterTopic", any: "filterTopicAny" },
    { group: "municipalities", param: "gemeente", label: "filterMunicipality", any: "filterMunicipalityAny" }
  ];

  function format(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : all;
    });
  }

  function startPage(doc) {
    function start() {
      var form = doc.getElementById("zoekformulier");
      var input = doc.getElementById("zoekterm");
      var output = doc.getElementById("zoekresultaten");
      if (!form || !input || !output || !form.dataset.index) return;
      new SearchPage(doc, form, input, output).start();
    }
    if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start);
    else start();
  }

  function SearchPage(doc, form, input, output) {
    this.doc = doc;
    this.form = form;
    this.input = input;
    this.output = output;
    this.text = form.dataset;
    this.status = doc.getElementById("zoekstatus");
    this.fallback = doc.getElementById("zoekalternatief");
    this.root = form.dataset.root || "";
    this.selects = {};
    this.run = 0;
    this.shown = [];
  }

  SearchPage.prototype = {
    start: function () {
      var self = this;
      var params = new URLSearchParams(this.doc.defaultView.location.search);
      if (params.get("q")) this.input.value = params.get("q");
      this.form.classList.add("search-ready");
      this.ready = openIndex(browserLoader(this.form.dataset.index, this.doc)).then(function (index) {
        self.index = index;
        self.addFilters(params);
        return index;
      });
      this.ready.catch(function () { self.unavailable(); });

      var timer = null;
      this.input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () { self.update(true); }, 200);
      });
      this.form.addEventListener("submit", function (event) {
        event.preventDefault();
        clearTimeout(timer);
        self.update(false);
      });
      this.ready.then(function () {
        if (self.input.value || self.anyFilter()) self.update(false);
      }, function () {});
    },

    /** Filters as labelled selects, from the labels in the manifest. */
    addFilters: function (params) {
      var self = this, doc = this.doc, m = this.index.manifest;
      var groups = FILTERS.filter(function (f) { return (m.filters[f.group] || []).length > (f.group === "municipalities" ? 1 : 0); });
      if (!groups.length) return;
      var fieldset = doc.createElement("fieldset");
      fieldset.className = "search-filters";
      var legend = doc.createElement("legend");
      legend.textContent = this.text.filters || "Filters";
      fieldset.appendChild(legend);
      groups.forEach(function (f) {
        var id = "zoek-" + f.param;
        var wrap = doc.createElement("div");
        wrap.className = "search-filter";
        var label = doc.createElement("label");
        label.htmlFor = id;
        label.textContent = self.text[f.label] || f.param;
        var select = doc.createElement("select");
        select.id = id;
        select.name = f.param;
        var any = doc.createElement("option");
        any.value = "";
        any.textContent = self.text[f.any] || "—";
        select.appendChild(any);
        m.filters[f.group].forEach(function (pair) {
          var option = doc.createElement("option");
          option.value = pair[0];
          option.textContent = pair[1];
          select.appendChild(option);
        });
        var wanted = params.get(f.param);
        if (wanted && m.filters[f.group].some(function (p) { return p[0] === wanted; })) select.value = wanted;
        select.addEventListener("change", function () { self.update(false); });
        wrap.appendChild(label);
        wrap.appendChild(select);
        fieldset.appendChild(wrap);
        self.selects[f.group] = select;
      });
      this.form.appendChild(fieldset);
    },

    anyFilter: function () {
      var self = this;
      return Object.keys(this.selects).some(function (g) { return self.selects[g].value; });
    },

    filters: function () {
      var out = {}, self = this;
      Object.keys(this.selects).forEach(function (g) { out[g] = self.selects[g].value; });
      return out;
    },

    /** Runs the search for what is in the form and shows the results. */
    update: function (typing) {
      var self = this, run = ++this.run;
      var text = this.input.value;
      this.remember(text);
      this.ready.then(function (index) {
        if (!text.trim() && !self.anyFilter()) {
          self.clear();
          return;
        }
        return search(index, text, { prefix: typing, filters: self.filters() }).then(function (found) {
          if (run !== self.run) return;
          self.found = found;
          self.query = text.trim();
          self.shown = [];
          while (self.output.firstChild) self.output.removeChild(self.output.firstChild);
          self.announce(found);
          return self.more(false);
        });
      }).catch(function () { if (run === self.run) self.unavailable(); });
    },

    /** Keeps the search in the address bar, so it can be shared as a link. */
    remember: function (text) {
      var win = this.doc.defaultView;
      if (!win.history || !win.history.replaceState) return;
      var params = new URLSearchParams();
      if (text.trim()) params.set("q", text.trim());
      var self = this;
      FILTERS.forEach(function (f) {
        if (self.selects[f.group] && self.selects[f.group].value) params.set(f.param, self.selects[f.group].value);
      });
      var query = params.toString();
      try {
        win.history.replaceState(null, "", (query ? "?" + query : win.location.pathname.split("/").pop() || "index.html") + win.location.hash);
      } catch (e) { /* file:// in some browsers */ }
    },

    clear: function () {
      while (this.output.firstChild) this.output.removeChild(this.output.firstChild);
      if (this.status) this.status.textContent = "";
      if (this.fallback) this.fallback.hidden = true;
    },

    announce: function (found) {
      var count = found.results.length, message;
      var values = { count: count, query: this.query };
      if (!this.query) message = format(count === 1 ? this.text.filteredOne : this.text.filteredMany, values);
      else if (!count) message = format(this.text.none, values);
      else message = format(count === 1 ? this.text.resultsOne : this.text.resultsMany, values);
      if (found.partial) message += " " + (this.text.partial || "");
      if (this.status) this.status.textContent = message;
      // Nothing found: offer the ways that need no search.
      if (this.fallback) this.fallback.hidden = count > 0;
    },

    /** Shows the next page of results; `focus` moves focus to the first new one. */
    more: function (focus) {
      var self = this, doc = this.doc, found = this.found;
      var next = found.results.slice(this.shown.length, this.shown.length + PAGE_SIZE);
      if (!next.length) return Promise.resolve();
      return this.index.cards(next.map(function (r) { return r.id; })).then(function (cards) {
        var list = self.output.querySelector("ol.search-results");
        if (!list) {
          list = doc.createElement("ol");
          list.className = "search-results";
          self.output.appendChild(list);
        }
        var firstLink = null;
        cards.forEach(function (card) {
          var item = self.renderCard(card, found.terms);
          list.appendChild(item);
          firstLink = firstLink || item.querySelector("a");
        });
        self.shown = self.shown.concat(next);
        var button = self.output.querySelector("button.search-more");
        if (self.shown.length < found.results.length) {
          if (!button) {
            button = doc.createElement("button");
            button.type = "button";
            button.className = "search-more";
            button.textContent = self.text.more || "Meer";
            button.addEventListener("click", function () { self.more(true); });
            self.output.appendChild(button);
          }
        } else if (button) {
          button.remove();
        }
        if (focus && firstLink) firstLink.focus();
      });
    },

    renderCard: function (card, terms) {
      var doc = this.doc, m = this.index.manifest;
      var item = doc.createElement("li");
      item.className = "search-result";
      var heading = doc.createElement("h2");
      var link = doc.createElement("a");
      link.href = this.root + card.u;
      appendHighlighted(doc, link, card.t, terms);
      heading.appendChild(link);
      item.appendChild(heading);
      var kind = this.text["kind" + card.k.replace(/(^|-)(\w)/g, function (a, b, c) { return c.toUpperCase(); })] || "";
      var meta = [kind, card.m].filter(Boolean).join(" · ");
      if (meta) item.appendChild(paragraph(doc, "search-meta", meta));
      if (card.s) {
        var summary = doc.createElement("p");
        summary.className = "search-summary";
        appendHighlighted(doc, summary, card.s, terms);
        item.appendChild(summary);
      }
      var labels = [];
      function label(group, ids) {
        (ids || []).forEach(function (id) {
          var pair = (m.filters[group] || []).filter(function (p) { return p[0] === id; })[0];
          if (pair) labels.push(pair[1]);
        });
      }
      label("ages", card.a);
      label("topics", card.o);
      if ((m.filters.municipalities || []).length > 1) (card.g || []).forEach(function (g) { labels.push(g); });
      if (labels.length) item.appendChild(paragraph(doc, "search-tags", labels.join(" · ")));
      return item;
    },

    /** The index cannot be loaded: say so, and show the ways without search. */
    unavailable: function () {
      if (this.status) this.status.textContent = this.text.unavailable || "";
      if (this.fallback) this.fallback.hidden = false;
    }
  };

  function paragraph(doc, className, text) {
    var p = doc.createElement("p");
    p.className = className;
    p.textContent = text;
    return p;
  }

  /** Appends `text` to `parent` as text nodes, with <mark> around matched words. */
  function appendHighlighted(doc, parent, text, terms) {
    highlight(text, terms).forEach(function (piece) {
      if (piece.mark) {
        var mark = doc.createElement("mark");
        mark.appendChild(doc.createTextNode(piece.text));
        parent.appendChild(mark);
      } else {
        parent.appendChild(doc.createTextNode(piece.text));
      }
    });
  }

  return {
    fold: fold,
    words: words,
    stem: stem,
    termOf: termOf,
    soundKey: soundKey,
    soundApplies: soundApplies,
    withinOneEdit: withinOneEdit,
    decodePostings: decodePostings,
    decodeDocumentSet: decodeDocumentSet,
    unwrap: unwrap,
    Index: Index,
    openIndex: openIndex,
    parseQuery: parseQuery,
    expand: expand,
    compoundParts: compoundParts,
    search: search,
    highlight: highlight,
    startPage: startPage
  };
});
