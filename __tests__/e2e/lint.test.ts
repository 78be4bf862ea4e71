/**
 * `node dist/index.js` with INPUT_COMMAND=lint, as GitHub runs it (run `npm run bundle` first): annotations as
 * workflow commands, a job summary, a SARIF file, outputs, and the step's result per fail-on. And the CLI.
 */
import { describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, runAction, runCli } from '../support/action.js';

const broken = path.join(repoRoot, '__tests__', 'fixtures', 'lint', 'broken');
const example = path.join(repoRoot, 'examples', 'flake');

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fs-lint-e2e-'));
  cpSync(broken, dir, { recursive: true });
  return dir;
}

const commands = (stdout: string, level: string) =>
  stdout.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`));

describe('lint action on a broken flake', () => {
  const ws = workspace();
  const sarif = path.join(ws, 'out', 'lint.sarif');
  const r = runAction({ command: 'lint', 'sarif-file': 'out/lint.sarif' }, { GITHUB_WORKSPACE: ws });

  test('fails the step (fail-on error) with one summary line', () => {
    expect(r.code).toBe(1);
    const errors = commands(r.stdout, 'error');
    expect(errors.at(-1)).toMatch(
      /^::error::flake-steward lint: \d+ errors?, \d+ warnings?, \d+ notices? \(fail-on: error\)$/,
    );
  });

  test('annotates the flake.nix lines with file, line, column and the rule id as title', () => {
    const errors = commands(r.stdout, 'error');
    const typo = errors.find((l) => l.includes('title=follows/non-existent-target'));
    expect(typo).toMatch(
      /^::error title=follows\/non-existent-target,file=flake\.nix,line=13,endLine=13,col=37,endColumn=46::/,
    );
    const warnings = commands(r.stdout, 'warning');
    const dup = warnings.find((l) => l.includes('title=duplicates/duplicate-input'));
    expect(dup).toMatch(/file=flake\.nix,line=7,/);
    expect(dup).toContain('home-manager.inputs.nixpkgs.follows = "nixpkgs";');
    const override = warnings.find((l) => l.includes('title=follows/override-of-missing-input'));
    expect(override).toMatch(/file=flake\.nix,line=10,/);
  });

  test('sets the outputs', () => {
    expect(Number(r.outputs['findings'])).toBeGreaterThanOrEqual(4);
    expect(Number(r.outputs['errors'])).toBeGreaterThanOrEqual(2);
    expect(Number(r.outputs['warnings'])).toBeGreaterThanOrEqual(2);
    expect(r.outputs['sarif-file']).toBe(sarif);
  });

  test('writes the job summary with counts, the table and the Mermaid graph', () => {
    expect(r.summary).toContain('## flake-steward lint');
    expect(r.summary).toMatch(/\*\*\d+ errors?, \d+ warnings?, \d+ notices?\*\*/);
    expect(r.summary).toContain('follows/non-existent-target');
    expect(r.summary).toContain('```mermaid\nflowchart LR');
  });

  test('writes SARIF 2.1.0 with the findings', () => {
    expect(existsSync(sarif)).toBe(true);
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as {
      version: string;
      runs: { tool: { driver: { name: string } }; results: { ruleId: string }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver.name).toBe('flake-steward');
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toContain('follows/non-existent-target');
    expect(log.runs[0]!.results).toHaveLength(Number(r.outputs['findings']));
    const schemaFile = createRequire(import.meta.url).resolve(
      `@microsoft/sarif-multitool-${process.platform}/sarif-2.1.0.json`,
    );
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(
      JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>,
    );
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });
});

describe('fail-on and clean flakes', () => {
  test('fail-on never: same findings, the step passes', () => {
    const r = runAction(
      { command: 'lint', 'fail-on': 'never', 'job-summary': 'false' },
      { GITHUB_WORKSPACE: workspace() },
    );
    expect(r.code).toBe(0);
    expect(commands(r.stdout, 'error').length).toBeGreaterThan(0);
    expect(r.summary).toBe('');
  });

  test('examples/flake: exit 0, no error', () => {
    const r = runAction({ command: 'lint' }, { GITHUB_WORKSPACE: example });
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['errors']).toBe('0');
  });
});

