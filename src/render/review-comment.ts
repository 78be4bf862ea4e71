/**
 * The review comment: one comment per pull request (found again by its hidden marker and edited on every push) that
 * tells a reviewer of any lockfile pull request (Dependabot's, Renovate's, a person's) in a minute what moved, what
 * it does to each configuration, whether everything still builds, and what lint says that is new.
 *
 * Order, as a reviewer reads: the heading with base..head, a headline, build failures first and loud (a head that
 * breaks what the base built, with the log tail), then per flake the input changelog and the package diffs exactly
 * as the update pull request shows them (the section renderers of ./update-report.ts), then lint of the head (new
 * in this pull request first, errors first; what the base already had collapsed), and a footer line.
 *
 * Inert by construction. The report may come from an artifact a fork's run wrote (`command: report` on
 * `workflow_run`), so every string in it is hostile: before anything is rendered, the report is copied with every
 * string it shows made inert (./inert-text.ts: no mention, no reference, no autolink, no Markdown link; the markdown
 * helpers then neutralise control characters and workflow commands and escape HTML), every number checked, every
 * enumeration checked, and every link kept only when it points into the repository, on its forge, of the input it
 * belongs to (src/forge/); commit titles are cut to their first line and neutralised here whatever the caller did.
 * Build logs keep their text: they are shown in fences, line by line through the neutraliser.
 *
 * Within `maxLength` (GitHub's comment limit) by the update report's staged degradation; lint findings are capped
 * per stage too, so a flake with thousands of findings cannot push the builds out.
 */
import type { ChangeKind, ClosureSummary, PackageChange } from '../closure/diff.js';
import type { InputPath } from '../flake/flake-types.js';
import { repoUrl, shortRev } from '../forge/forge-links.js';
import type { ForgeRepo } from '../forge/forge-repo.js';
import type { Finding, Severity } from '../lint/lint-types.js';
import type { InstallableKind } from '../update/targets.js';
import type { InputChange, LockedSource } from '../update/lock-diff.js';
import type { TagBump } from '../flake/release-tags.js';
import {
  totals,
  type BisectOutcome,
  type BuildFailure,
  type ConfigurationReport,
  type FlakeReport,
  type HeldBackInput,
  type SideResult,
  type SideStatus,
  type UpdateReport,
} from '../update/update-result.js';
import { inertText } from './inert-text.js';
import { displayFinding, SEVERITY_ICON } from './lint-display.js';
import { SEVERITY_RANK } from '../lint/rule-engine.js';
import { counts } from '../lint/lint-result.js';
import { cell, cellCode, code, details, link, plural, table } from './markdown.js';
import { neutralise } from './neutralise.js';
import {
  commitKey,
  degrade,
  failureBlocks,
  flakeSection,
  maxRows,
  title,
  type CommitList,
  type CommitView,
  type Level,
  type Rendered,
  type Stage,
} from './update-report.js';

export interface ReviewCommentInput {
  /** Hidden marker, the first line (`<!-- flake-steward:review -->`): ours, written as it is. */
  readonly marker: string;
  /** Inputs changed (the changelog), configurations (package diffs, sizes, failures with log tails, unchanged). */
  readonly report: UpdateReport;
  /** Lint of the head against the base (src/lint/finding-diff.ts); no section without it. */
  readonly lint?: { readonly introduced: readonly Finding[]; readonly present: readonly Finding[] };
  readonly base: { readonly ref: string; readonly sha: string };
  readonly head: { readonly ref: string; readonly sha: string };
  /** The pull request touches no flake: one line, nothing else. */
  readonly noFlakeChanges?: boolean;
  /** Default 65,536 (GitHub's limit for a comment). */
  readonly maxLength?: number;
  /** The job summary, linked when the comment had to be shortened (https only). */
  readonly fullReportUrl?: string;
  /**
   * Commit lists per input, keyed by `commitKey(flakeDir, inputPath)` of ./update-report.ts (src/github/commit-list.ts
   * fits); titles are made inert here whether or not the caller did, links kept only into the input's repository.
   */
  readonly commits?: ReadonlyMap<string, CommitList>;
}

export const REVIEW_MAX_LENGTH = 65_536;

