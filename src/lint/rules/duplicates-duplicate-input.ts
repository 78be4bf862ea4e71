import { showPath, type InputPath, type LockNode } from '../../flake/flake-types.js';
import { daysBetween } from '../calendar.js';
import { followsFix } from '../fix-edits.js';
import { shortRev } from '../../forge/forge-links.js';
import { isNixpkgs, lastModified, sourceOf, type SourceInfo } from '../source.js';
import type { LintContext, RawFinding, Rule } from '../lint-types.js';
import { anchor, comparePaths, pathsByNode } from '../where.js';
import { attrName } from '../../nix/edit.js';

/** Copies named in one message; the rest are counted. */
const MAX_LISTED = 6;

interface Copy {
  readonly key: string;
  readonly node: LockNode;
  readonly source: SourceInfo;
  /** Every input path holding this node, shortest first. */
  readonly paths: InputPath[];
}

/**
 * Root inputs whose lock entry is a follows (`inputs.nixpkgs.follows = "nixos-cosmic/nixpkgs"`), by the node they
 * resolve to: the root name is the path others should follow, not the dependency's input it points into.
 */
function rootAliases(ctx: LintContext): Map<string, InputPath[]> {
  const out = new Map<string, InputPath[]>();
  const root = ctx.lock?.nodes.get(ctx.lock.root);
  for (const [name, edge] of root?.inputs ?? []) {
    if (edge.kind === 'node') continue;
    const node = ctx.resolved.get(name)?.node;
    if (node === undefined) continue;
    const list = out.get(node);
    if (list) list.push([name]);
    else out.set(node, [[name]]);
  }
  return out;
}

/**
 * Duplicate groups: copies of one source whatever their branch (rev-pinned copies left out), keyed by source
 * identity. A copy's paths are every input path holding its node, shortest first, root inputs that follow it included.
 */
export function duplicateGroups(ctx: LintContext): Copy[][] {
  const lock = ctx.lock!;
  const bySource = new Map<string, Copy[]>();
  const aliases = rootAliases(ctx);
  for (const [key, held] of pathsByNode(ctx)) {
    const node = lock.nodes.get(key);
    if (!node || key === lock.root) continue;
    const source = sourceOf(node);
    if (!source || source.pinned) continue;
    const k = `${source.key}\0${node.flake}`;
    const list = bySource.get(k);
    const alias = aliases.get(key);
    const paths = alias ? [...alias, ...held].sort(comparePaths) : held;
    const copy = { key, node, source, paths };
    if (list) list.push(copy);
    else bySource.set(k, [copy]);
  }
  return [...bySource.values()].filter((g) => g.length > 1);
}

function describeCopy(c: Copy): string {
  const rev = shortRev(c.node.locked?.['rev'] as string | undefined);
  const date = lastModified(c.node)?.toISOString().slice(0, 10);
  const detail = [c.source.ref ? `ref ${c.source.ref}` : undefined, rev, date].filter(Boolean).join(', ');
  return `${showPath(c.paths[0]!)}${detail ? ` (${detail})` : ''}`;
}

