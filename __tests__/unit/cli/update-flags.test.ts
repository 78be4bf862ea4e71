/**
 * `flake-steward update`'s flags → Config (src/cli/update-flags.ts): the action's defaults except the CLI's own
 * (`on-build-failure: fail`), every PR flag through the parsers of src/core/config.ts, GITHUB_TOKEN only with
 * --open-pr (and required then, before any work), the repository from --repository or the origin remote, and the
 * same Config as the action builds from the inputs of the same names.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { parseArgs } from 'node:util';
import { readConfig } from '../../../src/action/read-inputs.js';
import { updateCommand } from '../../../src/cli/commands/update.js';
import { CLI_DEFAULTS } from '../../../src/cli/read-flags.js';
import { updateConfigFromFlags } from '../../../src/cli/update-flags.js';
import { DEFAULTS, ON_BUILD_FAILURE } from '../../../src/core/config.js';
import { UsageError } from '../../../src/core/errors.js';

const WS = '/work/repo';
const TOKEN = 'ghs_cliFlags_0123456789';

/** A Git port whose origin is `origin` (none when undefined), recording what it was asked. */
function originGit(origin: string | undefined) {
  const asked: string[] = [];
  return {
    asked,
    remoteUrl: async (dir: string, name: string) => {
      asked.push(`${dir} ${name}`);
      return origin;
    },
  };
}

function flags(argv: string[]) {
  return parseArgs({ args: argv, options: updateCommand.options, allowPositionals: true, strict: true }).values;
}

async function cli(argv: string[], env: Record<string, string> = {}, origin?: string) {
  return updateConfigFromFlags([], flags(argv), { cwd: WS, env, git: originGit(origin) });
}

describe('defaults', () => {
  test("no flag: the action's defaults, except on-build-failure fail (the CLI's), no token, no repository", async () => {
    const c = await cli([], { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'acme/other' });
    expect(c).toEqual({
      command: 'update',
      workspace: WS,
      paths: ['.'],
      jobSummary: false,
      format: 'markdown',
      // fail-on and max-age not given: .flake-steward.json or the defaults decide where lint runs
      lint: { rules: {}, maxAgeByInput: {}, ignore: [], allowedOwners: [] },
      update: {
        inputs: [],
        build: { mode: 'auto' },
        dryRun: false,
        onBuildFailure: 'fail',
        planDir: `${WS}/.flake-steward/plan`,
        buildsDir: `${WS}/.flake-steward/builds`,
        nixOptions: [],
        acceptFlakeConfig: false,
        bisect: true,
        bisectMaxBuilds: 8,
        releaseTags: true,
      },
      pr: {
        apiUrl: DEFAULTS.apiUrl,
        serverUrl: DEFAULTS.serverUrl,
        graphqlUrl: DEFAULTS.graphqlUrl,
        branch: DEFAULTS.branch,
        commitMode: 'api',
        title: DEFAULTS.title,
        labels: [],
        assignees: [],
        reviewers: [],
        teamReviewers: [],
        draft: false,
        autoMerge: 'off',
        signoff: false,
        maxCommits: 50,
      },
    });
    expect(CLI_DEFAULTS.update?.['on-build-failure']).toBe('fail');
    expect(DEFAULTS.onBuildFailure).toBe('draft');
  });

  test.each(ON_BUILD_FAILURE.map((v) => [v]))('--on-build-failure %s is accepted', async (v) => {
    expect((await cli(['--on-build-failure', v])).update.onBuildFailure).toBe(v);
  });
});

describe('every PR flag', () => {
  test('parsed into the pull-request settings', async () => {
    const c = await cli(
      [
        '--open-pr',
        '--repository=acme/infra',
        '--base=release',
        '--branch=deps/flake',
        '--title=nix: bump',
        '--labels=dependencies,nix',
        '--labels',
        'auto',
        '--assignees=bob',
        '--reviewers=alice, carol',
        '--team-reviewers=acme/nix-team',
        '--draft',
        '--auto-merge=squash',
        '--commit-mode=git',
        '--commit-message=chore: bump',
        '--author=Bot <bot@example.com>',
        '--committer=CI <ci@example.com>',
        '--signoff',
        '--max-commits=5',
      ],
      {
        GITHUB_TOKEN: TOKEN,
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
        GITHUB_SERVER_URL: 'https://ghe.example.com',
      },
    );
    expect(c.pr).toEqual({
      token: TOKEN,
      apiUrl: 'https://ghe.example.com/api/v3',
      serverUrl: 'https://ghe.example.com',
      graphqlUrl: 'https://ghe.example.com/api/v3/graphql',
      repository: { owner: 'acme', repo: 'infra' },
      base: 'release',
      branch: 'deps/flake',
      commitMode: 'git',
      title: 'nix: bump',
      commitMessage: 'chore: bump',
      labels: ['dependencies', 'nix', 'auto'],
      assignees: ['bob'],
      reviewers: ['alice', 'carol'],
      teamReviewers: ['acme/nix-team'],
      draft: true,
      autoMerge: 'squash',
      author: { name: 'Bot', email: 'bot@example.com' },
      committer: { name: 'CI', email: 'ci@example.com' },
      signoff: true,
      maxCommits: 5,
    });
  });

  test.each<[string[], RegExp]>([
    [
      ['--auto-merge=always'],
      /invalid value 'always' for --auto-merge \(expected one of: off, merge, squash, rebase\)/,
    ],
    [['--commit-mode=ssh'], /for --commit-mode/],
    [['--max-commits=-1'], /for --max-commits/],
    [['--author=bot'], /invalid identity 'bot' for --author/],
    [['--branch=a..b'], /invalid branch name 'a\.\.b' for --branch/],
    [['--base=-x'], /for --base/],
    [['--repository=acme'], /invalid repository 'acme' for --repository/],
    [['--on-build-failure=ignore'], /expected one of: fail, draft, skip-pr, report/],
  ])('%j is refused naming the flag', async (argv, message) => {
    await expect(cli(argv)).rejects.toThrow(message);
    await expect(cli(argv)).rejects.toBeInstanceOf(UsageError);
  });
});

