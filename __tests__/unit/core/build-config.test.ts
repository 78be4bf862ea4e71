/**
 * Both faces build the same Config: the action from its inputs (with action.yml's defaults filled in, as the runner
 * does), the CLI from its flags. For each intent, written once as inputs and once as flags, the two Config objects are
 * equal — and a different value on one side makes them differ (the last test), so equality is not vacuous.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../../src/action/read-inputs.js';
import type { CliCommand } from '../../../src/cli/command.js';
import { fixCommand } from '../../../src/cli/commands/fix.js';
import { lintCommand } from '../../../src/cli/commands/lint.js';
import { updateCommand } from '../../../src/cli/commands/update.js';
import { configFromFlags } from '../../../src/cli/read-flags.js';
import { updateConfigFromFlags } from '../../../src/cli/update-flags.js';
import type { Command, Config } from '../../../src/core/config.js';
import { planRequest, updateRequest } from '../../../src/app/plan.js';
import { actionDefaults, inputVariable } from '../../support/action.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fs-config-faces-'));
const COMMANDS: Record<string, CliCommand> = { lint: lintCommand, fix: fixCommand, update: updateCommand };

let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
});
afterEach(() => {
  process.env = saved;
});

async function fromInputs(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Config> {
  for (const [k, v] of Object.entries({ ...actionDefaults(), ...inputs })) process.env[inputVariable(k)] = v;
  Object.assign(process.env, env);
  return readConfig({ GITHUB_WORKSPACE: dir });
}

/** The CLI's Config as its commands build it (update: with the repository of --open-pr). */
async function fromFlags(argv: string[], env: Record<string, string> = {}): Promise<Config> {
  const [name, ...rest] = argv;
  const command = COMMANDS[name!]!;
  const { positionals, values } = parseArgs({
    args: rest,
    options: command.options,
    allowPositionals: true,
    strict: true,
  });
  if (name === 'update') {
    const noOrigin = { remoteUrl: async () => undefined };
    return updateConfigFromFlags(positionals, values, { cwd: dir, env, git: noOrigin });
  }
  return configFromFlags(name as Command, positionals, values, { cwd: dir, env });
}

/** `format` is the CLI's only setting (its stdout's form; the action logs text): not part of the comparison. */
function comparable(c: Config): Omit<Config, 'format'> {
  const { format: _cliOnly, ...rest } = c;
  return rest;
}

// On a terminal there is no job summary: the action's side writes job-summary: false for the same intent.
const INTENTS: [string, Record<string, string>, string[]][] = [
  ['lint with nothing written', { command: 'lint', 'job-summary': 'false' }, ['lint', dir]],
  [
    'lint with every lint setting',
    {
      command: 'lint',
      paths: '.\nhosts/*',
      'fail-on': 'warning',
      rules: 'duplicates/duplicate-input=error,freshness/stale-input=off',
      'max-age': '14,nixpkgs=7',
      ignore: 'home-manager/*, nixpkgs-*',
      'allowed-nixpkgs-owners': 'me',
      'newer-tags': 'any',
      'sarif-file': 'out/lint.sarif',
      'job-summary': 'false',
    },
    [
      'lint',
      dir,
      '--paths',
      '.',
      '--paths',
      'hosts/*',
      '--fail-on',
      'warning',
      '--rules',
      'duplicates/duplicate-input=error',
      '--rules',
      'freshness/stale-input=off',
      '--max-age',
      '14,nixpkgs=7',
      '--ignore',
      'home-manager/*',
      '--ignore',
      'nixpkgs-*',
      '--allowed-nixpkgs-owners',
      'me',
      '--newer-tags',
      'any',
      '--sarif-file',
      'out/lint.sarif',
    ],
  ],
  [
    'lint: only per-input max ages (the default max age stays not given)',
    { command: 'lint', 'max-age': 'nixpkgs=7', 'job-summary': 'false' },
    ['lint', dir, '--max-age', 'nixpkgs=7'],
  ],
  [
    'fix, dry run, fail-on written at its default value',
    { command: 'fix', 'dry-run': 'true', 'fail-on': 'error', 'job-summary': 'false' },
    ['fix', dir, '--dry-run', '--fail-on', 'error'],
  ],
  [
    'update with every update setting',
    {
      command: 'update',
      inputs: 'nixpkgs, home-manager/nixpkgs',
      build: 'nixosConfigurations.host.config.system.build.toplevel',
      'dry-run': 'true',
      'on-build-failure': 'report',
      'nix-options': '--option cores 2',
      'accept-flake-config': 'true',
      'job-summary': 'false',
    },
    [
      'update',
      dir,
      '--inputs',
      'nixpkgs,home-manager/nixpkgs',
      '--build',
      'nixosConfigurations.host.config.system.build.toplevel',
      '--dry-run',
      '--on-build-failure',
      'report',
      '--nix-options=--option cores 2',
      '--accept-flake-config',
    ],
  ],
  [
    'update with named groups',
    {
      command: 'update',
      group: 'nix=nixpkgs*,home-manager;rest=*',
      'on-build-failure': 'fail',
      'job-summary': 'false',
    },
    ['update', dir, '--group', 'nix=nixpkgs*,home-manager;rest=*'],
  ],
  [
    'update with release tags off',
    { command: 'update', 'release-tags': 'false', 'on-build-failure': 'fail', 'job-summary': 'false' },
    ['update', dir, '--release-tags', 'false'],
  ],
];

