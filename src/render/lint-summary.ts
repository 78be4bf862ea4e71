/**
 * The job summary in Markdown: counts, a findings table (capped), notices, and per flake a Mermaid diagram of its
 * input graph with duplicate copies highlighted. Strings from the user's files are neutralised first (./display.ts),
 * then escaped for where they go: a table cell, inline code, a Mermaid label.
 */
import { cellCode, code as inlineCode, html } from './markdown.js';
import { neutraliseText } from './neutralise.js';
import { ruleHelpUri } from '../lint/docs.js';
import { SEVERITY_RANK } from '../lint/rule-engine.js';
import { allFindings, counts, plural, type LintRun } from '../lint/lint-result.js';
import { showPath } from '../flake/flake-types.js';
import type { Finding } from '../lint/lint-types.js';
import { displayFinding, displayNotice, fixable, SEVERITY_ICON } from './lint-display.js';
import { lintHints } from './lint-hints.js';
import { inputDiagram, type InputDiagram } from './mermaid-graph.js';

const MAX_ROWS = 200;

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
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | [${code(f.rule)}](${ruleHelpUri(f.rule)}) | ${code(`${f.file}:${f.line}:${f.column}`)} | ${f.input ? code(f.input) : ''} | ${cell(f.message)}${fix} |`;
}

/**
 * The lock nodes of a flake's copies to remove: the node each duplicate finding's input path leads to (the copy its
 * follows line removes). The copy that stays is not among them.
 */
function copiesToRemove(run: LintRun['flakes'][number]): Set<string> {
  const out = new Set<string>();
  for (const f of run.findings) {
    if (f.rule !== 'duplicates/duplicate-input' || f.input === undefined) continue;
    const node = run.ctx.resolved.get(f.input)?.node;
    if (node !== undefined) out.add(node);
  }
  return out;
}

/** How many hidden inputs a cut diagram names. */
const HIDDEN_NAMED = 12;

/** The line under a cut diagram: how much it shows, and which inputs it left out. */
function cutNote(d: InputDiagram): string | undefined {
  if (d.hidden.length === 0) return undefined;
  const named = d.hidden.slice(0, HIDDEN_NAMED).map((p) => inlineCode(neutraliseText(showPath(p))));
  const more = d.hidden.length > HIDDEN_NAMED ? ` and ${d.hidden.length - HIDDEN_NAMED} more` : '';
  const kept = d.depth === 1 ? "the root's inputs" : "the root's inputs and their inputs";
  return `Showing ${d.shown} of ${d.total} inputs (${kept}, and the copies to remove); not shown: ${named.join(', ')}${more}.`;
}

export function renderSummary(run: LintRun, opts: { graphs?: boolean } = {}): string {
  const findings = allFindings(run);
  const c = counts(findings);
  const canFix = findings.filter(fixable).length;
  const out: string[] = ['## flake-steward lint', ''];
  const dirs = run.flakes.map((f) => neutraliseText(f.dir));
  const where = dirs.map(code).join(', ');
  out.push(
    findings.length === 0
      ? `✅ **No findings** in ${plural(run.flakes.length, 'flake')} (${where}).`
      : `**${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}** in ${plural(run.flakes.length, 'flake')} (${where})${canFix > 0 ? `; ${canFix} can be fixed by \`flake-steward fix\`` : ''}.`,
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
      const diagram = inputDiagram(f.ctx, copiesToRemove(f));
      if (!diagram) return;
      const note = cutNote(diagram);
      out.push(
        `<details${run.flakes.length === 1 ? ' open' : ''}><summary>Input graph of ${html(f.dir === '.' ? 'the flake' : dirs[i]!)} (follows dashed, copies to remove in red${note ? `; ${diagram.shown} of ${diagram.total} inputs` : ''})</summary>`,
        '',
        '```mermaid',
        diagram.mermaid.trimEnd(),
        '```',
        '',
        ...(note ? [note, ''] : []),
        '</details>',
        '',
      );
    });
  }
  return `${out.join('\n').trimEnd()}\n`;
}
