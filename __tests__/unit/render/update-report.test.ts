import { describe, expect, test } from '@jest/globals';
import type { CommitList as GitHubCommitList } from '../../../src/github/commit-list.js';
import { commitKey, marker, MAX_LENGTH, renderReport, type CommitList } from '../../../src/render/update-report.js';
import {
  bigConfiguration,
  channelChange,
  failingConfiguration,
  flake,
  hmChange,
  hostConfiguration,
  nixpkgsChange,
  report,
  REV,
} from '../../fixtures/render/reports.js';
import type { ConfigurationReport } from '../../../src/update/update-result.js';
import { normalise } from './normalise.js';

describe('renderReport', () => {
  test('the full report (snapshot, dates and hashes normalised)', () => {
    const r = renderReport(report(), { heading: 'flake-steward update' });
    expect(r.stage).toBe('full');
    expect(normalise(r.markdown)).toMatchSnapshot();
  });

  test('headline counts: inputs updated, configurations built, package changes, failures', () => {
    const md = renderReport(report()).markdown;
    // host: hello, openssl, curl upgraded/downgraded, old-tool removed, new-tool added (etc is size-only).
    expect(md.split('\n')[0]).toBe(
      '**2 inputs updated · 2 configurations built · 5 package changes · ❌ 1 build failed**',
    );
  });

  test('build failures come first, before the inputs table, with the log tail in a fence it cannot close', () => {
    const md = renderReport(report()).markdown;
    const failures = md.indexOf('### ❌ Build failures');
    expect(failures).toBeGreaterThan(0);
    expect(md.indexOf('> [!CAUTION]')).toBeLessThan(failures);
    expect(failures).toBeLessThan(md.indexOf('### Inputs'));
    expect(md).toContain('NixOS configuration `web`');
    expect(md).toContain('It built before the update.');
    // The log contains ``` so the fence must be longer.
    expect(md).toContain('````text\ncheckin');
    expect(md).toContain('`nix log /nix/store/0000000000000000000000000000nginx-nginx-1.27.3.drv`');
  });

  test('inputs table: from → to with commit links and dates, span, compare link, ref', () => {
    const md = renderReport(report()).markdown;
    expect(md).toContain(
      `| \`nixpkgs\` NixOS/nixpkgs (nixos-unstable) | [\`0b1c2d3\`](https://github.com/NixOS/nixpkgs/commit/${REV.nixpkgsOld}) · 2025-11-18 | [\`7d8e9f0\`](https://github.com/NixOS/nixpkgs/commit/${REV.nixpkgsNew}) · 2025-11-28 | +10 days | [compare](https://github.com/NixOS/nixpkgs/compare/${REV.nixpkgsOld}...${REV.nixpkgsNew}) |`,
    );
  });

  test('package table per configuration: versions, added/removed, downgrades marked, size deltas', () => {
    const md = renderReport(report()).markdown;
    expect(md).toContain('| hello | 2.12.1 | 2.12.2 | +2.0 KiB |');
    expect(md).toContain('| curl ⚠️ downgraded | 8.9.0 | 8.8.0 | -19.5 KiB |');
    expect(md).toContain('| new-tool | _(added)_ | 0.3 | +62.5 KiB |');
    expect(md).toContain('| old-tool | 1.0 | _(removed)_ | -29.3 KiB |');
    expect(md).toContain('| etc | (no version) | (no version) | +39.1 KiB |');
    expect(md).toContain('No package changes: `alice` (Home Manager configuration).');
    expect(md).toContain('Not built on `x86_64-linux`: `darwinConfigurations.mac.system` (aarch64-darwin).');
  });

  test('outputs whose derivation did not change: one line for them all, no section each, counted', () => {
    const same = (attr: string, name: string, kind: ConfigurationReport['kind']): ConfigurationReport => {
      const side = { status: 'unchanged' as const, drvPath: `/nix/store/${'0'.repeat(32)}-${name}.drv` };
      return { attr, kind, name, before: side, after: side };
    };
    const configurations = [
      hostConfiguration(),
      same('nixosConfigurations.host2.config.system.build.toplevel', 'host2', 'nixos'),
      same('packages.x86_64-linux.default', 'default', 'package'),
    ];
    const md = renderReport(report({ flakes: [flake({ configurations })] })).markdown;
    expect(md.split('\n')[0]).toBe('**2 inputs updated · 1 configuration built · 5 package changes · 2 unchanged**');
    expect(md).toContain('Unchanged (same derivation before and after): `host2`, `packages.default`.');
    expect(md.match(/host2/g)).toHaveLength(1);
    expect(md).not.toContain('Not built:');
    expect(md).not.toContain('No package changes:');
    // The summary stage keeps the one line.
    const summary = renderReport(report({ flakes: [flake({ configurations })] }), { maxLength: 1500 });
    expect(summary.stage).toBe('summary');
    expect(summary.markdown).toContain('Unchanged (same derivation before and after): `host2`, `packages.default`.');
  });

  test('a tarball whose URL changed, an added and a removed input', () => {
    const md = renderReport(
      report({
        flakes: [
          flake({
            configurations: [],
            inputs: [
              channelChange,
              { ...hmChange, kind: 'added', before: undefined, spanDays: undefined, compareUrl: undefined },
              { ...nixpkgsChange, kind: 'removed', after: undefined, spanDays: undefined, compareUrl: undefined },
            ],
          }),
        ],
      }),
    ).markdown;
    expect(md).toContain(
      '| `nixpkgs-channel` https://example.org/nixexprs-1.tar.xz → https://example.org/nixexprs-2.tar.xz | `https://example.org/nixexprs-1.tar.xz` | `https://example.org/nixexprs-2.tar.xz` |  | URL changed |',
    );
    expect(md).toMatch(/\| `home-manager` nix-community\/home-manager _\(added\)_ \| — \| \[`1a2b3c4`\]/);
    expect(md).toMatch(/\| `nixpkgs` NixOS\/nixpkgs \(nixos-unstable\) _\(removed\)_ \| \[`0b1c2d3`\].* \| — \|/);
  });

  test('nothing to update', () => {
    const md = renderReport(report({ flakes: [flake({ inputs: [], configurations: [], skipped: [] })] })).markdown;
    expect(md).toBe(
      '**0 inputs updated · 0 configurations built · 0 package changes**\n\n### Inputs\n\nNo input changed: `flake.lock` is up to date.\n',
    );
  });

  test('the hidden marker comes first; dry runs say the lock was restored', () => {
    const md = renderReport(report({ dryRun: true }), { marker: marker() }).markdown;
    expect(md.startsWith('<!-- flake-steward:update -->\n')).toBe(true);
    expect(md).toContain('_Dry run: `flake.lock` was restored after the report was made._');
    expect(marker('nix/hosts')).toBe('<!-- flake-steward:update path="nix/hosts" -->');
    const unchanged = report({ dryRun: true, flakes: [flake({ inputs: [], lock: { before: 'x', after: 'x' } })] });
    expect(renderReport(unchanged).markdown).not.toContain('Dry run');
  });

  test('commit lists slot: a collapsible list per input, with the count in the table', () => {
    const list: CommitList = {
      total: 3,
      compareUrl: nixpkgsChange.compareUrl,
      commits: [
        { sha: REV.nixpkgsNew, title: 'hello: 2.12.1 -&gt; 2.12.2', url: 'https://github.com/NixOS/nixpkgs/commit/x' },
        { sha: REV.hmNew, title: 'openssl: 3.0.15 </details><script>' },
      ],
    };
    const md = renderReport(report(), { commits: new Map([[commitKey('.', 'nixpkgs'), list]]) }).markdown;
    expect(md).toContain(`[3 commits](${nixpkgsChange.compareUrl})`);
    expect(md).toContain('<summary>nixpkgs: 3 commits</summary>');
    // Titles come inert from the PR step and are not escaped twice; raw brackets still cannot close the block.
    expect(md).toContain('- [`7d8e9f0`](https://github.com/NixOS/nixpkgs/commit/x) hello: 2.12.1 -&gt; 2.12.2');
    expect(md).toContain('- `1a2b3c4` openssl: 3.0.15 &lt;/details&gt;&lt;script&gt;');
    expect(md).toContain(`- …and 1 more ([compare](${nixpkgsChange.compareUrl}))`);
  });

  test('a bisection proposal: held-back input under "Inputs held back" with its move and commits, not in the table', () => {
    const web = failingConfiguration();
    const held = flake({
      inputs: [hmChange],
      heldBackInputs: [nixpkgsChange],
      bisect: {
        builds: 3,
        maxBuilds: 8,
        heldBack: [{ input: 'nixpkgs', targets: [web.attr], evidence: { message: 'builder failed', logTail: 'make: *** [check] Error 1' }, exact: true }],
        proposal: 'proposed',
      },
    });
    const list: CommitList = {
      total: 1,
      compareUrl: nixpkgsChange.compareUrl,
      commits: [{ sha: REV.nixpkgsNew, title: 'openssl: 3.0.15 -> 3.4.0', url: 'https://github.com/NixOS/nixpkgs/commit/x' }],
    };
    const md = renderReport(report({ flakes: [held] }), { commits: new Map([[commitKey('.', 'nixpkgs'), list]]) }).markdown;
    const section = md.slice(md.indexOf('### 🔎 Inputs held back'), md.indexOf('### Inputs'));
    expect(section).toContain('Not in this pull request: `');
    expect(section).toContain(`([compare](${nixpkgsChange.compareUrl}))`);
    expect(section).toContain('<summary>nixpkgs: 1 commit</summary>');
    expect(section).toContain('openssl: 3.0.15 -&gt; 3.4.0');
    // the table lists what the proposed lock moves
    const table = md.slice(md.indexOf('### Inputs'));
    expect(table).toContain('`home-manager`');
    expect(table).not.toContain('`nixpkgs`');
    // the output the proposal builds is a note, not a failure of this pull request
    expect(md).toContain('> [!NOTE]\n> 1 build failed with every input moved, and builds with the lock this pull request proposes');
    expect(md).not.toContain('[!CAUTION]');
  });

  test('commit lists slot: an unavailable list says why', () => {
    const list: CommitList = { commits: [], unavailable: 'GitHub API rate limit reached' };
    const md = renderReport(report(), { commits: new Map([[commitKey('.', 'home-manager'), list]]) }).markdown;
    expect(md).toContain('_home-manager: no commit list (GitHub API rate limit reached)._');
  });

  test('the commit list of the pull-request step (src/github/commit-list.ts) fits the slot as it is', () => {
    const fromGitHub: GitHubCommitList = {
      compareUrl: 'https://github.com/o/r/compare/a...b',
      commits: [{ sha: REV.hmNew, shortSha: '1a2b3c4', title: 't', url: 'https://github.com/o/r/commit/1' }],
      total: 1,
      truncated: false,
    };
    const slot: CommitList = fromGitHub;
    expect(renderReport(report(), { commits: new Map([[commitKey('.', 'nixpkgs'), slot]]) }).markdown).toContain(
      '[1 commit](https://github.com/o/r/compare/a...b)',
    );
  });

  test('several flakes: one section each, failures named with their flake', () => {
    const md = renderReport(
      report({ flakes: [flake(), flake({ dir: 'nix/hosts', lockFile: 'nix/hosts/flake.lock', skipped: [] })] }),
    ).markdown;
    expect(md).toContain('### Flake `.`');
    expect(md).toContain('### Flake `nix/hosts`');
    expect(md).toContain('#### Inputs');
    expect(md).toContain('NixOS configuration `web` in `nix/hosts`');
    expect(md.split('\n')[0]).toContain('4 inputs updated');
  });

  test('cells are escaped: a pipe in a package name does not break the table', () => {
    const c = bigConfiguration('a|b', 1);
    const changes = c.diff!.changes.map((p) => ({ ...p, name: `${p.name}|x` }));
    const md = renderReport(
      report({ flakes: [flake({ configurations: [{ ...c, diff: { ...c.diff!, changes } }] })] }),
    ).markdown;
    expect(md).toContain('| package-a\\|x | 1.0.0 | 1.0.1 | +500 B |');
  });
});

