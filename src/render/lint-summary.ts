/**
 * The job summary in Markdown: counts, a findings table (capped), notices, and per flake a Mermaid diagram of its
 * input graph with duplicate copies highlighted. Strings from the user's files are neutralised first (./display.ts),
 * then escaped for where they go: a table cell, inline code, a Mermaid label.
 */
import { cellCode, html } from './markdown.js';
import { neutraliseText } from './neutralise.js';
import { ruleHelpUri } from '../lint/docs.js';
import { SEVERITY_RANK } from '../lint/rule-engine.js';
import { allFindings, counts, plural, type LintRun } from '../lint/lint-result.js';
import { duplicateGroups } from '../lint/rules/duplicates-duplicate-input.js';
import type { Finding } from '../lint/lint-types.js';
import { displayFinding, displayNotice } from './lint-display.js';
import { lintHints } from './lint-hints.js';
import { inputGraph } from './mermaid-graph.js';

const MAX_ROWS = 200;
const ICON = { error: '🔴', warning: '🟡', notice: '🔵' } as const;

/**
 * Text safe inside a Markdown table cell: HTML made text (a name such as `</details>` or `<!--` must not end or hide
 * the rest of the summary), pipes escaped, line breaks as `<br>`. Backslashes stay single: messages quote names in
 * code spans, where a doubled one would show doubled (and the escapes of neutralised names are backslashes).
 */
export function cell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** Inline code inside a table cell (any backtick run in `s` is outlasted: render/markdown.ts). */
const code = (s: string): string => cellCode(s);

function row(finding: Finding): string {
  const f = displayFinding(finding);
  const fix = f.fix ? (f.fix.text !== '' ? `<br>Fix: ${code(f.fix.text)}` : `<br>Fix: ${cell(f.fix.description)}`) : '';
  return `| ${ICON[f.severity]} ${f.severity} | [${code(f.rule)}](${ruleHelpUri(f.rule)}) | ${code(`${f.file}:${f.line}:${f.column}`)} | ${f.input ? code(f.input) : ''} | ${cell(f.message)}${fix} |`;
}

/** The dup-copy node keys of a flake: members of duplicate groups that got a finding. */
function duplicateNodes(run: LintRun['flakes'][number]): Set<string> {
  const out = new Set<string>();
  if (!run.ctx.lock) return out;
  const flagged = new Set(run.findings.filter((f) => f.rule === 'duplicates/duplicate-input').map((f) => f.input));
  for (const group of duplicateGroups(run.ctx)) {
    if (!group.some((c) => c.paths.some((p) => flagged.has(p.join('/'))))) continue;
    for (const c of group) out.add(c.key);
  }
  return out;
}

export function renderSummary(run: LintRun, opts: { graphs?: boolean } = {}): string {
  const findings = allFindings(run);
  const c = counts(findings);
  const out: string[] = ['## flake-steward lint', ''];
  const dirs = run.flakes.map((f) => neutraliseText(f.dir));
  const where = dirs.map(code).join(', ');
  out.push(
    findings.length === 0
      ? `✅ **No findings** in ${plural(run.flakes.length, 'flake')} (${where}).`
      : `**${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}** in ${plural(run.flakes.length, 'flake')} (${where}).`,
    '',
  );
  if (run.flakes.length > 1) {
    out.push('| flake | errors | warnings | notices |', '|---|---|---|---|');
    run.flakes.forEach((f, i) => {
      const fc = counts(f.findings);
      out.push(`| ${code(dirs[i]!)} | ${fc.error} | ${fc.warning} | ${fc.notice} |`);
    });
    out.push('');
  }
  if (findings.length > 0) {
    out.push('| severity | rule | where | input | finding |', '|---|---|---|---|---|');
    // errors first, then warnings, then notices; file order within each
    const rows = findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i);
    for (const { f } of rows.slice(0, MAX_ROWS)) out.push(row(f));
    if (findings.length > MAX_ROWS)
      out.push(`| | | | | … and ${findings.length - MAX_ROWS} more (see the annotations or SARIF) |`);
    out.push('');
    for (const hint of lintHints(findings)) out.push(hint, '');
  }
  const notices = run.flakes.flatMap((f) => f.notices);
  for (const n of notices) out.push(`> [!NOTE]\n> ${cell(displayNotice(n))}`, '');
  if (opts.graphs !== false) {
    run.flakes.forEach((f, i) => {
      const graph = inputGraph(f.ctx, duplicateNodes(f));
      if (!graph) return;
      out.push(
        `<details${run.flakes.length === 1 ? ' open' : ''}><summary>Input graph of ${html(f.dir === '.' ? 'the flake' : dirs[i]!)} (follows dashed, duplicate copies in red)</summary>`,
        '',
        '```mermaid',
        graph.trimEnd(),
        '```',
        '',
        '</details>',
        '',
      );
    });
  }
  return `${out.join('\n').trimEnd()}\n`;
}
