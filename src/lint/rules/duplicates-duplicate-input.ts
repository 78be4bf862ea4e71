import { showPath, type InputPath, type LockNode } from '../../flake/types.js';
import { daysBetween } from '../calendar.js';
import { followsFix } from '../fixes.js';
import { lastModified, shortRev, sourceOf, type SourceInfo } from '../source.js';
import type { LintContext, RawFinding, Rule } from '../types.js';
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

const refsCompatible = (a: SourceInfo, b: SourceInfo) => a.ref === undefined || b.ref === undefined || a.ref === b.ref;

/** Duplicate groups: copies of one source (rev-pinned copies left out), keyed by source identity. */
export function duplicateGroups(ctx: LintContext): Copy[][] {
  const lock = ctx.lock!;
  const bySource = new Map<string, Copy[]>();
  for (const [key, paths] of pathsByNode(ctx)) {
    const node = lock.nodes.get(key);
    if (!node || key === lock.root) continue;
    const source = sourceOf(node);
    if (!source || source.pinned) continue;
    const k = `${source.key}\0${node.flake}`;
    const list = bySource.get(k);
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
function preference(ctx: LintContext, c: Copy): number[] {
  const p = c.paths[0]!;
  const order = (ctx.flake?.inputs ?? []).findIndex((d) => d.name === p[0]);
  return [p.length, order < 0 ? 1e9 : order, -(lastModified(c.node)?.getTime() ?? 0)];
}

function byScore(score: (c: Copy) => number[]) {
  return (a: Copy, b: Copy): number => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! - sb[i]!;
    return comparePaths(a.paths[0]!, b.paths[0]!);
  };
}

/** Among the copies already kept, the one `copy` should follow: same branch first, then same input name. */
function chooseTarget(ctx: LintContext, copy: Copy, kept: readonly Copy[]): Copy | undefined {
  const name = copy.paths[0]![copy.paths[0]!.length - 1];
  const compatible = kept.filter((c) => refsCompatible(c.source, copy.source));
  const score = (c: Copy): number[] => {
    const p = c.paths[0]!;
    return [c.source.ref === copy.source.ref ? 0 : 1, p[p.length - 1] === name ? 0 : 1, ...preference(ctx, c)];
  };
  return [...compatible].sort(byScore(score))[0];
}

export const duplicatesDuplicateInput: Rule = {
  id: 'duplicates/duplicate-input',
  defaultSeverity: 'warning',
  needs: ['lock'],
  fixable: true,
  docs: {
    summary:
      'One source (same type, host and owner/repo ignoring case, or the same URL; on the same branch, or with no branch asked for) is locked as several nodes.',
    why: 'Each copy is fetched, evaluated and often built separately: two or three nixpkgs in one system mean slower evaluation, more downloads and mixed library versions. The message lists every input path holding a copy and how far apart the copies are.',
    fix: 'Make the copy follow the input you already have, with the line the finding gives, in the file\'s own style (`flake-steward fix` adds it): `inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";`, then `nix flake lock`. Root inputs that track different branches on purpose (`nixpkgs` and `nixpkgs-stable`) and copies pinned to a `rev` are not reported.',
    example:
      'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\ninputs.home-manager.url = "github:nix-community/home-manager";\n# home-manager brings its own nixpkgs: two copies in flake.lock',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    // Copies are decided outermost first (shortest path): a copy inside a copy that gets a follows goes away with
    // it, so it is neither reported nor chosen as a target.
    const groups = duplicateGroups(ctx);
    const kept = new Map<Copy[], Copy[]>(groups.map((g) => [g, []]));
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
      if (!v) scores.set(c.key, (v = preference(ctx, c)));
      return v;
    };
    const order = groups.flatMap((g) => g.map((c) => ({ g, c }))).sort((x, y) => byScore(pref)(x.c, y.c));
    const fixed: InputPath[] = [];
    const under = (p: InputPath) => fixed.some((f) => f.length < p.length && f.every((s, i) => s === p[i]));
    for (const { g, c } of order) {
      const paths = c.paths.filter((p) => !under(p));
      if (paths.length === 0) continue;
      const copy: Copy = { ...c, paths };
      const path = paths[0]!;
      const keep = kept.get(g)!;
      if (path.length === 1) {
        // two root inputs of one source: intentional when they track different branches
        const twin = keep.find((k) => k.paths[0]!.length === 1 && k.source.ref === copy.source.ref);
        keep.push(copy);
        if (!twin) continue;
        const other = showPath(twin.paths[0]!);
        out.push({
          ...anchor(ctx, path),
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
      const target = chooseTarget(ctx, copy, keep);
      if (!target) {
        keep.push(copy);
        continue;
      }
      fixed.push(path);
      const fix = followsFix(ctx, path, target.paths[0]!);
      out.push({
        ...anchor(ctx, path, { ancestor: true }),
        input: showPath(path),
        message: `${showPath(path)} is one of ${g.length} copies of ${copy.source.label} in flake.lock (${listing.get(g)}); it is ${distance(copy, target)}: add \`${fix.text}\``,
        fix,
      });
    }
    return out;
  },
};
