/**
 * Small hand-built fixtures for the lint unit tests: a flake.lock from a JS object (written as Nix writes it, with
 * node lines), every input path resolved, and a LintContext around them.
 */
import { DEFAULTS } from '../../../src/engine/config.js';
import {
  showPath,
  type FlakeNix,
  type FlakeRefAttrs,
  type LockEdge,
  type LockFile,
  type LockNode,
  type ResolvedInput,
} from '../../../src/flake/types.js';
import { findInput } from '../../../src/lint/resolve.js';
import type { LintContext, LintOptions } from '../../../src/lint/types.js';

export interface NodeSpec {
  inputs?: Record<string, string | string[]>;
  locked?: FlakeRefAttrs;
  original?: FlakeRefAttrs;
  flake?: boolean;
}

export function lockText(nodes: Record<string, NodeSpec>, version = 7, root = 'root'): string {
  return `${JSON.stringify({ nodes, root, version }, null, 2)}\n`;
}

/** A LockFile the way flake/lock parses one (test stand-in; keys in the order given). */
export function buildLock(nodes: Record<string, NodeSpec>, version: 5 | 6 | 7 = 7, root = 'root') {
  const text = lockText(nodes, version, root);
  const lines = text.split('\n');
  const map = new Map<string, LockNode>();
  for (const [key, spec] of Object.entries(nodes)) {
    const line = lines.findIndex((l) => l === `    ${JSON.stringify(key)}: {`) + 1;
    const inputs = new Map<string, LockEdge>();
    for (const [name, v] of Object.entries(spec.inputs ?? {})) {
      inputs.set(name, Array.isArray(v) ? { kind: 'follows', path: v } : { kind: 'node', key: v });
    }
    map.set(key, {
      key,
      inputs,
      ...(spec.locked ? { locked: spec.locked } : {}),
      ...(spec.original ? { original: spec.original } : {}),
      flake: spec.flake ?? true,
      line,
    });
  }
  const lock: LockFile = { file: 'flake.lock', version, root, nodes: map };
  return { lock, text };
}

/** Every input path from the root: node edges walked, follows entries resolved (not walked further). */
export function resolveAll(lock: LockFile): Map<string, ResolvedInput> {
  const out = new Map<string, ResolvedInput>();
  const walk = (key: string, prefix: string[], seen: Set<string>) => {
    const node = lock.nodes.get(key);
    if (!node || seen.has(key)) return;
    for (const [name, edge] of node.inputs) {
      const path = [...prefix, name];
      if (edge.kind === 'node') {
        out.set(showPath(path), { path, node: edge.key });
        walk(edge.key, path, new Set([...seen, key]));
      } else {
        const r = findInput(lock, edge.path);
        out.set(showPath(path), { path, follows: edge.path, ...(r.kind === 'node' ? { node: r.key } : {}) });
      }
    }
  };
  walk(lock.root, [], new Set());
  return out;
}

export function options(over: Partial<LintOptions> = {}): LintOptions {
  return {
    failOn: 'error',
    rules: {},
    maxAge: DEFAULTS.maxAge,
    maxAgeByInput: {},
    ignore: [],
    allowedOwners: [],
    supportedUntil: {},
    ...over,
  };
}

export const NOW = new Date('2026-11-21T12:00:00Z');

export function lockContext(
  nodes: Record<string, NodeSpec>,
  over: Partial<LintContext> & { version?: 5 | 6 | 7; opts?: Partial<LintOptions> } = {},
): LintContext {
  const { lock, text } = buildLock(nodes, over.version ?? 7);
  return {
    nixPath: 'flake.nix',
    lockPath: 'flake.lock',
    hasNix: false,
    hasLock: true,
    lock,
    lockText: text,
    resolved: resolveAll(lock),
    now: NOW,
    options: options(over.opts),
    ...over,
  };
}