describe('action inputs and CLI flags for the same intent give equal Config objects', () => {
  test.each(INTENTS)('%s', async (_, inputs, argv) => {
    const action = await fromInputs(inputs);
    const cli = await fromFlags(argv);
    expect(comparable(cli)).toEqual(comparable(action));
  });

  test('release-tags: on by default; false reaches the update request (no tag is moved)', async () => {
    expect((await fromFlags(['update', dir])).update.releaseTags).toBe(true);
    expect(updateRequest(await fromFlags(['update', dir])).releaseTags).toBeUndefined();
    const off = await fromInputs({ command: 'update', 'release-tags': 'false' });
    expect(off.update.releaseTags).toBe(false);
    expect(updateRequest(off).releaseTags).toBe(false);
    expect(planRequest(await fromFlags(['update', dir, '--release-tags', 'false'])).releaseTags).toBe(false);
    await expect(fromFlags(['update', dir, '--release-tags', 'maybe'])).rejects.toThrow('--release-tags');
  });

  test('update opening the pull request: every pull-request setting, the token and the repository', async () => {
    const token = 'ghs_faces_0123456789abcdef';
    const action = await fromInputs(
      {
        command: 'update',
        token,
        base: 'main',
        branch: 'deps/flake',
        title: 'chore: flake.lock',
        'commit-message': 'flake.lock: bump',
        labels: 'dependencies\nnix',
        assignees: 'alice',
        reviewers: 'bob, carol',
        'team-reviewers': 'acme/nix',
        draft: 'true',
        'auto-merge': 'squash',
        'commit-mode': 'git',
        author: 'Bot <bot@example.com>',
        committer: 'Ops <ops@example.com>',
        signoff: 'true',
        'max-commits': '10',
        'on-build-failure': 'skip-pr',
        'job-summary': 'false',
      },
      { GITHUB_REPOSITORY: 'acme/infra' },
    );
    const cli = await fromFlags(
      [
        'update',
        dir,
        '--open-pr',
        '--repository',
        'acme/infra',
        '--base',
        'main',
        '--branch',
        'deps/flake',
        '--title',
        'chore: flake.lock',
        '--commit-message',
        'flake.lock: bump',
        '--labels',
        'dependencies',
        '--labels',
        'nix',
        '--assignees',
        'alice',
        '--reviewers',
        'bob,carol',
        '--team-reviewers',
        'acme/nix',
        '--draft',
        '--auto-merge',
        'squash',
        '--commit-mode',
        'git',
        '--author',
        'Bot <bot@example.com>',
        '--committer',
        'Ops <ops@example.com>',
        '--signoff',
        '--max-commits',
        '10',
        '--on-build-failure',
        'skip-pr',
      ],
      { GITHUB_TOKEN: token },
    );
    expect(comparable(cli)).toEqual(comparable(action));
    expect(cli.pr.repository).toEqual({ owner: 'acme', repo: 'infra' });
    expect(cli.pr.token).toBe(token);
  });

  test('settings .flake-steward.json can set are not given unless written, on both faces', async () => {
    const action = await fromInputs({ command: 'lint' });
    const cli = await fromFlags(['lint', dir]);
    for (const c of [action, cli]) {
      expect(c.lint.failOn).toBeUndefined();
      expect(c.lint.maxAge).toBeUndefined();
    }
    expect((await fromInputs({ command: 'lint', 'fail-on': 'error' })).lint.failOn).toBe('error');
    expect((await fromFlags(['lint', dir, '--fail-on', 'error'])).lint.failOn).toBe('error');
  });

  test('the comparison sees a difference: one value changed on one side', async () => {
    const action = await fromInputs({ command: 'lint', 'fail-on': 'warning', 'job-summary': 'false' });
    expect(comparable(await fromFlags(['lint', dir, '--fail-on', 'notice']))).not.toEqual(comparable(action));
    expect(comparable(await fromFlags(['lint', dir, '--fail-on', 'warning']))).toEqual(comparable(action));
  });
});
