/**
 * The review comment (`review` on a pull request, or `report` on a fork's artifact): base..head, failures first, the
 * changelog and package diffs as the update pull request shows them, lint new-first; one line when no flake changed;
 * within GitHub's limit by staged degradation; and inert whatever the report holds (no mention that notifies, no HTML
 * from the data, no link off the inputs' forges, no workflow command).
 */
import { describe, expect, test } from '@jest/globals';
import { forgeLink, inertReport, renderReviewComment, REVIEW_MAX_LENGTH } from '../../../src/render/review-comment.js';
import { inertText } from '../../../src/render/inert-text.js';
import { commitKey, renderReport } from '../../../src/render/update-report.js';
import type { Finding } from '../../../src/lint/lint-types.js';
import type { UpdateReport } from '../../../src/update/update-result.js';
import { bigConfiguration, flake, nixpkgsChange, report, REV } from '../../fixtures/render/reports.js';
import { RAW_CONTROL, runnerCommands } from '../../support/runner-commands.js';
import { normalise } from './normalise.js';
import { commits, MARKER, newFinding, presentFinding, typicalReview } from '../../fixtures/render/reviews.js';

const RAW_BUT_TAB = new RegExp(RAW_CONTROL.source.replace('\\u0000-\\u0009', '\\u0000-\\u0008'), 'u');

// ---- what GitHub would act on, read from the Markdown ----

/** The text with fenced blocks and inline code spans taken out (what GitHub renders as code, left as a space). */
function outsideCode(md: string): string {
  return readCode(md).text;
}

function readCode(md: string): { text: string; openFence: boolean } {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    if (fence !== undefined) {
      if (new RegExp(`^ {0,3}${fence}\`*\\s*$`).test(line)) fence = undefined;
      continue;
    }
    const open = /^ {0,3}(`{3,})/.exec(line);
    if (open) {
      fence = open[1]!;
      continue;
    }
    out.push(stripSpans(line));
  }
  return { text: out.join('\n'), openFence: fence !== undefined };
}

/** Inline code spans of one line (a run of n backticks to the next run of exactly n) replaced by a space. */
function stripSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const run = /`+/.exec(line.slice(i));
    if (!run) return out + line.slice(i);
    const start = i + run.index;
    const ticks = run[0];
    const rest = line.slice(start + ticks.length);
    const close = new RegExp(`(?<!\`)${ticks}(?!\`)`).exec(rest);
    if (!close) return out + line.slice(i);
    out += `${line.slice(i, start)} `;
    i = start + ticks.length + close.index + ticks.length;
  }
  return out;
}

/** The HTML the comment may hold: ours. */
const OUR_TAGS = /^<(?:\/?(?:details|summary|sub)|details open|br|!-- flake-steward:review --)>$/;
const LINK_TARGET = /\]\(([^)\s]*)\)/g;

