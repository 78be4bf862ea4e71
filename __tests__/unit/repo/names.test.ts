/**
 * Names by role: a source file's base name says what it does from the whole tree, so no two files under src/ share
 * one. Allowed: `index.ts` and `main.ts` (entries), and one use case seen from each layer: `src/cli/commands/X.ts`,
 * `src/action/X.ts` and `src/app/X.ts` may share X, and nothing else may be called X.
 */
import { expect, test } from '@jest/globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');

const ENTRIES = new Set(['index.ts', 'main.ts']);
const LAYERS = new Set(['src/cli/commands', 'src/action', 'src/app']);

/** Every file under `dir`, as `/`-separated paths relative to the repository. */
function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Base names held by more than one file, with the files, unless the repetition is one the rule allows. */
function repeatedNames(files: readonly string[]): Record<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const f of files) {
    const name = path.posix.basename(f);
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  const out: Record<string, string[]> = {};
  for (const [name, all] of byName) {
    if (all.length < 2 || ENTRIES.has(name)) continue;
    // one use case seen from each layer: every copy in a different layer folder
    const layers = all.map((f) => path.posix.dirname(f));
    if (layers.every((d) => LAYERS.has(d)) && new Set(layers).size === all.length) continue;
    out[name] = all;
  }
  return out;
}

test('the rule itself: entries and one use case per layer pass, any other repeat fails', () => {
  expect(
    repeatedNames([
      'src/action/index.ts',
      'src/cli/index.ts',
      'src/action/main.ts',
      'src/cli/main.ts',
      'src/action/lint.ts',
      'src/app/lint.ts',
      'src/cli/commands/lint.ts',
      'src/app/fix.ts',
      'src/cli/commands/fix.ts',
    ]),
  ).toEqual({});
  expect(repeatedNames(['src/lint/model.ts', 'src/update/model.ts'])).toEqual({
    'model.ts': ['src/lint/model.ts', 'src/update/model.ts'],
  });
  // a layer name used outside the layers is a repeat
  expect(repeatedNames(['src/app/update.ts', 'src/update/update.ts'])).toEqual({
    'update.ts': ['src/app/update.ts', 'src/update/update.ts'],
  });
});

test('no two source files share a base name', () => {
  expect(repeatedNames(filesUnder('src'))).toEqual({});
});
