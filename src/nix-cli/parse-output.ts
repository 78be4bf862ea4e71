/**
 * Parsers of what Nix prints, with validation: a shape we do not know is a NixOutputError naming the command, the
 * JSON path and what was expected, never a crash deep in the engine.
 *
 * `nix path-info --json` shapes (NixOS/nix release notes 2.19, 2.23, 2.33, 2.35; `doc/manual/source/protocols/json`):
 * - up to 2.18 (and Lix): `[{ "path": "/nix/store/…", "narSize": 1, "references": ["/nix/store/…"], … }]`,
 *   an invalid path as `{ "path": …, "valid": false }`;
 * - 2.19: `{ "/nix/store/…": { "narSize": …, "references": […], … } }`, an invalid path as `null`;
 * - 2.23: the same, absent optional fields (`ca`, `deriver`, …) as `null`;
 * - 2.33 `--json-format 1`: the 2.19 shape, each object also with `version: 1` and `storeDir`;
 * - 2.33 `--json-format 2` / 2.35 `--json-format 3`: `{ "version": 2|3, "storeDir": "/nix/store", "info":
 *   { "<hash>-<name>": { "narSize": …, "references": ["<hash>-<name>"], … } } }` (base names, joined to storeDir).
 */
import { stripAnsi, tail } from '../core/errors.js';
import { StoreGraph, type PathInfo } from '../closure/reference-graph.js';

export class NixOutputError extends Error {
  override readonly name = 'NixOutputError';
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(`unexpected output from \`${command}\`: ${message}`);
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function parseJson(command: string, text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    throw new NixOutputError(command, `not JSON (${(e as Error).message}): ${tail(text.slice(0, 400), 3)}`);
  }
}

