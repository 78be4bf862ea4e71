/**
 * The schema rules (what Nix refuses when it loads a flake) on real flake.nix text, through the parser and the
 * declared-inputs reader (src/lint/lint-context.ts), with every rule running so that the findings of the others
 * are checked too: a misspelt `outputs` argument is the schema rule's, not sync/missing-from-lock's.
 * Nix's own words come from Nix 2.8 (__tests__/integration/lint/schema-nix.test.ts checks them against it).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintContext } from '../../../src/lint/lint-context.js';
import type { Finding } from '../../../src/lint/lint-types.js';
import { runRules } from '../../../src/lint/rule-engine.js';
import { RULES } from '../../../src/lint/rules/index.js';
import { gh, lockText, NOW, options, type NodeSpec } from './helpers.js';

function lintNix(nix: string, lock?: Record<string, NodeSpec>): readonly Finding[] {
  const ctx = lintContext(
    { nixPath: 'flake.nix', lockPath: 'flake.lock', nix, lock: lock ? lockText(lock) : undefined },
    NOW,
    options(),
  );
  return runRules(ctx, RULES).findings;
}

/** A day before NOW: no staleness in the way. */
const FRESH = Math.floor(NOW.getTime() / 1000) - 86_400;

const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`);
const of = (fs: readonly Finding[], prefix: string) => brief(fs.filter((f) => f.rule.startsWith(prefix)));

describe('schema/missing-outputs', () => {
  test("no outputs: Nix's words, on the flake's opening brace", () => {
    expect(of(lintNix('{\n  inputs = { };\n}\n'), 'schema/')).toEqual([
      "1:1 schema/missing-outputs flake lacks attribute 'outputs': add outputs = { self, ... }: { … };",
    ]);
  });

  test('ouputs: did you mean outputs, once (not also an unsupported attribute)', () => {
    const fs = lintNix('{\n  inputs = { };\n  ouputs = { self }: { };\n}\n');
    expect(brief(fs)).toEqual([
      "3:3 schema/missing-outputs flake lacks attribute 'outputs': did you mean 'outputs' instead of 'ouputs'?",
    ]);
  });

  test("the seed 5-day plan's fragment (outputs left out as `#...`) lacks outputs", () => {
    const text = readFileSync(
      path.resolve('__tests__', 'fixtures', 'lint', 'seeds', 'plan-home-manager', 'flake.nix'),
      'utf8',
    );
    expect(of(lintNix(text), 'schema/')).toEqual([
      "2:1 schema/missing-outputs flake lacks attribute 'outputs': add outputs = { self, ... }: { … };",
    ]);
  });

  test('outputs written any other way is there: dotted, inherited, in parentheses', () => {
    expect(of(lintNix('{ outputs.packages = { }; }'), 'schema/missing')).toEqual([]);
    expect(of(lintNix('{ inherit (import ./x.nix) outputs; }'), 'schema/')).toEqual([]);
    expect(of(lintNix('{ outputs = ({ self }: { }); }'), 'schema/')).toEqual([]);
  });
});

describe('schema/outputs-not-a-function', () => {
  test("the seed guide's nixConfig example (outputs = { # omit … }): expected a function but got a set", () => {
    const text = readFileSync(
      path.resolve('__tests__', 'fixtures', 'lint', 'seeds', 'guide-nixconfig', 'flake.nix'),
      'utf8',
    );
    expect(of(lintNix(text), 'schema/')).toEqual([
      '29:3 schema/outputs-not-a-function expected a function but got a set: outputs must be a function of the inputs, e.g. outputs = { self, ... }: { … };',
    ]);
  });

  test.each([
    ['{ outputs = "x"; }', 'a string'],
    ['{ outputs = [ ]; }', 'a list'],
    ['{ outputs = null; }', 'null'],
    ['{ outputs = 1; }', 'an integer'],
    ['{ outputs = 1.5; }', 'a float'],
    ['{ outputs = true; }', 'a Boolean'],
    ['{ outputs = ./out.nix; }', 'a path'],
    ['{ outputs = rec { }; }', 'a set'],
    ['{ outputs.packages = { }; }', 'a set'],
    ['{ outputs = ({ }); }', 'a set'],
  ])('%s: %s', (text, type) => {
    expect(of(lintNix(text), 'schema/')).toEqual([
      `1:3 schema/outputs-not-a-function expected a function but got ${type}: outputs must be a function of the inputs, e.g. outputs = { self, ... }: { … };`,
    ]);
  });

  test.each([
    '{ outputs = { self }: { }; }',
    '{ outputs = inputs: { }; }',
    '{ outputs = { self, ... }@inputs: { }; }',
    '{ outputs = import ./outputs.nix; }', // computed: lint evaluates nothing
    '{ outputs = let f = { self }: { }; in f; }',
    '{ outputs = if true then (x: x) else (y: y); }',
  ])('%s: nothing to say', (text) => {
    expect(of(lintNix(text), 'schema/')).toEqual([]);
  });
});

