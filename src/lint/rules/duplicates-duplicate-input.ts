import { showPath, type InputPath, type LockNode } from '../../flake/types.js';
import { daysBetween } from '../calendar.js';
import { followsFix } from '../fixes.js';
import { lastModified, shortRev, sourceOf, type SourceInfo } from '../source.js';
import type { LintContext, RawFinding, Rule } from '../types.js';
import { anchor, comparePaths, pathsByNode } from '../where.js';
import { attrName } from '../../nix/edit.js';

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

function distance(copy: Copy, target: Copy): string {
  const a = copy.node.locked?.['rev'];
  const b = target.node.locked?.['rev'];
  if (a !== undefined && a === b) return 'same revision, locked twice';
  const da = lastModified(copy.node);
  const db = lastModified(target.node);
  const revs = a && b ? `revisions ${shortRev(a as string)} and ${shortRev(b as string)}` : 'different revisions';
  if (!da || !db) return revs;
  const days = Math.abs(daysBetween(da, db));
  return `${revs}, ${days} day${days === 1 ? '' : 's'} apart`;
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
    for (const group of duplicateGroups(ctx)) {
      const listed = [...group].sort((a, b) => comparePaths(a.paths[0]!, b.paths[0]!)).map(describeCopy);
      const kept: Copy[] = [];
      const sorted = [...group].sort(byScore((c) => preference(ctx, c)));
      for (const copy of sorted) {
        const path = copy.paths[0]!;
        if (path.length === 1) {
          // two root inputs of one source: intentional when they track different branches
          const twin = kept.find((k) => k.paths[0]!.length === 1 && k.source.ref === copy.source.ref);
          kept.push(copy);
          if (!twin) continue;
          const other = showPath(twin.paths[0]!);
          out.push({
            ...anchor(ctx, path),
            input: showPath(path),
            message: `${showPath(path)} and ${other} are the same source (${copy.source.label}${copy.source.ref ? ` ${copy.source.ref}` : ''}) locked twice (${distance(copy, twin)}): use one of them, or make ${showPath(path)} follow ${other}`,
            fix: {
              description: `Replace the reference of ${showPath(path)} with a follows of ${other}`,
              text: `inputs.${attrName(path[0]!)}.follows = ${JSON.stringify(other)};`,
              edits: [],
            },
          });
          continue;
        }
        const target = chooseTarget(ctx, copy, kept);
        if (!target) {
          kept.push(copy);
          continue;
        }
        const targetPath = target.paths[0]!;
        const fix = followsFix(ctx, path, targetPath);
        const n = group.length;
        out.push({
          ...anchor(ctx, path, { ancestor: true }),
          input: showPath(path),
          message: `${showPath(path)} is one of ${n} copies of ${copy.source.label} in flake.lock (${listed.join('; ')}); it is ${distance(copy, target)} from ${showPath(targetPath)}: add \`${fix.text}\``,
          fix,
        });
      }
    }
    // a copy inside another copy that gets a follows disappears with it: keep only the outermost fix
    const fixed = out.filter((f) => f.input?.includes('/')).map((f) => f.input!);
    return out.filter((f) => !fixed.some((p) => f.input !== p && f.input!.startsWith(`${p}/`)));
  },
};