const isObject = (v: Json | undefined): v is { [k: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any JSON value, parsed (for `nix eval --json`). */
export function parseEvalJson(text: string): unknown {
  return parseJson('nix eval --json', text);
}

// ---------------------------------------------------------------- nix build --json

export interface BuiltPath {
  readonly drvPath: string;
  /** Output name → store path (`null` when not known before building, for content-addressed derivations). */
  readonly outputs: Readonly<Record<string, string | null>>;
}

/**
 * `nix build --json` (and `--dry-run --json`): an entry per built derivation, in Nix's own order, not the order of
 * the installables (2.8 sorts them by derivation path; 2.26 may repeat one): match them by `drvPath`.
 */
export function parseBuildJson(text: string): BuiltPath[] {
  const cmd = 'nix build --json';
  const v = parseJson(cmd, text);
  if (!Array.isArray(v)) throw new NixOutputError(cmd, 'expected a JSON array');
  return v.map((item, i): BuiltPath => {
    if (!isObject(item) || typeof item['drvPath'] !== 'string' || !isObject(item['outputs'])) {
      throw new NixOutputError(cmd, `[${i}]: expected { drvPath: string, outputs: object }`);
    }
    const outputs: Record<string, string | null> = {};
    for (const [name, p] of Object.entries(item['outputs'])) {
      if (typeof p !== 'string' && p !== null) throw new NixOutputError(cmd, `[${i}].outputs.${name}: expected a path`);
      outputs[name] = p;
    }
    return { drvPath: item['drvPath'], outputs };
  });
}

// ---------------------------------------------------------------- nix path-info --json

export interface PathInfoResult {
  /** Store path → NAR size and references (full store paths). */
  readonly infos: Map<string, PathInfo>;
  /** Paths Nix reported as not valid (not in the store). */
  readonly invalid: string[];
}

function readInfo(cmd: string, where: string, v: { [k: string]: Json }, toPath: (ref: string) => string): PathInfo {
  const narSize = v['narSize'];
  const refs = v['references'];
  if (typeof narSize !== 'number' || !Number.isInteger(narSize) || narSize < 0) {
    throw new NixOutputError(cmd, `${where}.narSize: expected a non-negative integer`);
  }
  if (!Array.isArray(refs) || refs.some((r) => typeof r !== 'string')) {
    throw new NixOutputError(cmd, `${where}.references: expected an array of store paths`);
  }
  return { narSize, references: (refs as string[]).map(toPath) };
}

const identity = (s: string): string => s;

/** `nix path-info --json` of any version (see the shapes above), into full store paths. */
export function parsePathInfoJson(text: string): PathInfoResult {
  const cmd = 'nix path-info --json';
  const v = parseJson(cmd, text);
  const infos = new Map<string, PathInfo>();
  const invalid: string[] = [];
  if (Array.isArray(v)) {
    v.forEach((item, i) => {
      if (!isObject(item) || typeof item['path'] !== 'string') {
        throw new NixOutputError(cmd, `[${i}]: expected an object with a path`);
      }
      if (item['valid'] === false) invalid.push(item['path']);
      else infos.set(item['path'], readInfo(cmd, `[${i}]`, item, identity));
    });
    return { infos, invalid };
  }
  if (!isObject(v)) throw new NixOutputError(cmd, 'expected a JSON array or object');
  if (typeof v['version'] === 'number' && isObject(v['info'])) {
    const storeDir = v['storeDir'];
    if (typeof storeDir !== 'string' || !storeDir.startsWith('/')) {
      throw new NixOutputError(cmd, 'storeDir: expected an absolute path');
    }
    const dir = storeDir.replace(/\/+$/, '');
    const full = (base: string): string => (base.startsWith('/') ? base : `${dir}/${base}`);
    for (const [base, item] of Object.entries(v['info'])) {
      if (item === null) invalid.push(full(base));
      else if (isObject(item)) infos.set(full(base), readInfo(cmd, `info["${base}"]`, item, full));
      else throw new NixOutputError(cmd, `info["${base}"]: expected an object or null`);
    }
    return { infos, invalid };
  }
  for (const [path, item] of Object.entries(v)) {
    if (!path.startsWith('/')) throw new NixOutputError(cmd, `key '${path}': expected a store path`);
    if (item === null) invalid.push(path);
    else if (isObject(item)) infos.set(path, readInfo(cmd, `["${path}"]`, item, identity));
    else throw new NixOutputError(cmd, `["${path}"]: expected an object or null`);
  }
  return { infos, invalid };
}

// ---------------------------------------------------------------- nix-store --query --graphml

const NODE_OPEN = '<node id="';
const EDGE_OPEN = '<edge source="';
const TARGET = ' target="';
const NAR_SIZE = '<data key="narSize">';

/**
 * The GraphML of `nix-store --query --graphml` (NixOS/nix `src/nix-store/graphml.cc`, the same from 2.4 to 2.3x
 * but for the declared type of `narSize`), into a StoreGraph:
 *
 * ```
 *   <node id="<hash>-<name>">
 *     <data key="narSize">120</data> …
 *   </node>
 *   <edge source="<hash>-<name>" target="<hash>-<name>"/>
 * ```
 *
 * Ids are base names in `storeDir` (Nix before 2.4 printed full paths: taken when they are in `storeDir`). Nix
 * quotes nothing: store path names have no character that needs it. Self-references are not printed. A scanner
 * rather than an XML parser: it reads only these forms, checks that every node has a size and every edge a source
 * and a target, and slices out nothing but ids.
 */
export function parseGraphML(text: string, storeDir: string): StoreGraph {
  const cmd = 'nix-store --query --graphml';
  const graph = new StoreGraph(storeDir);
  const prefix = `${storeDir}/`;
  const id = (raw: string): number => {
    if (raw === '') throw new NixOutputError(cmd, 'a node or edge with an empty id');
    if (raw.charCodeAt(0) !== 0x2f) return graph.node(raw);
    if (!raw.startsWith(prefix)) throw new NixOutputError(cmd, `'${raw}' is not in the store '${storeDir}'`);
    return graph.node(raw.slice(prefix.length));
  };
  let i = text.indexOf('<graph ');
  if (i < 0 || !text.includes('</graphml>')) throw new NixOutputError(cmd, 'not a GraphML document');
  // The next node and the next edge, each searched again only once passed (a search per tag is quadratic).
  let node = text.indexOf(NODE_OPEN, i);
  let edge = text.indexOf(EDGE_OPEN, i);
  // The node whose edges follow (Nix prints a node's edges right after it), and its id as printed.
  let current = -1;
  let currentId = '';
  while (node >= 0 || edge >= 0) {
    if (node >= 0 && (edge < 0 || node < edge)) {
      const idStart = node + NODE_OPEN.length;
      const idEnd = text.indexOf('"', idStart);
      const close = text.indexOf('</node>', idEnd);
      const at = text.indexOf(NAR_SIZE, idEnd);
      if (idEnd < 0 || close < 0 || at < 0 || at > close) {
        throw new NixOutputError(cmd, `a <node> without an id or a narSize near offset ${node}`);
      }
      let size = 0;
      let k = at + NAR_SIZE.length;
      const digits = k;
      for (let c = text.charCodeAt(k) - 0x30; c >= 0 && c <= 9; c = text.charCodeAt(++k) - 0x30) size = size * 10 + c;
      if (k === digits || text.charCodeAt(k) !== 0x3c || !Number.isSafeInteger(size)) {
        throw new NixOutputError(cmd, `narSize of '${text.slice(idStart, idEnd)}': expected a byte count`);
      }
      currentId = text.slice(idStart, idEnd);
      current = id(currentId);
      graph.sizes[current] = size;
      i = close;
      node = text.indexOf(NODE_OPEN, i);
      if (edge >= 0 && edge < i) edge = text.indexOf(EDGE_OPEN, i);
    } else {
      const srcStart = edge + EDGE_OPEN.length;
      const srcEnd = text.indexOf('"', srcStart);
      const tStart = srcEnd + 1 + TARGET.length;
      const tEnd = text.indexOf('"', tStart);
      if (srcEnd < 0 || tEnd < 0 || !text.startsWith(TARGET, srcEnd + 1)) {
        throw new NixOutputError(cmd, `an <edge> without a source or target near offset ${edge}`);
      }
      // Almost always the node just read: compared in place instead of sliced and looked up.
      const src =
        current >= 0 && srcEnd - srcStart === currentId.length && text.startsWith(currentId, srcStart)
          ? current
          : id(text.slice(srcStart, srcEnd));
      graph.refs[src]!.push(id(text.slice(tStart, tEnd)));
      i = tEnd;
      edge = text.indexOf(EDGE_OPEN, i);
      if (node >= 0 && node < i) node = text.indexOf(NODE_OPEN, i);
    }
  }
  return graph;
}

// ---------------------------------------------------------------- nix flake metadata --json

export interface FlakeMetadata {
  readonly url?: string;
  readonly resolvedUrl?: string;
  readonly path?: string;
  readonly description?: string;
  readonly lastModified?: number;
  readonly revision?: string;
  readonly locked?: Readonly<Record<string, string | number | boolean>>;
  /** The lock file as Nix resolved it (the `locks` field), left untyped for the lock parser. */
  readonly locks?: unknown;
}

/** `nix flake metadata --json`. */
export function parseFlakeMetadata(text: string): FlakeMetadata {
  const cmd = 'nix flake metadata --json';
  const v = parseJson(cmd, text);
  if (!isObject(v)) throw new NixOutputError(cmd, 'expected a JSON object');
  const str = (k: string): string | undefined => {
    const x = v[k];
    if (x === undefined || x === null) return undefined;
    if (typeof x !== 'string') throw new NixOutputError(cmd, `${k}: expected a string`);
    return x;
  };
  const lm = v['lastModified'];
  if (lm !== undefined && lm !== null && typeof lm !== 'number') {
    throw new NixOutputError(cmd, 'lastModified: expected a number');
  }
  let locked: Record<string, string | number | boolean> | undefined;
  if (isObject(v['locked'])) {
    locked = {};
    for (const [k, x] of Object.entries(v['locked'])) {
      if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') locked[k] = x;
    }
  }
  return {
    url: str('url'),
    resolvedUrl: str('resolvedUrl'),
    path: str('path'),
    description: str('description'),
    lastModified: typeof lm === 'number' ? lm : undefined,
    revision: str('revision'),
    locked,
    locks: v['locks'] ?? undefined,
  };
}

// ---------------------------------------------------------------- build failures on stderr

export interface BuildFailures {
  /** Derivations whose own builder failed (or whose fixed output mismatched): the ones to `nix log`. */
  readonly failed: string[];
  /** Derivations Nix says could not be built because dependencies failed. */
  readonly dependencyFailed: string[];
}

const DRV = String.raw`'(/[^'\s]+\.drv)'`;
const LEAF_PATTERNS = [
  // up to 2.2x: error: builder for '/nix/store/…drv' failed with exit code 1;
  new RegExp(String.raw`builder for ${DRV} failed`, 'g'),
  // newer: error: Cannot build '/nix/store/…drv'.\n       Reason: builder failed …
  new RegExp(String.raw`Cannot build ${DRV}\.?\s+Reason: builder failed`, 'g'),
  new RegExp(String.raw`hash mismatch in fixed-output derivation ${DRV}`, 'g'),
];
const DEP_PATTERNS = [
  new RegExp(String.raw`dependencies of derivation ${DRV} failed to build`, 'g'),
  new RegExp(String.raw`Cannot build ${DRV}\.?\s+Reason: \d+ dependenc`, 'g'),
];

function collect(text: string, patterns: readonly RegExp[]): string[] {
  const out = new Set<string>();
  for (const re of patterns) for (const m of text.matchAll(re)) out.add(m[1]!);
  return [...out];
}

/** The failing derivations named in the stderr of a failed `nix build --keep-going`. */
export function parseBuildFailures(stderr: string): BuildFailures {
  const text = stripAnsi(stderr);
  return { failed: collect(text, LEAF_PATTERNS), dependencyFailed: collect(text, DEP_PATTERNS) };
}

// ---------------------------------------------------------------- nix store diff-closures (text)

export interface NixDiffLine {
  readonly name: string;
  /** Versions removed / added as printed (`ε` read back as ''); empty when no version change was shown. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** The size as printed (`+3.0 KiB`, `-1.2 MiB`), or undefined when none was shown. */
  readonly size?: string;
  /** The printed size in bytes, approximately (one decimal of the unit shown). */
  readonly sizeBytes?: number;
}

const UNIT_POWER: Readonly<Record<string, number>> = { B: 0, K: 1, M: 2, G: 3, T: 4, P: 5, E: 6 };

function readVersions(s: string): string[] {
  if (s === '∅') return [];
  return s.split(', ').map((v) => (v === 'ε' ? '' : v));
}

/**
 * The text of `nix store diff-closures` (any version: sizes as `+3.0 KiB` up to 2.32, `3.0 KiB`/`-1.2 MiB` from
 * 2.33), ANSI colour removed. Used to compare with Nix itself.
 */
export function parseDiffClosuresText(text: string): NixDiffLine[] {
  const out: NixDiffLine[] = [];
  for (const raw of stripAnsi(text).split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    const colon = line.indexOf(': ');
    if (colon < 0) throw new NixOutputError('nix store diff-closures', `unexpected line '${line}'`);
    const name = line.slice(0, colon).trim();
    let rest = line.slice(colon + 2);
    let size: string | undefined;
    let sizeBytes: number | undefined;
    const sm = /(?:^|, )([+-]?\d+(?:\.\d+)?) ([KMGTPE]?)i?B$/.exec(rest);
    if (sm) {
      size = `${sm[1]} ${sm[2] ? `${sm[2]}iB` : 'B'}`;
      sizeBytes = Number(sm[1]) * 1024 ** (sm[2] ? UNIT_POWER[sm[2]]! : 0);
      rest = rest.slice(0, sm.index);
    }
    let before: string[] = [];
    let after: string[] = [];
    if (rest !== '') {
      const arrow = rest.indexOf(' → ');
      if (arrow < 0) throw new NixOutputError('nix store diff-closures', `unexpected line '${line}'`);
      before = readVersions(rest.slice(0, arrow));
      after = readVersions(rest.slice(arrow + 3));
    }
    out.push({ name, before, after, size, sizeBytes });
  }
  return out;
}