/** What would notify, link, embed or run, outside code. */
function activeParts(md: string): Record<string, string[]> {
  const text = outsideCode(md);
  const targets = [...text.matchAll(LINK_TARGET)].map((m) => m[1]!);
  const prose = text.replace(LINK_TARGET, '](…)');
  return {
    mentions: prose.match(/(?<![\w`])@[A-Za-z0-9][\w-]*/g) ?? [],
    references: prose.match(/(?:^|[\s(])(?:[\w.-]+\/[\w.-]+)?#\d+|\bGH-\d+/gi) ?? [],
    tags: (text.match(/<\/?[A-Za-z!][^>]*>/g) ?? []).filter((t) => !OUR_TAGS.test(t)),
    entities: prose.match(/&(?:#\d+|#x[0-9a-f]+|[A-Za-z]+);/gi)?.filter((e) => !/^&(?:amp|lt|gt|quot);$/.test(e)) ?? [],
    autolinks: prose.match(/\b(?:https?:\/\/|www\.)\S+/gi) ?? [],
    offForge: targets.filter(
      (t) => !/^https:\/\/github\.com\/(?:NixOS\/nixpkgs|nix-community\/home-manager)\//.test(t) && t !== RUN_URL,
    ),
  };
}

const RUN_URL = 'https://github.com/o/r/actions/runs/1';
const NOTHING_ACTIVE = { mentions: [], references: [], tags: [], entities: [], autolinks: [], offForge: [] };

/** Every opened `<details>` closed, every fence closed. */
function expectBalanced(md: string): void {
  const text = outsideCode(md);
  expect((text.match(/<details/g) ?? []).length).toBe((text.match(/<\/details>/g) ?? []).length);
  expect(readCode(md).openFence).toBe(false);
}

describe('renderReviewComment: a typical review', () => {
  test('the whole comment (snapshot, revisions and dates normalised)', () => {
    const r = renderReviewComment(typicalReview());
    expect(r.stage).toBe('full');
    expect(normalise(r.markdown)).toMatchSnapshot();
  });

  test('order: marker, heading with base..head, failures, inputs, configurations, lint (new, then present), footer', () => {
    const md = renderReviewComment(typicalReview()).markdown;
    expect(md.startsWith(`${MARKER}\n\n## flake-steward review \`a1b2c3d\`..\`f0e1d2c\`\n`)).toBe(true);
    const at = (s: string): number => {
      const i = md.indexOf(s);
      expect({ s, found: i >= 0 }).toEqual({ s, found: true });
      return i;
    };
    const order = [
      at('> [!CAUTION]\n> This pull request breaks 1 build that the base built: NixOS configuration `web`.'),
      at('### ❌ Build failures'),
      at('It builds on the base.'),
      at('make: *** [Makefile:10: build] Error 2'),
      at('### Inputs'),
      at('<summary>nixpkgs: 2 commits</summary>'),
      at('### Configurations'),
      at('**NixOS configuration `host`**'),
      at('**NixOS configuration `laptop`**'),
      at('### Lint'),
      at('#### New in this pull request'),
      at('`duplicates/duplicate-input`'),
      at('<summary>Already present on the base: 1 finding (1 notice)</summary>'),
      at('`hygiene/indirect-input`'),
      at('<sub>flake-steward review of'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md.split('\n')[4]).toBe(
      '**1 input changed · 2 configurations built · 7 package changes · ❌ 1 build broken · 1 new lint finding**',
    );
  });

  test('the changelog and package tables are the update pull request’s own', () => {
    const input = typicalReview();
    const md = renderReviewComment(input).markdown;
    const update = renderReport(input.report, { commits: input.commits! }).markdown;
    const from = (text: string, start: string, end?: string): string =>
      text.slice(text.indexOf(start), end === undefined ? undefined : text.indexOf(end)).trimEnd();
    expect(from(md, '### Inputs', '### Lint')).toBe(from(update, '### Inputs'));
  });

  test('lint: errors first among the new findings; no lint section without lint; nothing new said so', () => {
    const error: Finding = { ...newFinding, rule: 'follows/self', severity: 'error', message: 'x follows itself' };
    const md = renderReviewComment(typicalReview({ lint: { introduced: [newFinding, error], present: [] } })).markdown;
    expect(md.indexOf('`follows/self`')).toBeLessThan(md.indexOf('`duplicates/duplicate-input`'));
    expect(md).toContain('1 error, 1 warning.');
    expect(md).not.toContain('Already present');
    const none = renderReviewComment(typicalReview({ lint: undefined })).markdown;
    expect(none).not.toContain('### Lint');
    expect(none).not.toContain('lint finding');
    const old = renderReviewComment(typicalReview({ lint: { introduced: [], present: [presentFinding] } })).markdown;
    expect(old).toContain('✅ None: every finding on the head was already on the base.');
    expect(old).toContain('no new lint finding');
    const clean = renderReviewComment(typicalReview({ lint: { introduced: [], present: [] } })).markdown;
    expect(clean).toContain('✅ No lint findings on the head.');
  });

  test('failures: broken builds first, then new targets, then those failing on the base too', () => {
    const input = typicalReview();
    const [host, laptop, web] = input.report.flakes[0]!.configurations;
    const alsoBefore = {
      ...web!,
      name: 'old',
      attr: 'nixosConfigurations.old.config.system.build.toplevel',
      before: { status: 'failed' as const },
    };
    const fresh = {
      ...web!,
      name: 'fresh',
      attr: 'nixosConfigurations.fresh.config.system.build.toplevel',
      before: { status: 'absent' as const },
    };
    const r = report({
      flakes: [flake({ inputs: [nixpkgsChange], configurations: [alsoBefore, fresh, host!, laptop!, web!] })],
    });
    const md = renderReviewComment({ ...input, report: r }).markdown;
    const failures = md.slice(md.indexOf('### ❌ Build failures'), md.indexOf('### Inputs'));
    const order = ['`web`', '`fresh`', '`old`'].map((n) => failures.indexOf(`NixOS configuration ${n}**`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(failures).toContain('It is new in this pull request.');
    expect(failures).toContain('It fails on the base too.');
    expect(md).toContain('❌ 1 build broken · ❌ 2 builds failing');
    // failing on the head but nothing the base built: a warning, not a caution
    const notBroken = report({ flakes: [flake({ inputs: [], configurations: [alsoBefore] })] });
    const md2 = renderReviewComment({ ...input, report: notBroken }).markdown;
    expect(md2).toContain('> [!WARNING]\n> 1 build failing on the head (none that the base built).');
    expect(md2).toContain('No input changed in `flake.lock`.');
  });
});

describe('renderReviewComment: a pull request that touches no flake', () => {
  test('one line after the marker, nothing built, nothing else', () => {
    const r = renderReviewComment(typicalReview({ noFlakeChanges: true }));
    expect(r.markdown).toBe(
      `${MARKER}\n**flake-steward review** (\`a1b2c3d\`..\`f0e1d2c\`): this pull request changes no \`flake.nix\` or \`flake.lock\`; nothing to build or lint.\n`,
    );
  });
});

// ---- hostile data ----

const ESC = '\u001b';
const EVIL = [
  '@octocat and @NixOS/security',
  '<img src=x onerror=alert(1)> <script>alert(1)</script> </details></summary><details open>',
  '\n::error file=README.md::INJECTED\n  ::add-mask::x\r::warning::y',
  `##[error]old ${ESC}]0;title\u0007${ESC}[2J \u202eevil\u202c \u2066iso\u2069 \u0085 \u2028`,
  '[click](https://evil.example/x) ![pixel](https://evil.example/p.png) https://evil.example/a www.evil.example',
  '&#64;octocat &commat;octocat &#x40;x closes #1 NixOS/nixpkgs#123 GH-7',
  '| cell | `tick` ```fence',
].join(' ');

/** Every string of a value, made hostile (enumerations kept, so the structure stays what it was). */
const KEEP = new Set(['kind', 'status', 'severity', 'side', 'forge', 'version']);
function hostile<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (KEEP.has(key) ? value : `${value} ${EVIL}`) as T;
  if (Array.isArray(value)) return value.map((v) => hostile(v, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, k)])) as T;
  }
  return value;
}