export function withFlake(ctx: LintContext, flake: FlakeNix): LintContext {
  return { ...ctx, flake, hasNix: true };
}

/** github node spec helper. */
export function gh(
  owner: string,
  repo: string,
  opts: {
    ref?: string;
    rev?: string;
    lastModified?: number;
    inputs?: Record<string, string | string[]>;
    pinned?: boolean;
    flake?: boolean;
  } = {},
): NodeSpec {
  const rev =
    opts.rev ??
    `${owner}${repo}`
      .replace(/[^a-f0-9]/gi, '')
      .padEnd(40, '0')
      .slice(0, 40)
      .toLowerCase();
  return {
    ...(opts.inputs ? { inputs: opts.inputs } : {}),
    locked: { lastModified: opts.lastModified ?? 1763000000, narHash: 'sha256-AAAA', owner, repo, rev, type: 'github' },
    original: {
      owner,
      repo,
      type: 'github',
      ...(opts.ref ? { ref: opts.ref } : {}),
      ...(opts.pinned ? { rev } : {}),
    },
    ...(opts.flake === false ? { flake: false } : {}),
  };
}

// ------------------------------------------------------------------ hand-built flake.nix models

export interface DeclSpec {
  /** Path from the root. */
  path: string[];
  /** Exact source text of each binding that writes this input (unique in the file, or `text@N` for the Nth). */
  bindings: string[];
  url?: string;
  follows?: string;
  flake?: boolean;
  inputs?: DeclSpec[];
  style?: 'dotted' | 'block';
}

function find(text: string, needle: string): [number, number] {
  const m = /^(.*)@(\d+)$/s.exec(needle);
  const [s, nth] = m ? [m[1]!, Number(m[2])] : [needle, 1];
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`fixture: '${s}' not found ${nth} times`);
  }
  return [at, at + s.length];
}

function spanOf(text: string, start: number, end: number): import('../../../src/flake/types.js').Span {
  const loc = (o: number) => {
    const before = text.slice(0, o);
    const line = before.split('\n').length;
    return { offset: o, line, column: o - (before.lastIndexOf('\n') + 1) + 1 };
  };
  return { start: loc(start), end: loc(end) };
}

/** A located string value: the span of its literal (with quotes) inside the first binding that contains it. */
function located(text: string, bindings: [number, number][], value: string) {
  const literal = JSON.stringify(value);
  for (const [s, e] of bindings) {
    const i = text.slice(s, e).indexOf(literal);
    if (i >= 0) return { value, span: spanOf(text, s + i, s + i + literal.length) };
  }
  throw new Error(`fixture: ${literal} not inside its bindings`);
}

export function declare(text: string, spec: DeclSpec): import('../../../src/flake/types.js').DeclaredInput {
  const ranges = spec.bindings.map((b) => find(text, b));
  const spans = ranges.map(([s, e]) => spanOf(text, s, e));
  return {
    name: spec.path[spec.path.length - 1]!,
    path: spec.path,
    ...(spec.url !== undefined ? { url: located(text, ranges, spec.url) } : {}),
    ...(spec.follows !== undefined ? { follows: located(text, ranges, spec.follows) } : {}),
    ...(spec.flake !== undefined ? { flake: { value: spec.flake, span: spans[0]! } } : {}),
    inputs: (spec.inputs ?? []).map((i) => declare(text, i)),
    span: spans[0]!,
    bindings: spans,
    style: spec.style ?? 'dotted',
  };
}

export function flakeNix(text: string, inputs: DeclSpec[], formals: string[] = ['self']): FlakeNix {
  const outputsAt = text.indexOf('outputs');
  return {
    file: 'flake.nix',
    text,
    inputs: inputs.map((i) => declare(text, i)),
    outputsFormals: formals.map((f) => {
      const i = text.indexOf(f, outputsAt);
      return { value: f, span: spanOf(text, i, i + f.length) };
    }),
    inputsStyle: 'dotted',
  };
}
