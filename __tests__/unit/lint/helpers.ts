/**
 * Small hand-built fixtures for the lint unit tests: a flake.lock from a JS object (written as Nix writes it, with
 * node lines), every input path resolved, and a LintContext around them.
 */
import { DEFAULTS } from '../../../src/core/config.js';
import type { FlakeNix, FlakeRefAttrs, LockFile, ResolvedInput } from '../../../src/flake/flake-types.js';
import { resolveLock } from '../../../src/flake/follows.js';
import { parseLock } from '../../../src/flake/lock.js';
import type { LintContext, LintOptions } from '../../../src/lint/lint-types.js';

export interface NodeSpec {
  inputs?: Record<string, string | string[]>;
  locked?: FlakeRefAttrs;
  original?: FlakeRefAttrs;
  flake?: boolean;
}

export function lockText(nodes: Record<string, NodeSpec>, version = 7, root = 'root'): string {
  return `${JSON.stringify({ nodes, root, version }, null, 2)}\n`;
}

/** A LockFile from the lock text, through the real reader (src/flake/lock.ts). */
export function buildLock(nodes: Record<string, NodeSpec>, version: 5 | 6 | 7 = 7, root = 'root') {
  const text = lockText(nodes, version, root);
  return { lock: parseLock(text, 'flake.lock'), text };
}

/** Every input path from the root, follows resolved (src/flake/follows.ts). */
export function resolveAll(lock: LockFile): Map<string, ResolvedInput> {
  return new Map(resolveLock(lock));
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

function spanOf(text: string, start: number, end: number): import('../../../src/nix/location.js').Span {
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

export function declare(text: string, spec: DeclSpec): import('../../../src/flake/flake-types.js').DeclaredInput {
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
