/**
 * The last guard of every Logger and stream: whatever a caller passes (a finding, a Nix error quoting flake.nix, an
 * input name in the update log), what reaches the runner or the terminal has no raw control character, no line that
 * starts a workflow command, no `##[`, and bounded lines. The action's logger is checked on what @actions/core
 * really writes to stdout, parsed the way the runner parses it.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { actionsLogger, failStep, writeSummary } from '../../../src/action/actions-logger.js';
import type { CliIO } from '../../../src/cli/command.js';
import { guardedIO, main } from '../../../src/cli/main.js';
import { terminalLogger } from '../../../src/cli/terminal-logger.js';
import { LINE_MAX } from '../../../src/render/neutralise.js';
import { RAW_CONTROL, runnerCommands, runnerLines } from '../../support/runner-commands.js';

const ESC = '\u001b';
const INJECT = `x\n::error file=README.md,line=1::INJECTED\n  ::add-mask::flake\r::warning::cr\n##[add-mask]old ${ESC}]0;pwn\u0007${ESC}[2J\u0000\u0085\u009b\u2028\u202e`;
const HUGE = 'h'.repeat(300_000);

function fakeIO(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: process.cwd(),
    env: {},
    isTTY,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

function expectGuarded(text: string, bound = LINE_MAX): void {
  expect(RAW_CONTROL.exec(text)?.[0] ?? null).toBeNull();
  expect(text).not.toContain('##[');
  expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(bound);
}

describe('terminal logger (CLI, stderr)', () => {
  test('every level and group name guarded; the message keeps its own line breaks', async () => {
    const { io, err } = fakeIO();
    const logger = terminalLogger({ ...io, env: { FLAKE_STEWARD_DEBUG: '1' } }, { groups: true });
    logger.info(INJECT);
    logger.debug(INJECT);
    logger.warning(INJECT, { file: `f${ESC}[2J\n::add-mask::y`, startLine: 1 });
    logger.error(HUGE);
    await logger.group(INJECT, async () => logger.notice('in'));
    const text = err();
    expectGuarded(text);
    expect(runnerCommands(text)).toEqual([]);
    expect(text).toContain(
      'x\n\u200b::error file=README.md,line=1::INJECTED\n  \u200b::add-mask::flake\\r::warning::cr\n',
    );
    expect(text).toContain('f\\u001b[2J\\n::add-mask::y:1: warning: x\n');
  });
});

describe('CLI streams (guardedIO)', () => {
  test('stdout: JSON stays valid with the same data; nothing raw; not cut', () => {
    const { io, out } = fakeIO();
    const value = { name: `a\u0085\u009b\u007f\u2028\u202e${ESC}`, huge: HUGE };
    guardedIO(io).stdout(`${JSON.stringify(value, null, 2)}\n`);
    expectGuarded(out(), Infinity);
    expect(JSON.parse(out())).toEqual(value);
  });

  test('stdout on a terminal keeps our colour codes and nothing else', () => {
    const { io, out } = fakeIO(true);
    guardedIO(io).stdout(`${ESC}[31merror${ESC}[0m ${ESC}]0;pwn\u0007${ESC}[2J\n`);
    expect(out()).toBe(`${ESC}[31merror${ESC}[0m \\u001b]0;pwn\\u0007\\u001b[2J\n`);
  });

  test('stderr lines are cut like log lines', () => {
    const { io, err } = fakeIO();
    guardedIO(io).stderr(`${INJECT}\n${HUGE}\n`);
    expectGuarded(err());
    expect(runnerCommands(err())).toEqual([]);
  });

  test('main() guards what a command prints: an error quoting hostile text', async () => {
    const { io, out, err } = fakeIO();
    expect(await main(['lint', `/nonexistent/${INJECT}`], io)).toBeGreaterThan(0);
    expectGuarded(out() + err());
    expect(runnerCommands(out() + err())).toEqual([]);
    expect(await main([`bogus${INJECT}`], io)).toBe(2);
    expectGuarded(err());
    expect(runnerCommands(err())).toEqual([]);
  });
});

describe('action logger (what @actions/core writes to stdout)', () => {
  let written: string[];
  const write = process.stdout.write.bind(process.stdout);
  const exitCode = process.exitCode;
  let dir: string;

  beforeEach(() => {
    written = [];
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
    dir = mkdtempSync(path.join(tmpdir(), 'fs-guard-'));
    process.env['GITHUB_STEP_SUMMARY'] = path.join(dir, 'summary.md');
    writeFileSync(process.env['GITHUB_STEP_SUMMARY'], '');
  });

  afterEach(() => {
    process.stdout.write = write;
    process.exitCode = exitCode;
    delete process.env['GITHUB_STEP_SUMMARY'];
  });

  test('info, debug, annotations, groups and the failure: only our commands, nothing raw', async () => {
    actionsLogger.info(INJECT);
    actionsLogger.debug(INJECT);
    actionsLogger.info(HUGE);
    actionsLogger.warning(INJECT, {
      file: `flake.nix${ESC}[2J\n::add-mask::z`,
      title: `t\n::add-mask::t`,
      startLine: 2,
    });
    actionsLogger.error(INJECT, { file: 'flake.lock', startLine: 1 });
    actionsLogger.notice(INJECT);
    await actionsLogger.group(INJECT, async () => actionsLogger.info('inside'));
    failStep(INJECT);
    const stdout = written.join('');
    expectGuarded(stdout);
    const cmds = runnerCommands(stdout);
    expect(cmds.map((c) => c.name)).toEqual(['debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'error']);
    expect(cmds.filter((c) => c.form !== 'v2')).toEqual([]);
    expect(cmds.map((c) => c.properties['file'] ?? null)).toEqual([
      null,
      'flake.nix\\u001b[2J\\n::add-mask::z',
      'flake.lock',
      null,
      null,
      null,
      null,
    ]);
    // the injected lines are there, as text
    expect(runnerLines(stdout)).toContain('\u200b::error file=README.md,line=1::INJECTED');
  });

  test('the job summary is guarded line by line', async () => {
    await writeSummary(`## title\n${INJECT}\n| a | b |\n`);
    const summary = readFileSync(process.env['GITHUB_STEP_SUMMARY']!, 'utf8');
    expectGuarded(summary);
    expect(summary).toContain('| a | b |\n');
  });
});
