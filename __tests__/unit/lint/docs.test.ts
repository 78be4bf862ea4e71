import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderRulesDoc, ruleAnchor } from '../../../src/lint/docs.js';
import { RULES } from '../../../src/lint/rules/index.js';

const file = path.resolve('docs', 'rules.md');

describe('docs/rules.md', () => {
  test('is generated from the rules (FLAKE_STEWARD_WRITE_DOCS=1 rewrites it)', () => {
    const expected = renderRulesDoc(RULES);
    if (process.env['FLAKE_STEWARD_WRITE_DOCS'] === '1') writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  test('documents every rule under a heading whose anchor the help links use', () => {
    const doc = readFileSync(file, 'utf8');
    for (const r of RULES) {
      expect(doc).toContain(`### \`${r.id}\``);
      expect(doc).toContain(`](#${ruleAnchor(r.id)})`);
    }
  });
});
