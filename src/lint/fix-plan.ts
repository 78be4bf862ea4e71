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

/**
 * The plan as a git-style unified diff that `git apply` (and `patch -p1`) accepts: `diff --git a/P b/P`, `--- a/P`,
 * `+++ b/P` with no trailing tab or timestamp, then the hunks of the `diff` package, every line kept as it is (a
 * context line of one space included) and `\ No newline at end of file` where it applies. `shown` is the file's path
 * from where the patch is meant to be applied (the repository's top level, or the working directory); default the
 * plan's workspace-relative path. The path is the user's and is written as it is (git quotes unusual names; a flake
 * directory with a line break in its name is no concern of a patch meant for a terminal).
 */
export async function planDiff(plan: FixPlan, shown: string = plan.file): Promise<string> {
  const { structuredPatch } = await import('diff');
  const patch = structuredPatch(shown, shown, plan.before, plan.after, '', '', { context: 3 });
  const range = (start: number, lines: number) => (lines === 1 ? `${start}` : `${start},${lines}`);
  const out = [`diff --git a/${shown} b/${shown}`, `--- a/${shown}`, `+++ b/${shown}`];
  for (const h of patch.hunks) {
    out.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`, ...h.lines);
  }
  return `${out.join('\n')}\n`;
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
