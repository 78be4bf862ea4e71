/**
 * `npm run fuzz`: the long fuzz run of issue 9. Mutated flake.nix and flake.lock files (the generators of the fuzz
 * properties, at the sizes) go through the real lint in worker threads: the reader (parser and input
 * reader, or lock reader and resolver), `lint()` (timed), the action's face (log, annotations, job summary) and
 * one CLI face per case in turn (text, text on a terminal, JSON, SARIF, Markdown); every 200th case also runs
 * `node dist/cli.js lint` as a process. A worker that dies (heap, stack) or a case that runs past the hang limit is
 * recorded against that case, and a new worker goes on from the next one.
 *
 *   node .bench/fuzz-campaign.mjs [--nix N] [--lock N] [--seed S] [--workers W] [--bound MS] [--hang MS]
 *
 * Prints crashes, runs over the bound (2 s), outputs with raw control characters or `::` lines, reader errors that
 * are not one line naming the file and a position, the time per case (median, p99, max), and examples with the
 * seed and steps that make them (FUZZ_SEED=S with the jest properties, or --seed S here, replays a run).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, threadId, Worker, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { readFlakeNix } from '../../src/flake/declared-inputs.js';
import { analyzeLock } from '../../src/flake/follows.js';
import { parseLock } from '../../src/flake/lock.js';
import { check, parse } from '../../src/nix/index.js';
import { errorProblems, outputProblems, parserErrorProblems } from './checks.js';
import { actionFace, CLI_FACES, cliFace, lintOnce, Workspace } from './lint-run.js';
import { DEEP, mutatedLock } from './lock-mutations.js';
import { LARGE, mutatedNix } from './nix-mutations.js';
import { lockSeeds, nixSeeds } from './seeds.js';

type Kind = 'nix' | 'lock';

interface CaseResult {
  readonly kind: Kind;
  readonly id: string;
  readonly what: string;
  readonly bytes: number;
  /** Slowest single answer: the reader, lint(), or one face (each is a run a user would wait for). */
  readonly ms: number;
  readonly lintMs: number;
  readonly crash?: string;
  readonly ruleFailures: readonly string[];
  readonly errorProblems: readonly string[];
  readonly outputProblems: readonly string[];
  readonly processRun?: { readonly ms: number; readonly problems: readonly string[] };
}

interface Job {
  readonly kind: Kind;
  readonly seed: number;
  readonly batch: number;
  readonly size: number;
  /** Cases of the batch already done (a worker restarted after a crash goes on from here). */
  readonly skip: number;
  readonly processEvery: number;
  /** The run's scratch directory: each worker works in its own folder of it (removed by the main thread). */
  readonly root: string;
}

type FromWorker =
  | { readonly type: 'start'; readonly index: number; readonly what: string; readonly bytes: number }
  | { readonly type: 'done'; readonly index: number; readonly result: CaseResult }
  | { readonly type: 'batch-done' };

/** Cases per worker job (a worker generates its batch from the run's seed and the batch number). */
const BATCH = 25;
const CLI = path.resolve('dist', 'cli.js');

// ------------------------------------------------------------------------------------------------ worker side

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

async function timedAsync<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, performance.now() - t0];
}

function readerProblems(kind: Kind, text: string): string[] {
  if (kind === 'nix') {
    const problems: string[] = [];
    let parsed = 'OK';
    let checked = 'OK';
    try {
      parse(text, { file: 'flake.nix' });
    } catch (e) {
      problems.push(...parserErrorProblems(e, 'flake.nix', text));
      parsed = String((e as Error)?.message);
    }
    try {
      check(text, { file: 'flake.nix' });
    } catch (e) {
      problems.push(...parserErrorProblems(e, 'flake.nix', text));
      checked = String((e as Error)?.message);
    }
    if (parsed !== checked) problems.push(`check() says ${checked.slice(0, 80)}, parse() ${parsed.slice(0, 80)}`);
    try {
      readFlakeNix(text, 'flake.nix');
    } catch (e) {
      problems.push(...errorProblems(e, 'flake.nix', text, { position: 'required' }));
    }
    return problems;
  }
  try {
    analyzeLock(parseLock(text, 'flake.lock'));
    return [];
  } catch (e) {
    const problems = errorProblems(e, 'flake.lock', text, { position: 'optional' });
    if (problems.length === 0 && /[\r\n]/.test((e as Error).message)) problems.push('lock error on more than one line');
    return problems;
  }
}