/** Commits listed per input at most (the count and the compare link say the rest). */
const MAX_COMMITS = 250;

export function renderReviewComment(input: ReviewCommentInput): Rendered {
  const base = sideLabel(input.base);
  const head = sideLabel(input.head);
  if (input.noFlakeChanges) {
    return {
      markdown: `${input.marker}\n**flake-steward review** (${base.sha}..${head.sha}): this pull request changes no \`flake.nix\` or \`flake.lock\`; nothing to build or lint.\n`,
      stage: 'full',
    };
  }
  const report = inertReport(input.report);
  const commits = inertCommits(input.report, input.commits);
  const lint = input.lint && {
    introduced: bySeverity(input.lint.introduced.map(inertFinding)),
    present: bySeverity(input.lint.present.map(inertFinding)),
  };
  const fullReportUrl =
    input.fullReportUrl !== undefined && /^https:\/\/[^\s()<>]+$/.test(input.fullReportUrl)
      ? input.fullReportUrl
      : undefined;
  const view: View = { marker: input.marker, report, commits, lint, base, head, fullReportUrl };
  return degrade((level) => render(view, level), {
    maxLength: input.maxLength ?? REVIEW_MAX_LENGTH,
    mostRows: maxRows(report),
    ...(fullReportUrl !== undefined ? { fullReportUrl } : {}),
  });
}

interface SideLabel {
  /** Inline code, ready to print. */
  readonly ref: string;
  readonly sha: string;
}

interface View {
  readonly marker: string;
  readonly report: UpdateReport;
  readonly commits: ReadonlyMap<string, CommitList>;
  readonly lint: { readonly introduced: readonly Finding[]; readonly present: readonly Finding[] } | undefined;
  readonly base: SideLabel;
  readonly head: SideLabel;
  readonly fullReportUrl: string | undefined;
}

function sideLabel(side: { readonly ref: string; readonly sha: string }): SideLabel {
  return { ref: code(inertText(str(side.ref))), sha: code(inertText(shortRev(str(side.sha)))) };
}

// ---- the page ----

