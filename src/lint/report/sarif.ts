/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, the rules with their
 * documentation and help links, each finding with its region, and fixes as replacements.
 */
import { createHash } from 'node:crypto';
import { VERSION } from '../../version.js';
import { PROJECT_URL, ruleHelpUri } from '../docs.js';
import type { Finding, Rule, TextEdit } from '../types.js';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

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
    const location: Json = {
      physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' }, region: region(f) },
    };
    const fingerprint = createHash('sha256')
      .update(`${f.rule}\0${f.file}\0${f.input ?? `${f.line}:${f.column}`}`)
      .digest('hex');
    const result: { [key: string]: Json } = {
      ruleId: f.rule,
      level: LEVEL[f.severity],
      message: { text: f.fix && f.fix.text !== '' ? `${f.message}\nFix: ${f.fix.text}` : f.message },
      locations: [location],
      partialFingerprints: { 'flakeSteward/v1': fingerprint },
    };
    const i = index.get(f.rule);
    if (i !== undefined) result['ruleIndex'] = i;
    if (f.input !== undefined) result['properties'] = { input: f.input };
    if (f.fix && f.fix.edits.length > 0) {
      result['fixes'] = [
        {
          description: { text: f.fix.description },
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
  return `${JSON.stringify(toSarif(findings, rules), null, 2)}\n`;
}
