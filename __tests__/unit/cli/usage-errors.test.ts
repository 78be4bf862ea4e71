/**
 * Every usage mistake is one line in the CLI's own words, with a did-you-mean where a near name exists (issue 13):
 * no raw text of Node's argument parser, no words of the action's inputs, and `lint path/to/flake.nix` accepted as
 * `graph` and `inputs` accept a file.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../../src/cli/command.js';
import { main } from '../../../src/cli/main.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'fs-usage-'));
  await mkdir(path.join(tmp, 'a-basic'));
  await mkdir(path.join(tmp, 'empty'));
  await writeFile(
    path.join(tmp, 'a-basic', 'flake.nix'),
    '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";\n  outputs = { self, nixpkgs }: { };\n}\n',
  );
  await writeFile(path.join(tmp, 'a-basic', 'notes.txt'), 'hello\n');
});
afterAll(async () => rm(tmp, { recursive: true, force: true }));

async function cli(argv: string[], cwd = tmp): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

/** One line, ending in a newline, with balanced quotes. */
function oneLine(err: string): string {
  expect(err).toMatch(/^[^\n]+\n$/);
  expect((err.match(/'/g) ?? []).length % 2).toBe(0);
  return err.trimEnd();
}

describe('usage errors', () => {
  test.each([
    [
      ['lint', '--pats', 'x'],
      "flake-steward lint: error: unknown option '--pats' (did you mean '--paths'? see flake-steward lint --help)",
    ],
    [
      ['lint', '--fail_on', 'x'],
      "flake-steward lint: error: unknown option '--fail_on' (did you mean '--fail-on'? see flake-steward lint --help)",
    ],
    [
      ['lint', '-paths'],
      "flake-steward lint: error: unknown option '-paths' (did you mean '--paths'? see flake-steward lint --help)",
    ],
    [
      ['graph', '--jsn'],
      "flake-steward graph: error: unknown option '--jsn' (did you mean '--json'? see flake-steward graph --help)",
    ],
    [['lint', '--zzzzzz'], "flake-steward lint: error: unknown option '--zzzzzz' (see flake-steward lint --help)"],
    [
      ['lint', '--format'],
      "flake-steward lint: error: option '--format' needs a value (see flake-steward lint --help)",
    ],
    [
      ['fix', '--dry-run=yes'],
      "flake-steward fix: error: option '--dry-run' takes no value (got 'yes') (see flake-steward fix --help)",
    ],
    [['lnt'], "flake-steward: error: unknown command 'lnt' (did you mean 'lint'? see flake-steward --help)"],
    [['grpah'], "flake-steward: error: unknown command 'grpah' (did you mean 'graph'? see flake-steward --help)"],
  ])('%j', async (argv, line) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(line);
  });

  test('a flag where a value belongs is named, with the way to pass a dash value', async () => {
    const r = await cli(['lint', '--format', '--json']);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(
      "flake-steward lint: error: option '--format' needs a value, not the option '--json' (write --format=--json if that is the value; see flake-steward lint --help)",
    );
  });

  test('an unknown command without a near one lists the commands', async () => {
    const r = await cli(['zzzzzz']);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toMatch(
      /^flake-steward: error: unknown command 'zzzzzz' \(commands: lint, fix, .*; see flake-steward --help\)$/,
    );
  });

  test('a hostile unknown option is shown neutralised and bounded', async () => {
    const r = await cli(['lint', `--x\u001b]0;pwned\u0007${'y'.repeat(5000)}`]);
    expect(r.code).toBe(2);
    const line = oneLine(r.err);
    expect(line).not.toContain('\u001b');
    expect(line.length).toBeLessThan(300);
  });
});

describe("the CLI's own words", () => {
  test('a directory without a flake: DIR and --paths, not the action inputs', async () => {
    const r = await cli(['lint', 'empty']);
    expect(r.code).toBe(1);
    const line = oneLine(r.err);
    expect(line).toContain('no flake.nix or flake.lock in');
    expect(line).toContain('as DIR');
    expect(line).not.toMatch(/set path|\(or paths\)|workspace/);
  });

  test('a glob that matches nothing speaks of DIR, not the repository', async () => {
    const r = await cli(['lint', '--paths', 'nothing/*']);
    expect(r.code).toBe(1);
    const line = oneLine(r.err);
    expect(line).toContain('relative to DIR');
    expect(line).not.toMatch(/set path|workspace/);
  });

  test('a directory that does not exist: no flake there, in the same words', async () => {
    const r = await cli(['lint', 'nope']);
    expect(r.code).toBe(1);
    expect(oneLine(r.err)).toBe(
      `flake-steward lint: error: no flake.nix or flake.lock in ${path.join(tmp, 'nope')} (give the directory of your flake, or its flake.nix or flake.lock, as DIR; or --paths relative to DIR)`,
    );
  });

  test('lint --help documents --format markdown', async () => {
    const r = await cli(['lint', '--help']);
    expect(r.out).toMatch(/--format text\|json\|sarif\|markdown/);
  });
});

describe('lint, fix and graph take a flake.nix or flake.lock path', () => {
  test.each([['a-basic/flake.nix'], ['a-basic']])('lint %s lints the flake of a-basic', async (arg) => {
    const r = await cli(['lint', arg, '--format', 'json', '--rules', 'sync/missing-from-lock=error']);
    expect(r.err).toBe('');
    const findings = (JSON.parse(r.out) as { findings: { file: string; rule: string }[] }).findings;
    expect(findings.some((f) => f.rule === 'sync/missing-from-lock' && f.file === 'a-basic/flake.nix')).toBe(true);
  });

  test('another file is refused with its directory named', async () => {
    const r = await cli(['lint', 'a-basic/notes.txt']);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(
      'flake-steward lint: error: a-basic/notes.txt is a file, not a flake directory (give its directory, or its flake.nix or flake.lock: flake-steward lint a-basic)',
    );
  });

  test('graph path/flake.nix reads the flake.lock beside it', async () => {
    const r = await cli(['graph', 'a-basic/flake.nix']);
    expect(oneLine(r.err)).toContain('no flake.lock in a-basic');
  });
});

describe('paths from the working directory', () => {
  test('lint a-basic prints a-basic/flake.nix:LINE:COL, grouped under its file, with the line quoted', async () => {
    const r = await cli(['lint', 'a-basic']);
    expect(r.out.split('\n').slice(0, 4)).toEqual([
      'a-basic/flake.nix',
      '  a-basic/flake.nix:2:3 error sync/missing-from-lock flake.nix has 1 input but there is no flake.lock: run `nix flake lock` and commit flake.lock',
      '    2 |   inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";',
      `      |   ${'^'.repeat(59)}`,
    ]);
  });

  test('from inside the flake, flake.nix; from elsewhere, a path that leads there', async () => {
    expect((await cli(['lint'], path.join(tmp, 'a-basic'))).out).toMatch(/^ {2}flake\.nix:2:3 error/m);
    expect((await cli(['lint', '../a-basic'], path.join(tmp, 'empty'))).out).toMatch(
      /^ {2}\.\.\/a-basic\/flake\.nix:2:3 error/m,
    );
  });
});
