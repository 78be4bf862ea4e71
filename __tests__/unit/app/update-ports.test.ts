import { describe, expect, test } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import type { ProcessRunner, RunOptions } from '../../../src/exec/process.js';
import { tokenHost, wireUpdate } from '../../../src/app/update-ports.js';

const settings = {
  inputs: [],
  build: { mode: 'auto' as const },
  dryRun: true,
  onBuildFailure: 'report' as const,
  nixOptions: [],
  acceptFlakeConfig: false,
};

/** Wires the engine over a runner that plays `nix --version` and records the environment of every other call. */
async function nixConfigOf(over: { token?: string; serverUrl?: string }): Promise<string | undefined> {
  const seen: RunOptions[] = [];
  const runner: ProcessRunner = async (cmd, args, opts = {}) => {
    seen.push(opts);
    return { argv: [cmd, ...args], code: 0, stdout: args[0] === '--version' ? 'nix (Nix) 2.8.0\n' : '', stderr: '' };
  };
  const deps = await wireUpdate({
    settings,
    logger: new MemoryLogger(),
    runner,
    env: { NIX_CONFIG: 'cores = 2' },
    ...over,
  });
  await deps.nix.updateLock('/f', []);
  return seen.at(-1)!.env?.['NIX_CONFIG'];
}

describe('the token reaches Nix for the GitHub server it belongs to', () => {
  test.each([
    ['github.com by default', {}, 'github.com'],
    ['github.com', { serverUrl: 'https://github.com' }, 'github.com'],
    ['GitHub Enterprise Server', { serverUrl: 'https://GHE.example.com/' }, 'ghe.example.com'],
    ['a server on its own port', { serverUrl: 'https://ghe.example.com:8443' }, 'ghe.example.com:8443'],
  ])('%s', async (_n, over, host) => {
    expect(await nixConfigOf({ token: 'ghs_x', ...over })).toBe(`cores = 2\naccess-tokens = ${host}=ghs_x`);
  });

  test('no token: NIX_CONFIG as the caller had it', async () => {
    expect(await nixConfigOf({ serverUrl: 'https://ghe.example.com' })).toBe('cores = 2');
  });

  test('a server URL that is not one is a user error naming it', () => {
    expect(() => tokenHost('ghe.example.com')).toThrow(UserError);
    expect(() => tokenHost('not a url')).toThrow(/cannot read the GitHub server URL 'not a url'/);
  });
});

describe('preflight', () => {
  test('no nix on PATH: a user error that says which step to add', async () => {
    const p = wireUpdate({
      settings,
      logger: new MemoryLogger(),
      nixBin: '/nonexistent/bin/nix',
    });
    await expect(p).rejects.toBeInstanceOf(UserError);
    await expect(p).rejects.toThrow(/Nix is not installed \(no `nix` on PATH\)/);
    await expect(p.catch((e: UserError) => e.format())).resolves.toMatch(/nix-installer-action/);
  });
});
