/**
 * freshness/newer-tag with real git on a local world (issue 14, lint half of "Release tags"; no network): a
 * repository `tool` tagged v1.0.0, v1.1.0, v1.2.0-rc1 and a flake whose input is `git+file://…/tool?ref=v1.0.0`.
 * With `newer-tags: any` lint asks git once and reports v1.1.0 (a pre-release is no release for a release pin);
 * with `forges` (the default) a local repository is no public forge, so no git process runs and nothing is
 * reported; `off` runs none either. The CLI face reports it too (`--newer-tags any`), and `fix` rewrites the tag in
 * flake.nix, nothing else, and relocks with real Nix at the tag's commit.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyFixes } from '../../../src/app/fix.js';
import { lint, type LintRequest } from '../../../src/app/lint.js';
import type { CliIO } from '../../../src/cli/command.js';
import { main } from '../../../src/cli/main.js';
import { DEFAULTS, type NewerTags } from '../../../src/core/config.js';
import { MemoryLogger, type Clock } from '../../../src/core/ports.js';
import { runProcess, type ProcessRunner } from '../../../src/exec/process.js';
import { createGit } from '../../../src/git/git.js';
import { allFindings } from '../../../src/lint/lint-result.js';
import { World, type Repo } from '../../support/world.js';

const clock: Clock = { now: () => new Date('2026-12-02T12:00:00Z') };

describe('lint asks for newer release tags, with real git', () => {
  let world: World;
  let tool: Repo;
  let root: Repo;
  let text: string;
  const tagRev: Record<string, string> = {};
  /** argv of every process the Git port started. */
  let started: (readonly string[])[] = [];
  const runner: ProcessRunner = (cmd, args, opts) => {
    started.push([cmd, ...args]);
    return runProcess(cmd, args, { ...opts, env: { ...world.env, ...opts?.env } });
  };

  function request(newerTags: NewerTags | undefined): LintRequest {
    return {
      workspace: root.dir,
      paths: ['.'],
      settings: {
        failOn: 'error',
        rules: {},
        maxAge: DEFAULTS.maxAge,
        maxAgeByInput: {},
        ignore: [],
        allowedOwners: [],
        ...(newerTags ? { newerTags } : {}),
      },
      rulesSetting: '--rules',
      clock,
      git: createGit({ runner }),
    };
  }

  const newerTag = async (newerTags: NewerTags | undefined) =>
    allFindings(await lint(request(newerTags))).filter((f) => f.rule === 'freshness/newer-tag');

  beforeAll(async () => {
    world = await World.create({ name: 'fs-lint-newer-tag' });
    tool = await world.repo('tool', { 'version.txt': 'first\n' });
    for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0-rc1']) {
      tagRev[tag] = await tool.commit({ 'version.txt': `${tag}\n` }, tag);
      await world.git(tool.dir, ['tag', tag]);
    }
    await tool.commit({ 'version.txt': 'unreleased\n' }, 'main moves on');
    text = `{
  description = "tag-pinned";   # formatting kept

  inputs = {
    tool = { url = "${tool.url}?ref=v1.0.0";  flake = false; };
  };

  outputs = { self, tool }: { };
}
`;
    root = await world.repo('root', { 'flake.nix': text });
    await world.lock(root);
    await root.commit({}, 'lock');
  }, 120_000);

  afterAll(async () => {
    await world?.cleanup();
  });

  test('any: one ls-remote, and a notice naming v1.1.0 on the reference', async () => {
    started = [];
    const found = await newerTag('any');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'notice',
        file: 'flake.nix',
        input: 'tool',
        line: 5,
        column: 20,
        message: "input 'tool' is pinned to release tag v1.0.0; v1.1.0 is the newest release",
      }),
    ]);
    expect(started).toEqual([
      // anonymous: no credential helper (and no git config: the environment, src/git/git.ts ANONYMOUS_GIT_ENV)
      ['git', '-c', 'protocol.ext.allow=never', '-c', 'credential.helper=', 'ls-remote', '--tags', '--refs', '--', `file://${tool.dir}`],
    ]);
  }, 60_000);

  test.each([
    ['forges', 'forges' as const],
    ['unset (forges)', undefined],
    ['off', 'off' as const],
  ])(
    '%s: no git process, no finding',
    async (_name, setting) => {
      started = [];
      expect(await newerTag(setting)).toEqual([]);
      expect(started).toEqual([]);
    },
    60_000,
  );

  test('the CLI: --newer-tags any reports it; without the flag it is quiet', async () => {
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIO = {
        stdout: (t) => out.push(t),
        stderr: (t) => err.push(t),
        cwd: root.dir,
        env: world.env,
        isTTY: false,
      };
      const code = await main(['lint', root.dir, '--format', 'json', '--fail-on', 'never', ...argv], io);
      const findings = (JSON.parse(out.join('')) as { findings: { rule: string; message: string }[] }).findings;
      return { code, newer: findings.filter((f) => f.rule === 'freshness/newer-tag').map((f) => f.message) };
    };
    expect(await run('--newer-tags', 'any')).toEqual({
      code: 0,
      newer: ["input 'tool' is pinned to release tag v1.0.0; v1.1.0 is the newest release"],
    });
    expect(await run()).toEqual({ code: 0, newer: [] });
  }, 60_000);

  test('fix rewrites the tag only and relocks at the tag (real Nix); lint is quiet after', async () => {
    const said: string[] = [];
    const outcome = await applyFixes(
      { ...request('any'), dryRun: false, nixEnv: world.env },
      (l) => said.push(l),
      new MemoryLogger(),
    );
    expect(outcome.locked).toEqual(['.']);
    expect(said.join('\n')).toContain(
      'freshness/newer-tag (tool): Move tool from v1.0.0 to v1.1.0, then relock (nix flake lock)',
    );
    expect(await readFile(path.join(root.dir, 'flake.nix'), 'utf8')).toBe(text.replace('ref=v1.0.0', 'ref=v1.1.0'));
    const lock = JSON.parse(await root.readLock()) as {
      nodes: Record<string, { original?: { ref?: string }; locked?: { rev?: string } }>;
    };
    expect(lock.nodes['tool']!.original!.ref).toBe('v1.1.0');
    expect(lock.nodes['tool']!.locked!.rev).toBe(tagRev['v1.1.0']);
    expect(
      allFindings(outcome.after!).filter((f) => f.rule.startsWith('freshness/') || f.rule.startsWith('sync/')),
    ).toEqual([]);
  }, 120_000);
});