describe('several flakes and .flake-steward.json', () => {
  test('paths: **/flake.nix lints every flake; each flake may set its own fail-on', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'fs-lint-multi-'));
    cpSync(broken, path.join(ws, 'hosts', 'broken'), { recursive: true });
    cpSync(example, path.join(ws, 'example'), { recursive: true });
    const r = runAction({ command: 'lint', paths: '**/flake.nix' }, { GITHUB_WORKSPACE: ws });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('in 2 flakes (`example`, `hosts/broken`)');
    expect(r.summary).toMatch(/\| `hosts\/broken` \| [1-9]\d* \| \d+ \| \d+ \|/);
    expect(commands(r.stdout, 'error').some((l) => l.includes('file=hosts/broken/flake.nix,line=13,'))).toBe(true);

    writeFileSync(
      path.join(ws, 'hosts', 'broken', '.flake-steward.json'),
      JSON.stringify({ 'fail-on': 'never', rules: { 'freshness/stale-input': 'off' } }),
    );
    const relaxed = runAction({ command: 'lint', paths: '**/flake.nix' }, { GITHUB_WORKSPACE: ws });
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).not.toMatch(/title=freshness\/stale-input,file=hosts\/broken/);
    expect(relaxed.stdout).toMatch(/title=follows\/non-existent-target,file=hosts\/broken\/flake\.nix/);
  });
});

describe('an input written in the workflow wins over .flake-steward.json, even at its default value', () => {
  // The file relaxes fail-on and max-age; the workflow writes the defaults' values. Before, action.yml filled
  // `fail-on: error` and `max-age: 30` for every run and the action took a value equal to the default as "not given",
  // so the file won over what the workflow wrote, while `--fail-on error` on the CLI won.
  const ws = workspace();
  writeFileSync(path.join(ws, '.flake-steward.json'), JSON.stringify({ 'fail-on': 'never', 'max-age': 100000 }));

  test('fail-on: error written in the workflow fails the step; the CLI flag does the same', () => {
    const r = runAction({ command: 'lint', 'fail-on': 'error', 'job-summary': 'false' }, { GITHUB_WORKSPACE: ws });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error').at(-1)).toMatch(/\(fail-on: error\)$/);
    expect(runCli(['lint', ws, '--fail-on', 'error']).code).toBe(1);
  });

  test('fail-on written nowhere: the file decides (never), on both faces', () => {
    const r = runAction({ command: 'lint', 'job-summary': 'false' }, { GITHUB_WORKSPACE: ws });
    expect(r.code).toBe(0);
    expect(runCli(['lint', ws]).code).toBe(0);
  });

  test('max-age: 30 written in the workflow beats the file (the stale input is reported)', () => {
    const given = runAction(
      { command: 'lint', 'fail-on': 'never', 'max-age': '30', 'job-summary': 'false' },
      { GITHUB_WORKSPACE: ws },
    );
    const notGiven = runAction(
      { command: 'lint', 'fail-on': 'never', 'job-summary': 'false' },
      { GITHUB_WORKSPACE: ws },
    );
    expect(given.stdout).toMatch(/title=freshness\/stale-input/);
    expect(notGiven.stdout).not.toMatch(/title=freshness\/stale-input/);
  });
});