describe('schema/unknown-attribute', () => {
  test("an input's ulr: Nix's words and did you mean url, not a syntax/parse-error", () => {
    const fs = lintNix(
      '{\n  inputs.home-manager.ulr = "github:nix-community/home-manager";\n  outputs = { self, home-manager }: { };\n}\n',
    );
    expect(brief(fs)).toEqual([
      "2:23 schema/unknown-attribute unexpected flake input attribute 'ulr': did you mean 'url'?",
    ]);
    expect(fs[0]).toMatchObject({ endLine: 2, endColumn: 26 });
  });

  test('a nested override: folows → follows', () => {
    const fs = lintNix(
      '{\n  inputs.a = {\n    url = "github:o/a";\n    inputs.b.folows = "c";\n  };\n  outputs = _: { };\n}\n',
    );
    expect(brief(fs)).toEqual([
      "4:14 schema/unknown-attribute unexpected flake input attribute 'folows': did you mean 'follows'?",
    ]);
  });

  test('several unknown attributes: the one Nix names (first in its order of names)', () => {
    const fs = lintNix('{ inputs.dep = { zzz = 1; ulr = "path:/x"; }; outputs = _: { }; }');
    expect(brief(fs)).toEqual([
      "1:27 schema/unknown-attribute unexpected flake input attribute 'ulr': did you mean 'url'?",
    ]);
  });

  test("a reference written as attributes: the fetcher's attributes only (ownr → owner)", () => {
    const fs = lintNix(
      '{\n  inputs.dep = { type = "github"; ownr = "o"; repo = "r"; };\n  outputs = { self, dep }: { };\n}\n',
    );
    expect(brief(fs)).toEqual([
      "2:35 schema/unknown-attribute unsupported input attribute 'ownr': did you mean 'owner'?",
    ]);
    // a type Nix does not know keeps every attribute, as in Nix
    expect(of(lintNix('{ inputs.dep = { type = "new-fetcher"; ownr = "o"; }; outputs = _: { }; }'), 'schema/')).toEqual(
      [],
    );
  });

  test('no near name: the hint says what an input takes', () => {
    expect(brief(lintNix('{ inputs.a.branch = "main"; outputs = _: { }; }'))).toEqual([
      "1:12 schema/unknown-attribute unexpected flake input attribute 'branch' (an input takes url, flake, follows and inputs, or a reference written as attributes with a 'type')",
    ]);
  });

  test('top-level attributes Nix does not read, with the name meant when there is one', () => {
    const fs = lintNix(
      '{\n  descripton = "x";\n  nixconfig = { };\n  edition = 201909;\n  outputs = { self }: { };\n}\n',
    );
    expect(of(fs, 'schema/')).toEqual([
      "2:3 schema/unknown-attribute flake has an unsupported attribute 'descripton': did you mean 'description'?",
      "3:3 schema/unknown-attribute flake has an unsupported attribute 'nixconfig': did you mean 'nixConfig'?",
      "4:3 schema/unknown-attribute flake has an unsupported attribute 'edition' (a flake has description, inputs, outputs, nixConfig)",
    ]);
  });

  test('a real syntax error is still syntax/parse-error', () => {
    expect(lintNix('{ outputs = ; }').map((f) => f.rule)).toEqual(['syntax/parse-error']);
  });
});

