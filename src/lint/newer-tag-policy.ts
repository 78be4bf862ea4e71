/**
 * Which remotes lint may ask for their release tags (the `newer-tags` setting), pure. Lint runs on forks' pull
 * requests, and a fork controls every byte of flake.nix: the URL of a tag-pinned input is the fork's choice. So by
 * default (`forges`) only a public forge is asked — `github:`/`gitlab:`/`sourcehut:` references and https URLs on
 * github.com, gitlab.com, codeberg.org and git.sr.ht, written in a narrow form that every URL reader (WHATWG, git,
 * curl) takes to that same host — and a fork can at most make lint ask a public forge for a repository's tags.
 * `any` asks every remote the Git port accepts (self-hosted forges, ssh, file; never `ext::`): for trusted
 * repositories only. `off` asks nothing.
 */
import { DEFAULTS, type NewerTags } from '../core/config.js';
import { declaredTagPins } from '../flake/release-tags.js';
import { isIgnored } from './rule-engine.js';
import type { LintContext } from './lint-types.js';

/** The rule that reads the tags (src/lint/rules/freshness-newer-tag.ts). */
export const NEWER_TAG_RULE = 'freshness/newer-tag';

/** The public forges `forges` may ask. */
export const PUBLIC_FORGE_HOSTS: readonly string[] = ['github.com', 'gitlab.com', 'codeberg.org', 'git.sr.ht'];

/**
 * `https://HOST/SEGMENT[/SEGMENT…]` with a host of the list (lower case: as the forge references write it) and
 * segments of unreserved characters only: no userinfo (`@`), port (`:`), backslash, percent-escape, query, fragment
 * or white space, so no two URL readers can disagree on the host.
 */
const FORGE_URL = /^https:\/\/([a-z.]+)((?:\/[A-Za-z0-9._~-]+)+)\/?$/;

/** Whether `remote` is a repository on a public forge, in the narrow form above. */
export function isPublicForgeRemote(remote: string): boolean {
  const m = FORGE_URL.exec(remote);
  if (!m || !PUBLIC_FORGE_HOSTS.includes(m[1]!)) return false;
  return m[2]!.split('/').every((seg) => seg !== '.' && seg !== '..');
}

/** Whether `policy` lets lint ask `remote` for its tags. */
export function mayAskTags(policy: NewerTags, remote: string): boolean {
  if (policy === 'off') return false;
  if (policy === 'any') return true; // src/flake/release-tags.ts tagPinOf already keeps to git's own transports
  return isPublicForgeRemote(remote);
}

/** A remote lint would ask, and the input whose pin needs it. */
export interface TagQuestion {
  readonly input: string;
  readonly remote: string;
}

/**
 * The remotes to ask for one flake: its root inputs pinned to a release tag, unless the rule is off, the input's
 * findings of the rule are ignored, or the policy does not allow the remote (`refused`, so the app can say so).
 */
export function tagQuestions(ctx: Pick<LintContext, 'flake' | 'options'>): {
  readonly ask: readonly TagQuestion[];
  readonly refused: readonly TagQuestion[];
} {
  const policy = ctx.options.newerTags ?? DEFAULTS.newerTags;
  if (!ctx.flake || policy === 'off' || ctx.options.rules[NEWER_TAG_RULE] === 'off') return { ask: [], refused: [] };
  const ask: TagQuestion[] = [];
  const refused: TagQuestion[] = [];
  for (const p of declaredTagPins(ctx.flake)) {
    if (isIgnored({ rule: NEWER_TAG_RULE, input: p.input }, ctx.options.ignore)) continue;
    (mayAskTags(policy, p.pin.remote) ? ask : refused).push({ input: p.input, remote: p.pin.remote });
  }
  return { ask, refused };
}
