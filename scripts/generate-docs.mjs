// Regenerates the inputs and outputs tables in README.md from action.yml (between the markers).
// `node scripts/generate-docs.mjs --check` fails instead of writing when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const cell = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

export function renderTables(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) =>
      `| \`${name}\` | ${cell(i.description)} | ${i.default === undefined || i.default === '' ? '' : `\`${cell(i.default)}\``} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return {
    inputs: ['| input | description | default |', '|---|---|---|', ...inputs].join('\n'),
    outputs: ['| output | description |', '|---|---|', ...outputs].join('\n'),
  };
}

export function updateReadme(readme, tables) {
  let out = readme;
  for (const [name, table] of Object.entries(tables)) {
    const start = `<!-- ${name}:start (generated from action.yml by npm run docs) -->`;
    const end = `<!-- ${name}:end -->`;
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 || b < a) throw new Error(`README.md lacks the markers ${start} … ${end}`);
    out = `${out.slice(0, a + start.length)}\n${table}\n${out.slice(b)}`;
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = updateReadme(readme, renderTables(readFileSync(path.join(root, 'action.yml'), 'utf8')));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the inputs/outputs tables differ from action.yml. Run `npm run docs` and commit.');
      process.exit(1);
    }
    console.log('README.md tables match action.yml');
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('README.md tables updated');
  }
}
