import {
  flakeArgument
} from "./chunk-QNWLOSHO.js";
import {
  readFlakeNixText
} from "./chunk-VF4F3FAK.js";
import {
  inputsValue,
  readFlakeNix
} from "./chunk-MYWD7JSL.js";
import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import "./chunk-5Z4T2RLS.js";
import {
  parse
} from "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-LOBXAA3U.js";
import {
  flakeRefFromAttrs,
  parseFlakeRef
} from "./chunk-OTUWSOVN.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";
import {
  safeJson
} from "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";

// src/cli/commands/inputs.ts
import path from "node:path";
function inputRef(input) {
  if (input.follows) return { follows: input.follows.value };
  if (input.attrs) return { original: flakeRefFromAttrs(input.attrs.value) };
  if (input.url) return { original: parseFlakeRef(input.url.value, { isFlake: input.flake?.value ?? true }) };
  return { original: { id: input.name, type: "indirect" } };
}
function refsJson(flake) {
  const sorted = [...flake.inputs].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const out = {};
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
        e.hint
      );
    }
  }
  return safeJson(out);
}
function describe(i) {
  if (i.follows) return `follows ${JSON.stringify(i.follows.value)}`;
  if (i.attrs) return JSON.stringify(i.attrs.value);
  if (i.url) return i.url.value;
  return `${i.name} (from the registry)`;
}
function textListing(flake, file) {
  const rows = [];
  const walk = (is, depth) => {
    for (const i of is) {
      const flag = i.flake?.value === false ? " (not a flake)" : "";
      rows.push([`${"  ".repeat(depth)}${i.name}`, describe(i) + flag, `${file}:${i.span.start.line}`]);
      walk(i.inputs, depth + 1);
    }
  };
  walk(flake.inputs, 0);
  if (rows.length === 0) return `${file}: no inputs declared
`;
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd()).join("\n") + "\n";
}
var inputsCommand = {
  name: "inputs",
  summary: "Show the inputs a flake.nix declares, read from its syntax as Nix reads them",
  usage: "flake-steward inputs [dir] [--json] [--refs]",
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
  options: { json: { type: "boolean" }, refs: { type: "boolean" } },
  async run(positionals, values, io) {
    const given = await flakeArgument("inputs", positionals, io);
    const file = given.file !== void 0 && path.basename(given.file) !== "flake.lock" ? given.file : path.join(given.dir, "flake.nix");
    const dir = given.dir;
    const shown = path.relative(io.cwd, file) || file;
    const text = await readFlakeNixText(file, shown);
    if (text === void 0) {
      throw new UserError(`no flake.nix in ${dir}`, void 0, void 0, "give the directory that holds flake.nix");
    }
    const end = io.isTTY ? "\n" : "";
    if (values["refs"] === true) {
      const flake = readFlakeNix(text, shown);
      if (values["json"] === true) io.stdout(`${refsJson(flake)}${end}`);
      else {
        const refs = JSON.parse(refsJson(flake));
        const w = Math.max(0, ...Object.keys(refs).map((k) => k.length));
        for (const [k, r] of Object.entries(refs))
          io.stdout(
            `${k.padEnd(w)}  ${"follows" in r ? `follows ${JSON.stringify(r.follows)}` : JSON.stringify(r.original)}
`
          );
      }
      return EXIT.ok;
    }
    if (values["json"] === true) {
      io.stdout(`${inputsValue(parse(text, { file: shown }), shown, text)}${end}`);
      return EXIT.ok;
    }
    io.stdout(textListing(readFlakeNix(text, shown), shown));
    return EXIT.ok;
  }
};
export {
  inputRef,
  inputsCommand
};