describe('outputs with the same package changes', () => {
  const withKind = (c: ConfigurationReport, kind: 'package' | 'check', name: string): ConfigurationReport => ({
    ...c,
    kind,
    name,
    attr: `${kind === 'package' ? 'packages' : 'checks'}.x86_64-linux.${name}`,
  });

  test('share one table: the first shows it, the others are named beside it with their own closure', () => {
    const host = bigConfiguration('host', 3);
    const md = renderReport(
      report({
        flakes: [
          flake({ configurations: [host, withKind(host, 'package', 'default'), withKind(host, 'check', 'host')] }),
        ],
      }),
    ).markdown;
    expect((md.match(/\| Package \| Before \| After \|/g) ?? []).length).toBe(1);
    expect(md).toContain('**NixOS configuration `host`**: 3 upgraded, 3 size only');
    expect(md).toContain(
      'The same package changes in package `default` · closure 322.4 KiB → 350.2 KiB (+27.8 KiB); check `host` · closure 322.4 KiB → 350.2 KiB (+27.8 KiB).',
    );
  });

  test('different changes keep a table each', () => {
    const md = renderReport(
      report({ flakes: [flake({ configurations: [bigConfiguration('a', 2), bigConfiguration('b', 2, 1)] })] }),
    ).markdown;
    expect((md.match(/\| Package \| Before \| After \|/g) ?? []).length).toBe(2);
    expect(md).not.toContain('The same package changes');
  });
});

