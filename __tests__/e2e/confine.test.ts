/**
 * Nothing read or written outside the workspace (issue 9, item 5), through the bundled action as GitHub runs it
 * (`node dist/index.js` with INPUT_* env; run `npm run bundle` first) and the bundled CLI. A fork's pull request
 * controls every file and link in the workspace: a committed `sub -> ../outside`, a `flake.lock -> /etc/passwd`,
 * a linked `.flake-steward.json`; the workflow controls `sarif-file`, `rules` and `max-age`. Each is refused with
 * one line (no stack trace), and the files outside are untouched.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, runAction, runCli, type ActionRun } from '../support/action.js';

const broken = path.join(repoRoot, '__tests__', 'fixtures', 'lint', 'broken');
const example = path.join(repoRoot, 'examples', 'flake');

/** top/ws: the workspace (a copy of the example flake); top/outside: the broken flake, which fix would change. */
function world(): { top: string; ws: string; outside: string; snapshot: () => Record<string, string> } {
  const top = realpathSync(mkdtempSync(path.join(tmpdir(), 'fs-confine-e2e-')));
  const ws = path.join(top, 'ws');
  const outside = path.join(top, 'outside');
  cpSync(example, ws, { recursive: true });
  cpSync(broken, outside, { recursive: true });
  const snapshot = (): Record<string, string> =>
    Object.fromEntries(readdirSync(outside).map((f) => [f, readFileSync(path.join(outside, f), 'utf8')]));
  return { top, ws, outside, snapshot };
}

/** The step failed with exactly one `::error::` line (the message), and nothing printed a stack trace. */
function oneErrorLine(r: ActionRun): string {
  expect(r.code).toBe(1);
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
  expect(errors).toHaveLength(1);
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at |Error: /m);
  return errors[0]!;
}

