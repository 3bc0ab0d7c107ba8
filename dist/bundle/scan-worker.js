import { createRequire as __leakgateCreateRequire } from 'node:module'; const require = __leakgateCreateRequire(import.meta.url);

// src/sources/scan-worker.ts
import { workerData } from "node:worker_threads";

// src/engine/continuations.ts
var CONTINUATION = /\\\r?\n/g;
function joinContinuations(original) {
  if (!original.includes("\\\n") && !original.includes("\\\r\n")) return void 0;
  const chunkAt = [];
  const chunkFrom = [];
  const joins = [];
  let text = "";
  let chunkStart = 0;
  let inLogicalLine = false;
  const copy = (from, to) => {
    chunkAt.push(text.length);
    chunkFrom.push(from);
    text += original.slice(from, to);
  };
  const closeLogicalLine = () => {
    const lineEnd = original.indexOf("\n", chunkStart);
    copy(chunkStart, lineEnd === -1 ? original.length : lineEnd);
    if (text.endsWith("\r")) text = text.slice(0, -1);
  };
  CONTINUATION.lastIndex = 0;
  let match;
  while ((match = CONTINUATION.exec(original)) !== null) {
    if (escapedBackslash(original, match.index)) continue;
    const lineStart = original.lastIndexOf("\n", match.index - 1) + 1;
    if (inLogicalLine && lineStart > chunkStart) {
      closeLogicalLine();
      inLogicalLine = false;
    }
    if (!inLogicalLine) {
      if (joins.length > 0) text += "\n";
      chunkStart = lineStart;
      inLogicalLine = true;
    }
    copy(chunkStart, match.index);
    chunkStart = match.index + match[0].length;
    joins.push(text.length);
  }
  if (joins.length === 0) return void 0;
  closeLogicalLine();
  return {
    text,
    toOriginal(offset) {
      const chunk = lastAtOrBefore(chunkAt, offset);
      return chunk < 0 ? offset : chunkFrom[chunk] + (offset - chunkAt[chunk]);
    },
    crossesJoin(from, end) {
      const join = lastAtOrBefore(joins, end - 1);
      return join >= 0 && joins[join] > from;
    }
  };
}
function lastAtOrBefore(sorted, offset) {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = low + high >> 1;
    if (sorted[mid] <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
function escapedBackslash(text, index) {
  let count2 = 0;
  for (let i = index - 1; i >= 0 && text.charCodeAt(i) === 92; i--) count2++;
  return count2 % 2 === 1;
}

// src/engine/aho-corasick.ts
var ALPHABET = 128;
var KeywordAutomaton = class {
  keywords;
  /**
   * UTF-16 code unit -> character class: 0 for a character no keyword holds (every non-ASCII
   * one); upper case folds onto lower. One read per character, no range check.
   */
  classOf;
  classCount;
  /**
   * The transitions as one table read per character: the entry at `row + class` is the next
   * state's row (`state * classCount`), or, for a state that completes keywords, `-row - 1`.
   * Classes instead of 128 ASCII codes keep the table small enough to stay in cache; row offsets
   * save a multiplication, and the sign saves a second read to learn whether a keyword ended.
   */
  next;
  /** For each state, the keyword ids it completes (own and inherited through failure links). */
  outputs;
  constructor(keywords) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    const classOf = new Uint8Array(65536);
    let classCount = 1;
    for (const keyword of this.keywords) {
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (code >= ALPHABET) throw new Error(`keyword "${keyword}" is not ASCII`);
        if (classOf[code] === 0) classOf[code] = classCount++;
      }
    }
    for (let upper = 65; upper <= 90; upper++) classOf[upper] = classOf[upper + 32];
    this.classOf = classOf;
    this.classCount = classCount;
    const goto = [/* @__PURE__ */ new Map()];
    const outputs = [[]];
    this.keywords.forEach((keyword, id) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const symbol = classOf[keyword.charCodeAt(i)];
        let next2 = goto[state].get(symbol);
        if (next2 === void 0) {
          next2 = goto.length;
          goto.push(/* @__PURE__ */ new Map());
          outputs.push([]);
          goto[state].set(symbol, next2);
        }
        state = next2;
      }
      outputs[state].push(id);
    });
    const stateCount = goto.length;
    const delta = stateCount <= 65535 ? new Uint16Array(stateCount * classCount) : new Int32Array(stateCount * classCount);
    const fail = new Int32Array(stateCount);
    const queue = [];
    for (const [symbol, next2] of goto[0]) {
      delta[symbol] = next2;
      fail[next2] = 0;
      queue.push(next2);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const failRow = fail[state] * classCount;
      const inherited = outputs[fail[state]];
      if (inherited.length > 0) outputs[state].push(...inherited);
      delta.copyWithin(state * classCount, failRow, failRow + classCount);
      for (const [symbol, next2] of goto[state]) {
        delta[state * classCount + symbol] = next2;
        fail[next2] = delta[failRow + symbol];
        queue.push(next2);
      }
    }
    this.outputs = outputs.map((list) => list.length > 0 ? list : void 0);
    const next = new Int32Array(delta.length);
    for (let i = 0; i < delta.length; i++) {
      const target = delta[i];
      next[i] = this.outputs[target] ? -(target * classCount) - 1 : target * classCount;
    }
    this.next = next;
  }
  /** Calls `onHit(keywordId, endIndex)` for every keyword occurrence in `text[from, to)`. */
  scan(text, onHit, from = 0, to = text.length) {
    const { next, outputs, classOf, classCount } = this;
    let row = 0;
    for (let i = from; i < to; i++) {
      const entry = next[row + classOf[text.charCodeAt(i)]];
      if (entry >= 0) {
        row = entry;
        continue;
      }
      row = -entry - 1;
      const out = outputs[row / classCount];
      for (let k = 0; k < out.length; k++) onHit(out[k], i + 1);
    }
  }
  /** Every hit, in text order. */
  findAll(text) {
    const hits = [];
    this.scan(text, (keyword, end) => hits.push({ keyword, end }));
    return hits;
  }
};

// src/engine/entropy.ts
var counts = new Uint32Array(65536);
var touched = [];
function shannonEntropy(value) {
  const length = value.length;
  if (length === 0) return 0;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (counts[code] === 0) touched.push(code);
    counts[code] += 1;
  }
  let bits = 0;
  for (const code of touched) {
    const p = counts[code] / length;
    bits -= p * Math.log2(p);
    counts[code] = 0;
  }
  touched.length = 0;
  return bits;
}

