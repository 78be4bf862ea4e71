// src/core/errors.ts
var UserError = class extends Error {
  constructor(message, file, position, hint) {
    super(message);
    this.file = file;
    this.position = position;
    this.hint = hint;
  }
  file;
  position;
  hint;
  name = "UserError";
  /** `FILE:LINE:COL: error: MESSAGE` (the parts that are known), then the hint. */
  format() {
    let where = "";
    if (this.file !== void 0) {
      where = this.file;
      if (this.position) where += `:${this.position.line}:${this.position.column}`;
      where += ": ";
    }
    const hint = this.hint ? ` (${this.hint})` : "";
    return `${where}error: ${this.message}${hint}`;
  }
};
var UsageError = class extends UserError {
  name = "UsageError";
  constructor(message, hint) {
    super(hint ? `${message} (${hint})` : message);
  }
  format() {
    return this.message;
  }
};
var ExecError = class extends Error {
  constructor(argv, code, stderr, message) {
    super(message ?? `${argv[0]} exited with code ${code}: ${tail(stderr, 20)}`);
    this.argv = argv;
    this.code = code;
    this.stderr = stderr;
  }
  argv;
  code;
  stderr;
  name = "ExecError";
};
var NixError = class extends ExecError {
  name = "NixError";
};
var GitHubAPIError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "GitHubAPIError";
};
var ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;
var stripAnsi = (s) => s.replace(ANSI, "");
function tail(text, lines) {
  const all = text.split("\n").filter((l) => l.trim() !== "");
  return all.slice(-lines).join("\n");
}
function stringifyError(e) {
  if (e instanceof UserError) return e.format();
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === "string") return e;
  try {
    return `unexpected error: ${JSON.stringify(e)}`;
  } catch {
    return `unexpected error: ${String(e)}`;
  }
}

export {
  UserError,
  UsageError,
  ExecError,
  NixError,
  GitHubAPIError,
  stripAnsi,
  tail,
  stringifyError
};