describe('schema/unknown-outputs-argument', () => {
  const nix = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.home-manager.url = "github:nix-community/home-manager";
  outputs = { self, nixpkgs, home-manger, ... }@inputs: { };
}
`;
  const lock: Record<string, NodeSpec> = {
    root: { inputs: { 'home-manager': 'home-manager', nixpkgs: 'nixpkgs' } },
    'home-manager': gh('nix-community', 'home-manager', { lastModified: FRESH }),
    nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', lastModified: FRESH }),
  };

  test('home-manger beside home-manager: an error with did you mean, and no advice to lock it', () => {
    const fs = lintNix(nix, lock);
    expect(brief(fs)).toEqual([
      `4:30 schema/unknown-outputs-argument outputs argument 'home-manger' is not a declared input, so Nix looks it up in the flake registry ("cannot find flake 'flake:home-manger' in the flake registries"): did you mean 'home-manager'?`,
    ]);
    expect(fs[0]!.input).toBe('home-manger');
  });

  test('without a flake.lock: the lock advice counts the real inputs only', () => {
    const fs = lintNix(nix);
    expect(brief(fs.filter((f) => f.rule !== 'schema/unknown-outputs-argument'))).toEqual([
      '2:3 sync/missing-from-lock flake.nix has 2 inputs but there is no flake.lock: run `nix flake lock` and commit flake.lock',
    ]);
  });

  test('a near name the lock already holds came from a registry: not a typo (hygiene/indirect-input says so)', () => {
    const text = `{
  inputs.mylib2.url = "github:me/mylib2";
  outputs = { self, mylib, mylib2 }: { };
}
`;
    const nodes: Record<string, NodeSpec> = {
      root: { inputs: { mylib: 'mylib', mylib2: 'mylib2' } },
      mylib: { ...gh('me', 'mylib', { lastModified: FRESH }), original: { id: 'mylib', type: 'indirect' } },
      mylib2: gh('me', 'mylib2', { lastModified: FRESH }),
    };
    const fs = lintNix(text, nodes);
    expect(of(fs, 'schema/')).toEqual([]);
    expect(fs.filter((f) => f.rule === 'hygiene/indirect-input').map((f) => f.input)).toEqual(['mylib']);
    // without the lock, nothing says a registry has it: a typo of mylib2
    expect(of(lintNix(text), 'schema/').map((f) => f.slice(0, 85))).toEqual([
      "3:21 schema/unknown-outputs-argument outputs argument 'mylib' is not a declared input",
    ]);
  });

  test('a well-known registry id is not a typo of a near declared name', () => {
    const text = '{\n  inputs.nixpkgz.url = "github:me/nixpkgs";\n  outputs = { self, nixpkgs, nixpkgz }: { };\n}\n';
    const fs = lintNix(text);
    expect(of(fs, 'schema/')).toEqual([]);
    expect(fs.filter((f) => f.rule === 'hygiene/indirect-input').map((f) => f.input)).toEqual(['nixpkgs']);
  });

  test('self, declared inputs, an ellipsis and a far registry name are not typos', () => {
    const text = `{
  inputs.home-manager.url = "github:nix-community/home-manager";
  outputs = { self, home-manager, nixpkgs, ... }: { };
}
`;
    const fs = lintNix(text);
    expect(of(fs, 'schema/')).toEqual([]);
    // nixpkgs is a registry input, as before: hygiene/indirect-input says so
    expect(fs.filter((f) => f.rule === 'hygiene/indirect-input').map((f) => f.input)).toEqual(['nixpkgs']);
  });
});

describe('hostile flake.nix', () => {
  test('thousands of near-miss outputs arguments and inputs: every rule answers, the typo search is bounded', () => {
    const n = 3_000;
    const inputs = Array.from({ length: n }, (_, i) => `inputs.in-${i}.url = "github:o/r${i}";`).join('\n');
    const formals = Array.from({ length: n }, (_, i) => `ni-${i}`).join(', ');
    const fs = lintNix(`{\n${inputs}\noutputs = { self, ${formals} }: { };\n}\n`);
    const typos = fs.filter((f) => f.rule === 'schema/unknown-outputs-argument');
    expect(typos.length).toBeGreaterThan(0);
    expect(typos.length).toBeLessThanOrEqual(n);
    // an argument flagged as a typo is never also told to be locked or declared
    const flagged = new Set(typos.map((f) => f.input));
    expect(fs.filter((f) => f.rule === 'sync/missing-from-lock' && flagged.has(f.input))).toEqual([]);
    expect(fs.filter((f) => f.rule === 'hygiene/indirect-input' && flagged.has(f.input))).toEqual([]);
  });

  test('a megabyte attribute name: one finding, no suggestion', () => {
    const name = `x${'y'.repeat(1_000_000)}`;
    const fs = lintNix(`{ ${name} = 1; outputs = _: { }; }`);
    expect(fs.map((f) => f.rule)).toEqual(['schema/unknown-attribute']);
    expect(fs[0]!.message).toMatch(/\(a flake has description, inputs, outputs, nixConfig\)$/);
  });

  test('a megabyte input attribute name: no suggestion either', () => {
    const fs = lintNix(`{ inputs.a.${'u'.repeat(1_000_000)} = "x"; outputs = _: { }; }`);
    expect(fs.map((f) => f.rule)).toEqual(['schema/unknown-attribute']);
    expect(fs[0]!.message).not.toMatch(/did you mean/);
  });
});
