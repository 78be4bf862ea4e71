/**
 * freshness/newer-tag over a context whose remote tags are given (the app asks them; the rule only reads): a newer
 * release is a notice on the reference's flake.nix line with the fix that rewrites the tag; the same tag, no newer
 * one, a pre-release for a release pin, an unknown remote, no tags at all say nothing; hostile input names reach no
 * output raw (issue 14, "Release tags": the lint half).
 */
import { describe, expect, test } from '@jest/globals';
import { applyEdits } from '../../../../src/nix/edit.js';
import { lintContext } from '../../../../src/lint/lint-context.js';
import { runRules } from '../../../../src/lint/rule-engine.js';
import { RULES_BY_ID } from '../../../../src/lint/rules/index.js';
import type { LintContext, LintOptions } from '../../../../src/lint/lint-types.js';
import { formatText } from '../../../../src/render/lint-text.js';
import { formatJson } from '../../../../src/render/lint-json.js';
import { NOW, options } from '../helpers.js';

const rule = RULES_BY_ID.get('freshness/newer-tag')!;
const TOOL = 'https://github.com/owner/tool.git';
const PRE = 'https://codeberg.org/owner/pre';

const FLAKE = `{
  inputs = {
    tool.url   =  "github:owner/tool/v1.0.0";   # pinned
    pre = { url = "git+https://codeberg.org/owner/pre?ref=refs/tags/2.0.0-rc1"; flake = false; };
    branch.url = "github:owner/branch/main";
  };
  outputs = _: { };
}
`;

function context(
  tags: Record<string, string[]> | undefined,
  text = FLAKE,
  over: Partial<LintOptions> = {},
): LintContext {
  const ctx = lintContext({ nixPath: 'flake.nix', lockPath: 'flake.lock', nix: text, lock: undefined }, NOW, options(over));
  return tags ? { ...ctx, remoteTags: new Map(Object.entries(tags)) } : ctx;
}

const findings = (ctx: LintContext) => runRules(ctx, [rule]).findings;

describe('freshness/newer-tag', () => {
  test('a newer release: a notice on the reference, naming the input, its tag and the newest', () => {
    const [f, ...rest] = findings(context({ [TOOL]: ['v0.9.0', 'v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0-rc1', 'latest'] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'freshness/newer-tag',
      severity: 'notice',
      file: 'flake.nix',
      input: 'tool',
      line: 3,
      column: 19,
      message: "input 'tool' is pinned to release tag v1.0.0; v1.2.0 is the newest release",
    });
    expect(FLAKE.split('\n')[2]!.slice(f!.column - 1, f!.endColumn - 1)).toBe('"github:owner/tool/v1.0.0"');
  });

  test('the fix rewrites the tag only, and says to relock', () => {
    const [f] = findings(context({ [TOOL]: ['v1.2.0'] }));
    expect(f!.fix!.description).toBe('Move tool from v1.0.0 to v1.2.0, then relock (nix flake lock)');
    expect(f!.fix!.text).toBe('url = "github:owner/tool/v1.2.0";');
    const edits = f!.fix!.edits.map((e) => ({ start: e.span.start.offset, end: e.span.end.offset, newText: e.newText }));
    expect(applyEdits(FLAKE, edits)).toBe(FLAKE.replace('tool/v1.0.0', 'tool/v1.2.0'));
    expect(rule.fixable).toBe(true);
  });

  test('a pre-release pin moves to a newer pre-release; its refs/tags/ form is kept', () => {
    const [f] = findings(context({ [PRE]: ['2.0.0-rc1', '2.0.0-rc2', '1.9.0'] }));
    expect(f!.message).toBe("input 'pre' is pinned to release tag 2.0.0-rc1; 2.0.0-rc2 is the newest release");
    expect(f!.fix!.text).toBe('url = "git+https://codeberg.org/owner/pre?ref=refs/tags/2.0.0-rc2";');
  });

  test.each([
    ['the same tag only', { [TOOL]: ['v1.0.0'] }],
    ['older tags only', { [TOOL]: ['v0.1.0', '0.9.9'] }],
    ['no tag at all', { [TOOL]: [] }],
    ['only a pre-release is newer, and the pin is a release', { [TOOL]: ['v1.0.0', 'v1.1.0-rc1', 'v2.0.0-beta'] }],
    ['tags that are no versions', { [TOOL]: ['latest', 'v2', 'nightly-2026-01-01'] }],
    ['the remote was not asked (policy, bound) or did not answer', { 'https://github.com/other/x.git': ['v9.0.0'] }],
  ])('%s: quiet', (_why, tags) => {
    expect(findings(context(tags))).toEqual([]);
  });

  test('no tags in the context (lint without network): quiet', () => {
    expect(findings(context(undefined))).toEqual([]);
  });

  test('off, or ignored for the input: quiet', () => {
    const tags = { [TOOL]: ['v1.2.0'] };
    expect(findings(context(tags, FLAKE, { rules: { 'freshness/newer-tag': 'off' } }))).toEqual([]);
    expect(findings(context(tags, FLAKE, { ignore: ['freshness/newer-tag:tool'] }))).toEqual([]);
  });

  test('lock-only (no flake.nix): skipped', () => {
    const ctx = lintContext({ nixPath: 'flake.nix', lockPath: 'flake.lock', nix: undefined, lock: '{' }, NOW, options());
    expect(findings({ ...ctx, remoteTags: new Map([[TOOL, ['v9.0.0']]]) })).toEqual([]);
  });

  test('a hostile input name reaches no output raw', () => {
    const name = 'to\u001b]0;pwned\u0007ol\u202e::error::x';
    const text = `{
  inputs."${name}".url = "github:owner/tool/v1.0.0";
  outputs = _: { };
}
`;
    const found = findings(context({ [TOOL]: ['v1.1.0'] }, text));
    expect(found.map((f) => f.input)).toEqual([name]);
    const shown = formatText(found, [], { color: false, flakes: 1, sources: new Map([['flake.nix', text]]) });
    expect(shown).toContain('v1.1.0 is the newest release');
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/u);
    expect(shown).toContain('\\u001b');
    const json = formatJson(found);
    expect(json).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/u);
  });
});