/** `node dist/cli.js lint DIR --format F` as a process: a bare error line (no file:line:col) is a crash. */
function processRun(ws: Workspace, face: (typeof CLI_FACES)[number]): { ms: number; problems: string[] } {
  const format = face === 'text-tty' ? 'text' : face;
  const t0 = performance.now();
  let stdout = '';
  let stderr = '';
  let code = 0;
  try {
    stdout = execFileSync(process.execPath, ['--max-old-space-size=2048', CLI, 'lint', ws.dir, '--format', format], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
      maxBuffer: 512 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { status?: number | null; signal?: string | null; stdout?: string; stderr?: string };
    stdout = err.stdout ?? '';
    stderr = err.stderr ?? '';
    code = err.status ?? -1;
    if (err.signal) stderr += `\n(killed by ${err.signal})`;
  }
  const ms = performance.now() - t0;
  const problems = [
    ...outputProblems(`process ${face} stdout`, stdout),
    ...outputProblems(`process ${face} stderr`, stderr),
  ];
  if (code !== 0 && code !== 1) problems.push(`process exited ${code}: ${stderr.slice(0, 200)}`);
  for (const line of stderr.split('\n'))
    if (/^flake-steward lint: /.test(line) && !/:\d+:\d+: /.test(line))
      problems.push(`process: bare error: ${line.slice(0, 200)}`);
  return { ms, problems };
}

async function runJob(job: Job): Promise<void> {
  const port = parentPort!;
  // One folder per worker for its whole life: @actions/core keeps the job summary's path from its first use.
  const scratch = path.join(job.root, `worker-${threadId}`);
  const ws = new Workspace(path.join(scratch, 'ws'));
  mkdirSync(ws.dir, { recursive: true });
  const seedOfBatch = (job.seed + job.batch * 7919) | 0;
  const cases =
    job.kind === 'nix'
      ? fc.sample(mutatedNix(nixSeeds(), LARGE), { seed: seedOfBatch, numRuns: job.size })
      : fc.sample(mutatedLock(lockSeeds().seeds, DEEP), { seed: seedOfBatch, numRuns: job.size });
  for (let index = job.skip; index < cases.length; index++) {
    const c = cases[index]!;
    const text = c.text;
    const what = `${c.seed}; ${c.steps.join('; ')}`;
    port.postMessage({ type: 'start', index, what, bytes: text.length } satisfies FromWorker);
    const n = job.batch * BATCH + index;
    const [errs, readerMs] = timed(() => readerProblems(job.kind, text));
    if (job.kind === 'nix') await ws.write(text, (c as { lock?: string }).lock);
    else await ws.write((c as { nix?: string }).nix, text);
    const once = await lintOnce(ws);
    let slowest = Math.max(readerMs, once.lintMs);
    const outs: string[] = [];
    if (once.crash === undefined) {
      const face = CLI_FACES[n % CLI_FACES.length]!;
      const [cliProblems, cliMs] = await timedAsync(() => cliFace(ws, face));
      const [actionProblems, actionMs] = await timedAsync(() => actionFace(ws, scratch));
      outs.push(...cliProblems, ...actionProblems);
      slowest = Math.max(slowest, cliMs, actionMs);
    }
    const proc =
      n % job.processEvery === 0 ? processRun(ws, CLI_FACES[(n / job.processEvery) % CLI_FACES.length]!) : undefined;
    const result: CaseResult = {
      kind: job.kind,
      id: `${job.kind} #${n} (seed ${job.seed}, batch ${job.batch}, case ${index})`,
      what,
      bytes: text.length,
      ms: slowest,
      lintMs: once.lintMs,
      ...(once.crash !== undefined ? { crash: once.crash } : {}),
      ruleFailures: once.ruleFailures,
      errorProblems: errs,
      outputProblems: outs,
      ...(proc ? { processRun: proc } : {}),
    };
    port.postMessage({ type: 'done', index, result } satisfies FromWorker);
  }
  port.postMessage({ type: 'batch-done' } satisfies FromWorker);
}

// ------------------------------------------------------------------------------------------------ main side

interface Options {
  nix: number;
  lock: number;
  seed: number;
  workers: number;
  bound: number;
  hang: number;
  processEvery: number;
  heapMb: number;
}

function options(argv: readonly string[]): Options {
  const get = (name: string, dflt: number): number => {
    const i = argv.indexOf(`--${name}`);
    const v = i >= 0 ? Number(argv[i + 1]) : dflt;
    if (!Number.isFinite(v)) throw new Error(`--${name} wants a number`);
    return v;
  };
  return {
    nix: get('nix', 20_000),
    lock: get('lock', 20_000),
    seed: get('seed', Date.now() % 1_000_000_007),
    workers: get('workers', Math.max(1, Math.min(2, availableParallelism()))),
    bound: get('bound', 2_000),
    hang: get('hang', 30_000),
    processEvery: get('process-every', 200),
    heapMb: get('heap-mb', 2_048),
  };
}

class Tally {
  readonly results: CaseResult[] = [];
  /** Cases that killed their worker or ran past the hang limit. */
  readonly lost: { kind: Kind; id: string; what: string; bytes: number; why: string }[] = [];

  constructor(private readonly bound: number) {}

  add(r: CaseResult): void {
    // Keep the numbers of every case, and the steps of those that show something.
    const failed =
      r.crash !== undefined ||
      r.ms > this.bound ||
      r.ruleFailures.length > 0 ||
      r.errorProblems.length > 0 ||
      r.outputProblems.length > 0 ||
      (r.processRun?.problems.length ?? 0) > 0;
    this.results.push(failed ? r : { ...r, what: '' });
  }
}

function runAll(
  kind: Kind,
  count: number,
  o: Options,
  root: string,
  tally: Tally,
  progress: () => void,
): Promise<void> {
  const batches = Math.ceil(count / BATCH);
  let next = 0;
  return new Promise((resolve) => {
    let active = 0;
    const jobOf = (batch: number, skip: number): Job => ({
      kind,
      seed: o.seed,
      batch,
      size: Math.min(BATCH, count - batch * BATCH),
      skip,
      processEvery: o.processEvery,
      root,
    });
    /** A worker runs batches one after another; one that dies or hangs is replaced, going on after that case. */
    const startWorker = (first: Job): void => {
      active++;
      let job = first;
      const worker = new Worker(new URL(import.meta.url), {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: o.heapMb },
        stdout: true,
        stderr: true,
      });
      // The workers' own stray output is not the product's: drain it.
      worker.stdout.resume();
      worker.stderr.resume();
      let current: { index: number; what: string; bytes: number } | undefined;
      let timer: NodeJS.Timeout | undefined;
      let over = false;
      const stop = (): void => {
        over = true;
        if (timer) clearTimeout(timer);
        active--;
        void worker.terminate();
      };
      const lose = (why: string): void => {
        if (over) return;
        stop();
        if (!current) {
          tally.lost.push({
            kind,
            id: `${kind} batch ${job.batch} (seed ${o.seed})`,
            what: 'outside a case',
            bytes: 0,
            why,
          });
          return launch();
        }
        const n = job.batch * BATCH + current.index;
        tally.lost.push({
          kind,
          id: `${kind} #${n} (seed ${o.seed}, batch ${job.batch}, case ${current.index})`,
          what: current.what,
          bytes: current.bytes,
          why,
        });
        progress();
        if (current.index + 1 < job.size) startWorker(jobOf(job.batch, current.index + 1));
        else launch();
      };
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'start') {
          current = { index: m.index, what: m.what, bytes: m.bytes };
          timer = setTimeout(() => lose(`no answer after ${o.hang / 1000} s (worker stopped)`), o.hang);
        } else if (m.type === 'done') {
          if (timer) clearTimeout(timer);
          current = undefined;
          tally.add(m.result);
          progress();
        } else if (next < batches) {
          job = jobOf(next++, 0);
          worker.postMessage(job);
        } else {
          stop();
          launch();
        }
      });
      worker.on('error', (e) => lose(`worker died: ${(e as Error).message}`));
      worker.on('exit', (code) => lose(`worker exited with code ${code}`));
    };
    const launch = (): void => {
      while (active < o.workers && next < batches) startWorker(jobOf(next++, 0));
      if (active === 0 && next >= batches) resolve();
    };
    launch();
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