function hostileReview() {
  const input = typicalReview();
  const r = hostile(input.report);
  const evilCommits = hostile(commits);
  // the keys of the commit lists follow the hostile names
  const key = commitKey(r.flakes[0]!.dir, r.flakes[0]!.inputs[0]!.name);
  return {
    ...input,
    base: hostile(input.base),
    head: hostile(input.head),
    report: r,
    lint: { introduced: hostile([newFinding]), present: hostile([presentFinding]) },
    commits: new Map([[key, evilCommits]]),
  };
}

describe('renderReviewComment: every string hostile', () => {
  test.each([REVIEW_MAX_LENGTH, 20_000, 6_000])('inert at %i characters', (maxLength) => {
    const r = renderReviewComment({ ...hostileReview(), maxLength });
    const md = r.markdown;
    expect(md.length).toBeLessThanOrEqual(maxLength);
    expect(activeParts(md)).toEqual(NOTHING_ACTIVE);
    expect(RAW_BUT_TAB.exec(md)).toBeNull();
    expect(runnerCommands(md)).toEqual([]);
    expect(md.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    expectBalanced(md);
  });

  test('the hostile text is shown (escaped), in each place the brief names', () => {
    const md = renderReviewComment(hostileReview()).markdown;
    // commit titles: first line only, inert
    expect(md).toMatch(
      /^- `{4}7d8e9f0.*`{4} hello: 2\.12\.1 -&gt; 2\.12\.2 @\u200boctocat and .*&lt;details open&gt;$/m,
    );
    // package names in table cells
    expect(md).toContain('| hello @\u200boctocat and @\u200bNixOS/security &lt;img src=x onerror=alert(1)&gt;');
    // the log tail in its fence, each line guarded
    expect(md).toMatch(/^ +\u200b::add-mask::x\\r::warning::y/m);
    // lint messages
    expect(md).toMatch(/\| input 'home-manager\/nixpkgs' is a second copy .* @\u200boctocat/);
    // links into hostile repositories, or hostile links, are gone: only the job summary is linked
    expect([...outsideCode(md).matchAll(LINK_TARGET)].map((m) => m[1])).toEqual([RUN_URL]);
  });

  test('the same inertness whatever the stage: a big hostile report', () => {
    const input = hostileReview();
    const configurations = Array.from({ length: 4 }, (_, i) => hostile(bigConfiguration(`host${i}`, 60, i + 1)));
    const r = { ...input.report, flakes: [{ ...input.report.flakes[0]!, configurations }] };
    for (const maxLength of [REVIEW_MAX_LENGTH, 10_000]) {
      const out = renderReviewComment({ ...input, report: r, maxLength });
      expect(out.stage).not.toBe('full');
      expect(out.markdown.length).toBeLessThanOrEqual(maxLength);
      expect(activeParts(out.markdown)).toEqual(NOTHING_ACTIVE);
      expect(runnerCommands(out.markdown)).toEqual([]);
      expectBalanced(out.markdown);
    }
  });

  test('the checks of this test see what they look for (a raw update report with the same data is not inert)', () => {
    const input = hostileReview();
    const active = activeParts(renderReport(input.report, { commits: input.commits }).markdown);
    expect(active.mentions.length).toBeGreaterThan(0);
    expect(active.entities.length).toBeGreaterThan(0);
    expect(active.autolinks.length).toBeGreaterThan(0);
  });

  test('numbers, enumerations and dates that are not what they claim are dropped or zeroed', () => {
    const r = report();
    const bad = JSON.parse(JSON.stringify(r)) as {
      flakes: { inputs: Record<string, unknown>[]; configurations: Record<string, unknown>[] }[];
    };
    const input = bad.flakes[0]!.inputs[0]!;
    input.spanDays = '<img src=x>';
    (input.after as Record<string, unknown>).date = '<script>';
    const conf = bad.flakes[0]!.configurations[0]!;
    conf.kind = '<b>';
    (conf.diff as { counts: Record<string, unknown> }).counts.upgraded = '<img src=y>';
    const md = renderReviewComment({ ...typicalReview(), report: bad as unknown as UpdateReport }).markdown;
    expect(activeParts(md)).toEqual(NOTHING_ACTIVE);
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/<img|<b>/);
  });
});

