/**
 * Every flake.nix syntax and feature the corpus lists (../shared/corpus/MANIFEST.md, columns "syntax" and
 * "flake.nix features") has a fixture of ours that the inputs tests read, and that fixture really shows it.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFlakeNix } from '../../../src/flake/declared-inputs.js';

const MANIFEST = path.resolve('..', 'shared', 'corpus', 'MANIFEST.md');
const FIXTURES = path.resolve('__tests__', 'fixtures', 'inputs');

/** Feature or syntax as the manifest writes it → fixture that has it, and a check of its text. */
const COVERAGE: Readonly<Record<string, readonly [string, RegExp]>> = {
  'inputs={...}': ['valid/block', /^\s*inputs = \{/m],
  'inputs.x.y=': ['valid/dotted', /^\s*inputs\.[\w-]+\.url = /m],
  'no inputs attr': ['valid/no-inputs', /^(?![\s\S]*\binputs\s*[.=])/],
  '?ref=': ['valid/url-queries', /\?ref=/],
  '?rev=': ['valid/url-queries', /[?&]rev=[0-9a-f]{40}/],
  '?dir=': ['valid/url-queries', /\?dir=/],
  '?host=': ['valid/url-queries', /\?host=/],
  '?submodules=': ['valid/url-queries', /\?submodules=1/],
  '?shallow=': ['valid/url-queries', /[?&]shallow=1/],
  'registry-ref': ['valid/registry-refs', /"nixpkgs\/nixos-unstable"/],
  flakehub: ['valid/flakehub', /flakehub\.com\/f\//],
  'path:': ['valid/tarballs-and-files', /"path:/],
  'follows=""': ['valid/follows-empty', /follows = "";/],
  'follows-path': ['valid/follows-paths', /follows = "[\w-]+\/[\w-]+";/],
  'deep-override': ['valid/deep-override', /\.inputs\.[\w-]+\.inputs\.[\w-]+\.follows/],
  'attrset-ref': ['valid/attrset-ref', /type = "github";/],
  'path-literal-url': ['valid/path-literal', /url = \.\.\/\.\.;/],
  'inputs.self': ['valid/self-attrs', /inputs\.self\./],
  'uri-attr(legacy)': ['rejected/legacy-uri', /\.uri = /],
  'follows="" only in comments': ['valid/comment-trap', /\/\*[\s\S]*follows = "";[\s\S]*\*\//],
};

describe('corpus flake.nix features are all covered by fixtures', () => {
  test('each listed syntax and feature has a fixture showing it', () => {
    for (const [feature, [dir, shows]] of Object.entries(COVERAGE)) {
      const text = readFileSync(path.join(FIXTURES, dir, 'flake.nix'), 'utf8');
      expect([feature, shows.test(text)]).toEqual([feature, true]);
    }
  });

  test('the manifest lists nothing we have no fixture for', () => {
    if (!existsSync(MANIFEST)) {
      console.warn(`note: ${MANIFEST} not found; only the fixture list above was checked`);
      return;
    }
    const rows = readFileSync(MANIFEST, 'utf8')
      .split('\n')
      .filter((l) => /^\| [\w.-]+__/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()));
    const table2 = rows.filter((r) => r.length >= 10 && /^(inputs|no inputs)/.test(r[6] ?? ''));
    expect(table2.length).toBeGreaterThan(40);
    const listed = new Set<string>();
    for (const r of table2) {
      listed.add(r[6]!);
      const features = r[7]!.replace('follows="" only in comments', 'follows=""-only-in-comments');
      for (const f of features.split(/\s+/)) if (f !== '—' && f !== '') listed.add(f);
    }
    const known = new Set([...Object.keys(COVERAGE), 'follows=""-only-in-comments']);
    expect([...listed].filter((f) => !known.has(f))).toEqual([]);
  });

  test('the nixvim trap: follows written in a comment is not read as one', () => {
    const { text, file } = {
      file: path.join(FIXTURES, 'valid/comment-trap/flake.nix'),
      text: readFileSync(path.join(FIXTURES, 'valid/comment-trap/flake.nix'), 'utf8'),
    };
    const follows = readFlakeNix(text, file)
      .inputs.flatMap((i) => [i, ...i.inputs])
      .filter((i) => i.follows);
    expect(follows).toEqual([]);
  });
});
