/**
 * `flake-steward fix --help` lists the rules whose findings fix applies, from the rule registry: every fixable rule
 * (freshness/newer-tag and freshness/unsupported-branch among them), and no other (issue 14: the hand-written list
 * had fallen behind the registry).
 */
import { describe, expect, test } from '@jest/globals';
import { fixCommand } from '../../../src/cli/commands/fix.js';
import { RULES } from '../../../src/lint/rules/index.js';

describe('fix --help', () => {
  const listed = fixCommand.help
    .split('\n')
    .map((l) => /^ {2}([a-z-]+\/[a-z-]+)$/.exec(l)?.[1])
    .filter((id): id is string => id !== undefined);

  test('lists exactly the fixable rules of the registry, in its order', () => {
    expect(listed).toEqual(RULES.filter((r) => r.fixable === true).map((r) => r.id));
    expect(listed).toEqual(
      expect.arrayContaining([
        'duplicates/duplicate-input',
        'follows/override-of-missing-input',
        'freshness/unsupported-branch',
        'freshness/newer-tag',
      ]),
    );
  });

  test('no rule that fix cannot apply is listed', () => {
    const unfixable = RULES.filter((r) => r.fixable !== true).map((r) => r.id);
    expect(listed.filter((id) => unfixable.includes(id))).toEqual([]);
  });
});
