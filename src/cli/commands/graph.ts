import path from 'node:path';
import { UserError } from '../../core/errors.js';
import { analyzeLock, type LockGraph } from '../../flake/follows.js';
import { parseLock } from '../../flake/lock.js';
import { showPath, type LockFile } from '../../flake/flake-types.js';
import { safeJson } from '../../render/neutralise.js';
import { readLockText } from '../../workspace/bounded-read.js';
import { flakeArgument } from '../dir-argument.js';
import { EXIT, type CliCommand, type CliIO } from '../command.js';

/** DIR/flake.lock, or the file itself when the argument is a file; `shown` is the name used in messages. */
async function lockFileArgument(positionals: readonly string[], io: CliIO): Promise<{ file: string; shown: string }> {
  const given = await flakeArgument('graph', positionals, io);
  // `graph path/flake.nix` reads the lock beside it
  const file =
    given.file !== undefined && path.basename(given.file) !== 'flake.nix'
      ? given.file
      : path.join(given.dir, 'flake.lock');
  const rel = path.relative(io.cwd, file);
  return { file, shown: rel === '' || rel.startsWith('..') ? file : rel };
}

/** The lock, read bounded as lint reads it (src/workspace/bounded-read.ts: size, a regular file), then parsed. */
async function readLockFile(file: string, shown: string): Promise<LockFile> {
  const text = await readLockText(file, shown);
  if (text === undefined) {
    throw new UserError(
      `no flake.lock in ${path.dirname(shown) || '.'}`,
      shown,
      undefined,
      'run `nix flake lock` to create it',
    );
  }
  return parseLock(text, shown);
}

/** The stable JSON contract: `{"version": N, "inputs": {"a/b": {"node": "k", "follows": "x/y"?}}}`. */
export function graphJson(lock: LockFile, graph: LockGraph): string {
  const inputs: Record<string, { node: string; follows?: string }> = {};
  for (const [id, r] of graph.inputs) {
    inputs[id] = r.follows !== undefined ? { node: r.node!, follows: showPath(r.follows) } : { node: r.node! };
  }
  return `${safeJson({ version: lock.version, inputs }, 2)}\n`;
}

function graphText(graph: LockGraph): string {
  if (graph.inputs.size === 0) return 'no inputs\n';
  const lines: string[] = [];
  for (const r of graph.inputs.values()) {
    const indent = '  '.repeat(r.path.length - 1);
    const name = r.path[r.path.length - 1];
    const how = r.follows !== undefined ? `follows '${showPath(r.follows)}' → node '${r.node}'` : `node '${r.node}'`;
    lines.push(`${indent}${name}  ${how}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The line of the lock node that holds the entry of `p` (its parent along the walk), for error positions. */
function holderLine(lock: LockFile, graph: LockGraph, p: readonly string[]): number {
  const parent = p.length > 1 ? graph.inputs.get(showPath(p.slice(0, -1)))?.node : lock.root;
  return lock.nodes.get(parent ?? lock.root)?.line ?? 1;
}

export const graphCommand: CliCommand = {
  name: 'graph',
  summary: 'Show every input path of flake.lock and the node it resolves to (follows resolved as Nix does)',
  usage: 'flake-steward graph [DIR|FILE] [--json]',
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
  options: { json: { type: 'boolean' } },
  async run(positionals, values, io) {
    const { file, shown } = await lockFileArgument(positionals, io);
    const lock = await readLockFile(file, shown);
    const graph = analyzeLock(lock);
    if (graph.problems.length > 0) {
      for (const p of graph.problems) {
        const at = { line: holderLine(lock, graph, p.path), column: 1 };
        io.stderr(`flake-steward graph: ${new UserError(p.message, shown, at).format()}\n`);
      }
      io.stderr('flake-steward graph: hint: fix the follows in flake.nix, then run `nix flake lock`\n');
      return EXIT.failure;
    }
    io.stdout(values['json'] === true ? graphJson(lock, graph) : graphText(graph));
    return EXIT.ok;
  },
};
