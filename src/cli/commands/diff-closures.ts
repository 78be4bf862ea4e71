import path from 'node:path';
import { diffClosurePair, summarizeClosurePair, type ClosureDiffEntry } from '../../closure/diff.js';
import { formatBytes, formatKiB, showVersions } from '../../closure/format.js';
import type { ClosurePair } from '../../closure/reference-graph.js';
import { NixError, UsageError, UserError } from '../../core/errors.js';
import { closureGraph, detectNix } from '../../nix-cli/nix.js';
import { realPath } from '../../workspace/confine.js';
import { EXIT, type CliCommand, type CliIO } from '../command.js';
import { safeJson } from '../../render/neutralise.js';

/** `<store dir>/<32 base-32 characters>-<name>`, nothing after. */
const STORE_PATH = /^(\/.+)\/[0-9a-df-np-sv-z]{32}-[A-Za-z0-9+\-._?=]+$/;

/** OLD/NEW as given (a store path, or a link to one such as ./result) → the store path. */
async function storePathArgument(which: string, arg: string, io: CliIO): Promise<string> {
  const abs = path.resolve(io.cwd, arg);
  const real = await realPath(abs);
  if (real === undefined) {
    throw new UserError(
      `${which} '${arg}' does not exist`,
      undefined,
      undefined,
      'give a store path or a ./result link',
    );
  }
  if (!STORE_PATH.test(real)) {
    throw new UserError(
      `${which} '${arg}' is not a store path${real !== abs ? ` (it resolves to '${real}')` : ''}`,
      undefined,
      undefined,
      'give a store path such as /nix/store/…-nixos-system-host, or a ./result link to one',
    );
  }
  return real;
}

export interface DiffClosuresJson {
  readonly changes: readonly {
    readonly name: string;
    readonly before: readonly string[];
    readonly after: readonly string[];
    readonly sizeDelta: number;
  }[];
  readonly sizeBefore: number;
  readonly sizeAfter: number;
}

export function toJson(entries: readonly ClosureDiffEntry[], sizeBefore: number, sizeAfter: number): DiffClosuresJson {
  return {
    changes: entries.map((e) => ({ name: e.name, before: e.before, after: e.after, sizeDelta: e.sizeDelta })),
    sizeBefore,
    sizeAfter,
  };
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

function renderText(old: string, next: string, pair: ClosurePair) {
  const s = summarizeClosurePair(pair);
  const lines = [`Closure diff: ${old} → ${next}`, ''];
  if (s.changes.length === 0) {
    lines.push('No package changes.');
  } else {
    lines.push('| Package | Before | After | Δ size |', '| --- | --- | --- | --- |');
    for (const c of s.changes) {
      const versions = c.removed.length > 0 || c.added.length > 0;
      lines.push(
        `| ${cell(c.name)} | ${versions ? cell(showVersions(c.removed)) : ''} | ${versions ? cell(showVersions(c.added)) : ''} | ${c.sizeShown ? formatKiB(c.sizeDelta) : ''} |`,
      );
    }
    const counts = Object.entries(s.counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`);
    lines.push('', `${s.changes.length} changes: ${counts.join(', ')}.`);
  }
  const delta = s.sizeAfter - s.sizeBefore;
  lines.push(
    `Closure size: ${formatBytes(s.sizeBefore)} → ${formatBytes(s.sizeAfter)} (${formatBytes(delta, true)}), ` +
      `${s.pathsBefore} → ${s.pathsAfter} paths.`,
    '',
  );
  return lines.join('\n');
}

/**
 * Both closures with their NAR sizes, split out of one `nix-store --query --graphml OLD NEW` (sizes and references
 * of the union of both closures). No `nix --version` first: that query reads the same in every version. One walk of
 * the union costs Nix less than a walk per side in two processes, which only pays on an otherwise idle machine.
 * When the query fails, `nix --version` says whether this Nix is the reason (too old, not Nix); otherwise Nix's own
 * error stands.
 */
async function queryClosures(old: string, next: string, env: CliIO['env']): Promise<ClosurePair> {
  let graph;
  try {
    graph = await closureGraph({ options: { env } }, old === next ? [old] : [old, next]);
  } catch (e) {
    if (e instanceof NixError) await detectNix({ env });
    throw e;
  }
  return graph.pair([old], [next]);
}

export const diffClosuresCommand: CliCommand = {
  name: 'diff-closures',
  summary: 'Show what changed between two closures, as `nix store diff-closures` does (with --json)',
  usage: 'flake-steward diff-closures OLD NEW [--json]',
  help: `OLD and NEW are store paths or links to them (./result). Lists each package whose versions changed or
whose size changed by 8 KiB or more, grouped and ordered exactly as \`nix store diff-closures\` does, then the
closure sizes. Both closures come from one \`nix-store --query --graphml\` call.

Options:
  --json   print {"changes": [{"name", "before", "after", "sizeDelta"}], "sizeBefore", "sizeAfter"}:
           before/after are the versions removed/added ("" is the empty version), sizeDelta is the exact
           change in bytes (Nix shows it when it is 8192 or more either way), sizes are NAR sizes in bytes.

Examples:
  flake-steward diff-closures /run/current-system ./result
  flake-steward diff-closures ./result-old ./result --json | jq '.changes[].name'
`,
  options: { json: { type: 'boolean' } },
  async run(positionals, values, io) {
    if (positionals.length !== 2) {
      throw new UsageError(
        positionals.length < 2 ? 'expected two store paths, OLD and NEW' : `unexpected argument '${positionals[2]}'`,
        'usage: flake-steward diff-closures OLD NEW [--json]',
      );
    }
    const old = await storePathArgument('OLD', positionals[0]!, io);
    const next = await storePathArgument('NEW', positionals[1]!, io);
    const pair = await queryClosures(old, next, io.env);
    if (values['json']) {
      const { sizeBefore, sizeAfter } = pair.totals();
      io.stdout(`${safeJson(toJson(diffClosurePair(pair), sizeBefore, sizeAfter), 2)}\n`);
    } else {
      io.stdout(renderText(old, next, pair));
    }
    return EXIT.ok;
  },
};
