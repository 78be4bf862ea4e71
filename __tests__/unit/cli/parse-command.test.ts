// Runs the command object directly: src/cli/main.ts imports every command, some of them mid-work elsewhere.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCommand } from '../../../src/cli/commands/parse.js';
import { UsageError } from '../../../src/core/errors.js';
import type { CliIO } from '../../../src/cli/command.js';

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: {}, isTTY: false };
  const pipe = args.includes('--pipe-operators');
  const code = await parseCommand.run(
    args.filter((a) => a !== '--pipe-operators'),
    pipe ? { 'pipe-operators': true } : {},
    io,
  );
  return { code, out, err };
}

describe('flake-steward parse FILE...', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fs-parse-'));
  writeFileSync(
    path.join(dir, 'good.nix'),
    '{ inputs.nixpkgs.url = "github:NixOS/nixpkgs"; outputs = { self, ... }: { }; }\n',
  );
  writeFileSync(path.join(dir, 'bad.nix'), '{\n  description = "x"\n  inputs = { };\n}\n');
  writeFileSync(path.join(dir, 'undef.nix'), 'let a = 1; in b\n');
  writeFileSync(path.join(dir, 'pipes.nix'), '[ 1 ] |> map (x: x)\n');
  mkdirSync(path.join(dir, 'adir'));

  test('exit 0 and no output when every file is valid', async () => {
    expect(await run(['good.nix', 'good.nix'], dir)).toEqual({ code: 0, out: '', err: '' });
  });

  test('exit 1 and one FILE:LINE:COL: error: line per invalid file, valid files silent', async () => {
    const r = await run(['bad.nix', 'good.nix', 'undef.nix'], dir);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      "bad.nix:3:10: error: syntax error, unexpected '=', expecting ';'",
      "undef.nix:1:15: error: undefined variable 'b'",
      '',
    ]);
  });

  test('a missing file or a directory is one clear line, and the other files are still checked', async () => {
    const r = await run(['nope.nix', 'adir', 'bad.nix'], dir);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      'nope.nix: error: cannot read the file: no such file',
      'adir: error: cannot read the file: is a directory, not a file',
      "bad.nix:3:10: error: syntax error, unexpected '=', expecting ';'",
      '',
    ]);
    expect(r.err).toBe('');
  });

  test('pipe operators only with --pipe-operators', async () => {
    expect((await run(['pipes.nix'], dir)).out).toMatch(
      /^pipes\.nix:1:7: error: syntax error, unexpected invalid token/,
    );
    expect(await run(['--pipe-operators', 'pipes.nix'], dir)).toEqual({ code: 0, out: '', err: '' });
  });

  test('no file is a usage error', async () => {
    await expect(run([], dir)).rejects.toThrow(UsageError);
    await expect(run([], dir)).rejects.toThrow(/no file given/);
  });
});
