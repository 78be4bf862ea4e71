// src/nix/strings.ts
function unescapeString(raw) {
  if (raw.indexOf("\\") < 0 && raw.indexOf("\r") < 0) return raw;
  let out = "";
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw[i];
    if (c === "\\" && i + 1 < n) {
      const d = raw[++i];
      out += d === "n" ? "\n" : d === "r" ? "\r" : d === "t" ? "	" : d;
    } else if (c === "\r") {
      out += "\n";
      if (raw[i + 1] === "\n") i++;
    } else out += c;
  }
  return out;
}
function indentedEscapeValue(raw) {
  if (raw === "''$") return "$";
  if (raw === "'''") return "''";
  if (raw.startsWith("''\\")) return unescapeString(raw.slice(2));
  return raw;
}
function stripIndentation(pieces) {
  let atStartOfLine = true;
  let minIndent = 1e6;
  let curIndent = 0;
  for (const p of pieces) {
    if (p.kind !== "text" || !p.indented) {
      if (atStartOfLine) {
        atStartOfLine = false;
        if (curIndent < minIndent) minIndent = curIndent;
      }
      continue;
    }
    const t = p.text;
    for (let j = 0; j < t.length; j++) {
      const c = t[j];
      if (atStartOfLine) {
        if (c === " ") curIndent++;
        else if (c === "\n") curIndent = 0;
        else {
          atStartOfLine = false;
          if (curIndent < minIndent) minIndent = curIndent;
        }
      } else if (c === "\n") {
        atStartOfLine = true;
        curIndent = 0;
      }
    }
  }
  const result = [];
  atStartOfLine = true;
  let curDropped = 0;
  for (let idx = 0; idx < pieces.length; idx++) {
    const p = pieces[idx];
    if (p.kind !== "text") {
      atStartOfLine = false;
      curDropped = 0;
      result.push(void 0);
      continue;
    }
    const t = p.text;
    let s = "";
    let keepFrom = 0;
    for (let j = 0; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (atStartOfLine) {
        if (c === 32) {
          if (curDropped++ < minIndent) {
            s += t.slice(keepFrom, j);
            keepFrom = j + 1;
          }
        } else if (c === 10) curDropped = 0;
        else {
          atStartOfLine = false;
          curDropped = 0;
        }
      } else if (c === 10) atStartOfLine = true;
    }
    s += t.slice(keepFrom);
    if (idx === pieces.length - 1) {
      const nl = s.lastIndexOf("\n");
      if (nl >= 0 && /^ *$/.test(s.slice(nl + 1))) s = s.slice(0, nl + 1);
    }
    result.push(s);
  }
  return result;
}

export {
  unescapeString,
  indentedEscapeValue,
  stripIndentation
};