function render(view: View, level: Level): string {
  const { report } = view;
  const parts: string[] = [view.marker];
  parts.push(`## flake-steward review ${view.base.sha}..${view.head.sha}`);
  parts.push(`${headline(view)}\n\nBase ${view.base.ref} · head ${view.head.ref}.`);
  if (level.stage !== 'full' && level.stage !== 'collapsed') {
    parts.push(
      view.fullReportUrl
        ? `_Shortened to fit; the full report is in the ${link('job summary', view.fullReportUrl)}._`
        : '_Shortened to fit; run `flake-steward review` for the full report._',
    );
  }
  const multi = report.flakes.length > 1;
  for (const flake of report.flakes) {
    if (flake.listingError) {
      parts.push(
        `> [!WARNING]\n> The outputs of ${multi ? code(flake.dir) : 'the flake'} could not be listed on the head, so the base's list was built: ${code(flake.listingError)}`,
      );
    }
  }
  const failures = failureSection(report, level, multi);
  if (failures) parts.push(failures);
  const options = { commits: view.commits };
  for (const flake of report.flakes) {
    if (multi) parts.push(`### Flake ${code(flake.dir)}`);
    parts.push(
      flakeSection(
        flake,
        options,
        level,
        multi ? '####' : '###',
        (lockFile) => `No input changed in ${code(lockFile)}.`,
      ),
    );
  }
  if (view.lint) parts.push(lintSection(view.lint, level));
  const more = view.fullReportUrl ? ` · ${link('job summary', view.fullReportUrl)}` : '';
  parts.push(
    `---\n<sub>flake-steward review of ${view.base.sha}..${view.head.sha}, updated on every push${more}</sub>`,
  );
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

function headline(view: View): string {
  const t = totals(view.report);
  const failed = failedOnHead(view.report);
  const bits = [
    plural(t.inputsUpdated, 'input') + ' changed',
    plural(t.configurationsBuilt, 'configuration') + ' built',
    plural(t.packageChanges, 'package change'),
  ];
  if (t.configurationsUnchanged > 0) bits.push(`${t.configurationsUnchanged} unchanged`);
  const broken = failed.filter((x) => x.c.before.status === 'built').length;
  if (broken > 0) bits.push(`❌ ${plural(broken, 'build')} broken`);
  if (failed.length > broken) bits.push(`❌ ${plural(failed.length - broken, 'build')} failing`);
  if (view.lint) {
    const n = view.lint.introduced.length;
    bits.push(n === 0 ? 'no new lint finding' : `${plural(n, 'new lint finding')}`);
  }
  return `**${bits.join(' · ')}**`;
}

// ---- failures: what the head breaks first ----

/** Builds failing on the head: those the base built first, then new targets, then those failing on both sides. */
function failedOnHead(report: UpdateReport): { f: FlakeReport; c: ConfigurationReport }[] {
  const all = report.flakes.flatMap((f) =>
    f.configurations.filter((c) => c.after.status === 'failed').map((c) => ({ f, c })),
  );
  const rank = (c: ConfigurationReport): number =>
    c.before.status === 'built' ? 0 : c.before.status === 'failed' ? 2 : 1;
  return all
    .map((x, i) => ({ x, i }))
    .sort((a, b) => rank(a.x.c) - rank(b.x.c) || a.i - b.i)
    .map(({ x }) => x);
}

function failureSection(report: UpdateReport, level: Level, multi: boolean): string {
  const failed = failedOnHead(report);
  if (failed.length === 0) return '';
  const where = (f: FlakeReport): string => (multi ? ` in ${code(f.dir)}` : '');
  const broken = failed.filter(({ c }) => c.before.status === 'built');
  const out: string[] = [];
  if (broken.length > 0) {
    out.push(
      `> [!CAUTION]\n> This pull request breaks ${plural(broken.length, 'build')} that the base built: ${broken
        .map(({ f, c }) => `${title(c)}${where(f)}`)
        .join(', ')}.`,
    );
  } else {
    out.push(`> [!WARNING]\n> ${plural(failed.length, 'build')} failing on the head (none that the base built).`);
  }
  out.push(
    ...failureBlocks(failed, where, level, {
      built: 'It builds on the base.',
      failed: 'It fails on the base too.',
      absent: 'It is new in this pull request.',
    }),
  );
  return out.join('\n\n');
}

// ---- lint: new first ----

interface LintCaps {
  /** Rows of the "new" table. */
  readonly introduced: number;
  /** Rows of the "already present" table; 0 for a count only. */
  readonly present: number;
  /** Longest message, in characters. */
  readonly message: number;
}

const LINT_CAPS: Readonly<Record<Stage, LintCaps>> = {
  full: { introduced: 200, present: 200, message: 2_000 },
  collapsed: { introduced: 100, present: 50, message: 500 },
  'top-rows': { introduced: 50, present: 20, message: 300 },
  summary: { introduced: 20, present: 0, message: 200 },
  cut: { introduced: 20, present: 0, message: 200 },
};


/** Errors first, then warnings, then notices; the given order within each. */
function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

function findingsTable(findings: readonly Finding[], rows: number, caps: LintCaps): string {
  const shown = findings.slice(0, rows).map((f) => {
    const message = neutralise(f.message, { max: caps.message, cut: 'middle' });
    const fix = f.fix && f.fix.text !== '' ? `<br>Fix: ${cellCode(f.fix.text)}` : '';
    return [
      `${SEVERITY_ICON[f.severity]} ${f.severity}`,
      cellCode(f.rule),
      cellCode(`${f.file}:${f.line}:${f.column}`),
      f.input !== undefined ? cellCode(f.input) : '',
      `${cell(message)}${fix}`,
    ];
  });
  let text = table(['Severity', 'Rule', 'Where', 'Input', 'Finding'], shown);
  const dropped = findings.length - shown.length;
  if (dropped > 0) text += `\n\n_…and ${plural(dropped, 'more finding')} (see the job summary or the annotations)._`;
  return text;
}

function severityCounts(findings: readonly Finding[]): string {
  const n = counts(findings);
  return (['error', 'warning', 'notice'] as const)
    .filter((s) => n[s] > 0)
    .map((s) => plural(n[s], s))
    .join(', ');
}

function lintSection(lint: NonNullable<View['lint']>, level: Level): string {
  const caps = LINT_CAPS[level.stage];
  const { introduced, present } = lint;
  const out: string[] = ['### Lint'];
  if (introduced.length === 0 && present.length === 0) {
    out.push('✅ No lint findings on the head.');
    return out.join('\n\n');
  }
  out.push('#### New in this pull request');
  out.push(
    introduced.length === 0
      ? '✅ None: every finding on the head was already on the base.'
      : `${severityCounts(introduced)}.\n\n${findingsTable(introduced, caps.introduced, caps)}`,
  );
  if (present.length > 0) {
    const summary = `Already present on the base: ${plural(present.length, 'finding')} (${severityCounts(present)})`;
    out.push(
      caps.present === 0
        ? `_${summary}; listed in the job summary._`
        : details(summary, findingsTable(present, caps.present, caps)),
    );
  }
  return out.join('\n\n');
}

// ---- the report made inert ----

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const optNum = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** An inert copy of an optional string. */
const optText = (v: unknown): string | undefined => (typeof v === 'string' ? inertText(v) : undefined);
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => inertText(str(x))) : []);
const list = <T>(v: readonly T[] | undefined): readonly T[] => (Array.isArray(v) ? v : []);
const pick = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(v as T) ? (v as T) : fallback;

