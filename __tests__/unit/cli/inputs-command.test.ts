// Runs the command object directly: src/cli/main.ts imports every command, some of them mid-work elsewhere.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inputsCommand } from '../../../src/cli/commands/inputs.js';
import type { CliIO } from '../../../src/cli/command.js';
import { UserError } from '../../../src/core/errors.js';
import { NixSyntaxError } from '../../../src/nix/index.js';

const FIXTURES = path.resolve('__tests__', 'fixtures', 'inputs');

async function run(dir: string, flags: Record<string, boolean> = {}): Promise<string> {
  let out = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: () => undefined, cwd: FIXTURES, env: {}, isTTY: false };
  const code = await inputsCommand.run([dir], flags, io);
  expect(code).toBe(0);
  return out;
}

describe('flake-steward inputs [DIR] [--json] [--refs]', () => {
  test('lists inputs with where they are declared', async () => {
    expect(await run('valid/block')).toBe(
      [
        'nixpkgs       github:NixOS/nixpkgs/nixos-unstable       valid/block/flake.nix:6',
        'home-manager  github:nix-community/home-manager         valid/block/flake.nix:7',
        '  nixpkgs     follows "nixpkgs"                         valid/block/flake.nix:9',
        'theme         github:example/theme-files (not a flake)  valid/block/flake.nix:11',
        '',
      ].join('\n'),
    );
    expect(await run('valid/no-inputs')).toBe('valid/no-inputs/flake.nix: no inputs declared\n');
  });

  test('--json prints the value of inputs as Nix prints it (no final newline, like nix-instantiate)', async () => {
    expect(await run('valid/dotted', { json: true })).toBe(
      '{"flake-compat":{"flake":false,"url":"github:edolstra/flake-compat"},"flake-utils":{"url":"github:numtide/flake-utils"},"nixpkgs":{"url":"github:NixOS/nixpkgs/nixos-24.05"},"utils":{"follows":"flake-utils"}}',
    );
    expect(await run('valid/no-inputs', { json: true })).toBe('{}');
  });

  test('--json --refs: each root input as its original reference, or what it follows', async () => {
    expect(JSON.parse(await run('valid/follows-paths', { json: true, refs: true }))).toEqual({
      hyprland: { original: { owner: 'hyprwm', repo: 'Hyprland', type: 'github' } },
      'hyprland-plugins': { original: { owner: 'hyprwm', repo: 'hyprland-plugins', type: 'github' } },
      nixpkgs: { follows: 'nixpkgs-unstable' },
      'nixpkgs-unstable': { original: { owner: 'NixOS', ref: 'nixpkgs-unstable', repo: 'nixpkgs', type: 'github' } },
    });
    const refs = JSON.parse(await run('valid/attrset-ref', { json: true, refs: true })) as Record<string, unknown>;
    expect(refs['nixpkgs']).toEqual({
      original: { owner: 'NixOS', ref: 'nixos-24.05', repo: 'nixpkgs', type: 'github' },
    });
    expect(refs['old']).toEqual({ original: { id: 'nixpkgs', type: 'indirect' } });
    expect(JSON.parse(await run('valid/path-literal', { json: true, refs: true }))).toEqual({
      parent: { original: { path: '../..', type: 'path' } },
      sibling: { original: { path: './sub', type: 'path' } },
    });
    expect(Object.keys(JSON.parse(await run('valid/self-attrs', { json: true, refs: true })) as object)).toEqual([
      'nixpkgs',
    ]);
  });

  test('an input with no reference comes from the registry (indirect by its name)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-inputs-'));
    writeFileSync(path.join(dir, 'flake.nix'), '{ inputs.nixpkgs.flake = true; outputs = _: { }; }');
    expect(await run(dir, { json: true, refs: true })).toBe(
      '{"nixpkgs":{"original":{"id":"nixpkgs","type":"indirect"}}}',
    );
  });

  test('a bad reference is an error at the input', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-inputs-'));
    writeFileSync(path.join(dir, 'flake.nix'), '{\n  inputs.bad.url = "github:owner";\n  outputs = _: { };\n}');
    await expect(run(dir, { json: true, refs: true })).rejects.toThrow(UserError);
    await expect(run(dir, { json: true, refs: true })).rejects.toMatchObject({ position: { line: 2, column: 20 } });
  });

  test('DIR may also be the flake.nix file itself', async () => {
    expect(await run('valid/no-inputs/flake.nix', { json: true })).toBe('{}');
  });

  test('no flake.nix, or a broken one, is a clear error', async () => {
    await expect(run('valid')).rejects.toThrow(/no flake\.nix in /);
    await expect(run('invalid/seed-broken-example', { json: true })).rejects.toThrow(NixSyntaxError);
    await expect(run('rejected/computed-url', { json: true })).rejects.toThrow(/inputs\.nixpkgs\.url is computed/);
  });
});

test('--json --refs through the CLI: a `##[` or C1 control in a reference is escaped and its value kept exactly', async () => {
  const { main } = await import('../../../src/cli/main.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'fs-inputs-'));
  const dirValue = '##[x]\u009b2J';
  writeFileSync(
    path.join(dir, 'flake.nix'),
    `{ inputs.a = { type = "github"; owner = "o"; repo = "r"; dir = "${dirValue}"; }; outputs = _: { }; }`,
  );
  let out = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: () => undefined, cwd: dir, env: {}, isTTY: false };
  expect(await main(['inputs', dir, '--json', '--refs'], io)).toBe(0);
  expect(out).not.toMatch(/##\[|[\u0080-\u009f]/);
  expect(JSON.parse(out)).toEqual({ a: { original: { dir: dirValue, owner: 'o', repo: 'r', type: 'github' } } });
});
