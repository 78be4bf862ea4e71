import {
  flakeFileAt,
  readLockText
} from "./chunk-AMRI276Y.js";
import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import {
  analyzeLock,
  showPath
} from "./chunk-5TBM3YKZ.js";
import {
  parseLock
} from "./chunk-GGPTOJQB.js";
import {
  UsageError,
  UserError
} from "./chunk-6FGB7YHV.js";
import {
  safeJson
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/cli/commands/graph.ts
import path from "node:path";
async function lockFileArgument(positionals, io) {
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1]}'`, "usage: flake-steward graph [DIR|FILE] [--json]");
  }
  const arg = positionals[0] ?? ".";
  const file = await flakeFileAt(path.resolve(io.cwd, arg), "flake.lock");
  if (file === void 0) {
    throw new UserError(
      `no such file or directory: ${arg}`,
      void 0,
      void 0,
      "give a flake directory or its flake.lock"
    );
  }
  const rel = path.relative(io.cwd, file);
  return { file, shown: rel === "" || rel.startsWith("..") ? file : rel };
}
async function readLockFile(file, shown) {
  const text = await readLockText(file, shown);
  if (text === void 0) {
    throw new UserError(
      `no flake.lock in ${path.dirname(shown) || "."}`,
      shown,
      void 0,
      "run `nix flake lock` to create it"
    );
  }
  return parseLock(text, shown);
}
function graphJson(lock, graph) {
  const inputs = {};
  for (const [id, r] of graph.inputs) {
    inputs[id] = r.follows !== void 0 ? { node: r.node, follows: showPath(r.follows) } : { node: r.node };
  }
  return `${safeJson({ version: lock.version, inputs }, 2)}
`;
}
function graphText(graph) {
  if (graph.inputs.size === 0) return "no inputs\n";
  const lines = [];
  for (const r of graph.inputs.values()) {
    const indent = "  ".repeat(r.path.length - 1);
    const name = r.path[r.path.length - 1];
    const how = r.follows !== void 0 ? `follows '${showPath(r.follows)}' → node '${r.node}'` : `node '${r.node}'`;
    lines.push(`${indent}${name}  ${how}`);
  }
  return `${lines.join("\n")}
`;
}
function holderLine(lock, graph, p) {
  const parent = p.length > 1 ? graph.inputs.get(showPath(p.slice(0, -1)))?.node : lock.root;
  return lock.nodes.get(parent ?? lock.root)?.line ?? 1;
}
var graphCommand = {
  name: "graph",
  summary: "Show every input path of flake.lock and the node it resolves to (follows resolved as Nix does)",
  usage: "flake-steward graph [DIR|FILE] [--json]",
  help: `Reads DIR/flake.lock (default: the current directory; the argument may also be the lock file itself),
resolves every input path from the root the way Nix does (follows are absolute from the root, may chain and
may go through other follows; [] is the root) and prints one entry per path. Paths under a follows are not
repeated: they live under its target.

Exits 1 with FILE:LINE:COL: error: lines when the lock is malformed or a follows dangles or loops. A lock
past what flake-steward reads (8 MiB, JSON nested 64 deep, 10,000 nodes, nodes that expand to more than
100,000 input paths, paths more than 256 inputs deep or 1,000,000 names in all) is refused with one line:
Nix never writes one; \`nix flake lock --recreate-lock-file\` writes the lock it would.

Options:
  --json  print {"version": N, "inputs": {"<path>": {"node": "<node key>", "follows": "<a/b>"}}};
          "follows" is present only when that path's own lock entry is a follows

Examples:
  flake-steward graph
  flake-steward graph path/to/flake --json`,
  options: { json: { type: "boolean" } },
  async run(positionals, values, io) {
    const { file, shown } = await lockFileArgument(positionals, io);
    const lock = await readLockFile(file, shown);
    const graph = analyzeLock(lock);
    if (graph.problems.length > 0) {
      for (const p of graph.problems) {
        const at = { line: holderLine(lock, graph, p.path), column: 1 };
        io.stderr(`flake-steward graph: ${new UserError(p.message, shown, at).format()}
`);
      }
      io.stderr("flake-steward graph: hint: fix the follows in flake.nix, then run `nix flake lock`\n");
      return EXIT.failure;
    }
    io.stdout(values["json"] === true ? graphJson(lock, graph) : graphText(graph));
    return EXIT.ok;
  }
};
export {
  graphCommand,
  graphJson
};
