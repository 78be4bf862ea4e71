/**
 * The update report in Markdown: the pull-request body and the job summary.
 *
 * Order, as a reviewer reads: a headline (inputs updated, configurations built, package changes), build failures
 * first and loud with the log tail, the inputs table (from → to with links, span, compare link; the PR step adds
 * commit lists through `commits`), then a package table per configuration, and one line naming the outputs whose
 * derivation the update did not change (built on neither side).
 *
 * GitHub rejects bodies over 65,536 characters, so the text is kept under `maxLength` (60,000) by staged
 * degradation: full → every long part collapsed into `<details>` → per-package rows beyond the top N dropped with a
 * count (N as large as fits: version changes first, then the largest size changes), commit lists reduced to
 * counts → a summary with one line per configuration that links to the full report (the job summary) → a hard cut.
 */
import { formatBytes } from '../closure/format.js';
import type { PackageChange } from '../closure/diff.js';
import type { InstallableKind } from '../update/targets.js';
import type { InputChange, LockedSource } from '../update/lock-diff.js';
import { shortRev } from '../forge/forge-links.js';
import {
  hasUpdates,
  isUnchanged,
  totals,
  type ConfigurationReport,
  type FlakeReport,
  type UpdateReport,
} from '../update/update-result.js';
import { cell, cellCode, code, details, fence, html, lastLines, link, plural, table } from './markdown.js';

// ---- the slot for commit lists (filled by the pull-request step) ----

/** A commit to list. `CommitSummary` of src/github/commit-list.ts fits. */
export interface CommitView {
  readonly sha: string;
  /** Markdown-safe inline text, made inert by the caller (src/github/sanitize.ts); not escaped again. */
  readonly title: string;
  readonly url?: string;
}

/** The commits of one input update. `CommitList` of src/github/commit-list.ts fits. */
export interface CommitList {
  /** Newest first; may be fewer than `total`. */
  readonly commits: readonly CommitView[];
  /** Commits between the two revisions, when known. */
  readonly total?: number;
  /** Where to see them all (the compare page). */
  readonly compareUrl?: string;
  /** Why there is no list (`GitHub API rate limit reached`), shown in its place. */
  readonly unavailable?: string;
}

/** Key of `RenderOptions.commits`: the flake directory and the input path. */
export function commitKey(flakeDir: string, input: string): string {
  return `${flakeDir}#${input}`;
}

export const MARKER_PREFIX = '<!-- flake-steward:update';

/** Hidden marker that lets the PR step find its pull request again (one per flake directory when there are several). */
export function marker(flakeDir?: string): string {
  return flakeDir === undefined ? `${MARKER_PREFIX} -->` : `${MARKER_PREFIX} path=${JSON.stringify(flakeDir)} -->`;
}

export interface RenderOptions {
  /** A first line heading (job summary); none for PR bodies, whose title says it. */
  readonly heading?: string;
  /** Hidden marker comment placed first (PR bodies): `marker()`. */
  readonly marker?: string;
  readonly commits?: ReadonlyMap<string, CommitList>;
  /** The full report (job summary of the run), linked when the text had to be shortened. */
  readonly fullReportUrl?: string;
  /** Default 60,000 characters. */
  readonly maxLength?: number;
  /** Most package rows kept per configuration once rows must be dropped (as many as fit, by default). */
  readonly topRows?: number;
}

export type Stage = 'full' | 'collapsed' | 'top-rows' | 'summary' | 'cut';

export interface Rendered {
  readonly markdown: string;
  /** How far the text had to be degraded to fit. */
  readonly stage: Stage;
}

export const MAX_LENGTH = 60_000;

/** How much detail one rendering keeps (one rung of the degradation ladder). */
export interface Level {
  readonly stage: Stage;
  /** Package tables, commit lists and long logs in `<details>`. */
  readonly collapse: boolean;
  /** Package rows per configuration; Infinity for all. */
  readonly rows: number;
  readonly commits: 'list' | 'count';
  readonly logLines: number;
  /** Inputs table rows; Infinity for all. */
  readonly inputRows: number;
  /** Per-configuration tables replaced by one line each. */
  readonly summaryOnly: boolean;
}

const LONG_TABLE = 15;
const FULL_LOG = 40;

