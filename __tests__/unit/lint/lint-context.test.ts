/**
 * A flake's files, read (src/workspace/read-flake.ts) and made a LintContext (src/lint/lint-context.ts: parser,
 * inputs, lock), then the rules: the traps end to end.
 */
import { describe, expect, test } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runRules } from '../../../src/lint/rule-engine.js';
import { lintContext } from '../../../src/lint/lint-context.js';
import { RULES } from '../../../src/lint/rules/index.js';
import { FLAKE_NIX_MAX_BYTES } from '../../../src/workspace/bounded-read.js';
import { readFlakeTexts } from '../../../src/workspace/read-flake.js';
import { lockText, gh, NOW, options } from './helpers.js';

const broken = path.resolve('__tests__', 'fixtures', 'lint', 'broken');

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(path.join(tmpdir(), 'fs-lint-load-'));
  for (const [f, t] of Object.entries(files)) writeFileSync(path.join(d, f), t);
  return d;
}

async function lintDir(d: string) {
  const ctx = lintContext(await readFlakeTexts(d, '.'), NOW, options());
  return { ctx, ...runRules(ctx, RULES) };
}

describe('lint through the flake model', () => {
  test('the broken fixture: every finding keyed by input path (root nixpkgs is node nixpkgs_2)', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'fs-lint-broken-'));
    cpSync(broken, d, { recursive: true });
    const { findings } = await lintDir(d);
    const by = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => [f.input, f.file, f.line]);
    expect(by('follows/non-existent-target')).toEqual([['agenix/nixpkgs', 'flake.nix', 13]]);
    expect(by('sync/follows-not-locked')).toEqual([['agenix/nixpkgs', 'flake.nix', 13]]);
    expect(by('follows/override-of-missing-input')).toEqual([['flake-utils/nixpkgs', 'flake.nix', 10]]);
    expect(by('duplicates/duplicate-input')).toEqual([['home-manager/nixpkgs', 'flake.nix', 7]]);
    const dup = findings.find((f) => f.rule === 'duplicates/duplicate-input')!;
    expect(dup.fix!.text).toBe('home-manager.inputs.nixpkgs.follows = "nixpkgs";');
    expect(dup.message).not.toContain('nixpkgs_2');
  });

  test('follows = "" written only inside a comment declares nothing', async () => {
    const d = dir({
      'flake.nix': `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.hm.url = "github:nix-community/home-manager";
  /* to share nothing, write:
     inputs.hm.inputs.nixpkgs.follows = "";
  */
  # inputs.hm.inputs.nixpkgs.follows = "";
  outputs = { self, ... }: { };
}
`,
      'flake.lock': lockText({
        root: { inputs: { hm: 'hm', nixpkgs: 'nixpkgs' } },
        hm: { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: 'nixpkgs_2' } },
        nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
        nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable' }),
      }),
    });
    const { ctx, findings } = await lintDir(d);
    expect(ctx.flake!.inputs.find((i) => i.name === 'hm')!.inputs).toEqual([]);
    expect(findings.filter((f) => f.rule.startsWith('sync/') || f.rule.startsWith('follows/'))).toEqual([]);
    const dup = findings.filter((f) => f.rule === 'duplicates/duplicate-input');
    expect(dup.map((f) => f.fix?.text)).toEqual(['inputs.hm.inputs.nixpkgs.follows = "nixpkgs";']);
    expect(dup[0]!.line).toBe(3);
  });

  test('a flake.nix that does not parse: syntax/parse-error with the position, lock rules still run', async () => {
    const d = dir({
      'flake.nix': '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs"\n  outputs = _: { };\n}\n',
      'flake.lock': lockText({
        root: { inputs: { nixpkgs: 'nixpkgs' } },
        nixpkgs: { ...gh('NixOS', 'nixpkgs'), locked: { type: 'github', owner: 'NixOS', repo: 'nixpkgs' } },
      }),
    });
    const { findings } = await lintDir(d);
    const parse = findings.filter((f) => f.rule === 'syntax/parse-error');
    expect(parse).toHaveLength(1);
    expect(parse[0]).toMatchObject({ file: 'flake.nix', line: 3, column: 11 });
    expect(parse[0]!.message).toMatch(/unexpected '='/);
    expect(findings.map((f) => f.rule)).toContain('hygiene/unlocked-input');
  });

  test('merge-conflict markers: lock/invalid at the marker line', async () => {
    const good = lockText({ root: { inputs: { nixpkgs: 'nixpkgs' } }, nixpkgs: gh('NixOS', 'nixpkgs') });
    const lines = good.split('\n');
    lines.splice(3, 0, '<<<<<<< HEAD');
    const d = dir({ 'flake.lock': lines.join('\n') });
    const { findings, notices } = await lintDir(d);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['lock/invalid', 4]]);
    expect(findings[0]!.message).toMatch(/conflict/i);
    expect(notices[0]).toMatch(/lock-only mode/);
  });

  const v3File = path.resolve('..', 'shared', 'corpus', 'NixOS__nix__rev-26f895a-lockv3', 'flake.lock');
  if (!existsSync(v3File)) console.warn(`NOTE: ${v3File} does not exist: the lock version 3 test is skipped.`);
  (existsSync(v3File) ? test : test.skip)('a lock version before 5 (corpus) is invalid', async () => {
    const v3 = readFileSync(v3File, 'utf8');
    const { findings } = await lintDir(dir({ 'flake.lock': v3 }));
    expect(findings.map((f) => f.rule)).toEqual(['lock/invalid']);
  });
});

test('a flake.nix over the size limit is one syntax finding from its size, nothing of it parsed; lock rules still run', async () => {
  const d = dir({
    'flake.nix': `{ outputs = _: { }; }\n#${'x'.repeat(FLAKE_NIX_MAX_BYTES)}\n`,
    'flake.lock': lockText({ root: { inputs: {} } }),
  });
  const { ctx, findings } = await lintDir(d);
  expect(ctx.hasNix).toBe(true);
  expect(ctx.flake).toBeUndefined();
  const parse = findings.filter((f) => f.rule === 'syntax/parse-error');
  expect(parse).toHaveLength(1);
  expect(parse[0]).toMatchObject({ file: 'flake.nix', line: 1, column: 1 });
  expect(parse[0]!.message).toMatch(/^flake\.nix is \d+ bytes, larger than the 4 MiB flake-steward reads/);
});
