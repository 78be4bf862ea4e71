import {
  UnreadableFile,
  readNixFileText
} from "./chunk-VF4F3FAK.js";
import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import {
  NixSyntaxError,
  check
} from "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-OTUWSOVN.js";
import {
  UsageError
} from "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";

// src/cli/commands/parse.ts
import path from "node:path";
async function readNix(file, cwd) {
  try {
    const text = await readNixFileText(path.resolve(cwd, file), file);
    return text === void 0 ? { problem: "no such file" } : { text };
  } catch (e) {
    if (e instanceof UnreadableFile) return { problem: e.problem };
    throw e;
  }
}
var parseCommand = {
  name: "parse",
  summary: "Check that Nix files parse, as Nix would (syntax and parse-time checks)",
  usage: "flake-steward parse FILE... [--pipe-operators]",
  help: `Parses each FILE as Nix (the whole language, with the checks Nix makes while parsing: duplicate
attributes, duplicate function arguments, undefined variables). Prints nothing and exits 0 when every file
is valid; otherwise prints one line per invalid file, FILE:LINE:COL: error: MESSAGE, and exits 1. A file
that cannot be read (missing, a directory or a named pipe, larger than 32 MiB) is one line too,
FILE: error: cannot read the file: WHY, and the other files are still checked.

Options:
  --pipe-operators  accept the experimental |> and <| operators

Example:
  flake-steward parse flake.nix nix/*.nix`,
  options: { "pipe-operators": { type: "boolean" } },
  async run(positionals, values, io) {
    if (positionals.length === 0) throw new UsageError("no file given", "usage: flake-steward parse FILE...");
    const pipeOperators = values["pipe-operators"] === true;
    let failed = false;
    for (const file of positionals) {
      const read = await readNix(file, io.cwd);
      if ("problem" in read) {
        io.stdout(`${file}: error: cannot read the file: ${read.problem}
`);
        failed = true;
        continue;
      }
      const { text } = read;
      try {
        check(text, { file, pipeOperators });
      } catch (e) {
        if (!(e instanceof NixSyntaxError)) throw e;
        io.stdout(`${e.format()}
`);
        failed = true;
      }
    }
    return failed ? EXIT.failure : EXIT.ok;
  }
};
export {
  parseCommand
};
