/**
 * A review reports newer release tags too (issue 14, "Release tags", lint half, in `review`): with real git and real
 * Nix on a local world, a flake whose input `tool` is pinned `?ref=v1.0.0` (the repository has v1.1.0 and
 * v1.2.0-rc1) on both sides, and whose head adds `extra` pinned `?ref=v1.0.0` (the repository has v2.0.0). The review
 * lints both sides under the same `newer-tags` policy as lint: with `any`, `tool`'s notice is already present (not
 * new), `extra`'s is new, and each repository is asked once for the whole review (base and head share the answers);
 * with the default (`forges`) a local repository is no public forge: no ls-remote runs and no notice is reported.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { planReview, reviewRequest } from '../../../src/app/review.js';
import { wireUpdate } from '../../../src/app/update-ports.js';
import { configFromFlags } from '../../../src/cli/read-flags.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import { runProcess, type ProcessRunner } from '../../../src/exec/process.js';
import { createGit } from '../../../src/git/git.js';
import { scratchDirs } from '../../../src/workspace/scratch-dir.js';
import { World, type Repo } from '../../support/world.js';

describe('review asks for newer release tags once for both sides, with real git', () => {
  let world: World;
  let tool: Repo;
  let extra: Repo;
  let root: Repo;
  /** argv of every git process the review's Git port started. */
  let started: (readonly string[])[] = [];
  const runner: ProcessRunner = (cmd, args, opts) => {
    started.push([cmd, ...args]);
    return runProcess(cmd, args, { ...opts, env: { ...world.env, ...opts?.env } });
  };

  const flakeText = (inputs: string, args: string) => `{
  inputs = {
${inputs}
  };
  outputs = { self, ${args} }: { };
}
`;

  beforeAll(async () => {
    world = await World.create({ name: 'fs-review-newer-tag' });
    tool = await world.repo('tool', { 'version.txt': 'first\n' });
    for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0-rc1']) {
      await tool.commit({ 'version.txt': `${tag}\n` }, tag);
      await world.git(tool.dir, ['tag', tag]);
    }
    extra = await world.repo('extra', { 'version.txt': 'first\n' });
    for (const tag of ['v1.0.0', 'v2.0.0']) {
      await extra.commit({ 'version.txt': `${tag}\n` }, tag);
      await world.git(extra.dir, ['tag', tag]);
    }
    const toolLine = `    tool = { url = "${tool.url}?ref=v1.0.0"; flake = false; };`;
    root = await world.repo('root', { 'flake.nix': flakeText(toolLine, 'tool') });
    await world.lock(root);
    await root.commit({}, 'lock');
    // the head: a second tag-pinned input, relocked
    await root.write({
      'flake.nix': flakeText(`${toolLine}\n    extra = { url = "${extra.url}?ref=v1.0.0"; flake = false; };`, 'tool, extra'),
    });
    await world.lock(root);
    await root.commit({}, 'add extra');
  }, 120_000);

  afterAll(async () => {
    await world?.cleanup();
  });

  async function review(flags: Record<string, string>) {
    const io = { cwd: root.dir, env: world.env };
    const config = await configFromFlags('review', [root.dir], { build: 'none', ...flags }, io);
    const logger = new MemoryLogger();
    const deps = await wireUpdate({ settings: config.update, logger, env: world.env });
    started = [];
    const planned = await planReview(reviewRequest(config, { base: 'HEAD~1', rulesSetting: '--rules' }), {
      ...deps,
      git: createGit({ runner }),
      scratch: scratchDirs,
    });
    const newer = (fs: typeof planned.lint.introduced) =>
      fs.filter((f) => f.rule === 'freshness/newer-tag').map((f) => [f.input, f.message]);
    return {
      introduced: newer(planned.lint.introduced),
      present: newer(planned.lint.present),
      lsRemote: started.filter((argv) => argv.includes('ls-remote')).map((argv) => argv[argv.length - 1]),
    };
  }

  test('newer-tags any: the base\'s notice is present, the head\'s new one introduced; each remote asked once', async () => {
    expect(await review({ 'newer-tags': 'any' })).toEqual({
      introduced: [['extra', "input 'extra' is pinned to release tag v1.0.0; v2.0.0 is the newest release"]],
      present: [['tool', "input 'tool' is pinned to release tag v1.0.0; v1.1.0 is the newest release"]],
      lsRemote: [`file://${tool.dir}`, `file://${extra.dir}`],
    });
  }, 120_000);

  test('the default (forges): a local repository is not asked, no notice on either side', async () => {
    expect(await review({})).toEqual({ introduced: [], present: [], lsRemote: [] });
  }, 120_000);
});
