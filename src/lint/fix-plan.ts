/**
 * The plan of `fix`, pure: the edits lint's findings carry (a `follows` line for a duplicate, the removal of an
 * override of a missing input) applied to flake.nix's text, keeping its formatting; the diff; the check that the
 * edited text parses. Writing, git and Nix are the fix use case's (src/app/fix.ts).
 */
import { applyEdits, type OffsetEdit } from '../nix/edit.js';
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