/** Spread only what is there (optional properties stay absent, as exactOptionalPropertyTypes wants). */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const KINDS: readonly InstallableKind[] = ['nixos', 'home', 'darwin', 'package', 'devShell', 'check', 'attr'];
const STATUSES: readonly SideStatus[] = ['built', 'failed', 'absent', 'unchanged'];
const CHANGE_KINDS: readonly ChangeKind[] = ['upgraded', 'downgraded', 'added', 'removed', 'changed', 'size'];
const INPUT_KINDS: readonly InputChange['kind'][] = ['updated', 'added', 'removed', 'follows'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d{1,5})?$/;
const SEGMENT = /^[A-Za-z0-9_.~-]+$/;
const segmentOk = (s: string): boolean => SEGMENT.test(s) && s !== '.' && s !== '..';

/** The repository of an input when it is one we would have built links for: a known forge, a plain host and path. */
function linkableRepo(r: ForgeRepo | undefined): ForgeRepo | undefined {
  if (!r || typeof r !== 'object') return undefined;
  const { forge, host, owner, repo } = r as Partial<Record<keyof ForgeRepo, unknown>>;
  if (forge !== 'github' && forge !== 'gitlab' && forge !== 'sourcehut') return undefined;
  if (typeof host !== 'string' || typeof owner !== 'string' || typeof repo !== 'string') return undefined;
  if (!HOST.test(host) || !owner.split('/').every(segmentOk) || !segmentOk(repo)) return undefined;
  return { forge, host, owner, repo };
}

/**
 * `url` when it is a page of one of `repos` (a commit, a comparison, a log: plain path segments under the
 * repository's address, no query, no `..`), else nothing: the comment links only to the forges of the inputs.
 */