describe('staged degradation under the length limit', () => {
  const many = (configs: number, perConfig: number) =>
    report({
      flakes: [
        flake({
          configurations: [
            failingConfiguration(),
            // each host its own versions, as real hosts differ: identical changes would be grouped (tested below)
            ...Array.from({ length: configs }, (_, i) => bigConfiguration(`host${i}`, perConfig, i)),
          ],
        }),
      ],
    });

  test('long tables are collapsed into <details> even in the full report', () => {
    const r = renderReport(many(1, 10));
    expect(r.stage).toBe('full');
    expect(r.markdown).toContain('<details open>\n<summary>host0: 20 changes</summary>');
  });

  test('collapsed: everything fits once collapsed', () => {
    const full = renderReport(many(2, 40), { maxLength: 1_000_000 }).markdown;
    const r = renderReport(many(2, 40), { maxLength: full.length - 1 });
    expect(r.stage).toBe('collapsed');
    expect(r.markdown).not.toContain('<details open>');
  });

  test('top rows: per-package rows beyond the top N are dropped with a count, N as large as fits', () => {
    const r = renderReport(many(3, 1500), { fullReportUrl: 'https://example.com/run/1' });
    expect(r.stage).toBe('top-rows');
    expect(r.markdown.length).toBeLessThanOrEqual(MAX_LENGTH);
    const shown = (r.markdown.match(/^\| package-[a-z]+ \|/gm) ?? []).length / 3;
    expect(Number.isInteger(shown)).toBe(true);
    expect(shown).toBeGreaterThan(100);
    expect(r.markdown).toContain(`_…and ${3000 - shown} more changes not shown._`);
    // One more row per configuration would not fit: allowing it changes nothing.
    expect(
      renderReport(many(3, 1500), { topRows: shown + 1, fullReportUrl: 'https://example.com/run/1' }).markdown,
    ).toBe(r.markdown);
    // Version changes are kept before size-only ones.
    expect(r.markdown).toContain('| package-a | 1.0.0 | 1.0.1 |');
    expect(r.markdown).not.toMatch(/\| sized-[a-z]+ \|/);
    expect(r.markdown).toContain('[job summary](https://example.com/run/1)');
    // Failures stay first and loud.
    expect(r.markdown.indexOf('### ❌ Build failures')).toBeLessThan(r.markdown.indexOf('### Inputs'));
  });

  test('topRows caps the rows kept', () => {
    const r = renderReport(many(3, 1500), { topRows: 20 });
    expect(r.stage).toBe('top-rows');
    expect(r.markdown).toContain('_…and 2980 more changes not shown._');
  });

  test('summary: one line per configuration and a link to the full report', () => {
    const r = renderReport(many(400, 10), { fullReportUrl: 'https://example.com/run/2' });
    expect(r.stage).toBe('summary');
    expect(r.markdown.length).toBeLessThanOrEqual(MAX_LENGTH);
    expect(r.markdown).toContain('**NixOS configuration `host399`**: 10 upgraded, 10 size only');
    expect(r.markdown).not.toContain('| Package |');
    expect(r.markdown).toContain('[job summary](https://example.com/run/2)');
  });

  test('cut: a last resort that still fits, closes what it opened and links the full report', () => {
    const r = renderReport(many(4000, 1), { fullReportUrl: 'https://example.com/run/3' });
    expect(r.stage).toBe('cut');
    expect(r.markdown.length).toBeLessThanOrEqual(MAX_LENGTH);
    expect(r.markdown).toContain(
      "_The report was cut to fit GitHub's limit. [Full report](https://example.com/run/3)._",
    );
    expect((r.markdown.match(/<details/g) ?? []).length).toBe((r.markdown.match(/<\/details>/g) ?? []).length);
    expect((r.markdown.match(/^`{3,}/gm) ?? []).length % 2).toBe(0);
  });
});
