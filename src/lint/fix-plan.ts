/**
 * `fix`: applies the fixes lint found (a `follows` line for a duplicate, the removal of an override of a missing
 * input) to flake.nix, keeping its formatting. The edited text must parse again before anything is written; the
 * file is replaced through a temporary file and a rename; a flake.nix with uncommitted changes is left alone; then
 * `nix flake lock` brings flake.lock in line (when Nix is here; otherwise the user is told to run it).
 */
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { ProcessRunner } from '../exec/process.js';
import { applyEdits, type OffsetEdit } from '../nix/edit.js';
import { confine, rootOf } from '../workspace/confine.js';
import { repositoryRoot } from '../git/git.js';
import type { FlakeResult } from './lint-result.js';
import type { Finding } from './lint-types.js';

export interface FixPlan {
  readonly dir: string;
  /** Workspace-relative path of flake.nix. */
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** Findings whose fix is in `after`. */
  readonly applied: readonly Finding[];
  /** Fixable findings whose fix could not be combined with the others (they overlap); a second run applies them. */
  readonly deferred: readonly Finding[];
}

/**
 * Two edits collide when their ranges overlap, or one inserts strictly inside the other's range. Insertions at the
 * same offset do not collide (they are applied in order).
 */
function collide(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  const inside = (p: number, e: OffsetEdit) => e.start < p && p < e.end;
  return (a.start === a.end && inside(a.start, b)) || (b.start === b.end && inside(b.start, a));
}

/** The edits of every fixable finding on flake.nix, combined; overlapping ones are deferred. */
export function planFixes(result: FlakeResult): FixPlan | undefined {
  const flake = result.ctx.flake;
  if (!flake) return undefined;
  const edits: OffsetEdit[] = [];
  const applied: Finding[] = [];
  const deferred: Finding[] = [];
  const seen = new Set<string>();
  for (const f of result.findings) {
    if (!f.fix || f.fix.edits.length === 0 || f.file !== result.ctx.nixPath) continue;
    const mine = f.fix.edits.map((e) => ({ start: e.span.start.offset, end: e.span.end.offset, newText: e.newText }));
    const fresh = mine.filter((e) => !seen.has(`${e.start}:${e.end}:${e.newText}`));
    const overlaps = fresh.some((e) => edits.some((o) => collide(e, o)));
    if (overlaps) {
      deferred.push(f);
      continue;
    }
    for (const e of fresh) {
      seen.add(`${e.start}:${e.end}:${e.newText}`);
      edits.push(e);
    }
    applied.push(f);
  }
  if (applied.length === 0) return undefined;
  return {
    dir: result.dir,
    file: result.ctx.nixPath,
    before: flake.text,
    after: applyEdits(flake.text, edits),
    applied,
    deferred,
  };
}

/** Unified diff of a plan (`diff` package). */
export async function planDiff(plan: FixPlan): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  return createTwoFilesPatch(`a/${plan.file}`, `b/${plan.file}`, plan.before, plan.after, '', '', { context: 3 });
}

/**
 * Refuses when flake.nix has uncommitted changes (the fix would mix with them). Outside a git work tree, or without
 * git, there is nothing to protect against and the fix goes ahead.
 */
export async function checkClean(run: ProcessRunner, absFile: string, shown: string): Promise<'clean' | 'no-git'> {
  let r;
  try {
    r = await run('git', ['status', '--porcelain', '--', path.basename(absFile)], {
      cwd: path.dirname(absFile),
      check: false,
    });
  } catch {
    return 'no-git';
  }
  if (r.code !== 0) return 'no-git';
  if (r.stdout.trim() !== '') {
    throw new UserError(
      `${shown} has uncommitted changes; fix will not mix its edits with them`,
      shown,
      undefined,
      'commit or stash them first, or run flake-steward fix --dry-run to see the diff',
    );
  }
  return 'clean';
}

/**
 * Where each plan's flake.nix really is, to check and write it there. The flake's directory, its flake.nix and its
 * flake.lock (which `nix flake lock` writes next) must each lead (links followed) inside the workspace when
 * `confine` is set (the action), else inside the repository of the workspace (git's top level, or the directory
 * itself outside git: the CLI). So a committed link (`sub -> ../elsewhere`) never makes fix write outside; a link
 * inside the repository is written through and stays a link.
 */
export async function fixTargets(
  run: ProcessRunner,
  req: { readonly workspace: string; readonly confine?: boolean },
  plans: readonly FixPlan[],
): Promise<Map<FixPlan, string>> {
  const root = rootOf(req.confine ? req.workspace : await repositoryRoot(run, req.workspace));
  const area = req.confine ? 'the workspace' : `the repository ${root.given}`;
  const hint = `fix writes nothing outside ${area}; run it in the repository the flake belongs to`;
  const check = (shown: string): string => confine(root, path.join(req.workspace, shown), { shown, area, hint });
  const out = new Map<FixPlan, string>();
  for (const plan of plans) {
    check(plan.dir);
    check(path.posix.join(plan.dir, 'flake.lock'));
    out.set(plan, check(plan.file));
  }
  return out;
}

/** Parses the edited flake.nix again; a fix that breaks it is a bug, and nothing is written. */
export async function checkParses(plan: FixPlan): Promise<void> {
  const { parseFile, NixSyntaxError } = await import('../nix/index.js');
  try {
    parseFile(plan.after, { file: plan.file });
  } catch (e) {
    const why = e instanceof NixSyntaxError ? e.format() : e instanceof Error ? e.message : String(e);
    throw new Error(`the fixes for ${plan.file} would not parse (${why}); nothing was written — please report this`);
  }
}
