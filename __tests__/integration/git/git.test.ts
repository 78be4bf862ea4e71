/**
 * The Git port on real git: the top level and the path prefix of a directory inside a work tree, the URL of a
 * remote, the porcelain status of one file; `undefined` outside a work tree, for a missing remote, and without git.
 * `repositoryRoot` (what fix writes within) falls back to the directory itself.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../../src/exec/process.js';
import { createGit, repositoryRoot } from '../../../src/git/git.js';

let tmp: string;
let repo: string;
let outside: string;
const env = {
  PATH: process.env['PATH'] ?? '/usr/bin:/bin',
  HOME: '',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (cwd: string, args: string[]) => runProcess('git', args, { cwd, env });

beforeAll(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'fs-git-port-')));
  env.HOME = tmp;
  repo = path.join(tmp, 'repo');
  outside = path.join(tmp, 'outside');
  await mkdir(path.join(repo, 'nix', 'host'), { recursive: true });
  await mkdir(outside);
  await git(repo, ['init', '--quiet']);
  await writeFile(path.join(repo, 'nix', 'flake.nix'), '{ }\n');
  await writeFile(path.join(repo, 'nix', 'host', 'keep'), '');
  await git(repo, ['add', '.']);
  await git(repo, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'init']);
  await git(repo, ['remote', 'add', 'origin', 'git@github.com:acme/infra.git']);
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('inside a work tree', () => {
  const port = () => createGit({ env });

  test('top level and path prefix, from the top and from below', async () => {
    expect(await port().topLevel(repo)).toBe(repo);
    expect(await port().topLevel(path.join(repo, 'nix', 'host'))).toBe(repo);
    expect(await port().pathPrefix(repo)).toBe('');
    expect(await port().pathPrefix(path.join(repo, 'nix'))).toBe('nix/');
    expect(await port().pathPrefix(path.join(repo, 'nix', 'host'))).toBe('nix/host/');
  });

  test("a remote's URL; none for a remote that does not exist", async () => {
    expect(await port().remoteUrl(path.join(repo, 'nix'), 'origin')).toBe('git@github.com:acme/infra.git');
    expect(await port().remoteUrl(repo, 'upstream')).toBeUndefined();
  });

  test('status of one file: empty when clean, its porcelain line (path from the top) when changed or new', async () => {
    const file = path.join(repo, 'nix', 'flake.nix');
    expect(await port().fileStatus(file)).toBe('');
    await writeFile(file, '{ inputs = { }; }\n');
    expect(await port().fileStatus(file)).toBe(' M nix/flake.nix');
    await git(repo, ['checkout', '--quiet', '--', 'nix/flake.nix']);
    expect(await port().fileStatus(file)).toBe('');
    await writeFile(path.join(repo, 'nix', 'new.nix'), '{ }\n');
    expect(await port().fileStatus(path.join(repo, 'nix', 'new.nix'))).toBe('?? nix/new.nix');
  });
});

describe('no answer', () => {
  test('outside a work tree: every question is undefined; repositoryRoot is the directory', async () => {
    const port = createGit({ env: { ...env, GIT_CEILING_DIRECTORIES: tmp } });
    expect(await port.topLevel(outside)).toBeUndefined();
    expect(await port.pathPrefix(outside)).toBeUndefined();
    expect(await port.remoteUrl(outside, 'origin')).toBeUndefined();
    expect(await port.fileStatus(path.join(outside, 'flake.nix'))).toBeUndefined();
    const run: typeof runProcess = (cmd, args, opts) =>
      runProcess(cmd, args, { ...opts, env: { ...env, GIT_CEILING_DIRECTORIES: tmp } });
    expect(await repositoryRoot(createGit({ runner: run }), outside)).toBe(outside);
    expect(await repositoryRoot(createGit({ runner: run }), path.join(repo, 'nix'))).toBe(repo);
  });

  test('a directory that does not exist, and a machine without git', async () => {
    expect(await createGit({ env }).topLevel(path.join(tmp, 'missing'))).toBeUndefined();
    const noGit = createGit({ env: { PATH: path.join(tmp, 'empty-bin') } });
    expect(await noGit.topLevel(repo)).toBeUndefined();
    expect(await noGit.remoteUrl(repo, 'origin')).toBeUndefined();
    expect(
      await repositoryRoot(createGit({ runner: () => Promise.reject(new Error('spawn git ENOENT')) }), repo),
    ).toBe(repo);
  });
});

describe("a remote's tags (ls-remote --tags --refs)", () => {
  test('lightweight and annotated tags by name, without refs/tags/ and without peeled ^{} lines', async () => {
    const tagged = path.join(tmp, 'tagged');
    await mkdir(tagged);
    await git(tagged, ['init', '--quiet']);
    await writeFile(path.join(tagged, 'a'), '1\n');
    await git(tagged, ['add', '.']);
    await git(tagged, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'one']);
    await git(tagged, ['tag', 'v1.0.0']);
    await git(tagged, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'tag', '-a', '-m', 'rc', 'v1.2.0-rc1']);
    await git(tagged, ['tag', 'nightly']);
    const tags = await createGit({ env }).remoteTags(`file://${tagged}`);
    expect(tags?.sort()).toEqual(['nightly', 'v1.0.0', 'v1.2.0-rc1']);
    expect(await createGit({ env }).remoteTags(tagged)).toEqual(tags);
  });

  test('a remote whose tag list is over the output bound counts as not answering; within it, every tag', async () => {
    const many = path.join(tmp, 'many-tags');
    await mkdir(many);
    await git(many, ['init', '--quiet']);
    await writeFile(path.join(many, 'f'), '1\n');
    await git(many, ['add', '.']);
    await git(many, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'one']);
    // 2,000 tags in one packed-refs file: about 120 KB of ls-remote output
    const head = (await git(many, ['rev-parse', 'HEAD'])).stdout.trim();
    const refs = Array.from({ length: 2000 }, (_, i) => `${head} refs/tags/v1.0.${i}\n`)
      .sort()
      .join('');
    await writeFile(path.join(many, '.git', 'packed-refs'), `# pack-refs with: peeled fully-peeled sorted \n${refs}`);
    const url = `file://${many}`;
    expect(await createGit({ env }).remoteTags(url)).toHaveLength(2000);
    expect(await createGit({ env, remoteTagsMaxBytes: 32 * 1024 }).remoteTags(url)).toBeUndefined();
  });

  test('anonymous (lint): no user, system or repository config is read — no insteadOf, extraheader or credential helper', async () => {
    const mk = async (name: string, tag: string): Promise<string> => {
      const dir = path.join(tmp, name);
      await mkdir(dir);
      await git(dir, ['init', '--quiet']);
      await git(dir, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '--allow-empty', '-m', name]);
      await git(dir, ['tag', tag]);
      return dir;
    };
    const asked = await mk('anon-asked', 'v1.0.0');
    const elsewhere = await mk('anon-elsewhere', 'v9.9.9');
    // a user config that rewrites the URL (as a workflow's `insteadOf` with a token does), and a repository whose
    // config does the same (as actions/checkout's extraheader sits in the workspace's .git/config)
    const userConfig = path.join(tmp, 'anon-gitconfig');
    await writeFile(userConfig, `[url "file://${elsewhere}"]\n\tinsteadOf = file://${asked}\n`);
    const local = await mk('anon-local', 'v0.0.1');
    await git(local, ['config', `url.file://${elsewhere}.insteadOf`, `file://${asked}`]);
    const url = `file://${asked}`;
    const withUser = createGit({ env: { ...env, GIT_CONFIG_GLOBAL: userConfig } });
    const withRepo = createGit({ env: { ...env, GIT_DIR: path.join(local, '.git') } });
    // the trusted update reads them (a private remote may need them) ...
    expect(await withUser.remoteTags(url)).toEqual(['v9.9.9']);
    expect(await withRepo.remoteTags(url)).toEqual(['v9.9.9']);
    // ... lint's anonymous lookup reads none
    expect(await withUser.remoteTags(url, { anonymous: true })).toEqual(['v1.0.0']);
    expect(await withRepo.remoteTags(url, { anonymous: true })).toEqual(['v1.0.0']);
  });

  test('a repository that is not there, and a URL git would read as an option: undefined', async () => {
    expect(await createGit({ env }).remoteTags(`file://${path.join(tmp, 'missing')}`)).toBeUndefined();
    expect(await createGit({ env }).remoteTags('--upload-pack=touch /tmp/x')).toBeUndefined();
    expect(await createGit({ env }).remoteTags('ext::sh -c touch% /tmp/pwned')).toBeUndefined();
  });
});