function report(kind: Kind, count: number, tally: Tally, o: Options): { failures: number; lines: string[] } {
  const rs = tally.results.filter((r) => r.kind === kind);
  const lost = tally.lost.filter((l) => l.kind === kind);
  const crashes = rs.filter((r) => r.crash !== undefined);
  const actionThrew = rs.filter((r) => r.outputProblems.some((p) => p.startsWith('action: uncaught')));
  const ruleFailures = rs.filter((r) => r.ruleFailures.length > 0);
  const readerErrors = rs.filter((r) => r.errorProblems.some((p) => p.startsWith('uncaught ')));
  const badErrors = rs.filter((r) => r.errorProblems.length > 0 && !readerErrors.includes(r));
  const slow = rs.filter((r) => r.ms > o.bound);
  const control = rs.filter((r) =>
    r.outputProblems.some((p) => p.includes('raw U+') || p.includes('more than one line')),
  );
  const commands = rs.filter((r) => r.outputProblems.some((p) => p.includes("starts with '::'")));
  const jsonFindings = rs.filter((r) => r.outputProblems.some((p) => p.startsWith('cli json:')));
  const procs = rs.filter((r) => r.processRun);
  const procBad = procs.filter((r) => r.processRun!.problems.length > 0);
  const times = rs.map((r) => r.ms).sort((a, b) => a - b);
  const lintTimes = rs.map((r) => r.lintMs).sort((a, b) => a - b);
  const f = (n: number): string => n.toFixed(0);
  const lines = [
    `${kind === 'nix' ? 'flake.nix' : 'flake.lock'}: ${count} cases (${rs.length} answered, ${lost.length} lost)`,
    `  crashes: ${crashes.length + actionThrew.length + readerErrors.length + ruleFailures.length + lost.length}` +
      ` (lint() threw: ${crashes.length}; the action threw: ${actionThrew.length}; reader threw untyped: ${readerErrors.length};` +
      ` rule lost to an exception: ${ruleFailures.length};` +
      ` worker died or hung past ${o.hang / 1000} s: ${lost.length})`,
    `  runs over ${o.bound / 1000} s: ${slow.length + lost.length} (${lost.length} of them lost)`,
    `  outputs with raw control characters (or a command on two lines): ${control.length}`,
    `  outputs with a line starting with '::': ${commands.length}`,
    `  JSON findings whose message is not one line (or without file and position): ${jsonFindings.length}`,
    `  reader errors without file or position, or on more than one line: ${badErrors.length}`,
    `  CLI as a process (every ${o.processEvery}th case): ${procs.length} runs, ${procBad.length} with problems`,
    `  time per case, slowest answer (reader, lint() or one face): median ${f(percentile(times, 0.5))} ms,` +
      ` p99 ${f(percentile(times, 0.99))} ms, max ${f(times[times.length - 1] ?? 0)} ms; lint() alone: median` +
      ` ${f(percentile(lintTimes, 0.5))} ms, max ${f(lintTimes[lintTimes.length - 1] ?? 0)} ms`,
  ];
  const show = (
    title: string,
    items: readonly { id: string; what: string; bytes: number }[],
    detail: (x: never) => string,
  ): void => {
    if (items.length === 0) return;
    lines.push(`  ${title} (first ${Math.min(3, items.length)}):`);
    for (const x of items.slice(0, 3))
      lines.push(
        `    ${x.id}, ${x.bytes} bytes: ${x.what.slice(0, 300)}\n      -> ${detail(x as never).slice(0, 400)}`,
      );
  };
  show('lost', lost, (x: { why: string }) => x.why);
  show('lint() threw', crashes, (x: CaseResult) => x.crash!);
  show('the action threw', actionThrew, (x: CaseResult) => x.outputProblems.join(' | '));
  show('reader threw untyped', readerErrors, (x: CaseResult) => x.errorProblems.join(' | '));
  show('rule lost to an exception', ruleFailures, (x: CaseResult) => x.ruleFailures.join(' | '));
  show(
    `over ${o.bound / 1000} s`,
    [...slow].sort((a, b) => b.ms - a.ms),
    (x: CaseResult) => `${f(x.ms)} ms (lint() ${f(x.lintMs)} ms)`,
  );
  show('raw control characters', control, (x: CaseResult) => x.outputProblems.join(' | '));
  show("'::' lines", commands, (x: CaseResult) => x.outputProblems.join(' | '));
  show('reader errors', badErrors, (x: CaseResult) => x.errorProblems.join(' | '));
  show('CLI process', procBad, (x: CaseResult) => x.processRun!.problems.join(' | '));
  const failures =
    crashes.length +
    actionThrew.length +
    readerErrors.length +
    ruleFailures.length +
    lost.length +
    slow.length +
    control.length +
    commands.length +
    jsonFindings.length +
    badErrors.length +
    procBad.length;
  return { failures, lines };
}

