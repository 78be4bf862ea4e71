import { spanAt } from '../../nix/edit.js';
import { declaredTagPins, newestTag, retaggedReference, tagBumpEdit } from '../../flake/release-tags.js';
import { NEWER_TAG_RULE } from '../newer-tag-policy.js';
import type { Fix, RawFinding, Rule } from '../lint-types.js';
import { declaredAt, spanRegion } from '../where.js';

/**
 * A root input pinned to a release tag whose remote has a newer one. Pure: the tags were asked before the rules ran
 * (src/app/lint-tag-lookup.ts, within the `newer-tags` policy of src/lint/newer-tag-policy.ts) and are read from
 * the context; a remote that was not asked or did not answer says nothing.
 */
export const freshnessNewerTag: Rule = {
  id: NEWER_TAG_RULE,
  defaultSeverity: 'notice',
  needs: ['nix'],
  fixable: true,
  docs: {
    summary:
      'A root input is pinned to a release tag (`github:owner/repo/v1.2.3`, `?ref=v1.2.3`, `?ref=refs/tags/1.2.3`) and its repository has a newer release: the tag `semver` orders highest, a pre-release only when the pin is one.',
    why: "A tag never moves, so `nix flake update` keeps the input where it is forever and its age says nothing (`freshness/stale-input` leaves tag pins alone). Lint asks the repository for its tags (`git ls-remote --tags`) before the rules run; it evaluates nothing. Which repositories it may ask is the `newer-tags` setting: `forges` (default) only public forges (`github:`, `gitlab:`, `sourcehut:` and https URLs on github.com, gitlab.com, codeberg.org, git.sr.ht), so a fork's pull request can at most make it ask a public forge; `any` every remote git can reach (self-hosted forges; not for workflows that lint forks' pull requests); `off` none. `review` lints both sides the same way and asks each repository once for both. At most 32 repositories are asked per run, a few at a time; one that does not answer (or lists over 4 MiB of tags) is a log line, never a finding.",
    fix: "Move the pin to the newest tag (the message names it) and relock: `flake-steward fix` rewrites the tag in the input's `url` in flake.nix, nothing else, and runs `nix flake lock`; or let `flake-steward update` do it in its pull request. To stay on a release on purpose, ignore it (`ignore: freshness/newer-tag:tool`).",
    example: 'inputs.tool.url = "github:owner/tool/v1.0.0"; # the repository has tagged v1.2.0',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const flake = ctx.flake!;
    for (const p of declaredTagPins(flake)) {
      const tags = ctx.remoteTags?.get(p.pin.remote);
      if (tags === undefined) continue;
      const to = newestTag(p.pin, tags);
      const url = declaredAt(ctx, [p.input])?.url;
      if (to === undefined || url === undefined) continue;
      const edit = tagBumpEdit(p, to);
      const fix: Fix = {
        description: `Move ${p.input} from ${p.pin.tag} to ${to}, then relock (nix flake lock)`,
        text: `url = ${JSON.stringify(retaggedReference(url.value, p.pin, to))};`,
        edits: [{ span: spanAt(flake.text, edit.start, edit.end), newText: to }],
      };
      out.push({
        in: 'nix',
        ...spanRegion(url.span),
        input: p.input,
        message: `input '${p.input}' is pinned to release tag ${p.pin.tag}; ${to} is the newest release`,
        fix,
      });
    }
    return out;
  },
};
