/**
 * Declared inputs against real Nix 2.8: the JSON of `inputs` equals what Nix evaluates for
 * `(import ./flake.nix).inputs` (fixtures and generated flakes), the flakes we refuse are refused by Nix's own
 * flake reader, and `--refs` agrees with the `original` and follows Nix writes into flake.lock.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inputsCommand } from '../../../src/cli/commands/inputs.js';
import type { CliIO } from '../../../src/cli/command.js';
import { runProcess } from '../../../src/exec/process.js';
import { inputsValue } from '../../../src/flake/declared-inputs.js';
import { parse } from '../../../src/nix/index.js';
import { generatedFlake, modelJson } from '../../unit/flake/support/flakes.js';

const FIXTURES = path.resolve('__tests__', 'fixtures', 'inputs');
const SEED = Number(process.env['INPUTS_DIFF_SEED'] ?? Date.now() % 2 ** 31);
// Nix settings for these tests, so they do not depend on /etc/nix/nix.conf.
const NIX_ENV = {
  ...process.env,
  NIX_CONFIG: 'experimental-features = nix-command flakes\nsubstituters =\nflake-registry = \nbuild-users-group =',
};

async function cli(dir: string, flags: Record<string, boolean>): Promise<string> {
  let out = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: () => undefined, cwd: dir, env: {}, isTTY: false };
  expect(await inputsCommand.run([dir], flags, io)).toBe(0);
  return out;
}

async function nixInputsJson(file: string): Promise<{ code: number; out: string; err: string }> {
  const r = await runProcess(
    'nix-instantiate',
    ['--eval', '--strict', '--json', '-E', `(import ${JSON.stringify(file)}).inputs`],
    { check: false },
  );
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('inputs --json equals Nix evaluating (import ./flake.nix).inputs', () => {
  const valid = readdirSync(path.join(FIXTURES, 'valid'));

  test.each(valid.filter((d) => d !== 'no-inputs' && d !== 'path-literal'))('fixture %s', async (name) => {
    const dir = path.join(FIXTURES, 'valid', name);
    const nix = await nixInputsJson(path.join(dir, 'flake.nix'));
    expect(nix.err).toBe('');
    expect(await cli(dir, { json: true })).toBe(nix.out);
  });

  test('no inputs attribute: {} (Nix itself reports the attribute missing)', async () => {
    const dir = path.join(FIXTURES, 'valid', 'no-inputs');
    const nix = await nixInputsJson(path.join(dir, 'flake.nix'));
    expect(nix.code).not.toBe(0);
    expect(nix.err).toMatch(/attribute 'inputs' missing/);
    expect(await cli(dir, { json: true })).toBe('{}');
  });

  test('path literals: the same structure, with the path text as written where Nix has a path value', async () => {
    const file = path.join(FIXTURES, 'valid', 'path-literal', 'flake.nix');
    const r = await runProcess('nix-instantiate', [
      '--eval',
      '--strict',
      '--json',
      '-E',
      `builtins.mapAttrs (_: i: builtins.mapAttrs (k: v: if builtins.isPath v then "PATH" else v) i) (import ${file}).inputs`,
    ]);
    const ours = JSON.parse(await cli(path.dirname(file), { json: true })) as Record<string, Record<string, unknown>>;
    expect(ours['parent']!['url']).toBe('../..');
    expect(ours['sibling']!['url']).toBe('./sub');
    ours['parent']!['url'] = 'PATH';
    ours['sibling']!['url'] = 'PATH';
    expect(JSON.stringify(ours)).toBe(r.stdout.trim());
  });

  test(`generated flakes in every mix of syntaxes (seed ${SEED})`, async () => {
    const flakes = fc.sample(generatedFlake, { numRuns: 150, seed: SEED });
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-flakes-'));
    const files = flakes.map((f, i) => {
      const file = path.join(dir, `f${i}.nix`);
      writeFileSync(file, f.text);
      return file;
    });
    const r = await runProcess('nix-instantiate', [
      '--eval',
      '--strict',
      '--json',
      '-E',
      `map (f: builtins.toJSON (import f).inputs) [ ${files.join(' ')} ]`,
    ]);
    const theirs = JSON.parse(r.stdout) as string[];
    const diffs = flakes.flatMap((f, i) => {
      const ours = inputsValue(parse(f.text, { file: files[i] }), files[i]!, f.text);
      return ours === theirs[i] && ours === modelJson(f.model)
        ? []
        : [`${f.text}\n  nix:  ${theirs[i]}\n  ours: ${ours}`];
    });
    expect(diffs).toEqual([]);
  }, 60_000);
});

describe("what we refuse, Nix's flake reader refuses too", () => {
  // Nix 2.8's message for each; `self-unknown` follows current Nix (2.8 took `self` for an input) and is left out.
  test.each([
    ['shorthand-string', /expected a set but got a string/],
    ['computed-url', /expected a string but got a thunk/],
    ['interpolated-url', /expected a string but got a thunk/],
    ['imported-inputs', /expected a set but got a thunk/],
    ['let-around', /must be an attribute set/],
    ['update-at-top', /must be an attribute set/],
    ['flake-not-bool', /expected a Boolean but got a string/],
    ['legacy-uri', /unexpected flake input attribute 'uri'|unsupported attribute 'edition'/],
    ['unknown-attribute', /unexpected flake input attribute 'branch'/],
    ['computed-name', /expected a set but got a thunk/],
    ['follows-not-string', /expected a string but got a list/],
    ['updated-input', /expected a set but got a thunk/],
  ])('%s', async (name, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rejected-'));
    cpSync(path.join(FIXTURES, 'rejected', name), dir, { recursive: true });
    const r = await runProcess('nix', ['flake', 'metadata', '--offline', `path:${dir}`], {
      check: false,
      env: NIX_ENV,
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    await expect(cli(dir, {})).rejects.toThrow();
  });
});

describe('--refs agrees with the flake.lock Nix writes', () => {
  test('original and follows of every root input, on a world of local flakes', async () => {
    const world = mkdtempSync(path.join(tmpdir(), 'refs-world-'));
    const dep = path.join(world, 'dep');
    mkdirSync(dep);
    writeFileSync(path.join(dep, 'flake.nix'), '{ outputs = _: { }; }\n');
    const repo = path.join(world, 'repo');
    mkdirSync(repo);
    writeFileSync(path.join(repo, 'flake.nix'), '{ outputs = _: { }; }\n');
    const git = (...args: string[]) =>
      runProcess('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'init.defaultBranch=main', ...args], {
        cwd: repo,
      });
    await git('init', '-q');
    await git('add', '.');
    await git('commit', '-q', '-m', 'init');
    const root = path.join(world, 'root');
    mkdirSync(root);
    writeFileSync(
      path.join(root, 'flake.nix'),
      `{
  inputs = {
    a.url = "path:${dep}";
    b = { type = "path"; path = "${dep}"; };
    c.url = "git+file://${repo}?ref=main";
    d.follows = "a";
    e = { url = "path:${dep}"; flake = false; };
    f.url = "git+file://${repo}";
  };
  inputs.g.type = "git";
  inputs.g.url = "file://${repo}";
  outputs = { self, ... }: { };
}
`,
    );
    const lock = await runProcess('nix', ['flake', 'lock', `path:${root}`], { check: false, env: NIX_ENV });
    expect(lock.stderr).not.toMatch(/error/);
    const locked = JSON.parse(readFileSync(path.join(root, 'flake.lock'), 'utf8')) as {
      root: string;
      nodes: Record<string, { inputs?: Record<string, string | string[]>; original?: Record<string, unknown> }>;
    };
    const rootInputs = locked.nodes[locked.root]!.inputs!;
    const expected: Record<string, unknown> = {};
    for (const [name, edge] of Object.entries(rootInputs))
      expected[name] = Array.isArray(edge) ? { follows: edge.join('/') } : { original: locked.nodes[edge]!.original };
    const ours = JSON.parse(await cli(root, { json: true, refs: true })) as Record<string, unknown>;
    expect(Object.keys(ours)).toEqual(Object.keys(expected).sort());
    expect(ours).toEqual(expected);
  }, 60_000);
});
