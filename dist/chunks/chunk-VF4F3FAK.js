import {
  LOCK_LIMITS
} from "./chunk-LOBXAA3U.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/workspace/bounded-read.ts
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
var FLAKE_NIX_MAX_BYTES = 4 * 1024 * 1024;
var NIX_FILE_MAX_BYTES = 32 * 1024 * 1024;
var SETTINGS_FILE_MAX_BYTES = 1024 * 1024;
var NIX_LIMIT = {
  bytes: FLAKE_NIX_MAX_BYTES,
  hint: "keep flake.nix small: move large expressions or data into files it imports"
};
var LOCK_LIMIT = {
  bytes: LOCK_LIMITS.bytes,
  hint: "a lock Nix writes never comes near it; rewrite it with `nix flake lock --recreate-lock-file`"
};
var NIX_FILE_LIMIT = {
  bytes: NIX_FILE_MAX_BYTES,
  hint: "split it into files that import each other"
};
var SETTINGS_LIMIT = {
  bytes: SETTINGS_FILE_MAX_BYTES,
  hint: "it holds a few settings; keep only those"
};
var UnreadableFile = class extends UserError {
  constructor(shown, problem, hint) {
    const base = path.basename(shown) || shown;
    super(problem.startsWith("is ") ? `${base} ${problem}` : `cannot read ${base}: ${problem}`, shown, void 0, hint);
    this.problem = problem;
  }
  problem;
  name = "UnreadableFile";
};
var NOT_REGULAR_HINT = "flake-steward reads only regular files, or links to them";
function notRegular(s) {
  if (s.isFile()) return void 0;
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a named pipe";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  return "not a regular file";
}
function errnoProblem(e) {
  switch (e.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, not a file";
    case "ELOOP":
      return "too many symbolic links (a loop?)";
    default:
      return e.message.replace(/, \w+ '.*'$/s, "").replace(/, \w+$/, "");
  }
}
var isAbsent = (e) => ["ENOENT", "ENOTDIR"].includes(e.code ?? "");
var READ_NONBLOCK = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
async function readBoundedText(file, shown, limit) {
  let handle;
  try {
    handle = await open(file, READ_NONBLOCK);
  } catch (e) {
    if (isAbsent(e)) return void 0;
    throw new UnreadableFile(shown, errnoProblem(e));
  }
  try {
    const s = await handle.stat();
    const kind = notRegular(s);
    if (kind !== void 0) throw new UnreadableFile(shown, `is ${kind}, not a file`, NOT_REGULAR_HINT);
    if (s.size > limit.bytes) {
      throw new UnreadableFile(
        shown,
        `is ${s.size} bytes, larger than the ${limit.bytes / 1024 / 1024} MiB flake-steward reads`,
        limit.hint
      );
    }
    return await handle.readFile("utf8");
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UnreadableFile(shown, errnoProblem(e));
  } finally {
    await handle.close();
  }
}
var readFlakeNixText = (file, shown) => readBoundedText(file, shown, NIX_LIMIT);
var readLockText = (file, shown) => readBoundedText(file, shown, LOCK_LIMIT);
var readNixFileText = (file, shown) => readBoundedText(file, shown, NIX_FILE_LIMIT);
async function flakeFileAt(given, name) {
  let s;
  try {
    s = await stat(given);
  } catch {
    return void 0;
  }
  return s.isDirectory() ? path.join(given, name) : given;
}

export {
  NIX_LIMIT,
  LOCK_LIMIT,
  SETTINGS_LIMIT,
  UnreadableFile,
  readBoundedText,
  readFlakeNixText,
  readLockText,
  readNixFileText,
  flakeFileAt
};
