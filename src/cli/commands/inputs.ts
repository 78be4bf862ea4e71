import path from 'node:path';
import { UserError } from '../../core/errors.js';
import { flakeRefFromAttrs, parseFlakeRef } from '../../flake/flakeref.js';
import { inputsValue, readFlakeNix } from '../../flake/declared-inputs.js';
import type { DeclaredInput, FlakeNix, FlakeRefAttrs } from '../../flake/flake-types.js';
import { parse } from '../../nix/index.js';
import { safeJson } from '../../render/neutralise.js';
import { readFlakeNixText } from '../../workspace/bounded-read.js';
import { EXIT, type CliCommand } from '../command.js';
import { flakeArgument } from '../dir-argument.js';

/** What a root input resolves to before locking: a reference (as `original` in flake.lock) or a follows. */
export type InputRef = { readonly original: FlakeRefAttrs } | { readonly follows: string };

/** The reference of a declared input, as Nix reads it (follows first, then attributes, url, or the registry). */
export function inputRef(input: DeclaredInput): InputRef {
  if (input.follows) return { follows: input.follows.value };
  if (input.attrs) return { original: flakeRefFromAttrs(input.attrs.value) };
  // A path literal (`url = ../..;`) is kept as written, which reads as the same relative path reference.
  if (input.url) return { original: parseFlakeRef(input.url.value, { isFlake: input.flake?.value ?? true }) };
  return { original: { id: input.name, type: 'indirect' } };
}

function refsJson(flake: FlakeNix): string {
  const sorted = [...flake.inputs].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const out: Record<string, InputRef> = {};
  for (const i of sorted) {
    try {
      out[i.name] = inputRef(i);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const at = i.url?.span ?? i.attrs?.span ?? i.span;
      throw new UserError(
        `input '${i.name}': ${e.message}`,
        flake.file,
        { line: at.start.line, column: at.start.column },
        e.hint,
      );
    }
  }
  return safeJson(out);
}

function describe(i: DeclaredInput): string {
  if (i.follows) return `follows ${JSON.stringify(i.follows.value)}`;
  if (i.attrs) return JSON.stringify(i.attrs.value);
  if (i.url) return i.url.value;
  return `${i.name} (from the registry)`;
}

function textListing(flake: FlakeNix, file: string): string {
  const rows: [string, string, string][] = [];
  const walk = (is: readonly DeclaredInput[], depth: number): void => {
    for (const i of is) {
      const flag = i.flake?.value === false ? ' (not a flake)' : '';
      rows.push([`${'  '.repeat(depth)}${i.name}`, describe(i) + flag, `${file}:${i.span.start.line}`]);
      walk(i.inputs, depth + 1);
    }
  };
  walk(flake.inputs, 0);
  if (rows.length === 0) return `${file}: no inputs declared\n`;
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd()).join('\n') + '\n';
}

export const inputsCommand: CliCommand = {
  name: 'inputs',
  summary: 'Show the inputs a flake.nix declares, read from its syntax as Nix reads them',
  usage: 'flake-steward inputs [dir] [--json] [--refs]',
  help: `Reads DIR/flake.nix (default: the current directory) without evaluating it and lists its inputs:
every syntax (an inputs block, dotted inputs.x.url lines, nested overrides), with where each is declared.
A computed value in inputs, or anything else Nix refuses there, is an error at its position.

Options:
  --json   print the value of inputs as JSON, byte for byte as
           nix-instantiate --eval --strict --json -E '(import ./flake.nix).inputs' prints it
           ({} when none; a path literal as the path text as written)
  --refs   for each root input, its reference in the attribute form flake.lock stores as "original",
           or the input it follows: {"nixpkgs":{"original":{...}},"utils":{"follows":"flake-utils"}}

Examples:
  flake-steward inputs
  flake-steward inputs ./my-flake --json --refs`,
  options: { json: { type: 'boolean' }, refs: { type: 'boolean' } },
  async run(positionals, values, io) {
    // A path to flake.nix itself is accepted too.
    const given = await flakeArgument('inputs', positionals, io);
    const file =
      given.file !== undefined && path.basename(given.file) !== 'flake.lock'
        ? given.file
        : path.join(given.dir, 'flake.nix');
    const dir = given.dir;
    const shown = path.relative(io.cwd, file) || file;
    // bounded as lint reads it (src/workspace/bounded-read.ts: 4 MiB, a regular file)
    const text = await readFlakeNixText(file, shown);
    if (text === undefined) {
      throw new UserError(`no flake.nix in ${dir}`, undefined, undefined, 'give the directory that holds flake.nix');
    }
    // JSON goes out byte for byte as nix-instantiate prints it (no final newline), except to a terminal.
    const end = io.isTTY ? '\n' : '';
    if (values['refs'] === true) {
      const flake = readFlakeNix(text, shown);
      if (values['json'] === true) io.stdout(`${refsJson(flake)}${end}`);
      else {
        const refs = JSON.parse(refsJson(flake)) as Record<string, InputRef>;
        const w = Math.max(0, ...Object.keys(refs).map((k) => k.length));
        for (const [k, r] of Object.entries(refs))
          io.stdout(
            `${k.padEnd(w)}  ${'follows' in r ? `follows ${JSON.stringify(r.follows)}` : JSON.stringify(r.original)}\n`,
          );
      }
      return EXIT.ok;
    }
    if (values['json'] === true) {
      io.stdout(`${inputsValue(parse(text, { file: shown }), shown, text)}${end}`);
      return EXIT.ok;
    }
    io.stdout(textListing(readFlakeNix(text, shown), shown));
    return EXIT.ok;
  },
};
