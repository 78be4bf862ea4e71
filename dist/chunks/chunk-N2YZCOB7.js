import {
  UsageError
} from "./chunk-6FGB7YHV.js";

// src/cli/dir-argument.ts
import path from "node:path";
function dirArgument(command, positionals, io) {
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1]}'`, `usage: flake-steward ${command} [dir] [options]`);
  }
  return path.resolve(io.cwd, positionals[0] ?? ".");
}

export {
  dirArgument
};
