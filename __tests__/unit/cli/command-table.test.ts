/**
 * The CLI's command table (src/cli/commands/index.ts) and main's dispatch through it: `--help` and `--version` need
 * only the table, a command's module is loaded only when argv names that command, and the table says what the
 * modules say (name, summary) so the lazy list cannot drift from the commands.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXIT, type CliCommand, type CliIO, type CommandEntry } from '../../../src/cli/command.js';
import { COMMAND_TABLE } from '../../../src/cli/commands/index.js';
import { main, topLevelHelp } from '../../../src/cli/main.js';

function fakeIO(cwd = process.cwd()) {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: {}, isTTY: false };
  return { io, out: () => out, err: () => err };
}

/** A table like the real one whose loaders record which command was loaded. */
function recordingTable(): { table: CommandEntry[]; loaded: string[]; ran: string[][] } {
  const loaded: string[] = [];
  const ran: string[][] = [];
  const table = ['alpha', 'beta', 'gamma-delta'].map((name) => ({
    name,
    summary: `the ${name} command`,
    load: () => {
      loaded.push(name);
      const command: CliCommand = {
        name,
        summary: `the ${name} command`,
        usage: `flake-steward ${name} [DIR]`,
        help: `Options:\n  --flag  a flag of ${name}`,
        options: { flag: { type: 'boolean' } },
        run: (positionals) => {
          ran.push([name, ...positionals]);
          return Promise.resolve(EXIT.ok);
        },
      };
      return Promise.resolve(command);
    },
  }));
  return { table, loaded, ran };
}

describe('main loads only the command that argv names', () => {
  test('--version and -V load no command module', async () => {
    for (const flag of ['--version', '-V']) {
      const { table, loaded } = recordingTable();
      const { io, out } = fakeIO();
      expect(await main([flag], io, table)).toBe(EXIT.ok);
      expect(out()).toMatch(/^\S+\n$/);
      expect(loaded).toEqual([]);
    }
  });

  test('--help, -h, help and no argument list every command from the table alone', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], []]) {
      const { table, loaded } = recordingTable();
      const { io, out } = fakeIO();
      expect(await main(argv, io, table)).toBe(argv.length === 0 ? EXIT.usage : EXIT.ok);
      expect(out()).toContain('  alpha        the alpha command\n');
      expect(out()).toContain('  gamma-delta  the gamma-delta command\n');
      expect(loaded).toEqual([]);
    }
  });

  test('an unknown command loads nothing and names the commands of the table', async () => {
    const { table, loaded } = recordingTable();
    const { io, err } = fakeIO();
    expect(await main(['nope'], io, table)).toBe(EXIT.usage);
    expect(err()).toContain("unknown command 'nope' (commands: alpha, beta, gamma-delta;");
    expect(loaded).toEqual([]);
  });

  test('a command runs after loading its module, and only its module', async () => {
    const { table, loaded, ran } = recordingTable();
    const { io } = fakeIO();
    expect(await main(['beta', 'some-dir', '--flag'], io, table)).toBe(EXIT.ok);
    expect(loaded).toEqual(['beta']);
    expect(ran).toEqual([['beta', 'some-dir']]);
  });

  test("a command's own help loads that command's module (its help lives there), and no other", async () => {
    for (const argv of [
      ['help', 'gamma-delta'],
      ['gamma-delta', '--help'],
      ['gamma-delta', 'x', '-h'],
    ]) {
      const { table, loaded, ran } = recordingTable();
      const { io, out } = fakeIO();
      expect(await main(argv, io, table)).toBe(EXIT.ok);
      expect(out()).toBe(
        'Usage: flake-steward gamma-delta [DIR]\n\nthe gamma-delta command\n\nOptions:\n  --flag  a flag of gamma-delta\n',
      );
      expect(loaded).toEqual(['gamma-delta']);
      expect(ran).toEqual([]);
    }
  });

  test('an unknown option is a usage error naming the command', async () => {
    const { table } = recordingTable();
    const { io, err } = fakeIO();
    expect(await main(['alpha', '--nope'], io, table)).toBe(EXIT.usage);
    expect(err()).toBe("flake-steward alpha: error: unknown option '--nope' (see flake-steward alpha --help)\n");
  });

  test('a module that fails to load is one error line and exit 1, never a throw', async () => {
    const broken: CommandEntry[] = [
      { name: 'broken', summary: 'fails to load', load: () => Promise.reject(new Error('Cannot find module x')) },
    ];
    for (const argv of [['broken'], ['broken', '--help'], ['help', 'broken']]) {
      const { io, err } = fakeIO();
      expect(await main(argv, io, broken)).toBe(EXIT.failure);
      expect(err()).toBe('flake-steward broken: Cannot find module x\n');
    }
  });
});

describe('the real command table', () => {
  test('lists each command once, in the order --help shows them', () => {
    const names = COMMAND_TABLE.map((c) => c.name);
    expect(names).toEqual(['lint', 'fix', 'update', 'plan', 'build', 'report', 'review', 'parse', 'inputs', 'graph', 'diff-closures']);
    const help = topLevelHelp();
    for (const c of COMMAND_TABLE) expect(help).toContain(`  ${c.name.padEnd(13)}  ${c.summary}\n`);
  });

  test.each(COMMAND_TABLE.map((c) => [c.name, c] as const))(
    'the %s entry loads the command of that name, with the same summary',
    async (_name, entry) => {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
      expect(typeof command.run).toBe('function');
    },
  );

  test('main runs a real command through the table (parse, on a file)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-command-table-'));
    writeFileSync(path.join(dir, 'bad.nix'), '{ a = 1 }\n');
    const { io, out, err } = fakeIO(dir);
    expect(await main(['parse', 'bad.nix'], io)).toBe(EXIT.failure);
    expect(out()).toMatch(/^bad\.nix:1:\d+: error: syntax error/);
    expect(err()).toBe('');
  });
});