export function forgeLink(url: unknown, repos: readonly (ForgeRepo | undefined)[]): string | undefined {
  if (typeof url !== 'string') return undefined;
  for (const r of repos) {
    if (!r) continue;
    const prefix = `${repoUrl(r)}/`;
    if (!url.startsWith(prefix)) continue;
    const rest = url.slice(prefix.length).replace(/\/$/, '');
    if (rest === '' || rest.split('/').every(segmentOk)) return url;
  }
  return undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function inertSource(s: LockedSource | undefined): LockedSource | undefined {
  if (!s || typeof s !== 'object') return undefined;
  const repo = linkableRepo(s.repo);
  return defined({
    node: inertText(str(s.node)),
    type: inertText(str(s.type)),
    label: inertText(str(s.label)),
    rev: optText(s.rev),
    tag: optText(s.tag),
    ref: optText(s.ref),
    url: optText(s.url),
    narHash: optText(s.narHash),
    lastModified: optNum(s.lastModified),
    date: typeof s.date === 'string' && DATE.test(s.date) ? s.date : undefined,
    repo,
    revUrl: forgeLink(s.revUrl, [repo]),
  });
}

function inertPath(p: InputPath | undefined): InputPath | undefined {
  return Array.isArray(p) ? texts(p) : undefined;
}

function inertInput(c: InputChange): InputChange {
  const before = inertSource(c.before);
  const after = inertSource(c.after);
  return defined({
    path: inertPath(c.path) ?? [],
    name: inertText(str(c.name)),
    kind: pick(c.kind, INPUT_KINDS, 'updated'),
    before,
    after,
    followsBefore: inertPath(c.followsBefore),
    followsAfter: inertPath(c.followsAfter),
    compareUrl: forgeLink(c.compareUrl, [after?.repo, before?.repo]),
    spanDays: optNum(c.spanDays),
    ageDays: optNum(c.ageDays),
    urlChanged: c.urlChanged === true,
  });
}

function inertFailure(f: BuildFailure | undefined): BuildFailure | undefined {
  if (!f || typeof f !== 'object') return undefined;
  return defined({
    side: pick(f.side, ['before', 'after'] as const, 'after'),
    attr: inertText(str(f.attr)),
    drvPath: optText(f.drvPath),
    failedDrv: optText(f.failedDrv),
    message: inertText(str(f.message)),
    // Shown only in a fence (code: no mention, no link, no HTML), each line through the neutraliser.
    logTail: str(f.logTail),
  });
}

function inertSide(s: SideResult): SideResult {
  const side = s && typeof s === 'object' ? s : ({} as Partial<SideResult>);
  return defined({
    status: pick(side.status, STATUSES, 'absent'),
    drvPath: optText(side.drvPath),
    outPaths: Array.isArray(side.outPaths) ? texts(side.outPaths) : undefined,
    closureSize: optNum(side.closureSize),
    failure: inertFailure(side.failure),
  });
}

function inertChange(p: PackageChange): PackageChange {
  return {
    name: inertText(str(p.name)),
    kind: pick(p.kind, CHANGE_KINDS, 'changed'),
    versionsBefore: texts(p.versionsBefore),
    versionsAfter: texts(p.versionsAfter),
    removed: texts(p.removed),
    added: texts(p.added),
    sizeBefore: num(p.sizeBefore),
    sizeAfter: num(p.sizeAfter),
    sizeDelta: num(p.sizeDelta),
    sizeShown: p.sizeShown === true,
  };
}

function inertDiff(d: ClosureSummary | undefined): ClosureSummary | undefined {
  if (!d || typeof d !== 'object') return undefined;
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, num(d.counts?.[k])])) as Record<ChangeKind, number>;
  return {
    changes: list(d.changes).map(inertChange),
    counts,
    sizeBefore: num(d.sizeBefore),
    sizeAfter: num(d.sizeAfter),
    pathsBefore: num(d.pathsBefore),
    pathsAfter: num(d.pathsAfter),
  };
}

function inertConfiguration(c: ConfigurationReport): ConfigurationReport {
  return defined({
    attr: inertText(str(c.attr)),
    kind: pick(c.kind, KINDS, 'attr'),
    name: inertText(str(c.name)),
    before: inertSide(c.before),
    after: inertSide(c.after),
    diff: inertDiff(c.diff),
  });
}

function inertTagBump(b: TagBump): TagBump {
  const bump = b && typeof b === 'object' ? b : ({} as Partial<TagBump>);
  return { input: inertText(str(bump.input)), from: inertText(str(bump.from)), to: inertText(str(bump.to)) };
}

function inertHeldBack(h: HeldBackInput): HeldBackInput {
  const held = h && typeof h === 'object' ? h : ({} as Partial<HeldBackInput>);
  const evidence = held.evidence && typeof held.evidence === 'object' ? held.evidence : { message: '', logTail: '' };
  return defined({
    input: inertText(str(held.input)),
    targets: texts(held.targets),
    // the log tail is shown only in a fence, each line through the neutraliser (as a failure's)
    evidence: { message: inertText(str(evidence.message)), logTail: str(evidence.logTail) },
    interaction: held.interaction === true ? true : undefined,
    exact: held.exact === true,
  });
}

function inertBisect(b: BisectOutcome | undefined): BisectOutcome | undefined {
  if (!b || typeof b !== 'object') return undefined;
  return defined({
    builds: num(b.builds),
    maxBuilds: num(b.maxBuilds),
    heldBack: list(b.heldBack).map(inertHeldBack),
    proposal: pick(b.proposal, ['proposed', 'still-fails', 'none'] as const, 'none'),
    note: optText(b.note),
  });
}

