// src/render/neutralise.ts
var NAME_MAX = 200;
var TEXT_MAX = 2e3;
var LINE_MAX = 1e4;
var ZWSP = "​";
var ELLIPSIS = "…";
var ESCAPED_CLASS = "\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff";
var ESCAPED = new RegExp(`[${ESCAPED_CLASS}]`, "u");
var ESCAPED_NO_TAB = new RegExp(
  `[${ESCAPED_CLASS.replace("\\u0000-\\u001f", "\\u0000-\\u0008\\u000a-\\u001f")}]`,
  "u"
);
var SPACE = "[ \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff]";
var LEADING_COMMAND = new RegExp(`^(${SPACE}*)::`, "u");
var LEADING_COMMAND_TAB = new RegExp(`^((?:${SPACE}|\\t)*)::`, "u");
var OLD_COMMAND = /##\[/g;
var SGR = /\u001b\[[0-9;]*m/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeChar(ch) {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0);
  return `\\u${code.toString(16).padStart(4, "0")}`;
}
function render(s, keepTabs) {
  const out = [];
  const escaped = keepTabs ? ESCAPED_NO_TAB : ESCAPED;
  for (const ch of s) out.push(escaped.test(ch) ? escapeChar(ch) : ch);
  return out;
}
function inert(s, keepTabs) {
  return s.replace(OLD_COMMAND, `#${ZWSP}#[`).replace(keepTabs ? LEADING_COMMAND_TAB : LEADING_COMMAND, `$1${ZWSP}::`);
}
function pieceLength(p) {
  return p.length > 1 && p.charCodeAt(0) === 92 ? p.length : 1;
}
function lengthOf(pieces) {
  let n = 0;
  for (const p of pieces) n += pieceLength(p);
  return n;
}
function take(pieces, budget, fromEnd) {
  const out = [];
  let n = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[fromEnd ? pieces.length - 1 - i : i];
    const len = pieceLength(p);
    if (n + len > budget) break;
    out.push(p);
    n += len;
  }
  if (fromEnd) out.reverse();
  return out.join("");
}
function neutralise(s, opts = {}) {
  const max = Math.max(1, opts.max ?? NAME_MAX);
  const keepTabs = opts.keepTabs ?? false;
  const room = 2 * max + 8;
  const huge = s.length > 2 * room;
  if (!huge && !(keepTabs ? ESCAPED_NO_TAB : ESCAPED).test(s) && !s.includes("##[")) {
    const safe = inert(s, keepTabs);
    if (safe.length <= max) return safe;
  }
  const head = render(inert(huge ? s.slice(0, room) : s, keepTabs), keepTabs);
  if (!huge && lengthOf(head) <= max) return head.join("");
  if (opts.cut !== "middle") return take(head, max - 1, false) + ELLIPSIS;
  const tail = huge ? render(s.slice(-room).replace(OLD_COMMAND, `#${ZWSP}#[`), keepTabs) : head;
  const budget = max - 1;
  const front = Math.ceil(budget / 2);
  return take(head, front, false) + ELLIPSIS + take(tail, budget - front, true);
}
function neutraliseText(s, max = TEXT_MAX) {
  return neutralise(s, { max, cut: "middle" });
}
function guardLine(line, max, keepSgr) {
  const opts = { max, cut: "middle", keepTabs: true };
  if (!keepSgr || !line.includes("\x1B[")) return neutralise(line, opts);
  const parts = line.split(SGR);
  const codes = line.match(SGR) ?? [];
  let out = neutralise(parts[0], { ...opts, max: Infinity });
  for (let i = 1; i < parts.length; i++) out += codes[i - 1] + neutralise(parts[i], { ...opts, max: Infinity });
  return [...out.replace(SGR, "")].length <= max ? out : neutralise(line, opts);
}
function neutraliseLines(text, opts = {}) {
  const max = opts.max ?? LINE_MAX;
  const keepSgr = opts.keepSgr ?? false;
  if (!text.includes("\n")) return guardLine(text, max, keepSgr);
  return text.split("\n").map((l) => guardLine(l, max, keepSgr)).join("\n");
}
var JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function safeJson(value, space) {
  return JSON.stringify(value, null, space).replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(OLD_COMMAND, "##\\u005b");
}

export {
  LINE_MAX,
  neutralise,
  neutraliseText,
  neutraliseLines,
  safeJson
};
