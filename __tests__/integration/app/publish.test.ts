/**
 * The publish use case of `update`: the branch plan (pure), and the use case itself against the local GitHub server
 * (no Nix: it takes a report) — commit lists of a GitHub input filled into the body from the compare
 * API with upstream titles made inert, degraded to a link and a reason when the API rate-limits, the body kept under
 * 60,000 characters, the lock committed as Nix wrote it, outputs, closing, draft and skip-pr, and the token absent
 * from everything the step wrote.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  commitListTargets,
  planPullRequests,
  publish,
  severalFlakes,
  testTiming,
  wirePublish,
  TEST_TIME_UNIT_ENV,
  type PublishOutcome,
} from '../../../src/app/publish.js';
import type { PackageChange } from '../../../src/closure/diff.js';
import { DEFAULTS, type Config } from '../../../src/core/config.js';
import { MemoryLogger } from '../../../src/core/ports.js';
import type { GitHubClient } from '../../../src/github/client.js';
import { ownHost } from '../../../src/github/commit-list.js';
import { markerFor } from '../../../src/github/pulls.js';
import type { InputChange, LockedSource } from '../../../src/update/lock-diff.js';
import type { ConfigurationReport, FlakeReport, UpdateReport } from '../../../src/update/update-result.js';
import { testClient } from '../../support/github/client.js';
import { findToken } from '../../support/github/secrets.js';
import { startGitHubServer, type GitHubServer } from '../../support/github/server.js';

const TOKEN = 'ghs_prStepUNIT_5c4b3a29180f7e6d';
const OWNER = 'acme';
const REV = (c: string): string => c.repeat(40);
const LOCK_BEFORE = '{\n  "nodes": { "up": { "locked": { "rev": "old" } } },\n  "version": 7\n}\n';
const LOCK_AFTER = '{\n  "nodes": { "up": { "locked": { "rev": "new" } } },\n  "version": 7\n}\n';

// ---------------------------------------------------------------- report fixtures

function source(rev: string, repo?: { host: string; owner: string; repo: string }): LockedSource {
  return {
    node: 'up',
    type: repo ? 'github' : 'git',
    label: repo ? `${repo.owner}/${repo.repo}` : 'file:///srv/up',
    rev,
    ...(repo ? { repo: { forge: 'github' as const, ...repo } } : { url: 'file:///srv/up' }),
  };
}

function change(name: string, from: string, to: string, repo?: { host: string; owner: string; repo: string }) {
  const c: InputChange = {
    path: [name],
    name,
    kind: 'updated',
    before: source(from, repo),
    after: source(to, repo),
    ...(repo ? { compareUrl: `https://${repo.host}/${repo.owner}/${repo.repo}/compare/${from}...${to}` } : {}),
    urlChanged: false,
  };
  return c;
}

function configuration(attr: string, failed: boolean, changes: PackageChange[] = []): ConfigurationReport {
  return {
    attr,
    kind: 'package',
    name: attr.split('.').pop()!,
    before: { status: 'built', outPaths: [`/nix/store/${'a'.repeat(32)}-x`], closureSize: 1000 },
    after: failed
      ? {
          status: 'failed',
          failure: {
            side: 'after',
            attr,
            message: `builder for '/nix/store/${'b'.repeat(32)}-x.drv' failed with exit code 1`,
            logTail: 'compiling\nerror: the build broke here',
          },
        }
      : { status: 'built', outPaths: [`/nix/store/${'c'.repeat(32)}-x`], closureSize: 1000 },
    ...(changes.length > 0
      ? {
          diff: {
            changes,
            counts: { upgraded: changes.length, downgraded: 0, added: 0, removed: 0, changed: 0, size: 0 },
            sizeBefore: 1000,
            sizeAfter: 2000,
            pathsBefore: 1,
            pathsAfter: 1,
          },
        }
      : {}),
  };
}

function flake(dir: string, opts: { inputs?: InputChange[]; changed?: boolean; configs?: ConfigurationReport[] } = {}) {
  const changed = opts.changed ?? true;
  const f: FlakeReport = {
    dir,
    lockFile: dir === '.' ? 'flake.lock' : `${dir}/flake.lock`,
    system: 'x86_64-linux',
    inputs: changed ? (opts.inputs ?? [change('up', REV('1'), REV('2'))]) : [],
    configurations: opts.configs ?? [],
    skipped: [],
    lock: { before: LOCK_BEFORE, after: changed ? LOCK_AFTER : LOCK_BEFORE },
  };
  return f;
}

function report(...flakes: FlakeReport[]): UpdateReport {
  return { version: 1, nixVersion: 'nix (Nix) 2.8.0', dryRun: false, requestedInputs: [], flakes };
}

function config(
  workspace: string,
  repo: string,
  extra: Partial<Config['pr']> = {},
  up: Partial<Config['update']> = {},
) {
  const c: Config = {
    command: 'update',
    workspace,
    paths: ['.'],
    jobSummary: true,
    format: 'text',
    lint: { failOn: 'error', rules: {}, maxAge: 30, maxAgeByInput: {}, ignore: [], allowedOwners: [] },
    update: {
      inputs: [],
      build: { mode: 'auto' },
      dryRun: false,
      onBuildFailure: 'draft',
      nixOptions: [],
      acceptFlakeConfig: false,
      planDir: '/nonexistent/plan',
      buildsDir: '/nonexistent/builds',
      ...up,
    },
    pr: {
      token: TOKEN,
      apiUrl: DEFAULTS.apiUrl,
      serverUrl: DEFAULTS.serverUrl,
      graphqlUrl: DEFAULTS.graphqlUrl,
      repository: { owner: OWNER, repo },
      branch: DEFAULTS.branch,
      commitMode: 'api',
      title: DEFAULTS.title,
      labels: ['dependencies'],
      assignees: [],
      reviewers: [],
      teamReviewers: [],
      draft: false,
      autoMerge: 'off',
      signoff: false,
      maxCommits: 50,
      ...extra,
    },
  };
  return c;
}

// ---------------------------------------------------------------- pure: plan

describe('the plan: build gate, close, branches', () => {
  const failing = flake('.', { configs: [configuration('packages.x86_64-linux.app', true)] });
  const fine = flake('.', { configs: [configuration('packages.x86_64-linux.app', false)] });

  test('on-build-failure fail: no pull request for any flake when one build failed anywhere', () => {
    const c = config('/w', 'r', {}, { onBuildFailure: 'fail' });
    const plans = planPullRequests(
      { ...c, paths: ['a', 'b'] },
      report({ ...fine, dir: 'a' }, { ...failing, dir: 'b' }),
    );
    expect(plans.map((p) => p.plan.kind)).toEqual(['skip', 'skip']);
  });

  test('one flake: the branch and title as set; several (paths, a glob): a branch, a marker and a title each', () => {
    const one = planPullRequests(config('/w', 'r'), report(fine));
    expect(one.map((p) => [p.branch, p.marker, p.title])).toEqual([
      ['flake-steward/update', markerFor('.'), 'flake.lock: update'],
    ]);
    const c = { ...config('/w', 'r'), paths: ['**/flake.nix'] };
    expect(severalFlakes(c, report(fine))).toBe(true);
    const many = planPullRequests(c, report({ ...fine, dir: 'hosts/a' }, { ...fine, dir: '.' }));
    expect(many.map((p) => [p.branch, p.marker, p.title])).toEqual([
      ['flake-steward/update-hosts-a', markerFor('hosts/a'), 'flake.lock: update (hosts/a)'],
      ['flake-steward/update-root', markerFor('.'), 'flake.lock: update (.)'],
    ]);
  });

  test('commit lists only for updated inputs on the host the client answers for', () => {
    const host = 'ghe.example.com';
    const gh = { host } as GitHubClient;
    const f = flake('.', {
      inputs: [
        change('a', REV('1'), REV('2'), { host, owner: 'o', repo: 'a' }),
        change('b', REV('1'), REV('2'), { host: 'github.com', owner: 'NixOS', repo: 'nixpkgs' }),
        change('c', REV('1'), REV('2')),
        { ...change('d', REV('1'), REV('2'), { host, owner: 'o', repo: 'd' }), kind: 'added' },
      ],
    });
    expect(commitListTargets(f, ownHost(gh)).map((c) => c.name)).toEqual(['a']);
  });

  test('the test-only timing variable: shrinks waits and stops spacing writes; refused when not a number', () => {
    expect(testTiming({})).toEqual({});
    expect(testTiming({ [TEST_TIME_UNIT_ENV]: '2' })).toEqual({ timeUnitMs: 2, spaceWrites: false });
    expect(() => testTiming({ [TEST_TIME_UNIT_ENV]: 'fast' })).toThrow(TEST_TIME_UNIT_ENV);
  });
});

