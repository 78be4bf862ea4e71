import {
  flakeFileAt
} from "./chunk-VF4F3FAK.js";
import {
  UsageError,
  UserError
} from "./chunk-6FGB7YHV.js";
import {
  neutralise
} from "./chunk-6WGRO25Q.js";

// src/cli/dir-argument.ts
import path from "node:path";
var FLAKE_FILES = ["flake.nix", "flake.lock"];
function onlyOne(command, positionals, usage) {
  if (positionals.length > 1) {
    throw new UsageError(
      `unexpected argument '${neutralise(positionals[1], { max: 80 })}'`,
      `usage: flake-steward ${command} ${usage} [options]`
    );
  }
}
async function flakeArgument(command, positionals, io) {
  onlyOne(command, positionals, "[DIR|FILE]");
  const given = positionals[0] ?? ".";
  const abs = path.resolve(io.cwd, given);
  const at = await flakeFileAt(abs, "flake.nix");
  if (at === void 0) {
    throw new UserError(
      `no such file or directory: ${neutralise(given)}`,
      void 0,
      void 0,
      "give a flake directory, or its flake.nix or flake.lock"
    );
  }
  return at === abs ? { dir: path.dirname(abs), file: abs } : { dir: abs };
}
async function dirArgument(command, positionals, io) {
  onlyOne(command, positionals, "[DIR]");
  const given = positionals[0] ?? ".";
  const abs = path.resolve(io.cwd, given);
  const at = await flakeFileAt(abs, "flake.nix");
  if (at === void 0) return abs;
  if (at !== abs) return abs;
  if (!FLAKE_FILES.includes(path.basename(abs))) {
    throw new UsageError(
      `${neutralise(given)} is a file, not a flake directory`,
      `give its directory, or its flake.nix or flake.lock: flake-steward ${command} ${neutralise(path.dirname(given), { max: 80 })}`
    );
  }
  return path.dirname(abs);
}

export {
  flakeArgument,
  dirArgument
};
