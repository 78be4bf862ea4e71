/** Where each rule is documented (docs/rules.md anchors, as GitHub renders the headings) and the page itself. */
import type { Rule } from './lint-types.js';

export const PROJECT_URL = 'https://github.com/flake-steward/flake-steward';
export const RULES_DOC_URL = `${PROJECT_URL}/blob/main/docs/rules.md`;

/** GitHub's heading anchor for `` ### `family/name` ``: lower case, punctuation other than `-` and `_` dropped. */
export function ruleAnchor(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

export function ruleHelpUri(id: string): string {
  return `${RULES_DOC_URL}#${ruleAnchor(id)}`;
}

const FAMILY_TITLES: Readonly<Record<string, string>> = {
  syntax: 'Syntax',
  schema: 'Flake schema (what Nix refuses when it loads the flake)',
  lock: 'Lock file',
  follows: 'Follows',
  duplicates: 'Duplicates',
  sync: 'Sync between flake.nix and flake.lock',
  hygiene: 'Hygiene',
  freshness: 'Freshness',
  policy: 'Policy',
};

/** docs/rules.md, generated from the rules themselves (a unit test keeps the file in step). */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const out: string[] = [
    '# Lint rules',
    '',
    '<!-- Generated from src/lint/rules/*.ts by renderRulesDoc (src/lint/docs.ts); a unit test checks it is current. -->',
    '',
    '`flake-steward lint` reads `flake.nix` and `flake.lock` only: it never evaluates Nix and does not need Nix',
    'installed. Every rule can be set to `error`, `warning`, `notice` or `off` (`rules:` input, `--rules` flag, or',
    '`"rules"` in `.flake-steward.json`), and findings can be suppressed per input path with `ignore:` globs',
    '(`home-manager/*`), or for one rule only with `RULE:GLOB` (`freshness/stale-input:nixpkgs-*`).',
    '',
    'Findings about an input are put on its declaration in `flake.nix`; when there is none (an input of an input, or',
    'lock-only mode without `flake.nix`), on its node in `flake.lock` (a `follows` entry, which has no node, on its',
    'line in the parent node). Rules that need `flake.nix` are skipped in lock-only mode, with one notice saying so.',
    'Rules marked *fixable* have fixes `flake-steward fix` applies.',
    '',
    '| rule | default | fixable | finds |',
    '|---|---|---|---|',
    ...rules.map(
      (r) =>
        `| [\`${r.id}\`](#${ruleAnchor(r.id)}) | ${r.defaultSeverity} | ${r.fixable ? 'yes' : ''} | ${r.docs.summary.replace(/\|/g, '\\|')} |`,
    ),
    '',
  ];
  let family = '';
  for (const r of rules) {
    const f = r.id.split('/')[0]!;
    if (f !== family) {
      family = f;
      out.push(`## ${FAMILY_TITLES[f] ?? f}`, '');
    }
    const lang = /^\s*[{[]?\s*"/.test(r.docs.example) || r.docs.example.includes('"locked"') ? 'json' : 'nix';
    out.push(
      `### \`${r.id}\``,
      '',
      `Default severity: **${r.defaultSeverity}**${r.fixable ? ' · fixable' : ''}${r.needs.includes('nix') ? ' · needs flake.nix' : ''}`,
      '',
      r.docs.summary,
      '',
      `**Why it matters.** ${r.docs.why}`,
      '',
      '**Example.**',
      '',
      `\`\`\`${lang}`,
      r.docs.example,
      '```',
      '',
      `**Fix.** ${r.docs.fix}`,
      '',
    );
  }
  out.push(
    '## Configuration',
    '',
    'The same settings come from the action inputs, the CLI flags, or an optional `.flake-steward.json` beside',
    '`flake.nix` (same names). A setting written as an action input or a CLI flag wins over the file, even when it',
    'spells the default (`fail-on: error`); a setting written nowhere takes its default. Lists and per-key maps are',
    'merged, the input or flag winning for the same key.',
    '',
    '```json',
    '{',
    '  "fail-on": "warning",',
    '  "rules": { "duplicates/duplicate-input": "error", "freshness/stale-input": "off" },',
    '  "max-age": "30,nixpkgs=7",',
    '  "ignore": ["home-manager/*", "freshness/unsupported-branch:nixpkgs-legacy"],',
    '  "allowed-nixpkgs-owners": ["my-org"],',
    '  "supported-until": { "nixpkgs-legacy": "2027-03-31" }',
    '}',
    '```',
    '',
    '## Fixes',
    '',
    '`flake-steward fix [DIR] [--dry-run]` applies the fixes that have one (the `follows` line for a duplicate, the',
    "removal of an override of a missing input), in the file's own style, then parses the result again, writes it",
    'through a temporary file and a rename, and runs `nix flake lock` when Nix is installed (otherwise it says to).',
    '`--dry-run` prints the patch instead, which `git apply` accepts. It refuses to edit a `flake.nix` that has uncommitted changes.',
    '',
  );
  return `${out.join('\n').trimEnd()}\n`;
}