async function campaign(): Promise<void> {
  const o = options(process.argv.slice(2));
  const { corpus, seeds } = lockSeeds();
  console.log(
    `fuzz: seed ${o.seed}; ${o.nix} flake.nix and ${o.lock} flake.lock cases; ${o.workers} worker(s) of ${o.heapMb} MB heap;` +
      ` bound ${o.bound} ms, hang limit ${o.hang} ms; lock seeds: ${seeds.length}${corpus ? ' (with ../shared/corpus)' : ' (no ../shared/corpus)'}`,
  );
  const tally = new Tally(o.bound);
  const t0 = performance.now();
  let done = 0;
  const total = o.nix + o.lock;
  const progress = (): void => {
    done++;
    if (done % 1000 === 0 || done === total)
      process.stderr.write(`  ${done}/${total} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  };
  const root = mkdtempSync(path.join(tmpdir(), 'fuzz-campaign-'));
  try {
    if (o.nix > 0) await runAll('nix', o.nix, o, root, tally, progress);
    if (o.lock > 0) await runAll('lock', o.lock, o, root, tally, progress);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  let failures = 0;
  for (const [kind, count] of [
    ['nix', o.nix],
    ['lock', o.lock],
  ] as const) {
    if (count === 0) continue;
    const r = report(kind, count, tally, o);
    failures += r.failures;
    console.log(r.lines.join('\n'));
  }
  console.log(`${((performance.now() - t0) / 1000).toFixed(0)} s in all.
How the cases were made: each starts from a real seed (flake.nix: __tests__/fixtures/fuzz/nix and
fixtures/inputs/valid; flake.lock: __tests__/fixtures/fuzz/lock and ../shared/corpus) and applies 1 to 4 random
steps. flake.nix steps: bytes inserted, slices deleted or duplicated (up to 50 times), Nix tokens inserted,
nesting of 18 constructs up to 100,000 deep, control characters and workflow commands (in strings or anywhere),
strings up to 1,000,000 characters, inputs with hostile names (url, follows, overrides), truncation.
flake.lock steps (on the parsed JSON): nodes renamed, inputs pointed at other, missing or hostile nodes, follows
to random paths and to [], node cycles, follows cycles, chains of up to 20,000 nodes and 5,000 follows, ladders
up to 3,000 deep of nodes with two inputs to the next, JSON nested up to 100,000 deep, values of the wrong type,
numbers JSON cannot hold exactly, __proto__ and other prototype keys, hostile root input names, fields removed;
then, for one case in five, byte damage (insertions, deletions, copies, truncation, BOM, comments, a trailing
comma, a duplicate key, CRLF, merge-conflict markers). A lock case has no flake.nix, or one declaring the root
inputs of the seed or of the mutated lock. Replay with --seed ${o.seed}.`);
  process.exitCode = failures > 0 ? 1 : 0;
}

if (isMainThread) await campaign();
else {
  // A worker runs the job it was started with, then every job it is sent, until it is stopped.
  await runJob(workerData as Job);
  parentPort!.on('message', (job: Job) => void runJob(job));
}