// src/engine/filters.ts
var PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
  "changeme",
  "change_me",
  "change-me",
  "changeit",
  "change_it",
  "changethis",
  "change_this",
  "replaceme",
  "replace_me",
  "password",
  "passwd",
  "secret",
  "token",
  "apikey",
  "api_key",
  "api-key",
  "key",
  "example",
  "sample",
  "dummy",
  "placeholder",
  "redacted",
  "removed",
  "hidden",
  "masked",
  "notset",
  "not_set",
  "unset",
  "none",
  "null",
  "nil",
  "undefined",
  "empty",
  "true",
  "false",
  "yes",
  "no",
  "todo",
  "tbd",
  "fixme",
  "foo",
  "bar",
  "baz",
  "foobar",
  "test",
  "testing",
  "default",
  "secret123",
  "password123",
  "password1",
  "pass123",
  "admin",
  "root",
  "guest",
  "user",
  "username",
  "pass",
  "pwd",
  "mypassword",
  "mysecret",
  "mytoken",
  "yourpassword",
  "yoursecret",
  "yourtoken",
  "xxx",
  "abc123",
  "qwerty",
  "letmein",
  "fake",
  "invalid",
  "mock",
  "stub",
  "string",
  "value",
  "required",
  "optional",
  "omitted",
  "n/a",
  "na",
  "insert",
  "p@ssw0rd",
  "passw0rd",
  "p@ssword",
  "hunter2",
  "secretkey",
  "secret_key",
  "supersecret",
  "topsecret",
  // JavaScript's typeof names: `typeof password === 'function'`.
  "function",
  "object",
  "number",
  "boolean",
  "symbol",
  "bigint"
]);
var WEAK_PASSWORD_WORDS = /* @__PURE__ */ new Set([
  "changeme",
  "change_me",
  "change-me",
  "changeit",
  "change_it",
  "changethis",
  "guest",
  "secret123",
  "password123",
  "password1",
  "pass123",
  "mypassword",
  "qwerty",
  "letmein",
  "p@ssw0rd",
  "passw0rd",
  "p@ssword",
  "hunter2",
  "supersecret",
  "topsecret"
]);
var PLACEHOLDER_PHRASE = /(?:your|insert|enter|replace|put|add|paste)[_ -]?(?:own[_ -]?)?(?:real[_ -]?)?(?:api[_ -]?)?(?:access[_ -]?)?(?:key|token|secret|password|pass|pwd|credential|value)|(?:key|token|secret|password)[_ -]?here|replace[_ -]?(?:with|me|this)|changeme|change[_-]me|placeholder|redacted|not[_-]?a[_-]?real|do[_-]?not[_-]?use/i;
var SAMPLE_MARKER = /dummy|fake|example[_-]?(?:key|token|secret|password)|(?:my|test|sample|mock)[_-]?(?:key|token|secret|password)|EXAMPLE/i;
var WRAPPED = /^(?:<([^<>]*)>|\[([^[\]]*)\]|\{([^{}]*)\}|\(([^()]*)\))$/;
function wrapsAName(secret) {
  const match = WRAPPED.exec(secret);
  if (!match) return false;
  const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
  return !(inner.length >= 8 && /^[A-Za-z0-9+/=]+$/.test(inner) && /[0-9]/.test(inner) && /[A-Za-z]/.test(inner));
}
var TEMPLATE_REFERENCE = [
  /\$\{\{?\s*[\w.:\-/ '"[\]|?!=+*,@$#%^]*\}\}?/,
  // ${VAR}, ${VAR:-x}, ${VAR:=$2}, ${VAR#prefix}, ${{ secrets.X }}, ${var.x}
  /\{\{[^{}]*\}\}/,
  // {{ .Values.x }}, {{ secret }}
  /\$\([\w .:/'"|$-]*\)/,
  // $(command), $(VAR)
  /^\$[A-Za-z_][A-Za-z0-9_]*(?:$|[/\\])/,
  // $VAR, $HOME/path
  /^\$env:[A-Za-z_]\w*$/i,
  // PowerShell $env:VAR
  /^(?:[^%\s]{0,3}%[A-Za-z_][\w.]*%)+[^%\s]{0,3}$/,
  // %VAR%, %DB.ROLE%, %RANDOM%@%RANDOM% (Windows, Ant replace tokens)
  /^(?:#{2,}|@{1,2}|_{1,2})[A-Z][A-Z0-9_.]*(?:#{2,}|@{1,2}|_{1,2})$/,
  // ###ORACLE_PWD###, @DB_PASS@, __SECRET__ (filled at build or deploy)
  /#\{[\w.:'"[\]() -]*\}/,
  // #{ruby}, #{SecureRandom.hex(64)}, #{Octopus.Variable}
  /<%=?[^%]*%>/,
  // <%= erb %>
  /\bprocess\.env\b/,
  /\bimport\.meta\.env\b/,
  /\bos\.(?:environ|getenv)\b/,
  /\bENV\s*\[/,
  /\bSystem\.getenv\b/,
  /\bEnvironment\.GetEnvironmentVariable\b/,
  /^(?:var|local|data|module|ephemeral)\.[A-Za-z_][\w.-]*$/,
  // Terraform references
  /^secrets\.[A-Za-z_]\w*$/,
  // GitHub Actions secrets.X
  /^vault:[\w/.-]+(?:#\w+)?$/
  // vault:secret/data/x#key (Kubernetes operators, Spring Cloud Vault)
];
var DOCUMENTED_EXAMPLES = /* @__PURE__ */ new Set([
  // AWS IAM documentation.
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
  "ASIAIOSFODNN7EXAMPLE",
  "AKIAI44QH8DHBEXAMPLE",
  // Stripe's API reference (its public test-mode keys).
  "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
  "pk_test_TYooMQauvdEDq54NiTphI7jx",
  "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
  "pk_test_6pRNASCoBOKtIshFeQd4XMUh",
  // RFC 6749 (OAuth 2.0) example access, refresh and authorization codes, and client secret.
  "2YotnFZFEjr1zCsicMWpAA",
  "tGzv3JOkF0XG5Qx2TlKWIA",
  "SplxlOBeZQQYbYS6WxSbIA",
  "7Fjfp0ZBr1KtDRbnfVdmIw",
  // Google API keys in the Firebase Android SDK's own sources and tests, vendored by many apps.
  "AIzaSyabcdefghijklmnopqrstuvwxyz1234567",
  "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",
  "AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM",
  "AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",
  "AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0",
  "AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A",
  "AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c",
  "AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4",
  "AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY",
  "AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM",
  "AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ",
  "AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g",
  "AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU",
  "AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw",
  "AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE",
  "AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY",
  // RFC 5849 (OAuth 1.0) example consumer keys, tokens and secrets, quoted in OAuth 1 libraries.
  "dpf43f3p2l4k3l03",
  "kd94hf93k423kf44",
  "hh5s93j4hdidpola",
  "hdhd0244k9j7ao03",
  "nnch734d00sl2jdk",
  "pfkkdhi9sl3r4s00",
  "0685bd9184jfhq22",
  "ad180jjd733klru7",
  "wOJIO9A2W5mFwDgiDvZbTSMK%2FPY%3D",
  // RFC 6749's example client credentials (s6BhdRkqt3:gX1fBat3bV) as an HTTP Basic header.
  "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
  // RFC 7617 (HTTP Basic) example credentials, Aladdin:open sesame; RFC 6750's example bearer token.
  "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
  "mF_9.B5f-4.1JqM",
  // The Telegram Bot API documentation's example bot token.
  "110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw",
  // The Kubernetes documentation's example Secret: base64 of 1f2d1e2e67df (and of admin).
  "MWYyZDFlMmU2N2Rm",
  // The Azure Storage emulator (Azurite) account key, the same on every machine.
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
]);
var DOCUMENTED_JWT_PAYLOAD = "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ";
function placeholderReason(secret) {
  const lower = secret.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return "placeholder";
  if (wrapsAName(secret)) return "placeholder";
  if (PLACEHOLDER_PHRASE.test(secret)) return "placeholder";
  if (isOnlyMask(secret)) return "placeholder";
  return void 0;
}
function isPlaceholderWord(secret) {
  return PLACEHOLDER_WORDS.has(secret.toLowerCase());
}
var MASK_RUN = /([xX*•.#_-])\1{3,}/g;
var MASK_OR_REPEAT_RUN = /([xX*•.#0_-])\1{3,}|([^xX*•.#0_-])\2{5,}/g;
function isOnlyMask(secret) {
  if (secret.length >= 4 && /^([^ ._:/-])\1*(?:[ ._:/-]+\1+)*$/.test(secret) && /(.)\1\1/.test(secret)) return true;
  return secret.length >= 3 && /^[xX*•#]+(?:[ ._:/-]+[xX*•#]+)*$/.test(secret) && /([xX*•#])\1\1/.test(secret);
}
var FIELD_NAME = /^(?:my|your|the)?[_-]?(?:password|passwd|pwd|pw|secret|token|api[_-]?key)$/i;
function maskReason(secret) {
  if (isDominatedByRuns(secret, MASK_RUN)) return "mask";
  if (secret.length <= 256 && !/\s/.test(secret) && isDominatedByRuns(secret, MASK_OR_REPEAT_RUN)) return "repeat";
  return void 0;
}
function isDominatedByRuns(secret, run) {
  if (!hasRunOfFour(secret)) return false;
  let longest = 0;
  let covered = 0;
  for (const match of secret.matchAll(run)) {
    if (match.index !== 0) longest = Math.max(longest, match[0].length);
    covered += match[0].length;
  }
  if (covered === 0) return false;
  return covered / secret.length >= 0.5 || longest >= 8;
}
function hasRunOfFour(value) {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
    if (run === 4) return true;
  }
  return false;
}
function markerReason(secret) {
  const match = SAMPLE_MARKER.exec(secret);
  if (!match) return void 0;
  const marker = match[0];
  const oneCase = marker === marker.toLowerCase() || marker === marker.toUpperCase() || /^[A-Z]?[a-z]+(?:[_-]?[A-Z]?[a-z]+)*$/.test(marker);
  return oneCase ? "marker" : void 0;
}
function patternReason(secret) {
  if (secret.length > 256 || /\s/.test(secret)) return void 0;
  if (isKeyboardWalk(secret)) return "pattern";
  const body = secret.replace(/^[A-Za-z]{1,12}[_-]/, "");
  if (body.length < 6) return void 0;
  if (sequentialShare(body) >= 0.6 || isPeriodic(body, 0.75) || isKeyboardMash(body)) return "pattern";
  return void 0;
}
var KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
var KEYBOARD_WALKS = KEYBOARD_ROWS.flatMap((row) => [row, [...row].reverse().join("")]);
function isDigitWalk(value) {
  if (!/^\d{6,12}$/.test(value)) return false;
  return sequentialShare(value) === 1 || isPeriodic(value, 0.99);
}
function isKeyboardWalk(value) {
  if (value.length < 4 || !/^[a-z]+$/i.test(value)) return false;
  const lower = value.toLowerCase();
  return KEYBOARD_WALKS.some((row) => row.includes(lower));
}
function isKeyboardMash(value) {
  const text = NON_ASCII.test(value) ? value.toLowerCase() : value;
  let letters = 0;
  let beyondHex = false;
  const inRow = [0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    if (code < 97 || code > 122) continue;
    letters++;
    if (code > 102) beyondHex = true;
    inRow[KEYBOARD_ROW_OF[code]] += 1;
  }
  if (letters < 6 || !beyondHex) return false;
  return inRow[1] / letters >= 0.9 || inRow[2] / letters >= 0.9 || inRow[3] / letters >= 0.9;
}
var NON_ASCII = /[^\x00-\x7f]/;
var KEYBOARD_ROW_OF = (() => {
  const table2 = new Uint8Array(128);
  KEYBOARD_ROWS.forEach((row, index) => {
    for (let i = 0; i < row.length; i++) table2[row.charCodeAt(i)] = index + 1;
  });
  return table2;
})();
function sequentialShare(value) {
  let covered = 0;
  let runStart = 0;
  let direction = 0;
  for (let i = 1; i <= value.length; i++) {
    if (i < value.length) {
      const code = value.charCodeAt(i);
      const previous = value.charCodeAt(i - 1);
      const step = code - previous;
      if ((step === 1 || step === -1) && (direction === 0 || step === direction) && charClass(code) === charClass(previous)) {
        direction = step;
        continue;
      }
    }
    if (i - runStart >= 4) covered += i - runStart;
    runStart = i;
    direction = 0;
  }
  return covered / value.length;
}
function charClass(code) {
  if (code >= 48 && code <= 57) return 1;
  if (code >= 65 && code <= 90) return 2;
  if (code >= 97 && code <= 122) return 3;
  return 4;
}
function isPeriodic(value, threshold) {
  const length = value.length;
  const maxPeriod = Math.min(12, Math.floor(length / 2));
  for (let period = 1; period <= maxPeriod; period++) {
    let same = 0;
    let i = period;
    for (; i < length; i++) {
      if (value.charCodeAt(i) === value.charCodeAt(i - period)) same++;
      else if ((same + (length - 1 - i) + period) / length < threshold) break;
    }
    if (i === length && (same + period) / length >= threshold) return true;
  }
  return false;
}
var OPEN_REFERENCE = /^(?:\$\{\w+(?::?[-?=+#%].*)?|#\{[\w.]+(?:[ (].*)?|#{3}.*)$/;
var REFERENCE = /\$\{[^{}]*\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%/g;
function templateReason(secret) {
  for (const pattern of TEMPLATE_REFERENCE) if (pattern.test(secret)) return "template";
  if (OPEN_REFERENCE.test(secret)) return "template";
  const typed = secret.replace(REFERENCE, "");
  if (typed !== secret && !/[A-Za-z0-9]/.test(typed)) return "template";
  return void 0;
}
var DOCUMENTATION_MARK = /EXAMPLE/;
function documentedExampleReason(secret) {
  if (DOCUMENTED_EXAMPLES.has(secret)) return "documented-example";
  if (DOCUMENTATION_MARK.test(secret)) return "documented-example";
  if (secret.startsWith("eyJ") && secret.includes(`.${DOCUMENTED_JWT_PAYLOAD}`)) return "documented-example";
  if (secret.length > MIN_EMBEDDED_EXAMPLE && EMBEDDED_EXAMPLE.test(secret)) return "documented-example";
  return void 0;
}
var MIN_EMBEDDED_EXAMPLE = 20;
var EMBEDDED_EXAMPLE = new RegExp(
  [...DOCUMENTED_EXAMPLES].filter((example) => example.length >= MIN_EMBEDDED_EXAMPLE).map((example) => example.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")
);
function handMadeReason(secret) {
  return maskReason(secret) ?? markerReason(secret) ?? patternReason(secret);
}
function filterVerdict(secret, evidence) {
  const certain = documentedExampleReason(secret) ?? templateReason(secret);
  if (certain) return { reason: certain, action: "drop" };
  const placeholder = placeholderReason(secret);
  if (placeholder) {
    const demote = evidence === "password" ? WEAK_PASSWORD_WORDS.has(secret.toLowerCase()) : evidence !== "name" && isPlaceholderWord(secret) && !FIELD_NAME.test(secret);
    return { reason: placeholder, action: demote ? "demote" : "drop" };
  }
  const handMade = handMadeReason(secret);
  if (!handMade) return void 0;
  if ((evidence === "name" || evidence === "password") && isDigitWalk(secret)) return { reason: "placeholder", action: "drop" };
  if (handMade === "mask") return { reason: handMade, action: "drop" };
  if (evidence === "password" && handMade === "marker" && !/dummy|fake|example|sample|mock/i.test(secret)) {
    return { reason: handMade, action: "demote" };
  }
  if ((evidence === "name" || evidence === "password") && handMade !== "pattern") return { reason: handMade, action: "drop" };
  return { reason: handMade, action: "demote" };
}

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintOf(ruleId, secret) {
  return createHash("sha256").update(ruleId).update("\0").update(secret).digest("hex").slice(0, 16);
}

// src/engine/bpe.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var TABLE_FILE = fileURLToPath(new URL("../bpe-cl100k.bin", import.meta.url));
var MAGIC = "LGBPE1";
var table;
var pretokenizer;
function readTiktokenRanks() {
  const file = createRequire(import.meta.url)("js-tiktoken/ranks/cl100k_base");
  const data = "bpe_ranks" in file ? file : file.default;
  const entries2 = [];
  for (const line of data.bpe_ranks.split("\n")) {
    if (!line) continue;
    const parts = line.split(" ");
    const offset = Number(parts[1]);
    for (let i = 2; i < parts.length; i++) entries2.push([atob(parts[i]), offset + i - 2]);
  }
  return { pattern: data.pat_str, entries: entries2 };
}
function decodeRankTable(buffer) {
  if (buffer.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not a leakgate BPE table");
  const count2 = buffer.readUInt32LE(MAGIC.length);
  const patternLength = buffer.readUInt32LE(MAGIC.length + 4);
  const pattern = buffer.toString("utf8", MAGIC.length + 8, MAGIC.length + 8 + patternLength);
  const padded = Math.ceil((MAGIC.length + 8 + patternLength) / 4) * 4;
  const words = new Uint32Array(buffer.buffer.slice(buffer.byteOffset + padded, buffer.byteOffset + padded + (2 * count2 + 1) * 4));
  const offsets = words.subarray(0, count2 + 1);
  const ranks = words.subarray(count2 + 1);
  const blob = buffer.subarray(padded + (2 * count2 + 1) * 4);
  const compare = (index, bytes) => {
    const start = offsets[index];
    const length = offsets[index + 1] - start;
    const n = Math.min(length, bytes.length);
    for (let i = 0; i < n; i++) {
      const diff = blob[start + i] - bytes.charCodeAt(i);
      if (diff !== 0) return diff;
    }
    return length - bytes.length;
  };
  return {
    pattern,
    rankOf(bytes) {
      let low = 0;
      let high = count2 - 1;
      while (low <= high) {
        const mid = low + high >>> 1;
        const order = compare(mid, bytes);
        if (order === 0) return ranks[mid];
        if (order < 0) low = mid + 1;
        else high = mid - 1;
      }
      return void 0;
    }
  };
}
function load() {
  if (existsSync(TABLE_FILE)) {
    table = decodeRankTable(readFileSync(TABLE_FILE));
  } else {
    const { pattern, entries: entries2 } = readTiktokenRanks();
    const map = new Map(entries2);
    table = { pattern, rankOf: (bytes) => map.get(bytes) };
  }
  pretokenizer = new RegExp(table.pattern, "gu");
}
function toByteString(piece) {
  if (/^[\x00-\x7f]*$/.test(piece)) return piece;
  return String.fromCharCode(...new TextEncoder().encode(piece));
}
function mergeCount(bytes, ranks) {
  if (ranks.rankOf(bytes) !== void 0) return 1;
  const bounds = [];
  for (let i = 0; i <= bytes.length; i++) bounds.push(i);
  while (bounds.length > 2) {
    let best = -1;
    let bestRank = Infinity;
    for (let i = 0; i < bounds.length - 2; i++) {
      const rank = ranks.rankOf(bytes.slice(bounds[i], bounds[i + 2]));
      if (rank !== void 0 && rank < bestRank) {
        bestRank = rank;
        best = i;
      }
    }
    if (best < 0) break;
    bounds.splice(best + 1, 1);
  }
  return bounds.length - 1;
}
function countTokens(text, ranks) {
  let regex;
  if (ranks) {
    regex = new RegExp(ranks.pattern, "gu");
  } else {
    if (!table) load();
    ranks = table;
    regex = pretokenizer;
    regex.lastIndex = 0;
  }
  let count2 = 0;
  for (const match of text.matchAll(regex)) count2 += mergeCount(toByteString(match[0]), ranks);
  return count2;
}
function charsPerToken(text) {
  if (text.length === 0) return 0;
  return text.length / countTokens(text);
}

// src/engine/generic.ts
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pwd",
  "pass",
  "passphrase",
  "secret",
  "secrets",
  "token",
  "apikey",
  "credential",
  "credentials",
  "creds",
  "pw",
  "privatekey",
  "accesskey",
  "secretkey",
  "authkey",
  "clientsecret",
  "secrete",
  "passcode",
  "passkey",
  "apitoken",
  "authtoken",
  "accesstoken",
  "bearer"
]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "api",
  "access",
  "secret",
  "private",
  "auth",
  "client",
  "encryption",
  "signing",
  "master",
  "app",
  "service",
  "account",
  "admin",
  "shared",
  "session",
  "license",
  "subscription",
  "storage",
  "sas",
  "hmac",
  "jwt",
  "iam",
  "cloud",
  "consumer",
  "webhook",
  "decryption",
  "validation",
  "crypt",
  "cipher",
  "aes",
  "sl",
  "slapi"
]);
var METADATA_WORDS = /* @__PURE__ */ new Set([
  "url",
  "uri",
  "urls",
  "endpoint",
  "path",
  "file",
  "filename",
  "dir",
  "name",
  "names",
  "type",
  "types",
  "length",
  "len",
  "size",
  "count",
  "id",
  "ids",
  "field",
  "fields",
  "label",
  "prompt",
  "hint",
  "placeholder",
  "pattern",
  "regex",
  "policy",
  "policies",
  "expiry",
  "expires",
  "expiration",
  "ttl",
  "version",
  "header",
  "param",
  "params",
  "env",
  "var",
  "mode",
  "format",
  "algorithm",
  "alg",
  "provider",
  "source",
  "ref",
  "store",
  "manager",
  "service",
  "public",
  "pub",
  "hash",
  "hashed",
  "digest",
  "sha",
  "checksum",
  "reset",
  "forgot",
  "confirm",
  "confirmation",
  "min",
  "max",
  "minimum",
  "maximum",
  "required",
  "enabled",
  "disabled",
  "rotation",
  "arn",
  "location",
  "index",
  "prefix",
  "suffix",
  "input",
  "button",
  "error",
  "message",
  "text",
  "title",
  "class",
  "keyid",
  "strength",
  "validator",
  "validation",
  "check",
  "changed",
  "updated",
  "created",
  "at",
  "date",
  "time",
  "kind",
  "key",
  "keys",
  "list",
  "map",
  "set",
  "callback",
  "handler",
  "getter",
  "setter",
  "builder",
  "factory",
  "parser",
  "lexer",
  "stream",
  "reader",
  "writer",
  "encoder",
  "decoder",
  "regexp",
  "re",
  "visible",
  "visibility",
  "icon",
  "color",
  "style",
  "width",
  "height",
  "selector",
  "element",
  "component",
  "dialog",
  "modal",
  "form",
  "page",
  "view",
  "route",
  "screen",
  "step",
  "widget",
  "tooltip",
  "description",
  "desc",
  "help",
  "doc",
  "docs",
  "option",
  "options",
  "flag",
  "flags",
  "config",
  "settings",
  "spec",
  "schema",
  "template",
  "count",
  "number",
  "start",
  "end",
  "pos",
  "position",
  "offset",
  "char",
  "chars",
  "kinds",
  "info",
  "data",
  "entropy",
  "generator",
  "counter",
  "limit",
  "limits",
  "timeout",
  "interval",
  "lifetime",
  "age",
  "cache",
  "storage",
  "state",
  "status",
  "request",
  "response",
  "req",
  "res",
  "result",
  "results",
  "exists",
  "valid",
  "invalid",
  "expired",
  "sent",
  "usage",
  "scope",
  "scopes",
  "audience",
  "issuer",
  "claim",
  "claims",
  "owner",
  "holder",
  "user",
  "username",
  "login",
  "email",
  "mail",
  "host",
  "hostname",
  "port",
  "region",
  "bucket",
  "table",
  "column",
  "db",
  "database",
  "mgr",
  "md5",
  "sha1",
  "sha2",
  "sha256",
  "sha384",
  "sha512",
  "bcrypt",
  "crypt",
  "encryption",
  "encoder",
  "hasher",
  "hashing",
  "method",
  "strategy",
  "complexity",
  "salt",
  "iterations",
  "arg",
  "args",
  "argument",
  "last",
  "used"
]);
var NON_CREDENTIAL_QUALIFIERS = /* @__PURE__ */ new Set([
  "public",
  "pub",
  "csrf",
  "xsrf",
  "page",
  "next",
  "prev",
  "previous",
  "continuation",
  "cursor",
  "sync",
  "cancellation",
  "cancel",
  "lexer",
  "parser",
  "syntax",
  "ast",
  "current",
  "last",
  "first",
  "end",
  "start",
  "eof",
  "verification",
  "idempotency",
  "nonce",
  "request",
  "correlation",
  "pagination",
  "resume",
  "upload",
  "device",
  "registration",
  "push",
  "fcm",
  "apns",
  "forgot",
  "reset",
  "new",
  "old",
  "confirm",
  "hashed",
  "hash",
  "sha1",
  "sha256",
  "sha512",
  "md5",
  "bcrypt",
  "encrypted",
  "masked",
  "store",
  "vault",
  "authenticity",
  "sample",
  "example",
  "dummy",
  "fake",
  "mock",
  "test",
  "default",
  "empty",
  "invalid",
  "expired",
  "bad",
  "wrong",
  "missing",
  "unknown",
  "max",
  "min",
  "is",
  "has",
  "show",
  "hide",
  "toggle",
  "no",
  "without",
  "use",
  "uses",
  "enable",
  "disable",
  "allow",
  "require",
  "requires",
  "need",
  "needs",
  "get",
  "set",
  "update",
  "delete",
  "create",
  "list",
  "describe",
  "rotate",
  "import",
  "put",
  "remove",
  "generate",
  "revoke",
  "validate"
]);
var PROTOCOL_TOKEN_QUALIFIERS = /* @__PURE__ */ new Set([
  "change",
  "lock",
  "client",
  "starting",
  "lifecycle",
  "action",
  "update",
  "export",
  "copy",
  "product",
  "unit",
  "policy",
  "marker",
  "batch",
  "job",
  "task",
  "sequence",
  "commit",
  "transaction",
  "execution",
  "operation",
  "retry",
  "delete",
  "continue",
  "paging",
  "deployment",
  "notification",
  "subscription",
  "invitation",
  "confirmation",
  "validation",
  "identity",
  "captcha",
  "recaptcha",
  "hcaptcha",
  "turnstile"
]);
var NOT_REAL_WORDS = /* @__PURE__ */ new Set([
  "non",
  "not",
  "invalid",
  "wrong",
  "bad",
  "fake",
  "mock",
  "mocked",
  "dummy",
  "sample",
  "example",
  "expired",
  "revoked",
  "malformed",
  "bogus",
  "placeholder",
  "stub",
  "redacted",
  "masked",
  "obfuscated",
  "hashed",
  "encrypted"
]);
var CODE_EXTENSIONS = /* @__PURE__ */ new Set([
  "js",
  "jsx",
  "mjs",
  "cjs",
  "ts",
  "tsx",
  "mts",
  "cts",
  "py",
  "pyi",
  "rb",
  "go",
  "java",
  "kt",
  "kts",
  "scala",
  "cs",
  "php",
  "rs",
  "swift",
  "c",
  "h",
  "cc",
  "cpp",
  "hpp",
  "m",
  "mm",
  "dart",
  "lua",
  "groovy",
  "vue",
  "svelte",
  "ex",
  "exs",
  "clj",
  "tf",
  "hcl",
  "json",
  "cls",
  "r",
  "pl",
  "pm",
  "jl",
  "fs",
  "vb"
]);
var C_FAMILY_EXTENSIONS = /* @__PURE__ */ new Set(["c", "h", "cc", "cpp", "hpp", "cs", "m", "mm"]);
var NOT_CONFIG_PATH = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|go\.sum|go\.mod|Cargo\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|mix\.lock|pubspec\.lock|Podfile\.lock|packages\.lock\.json|gradle\.lockfile|[^/]+\.lock)$|\.(?:po|pot|xlf|xliff|strings|stringsdict|map)$|\.min\.(?:js|css)$|(?:^|\/)(?:locales?|i18n|l10n|translations?|lang)\//;
function splitIdentifier(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var secretWords = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
var SECRET_WORD_CACHE_SIZE = 4096;
function secretWordOf(name, lifecycle = false, list = false) {
  const cache = secretWords[(lifecycle ? 1 : 0) | (list ? 2 : 0)];
  const known = cache.get(name);
  if (known !== void 0) return known ?? void 0;
  const word = findSecretWord(name, lifecycle, list);
  if (cache.size >= SECRET_WORD_CACHE_SIZE) cache.clear();
  cache.set(name, word ?? null);
  return word;
}
function findSecretWord(name, lifecycle, list) {
  const parts = splitIdentifier(name).map((part) => {
    const unnumbered = part.replace(/(?<=[a-z])\d+$/, "");
    if (PASSWORD_WORDS.has(unnumbered)) return unnumbered;
    return list && PLURAL_SECRET_WORDS.get(part) || part;
  });
  const publicAt = parts.findIndex((part) => part === "public" || part === "pub");
  for (let i = parts.length - 1; i >= 0; i--) {
    const compound = COMPOUND_SECRET.exec(parts[i]);
    const part = compound ? compound[1] : parts[i];
    const isSecret = SECRET_WORDS.has(part) || (part === "key" || part === "token") && i > 0 && KEY_QUALIFIERS.has(parts[i - 1]);
    if (!isSecret) continue;
    const prefix = compound ? parts[i].slice(0, -part.length) : "";
    const kept = (qualifier) => lifecycle && PASSWORD_WORDS.has(part) && PASSWORD_LIFECYCLE.has(qualifier);
    if (NON_CREDENTIAL_QUALIFIERS.has(prefix) && !kept(prefix) || NOT_REAL_WORDS.has(prefix)) return void 0;
    if (parts.slice(i + 1).some((later) => METADATA_WORDS.has(later))) return void 0;
    if (part === "token" && i > 0 && PROTOCOL_TOKEN_QUALIFIERS.has(parts[i - 1])) return void 0;
    const qualifierAt = part === "key" || part === "token" && KEY_QUALIFIERS.has(parts[i - 1] ?? "") ? i - 2 : i - 1;
    if (qualifierAt >= 0 && NON_CREDENTIAL_QUALIFIERS.has(parts[qualifierAt]) && !kept(parts[qualifierAt])) return void 0;
    if (parts.slice(0, i).some((earlier) => NOT_REAL_WORDS.has(earlier))) return void 0;
    if (publicAt >= 0 && publicAt < i) return void 0;
    return part;
  }
  return void 0;
}
var PASSWORD_LIFECYCLE = /* @__PURE__ */ new Set(["new", "old", "current", "default", "test"]);
var PLURAL_SECRET_WORDS = /* @__PURE__ */ new Map([
  ["keys", "key"],
  ["tokens", "token"],
  ["passwords", "password"],
  ["apikeys", "apikey"]
]);
var COMPOUND_SECRET = /^[a-z]{2,24}?(password|passwd|pwd|secret)$/;
var PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pwd", "pass", "passphrase", "passcode", "pw", "secrete"]);
function isPasswordWord(word) {
  return word !== void 0 && PASSWORD_WORDS.has(word);
}
function secretWordOfAssignee(name) {
  return secretWordOf(name) ?? secretWordOfSetter(name);
}
function namesPassword(name) {
  return isPasswordWord(secretWordOfAssignee(name) ?? secretWordOf(name, true));
}
function extensionOf(path) {
  if (!path) return void 0;
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  if (dot <= slash + 1) return void 0;
  return path.slice(dot + 1).toLowerCase();
}
function isCodePath(path) {
  const extension = extensionOf(path);
  return extension !== void 0 && CODE_EXTENSIONS.has(extension);
}
var CONFIG_EXTENSIONS = /* @__PURE__ */ new Set([
  "env",
  "ini",
  "cfg",
  "cnf",
  "conf",
  "properties",
  "yaml",
  "yml",
  "toml",
  "json",
  "xml",
  "config",
  "tf",
  "tfvars",
  "hcl"
]);
function isConfigPath(path) {
  if (!path) return false;
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (/^\.env(?:\..+)?$|^Dockerfile/.test(base)) return true;
  const extension = extensionOf(path);
  return extension !== void 0 && CONFIG_EXTENSIONS.has(extension);
}
function isNotConfigPath(path) {
  return path !== void 0 && NOT_CONFIG_PATH.test(path);
}
var CODE_REFERENCE = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|[A-Za-z_$][\w$.]*\(.*|[A-Za-z_$][\w$]*\[.*)$/;
function isCodeReference(value) {
  if (!CODE_REFERENCE.test(value)) return false;
  const names = value.match(/[A-Za-z_$][\w$]*/g) ?? [];
  return names.every((name) => (name.length < 12 || charsPerToken(name) >= 2.5) && (name.match(/\d/g)?.length ?? 0) / name.length < 0.3);
}
var NAME_SHAPED = [
  /^[_$]*[a-z]+(?:[A-Z][a-z]+)+\d{0,3}$/,
  // camelCase
  /^[_$]*(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+)+\d{0,3}$/,
  // PascalCase, acronyms included (RSAPrivateKey)
  /^[_$]+[A-Za-z]+$/,
  // private names: _secret, $token
  /^[a-z]+(?:[_-][a-z]+)+$/i
  // snake or dashed words
];
var NOT_A_SECRET = [
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/,
  // CONSTANT_CASE
  /^[a-z]+(?:[._:/-][a-z]+)*[.:/][a-z]+(?:[._:/-][a-z]+)*$/i,
  // dotted, colon or path words: db.password, a/b
  /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/,
  // file paths
  /^[a-z][a-z0-9+.-]{1,20}:\/\//i,
  // URLs: a URL with a password has its own rules
  /^data:[\w/+.-]+;base64,/,
  // data URIs (images, fonts)
  /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/,
  // dates
  /^(?:[\^~]|[<>]=?)?v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/,
  // versions and version ranges (^1.4.6)
  /^[-+]?\d+(?:\.\d+)?$/,
  // numbers
  /^(?:sha1|sha256|sha384|sha512|md5)[-:][A-Za-z0-9+/=]+$/i,
  // integrity strings and digests with their algorithm
  /^(?:[\w-]+\.)+(?:com|org|net|io|dev|local|internal|svc|cluster)$/i,
  // host names
  /^[a-z]+\/[a-z0-9.+-]+$/i,
  // MIME types
  /^#[0-9a-f]{3,8}$/i,
  // colours
  /^#[a-z]+$/,
  // a colour's name, an anchor or a directive: #ansiyellow, #bygroup
  /\(\?[:=!<]|\[\^|\\[dswbDSWB][*+?{]?|%[sd]\b|\{\d*\}|\[[^\]]{2,}\](?:[*+]|\{\d)/,
  // regular expressions and format strings
  // Password hashes are what a server stores instead of the password: bcrypt, sha-crypt, MD5-crypt,
  // yescrypt, argon2, scrypt, PBKDF2 (Django, Werkzeug), LDAP schemes ({SSHA}, {CRYPT}).
  /^\$(?:2[abxy]?|[156]|apr1|y|7|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?)\$/,
  /^(?:pbkdf2_sha\d+|argon2|bcrypt(?:_sha256)?|scrypt)\$|^pbkdf2:sha\d+:\d+\$|^scrypt:\d+:/,
  /^\{(?:SSHA|SHA|SMD5|MD5|CRYPT|SSHA256|SSHA512|SHA256|SHA512|PBKDF2(?:-SHA\d+)?|ARGON2|BCRYPT)\}/i,
  /^\{?AQAAAB[A-Za-z0-9+/]{20,}={0,2}\}?$/,
  // Jenkins secrets encrypted with the controller's key
  /^["'\x60]\s*[.+]|[.+]\s*["'\x60]$/,
  // a piece of a concatenation: '".md5($password)."'
  /^--?[a-z][\w-]*=?$/,
  // command-line flags: --remote, -W
  /^(?:file|env|fd):|^stdin$/,
  // where OpenSSL reads a password from: -pass file:/run/key, -passin env:PASS
  /^[A-Za-z][\w.-]*\\[\w.$-]+$/,
  // a Windows account: DOMAIN\user
  /^[a-z_]+=$/,
  // a keyword argument's name: help=
  /^[A-Za-z_][\w.]*[({]$/,
  // an opening call or block: gin.H{
  /^[a-z]+'[a-z]{1,2}$/i,
  // contractions: don't, it's
  /^scram-sha-\d+$|^(?:md5|sha\d*|bcrypt|pbkdf2|argon2\w*)$/i
  // hashing schemes: password_encryption = 'scram-sha-256'
];
function decodesToPlaceholder(value) {
  if (value.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, "base64").toString("latin1");
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  if (placeholderReason(decoded)) return true;
  const parts = decoded.split(/[:\s]+/).filter(Boolean);
  if (parts.some((part) => placeholderReason(part))) return true;
  return / /.test(decoded) && charsPerToken(decoded) >= 3;
}
var FIELD_WORDS = /* @__PURE__ */ new Set([
  ...SECRET_WORDS,
  "key",
  "auth",
  "confirmation",
  "agent",
  "type",
  "length",
  "version",
  "name",
  "value",
  "string",
  "example",
  "sample",
  "random",
  "default",
  "dummy",
  "fake"
]);
function namesAField(value) {
  const parts = splitIdentifier(value);
  return parts.length >= 2 && parts.some((part) => FIELD_WORDS.has(part));
}
var RANDOM_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
var DERIVED_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[12350][0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function looksLikeData(value) {
  return isNameShaped(value) || isDataShaped(value);
}
function isNameShaped(value) {
  return NAME_SHAPED.some((pattern) => pattern.test(value));
}
function isDataShaped(value) {
  if (DERIVED_UUID.test(value)) return true;
  return NOT_A_SECRET.some((pattern) => pattern.test(value));
}
function characterClasses(value) {
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  const digit = /[0-9]/.test(value);
  const symbol = /[^A-Za-z0-9]/.test(value);
  return { lower, upper, digit, symbol, count: Number(lower) + Number(upper) + Number(digit) + Number(symbol) };
}
function alphabetSize(classes, value) {
  const body = value.replace(/^[A-Za-z0-9]{1,10}[._:-](?=.{16})/, "");
  if (/^[0-9a-f]+$/.test(body) || /^[0-9A-F]+$/.test(body)) return 16;
  return (classes.lower ? 26 : 0) + (classes.upper ? 26 : 0) + (classes.digit ? 10 : 0) + (classes.symbol ? 20 : 0);
}
function scoreLongValue(value) {
  if (value.length > 16384 || patternReason(value.slice(0, 256))) return void 0;
  const entropy = shannonEntropy(value);
  const score = { length: value.length, classes: characterClasses(value).count, entropy, entropyRatio: entropy / 6 };
  return entropy >= 4.5 ? { confidence: "medium", score } : void 0;
}
var PASSPHRASE = /^(?=.{8,128}$)[!-~\u00a1-\u00bf]+(?: [!-~\u00a1-\u00bf]+){1,11}$/;
function scoreValue(value, options = {}) {
  const words = options.wordsArePasswords === true;
  const weak = () => ({ confidence: "low", score: { length: value.length, classes: characterClasses(value).count, entropy: shannonEntropy(value), entropyRatio: 0 } });
  if (!/[A-Za-z0-9]/.test(value)) return void 0;
  if (/\s/.test(value)) return (options.passphrases ?? words) && PASSPHRASE.test(value) ? weak() : void 0;
  if (value.length < (words ? 4 : 6)) return void 0;
  if (value.length > 256) return scoreLongValue(value);
  if (words && /^\d{6,16}$/.test(value)) return weak();
  if (isDataShaped(value) || isCodeReference(value)) return void 0;
  if (isNameShaped(value)) return words && !namesAField(value) ? weak() : void 0;
  if (decodesToPlaceholder(value)) return void 0;
  const classes = characterClasses(value);
  const entropy = shannonEntropy(value);
  const maxEntropy = Math.log2(Math.min(value.length, Math.max(2, alphabetSize(classes, value))));
  const score = { length: value.length, classes: classes.count, entropy, entropyRatio: entropy / maxEntropy };
  if (RANDOM_UUID.test(value)) return { confidence: "medium", score };
  if (classes.count === 1 && (classes.lower || classes.upper) && value.length < 20) return words ? weak() : void 0;
  if (patternReason(value)) return { confidence: "low", score };
  if (score.entropyRatio < 0.7) return void 0;
  if (value.length >= 20 && classes.count >= 3 && score.entropyRatio >= 0.85) return { confidence: "high", score };
  score.charsPerToken = charsPerToken(value);
  if (score.charsPerToken >= 3) return words ? weak() : void 0;
  if (classes.count === 1 && classes.digit) return { confidence: "low", score };
  if (value.length >= 16 && classes.count >= 2 && score.charsPerToken <= 2.2 && entropy >= 3.5) return { confidence: "high", score };
  if (value.length >= 8 && classes.count >= 2 && score.charsPerToken <= 2) return { confidence: "medium", score };
  if (value.length >= 6 && classes.count >= 3 && score.charsPerToken <= 1.6) return { confidence: "medium", score };
  return { confidence: "low", score };
}
function scoreSlotValue(value) {
  const scored = scoreValue(value);
  if (scored) return scored.confidence;
  if (value.length > 256) return void 0;
  if (!/[A-Za-z0-9]/.test(value)) return void 0;
  if (looksLikeData(value) || isCodeReference(value)) return void 0;
  return "low";
}
var BADGE_CONTEXT = /\/badge(?:\.svg)?\?(?:[\w-]+=[^&\s]*&)*$/i;
var PROSE_AFTER = /^[ \t]+[A-Za-z][a-z]+(?:[ \t]+[A-Za-z(`]|[.,;:!?]?[ \t]*$)/;
var LIST_BETWEEN = /[[{][ \t]*["'\x60]$/;
var POSITIONAL = /^["'\x60]?[ \t]*,[ \t]*["'\x60]?$/;
function secretWordOfSetter(name) {
  const callee = name.slice(name.lastIndexOf(".") + 1);
  const parts = splitIdentifier(callee);
  const setter = parts[0] === "set" || parts[0] === "with";
  if (!setter && /^[A-Z]/.test(callee)) return void 0;
  const rest = setter ? parts.slice(1) : parts;
  if (rest.length === 0 || rest.length > (setter ? 3 : 2)) return void 0;
  if (!setter && rest.length === 2 && !KEY_QUALIFIERS.has(rest[0])) return void 0;
  return secretWordOf(rest.join("_"));
}
function scoreGenericSecret({ name, before, between, value, after, quoted, quote, path }) {
  if (before !== void 0 && /::$/.test(before)) return void 0;
  if (before !== void 0 && /\$\{$/.test(before)) return void 0;
  if (between !== void 0 && /[fF$]["']$/.test(between) && /\{[^{}]+\}/.test(value)) return void 0;
  const isCall = between !== void 0 && /^[ \t]*\(/.test(between);
  const list = between !== void 0 && LIST_BETWEEN.test(between);
  let secretWord = isCall ? secretWordOfSetter(name) : secretWordOf(name, false, list);
  const lifecycle = !secretWord && !isCall ? secretWordOf(name, true, list) : void 0;
  secretWord ??= lifecycle;
  if (!secretWord) return void 0;
  if (before && BADGE_CONTEXT.test(before)) return void 0;
  if (isNotConfigPath(path)) return void 0;
  const extension = extensionOf(path);
  if (quote === "'" && extension !== void 0 && C_FAMILY_EXTENSIONS.has(extension)) return void 0;
  if (!quoted && isCodePath(path)) return void 0;
  if (!quoted && after !== void 0 && PROSE_AFTER.test(after)) return void 0;
  if (!quoted && /[)\]}]$/.test(value) && count(value, /[)\]}]/g) > count(value, /[([{]/g)) return void 0;
  if (!quoted && /^[@$][A-Za-z_]\w*$/.test(value)) return void 0;
  const wordsArePasswords = PASSWORD_WORDS.has(secretWord) && !(between !== void 0 && POSITIONAL.test(between));
  const passphrases = wordsArePasswords && isConfigPath(path);
  const confidence = scoreValue(value, { wordsArePasswords, passphrases })?.confidence;
  return lifecycle && confidence ? "low" : confidence;
}
function count(value, pattern) {
  return value.match(pattern)?.length ?? 0;
}

// src/engine/lines.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  lineStarts() {
    if (this.starts) return this.starts;
    const starts = [0];
    let at = this.text.indexOf("\n");
    while (at !== -1) {
      starts.push(at + 1);
      at = this.text.indexOf("\n", at + 1);
    }
    this.starts = Int32Array.from(starts);
    return this.starts;
  }
  /** 0-based line number holding `offset`. */
  lineOf(offset) {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  /** 1-based line and column of `offset`. */
  position(offset) {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStarts()[line] + 1 };
  }
  /** Start and end (exclusive, before `\r\n`) offsets of a 0-based line. */
  lineBounds(line) {
    const starts = this.lineStarts();
    const start = starts[line] ?? this.text.length;
    let end = line + 1 < starts.length ? starts[line + 1] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end -= 1;
    return { start, end };
  }
};

// src/engine/path-matcher.ts
var PathMatcher = class {
  patterns = [];
  /** Plain names (no wildcard, no slash, no negation) when no negation follows them. */
  literalNames = /* @__PURE__ */ new Set();
  literalDirNames = /* @__PURE__ */ new Set();
  constructor(patterns) {
    const lines = typeof patterns === "string" ? patterns.split(/\r?\n/) : patterns;
    const hasNegation = lines.some((line) => line.trimStart().startsWith("!"));
    for (const line of lines) {
      const parsed = parsePattern(line);
      if (!parsed) continue;
      if (!hasNegation && parsed.literal !== void 0) {
        (parsed.dirOnly ? this.literalDirNames : this.literalNames).add(parsed.literal);
        continue;
      }
      this.patterns.push(parsed.compiled);
    }
  }
  get isEmpty() {
    return this.patterns.length === 0 && this.literalNames.size === 0 && this.literalDirNames.size === 0;
  }
  /** Whether a path (relative, `/`-separated) is matched; `isDir` for folders. */
  verdict(relativePath, isDir) {
    const slash = relativePath.lastIndexOf("/");
    const basename = slash >= 0 ? relativePath.slice(slash + 1) : relativePath;
    if (this.literalNames.has(basename) || isDir && this.literalDirNames.has(basename)) return "ignored";
    for (let i = this.patterns.length - 1; i >= 0; i--) {
      const pattern = this.patterns[i];
      if (pattern.dirOnly && !isDir) continue;
      const subject = pattern.basenameOnly ? basename : relativePath;
      if (!subject.startsWith(pattern.head) || !subject.endsWith(pattern.tail)) continue;
      if (pattern.regex.test(subject)) return pattern.negate ? "included" : "ignored";
    }
    return void 0;
  }
  /**
   * Whether a path is matched, itself or through a parent folder: for callers that test a
   * path out of walking order (rule `paths`, explicit files).
   */
  matches(relativePath) {
    const clean = relativePath.replace(/^\.?\/+/, "");
    if (clean === "") return false;
    const parts = clean.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const isDir = i < parts.length || clean.endsWith("/");
      const prefix = parts.slice(0, i).join("/");
      if (prefix === "") continue;
      if (this.verdict(prefix, isDir) === "ignored") return true;
    }
    return false;
  }
};
function createPathMatcher(patterns) {
  const matcher = new PathMatcher(patterns);
  return (relativePath) => matcher.matches(relativePath);
}
function parsePattern(raw) {
  let line = raw.replace(/(?<!\\)\s+$/, "");
  if (line === "" || line.startsWith("#")) return void 0;
  let negate = false;
  if (line.startsWith("!")) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith("/")) {
    dirOnly = true;
    line = line.replace(/\/+$/, "");
  }
  if (line === "") return void 0;
  const anchored = line.includes("/");
  if (line.startsWith("/")) line = line.slice(1);
  const basenameOnly = !anchored;
  const wild = /[*?[\\\]]/g;
  const firstWild = line.search(wild);
  const lastWild = Math.max(...[...line.matchAll(wild)].map((match) => match.index), -1);
  const head = firstWild === -1 ? line : line.slice(0, firstWild);
  const afterGlobstar = lastWild > 0 && line[lastWild] === "*" && line[lastWild - 1] === "*";
  const tail = firstWild === -1 ? line : line.slice(lastWild + (afterGlobstar && line[lastWild + 1] === "/" ? 2 : 1));
  const compiled = { regex: new RegExp(`^${globToRegex(line)}$`), negate, dirOnly, basenameOnly, head, tail };
  const literal = basenameOnly && !negate && !/[*?[\\]/.test(line) ? line : void 0;
  return literal === void 0 ? { compiled, dirOnly } : { compiled, literal, dirOnly };
}
function globToRegex(glob) {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*") {
      if (glob[i + 1] === "*") {
        const atStart = i === 0 || glob[i - 1] === "/";
        const atEnd = i + 2 === glob.length || glob[i + 2] === "/";
        if (atStart && atEnd) {
          if (i + 2 === glob.length) out += ".*";
          else {
            out += "(?:.*/)?";
            i += 1;
          }
          i += 1;
          continue;
        }
        i += 1;
      }
      out += "[^/]*";
    } else if (ch === "?") {
      out += "[^/]";
    } else if (ch === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end === -1) {
        out += "\\[";
        continue;
      }
      let body = glob.slice(i + 1, end);
      if (body.startsWith("!")) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\(?!\])/g, "\\\\")}]`;
      i = end;
    } else if (ch === "\\" && i + 1 < glob.length) {
      out += escapeRegex(glob[i + 1]);
      i += 1;
    } else {
      out += escapeRegex(ch);
    }
  }
  return out;
}
function escapeRegex(ch) {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

// src/engine/inline-allow.ts
var INLINE_ALLOW = "leakgate:allow";
var INLINE_ALLOW_NEXT = "leakgate:allow-next-line";
function isAllowedInline(text, lines, offset) {
  const line = lines.lineOf(offset);
  const own = lines.lineBounds(line);
  if (text.slice(own.start, own.end).includes(INLINE_ALLOW)) return true;
  if (line === 0) return false;
  const previous = lines.lineBounds(line - 1);
  return text.slice(previous.start, previous.end).includes(INLINE_ALLOW_NEXT);
}

// src/engine/redact.ts
var MASK = "****";
function redact(secret) {
  const keep = Math.min(6, Math.floor(secret.length / 4));
  return secret.slice(0, keep) + MASK;
}
function redactLine(line, reported, secretShaped = []) {
  const shown = reported.map((span, index) => ({ ...clampTo(span, line.length), index }));
  const byStart = [...shown].sort((a, b) => a.start - b.start);
  const others = secretShaped.flatMap((span) => outside(clampTo(span, line.length), byStart)).map((span) => ({ ...span, index: -1 }));
  const pieces = [...shown, ...others].filter((piece) => piece.end > piece.start || piece.index >= 0).sort((a, b) => a.start - b.start || b.end - a.end);
  const reportedAt = reported.map(() => -1);
  let text = "";
  let cursor = 0;
  for (const piece of pieces) {
    const from = Math.max(piece.start, cursor);
    if (piece.end > from || piece.end === piece.start && piece.start >= cursor) {
      text += maskHighEntropyTokens(line.slice(cursor, from));
      if (piece.index >= 0 && from === piece.start) {
        reportedAt[piece.index] = text.length;
        if (piece.end > piece.start) text += redact(line.slice(piece.start, piece.end));
        cursor = piece.end;
        continue;
      }
      if (!text.endsWith(MASK)) text += redact(line.slice(from, piece.end));
      cursor = piece.end;
    }
    if (piece.index >= 0) reportedAt[piece.index] = Math.max(0, text.length - MASK.length);
  }
  text += maskHighEntropyTokens(line.slice(cursor));
  return { text, reportedAt };
}
function outside(span, taken) {
  const parts = [];
  let start = span.start;
  for (const other of taken) {
    if (other.end <= start || other.start >= span.end) continue;
    if (other.start > start) parts.push({ start, end: other.start });
    start = Math.max(start, other.end);
  }
  if (start < span.end) parts.push({ start, end: span.end });
  return parts;
}
function clampTo(span, length) {
  return { start: Math.max(0, span.start), end: Math.min(length, span.end) };
}
var TOKEN = /[A-Za-z0-9+/_=-]{16,}/g;
function maskHighEntropyTokens(text) {
  return text.replace(TOKEN, (token) => looksRandom(token) ? redact(token) : token);
}
function looksRandom(token) {
  const entropy = shannonEntropy(token);
  const letters = /[A-Za-z]/.test(token);
  const digits = /[0-9]/.test(token);
  if (letters && digits && entropy >= 3) return true;
  return token.length >= 32 && /[a-z]/.test(token) && /[A-Z]/.test(token) && entropy >= 4.3;
}

// src/engine/snippet.ts
var SNIPPET_RADIUS = 80;
var REDACT_RADIUS = 2048;
var SECRET_SHAPED_MARGIN = 2 * REDACT_RADIUS;
function secretShapedReach(lines, line, finding) {
  const bounds = lines.lineBounds(line);
  return { start: Math.max(bounds.start, finding.start - SECRET_SHAPED_MARGIN), end: Math.min(bounds.end, finding.end + SECRET_SHAPED_MARGIN) };
}
function snippetFor(text, lines, line, finding, onLine, secretShaped = []) {
  const bounds = lines.lineBounds(line);
  const start = Math.max(bounds.start, finding.start - REDACT_RADIUS);
  const end = Math.min(bounds.end, finding.end + REDACT_RADIUS);
  const relative = (span) => ({ start: span.start - start, end: span.end - start });
  const inReach = (span) => span.end > start && span.start < end;
  const nearby = onLine.filter(inReach);
  const reported = nearby.some((span) => span.start === finding.start) ? nearby : [{ start: finding.start, end: finding.start }, ...nearby];
  const redacted = redactLine(text.slice(start, end), reported.map(relative), secretShaped.filter(inReach).map(relative));
  const at = redacted.reportedAt[reported.findIndex((span) => span.start === finding.start)] ?? 0;
  const out = redacted.text;
  const clippedBefore = start > bounds.start;
  const clippedAfter = end < bounds.end;
  if (out.length <= SNIPPET_RADIUS * 2 && !clippedBefore && !clippedAfter) return out;
  const from = Math.max(0, Math.min(at - SNIPPET_RADIUS, out.length - SNIPPET_RADIUS * 2));
  const to = Math.min(out.length, from + SNIPPET_RADIUS * 2);
  return (from > 0 || clippedBefore ? "\u2026" : "") + out.slice(from, to) + (to < out.length || clippedAfter ? "\u2026" : "");
}

// src/engine/decoders.ts
function decodeBase64Loose(value) {
  const clean = value.replace(/\\[nr]/g, "").replace(/[\s"']/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1) return void 0;
  return Buffer.from(clean, "base64");
}
function printableText(text) {
  if (text.length === 0 || text.includes("\uFFFD")) return void 0;
  if (/[\x00-\x1f\x7f]/.test(text)) return void 0;
  return text;
}
function basicCredentialParts(secret) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return void 0;
  const text = printableText(Buffer.from(secret, "base64").toString("utf8").replace(/\r?\n$/, ""));
  if (text === void 0) return void 0;
  const colon = text.indexOf(":");
  if (colon < 0 || colon === text.length - 1) return void 0;
  if (/^[{[]/.test(text)) return void 0;
  return { user: text.slice(0, colon), password: text.slice(colon + 1) };
}
function basicCredential(secret) {
  const parts = basicCredentialParts(secret);
  if (!parts) return false;
  if (parts.password === parts.user) return false;
  return filterVerdict(parts.password, "slot")?.action !== "drop";
}
function basicCredentialWeak(secret) {
  const parts = basicCredentialParts(secret);
  if (!parts) return true;
  if (filterVerdict(parts.password, "slot")) return true;
  const scored = scoreSlotValue(parts.password);
  if (scored === "high" || scored === "medium") return false;
  return !(scored === "low" && parts.password.length >= 16 && !/\s/.test(parts.password));
}
function ntlmAuthenticate(secret) {
  const bytes = decodeBase64Loose(secret);
  if (!bytes || bytes.length < 28) return false;
  if (bytes.subarray(0, 8).toString("latin1") !== "NTLMSSP\0") return false;
  if (bytes.readUInt32LE(8) !== 3) return false;
  const ntLength = bytes.readUInt16LE(20);
  const ntOffset = bytes.readUInt32LE(24);
  return ntLength > 0 && ntOffset + ntLength <= bytes.length;
}
function wholeDerSequence(base642) {
  const body = base642.replace(/\\[nr]/g, "").replace(/[^A-Za-z0-9+/=]/g, "");
  const der = Buffer.from(body, "base64");
  if (der.length < 4 || der[0] !== 48) return false;
  const first = der[1];
  let total;
  if (first < 128) total = 2 + first;
  else if (first === 129) total = 3 + der[2];
  else if (first === 130) total = 4 + (der[2] << 8 | der[3]);
  else if (first === 131) total = 5 + (der[2] << 16 | der[3] << 8 | der[4]);
  else return false;
  return der.length >= total && der.length <= total + 2;
}
var DER_PRIVATE_KEY_OPENING = /^(?:MII[A-Za-z0-9+/]{3}IBAAK[BC]|MI[GI][A-Za-z0-9+/]{1,3}(?:AgEA|IBAD)(?:MB[AM]GByqGSM49AgE|ANBgkqhkiG9w0BAQEFAAS)|MC4CAQAwBQYDK2Vw|MHcCAQEEI|MIG[A-Za-z0-9+/]AgEBBD|MII[A-Za-z0-9+/]{3}IBAzCC)/;
var PEM_PRIVATE_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)(?:-----END [A-Z0-9 ]+-----|$)/;
function base64PrivateKeyState(secret) {
  const bytes = decodeBase64Loose(secret);
  if (!bytes) return void 0;
  const text = bytes.toString("latin1");
  const pem = PEM_PRIVATE_KEY.exec(text);
  if (pem) {
    const kind = pem[1].trim();
    const complete = /-----END [A-Z0-9 ]+-----/.test(pem[0]);
    if (!complete) return "damaged";
    if (/OPENSSH|PGP|ENCRYPTED|SSH2/.test(kind) || /Proc-Type:/.test(pem[2])) return "key";
    return wholeDerSequence(pem[2]) ? "key" : "damaged";
  }
  const inner = text.replace(/\s+/g, "");
  if (DER_PRIVATE_KEY_OPENING.test(inner) && /^[A-Za-z0-9+/]+={0,2}$/.test(inner)) return wholeDerSequence(inner) ? "key" : "damaged";
  return void 0;
}
var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function decodeBase32(value) {
  let bits = 0;
  let buffer = 0;
  const out = [];
  for (const ch of value.replace(/=+$/, "")) {
    const index = BASE32.indexOf(ch);
    if (index < 0) return void 0;
    buffer = buffer << 5 | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push(buffer >>> bits & 255);
    }
  }
  return Buffer.from(out);
}
function crc16Xmodem(bytes) {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 32768 ? (crc << 1 ^ 4129) & 65535 : crc << 1 & 65535;
  }
  return crc;
}
function nkeySeed(secret) {
  const bytes = decodeBase32(secret);
  if (!bytes || bytes.length !== 36) return false;
  if (bytes[0] >> 3 !== 18) return false;
  const expected = crc16Xmodem(bytes.subarray(0, 34));
  return bytes.readUInt16LE(34) === expected;
}

// src/engine/validators.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var CRC_TABLE = (() => {
  const table2 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table2[n] = c >>> 0;
  }
  return table2;
})();
function crc32(value) {
  let crc = 4294967295;
  for (let i = 0; i < value.length; i++) {
    crc = CRC_TABLE[(crc ^ value.charCodeAt(i)) & 255] ^ crc >>> 8;
  }
  return (crc ^ 4294967295) >>> 0;
}
function base62(n, width) {
  let out = "";
  let rest = n;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, "0");
}
function crc32Base62(secret) {
  const underscore = secret.indexOf("_");
  const body = secret.slice(underscore + 1, -6);
  if (body.length < 6) return false;
  return base62(crc32(body), 6) === secret.slice(-6);
}
function crc32Grafana(secret) {
  const cut = secret.lastIndexOf("_");
  if (cut < 0) return false;
  const checksum = crc32(secret.slice(0, cut));
  const littleEndian = [checksum & 255, checksum >>> 8 & 255, checksum >>> 16 & 255, checksum >>> 24];
  return littleEndian.map((b) => b.toString(16).padStart(2, "0")).join("") === secret.slice(cut + 1).toLowerCase();
}
function crc32Gitlab(secret) {
  if (!/\.[0-9a-z]{2}\.[0-9a-z]{9}$/.test(secret)) return true;
  return crc32(secret.slice(0, -7)).toString(36).padStart(7, "0") === secret.slice(-7);
}
var BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function bech32(secret) {
  const lower = secret.toLowerCase();
  const separator = lower.lastIndexOf("1");
  if (separator < 1 || lower.length - separator < 7) return false;
  const hrp = lower.slice(0, separator);
  const values = [];
  for (const ch of lower.slice(separator + 1)) {
    const value = BECH32_CHARSET.indexOf(ch);
    if (value < 0) return false;
    values.push(value);
  }
  const generators = [996825010, 642813549, 513874426, 1027748829, 705979059];
  let checksum = 1;
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...values];
  for (const value of expanded) {
    const top = checksum >>> 25;
    checksum = (checksum & 33554431) << 5 ^ value;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) checksum ^= generators[i];
  }
  return checksum === 1;
}
function pemDer(secret) {
  return wholeDerSequence(secret.replace(/-----(?:BEGIN|END) [A-Z ]+-----/g, ""));
}
function awsStsToken(secret) {
  const bytes = decodeBase64Loose(secret);
  if (!bytes) return false;
  const header = bytes.subarray(0, 16).toString("latin1");
  return bytes.length >= 80 && (header.includes("er/aws") || header.includes("origin_ec"));
}
function base64Credential(secret) {
  return basicCredentialParts(secret) !== void 0;
}
function decodeBase64Url(part) {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(part)) return void 0;
  return Buffer.from(part.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
}
function decodesToJsonObject(part) {
  const text = decodeBase64Url(part);
  if (text === void 0) return void 0;
  try {
    const parsed = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function jwt(secret) {
  const header = decodesToJsonObject(secret.split(".")[0] ?? "");
  return header !== void 0 && ("alg" in header || "typ" in header);
}
function jwtEdited(secret) {
  const [header, payload] = secret.split(".");
  return decodesToJsonObject(header ?? "") === void 0 && decodesToJsonObject(payload ?? "") !== void 0;
}
function jwtUnsigned(secret) {
  const parts = secret.split(".");
  return parts.length < 3 || parts[2] === "";
}
var REGISTERED_CLAIMS = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti"];
function jwtWithoutClaims(secret) {
  const [header, payload] = secret.split(".").map((part) => decodeBase64Url(part));
  try {
    const claims = JSON.parse(payload ?? "");
    if (typeof claims !== "object" || claims === null) return true;
    const headerClaims = JSON.parse(header ?? "{}");
    if (REGISTERED_CLAIMS.some((claim) => claim in claims || claim in headerClaims)) return false;
    const keys = Object.keys(claims);
    return keys.length <= 2 || keys.every((key) => key.length === 1);
  } catch {
    return true;
  }
}
function base64(secret) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1) return false;
  const bytes = Buffer.from(secret, "base64");
  let printable = 0;
  for (const byte of bytes) if (byte >= 32 && byte < 127) printable++;
  return bytes.length > 0 && printable / bytes.length < 0.95;
}
var VALIDATORS = {
  "crc32-base62": { onFail: "downgrade", check: crc32Base62 },
  "crc32-gitlab": { onFail: "downgrade", check: crc32Gitlab },
  "crc32-grafana": { onFail: "downgrade", check: crc32Grafana },
  bech32: { onFail: "downgrade", check: bech32 },
  "pem-der": { onFail: "downgrade", check: pemDer, provesStructure: true },
  "base64-credential": { onFail: "drop", check: base64Credential },
  jwt: { onFail: "drop", check: jwt, weak: (secret) => jwtUnsigned(secret) || jwtWithoutClaims(secret), edited: jwtEdited },
  base64: { onFail: "drop", check: base64 },
  // HTTP Basic: decodes to user:password whose password is not a placeholder; weak ones are low.
  "basic-auth": { onFail: "drop", check: basicCredential, weak: basicCredentialWeak },
  "ntlm-authenticate": { onFail: "drop", check: ntlmAuthenticate, provesStructure: true },
  // base64 of a PEM private key (or of a DER key): a truncated or damaged one is low.
  "base64-private-key": {
    onFail: "drop",
    check: (secret) => base64PrivateKeyState(secret) === "key",
    edited: (secret) => base64PrivateKeyState(secret) === "damaged",
    provesStructure: true
  },
  "nkey-seed": { onFail: "low", check: nkeySeed },
  // AWS STS session tokens: base64 opening with their header (\x17\n\x06er/aws, !\n\torigin_ec).
  "aws-sts-token": { onFail: "drop", check: awsStsToken, provesStructure: true }
};

// src/engine/ranker-model.ts
var RANKER_MODEL = {
  weights: {
    "base:high": 0.614,
    "base:high&word:key": 0.054,
    "base:high&word:password": -0.119,
    "base:high&word:secret": -0.113,
    "base:high&word:slot": 0.373,
    "base:high&word:token": 0.419,
    "base:low": -0.459,
    "base:low&word:credential": 0.089,
    "base:low&word:key": -0.137,
    "base:low&word:other": 0.096,
    "base:low&word:password": 0.32,
    "base:low&word:secret": -0.508,
    "base:low&word:slot": -0.339,
    "base:low&word:token": 0.02,
    "base:medium": 0.271,
    "base:medium&word:key": 0.014,
    "base:medium&word:password": 0.035,
    "base:medium&word:secret": -0.088,
    "base:medium&word:slot": 0.251,
    "base:medium&word:token": 0.059,
    "classes:1": 0.379,
    "classes:2": -0.196,
    "classes:3": 0.159,
    "classes:4": 0.084,
    "cpt:0": -0.081,
    "cpt:1": -0.026,
    "cpt:2": 0.171,
    "cpt:3": 0.223,
    "cpt:4": 0.5,
    "entropy:0": -0.314,
    "entropy:1": -0.251,
    "entropy:2": 0.435,
    "entropy:3": 0.421,
    "entropy:4": 0.01,
    "entropy:5": 0.125,
    "file:code": -0.167,
    "file:code&base:high": 0.18,
    "file:code&base:low": -0.392,
    "file:code&base:medium": 0.046,
    "file:config": 0.377,
    "file:config&base:high": -7e-3,
    "file:config&base:low": 0.473,
    "file:config&base:medium": -0.089,
    "file:data": 0.139,
    "file:data&base:high": 0.122,
    "file:data&base:medium": 0.014,
    "file:doc": -0.272,
    "file:doc&base:high": 0.222,
    "file:doc&base:low": -0.535,
    "file:doc&base:medium": 0.041,
    "file:noext": 0.145,
    "file:noext&base:low": 0.011,
    "file:noext&base:medium": 0.134,
    "file:other": 0.366,
    "file:other&base:high": 0.01,
    "file:other&base:low": 0.257,
    "file:other&base:medium": 0.099,
    "file:script": -0.136,
    "file:script&base:high": 0.087,
    "file:script&base:low": -0.245,
    "file:script&base:medium": 0.022,
    "file:template": -0.025,
    "file:template&base:low": -0.029,
    "has:digit": -0.047,
    "has:space": -0.36,
    "has:symbol": -0.619,
    "has:upper": 1.066,
    "len:0": -1.143,
    "len:1": -0.106,
    "len:2": 0.709,
    "len:3": 0.65,
    "len:4": 8e-3,
    "len:5": 0.119,
    "len:6": 0.189,
    "line:assertion": -0.637,
    "line:comment": 0.411,
    "line:environment": -0.078,
    "line:user": -0.329,
    "line:where": 0.263,
    "made:marker": -0.352,
    "made:pattern": -0.349,
    "made:placeholder": -0.184,
    "name:camel": -0.234,
    "name:constant": 0.519,
    "name:dotted": -0.167,
    "path:doc-example": -0.033,
    "path:example": -0.035,
    "path:test": -5e-3,
    "quoted": 0.622,
    "rule:assignment": 0.501,
    "rule:config-line": -0.36,
    "rule:slot": 0.275,
    "rule:sql": 0.208,
    "rule:url": -0.197,
    "sep:arrow": 0.131,
    "sep:colon": 0.243,
    "sep:equals": 1.344,
    "sep:other": -0.808,
    "sep:positional": -0.092,
    "sep:space": -0.563,
    "sep:xml": -0.118,
    "shape:base64": -0.137,
    "shape:digits": -0.07,
    "shape:hex": 0.296,
    "shape:letters": 0.517,
    "shape:word-digits": -0.104,
    "unquoted": -0.196,
    "value:echoes-name": -0.987,
    "value:marker": -1.127,
    "word:credential": 0.089,
    "word:key": -0.069,
    "word:other": 0.096,
    "word:password": 0.236,
    "word:secret": -0.709,
    "word:slot": 0.285,
    "word:token": 0.498
  },
  bias: 0.443,
  thresholds: { high: 0.9, medium: 0.71, low: 0.2 },
  trainedOn: "CredData development split, 1104 candidates, 54 repositories"
};

// src/engine/ranker.ts
var DOC_EXTENSIONS = /* @__PURE__ */ new Set(["md", "markdown", "rst", "txt", "adoc", "html", "htm", "org", "tex", "ipynb"]);
var SCRIPT_EXTENSIONS = /* @__PURE__ */ new Set(["sh", "bash", "zsh", "ps1", "psm1", "bat", "cmd", "mk", "makefile"]);
var TEMPLATE_EXTENSIONS = /* @__PURE__ */ new Set(["example", "sample", "dist", "template", "tmpl", "tpl", "default", "j2", "erb"]);
var TEST_PATH = /(?:^|\/)(?:tests?|spec|specs|__tests__|fixtures?|testdata|mocks?)(?:\/|$)|[._-](?:test|spec)s?\.[a-z]+$/i;
var EXAMPLE_PATH = /(?:^|\/)(?:examples?|samples?|demos?|docs?|documentation|tutorials?|quickstart)(?:\/|$)|\bREADME/i;
var EXAMPLE_DOC_PATH = /(?:^|\/)(?:examples?|samples?)\/|(?:^|\/)examples?(?:[-_.]\d+)?\.(?:json|ya?ml)$/i;
var EXAMPLE_DOC_KINDS = /* @__PURE__ */ new Set(["doc", "data"]);
function isDocumentationExample(path) {
  return path !== void 0 && EXAMPLE_DOC_PATH.test(path) && EXAMPLE_DOC_KINDS.has(fileKind(path));
}
var COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|--|;|<!--|REM\b|')/;
var VALUE_MARKERS = /test|example|demo|sample|dummy|fake|changeme|default|secret|passw|admin|root|user|guest|qwerty|12345|abc/i;
function fileKind(path) {
  if (!path) return "none";
  const extension = extensionOf(path) ?? "";
  if (DOC_EXTENSIONS.has(extension)) return "doc";
  if (SCRIPT_EXTENSIONS.has(extension)) return "script";
  if (TEMPLATE_EXTENSIONS.has(extension)) return "template";
  if (extension === "json" || extension === "xml") return "data";
  if (isConfigPath(path)) return "config";
  if (isCodePath(path)) return "code";
  return extension === "" ? "noext" : "other";
}
function bucket(value, edges) {
  let i = 0;
  while (i < edges.length && value >= edges[i]) i++;
  return String(i);
}
function separatorKind(between) {
  const text = between.trim();
  if (text === "") return "space";
  if (/^["'`]?\s*,/.test(text)) return "positional";
  if (/\(\s*$/.test(text)) return "call";
  if (/=>/.test(text)) return "arrow";
  if (/:=|==|!=/.test(text)) return "compare-or-walrus";
  if (/=/.test(text)) return "equals";
  if (/:/.test(text)) return "colon";
  if (/>/.test(text)) return "xml";
  return "other";
}
function wordClass(word) {
  if (!word) return "other";
  if (isPasswordWord(word)) return "password";
  if (/secret/.test(word)) return "secret";
  if (/token|bearer/.test(word)) return "token";
  if (/key/.test(word)) return "key";
  if (/cred/.test(word)) return "credential";
  return "other";
}
function read(input) {
  const secretWord = input.detector === "generic" && input.name ? secretWordOfAssignee(input.name) : void 0;
  const word = input.detector !== "generic" ? "slot" : input.name ? wordClass(secretWord) : "none";
  return { secretWord, word, documentationExample: isDocumentationExample(input.path) };
}
function rankerFeatures(input, reading = read(input)) {
  const { value } = input;
  const { word } = reading;
  const features = [];
  const add = (feature) => features.push(feature);
  const rule = input.ruleId.startsWith("generic-secret-config") ? "config-line" : input.detector === "generic" ? "assignment" : /url/.test(input.ruleId) ? "url" : input.ruleId.startsWith("sql") ? "sql" : "slot";
  add(`rule:${rule}`);
  add(`word:${word}`);
  add(`base:${input.base}`);
  add(`base:${input.base}&word:${word}`);
  if (input.handMade) add(`made:${input.handMade}`);
  add(input.quoted ? "quoted" : "unquoted");
  if (input.detector === "generic") add(`sep:${separatorKind(input.between)}`);
  const kind = fileKind(input.path);
  add(`file:${kind}`);
  add(`file:${kind}&base:${input.base}`);
  if (input.path && TEST_PATH.test(input.path)) add("path:test");
  if (input.path && EXAMPLE_PATH.test(input.path)) add("path:example");
  if (reading.documentationExample) add("path:doc-example");
  if (COMMENT_LINE.test(input.line)) add("line:comment");
  const context = input.line.replace(input.value, " ");
  if (/user(?:name)?|login|account|email/i.test(context)) add("line:user");
  if (/host|url|uri|server|endpoint|database|\bdb\b|jdbc|dsn|port/i.test(context)) add("line:where");
  if (/\b(?:assert|expect|should|eq|equal|toBe|fail)/i.test(context)) add("line:assertion");
  if (/docker|-e |environment|export /i.test(context)) add("line:environment");
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(input.name)) add("name:constant");
  else if (/[a-z][A-Z]/.test(input.name)) add("name:camel");
  if (input.name.includes(".")) add("name:dotted");
  add(`len:${bucket(value.length, [6, 8, 12, 20, 32, 64])}`);
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  const digit = /[0-9]/.test(value);
  const symbol = /[^A-Za-z0-9]/.test(value);
  add(`classes:${Number(lower) + Number(upper) + Number(digit) + Number(symbol)}`);
  if (digit) add("has:digit");
  if (upper) add("has:upper");
  if (symbol) add("has:symbol");
  if (/^[0-9]+$/.test(value)) add("shape:digits");
  else if (/^[A-Za-z]+$/.test(value)) add("shape:letters");
  else if (/^[A-Za-z]+[0-9]+[!@#$%*.]?$/.test(value)) add("shape:word-digits");
  else if (/^[0-9a-f]+$/i.test(value) && value.length >= 16) add("shape:hex");
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && value.length >= 16) add("shape:base64");
  const entropy = shannonEntropy(value);
  add(`entropy:${bucket(entropy, [2.5, 3, 3.5, 4, 4.5])}`);
  if (value.length <= 256 && !/\s/.test(value)) add(`cpt:${bucket(charsPerToken(value), [1.6, 2.2, 3, 4])}`);
  if (/\s/.test(value)) add("has:space");
  if (VALUE_MARKERS.test(value)) add("value:marker");
  if (reading.secretWord && value.toLowerCase().includes(reading.secretWord.slice(0, 4))) add("value:echoes-name");
  return features;
}
function probabilityOf(features, model = RANKER_MODEL) {
  let z = model.bias;
  for (const feature of features) z += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
function rankCandidate(input, model = RANKER_MODEL) {
  const reading = read(input);
  const features = rankerFeatures(input, reading);
  const probability = probabilityOf(features, model);
  const { thresholds } = model;
  let confidence = probability >= thresholds.high ? "high" : probability >= thresholds.medium ? "medium" : probability >= thresholds.low ? "low" : void 0;
  if (input.base !== "low") confidence = input.base;
  else if (confidence === "high") confidence = "medium";
  if (!confidence && input.handMade !== void 0) confidence = "low";
  const weakPassword = input.handMade === "pattern" && input.value.length >= 6 && reading.word === "password";
  const sample = reading.documentationExample && input.detector === "generic";
  if (confidence && (input.handMade !== void 0 && !weakPassword || sample)) confidence = "low";
  const evidence = features.map((feature) => ({ feature, weight: model.weights[feature] ?? 0 })).filter((entry) => entry.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, 4).map((entry) => entry.feature);
  return { confidence, probability, evidence, features };
}

// src/engine/engine.ts
var CONFIDENCE_RANK = { low: 1, medium: 2, high: 3 };
var EVIDENCE = { pattern: "format", value: "slot", generic: "name" };
var LOWER_CONFIDENCE = { high: "medium", medium: "low", low: "low" };
var DIGEST_LABEL = /(?:sha(?:1|224|256|384|512)|md5|blake2[bs]?)[=:-]$/i;
var LONG_LINE = 4096;
var CLIP_BEFORE = 1024;
var CLIP_AFTER = 3072;
var CLIP_AFTER_MULTILINE = 32768;
var Engine = class {
  rules;
  compiled;
  automaton;
  /** Keyword id -> indexes of the rules that keyword gates. */
  keywordRules;
  keywordLengths;
  /**
   * Keyword id -> the exact-case forms that count, when every rule it gates wants its case
   * (`exactKeywords`): a hit in another case is skipped before any rule is looked at.
   */
  keywordForms;
  allowRegexes;
  stopwords;
  ranker;
  constructor(rules, options = {}) {
    this.rules = rules;
    this.compiled = rules.map((rule) => ({
      rule,
      regex: void 0,
      allow: void 0,
      stopwords: rule.stopwords.map((word) => word.toLowerCase()),
      validator: rule.validate ? VALIDATORS[rule.validate] : void 0,
      appliesTo: rule.paths ? createPathMatcher(rule.paths) : void 0,
      before: rule.window?.before ?? 0,
      after: rule.window?.after ?? 0,
      exactForms: rule.exactKeywords ? rule.keywords : void 0,
      requires: rule.requires.map((literal) => literal.toLowerCase()),
      exact: void 0,
      rank: specificityRank(rule)
    }));
    const keywordIds = /* @__PURE__ */ new Map();
    this.keywordRules = [];
    const forms = [];
    rules.forEach((rule, ruleIndex) => {
      for (const keyword of new Set(rule.keywords)) {
        const lower = keyword.toLowerCase();
        let id = keywordIds.get(lower);
        if (id === void 0) {
          id = keywordIds.size;
          keywordIds.set(lower, id);
          this.keywordRules.push([]);
          forms.push(/* @__PURE__ */ new Set());
        }
        const rulesOfKeyword = this.keywordRules[id];
        if (rulesOfKeyword[rulesOfKeyword.length - 1] !== ruleIndex) rulesOfKeyword.push(ruleIndex);
        if (!rule.exactKeywords) forms[id] = null;
        else forms[id]?.add(keyword);
      }
    });
    this.keywordForms = forms.map((set) => set ? [...set] : void 0);
    const keywords = [...keywordIds.keys()];
    this.keywordLengths = keywords.map((k) => k.length);
    this.automaton = new KeywordAutomaton(keywords);
    this.allowRegexes = (options.allowRegexes ?? []).map((source) => new RegExp(source));
    this.stopwords = (options.stopwords ?? []).map((word) => word.toLowerCase());
    this.ranker = options.ranker;
  }
  scanText(text, options = {}) {
    const path = options.path;
    const candidates = this.candidatesIn(text, path);
    const joined = joinContinuations(text);
    if (joined) {
      for (const c of this.candidatesIn(joined.text, path)) {
        if (!joined.crossesJoin(c.from, c.end)) continue;
        c.value = joined.text.slice(c.start, c.end);
        c.start = joined.toOriginal(c.start);
        c.end = joined.toOriginal(c.end - 1) + 1;
        candidates.push(c);
      }
    }
    if (candidates.length === 0) return [];
    return this.toFindings(text, resolveOverlaps(candidates), options);
  }
  candidatesIn(text, path) {
    const candidates = [];
    const windowsByRule = this.collectWindows(text, path);
    windowsByRule.forEach((windows, ruleIndex) => {
      const compiled = this.compiled[ruleIndex];
      for (const window of windows) this.matchWindow(text, window, compiled, path, candidates);
    });
    return candidates;
  }
  /**
   * One Aho-Corasick pass; for every rule with a keyword hit, the merged line windows its
   * regex will see. Hits already inside the current window cost nothing more.
   */
  collectWindows(text, path, everyPath = false) {
    const windowsByRule = /* @__PURE__ */ new Map();
    const pathChecked = /* @__PURE__ */ new Map();
    const lineCache = { start: -1, end: -1 };
    this.automaton.scan(text, (keyword, end) => {
      const start = end - this.keywordLengths[keyword];
      const exactForms = this.keywordForms[keyword];
      if (exactForms !== void 0 && !exactForms.some((form) => text.startsWith(form, start))) return;
      for (const ruleIndex of this.keywordRules[keyword]) {
        const compiled = this.compiled[ruleIndex];
        if (exactForms === void 0 && compiled.exactForms && !compiled.exactForms.some((form) => text.startsWith(form, start))) continue;
        if (compiled.appliesTo && !everyPath) {
          let applies = pathChecked.get(ruleIndex);
          if (applies === void 0) {
            applies = path !== void 0 && compiled.appliesTo(path);
            pathChecked.set(ruleIndex, applies);
          }
          if (!applies) continue;
        }
        let windows = windowsByRule.get(ruleIndex);
        const last = windows?.[windows.length - 1];
        if (last && start >= last.start && end <= last.end) continue;
        const window = windowAround(text, start, end, compiled.before, compiled.after, lineCache);
        if (!windows) {
          windows = [];
          windowsByRule.set(ruleIndex, windows);
        }
        if (last && window.start <= last.end) {
          if (window.end > last.end) {
            last.end = window.end;
            last.clippedEnd = window.clippedEnd;
          }
        } else {
          windows.push(window);
        }
      }
    });
    return windowsByRule;
  }
  matchWindow(text, window, compiled, path, out) {
    const slice = text.slice(window.start, window.end);
    if (compiled.requires.length > 0 && !requirementsMet(slice, compiled.requires)) return;
    rawMatches(slice, window, compiled, (start, end, nameAt) => {
      const judgement = this.judge(text, start, end, nameAt, compiled, path);
      if (judgement) out.push({ compiled, from: nameAt, start, end, ...judgement });
    });
  }
  /**
   * Every span some rule's regex captures in `text[from, to)`, ungated: no path rule, filter,
   * entropy, validator, allow list or confidence threshold. The snippet redactor masks these,
   * so a value the engine saw on a shown line but did not report is never printed.
   */
  secretShapedSpans(text, from = 0, to = text.length) {
    const region = text.slice(from, to);
    const spans = [];
    this.collectWindows(region, void 0, true).forEach((windows, ruleIndex) => {
      const compiled = this.compiled[ruleIndex];
      for (const window of windows) {
        rawMatches(region.slice(window.start, window.end), window, compiled, (start, end) => spans.push({ start: from + start, end: from + end }));
      }
    });
    return spans;
  }
  /**
   * The gates a captured secret must pass; returns its confidence, or undefined to drop it. The
   * filters' verdict comes first: certainly-not-secrets are dropped, hand-made values (which
   * have low entropy by construction, so the entropy gate does not apply) end at `low`.
   */
  judge(text, start, end, nameAt, compiled, path) {
    const { rule } = compiled;
    const secret = text.slice(start, end);
    if (DIGEST_LABEL.test(text.slice(Math.max(0, start - 8), start))) return void 0;
    const name = rule.detector === "generic" ? identifierAround(text, nameAt) : "";
    const evidence = rule.detector === "generic" && namesPassword(name) ? "password" : EVIDENCE[rule.detector];
    let verdict = filterVerdict(secret, evidence);
    if (verdict?.action === "drop") return void 0;
    if ((verdict?.reason === "repeat" || verdict?.reason === "marker") && compiled.validator?.provesStructure && compiled.validator.check(secret)) {
      verdict = void 0;
    }
    const handMade = verdict !== void 0;
    if (!handMade && rule.entropy !== void 0 && shannonEntropy(secret) < rule.entropy) return void 0;
    let confidence = rule.confidence;
    if (compiled.validator) {
      if (!compiled.validator.check(secret)) {
        if (compiled.validator.edited?.(secret)) confidence = "low";
        else if (compiled.validator.onFail === "drop") return void 0;
        else confidence = compiled.validator.onFail === "low" ? "low" : LOWER_CONFIDENCE[confidence];
      } else if (compiled.validator.weak?.(secret)) {
        confidence = "low";
      }
    }
    compiled.allow ??= rule.allow.map((source) => new RegExp(source, rule.flags ?? ""));
    if (compiled.allow.some((regex) => regex.test(secret)) || this.allowRegexes.some((regex) => regex.test(secret))) return void 0;
    if (compiled.stopwords.length > 0 || this.stopwords.length > 0) {
      const lower = secret.toLowerCase();
      if (compiled.stopwords.some((w) => lower.includes(w)) || this.stopwords.some((w) => lower.includes(w))) return void 0;
    }
    const quote = text[start - 1];
    const quoted = (quote === '"' || quote === "'" || quote === "`") && text[end] === quote;
    let between = "";
    if (rule.detector === "generic") {
      const nameStart = text.lastIndexOf(name, nameAt);
      const before = text.slice(Math.max(0, nameStart - 40), nameStart);
      const lineEnd2 = text.indexOf("\n", end);
      const after = text.slice(end, Math.min(lineEnd2 === -1 ? text.length : lineEnd2, end + 40));
      between = text.slice(nameStart + name.length, start);
      const generic = scoreGenericSecret({ name, before, between, value: secret, after, quoted, quote: quoted ? quote : void 0, path });
      if (!generic) return void 0;
      if (CONFIDENCE_RANK[generic] < CONFIDENCE_RANK[confidence]) confidence = generic;
    } else if (rule.detector === "value" && !handMade) {
      const slotScore = scoreSlotValue(secret);
      if (!slotScore) return void 0;
      const scored = slotScore === "low" ? rule.weakValues : slotScore;
      if (CONFIDENCE_RANK[scored] < CONFIDENCE_RANK[confidence]) confidence = scored;
    }
    let offFormat = false;
    if (rule.exact !== void 0) {
      compiled.exact ??= new RegExp(`^(?:${rule.exact})$`, rule.flags ?? "");
      offFormat = !compiled.exact.test(secret);
      if (offFormat) confidence = "low";
    }
    if (handMade) confidence = "low";
    if (rule.detector === "value" && confidence !== "high" && isDocumentationExample(path)) return { confidence: "low", offFormat };
    if (rule.detector === "pattern" || this.ranker === false) return { confidence, offFormat };
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", end);
    const line = text.slice(Math.max(lineStart, start - 200), Math.min(lineEnd === -1 ? text.length : lineEnd, end + 200));
    const ranked = rankCandidate(
      { detector: rule.detector, ruleId: rule.id, value: secret, name, quoted, between, path, line, base: confidence, handMade: verdict?.reason },
      this.ranker
    );
    if (!ranked.confidence) return void 0;
    const ceiling = CONFIDENCE_RANK[ranked.confidence] > CONFIDENCE_RANK[rule.confidence] ? rule.confidence : ranked.confidence;
    return { confidence: ceiling, offFormat, ranked: { probability: ranked.probability, evidence: ranked.evidence, features: ranked.features } };
  }
  toFindings(text, candidates, options) {
    const minRank = CONFIDENCE_RANK[options.minConfidence ?? "medium"];
    const lines = new LineIndex(text);
    const checkInlineAllow = text.includes(INLINE_ALLOW);
    const shouldRedact = options.redact ?? true;
    const kept = candidates.filter((c) => {
      if (CONFIDENCE_RANK[c.confidence] < minRank) return false;
      return !(checkInlineAllow && isAllowedInline(text, lines, c.start));
    });
    const byLine = /* @__PURE__ */ new Map();
    for (const c of kept) {
      const line = lines.lineOf(c.start);
      const group = byLine.get(line);
      if (group) group.push(c);
      else byLine.set(line, [c]);
    }
    const seenOnLine = /* @__PURE__ */ new Map();
    const secretShapedOn = (line, group) => {
      let spans = seenOnLine.get(line);
      if (!spans) {
        const reach = secretShapedReach(lines, line, { start: group[0].start, end: group[group.length - 1].end });
        spans = this.secretShapedSpans(text, reach.start, reach.end);
        seenOnLine.set(line, spans);
      }
      return spans;
    };
    return kept.map((c) => {
      const { rule } = c.compiled;
      const secret = c.value ?? text.slice(c.start, c.end);
      const from = lines.position(c.start);
      const to = lines.position(c.end);
      const finding = {
        ruleId: rule.id,
        message: rule.description,
        severity: rule.severity,
        confidence: c.confidence,
        file: options.path ?? "",
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        secret: shouldRedact ? redact(secret) : secret,
        fingerprint: fingerprintOf(rule.id, secret),
        origin: options.origin ?? "text",
        snippet: snippetFor(text, lines, from.line - 1, c, byLine.get(from.line - 1) ?? [c], secretShapedOn(from.line - 1, byLine.get(from.line - 1) ?? [c]))
      };
      if (rule.tags.length > 0) finding.tags = rule.tags;
      if (c.ranked) {
        finding.details = { probability: Math.round(c.ranked.probability * 1e3) / 1e3, evidence: c.ranked.evidence };
        if (options.explain) finding.details["features"] = c.ranked.features;
      }
      return finding;
    });
  }
};
function rawMatches(slice, window, compiled, onMatch) {
  const regex = compiled.regex ??= new RegExp(compiled.rule.regex, `${compiled.rule.flags ?? ""}gd`);
  regex.lastIndex = 0;
  let match;
  while ((match = regex.exec(slice)) !== null) {
    if (match[0] === "") {
      regex.lastIndex += 1;
      continue;
    }
    if (window.clippedStart && match.index === 0 || window.clippedEnd && match.index + match[0].length === slice.length) continue;
    const groups = match.indices?.groups;
    const span = groups ? groups["secret"] ?? groups["secret2"] : match.indices?.[1] ?? match.indices?.[0];
    if (!span) continue;
    const start = window.start + span[0];
    const end = window.start + span[1];
    if (end <= start) continue;
    const nameSpan = groups?.["name"] ?? groups?.["name2"];
    onMatch(start, end, window.start + (nameSpan ? nameSpan[0] : match.index));
  }
}
function requirementsMet(slice, requires) {
  let lower;
  for (const literal of requires) {
    if (!/[a-z]/.test(literal)) {
      if (!slice.includes(literal)) return false;
    } else if (!(lower ??= slice.toLowerCase()).includes(literal)) {
      return false;
    }
  }
  return true;
}
function lineAround(text, start, end, cache) {
  if (start >= cache.start && end <= cache.end) return cache;
  cache.start = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  cache.end = lineEnd === -1 ? text.length : lineEnd;
  return cache;
}
function windowAround(text, start, end, before, after, cache) {
  const line = lineAround(text, start, end, cache);
  let lineStart = line.start;
  for (let n = 0; n < before && lineStart > 0; n++) lineStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  let lineEnd = line.end;
  for (let n = 0; n < after && lineEnd < text.length; n++) {
    const next = text.indexOf("\n", lineEnd + 1);
    lineEnd = next === -1 ? text.length : next;
  }
  const window = { start: lineStart, end: lineEnd, clippedStart: false, clippedEnd: false };
  if (lineEnd - lineStart > LONG_LINE) {
    const clipAfter = after > 0 ? CLIP_AFTER_MULTILINE : CLIP_AFTER;
    if (start - lineStart > CLIP_BEFORE) {
      window.start = start - CLIP_BEFORE;
      window.clippedStart = true;
    }
    if (lineEnd - end > clipAfter) {
      window.end = end + clipAfter;
      window.clippedEnd = true;
    }
  }
  return window;
}
function identifierAround(text, at) {
  const isNameChar = (code) => code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 45 || code === 46;
  let from = at;
  while (from > 0 && isNameChar(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < text.length && isNameChar(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}
var FORMAT_RANK = 512;
var DETECTOR_RANK = { pattern: FORMAT_RANK, value: FORMAT_RANK / 2, generic: 0 };
function specificityRank(rule) {
  const keyword = Math.min(63, Math.max(...rule.keywords.map((k) => k.length)));
  return (rule.priority + 10) * 1024 + DETECTOR_RANK[rule.detector] + keyword * 4;
}
function outranks(a, b) {
  if (a.offFormat || b.offFormat) {
    if (a.compiled.rule.priority !== b.compiled.rule.priority) return a.compiled.rule.priority > b.compiled.rule.priority;
    const onFormat = (c) => c.compiled.rule.detector === "pattern" && !c.offFormat;
    if (onFormat(a) !== onFormat(b)) return onFormat(a);
    if (a.confidence !== b.confidence) return CONFIDENCE_RANK[a.confidence] > CONFIDENCE_RANK[b.confidence];
    const isPattern = (c) => c.compiled.rule.detector === "pattern";
    if (isPattern(a) !== isPattern(b)) return isPattern(a);
  }
  const isGeneric = (c) => c.compiled.rule.detector === "generic";
  if (isGeneric(a) !== isGeneric(b)) return isGeneric(b);
  return a.compiled.rank + CONFIDENCE_RANK[a.confidence] > b.compiled.rank + CONFIDENCE_RANK[b.confidence];
}
function resolveOverlaps(candidates) {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const candidate of candidates) {
    let dominated = false;
    for (let i = kept.length - 1; i >= 0; i--) {
      const other = kept[i];
      if (other.end <= candidate.start) break;
      if (!outranks(candidate, other)) {
        dominated = true;
        break;
      }
      kept.splice(i, 1);
    }
    if (!dominated) kept.push(candidate);
  }
  return kept;
}

// src/sources/file-scanner.ts
import { createHash as createHash2 } from "node:crypto";

// src/sources/decode.ts
var BINARY_SNIFF_BYTES = 8192;
var MIN_NUL_SHARE = 0.3;
var utf8 = new TextDecoder("utf-8");
var utf16le = new TextDecoder("utf-16le");
function sniffEncoding(bytes) {
  if (bytes.length >= 2) {
    if (bytes[0] === 255 && bytes[1] === 254) return bytes[2] === 0 && bytes[3] === 0 ? "binary" : "utf-16le";
    if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  }
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  if (bytes.subarray(0, end).indexOf(0) === -1) return "utf-8";
  let evenNuls = 0;
  let oddNuls = 0;
  const units = end >> 1;
  for (let i = 0; i + 1 < end; i += 2) {
    const even = bytes[i] === 0;
    const odd = bytes[i + 1] === 0;
    if (even && odd) return "binary";
    if (even) evenNuls++;
    else if (odd) oddNuls++;
  }
  if (evenNuls === 0 && oddNuls >= units * MIN_NUL_SHARE) return "utf-16le";
  if (oddNuls === 0 && evenNuls >= units * MIN_NUL_SHARE) return "utf-16be";
  return "binary";
}
function decodeAs(bytes, encoding) {
  if (encoding === "utf-8") return utf8.decode(bytes);
  if (encoding === "utf-16le") return utf16le.decode(bytes);
  const even = bytes.length & ~1;
  const swapped = Buffer.from(bytes.subarray(0, even));
  swapped.swap16();
  return utf16le.decode(swapped) + (even < bytes.length ? "\uFFFD" : "");
}
function decodeBytes(bytes) {
  const encoding = sniffEncoding(bytes);
  if (encoding === "binary") return void 0;
  return { text: decodeAs(bytes, encoding), encoding };
}

// src/sources/archive/archive.ts
import { gunzipSync } from "node:zlib";

// src/sources/archive/entry.ts
var ArchiveFormatError = class extends Error {
};

// src/sources/archive/tar.ts
var BLOCK = 512;
function* tarEntries(bytes, maxEntryBytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  let longName;
  let paxPath;
  while (offset + BLOCK <= buffer.length) {
    const header = buffer.subarray(offset, offset + BLOCK);
    if (isZeroBlock(header)) return;
    if (!checksumMatches(header)) throw new ArchiveFormatError(`not a tar archive (bad header checksum at byte ${offset})`);
    const size = readSize(header);
    const type = String.fromCharCode(header[156]);
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > buffer.length) throw new ArchiveFormatError("truncated tar archive");
    const data = buffer.subarray(dataStart, dataEnd);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "L") {
      longName = cString(data, 0, data.length);
      continue;
    }
    if (type === "x") {
      paxPath = paxRecord(data, "path");
      continue;
    }
    if (type === "g") continue;
    const name = paxPath ?? longName ?? headerName(header);
    longName = void 0;
    paxPath = void 0;
    if (type !== "0" && type !== "\0" && type !== "7") continue;
    yield size > maxEntryBytes() ? { name, skip: `${size} bytes`, tooLarge: true } : { name, data };
  }
}
function isZeroBlock(block) {
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) return false;
  return true;
}
function checksumMatches(header) {
  const stored = parseInt(cString(header, 148, 8).trim() || "x", 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
  return stored === sum;
}
function readSize(header) {
  if (header[124] & 128) {
    let size2 = 0;
    for (let i = 125; i < 136; i++) size2 = size2 * 256 + header[i];
    return size2;
  }
  const size = parseInt(cString(header, 124, 12).trim() || "0", 8);
  if (!Number.isFinite(size) || size < 0) throw new ArchiveFormatError("bad tar entry size");
  return size;
}
function headerName(header) {
  const name = cString(header, 0, 100);
  const isUstar = header.toString("latin1", 257, 262) === "ustar";
  const prefix = isUstar ? cString(header, 345, 155) : "";
  return prefix ? `${prefix}/${name}` : name;
}
function cString(buffer, start, length) {
  const end = buffer.indexOf(0, start);
  return buffer.toString("utf8", start, end === -1 || end > start + length ? start + length : end);
}
function paxRecord(data, key) {
  let offset = 0;
  let value;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space === -1) break;
    const length = Number(data.toString("latin1", offset, space));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = data.toString("utf8", space + 1, offset + length - 1);
    const equals = record.indexOf("=");
    if (record.slice(0, equals) === key) value = record.slice(equals + 1);
    offset += length;
  }
  return value;
}

// src/sources/archive/zip.ts
import { inflateRawSync } from "node:zlib";
var END_RECORD = 101010256;
var CENTRAL_HEADER = 33639248;
var LOCAL_HEADER = 67324752;
var END_RECORD_SIZE = 22;
var MAX_COMMENT = 65535;
function* zipEntries(bytes, maxEntryBytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(buffer);
  const count2 = buffer.readUInt16LE(end + 10);
  const directoryOffset = buffer.readUInt32LE(end + 16);
  if (count2 === 65535 || directoryOffset === 4294967295) throw new ArchiveFormatError("ZIP64 archives are not supported");
  let offset = directoryOffset;
  for (let i = 0; i < count2; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_HEADER) throw new ArchiveFormatError("damaged zip central directory");
    const flags = buffer.readUInt16LE(offset + 8);
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString(flags & 2048 ? "utf8" : "latin1", offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    if (flags & 1) {
      yield { name, skip: "encrypted" };
      continue;
    }
    const limit = maxEntryBytes();
    if (size > limit) {
      yield { name, skip: `${size} bytes`, tooLarge: true };
      continue;
    }
    const data = localData(buffer, localOffset, compressedSize);
    if (method === 0) yield { name, data };
    else if (method === 8) yield inflate(name, data, limit);
    else yield { name, skip: `compression method ${method} is not supported` };
  }
}
function inflate(name, data, limit) {
  try {
    return { name, data: inflateRawSync(data, { maxOutputLength: Math.max(1, limit) }) };
  } catch (error) {
    const code = error.code;
    if (code === "ERR_BUFFER_TOO_LARGE") return { name, skip: "inflates past the size limit", tooLarge: true };
    return { name, skip: `damaged entry (${code ?? error.message})` };
  }
}
function findEndRecord(buffer) {
  const lowest = Math.max(0, buffer.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = buffer.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === END_RECORD) return at;
  }
  throw new ArchiveFormatError("not a zip archive (no end of central directory)");
}
function localData(buffer, localOffset, compressedSize) {
  if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new ArchiveFormatError("damaged zip entry header");
  const start = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
  if (start + compressedSize > buffer.length) throw new ArchiveFormatError("truncated zip archive");
  return buffer.subarray(start, start + compressedSize);
}

// src/sources/archive/archive.ts
var DEFAULT_ARCHIVE_TOTAL_BYTES = 256 * 1024 * 1024;
function archiveKind(name) {
  const lower = name.toLowerCase();
  if (lower.endsWith(".zip") || lower.endsWith(".jar")) return "zip";
  if (lower.endsWith(".tar")) return "tar";
  if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) return "tar.gz";
  if (lower.endsWith(".gz")) return "gz";
  return void 0;
}
function* archiveItems(bytes, name, limits) {
  const kind = archiveKind(name);
  if (!kind || limits.maxDepth < 1) return;
  const budget = { bytes: limits.maxTotalBytes, entries: limits.maxEntries, exhausted: false };
  yield* open(bytes, kind, name, "", 1, limits, budget);
}
function* open(bytes, kind, name, prefix, depth, limits, budget) {
  const self = prefix.replace(/!$/, "");
  try {
    for (const entry of entries(bytes, kind, name, limits, budget)) {
      if (budget.exhausted) break;
      if (--budget.entries < 0) {
        budget.exhausted = true;
        yield { path: "", skip: { reason: "too-large", detail: `holds more than ${limits.maxEntries} entries; the rest is not scanned` } };
        return;
      }
      const path = prefix + entry.name;
      if ("skip" in entry) {
        const overBudget = entry.tooLarge && budget.bytes < limits.maxEntryBytes;
        const detail = overBudget ? `${entry.skip}: past the ${limits.maxTotalBytes} bytes one archive may expand to` : entry.skip;
        yield { path, skip: { reason: entry.tooLarge ? "too-large" : "unreadable", detail } };
        continue;
      }
      budget.bytes -= entry.data.length;
      const inner = archiveKind(entry.name);
      if (!inner) {
        yield { path, data: entry.data };
      } else if (depth < limits.maxDepth) {
        yield* open(entry.data, inner, entry.name, `${path}!`, depth + 1, limits, budget);
      } else {
        yield { path, skip: { reason: "too-large", detail: `an archive nested deeper than --max-archive-depth ${limits.maxDepth}` } };
      }
    }
  } catch (error) {
    if (!(error instanceof ArchiveFormatError)) throw error;
    yield { path: self, skip: { reason: "unreadable", detail: error.message } };
  }
}
function entryLimit(limits, budget) {
  return Math.max(0, Math.min(limits.maxEntryBytes, budget.bytes));
}
function* entries(bytes, kind, name, limits, budget) {
  const limit = () => entryLimit(limits, budget);
  if (kind === "zip") {
    yield* zipEntries(bytes, limit);
    return;
  }
  if (kind === "tar") {
    yield* tarEntries(bytes, limit);
    return;
  }
  const unzipped = gunzip(bytes, kind === "tar.gz" ? Math.max(0, budget.bytes) : limit());
  if ("skip" in unzipped) {
    yield { name: innerName(name), ...unzipped };
    return;
  }
  if (kind === "tar.gz") yield* tarEntries(unzipped.data, limit);
  else yield { name: innerName(name), data: unzipped.data };
}
function gunzip(bytes, limit) {
  try {
    return { data: gunzipSync(bytes, { maxOutputLength: Math.max(1, limit) }) };
  } catch (error) {
    const code = error.code;
    if (code === "ERR_BUFFER_TOO_LARGE") return { skip: "decompresses past the size limit", tooLarge: true };
    throw new ArchiveFormatError(`not a gzip file (${code ?? error.message})`);
  }
}
function innerName(name) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  return base.replace(/\.gz$/i, "") || base;
}

// src/sources/archive/texts.ts
function opensAsArchive(name, options) {
  return options !== void 0 && options.maxDepth > 0 && archiveKind(name) !== void 0;
}
function* archiveTexts(bytes, displayPath, rulePath, options, maxFileSize) {
  for (const item of archiveItems(bytes, displayPath, { ...options, maxEntryBytes: maxFileSize })) {
    const file = item.path ? `${displayPath}!${item.path}` : displayPath;
    if ("skip" in item) {
      yield { skip: { file, ...item.skip } };
      continue;
    }
    const decoded = decodeBytes(item.data);
    if (!decoded) continue;
    yield { file, rulePath: `${rulePath}/${item.path.replaceAll("!", "/")}`, text: decoded.text, bytes: item.data.length };
  }
}

// src/sources/read.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { constants as bufferConstants } from "node:buffer";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
function specialFileKind(stat) {
  if (stat.isFile()) return void 0;
  if (stat.isFIFO()) return "a named pipe (FIFO), never opened";
  if (stat.isSocket()) return "a socket, never opened";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device, never read";
  return "not a regular file";
}
function openRegularFile(path, maxFileSize) {
  let fd;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const kind = safeKind(path);
    return { skip: { reason: "unreadable", detail: kind ?? errorCode(error) } };
  }
  let skip;
  try {
    const stat = fstatSync(fd);
    const kind = specialFileKind(stat);
    if (kind) skip = { reason: "unreadable", detail: kind };
    else if (stat.size > maxFileSize) skip = { reason: "too-large", detail: `${stat.size} bytes` };
    else return { fd, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (error) {
    skip = { reason: "unreadable", detail: errorCode(error) };
  }
  closeSync(fd);
  return { skip };
}
function safeKind(path) {
  try {
    return specialFileKind(lstatSync(path));
  } catch {
    return void 0;
  }
}
function readAt(fd, buffer, position) {
  let read2 = 0;
  while (read2 < buffer.length) {
    const n = readSync(fd, buffer, read2, buffer.length - read2, position + read2);
    if (n === 0) break;
    read2 += n;
  }
  return read2;
}
function readFileBytes(path, maxFileSize) {
  const opened = openRegularFile(path, maxFileSize);
  if ("skip" in opened) return opened;
  try {
    return { bytes: readWhole(opened.fd, opened.size), mtimeMs: opened.mtimeMs };
  } catch (error) {
    return { skip: { reason: "unreadable", detail: errorCode(error) } };
  } finally {
    closeSync(opened.fd);
  }
}
function readWhole(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  return buffer.subarray(0, readAt(fd, buffer, 0));
}
var SCRATCH_LIMIT = 8 * 1024 * 1024;
var scratch = Buffer.allocUnsafe(0);
function readWholeToDecode(fd, size) {
  if (size > SCRATCH_LIMIT) return readWhole(fd, size);
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.min(SCRATCH_LIMIT, Math.max(size, 2 * scratch.length, 64 * 1024)));
  return scratch.subarray(0, readAt(fd, scratch.subarray(0, size), 0));
}
var DEFAULT_CHUNKING = {
  chunkBytes: 32 * 1024 * 1024,
  overlapBytes: 256 * 1024,
  wholeUpTo: Math.min(bufferConstants.MAX_STRING_LENGTH, 128 * 1024 * 1024)
};
var LF = 10;
function readTextInChunks(path, maxFileSize, onText, chunking = DEFAULT_CHUNKING) {
  const opened = openRegularFile(path, maxFileSize);
  if ("skip" in opened) return opened;
  const { fd, size, mtimeMs } = opened;
  try {
    if (size <= chunking.wholeUpTo) {
      const bytes = readWholeToDecode(fd, size);
      const decoded = decodeBytes(bytes);
      if (!decoded) return { skip: { reason: "binary" } };
      onText({ text: decoded.text, lineOffset: 0, ownedLines: [1, Number.MAX_SAFE_INTEGER] });
      return { bytes: bytes.length, mtimeMs };
    }
    const head = Buffer.allocUnsafe(Math.min(size, BINARY_SNIFF_BYTES));
    const encoding = sniffEncoding(head.subarray(0, readAt(fd, head, 0)));
    if (encoding === "binary") return { skip: { reason: "binary" } };
    if (encoding !== "utf-8") {
      if (size / 2 > bufferConstants.MAX_STRING_LENGTH) {
        return { skip: { reason: "too-large", detail: `${size} bytes of ${encoding.toUpperCase()}: more than one string can hold` } };
      }
      const bytes = readWholeToDecode(fd, size);
      onText({ text: decodeAs(bytes, encoding), lineOffset: 0, ownedLines: [1, Number.MAX_SAFE_INTEGER] });
      return { bytes: bytes.length, mtimeMs };
    }
    scanChunks(fd, size, chunking, onText);
    return { bytes: size, mtimeMs };
  } catch (error) {
    return { skip: { reason: "unreadable", detail: errorCode(error) } };
  } finally {
    closeSync(fd);
  }
}
function scanChunks(fd, size, chunking, onText) {
  const { chunkBytes, overlapBytes } = chunking;
  let ownStart = 0;
  let breaksBeforeOwn = 0;
  let atLineStart = true;
  while (ownStart < size) {
    const atEnd = ownStart + chunkBytes >= size;
    const lineStart = atEnd ? size : nextLineStart(fd, ownStart + chunkBytes, size, chunkBytes);
    const ownEnd = lineStart === -1 ? ownStart + chunkBytes : lineStart;
    const readStart = atLineStart ? Math.max(0, ownStart - overlapBytes) : ownStart;
    const buffer = Buffer.allocUnsafe(Math.min(size, ownEnd + overlapBytes) - readStart);
    const bytes = buffer.subarray(0, readAt(fd, buffer, readStart));
    const from = readStart === ownStart ? 0 : bytes.indexOf(LF) + 1;
    const breaksBeforeOwnInText = countLines(bytes, from, ownStart - readStart);
    const breaksOwned = countLines(bytes, ownStart - readStart, ownEnd - readStart);
    const firstOwned = 1 + breaksBeforeOwnInText;
    onText({
      text: decodeAs(bytes.subarray(from), "utf-8"),
      lineOffset: breaksBeforeOwn - breaksBeforeOwnInText,
      ownedLines: [firstOwned, ownEnd >= size ? Number.MAX_SAFE_INTEGER : firstOwned + breaksOwned]
    });
    breaksBeforeOwn += breaksOwned;
    atLineStart = lineStart !== -1;
    ownStart = ownEnd;
  }
}
function nextLineStart(fd, position, size, limit) {
  const block = Buffer.allocUnsafe(64 * 1024);
  for (let at = position - 1; at < Math.min(size, position + limit); at += block.length) {
    const n = readAt(fd, block, at);
    const lf = block.subarray(0, n).indexOf(LF);
    if (lf !== -1) return at + lf + 1;
    if (at + n >= size) return size;
  }
  return -1;
}
function countLines(bytes, start, end) {
  let count2 = 0;
  for (let i = bytes.indexOf(LF, start); i !== -1 && i < end; i = bytes.indexOf(LF, i + 1)) count2++;
  return count2;
}
function errorCode(error) {
  const code = error.code;
  return code ?? error.message;
}

// src/sources/file-scanner.ts
function contentHash(text) {
  return createHash2("sha1").update(text).digest("base64");
}
function scanFileBatch(engine2, tasks, options) {
  const result = { findings: [], skipped: [], files: 0, bytes: 0 };
  for (const task of tasks) {
    const path = task.pathBytes ? Buffer.from(task.pathBytes.buffer, task.pathBytes.byteOffset, task.pathBytes.byteLength) : task.absolutePath;
    if (opensAsArchive(task.displayPath, options.archives)) {
      scanArchive(engine2, path, task, options, options.archives, result);
      continue;
    }
    let hash;
    let unchanged = false;
    const read2 = readTextInChunks(
      path,
      options.maxFileSize,
      (chunk) => {
        if (options.record && chunk.lineOffset === 0 && chunk.ownedLines[1] === Number.MAX_SAFE_INTEGER) {
          hash = contentHash(chunk.text);
          unchanged = hash === task.knownHash;
          if (unchanged) return;
        }
        for (const finding of scanChunk(engine2, chunk, task, options)) result.findings.push(finding);
      },
      options.chunking ?? DEFAULT_CHUNKING
    );
    if ("skip" in read2) {
      result.skipped.push({ file: task.displayPath, ...read2.skip });
      continue;
    }
    result.files += 1;
    result.bytes += read2.bytes;
    if (hash !== void 0) {
      (result.records ??= []).push({ absolutePath: task.absolutePath, displayPath: task.displayPath, bytes: read2.bytes, mtimeMs: read2.mtimeMs, hash, unchanged });
    }
  }
  return result;
}
function scanArchive(engine2, path, task, options, archives, result) {
  const read2 = readFileBytes(path, options.maxFileSize);
  if ("skip" in read2) {
    result.skipped.push({ file: task.displayPath, ...read2.skip });
    return;
  }
  result.files += 1;
  for (const entry of archiveTexts(read2.bytes, task.displayPath, task.rulePath ?? task.displayPath, archives, options.maxFileSize)) {
    if ("skip" in entry) {
      result.skipped.push(entry.skip);
      continue;
    }
    result.bytes += entry.bytes;
    const entryTask = { absolutePath: task.absolutePath, displayPath: entry.file, rulePath: entry.rulePath };
    for (const finding of scanChunk(engine2, { text: entry.text, lineOffset: 0, ownedLines: [1, Number.MAX_SAFE_INTEGER] }, entryTask, options)) result.findings.push(finding);
  }
}
function scanChunk(engine2, chunk, task, options) {
  const findings = engine2.scanText(chunk.text, {
    path: task.rulePath ?? task.displayPath,
    origin: options.origin,
    redact: options.redact,
    minConfidence: options.minConfidence
  });
  const [from, to] = chunk.ownedLines;
  const kept = [];
  for (const finding of findings) {
    if (finding.line < from || finding.line >= to) continue;
    finding.file = task.displayPath;
    finding.line += chunk.lineOffset;
    finding.endLine += chunk.lineOffset;
    kept.push(finding);
  }
  return kept;
}

// src/sources/worker-pool.ts
import { parentPort, Worker } from "node:worker_threads";

// src/errors.ts
var LeakgateError = class extends Error {
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
    this.name = "LeakgateError";
  }
  exitCode;
};

// src/sources/worker-pool.ts
function serveRequests(handle) {
  const port = parentPort;
  if (!port) throw new Error("serveRequests must run in a worker thread");
  let chain = Promise.resolve();
  port.on("message", (message) => {
    chain = chain.then(async () => {
      try {
        const result = await handle(message.request);
        port.postMessage({ id: message.id, result });
      } catch (error) {
        const reply = { id: message.id, error: error.stack ?? String(error) };
        if (error instanceof LeakgateError) reply.userError = error.message;
        port.postMessage(reply);
      }
    });
  });
}

// src/sources/scan-worker.ts
var setup = workerData;
var engine = new Engine(setup.rules, { allowRegexes: setup.allow.regexes, stopwords: setup.allow.stopwords });
serveRequests((tasks) => scanFileBatch(engine, tasks, setup.scan));