// ---------------------------------------------------------------- the step against the local server

let gh: GitHubServer;
let tmp: string;
let repoCount = 0;
const written: string[] = [];

beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pr-step-'));
}, 30_000);

afterAll(async () => {
  await gh?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

afterEach(() => {
  gh.faults.clear();
  try {
    gh.assertNoViolations();
  } finally {
    gh.violations.length = 0;
  }
});

interface Setup {
  readonly name: string;
  readonly workspace: string;
  readonly client: GitHubClient;
  readonly logger: MemoryLogger;
  readonly outputs: Record<string, string>;
}

async function setup(): Promise<Setup> {
  repoCount += 1;
  const name = `infra-${repoCount}`;
  await gh.createRepository({ owner: OWNER, name, files: { 'flake.nix': '{ }\n', 'flake.lock': LOCK_BEFORE } });
  const workspace = await mkdtemp(path.join(tmp, 'ws-'));
  // The working tree as the engine leaves it: the lock Nix wrote.
  await writeFile(path.join(workspace, 'flake.lock'), LOCK_AFTER);
  const { client, logger } = testClient(gh);
  return { name, workspace, client, logger, outputs: {} };
}

/** The use case, its outputs as the action names them; its error raised (as the faces do) once they are set. */
async function runStep(s: Setup, c: Config, r: UpdateReport, fullReportUrl?: string): Promise<PublishOutcome> {
  let outcome: PublishOutcome | undefined;
  try {
    outcome = await publish(
      c,
      r,
      wirePublish(c, s.logger, { client: s.client }),
      fullReportUrl ? { fullReportUrl } : {},
    );
    s.outputs['pull-request-operation'] = outcome.outputs.operation;
    s.outputs['pull-request-number'] = outcome.outputs.number;
    s.outputs['pull-request-url'] = outcome.outputs.url;
  } finally {
    written.push(JSON.stringify(s.logger.lines), JSON.stringify(s.outputs), JSON.stringify(outcome ?? {}));
  }
  if (outcome.error) throw outcome.error;
  return outcome;
}

const upstream = (): { host: string; owner: string; repo: string } => ({
  host: new URL(gh.url).host,
  owner: 'upstream',
  repo: 'dep',
});

describe('the step against the local GitHub', () => {
  test('created: the lock as Nix wrote it, commit list from the compare API with inert titles, outputs', async () => {
    const s = await setup();
    const from = REV('1');
    const to = REV('4');
    gh.seedCompare('upstream', 'dep', from, to, [
      { sha: REV('2'), message: 'fix: thanks @alice, closes #12\n\nlong body' },
      { sha: REV('3'), message: 'Merge GH-7 <script>alert(1)</script>' },
      { sha: REV('4'), message: 'release 2.0' },
    ]);
    const r = report(
      flake('.', {
        inputs: [change('up', from, to, upstream()), change('local', REV('5'), REV('6'))],
      }),
    );
    await runStep(s, config(s.workspace, s.name), r);

    const pulls = gh.openPulls(OWNER, s.name);
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(s.outputs).toEqual({
      'pull-request-operation': 'created',
      'pull-request-number': String(pr.number),
      'pull-request-url': `${gh.url}/${OWNER}/${s.name}/pull/${pr.number}`,
    });
    expect(pr.labels).toEqual(['dependencies']);
    expect((pr.body ?? '').startsWith(markerFor('.'))).toBe(true);
    // Newest first; mentions and references inert; no HTML from upstream.
    const list = (pr.body ?? '').slice((pr.body ?? '').indexOf('<summary>up: 3 commits</summary>'));
    expect(list).toMatch(/`4444444`\]\([^)]*\) release 2\.0[\s\S]*`3333333`[\s\S]*`2222222`/);
    expect(pr.body ?? '').toContain('fix: thanks @\u200balice, closes #\u200b12');
    expect(pr.body ?? '').toContain('GH-\u200b7 &lt;script&gt;');
    expect(pr.body ?? '').not.toContain('<script>');
    expect(pr.body ?? '').not.toContain('long body');
    // The local (git+file) input has no commit list and no "unavailable" note.
    expect(pr.body ?? '').not.toContain('local: ');
    expect(gh.calls('repos/compare-commits-with-basehead').length).toBeGreaterThan(0);

    const branches = await gh.branches(OWNER, s.name);
    const head = branches.get('flake-steward/update')!;
    const repo = gh.repo(OWNER, s.name);
    expect((await repo.git!.readFile(head, 'flake.lock'))!.contents.toString()).toBe(LOCK_AFTER);
    expect(repo.verified.has(head)).toBe(true);
    expect((await repo.git!.commitInfo(head))!.message).toMatch(/^flake\.lock: update up, local\n/);
  });

  test('a release tag moved in flake.nix: committed beside the lock, named in the commit message and the body', async () => {
    const s = await setup();
    const nix = {
      before: '{ inputs.up.url = "github:o/up/v1.0.0"; }\n',
      after: '{ inputs.up.url = "github:o/up/v1.2.0"; }\n',
    };
    const bumped: FlakeReport = {
      ...flake('.'),
      flakeNix: nix,
      tagBumps: [{ input: 'up', from: 'v1.0.0', to: 'v1.2.0' }],
    };
    await runStep(s, config(s.workspace, s.name), report(bumped));
    const repo = gh.repo(OWNER, s.name);
    const head = (await gh.branches(OWNER, s.name)).get('flake-steward/update')!;
    expect((await repo.git!.readFile(head, 'flake.nix'))!.contents.toString()).toBe(nix.after);
    const message = (await repo.git!.commitInfo(head))!.message;
    expect(message).toMatch(/^flake\.lock: update up\n\nFlake lock file updates:\n\n {2}up /);
    expect(message).toMatch(/\n\nRelease tags moved in flake\.nix:\n {2}up: v1\.0\.0 → v1\.2\.0 \(release tag\)$/);
    expect(gh.openPulls(OWNER, s.name)[0]!.body).toContain('- `up`: v1.0.0 → v1.2.0 (release tag)');
  });

  test('inputs held back by the bisection: the body says which, for which target, with the log tail', async () => {
    const s = await setup();
    const held: FlakeReport = {
      ...flake('.', { inputs: [change('up', REV('1'), REV('2')), change('bad', REV('3'), REV('4'))] }),
      bisect: {
        builds: 3,
        maxBuilds: 8,
        proposal: 'proposed',
        heldBack: [
          {
            input: 'bad',
            targets: ['packages.x86_64-linux.host'],
            evidence: { message: 'builder failed @alice', logTail: 'error: bad broke host\n' },
            exact: true,
          },
        ],
      },
    };
    await runStep(s, config(s.workspace, s.name), report(held));
    const body = gh.openPulls(OWNER, s.name)[0]!.body ?? '';
    expect(body).toContain('### 🔎 Inputs held back');
    expect(body).toMatch(/\*\*`bad`\*\*: updating it alone breaks `packages\.x86_64-linux\.host`/);
    expect(body).toContain('error: bad broke host');
    expect(body).toContain('(3 extra builds (at most 8))');
    expect(body).not.toContain('@alice');
  });

  test('a rate-limited compare API degrades to the link and a reason; the pull request is still made', async () => {
    const s = await setup();
    const from = REV('a');
    const to = REV('b');
    gh.seedCompare('upstream', 'dep', from, to, [{ sha: REV('b'), message: 'x' }]);
    gh.faults.add({
      match: { operation: 'repos/compare-commits-with-basehead' },
      respond: { kind: 'rate-limit', resetIn: 3600 },
      times: Infinity,
    });
    await runStep(s, config(s.workspace, s.name), report(flake('.', { inputs: [change('up', from, to, upstream())] })));
    const pr = gh.openPulls(OWNER, s.name)[0]!;
    expect(s.outputs['pull-request-operation']).toBe('created');
    expect(pr.body ?? '').toContain('_up: no commit list (GitHub API rate limit reached)._');
    expect(pr.body ?? '').toContain(`/upstream/dep/compare/${from}...${to}`);
  });

  test('a long report: the body stays under 60,000 characters and links the job summary', async () => {
    const s = await setup();
    const changes: PackageChange[] = Array.from({ length: 3000 }, (_, i) => ({
      name: `package-with-a-long-name-${i}`,
      kind: 'upgraded',
      versionsBefore: ['1.0.0'],
      versionsAfter: ['1.0.1'],
      removed: ['1.0.0'],
      added: ['1.0.1'],
      sizeBefore: 100,
      sizeAfter: 200,
      sizeDelta: 100,
      sizeShown: false,
    }));
    const r = report(flake('.', { configs: [configuration('packages.x86_64-linux.app', false, changes)] }));
    const url = 'https://github.com/acme/x/actions/runs/7';
    await runStep(s, config(s.workspace, s.name), r, url);
    const pr = gh.openPulls(OWNER, s.name)[0]!;
    expect((pr.body ?? '').length).toBeLessThanOrEqual(60_000 + markerFor('.').length + 2);
    expect(pr.body ?? '').toContain(url);
  });

  test('draft: the pull request is a draft with the failure first; fixed on the next run: ready for review', async () => {
    const s = await setup();
    const broken = flake('.', { configs: [configuration('packages.x86_64-linux.app', true)] });
    await runStep(s, config(s.workspace, s.name), report(broken));
    const pr = gh.openPulls(OWNER, s.name)[0]!;
    expect(pr.draft).toBe(true);
    expect(s.outputs['pull-request-operation']).toBe('created');
    const caution = (pr.body ?? '').indexOf('[!CAUTION]');
    expect(caution).toBeGreaterThan(0);
    expect(caution).toBeLessThan((pr.body ?? '').indexOf('Inputs'));
    expect(pr.body ?? '').toContain('error: the build broke here');
    expect(s.logger.lines.some((l) => l.level === 'warning' && /is a draft/.test(l.message))).toBe(true);

    await runStep(
      s,
      config(s.workspace, s.name),
      report(flake('.', { configs: [configuration('packages.x86_64-linux.app', false)] })),
    );
    const again = gh.openPulls(OWNER, s.name);
    expect(again).toHaveLength(1);
    expect(again[0]!.number).toBe(pr.number);
    expect(again[0]!.draft).toBe(false);
    expect(again[0]!.body).not.toContain('[!CAUTION]');
    expect(s.outputs['pull-request-operation']).toBe('updated');
  });

  test('skip-pr and fail: no pull request, operation none', async () => {
    for (const gate of ['skip-pr', 'fail'] as const) {
      const s = await setup();
      const broken = flake('.', { configs: [configuration('packages.x86_64-linux.app', true)] });
      await runStep(s, config(s.workspace, s.name, {}, { onBuildFailure: gate }), report(broken));
      expect(gh.repo(OWNER, s.name).pulls).toEqual([]);
      expect([...(await gh.branches(OWNER, s.name)).keys()]).toEqual(['main']);
      expect(s.outputs).toEqual({
        'pull-request-operation': 'none',
        'pull-request-number': '',
        'pull-request-url': '',
      });
      expect(s.logger.lines.some((l) => l.level === 'warning' && /skip-pr/.test(l.message))).toBe(gate === 'skip-pr');
    }
  });

  test('nothing changed: the open pull request is closed with a comment and its branch deleted', async () => {
    const s = await setup();
    await runStep(s, config(s.workspace, s.name), report(flake('.')));
    const number = gh.openPulls(OWNER, s.name)[0]!.number;
    await runStep(s, config(s.workspace, s.name), report(flake('.', { changed: false })));
    expect(gh.openPulls(OWNER, s.name)).toEqual([]);
    expect([...(await gh.branches(OWNER, s.name)).keys()]).toEqual(['main']);
    expect(gh.repo(OWNER, s.name).comments.map((c) => c.issueNumber)).toEqual([number]);
    expect(s.outputs['pull-request-operation']).toBe('closed');
    expect(s.outputs['pull-request-number']).toBe(String(number));
  });

  test('several flakes: one pull request each; a failure in one is reported after the others are done', async () => {
    const s = await setup();
    await writeFile(path.join(s.workspace, 'flake.lock'), LOCK_AFTER);
    const c = { ...config(s.workspace, s.name), paths: ['.', 'hosts'] };
    // The second flake's lock is not in the repository's base: the commit still works (a new file).
    gh.faults.add({ match: { operation: 'pulls/create' }, respond: { kind: 'status', status: 500 }, nth: 2, times: 9 });
    const r = report(flake('.'), flake('hosts'));
    await expect(runStep(s, c, r)).rejects.toThrow(/hosts: /);
    const open = gh.openPulls(OWNER, s.name);
    expect(open.map((p) => p.headRef)).toEqual(['flake-steward/update-root']);
    // No branch without a pull request.
    expect([...(await gh.branches(OWNER, s.name)).keys()].sort()).toEqual(['flake-steward/update-root', 'main']);
    expect(s.outputs['pull-request-operation']).toBe('created');
    expect(s.outputs['pull-request-number']).toBe(String(open[0]!.number));
  });

  test('the outcome: per flake its plan, operation, number and url; the failed one named, the others done', async () => {
    const s = await setup();
    const c = { ...config(s.workspace, s.name), paths: ['.', 'hosts', 'old'] };
    gh.faults.add({ match: { operation: 'pulls/create' }, respond: { kind: 'status', status: 500 }, nth: 2, times: 9 });
    const r = report(flake('.'), flake('hosts'), flake('old', { changed: false }));
    const outcome = await publish(c, r, wirePublish(c, s.logger, { client: s.client }));
    written.push(JSON.stringify(outcome));
    const pr = gh.openPulls(OWNER, s.name)[0]!;
    expect(outcome.flakes).toEqual([
      {
        dir: '.',
        lockFile: 'flake.lock',
        branch: 'flake-steward/update-root',
        plan: 'publish',
        operation: 'created',
        number: pr.number,
        url: `${gh.url}/${OWNER}/${s.name}/pull/${pr.number}`,
      },
      {
        dir: 'hosts',
        lockFile: 'hosts/flake.lock',
        branch: 'flake-steward/update-hosts',
        plan: 'publish',
        operation: 'none',
        error: expect.stringMatching(/pull request/) as unknown as string,
      },
      { dir: 'old', lockFile: 'old/flake.lock', branch: 'flake-steward/update-old', plan: 'close', operation: 'none' },
    ]);
    expect(outcome.outputs).toEqual({
      operation: 'created',
      number: String(pr.number),
      url: `${gh.url}/${OWNER}/${s.name}/pull/${pr.number}`,
    });
    expect(outcome.error?.message).toMatch(/^the pull request failed for 1 flake\(s\):\nhosts: /);
  });

  test('the Git port places the lock: a workspace below the top level commits PREFIX/flake.lock', async () => {
    const s = await setup();
    const c = config(s.workspace, s.name);
    const asked: string[] = [];
    const git = {
      pathPrefix: async (dir: string) => {
        asked.push(dir);
        return 'nix/';
      },
    };
    const outcome = await publish(c, report(flake('.')), wirePublish(c, s.logger, { client: s.client, git }));
    expect(outcome.outputs.operation).toBe('created');
    expect(asked).toEqual([s.workspace]);
    const head = (await gh.branches(OWNER, s.name)).get('flake-steward/update')!;
    const repo = gh.repo(OWNER, s.name);
    expect((await repo.git!.readFile(head, 'nix/flake.lock'))!.contents.toString()).toBe(LOCK_AFTER);
    expect((await repo.git!.readFile(head, 'flake.lock'))!.contents.toString()).toBe(LOCK_BEFORE);
  });

  test('the token is in nothing the step wrote (logs, outputs, errors)', async () => {
    expect(written.length).toBeGreaterThan(0);
    const texts = Object.fromEntries(written.map((t, i) => [`text-${i}`, t]));
    expect(await findToken(TOKEN, { texts, dirs: [tmp] })).toEqual([]);
  });
});

