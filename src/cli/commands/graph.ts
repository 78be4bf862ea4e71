import path from 'node:path';
import { UserError } from '../../core/errors.js';
import { analyzeLock, type LockGraph } from '../../flake/follows.js';
import { parseLock } from '../../flake/lock.js';
import { showPath, type LockFile, type LockNode } from '../../flake/flake-types.js';
import { printFlakeRef } from '../../flake/flakeref.js';
import { shortRev } from '../../forge/forge-links.js';
import { lockedRev } from '../../forge/forge-repo.js';
import { neutralise, neutraliseText, safeJson } from '../../render/neutralise.js';
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

/** Deeper than this, a line shows its depth instead of the tree's guides (a 256-deep lock stays readable and small). */
const MAX_GUIDES = 32;

/** `locked.lastModified` (Unix seconds) as a UTC date, `YYYY-MM-DD`. */
function lockedDate(locked: LockNode['locked']): string | undefined {
  const v = locked?.['lastModified'];
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  const d = new Date(v * 1000);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/**
 * What a node is, as `nix flake metadata` shows an input: the reference the flake asked for (`original`, in URL
 * form), then the revision it is locked to (short) and that revision's date:
 * `github:NixOS/nixpkgs/nixos-unstable @ 2222222 (2025-11-24)`. Every part comes from the lock and is neutralised.
 */
export function nodeReference(node: LockNode | undefined): string {
  if (!node) return '';
  let ref = '';
  if (node.original) {
    try {
      ref = printFlakeRef(node.original);
    } catch {
      ref = `${node.original.type}:…`; // a type this version cannot print: say which
    }
  }
  const rev = node.locked ? shortRev(lockedRev(node.locked)) : undefined;
  const date = lockedDate(node.locked);
  const at = [rev, date !== undefined ? `(${date})` : undefined].filter((x) => x !== undefined).join(' ');
  return neutraliseText([ref, at].filter((x) => x !== '').join(' @ '));
}

/**
 * The tree of input paths, drawn as `nix flake metadata` draws its inputs: each node input with its reference, locked
 * revision and date (and its lock node key when that differs from the input's name), each follows with its target.
 */
export function graphText(lock: LockFile, graph: LockGraph): string {
  if (graph.inputs.size === 0) return 'no inputs\n';
  // the last child of each parent, in the walk's order (the map's): it gets └─── and no guide below it
  const lastChild = new Map<string, string>();
  for (const [id, r] of graph.inputs) lastChild.set(showPath(r.path.slice(0, -1)), id);
  const lines: string[] = ['Inputs:'];
  for (const [id, r] of graph.inputs) {
    const depth = r.path.length;
    let guides = '';
    if (depth > MAX_GUIDES) guides = `[depth ${depth}] `;
    else {
      for (let k = 1; k < depth; k++) {
        const ancestor = r.path.slice(0, k);
        guides += lastChild.get(showPath(ancestor.slice(0, -1))) === showPath(ancestor) ? '    ' : '│   ';
      }
    }
    const own = lastChild.get(showPath(r.path.slice(0, -1))) === id ? '└───' : '├───';
    const name = neutralise(r.path[depth - 1]!);
    let what: string;
    if (r.follows !== undefined) what = ` follows input '${neutraliseText(showPath(r.follows))}'`;
    else {
      const key = r.node!;
      const ref = nodeReference(lock.nodes.get(key));
      const keyNote = key !== r.path[depth - 1] ? ` [node ${neutralise(key)}]` : '';
      what = `: ${ref}${keyNote}`;
    }
    lines.push(`${guides}${own}${name}${what}`);
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
    io.stdout(values['json'] === true ? graphJson(lock, graph) : graphText(lock, graph));
    return EXIT.ok;
  },
};