describe('lint CLI', () => {
  test('text output and exit 1 on the broken flake; JSON contract', () => {
    const ws = workspace();
    const text = runCli(['lint', ws]);
    expect(text.code).toBe(1);
    // paths from the working directory (the project here), so a terminal opens them on a click
    const shown = path.relative(process.cwd(), ws).split(path.sep).join('/');
    expect(text.stdout).toContain(`\n  ${shown}/flake.nix:13:37 error follows/non-existent-target `);
    expect(runCli(['lint'], { cwd: ws }).stdout).toMatch(/^ {2}flake\.nix:13:37 error follows\/non-existent-target /m);
    const json = runCli(['lint', ws, '--format', 'json', '--fail-on', 'never']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { findings: { rule: string; fix: string | null }[] };
    expect(parsed.findings.find((f) => f.rule === 'duplicates/duplicate-input')?.fix).toBe(
      'home-manager.inputs.nixpkgs.follows = "nixpkgs";',
    );
  });

  test('fix --dry-run prints a unified diff and changes nothing', () => {
    const ws = workspace();
    const before = readFileSync(path.join(ws, 'flake.nix'), 'utf8');
    const r = runCli(['fix', '.', '--dry-run'], { cwd: ws });
    expect(r.stdout).toContain('diff --git a/flake.nix b/flake.nix\n--- a/flake.nix\n');
    expect(r.stdout).toContain('+++ b/flake.nix');
    expect(r.stdout).toMatch(/^\+ {4}home-manager\.inputs\.nixpkgs\.follows = "nixpkgs";$/m);
    expect(r.stdout).toMatch(/^- {6}inputs\.nixpkgs\.follows = "nixpkgs"; # flake-utils has no input named nixpkgs$/m);
    expect(readFileSync(path.join(ws, 'flake.nix'), 'utf8')).toBe(before);
  });

  test('lock-only: a directory with only flake.lock', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'fs-lint-lockonly-'));
    cpSync(path.join(broken, 'flake.lock'), path.join(ws, 'flake.lock'));
    const r = runCli(['lint', '--fail-on', 'never'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/note: flake\.nix not found: linting flake\.lock alone \(lock-only mode\)/);
    expect(r.stdout).toMatch(/^ {2}flake\.lock:\d+:\d+ warning duplicates\/duplicate-input /m);
  });
});

describe('fix action on a local flake world (real Nix)', () => {
  test('adds the follows line, relocks, and reports what remains', async () => {
    const { World, flakeNix } = await import('../support/world.js');
    const world = await World.create({ name: 'fs-lint-fix-e2e' });
    try {
      const nixpkgs = await world.repo('nixpkgs', { 'flake.nix': flakeNix({ outputs: '{ self }: { }' }) });
      const hm = await world.repo('hm', {
        'flake.nix': flakeNix({ inputs: { nixpkgs: { url: nixpkgs.url } }, outputs: '{ self, nixpkgs }: { }' }),
      });
      await world.lock(hm);
      await hm.commit({}, 'lock');
      const root = await world.repo('root', {
        'flake.nix': `{\n  inputs.nixpkgs.url = "${nixpkgs.url}";\n  inputs.hm.url = "${hm.url}";\n  outputs = { self, nixpkgs, hm }: { };\n}\n`,
      });
      await world.lock(root);
      await root.commit({}, 'lock');
      const r = runAction({ command: 'fix' }, { ...world.env, GITHUB_WORKSPACE: root.dir });
      expect(r.stdout).toContain('flake.nix: applied 1 fix');
      expect(r.code).toBe(0);
      expect(readFileSync(path.join(root.dir, 'flake.nix'), 'utf8')).toContain(
        `  inputs.hm.url = "${hm.url}";\n  inputs.hm.inputs.nixpkgs.follows = "nixpkgs";\n`,
      );
      const lock = JSON.parse(readFileSync(path.join(root.dir, 'flake.lock'), 'utf8')) as {
        nodes: { root: { inputs: Record<string, string> }; [k: string]: { inputs?: Record<string, unknown> } };
      };
      expect(lock.nodes[lock.nodes.root.inputs['hm']!]!.inputs!['nixpkgs']).toEqual(['nixpkgs']);
      expect(commands(r.stdout, 'warning').some((l) => l.includes('duplicates/duplicate-input'))).toBe(false);
    } finally {
      await world.cleanup();
    }
  }, 120_000);
});