describe('action: paths that lead outside GITHUB_WORKSPACE', () => {
  test.each(['fix', 'lint'])(
    '%s with path: sub, where sub -> ../outside is committed: refused, outside untouched',
    (command) => {
      const w = world();
      symlinkSync('../outside', path.join(w.ws, 'sub'));
      const before = w.snapshot();
      const r = runAction({ command, path: 'sub' }, { GITHUB_WORKSPACE: w.ws });
      expect(w.snapshot()).toEqual(before);
      expect(oneErrorLine(r)).toBe(
        "::error::invalid path 'sub' for input 'path': it leads outside the workspace through a symbolic link (expected a directory of the repository itself, such as . or nix/flake or **/flake.nix)",
      );
    },
  );

  test('fix with paths: ** does not follow sub -> ../outside', () => {
    const w = world();
    symlinkSync('../outside', path.join(w.ws, 'sub'));
    const before = w.snapshot();
    const r = runAction({ command: 'fix', paths: '**' }, { GITHUB_WORKSPACE: w.ws });
    expect(r.stdout).toContain('nothing to fix');
    expect(r.code).toBe(0);
    expect(w.snapshot()).toEqual(before);
  });

  test.each([
    ['path: lk', { path: 'lk' }],
    ['paths: **', { paths: '**' }],
  ])('flake.lock -> /etc/passwd (%s): refused naming the file, the content never quoted', (_name, inputs) => {
    const w = world();
    mkdirSync(path.join(w.ws, 'lk'));
    writeFileSync(path.join(w.ws, 'lk', 'flake.nix'), '{ outputs = _: { }; }\n'); // a flake, so ** selects it
    symlinkSync('/etc/passwd', path.join(w.ws, 'lk', 'flake.lock'));
    const r = runAction({ command: 'lint', ...inputs }, { GITHUB_WORKSPACE: w.ws });
    expect(`${r.stdout}${r.stderr}${r.summary}`).not.toMatch(/found '|root:|lock\/invalid/);
    expect(oneErrorLine(r)).toBe(
      '::error::lk/flake.lock: flake.lock leads outside the workspace through a symbolic link (flake-steward reads nothing outside the workspace; commit the file itself rather than a link to it)',
    );
  });

  test('.flake-steward.json linked to a file outside: refused, not applied', () => {
    const w = world();
    cpSync(broken, path.join(w.ws, 'b'), { recursive: true });
    writeFileSync(path.join(w.top, 'settings.json'), JSON.stringify({ 'fail-on': 'never' }));
    symlinkSync('../../settings.json', path.join(w.ws, 'b', '.flake-steward.json'));
    const r = runAction({ command: 'lint', path: 'b' }, { GITHUB_WORKSPACE: w.ws });
    expect(oneErrorLine(r)).toBe(
      '::error::b/.flake-steward.json: .flake-steward.json leads outside the workspace through a symbolic link (flake-steward reads nothing outside the workspace; commit the file itself rather than a link to it)',
    );
  });
});

describe('action: sarif-file', () => {
  test.each<[string, (top: string) => string, string]>([
    ['../outside/x.json', () => '../outside/x.json', 'is outside the workspace'],
    ['an absolute path outside', (top) => path.join(top, 'outside', 'x.json'), 'is outside the workspace'],
    ['out/x.json, where out -> ../outside', () => 'out/x.json', 'leads outside the workspace through a symbolic link'],
    ['x.json -> ../outside/x.json (dangling)', () => 'x.json', 'leads outside the workspace through a symbolic link'],
  ])('%s: refused before linting, nothing written outside', (_name, value, why) => {
    const w = world();
    symlinkSync('../outside', path.join(w.ws, 'out'));
    symlinkSync('../outside/x.json', path.join(w.ws, 'x.json'));
    const before = w.snapshot();
    const sarif = value(w.top);
    const r = runAction({ command: 'lint', 'sarif-file': sarif }, { GITHUB_WORKSPACE: w.ws });
    expect(existsSync(path.join(w.outside, 'x.json'))).toBe(false);
    expect(w.snapshot()).toEqual(before);
    expect(oneErrorLine(r)).toBe(
      `::error::invalid path '${sarif}' for input 'sarif-file': it ${why} (expected a file inside the repository, such as flake-steward.sarif)`,
    );
  });

  test('an absolute path inside the workspace is written', () => {
    const w = world();
    const sarif = path.join(w.ws, 'reports', 'lint.sarif');
    const r = runAction({ command: 'lint', 'sarif-file': sarif }, { GITHUB_WORKSPACE: w.ws });
    expect(r.code).toBe(0);
    expect(r.outputs['sarif-file']).toBe(sarif);
    expect((JSON.parse(readFileSync(sarif, 'utf8')) as { version: string }).version).toBe('2.1.0');
  });
});

describe('action: setting names are own properties', () => {
  test.each<[Record<string, string>, string]>([
    [{ rules: '__proto__=error' }, "::error::unknown rule '__proto__' in input 'rules' (rules are: "],
    [{ rules: 'constructor=error' }, "::error::unknown rule 'constructor' in input 'rules' (rules are: "],
    [{ rules: 'toString=warning' }, "::error::unknown rule 'toString' in input 'rules' (rules are: "],
    [
      { 'max-age': '30,__proto__=5' },
      "::error::invalid input name '__proto__' in input 'max-age' (expected DAYS or INPUT=DAYS, where INPUT is an input name or glob such as nixpkgs, home-manager/nixpkgs or nixpkgs-*: a letter first, then letters, digits, - or _)",
    ],
  ])('%j is refused with one line', (inputs, line) => {
    const w = world();
    const r = runAction({ command: 'lint', ...inputs }, { GITHUB_WORKSPACE: w.ws });
    expect(oneErrorLine(r).startsWith(line)).toBe(true);
  });
});

describe('CLI fix: never writes through a link that leaves the repository', () => {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'],
        HOME: cwd,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  /** git on PATH, Nix not: fix then says to run `nix flake lock` instead of fetching the fixture's inputs. */
  const env = (top: string): Record<string, string> => {
    const bin = path.join(top, 'bin');
    mkdirSync(bin);
    symlinkSync(realpathSync('/usr/bin/git'), path.join(bin, 'git'));
    return { PATH: bin };
  };
  const repo = (w: ReturnType<typeof world>, links: Record<string, string>) => {
    for (const [name, target] of Object.entries(links)) symlinkSync(target, path.join(w.ws, name));
    git(w.ws, 'init', '-q');
    git(w.ws, 'add', '-A');
    git(w.ws, 'commit', '-q', '-m', 'init');
  };

  test('fix --paths sub, where the repository commits sub -> ../outside: refused, outside untouched', () => {
    const w = world();
    repo(w, { sub: '../outside' });
    const before = w.snapshot();
    const r = runCli(['fix', w.ws, '--paths', 'sub'], { env: env(w.top) });
    expect(w.snapshot()).toEqual(before);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `flake-steward fix: sub: error: sub leads outside the repository ${w.ws} through a symbolic link (fix writes nothing outside the repository ${w.ws}; run it in the repository the flake belongs to)`,
    );
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  test('lint still follows that link (the CLI reads where the user points it)', () => {
    const w = world();
    repo(w, { sub: '../outside' });
    const r = runCli(['lint', '.', '--paths', 'sub'], { cwd: w.ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}sub\/flake\.nix:13:37 error follows\/non-existent-target /m);
  });

  test('a link inside the repository is written through and stays a link', () => {
    const w = world();
    cpSync(broken, path.join(w.ws, 'real'), { recursive: true });
    mkdirSync(path.join(w.ws, 'in'));
    cpSync(path.join(broken, 'flake.lock'), path.join(w.ws, 'in', 'flake.lock'));
    repo(w, { 'in/flake.nix': '../real/flake.nix' });
    const r = runCli(['fix', w.ws, '--paths', 'in'], { env: env(w.top) });
    expect(r.stdout).toContain('in/flake.nix: applied');
    expect(lstatSync(path.join(w.ws, 'in', 'flake.nix')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(w.ws, 'real', 'flake.nix'), 'utf8')).toContain(
      'home-manager.inputs.nixpkgs.follows = "nixpkgs";',
    );
    expect(w.snapshot()).toEqual(
      Object.fromEntries(readdirSync(broken).map((f) => [f, readFileSync(path.join(broken, f), 'utf8')])),
    );
  });
});
