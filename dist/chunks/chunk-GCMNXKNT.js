import {
  unescapeString
} from "./chunk-5GZB3ASF.js";

// src/nix/edit.ts
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function locAt(text, offset, starts = lineStarts(text)) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { offset, line: lo + 1, column: offset - starts[lo] + 1 };
}
function spanAt(text, start, end) {
  const starts = lineStarts(text);
  return { start: locAt(text, start, starts), end: locAt(text, end, starts) };
}
function applyEdits(text, edits) {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new Error(`overlapping or out-of-range edit at offset ${e.start}`);
    }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}
var IDENT = /^[A-Za-z_][A-Za-z0-9_'-]*$/;
var KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"]);
function attrName(name) {
  return IDENT.test(name) && !KEYWORDS.has(name) ? name : JSON.stringify(name).replace(/\$\{/g, "\\${");
}
function inputsAttrPath(path) {
  return path.map((p) => `inputs.${attrName(p)}`).join(".");
}
function lineStartOf(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineEndOf(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl;
}
function indentAt(text, offset) {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start))[0];
}
function eol(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function bindingEnd(text, end) {
  if (text[end - 1] === ";") return end;
  const m = /^[ \t]*;/.exec(text.slice(end));
  return m ? end + m[0].length : end;
}
function readAttrPath(text, offset) {
  const segments = [];
  const segmentEnds = [];
  let i = offset;
  const skip = () => {
    for (; ; ) {
      const m = /^(?:\s+|#[^\n]*|\/\*[\s\S]*?\*\/)/.exec(text.slice(i, i + 4096));
      if (!m || m[0] === "") return;
      i += m[0].length;
    }
  };
  for (; ; ) {
    skip();
    const rest = text.slice(i, i + 1024);
    const id = /^[A-Za-z_][A-Za-z0-9_'-]*/.exec(rest);
    const str = /^"((?:[^"\\$]|\\[\s\S]|\$(?!\{))*)"/.exec(rest);
    if (id) {
      segments.push(id[0]);
      i += id[0].length;
    } else if (str) {
      segments.push(unescapeString(str[1]));
      i += str[0].length;
    } else {
      return { segments, segmentEnds, eq: -1 };
    }
    segmentEnds.push(i);
    skip();
    if (text[i] === ".") {
      i++;
      continue;
    }
    return { segments, segmentEnds, eq: text[i] === "=" && text[i + 1] !== "=" ? i : -1 };
  }
}
function insertLineAfter(text, start, end, line) {
  const after = bindingEnd(text, end);
  const lineEnd = lineEndOf(text, after);
  const rest = text.slice(after, lineEnd).replace(/\r$/, "");
  if (/^\s*(#.*)?$/.test(rest)) {
    const at = text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    return { start: at, end: at, newText: `${eol(text)}${indentAt(text, start)}${line}` };
  }
  return { start: after, end: after, newText: ` ${line}` };
}
function insertIntoSet(text, start, end, line) {
  let close = bindingEnd(text, end) - 1;
  while (close > start && /[\s;]/.test(text[close])) close--;
  if (text[close] !== "}") return void 0;
  const closeLineStart = lineStartOf(text, close);
  const beforeClose = text.slice(closeLineStart, close);
  if (/^[ \t]*$/.test(beforeClose)) {
    let inner;
    for (let p = closeLineStart - 1; p > start; ) {
      const ls = lineStartOf(text, p);
      const content = text.slice(ls, p).replace(/\r$/, "");
      if (content.trim() !== "" && ls > lineStartOf(text, start)) {
        inner = /^[ \t]*/.exec(content)[0];
        break;
      }
      if (ls <= lineStartOf(text, start)) break;
      p = ls - 1;
    }
    const closeIndent = beforeClose;
    const indent = inner ?? closeIndent + (closeIndent.includes("	") ? "	" : "  ");
    return { start: closeLineStart, end: closeLineStart, newText: `${indent}${line}${eol(text)}` };
  }
  const spaceBefore = text[close - 1] === " " ? "" : " ";
  return { start: close, end: close, newText: `${spaceBefore}${line} ` };
}
function removeBinding(text, start, end) {
  const stop = bindingEnd(text, end);
  const ls = lineStartOf(text, start);
  const le = lineEndOf(text, stop);
  const before = text.slice(ls, start);
  const after = text.slice(stop, le).replace(/\r$/, "");
  if (/^[ \t]*$/.test(before) && /^\s*(#.*)?$/.test(after)) {
    const next = le < text.length ? le + 1 : le;
    return { start: ls, end: next, newText: "" };
  }
  const spaces = /^[ \t]*/.exec(text.slice(stop))[0].length;
  return { start, end: stop + spaces, newText: "" };
}

export {
  lineStarts,
  locAt,
  spanAt,
  applyEdits,
  attrName,
  inputsAttrPath,
  readAttrPath,
  insertLineAfter,
  insertIntoSet,
  removeBinding
};