describe('links only to the forges of the inputs', () => {
  const repo = { forge: 'github' as const, host: 'github.com', owner: 'NixOS', repo: 'nixpkgs' };
  test.each([
    [`https://github.com/NixOS/nixpkgs/commit/${REV.nixpkgsNew}`, true],
    [`https://github.com/NixOS/nixpkgs/compare/${REV.nixpkgsOld}...${REV.nixpkgsNew}`, true],
    ['https://github.com/NixOS/nixpkgs/compare/v1.0...release-24.05', true],
    ['https://github.com/NixOS/nixpkgs/', true],
    ['https://github.com/NixOS/nixpkgs-evil/commit/x', false],
    ['https://github.com/NixOS/nixpkgs/../../evil/x', false],
    ['https://github.com/NixOS/nixpkgs/commit/x?y=1', false],
    ['https://github.com/NixOS/nixpkgs/commit/x)](javascript:alert(1))', false],
    ['https://evil.example/NixOS/nixpkgs/commit/x', false],
    ['javascript:alert(1)', false],
    ['http://github.com/NixOS/nixpkgs/commit/x', false],
  ])('%s → %s', (url, kept) => {
    expect(forgeLink(url, [repo])).toBe(kept ? url : undefined);
  });

  test('an input whose repository is not a plain forge repository gets no links', () => {
    const evilRepo = { ...repo, host: 'github.com/evil#' };
    const r = inertReport(
      report({
        flakes: [
          flake({
            inputs: [
              {
                ...nixpkgsChange,
                after: {
                  ...nixpkgsChange.after!,
                  repo: evilRepo,
                  revUrl: 'https://github.com/evil#/NixOS/nixpkgs/commit/1',
                },
              },
            ],
          }),
        ],
      }),
    );
    expect(r.flakes[0]!.inputs[0]!.after!.revUrl).toBeUndefined();
    expect(r.flakes[0]!.inputs[0]!.before!.revUrl).toBe(nixpkgsChange.before!.revUrl);
  });
});

