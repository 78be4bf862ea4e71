/**
 * Start-up: each command loads only the code it runs. Read from esbuild's module graph of the two entries (the one
 * scripts/bundle.mjs splits into dist/ chunks): what an entry imports statically is evaluated on every start, so it
 * must hold no command; what a command reaches (statically or through its own lazy imports) must not include
 * another command's machinery.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { build, type Metafile } from 'esbuild';
import { repoRoot } from '../../support/action.js';

let graph: Metafile['inputs'];

beforeAll(async () => {
  const r = await build({
    absWorkingDir: repoRoot,
    entryPoints: ['src/cli/index.ts', 'src/action/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outdir: 'out',
    splitting: true,
    metafile: true,
    logLevel: 'silent',
  });
  graph = r.metafile.inputs;
}, 60_000);

/** Every module that `from` imports statically, transitively (evaluated whenever `from` is). */
function staticClosure(from: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...from];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const node = graph[file];
    if (!node) throw new Error(`${file} is not in the module graph`);
    for (const i of node.imports) if (!i.external && i.kind === 'import-statement') todo.push(i.path);
  }
  return seen;
}

/** What running a lazily loaded module evaluates: its static closure and that of the modules it imports lazily. */
function loadedBy(file: string): Set<string> {
  const lazy = graph[file]!.imports.filter((i) => !i.external && i.kind === 'dynamic-import').map((i) => i.path);
  return staticClosure([file, ...lazy]);
}

/** Every module reachable from `from` through static and dynamic imports. */
function reachable(from: string): Set<string> {
  const seen = new Set<string>();
  const todo = [from];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of graph[file]!.imports) if (!i.external && i.kind !== 'require-call') todo.push(i.path);
  }
  return seen;
}

const matching = (files: Set<string>, re: RegExp) => [...files].filter((f) => re.test(f)).sort();

const COMMAND_MODULES = /^src\/cli\/commands\/(?!index\.ts$)|^src\/cli\/lint-output\.ts$/;
const UPDATE_MACHINERY =
  /^src\/(update|nix-cli|closure|github)\/|^src\/app\/(update|update-ports|update-nix|publish)\.ts$|@octokit|@actions|node_modules\/diff\//;

describe('what each start evaluates', () => {
  test('the CLI entry (all that --help and --version run) imports no command statically', () => {
    const start = staticClosure(['src/cli/index.ts']);
    expect(matching(start, COMMAND_MODULES)).toEqual([]);
    expect(matching(start, /^src\/(app|lint|nix|flake|exec|update|nix-cli|closure|github)\//)).toEqual([]);
    expect(matching(start, /node_modules/)).toEqual([]);
  });

  test('every CLI command is reachable from the entry, lazily', () => {
    const all = reachable('src/cli/index.ts');
    for (const name of ['lint', 'fix', 'update', 'parse', 'inputs', 'graph', 'diff-closures'])
      expect(all.has(`src/cli/commands/${name}.ts`)).toBe(true);
  });

  test.each(['lint', 'parse', 'inputs', 'graph'])(
    '`flake-steward %s` reaches no update, Nix CLI, closure or GitHub code',
    (name) => {
      const used = loadedBy(`src/cli/commands/${name}.ts`);
      expect(matching(used, UPDATE_MACHINERY)).toEqual([]);
      expect(matching(used, /^src\/cli\/commands\/(?!index\.ts$)/)).toEqual([`src/cli/commands/${name}.ts`]);
    },
  );

  test('the action entry imports neither command face statically; each is loaded when its command runs', () => {
    const start = staticClosure(['src/action/index.ts']);
    expect(
      matching(start, /^src\/action\/(lint|update)\.ts$|^src\/app\/|^src\/(lint|update|nix-cli|closure)\//),
    ).toEqual([]);
    const all = reachable('src/action/index.ts');
    expect(all.has('src/action/lint.ts')).toBe(true);
    expect(all.has('src/action/update.ts')).toBe(true);
  });

  test('the action lint (and fix) loads no update or pull-request code', () => {
    const used = loadedBy('src/action/lint.ts');
    expect(matching(used, /^src\/(update|closure)\/|^src\/app\/(update|update-ports|update-nix|publish)\.ts$/)).toEqual(
      [],
    );
  });
});
