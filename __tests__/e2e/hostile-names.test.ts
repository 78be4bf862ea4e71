/**
 * A fork's pull request controls every byte of flake.nix and flake.lock. Input names carrying newlines followed by
 * workflow commands, terminal escape sequences, NUL, C1 controls, bidi overrides and a very long name must reach no
 * output raw: `node dist/index.js` as GitHub runs it (stdout parsed the way the runner parses it, the job summary, the
 * SARIF file) and `node dist/cli.js lint` in every format. Run `npm run bundle` first.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, runCli } from '../support/action.js';
import { RAW_CONTROL, runnerCommands, runnerLines } from '../support/runner-commands.js';

const ESC = '\u001b';
/** The issue's name: a fake annotation on README.md, then a mask over the word "flake" for the rest of the log. */
const INJECT_NIX = 'x\n::error file=README.md,line=1::INJECTED\n::add-mask::flake';
/** Terminal escapes: set the window title (OSC 0 … BEL), clear the screen (CSI 2 J). */
const TITLE_NIX = `t${ESC}]0;pwn\u0007c${ESC}[2J`;
const INJECT_LOCK = 'y\r::error file=README.md,line=2::LOCKINJ\n  ::add-mask::lock\r\n##[add-mask]steward';
const CONTROLS_LOCK = `z\u0000\u009b31m\u0085\u2028\u202eevil\u2066${ESC}[2J\u007f`;
const LONG_LOCK = `long${'a'.repeat(300_000)}`;

/** A Nix string literal for any text (only `"`, `\` and `${` need escapes; control characters go in raw). */
const nixString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, '\\${')}"`;

function hostileFlake(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fs-hostile-'));
  writeFileSync(
    path.join(dir, 'flake.nix'),
    `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.${nixString(INJECT_NIX)}.url = "github:evil/inject";
  inputs.${nixString(TITLE_NIX)}.url = "github:evil/title";
  inputs.nixpkgs.inputs.${nixString('::warning::override')}.follows = ${nixString('##[add-mask]flake')};
  outputs = { self, nixpkgs, ... }: { };
}
`,
  );
  const locked = (repo: string) => ({
    locked: {
      lastModified: 1600000000,
      narHash: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      owner: 'evil',
      repo,
      rev: '1111111111111111111111111111111111111111',
      type: 'github',
    },
    original: { owner: 'evil', repo, type: 'github' },
  });
  const lock = {
    nodes: {
      nixpkgs: locked('nixpkgs'),
      inject: locked('inject'),
      controls: locked('controls'),
      long: locked('long'),
      root: {
        inputs: {
          nixpkgs: 'nixpkgs',
          [INJECT_LOCK]: 'inject',
          [CONTROLS_LOCK]: 'controls',
          [LONG_LOCK]: 'long',
        },
      },
    },
    root: 'root',
    version: 7,
  };
  writeFileSync(path.join(dir, 'flake.lock'), `${JSON.stringify(lock, null, 2)}\n`);
  return dir;
}

/** Every line at most this long (the longest name is 300,000 characters). */
const LINE_BOUND = 20_000;

function expectClean(what: string, text: string): void {
  const raw = RAW_CONTROL.exec(text);
  expect({ what, raw: raw ? `U+${raw[0].codePointAt(0)!.toString(16)} at ${raw.index}` : null }).toEqual({
    what,
    raw: null,
  });
  const longest = Math.max(0, ...text.split('\n').map((l) => l.length));
  expect({ what, longest: longest <= LINE_BOUND }).toEqual({ what, longest: true });
}

describe('lint action on a flake with hostile input names', () => {
  const ws = hostileFlake();
  const r = runAction(
    { command: 'lint', 'sarif-file': 'out/lint.sarif', 'fail-on': 'never' },
    { GITHUB_WORKSPACE: ws },
  );

  test('it runs and reports the inputs (the names reach the findings)', () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('INJECTED');
    expect(r.stdout).toContain('LOCKINJ');
    expect(r.stdout).toContain('pwn');
  });

  test('the runner would execute only our own commands: annotations on flake.nix/flake.lock and groups', () => {
    const cmds = runnerCommands(r.stdout);
    expect(cmds.length).toBeGreaterThan(0);
    for (const c of cmds) {
      expect({ form: c.form, name: c.name, line: c.line.slice(0, 200) }).toEqual({
        form: 'v2',
        name: expect.stringMatching(/^(error|warning|notice|group|endgroup|debug)$/),
        line: c.line.slice(0, 200),
      });
      if (c.properties['file'] !== undefined) expect(['flake.nix', 'flake.lock']).toContain(c.properties['file']);
    }
    expect(cmds.filter((c) => c.name === 'add-mask')).toEqual([]);
    // no annotation on README.md (its text may be shown, escaped, inside ours)
    expect(cmds.filter((c) => c.properties['file'] === 'README.md')).toEqual([]);
    expect(runnerLines(r.stdout).filter((l) => /^\s*::(add-mask|error file=README)/i.test(l))).toEqual([]);
  });

  test('the names are shown, escaped, inside our annotations', () => {
    const annotations = runnerCommands(r.stdout).filter((c) => c.name === 'warning' || c.name === 'error');
    const shown = annotations.map((c) => c.data).join('\n');
    expect(shown).toContain('x\\n::error file=README.md,line=1::INJECTED\\n::add-mask::flake');
    expect(shown).toContain('t\\u001b]0;pwn\\u0007c\\u001b[2J');
  });

  test('no raw control character in stdout, stderr, the job summary or the SARIF file; lines bounded', () => {
    expectClean('stdout', r.stdout);
    expectClean('stderr', r.stderr);
    expect(r.summary).toContain('flake-steward lint');
    expectClean('summary', r.summary);
    const sarif = readFileSync(path.join(ws, 'out', 'lint.sarif'), 'utf8');
    expectClean('sarif', sarif);
    expect(sarif).not.toContain('##[');
    expect(() => JSON.parse(sarif) as unknown).not.toThrow();
  });
});

describe('lint CLI on the same flake', () => {
  const ws = hostileFlake();
  test.each(['text', 'json', 'sarif', 'markdown'])('--format %s: no raw control character, no command', (format) => {
    const r = runCli(['lint', ws, '--format', format, '--fail-on', 'never']);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(r.code).toBe(0);
    expectClean('stdout', r.stdout);
    expectClean('stderr', r.stderr);
    // run inside a workflow step, the CLI's output is parsed by the runner too
    expect(runnerCommands(r.stdout + r.stderr)).toEqual([]);
    if (format === 'json' || format === 'sarif') expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });

  test('json: the message of a finding on a 300,000-character name is bounded', () => {
    const r = runCli(['lint', ws, '--format', 'json', '--fail-on', 'never']);
    const { findings } = JSON.parse(r.stdout) as { findings: { message: string; input: string | null }[] };
    const long = findings.filter((f) => f.message.includes('longaaaa'));
    expect(long.length).toBeGreaterThan(0);
    for (const f of long) expect(f.message.length).toBeLessThanOrEqual(2_000);
  });
});