export function renderReport(report: UpdateReport, options: RenderOptions = {}): Rendered {
  return degrade((level) => render(report, options, level), {
    maxLength: options.maxLength ?? MAX_LENGTH,
    mostRows: Math.min(options.topRows ?? Infinity, maxRows(report)),
    ...(options.fullReportUrl !== undefined ? { fullReportUrl: options.fullReportUrl } : {}),
  });
}

export interface DegradeOptions {
  readonly maxLength: number;
  /** Most package rows per configuration worth trying at the `top-rows` stage (the longest table's length). */
  readonly mostRows: number;
  /** Linked from the note of a hard cut. */
  readonly fullReportUrl?: string;
}

/**
 * The staged degradation shared by every long report (the update PR body, the review comment): `renderAt` renders
 * the text at one level of detail; the first level whose text fits is taken (rows per configuration by bisection),
 * and past the last one the text is cut at a line boundary with its open blocks closed.
 */
export function degrade(renderAt: (level: Level) => string, opts: DegradeOptions): Rendered {
  const max = opts.maxLength;
  const base = { inputRows: Infinity, summaryOnly: false } as const;
  const full: Level = { ...base, stage: 'full', collapse: false, rows: Infinity, commits: 'list', logLines: FULL_LOG };
  const collapsed: Level = { ...full, stage: 'collapsed', collapse: true };
  const rows = (n: number): Level => ({
    ...base,
    stage: 'top-rows',
    collapse: true,
    rows: n,
    commits: 'count',
    logLines: 20,
  });
  const summary: Level = {
    stage: 'summary',
    collapse: true,
    rows: 0,
    commits: 'count',
    logLines: 10,
    inputRows: Infinity,
    summaryOnly: true,
  };
  const tight: Level = { ...summary, logLines: 5, inputRows: 50 };

  const fits = (level: Level): string | undefined => {
    const text = renderAt(level);
    return text.length <= max ? text : undefined;
  };
  for (const level of [full, collapsed]) {
    const text = fits(level);
    if (text !== undefined) return { markdown: text, stage: level.stage };
  }
  // Keep as many rows per configuration as fit (at most `topRows`), found by bisection.
  const most = opts.mostRows;
  let best: string | undefined;
  let lo = 1;
  let hi = most;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const text = fits(rows(mid));
    if (text !== undefined) {
      best = text;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best !== undefined) return { markdown: best, stage: 'top-rows' };
  for (const level of [summary, tight]) {
    const text = fits(level);
    if (text !== undefined) return { markdown: text, stage: level.stage };
  }
  return { markdown: cut(renderAt(tight), max, opts.fullReportUrl), stage: 'cut' };
}

/** The longest package table of a report (the most rows the `top-rows` stage can keep). */
export function maxRows(report: UpdateReport): number {
  let n = 0;
  for (const f of report.flakes) for (const c of f.configurations) n = Math.max(n, c.diff?.changes.length ?? 0);
  return n;
}

