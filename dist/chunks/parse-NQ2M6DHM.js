import {
  EXIT
} from "./chunk-PRLAEPIX.js";
import {
  NixSyntaxError,
  check
} from "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import {
  UsageError
} from "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";

// src/cli/commands/parse.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
function readProblem(e) {
  const code = e.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES") return "permission denied";
  return e.message;
}
var parseCommand = {
  name: "parse",
  summary: "Check that Nix files parse, as Nix would (syntax and parse-time checks)",
  usage: "flake-steward parse FILE... [--pipe-operators]",
  help: `Parses each FILE as Nix (the whole language, with the checks Nix makes while parsing: duplicate
attributes, duplicate function arguments, undefined variables). Prints nothing and exits 0 when every file
is valid; otherwise prints one line per invalid file, FILE:LINE:COL: error: MESSAGE, and exits 1.

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
      let text;
      try {
        text = await readFile(path.resolve(io.cwd, file), "utf8");
      } catch (e) {
        io.stdout(`${file}: error: cannot read the file: ${readProblem(e)}
`);
        failed = true;
        continue;
      }
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