function inertFlake(f: FlakeReport): FlakeReport {
  const lock = f.lock && typeof f.lock === 'object' ? f.lock : { before: '', after: '' };
  return defined({
    dir: inertText(str(f.dir)),
    lockFile: inertText(str(f.lockFile)),
    system: optText(f.system),
    inputs: list(f.inputs).map(inertInput),
    heldBackInputs: f.heldBackInputs === undefined ? undefined : list(f.heldBackInputs).map(inertInput),
    configurations: list(f.configurations).map(inertConfiguration),
    skipped: list(f.skipped).map((s) => ({ attr: inertText(str(s?.attr)), system: inertText(str(s?.system)) })),
    listingError: optText(f.listingError),
    // Not shown; only compared (whether the lock changed).
    lock: { before: str(lock.before), after: str(lock.after) },
    bisect: inertBisect(f.bisect),
    tagBumps: f.tagBumps === undefined ? undefined : list(f.tagBumps).map(inertTagBump),
  });
}

/** The report with every string it shows inert, numbers numbers, enumerations known, links into the inputs' repos. */
export function inertReport(report: UpdateReport): UpdateReport {
  return {
    version: 1,
    nixVersion: inertText(str(report.nixVersion)),
    dryRun: report.dryRun === true,
    requestedInputs: texts(report.requestedInputs),
    flakes: list(report.flakes).map(inertFlake),
  };
}

/** A commit title: its first line, neutralised, inert (`&lt;`, `&amp;` of an inert title stay as they are). */
function inertTitle(t: unknown): string {
  const first =
    str(t)
      .split(/\r\n|\r|\n/)
      .find((l) => l.trim() !== '') ?? '';
  return inertText(neutralise(first.trim(), { max: 200 }));
}

/**
 * The commit lists re-keyed to the inert report's names, with inert titles and links only into the input's
 * repository (its own `compareUrl`, each commit's page).
 */
export function inertCommits(
  report: UpdateReport,
  commits: ReadonlyMap<string, CommitList> | undefined,
): ReadonlyMap<string, CommitList> {
  const out = new Map<string, CommitList>();
  if (!commits) return out;
  for (const f of list(report.flakes)) {
    for (const c of [...list(f.inputs), ...list(f.heldBackInputs)]) {
      const given = commits.get(commitKey(str(f.dir), str(c.name)));
      if (!given || typeof given !== 'object') continue;
      const repos = [linkableRepo(c.after?.repo), linkableRepo(c.before?.repo)];
      const shown: CommitView[] = list(given.commits)
        .slice(0, MAX_COMMITS)
        .map((v) =>
          defined({ sha: inertText(str(v?.sha)), title: inertTitle(v?.title), url: forgeLink(v?.url, repos) }),
        );
      const total = optNum(given.total);
      out.set(
        commitKey(inertText(str(f.dir)), inertText(str(c.name))),
        defined({
          commits: shown,
          total: total ?? (list(given.commits).length > shown.length ? list(given.commits).length : undefined),
          compareUrl: forgeLink(given.compareUrl, repos),
          unavailable: optText(given.unavailable),
        }),
      );
    }
  }
  return out;
}

/** A finding as the comment shows it: every field checked, neutralised (./lint-display.ts), then inert. */
function inertFinding(f: Finding): Finding {
  const fix = f.fix && typeof f.fix === 'object' ? f.fix : undefined;
  const d = displayFinding(
    defined({
      rule: str(f.rule),
      severity: pick(f.severity, SEVERITIES, 'warning'),
      message: str(f.message),
      file: str(f.file),
      input: typeof f.input === 'string' ? f.input : undefined,
      line: num(f.line),
      column: num(f.column),
      endLine: num(f.endLine),
      endColumn: num(f.endColumn),
      fix: fix && { description: str(fix.description), text: str(fix.text), edits: [] },
    }),
  );
  return defined({
    ...d,
    rule: inertText(d.rule),
    message: inertText(d.message),
    file: inertText(d.file),
    input: optText(d.input),
    fix: d.fix && { description: inertText(d.fix.description), text: inertText(d.fix.text), edits: [] },
  });
}