describe('--open-pr: token and repository', () => {
  test('without GITHUB_TOKEN: one line, a usage error, before the origin is even looked at', async () => {
    const git = originGit('git@github.com:acme/infra.git');
    const run = updateConfigFromFlags([], flags(['--open-pr']), { cwd: WS, env: { GITHUB_TOKEN: '' }, git });
    await expect(run).rejects.toThrow(
      /^--open-pr needs a GitHub token in GITHUB_TOKEN \(export GITHUB_TOKEN with contents: write and pull-requests: write, or drop --open-pr\)$/,
    );
    expect(git.asked).toEqual([]);
  });

  test('the token only with --open-pr; with --dry-run nothing is required', async () => {
    expect((await cli([], { GITHUB_TOKEN: TOKEN })).pr.token).toBeUndefined();
    expect((await cli(['--open-pr'], { GITHUB_TOKEN: TOKEN }, 'https://github.com/acme/infra')).pr.token).toBe(TOKEN);
    const dry = await cli(['--open-pr', '--dry-run']);
    expect(dry.pr.token).toBeUndefined();
    expect(dry.pr.repository).toBeUndefined();
  });

  test('the repository: --repository wins; else the origin remote of DIR, on the GitHub server only', async () => {
    const git = originGit('git@github.com:acme/infra.git');
    const c = await updateConfigFromFlags([], flags(['--open-pr']), { cwd: WS, env: { GITHUB_TOKEN: TOKEN }, git });
    expect(c.pr.repository).toEqual({ owner: 'acme', repo: 'infra' });
    expect(git.asked).toEqual([`${WS} origin`]);
    const given = originGit('git@github.com:acme/infra.git');
    const d = await updateConfigFromFlags([], flags(['--open-pr', '--repository', 'acme/other']), {
      cwd: WS,
      env: { GITHUB_TOKEN: TOKEN },
      git: given,
    });
    expect(d.pr.repository).toEqual({ owner: 'acme', repo: 'other' });
    expect(given.asked).toEqual([]);
    await expect(
      cli(
        ['--open-pr'],
        { GITHUB_TOKEN: TOKEN, GITHUB_SERVER_URL: 'https://ghe.example.com' },
        'git@github.com:acme/infra.git',
      ),
    ).rejects.toThrow(/is not on the GitHub server ghe\.example\.com .*\(pass --repository owner\/repo\)$/);
    await expect(cli(['--open-pr'], { GITHUB_TOKEN: TOKEN }, undefined)).rejects.toThrow(
      /has no origin remote \(pass --repository owner\/repo\)$/,
    );
  });
});

describe('the same Config as the action', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('inputs and flags of the same names (job summary off, the report format aside)', async () => {
    const env = {
      GITHUB_WORKSPACE: WS,
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
    };
    const inputs: Record<string, string> = {
      command: 'update',
      token: TOKEN,
      'job-summary': 'false',
      inputs: 'nixpkgs, home-manager',
      build: 'packages.x86_64-linux.a',
      'on-build-failure': 'skip-pr',
      'nix-options': '--option cores 2',
      'accept-flake-config': 'true',
      base: 'main',
      branch: 'deps/flake',
      title: 'bump',
      labels: 'dependencies,nix',
      assignees: 'bob',
      reviewers: 'alice',
      'team-reviewers': 'acme/nix',
      draft: 'true',
      'auto-merge': 'rebase',
      'commit-mode': 'git',
      'commit-message': 'chore: bump',
      author: 'Bot <bot@example.com>',
      signoff: 'true',
      'max-commits': '7',
    };
    process.env = { ...saved, ...env };
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
    const action = await readConfig(process.env);
    const argv = Object.entries(inputs)
      .filter(([k]) => !['command', 'token', 'job-summary'].includes(k))
      .flatMap(([k, v]) => (v === 'true' ? [`--${k}`] : [`--${k}=${v}`]));
    const fromCli = await updateConfigFromFlags([], flags(['--open-pr', '--repository=acme/infra', ...argv]), {
      cwd: WS,
      env: { ...env, GITHUB_TOKEN: TOKEN },
      git: originGit(undefined),
    });
    expect({ ...fromCli, format: 'text' }).toEqual(action);
  });
});
