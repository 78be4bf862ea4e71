/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, the rules with their
 * documentation and help links, each finding with its region, and fixes as replacements.
 * Messages are neutralised like every reporter's (./display.ts); the file path, the fingerprint and the replacement
 * texts are exact (they must find and change the file), and the JSON text has nothing raw in it (safeJson).
 */
import { createHash } from 'node:crypto';
import { safeJson } from './neutralise.js';
import { VERSION } from '../core/package-version.js';
import { PROJECT_URL, ruleHelpUri } from '../lint/docs.js';
import type { Finding, Rule, TextEdit } from '../lint/lint-types.js';
import { displayFinding } from './lint-display.js';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/** A suggested fix whose replacement is longer than this is left out (only a hostile name makes one so long). */
const MAX_REPLACEMENT = 10_000;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function region(r: { line: number; column: number; endLine: number; endColumn: number }): Json {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function replacement(e: TextEdit): Json {
  return {
    deletedRegion: region({
      line: e.span.start.line,
      column: e.span.start.column,
      endLine: e.span.end.line,
      endColumn: e.span.end.column,
    }),
    insertedContent: { text: e.newText },
  };
}

function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function ruleDescriptor(r: Rule): Json {
  const markdown = `${r.docs.summary}\n\n**Why it matters.** ${r.docs.why}\n\n**Fix.** ${r.docs.fix}\n\n[Documentation](${ruleHelpUri(r.id)})`;
  return {
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: r.docs.summary },
    fullDescription: { text: `${r.docs.summary} ${r.docs.why}` },
    help: { text: `${r.docs.summary}\nWhy: ${r.docs.why}\nFix: ${r.docs.fix}`, markdown },
    helpUri: ruleHelpUri(r.id),
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { tags: ['nix', 'flake', r.id.split('/')[0]!] },
  };
}

export function toSarif(findings: readonly Finding[], rules: readonly Rule[]): Json {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: Json[] = findings.map((f) => {
    const shown = displayFinding(f);
    const location: Json = {
      physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' }, region: region(f) },
    };
    const fingerprint = createHash('sha256')
      .update(`${f.rule}\0${f.file}\0${f.input ?? `${f.line}:${f.column}`}`)
      .digest('hex');
    const result: { [key: string]: Json } = {
      ruleId: f.rule,
      level: LEVEL[f.severity],
      message: {
        text: shown.fix && shown.fix.text !== '' ? `${shown.message}\nFix: ${shown.fix.text}` : shown.message,
      },
      locations: [location],
      partialFingerprints: { 'flakeSteward/v1': fingerprint },
    };
    const i = index.get(f.rule);
    if (i !== undefined) result['ruleIndex'] = i;
    if (shown.input !== undefined) result['properties'] = { input: shown.input };
    if (f.fix && f.fix.edits.length > 0 && f.fix.edits.every((e) => e.newText.length <= MAX_REPLACEMENT)) {
      result['fixes'] = [
        {
          description: { text: shown.fix!.description },
          artifactChanges: [
            {
              artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
              replacements: f.fix.edits.map(replacement),
            },
          ],
        },
      ];
    }
    return result;
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'flake-steward',
            version: VERSION,
            informationUri: PROJECT_URL,
            rules: rules.map(ruleDescriptor),
          },
        },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function formatSarif(findings: readonly Finding[], rules: readonly Rule[]): string {
  return `${safeJson(toSarif(findings, rules), 2)}\n`;
}