/** How far a copy is from the one it should follow: `the same revision as X`, `55 days older than X (a vs b)`. */
function distance(copy: Copy, target: Copy): string {
  const t = showPath(target.paths[0]!);
  const a = copy.node.locked?.['rev'];
  const b = target.node.locked?.['rev'];
  if (a !== undefined && a === b) return `the same revision as ${t}`;
  const revs = a && b ? ` (${shortRev(a as string)} vs ${shortRev(b as string)})` : '';
  const da = lastModified(copy.node);
  const db = lastModified(target.node);
  if (!da || !db) return `a different revision from ${t}${revs}`;
  const days = daysBetween(db, da);
  if (days === 0) return `a different revision from ${t}, the same day${revs}`;
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'older' : 'newer'} than ${t}${revs}`;
}

/** Order of preference for the copy others follow: shorter path, earlier declared root input, newer. */
function preference(rootOrder: ReadonlyMap<string, number>, c: Copy): number[] {
  const p = c.paths[0]!;
  return [p.length, rootOrder.get(p[0]!) ?? 1e9, -(lastModified(c.node)?.getTime() ?? 0)];
}

/** Root input name → its place in flake.nix (the first declaration of a name wins, as a search would find it). */
function rootOrderOf(ctx: LintContext): Map<string, number> {
  const order = new Map<string, number>();
  (ctx.flake?.inputs ?? []).forEach((d, i) => {
    if (!order.has(d.name)) order.set(d.name, i);
  });
  return order;
}

function byScore(score: (c: Copy) => number[]) {
  return (a: Copy, b: Copy): number => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! - sb[i]!;
    return comparePaths(a.paths[0]!, b.paths[0]!);
  };
}

const lastName = (c: Copy) => c.paths[0]![c.paths[0]!.length - 1]!;

/** A copy's branch as a bucket key: `r:` + ref, `u` when it asks for none. */
const branchOf = (c: Copy) => (c.source.ref === undefined ? 'u' : `r:${c.source.ref}`);

/**
 * Small helper flakes: a second copy is a few files of Nix library, not a second nixpkgs to fetch and evaluate, so
 * it is reported one severity below the rule's setting (a notice by default). By repository name on any forge and
 * under any owner, and every repository of nix-systems (`default`, `default-linux`, `x86_64-linux`, ...).
 */
const HELPER_REPOS: ReadonlySet<string> = new Set([
  'flake-utils',
  'flake-utils-plus',
  'flake-compat',
  'flake-parts',
  'nixpkgs.lib',
  'gitignore.nix',
  'nix-github-actions',
  'flake-schemas',
  'nix-filter',
]);
const HELPER_OWNERS: ReadonlySet<string> = new Set(['nix-systems']);

/** Whether a copy is of a small helper flake (never nixpkgs, a fork of it or a channel, whatever it is called). */
export function isHelperFlake(node: LockNode, source: SourceInfo): boolean {
  if (isNixpkgs(node)) return false;
  const repo = source.repo?.toLowerCase();
  const owner = source.owner?.toLowerCase();
  return (repo !== undefined && HELPER_REPOS.has(repo)) || (owner !== undefined && HELPER_OWNERS.has(owner));
}

/**
 * The copies kept so far in one group, indexed so that each choice is O(1) rather than a sort of every kept copy
 * (4,000 copies of one source were quadratic): the first root input per branch (a twin), and the preferred copy
 * per branch, per branch and input name, and over every branch.
 */
class Kept {
  private readonly twins = new Map<string | undefined, Copy>();
  private readonly bestOf = new Map<string, Copy>();
  /**
   * The preferred root input per bucket: by branch and name, by branch, by name over every branch, named as its
   * repository, and overall.
   */
  private readonly rootBest = new Map<string, Copy>();
  private readonly rank = new Map<Copy, number[]>();
  private readonly compare: (a: Copy, b: Copy) => number;

  constructor(rootOrder: ReadonlyMap<string, number>) {
    this.compare = byScore((c) => {
      let r = this.rank.get(c);
      if (!r) this.rank.set(c, (r = preference(rootOrder, c)));
      return r;
    });
  }

  // Buckets: by branch (`r:` + ref, `u` for none), by branch and last input name, and over every named branch (`d`).
  private static buckets(c: Copy): string[] {
    const ref = c.source.ref === undefined ? 'u' : `r:${c.source.ref}`;
    const name = lastName(c);
    const out = [ref, `${ref}\0${name}`];
    if (c.source.ref !== undefined) out.push('d', `d\0${name}`);
    return out;
  }

  add(c: Copy): void {
    if (c.paths[0]!.length === 1) {
      if (!this.twins.has(c.source.ref)) this.twins.set(c.source.ref, c);
      const ref = branchOf(c);
      const name = lastName(c);
      const named = name.toLowerCase() === c.source.repo?.toLowerCase() ? ['repo'] : [];
      for (const b of [`${ref}\0${name}`, ref, `*\0${name}`, ...named, '*']) {
        const best = this.rootBest.get(b);
        if (!best || this.compare(c, best) < 0) this.rootBest.set(b, c);
      }
    }
    for (const b of Kept.buckets(c)) {
      const best = this.bestOf.get(b);
      if (!best || this.compare(c, best) < 0) this.bestOf.set(b, c);
    }
  }

  /**
   * The root input a dependency's copy should follow, whatever its branch: on the same branch with the same name,
   * on the same branch, with the same name, named as the repository (`nixpkgs` for NixOS/nixpkgs), one that asks
   * for no branch, else the preferred one; undefined when no root input has the source.
   */
  rootTarget(c: Copy): Copy | undefined {
    const ref = branchOf(c);
    const name = lastName(c);
    for (const b of [`${ref}\0${name}`, ref, `*\0${name}`, 'repo', 'u', '*']) {
      const t = this.rootBest.get(b);
      if (t) return t;
    }
    return undefined;
  }

  /** The first root input kept on the same branch. */
  twin(c: Copy): Copy | undefined {
    return this.twins.get(c.source.ref);
  }

  /**
   * The copy `c` should follow when no root input has the source: on the same branch first, then with the same
   * input name, then by preference; a copy that asks for no branch is compatible with every branch, one that asks
   * for a branch with that branch and with copies that ask for none.
   */
  target(c: Copy): Copy | undefined {
    const name = lastName(c);
    const same = c.source.ref === undefined ? 'u' : `r:${c.source.ref}`;
    const other = c.source.ref === undefined ? 'd' : 'u';
    for (const b of [`${same}\0${name}`, same, `${other}\0${name}`, other]) {
      const t = this.bestOf.get(b);
      if (t) return t;
    }
    return undefined;
  }
}

export const duplicatesDuplicateInput: Rule = {
  id: 'duplicates/duplicate-input',
  defaultSeverity: 'warning',
  needs: ['lock'],
  fixable: true,
  docs: {
    summary:
      "One source (same type, host and owner/repo ignoring case, or the same URL) is locked as several nodes: a dependency's copy of a root input's source whatever its branch, two root inputs on the same branch, or copies on one branch when no root input has the source.",
    why: "Each copy is fetched, evaluated and often built separately: two or three nixpkgs in one system mean slower evaluation, more downloads and mixed library versions, even when the copy follows another nixpkgs branch (home-manager on `nixpkgs-unstable` next to a root `nixos-unstable`). The message lists every input path holding a copy, how far apart the copies are and their branches when they differ. A copy of a small helper flake (flake-utils, flake-utils-plus, flake-compat, flake-parts, nixpkgs.lib, gitignore.nix, nix-github-actions, flake-schemas, nix-filter, any nix-systems repository) costs a few files, not a second nixpkgs: it is reported one severity below the rule's setting (a notice by default, a warning when the rule is set to `error`; with `notice` every copy is a notice). nixpkgs, its forks and channels are never helpers.",
    fix: 'Make the copy follow the root input that has the source, with the line the finding gives, in the file\'s own style (`flake-steward fix` adds it): `inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";`, then `nix flake lock`. The root input chosen is on the same branch as the copy, else has the same name, else is named as the repository (`nixpkgs`), else is the first declared. When no root input has the source, the line follows the copy of the nearest dependency instead; declaring the source as a root input and making every copy follow it is the sturdier fix. Root inputs that track different branches on purpose (`nixpkgs` and `nixpkgs-stable`) and copies pinned to a `rev` are not reported; to silence one copy, ignore it (`duplicates/duplicate-input:**/systems`).',
    example:
      'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.home-manager.url = "github:nix-community/home-manager";\n# home-manager brings its own nixpkgs (nixos-unstable or nixpkgs-unstable): two copies in flake.lock',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    // Copies are decided outermost first (shortest path): a copy inside a copy that gets a follows goes away with
    // it, so it is neither reported nor chosen as a target.
    const groups = duplicateGroups(ctx);
    const rootOrder = rootOrderOf(ctx);
    const kept = new Map<Copy[], Kept>(groups.map((g) => [g, new Kept(rootOrder)]));
    const listing = new Map<Copy[], string>(
      groups.map((g) => {
        const all = [...g].sort((a, b) => comparePaths(a.paths[0]!, b.paths[0]!)).map(describeCopy);
        const shown = all.length > MAX_LISTED ? [...all.slice(0, MAX_LISTED), `${all.length - MAX_LISTED} more`] : all;
        return [g, shown.join('; ')];
      }),
    );
    const scores = new Map<string, number[]>();
    const pref = (c: Copy) => {
      let v = scores.get(c.key);
      if (!v) scores.set(c.key, (v = preference(rootOrder, c)));
      return v;
    };
    const order = groups.flatMap((g) => g.map((c) => ({ g, c }))).sort((x, y) => byScore(pref)(x.c, y.c));
    // paths that got a follows (NUL-joined): a path under one of them goes away with it
    const fixed = new Set<string>();
    const under = (p: InputPath) => {
      let key = '';
      for (let i = 0; i < p.length - 1; i++) {
        key = i === 0 ? p[0]! : `${key}\0${p[i]!}`;
        if (fixed.has(key)) return true;
      }
      return false;
    };
    for (const { g, c } of order) {
      const paths = c.paths.filter((p) => !under(p));
      if (paths.length === 0) continue;
      const copy: Copy = { ...c, paths };
      const path = paths[0]!;
      const keep = kept.get(g)!;
      const weight = isHelperFlake(copy.node, copy.source) ? { minor: true } : {};
      if (path.length === 1) {
        // two root inputs of one source: intentional when they track different branches
        const twin = keep.twin(copy);
        keep.add(copy);
        if (!twin) continue;
        const other = showPath(twin.paths[0]!);
        out.push({
          ...anchor(ctx, path),
          ...weight,
          input: showPath(path),
          message: `${showPath(path)} and ${other} are the same source (${copy.source.label}${copy.source.ref ? ` ${copy.source.ref}` : ''}) locked twice; ${showPath(path)} is ${distance(copy, twin)}: use one of them, or make ${showPath(path)} follow ${other}`,
          fix: {
            description: `Replace the reference of ${showPath(path)} with a follows of ${other}`,
            text: `inputs.${attrName(path[0]!)}.follows = ${JSON.stringify(other)};`,
            edits: [],
          },
        });
        continue;
      }
      // a copy of a root input's source follows a root input, whatever its branch; without one, a copy on a
      // compatible branch follows the preferred other copy
      const rootTarget = keep.rootTarget(copy);
      const target = rootTarget ?? keep.target(copy);
      if (!target) {
        keep.add(copy);
        continue;
      }
      fixed.add(path.join('\0'));
      const t = target.paths[0]!;
      const fix = followsFix(ctx, path, t);
      const branches =
        copy.source.ref !== undefined && target.source.ref !== undefined && copy.source.ref !== target.source.ref
          ? `, on ${copy.source.ref} where ${showPath(t)} tracks ${target.source.ref}`
          : '';
      const todo = rootTarget
        ? `add \`${fix.text}\``
        : `no root input has it: add \`${fix.text}\`, or declare it as a root input and make every copy follow that`;
      out.push({
        ...anchor(ctx, path, { ancestor: true }),
        ...weight,
        input: showPath(path),
        message: `${showPath(path)} is one of ${g.length} copies of ${copy.source.label} in flake.lock (${listing.get(g)}); it is ${distance(copy, target)}${branches}: ${todo}`,
        fix,
      });
    }
    return out;
  },
};
