import {
  LINE_MAX,
  neutraliseLines,
  neutraliseText
} from "./chunk-6WGRO25Q.js";

// src/render/markdown.ts
var inline = (text) => neutraliseText(text.replace(/\r?\n/g, " "));
function cell(text) {
  return inline(text).replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function code(text) {
  const flat = inline(text);
  const runs = flat.match(/`+/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 0);
  const ticks = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}
function cellCode(text) {
  return code(text).replace(/\|/g, "\\|");
}
function fence(raw, info = "text") {
  const text = neutraliseLines(raw, { max: LINE_MAX });
  const runs = text.match(/`{3,}/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 2);
  const f = "`".repeat(longest + 1);
  return `${f}${info}
${text.replace(/\n+$/, "")}
${f}`;
}
function link(label, url) {
  return url ? `[${label}](${linkTarget(url)})` : label;
}
var URL_UNSAFE = /[\u0000-\u0020()<>|\\`"\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;
function linkTarget(url) {
  return url.replace(
    URL_UNSAFE,
    (c) => [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")
  );
}
function details(summary, body, open = false) {
  return `<details${open ? " open" : ""}>
<summary>${html(summary)}</summary>

${body.trim()}

</details>`;
}
function html(text) {
  return inline(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function table(head, rows, align) {
  const sep = head.map((_, i) => {
    const a = align?.[i] ?? "l";
    return a === "r" ? "---:" : a === "c" ? ":---:" : "---";
  });
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(sep), ...rows.map(line)].join("\n");
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function lastLines(text, lines) {
  const all = text.trimEnd().split("\n");
  return all.slice(-lines).join("\n");
}

export {
  cell,
  code,
  cellCode,
  fence,
  link,
  details,
  html,
  table,
  plural,
  lastLines
};
