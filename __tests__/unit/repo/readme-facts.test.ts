/**
 * What README.md says about the repository's own commands, checked against the files that decide it: `.ci/run` for
 * what CI runs, package.json for how the CLI is installed.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');
const readme = read('README.md');
const paragraphs = readme.split(/\n\s*\n/);

/** The README section under `## title`, up to the next `## `. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('README.md', () => {
  test('the paragraph naming .ci/run names every command .ci/run runs', () => {
    const ci = read('.ci/run');
    // the test command, inside `if ! { … }`, then one command a line
    const testCommand = /\{ \$SUDO \.\/scripts\/install-nix\.sh && npm ci && (npm test); \}/.exec(ci)?.[1];
    const after = ci
      .split('\n')
      .filter((l) => /^(npm|node) /.test(l))
      .map((l) => l.trim());
    expect(testCommand).toBe('npm test');
    expect(after.length).toBeGreaterThan(0);
    const named = paragraphs.filter((p) => p.includes('`.ci/run`'));
    expect(named).toHaveLength(1);
    const text = named[0]!.replace(/\s+/g, ' ');
    for (const c of after) expect(text).toContain(`\`${c}\``);
    // and that the test command comes first: `npm test` is named in the paragraph before, as "that test command"
    expect(text).toContain('runs that test command, then');
    expect(readme).toContain('sudo ./scripts/install-nix.sh && npm ci && npm test');
  });

  test('the command line section says how to get the command, which is not on the npm registry', () => {
    const pkg = JSON.parse(read('package.json')) as { private?: boolean; bin: Record<string, string> };
    // private: npm refuses to publish it, so `npx flake-steward` cannot fetch this package
    expect(pkg.private).toBe(true);
    expect(Object.keys(pkg.bin)).toEqual(['flake-steward']);
    const bin = pkg.bin['flake-steward']!;
    const cli = section('Command line').replace(/\s+/g, ' ');
    expect(cli).toContain(`\`node ${bin} …\``);
    expect(cli).toContain('`npm install -g .`');
    expect(cli).toContain('not published to the npm registry');
  });
});
