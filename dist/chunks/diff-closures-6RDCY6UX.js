import {
  diffClosurePair,
  summarizeClosurePair
} from "./chunk-WYFOGVTW.js";
import {
  formatBytes,
  formatKiB,
  showVersions
} from "./chunk-WGFYKTD6.js";
import {
  closureGraph,
  detectNix
} from "./chunk-HOSKHC2M.js";
import "./chunk-ZRNIQLM2.js";
import {
  realPath
} from "./chunk-MDGUUJEU.js";
import "./chunk-ZPSPCVQY.js";
import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import "./chunk-YCZEATSK.js";
import {
  NixError,
  UsageError,
  UserError
} from "./chunk-6FGB7YHV.js";
import {
  safeJson
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/cli/commands/diff-closures.ts
import path from "node:path";
var STORE_PATH = /^(\/.+)\/[0-9a-df-np-sv-z]{32}-[A-Za-z0-9+\-._?=]+$/;
async function storePathArgument(which, arg, io) {
  const abs = path.resolve(io.cwd, arg);
  const real = await realPath(abs);
  if (real === void 0) {
    throw new UserError(
      `${which} '${arg}' does not exist`,
      void 0,
      void 0,
      "give a store path or a ./result link"
    );
  }
  if (!STORE_PATH.test(real)) {
    throw new UserError(
      `${which} '${arg}' is not a store path${real !== abs ? ` (it resolves to '${real}')` : ""}`,
      void 0,
      void 0,
      "give a store path such as /nix/store/…-nixos-system-host, or a ./result link to one"
    );
  }
  return real;
}
function toJson(entries, sizeBefore, sizeAfter) {
  return {
    changes: entries.map((e) => ({ name: e.name, before: e.before, after: e.after, sizeDelta: e.sizeDelta })),
    sizeBefore,
    sizeAfter
  };
}
var cell = (s) => s.replace(/\|/g, "\\|");
function renderText(old, next, pair) {
  const s = summarizeClosurePair(pair);
  const lines = [`Closure diff: ${old} → ${next}`, ""];
  if (s.changes.length === 0) {
    lines.push("No package changes.");
  } else {
    lines.push("| Package | Before | After | Δ size |", "| --- | --- | --- | --- |");
    for (const c of s.changes) {
      const versions = c.removed.length > 0 || c.added.length > 0;
      lines.push(
        `| ${cell(c.name)} | ${versions ? cell(showVersions(c.removed)) : ""} | ${versions ? cell(showVersions(c.added)) : ""} | ${c.sizeShown ? formatKiB(c.sizeDelta) : ""} |`
      );
    }
    const counts = Object.entries(s.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
    lines.push("", `${s.changes.length} changes: ${counts.join(", ")}.`);
  }
  const delta = s.sizeAfter - s.sizeBefore;
  lines.push(
    `Closure size: ${formatBytes(s.sizeBefore)} → ${formatBytes(s.sizeAfter)} (${formatBytes(delta, true)}), ${s.pathsBefore} → ${s.pathsAfter} paths.`,
    ""
  );
  return lines.join("\n");
}
async function queryClosures(old, next, env) {
  let graph;
  try {
    graph = await closureGraph({ options: { env } }, old === next ? [old] : [old, next]);
  } catch (e) {
    if (e instanceof NixError) await detectNix({ env });
    throw e;
  }
  return graph.pair([old], [next]);
}
var diffClosuresCommand = {
  name: "diff-closures",
  summary: "Show what changed between two closures, as `nix store diff-closures` does (with --json)",
  usage: "flake-steward diff-closures OLD NEW [--json]",
  help: `OLD and NEW are store paths or links to them (./result). Lists each package whose versions changed or
whose size changed by 8 KiB or more, grouped and ordered exactly as \`nix store diff-closures\` does, then the
closure sizes. Both closures come from one \`nix-store --query --graphml\` call.

Options:
  --json   print {"changes": [{"name", "before", "after", "sizeDelta"}], "sizeBefore", "sizeAfter"}:
           before/after are the versions removed/added ("" is the empty version), sizeDelta is the exact
           change in bytes (Nix shows it when it is 8192 or more either way), sizes are NAR sizes in bytes.

Examples:
  flake-steward diff-closures /run/current-system ./result
  flake-steward diff-closures ./result-old ./result --json | jq '.changes[].name'
`,
  options: { json: { type: "boolean" } },
  async run(positionals, values, io) {
    if (positionals.length !== 2) {
      throw new UsageError(
        positionals.length < 2 ? "expected two store paths, OLD and NEW" : `unexpected argument '${positionals[2]}'`,
        "usage: flake-steward diff-closures OLD NEW [--json]"
      );
    }
    const old = await storePathArgument("OLD", positionals[0], io);
    const next = await storePathArgument("NEW", positionals[1], io);
    const pair = await queryClosures(old, next, io.env);
    if (values["json"]) {
      const { sizeBefore, sizeAfter } = pair.totals();
      io.stdout(`${safeJson(toJson(diffClosurePair(pair), sizeBefore, sizeAfter), 2)}
`);
    } else {
      io.stdout(renderText(old, next, pair));
    }
    return EXIT.ok;
  }
};
export {
  diffClosuresCommand,
  toJson
};