describe('inertText', () => {
  test.each([
    ['@octocat', '@\u200boctocat'],
    ['mail me: a@b.org', 'mail me: a@\u200bb.org'],
    ['fixes #12 and o/r#3', 'fixes #\u200b12 and o/r#\u200b3'],
    ['gh-12', 'gh-\u200b12'],
    ['see https://x.org and WWW.x.org', 'see https:\u200b//x.org and WWW\u200b.x.org'],
    ['[a](b) ![c](d) [e][f]', '[a]\u200b(b) ![c]\u200b(d) [e]\u200b[f]'],
    ['&#64; &commat; &amp; &lt;x&gt; &quot; & x', '&\u200b#\u200b64; &\u200bcommat; &amp; &lt;x&gt; &quot; & x'],
    ['@ alone, # alone, version 1.2#', '@ alone, # alone, version 1.2#'],
  ])('%s', (s, expected) => {
    expect(inertText(s)).toBe(expected);
    expect(inertText(expected)).toBe(expected);
  });
});

describe('renderReviewComment: a big review within the limit', () => {
  const big = (n = 10, packages = 2_000) =>
    report({
      flakes: [
        flake({
          inputs: [nixpkgsChange],
          configurations: Array.from({ length: n }, (_, i) => bigConfiguration(`host${i}`, packages, i + 1)),
          skipped: [],
        }),
      ],
    });

  test('10 configurations x 2,000 packages: degraded, under 65,536, failures and lint kept', () => {
    const input = typicalReview();
    const r = big();
    const withFailure = {
      ...r,
      flakes: [
        {
          ...r.flakes[0]!,
          configurations: [...r.flakes[0]!.configurations, input.report.flakes[0]!.configurations[2]!],
        },
      ],
    };
    const t = Date.now();
    const out = renderReviewComment({ ...input, report: withFailure });
    expect(Date.now() - t).toBeLessThan(60_000);
    expect(out.markdown.length).toBeLessThanOrEqual(REVIEW_MAX_LENGTH);
    expect(['top-rows', 'summary']).toContain(out.stage);
    expect(out.markdown).toContain('### ❌ Build failures');
    expect(out.markdown).toContain('#### New in this pull request');
    expect(out.markdown).toContain(`the full report is in the [job summary](${RUN_URL})`);
    expectBalanced(out.markdown);
  });

  test.each([30_000, 8_000, 2_000])('at %i characters: within the limit, blocks closed', (maxLength) => {
    const out = renderReviewComment({ ...typicalReview(), report: big(10, 300), maxLength });
    expect(out.markdown.length).toBeLessThanOrEqual(maxLength);
    expect(out.markdown.startsWith(MARKER)).toBe(true);
    expectBalanced(out.markdown);
  });

  test('thousands of lint findings do not push the builds out', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({
      ...newFinding,
      input: `i${i}`,
      message: `${'m'.repeat(1_500)} ${i}`,
    }));
    const out = renderReviewComment(typicalReview({ lint: { introduced: many, present: many } }));
    expect(out.markdown.length).toBeLessThanOrEqual(REVIEW_MAX_LENGTH);
    expect(out.stage).not.toBe('cut');
    expect(out.markdown).toContain('### ❌ Build failures');
    expect(out.markdown).toContain('**NixOS configuration `host`**');
    expect(out.markdown).toMatch(/…and \d+ more findings/);
  });
});
