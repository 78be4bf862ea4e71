/**
 * The fix that moves an input to another release branch: the `YY.MM` inside the branch of its `url` string in
 * flake.nix, and nothing else (`"github:NixOS/nixpkgs/nixos-25.05"` → `"github:NixOS/nixpkgs/nixos-26.11"`), so the
 * file keeps its formatting. A `url` written with escapes or interpolation, or in attribute form, gets no edit; the
 * description still says what to change.
 */
import type { DeclaredInput } from '../flake/flake-types.js';
import { spanAt } from '../nix/edit.js';
import { branchForRelease, type Release } from './calendar.js';
import type { Fix, LintContext } from './lint-types.js';

/** Where `branch` stands as a whole segment of a reference (after `/` or `ref=`, before `/`, `?`, `&`, `#`, end). */
function segmentAt(url: string, branch: string): number {
  for (let at = url.lastIndexOf(branch); at >= 0; at = at === 0 ? -1 : url.lastIndexOf(branch, at - 1)) {
    const before = url[at - 1];
    const after = url[at + branch.length];
    if ((before === '/' || before === '=') && (after === undefined || '/?&#'.includes(after))) return at;
  }
  return -1;
}

export function moveReleaseFix(
  ctx: LintContext,
  decl: DeclaredInput | undefined,
  moving: { readonly branch: string; readonly release: Release },
  to: Release,
): Fix | undefined {
  const text = ctx.flake?.text;
  const url = decl?.url;
  // lock-only, or an input written in attribute form: the finding's message names the branch to move to
  if (text === undefined || !decl || !url) return undefined;
  const branch = moving.branch;
  const toBranch = branchForRelease(branch, to) ?? to.name;
  const description = `Move ${decl.name} from ${branch} to ${toBranch}`;
  const at = segmentAt(url.value, branch);
  if (at < 0) return undefined;
  const moved = `url = ${JSON.stringify(url.value.slice(0, at) + toBranch + url.value.slice(at + branch.length))};`;
  const literal = text.slice(url.span.start.offset, url.span.end.offset);
  const inBranch = branch.lastIndexOf(moving.release.name);
  const plain = literal === JSON.stringify(url.value) && !literal.includes('\\') && !literal.includes('${');
  if (!plain || inBranch < 0) return { description, text: moved, edits: [] };
  // `"` + offset of the branch + offset of `YY.MM` in it
  const start = url.span.start.offset + 1 + at + inBranch;
  return { description, text: moved, edits: [{ span: spanAt(text, start, start + 5), newText: to.name }] };
}