/** A hard cut at a line boundary, closing an open fence or `<details>`, with a note and the link. */
function cut(text: string, max: number, url: string | undefined): string {
  const note = `\n\n---\n_The report was cut to fit GitHub's limit.${url ? ` ${link('Full report', url)}.` : ''}_\n`;
  const budget = max - note.length - 64;
  let head = text.slice(0, Math.max(0, budget));
  head = head.slice(0, Math.max(0, head.lastIndexOf('\n')));
  const fences = head.match(/^`{3,}/gm) ?? [];
  if (fences.length % 2 === 1) head += `\n${fences[fences.length - 1]}`;
  const opened = (head.match(/<details/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < opened; i++) head += '\n\n</details>';
  return head + note;
}

function render(report: UpdateReport, options: RenderOptions, level: Level): string {
  const parts: string[] = [];
  if (options.marker) parts.push(options.marker);
  if (options.heading) parts.push(`## ${html(options.heading)}`);
  parts.push(headline(report));
  if (report.dryRun && hasUpdates(report))
    parts.push('_Dry run: `flake.lock` was restored after the report was made._');
  if (level.stage !== 'full' && level.stage !== 'collapsed' && options.fullReportUrl) {
    parts.push(`_Shortened to fit; the full report is in the ${link('job summary', options.fullReportUrl)}._`);
  } else if (level.stage !== 'full' && level.stage !== 'collapsed') {
    parts.push('_Shortened to fit; run `flake-steward update --dry-run` for the full report._');
  }
  const multi = report.flakes.length > 1;
  for (const flake of report.flakes) {
    if (flake.listingError) {
      parts.push(
        `> [!WARNING]\n> The outputs of ${multi ? code(flake.dir) : 'the flake'} could not be listed after the update, so the list from before was built: ${code(flake.listingError)}`,
      );
    }
  }
  const failures = failureSection(report, level, multi);
  if (failures) parts.push(failures);
  const held = heldBackSection(report, options, level, multi);
  if (held) parts.push(held);
  for (const flake of report.flakes) {
    if (multi) parts.push(`### Flake ${code(flake.dir)}`);
    parts.push(flakeSection(flake, options, level, multi ? '####' : '###'));
  }
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

// ---- headline ----

function headline(report: UpdateReport): string {
  const t = totals(report);
  const bits = [
    plural(t.inputsUpdated, 'input') + ' updated',
    plural(t.configurationsBuilt, 'configuration') + ' built',
    plural(t.packageChanges, 'package change'),
  ];
  if (t.configurationsUnchanged > 0) bits.push(`${t.configurationsUnchanged} unchanged`);
  if (t.configurationsFailed > 0) bits.push(`❌ ${plural(t.configurationsFailed, 'build')} failed`);
  return `**${bits.join(' · ')}**`;
}

// ---- failures ----

const KIND_LABEL: Readonly<Record<InstallableKind, string>> = {
  nixos: 'NixOS configuration',
  home: 'Home Manager configuration',
  darwin: 'nix-darwin configuration',
  package: 'package',
  devShell: 'dev shell',
  check: 'check',
  attr: 'attribute',
};

const OUTPUT_SET: Readonly<Partial<Record<InstallableKind, string>>> = {
  package: 'packages',
  devShell: 'devShells',
  check: 'checks',
};

/** A short name for a list: a configuration's name (`host2`), an output's set and name (`packages.default`). */
function shortName(c: ConfigurationReport): string {
  if (c.kind === 'attr') return c.attr;
  const set = OUTPUT_SET[c.kind];
  return set ? `${set}.${c.name}` : c.name;
}

/** `NixOS configuration \`host\``, or the attribute path in code for a target the user named. */
export function title(c: ConfigurationReport): string {
  return c.kind === 'attr' ? code(c.attr) : `${KIND_LABEL[c.kind]} ${code(c.name)}`;
}

function failureSection(report: UpdateReport, level: Level, multi: boolean): string {
  const after = report.flakes.flatMap((f) =>
    f.configurations.filter((c) => c.after.status === 'failed').map((c) => ({ f, c })),
  );
  if (after.length === 0) return '';
  const where = (f: FlakeReport): string => (multi ? ` in ${code(f.dir)}` : '');
  // failures the proposed lock does not have: the bisection held back their culprits and built them without
  const solved = ({ f, c }: { f: FlakeReport; c: ConfigurationReport }): boolean =>
    f.bisect?.proposal === 'proposed' && f.bisect.heldBack.some((h) => h.targets.includes(c.attr));
  const fixed = after.filter(solved);
  const open = after.filter((x) => !solved(x));
  const out: string[] = [];
  if (fixed.length > 0) {
    out.push(
      `> [!NOTE]\n> ${plural(fixed.length, 'build')} failed with every input moved, and ${fixed.length === 1 ? 'builds' : 'build'} with the lock this pull request proposes (see "Inputs held back"): ${fixed
        .map(({ f, c }) => `${title(c)}${where(f)}`)
        .join(', ')}.`,
    );
  }
  if (open.length === 0) return out.join('\n\n');
  out.push(
    `> [!CAUTION]\n> ${plural(open.length, 'build')} failed after the update: ${open
      .map(({ f, c }) => `${title(c)}${where(f)}`)
      .join(', ')}.`,
  );
  out.push(
    ...failureBlocks(open, where, level, {
      built: 'It built before the update.',
      failed: 'It also failed before the update.',
      absent: 'It is new in this update.',
    }),
  );
  return out.join('\n\n');
}

/**
 * "### ❌ Build failures" and a block per failed output, each saying how it fared on the other side in `since`'s
 * words (the update report's, or the review comment's).
 */
export function failureBlocks(
  failed: readonly { readonly f: FlakeReport; readonly c: ConfigurationReport }[],
  where: (f: FlakeReport) => string,
  level: Level,
  since: { readonly built: string; readonly failed: string; readonly absent: string },
): string[] {
  const out = ['### ❌ Build failures'];
  for (const { f, c } of failed) {
    const before = c.before.status === 'built' ? since.built : c.before.status === 'failed' ? since.failed : since.absent;
    out.push(failureBlock(c, where(f), before, level));
  }
  return out;
}

/**
 * One build that failed after the change: its title, `where` (` in \`dir\``, or empty), `since` (what it did
 * before, one sentence), Nix's message, the log tail in a fence it cannot close, and how to see the full log.
 */
export function failureBlock(c: ConfigurationReport, where: string, since: string, level: Level): string {
  const failure = c.after.failure;
  const lines = [`**${title(c)}**${where}: ${cellCode(c.attr)}. ${since}`];
  if (failure) {
    lines.push(code(failure.message));
    const tail = lastLines(failure.logTail, level.logLines);
    if (tail.trim() !== '') {
      const block = fence(tail);
      lines.push(
        level.collapse && tail.split('\n').length > 15
          ? details(`Last ${level.logLines} log lines`, block, true)
          : block,
      );
    }
    if (failure.failedDrv) lines.push(`Full log: ${code(`nix log ${failure.failedDrv}`)}`);
  }
  return lines.join('\n\n');
}

// ---- inputs held back by the bisection ----

/**
 * The inputs the bisection held back (src/app/bisect.ts): each with the targets it breaks, the log tail of the trial
 * build that showed it, the move the pull request does not make (with its commits: what to report upstream), and
 * what the lock proposes. The inputs table below lists only what the proposed lock moves.
 */
function heldBackSection(report: UpdateReport, options: RenderOptions, level: Level, multi: boolean): string {
  const flakes = report.flakes.filter((f) => f.bisect !== undefined);
  if (flakes.length === 0) return '';
  const out: string[] = ['### 🔎 Inputs held back'];
  for (const f of flakes) {
    const b = f.bisect!;
    const where = multi ? ` in ${code(f.dir)}` : '';
    const builds = `${plural(b.builds, 'extra build')} (at most ${b.maxBuilds})`;
    if (b.heldBack.length === 0) {
      out.push(`No single input${where} could be blamed: ${builds}${b.note ? `; ${code(b.note)}` : ''}.`);
      continue;
    }
    const names = b.heldBack.map((h) => code(h.input)).join(', ');
    const lock = f.lockFile;
    out.push(
      b.proposal === 'proposed'
        ? `${code(lock)} moves every other input; ${names} ${b.heldBack.length === 1 ? 'stays' : 'stay'} at the old revision, and the outputs that failed build with it (${builds}).`
        : `${code(lock)} moves every input: without ${names} the failing outputs still do not build (${builds}).`,
    );
    for (const h of b.heldBack) {
      const targets = h.targets.map((t) => cellCode(t)).join(', ');
      const how = h.interaction ? ' together with the other held-back inputs' : ' alone';
      // a release-tag bump held back: the proposed flake.nix keeps the old tag
      const tag = h.tagBump ? ` to release tag ${html(h.tagBump.to)}` : '';
      const kept =
        h.tagBump && b.proposal === 'proposed' ? ` ${code(f.dir === '.' ? 'flake.nix' : `${f.dir}/flake.nix`)} keeps ${html(h.tagBump.from)}.` : '';
      const lines = [
        `**${code(h.input)}**${where}: updating it${tag}${how} breaks ${targets}${h.exact ? '' : ' (the search reached its bound: the culprit is among the held-back inputs)'}.${kept}`,
        code(h.evidence.message),
      ];
      const tail = lastLines(h.evidence.logTail, level.logLines);
      if (tail.trim() !== '') lines.push(level.collapse ? details(`Last ${level.logLines} log lines`, fence(tail), true) : fence(tail));
      const move = (f.heldBackInputs ?? []).find((c) => c.name === h.input);
      if (move) {
        lines.push(`Not in this pull request: ${heldBackMove(move)}.`);
        if (level.commits === 'list') {
          const list = commitListBlock(move, options.commits?.get(commitKey(f.dir, move.name)));
          if (list) lines.push(list);
        }
      }
      out.push(lines.join('\n\n'));
    }
    // inputs that follow a held-back one stay with it
    const followers = (f.heldBackInputs ?? []).filter((c) => !b.heldBack.some((h) => h.input === c.name));
    if (b.proposal === 'proposed' && followers.length > 0) {
      out.push(`Held back with them${where}: ${followers.map((c) => `${code(c.name)} (${heldBackMove(c)})`).join(', ')}.`);
    }
    if (b.proposal === 'proposed') {
      out.push(
        '_The package changes below were measured with every input moved; the proposed lock was built for the outputs that failed._',
      );
    }
  }
  return out.join('\n\n');
}

/** A held-back move in words: `abc1234 · 2026-11-02 → def5678 · 2026-11-30` (linked to the comparison). */
function heldBackMove(c: InputChange): string {
  const rev = (s: LockedSource | undefined): string =>
    s ? `${code(s.rev ? shortRev(s.rev) : (s.tag ?? s.label))}${s.date ? ` · ${html(s.date)}` : ''}` : '—';
  const move = `${rev(c.before)} → ${rev(c.after)}`;
  return c.compareUrl ? `${move} (${link('compare', c.compareUrl)})` : move;
}

// ---- one flake: inputs, then configurations ----

/**
 * One flake's inputs (the table and the commit lists) and its configurations (package tables, closure sizes), under
 * `h` headings; `noInputs` is the line shown when no input changed.
 */
export function flakeSection(
  flake: FlakeReport,
  options: RenderOptions,
  level: Level,
  h: string,
  noInputs: (lockFile: string) => string = (lockFile) => `No input changed: ${code(lockFile)} is up to date.`,
): string {
  const out: string[] = [];
  out.push(`${h} Inputs`);
  if (flake.inputs.length === 0) {
    out.push(noInputs(flake.lockFile));
  } else {
    out.push(inputsTable(flake, options, level));
    if (level.commits === 'list') {
      const lists = flake.inputs
        .map((c) => commitListBlock(c, options.commits?.get(commitKey(flake.dir, c.name))))
        .filter((s) => s !== '');
      if (lists.length > 0) out.push(lists.join('\n\n'));
    }
  }
  const bumps = tagBumpLines(flake);
  if (bumps) out.push(bumps);
  const configs = configurationsSection(flake, level, h);
  if (configs) out.push(configs);
  if (flake.skipped.length > 0) {
    out.push(
      `Not built on ${flake.system ? code(flake.system) : 'this system'}: ${flake.skipped
        .map((s) => `${code(s.attr)} (${html(s.system)})`)
        .join(', ')}.`,
    );
  }
  return out.join('\n\n');
}

/** One line per input moved to a newer release tag in flake.nix: `- \`hw\`: v1.0.0 → v1.2.0 (release tag)`. */
export function tagBumpLines(flake: Pick<FlakeReport, 'tagBumps' | 'dir'>): string | undefined {
  const bumps = flake.tagBumps ?? [];
  if (bumps.length === 0) return undefined;
  const file = flake.dir === '.' ? 'flake.nix' : `${flake.dir}/flake.nix`;
  const lines = bumps.map((b) => `- ${code(b.input)}: ${html(b.from)} → ${html(b.to)} (release tag)`);
  return [`Release tags moved in ${code(file)}:`, ...lines].join('\n');
}

function sourceCell(s: LockedSource | undefined, follows: readonly string[] | undefined): string {
  if (follows) return `follows ${cellCode(follows.length === 0 ? '(this flake)' : follows.join('/'))}`;
  if (!s) return '—';
  const id = s.rev ? shortRev(s.rev) : (s.tag ?? s.url ?? s.narHash?.slice(0, 19) ?? s.type);
  const shown = link(cellCode(id), s.revUrl);
  return s.date ? `${shown} · ${s.date}` : shown;
}

function spanCell(c: InputChange): string {
  if (c.spanDays === undefined) return '';
  if (c.spanDays === 0) return 'same day';
  const sign = c.spanDays > 0 ? '+' : '−';
  return `${sign}${plural(Math.abs(c.spanDays), 'day')}`;
}

function inputCell(c: InputChange): string {
  const s = c.after ?? c.before;
  const bits = [cellCode(c.name)];
  const moved = c.before && c.after && c.before.label !== c.after.label;
  if (s && !moved) bits.push(cell(s.ref ? `${s.label} (${s.ref})` : s.label));
  else if (moved) bits.push(cell(`${c.before!.label} → ${c.after!.label}`));
  if (c.kind === 'added') bits.push('_(added)_');
  if (c.kind === 'removed') bits.push('_(removed)_');
  return bits.join(' ');
}

function compareCell(c: InputChange, list: CommitList | undefined): string {
  const url = list?.compareUrl ?? c.compareUrl;
  const total = list?.total ?? 0;
  if (total > 0) return link(plural(total, 'commit'), url);
  if (url) return link('compare', url);
  if (c.urlChanged) return 'URL changed';
  return '';
}

function inputsTable(flake: FlakeReport, options: RenderOptions, level: Level): string {
  const rows = flake.inputs
    .slice(0, level.inputRows)
    .map((c) => [
      inputCell(c),
      sourceCell(c.before, c.followsBefore),
      sourceCell(c.after, c.followsAfter),
      spanCell(c),
      compareCell(c, options.commits?.get(commitKey(flake.dir, c.name))),
    ]);
  let text = table(['Input', 'From', 'To', 'Span', 'Changes'], rows, 'lllrl');
  const dropped = flake.inputs.length - rows.length;
  if (dropped > 0) text += `\n\n_…and ${plural(dropped, 'more input')} (see the full report)._`;
  return text;
}

/** Titles are inert already; `<`/`>` are escaped once more so no text can close the `<details>`. */
function inertTitle(title: string): string {
  return (title.split('\n')[0] ?? '').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function commitListBlock(c: InputChange, list: CommitList | undefined): string {
  if (!list) return '';
  const total = list.total ?? list.commits.length;
  const url = list.compareUrl ?? c.compareUrl;
  const lines: string[] = [];
  for (const commit of list.commits) {
    lines.push(`- ${link(code(shortRev(commit.sha)), commit.url)} ${inertTitle(commit.title)}`);
  }
  const more = total - list.commits.length;
  if (more > 0) lines.push(`- …and ${more} more${url ? ` (${link('compare', url)})` : ''}`);
  if (lines.length === 0) {
    // No list: say why, next to the link the table already has.
    return list.unavailable ? `_${html(c.name)}: no commit list (${html(list.unavailable)})._` : '';
  }
  return details(`${c.name}: ${plural(total, 'commit')}`, lines.join('\n'));
}

// ---- configurations ----

const ORDER: Readonly<Record<PackageChange['kind'], number>> = {
  upgraded: 0,
  downgraded: 0,
  changed: 0,
  added: 1,
  removed: 2,
  size: 3,
};

/** Version changes by name, then added, removed, then size-only changes largest first. */
export function orderedChanges(changes: readonly PackageChange[]): PackageChange[] {
  return [...changes].sort((a, b) => {
    const k = ORDER[a.kind] - ORDER[b.kind];
    if (k !== 0) return k;
    if (a.kind === 'size') return Math.abs(b.sizeDelta) - Math.abs(a.sizeDelta) || (a.name < b.name ? -1 : 1);
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}

function versions(vs: readonly string[]): string {
  return vs.map((v) => (v === '' ? '(no version)' : v)).join(', ');
}

function packageRow(p: PackageChange): string[] {
  const mark = p.kind === 'downgraded' ? ' ⚠️ downgraded' : '';
  const name = `${cell(p.name)}${mark}`;
  const delta = p.sizeDelta === 0 ? '' : formatBytes(p.sizeDelta, true);
  switch (p.kind) {
    case 'added':
      return [name, '_(added)_', cell(versions(p.versionsAfter)), delta];
    case 'removed':
      return [name, cell(versions(p.versionsBefore)), '_(removed)_', delta];
    case 'size':
      return [name, cell(versions(p.versionsBefore)), cell(versions(p.versionsAfter)), delta];
    default:
      return [name, cell(versions(p.removed)), cell(versions(p.added)), delta];
  }
}

function countsLine(c: ConfigurationReport): string {
  const d = c.diff!;
  const bits: string[] = [];
  for (const k of ['upgraded', 'downgraded', 'changed', 'added', 'removed'] as const) {
    if (d.counts[k] > 0) bits.push(`${d.counts[k]} ${k}`);
  }
  if (d.counts.size > 0) bits.push(`${d.counts.size} size only`);
  return `${bits.length > 0 ? bits.join(', ') : 'no package changes'} · ${closureLine(c)}`;
}

/** `closure 1.2 GiB → 1.3 GiB (+12 MiB)`. */
function closureLine(c: ConfigurationReport): string {
  const d = c.diff!;
  return `closure ${formatBytes(d.sizeBefore)} → ${formatBytes(d.sizeAfter)} (${formatBytes(d.sizeAfter - d.sizeBefore, true)})`;
}

function statusLine(c: ConfigurationReport): string | undefined {
  const size = (n: number | undefined): string => (n !== undefined ? ` · closure ${formatBytes(n)}` : '');
  if (c.after.status === 'failed') return '❌ failed to build after the update (see above)';
  if (c.before.status === 'failed' && c.after.status === 'built')
    return `✅ builds again after the update (it failed before)${size(c.after.closureSize)}`;
  if (c.before.status === 'absent' && c.after.status === 'built')
    return `🆕 new in this update${size(c.after.closureSize)}`;
  if (c.after.status === 'absent' && c.before.status !== 'absent') return 'removed by this update';
  return undefined;
}

function configurationsSection(flake: FlakeReport, level: Level, h: string): string {
  if (flake.configurations.length === 0) return '';
  const out: string[] = [`${h} Configurations`];
  const unchanged: ConfigurationReport[] = [];
  const notBuilt: ConfigurationReport[] = [];
  const same: ConfigurationReport[] = [];
  const groups = new Map<string, { members: ConfigurationReport[]; at: number }>();
  for (const c of flake.configurations) {
    if (isUnchanged(c)) {
      same.push(c);
      continue;
    }
    const status = statusLine(c);
    if (status) {
      out.push(`**${title(c)}**: ${status}`);
      continue;
    }
    if (!c.diff) {
      // Not built on either side (build: none, or absent on both sides).
      notBuilt.push(c);
      continue;
    }
    if (c.diff.changes.length === 0 || level.summaryOnly) {
      if (c.diff.changes.length === 0) unchanged.push(c);
      else out.push(`**${title(c)}**: ${countsLine(c)}`);
      continue;
    }
    const ordered = orderedChanges(c.diff.changes);
    // Outputs that share the packages that changed (`packages.default` and `checks.host` built from `host`) show the
    // table once, under the first of them; the others are named beside it with their own closure sizes.
    const rows = ordered.map(packageRow);
    const key = JSON.stringify(rows);
    const group = groups.get(key);
    if (group) {
      group.members.push(c);
      continue;
    }
    groups.set(key, { members: [], at: out.length });
    out.push(`**${title(c)}**: ${countsLine(c)}`);
    const shown = rows.slice(0, level.rows);
    let body = table(['Package', 'Before', 'After', 'Δ size'], shown, 'lllr');
    const dropped = ordered.length - shown.length;
    if (dropped > 0) body += `\n\n_…and ${plural(dropped, 'more change')} not shown._`;
    const long = shown.length > LONG_TABLE || level.collapse;
    out.push(long ? details(`${c.name}: ${plural(ordered.length, 'change')}`, body, !level.collapse) : body);
  }
  for (const { members, at } of groups.values()) {
    if (members.length === 0) continue;
    const also = members.map((m) => `${title(m)} · ${closureLine(m)}`).join('; ');
    out[at] += `\n\nThe same package changes in ${also}.`;
  }
  const names = (cs: readonly ConfigurationReport[]): string =>
    cs.map((c) => `${code(c.name)}${c.kind === 'attr' ? '' : ` (${KIND_LABEL[c.kind]})`}`).join(', ');
  if (unchanged.length > 0) out.push(`No package changes: ${names(unchanged)}.`);
  if (notBuilt.length > 0) out.push(`Not built: ${names(notBuilt)}.`);
  if (same.length > 0) {
    out.push(`Unchanged (same derivation before and after): ${same.map((c) => code(shortName(c))).join(', ')}.`);
  }
  return out.join('\n\n');
}
