import {
  flakeArgument
} from "./chunk-QNWLOSHO.js";
import {
  readLockText
} from "./chunk-VF4F3FAK.js";
import {
  shortRev
} from "./chunk-GYRCVODP.js";
import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import {
  analyzeLock,
  showPath
} from "./chunk-HFN6JY3P.js";
import {
  parseLock
} from "./chunk-LOBXAA3U.js";
import {
  lockedRev
} from "./chunk-7HIKED5Z.js";
import {
  printFlakeRef
} from "./chunk-OTUWSOVN.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";
import {
  neutralise,
  neutraliseText,
  safeJson
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/cli/commands/graph.ts
import path from "node:path";
async function lockFileArgument(positionals, io) {
  const given = await flakeArgument("graph", positionals, io);
  const file = given.file !== void 0 && path.basename(given.file) !== "flake.nix" ? given.file : path.join(given.dir, "flake.lock");
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
var MAX_GUIDES = 32;
function lockedDate(locked) {
  const v = locked?.["lastModified"];
  if (typeof v !== "number" || !Number.isFinite(v)) return void 0;
  const d = new Date(v * 1e3);
  return Number.isNaN(d.getTime()) ? void 0 : d.toISOString().slice(0, 10);
}
function nodeReference(node) {
  if (!node) return "";
  let ref = "";
  if (node.original) {
    try {
      ref = printFlakeRef(node.original);
    } catch {
      ref = `${node.original.type}:…`;
    }
  }
  const rev = node.locked ? shortRev(lockedRev(node.locked)) : void 0;
  const date = lockedDate(node.locked);
  const at = [rev, date !== void 0 ? `(${date})` : void 0].filter((x) => x !== void 0).join(" ");
  return neutraliseText([ref, at].filter((x) => x !== "").join(" @ "));
}
function graphText(lock, graph) {
  if (graph.inputs.size === 0) return "no inputs\n";
  const lastChild = /* @__PURE__ */ new Map();
  for (const [id, r] of graph.inputs) lastChild.set(showPath(r.path.slice(0, -1)), id);
  const lines = ["Inputs:"];
  for (const [id, r] of graph.inputs) {
    const depth = r.path.length;
    let guides = "";
    if (depth > MAX_GUIDES) guides = `[depth ${depth}] `;
    else {
      for (let k = 1; k < depth; k++) {
        const ancestor = r.path.slice(0, k);
        guides += lastChild.get(showPath(ancestor.slice(0, -1))) === showPath(ancestor) ? "    " : "│   ";
      }
    }
    const own = lastChild.get(showPath(r.path.slice(0, -1))) === id ? "└───" : "├───";
    const name = neutralise(r.path[depth - 1]);
    let what;
    if (r.follows !== void 0) what = ` follows input '${neutraliseText(showPath(r.follows))}'`;
    else {
      const key = r.node;
      const ref = nodeReference(lock.nodes.get(key));
      const keyNote = key !== r.path[depth - 1] ? ` [node ${neutralise(key)}]` : "";
      what = `: ${ref}${keyNote}`;
    }
    lines.push(`${guides}${own}${name}${what}`);
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
may go through other follows; [] is the root) and prints one entry per path, as a tree like the Inputs of
\`nix flake metadata\`: each input with the reference the flake asked for, the revision it is locked to and that
revision's date (and its lock node when Nix named the node otherwise), each follows with the input it follows.
Paths under a follows are not repeated: they live under its target.

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
    io.stdout(values["json"] === true ? graphJson(lock, graph) : graphText(lock, graph));
    return EXIT.ok;
  }
};
export {
  graphCommand,
  graphJson,
  graphText,
  nodeReference
};