describe('grouped pull requests (group: per-input): one per flake and group, each found, refreshed and closed', () => {
  const lockOf = (name: string, rev: string): string =>
    `{\n  "nodes": { "${name}": { "locked": { "rev": "${rev}" } } },\n  "version": 7\n}\n`;
  const groupFlake = (name: string, rev: string): FlakeReport => ({
    ...flake('.', { inputs: [change(name, REV('1'), REV('2'))] }),
    lock: { before: LOCK_BEFORE, after: lockOf(name, rev) },
  });
  const grouped = (
    groups: { name: string; rev: string }[],
    opts: { refused?: string[]; requested?: string[] } = {},
  ): UpdateReport => ({
    ...report(flake('.', { changed: groups.length > 0 })),
    requestedInputs: opts.requested ?? [],
    groups: [
      {
        dir: '.',
        groups: groups.map((g) => ({ name: g.name, inputs: [g.name], flake: groupFlake(g.name, g.rev) })),
        refused: (opts.refused ?? []).map((name) => ({ name, why: 'a follows would dangle' })),
      },
    ],
  });
  const perInput = (s: Setup) => config(s.workspace, s.name, {}, { group: { kind: 'per-input' } });

  test('two groups: two pull requests; then one no longer moves: closed with a comment, the other refreshed', async () => {
    const s = await setup();
    // a pull request of group: all, from before the switch: superseded by the groups' (test below)
    await runStep(s, config(s.workspace, s.name), report(flake('.')));
    const all = gh.openPulls(OWNER, s.name)[0]!;

    const first = await runStep(
      s,
      perInput(s),
      grouped([
        { name: 'alpha', rev: 'a1' },
        { name: 'beta', rev: 'b1' },
      ]),
    );
    expect(first.flakes.map((f) => [f.group, f.operation, f.branch])).toEqual([
      ['alpha', 'created', 'flake-steward/update-alpha'],
      ['beta', 'created', 'flake-steward/update-beta'],
      [undefined, 'closed', 'flake-steward/update'],
    ]);
    const pull = (input: string) =>
      gh.openPulls(OWNER, s.name).find((p) => p.headRef === `flake-steward/update-${input}`);
    const alpha = pull('alpha')!;
    const beta = pull('beta')!;
    expect(alpha.title).toBe('flake.lock: update alpha');
    expect(alpha.body).toContain(markerFor('.', 'alpha'));
    expect(alpha.body).not.toContain(markerFor('.'));
    const repo = gh.repo(OWNER, s.name);
    const lockOn = async (input: string) =>
      (await repo.git!.readFile(
        (await gh.branches(OWNER, s.name)).get(`flake-steward/update-${input}`)!,
        'flake.lock',
      ))!.contents.toString();
    expect(await lockOn('alpha')).toBe(lockOf('alpha', 'a1'));
    expect(await lockOn('beta')).toBe(lockOf('beta', 'b1'));

    // beta moves further, alpha no longer moves
    const second = await runStep(s, perInput(s), grouped([{ name: 'beta', rev: 'b2' }]));
    expect(second.flakes.map((f) => [f.group, f.operation, f.number])).toEqual([
      ['beta', 'updated', beta.number],
      ['alpha', 'closed', alpha.number],
    ]);
    expect(s.outputs['pull-request-operation']).toBe('updated');
    expect(await lockOn('beta')).toBe(lockOf('beta', 'b2'));
    expect(
      gh
        .openPulls(OWNER, s.name)
        .map((p) => p.number)
        .sort(),
    ).toEqual([beta.number]);
    expect(gh.repo(OWNER, s.name).pulls.find((p) => p.number === all.number)!.state).toBe('closed');
    const comments = repo.comments.filter((c) => c.issueNumber === alpha.number);
    expect(comments.map((c) => c.body)).toEqual([
      expect.stringMatching(/^`alpha` no longer moves .*updated elsewhere/),
    ]);
    expect((await gh.branches(OWNER, s.name)).has('flake-steward/update-alpha')).toBe(false);
  });

  test('a refused group, or an input not requested, keeps its pull request; nothing moving closes the rest', async () => {
    const s = await setup();
    await runStep(
      s,
      perInput(s),
      grouped([
        { name: 'alpha', rev: 'a1' },
        { name: 'beta', rev: 'b1' },
      ]),
    );
    const numbers = gh
      .openPulls(OWNER, s.name)
      .map((p) => p.number)
      .sort();
    // beta's lock could not be made this run; only gamma was asked for
    await runStep(s, perInput(s), grouped([], { refused: ['beta'], requested: ['gamma'] }));
    expect(
      gh
        .openPulls(OWNER, s.name)
        .map((p) => p.number)
        .sort(),
    ).toEqual(numbers);
    await runStep(s, perInput(s), grouped([], { refused: ['beta'] }));
    expect(gh.openPulls(OWNER, s.name).map((p) => p.headRef)).toEqual(['flake-steward/update-beta']);
    await runStep(s, perInput(s), grouped([]));
    expect(gh.openPulls(OWNER, s.name)).toEqual([]);
    expect(s.outputs['pull-request-operation']).toBe('closed');
  });

  test('a switch waits for every replacement: with a refused group, or inputs asked for, the single one stays', async () => {
    const s = await setup();
    await runStep(s, config(s.workspace, s.name), report(flake('.')));
    const all = gh.openPulls(OWNER, s.name)[0]!;
    // beta's lock could not be made: the single pull request still carries beta's update
    await runStep(s, perInput(s), grouped([{ name: 'alpha', rev: 'a1' }], { refused: ['beta'] }));
    // a run restricted to alpha does not cover the single pull request's other inputs
    await runStep(s, perInput(s), grouped([{ name: 'alpha', rev: 'a1' }], { requested: ['alpha'] }));
    expect(gh.openPulls(OWNER, s.name).map((p) => p.headRef)).toEqual([
      'flake-steward/update',
      'flake-steward/update-alpha',
    ]);
    expect(gh.comments(OWNER, s.name, all.number)).toEqual([]);
    expect(s.logger.lines.map((l) => l.message)).toEqual(
      expect.arrayContaining([
        `#${all.number} of flake.lock is superseded by the group setting but stays open: not every pull request replacing it was made.`,
        `#${all.number} of flake.lock is superseded by the group setting but stays open: this run updates only some inputs.`,
      ]),
    );
    // every group made: closed, naming its replacement
    await runStep(s, perInput(s), grouped([{ name: 'alpha', rev: 'a1' }]));
    const alpha = gh.openPulls(OWNER, s.name).find((p) => p.headRef === 'flake-steward/update-alpha')!;
    expect(gh.openPulls(OWNER, s.name).map((p) => p.number)).toEqual([alpha.number]);
    expect(gh.comments(OWNER, s.name, all.number).map((c) => c.body)).toEqual([
      `This pull request is superseded: flake-steward now opens one pull request per input (\`group: per-input\`). It is replaced by #${alpha.number} (\`alpha\`). Closing it and deleting its branch. (flake-steward)`,
    ]);
  });

  test('listing the open pull requests fails: the groups are published, the run ends with the error', async () => {
    const s = await setup();
    // the run's last listing is the one for the pull requests left behind: count a run's, then fail that one
    const before = gh.calls('pulls/list').length;
    await runStep(s, perInput(s), grouped([{ name: 'alpha', rev: 'a1' }]));
    const lists = gh.calls('pulls/list').length - before;
    const error = { kind: 'error', status: 403, message: 'Resource not accessible by integration' } as const;
    gh.faults.add({ match: { operation: 'pulls/list' }, respond: error, nth: lists });
    const outcome = await publish(
      perInput(s),
      grouped([{ name: 'alpha', rev: 'a2' }]),
      wirePublish(perInput(s), s.logger, { client: s.client }),
    );
    expect(outcome.flakes.map((f) => [f.group, f.operation])).toEqual([
      ['alpha', 'updated'],
      [undefined, 'none'],
    ]);
    expect(outcome.outputs.operation).toBe('updated');
    expect(outcome.flakes[1]!.error).toMatch(/^listing the open pull requests to close those left behind: could not/);
    expect(outcome.error?.message).toMatch(/^could not list pull requests of acme\/infra-\d+: the token lacks/);
  });
});

test('group set but no groups in the report (a plan made without group): one pull request, and a warning', async () => {
  const s = await setup();
  const c = { ...config(s.workspace, s.name, {}, { group: { kind: 'per-input' } }), command: 'report' as const };
  // a per-input pull request from an earlier run of update: the setting still asks for it, so it stays
  await runStep(
    s,
    { ...c, command: 'update' },
    {
      ...report(flake('.')),
      groups: [{ dir: '.', groups: [{ name: 'up', inputs: ['up'], flake: flake('.') }], refused: [] }],
    },
  );
  await runStep(s, c, report(flake('.')));
  expect(gh.openPulls(OWNER, s.name).map((p) => p.headRef)).toEqual([
    'flake-steward/update-up',
    'flake-steward/update',
  ]);
  expect(
    s.logger.lines.some((l) => l.level === 'warning' && /group: per-input is set, but the plan was made without it; this report opens one pull request per flake/.test(l.message)),
  ).toBe(true);
});
